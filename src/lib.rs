//! Detainer Atlas: a sourced explorer of US jurisdictions' ICE detainer policies and counts.
//!
//! Data flows one way: `data/*.csv` → (build.rs: validate, bake) → [`dataset`] → [`query`]
//! (pure) → [`components`] → DOM. The URL feeds the view state in [`query::view`]; every word
//! of the interface comes from [`i18n`], in English or Spanish.

// The header's view type nests deeply (Leptos views are typed), beyond rustc's default limit of
// 128 where the build-time rendering erases it into one type ([`components::Later`]).
#![recursion_limit = "256"]

pub mod components;
pub mod dataset;
pub mod embed;
pub mod i18n;
pub mod prerender;
pub mod query;
