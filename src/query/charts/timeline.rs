//! The timeline: the listed rows' policy steps year by year, with federal milestones above, and
//! the 287(g) agreements they signed as a second bar beside each year's steps (cooperation with
//! ICE, never added to the steps limiting it), laid out in SVG units. The years it spans come
//! from the data.

use std::collections::{BTreeMap, HashSet};

use atlas_data::{Dataset, Date, ReportKind};

/// The drawing's size and the axis line, in SVG units.
pub const WIDTH: u32 = 760;
pub const HEIGHT: u32 = 150;
pub const AXIS: u32 = 124;
/// The tallest bar, and the smallest one drawn for a year with steps.
const BAR_MAX: u32 = AXIS - 40;
const BAR_MIN: u32 = 2;
/// Milestones closer than this are stacked so no diamond hides another.
const MARK_SPACING: u32 = 16;

/// One mark on the timeline: a year's policy steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearColumn {
    pub year: u16,
    /// Indices into the dataset's policies enacted that year among the listed rows.
    pub policies: Vec<usize>,
    /// Indices into the dataset's events that year among the listed rows.
    pub events: Vec<usize>,
    /// Indices into the dataset's 287(g) agreements signed that year (as ICE dated them; an
    /// unreadable date is in no year) among the listed rows.
    pub agreements: Vec<usize>,
}

impl YearColumn {
    /// The year's policy steps: policies enacted and other events (not agreements).
    pub fn steps(&self) -> usize {
        self.policies.len() + self.events.len()
    }
}

/// Policy steps of the listed rows grouped by year, oldest first, from `from` on.
pub fn timeline(ds: &Dataset, rows: &[usize], from: u16) -> Vec<YearColumn> {
    let listed: HashSet<usize> = rows.iter().copied().collect();
    let mut years: BTreeMap<u16, YearColumn> = BTreeMap::new();
    fn column(years: &mut BTreeMap<u16, YearColumn>, year: u16) -> &mut YearColumn {
        years.entry(year).or_insert_with(|| YearColumn { year, policies: vec![], events: vec![], agreements: vec![] })
    }
    for (i, p) in ds.policies.iter().enumerate() {
        if let Some(Date { year, .. }) = p.enacted.filter(|d| d.year >= from && listed.contains(&usize::from(p.jurisdiction))) {
            column(&mut years, year).policies.push(i);
        }
    }
    for (i, e) in ds.events.iter().enumerate() {
        if e.date.year >= from && listed.contains(&usize::from(e.jurisdiction)) {
            column(&mut years, e.date.year).events.push(i);
        }
    }
    for (i, a) in ds.agreements.iter().enumerate() {
        if let Some(Date { year, .. }) = a.signed.filter(|d| !a.pending && d.year >= from && listed.contains(&usize::from(a.jurisdiction)))
        {
            column(&mut years, year).agreements.push(i);
        }
    }
    years.into_values().collect()
}

/// What a federal milestone is; the interface words it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MilestoneKind {
    /// A federal programme or order took effect (its identifier).
    Begins(&'static str),
    /// A dated federal event (its text, from the dataset).
    Event(&'static str),
    /// One of ICE's weekly reports was published (its short title).
    Published(&'static str),
}

/// A dated federal step shown above the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub date: Date,
    pub kind: MilestoneKind,
    pub sources: &'static [u16],
}

/// The federal milestones: the nation row's policies and events, and the publication of ICE's
/// weekly reports, by date.
pub fn milestones(ds: &Dataset) -> Vec<Milestone> {
    let Some(us) = ds.nation() else { return vec![] };
    let (policies, events, reports): (&'static [atlas_data::Policy], &'static [atlas_data::Event], &'static [atlas_data::Report]) =
        (ds.policies, ds.events, ds.reports);
    let mut out: Vec<Milestone> = Vec::new();
    for p in policies.iter().filter(|p| usize::from(p.jurisdiction) == us) {
        if let Some(date) = p.enacted {
            out.push(Milestone { date, kind: MilestoneKind::Begins(p.identifier), sources: p.sources });
        }
    }
    for e in events.iter().filter(|e| usize::from(e.jurisdiction) == us) {
        out.push(Milestone { date: e.date, kind: MilestoneKind::Event(e.text), sources: e.sources });
    }
    for r in reports.iter().filter(|r| r.kind == ReportKind::IceWeekly) {
        if let Some(date) = r.published {
            out.push(Milestone { date, kind: MilestoneKind::Published(r.short_title), sources: r.sources });
        }
    }
    out.sort_by_key(|m| m.date);
    out.dedup_by(|a, b| a.date == b.date && a.kind == b.kind);
    out
}

/// The years the timeline spans: from the first federal milestone (or, without milestones, the
/// first dated step) to the last dated step or milestone of the whole dataset, so the axis stays
/// put while the reader filters. `None` when nothing is dated.
pub fn span(ds: &Dataset, marks: &[Milestone]) -> Option<(u16, u16)> {
    let signed = ds.agreements.iter().filter(|a| !a.pending).filter_map(|a| a.signed);
    let steps = ds.policies.iter().filter_map(|p| p.enacted).chain(ds.events.iter().map(|e| e.date)).chain(signed).map(|d| d.year);
    let first = marks.first().map(|m| m.date.year).or_else(|| steps.clone().min())?;
    let last = steps.chain(marks.iter().map(|m| m.date.year)).max()?.max(first);
    Some((first, last))
}

/// What the reader can pick on the timeline: a year column or a federal milestone (its index).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Pick {
    Year(u16),
    Milestone(usize),
}

/// A year's bar, in SVG units (one decimal).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearBar {
    pub year: u16,
    pub steps: usize,
    /// The policy steps' bar; height `"0.0"` for a year with none.
    pub x: String,
    pub y: String,
    pub width: String,
    pub height: String,
    /// The 287(g) agreements signed that year, and their bar beside the steps' (on the same
    /// scale) when the timeline shows them.
    pub agreements: usize,
    pub signed: Option<BarBox>,
}

/// A rectangle in SVG units (one decimal).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarBox {
    pub x: String,
    pub y: String,
    pub width: String,
    pub height: String,
}

/// A milestone's diamond: the SVG path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diamond {
    pub milestone: usize,
    pub path: String,
}

/// A year label under the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    pub year: u16,
    pub x: String,
}

/// Everything the timeline draws.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub bars: Vec<YearBar>,
    pub diamonds: Vec<Diamond>,
    pub ticks: Vec<Tick>,
    /// Years and milestones left to right: the order the arrow keys follow.
    pub order: Vec<Pick>,
}

/// Tenths of an SVG unit as text: `1234` → `"123.4"`. Integer arithmetic keeps float printing
/// out of the wasm.
fn tenths(n: u32) -> String {
    format!("{}.{}", n / 10, n % 10)
}

/// Where a date falls on an axis from `from` to `to` (inclusive years), in tenths of a unit:
/// mid-month, or mid-year when the month is not known; clamped to the axis.
pub fn date_x(date: Date, from: u16, to: u16) -> u32 {
    let years = u32::from(to.saturating_sub(from)) + 1;
    let into = u32::from(date.year.saturating_sub(from)).min(years);
    let half_months = into * 24 + if date.month == 0 { 12 } else { 2 * u32::from(date.month.min(12)) - 1 };
    (half_months * WIDTH * 10 / (years * 24)).min(WIDTH * 10)
}

/// The layout of `columns` and `marks` on the axis `from..=to`, with each year's 287(g)
/// agreements as a second bar when `with_agreements`.
pub fn layout(columns: &[YearColumn], marks: &[Milestone], from: u16, to: u16, with_agreements: bool) -> Layout {
    let years = u32::from(to.saturating_sub(from)) + 1;
    let col_w = WIDTH * 10 / years;
    let col_x = |year: u16| u32::from(year.saturating_sub(from)) * col_w;
    let in_axis = |year: u16| (from..=to).contains(&year);
    let shown = |year: u16| in_axis(year) && (with_agreements || year_has_steps(year, columns));
    // One scale for both bars: the heights compare counts.
    let max = columns.iter().map(|c| if with_agreements { c.steps().max(c.agreements.len()) } else { c.steps() }).max().unwrap_or(1).max(1);
    // n ≤ max, so the height stays within BAR_MAX whatever the counts; a year with none has no bar.
    let height = |n: usize| {
        if n == 0 {
            0
        } else {
            u32::try_from(n.saturating_mul(BAR_MAX as usize * 10) / max).unwrap_or(BAR_MAX * 10).max(BAR_MIN * 10)
        }
    };
    let inner = col_w.saturating_sub(40);
    let step_w = if with_agreements { inner / 2 } else { inner };
    let bars: Vec<YearBar> = columns
        .iter()
        .filter(|c| shown(c.year))
        .map(|c| {
            let h = height(c.steps());
            let x = col_x(c.year) + 20;
            let signed = with_agreements.then(|| {
                let h = height(c.agreements.len());
                BarBox { x: tenths(x + step_w), y: tenths(AXIS * 10 - h), width: tenths(inner - step_w), height: tenths(h) }
            });
            YearBar {
                year: c.year,
                steps: c.steps(),
                x: tenths(x),
                y: tenths(AXIS * 10 - h),
                width: tenths(step_w),
                height: tenths(h),
                agreements: c.agreements.len(),
                signed,
            }
        })
        .collect();
    let mut order: Vec<(u32, Pick)> =
        columns.iter().filter(|c| shown(c.year)).map(|c| (col_x(c.year) + col_w / 2, Pick::Year(c.year))).collect();
    let mut last_x: Option<u32> = None;
    let mut level = 0;
    let mut diamonds = Vec::new();
    for (i, m) in marks.iter().enumerate().filter(|(_, m)| in_axis(m.date.year)) {
        let x = date_x(m.date, from, to);
        level = if last_x.is_some_and(|l| x - l < MARK_SPACING * 10) { level + MARK_SPACING * 10 } else { 0 };
        last_x = Some(x);
        diamonds.push(Diamond { milestone: i, path: format!("M{} {} l7 7 l-7 7 l-7 -7 z", tenths(x), tenths(80 + level)) });
        order.push((x, Pick::Milestone(i)));
    }
    order.sort_by_key(|&(x, _)| x);
    let ticks = (from..=to).step_by(2).map(|year| Tick { year, x: tenths(col_x(year) + col_w / 2) }).collect();
    Layout { bars, diamonds, ticks, order: order.into_iter().map(|(_, p)| p).collect() }
}

/// True when the year's column has policy steps (a year with only agreements is not drawn while
/// the timeline leaves them out).
fn year_has_steps(year: u16, columns: &[YearColumn]) -> bool {
    columns.iter().any(|c| c.year == year && c.steps() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    fn sample() -> &'static Dataset {
        dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),Weekly 1,Weekly 1 (ES),ICE,,,2017-03-20,declined,ice_weekly,yes,One week.,s1\n\
                jw,Records,Records (ES),JW,JW (ES),Judicial Watch,,,2017-03-01,declined,foia,,Records.,s1"),
            ("jurisdictions.csv", "us,United States,US,nation,,,\na,County A,OR,county,,,\nb,County B,WA,county,,,"),
            ("policies.csv", "us-1,us,federal,Program,Secure Communities,2008-10,,,,,,,,,Federal screening in jails.,ES: Federal screening in jails.,Fingerprints shared with ICE.,ES: Fingerprints shared with ICE.,,,,,,s1\n\
                a-1,a,no_holds,Sheriff policy,,1987,,,,,,,,,Holds no one.,ES: Holds no one.,No holds.,ES: No holds.,,,,,,s1\n\
                a-2,a,no_holds,Sheriff policy,,2014-04,,,,,,,,,Holds no one.,ES: Holds no one.,No holds.,ES: No holds.,,,,,,s1\n\
                b-1,b,no_holds,Ordinance,,2014-05-02,,,,,,,,,Holds no one.,ES: Holds no one.,No holds.,ES: No holds.,,,,,,s1"),
            ("events.csv", "b,2019-01-10,amended,Amended.,,s1\n\
                us,2014-04-11,ruling,A court ruling.,,s1"),
        ])
    }

    #[test]
    fn steps_are_grouped_by_year_for_the_listed_rows_only() {
        let ds = sample();
        let cols = timeline(ds, &[1, 2], 2008);
        assert_eq!(cols.iter().map(|c| (c.year, c.steps())).collect::<Vec<_>>(), [(2014, 2), (2019, 1)], "1987 is before the axis");
        assert_eq!(timeline(ds, &[2], 2008).iter().map(|c| c.year).collect::<Vec<_>>(), [2014, 2019]);
        assert!(timeline(ds, &[], 2008).is_empty());
    }

    #[test]
    fn milestones_are_the_nations_steps_and_ice_weekly_reports_by_date() {
        let ms = milestones(sample());
        let kinds: Vec<_> = ms.iter().map(|m| (m.date.iso(), m.kind.clone())).collect();
        assert_eq!(
            kinds,
            [
                ("2008-10".to_string(), MilestoneKind::Begins("Secure Communities")),
                ("2014-04-11".to_string(), MilestoneKind::Event("A court ruling.")),
                ("2017-03-20".to_string(), MilestoneKind::Published("Weekly 1")),
            ],
            "the FOIA release is not an ICE weekly report"
        );
    }

    #[test]
    fn the_span_runs_from_the_first_milestone_to_the_last_dated_step() {
        let ds = sample();
        assert_eq!(span(ds, &milestones(ds)), Some((2008, 2019)));
        assert_eq!(span(ds, &[]), Some((1987, 2019)), "without milestones, from the first step");
    }

    #[test]
    fn bars_grow_with_steps_and_sit_on_the_axis_in_their_year() {
        let ds = sample();
        let cols = timeline(ds, &[1, 2], 2008);
        let l = layout(&cols, &[], 2008, 2019, false);
        // 12 years on 760 units: columns 63.3 wide.
        assert_eq!(
            l.bars[0],
            YearBar {
                year: 2014,
                steps: 2,
                x: "381.8".into(),
                y: "40.0".into(),
                width: "59.3".into(),
                height: "84.0".into(),
                agreements: 0,
                signed: None
            }
        );
        assert_eq!((l.bars[1].y.as_str(), l.bars[1].height.as_str()), ("82.0", "42.0"), "half the steps, half the height");
        assert_eq!(l.ticks.iter().map(|t| t.year).collect::<Vec<_>>(), [2008, 2010, 2012, 2014, 2016, 2018]);
        assert_eq!(l.order, [Pick::Year(2014), Pick::Year(2019)]);
    }

    #[test]
    fn close_milestones_stack_and_the_keys_follow_left_to_right() {
        let ds = sample();
        let mut ms = milestones(ds);
        ms.insert(2, Milestone { date: Date { year: 2014, month: 5, day: 1 }, kind: MilestoneKind::Event("close"), sources: &[] });
        let cols = timeline(ds, &[1, 2], 2008);
        let l = layout(&cols, &ms, 2008, 2019, false);
        let ys: Vec<&str> = l.diamonds.iter().map(|d| d.path.split(' ').nth(1).unwrap_or("")).collect();
        assert_eq!(ys, ["8.0", "8.0", "24.0", "8.0"], "April and May 2014 stack");
        assert_eq!(
            l.order,
            [Pick::Milestone(0), Pick::Milestone(1), Pick::Milestone(2), Pick::Year(2014), Pick::Milestone(3), Pick::Year(2019)]
        );
    }

    #[test]
    fn agreements_signed_stand_beside_the_years_steps_on_one_scale_when_shown() {
        let ds = dataset(&[
            ("sources.csv", "s1,287(g) participating agencies,document,ICE,2025-07-18,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),Weekly 1,Weekly 1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            ("jurisdictions.csv", "a,County A,TX,county,,,\nb,County B,TX,county,,,\nc,County C,TX,county,,,"),
            (
                "policies.csv",
                "a-1,a,no_holds,Sheriff policy,,2014-04,,,,,,,,,Holds no one.,ES: Holds no one.,No holds.,ES: No holds.,,,,,,s1",
            ),
            (
                "ice-287g/agreements.csv",
                "g1,County B Sheriff,TX,County,County B,b,county,A county agency.,task_force,2025-02-20,2025-02-20,participating,s1\n\
                 g2,County C Sheriff,TX,County,County C,c,county,A county agency.,jail_enforcement,2025-03-01,2025-03-01,participating,s1\n\
                 g3,County C Sheriff,TX,County,County C,c,county,A county agency.,warrant_service,,7/72025,participating,s1\n\
                 g4,County A Sheriff,TX,County,County A,a,county,A county agency.,warrant_service,,,pending,s1",
            ),
        ]);
        let cols = timeline(ds, &[0, 1, 2], 2008);
        assert_eq!(
            cols.iter().map(|c| (c.year, c.steps(), c.agreements.len())).collect::<Vec<_>>(),
            [(2014, 1, 0), (2025, 0, 2)],
            "an unreadable date is in no year, a pending agreement not signed"
        );
        assert_eq!(span(ds, &[]), Some((2014, 2025)), "the axis reaches the signings");
        assert_eq!(timeline(ds, &[0], 2008).iter().map(|c| c.agreements.len()).sum::<usize>(), 0, "only the listed rows' agreements");
        let without = layout(&cols, &[], 2014, 2025, false);
        assert_eq!(without.order, [Pick::Year(2014)], "left out, a year of signings alone is not drawn");
        let with = layout(&cols, &[], 2014, 2025, true);
        assert_eq!(with.order, [Pick::Year(2014), Pick::Year(2025)]);
        // 12 years: columns 63.3 wide, 59.3 inside, halved.
        assert_eq!((with.bars[0].width.as_str(), with.bars[0].height.as_str()), ("29.6", "42.0"), "1 step of at most 2: half the height");
        assert_eq!(with.bars[1].height, "0.0", "no steps in 2025: no bar");
        assert_eq!(
            with.bars[1].signed,
            Some(BarBox { x: "727.9".into(), y: "40.0".into(), width: "29.7".into(), height: "84.0".into() }),
            "beside the steps, the tallest on the common scale"
        );
    }

    #[test]
    fn dates_fall_mid_month_or_mid_year_and_stay_on_the_axis() {
        let at = |y, m| date_x(Date { year: y, month: m, day: 0 }, 2008, 2025);
        assert!(at(2014, 4) < at(2014, 6) && at(2014, 6) < at(2017, 0) && at(2017, 0) < WIDTH * 10);
        assert_eq!(at(2008, 0), WIDTH * 10 / 36, "mid-2008 is half a column in");
        assert_eq!(at(1990, 1), 10 * WIDTH / (18 * 24), "before the axis: clamped to its start");
        assert_eq!(at(2040, 12), WIDTH * 10, "after it: clamped to its end");
    }
}
