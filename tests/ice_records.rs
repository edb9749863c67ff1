//! The tables derived from ICE's detainer records 2007–2015 (`data/ice-records/`; `derived_tables.rs`
//! re-runs the script that writes them): facilities whose names recur across states land in
//! their own state, and every facility is matched with its reason or left unmatched.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn table(name: &str) -> Vec<HashMap<String, String>> {
    let path = root().join("data/ice-records").join(name);
    let mut rdr = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers: Vec<String> = rdr.headers().expect("a header").iter().map(str::to_string).collect();
    rdr.records().map(|r| headers.iter().cloned().zip(r.expect("a row").iter().map(str::to_string)).collect()).collect()
}

#[test]
fn facilities_with_names_shared_across_states_land_in_their_own_state() {
    let facilities = table("facilities.csv");
    let state_of = |jid: &str| jid.rsplit('-').next().map(str::to_uppercase).unwrap_or_default();
    let mut washington = 0;
    for f in &facilities {
        let (name, jid) = (&f["name"], &f["jurisdiction_id"]);
        if f["match"] == "county" {
            assert_eq!(state_of(jid), f["state"], "{name} in {} is matched to {jid}", f["city"]);
        }
        if name == "WASHINGTON COUNTY JAIL" && f["match"] == "county" {
            assert_eq!(jid, &format!("washington-county-{}", f["state"].to_lowercase()), "{name}, {}", f["state"]);
            washington += 1;
        }
        // ICE wrote King County, Texas's sheriff with the city of Guthrie: it is not King County, WA.
        if name == "KING COUNTY SHERIFF" && f["city"] == "GUTHRIE" {
            assert_eq!(jid, "king-county-tx");
        }
    }
    assert!(washington >= 2, "Washington County jails of several states are in the records");
}

#[test]
fn spelling_variants_of_one_jail_are_one_facility_and_each_spelling_is_in_one_facility() {
    let facilities = table("facilities.csv");
    let mut spellings = std::collections::HashSet::new();
    for f in &facilities {
        for n in std::iter::once(f["name"].as_str()).chain(f["variants"].split(';').filter(|v| !v.is_empty())) {
            assert!(spellings.insert((n.to_string(), f["city"].clone(), f["state"].clone())), "{n} in {} twice", f["city"]);
        }
    }
    // The README's example: two spellings of Santa Clara County's main jail in San Jose.
    let main = facilities.iter().find(|f| f["name"] == "SANTA CLARA CO MAIN JAIL/").expect("the main jail");
    assert!(main["variants"].split(';').any(|v| v == "SANTA CLARA COUNTY JAIL"), "{:?}", main["variants"]);
    assert_eq!(main["jurisdiction_id"], "santa-clara-county-ca");
}

#[test]
fn every_facility_is_matched_with_its_reason_or_left_unmatched_and_ids_are_unique() {
    let facilities = table("facilities.csv");
    let mut seen = std::collections::HashSet::new();
    for f in &facilities {
        assert!(seen.insert(f["id"].clone()), "facility id {} twice", f["id"]);
        match f["match"].as_str() {
            "unmatched" => assert!(f["jurisdiction_id"].is_empty(), "{}", f["id"]),
            "county" | "by_hand" => assert!(!f["jurisdiction_id"].is_empty() && !f["match_note"].is_empty(), "{}", f["id"]),
            other => panic!("{}: unknown match '{other}'", f["id"]),
        }
    }
    for t in ["declines-by-year.csv", "fy2015-outcomes.csv"] {
        for r in table(t) {
            assert!(seen.contains(&r["facility_id"]), "{t}: unknown facility {}", r["facility_id"]);
        }
    }
    // Issued and its outcomes: every FY2015 detainer has exactly one outcome.
    for r in table("fy2015-outcomes.csv") {
        let n = |c: &str| r[c].parse::<u32>().expect("a count");
        assert_eq!(n("issued"), n("declined") + n("booked") + n("other_ended") + n("no_outcome"), "{}", r["facility_id"]);
    }
}
