//! ICE's 287(g) lists of 2025 (`data/ice-287g/`, written by `data/tools/ice_287g.py`): an
//! agency lands in its own state's jurisdiction (`derived_tables.rs` re-runs the script).
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn each_agreement_is_matched_in_its_state_or_left_unmatched_with_its_reason() {
    let path = root().join("data/ice-287g/agreements.csv");
    let mut rdr = csv::Reader::from_path(&path).expect("the table");
    let headers = rdr.headers().expect("a header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (state, jid, m, note, signed, written) =
        (col("state"), col("jurisdiction_id"), col("match"), col("match_note"), col("signed"), col("signed_as_written"));
    for r in rdr.records() {
        let r = r.expect("a row");
        assert!(!r[note].is_empty(), "every match says how it was made: {r:?}");
        if &r[m] == "unmatched" {
            assert!(r[jid].is_empty(), "{r:?}");
        } else {
            assert!(r[jid].ends_with(&format!("-{}", r[state].to_lowercase())), "an agency of {} matched to {}", &r[state], &r[jid]);
        }
        // A date is kept only where ICE's cell reads one way; otherwise it stays as written.
        if !r[signed].is_empty() {
            assert!(r[written].contains(&r[signed][..4]) || r[written].contains('/'), "{r:?}");
        }
    }
}
