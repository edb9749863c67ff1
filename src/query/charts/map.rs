//! The state tile map: one square per state and DC, shaded by the report's figure.

use std::collections::BTreeMap;

use atlas_data::{Dataset, Level, Measure};

use crate::query::figures::{addable, best_figures, named_sum};

/// The standard US tile grid: `(code, column, row)`, one square per state and DC, 12 × 8.
pub const TILES: &[(&str, u8, u8)] = &[
    ("AK", 0, 0),
    ("ME", 11, 0),
    ("VT", 10, 1),
    ("NH", 11, 1),
    ("WA", 1, 2),
    ("ID", 2, 2),
    ("MT", 3, 2),
    ("ND", 4, 2),
    ("MN", 5, 2),
    ("IL", 6, 2),
    ("WI", 7, 2),
    ("MI", 8, 2),
    ("NY", 9, 2),
    ("RI", 10, 2),
    ("MA", 11, 2),
    ("OR", 1, 3),
    ("NV", 2, 3),
    ("WY", 3, 3),
    ("SD", 4, 3),
    ("IA", 5, 3),
    ("IN", 6, 3),
    ("OH", 7, 3),
    ("PA", 8, 3),
    ("NJ", 9, 3),
    ("CT", 10, 3),
    ("CA", 1, 4),
    ("UT", 2, 4),
    ("CO", 3, 4),
    ("NE", 4, 4),
    ("MO", 5, 4),
    ("KY", 6, 4),
    ("WV", 7, 4),
    ("VA", 8, 4),
    ("MD", 9, 4),
    ("DE", 10, 4),
    ("AZ", 2, 5),
    ("NM", 3, 5),
    ("KS", 4, 5),
    ("AR", 5, 5),
    ("TN", 6, 5),
    ("NC", 7, 5),
    ("SC", 8, 5),
    ("DC", 9, 5),
    ("OK", 4, 6),
    ("LA", 5, 6),
    ("MS", 6, 6),
    ("AL", 7, 6),
    ("GA", 8, 6),
    ("HI", 0, 7),
    ("TX", 4, 7),
    ("FL", 9, 7),
];

/// The grid's size in cells.
pub const COLUMNS: u16 = 12;
pub const ROWS: u16 = 8;
/// A cell's side and the gap inside it, in SVG units.
pub const CELL: u16 = 40;
const GAP: u16 = 4;

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

/// Each state's value of `measure` and `period` in `report`: the source's statewide figure where
/// there is one, else the sum of its named jurisdictions' figures by the one rule for sums
/// ([`named_sum`]). Never a figure of another measure, report or period.
pub fn state_values(ds: &Dataset, report: usize, measure: Measure, period: &str) -> BTreeMap<&'static str, TileValue> {
    let heads = best_figures(ds, report, measure, Some(period));
    let mut out: BTreeMap<&'static str, TileValue> = TILES.iter().map(|t| (t.0, TileValue::NoData)).collect();
    let mut has_facts: Vec<&'static str> = ds
        .policies
        .iter()
        .map(|p| p.jurisdiction)
        .chain(ds.listings.iter().map(|l| l.jurisdiction))
        .filter_map(|j| ds.jurisdictions.get(usize::from(j)).map(|j| j.state))
        .collect();
    has_facts.sort_unstable();
    has_facts.dedup();
    for (code, slot) in out.iter_mut() {
        let statewide = ds
            .jurisdictions
            .iter()
            .enumerate()
            .filter(|(_, j)| j.level == Level::Aggregate && j.state == *code)
            .find_map(|(i, _)| addable(heads[i]));
        let has_named = ds
            .jurisdictions
            .iter()
            .enumerate()
            .any(|(i, j)| j.state == *code && j.level != Level::Aggregate && addable(heads[i]).is_some());
        *slot = match statewide {
            Some(v) => TileValue::Statewide(v),
            None if has_named => TileValue::SumOfNamed(named_sum(ds, &heads, |j| j.state == *code)),
            None if has_facts.binary_search(code).is_ok() => TileValue::PoliciesOnly,
            None => TileValue::NoData,
        };
    }
    out
}

/// Lower bounds of the colour classes above the first (log scale): 1–9, 10–99, 100–999,
/// 1,000–9,999, 10,000+.
pub const CLASS_BOUNDS: [u64; 4] = [10, 100, 1_000, 10_000];

/// The colour class (0–4) of a positive number; `None` for 0.
pub fn colour_class(n: u64) -> Option<usize> {
    (n > 0).then(|| CLASS_BOUNDS.iter().position(|b| n < *b).unwrap_or(CLASS_BOUNDS.len()))
}

/// The smallest and largest number of colour class `i` (`None`: no upper end), for the legend.
pub fn class_range(i: usize) -> (u64, Option<u64>) {
    let lo = if i == 0 { 1 } else { CLASS_BOUNDS.get(i - 1).copied().unwrap_or(u64::MAX) };
    (lo, CLASS_BOUNDS.get(i).map(|hi| hi - 1))
}

/// Where a tile is drawn: its square and the centre of its label, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TileBox {
    pub x: u16,
    pub y: u16,
    pub size: u16,
    pub label_x: u16,
    pub label_y: u16,
}

/// The box of the tile at `(column, row)`.
pub fn tile_box(column: u8, row: u8) -> TileBox {
    let (x, y) = (u16::from(column) * CELL, u16::from(row) * CELL);
    TileBox { x: x + GAP / 2, y: y + GAP / 2, size: CELL - GAP, label_x: x + CELL / 2, label_y: y + CELL / 2 + 5 }
}

/// The tiles a reader can select (states with rows), as indices into [`TILES`].
pub fn selectable(ds: &Dataset) -> Vec<usize> {
    TILES.iter().enumerate().filter(|(_, t)| ds.jurisdictions.iter().any(|j| j.state == t.0)).map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    fn sample() -> &'static Dataset {
        dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,\n\
                 ca-all,California (all),CA,aggregate,,,\n\
                 la,Los Angeles County,CA,county,,,\n\
                 travis,Travis County,TX,county,,,\n\
                 jail,Travis County Jail,TX,agency,,travis,\n\
                 harris,Harris County,TX,county,,,\n\
                 multnomah,Multnomah County,OR,county,,,\n\
                 hawaii,Honolulu,HI,city,,,",
            ),
            ("policies.csv", "multnomah-1,multnomah,no_holds,Sheriff policy,,2014-04,,,,,,,,,Holds no one on a detainer alone.,ES: Holds no one on a detainer alone.,No holds without a warrant.,ES: No holds without a warrant.,,,,,,s1"),
            ("figures.csv", "c,ca-all,w1,declined,11,,,,s1\n\
                l,la,w1,declined,9,,,,s1\n\
                t,travis,w1,declined,142,,,,s1\n\
                j,jail,w1,declined,40,,,,s1\n\
                h,harris,w1,declined,4,,,,s1\n\
                m,multnomah,w1,declined,3,at_least,,unverified,s1,,Fixture: no second source confirms it.\n\
                p,harris,w1,declined,70,,2016,,s1"),
        ])
    }

    #[test]
    fn a_statewide_figure_wins_else_named_figures_add_once_else_policies_or_nothing() {
        let v = state_values(sample(), 0, Measure::Declined, "");
        assert_eq!(v["CA"], TileValue::Statewide(11), "the source's own count, not 11 + 9");
        assert_eq!(v["TX"], TileValue::SumOfNamed(142 + 4), "the jail is inside Travis's count");
        assert_eq!(v["OR"], TileValue::PoliciesOnly, "an unverified 'at least' is not added");
        assert_eq!(v["HI"], TileValue::NoData);
        assert_eq!(v.len(), TILES.len());
        let other = state_values(sample(), 0, Measure::Declined, "2016");
        assert_eq!(other["TX"], TileValue::SumOfNamed(70), "a period is never added to another");
        assert_eq!(state_values(sample(), 0, Measure::Issued, "")["TX"], TileValue::NoData, "no figures of that measure and no policy");
    }

    #[test]
    fn the_tile_grid_has_every_state_and_dc_once_with_no_overlap() {
        assert_eq!(TILES.len(), 51);
        let mut cells: Vec<(u8, u8)> = TILES.iter().map(|t| (t.1, t.2)).collect();
        cells.sort();
        cells.dedup();
        assert_eq!(cells.len(), 51, "two states share a square");
        assert!(TILES.iter().all(|t| u16::from(t.1) < COLUMNS && u16::from(t.2) < ROWS));
        let mut codes: Vec<_> = TILES.iter().map(|t| t.0).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 51);
    }

    #[test]
    fn tiles_sit_inside_their_cells_with_the_label_centred() {
        let b = tile_box(3, 2);
        assert_eq!(b, TileBox { x: 122, y: 82, size: 36, label_x: 140, label_y: 105 });
        let last = tile_box(11, 7);
        assert!(last.x + last.size <= COLUMNS * CELL && last.y + last.size <= ROWS * CELL);
    }

    #[test]
    fn colour_classes_follow_the_log_bounds_and_the_legend_says_their_ranges() {
        assert_eq!(colour_class(0), None);
        assert_eq!(colour_class(1), Some(0));
        assert_eq!(colour_class(9), Some(0));
        assert_eq!(colour_class(10), Some(1));
        assert_eq!(colour_class(999), Some(2));
        assert_eq!(colour_class(13_025), Some(4));
        assert_eq!(class_range(0), (1, Some(9)));
        assert_eq!(class_range(3), (1_000, Some(9_999)));
        assert_eq!(class_range(4), (10_000, None));
    }

    #[test]
    fn only_states_with_rows_can_be_selected() {
        let codes: Vec<_> = selectable(sample()).into_iter().map(|i| TILES[i].0).collect();
        assert_eq!(codes, ["OR", "CA", "HI", "TX"], "in the order of TILES");
    }
}
