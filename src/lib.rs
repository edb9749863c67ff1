//! Detainer Atlas: a sourced explorer of US jurisdictions' ICE detainer policies and counts.
//!
//! Data flows one way: `data/*.csv` → (build.rs: validate, bake) → [`dataset`] → [`query`]
//! (pure) → [`components`] → DOM. The URL feeds the view state in [`query::view`]; every word
//! of the interface comes from [`i18n`], in English or Spanish.

pub mod components;
pub mod dataset;
pub mod embed;
pub mod i18n;
pub mod prerender;
pub mod query;
