//! Which figure stands for a jurisdiction, and which figures may be added up: the one rule every
//! view uses (the list's rows, the ranking, the map, the header's attribution and the CSV).
//!
//! - A jurisdiction's figure for a report and measure is its best-ranked figure: one with a
//!   number before one without, a confirmed one before an unverified one, an exact one before a
//!   qualified one ("more than"), then the first in the data.
//! - A figure's period is its own `period` where the source gave a narrower one than the report's
//!   (`""` means the report's period). Where a report's figures span periods, pictures and sums
//!   take one period at a time: figures of different periods are never compared or added.
//! - Only exact, not-unverified numbers are added, and a jurisdiction's jail is not added again
//!   where the jurisdiction itself has a figure.

use atlas_data::{Dataset, Figure, Jurisdiction, Level, Measure, Qualifier, Status};

/// How a figure ranks against the jurisdiction's other figures of the same measure: lower first.
/// A jurisdiction's own figure (or the sum of its jails) comes before one jail's.
fn rank(f: &Figure) -> (bool, bool, bool, bool) {
    (f.value.is_none(), f.status == Status::Unverified, f.qualifier != Qualifier::Exact, f.facility.is_some())
}

/// A stable id for citing a figure: its own, or for one made from ICE's records,
/// `<facility or jurisdiction>.<report>.<measure>` (`.sum` for the sum of a jurisdiction's jails).
pub fn figure_id(ds: &Dataset, f: &Figure) -> String {
    if !f.id.is_empty() {
        return f.id.to_string();
    }
    let report = ds.reports.get(usize::from(f.report)).map_or("", |r| r.id);
    let whose = match f.facility.and_then(|i| ds.facilities.get(usize::from(i))) {
        Some(fac) => fac.id,
        None => ds.jurisdictions.get(usize::from(f.jurisdiction)).map_or("", |j| j.id),
    };
    format!("{whose}.{report}.{}{}", f.measure.code(), if f.sum { ".sum" } else { "" })
}

/// Every figure of one measure for a jurisdiction in a report, in data order.
pub fn figures_of(ds: &Dataset, jurisdiction: usize, report: usize, measure: Measure) -> impl Iterator<Item = &'static Figure> {
    let all: &'static [Figure] = ds.figures;
    all.iter().filter(move |f| usize::from(f.jurisdiction) == jurisdiction && usize::from(f.report) == report && f.measure == measure)
}

/// True for a figure of `period` (`None`: any period).
fn in_period(f: &Figure, period: Option<&str>) -> bool {
    period.is_none_or(|p| f.period == p)
}

/// A jurisdiction's figure of `measure` in `report` (of `period`, when given), by the rule above.
pub fn best_figure(ds: &Dataset, jurisdiction: usize, report: usize, measure: Measure, period: Option<&str>) -> Option<&'static Figure> {
    figures_of(ds, jurisdiction, report, measure).filter(|f| in_period(f, period)).min_by_key(|f| rank(f))
}

/// [`best_figure`] for every jurisdiction at once (one pass over the figures), indexed by
/// jurisdiction: what filtering and sorting use on each keystroke.
pub fn best_figures(ds: &Dataset, report: usize, measure: Measure, period: Option<&str>) -> Vec<Option<&'static Figure>> {
    let mut out: Vec<Option<&'static Figure>> = vec![None; ds.jurisdictions.len()];
    let all: &'static [Figure] = ds.figures;
    for f in all.iter().filter(|f| usize::from(f.report) == report && f.measure == measure && in_period(f, period)) {
        if let Some(slot) = out.get_mut(usize::from(f.jurisdiction)) {
            // The first of the best rank, as `min_by_key` picks it.
            if slot.is_none_or(|g| rank(f) < rank(g)) {
                *slot = Some(f);
            }
        }
    }
    out
}

/// The figure a row shows for a report: the report's primary measure, any period.
pub fn headline(ds: &Dataset, jurisdiction: usize, report: usize) -> Option<&'static Figure> {
    let measure = ds.reports.get(report)?.primary_measure;
    best_figure(ds, jurisdiction, report, measure, None)
}

/// [`headline`] for every jurisdiction.
pub fn headlines(ds: &Dataset, report: usize) -> Vec<Option<&'static Figure>> {
    match ds.reports.get(report) {
        Some(r) => best_figures(ds, report, r.primary_measure, None),
        None => vec![None; ds.jurisdictions.len()],
    }
}

/// A jurisdiction's latest figure with a number in another report than `report`: from the report
/// whose period ends last (or, without an end, that was published last; reports with neither
/// come after every dated one), its primary measure before others, then by the rule above. What
/// a row shows where the selected report has no number for it.
pub fn latest_elsewhere(ds: &Dataset, jurisdiction: usize, report: usize) -> Option<&'static Figure> {
    let all: &'static [Figure] = ds.figures;
    let report_of = |f: &Figure| ds.reports.get(usize::from(f.report));
    all.iter().filter(|f| usize::from(f.jurisdiction) == jurisdiction && usize::from(f.report) != report && f.value.is_some()).min_by_key(
        |f| {
            let r = report_of(f);
            let when = r.and_then(|r| r.period_end.or(r.published));
            let primary = r.is_some_and(|r| r.primary_measure == f.measure);
            (std::cmp::Reverse(when), !primary, rank(f))
        },
    )
}

/// A jurisdiction's latest figure with a number, in any report: what its card and its page's
/// description give (the rule of [`latest_elsewhere`], over every report).
pub fn latest(ds: &Dataset, jurisdiction: usize) -> Option<&'static Figure> {
    latest_elsewhere(ds, jurisdiction, usize::MAX)
}

/// True when sources give different numbers for the same jurisdiction, report, measure and period.
pub fn sources_disagree(ds: &Dataset, jurisdiction: usize, report: usize, measure: Measure) -> bool {
    let figs: Vec<_> = figures_of(ds, jurisdiction, report, measure).filter(|f| f.value.is_some()).collect();
    figs.iter().any(|a| figs.iter().any(|b| a.period == b.period && (a.value, a.qualifier) != (b.value, b.qualifier)))
}

/// The periods of a report's figures of `measure` that have a number, the period with the most
/// figures first (ties in data order). One entry means the figures can all be compared.
pub fn periods(ds: &Dataset, report: usize, measure: Measure) -> Vec<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    let all: &'static [Figure] = ds.figures;
    for f in all.iter().filter(|f| usize::from(f.report) == report && f.measure == measure && f.value.is_some()) {
        match counts.iter_mut().find(|(p, _)| *p == f.period) {
            Some((_, n)) => *n += 1,
            None => counts.push((f.period, 1)),
        }
    }
    // A stable sort keeps data order among equal counts.
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    counts.into_iter().map(|(p, _)| p).collect()
}

/// The measures a report has numbers for, its primary measure first (even without numbers).
pub fn measures_of(ds: &Dataset, report: usize) -> Vec<Measure> {
    let Some(r) = ds.reports.get(report) else { return vec![] };
    let mut out = vec![r.primary_measure];
    for m in Measure::ALL.iter().copied().filter(|m| *m != r.primary_measure) {
        if ds.figures.iter().any(|f| usize::from(f.report) == report && f.measure == m && f.value.is_some()) {
            out.push(m);
        }
    }
    out
}

/// The number of a figure that may be added to others: exact and not unverified.
pub fn addable(f: Option<&Figure>) -> Option<u32> {
    f.filter(|f| f.qualifier == Qualifier::Exact && f.status != Status::Unverified).and_then(|f| f.value)
}

/// True for a count from ICE's records of facilities (one jail's, or the sum of a
/// jurisdiction's jails): such counts never overlap another jurisdiction's.
pub fn of_facilities(f: &Figure) -> bool {
    f.facility.is_some() || f.sum
}

/// The sum of the addable figures (`heads`, indexed by jurisdiction, all of one measure, report
/// and period) of the single jurisdictions `include` accepts. Aggregates, multi-state rows and
/// the nation are never part of it, and a jurisdiction is left out where its parent has an
/// addable figure (the parent's count includes its jail's), unless its figure counts its own
/// facilities in ICE's records, which the parent's do not include.
pub fn named_sum(ds: &Dataset, heads: &[Option<&Figure>], include: impl Fn(&Jurisdiction) -> bool) -> u64 {
    let head = |i: usize| addable(heads.get(i).copied().flatten());
    let own_facilities = |i: usize| heads.get(i).copied().flatten().is_some_and(of_facilities);
    ds.jurisdictions
        .iter()
        .enumerate()
        .filter(|(_, j)| j.level != Level::Nation && j.level != Level::Aggregate && j.state != "US" && include(j))
        .filter(|(i, j)| own_facilities(*i) || j.parent.is_none_or(|p| head(usize::from(p)).is_none()))
        .filter_map(|(i, _)| head(i))
        .map(u64::from)
        .sum()
}

/// How much of a report's national total the dataset attributes to named jurisdictions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribution {
    /// `named` (the [`named_sum`] over every state) of `total` are named; `grouped` more are
    /// figures of aggregates (several unnamed jurisdictions) of states where no named
    /// jurisdiction has a figure: a state's group may contain its named ones, so it is never
    /// added to them. `named` is at most `total`.
    Within { named: u64, grouped: u64, total: u32 },
    /// The named figures add up to more than the total: they come from other tallies, and the
    /// header says so instead of attributing more than was published.
    Exceeds { named: u64, total: u32 },
}

/// Attribution for the report's primary measure, in the period of its national total; `None`
/// when the report has no exact national total.
pub fn attribution(ds: &Dataset, report: usize) -> Option<Attribution> {
    let measure = ds.reports.get(report)?.primary_measure;
    let total = best_figure(ds, ds.nation()?, report, measure, None).filter(|f| f.qualifier == Qualifier::Exact)?;
    let heads = best_figures(ds, report, measure, Some(total.period));
    let grouped = ds
        .jurisdictions
        .iter()
        .enumerate()
        .filter(|(_, j)| j.level == Level::Aggregate && j.state != "US")
        .filter(|(_, g)| named_sum(ds, &heads, |j| j.state == g.state) == 0)
        .filter_map(|(i, _)| addable(heads[i]))
        .map(u64::from)
        .sum();
    let (named, total) = (named_sum(ds, &heads, |_| true), total.value?);
    Some(if named > u64::from(total) { Attribution::Exceeds { named, total } } else { Attribution::Within { named, grouped, total } })
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    /// A county with a jail, a second county, a state-wide group and the nation, in two reports;
    /// the second report's figures span two periods.
    fn sample() -> &'static Dataset {
        dataset(&[
            (
                "sources.csv",
                "s1,Report,stored copy,ICE,,https://example.org/1,,primary\n\
                s2,Story,stored copy,Paper,,https://example.org/2,,secondary",
            ),
            (
                "reports.csv",
                "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,2017-01-28,2017-02-03,,declined,ice_weekly,yes,One week.,s1\n\
                loc,Local records,Local records (ES),Local,Local (ES),Various,,,,issued,local,,Records.,s2",
            ),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,\n\
                 travis,Travis County,TX,county,,,\n\
                 jail,Travis County Jail,TX,agency,,travis,\n\
                 harris,Harris County,TX,county,,,\n\
                 ca-all,California (all),CA,aggregate,,,\n\
                 tx-all,Texas (all),TX,aggregate,,,\n\
                 top,Top ten,US,aggregate,,,",
            ),
            (
                "figures.csv",
                "us1,us,w1,declined,200,,,,s1\n\
                t1,travis,w1,declined,143,,,unverified,s2,,Fixture: no second source confirms it.\n\
                t2,travis,w1,declined,142,,,,s1\n\
                t3,travis,w1,declined,150,more_than,,,s1\n\
                j1,jail,w1,declined,40,,,,s1\n\
                h1,harris,w1,declined,,,,,s1,named without a number\n\
                h2,harris,w1,issued,51,,,,s1\n\
                c1,ca-all,w1,declined,11,,,,s1\n\
                c2,tx-all,w1,declined,149,,,,s1\n\
                x1,top,w1,declined,99,,,,s1\n\
                l1,travis,loc,issued,7554,more_than,2011 – 2019,,s2\n\
                l2,travis,loc,issued,159,,Jan – Mar 2019,,s2\n\
                l3,harris,loc,issued,300,,Jan – Mar 2019,,s2\n\
                l4,jail,loc,declined,12,,2018,,s2",
            ),
        ])
    }

    fn at(ds: &Dataset, id: &str) -> usize {
        ds.jurisdictions.iter().position(|j| j.id == id).unwrap_or_else(|| panic!("{id}"))
    }

    #[test]
    fn a_number_beats_none_confirmed_beats_unverified_and_exact_beats_qualified() {
        let ds = sample();
        assert_eq!(headline(ds, at(ds, "travis"), 0).map(|f| f.id), Some("t2"));
        assert_eq!(headline(ds, at(ds, "harris"), 0).map(|f| f.value), Some(None), "named without a number: not reported, never 0");
        assert_eq!(headline(ds, at(ds, "us"), 1), None);
        assert!(sources_disagree(ds, at(ds, "travis"), 0, Measure::Declined));
        assert!(!sources_disagree(ds, at(ds, "harris"), 0, Measure::Declined));
    }

    #[test]
    fn one_pass_for_all_rows_equals_the_rule_row_by_row() {
        let ds = sample();
        for report in 0..ds.reports.len() {
            for &m in Measure::ALL {
                for period in [None, Some(""), Some("Jan – Mar 2019")] {
                    let all = best_figures(ds, report, m, period);
                    for (j, best) in all.iter().enumerate() {
                        assert_eq!(best.map(|f| f.id), best_figure(ds, j, report, m, period).map(|f| f.id));
                    }
                }
            }
        }
    }

    #[test]
    fn a_row_without_a_number_in_the_report_shows_its_latest_figure_elsewhere() {
        let ds = sample();
        let (travis, harris, us) = (at(ds, "travis"), at(ds, "harris"), at(ds, "us"));
        // Local records have no dates, so ICE's week of 2017 is the latest.
        assert_eq!(latest_elsewhere(ds, travis, 1).map(|f| f.id), Some("t2"));
        assert_eq!(latest_elsewhere(ds, travis, 0).map(|f| f.id), Some("l2"), "exact before 'more than'");
        assert_eq!(latest_elsewhere(ds, harris, 1).map(|f| f.id), Some("h2"), "a number of another measure before none");
        assert_eq!(latest_elsewhere(ds, us, 0), None, "the nation's only figure is in the report shown");
    }

    #[test]
    fn the_row_and_the_ranking_agree_on_a_multi_period_report() {
        // Santa Clara's bug: the row showed "more than 7,554" while the ranking drew 159.
        let ds = sample();
        let travis = at(ds, "travis");
        assert_eq!(headline(ds, travis, 1).map(|f| f.id), Some("l2"));
        assert_eq!(periods(ds, 1, Measure::Issued), vec!["Jan – Mar 2019", "2011 – 2019"]);
        assert_eq!(periods(ds, 0, Measure::Declined), vec![""]);
        assert_eq!(best_figure(ds, travis, 1, Measure::Issued, Some("2011 – 2019")).map(|f| f.id), Some("l1"));
    }

    #[test]
    fn a_report_offers_its_primary_measure_first_and_the_others_it_has_numbers_for() {
        let ds = sample();
        assert_eq!(measures_of(ds, 0), vec![Measure::Declined, Measure::Issued]);
        assert_eq!(measures_of(ds, 1), vec![Measure::Issued, Measure::Declined]);
        assert!(measures_of(ds, 9).is_empty());
    }

    #[test]
    fn attribution_adds_exact_confirmed_figures_once_and_keeps_groups_apart() {
        let ds = sample();
        // Travis 142 (its jail's 40 is inside it); Harris has no number; California's group of 11
        // is apart; Texas's group of 149 may contain Travis, so it is not added at all; the
        // multi-state "top ten" is neither.
        assert_eq!(attribution(ds, 0), Some(Attribution::Within { named: 142, grouped: 11, total: 200 }));
        assert_eq!(attribution(ds, 1), None, "no national total");
        let heads = best_figures(ds, 1, Measure::Issued, Some("Jan – Mar 2019"));
        assert_eq!(named_sum(ds, &heads, |j| j.state == "TX"), 159 + 300);
    }

    #[test]
    fn named_figures_above_the_total_are_never_attributed_to_it() {
        // Judicial Watch's case: the named counts come from another tally than the national one.
        let ds = dataset(&[
            ("sources.csv", "s1,Records,stored copy,JW,,https://example.org/1,,secondary"),
            ("reports.csv", "jw,Records,Records (ES),JW,JW (ES),Judicial Watch,,,,declined,foia,yes,Records.,s1"),
            ("jurisdictions.csv", "us,United States,US,nation,,,\na,Ventura County,CA,county,,,\nb,Miami-Dade County,FL,county,,,"),
            (
                "figures.csv",
                "t,us,jw,declined,284,,,,s1\n\
                f1,a,jw,declined,188,,,,s1\n\
                f2,b,jw,declined,193,,,,s1",
            ),
        ]);
        assert_eq!(attribution(ds, 0), Some(Attribution::Exceeds { named: 381, total: 284 }));
    }
}
