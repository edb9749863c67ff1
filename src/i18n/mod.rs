//! The interface in English and Spanish.
//!
//! Every word the app itself shows lives in one catalogue, [`Text`], with one value per language
//! ([`en::TEXT`], [`es::TEXT`]). The struct makes the compiler check that both languages have
//! every message and that parametrised messages take the same typed arguments; there are no
//! string keys to mistype and no missing translation at run time. Numbers and dates are written
//! by [`number`] and [`date`] for the locale (the same output as the browser's `Intl`, which the
//! end-to-end tests compare), so the pure query layer can be tested natively.
//!
//! Data texts (policy descriptions, notes, the prose of "About the data") are not here: they come
//! from the dataset, which carries Spanish next to the English where it has it (see
//! `data/README.md`).

pub mod en;
pub mod es;

use atlas_data::{AgreementModel, Category, Date, EndReason, EventKind, Level, Measure, Qualifier, Status};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 code, as used in `lang=` attributes and the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// `"es"`, `"ES"`, `"es-MX"` → Spanish; unknown languages → `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language among the reader's preferred ones (`navigator.languages`).
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::from_tag).unwrap_or_default()
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &en::TEXT,
            Lang::Es => &es::TEXT,
        }
    }
}

/// Every message of the interface in one language.
pub struct Text {
    /// This language's name in itself, for the switcher ("English", "Español").
    pub name: &'static str,

    // Page frame.
    pub skip_link: &'static str,
    /// A place's own page: its title ("Ventura County, CA — ICE detainer policy and figures").
    pub place_title: fn(&str) -> String,
    /// The link in a record to its own page, to share or embed.
    pub record_page: &'static str,
    /// A place's page: the link to the app with every jurisdiction.
    pub search_all: &'static str,
    /// The card embed: its link to the place's full record.
    pub card_more: &'static str,
    /// The card embed: the day its policies and figures were written into it.
    pub card_as_of: fn(&str) -> String,
    /// The Embed panel: the card's code, for the open row.
    pub embed_card_label: fn(&str) -> String,
    pub tagline: &'static str,
    pub footer: &'static str,

    // Report and totals.
    pub report_label: &'static str,
    pub nationwide: fn(&str) -> String,
    /// The report's one line, folded: a national total and its measure ("206 detainers declined nationwide").
    pub nationwide_line: fn(&str, &str) -> String,
    pub published: fn(&str) -> String,
    pub source_is: fn(&str) -> String,
    /// (named, total, measure, grouped: "" when none), numbers written for the locale.
    pub attributed: fn(&str, &str, &str, &str) -> String,
    /// (named, total, measure): named figures that add up to more than the published total.
    pub attribution_exceeds: fn(&str, &str, &str) -> String,
    pub about_report: &'static str,
    pub period_from: fn(&str) -> String,
    pub period_to: fn(&str) -> String,

    // Search, filters, sort, results.
    pub filters_label: &'static str,
    /// After "Filters and sort" on the folded panel: how many choices narrow or order the list.
    pub filters_in_use: fn(usize) -> String,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub state_label: &'static str,
    pub all_states: &'static str,
    pub category_label: &'static str,
    pub any_category: &'static str,
    pub list_label: &'static str,
    pub any_list: &'static str,
    pub sort_label: &'static str,
    /// In the order of `Sort::ALL`.
    pub sorts: [&'static str; 3],
    pub has_figures: &'static str,
    /// (named, removed)
    pub list_size: fn(usize, usize) -> String,
    /// (rows, filtered)
    pub results: fn(usize, bool) -> String,
    /// (state, category, measure, since) → "Texas law: Requires honouring detainers — SB 4, since 2017".
    pub state_law_row: fn(&str, &str, &str, &str) -> String,
    pub no_match: &'static str,
    pub did_you_mean: &'static str,
    pub clear_filters: &'static str,
    pub list_label_aria: &'static str,
    /// (rows the button adds, rows not yet shown)
    pub show_more: fn(usize, usize) -> String,
    /// The link from the build-time page's first rows to the page that lists all `n`.
    pub all_rows: fn(usize) -> String,
    /// Above the open row (or the row opened last) when it stands further down the list than the
    /// rows shown.
    pub open_row_apart: &'static str,

    // Downloads.
    pub download_view: &'static str,
    pub download_all: &'static str,
    pub downloaded_rows: fn(usize) -> String,
    pub download_blocked: &'static str,

    // Words for data values, in the order of each enum's `ALL`.
    pub measures: [&'static str; 7],
    pub measure_definitions: [&'static str; 7],
    pub levels: [&'static str; 7],
    pub categories: [&'static str; 8],
    pub category_definitions: [&'static str; 8],
    pub events: [&'static str; 6],
    /// History steps where a policy stopped applying, in the order of `EndReason::ALL`.
    pub end_steps: [&'static str; 6],
    /// Words before a number, for every qualifier but `Exact` ("at least", "more than", …).
    pub qualifiers: [&'static str; 5],
    /// `None` for `Reported`.
    pub statuses: [Option<&'static str>; 4],
    pub not_reported: &'static str,
    pub sources_differ: &'static str,
    pub months: [&'static str; 12],

    // Definitions.
    pub measures_heading: &'static str,
    pub categories_heading: &'static str,
    pub flags_heading: &'static str,
    /// Definitions of: not reported, unverified, disputed, corrected, sources differ.
    pub flag_definitions: [&'static str; 5],

    // A row.
    /// How a row's policy had ended by the day shown: (reason, year, the measure that ended it,
    /// the year is only an upper bound) → "Reversed in 2025", "Overridden by Iowa SF 481 since
    /// 2018", "Replaced by an agreement with ICE by 2025".
    pub ended_row: fn(EndReason, u16, Option<&str>, bool) -> String,
    /// (year) → "In force since 2014"; the `on or before` form: "In force by 2014".
    pub in_force_since: fn(&str) -> String,
    pub in_force_by: fn(&str) -> String,
    pub in_force_undated: &'static str,
    pub no_policy: &'static str,
    /// Where the selected report has no number for a row: its latest figure in another report
    /// (figure with measure, then the report).
    pub latest_figure: fn(&str, &str) -> String,
    /// (date) → "No policy recorded by February 3, 2017".
    pub no_policy_by: fn(&str) -> String,

    // The day the list shows policies for.
    pub as_of_label: &'static str,
    /// (date) → "Today (December 1, 2026)".
    pub as_of_today: fn(&str) -> String,
    /// (date, the report whose period ends that day) → "February 3, 2017 (ICE weekly report 1 …)".
    pub as_of_report: fn(&str, &str) -> String,
    /// (date) → shown above the list when the date is not today.
    pub as_of_note: fn(&str) -> String,

    // Details.
    pub part_of: fn(&str) -> String,
    pub policy_heading: &'static str,
    pub no_written_policy: &'static str,
    pub state_law_heading: fn(&str) -> String,
    /// In the full list, where a place's details link to its state's row: the link's words.
    pub state_law_elsewhere: fn(&str) -> String,
    pub state_law_note: &'static str,
    pub since: fn(&str) -> String,
    pub since_cap: fn(&str) -> String,
    pub until_cap: fn(&str) -> String,
    pub in_force: fn(&str, &str) -> String,
    pub date_unknown: &'static str,
    /// (date) → "By August 18, 2014": a history step known only to have happened by then.
    pub by_date: fn(&str) -> String,
    pub date_unknown_cap: &'static str,
    pub history_heading: &'static str,
    pub state_scope: &'static str,
    pub figures_heading: &'static str,
    pub figures_region: &'static str,
    pub no_figures: &'static str,
    /// Report, measure, figure, note and sources.
    pub figure_columns: [&'static str; 4],
    // 287(g) agreements.
    /// Jail enforcement, task force, warrant service officer.
    pub agreement_models: [&'static str; 3],
    pub agreement_model_definitions: [&'static str; 3],
    /// (models and dates, list) → "287(g): jail enforcement model, signed May 2025 — ICE's list of July 18, 2025".
    pub agreement_row: fn(&str, &str) -> String,
    /// A row without a local policy and without any 287(g) agreement: the dates of ICE's lists
    /// that name none of its agencies.
    pub agreement_none: fn(&[String]) -> String,
    /// (models, list) → "287(g) pending: task force model — ICE's list of July 18, 2025".
    pub agreement_pending_row: fn(&str, &str) -> String,
    /// (month and year) → "signed May 2025".
    pub agreement_signed: fn(&str) -> String,
    /// (ICE's cell) → "signing date not readable in ICE's list (written “05/082025”)".
    pub agreement_date_unreadable: fn(&str) -> String,
    pub agreement_date_missing: &'static str,
    /// (date of the list) → "ICE's list of July 18, 2025".
    pub agreement_list: fn(&str) -> String,
    pub agreements_heading: &'static str,
    pub agreements_note: &'static str,
    pub agreement_pending: &'static str,
    pub agreement_filter_label: &'static str,
    pub agreement_filter_any: &'static str,
    /// Signed (any model), each model, pending.
    pub agreement_filter_options: [&'static str; 5],
    // ICE's records by facility.
    pub records_heading: &'static str,
    pub records_intro: &'static str,
    /// (city, state) → "in Austin, Texas".
    pub facility_place: fn(&str, &str) -> String,
    pub matched_county: &'static str,
    pub matched_by_hand: &'static str,
    /// (facility) → the chart's accessible name.
    pub records_chart: fn(&str) -> String,
    pub records_region: &'static str,
    /// Period, measure, number (the sources follow the table).
    pub records_columns: [&'static str; 3],
    /// The legend of the chart: ICE's yearly counts, the jurisdiction's later figures.
    pub records_legend: [&'static str; 2],
    /// (declined, issued, percent) → "8 of the 40 detainers ICE issued here were recorded as declined (20.0%)".
    pub share_declined: fn(&str, &str, &str) -> String,
    /// (jails) → "sum of its 2 jails".
    pub sum_of_jails: fn(usize) -> String,
    /// (facility) → "at TRAVIS COUNTY JAIL".
    pub at_facility: fn(&str) -> String,
    /// (jails) → the heading of a sum's table.
    pub sums_heading: fn(usize) -> String,
    pub lists_heading: &'static str,
    pub listed_as: fn(&str) -> String,
    pub removed_by: fn(&str) -> String,
    pub disputes_heading: &'static str,
    pub disputed_by: fn(&str) -> String,
    pub corrected_by: fn(&str) -> String,
    /// (date) → "Adopted on or before May 2014".
    pub on_or_before: fn(&str) -> String,
    /// (reason step, date) → "Reversed on July 22, 2025".
    pub ended_on: fn(&str, &str) -> String,
    /// (reason step, date) → "Reversed on or before March 2017".
    pub ended_on_or_before: fn(&str, &str) -> String,
    /// (measure) → "by Iowa SF 481".
    pub ended_by: fn(&str) -> String,
    pub took_effect: fn(&str) -> String,
    /// Instrument, identifier, criteria, jail access, release notification.
    pub policy_facts: [&'static str; 5],

    // Sources.
    pub sources_label: &'static str,
    pub new_tab: &'static str,
    pub headline_not_recorded: &'static str,
    pub archived_copy: &'static str,
    /// Marks a primary document (the report, law, order or ordinance itself).
    pub primary_document: &'static str,

    // Embed.
    pub embed_button: &'static str,
    pub embed_code_label: &'static str,
    pub embed_title: &'static str,
    pub copy_code: &'static str,
    pub copied: &'static str,
    pub copy_blocked: &'static str,

    // Pictures.
    pub charts_summary: &'static str,
    pub charts_label: &'static str,
    /// The period picker, where a report's figures span several periods.
    pub period_label: &'static str,
    pub period_note: &'static str,
    /// The option for figures that cover the report's own period.
    pub report_period: &'static str,
    pub show_as_table: &'static str,
    pub ranking_title: fn(&str) -> String,
    /// (bars, rest, not reported)
    pub ranking_description: fn(usize, usize, usize) -> String,
    pub ranking_empty: fn(&str) -> String,
    pub measure_shown: &'static str,
    pub issued_toggle: &'static str,
    /// Rank, jurisdiction, flag.
    pub ranking_columns: [&'static str; 3],
    pub ranking_table: &'static str,
    pub map_title: fn(&str) -> String,
    pub map_description: &'static str,
    pub map_group: &'static str,
    pub tile_statewide: &'static str,
    pub tile_sum: &'static str,
    pub tile_policies: &'static str,
    pub tile_no_data: &'static str,
    pub legend: &'static str,
    pub showing: &'static str,
    pub clear_state: &'static str,
    pub map_table: &'static str,
    /// State, (measure), what the number is.
    pub map_columns: [&'static str; 2],
    /// The map's switch: what the tiles are shaded by ("Shade states by"), and its two share
    /// choices beside the report's figure.
    pub shade_label: &'static str,
    pub shade_choices: [&'static str; 2],
    /// Titles and descriptions of the two share maps (limiting policies, 287(g) agreements).
    pub share_titles: [&'static str; 2],
    pub share_descriptions: [&'static str; 2],
    /// A tile of a share map: counted, counties, percent with its sign ("12 of 254 counties, 4.7%").
    pub share_tile: fn(&str, &str, &str) -> String,
    /// The share table's columns: state, counties, counted, share.
    pub share_columns: [&'static str; 4],
    pub timeline_title: &'static str,
    /// (steps, first year)
    pub timeline_description: fn(usize, u16) -> String,
    pub timeline_group: &'static str,
    /// (year, steps)
    pub year_steps: fn(u16, usize) -> String,
    pub enacted_step: fn(&str) -> String,
    pub timeline_table: &'static str,
    /// Year, policies enacted, other steps.
    pub timeline_columns: [&'static str; 3],
    /// The timeline's switch for the 287(g) bars, its legend, a year's count of signings
    /// ("; 412 287(g) agreements signed"), the detail's "and N more", and the table's column.
    pub timeline_agreements: &'static str,
    pub timeline_legend: [&'static str; 2],
    pub year_signed: fn(usize) -> String,
    pub and_more: fn(usize) -> String,
    pub signed_column: &'static str,
    pub milestones_heading: &'static str,
    pub milestone_begins: fn(&str) -> String,
    pub milestone_published: fn(&str) -> String,
    pub arrows_hint: &'static str,

    // About the data.
    pub about_summary: &'static str,
    pub about_reports_heading: &'static str,
    pub about_reports_intro: &'static str,
    pub about_disputes_heading: &'static str,
    /// (disputes, corrections)
    pub about_disputes_intro: fn(usize, usize) -> String,
}

fn label<T: PartialEq + Copy>(all: &[T], labels: &[&'static str], v: T) -> &'static str {
    all.iter().position(|x| *x == v).and_then(|i| labels.get(i)).copied().unwrap_or("")
}

impl Text {
    pub fn agreement_model(&self, m: AgreementModel) -> &'static str {
        label(AgreementModel::ALL, &self.agreement_models, m)
    }
    pub fn agreement_model_definition(&self, m: AgreementModel) -> &'static str {
        label(AgreementModel::ALL, &self.agreement_model_definitions, m)
    }
    pub fn measure(&self, m: Measure) -> &'static str {
        label(Measure::ALL, &self.measures, m)
    }
    pub fn measure_definition(&self, m: Measure) -> &'static str {
        label(Measure::ALL, &self.measure_definitions, m)
    }
    pub fn level(&self, l: Level) -> &'static str {
        label(Level::ALL, &self.levels, l)
    }
    pub fn category(&self, c: Category) -> &'static str {
        label(Category::ALL, &self.categories, c)
    }
    pub fn category_definition(&self, c: Category) -> &'static str {
        label(Category::ALL, &self.category_definitions, c)
    }
    pub fn event(&self, k: EventKind) -> &'static str {
        label(EventKind::ALL, &self.events, k)
    }
    pub fn end_step(&self, r: EndReason) -> &'static str {
        label(EndReason::ALL, &self.end_steps, r)
    }
    /// A short flag for anything not plainly reported; `None` for reported facts.
    pub fn status(&self, s: Status) -> Option<&'static str> {
        Status::ALL.iter().position(|x| *x == s).and_then(|i| self.statuses.get(i).copied().flatten())
    }
    fn qualifier(&self, q: Qualifier) -> &'static str {
        Qualifier::ALL
            .iter()
            .filter(|q| **q != Qualifier::Exact)
            .position(|x| *x == q)
            .and_then(|i| self.qualifiers.get(i))
            .copied()
            .unwrap_or("")
    }
}

/// Which separators a language groups digits with.
fn grouping(lang: Lang) -> (char, usize) {
    match lang {
        // CLDR: "1,234".
        Lang::En => (',', 4),
        // CLDR for `es`: a period, and only from five digits on ("1234", "12.345").
        Lang::Es => ('.', 5),
    }
}

/// `3083` → `"3,083"` (English) or `"3083"` (Spanish); `12345` → `"12.345"` in Spanish.
pub fn number(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let (sep, from) = grouping(lang);
    if digits.len() < from {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number with its qualifier (`"more than 370"`, `"más de 370"`), or "not reported" for `None`.
/// Never `"0"` for unknown.
/// A share given in tenths of a percent: `"20.0%"`, `"20,0 %"`.
pub fn percent(per_mille: u32, lang: Lang) -> String {
    let (whole, tenth) = (per_mille / 10, per_mille % 10);
    match lang {
        Lang::En => format!("{whole}.{tenth}%"),
        Lang::Es => format!("{whole},{tenth} %"),
    }
}

pub fn value_text(value: Option<u32>, qualifier: Qualifier, lang: Lang) -> String {
    let t = lang.text();
    match value {
        None => t.not_reported.to_string(),
        Some(v) => {
            let n = number(u64::from(v), lang);
            match qualifier {
                Qualifier::Exact => n,
                q => format!("{} {n}", t.qualifier(q)),
            }
        }
    }
}

/// `"March 20, 2017"` / `"20 de marzo de 2017"`, or month and year, or the year: as precise as the data.
pub fn date(d: &Date, lang: Lang) -> String {
    let month = lang.text().months.get(usize::from(d.month).wrapping_sub(1));
    match (month, d.day, lang) {
        (None, _, _) => d.year.to_string(),
        (Some(m), 0, Lang::En) => format!("{m} {}", d.year),
        (Some(m), 0, Lang::Es) => format!("{m} de {}", d.year),
        (Some(m), day, Lang::En) => format!("{m} {day}, {}", d.year),
        (Some(m), day, Lang::Es) => format!("{day} de {m} de {}", d.year),
    }
}

/// `"detainers issued"` → `"Detainers issued"`.
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_rows_are_written_as_numbers_of_the_language() {
        let (en, es) = (Lang::En.text(), Lang::Es.text());
        assert_eq!((en.results)(3737, false), "3,737 jurisdictions and groups.");
        assert_eq!((en.results)(1204, true), "1,204 jurisdictions match.");
        assert_eq!((en.show_more)(25, 3712), "Show 25 more (3,712 not shown yet)");
        assert_eq!((en.all_rows)(3737), "All 3,737 jurisdictions and groups on one page, with their details");
        assert_eq!((es.results)(3737, false), "3737 jurisdicciones y grupos.", "Spanish groups from five digits");
        assert_eq!((es.results)(12640, true), "12.640 jurisdicciones coinciden.");
        assert_eq!((es.show_more)(25, 13712), "Mostrar 25 más (faltan 13.712)");
    }

    #[test]
    fn a_rows_ending_says_how_and_when_and_an_upper_bound_says_by() {
        let (en, es) = (Lang::En.text(), Lang::Es.text());
        assert_eq!((en.ended_row)(EndReason::Reversed, 2025, None, false), "Reversed in 2025");
        assert_eq!((en.ended_row)(EndReason::Overridden, 2018, Some("Iowa SF 481"), false), "Overridden by Iowa SF 481 since 2018");
        assert_eq!((en.ended_row)(EndReason::Agreement, 2025, None, true), "Replaced by an agreement with ICE by 2025");
        assert_eq!((es.ended_row)(EndReason::Reversed, 2017, None, true), "Revocada a más tardar en 2017");
        assert_eq!((en.ended_on_or_before)(en.end_step(EndReason::Reversed), "March 2017"), "Reversed on or before March 2017");
    }

    #[test]
    fn the_browser_language_picks_spanish_for_any_spanish_region() {
        assert_eq!(Lang::preferred(["es-MX", "en-US"]), Lang::Es);
        assert_eq!(Lang::preferred(["fr-FR", "ES"]), Lang::Es);
        assert_eq!(Lang::preferred(["en-GB", "es"]), Lang::En);
        assert_eq!(Lang::preferred(["fr", "de"]), Lang::En);
        assert_eq!(Lang::preferred([]), Lang::En);
        assert_eq!(Lang::from_tag("e"), None);
    }

    #[test]
    fn numbers_follow_each_locale() {
        assert_eq!(number(0, Lang::En), "0");
        assert_eq!(number(3083, Lang::En), "3,083");
        assert_eq!(number(1234567, Lang::En), "1,234,567");
        assert_eq!(number(3083, Lang::Es), "3083");
        assert_eq!(number(25283, Lang::Es), "25.283");
        assert_eq!(number(1234567, Lang::Es), "1.234.567");
    }

    #[test]
    fn unknown_is_not_reported_never_zero_in_both_languages() {
        assert_eq!(value_text(None, Qualifier::Exact, Lang::En), "not reported");
        assert_eq!(value_text(None, Qualifier::Exact, Lang::Es), "sin cifra publicada");
        assert_eq!(value_text(Some(0), Qualifier::Exact, Lang::Es), "0");
        assert_eq!(value_text(Some(370), Qualifier::MoreThan, Lang::En), "more than 370");
        assert_eq!(value_text(Some(29269), Qualifier::MoreThan, Lang::Es), "más de 29.269");
        assert_eq!(value_text(Some(1), Qualifier::AtLeast, Lang::Es), "al menos 1");
    }

    #[test]
    fn dates_keep_their_precision_in_both_languages() {
        let d = Date { year: 2017, month: 3, day: 20 };
        assert_eq!(date(&d, Lang::En), "March 20, 2017");
        assert_eq!(date(&d, Lang::Es), "20 de marzo de 2017");
        assert_eq!(date(&Date { year: 2014, month: 5, day: 0 }, Lang::Es), "mayo de 2014");
        assert_eq!(date(&Date { year: 1987, month: 0, day: 0 }, Lang::Es), "1987");
    }

    #[test]
    fn every_value_of_every_enum_has_a_word_in_both_languages() {
        for lang in Lang::ALL {
            let t = lang.text();
            for m in Measure::ALL {
                assert!(!t.measure(*m).is_empty() && !t.measure_definition(*m).is_empty());
            }
            for c in Category::ALL {
                assert!(!t.category(*c).is_empty() && !t.category_definition(*c).is_empty());
            }
            for l in Level::ALL {
                assert!(!t.level(*l).is_empty());
            }
            for k in EventKind::ALL {
                assert!(!t.event(*k).is_empty());
            }
            for q in Qualifier::ALL.iter().filter(|q| **q != Qualifier::Exact) {
                assert!(!t.qualifier(*q).is_empty());
            }
            assert_eq!(t.status(Status::Reported), None);
            assert!(Status::ALL.iter().filter(|s| **s != Status::Reported).all(|s| t.status(*s).is_some()));
            // The arrays are as long as the enums, so a new variant cannot go unnamed.
            assert_eq!(
                (t.measures.len(), t.levels.len(), t.categories.len(), t.events.len()),
                (Measure::ALL.len(), Level::ALL.len(), Category::ALL.len(), EventKind::ALL.len())
            );
            assert_eq!((t.qualifiers.len() + 1, t.statuses.len()), (Qualifier::ALL.len(), Status::ALL.len()));
        }
    }

    #[test]
    fn the_rankings_description_counts_in_singular_and_plural() {
        let (en, es) = (Lang::En.text(), Lang::Es.text());
        assert_eq!((en.ranking_description)(10, 1, 1), "The 10 largest figures among the listed jurisdictions. 1 more has a smaller figure. 1 was named without a number and is not drawn.");
        assert_eq!(
            (en.ranking_description)(1, 0, 2),
            "The only figure among the listed jurisdictions. 2 were named without a number and are not drawn."
        );
        assert_eq!((es.ranking_description)(3, 2, 1), "Las 3 cifras más altas entre las jurisdicciones de la lista. Otras 2 tienen una cifra menor. Una se nombró sin número y no se dibuja.");
    }

    #[test]
    fn spanish_differs_from_english_where_it_should() {
        let (en, es) = (Lang::En.text(), Lang::Es.text());
        assert_ne!(en.search_label, es.search_label);
        assert_ne!((en.results)(3, true), (es.results)(3, true));
        assert_eq!((es.results)(1, true), "1 jurisdicción coincide.");
        assert_eq!((es.results)(2, true), "2 jurisdicciones coinciden.");
        assert_eq!((en.results)(0, true), "No jurisdictions match.");
    }
}
