//! The tables `data/tools/` derives from `../shared/data/` are exactly what their scripts write,
//! whenever `../shared` is here: each script runs with `--check` and fails on any difference.
//! (What each table must hold is tested in `ice_records.rs`, `census.rs` and `ice_287g.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

#[test]
fn the_committed_tables_are_what_the_scripts_write_from_the_shared_files() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/data");
    // In the order they run: each later script reads the rows the earlier ones add.
    for (script, input) in
        [("census_counties.py", "us-counties"), ("ice_records.py", "ice-detainers-2007-2015"), ("ice_287g.py", "ice-287g-2025")]
    {
        if !shared.join(input).is_dir() {
            eprintln!("../shared/data/{input} is not here: {script} has nothing to reproduce");
            continue;
        }
        let out =
            Command::new("python3").arg(root.join("data/tools").join(script)).arg("--check").arg(&shared).output().expect("python3 runs");
        assert!(out.status.success(), "{script}: {}", String::from_utf8_lossy(&out.stderr));
    }
}
