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
use crate::query::format::escape_html;
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
    once(|| {
        provide_context(page);
        view! { <App ds initial=ViewState::new(ds) browser=Lang::En/> }.to_html()
    })
}

/// Renders `f` once, as the build does: effects never run, and nothing is tracked.
fn once(f: impl FnOnce() -> String) -> String {
    // Already set by an earlier call in this process (tests): fine.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    let owner = Owner::new();
    // Untracked: a page rendered once has nothing to react to, and Leptos's debug builds would
    // otherwise warn on every read of a signal (thousands of lines in the build's output, in
    // which a data editor looks for the data's errors).
    owner.with(|| untrack(f))
}

/// The HTML of the page of jurisdiction `index` (`j/<id>/`): its record open, as the app shows
/// it there.
pub fn place_page(ds: &'static crate::dataset::Dataset, index: usize) -> String {
    let Some(j) = ds.jurisdictions.get(index) else { return String::new() };
    once(|| {
        // Rendered as the browser renders it: a place's page has no list to cut short.
        let initial = ViewState { expanded: Some(j.id), ..ViewState::new(ds) };
        view! { <App ds initial browser=Lang::En place=Some(index)/> }.to_html()
    })
}

/// The HTML of the card of jurisdiction `index` in `lang`, with the policies of `today`.
pub fn card(ds: &'static crate::dataset::Dataset, index: usize, lang: Lang, today: crate::dataset::Date) -> String {
    once(|| {
        let view = RwSignal::new(ViewState { lang: Some(lang), ..ViewState::new(ds) });
        provide_context(crate::components::Shared::new(ds, view, Memo::new(|_| Vec::new()), lang, today));
        view! { <crate::components::place::Card index/> }.to_html()
    })
}

/// A place page's `<title>` and description: its name, and its policy and latest figure in words.
pub fn place_meta(ds: &crate::dataset::Dataset, index: usize, today: crate::dataset::Date) -> Option<(String, String)> {
    let j = ds.jurisdictions.get(index)?;
    let t = Lang::En.text();
    let title = (t.place_title)(&crate::components::place::place_name(j));
    use crate::query::context::{ended_by_name, row_policy, standing, state_law_in_force, Standing};
    let policy = match row_policy(ds, index, today) {
        Some(p) => match standing(p, today) {
            Standing::Ended(e) => {
                format!("{}: {}", (t.ended_row)(e.reason, e.date.year, ended_by_name(ds, p).as_deref(), e.on_or_before), p.summary)
            }
            _ => format!("{}: {}", t.category(p.category), p.summary),
        },
        None => match state_law_in_force(ds, index, today) {
            Some(p) => format!(
                "{}. {} {}: {}",
                t.no_policy,
                crate::dataset::states::state_name(j.state).unwrap_or(j.state),
                t.category(p.category),
                p.summary
            ),
            None => format!("{}.", t.no_policy),
        },
    };
    let figure = crate::query::figures::latest(ds, index).and_then(|f| {
        let r = ds.reports.get(usize::from(f.report))?;
        let fig = format!("{} {}", crate::query::format::figure_value(f, Lang::En), t.measure(f.measure));
        Some(format!(" {}.", (t.latest_figure)(&fig, r.short_title)))
    });
    Some((title, format!("{policy}{}", figure.unwrap_or_default())))
}

/// A place's page made from the built `index.html` (`head`, with `body` in place of `marker`):
/// its own title and description, its assets reached from two folders down, and the
/// jurisdiction named on the app's element for the app to open.
pub fn place_file(index_html: &str, marker: &str, body: &str, id: &str, title: &str, description: &str) -> Result<String, String> {
    let head_end = index_html.find("</head>").ok_or("the page has no </head>")?;
    let (head, rest) = index_html.split_at(head_end);
    let mut head = up_two(head);
    set_title(&mut head, &escape_html(title))?;
    let at = head.find("<meta name=\"description\" content=\"").ok_or("the page description is missing")?;
    let start = at + "<meta name=\"description\" content=\"".len();
    let end = head[start..].find('"').map(|e| start + e).ok_or("the page description is not closed")?;
    head.replace_range(start..end, &escape_html(description));
    let og = format!(
        "\n  <meta property=\"og:title\" content=\"{}\">\n  <meta property=\"og:description\" content=\"{}\">\n  <meta property=\"og:type\" content=\"article\">\n",
        escape_html(title),
        escape_html(description)
    );
    head.push_str(&og);
    if !rest.contains(marker) {
        return Err("the loading paragraph to replace is missing".into());
    }
    let rest =
        rest.replacen(marker, body, 1).replacen("<main id=\"app\">", &format!("<main id=\"app\" data-place=\"{}\">", escape_html(id)), 1);
    Ok(head + &rest)
}

/// Puts `title` (markup) in `html`'s `<title>` in place of the built page's.
fn set_title(html: &mut String, title: &str) -> Result<(), String> {
    let (Some(from), Some(to)) = (html.find("<title>"), html.find("</title>")) else {
        return Err("the page title is missing".into());
    };
    html.replace_range(from + "<title>".len()..to, title);
    Ok(())
}

/// `html` with every relative `href` and `src` reached from two folders down.
fn up_two(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(at) = [" href=\"", " src=\""].iter().filter_map(|a| rest.find(a).map(|i| (i, a.len()))).min() {
        let (i, len) = at;
        out.push_str(&rest[..i + len]);
        rest = &rest[i + len..];
        let relative = !(rest.starts_with("http:")
            || rest.starts_with("https:")
            || rest.starts_with('/')
            || rest.starts_with('#')
            || rest.starts_with("data:"));
        if relative {
            out.push_str("../../");
            rest = rest.strip_prefix("./").unwrap_or(rest);
        }
    }
    out.push_str(rest);
    out
}

/// The page left at a merged row's old address (`j/<former id>/`): it sends the reader on to the
/// row it is now part of, `id`, named `name`.
pub fn moved_file(id: &str, name: &str, icon: &str) -> String {
    let (id, name, icon) = (escape_html(id), escape_html(name), escape_html(icon));
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"refresh\" content=\"0; url=../{id}/\">\n<meta name=\"robots\" content=\"noindex\">\n<title>{name} — Detainer Atlas</title>\n<link rel=\"icon\" href=\"../../{icon}\">\n</head>\n<body>\n<main>\n<p>This record is now part of <a href=\"../{id}/\">{name}</a>.</p>\n</main>\n</body>\n</html>\n"
    )
}

/// A card's page: the card, the style sheets it needs (`styles`, hrefs from the site's root),
/// and the script that sizes its frame; nothing else.
pub fn card_file(card: &str, lang: Lang, title: &str, styles: &[&str], icon: &str) -> String {
    let links: String =
        styles.iter().map(|s| format!("<link rel=\"stylesheet\" href=\"../../{}\">", escape_html(s.trim_start_matches("./")))).collect();
    format!(
        "<!doctype html>\n<html lang=\"{}\" class=\"card-page\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"robots\" content=\"noindex\">\n<title>{}</title>\n<link rel=\"icon\" href=\"../../{}\">\n{links}<link rel=\"stylesheet\" href=\"../../card.css\">\n<script src=\"../../card.js\" defer></script>\n</head>\n<body>\n<main>\n{card}\n</main>\n</body>\n</html>\n",
        lang.code(),
        escape_html(title),
        escape_html(icon)
    )
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
    set_title(&mut html, "Detainer Atlas: every jurisdiction and group, with sources")?;
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

    #[test]
    fn a_place_page_holds_its_record_open_under_its_own_title_and_reaches_the_site_from_two_folders_down() {
        let ds = dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,2017-02-03,,declined,ice_weekly,yes,One week.,s1"),
            ("jurisdictions.csv", "us,United States,US,nation,,,\nventura,Ventura County,CA,county,,,\nmadera,Madera County,CA,county,,,"),
            ("policies.csv", "v-1,ventura,no_holds,Sheriff policy,,2014-05-14,,,,,,,,,Holds no one on a detainer alone.,ES: No retiene a nadie.,Holds no one.,ES: No retiene.,,,,,,s1"),
            ("figures.csv", "v,ventura,w1,declined,7,,,,s1"),
        ]);
        let body = place_page(ds, 1);
        assert_eq!(body.matches("<li id=\"row-").count(), 1, "its row alone");
        assert!(body.contains("id=\"details-ventura\""), "open, with its details");
        assert!(body.contains("href=\"../../\""), "the site's root, two folders up");
        assert!(body.contains("href=\"../../j/ventura/\""), "its own page, as every record links it");
        assert!(body.contains("Holds no one on a detainer alone."));

        let (title, description) = place_meta(ds, 1, crate::dataset::Date::parse("2026-12-01").expect("a date")).expect("a row");
        assert_eq!(title, "Ventura County, CA — ICE detainer policy and figures");
        assert_eq!(description, "No holds without a warrant: Holds no one on a detainer alone. Latest figure: 7 detainers declined — W1.");
        let (_, none) = place_meta(ds, 2, crate::dataset::Date::parse("2026-12-01").expect("a date")).expect("a row");
        assert_eq!(none, "No local policy on detainers found in these sources.", "no figure is not a 0");

        let index = "<html><head><title>Old</title><meta name=\"description\" content=\"Old\">\
            <link rel=\"stylesheet\" href=\"./base-1.css\"><script type=\"module\" src=\"./start-1.js\"></script>\
            <link rel=\"canonical\" href=\"https://example.org/\"></head><body><main id=\"app\">MARK</main></body></html>";
        let file = place_file(index, "MARK", "<ol>row</ol>", "ventura", "A \"title\" & more", "<b>text</b>").expect("a page");
        assert!(file.contains("<title>A &quot;title&quot; &amp; more</title>"), "{file}");
        assert!(file.contains("content=\"&lt;b&gt;text&lt;/b&gt;\""), "{file}");
        assert!(file.contains("<meta property=\"og:title\" content=\"A &quot;title&quot; &amp; more\">"));
        assert!(file.contains("href=\"../../base-1.css\"") && file.contains("src=\"../../start-1.js\""), "{file}");
        assert!(file.contains("href=\"https://example.org/\""), "absolute addresses are left alone");
        assert!(file.contains("<main id=\"app\" data-place=\"ventura\"><ol>row</ol></main>"), "{file}");
        assert!(place_file("<head></head><body></body>", "MARK", "", "x", "t", "d").is_err(), "no title or marker: refused");
        let moved = moved_file("king-county-wa", "King <County>", "favicon-1.svg");
        assert!(
            moved.contains("content=\"0; url=../king-county-wa/\"")
                && moved.contains("<a href=\"../king-county-wa/\">King &lt;County&gt;</a>"),
            "{moved}"
        );
    }

    #[test]
    fn a_card_names_the_place_its_policy_of_the_day_and_its_latest_figure_with_report_and_source() {
        let ds = dataset(&[
            ("sources.csv", "s1,Report,stored copy,Example Press,,https://example.org/1,,primary"),
            (
                "reports.csv",
                "w1,Week 1,Semana 1,Week one,Semana uno,ICE,,2017-02-03,,declined,ice_weekly,yes,One week.,s1\n\
                 y,Year,Año,Year 2019,Año 2019,ICE,,2019-12-31,,declined,foia,,A year.,s1",
            ),
            ("jurisdictions.csv", "us,United States,US,nation,,,\nventura,Ventura County,CA,county,,,\nmadera,Madera County,CA,county,,,"),
            ("policies.csv", "v-1,ventura,no_holds,Sheriff policy,,2014-05-14,,,,,,,,,Holds no one on a detainer alone.,No retiene a nadie por una orden sola.,Holds no one.,No retiene.,,,,,,s1"),
            ("figures.csv", "v,ventura,w1,declined,7,,,,s1\nv2,ventura,y,declined,12,,2019,,s1\nm,madera,w1,declined,,,,,s1"),
        ]);
        let on = crate::dataset::Date::parse("2026-12-01").expect("a date");
        let en = card(ds, 1, Lang::En, on);
        assert!(en.contains(">Ventura County</h1>"), "{en}");
        assert!(en.contains("Holds no one on a detainer alone."));
        assert!(en.contains("Latest figure: 12 detainers declined (2019) — Year 2019"), "the latest report's figure: {en}");
        assert!(en.contains("href=\"https://example.org/1\""), "with its source");
        assert!(en.contains("href=\"./\" target=\"_blank\""), "its full record, outside the story");
        assert!(en.contains("As of December 1, 2026"));
        let es = card(ds, 1, Lang::Es, on);
        assert!(es.contains("No retiene a nadie por una orden sola.") && es.contains("Última cifra: 12"), "{es}");
        let none = card(ds, 2, Lang::En, on);
        assert!(none.contains("No source gave a figure for this jurisdiction."), "a named-without-number row has no latest figure: {none}");
        assert!(!none.contains(">0<"));
        let page = card_file(&en, Lang::En, "T & t", &["./tokens-1.css"], "favicon-1.svg");
        assert!(page.contains("<html lang=\"en\" class=\"card-page\">") && page.contains("<title>T &amp; t</title>"));
        assert!(page.contains("href=\"../../tokens-1.css\"") && page.contains("src=\"../../card.js\""), "{page}");
        assert!(!page.contains("wasm") && !page.contains("type=\"module\""), "no app");
    }
}
