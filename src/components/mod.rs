//! Leptos components, one concern per file. They read the dataset and the pure query layer and
//! never parse data or touch the URL themselves (the [`app`] owns that).

pub mod app;
pub mod controls;
pub mod details;
pub mod downloads;
pub mod embed_code;
pub mod glossary;
pub mod header;
pub mod list;
pub mod pictures;
pub mod row;
pub mod sources;

use std::sync::Arc;

use leptos::prelude::*;

use crate::query::select::Index;
use crate::query::view::ViewState;

/// What several components share: the reader's view and the search index.
#[derive(Clone)]
pub struct Shared {
    pub view: RwSignal<ViewState>,
    pub index: Arc<Index>,
    /// The jurisdictions listed for the current view, filtered and sorted.
    pub rows: Memo<Vec<usize>>,
}

/// The shared state provided by [`app::App`].
pub fn shared() -> Shared {
    use_context::<Shared>().expect("components run inside App, which provides Shared")
}
