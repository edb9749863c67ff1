//! Pure query logic: which figure stands for a jurisdiction, search, filters, sorts, the view
//! state and its URL form, keyboard movement, and the pictures' layout. No DOM and no Leptos
//! here; everything is tested natively with `cargo test`, on small fixture datasets.

pub mod agreements;
pub mod charts;
pub mod context;
pub mod csv;
pub mod figures;
pub mod format;
pub mod nav;
pub mod records;
pub mod select;
pub mod sources;
pub mod text;
pub mod view;
