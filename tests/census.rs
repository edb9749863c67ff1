//! The Census county list (`data/census/counties.csv`, written by `data/tools/census_counties.py`
//! from `../shared/data/us-counties/`; `derived_tables.rs` re-runs it): one row per county of
//! the 50 states, DC and Puerto Rico, each in its own state.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rows(path: PathBuf) -> Vec<HashMap<String, String>> {
    let mut rdr = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers: Vec<String> = rdr.headers().expect("a header").iter().map(str::to_string).collect();
    rdr.records().map(|r| headers.iter().cloned().zip(r.expect("a row").iter().map(str::to_string)).collect()).collect()
}

#[test]
fn one_row_per_county_each_in_its_own_state_and_shared_names_apart() {
    let list = rows(root().join("data/census/counties.csv"));
    let mut ids = HashSet::new();
    let mut washington = HashSet::new();
    for c in &list {
        let id = if c["merged_into"].is_empty() { &c["id"] } else { &c["merged_into"] };
        assert!(ids.insert(id.clone()), "{id} stands for two counties");
        assert!(!["AS", "GU", "MP", "VI"].contains(&c["state"].as_str()), "island areas are left out");
        if c["name"] == "Washington County" {
            assert!(id.ends_with(&format!("-{}", c["state"].to_lowercase())), "{id} in {}", c["state"]);
            washington.insert(c["state"].clone());
        }
    }
    assert!(washington.len() > 20, "Washington County is a county of many states, each its own row");
    // The 50 states and DC have 3,143 counties and equivalents in 2020 (Connecticut's eight),
    // Puerto Rico 78 municipios; the list may keep a few reorganised Alaska areas.
    let pr = list.iter().filter(|c| c["state"] == "PR").count();
    assert_eq!(pr, 78);
    assert!((3143..3160).contains(&(list.len() - pr)), "{}", list.len() - pr);
    // Autauga, the reader's first test: a row of its own.
    assert!(list.iter().any(|c| c["name"] == "Autauga County" && c["state"] == "AL"));
}
