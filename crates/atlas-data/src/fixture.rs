//! Small datasets for tests, written as CSV rows inside the test that uses them, and loaded by
//! the same loader as `data/`, so a fixture is checked like real data.
//!
//! Each file is given as its data rows only, in the column order of [`TABLES`] (required columns,
//! then optional ones; trailing empty cells may be left out); files not given have a header and
//! no rows.
//!
//! ```
//! let ds = atlas_data::fixture::dataset(&[
//!     ("sources.csv", "s1,A report,stored copy,ICE,2017-03-20,https://example.org/a,,primary"),
//!     ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,2017-01-28,2017-02-03,2017-03-20,declined,ice_weekly,yes,The first week.,s1"),
//!     ("jurisdictions.csv", "us,United States,US,nation,,,\ntravis,Travis County,TX,county,,,"),
//!     ("figures.csv", "f1,travis,w1,declined,142,,,,s1"),
//! ]);
//! assert_eq!(ds.figures[0].value, Some(142));
//! ```

use crate::load::{load, TABLES};
use crate::Dataset;

/// The CSV text of `file` with its header, from `rows` (data rows in [`TABLES`] column order),
/// each row padded with empty cells to the header's width. Rows wider than the header are kept
/// as they are, for the loader to refuse.
pub fn csv(file: &str, rows: &str) -> String {
    let columns: Vec<&str> =
        TABLES.iter().find(|t| t.file == file).map(|t| t.required.iter().chain(t.optional).copied().collect()).unwrap_or_default();
    let mut out = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let mut write = |record: Vec<String>| out.write_record(&record).is_ok();
    let mut ok = write(columns.iter().map(|c| c.to_string()).collect());
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(rows.trim_matches('\n').as_bytes());
    for record in rdr.records() {
        let mut cells: Vec<String> = match record {
            Ok(r) => r.iter().map(str::to_string).collect(),
            Err(e) => panic!("fixture {file}: {e}"),
        };
        if cells.len() < columns.len() {
            cells.resize(columns.len(), String::new());
        }
        ok &= write(cells);
    }
    assert!(ok, "fixture {file}: cannot write the CSV");
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Loads a dataset from `files` (file name, data rows). Panics with every `file:line: reason`
/// when the fixture is not valid data: a broken fixture is a broken test.
pub fn dataset(files: &[(&str, &str)]) -> &'static Dataset {
    for (name, _) in files {
        assert!(TABLES.iter().any(|t| t.file == *name), "fixture: no table is called {name}");
    }
    let result = load("fixture", |name| Ok(csv(name, files.iter().find(|(n, _)| *n == name).map_or("", |(_, rows)| rows)).into_bytes()));
    match result {
        Ok(ds) => Box::leak(Box::new(ds)),
        Err(errors) => {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("the fixture is not valid data:\n{}", lines.join("\n"))
        }
    }
}
