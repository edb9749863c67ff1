//! Which jurisdictions the list shows, and in what order. Which figure a row shows is
//! [`super::figures`]' rule.
//!
//! Invariants (tested): filtering only removes rows; sorting is a permutation; a row whose figure
//! is not reported sorts after every row with a figure.

use atlas_data::{states::state_name, Agreement, Dataset, Date, Figure, Level, Policy};

use super::figures::headlines;
use super::text::{normalize, words};
use super::view::{Sort, ViewState};

/// Precomputed per-jurisdiction search words and facts, built once at start-up.
pub struct Index {
    rows: Vec<RowIndex>,
}

struct RowIndex {
    words: Vec<String>,
    policies: Vec<&'static Policy>,
    lists: Vec<usize>,
    agreements: Vec<&'static Agreement>,
    earliest: Option<Date>,
    name_key: String,
}

impl Index {
    pub fn new(ds: &Dataset) -> Index {
        let rows = ds
            .jurisdictions
            .iter()
            .enumerate()
            .map(|(i, j)| {
                let mut text = format!("{} {} {}", j.name, j.state, state_name(j.state).unwrap_or(""));
                for a in j.aliases {
                    text.push(' ');
                    text.push_str(a);
                }
                let all: &'static [Policy] = ds.policies;
                let policies: Vec<&'static Policy> = all.iter().filter(|p| usize::from(p.jurisdiction) == i).collect();
                for p in &policies {
                    text.push(' ');
                    text.push_str(p.identifier);
                }
                let mut ws = words(&text);
                ws.sort();
                ws.dedup();
                RowIndex {
                    words: ws,
                    earliest: policies.iter().filter_map(|p| p.start()).min(),
                    policies,
                    lists: ds.listings.iter().filter(|l| usize::from(l.jurisdiction) == i).map(|l| usize::from(l.list)).collect(),
                    agreements: super::agreements::agreements_of(ds, i),
                    name_key: normalize(j.name),
                }
            })
            .collect();
        Index { rows }
    }

    /// True when every word of the query starts a word of the jurisdiction's name, aliases,
    /// state (code or name) or policy identifiers.
    pub fn matches(&self, jurisdiction: usize, query_words: &[String]) -> bool {
        let Some(row) = self.rows.get(jurisdiction) else { return false };
        query_words.iter().all(|q| row.words.iter().any(|w| w.starts_with(q.as_str())))
    }
}

/// The jurisdictions to list for a view, filtered and sorted. The nation row is never listed:
/// its figures are the report's totals in the header. The category filter keeps rows with a
/// policy of that category in force on the view's date (`today` unless the view names one).
pub fn select(ds: &Dataset, index: &Index, view: &ViewState, today: Date) -> Vec<usize> {
    let query = words(&view.query);
    let on = view.on(today);
    let heads = headlines(ds, view.report);
    let mut rows: Vec<usize> = (0..ds.jurisdictions.len())
        .filter(|&i| {
            let j = &ds.jurisdictions[i];
            let row = &index.rows[i];
            j.level != Level::Nation
                && view.state.is_none_or(|s| j.state == s)
                && view.category.is_none_or(|c| row.policies.iter().any(|p| p.category == c && p.in_force_on(on)))
                && view.list.is_none_or(|l| row.lists.contains(&l))
                && view.agreement.is_none_or(|f| row.agreements.iter().any(|a| f.accepts(a)))
                && (!view.has_figures || heads[i].is_some_and(|f| f.value.is_some()))
                && (query.is_empty() || index.matches(i, &query))
        })
        .collect();
    sort_rows(&heads, index, view, &mut rows);
    rows
}

fn sort_rows(heads: &[Option<&'static Figure>], index: &Index, view: &ViewState, rows: &mut [usize]) {
    let name = |i: usize| index.rows[i].name_key.as_str();
    match view.sort {
        Sort::Name => rows.sort_by(|&a, &b| name(a).cmp(name(b)).then(a.cmp(&b))),
        Sort::Enacted => rows.sort_by(|&a, &b| {
            let (ea, eb) = (index.rows[a].earliest, index.rows[b].earliest);
            (ea.is_none(), ea).cmp(&(eb.is_none(), eb)).then(name(a).cmp(name(b)))
        }),
        Sort::Figure => {
            let value = |i: usize| heads[i].and_then(|f| f.value);
            rows.sort_by(|&a, &b| {
                let (va, vb) = (value(a), value(b));
                // Reported first (high to low), then not reported, each by name.
                (va.is_none(), std::cmp::Reverse(va)).cmp(&(vb.is_none(), std::cmp::Reverse(vb))).then(name(a).cmp(name(b)))
            });
        }
    }
}

/// How many of `total` listed rows to render: `shown` (pages asked for so far), extended to
/// include the open row at `open_at` so a link to it always shows it.
pub fn page_end(total: usize, shown: usize, open_at: Option<usize>) -> usize {
    shown.max(open_at.map_or(0, |p| p + 1)).min(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::view::{Sort, ViewState};
    use atlas_data::fixture::dataset;
    use atlas_data::Category;

    /// Eight rows in three states, two reports, policies of two categories, one list.
    fn sample() -> &'static Dataset {
        dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1\n\
                jw,Records,Records (ES),JW,JW (ES),Judicial Watch,,,,declined,foia,,Records.,s1"),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,\n\
                 travis,Travis County,TX,county,Austin,,\n\
                 miami,Miami-Dade County,FL,county,,,\n\
                 stlucie,St. Lucie County,FL,county,,,\n\
                 pg,Prince George's County,MD,county,,,\n\
                 nyc,New York City,NY,city,NYC;Manhattan,,\n\
                 state-tx,State of Texas,TX,state,,,\n\
                 madera,Madera County,CA,county,,,\n\
                 alachua,Alachua County,FL,county,,,",
            ),
            ("policies.csv", "state-tx-1,state-tx,mandates_compliance,State law,SB 4,2017-09-01,,,,,,,,,Requires honouring detainers.,ES: Requires honouring detainers.,Requires it.,ES: Requires it.,,,,,,s1\n\
                miami-1,miami,honours_detainers,Mayor's order,,2017-01-26,,,,,,,,,Honours detainers.,ES: Honours detainers.,Honours them.,ES: Honours them.,,,,,,s1\n\
                nyc-1,nyc,serious_offences_only,Local law,Int. 486,2014-11-14,,,,,,,,,Holds for serious crimes.,ES: Holds for serious crimes.,Serious crimes only.,ES: Serious crimes only.,,,,,,s1\n\
                alachua-1,alachua,no_holds,Sheriff policy,,2014-05,,,2019-06,agreement,,s1,,,Holds no one.,ES: Holds no one.,No holds.,ES: No holds.,,,,,,s1"),
            ("figures.csv", "f1,travis,w1,declined,142,,,,s1\n\
                f2,miami,w1,declined,5,,,,s1\n\
                f3,nyc,w1,declined,5,,,,s1\n\
                f4,madera,w1,declined,,,,,s1,named without a number\n\
                f5,us,w1,declined,206,,,,s1\n\
                f6,miami,jw,declined,93,,,,s1"),
            ("lists.csv", "l1,A list,DOJ,2017,Named places.,s1"),
            ("listings.csv", "l1,miami,,,,s1\n\
                l1,nyc,,,,s1"),
        ])
    }

    const TODAY: Date = Date { year: 2026, month: 12, day: 1 };

    fn ids(ds: &Dataset, view: &ViewState) -> Vec<&'static str> {
        select(ds, &Index::new(ds), view, TODAY).into_iter().map(|i| ds.jurisdictions[i].id).collect()
    }

    fn search(q: &str) -> Vec<&'static str> {
        let ds = sample();
        ids(ds, &ViewState { query: q.into(), sort: Sort::Name, ..ViewState::new(ds) })
    }

    #[test]
    fn search_finds_names_written_loosely_aliases_states_and_policy_identifiers() {
        assert_eq!(search("miami dade"), ["miami"]);
        assert_eq!(search("MIAMI-DADE"), ["miami"]);
        assert_eq!(search("st lucie"), ["stlucie"]);
        assert_eq!(search("St. Lucie"), ["stlucie"]);
        assert_eq!(search("prince georges"), ["pg"]);
        assert_eq!(search("nyc"), ["nyc"]);
        assert_eq!(search("austin"), ["travis"]);
        assert_eq!(search("texas"), ["state-tx", "travis"]);
        assert_eq!(search("sb 4"), ["state-tx"]);
        assert_eq!(search("486"), ["nyc"]);
        assert!(search("zzzz nowhere").is_empty());
    }

    #[test]
    fn the_nation_is_never_a_row() {
        assert!(!search("").contains(&"us"));
        assert_eq!(search("").len(), 8);
    }

    #[test]
    fn filters_keep_exactly_the_matching_rows() {
        let ds = sample();
        let base = ViewState { sort: Sort::Name, ..ViewState::new(ds) };
        assert_eq!(ids(ds, &ViewState { state: Some("FL"), ..base.clone() }), ["alachua", "miami", "stlucie"]);
        assert_eq!(ids(ds, &ViewState { category: Some(Category::MandatesCompliance), ..base.clone() }), ["state-tx"]);
        assert_eq!(ids(ds, &ViewState { list: Some(0), ..base.clone() }), ["miami", "nyc"]);
        assert!(ids(ds, &ViewState { category: Some(Category::NoHolds), ..base.clone() }).is_empty(), "Alachua's ended in 2019");
        assert_eq!(ids(ds, &ViewState { has_figures: true, ..base.clone() }), ["miami", "nyc", "travis"], "Madera's figure has no number");
        assert_eq!(ids(ds, &ViewState { has_figures: true, report: 1, ..base }), ["miami"]);
    }

    #[test]
    fn the_category_filter_uses_the_policies_in_force_on_the_views_date() {
        let ds = sample();
        let on = |d: &str| ViewState { category: Some(Category::NoHolds), as_of: Date::parse(d), ..ViewState::new(ds) };
        assert_eq!(ids(ds, &on("2017-02-03")), ["alachua"], "in force during ICE's 2017 weeks");
        assert!(ids(ds, &on("2019-06-01")).is_empty(), "replaced by an agreement with ICE that month");
        assert!(ids(ds, &on("2014-01-01")).is_empty(), "not yet adopted");
        let texas = ViewState { category: Some(Category::MandatesCompliance), as_of: Date::parse("2017-02-03"), ..ViewState::new(ds) };
        assert!(ids(ds, &texas).is_empty(), "SB 4 took effect in September 2017");
    }

    #[test]
    fn figure_sort_is_high_first_ties_by_name_and_not_reported_last() {
        let ds = sample();
        // Not reported, with or without a named entry, sorts last by name.
        assert_eq!(ids(ds, &ViewState::new(ds)), ["travis", "miami", "nyc", "alachua", "madera", "pg", "stlucie", "state-tx"]);
    }

    #[test]
    fn name_and_enacted_sorts() {
        let ds = sample();
        assert_eq!(ids(ds, &ViewState { sort: Sort::Name, ..ViewState::new(ds) })[..3], ["alachua", "madera", "miami"]);
        assert_eq!(
            ids(ds, &ViewState { sort: Sort::Enacted, ..ViewState::new(ds) }),
            ["alachua", "nyc", "miami", "state-tx", "madera", "pg", "stlucie", "travis"]
        );
    }

    #[test]
    fn a_page_grows_to_include_the_open_row_and_never_past_the_end() {
        assert_eq!(page_end(598, 40, None), 40);
        assert_eq!(page_end(598, 40, Some(3)), 40);
        assert_eq!(page_end(598, 40, Some(200)), 201);
        assert_eq!(page_end(12, 40, None), 12);
        assert_eq!(page_end(598, usize::MAX, None), 598);
    }
}
