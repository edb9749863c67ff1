//! The real dataset, checked in one place by properties any correct dataset has: it loads, its
//! files round-trip into the app unchanged, every id and source resolves, every report's
//! attribution stays within its published total, every figure's period lies in its report's,
//! every coverage entry resolves, and the query layer's invariants hold for any view. No test
//! here names a jurisdiction or a number of `data/`: a correct edit to the data changes nothing.
//! Everything else is tested on fixture datasets built inside the tests.
//!
//! The files read are those the build baked (`ATLAS_BAKED_DIR`, set by build.rs), so the same
//! checks hold for the hostile and stress datasets.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use detainer_atlas::dataset::{data, Category, Date, Level, Status};
use detainer_atlas::i18n::Lang;
use detainer_atlas::query::figures::{attribution, headline, Attribution};
use detainer_atlas::query::select::{select, Index};
use detainer_atlas::query::text::words;
use detainer_atlas::query::view::{Display, Sort, Theme, ViewState, MAX_QUERY};
use proptest::prelude::*;

/// The data directory this build baked.
fn baked_dir() -> PathBuf {
    PathBuf::from(env!("ATLAS_BAKED_DIR"))
}

// ---- Round trip: every row of every CSV is in the embedded dataset, in order, unchanged. ----
// (Editor-only columns, `found_in` and `note` in sources.csv, are not embedded.)

type Row = HashMap<String, String>;

/// A table of ICE's records, which a data directory may leave out (none: no rows).
fn read_optional(file: &str) -> Vec<Row> {
    if baked_dir().join(file).exists() {
        read(file)
    } else {
        Vec::new()
    }
}

fn read(file: &str) -> Vec<Row> {
    let path = baked_dir().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = rdr.headers().expect("a header row").iter().map(|h| h.trim().to_string()).collect();
    rdr.records()
        .map(|r| {
            let r = r.expect("a well-formed row");
            headers.iter().cloned().zip(r.iter().map(|v| v.trim().to_string())).collect()
        })
        .collect()
}

fn date(d: Option<Date>) -> String {
    d.map(|d| d.iso()).unwrap_or_default()
}

fn status(s: Status) -> String {
    if s == Status::Reported {
        String::new()
    } else {
        s.code().to_string()
    }
}

fn ids(list: &[u16]) -> String {
    list.iter().map(|&i| data().sources[usize::from(i)].id).collect::<Vec<_>>().join(";")
}

fn jurisdiction(i: u16) -> String {
    data().jurisdictions[usize::from(i)].id.to_string()
}

/// The CSV's value of `col`, with the loader's defaults written out where the CSV may leave the
/// cell empty; lists compared item by item.
fn cell(row: &Row, col: &str) -> String {
    let v = row.get(col).cloned().unwrap_or_default();
    match col {
        "status" if v == "reported" => String::new(),
        "source_ids" | "aliases" => v.split(';').map(str::trim).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(";"),
        _ => v,
    }
}

fn check(file: &str, rows: &[Row], embedded: Vec<Vec<(&str, String)>>) {
    assert_eq!(rows.len(), embedded.len(), "{file}: every row is embedded, none added");
    for (n, (row, item)) in rows.iter().zip(embedded).enumerate() {
        for (col, value) in item {
            assert_eq!(cell(row, col), value, "{file}:{}: column {col}", n + 2);
        }
    }
}

#[test]
fn every_row_of_every_csv_is_embedded_with_identical_values() {
    let ds = data();
    check(
        "sources.csv",
        &read("sources.csv"),
        ds.sources
            .iter()
            .map(|s| {
                vec![
                    ("id", s.id.into()),
                    ("headline", s.headline.into()),
                    ("headline_from", s.headline_from.code().into()),
                    ("publisher", s.publisher.into()),
                    ("date", date(s.date)),
                    ("url", s.url.into()),
                    ("archive_url", s.archive_url.into()),
                    ("kind", s.kind.code().into()),
                ]
            })
            .collect(),
    );
    check(
        "reports.csv",
        &read("reports.csv"),
        ds.reports
            .iter()
            .map(|r| {
                vec![
                    ("id", r.id.into()),
                    ("title", r.title.into()),
                    ("title_es", r.title_es.into()),
                    ("short_title", r.short_title.into()),
                    ("short_title_es", r.short_title_es.into()),
                    ("publisher", r.publisher.into()),
                    ("period_start", date(r.period_start)),
                    ("period_end", date(r.period_end)),
                    ("published", date(r.published)),
                    ("primary_measure", r.primary_measure.code().into()),
                    ("kind", r.kind.code().into()),
                    ("description", r.description.into()),
                    ("source_ids", ids(r.sources)),
                ]
            })
            .collect(),
    );
    // The edited rows first, then those ICE's records add (ice-records/jurisdictions.csv).
    let edited = read("jurisdictions.csv");
    // A row that is a county of the Census list also has the Census's other names as aliases.
    let census_names: HashMap<String, String> = read_optional("census/counties.csv")
        .into_iter()
        .filter(|c| !cell(c, "merged_into").is_empty() && !cell(c, "other_names").is_empty())
        .map(|c| (cell(&c, "merged_into"), cell(&c, "other_names")))
        .collect();
    check(
        "jurisdictions.csv",
        &edited,
        ds.jurisdictions[..edited.len().min(ds.jurisdictions.len())]
            .iter()
            .map(|j| {
                let own = census_names.get(j.id).map_or(j.aliases.len(), |o| j.aliases.len() - o.split(';').count());
                vec![
                    ("id", j.id.into()),
                    ("name", j.name.into()),
                    ("state", j.state.into()),
                    ("level", j.level.code().into()),
                    ("aliases", j.aliases[..own].join(";")),
                    ("parent", j.parent.map(jurisdiction).unwrap_or_default()),
                    ("note", j.note.into()),
                    ("former_ids", j.former_ids.join(";")),
                ]
            })
            .collect(),
    );
    check(
        "policies.csv",
        &read("policies.csv"),
        ds.policies
            .iter()
            .map(|p| {
                let end = p.end;
                let by = end.and_then(|e| e.by).map(|b| ds.policies[usize::from(b)].id.to_string()).unwrap_or_default();
                vec![
                    ("id", p.id.into()),
                    ("jurisdiction_id", jurisdiction(p.jurisdiction)),
                    ("category", p.category.code().into()),
                    ("instrument", p.instrument.into()),
                    ("identifier", p.identifier.into()),
                    ("enacted", date(p.enacted)),
                    ("enacted_qualifier", if p.enacted_on_or_before { "on_or_before".into() } else { String::new() }),
                    ("in_force", date(p.in_force)),
                    ("ended", date(end.map(|e| e.date))),
                    ("end_reason", end.map(|e| e.reason.code().to_string()).unwrap_or_default()),
                    ("ended_qualifier", end.filter(|e| e.on_or_before).map(|_| "on_or_before".to_string()).unwrap_or_default()),
                    ("ended_by", by),
                    ("end_source_ids", end.map(|e| ids(e.sources)).unwrap_or_default()),
                    ("end_note", end.map(|e| e.note.to_string()).unwrap_or_default()),
                    ("end_note_es", end.map(|e| e.note_es.to_string()).unwrap_or_default()),
                    ("status_note", p.status_note.into()),
                    ("summary", p.summary.into()),
                    ("description", p.description.into()),
                    ("criteria", p.criteria.into()),
                    ("jail_access", p.jail_access.into()),
                    ("release_notification", p.release_notification.into()),
                    ("summary_es", p.summary_es.into()),
                    ("description_es", p.description_es.into()),
                    ("status", status(p.status)),
                    ("source_ids", ids(p.sources)),
                ]
            })
            .collect(),
    );
    check(
        "events.csv",
        &read("events.csv"),
        ds.events
            .iter()
            .map(|e| {
                vec![
                    ("jurisdiction_id", jurisdiction(e.jurisdiction)),
                    ("date", e.date.iso()),
                    ("kind", e.kind.code().into()),
                    ("text", e.text.into()),
                    ("status", status(e.status)),
                    ("status_note", e.status_note.into()),
                    ("source_ids", ids(e.sources)),
                ]
            })
            .collect(),
    );
    let figures = read("figures.csv");
    // The edited figures first, then those made from ICE's records (no id of their own).
    assert!(ds.figures[figures.len().min(ds.figures.len())..].iter().all(|f| f.id.is_empty()), "figures after figures.csv's are ICE's");
    check(
        "figures.csv",
        &figures,
        ds.figures[..figures.len().min(ds.figures.len())]
            .iter()
            .map(|f| {
                vec![
                    ("id", f.id.into()),
                    ("jurisdiction_id", jurisdiction(f.jurisdiction)),
                    ("report_id", ds.reports[usize::from(f.report)].id.into()),
                    ("measure", f.measure.code().into()),
                    ("value", f.value.map(|v| v.to_string()).unwrap_or_default()),
                    ("period", f.period.into()),
                    ("status", status(f.status)),
                    ("status_note", f.status_note.into()),
                    ("source_ids", ids(f.sources)),
                    ("note", f.note.into()),
                ]
            })
            .collect(),
    );
    // Qualifiers: an empty cell is "exact".
    for (row, f) in figures.iter().zip(ds.figures) {
        let q = cell(row, "qualifier");
        assert_eq!(if q.is_empty() { "exact" } else { q.as_str() }, f.qualifier.code(), "figure {}", f.id);
    }
    check(
        "lists.csv",
        &read("lists.csv"),
        ds.lists
            .iter()
            .map(|l| {
                vec![
                    ("id", l.id.into()),
                    ("title", l.title.into()),
                    ("publisher", l.publisher.into()),
                    ("date", date(l.date)),
                    ("description", l.description.into()),
                    ("source_ids", ids(l.sources)),
                ]
            })
            .collect(),
    );
    check(
        "listings.csv",
        &read("listings.csv"),
        ds.listings
            .iter()
            .map(|l| {
                vec![
                    ("list_id", ds.lists[usize::from(l.list)].id.into()),
                    ("jurisdiction_id", jurisdiction(l.jurisdiction)),
                    ("label", l.label.into()),
                    ("removed", date(l.removed)),
                    ("status", status(l.status)),
                    ("status_note", l.status_note.into()),
                    ("source_ids", ids(l.sources)),
                    ("note", l.note.into()),
                ]
            })
            .collect(),
    );
    check(
        "about.csv",
        &read("about.csv"),
        ds.about
            .iter()
            .map(|a| {
                vec![
                    ("id", a.id.into()),
                    ("heading", a.heading.into()),
                    ("heading_es", a.heading_es.into()),
                    ("text", a.paragraphs.join("\n\n")),
                    ("text_es", a.paragraphs_es.join("\n\n")),
                    ("extra", a.extra.code().into()),
                    ("source_ids", ids(a.sources)),
                ]
            })
            .collect(),
    );
    check(
        "disputes.csv",
        &read("disputes.csv"),
        ds.disputes
            .iter()
            .map(|d| {
                vec![
                    ("jurisdiction_id", jurisdiction(d.jurisdiction)),
                    ("report_id", d.report.map(|r| ds.reports[usize::from(r)].id.to_string()).unwrap_or_default()),
                    ("kind", d.kind.code().into()),
                    ("by", d.by.into()),
                    ("date", date(d.date)),
                    ("text", d.text.into()),
                    ("source_ids", ids(d.sources)),
                ]
            })
            .collect(),
    );
}

// ---- Properties of the data. ----

#[test]
fn every_count_of_ices_records_is_a_figure_of_the_jurisdiction_that_runs_its_facility_unchanged() {
    let ds = data();
    let edited = read("jurisdictions.csv").len();
    let added = read_optional("ice-records/jurisdictions.csv");
    check(
        "ice-records/jurisdictions.csv",
        &added,
        ds.jurisdictions[edited..(edited + added.len()).min(ds.jurisdictions.len())]
            .iter()
            .map(|j| vec![("id", j.id.into()), ("name", j.name.into()), ("state", j.state.into()), ("level", j.level.code().into())])
            .collect(),
    );
    let facilities = read_optional("ice-records/facilities.csv");
    let matched: Vec<&Row> = facilities.iter().filter(|f| cell(f, "match") != "unmatched").collect();
    assert_eq!(matched.len(), ds.facilities.len(), "every matched facility is loaded, no other");
    for (row, f) in matched.iter().zip(ds.facilities) {
        assert_eq!((cell(row, "id"), cell(row, "jurisdiction_id")), (f.id.to_string(), jurisdiction(f.jurisdiction)));
    }
    // (facility, report, measure) -> value, of the loaded figures.
    let mut loaded: HashMap<(String, String, String), u32> = HashMap::new();
    for f in ds.figures.iter().filter(|f| f.facility.is_some()) {
        let fac = &ds.facilities[usize::from(f.facility.unwrap_or_default())];
        assert_eq!(f.jurisdiction, fac.jurisdiction, "a facility's figure is its jurisdiction's");
        let key = (fac.id.to_string(), ds.reports[usize::from(f.report)].id.to_string(), f.measure.code().to_string());
        assert!(loaded.insert(key, f.value.expect("ICE's counts are numbers")).is_none(), "one figure per facility, report and measure");
    }
    let is_matched: BTreeSet<String> = matched.iter().map(|f| cell(f, "id")).collect();
    let mut expected = 0;
    for (file, measures) in [
        ("ice-records/declines-by-year.csv", &["declined"][..]),
        ("ice-records/fy2015-outcomes.csv", &["issued", "declined", "booked", "other_ended", "no_outcome"][..]),
    ] {
        for row in read_optional(file).iter().filter(|r| is_matched.contains(&cell(r, "facility_id"))) {
            for m in measures {
                expected += 1;
                let key = (cell(row, "facility_id"), cell(row, "report_id"), m.to_string());
                assert_eq!(loaded.get(&key).map(u32::to_string), Some(cell(row, m)), "{file}: {key:?}");
            }
        }
    }
    assert_eq!(loaded.len(), expected, "no figure of a facility that the tables do not hold");
}

#[test]
fn every_county_of_the_census_list_is_one_row_with_its_fips_code() {
    let ds = data();
    let census = read_optional("census/counties.csv");
    let added_before = read("jurisdictions.csv").len()
        + read_optional("ice-records/jurisdictions.csv").len()
        + read_optional("ice-287g/jurisdictions.csv").len();
    let new: Vec<&Row> = census.iter().filter(|c| cell(c, "merged_into").is_empty()).collect();
    assert_eq!(ds.jurisdictions.len(), added_before + new.len(), "a row for each county not yet a row, no other");
    for (c, j) in new.iter().zip(&ds.jurisdictions[added_before.min(ds.jurisdictions.len())..]) {
        assert_eq!((cell(c, "id"), cell(c, "name"), cell(c, "state")), (j.id.to_string(), j.name.to_string(), j.state.to_string()));
    }
    let mut fips = BTreeSet::new();
    for c in &census {
        let id = if cell(c, "merged_into").is_empty() { cell(c, "id") } else { cell(c, "merged_into") };
        let j = ds.jurisdictions.iter().find(|j| j.id == id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(j.fips, cell(c, "fips"), "{id}");
        assert_eq!(j.state, cell(c, "state"), "{id}: a county stays in its state");
        assert!(fips.insert(cell(c, "fips")), "FIPS {} twice", cell(c, "fips"));
        for other in cell(c, "other_names").split(';').filter(|n| !n.is_empty()) {
            assert!(j.aliases.contains(&other), "{id} is found by its other name {other}");
        }
    }
}

#[test]
fn every_matched_287g_agreement_is_its_jurisdictions_with_its_date_as_ice_gave_it() {
    let ds = data();
    let rows = read_optional("ice-287g/agreements.csv");
    let matched: Vec<&Row> = rows.iter().filter(|r| cell(r, "match") != "unmatched").collect();
    assert_eq!(matched.len(), ds.agreements.len(), "every matched agreement is loaded, no other");
    for (r, a) in matched.iter().zip(ds.agreements) {
        assert_eq!(
            (cell(r, "agency"), cell(r, "jurisdiction_id"), cell(r, "model")),
            (a.agency.to_string(), jurisdiction(a.jurisdiction), a.model.code().to_string())
        );
        assert_eq!(cell(r, "signed"), date(a.signed), "{}", a.agency);
        assert_eq!(cell(r, "status") == "pending", a.pending);
        // A date ICE wrote that could not be read is shown as written, never guessed.
        assert_eq!(a.signed.is_none() && !cell(r, "signed_as_written").is_empty(), !a.signed_as_written.is_empty(), "{}", a.agency);
        assert_eq!(cell(r, "state"), ds.jurisdictions[usize::from(a.jurisdiction)].state, "{}: in its own state", a.agency);
    }
}

#[test]
fn a_sum_of_jails_adds_two_or_more_facilities_of_one_jurisdiction_for_one_report_measure_and_source() {
    let ds = data();
    for s in ds.figures.iter().filter(|f| f.sum) {
        let parts: Vec<_> = ds
            .figures
            .iter()
            .filter(|f| {
                f.facility.is_some() && (f.jurisdiction, f.report, f.measure, f.sources) == (s.jurisdiction, s.report, s.measure, s.sources)
            })
            .collect();
        assert!(parts.len() >= 2, "a sum of {} jails at {}", parts.len(), jurisdiction(s.jurisdiction));
        assert_eq!(s.value, Some(parts.iter().filter_map(|f| f.value).sum()), "{}", jurisdiction(s.jurisdiction));
        assert!(s.facility.is_none() && s.qualifier == atlas_data::Qualifier::Exact);
    }
    // And every jurisdiction with two or more facilities counted for a report has its sum.
    let mut counted: HashMap<(u16, u16, atlas_data::Measure), usize> = HashMap::new();
    for f in ds.figures.iter().filter(|f| f.facility.is_some()) {
        *counted.entry((f.jurisdiction, f.report, f.measure)).or_default() += 1;
    }
    for ((j, r, m), n) in counted.into_iter().filter(|(_, n)| *n > 1) {
        assert!(
            ds.figures.iter().any(|f| f.sum && (f.jurisdiction, f.report, f.measure) == (j, r, m)),
            "{n} jails of {} unsummed",
            jurisdiction(j)
        );
    }
}

#[test]
fn every_index_points_into_the_dataset() {
    let ds = data();
    let (j, s, r, l) = (ds.jurisdictions.len(), ds.sources.len(), ds.reports.len(), ds.lists.len());
    let sources_ok = |ids: &[u16]| ids.iter().all(|&i| usize::from(i) < s);
    assert!(usize::from(ds.default_report) < r);
    assert!(ds.jurisdictions.iter().all(|x| x.parent.is_none_or(|p| usize::from(p) < j)));
    assert!(ds.reports.iter().all(|x| sources_ok(x.sources) && !x.sources.is_empty()));
    assert!(ds.policies.iter().all(|x| usize::from(x.jurisdiction) < j && sources_ok(x.sources) && !x.sources.is_empty()));
    assert!(ds.events.iter().all(|x| usize::from(x.jurisdiction) < j && sources_ok(x.sources) && !x.sources.is_empty()));
    assert!(ds
        .figures
        .iter()
        .all(|x| usize::from(x.jurisdiction) < j && usize::from(x.report) < r && sources_ok(x.sources) && !x.sources.is_empty()));
    assert!(ds
        .listings
        .iter()
        .all(|x| usize::from(x.jurisdiction) < j && usize::from(x.list) < l && sources_ok(x.sources) && !x.sources.is_empty()));
    assert!(ds
        .disputes
        .iter()
        .all(|x| usize::from(x.jurisdiction) < j && x.report.is_none_or(|r2| usize::from(r2) < r) && sources_ok(x.sources)));
    assert!(ds.about.iter().all(|x| sources_ok(x.sources)));
    assert!(ds.sources.iter().all(|x| x.url.starts_with("https://") || x.url.starts_with("http://")));
    assert_eq!(ds.jurisdictions.iter().filter(|x| x.level == Level::Nation).count(), 1, "one nation row holds the national totals");
}

#[test]
fn no_report_attributes_more_than_its_published_total() {
    let ds = data();
    for r in 0..ds.reports.len() {
        match attribution(ds, r) {
            Some(Attribution::Within { named, total, .. }) => {
                assert!(named <= u64::from(total), "{}: {named} of {total}", ds.reports[r].id)
            }
            Some(Attribution::Exceeds { named, total }) => assert!(named > u64::from(total), "{}", ds.reports[r].id),
            None => {}
        }
    }
}

/// The four-digit years a period text names ("July 1, 2018 – June 30, 2019" → 2018, 2019).
fn years_in(text: &str) -> Vec<u16> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|w| w.len() == 4).filter_map(|w| w.parse().ok()).collect()
}

#[test]
fn every_figures_period_lies_in_its_reports_period() {
    let ds = data();
    for f in ds.figures {
        let r = &ds.reports[usize::from(f.report)];
        let (Some(a), Some(b)) = (r.period_start, r.period_end) else { continue };
        for y in years_in(f.period) {
            assert!(
                (a.year..=b.year).contains(&y),
                "figure {}: period '{}' is outside report {} ({}–{})",
                f.id,
                f.period,
                r.id,
                a.iso(),
                b.iso()
            );
        }
    }
}

#[test]
fn dates_are_in_order() {
    let ds = data();
    for r in ds.reports {
        if let (Some(a), Some(b)) = (r.period_start, r.period_end) {
            assert!(a <= b, "report {}", r.id);
        }
    }
    for p in ds.policies {
        if let (Some(a), Some(e)) = (p.start(), p.end) {
            assert!(a <= e.date, "policy {}", p.id);
        }
    }
}

// ---- Policies in time. ----

/// A local policy that limits detainer holds: the kind a state mandate to honour them overrides.
/// (A city's limit on police cooperation governs no jail, and stands.)
fn limits_holds(c: Category) -> bool {
    matches!(c, Category::NoHolds | Category::SeriousOffencesOnly | Category::Conditional)
}

#[test]
fn a_state_law_mandating_detainers_ends_every_local_limit_on_holds_in_force_when_it_took_effect() {
    let ds = data();
    for s in ds.policies {
        let state = &ds.jurisdictions[usize::from(s.jurisdiction)];
        let Some(from) = s.start() else { continue };
        // A state law binds local jails; a governor's order directs the state's own agencies.
        let law = s.instrument.to_lowercase().contains("law");
        if state.level != Level::State || s.category != Category::MandatesCompliance || !law || s.end.is_some_and(|e| e.date <= from) {
            continue;
        }
        for l in ds.policies {
            let place = &ds.jurisdictions[usize::from(l.jurisdiction)];
            if place.state != state.state || place.level == Level::State || !limits_holds(l.category) || l.start().is_none_or(|a| a >= from)
            {
                continue;
            }
            assert!(
                !l.in_force_on(from),
                "{} limits detainers and was in force on {} when {} took effect: record how it ended (end_reason overridden, ended_by {})",
                l.id,
                from.iso(),
                s.id,
                s.id
            );
        }
    }
}

#[test]
fn an_override_names_a_state_mandate_that_took_effect_on_the_day_it_ended() {
    let ds = data();
    for p in ds.policies {
        let Some(end) = p.end.filter(|e| e.reason == atlas_data::EndReason::Overridden) else { continue };
        let by = &ds.policies[usize::from(end.by.expect("the loader requires ended_by for an override"))];
        assert!(
            matches!(by.category, Category::MandatesCompliance | Category::RequiresCooperation),
            "{} is overridden by {}, which does not require cooperation",
            p.id,
            by.id
        );
        assert!(by.start().is_none_or(|s| s <= end.date), "{} ends before {} took effect", p.id, by.id);
    }
}

// ---- Reader text. ----

/// The research-sheet artefacts the audit found, anywhere in any cell of any file, editor-only
/// columns included: a note for the next editor is written like one for a reader.
#[test]
fn no_cell_of_any_file_carries_research_sheet_artefacts() {
    let banned = ["UNVERIFIED", "Later: ", "as of by", "truncated", "Table A", "Table B"];
    for spec in atlas_data::load::TABLES {
        for (n, row) in read(spec.file).iter().enumerate() {
            for (col, v) in row {
                if col == "found_in" {
                    continue;
                }
                for b in banned {
                    assert!(!v.contains(b), "{}:{}: {col} contains '{b}'", spec.file, n + 2);
                }
                let hash_ref = v.match_indices("(#").any(|(i, _)| v[i + 2..].starts_with(|c: char| c.is_ascii_digit()));
                assert!(!hash_ref, "{}:{}: {col} has a '(#N)' sheet reference", spec.file, n + 2);
            }
        }
    }
}

#[test]
fn every_policy_and_report_reads_in_spanish_too() {
    let ds = data();
    for p in ds.policies {
        assert!(!p.summary_es.is_empty() && !p.description_es.is_empty(), "policy {}", p.id);
        assert_ne!(p.summary_es, p.summary, "policy {}: the Spanish summary is a translation", p.id);
    }
    for r in ds.reports {
        assert!(!r.title_es.is_empty() && !r.short_title_es.is_empty(), "report {}", r.id);
    }
}

// ---- Sources. ----

#[test]
fn sources_name_their_publisher_and_say_where_a_headline_came_from() {
    let ds = data();
    for s in ds.sources {
        assert!(!atlas_data::prose::looks_like_host(s.publisher), "{}: publisher '{}' is a host name", s.id, s.publisher);
        assert_eq!(s.headline.is_empty(), s.headline_from == atlas_data::HeadlineFrom::None, "{}", s.id);
        assert!(atlas_data::prose::url_problem(s.url).is_none(), "{}: {}", s.id, s.url);
    }
}

#[test]
fn a_url_that_gives_a_date_agrees_with_the_sources_date() {
    // /2018/03/20/ in the address: the date, where recorded, is that day (or its month or year).
    for s in data().sources {
        let Some(d) = s.date else { continue };
        let parts: Vec<&str> = s.url.split('/').collect();
        for w in parts.windows(3) {
            let (y, m, day) = (w[0].parse::<u16>(), w[1].parse::<u8>(), w[2].parse::<u8>());
            if let (Ok(y), Ok(m), Ok(day)) = (y, m, day) {
                if (1990..=2030).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&day) && w[2].len() == 2 {
                    assert_eq!(d.year, y, "{}: {} vs {}", s.id, d.iso(), s.url);
                    if d.month != 0 {
                        assert_eq!(d.month, m, "{}: {} vs {}", s.id, d.iso(), s.url);
                    }
                }
            }
        }
    }
}

#[test]
fn about_the_data_has_both_languages_paragraph_for_paragraph() {
    for a in data().about {
        assert_eq!(a.paragraphs.len(), a.paragraphs_es.len(), "{}", a.id);
        assert!(!a.heading_es.is_empty() && !a.paragraphs.is_empty(), "{}", a.id);
    }
}

// ---- Research coverage and sourced facts. ----

#[test]
fn the_real_dataset_loads() {
    let loaded = atlas_data::load::load_dir(&baked_dir(), "data")
        .unwrap_or_else(|errs| panic!("{}", errs.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
    assert_eq!(loaded, *data(), "the baked dataset is the one its files load into");
}

#[test]
fn every_jurisdiction_in_the_real_data_has_a_sourced_fact() {
    let ds = data();
    let has_fact = |i: u16| {
        ds.policies.iter().any(|p| p.jurisdiction == i)
            || ds.figures.iter().any(|f| f.jurisdiction == i)
            || ds.listings.iter().any(|l| l.jurisdiction == i)
            || ds.events.iter().any(|e| e.jurisdiction == i)
            || ds.disputes.iter().any(|d| d.jurisdiction == i)
            || ds.agreements.iter().any(|a| a.jurisdiction == i)
    };
    for (i, j) in ds.jurisdictions.iter().enumerate() {
        let i = u16::try_from(i).expect("indices fit (the loader refuses larger tables)");
        // A county row may exist only as the parent of its jail, which has the facts.
        let child_has = ds.jurisdictions.iter().enumerate().any(|(c, cj)| cj.parent == Some(i) && u16::try_from(c).is_ok_and(has_fact));
        // A county of the Census list is a row by that list alone: its row says what is known.
        assert!(has_fact(i) || child_has || !j.fips.is_empty(), "{} has no policy, figure, listing, event or dispute", j.id);
    }
}

#[test]
fn every_report_in_the_real_data_has_figures() {
    let ds = data();
    for (i, r) in ds.reports.iter().enumerate() {
        assert!(ds.figures.iter().any(|f| usize::from(f.report) == i), "{} has no figures", r.id);
    }
}

/// A name as the research sheets and the dataset may both write it: "County of Santa Clara",
/// "Santa Clara County" and "santa clara county" compare equal.
fn name_key(name: &str) -> String {
    let lower = name.to_lowercase().replace('’', "'");
    let mut s = String::new();
    let mut depth = 0;
    for c in lower.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth > 0 => {}
            '\'' => {}
            c if c.is_alphanumeric() => s.push(c),
            _ => s.push(' '),
        }
    }
    let mut s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    for prefix in ["city and county of ", "city of ", "county of ", "town of ", "commonwealth of ", "the "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
        }
    }
    s.replace("saint ", "st ")
}

fn level_fits(wanted: &str, level: atlas_data::Level) -> bool {
    use atlas_data::Level::*;
    match wanted {
        "state" => level == State,
        "county" => matches!(level, County | CityCounty | Agency),
        "city" => matches!(level, City | CityCounty | Agency),
        _ => matches!(level, Agency | County | City | CityCounty),
    }
}

#[test]
fn every_jurisdiction_named_in_the_research_tables_is_in_the_dataset() {
    let ds = data();
    let Ok(mut rdr) = csv::Reader::from_path(baked_dir().join("coverage.csv")) else { return }; // a test dataset has no checklist
    let mut missing = Vec::new();
    for (n, rec) in rdr.records().enumerate() {
        let rec = rec.expect("a well-formed coverage row");
        let (name, state, level, sheet, id) = (&rec[0], &rec[1], &rec[2], &rec[3], &rec[4]);
        let found = if !id.is_empty() {
            ds.jurisdictions.iter().any(|j| j.id == id && j.state == state)
        } else {
            let want = name_key(name);
            ds.jurisdictions.iter().filter(|j| j.state == state && level_fits(level, j.level)).any(|j| {
                let names = std::iter::once(j.name).chain(j.aliases.iter().copied());
                names.map(name_key).any(|k| k == want || (level == "county" && k == format!("{want} county")))
            })
        };
        if !found {
            missing.push(format!("data/coverage.csv:{}: {name} ({state}, {level}, {sheet})", n + 2));
        }
    }
    assert!(missing.is_empty(), "{} named in the research but not in the dataset:\n{}", missing.len(), missing.join("\n"));
}

// ---- The query layer's invariants for any view of the real data. ----

/// The day the properties take as today (any day would do).
const TODAY: Date = Date { year: 2026, month: 12, day: 1 };

fn index() -> &'static Index {
    use std::sync::OnceLock;
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(data()))
}

/// Views built only from values the app can hold (what the URL parser accepts).
fn views() -> impl Strategy<Value = ViewState> {
    let ds = data();
    let mut states: Vec<&'static str> = ds.jurisdictions.iter().map(|j| j.state).filter(|s| *s != "US").collect();
    states.sort();
    states.dedup();
    let ids: Vec<&'static str> = ds.jurisdictions.iter().map(|j| j.id).collect();
    // Whole days the app offers (reports' last days) and days between policies' starts.
    let mut days: Vec<Date> = ds.reports.iter().filter_map(|r| r.period_end).filter(|d| d.day != 0).collect();
    days.extend(ds.policies.iter().filter_map(|p| p.start()).filter(|d| d.day != 0));
    days.sort();
    days.dedup();
    (
        (0..ds.reports.len(), proptest::string::string_regex(&format!("[a-zA-Z .,'áéñ&+%0-9-]{{0,{MAX_QUERY}}}")).expect("regex")),
        (proptest::option::of(proptest::sample::select(states)), proptest::option::of(proptest::sample::select(Category::ALL.to_vec()))),
        (proptest::option::of(0..ds.lists.len()), any::<bool>(), proptest::sample::select(Sort::ALL.to_vec())),
        (
            proptest::option::of(proptest::sample::select(ids)),
            any::<(bool, bool, bool, u8)>(),
            proptest::option::of(proptest::sample::select(days)),
        ),
    )
        .prop_map(
            |((report, query), (state, category), (list, has_figures, sort), (expanded, (transparent, compact, charts, other), as_of))| {
                ViewState {
                    report,
                    query,
                    state,
                    category,
                    list,
                    // From the other bits: none, or one of the 287(g) filter's choices.
                    agreement: [None, Some(0), Some(1), Some(2), Some(3), Some(4)][usize::from(other / 9 % 6)]
                        .map(|i| detainer_atlas::query::agreements::AgreementFilter::ALL[i]),
                    has_figures,
                    sort,
                    expanded,
                    as_of,
                    display: Display {
                        theme: [Theme::Auto, Theme::Light, Theme::Dark][usize::from(other % 3)],
                        transparent,
                        compact,
                        charts,
                        // From the other bits: what the map shades.
                        map: detainer_atlas::query::charts::map::Shading::ALL[usize::from(other / 54 % 3)],
                    },
                    lang: [None, Some(Lang::En), Some(Lang::Es)][usize::from(other / 3 % 3)],
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn filtering_never_adds_rows(view in views()) {
        let ds = data();
        let rows: BTreeSet<usize> = select(ds, index(), &view, TODAY).into_iter().collect();
        let unfiltered: BTreeSet<usize> = select(ds, index(), &view.cleared(), TODAY).into_iter().collect();
        prop_assert!(rows.is_subset(&unfiltered));
        prop_assert!(unfiltered.len() < ds.jurisdictions.len(), "the nation row is never listed");
    }

    /// The app selects rows again only when the view's selection changes: whatever is left out
    /// of it (the open row, display, language) never changes the rows or their order.
    #[test]
    fn the_views_selection_lists_the_same_rows_as_the_view(view in views()) {
        let ds = data();
        prop_assert_eq!(select(ds, index(), &view.selection(), TODAY), select(ds, index(), &view, TODAY));
        prop_assert_eq!(view.selection().selection(), view.selection());
    }

    #[test]
    fn every_sort_is_a_permutation_of_the_same_rows(view in views()) {
        let ds = data();
        let by = |sort| { let mut v = select(ds, index(), &ViewState { sort, ..view.clone() }, TODAY); let n = v.len(); v.sort(); v.dedup(); (n, v) };
        let (n, figure) = by(Sort::Figure);
        prop_assert_eq!(n, figure.len(), "no row twice");
        prop_assert_eq!(&by(Sort::Name).1, &figure);
        prop_assert_eq!(&by(Sort::Enacted).1, &figure);
    }

    /// Sorted by figure, figures descend and rows without one come last: over the whole list
    /// without a query, and within each group of equally relevant rows of one level while the
    /// reader types (the best matches come first whatever their figures).
    #[test]
    fn rows_without_a_figure_stay_last_and_figures_descend(view in views()) {
        let ds = data();
        let rows = select(ds, index(), &ViewState { sort: Sort::Figure, ..view.clone() }, TODAY);
        let q = words(&view.query);
        let group = |i: usize| {
            let relevance = if q.is_empty() { None } else { index().relevance(i, &q, false).or_else(|| index().relevance(i, &q, true)) };
            (relevance, if q.is_empty() { None } else { Some(ds.jurisdictions[i].level) })
        };
        for run in rows.chunk_by(|&a, &b| group(a) == group(b)) {
            let values: Vec<Option<u32>> = run.iter().map(|&i| headline(ds, i, view.report).and_then(|f| f.value)).collect();
            let first_missing = values.iter().position(Option::is_none).unwrap_or(values.len());
            prop_assert!(values[first_missing..].iter().all(Option::is_none), "{:?}: a row without a figure before one with", group(run[0]));
            prop_assert!(values[..first_missing].windows(2).all(|w| w[0] >= w[1]), "{:?}: figures out of order", group(run[0]));
        }
    }

    #[test]
    fn a_view_round_trips_through_its_url(view in views()) {
        let ds = data();
        let back = ViewState::from_query(ds, &format!("?{}", view.to_query(ds)));
        prop_assert_eq!(back, view);
    }

    #[test]
    fn any_query_string_gives_a_usable_view(s in any::<String>()) {
        let ds = data();
        let v = ViewState::from_query(ds, &s);
        prop_assert!(v.report < ds.reports.len());
        prop_assert!(v.query.chars().count() <= MAX_QUERY);
        prop_assert!(v.list.is_none_or(|l| l < ds.lists.len()));
        let _ = select(ds, index(), &v, TODAY);
    }
}
