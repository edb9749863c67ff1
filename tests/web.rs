//! Component tests in headless Chromium (wasm-bindgen-test): the real components, the real
//! dataset, real DOM events.
#![cfg(target_arch = "wasm32")]

use detainer_atlas::components::app::App;
use detainer_atlas::dataset::data;
use detainer_atlas::query::view::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh container with the view given as a query string.
fn mount(query: &str) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&container).expect("append");
    let initial = ViewState::from_query(data(), query);
    leptos::mount::mount_to(container.clone(), move || view! { <App initial=initial.clone()/> }).forget();
    container
}

async fn settle() {
    leptos::task::tick().await;
    gloo_timers::future::TimeoutFuture::new(0).await;
}

fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

fn one(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector).expect("valid selector").unwrap_or_else(|| panic!("{selector} not found")).unchecked_into()
}

fn names(root: &HtmlElement) -> Vec<String> {
    all(root, ".jurisdiction .expand").iter().map(|b| b.text_content().unwrap_or_default().trim().to_string()).collect()
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
}

#[wasm_bindgen_test]
async fn lists_jurisdictions_with_the_first_reports_leader_on_top() {
    let root = mount("");
    settle().await;
    let rows = names(&root);
    // A page of rows, and a button for the rest.
    assert_eq!(rows.len(), detainer_atlas::components::list::PAGE, "{} rows", rows.len());
    assert_eq!(rows[0], "Travis County");
    assert!(one(&root, ".results .more").text_content().unwrap_or_default().contains("more"));
    let first = one(&root, ".jurisdiction");
    assert!(first.text_content().unwrap_or_default().contains("142"));
    assert!(one(&root, ".report-summary").text_content().unwrap_or_default().contains("178 of 206"));
}

#[wasm_bindgen_test]
async fn typing_a_loose_name_filters_and_announces_the_count() {
    let root = mount("");
    settle().await;
    let input: HtmlInputElement = one(&root, "#search").unchecked_into();
    type_into(&input, "miami dade");
    settle().await;
    assert_eq!(names(&root), vec!["Miami-Dade County"]);
    let status = one(&root, "[role=status]");
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(status.text_content().unwrap_or_default(), "1 jurisdiction matches.");
}

#[wasm_bindgen_test]
async fn an_empty_result_offers_to_clear_the_filters() {
    let root = mount("q=zzzz-nowhere&state=TX");
    settle().await;
    assert!(names(&root).is_empty());
    assert!(one(&root, ".empty").text_content().unwrap_or_default().contains("No jurisdiction matches"));
    one(&root, ".empty button").click();
    settle().await;
    assert_eq!(names(&root).len(), detainer_atlas::components::list::PAGE, "the list is back");
    let input: HtmlInputElement = one(&root, "#search").unchecked_into();
    assert_eq!(input.value(), "");
}

#[wasm_bindgen_test]
async fn expanding_a_row_shows_policy_figures_and_sources() {
    let root = mount("q=travis");
    settle().await;
    let button = one(&root, ".jurisdiction .expand");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(all(&root, ".details").is_empty());
    button.click();
    settle().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    let details = one(&root, ".details");
    assert_eq!(button.get_attribute("aria-controls"), details.get_attribute("id"));
    let text = details.text_content().unwrap_or_default();
    assert!(text.contains("capital murder"), "policy criteria shown");
    assert!(text.contains("143"), "the disagreeing figure is shown too");
    let links = all(&details, "a[href^='http']");
    assert!(!links.is_empty());
    assert!(links.iter().all(|a| a.get_attribute("target").as_deref() == Some("_blank")
        && a.get_attribute("rel").unwrap_or_default().contains("noopener")));
}

#[wasm_bindgen_test]
async fn switching_report_changes_the_header_and_the_figures() {
    let root = mount("");
    settle().await;
    let select: HtmlSelectElement = one(&root, "#report").unchecked_into();
    let jw = data().reports.iter().position(|r| r.id == "jw-fy2017-q1").expect("jw report");
    select.set_value(&jw.to_string());
    select.dispatch_event(&web_sys::Event::new("change").expect("event")).expect("dispatch");
    settle().await;
    assert!(one(&root, "#report-title").text_content().unwrap_or_default().contains("Judicial Watch"));
    assert_eq!(names(&root)[0], "Ventura County");
}

#[wasm_bindgen_test]
async fn not_reported_is_never_shown_as_zero() {
    let root = mount("q=madera");
    settle().await;
    let row = one(&root, ".jurisdiction");
    let figure = one(&row, ".figure-value").text_content().unwrap_or_default();
    assert_eq!(figure, "not reported");
}

#[wasm_bindgen_test]
async fn spanish_comes_from_the_url_and_the_switch_returns_to_english_keeping_the_view() {
    let root = mount("lang=es&q=travis");
    settle().await;
    assert_eq!(one(&root, "label[for=search]").text_content().unwrap_or_default(), "Buscar una jurisdicción");
    assert_eq!(document().document_element().and_then(|e| e.get_attribute("lang")).as_deref(), Some("es"));
    let count = one(&root, "#result-count").text_content().unwrap_or_default();
    assert!(count.contains("coincide"), "{count}");
    let figure = one(&root, ".jurisdiction .figure-line").text_content().unwrap_or_default();
    assert!(figure.contains("solicitudes de retención rechazadas"), "{figure}");
    // The dataset's English text is marked as English inside the Spanish page.
    assert_eq!(one(&root, ".jurisdiction .summary").get_attribute("lang").as_deref(), Some("en"));

    let switch = one(&root, "#lang-switch");
    assert_eq!(switch.text_content().unwrap_or_default().trim(), "English");
    switch.click();
    settle().await;
    assert_eq!(one(&root, "label[for=search]").text_content().unwrap_or_default(), "Find a jurisdiction");
    assert_eq!(document().document_element().and_then(|e| e.get_attribute("lang")).as_deref(), Some("en"));
    assert_eq!(names(&root), vec!["Travis County".to_string()], "the search survives the switch");
    assert_eq!(one(&root, ".jurisdiction .summary").get_attribute("lang"), None);
}

#[wasm_bindgen_test]
async fn show_more_adds_a_page_and_a_link_to_a_far_row_shows_it() {
    let root = mount("open=weld-county-co&sort=name");
    settle().await;
    let rows = names(&root);
    assert!(rows.len() > detainer_atlas::components::list::PAGE, "the page grows to the open row: {}", rows.len());
    assert_eq!(rows.last().map(String::as_str), Some("Weld County"));
    let before = rows.len();
    one(&root, ".results .more").click();
    settle().await;
    let ds = data();
    let total = detainer_atlas::query::select::select(ds, &detainer_atlas::query::select::Index::new(ds), &ViewState::default()).len();
    assert_eq!(names(&root).len(), (before + detainer_atlas::components::list::PAGE).min(total));
}

#[wasm_bindgen_test]
async fn a_failure_shows_a_note_with_a_reload_link_once() {
    let root = mount("");
    settle().await;
    root.set_id("app");
    detainer_atlas::components::app::show_failure();
    detainer_atlas::components::app::show_failure();
    let notes = all(&root, "#atlas-failure");
    assert_eq!(notes.len(), 1, "shown once");
    assert_eq!(notes[0].get_attribute("role").as_deref(), Some("alert"));
    let link = one(&notes[0], "a");
    assert_eq!(link.get_attribute("href"), Some(window().location().href().unwrap_or_default()));
    assert!(notes[0].text_content().unwrap_or_default().contains("Reload"));
    root.remove_attribute("id").ok();
}
