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

/// What the tiles are shaded by: the report's figure, or a share of each state's counties.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shading {
    #[default]
    Figure,
    /// Counties whose own policy limiting detainers ([`atlas_data::Category::limits`]) is in force.
    Limiting,
    /// Counties with a signed 287(g) agreement (pending ones are not counted).
    Agreement,
}

impl Shading {
    pub const ALL: [Shading; 3] = [Shading::Figure, Shading::Limiting, Shading::Agreement];

    /// The code in the URL (`map=`).
    pub fn code(self) -> &'static str {
        match self {
            Shading::Figure => "figure",
            Shading::Limiting => "limits",
            Shading::Agreement => "287g",
        }
    }

    pub fn from_code(code: &str) -> Option<Shading> {
        Shading::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// How many of a state's counties and county equivalents (rows with a Census FIPS code) a
/// shading counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub counted: u32,
    pub counties: u32,
}

/// Lower bounds, in percent, of the share classes above the first: 1–9 %, 10–24 %, 25–49 %,
/// 50–74 %, 75–100 %.
pub const SHARE_BOUNDS: [u32; 4] = [10, 25, 50, 75];

impl Share {
    /// The colour class (0–4) of the share; `None` when no county counts.
    pub fn class(self) -> Option<usize> {
        (self.counted > 0 && self.counties > 0).then(|| {
            let pct = self.counted * 100 / self.counties;
            SHARE_BOUNDS.iter().position(|b| pct < *b).unwrap_or(SHARE_BOUNDS.len())
        })
    }

    /// The share in tenths of a percent, rounded half up (47 for 4.7 %), for `i18n::percent`;
    /// 0 for a state without counties.
    pub fn per_mille(self) -> u32 {
        if self.counties == 0 {
            return 0;
        }
        ((u64::from(self.counted) * 1000 + u64::from(self.counties) / 2) / u64::from(self.counties)) as u32
    }
}

/// The range of share class `i` in percent, for the legend.
pub fn share_range(i: usize) -> (u32, u32) {
    let lo = if i == 0 { 1 } else { SHARE_BOUNDS.get(i - 1).copied().unwrap_or(100) };
    (lo, SHARE_BOUNDS.get(i).map_or(100, |hi| hi - 1))
}

/// Each state's share of counties that `shading` counts on `on` (every state of [`TILES`];
/// `Shading::Figure` counts none). A county counts by its own row: a state law is not a county's
/// policy, and an agreement of a city's police is its city's.
pub fn county_shares(ds: &Dataset, on: atlas_data::Date, shading: Shading) -> BTreeMap<&'static str, Share> {
    let mut counts = vec![false; ds.jurisdictions.len()];
    match shading {
        Shading::Figure => {}
        Shading::Limiting => {
            for p in ds.policies.iter().filter(|p| p.category.limits() && p.in_force_on(on)) {
                if let Some(c) = counts.get_mut(usize::from(p.jurisdiction)) {
                    *c = true;
                }
            }
        }
        Shading::Agreement => {
            for a in ds.agreements.iter().filter(|a| !a.pending) {
                if let Some(c) = counts.get_mut(usize::from(a.jurisdiction)) {
                    *c = true;
                }
            }
        }
    }
    let mut out: BTreeMap<&'static str, Share> = TILES.iter().map(|t| (t.0, Share { counted: 0, counties: 0 })).collect();
    for (j, counted) in ds.jurisdictions.iter().zip(counts) {
        if j.fips.is_empty() || matches!(j.level, Level::State | Level::Nation | Level::Aggregate) {
            continue;
        }
        if let Some(s) = out.get_mut(j.state) {
            s.counties += 1;
            s.counted += u32::from(counted);
        }
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
    fn shares_count_each_states_census_counties_by_their_own_rows() {
        let ds = dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,2025-07-18,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            (
                "jurisdictions.csv",
                "state-or,Oregon,OR,state,,,,,41\n\
                 multnomah,Multnomah County,OR,county,,,,,41051\n\
                 clackamas,Clackamas County,OR,county,,,,,41005\n\
                 marion,Marion County,OR,county,,,,,41047\n\
                 portland,Portland,OR,city,,,\n\
                 harris,Harris County,TX,county,,,,,48201",
            ),
            (
                "policies.csv",
                "or-law,state-or,no_holds,State law,,2014-04,,,,,,,,,Holds no one.,ES: Holds no one.,No holds.,ES: No holds.,,,,,,s1\n\
                 m,multnomah,no_holds,Sheriff policy,,2014-04,,,,,,,,,Holds no one.,ES: Holds no one.,No holds.,ES: No holds.,,,,,,s1\n\
                 c,clackamas,honours_detainers,Sheriff policy,,2014-04,,,,,,,,,Holds all.,ES: Holds all.,Holds.,ES: Holds.,,,,,,s1\n\
                 p,portland,no_holds,City policy,,2014-04,,,,,,,,,Holds no one.,ES: Holds no one.,No holds.,ES: No holds.,,,,,,s1",
            ),
            (
                "ice-287g/agreements.csv",
                "a1,Marion County Sheriff's Office,OR,County,Marion County,marion,county,A county agency.,task_force,2025-05-08,2025-05-08,participating,s1\n\
                 a2,Harris County Sheriff's Office,TX,County,Harris County,harris,county,A county agency.,task_force,,,pending,s1",
            ),
        ]);
        let on = atlas_data::Date { year: 2026, month: 12, day: 1 };
        let limiting = county_shares(ds, on, Shading::Limiting);
        assert_eq!(
            limiting["OR"],
            Share { counted: 1, counties: 3 },
            "Multnomah only: honouring detainers is not a limit, the state law and Portland are not counties"
        );
        assert_eq!(limiting["TX"], Share { counted: 0, counties: 1 });
        assert_eq!(limiting["CA"], Share { counted: 0, counties: 0 });
        let signed = county_shares(ds, on, Shading::Agreement);
        assert_eq!(signed["OR"], Share { counted: 1, counties: 3 });
        assert_eq!(signed["TX"], Share { counted: 0, counties: 1 }, "a pending agreement is not counted");
        let before = county_shares(ds, atlas_data::Date { year: 2010, month: 1, day: 1 }, Shading::Limiting);
        assert_eq!(before["OR"].counted, 0, "not yet in force");
        assert_eq!(limiting["OR"].per_mille(), 333);
        assert_eq!(Share { counted: 2, counties: 3 }.per_mille(), 667);
        assert_eq!(limiting["OR"].class(), Some(2));
        assert_eq!(Share { counted: 0, counties: 3 }.class(), None);
        assert_eq!(Share { counted: 3, counties: 3 }.class(), Some(4));
        assert_eq!(Share { counted: 1, counties: 254 }.class(), Some(0));
        assert_eq!((share_range(0), share_range(4)), ((1, 9), (75, 100)));
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
