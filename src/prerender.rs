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

/// The HTML of `ds`'s default view (English, no filters, charts closed).
pub fn static_page(ds: &'static crate::dataset::Dataset) -> String {
    // Already set by an earlier call in this process (tests): fine.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    owner.with(|| view! { <App ds initial=ViewState::new(ds) browser=Lang::En/> }.to_html())
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    #[test]
    fn the_static_page_lists_every_row_with_its_figure_in_order_and_no_script() {
        let ds = dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,\nboulder,Boulder County,CO,county,,,\ntravis,Travis County,TX,county,,,\nmadera,Madera County,CA,county,,,\nx,<script>alert(1)</script>,CA,county,,,",
            ),
            ("figures.csv", "b,boulder,w1,declined,3,,,,s1\n\
                t,travis,w1,declined,142,,,,s1\n\
                m,madera,w1,declined,,,,,s1"),
        ]);
        let html = static_page(ds);
        assert_eq!(html.matches("<li id=\"row-").count(), 4, "every row but the nation's");
        let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} missing"));
        assert!(at("Travis County") < at("Boulder County") && at("Boulder County") < at("Madera County"), "by figure, high first");
        assert!(html.contains(">142<") && html.contains("detainers declined"));
        assert!(html.contains("not reported"), "named-without-number rows say so");
        assert!(html.contains("id=\"search\""), "the same header and controls as the app");
        assert!(!html.contains("<script"), "data is text, never markup");
        assert!(html.contains("&lt;script&gt;"));
    }
}
