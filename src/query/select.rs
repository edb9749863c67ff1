//! Which jurisdictions the list shows, in what order, and with which figure.
//!
//! Invariants (tested): filtering only removes rows; sorting is a permutation; a row whose figure
//! is not reported sorts after every row with a figure; figures of different measures are never
//! combined.

use atlas_data::{states::state_name, Category, Dataset, Date, Figure, Level, Measure, Qualifier, Status};

use super::text::{normalize, words};
use super::view::{Sort, ViewState};

/// Precomputed per-jurisdiction search words and facts, built once at start-up.
pub struct Index {
    rows: Vec<RowIndex>,
}

struct RowIndex {
    words: Vec<String>,
    categories: Vec<Category>,
    lists: Vec<u16>,
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
                let i = i as u16;
                let mut text = format!("{} {} {}", j.name, j.state, state_name(j.state).unwrap_or(""));
                for a in j.aliases {
                    text.push(' ');
                    text.push_str(a);
                }
                let policies: Vec<_> = ds.policies.iter().filter(|p| p.jurisdiction == i).collect();
                for p in &policies {
                    text.push(' ');
                    text.push_str(p.identifier);
                }
                let mut ws = words(&text);
                ws.sort();
                ws.dedup();
                RowIndex {
                    words: ws,
                    categories: policies.iter().map(|p| p.category).collect(),
                    lists: ds.listings.iter().filter(|l| l.jurisdiction == i).map(|l| l.list).collect(),
                    earliest: policies.iter().filter_map(|p| p.enacted).min(),
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

/// The figure a row shows for a report: its primary measure, preferring a confirmed figure with
/// a number. `None` when the report has no such figure for the jurisdiction.
pub fn headline(ds: &Dataset, jurisdiction: usize, report: usize) -> Option<&'static Figure> {
    let measure = ds.reports.get(report)?.primary_measure;
    figures_of(ds, jurisdiction, report, measure).min_by_key(|f| rank(f))
}

/// Every jurisdiction's [`headline`] for a report, in one pass over the figures (instead of one
/// pass per jurisdiction): what filtering and sorting by figure use on each keystroke.
pub fn headlines(ds: &Dataset, report: usize) -> Vec<Option<&'static Figure>> {
    match ds.reports.get(report) {
        Some(r) => best_figures(ds, report, r.primary_measure),
        None => vec![None; ds.jurisdictions.len()],
    }
}

/// Every jurisdiction's best figure of `measure` in `report` (ranked as [`headline`] ranks them),
/// in one pass over the figures; indexed by jurisdiction.
pub fn best_figures(ds: &Dataset, report: usize, measure: Measure) -> Vec<Option<&'static Figure>> {
    let mut out: Vec<Option<&'static Figure>> = vec![None; ds.jurisdictions.len()];
    let all: &'static [Figure] = ds.figures;
    for f in all.iter().filter(|f| usize::from(f.report) == report && f.measure == measure) {
        if let Some(slot) = out.get_mut(usize::from(f.jurisdiction)) {
            // The first of the best rank, as `headline` picks it.
            if slot.is_none_or(|g| rank(f) < rank(g)) {
                *slot = Some(f);
            }
        }
    }
    out
}

fn rank(f: &Figure) -> (bool, bool, bool) {
    (f.value.is_none(), f.status == Status::Unverified, f.qualifier != Qualifier::Exact)
}

/// Every figure of one measure for a jurisdiction in a report, in data order.
pub fn figures_of(ds: &Dataset, jurisdiction: usize, report: usize, measure: Measure) -> impl Iterator<Item = &'static Figure> + '_ {
    let all: &'static [Figure] = ds.figures;
    let _ = ds;
    all.iter().filter(move |f| f.jurisdiction as usize == jurisdiction && f.report as usize == report && f.measure == measure)
}

/// True when sources give different numbers for the same jurisdiction, report, measure and period.
pub fn sources_disagree(ds: &Dataset, jurisdiction: usize, report: usize, measure: Measure) -> bool {
    let figs: Vec<_> = figures_of(ds, jurisdiction, report, measure).filter(|f| f.value.is_some()).collect();
    figs.iter().any(|a| figs.iter().any(|b| a.period == b.period && (a.value, a.qualifier) != (b.value, b.qualifier)))
}

/// The jurisdictions to list for a view, filtered and sorted. The nation row is never listed:
/// its figures are the report's totals in the header.
pub fn select(ds: &Dataset, index: &Index, view: &ViewState) -> Vec<usize> {
    let query = words(&view.query);
    let heads = headlines(ds, view.report);
    let mut rows: Vec<usize> = (0..ds.jurisdictions.len())
        .filter(|&i| {
            let j = &ds.jurisdictions[i];
            let row = &index.rows[i];
            j.level != Level::Nation
                && view.state.is_none_or(|s| j.state == s)
                && view.category.is_none_or(|c| row.categories.contains(&c))
                && view.list.is_none_or(|l| row.lists.contains(&(l as u16)))
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

/// How much of a report's national total the dataset attributes to named jurisdictions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// Sum of exact, confirmed figures of single jurisdictions (a child is left out where its parent has a figure).
    pub named: u64,
    /// Sum of exact, confirmed figures of aggregates (several unnamed jurisdictions).
    pub grouped: u64,
    /// The national total the named figures are compared with (exact figures only).
    pub total: Option<u32>,
}

/// Attribution for the report's primary measure; `None` when the report has no national total.
pub fn attribution(ds: &Dataset, report: usize) -> Option<Attribution> {
    let nation = ds.jurisdictions.iter().position(|j| j.level == Level::Nation)?;
    let heads = headlines(ds, report);
    let total = heads[nation].filter(|f| f.qualifier == Qualifier::Exact)?.value;
    let usable = |i: usize| heads[i].filter(|f| f.qualifier == Qualifier::Exact && f.status != Status::Unverified).and_then(|f| f.value);
    let mut named = 0u64;
    let mut grouped = 0u64;
    for (i, j) in ds.jurisdictions.iter().enumerate() {
        if j.level == Level::Nation || j.state == "US" {
            continue;
        }
        let Some(v) = usable(i) else { continue };
        if j.level == Level::Aggregate {
            grouped += u64::from(v);
        } else if j.parent.is_none_or(|p| usable(p as usize).is_none()) {
            named += u64::from(v);
        }
    }
    Some(Attribution { named, grouped, total })
}

/// How many of `total` listed rows to render: `shown` (pages asked for so far), extended to
/// include the open row at `open_at` so a link to it always shows it.
pub fn page_end(total: usize, shown: usize, open_at: Option<usize>) -> usize {
    shown.max(open_at.map_or(0, |p| p + 1)).min(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_in_one_pass_equal_headline_row_by_row() {
        let ds = data();
        for report in 0..ds.reports.len() {
            let heads = headlines(ds, report);
            for j in 0..ds.jurisdictions.len() {
                assert_eq!(heads[j].map(|f| f.id), headline(ds, j, report).map(|f| f.id), "report {report}, row {j}");
            }
        }
    }

    #[test]
    fn a_page_grows_to_include_the_open_row_and_never_past_the_end() {
        assert_eq!(page_end(598, 40, None), 40);
        assert_eq!(page_end(598, 40, Some(3)), 40);
        assert_eq!(page_end(598, 40, Some(200)), 201);
        assert_eq!(page_end(12, 40, None), 12);
        assert_eq!(page_end(598, usize::MAX, None), 598);
    }
    use crate::dataset::data;

    fn id_of(i: usize) -> &'static str {
        data().jurisdictions[i].id
    }

    fn search(q: &str) -> Vec<&'static str> {
        let ds = data();
        let view = ViewState { query: q.into(), ..Default::default() };
        select(ds, &Index::new(ds), &view).into_iter().map(id_of).collect()
    }

    fn report(id: &str) -> usize {
        data().reports.iter().position(|r| r.id == id).expect("report exists")
    }

    #[test]
    fn search_finds_names_written_loosely() {
        assert!(search("miami dade").contains(&"miami-dade-county-fl"));
        assert!(search("MIAMI-DADE").contains(&"miami-dade-county-fl"));
        assert!(search("st lucie").contains(&"st-lucie-county-fl"));
        assert!(search("St. Lucie").contains(&"st-lucie-county-fl"));
        assert!(search("nyc").contains(&"new-york-city-ny"));
        assert!(search("prince georges").contains(&"prince-georges-county-md"));
    }

    #[test]
    fn search_covers_state_names_codes_and_policy_identifiers() {
        let texas = search("texas");
        assert!(texas.contains(&"travis-county-tx") && texas.contains(&"state-tx"));
        assert!(!texas.contains(&"cook-county-il"));
        assert!(search("sb 54").contains(&"state-ca"));
        assert!(search("3.54").contains(&"santa-clara-county-ca"));
        assert!(search("zzzz nowhere").is_empty());
    }

    #[test]
    fn the_nation_is_never_a_row() {
        assert!(!search("").contains(&"us"));
    }

    #[test]
    fn filters_only_remove_rows() {
        let ds = data();
        let index = Index::new(ds);
        let all = select(ds, &index, &ViewState::default());
        for view in [
            ViewState { state: Some("CA"), ..Default::default() },
            ViewState { category: Some(Category::MandatesCompliance), ..Default::default() },
            ViewState { list: Some(0), ..Default::default() },
            ViewState { has_figures: true, ..Default::default() },
        ] {
            let some = select(ds, &index, &view);
            assert!(!some.is_empty() && some.len() < all.len(), "{view:?}");
            assert!(some.iter().all(|i| all.contains(i)));
        }
        let ca = select(ds, &index, &ViewState { state: Some("CA"), ..Default::default() });
        assert!(ca.iter().all(|&i| ds.jurisdictions[i].state == "CA"));
        let mandates = select(ds, &index, &ViewState { category: Some(Category::MandatesCompliance), ..Default::default() });
        let ids: Vec<_> = mandates.into_iter().map(id_of).collect();
        assert!(ids.iter().all(|id| id.starts_with("state-")), "only states mandate compliance: {ids:?}");
        for state in ["state-fl", "state-ia", "state-tx", "state-ga"] {
            assert!(ids.contains(&state), "{state} missing from {ids:?}");
        }
    }

    #[test]
    fn figure_sort_is_high_first_with_not_reported_last() {
        let ds = data();
        let index = Index::new(ds);
        let w1 = report("ddor-2017-w1");
        let rows = select(ds, &index, &ViewState { report: w1, ..Default::default() });
        assert_eq!(rows.len(), select(ds, &index, &ViewState { report: w1, sort: Sort::Name, ..Default::default() }).len());
        assert_eq!(id_of(rows[0]), "travis-county-tx");
        let values: Vec<Option<u32>> = rows.iter().map(|&i| headline(ds, i, w1).and_then(|f| f.value)).collect();
        let first_missing = values.iter().position(Option::is_none).expect("some rows have no figure");
        assert!(values[first_missing..].iter().all(Option::is_none), "not reported must stay last");
        assert!(values[..first_missing].windows(2).all(|w| w[0] >= w[1]), "high first");
        // Madera was named without a count: not reported, never 0.
        let madera = ds.jurisdictions.iter().position(|j| j.id == "madera-county-ca").expect("madera");
        assert_eq!(headline(ds, madera, w1).map(|f| f.value), Some(None));
    }

    #[test]
    fn name_and_enacted_sorts() {
        let ds = data();
        let index = Index::new(ds);
        let by_name: Vec<_> = select(ds, &index, &ViewState { sort: Sort::Name, ..Default::default() }).into_iter().map(id_of).collect();
        let pos = |id: &str| by_name.iter().position(|x| *x == id).expect("present");
        assert!(pos("alachua-county-fl") < pos("boston-ma") && pos("boston-ma") < pos("weld-county-co"));
        let by_date: Vec<_> = select(ds, &index, &ViewState { sort: Sort::Enacted, state: Some("OR"), ..Default::default() })
            .into_iter().map(id_of).collect();
        assert_eq!(by_date[0], "state-or", "Oregon's 1987 statute is the earliest: {by_date:?}");
    }

    #[test]
    fn headline_prefers_confirmed_figures_and_flags_disagreement() {
        let ds = data();
        let w1 = report("ddor-2017-w1");
        let travis = ds.jurisdictions.iter().position(|j| j.id == "travis-county-tx").expect("travis");
        assert_eq!(headline(ds, travis, w1).and_then(|f| f.value), Some(142));
        assert!(sources_disagree(ds, travis, w1, Measure::Declined), "142 vs 143");
        let boulder = ds.jurisdictions.iter().position(|j| j.id == "boulder-county-co").expect("boulder");
        assert!(!sources_disagree(ds, boulder, w1, Measure::Declined));
    }

    #[test]
    fn attribution_of_the_first_weekly_report_is_178_of_206() {
        let ds = data();
        let a = attribution(ds, report("ddor-2017-w1")).expect("week 1 has a national total");
        assert_eq!((a.named, a.total), (178, Some(206)));
        let b = attribution(ds, report("ddor-2017-w2")).expect("week 2 has a national total");
        assert_eq!((b.named, b.grouped, b.total), (18, 19, Some(47)));
        assert!(attribution(ds, report("local-records")).is_none());
    }
}
