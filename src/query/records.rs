//! ICE's records by facility, for a row's details: each jail a jurisdiction runs, its counts year
//! by year and for fiscal 2015, the share declined where its denominator is sound, and the
//! jurisdiction's later figures placed on the same time axis.
//!
//! - A share declined is given only where the same facility (or the same sum of jails) has a
//!   count of detainers issued for the same report, period and sources: the declines are then
//!   counted out of those very detainers. Nowhere else is a share computed.
//! - Later figures are the jurisdiction's own figures (not a facility's) that have a number; each
//!   keeps its report, measure and sources, and is never drawn on the bars' scale.

use atlas_data::{Dataset, Facility, Figure, Measure, Report};

/// The facilities of ICE's records a jurisdiction runs, in data order (indices into
/// `ds.facilities`).
pub fn facilities_of(ds: &Dataset, jurisdiction: usize) -> Vec<usize> {
    ds.facilities.iter().enumerate().filter(|(_, f)| usize::from(f.jurisdiction) == jurisdiction).map(|(i, _)| i).collect()
}

/// A facility's figures of one measure, oldest report period first.
pub fn facility_figures(ds: &Dataset, facility: usize, measure: Measure) -> Vec<&'static Figure> {
    let all: &'static [Figure] = ds.figures;
    let mut out: Vec<&'static Figure> =
        all.iter().filter(|f| f.facility.map(usize::from) == Some(facility) && f.measure == measure).collect();
    out.sort_by_key(|f| ds.reports.get(usize::from(f.report)).map(|r| (r.period_start, r.period_end)));
    out
}

/// Every figure of a facility, oldest report period first, each report's in the order of
/// [`Measure::ALL`].
pub fn facility_figures_all(ds: &Dataset, facility: usize) -> Vec<&'static Figure> {
    let all: &'static [Figure] = ds.figures;
    let mut out: Vec<&'static Figure> = all.iter().filter(|f| f.facility.map(usize::from) == Some(facility)).collect();
    out.sort_by_key(|f| (ds.reports.get(usize::from(f.report)).map(|r| (r.period_start, r.period_end)), f.measure));
    out
}

/// Every figure of a facility for one report, in the order of [`Measure::ALL`].
pub fn facility_report(ds: &Dataset, facility: usize, report: usize) -> Vec<&'static Figure> {
    let all: &'static [Figure] = ds.figures;
    let mut out: Vec<&'static Figure> =
        all.iter().filter(|f| f.facility.map(usize::from) == Some(facility) && usize::from(f.report) == report).collect();
    out.sort_by_key(|f| f.measure);
    out
}

/// The reports in which a facility has a count of detainers issued with their outcomes (fiscal
/// 2015 in ICE's records), oldest first.
pub fn outcome_reports(ds: &Dataset, facility: usize) -> Vec<usize> {
    facility_figures(ds, facility, Measure::Issued).into_iter().map(|f| usize::from(f.report)).collect()
}

/// `declined` of `of` detainers issued: the share's parts, both counted from the same records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub declined: u32,
    pub of: u32,
}

impl Share {
    /// The share in tenths of a percent, rounded half up (display only: never stored).
    pub fn per_mille(&self) -> u32 {
        if self.of == 0 {
            return 0;
        }
        ((u64::from(self.declined) * 2000 + u64::from(self.of)) / (2 * u64::from(self.of))) as u32
    }
}

/// The share declined of a declined figure, where the rule above allows one.
pub fn share(ds: &Dataset, declined: &Figure) -> Option<Share> {
    if declined.measure != Measure::Declined {
        return None;
    }
    let issued = ds.figures.iter().find(|f| {
        f.measure == Measure::Issued
            && f.facility == declined.facility
            && f.sum == declined.sum
            && f.jurisdiction == declined.jurisdiction
            && f.report == declined.report
            && f.period == declined.period
            && f.sources == declined.sources
            && (f.facility.is_some() || f.sum)
    })?;
    let (d, of) = (declined.value?, issued.value?);
    (of > 0 && d <= of).then_some(Share { declined: d, of })
}

/// The jurisdiction's own figures with a number (not a facility's, not a sum of them): what the
/// charts place after ICE's records on the same time axis. Oldest first.
pub fn later_figures(ds: &Dataset, jurisdiction: usize) -> Vec<&'static Figure> {
    let all: &'static [Figure] = ds.figures;
    let mut out: Vec<&'static Figure> =
        all.iter().filter(|f| usize::from(f.jurisdiction) == jurisdiction && f.facility.is_none() && !f.sum && f.value.is_some()).collect();
    out.sort_by_key(|f| year_of(ds, f));
    out
}

/// The year a figure is placed at on a time axis: the last year its own period names, else the
/// end (or start) of its report's period, else the report's publication.
pub fn year_of(ds: &Dataset, f: &Figure) -> Option<u16> {
    let own = f
        .period
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<u16>().ok())
        .filter(|y| (1990..=2100).contains(y))
        .max();
    let r: Option<&Report> = ds.reports.get(usize::from(f.report));
    own.or_else(|| r.and_then(|r| r.period_end.or(r.period_start).or(r.published)).map(|d| d.year))
}

/// The facilities whose figures a sum adds up (the jails it lists).
pub fn summed(ds: &Dataset, sum: &Figure) -> Vec<&'static Facility> {
    if !sum.sum {
        return vec![];
    }
    let all: &'static [Figure] = ds.figures;
    all.iter()
        .filter(|f| {
            f.facility.is_some()
                && f.jurisdiction == sum.jurisdiction
                && f.report == sum.report
                && f.measure == sum.measure
                && f.sources == sum.sources
        })
        .filter_map(|f| ds.facilities.get(usize::from(f.facility?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    /// Travis runs two jails, Harris one; both have a later figure of their own.
    fn sample() -> &'static Dataset {
        dataset(&[
            (
                "sources.csv",
                "d,Declines file,document,NPR,,https://example.org/d,,primary\n\
                 f,Record-level file,document,NPR,,https://example.org/f,,primary\n\
                 n,Story,stored copy,Paper,,https://example.org/n,,secondary",
            ),
            (
                "reports.csv",
                "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,2017-01-28,2017-02-03,,declined,ice_weekly,yes,One week.,n\n\
                 r2013,Records 2013,Records 2013 (ES),2013,2013 (ES),ICE,2013-01-01,2013-12-31,,declined,foia,,A year.,d\n\
                 r2014,Records 2014,Records 2014 (ES),2014,2014 (ES),ICE,2014-01-01,2014-12-31,,declined,foia,,A year.,d\n\
                 fy,Records FY2015,Records FY2015 (ES),FY2015,FY2015 (ES),ICE,2014-10-01,2015-07-19,,declined,foia,,To date.,f\n\
                 loc,Local,Local (ES),Local,Local (ES),Various,,,,declined,local,,Local.,n",
            ),
            ("jurisdictions.csv", "us,United States,US,nation,,,\ntravis,Travis County,TX,county,,,\nharris,Harris County,TX,county,,,"),
            ("figures.csv", "t1,travis,w1,declined,142,,,,n\nt2,travis,loc,declined,12,,Jan – Mar 2019,,n\nh1,harris,loc,issued,300,,,,n"),
            (
                "ice-records/facilities.csv",
                "main,TRAVIS COUNTY JAIL,,AUSTIN,TX,travis,county,\n\
                 annex,TRAVIS CO ANNEX,,DEL VALLE,TX,travis,by_hand,The county runs its annex.\n\
                 hc,HARRIS COUNTY JAIL,,HOUSTON,TX,harris,county,\n\
                 fed,FEDERAL PRISON,,AUSTIN,TX,,unmatched,",
            ),
            (
                "ice-records/declines-by-year.csv",
                "main,2014,r2014,30,d\nmain,2013,r2013,2,d\nannex,2014,r2014,5,d\nhc,2014,r2014,7,d\nfed,2014,r2014,9,d",
            ),
            ("ice-records/fy2015-outcomes.csv", "main,fy,40,8,12,10,10,f\nannex,fy,3,1,1,0,1,f\nhc,fy,9,0,9,0,0,f"),
        ])
    }

    fn at(ds: &Dataset, id: &str) -> usize {
        ds.jurisdictions.iter().position(|j| j.id == id).unwrap_or_else(|| panic!("{id}"))
    }

    #[test]
    fn a_jurisdiction_lists_the_facilities_it_runs_with_their_years_oldest_first() {
        let ds = sample();
        let travis = facilities_of(ds, at(ds, "travis"));
        let names: Vec<_> = travis.iter().map(|&f| ds.facilities[f].name).collect();
        assert_eq!(names, ["TRAVIS COUNTY JAIL", "TRAVIS CO ANNEX"]);
        let years: Vec<_> =
            facility_figures(ds, travis[0], Measure::Declined).iter().map(|f| (ds.reports[usize::from(f.report)].id, f.value)).collect();
        assert_eq!(years, [("r2013", Some(2)), ("r2014", Some(30)), ("fy", Some(8))]);
        assert_eq!(ds.facilities.len(), 3, "the unmatched federal prison is not a facility of any row");
    }

    #[test]
    fn a_share_declined_needs_issued_counted_from_the_same_records() {
        let ds = sample();
        let main = facilities_of(ds, at(ds, "travis"))[0];
        let fy = ds.reports.iter().position(|r| r.id == "fy").expect("fy");
        let declined = facility_report(ds, main, fy).into_iter().find(|f| f.measure == Measure::Declined).expect("declined");
        assert_eq!(share(ds, declined), Some(Share { declined: 8, of: 40 }));
        assert_eq!(share(ds, declined).map(|s| s.per_mille()), Some(200));
        // A calendar year has no count of detainers issued per jail: no share.
        let y2014 = facility_figures(ds, main, Measure::Declined)[1];
        assert_eq!(share(ds, y2014), None);
        // Travis's 142 in ICE's weekly report has no issued figure from the same source.
        let weekly = later_figures(ds, at(ds, "travis"))[0];
        assert_eq!(share(ds, weekly), None);
        // Harris declined none of its 9: a real zero, counted, with its denominator.
        let hc = facilities_of(ds, at(ds, "harris"))[0];
        let hd = facility_report(ds, hc, fy).into_iter().find(|f| f.measure == Measure::Declined).expect("declined");
        assert_eq!(share(ds, hd), Some(Share { declined: 0, of: 9 }));
    }

    #[test]
    fn a_jurisdiction_with_two_jails_has_their_sum_and_it_lists_them() {
        let ds = sample();
        let travis = at(ds, "travis");
        let sums: Vec<_> = ds.figures.iter().filter(|f| f.sum && usize::from(f.jurisdiction) == travis).collect();
        let of = |report: &str, m: Measure| {
            sums.iter().find(|f| ds.reports[usize::from(f.report)].id == report && f.measure == m).and_then(|f| f.value)
        };
        assert_eq!(of("r2014", Measure::Declined), Some(35));
        assert_eq!(of("r2013", Measure::Declined), None, "one jail only that year: no sum");
        assert_eq!(of("fy", Measure::Issued), Some(43));
        assert_eq!(of("fy", Measure::Declined), Some(9));
        let sum = sums.iter().find(|f| f.measure == Measure::Declined && ds.reports[usize::from(f.report)].id == "fy").expect("sum");
        assert_eq!(summed(ds, sum).iter().map(|f| f.id).collect::<Vec<_>>(), ["main", "annex"]);
        assert_eq!(share(ds, sum), Some(Share { declined: 9, of: 43 }));
        assert!(
            !ds.figures.iter().any(|f| f.sum && usize::from(f.jurisdiction) == at(ds, "harris")),
            "one jail: its figure is the county's"
        );
    }

    #[test]
    fn later_figures_are_the_jurisdictions_own_placed_by_their_period() {
        let ds = sample();
        let later = later_figures(ds, at(ds, "travis"));
        assert_eq!(later.iter().map(|f| (f.id, year_of(ds, f))).collect::<Vec<_>>(), [("t1", Some(2017)), ("t2", Some(2019))]);
    }
}
