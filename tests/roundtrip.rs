//! Round trip: every row of every CSV file in `data/` is in the dataset embedded in the app (the
//! baked statics the wasm carries), in the same order, with the same values. Nothing is dropped,
//! truncated or changed between the editor's file and the reader's screen.
//! (Editor-only columns, `found_in` and `title_from` in sources.csv, are not embedded.)
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use detainer_atlas::dataset::{data, Date, Status};

type Row = HashMap<String, String>;

fn read(file: &str) -> Vec<Row> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(file);
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
    if s == Status::Reported { String::new() } else { s.code().to_string() }
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
    check("sources.csv", &read("sources.csv"), ds.sources.iter().map(|s| vec![
        ("id", s.id.into()), ("title", s.title.into()), ("publisher", s.publisher.into()), ("date", date(s.date)), ("url", s.url.into()),
    ]).collect());
    check("reports.csv", &read("reports.csv"), ds.reports.iter().map(|r| vec![
        ("id", r.id.into()), ("title", r.title.into()), ("short_title", r.short_title.into()), ("publisher", r.publisher.into()),
        ("period_start", date(r.period_start)), ("period_end", date(r.period_end)), ("published", date(r.published)),
        ("primary_measure", r.primary_measure.code().into()), ("description", r.description.into()), ("source_ids", ids(r.sources)),
    ]).collect());
    check("jurisdictions.csv", &read("jurisdictions.csv"), ds.jurisdictions.iter().map(|j| vec![
        ("id", j.id.into()), ("name", j.name.into()), ("state", j.state.into()), ("level", j.level.code().into()),
        ("aliases", j.aliases.join(";")), ("parent", j.parent.map(jurisdiction).unwrap_or_default()), ("note", j.note.into()),
    ]).collect());
    check("policies.csv", &read("policies.csv"), ds.policies.iter().map(|p| vec![
        ("jurisdiction_id", jurisdiction(p.jurisdiction)), ("category", p.category.code().into()), ("instrument", p.instrument.into()),
        ("identifier", p.identifier.into()), ("enacted", date(p.enacted)), ("ended", date(p.ended)), ("summary", p.summary.into()),
        ("description", p.description.into()), ("criteria", p.criteria.into()), ("jail_access", p.jail_access.into()),
        ("release_notification", p.release_notification.into()), ("summary_es", p.summary_es.into()),
        ("description_es", p.description_es.into()), ("status", status(p.status)), ("source_ids", ids(p.sources)),
    ]).collect());
    check("events.csv", &read("events.csv"), ds.events.iter().map(|e| vec![
        ("jurisdiction_id", jurisdiction(e.jurisdiction)), ("date", e.date.iso()), ("kind", e.kind.code().into()), ("text", e.text.into()),
        ("status", status(e.status)), ("source_ids", ids(e.sources)),
    ]).collect());
    let figures = read("figures.csv");
    check("figures.csv", &figures, ds.figures.iter().map(|f| vec![
        ("id", f.id.into()), ("jurisdiction_id", jurisdiction(f.jurisdiction)), ("report_id", ds.reports[usize::from(f.report)].id.into()),
        ("measure", f.measure.code().into()), ("value", f.value.map(|v| v.to_string()).unwrap_or_default()), ("period", f.period.into()),
        ("status", status(f.status)), ("source_ids", ids(f.sources)), ("note", f.note.into()),
    ]).collect());
    // Qualifiers: an empty cell is "exact".
    for (row, f) in figures.iter().zip(ds.figures) {
        let q = cell(row, "qualifier");
        assert_eq!(if q.is_empty() { "exact" } else { q.as_str() }, f.qualifier.code(), "figure {}", f.id);
    }
    check("lists.csv", &read("lists.csv"), ds.lists.iter().map(|l| vec![
        ("id", l.id.into()), ("title", l.title.into()), ("publisher", l.publisher.into()), ("date", date(l.date)),
        ("description", l.description.into()), ("source_ids", ids(l.sources)),
    ]).collect());
    check("listings.csv", &read("listings.csv"), ds.listings.iter().map(|l| vec![
        ("list_id", ds.lists[usize::from(l.list)].id.into()), ("jurisdiction_id", jurisdiction(l.jurisdiction)), ("label", l.label.into()),
        ("removed", date(l.removed)), ("status", status(l.status)), ("source_ids", ids(l.sources)), ("note", l.note.into()),
    ]).collect());
    check("disputes.csv", &read("disputes.csv"), ds.disputes.iter().map(|d| vec![
        ("jurisdiction_id", jurisdiction(d.jurisdiction)), ("report_id", d.report.map(|r| ds.reports[usize::from(r)].id.to_string()).unwrap_or_default()),
        ("kind", d.kind.code().into()), ("by", d.by.into()), ("date", date(d.date)), ("text", d.text.into()), ("source_ids", ids(d.sources)),
    ]).collect());
}
