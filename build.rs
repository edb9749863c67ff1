//! Validates `data/*.csv` and bakes the dataset into `$OUT_DIR/dataset.rs`.
//! A data error fails the build with one `file:line: reason` line per problem.
//! `ATLAS_DATA_DIR` points the build at another data directory (tests, stress data).

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let (dir, label) = match std::env::var("ATLAS_DATA_DIR") {
        Ok(d) if !d.is_empty() => (root.join(&d), d),
        _ => (root.join("data"), "data".to_string()),
    };
    println!("cargo:rerun-if-env-changed=ATLAS_DATA_DIR");
    println!("cargo:rerun-if-changed={}", dir.display());
    for t in atlas_data::load::TABLES {
        println!("cargo:rerun-if-changed={}", dir.join(t.file).display());
    }
    // Tests that compare the baked data with its CSV files read the directory baked, not data/.
    println!("cargo:rustc-env=ATLAS_BAKED_DIR={}", dir.display());
    match atlas_data::load::load_dir(&dir, &label) {
        Ok(ds) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
            if let Err(e) = std::fs::write(&out, atlas_data::bake::bake(&ds)) {
                eprintln!("cannot write {}: {e}", out.display());
                std::process::exit(1);
            }
        }
        Err(errors) => {
            eprintln!("\nThe data in {label}/ has {} problem(s):", errors.len());
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!();
            std::process::exit(1);
        }
    }
}
