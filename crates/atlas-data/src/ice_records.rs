//! ICE's detainer records, October 2007 – July 2015 (`data/ice-records/`, written by
//! `data/tools/ice_records.py` from `../shared`): the facilities matched to the jurisdictions
//! that run them, and their counts, loaded as figures of those jurisdictions.
//!
//! - A facility's figure belongs to the jurisdiction that runs it and names the facility.
//! - Facilities left unmatched are not loaded; their rows are still checked, and their counts
//!   are part of the national figures only.
//! - Where a jurisdiction runs several facilities, it also gets, for each report, measure and
//!   set of sources, the sum of its facilities' figures, marked as a sum: the one derived figure
//!   the dataset stores, shown as the sum of the jails listed.

use std::collections::{BTreeMap, HashMap};

use crate::load::{count, Cx, Refs, Row};
use crate::*;

/// The facilities of `ice-records/facilities.csv`.
pub(crate) struct Facilities {
    /// The matched ones, in file order.
    pub loaded: Vec<Facility>,
    /// Every facility id of the file: its index in `loaded`, or `None` when it is unmatched.
    by_id: HashMap<&'static str, Option<u16>>,
}

pub(crate) fn facilities(cx: &mut Cx, rows: &[Row], refs: &Refs, jurisdictions: &[Jurisdiction]) -> Facilities {
    let mut seen = HashMap::new();
    let mut out = Facilities { loaded: Vec::new(), by_id: HashMap::new() };
    for r in rows {
        let id = cx.id(r, "id", &mut seen);
        let (name, city, state) = (cx.text(r, "name", true), cx.text(r, "city", false), cx.text(r, "state", false));
        if r.get("match") == "unmatched" {
            if !r.get("jurisdiction_id").is_empty() {
                cx.row_err(r, "match is unmatched but jurisdiction_id is set: give the match (county or by_hand), or leave the id empty");
            }
            out.by_id.insert(id, None);
            continue;
        }
        let matched = cx.code(r, "match", "match (or unmatched)", FacilityMatch::ALL, FacilityMatch::code, None);
        let note = cx.prose(r, "match_note", matched == FacilityMatch::ByHand);
        let Some(j) = cx.reference(r, "jurisdiction_id", "jurisdiction", &refs.jurisdictions, true) else {
            out.by_id.insert(id, None);
            continue;
        };
        let runs = jurisdictions.get(usize::from(j));
        // A name shared across states (WASHINGTON COUNTY JAIL) must land in its own state.
        if let Some(other) = runs.filter(|o| matched == FacilityMatch::County && o.state != state) {
            cx.row_err(
                r,
                format!("the facility is in {state} but '{}' is in {}: a county match stays in its state", other.id, other.state),
            );
        }
        out.by_id.insert(id, u16::try_from(out.loaded.len()).ok());
        let note = if matched == FacilityMatch::ByHand { note } else { "" };
        out.loaded.push(Facility { id, name, city, state, jurisdiction: j, matched, note });
    }
    out
}

/// The three tables of counts.
pub(crate) struct Tables<'a> {
    pub declines: &'a [Row],
    pub outcomes: &'a [Row],
    pub national: &'a [Row],
}

/// Per facility and calendar year: detainers recorded as declined.
const DECLINES: &[(&str, Measure)] = &[("declined", Measure::Declined)];
/// Per facility, fiscal 2015 to date: issued, and each outcome of those (they add up to issued).
const OUTCOMES: &[(&str, Measure)] = &[
    ("issued", Measure::Issued),
    ("declined", Measure::Declined),
    ("booked", Measure::Booked),
    ("other_ended", Measure::OtherEnded),
    ("no_outcome", Measure::NoOutcome),
];

fn figure(jurisdiction: u16, report: u16, measure: Measure, value: u32, sources: &'static [u16], facility: Option<u16>) -> Figure {
    Figure {
        id: "",
        jurisdiction,
        report,
        measure,
        value: Some(value),
        qualifier: Qualifier::Exact,
        period: "",
        status: Status::Reported,
        status_note: "",
        sources,
        note: "",
        facility,
        sum: false,
    }
}

pub(crate) fn figures(cx: &mut Cx, t: &Tables, refs: &Refs, reports: &[Report], fac: &Facilities, nation: Option<usize>) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut same: HashMap<(u16, u16, Measure), u64> = HashMap::new();
    for (rows, columns) in [(t.declines, DECLINES), (t.outcomes, OUTCOMES)] {
        for r in rows {
            let report = cx.reference(r, "report_id", "report", &refs.reports, true);
            let sources = cx.sources(r, &refs.sources, "figure");
            let values: Vec<Option<u32>> = columns.iter().map(|(col, _)| count(cx, r, col)).collect();
            for ((col, _), v) in columns.iter().zip(&values) {
                if v.is_none() && r.get(col).is_empty() {
                    cx.row_err(r, format!("empty {col}: ICE's records give a count for every facility listed"));
                }
            }
            if columns.len() > 1 {
                let outcomes: Option<u32> = values[1..].iter().copied().sum();
                match (values[0], outcomes) {
                    (Some(issued), Some(outcomes)) if issued != outcomes => {
                        cx.row_err(
                            r,
                            format!("the outcomes add up to {outcomes}, not to the {issued} issued: each detainer has one outcome"),
                        );
                    }
                    _ => {}
                }
            }
            if let (Some(year), Some(rep)) = (r.fields.contains_key("year").then(|| r.get("year")), report) {
                let start = reports.get(usize::from(rep)).and_then(|p| p.period_start).map(|d| d.year.to_string());
                if start.as_deref() != Some(year) {
                    cx.row_err(r, format!("year {year} is not the year of report '{}'", r.get("report_id")));
                }
            }
            let facility = match fac.by_id.get(r.get("facility_id")) {
                None => {
                    cx.row_err(r, format!("unknown facility id '{}'", r.get("facility_id")));
                    continue;
                }
                // Unmatched: its counts are in the national figures only.
                Some(None) => continue,
                Some(Some(i)) => *i,
            };
            let (Some(report), Some(f)) = (report, fac.loaded.get(usize::from(facility))) else { continue };
            for (&(_, measure), v) in columns.iter().zip(&values) {
                if let Some(first) = same.insert((facility, report, measure), r.line) {
                    cx.row_err(r, format!("this facility's {} for this report is already on line {first}", measure.code()));
                }
                if let Some(v) = v {
                    out.push(figure(f.jurisdiction, report, measure, *v, sources, Some(facility)));
                }
            }
        }
    }
    let nation = nation.and_then(|n| u16::try_from(n).ok());
    let mut national = HashMap::new();
    for r in t.national {
        let report = cx.reference(r, "report_id", "report", &refs.reports, true);
        let measure = cx.code(r, "measure", "measure", Measure::ALL, Measure::code, None);
        let value = count(cx, r, "value");
        let sources = cx.sources(r, &refs.sources, "figure");
        let Some(nation) = nation else {
            cx.row_err(r, "a national figure needs the nation row (level nation) in jurisdictions.csv");
            continue;
        };
        let (Some(report), Some(value)) = (report, value) else {
            if r.get("value").is_empty() {
                cx.row_err(r, "empty value");
            }
            continue;
        };
        if let Some(first) = national.insert((report, measure), r.line) {
            cx.row_err(r, format!("the national {} for this report is already on line {first}", measure.code()));
        }
        out.push(figure(nation, report, measure, value, sources, None));
    }
    out.extend(sums(cx, &out, t));
    out
}

/// For each jurisdiction, report, measure and set of sources with figures of two or more of its
/// facilities: their sum.
fn sums(cx: &mut Cx, figures: &[Figure], t: &Tables) -> Vec<Figure> {
    // (jurisdiction, report, measure, sources) -> (sum, facilities).
    type Group = (u16, u16, Measure, &'static [u16]);
    let mut groups: BTreeMap<Group, (u64, usize)> = BTreeMap::new();
    for f in figures.iter().filter(|f| f.facility.is_some()) {
        let g = groups.entry((f.jurisdiction, f.report, f.measure, f.sources)).or_default();
        g.0 += u64::from(f.value.unwrap_or(0));
        g.1 += 1;
    }
    let mut out = Vec::new();
    for ((jurisdiction, report, measure, sources), (sum, n)) in groups.into_iter().filter(|(_, (_, n))| *n > 1) {
        match u32::try_from(sum) {
            Ok(v) => out.push(Figure { sum: true, ..figure(jurisdiction, report, measure, v, sources, None) }),
            Err(_) => {
                let file = t.declines.first().map_or("ice-records", |r| r.file.as_str()).to_string();
                cx.err(&file, 1, format!("the {n} facilities of one jurisdiction add up to {sum}, more than a figure can hold"));
            }
        }
    }
    out
}
