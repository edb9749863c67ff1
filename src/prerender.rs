//! The initial view rendered to HTML at build time (by the same components the app runs) and
//! written into `index.html`, so the page shows its list before the WebAssembly arrives, and
//! without JavaScript at all. When the app starts it renders the same view in place of it: the
//! same markup, so nothing moves and nothing flashes. Leptos escapes every text and attribute:
//! data never becomes markup.
//!
//! Two pages are written. `index.html` lists the first page of rows, as the app does, so the
//! browser lays out a short page and the app starts at once; its link after them leads to
//! `list.html`, which lists every row with its details open, without any script, so readers
//! without JavaScript reach every figure, source and text.

use leptos::prelude::*;

use crate::components::app::App;
use crate::components::list::PAGE;
use crate::components::StaticPage;
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

/// The file [`full_list`] is written to, next to `index.html`.
pub const FULL_LIST: &str = "list.html";

/// The HTML of `ds`'s default view (English, no filters, charts closed) for `index.html`: the
/// first page of rows and a link to the full list.
pub fn static_page(ds: &'static crate::dataset::Dataset) -> String {
    render(ds, StaticPage { rows: PAGE, details: false, rest: Some(FULL_LIST) })
}

/// The same view with every row, each with its details open, for [`FULL_LIST`].
pub fn full_list(ds: &'static crate::dataset::Dataset) -> String {
    render(ds, StaticPage { rows: usize::MAX, details: true, rest: None })
}

fn render(ds: &'static crate::dataset::Dataset, page: StaticPage) -> String {
    // Already set by an earlier call in this process (tests): fine.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    // Untracked: a page rendered once has nothing to react to, and Leptos's debug builds would
    // otherwise warn on every read of a signal (thousands of lines in the build's output, in
    // which a data editor looks for the data's errors).
    owner.with(|| {
        untrack(|| {
            provide_context(page);
            view! { <App ds initial=ViewState::new(ds) browser=Lang::En/> }.to_html()
        })
    })
}

/// `list.html` made from the built `index.html` (`head`, with the app's markup `body` in place of
/// `marker`): no script, the no-JavaScript style sheet always on, and its own title.
pub fn full_list_file(index_html: &str, marker: &str, body: &str) -> Result<String, String> {
    let mut html = index_html.replacen(marker, body, 1);
    // Trunk's tags that start the app: preloads of its script and wasm, and the module script.
    for (open, close) in [("<script", "</script>"), ("<link rel=\"modulepreload\"", ">"), ("<link rel=\"preload\"", ">")] {
        while let Some(at) = html.find(open) {
            let end = html[at..].find(close).map(|e| at + e + close.len()).ok_or_else(|| format!("{open} without {close}"))?;
            html.replace_range(at..end, "");
        }
    }
    let nojs = "<noscript><link rel=\"stylesheet\" href=\"nojs.css\"></noscript>";
    if !html.contains(nojs) {
        return Err("the no-JavaScript style sheet link is missing".into());
    }
    html = html.replacen(nojs, "<link rel=\"stylesheet\" href=\"nojs.css\">", 1);
    let (Some(from), Some(to)) = (html.find("<title>"), html.find("</title>")) else {
        return Err("the page title is missing".into());
    };
    html.replace_range(from + "<title>".len()..to, "Detainer Atlas: every jurisdiction and group, with sources");
    Ok(html)
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

    #[test]
    fn index_holds_the_first_page_and_links_the_full_list_which_opens_every_row_without_script() {
        let mut rows = String::from("us,United States,US,nation,,,\nstate-tx,State of Texas,TX,state,,,");
        for k in 0..30 {
            rows.push_str(&format!("\nc{k},County {k:02},TX,county,,,"));
        }
        let ds = dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            ("jurisdictions.csv", rows.as_str()),
            ("policies.csv", "tx-1,state-tx,mandates_compliance,State law,SB 4,2017-09-01,,,,,,,,,Requires honouring detainers.,ES: Requires it.,Requires it.,ES: Requires it.,,,,,,s1"),
        ]);
        let first = static_page(ds);
        assert_eq!(first.matches("<li id=\"row-").count(), PAGE);
        assert!(first.contains("href=\"list.html\"") && first.contains("All 31 jurisdictions and groups on one page"));
        assert!(!first.contains("class=\"details\""), "rows closed, as in the app");
        assert!(first.contains("Texas law: "), "closed rows name their state's law on their line");

        let all = full_list(ds);
        assert_eq!(all.matches("<li id=\"row-").count(), 31);
        assert_eq!(all.matches("class=\"details\"").count(), 31, "every row open");
        assert!(!all.contains("href=\"list.html\""));
        // The counties link to the state's row instead of repeating its law.
        assert_eq!(all.matches("href=\"#row-state-tx\"").count(), 30);
        assert!(!all.contains("State law in Texas"), "told once, in the state's own row");
        assert!(all.contains("Requires honouring detainers."));

        let head = "<html><head><title>Old</title><noscript><link rel=\"stylesheet\" href=\"nojs.css\"></noscript>\
            <script type=\"module\" src=\"./start.js\"></script><link rel=\"modulepreload\" href=\"./a.js\"><link rel=\"preload\" href=\"./a.wasm\" as=\"fetch\">\
            </head><body><main id=\"app\">MARK</main></body></html>";
        let file = full_list_file(head, "MARK", "<ol>rows</ol>").expect("a page");
        assert!(!file.contains("<script") && !file.contains("preload") && !file.contains("<noscript"), "{file}");
        assert!(file.contains("<link rel=\"stylesheet\" href=\"nojs.css\">") && file.contains("<ol>rows</ol>"));
        assert!(file.contains("<title>Detainer Atlas: every jurisdiction and group, with sources</title>"));
        assert!(full_list_file("<title>x</title>", "MARK", "").is_err(), "a page without the style sheet link is refused");
    }
}
