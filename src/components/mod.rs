//! Leptos components, one concern per file. They read the dataset and the pure query layer and
//! never parse data or touch the URL themselves (the [`app`] owns that).

pub mod about;
pub mod app;
pub mod controls;
pub mod details;
pub mod downloads;
pub mod embed_code;
pub mod glossary;
pub mod header;
pub mod language;
pub mod list;
pub mod pictures;
pub mod row;
pub mod sources;

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{Lang, Text};
use crate::query::select::Index;
use crate::query::view::ViewState;

/// What several components share: the reader's view and the search index.
#[derive(Clone)]
pub struct Shared {
    pub view: RwSignal<ViewState>,
    pub index: Arc<Index>,
    /// The jurisdictions listed for the current view, filtered and sorted.
    pub rows: Memo<Vec<usize>>,
    /// The interface language: the reader's choice, else the browser's.
    pub lang: Memo<Lang>,
    /// The selected report, apart from the rest of the view, so what shows a figure re-renders
    /// when the report changes and not on every keystroke.
    pub report: Memo<usize>,
}

/// The shared state provided by [`app::App`].
pub fn shared() -> Shared {
    use_context::<Shared>().expect("components run inside App, which provides Shared")
}

/// The interface language. Untracked: [`app::App`] renders the page anew when it changes.
pub fn lang() -> Lang {
    shared().lang.get_untracked()
}

/// The messages in the interface language.
pub fn text() -> &'static Text {
    lang().text()
}

/// The `lang` attribute for a dataset text written in English, when the interface is not.
pub fn data_lang() -> Option<&'static str> {
    crate::query::format::lang_attr(Lang::En, lang())
}

/// Puts keyboard focus on `el`, an HTML or an SVG element; false when there is none or it cannot
/// take focus.
pub fn focus(el: Option<web_sys::Element>) -> bool {
    use wasm_bindgen::JsCast;
    let Some(el) = el else { return false };
    match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(html) => html.focus().is_ok(),
        Err(el) => el.dyn_into::<web_sys::SvgElement>().is_ok_and(|svg| svg.focus().is_ok()),
    }
}

/// Focuses the first element inside the document (or `within`) that `selector` matches.
pub fn focus_first(within: Option<&web_sys::Element>, selector: &str) -> bool {
    let found = match within {
        Some(el) => el.query_selector(selector),
        None => document().query_selector(selector),
    };
    focus(found.ok().flatten())
}

/// Whether the `<details>` a `toggle` event comes from is now open.
pub fn details_opened(ev: &web_sys::Event) -> Option<bool> {
    use wasm_bindgen::JsCast;
    ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).map(|d| d.open())
}

/// Escape inside an open `<details>` closes it and puts focus on its summary, so a keyboard
/// reader leaves a long panel where they opened it. For `on:keydown` of a `<details>`.
pub fn close_details_on_escape(ev: web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if ev.key() != "Escape" {
        return;
    }
    let Some(details) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) else { return };
    if !details.open() {
        return;
    }
    ev.stop_propagation();
    details.set_open(false);
    focus_first(Some(&details), "summary");
}
