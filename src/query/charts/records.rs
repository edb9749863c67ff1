//! A facility's year-by-year chart in a row's details: ICE's calendar-year counts as bars, and
//! the jurisdiction's later figures as marks on the same time axis, each with its own measure and
//! source (never on the bars' scale), laid out in SVG units.

use atlas_data::{Dataset, Figure, Measure};

use crate::query::records::{facility_figures, later_figures, year_of};

/// Width of one year on the axis, the drawing's height, and the axis line, in SVG units.
pub const YEAR_WIDTH: u32 = 40;
pub const HEIGHT: u32 = 170;
pub const AXIS: u32 = 140;
/// The tallest bar; the top lane holds the later figures' marks.
const BAR_MAX: u32 = 70;
const BAR_MIN: u32 = 1;
pub const LANE_TOP: u32 = 14;
const LANE_STEP: u32 = 16;
/// The most marks stacked in one year; the others are in the list under the chart only.
pub const LANE_MAX: u32 = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub year: u16,
    pub figure: &'static Figure,
    /// Left edge and height, in SVG units.
    pub x: u32,
    pub height: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub year: u16,
    pub figure: &'static Figure,
    /// Centre, in SVG units.
    pub x: u32,
    pub y: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct YearChart {
    pub first: u16,
    pub last: u16,
    pub bars: Vec<Bar>,
    pub marks: Vec<Mark>,
    /// Every later figure placed on the axis, with its year: the list under the chart.
    pub later: Vec<(u16, &'static Figure)>,
    pub width: u32,
}

impl YearChart {
    /// The x of a year's slot's left edge.
    pub fn x(&self, year: u16) -> u32 {
        u32::from(year.saturating_sub(self.first)) * YEAR_WIDTH
    }
}

/// The chart of `facility`: bars for its declines in reports of one calendar year, marks for the
/// later figures of `jurisdiction` (those placed after the bars' first year).
pub fn year_chart(ds: &Dataset, facility: usize, jurisdiction: usize) -> Option<YearChart> {
    let one_year = |f: &Figure| {
        ds.reports
            .get(usize::from(f.report))
            .and_then(|r| Some((r.period_start?, r.period_end?)))
            .filter(|(a, b)| a.year == b.year)
            .map(|(a, _)| a.year)
    };
    let yearly: Vec<(u16, &'static Figure)> =
        facility_figures(ds, facility, Measure::Declined).into_iter().filter_map(|f| Some((one_year(f)?, f))).collect();
    let first = yearly.iter().map(|(y, _)| *y).min()?;
    let later: Vec<(u16, &'static Figure)> =
        later_figures(ds, jurisdiction).into_iter().filter_map(|f| Some((year_of(ds, f)?, f))).filter(|(y, _)| *y >= first).collect();
    let last = yearly.iter().chain(&later).map(|(y, _)| *y).max().unwrap_or(first);
    let max = yearly.iter().filter_map(|(_, f)| f.value).max().unwrap_or(0).max(1);
    let mut chart = YearChart { first, last, bars: vec![], marks: vec![], later: vec![], width: u32::from(last - first + 1) * YEAR_WIDTH };
    for (year, f) in yearly {
        let v = f.value.unwrap_or(0);
        let height = if v == 0 { 0 } else { (v * BAR_MAX / max).max(BAR_MIN) };
        chart.bars.push(Bar { year, figure: f, x: chart.x(year), height });
    }
    let mut in_year: Vec<(u16, u32)> = Vec::new();
    for (year, f) in later {
        let n = match in_year.iter_mut().find(|(y, _)| *y == year) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                in_year.push((year, 0));
                0
            }
        };
        if n < LANE_MAX {
            chart.marks.push(Mark { year, figure: f, x: chart.x(year) + YEAR_WIDTH / 2, y: LANE_TOP + n * LANE_STEP });
        }
        chart.later.push((year, f));
    }
    Some(chart)
}

/// The y of a bar's top.
pub fn bar_top(height: u32) -> u32 {
    AXIS - height
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    fn sample() -> &'static Dataset {
        dataset(&[
            (
                "sources.csv",
                "d,Declines file,document,NPR,,https://example.org/d,,primary\nn,Story,stored copy,Paper,,https://example.org/n,,secondary",
            ),
            (
                "reports.csv",
                "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,2017-01-28,2017-02-03,,declined,ice_weekly,yes,One week.,n\n\
                 w2,Week 2,Week 2 (ES),W2,W2 (ES),ICE,2017-02-04,2017-02-10,,declined,ice_weekly,,One week.,n\n\
                 r2013,Records 2013,Records 2013 (ES),2013,2013 (ES),ICE,2013-01-01,2013-12-31,,declined,foia,,A year.,d\n\
                 r2014,Records 2014,Records 2014 (ES),2014,2014 (ES),ICE,2014-01-01,2014-12-31,,declined,foia,,A year.,d\n\
                 fy,Records FY2015,Records FY2015 (ES),FY2015,FY2015 (ES),ICE,2014-10-01,2015-07-19,,declined,foia,,To date.,d\n\
                 old,Old,Old (ES),Old,Old (ES),Paper,2009-01-01,2009-12-31,,declined,local,,Before.,n",
            ),
            ("jurisdictions.csv", "us,United States,US,nation,,,\ntravis,Travis County,TX,county,,,"),
            ("figures.csv", "t1,travis,w1,declined,142,,,,n\nt2,travis,w2,issued,50,,,,n\nt3,travis,old,declined,3,,,,n"),
            ("ice-records/facilities.csv", "main,TRAVIS COUNTY JAIL,,AUSTIN,TX,travis,county,"),
            ("ice-records/declines-by-year.csv", "main,2013,r2013,2,d\nmain,2014,r2014,40,d"),
            ("ice-records/fy2015-outcomes.csv", "main,fy,50,10,20,10,10,d"),
        ])
    }

    #[test]
    fn bars_are_calendar_years_and_later_figures_share_the_axis_stacked_in_their_year() {
        let ds = sample();
        let c = year_chart(ds, 0, 1).expect("a chart");
        assert_eq!((c.first, c.last), (2013, 2017));
        assert_eq!(c.width, 5 * YEAR_WIDTH);
        // Fiscal 2015 spans two calendar years: in the table, not a bar.
        assert_eq!(c.bars.iter().map(|b| (b.year, b.height)).collect::<Vec<_>>(), [(2013, 3), (2014, 70)]);
        assert_eq!(c.bars[1].x, YEAR_WIDTH);
        // Both 2017 figures, of different measures, in the lane above, one under the other; the
        // 2009 figure is before the records begin and is left to the table.
        let marks: Vec<_> = c.marks.iter().map(|m| (m.figure.id, m.x, m.y)).collect();
        assert_eq!(
            marks,
            [("t1", 4 * YEAR_WIDTH + YEAR_WIDTH / 2, LANE_TOP), ("t2", 4 * YEAR_WIDTH + YEAR_WIDTH / 2, LANE_TOP + LANE_STEP)]
        );
    }

    #[test]
    fn a_crowded_year_stacks_three_marks_and_lists_them_all() {
        let ds = dataset(&[
            ("sources.csv", "d,Declines file,document,NPR,,https://example.org/d,,primary\nn,Story,stored copy,Paper,,https://example.org/n,,secondary"),
            (
                "reports.csv",
                "r2014,Records 2014,Records 2014 (ES),2014,2014 (ES),ICE,2014-01-01,2014-12-31,,declined,foia,yes,A year.,d\n\
                 loc,Local,Local (ES),Local,Local (ES),Various,,,,declined,local,,Local.,n",
            ),
            ("jurisdictions.csv", "travis,Travis County,TX,county,,,"),
            ("figures.csv", "a,travis,loc,declined,1,,2017,,n\nb,travis,loc,declined,2,,2017,,n\nc,travis,loc,declined,3,,2017,,n\nd,travis,loc,declined,4,,2017,,n"),
            ("ice-records/facilities.csv", "main,TRAVIS COUNTY JAIL,,AUSTIN,TX,travis,county,"),
            ("ice-records/declines-by-year.csv", "main,2014,r2014,40,d"),
        ]);
        let c = year_chart(ds, 0, 0).expect("a chart");
        assert_eq!(c.marks.len(), LANE_MAX as usize);
        assert!(c.marks.iter().all(|m| m.y + 5 < bar_top(70)), "the lane stays above the tallest bar");
        assert_eq!(c.later.iter().map(|(_, f)| f.id).collect::<Vec<_>>(), ["a", "b", "c", "d"]);
    }

    #[test]
    fn a_facility_without_yearly_counts_has_no_chart() {
        let ds = dataset(&[
            ("sources.csv", "d,Declines file,document,NPR,,https://example.org/d,,primary"),
            (
                "reports.csv",
                "fy,Records FY2015,Records FY2015 (ES),FY2015,FY2015 (ES),ICE,2014-10-01,2015-07-19,,declined,foia,yes,To date.,d",
            ),
            ("jurisdictions.csv", "travis,Travis County,TX,county,,,"),
            ("ice-records/facilities.csv", "main,TRAVIS COUNTY JAIL,,AUSTIN,TX,travis,county,"),
            ("ice-records/fy2015-outcomes.csv", "main,fy,5,0,5,0,0,d"),
        ]);
        assert_eq!(year_chart(ds, 0, 0), None);
    }
}
