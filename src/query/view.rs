//! The view state (what the reader has chosen) and its URL form.
//!
//! Parsing never fails: an unknown or malformed parameter is ignored and its default used, so a
//! hand-written or truncated link still opens the page.

use atlas_data::{Category, Dataset, Date};

use crate::i18n::Lang;

/// How the list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// The selected report's figure, high first; not reported last.
    #[default]
    Figure,
    /// Name A–Z.
    Name,
    /// Earliest policy first; no dated policy last.
    Enacted,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Figure, Sort::Name, Sort::Enacted];

    pub fn code(self) -> &'static str {
        match self {
            Sort::Figure => "figure",
            Sort::Name => "name",
            Sort::Enacted => "enacted",
        }
    }

    pub fn from_code(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|v| v.code() == s)
    }
}

/// Light or dark colours; `Auto` follows the reader's system setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How the page presents itself, mostly chosen by an editor embedding it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Display {
    pub theme: Theme,
    /// No page background, so the embed blends into the host article.
    pub transparent: bool,
    /// Header and pictures collapsed, for a narrow article column.
    pub compact: bool,
    /// The charts start open (they start closed, so the list comes first).
    pub charts: bool,
    /// What the state map shades: the report's figure (default), or a share of counties
    /// (`map=limits`, `map=287g`).
    pub map: super::charts::map::Shading,
}

/// Everything the reader has chosen. Indices point into the dataset's arrays. `Default` is the
/// view of a dataset whose default report is its first; [`ViewState::new`] is any dataset's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub report: usize,
    pub query: String,
    /// A two-letter state code present in the data.
    pub state: Option<&'static str>,
    pub category: Option<Category>,
    pub list: Option<usize>,
    /// Rows with a 287(g) agreement (of a model, or pending).
    pub agreement: Option<super::agreements::AgreementFilter>,
    pub has_figures: bool,
    pub sort: Sort,
    /// The id of the expanded jurisdiction.
    pub expanded: Option<&'static str>,
    /// The day whose policies the list, its filters and badges show; `None` is today.
    pub as_of: Option<Date>,
    pub display: Display,
    /// The interface language the reader chose; `None` follows the browser's language.
    pub lang: Option<Lang>,
}

/// The longest search text kept from a URL.
pub const MAX_QUERY: usize = 100;

impl ViewState {
    /// The view a page opens with: the report the data names as default, nothing filtered.
    pub fn new(ds: &Dataset) -> ViewState {
        ViewState { report: ds.default_report(), ..ViewState::default() }
    }

    /// Reads a query string (with or without the leading `?`). Without `report=` the view shows
    /// the data's default report, so links made before a report was added keep their meaning.
    pub fn from_query(ds: &Dataset, query: &str) -> ViewState {
        let mut v = ViewState::new(ds);
        let query = query.strip_prefix('?').unwrap_or(query);
        for (key, raw) in form_urlencoded::parse(query.as_bytes()) {
            // Codes are trimmed; the search text is kept as typed, so a view round-trips.
            let value = raw.trim();
            match key.as_ref() {
                "report" => {
                    if let Some(i) = ds.reports.iter().position(|r| r.id == value) {
                        v.report = i;
                    }
                }
                "q" => v.query = raw.chars().take(MAX_QUERY).collect(),
                "state" => {
                    let code = value.to_ascii_uppercase();
                    v.state = ds.jurisdictions.iter().map(|j| j.state).find(|s| *s == code && *s != "US");
                }
                "category" => v.category = Category::from_code(value),
                "list" => v.list = ds.lists.iter().position(|l| l.id == value),
                "figures" => v.has_figures = value == "1",
                "287g" => v.agreement = super::agreements::AgreementFilter::from_code(value),
                "sort" => v.sort = Sort::from_code(value).unwrap_or_default(),
                // A merged row's former id still opens the row it was merged into.
                "open" => v.expanded = ds.jurisdictions.iter().find(|j| j.id == value || j.former_ids.contains(&value)).map(|j| j.id),
                "asof" => v.as_of = Date::parse(value).filter(|d| d.day != 0),
                "theme" => {
                    v.display.theme = match value {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::Auto,
                    }
                }
                "transparent" => v.display.transparent = value == "1",
                "compact" => v.display.compact = value == "1",
                "charts" => v.display.charts = value == "1",
                "map" => v.display.map = super::charts::map::Shading::from_code(value).unwrap_or_default(),
                "lang" => v.lang = Lang::from_tag(value),
                _ => {}
            }
        }
        v
    }

    /// The query string for this view, without defaults; empty for the default view.
    pub fn to_query(&self, ds: &Dataset) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        if self.report != ds.default_report() {
            if let Some(r) = ds.reports.get(self.report) {
                s.append_pair("report", r.id);
            }
        }
        if !self.query.is_empty() {
            s.append_pair("q", &self.query);
        }
        if let Some(st) = self.state {
            s.append_pair("state", st);
        }
        if let Some(c) = self.category {
            s.append_pair("category", c.code());
        }
        if let Some(l) = self.list.and_then(|l| ds.lists.get(l)) {
            s.append_pair("list", l.id);
        }
        if let Some(a) = self.agreement {
            s.append_pair("287g", a.code());
        }
        if self.has_figures {
            s.append_pair("figures", "1");
        }
        if self.sort != Sort::Figure {
            s.append_pair("sort", self.sort.code());
        }
        if let Some(id) = self.expanded {
            s.append_pair("open", id);
        }
        if let Some(d) = self.as_of {
            s.append_pair("asof", &d.iso());
        }
        if self.display.theme != Theme::Auto {
            s.append_pair("theme", self.display.theme.code());
        }
        if self.display.transparent {
            s.append_pair("transparent", "1");
        }
        if self.display.compact {
            s.append_pair("compact", "1");
        }
        if self.display.charts {
            s.append_pair("charts", "1");
        }
        if self.display.map != super::charts::map::Shading::Figure {
            s.append_pair("map", self.display.map.code());
        }
        if let Some(lang) = self.lang {
            s.append_pair("lang", lang.code());
        }
        s.finish()
    }

    /// True when any filter narrows the list.
    pub fn is_filtered(&self) -> bool {
        !self.query.trim().is_empty()
            || self.state.is_some()
            || self.category.is_some()
            || self.list.is_some()
            || self.agreement.is_some()
            || self.has_figures
    }

    /// How many of the filter panel's choices differ from their defaults (the search box is not
    /// one of them): the number a folded panel shows, so a reader sees that something narrows
    /// or orders the list without opening it.
    pub fn choices_in_use(&self) -> usize {
        [
            self.state.is_some(),
            self.category.is_some(),
            self.list.is_some(),
            self.agreement.is_some(),
            self.has_figures,
            self.sort != Sort::default(),
            self.as_of.is_some(),
        ]
        .into_iter()
        .filter(|on| *on)
        .count()
    }

    /// The day the policies shown were in force: the chosen one, else `today`.
    pub fn on(&self, today: Date) -> Date {
        self.as_of.unwrap_or(today)
    }

    /// The parts of the view that decide which rows are listed and in what order ([`select`]'s
    /// input): the open row, display and language left at their defaults, so opening a row or
    /// switching theme does not filter and sort every row again.
    ///
    /// [`select`]: super::select::select
    pub fn selection(&self) -> ViewState {
        ViewState { expanded: None, display: Display::default(), lang: None, ..self.clone() }
    }

    /// The same view with every filter cleared (report, date, sort and display kept).
    pub fn cleared(&self) -> ViewState {
        ViewState {
            report: self.report,
            as_of: self.as_of,
            sort: self.sort,
            display: self.display,
            lang: self.lang,
            ..ViewState::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    /// Two reports, the second the default; two states; a list.
    fn sample() -> &'static Dataset {
        dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            (
                "reports.csv",
                "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,,One week.,s1\n\
                w2,Week 2,Week 2 (ES),W2,W2 (ES),ICE,,,,declined,ice_weekly,yes,Another week.,s1",
            ),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,
miami,Miami-Dade County,FL,county,,,,miami-dade-corrections-fl
travis,Travis County,TX,county,,,",
            ),
            ("lists.csv", "l1,A list,DOJ,2017,Named places.,s1"),
        ])
    }

    #[test]
    fn the_default_view_opens_the_reports_the_data_names_and_has_an_empty_query_string() {
        let ds = sample();
        assert_eq!(ViewState::new(ds).report, 1);
        assert_eq!(ViewState::new(ds).to_query(ds), "");
        assert_eq!(ViewState::from_query(ds, ""), ViewState::new(ds));
        // A link to the other report says so; one without report= keeps meaning the default.
        assert_eq!(ViewState { report: 0, ..ViewState::new(ds) }.to_query(ds), "report=w1");
        assert_eq!(ViewState::from_query(ds, "report=w1").report, 0);
        assert_eq!(ViewState::from_query(ds, "report=w2").report, 1);
    }

    #[test]
    fn a_full_view_round_trips_through_the_url() {
        let ds = sample();
        let v = ViewState {
            report: 0,
            query: "miami dade & co".into(),
            state: Some("FL"),
            category: Some(Category::NoHolds),
            list: Some(0),
            agreement: Some(crate::query::agreements::AgreementFilter::Model(atlas_data::AgreementModel::JailEnforcement)),
            has_figures: true,
            sort: Sort::Name,
            expanded: Some("miami"),
            as_of: Date::parse("2017-02-03"),
            display: Display {
                theme: Theme::Dark,
                transparent: true,
                compact: true,
                charts: true,
                map: crate::query::charts::map::Shading::Agreement,
            },
            lang: Some(Lang::Es),
        };
        let q = v.to_query(ds);
        assert_eq!(q, "report=w1&q=miami+dade+%26+co&state=FL&category=no_holds&list=l1&287g=jail_enforcement&figures=1&sort=name&open=miami&asof=2017-02-03&theme=dark&transparent=1&compact=1&charts=1&map=287g&lang=es");
        assert_eq!(ViewState::from_query(ds, &format!("?{q}")), v);
    }

    #[test]
    fn a_link_made_with_a_merged_rows_old_id_opens_the_row_it_joined() {
        let ds = sample();
        assert_eq!(ViewState::from_query(ds, "open=miami-dade-corrections-fl").expanded, Some("miami"));
        assert_eq!(ViewState::from_query(ds, "open=miami-dade-corrections-fl").to_query(ds), "open=miami");
    }

    #[test]
    fn the_folded_filter_panel_counts_every_choice_but_the_search() {
        let ds = sample();
        assert_eq!(ViewState::from_query(ds, "q=dade").choices_in_use(), 0);
        assert_eq!(ViewState::from_query(ds, "state=FL&sort=name").choices_in_use(), 2);
        let all = "state=FL&category=no_holds&list=l1&287g=pending&figures=1&sort=name&asof=2017-02-03&theme=dark";
        assert_eq!(ViewState::from_query(ds, all).choices_in_use(), 7);
        assert_eq!(ViewState::from_query(ds, all).cleared().choices_in_use(), 2, "clearing filters keeps the order and the day");
    }

    #[test]
    fn the_policy_date_is_today_unless_a_whole_day_is_chosen() {
        let ds = sample();
        let today = Date { year: 2026, month: 12, day: 1 };
        assert_eq!(ViewState::new(ds).on(today), today);
        assert_eq!(ViewState::from_query(ds, "asof=2017-02-03").on(today), Date { year: 2017, month: 2, day: 3 });
        for bad in ["2017", "2017-02", "2017-02-30", "yesterday"] {
            assert_eq!(ViewState::from_query(ds, &format!("asof={bad}")).as_of, None, "{bad}");
        }
    }

    #[test]
    fn malformed_and_unknown_parameters_fall_back_to_defaults() {
        let ds = sample();
        let v = ViewState::from_query(ds, "report=nope&state=ZZ&category=<script>&list=x&sort=up&open=nowhere&asof=2017-13-01&figures=yes&zzz=1&%ZZ&theme=neon&compact=yes&transparent=true&lang=xx&charts=on&state=US");
        assert_eq!(v, ViewState::new(ds));
    }

    #[test]
    fn state_codes_are_case_insensitive_and_search_is_capped() {
        let ds = sample();
        let long = "a".repeat(500);
        let v = ViewState::from_query(ds, &format!("state=tx&q={long}"));
        assert_eq!(v.state, Some("TX"));
        assert_eq!(v.query.len(), MAX_QUERY);
        assert_eq!(ViewState::from_query(ds, "state=CA").state, None, "a state without rows is no filter");
    }

    #[test]
    fn the_language_comes_from_the_url_only_when_it_is_one_we_have() {
        let ds = sample();
        assert_eq!(ViewState::from_query(ds, "lang=es").lang, Some(Lang::Es));
        assert_eq!(ViewState::from_query(ds, "lang=es-MX").lang, Some(Lang::Es));
        assert_eq!(ViewState::from_query(ds, "lang=EN").lang, Some(Lang::En));
        assert_eq!(ViewState::from_query(ds, "lang=fr").lang, None);
        // An explicit English choice is kept, so a Spanish browser does not override it.
        assert_eq!(ViewState { lang: Some(Lang::En), ..ViewState::new(ds) }.to_query(ds), "lang=en");
    }

    #[test]
    fn clearing_keeps_report_sort_and_display() {
        let v = ViewState {
            report: 2,
            sort: Sort::Enacted,
            query: "x".into(),
            has_figures: true,
            display: Display { compact: true, ..Display::default() },
            ..Default::default()
        };
        assert!(v.is_filtered());
        let c = v.cleared();
        assert!(!c.is_filtered());
        assert_eq!((c.report, c.sort, c.display.compact), (2, Sort::Enacted, true));
    }
}
