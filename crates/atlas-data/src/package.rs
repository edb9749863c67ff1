//! The open dataset: the data directory a build baked, published as it is (every table the
//! loader reads, byte for byte) with an index of every jurisdiction and a Frictionless Data
//! Package descriptor (`datapackage.json`) naming each table's fields, types and keys, the
//! licence and the sources. The build writes it into `dist/data/`; the test command validates
//! it with the `frictionless` validator.
//!
//! Everything here comes from [`TABLES`] (the tables' shapes) and from the loaded [`Dataset`]
//! (the jurisdictions and the sources): the descriptor cannot drift from what the app reads.

use std::path::Path;

use serde_json::{json, Value};

use crate::load::{TableSpec, ALL_JURISDICTIONS, TABLES};
use crate::Dataset;

/// The package's licence: the project's decision for the tables it compiled. The records it
/// draws on are public: ICE's FOIA release (NPR: "to the best of our knowledge, in the public
/// domain"), the Census Bureau's county list and ICE's 287(g) lists are works of the US
/// government; the texts and the matching are the project's own.
pub const LICENCE: (&str, &str, &str) =
    ("CC-BY-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/");

/// A date at the precision known, as the loader reads it (YYYY, YYYY-MM or YYYY-MM-DD).
const DATE_PATTERN: &str = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

/// What was published: `(file, data rows)` per table, in [`TABLES`] order, the index last.
pub type Published = Vec<(String, usize)>;

/// The package's name for a table: its path without `.csv`, `/` as `-`.
fn resource_name(file: &str) -> String {
    file.trim_end_matches(".csv").replace('/', "-")
}

/// The descriptor of one column.
fn field(spec: &TableSpec, column: &str) -> Value {
    if spec.counts.contains(&column) {
        return json!({ "name": column, "type": "integer", "constraints": { "minimum": 0 } });
    }
    if spec.dates.contains(&column) {
        return json!({
            "name": column, "type": "string", "constraints": { "pattern": DATE_PATTERN },
            "description": "ISO 8601 date at the precision known: 2017, 2017-03 or 2017-03-20",
        });
    }
    if column.ends_with("_ids") {
        return json!({ "name": column, "type": "string", "description": "ids separated by ;" });
    }
    json!({ "name": column, "type": "string" })
}

/// The descriptor of one table whose header is `header` (its columns in the file's order).
fn resource(spec: &TableSpec, header: &[String], rows: usize) -> Value {
    let fields: Vec<Value> = header.iter().map(|c| field(spec, c)).collect();
    let mut schema = json!({ "fields": fields, "missingValues": [""] });
    if !spec.key.is_empty() {
        schema["primaryKey"] = json!(spec.key);
    }
    let foreign: Vec<Value> = spec
        .refs
        .iter()
        .filter(|(column, _, _)| header.iter().any(|h| h == column))
        .map(|(column, table, to)| {
            // A reference within the table names no resource.
            let target = if *table == spec.file { String::new() } else { resource_name(table) };
            json!({ "fields": column, "reference": { "resource": target, "fields": to } })
        })
        .collect();
    if !foreign.is_empty() {
        schema["foreignKeys"] = json!(foreign);
    }
    json!({
        "name": resource_name(spec.file),
        "path": spec.file,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": format!("{} {rows} rows.", spec.about),
        "schema": schema,
    })
}

/// The index of every jurisdiction the app lists, with the columns a join needs.
const INDEX_COLUMNS: [&str; 7] = ["id", "name", "state", "level", "parent_id", "fips", "former_ids"];

fn index_csv(ds: &Dataset) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| format!("{ALL_JURISDICTIONS}: {e}");
    w.write_record(INDEX_COLUMNS).map_err(fail)?;
    for j in ds.jurisdictions {
        let parent = j.parent.and_then(|p| ds.jurisdictions.get(usize::from(p))).map_or("", |p| p.id);
        w.write_record([j.id, j.name, j.state, j.level.code(), parent, j.fips, &j.former_ids.join(";")]).map_err(fail)?;
    }
    let bytes = w.into_inner().map_err(|e| format!("{ALL_JURISDICTIONS}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("{ALL_JURISDICTIONS}: {e}"))
}

/// The index of jurisdictions as a table of the package.
const INDEX: TableSpec = TableSpec {
    file: ALL_JURISDICTIONS,
    required: &[],
    optional: &[],
    non_empty: true,
    absent_ok: false,
    about: "Every jurisdiction the app lists, whichever file defines it: the table every jurisdiction_id refers to.",
    key: &["id"],
    counts: &[],
    dates: &[],
    refs: &[("parent_id", ALL_JURISDICTIONS, "id")],
};

fn index_resource(ds: &Dataset) -> Value {
    let header: Vec<String> = INDEX_COLUMNS.iter().map(|c| c.to_string()).collect();
    resource(&INDEX, &header, ds.jurisdictions.len())
}

/// The `datapackage.json` of `tables` (`(spec, header, rows)` of each table published).
pub fn descriptor(ds: &Dataset, tables: &[(&TableSpec, Vec<String>, usize)]) -> Value {
    let mut resources: Vec<Value> = tables.iter().map(|(spec, header, rows)| resource(spec, header, *rows)).collect();
    resources.push(index_resource(ds));
    let sources: Vec<Value> = ds
        .sources
        .iter()
        .map(|s| {
            let title = if s.headline.is_empty() { s.publisher } else { s.headline };
            json!({ "title": title, "path": s.url })
        })
        .collect();
    json!({
        "name": "detainer-atlas",
        "title": "Detainer Atlas: ICE detainer policies and figures of US jurisdictions, with sources",
        "description": "The tables Detainer Atlas is built from. Every figure, policy, event, listing and dispute names the rows of sources.csv it comes from (source_ids). An empty value is a figure the source did not report, never 0; issued and declined detainers are separate measures. data/README.md in the project's repository explains every column.",
        "profile": "tabular-data-package",
        "licenses": [{ "name": LICENCE.0, "title": LICENCE.1, "path": LICENCE.2 }],
        "sources": sources,
        "resources": resources,
    })
}

/// The header and the number of data rows of a CSV file's text, read once.
fn shape(file: &str, text: &str) -> Result<(Vec<String>, usize), String> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().map_err(|e| format!("{file}: {e}"))?.iter().map(str::to_string).collect();
    Ok((header, r.records().count()))
}

/// Copies every table of `data_dir` (the directory `ds` was loaded from) into `out`, writes the
/// index of jurisdictions, `datapackage.json` and a page saying what they are there (`icon`: the
/// site's icon, from the folder), and returns what it wrote.
pub fn publish(ds: &Dataset, data_dir: &Path, out: &Path, icon: &str) -> Result<Published, String> {
    let mut tables = Vec::new();
    for spec in TABLES {
        let from = data_dir.join(spec.file);
        if spec.absent_ok && !from.exists() {
            continue;
        }
        let text = std::fs::read_to_string(&from).map_err(|e| format!("{}: {e}", from.display()))?;
        let to = out.join(spec.file);
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&to, &text).map_err(|e| format!("{}: {e}", to.display()))?;
        let (header, rows) = shape(spec.file, &text)?;
        tables.push((spec, header, rows));
    }
    let index = out.join(ALL_JURISDICTIONS);
    std::fs::write(&index, index_csv(ds)?).map_err(|e| format!("{}: {e}", index.display()))?;
    let json = serde_json::to_string_pretty(&descriptor(ds, &tables)).map_err(|e| format!("datapackage.json: {e}"))?;
    let path = out.join("datapackage.json");
    std::fs::write(&path, json + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
    let page = out.join("index.html");
    std::fs::write(&page, index_page(&tables, ds, icon)).map_err(|e| format!("{}: {e}", page.display()))?;
    let index_rows = (INDEX.file, ds.jurisdictions.len());
    Ok(tables.iter().map(|(spec, _, rows)| (spec.file, *rows)).chain([index_rows]).map(|(f, n)| (f.to_string(), n)).collect())
}

/// Text made safe as HTML text or inside a double-quoted attribute.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `data/index.html`: what the folder holds, for a reader who follows "Download all figures".
fn index_page(tables: &[(&TableSpec, Vec<String>, usize)], ds: &Dataset, icon: &str) -> String {
    let mut rows: Vec<(String, &str, usize)> = tables.iter().map(|(spec, _, n)| (spec.file.to_string(), spec.about, *n)).collect();
    rows.push((INDEX.file.to_string(), INDEX.about, ds.jurisdictions.len()));
    let items: String = rows
        .iter()
        .map(|(file, about, n)| format!("<li><a href=\"{}\">{}</a> ({n} rows): {}</li>\n", escape(file), escape(file), escape(about)))
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>Detainer Atlas: the open dataset</title>\n<link rel=\"icon\" href=\"{}\">\n</head>\n<body>\n<main>\n<h1>Detainer Atlas: the open dataset</h1>\n<p>Every table the app is built from, as CSV (UTF-8, comma-separated, a header row). Every figure, policy, event, listing and dispute names the rows of <a href=\"sources.csv\">sources.csv</a> it comes from in its <code>source_ids</code> column. An empty figure is one the source did not report, never 0. Detainers issued and detainers declined are separate measures.</p>\n<p><a href=\"datapackage.json\">datapackage.json</a> describes every table (its columns, their types, its keys and the tables it refers to) as a Frictionless Data Package, which tools such as <code>frictionless</code> read. Licence: <a href=\"{}\">{}</a>.</p>\n<ul>\n{items}</ul>\n<p><a href=\"../\">Back to Detainer Atlas</a></p>\n</main>\n</body>\n</html>\n",
        escape(icon),
        LICENCE.2,
        LICENCE.1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_the_tables_name_for_keys_types_and_references_is_one_of_their_columns() {
        let files: Vec<&str> = TABLES.iter().map(|t| t.file).chain([ALL_JURISDICTIONS]).collect();
        for t in TABLES {
            let has = |c: &&str| t.required.contains(c) || t.optional.contains(c);
            for c in t.key.iter().chain(t.counts).chain(t.dates).chain(t.refs.iter().map(|(c, _, _)| c)) {
                assert!(has(c), "{}: {c} is not a column", t.file);
            }
            for (_, to, _) in t.refs {
                assert!(files.contains(to), "{}: refers to {to}, which is not a table", t.file);
            }
            assert!(t.about.ends_with('.'), "{}: about is a sentence", t.file);
        }
    }

    #[test]
    fn the_descriptor_types_counts_and_dates_and_points_jurisdiction_ids_at_the_index() {
        let ds = crate::fixture::dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            ("jurisdictions.csv", "us,United States,US,nation,,,\nboulder,Boulder County,CO,county,,us,"),
        ]);
        let figures = TABLES.iter().find(|t| t.file == "figures.csv").expect("figures.csv");
        let header: Vec<String> = figures.required.iter().map(|c| c.to_string()).collect();
        let d = descriptor(ds, &[(figures, header, 0)]);
        assert_eq!(d["licenses"][0]["name"], "CC-BY-4.0");
        assert_eq!(d["sources"][0]["path"], "https://example.org/1");
        let r = &d["resources"][0];
        assert_eq!(r["name"], "figures");
        assert_eq!(r["schema"]["primaryKey"], json!(["id"]));
        let value = r["schema"]["fields"].as_array().and_then(|f| f.iter().find(|f| f["name"] == "value")).expect("value");
        assert_eq!(value["type"], "integer");
        let keys = r["schema"]["foreignKeys"].as_array().expect("foreign keys");
        assert!(keys.contains(&json!({ "fields": "jurisdiction_id", "reference": { "resource": "all-jurisdictions", "fields": "id" } })));
        assert_eq!(d["resources"][1]["name"], "all-jurisdictions");
        let index = index_csv(ds).expect("index");
        assert!(index.starts_with("id,name,state,level,parent_id,fips,former_ids\n"), "{index}");
        assert!(index.contains("boulder,Boulder County,CO,county,us,,"), "{index}");
    }
}
