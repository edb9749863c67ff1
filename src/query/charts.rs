//! Layout and scale math for the pictures: the ranking, the state tile map and the timeline.
//! Pure functions of the dataset and the view, tested natively.

use std::collections::BTreeMap;

use atlas_data::{Dataset, Date, Level, Measure, Qualifier, Status};

use super::select::{best_figures, figures_of};

/// One bar of the ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub jurisdiction: usize,
    pub value: u32,
    pub qualifier: Qualifier,
    pub status: Status,
}

/// The top of a ranking and a summary of the rest. Rows without a number are never bars.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ranking {
    pub bars: Vec<Bar>,
    /// Rows with a number that did not make the top.
    pub rest: usize,
    /// Rows named by the source without a number.
    pub not_reported: usize,
}

/// The `top` largest figures of `measure` in `report` among `rows` (the list's current rows),
/// leaving out multi-state totals.
pub fn ranking(ds: &Dataset, rows: &[usize], report: usize, measure: Measure, top: usize) -> Ranking {
    let best_of = best_figures(ds, report, measure);
    let mut with_value = Vec::new();
    let mut not_reported = 0;
    for &j in rows {
        // Multi-state groups (ICE's "top ten" total) are totals, not a jurisdiction to rank.
        if ds.jurisdictions.get(j).is_none_or(|x| x.state == "US") {
            continue;
        }
        match best_of[j] {
            Some(f) => match f.value {
                Some(v) => with_value.push(Bar { jurisdiction: j, value: v, qualifier: f.qualifier, status: f.status }),
                None => not_reported += 1,
            },
            None => {}
        }
    }
    with_value.sort_by(|a, b| b.value.cmp(&a.value).then(a.jurisdiction.cmp(&b.jurisdiction)));
    let rest = with_value.len().saturating_sub(top);
    with_value.truncate(top);
    Ranking { bars: with_value, rest, not_reported }
}

/// A bar's length in `0..=width` for `value` on a linear scale from 0 to `max`.
pub fn bar_length(value: u32, max: u32, width: f64) -> f64 {
    if max == 0 { 0.0 } else { f64::from(value.min(max)) / f64::from(max) * width }
}

/// A direction an arrow key moves in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrow {
    Left,
    Right,
    Up,
    Down,
}

impl Arrow {
    /// The arrow a `KeyboardEvent.key` names.
    pub fn from_key(key: &str) -> Option<Arrow> {
        match key {
            "ArrowLeft" => Some(Arrow::Left),
            "ArrowRight" => Some(Arrow::Right),
            "ArrowUp" => Some(Arrow::Up),
            "ArrowDown" => Some(Arrow::Down),
            _ => None,
        }
    }
}

/// The tile an arrow key moves to on a grid of `(column, row)` cells: the nearest cell in that
/// direction, preferring the same row (left/right) or the nearest column (up/down). `None` at
/// the edge.
pub fn tile_step(cells: &[(u8, u8)], from: usize, arrow: Arrow) -> Option<usize> {
    let &(c, r) = cells.get(from)?;
    let (c, r) = (i16::from(c), i16::from(r));
    cells
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != from)
        .filter_map(|(i, &(x, y))| {
            let (dx, dy) = (i16::from(x) - c, i16::from(y) - r);
            // Distance along the arrow, then sideways; only cells ahead count.
            let (ahead, side) = match arrow {
                Arrow::Right => (dx, dy),
                Arrow::Left => (-dx, dy),
                Arrow::Down => (dy, dx),
                Arrow::Up => (-dy, dx),
            };
            (ahead > 0).then_some((i, side.abs(), ahead))
        })
        .min_by_key(|&(i, side, ahead)| (side, ahead, i))
        .map(|(i, _, _)| i)
}

/// The standard US tile grid: `(code, column, row)`, one square per state and DC, 12 × 8.
pub const TILES: &[(&str, u8, u8)] = &[
    ("AK", 0, 0), ("ME", 11, 0),
    ("VT", 10, 1), ("NH", 11, 1),
    ("WA", 1, 2), ("ID", 2, 2), ("MT", 3, 2), ("ND", 4, 2), ("MN", 5, 2), ("IL", 6, 2), ("WI", 7, 2), ("MI", 8, 2), ("NY", 9, 2), ("RI", 10, 2), ("MA", 11, 2),
    ("OR", 1, 3), ("NV", 2, 3), ("WY", 3, 3), ("SD", 4, 3), ("IA", 5, 3), ("IN", 6, 3), ("OH", 7, 3), ("PA", 8, 3), ("NJ", 9, 3), ("CT", 10, 3),
    ("CA", 1, 4), ("UT", 2, 4), ("CO", 3, 4), ("NE", 4, 4), ("MO", 5, 4), ("KY", 6, 4), ("WV", 7, 4), ("VA", 8, 4), ("MD", 9, 4), ("DE", 10, 4),
    ("AZ", 2, 5), ("NM", 3, 5), ("KS", 4, 5), ("AR", 5, 5), ("TN", 6, 5), ("NC", 7, 5), ("SC", 8, 5), ("DC", 9, 5),
    ("OK", 4, 6), ("LA", 5, 6), ("MS", 6, 6), ("AL", 7, 6), ("GA", 8, 6),
    ("HI", 0, 7), ("TX", 4, 7), ("FL", 9, 7),
];

/// What a state's tile shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TileValue {
    /// A source's own statewide figure ("California, all jurisdictions").
    Statewide(u32),
    /// The sum of the exact, confirmed figures of the state's named jurisdictions.
    SumOfNamed(u64),
    /// Jurisdictions with policies or listings, but no figure in this report.
    PoliciesOnly,
    /// Nothing in the dataset.
    NoData,
}

impl TileValue {
    pub fn number(self) -> Option<u64> {
        match self {
            TileValue::Statewide(v) => Some(u64::from(v)),
            TileValue::SumOfNamed(v) => Some(v),
            _ => None,
        }
    }
}

/// Each state's value of `measure` in `report`: the source's statewide figure where there is
/// one, else the sum of its named jurisdictions' exact figures (a child is not counted again
/// when its parent has a figure). Never a figure of another measure or report.
pub fn state_values(ds: &Dataset, report: usize, measure: Measure) -> BTreeMap<&'static str, TileValue> {
    let exact = |i: usize| {
        figures_of(ds, i, report, measure)
            .filter(|f| f.qualifier == Qualifier::Exact && f.status != Status::Unverified)
            .find_map(|f| f.value)
    };
    let mut out: BTreeMap<&'static str, TileValue> = BTreeMap::new();
    for (code, _, _) in TILES {
        out.insert(code, TileValue::NoData);
    }
    for (i, j) in ds.jurisdictions.iter().enumerate() {
        let Some(slot) = out.get_mut(j.state) else { continue };
        if j.level == Level::Aggregate {
            if let Some(v) = exact(i) {
                *slot = TileValue::Statewide(v);
            }
            continue;
        }
        let counted = exact(i).filter(|_| j.parent.is_none_or(|p| exact(usize::from(p)).is_none()));
        *slot = match (*slot, counted) {
            (TileValue::Statewide(v), _) => TileValue::Statewide(v),
            (TileValue::SumOfNamed(s), Some(v)) => TileValue::SumOfNamed(s + u64::from(v)),
            (_, Some(v)) => TileValue::SumOfNamed(u64::from(v)),
            (TileValue::NoData, None) => {
                let has_facts = ds.policies.iter().any(|p| usize::from(p.jurisdiction) == i)
                    || ds.listings.iter().any(|l| usize::from(l.jurisdiction) == i);
                if has_facts { TileValue::PoliciesOnly } else { TileValue::NoData }
            }
            (other, None) => other,
        };
    }
    out
}

/// Upper bounds of the colour classes (log scale): 1–9, 10–99, 100–999, 1,000–9,999, 10,000+.
pub const CLASS_BOUNDS: [u64; 4] = [10, 100, 1_000, 10_000];

/// The colour class (0–4) of a positive number; `None` for 0.
pub fn colour_class(n: u64) -> Option<usize> {
    (n > 0).then(|| CLASS_BOUNDS.iter().position(|b| n < *b).unwrap_or(CLASS_BOUNDS.len()))
}

/// One mark on the timeline: a year's policy steps, or a federal milestone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearColumn {
    pub year: u16,
    /// Indices into the dataset's policies enacted that year among the listed rows.
    pub policies: Vec<usize>,
    /// Indices into the dataset's events that year among the listed rows.
    pub events: Vec<usize>,
}

/// Policy steps of the listed rows grouped by year, oldest first, from `from` on.
pub fn timeline(ds: &Dataset, rows: &[usize], from: u16) -> Vec<YearColumn> {
    let listed: std::collections::HashSet<usize> = rows.iter().copied().collect();
    let mut years: BTreeMap<u16, YearColumn> = BTreeMap::new();
    for (i, p) in ds.policies.iter().enumerate() {
        if let Some(Date { year, .. }) = p.enacted {
            if year >= from && listed.contains(&usize::from(p.jurisdiction)) {
                years.entry(year).or_insert_with(|| YearColumn { year, policies: vec![], events: vec![] }).policies.push(i);
            }
        }
    }
    for (i, e) in ds.events.iter().enumerate() {
        if e.date.year >= from && listed.contains(&usize::from(e.jurisdiction)) {
            years.entry(e.date.year).or_insert_with(|| YearColumn { year: e.date.year, policies: vec![], events: vec![] }).events.push(i);
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

/// The federal milestones: the nation row's events and policies, and the weekly reports'
/// publication, by date.
pub fn milestones(ds: &Dataset) -> Vec<Milestone> {
    let Some(us) = ds.jurisdictions.iter().position(|j| j.level == Level::Nation) else { return vec![] };
    let policies: &'static [atlas_data::Policy] = ds.policies;
    let events: &'static [atlas_data::Event] = ds.events;
    let reports: &'static [atlas_data::Report] = ds.reports;
    let mut out: Vec<Milestone> = Vec::new();
    for p in policies.iter().filter(|p| usize::from(p.jurisdiction) == us) {
        if let Some(date) = p.enacted {
            out.push(Milestone { date, kind: MilestoneKind::Begins(p.identifier), sources: p.sources });
        }
    }
    for e in events.iter().filter(|e| usize::from(e.jurisdiction) == us) {
        out.push(Milestone { date: e.date, kind: MilestoneKind::Event(e.text), sources: e.sources });
    }
    for r in reports.iter().filter(|r| r.id.starts_with("ddor-")) {
        if let Some(date) = r.published {
            out.push(Milestone { date, kind: MilestoneKind::Published(r.short_title), sources: r.sources });
        }
    }
    out.sort_by_key(|m| m.date);
    out.dedup_by(|a, b| a.date == b.date && a.kind == b.kind);
    out
}

/// Position of a date on a timeline from `from` to `to` (inclusive years) spanning `width`.
pub fn year_x(date: Date, from: u16, to: u16, width: f64) -> f64 {
    let span = f64::from(to.saturating_sub(from) + 1);
    let month = if date.month == 0 { 6.0 } else { f64::from(date.month) - 0.5 };
    let t = (f64::from(date.year.saturating_sub(from)) + month / 12.0) / span;
    (t.clamp(0.0, 1.0)) * width
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(code: &str) -> usize {
        TILES.iter().position(|t| t.0 == code).unwrap_or_else(|| panic!("{code} on the map"))
    }

    #[test]
    fn arrow_keys_move_to_the_neighbouring_state_tile() {
        let cells: Vec<(u8, u8)> = TILES.iter().map(|t| (t.1, t.2)).collect();
        let step = |from: &str, arrow| tile_step(&cells, cell(from), arrow).map(|i| TILES[i].0);
        for (i, &(code, ..)) in TILES.iter().enumerate() {
            let (c, r) = cells[i];
            if let Some(right) = tile_step(&cells, i, Arrow::Right) {
                assert!(cells[right].0 > c, "{code}: right goes right");
            }
            if let Some(down) = tile_step(&cells, i, Arrow::Down) {
                assert!(cells[down].1 > r, "{code}: down goes down");
            }
        }
        let (texas_col, texas_row) = cells[cell("TX")];
        let right_of_texas = step("TX", Arrow::Right).expect("a state right of Texas");
        assert_eq!(cells[cell(right_of_texas)].1, texas_row, "same row first");
        assert!(cells[cell(right_of_texas)].0 > texas_col);
        assert_eq!(step(right_of_texas, Arrow::Left), Some("TX"), "left undoes right");
        assert_eq!(Arrow::from_key("ArrowUp"), Some(Arrow::Up));
        assert_eq!(Arrow::from_key("Enter"), None);
    }

    #[test]
    fn arrows_stop_at_the_edge_of_the_map() {
        let cells: Vec<(u8, u8)> = TILES.iter().map(|t| (t.1, t.2)).collect();
        let leftmost = (0..cells.len()).min_by_key(|&i| (cells[i].0, cells[i].1)).expect("tiles");
        assert_eq!(tile_step(&cells, leftmost, Arrow::Left), None);
        let top_row = cells.iter().map(|c| c.1).min().expect("tiles");
        let top = cells.iter().position(|c| c.1 == top_row).expect("a top tile");
        assert_eq!(tile_step(&cells, top, Arrow::Up), None);
    }
    use crate::dataset::data;
    use crate::query::select::{select, Index};
    use crate::query::view::ViewState;

    fn report(id: &str) -> usize {
        data().reports.iter().position(|r| r.id == id).expect("report")
    }

    fn all_rows() -> Vec<usize> {
        let ds = data();
        select(ds, &Index::new(ds), &ViewState::default())
    }

    #[test]
    fn ranking_puts_the_largest_first_and_never_draws_not_reported() {
        let ds = data();
        let r = ranking(ds, &all_rows(), report("ddor-2017-w1"), Measure::Declined, 10);
        assert_eq!(r.bars.len(), 10);
        assert_eq!(ds.jurisdictions[r.bars[0].jurisdiction].id, "travis-county-tx");
        assert_eq!(r.bars[0].value, 142);
        assert!(r.bars.windows(2).all(|w| w[0].value >= w[1].value));
        assert!(r.not_reported >= 1, "Madera was named without a number");
        assert!(r.bars.iter().all(|b| ds.jurisdictions[b.jurisdiction].id != "madera-county-ca"));
    }

    #[test]
    fn issued_ranking_is_a_separate_measure() {
        let ds = data();
        let issued = ranking(ds, &all_rows(), report("ddor-2017-w1"), Measure::Issued, 10);
        assert_eq!(ds.jurisdictions[issued.bars[0].jurisdiction].id, "clark-county-nv");
        assert_eq!(issued.bars[0].value, 51);
    }

    #[test]
    fn bar_lengths_are_linear_and_clamped() {
        assert_eq!(bar_length(50, 100, 200.0), 100.0);
        assert_eq!(bar_length(0, 100, 200.0), 0.0);
        assert_eq!(bar_length(150, 100, 200.0), 200.0);
        assert_eq!(bar_length(5, 0, 200.0), 0.0);
    }

    #[test]
    fn the_tile_grid_has_every_state_and_dc_once_with_no_overlap() {
        assert_eq!(TILES.len(), 51);
        let mut cells: Vec<(u8, u8)> = TILES.iter().map(|t| (t.1, t.2)).collect();
        cells.sort();
        cells.dedup();
        assert_eq!(cells.len(), 51, "two states share a square");
        assert!(TILES.iter().all(|t| t.1 < 12 && t.2 < 8));
        let mut codes: Vec<_> = TILES.iter().map(|t| t.0).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 51);
    }

    #[test]
    fn state_values_prefer_the_statewide_figure_and_mark_policy_only_states() {
        let ds = data();
        let w1 = state_values(ds, report("ddor-2017-w1"), Measure::Declined);
        assert_eq!(w1["CA"], TileValue::Statewide(11), "the source's California count, not a sum");
        assert_eq!(w1["TX"], TileValue::SumOfNamed(142 + 4 + 3));
        assert_eq!(w1["CO"], TileValue::SumOfNamed(6 + 3 + 1 + 1));
        assert_eq!(w1["OR"], TileValue::PoliciesOnly, "Oregon's counts are all unverified 'at least'");
        assert_eq!(w1["HI"], TileValue::NoData);
        let cis = state_values(ds, report("cis-2025-states"), Measure::Declined);
        assert_eq!(cis["CA"], TileValue::Statewide(13_025));
        assert_eq!(cis["MN"], TileValue::PoliciesOnly, "Minnesota's 873 is unverified");
    }

    #[test]
    fn colour_classes_follow_the_log_bounds() {
        assert_eq!(colour_class(0), None);
        assert_eq!(colour_class(1), Some(0));
        assert_eq!(colour_class(9), Some(0));
        assert_eq!(colour_class(10), Some(1));
        assert_eq!(colour_class(999), Some(2));
        assert_eq!(colour_class(13_025), Some(4));
    }

    #[test]
    fn timeline_groups_by_year_and_follows_the_rows() {
        let ds = data();
        let cols = timeline(ds, &all_rows(), 2008);
        assert!(cols.windows(2).all(|w| w[0].year < w[1].year));
        let y2014 = cols.iter().find(|c| c.year == 2014).expect("2014");
        assert!(y2014.policies.len() > 20, "the 2014 wave");
        let oregon_only: Vec<usize> = all_rows().into_iter().filter(|&i| ds.jurisdictions[i].state == "OR").collect();
        let or_cols = timeline(ds, &oregon_only, 1980);
        assert_eq!(or_cols[0].year, 1987);
        let ms = milestones(ds);
        assert!(ms.iter().any(|m| m.kind == MilestoneKind::Begins("Secure Communities")));
        assert!(ms.iter().any(|m| m.date == Date { year: 2017, month: 3, day: 20 } && matches!(m.kind, MilestoneKind::Published(_))));
    }

    #[test]
    fn year_positions_are_monotonic() {
        let a = year_x(Date { year: 2014, month: 4, day: 0 }, 2008, 2025, 900.0);
        let b = year_x(Date { year: 2014, month: 6, day: 1 }, 2008, 2025, 900.0);
        let c = year_x(Date { year: 2017, month: 0, day: 0 }, 2008, 2025, 900.0);
        assert!(0.0 < a && a < b && b < c && c < 900.0);
    }
}
