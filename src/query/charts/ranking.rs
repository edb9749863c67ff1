//! The ranking: the largest figures among the listed rows.

use atlas_data::{Dataset, Measure, Qualifier, Status};

use crate::query::figures::best_figures;

/// One bar of the ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub jurisdiction: usize,
    pub value: u32,
    pub qualifier: Qualifier,
    pub status: Status,
    /// The bar's length in percent of the longest (0–100, two decimals), as SVG width.
    pub length: String,
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

/// The `top` largest figures of `measure` and `period` in `report` among `rows` (the list's
/// current rows), leaving out multi-state totals. Figures of other periods are not compared.
pub fn ranking(ds: &Dataset, rows: &[usize], report: usize, measure: Measure, period: &str, top: usize) -> Ranking {
    let best_of = best_figures(ds, report, measure, Some(period));
    let mut with_value: Vec<(usize, u32, Qualifier, Status)> = Vec::new();
    let mut not_reported = 0;
    for &j in rows {
        // Multi-state groups (ICE's "top ten" total) are totals, not a jurisdiction to rank.
        if ds.jurisdictions.get(j).is_none_or(|x| x.state == "US") {
            continue;
        }
        if let Some(f) = best_of.get(j).copied().flatten() {
            match f.value {
                Some(v) => with_value.push((j, v, f.qualifier, f.status)),
                None => not_reported += 1,
            }
        }
    }
    with_value.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let rest = with_value.len().saturating_sub(top);
    with_value.truncate(top);
    let max = with_value.first().map_or(0, |b| b.1);
    let bars = with_value
        .into_iter()
        .map(|(jurisdiction, value, qualifier, status)| Bar { jurisdiction, value, qualifier, status, length: percent(value, max) })
        .collect();
    Ranking { bars, rest, not_reported }
}

/// `value` as a percentage of `max` with two decimals (`"37.50"`), clamped to 0–100, in integer
/// arithmetic (no float formatting in the wasm).
pub fn percent(value: u32, max: u32) -> String {
    if max == 0 {
        return "0".to_string();
    }
    let hundredths = u64::from(value.min(max)) * 10_000 / u64::from(max);
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    fn sample() -> &'static Dataset {
        let mut figures = String::new();
        let mut jurisdictions = String::from("us,United States,US,nation,,,\ntop,Top ten,US,aggregate,,,\n");
        for (i, v) in [5, 40, 12, 40, 7].iter().enumerate() {
            jurisdictions.push_str(&format!("c{i},County {i},TX,county,,,\n"));
            figures.push_str(&format!("f{i},c{i},w1,declined,{v},,,,s1,\n"));
        }
        jurisdictions.push_str("none,Named County,TX,county,,,\n");
        figures.push_str(
            "fn,none,w1,declined,,,,,s1,\nft,top,w1,declined,999,,,,s1,\nfi,c0,w1,issued,80,,,,s1,\nfp,c1,w1,declined,3,,2016,,s1,",
        );
        dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            ("jurisdictions.csv", &jurisdictions),
            ("figures.csv", &figures),
        ])
    }

    fn all(ds: &Dataset) -> Vec<usize> {
        (0..ds.jurisdictions.len()).collect()
    }

    #[test]
    fn the_largest_come_first_ties_in_data_order_and_not_reported_is_never_a_bar() {
        let ds = sample();
        let r = ranking(ds, &all(ds), 0, Measure::Declined, "", 3);
        let ids: Vec<_> = r.bars.iter().map(|b| ds.jurisdictions[b.jurisdiction].id).collect();
        assert_eq!(ids, ["c1", "c3", "c2"], "the multi-state total is not a bar");
        assert_eq!(r.bars.iter().map(|b| b.length.as_str()).collect::<Vec<_>>(), ["100.00", "100.00", "30.00"]);
        assert_eq!((r.rest, r.not_reported), (2, 1));
    }

    #[test]
    fn the_ranking_follows_the_listed_rows_the_measure_and_the_period() {
        let ds = sample();
        let r = ranking(ds, &[2, 3], 0, Measure::Declined, "", 10);
        assert_eq!(r.bars.iter().map(|b| b.value).collect::<Vec<_>>(), [40, 5]);
        let issued = ranking(ds, &all(ds), 0, Measure::Issued, "", 10);
        assert_eq!(issued.bars.iter().map(|b| b.value).collect::<Vec<_>>(), [80]);
        let other_period = ranking(ds, &all(ds), 0, Measure::Declined, "2016", 10);
        assert_eq!(other_period.bars.iter().map(|b| b.value).collect::<Vec<_>>(), [3]);
    }

    #[test]
    fn percentages_are_exact_to_two_decimals_and_clamped() {
        assert_eq!(percent(50, 100), "50.00");
        assert_eq!(percent(1, 3), "33.33");
        assert_eq!(percent(0, 100), "0.00");
        assert_eq!(percent(150, 100), "100.00");
        assert_eq!(percent(5, 0), "0");
        assert_eq!(percent(u32::MAX, u32::MAX), "100.00");
    }
}
