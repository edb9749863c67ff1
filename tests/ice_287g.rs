//! ICE's 287(g) lists of 2025 (`data/ice-287g/`, written by `data/tools/ice_287g.py`): the
//! script reproduces the tables exactly when `../shared` is present, and an agency lands in its
//! own state's jurisdiction.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_committed_tables_are_what_the_script_writes_from_the_shared_lists() {
    let shared = root().join("../shared/data");
    if !shared.join("ice-287g-2025").is_dir() {
        eprintln!("../shared/data/ice-287g-2025 is not here: nothing to reproduce");
        return;
    }
    let out =
        Command::new("python3").arg(root().join("data/tools/ice_287g.py")).arg("--check").arg(&shared).output().expect("python3 runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
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
