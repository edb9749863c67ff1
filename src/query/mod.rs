//! Pure query logic: search normalisation, filters, sorts, view state and its URL form.
//! No DOM and no Leptos here; everything is tested natively with `cargo test`.

pub mod charts;
pub mod context;
pub mod csv;
pub mod format;
pub mod select;
pub mod text;
pub mod view;
