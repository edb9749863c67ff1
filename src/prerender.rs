//! The initial view rendered to HTML at build time (by the same components the app runs) and
//! written into `index.html`, so the page shows its list before the WebAssembly arrives, and
//! without JavaScript at all. When the app starts it renders the same view in place of it: the
//! same markup, so nothing moves and nothing flashes. Leptos escapes every text and attribute:
//! data never becomes markup.
//!
//! The build-time page lists every row (the app renders pages of rows), so readers without
//! JavaScript get the whole list.

use leptos::prelude::*;

use crate::components::app::App;
use crate::i18n::Lang;
use crate::query::view::ViewState;

/// Effects do not run at build time: they write the URL and attributes of a live page, which
/// exists only in a browser. Futures spawned while rendering are dropped.
#[cfg(not(target_arch = "wasm32"))]
struct NoEffects;

#[cfg(not(target_arch = "wasm32"))]
impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The HTML of the default view (English, no filters, charts closed).
pub fn static_page() -> String {
    // Already set by an earlier call in this process (tests): fine.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    owner.with(|| view! { <App initial=ViewState::default() browser=Lang::En/> }.to_html())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::data;
    use crate::query::select::{select, Index};

    #[test]
    fn the_static_page_lists_every_row_with_figures_in_order() {
        let html = static_page();
        let rows = html.matches("<li id=\"row-").count();
        let ds = data();
        assert_eq!(rows, select(ds, &Index::new(ds), &ViewState::default()).len());
        let travis = html.find("Travis County").expect("Travis is listed");
        let boulder = html.find("Boulder County").expect("Boulder is listed");
        assert!(travis < boulder, "sorted by figure, high first");
        assert!(html.contains("detainers declined"));
        assert!(html.contains("not reported"), "named-without-number rows say so");
        assert!(html.contains("id=\"search\""), "the same header and controls as the app");
        assert!(!html.contains("<script"));
    }
}
