//! The embedded dataset (baked at build time from `data/*.csv` by `build.rs`) and lookups on it.

pub use atlas_data::*;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset compiled into this build.
pub fn data() -> &'static Dataset {
    &DATASET
}
