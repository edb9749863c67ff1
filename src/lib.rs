//! Detainer Atlas: a sourced explorer of US jurisdictions' ICE detainer policies and counts.
//!
//! Data flows one way: `data/*.csv` → (build.rs: validate, bake) → [`dataset`] → [`query`]
//! (pure) → [`components`] → DOM. The URL feeds the view state in [`query::view`].

pub mod components;
pub mod dataset;
pub mod embed;
pub mod prerender;
pub mod query;
