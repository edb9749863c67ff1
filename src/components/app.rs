//! The root component: owns the view state, restores it from the URL and writes it back.

use leptos::prelude::*;

use super::about::AboutData;
use super::controls::{Controls, SearchBar};
use super::downloads::Downloads;
use super::header::Header;
use super::list::JurisdictionList;
use super::pictures::Pictures;
use super::place::PlacePage;
use super::{next_task, set_off_page, when_built, Later, Selected, Shared};
use crate::dataset::{data, Dataset, Date};
use crate::i18n::Lang;
use crate::query::select::{select, Index};
use crate::query::view::{Display, Theme, ViewState};

/// Mounts the app on `<main id="app">`, replacing the static fallback inside it.
///
/// In tasks of its own, since the host page's taps and keystrokes wait for each task: after the
/// browser's start-up of the wasm (the task this runs in), one builds the index of the rows, one
/// the app with its search box and first rows, the next ones the rest of its first view (the
/// list's slices, the header and controls, the folded panels: [`super::Later`]), and a last one
/// puts it in the pre-rendered page's place. The app is built off the page, so the reader sees
/// the pre-rendered page until the app is complete, and never a page half built. In one task,
/// all of it took about 300 ms at 4× CPU throttling.
pub fn mount() {
    std::panic::set_hook(Box::new(|info| {
        // Once, in the console, with the message and stack; then a visible note for the reader.
        console_error_panic_hook::hook(info);
        show_failure();
    }));
    // At once, while the frame's URL still holds the pym.js parent's `childId` (the app rewrites
    // the URL to its view), and so that a host sizes the frame to the pre-rendered page already.
    crate::embed::start();
    next_task(|| {
        let ds = data();
        let index: &'static Index = Box::leak(Box::new(Index::new(ds)));
        next_task(move || build_app(ds, index));
    });
}

/// Builds the app off the page and sets the task that puts it on the page.
fn build_app(ds: &'static Dataset, index: &'static Index) {
    let Some(host) = document().get_element_by_id("app") else {
        leptos::logging::error!("Detainer Atlas: no element with id=\"app\" to mount on");
        return;
    };
    let stage = document().create_element("div").ok().and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
    let Some(stage) = stage else { return };
    let (mut initial, browser) = (read_url(ds), browser_lang());
    // A place's own page names its jurisdiction; the app opens on its record.
    let place = host.get_attribute("data-place").and_then(|id| ds.jurisdictions.iter().position(|j| j.id == id));
    if let Some(j) = place.and_then(|p| ds.jurisdictions.get(p)) {
        initial.expanded = initial.expanded.or(Some(j.id));
    }
    set_off_page(true);
    leptos::mount::mount_to(stage.clone(), move || view! { <App ds index initial browser place/> }).forget();
    when_built(move || {
        take_over(&host, &stage);
        set_off_page(false);
        // The search words, in a task of their own, so that the reader's first keystroke does not
        // wait for them.
        next_task(move || index.prepare_search());
    });
}

/// Puts the app built on `stage` in the place of the pre-rendered page inside `host`, keeping
/// what the reader typed into the pre-rendered search box, and the focus, if they did.
fn take_over(host: &web_sys::Element, stage: &web_sys::HtmlElement) {
    let typed = search_box().map(|b| b.value()).unwrap_or_default();
    let typing = document().active_element().is_some_and(|e| e.id() == "search");
    host.set_inner_html("");
    while let Some(child) = stage.first_child() {
        if host.append_child(&child).is_err() {
            break;
        }
    }
    if let Some(b) = search_box() {
        if !typed.is_empty() && b.value() != typed {
            b.set_value(&typed);
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(ev) = web_sys::Event::new_with_event_init_dict("input", &init) {
                let _ = b.dispatch_event(&ev);
            }
        }
        if typing {
            let end = u32::try_from(b.value().encode_utf16().count()).unwrap_or(u32::MAX);
            let _ = b.focus();
            let _ = b.set_selection_range(end, end);
        }
    }
    // Tests and the benchmark wait for this: the app is on the page and its handlers attached.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-atlas-ready", "");
    }
}

/// The search box (the pre-rendered one before the app mounts, the app's after).
fn search_box() -> Option<web_sys::HtmlInputElement> {
    document().get_element_by_id("search").and_then(|e| wasm_bindgen::JsCast::dyn_into(e).ok())
}

/// After a panic the app cannot go on (release builds abort): the page says so, in both
/// languages, with a link that reloads it, instead of leaving a frame that no longer responds.
/// Text only, through the DOM: nothing from the failure is written as markup.
pub fn show_failure() {
    let doc = document();
    let Some(host) = doc.get_element_by_id("app") else { return };
    if doc.get_element_by_id("atlas-failure").is_some() {
        return;
    }
    let Ok(note) = doc.create_element("div") else { return };
    note.set_id("atlas-failure");
    let _ = note.set_attribute("role", "alert");
    note.set_class_name("failure");
    let text =
        doc.create_text_node("Detainer Atlas stopped working because of an error. / Detainer Atlas dejó de funcionar por un error. ");
    let _ = note.append_child(&text);
    if let Ok(link) = doc.create_element("a") {
        let _ = link.set_attribute("href", &window().location().href().unwrap_or_default());
        link.set_text_content(Some("Reload / Recargar"));
        let _ = note.append_child(&link);
    }
    let _ = host.insert_before(&note, host.first_child().as_ref());
}

/// Puts the display choices on `<html>`, where the style sheets read them.
fn apply_display(d: &Display) {
    let Some(root) = document().document_element() else { return };
    let _ = match d.theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        t => root.set_attribute("data-theme", t.code()),
    };
    for (name, on) in [("data-transparent", d.transparent), ("data-compact", d.compact)] {
        let _ = if on { root.set_attribute(name, "") } else { root.remove_attribute(name) };
    }
}

/// The first of the reader's preferred languages (`navigator.languages`) that the app speaks.
fn browser_lang() -> Lang {
    let navigator = window().navigator();
    let tags: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    let tags = if tags.is_empty() { navigator.language().into_iter().collect() } else { tags };
    Lang::preferred(tags.iter().map(String::as_str))
}

/// Puts the interface language on `<html lang>`, which screen readers and hyphenation follow.
fn apply_lang(lang: Lang) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Today's date (UTC) where the app runs: the browser's clock, or the build machine's for the
/// pre-rendered page.
pub fn host_today() -> Date {
    #[cfg(target_arch = "wasm32")]
    let ms = js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    let ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64);
    Date::from_unix_days((ms / 86_400_000.0).floor() as i64)
}

/// The view encoded in the page's URL (defaults where absent or malformed).
pub fn read_url(ds: &Dataset) -> ViewState {
    let search = window().location().search().unwrap_or_default();
    ViewState::from_query(ds, &search)
}

/// How long the reader's typing pauses before the address is written.
const URL_PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

fn write_url(ds: &Dataset, v: &ViewState) {
    let q = v.to_query(ds);
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if q.is_empty() { format!("{path}{hash}") } else { format!("{path}?{q}{hash}") };
    // Unchanged (the page opened with this view's link): nothing to write.
    let search = location.search().unwrap_or_default();
    if search.strip_prefix('?').unwrap_or(&search) == q {
        return;
    }
    if let Ok(history) = window().history() {
        // Sandboxed frames may refuse; the view still works, only the link is not updated.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The root: shows `ds` (the embedded dataset; a test's fixture in tests) from the view
/// `initial`. `browser` is the language the reader's browser prefers, used unless the URL or the
/// reader picks one.
#[component]
pub fn App(
    ds: &'static Dataset,
    initial: ViewState,
    /// The index of `ds`'s rows, when the caller built it already (the page builds it in a task
    /// before the mount's); built here otherwise.
    #[prop(optional)]
    index: Option<&'static Index>,
    #[prop(optional)] browser: Lang,
    /// The day policies are shown for when the view names none; the host's date by default.
    #[prop(optional)]
    today: Option<Date>,
    /// A place's own page: the jurisdiction whose record it shows.
    #[prop(optional_no_strip)]
    place: Option<usize>,
) -> impl IntoView {
    let today = today.unwrap_or_else(host_today);
    let view = RwSignal::new(initial);
    // Built once per app (the page mounts one), and kept for the rows and the suggestions.
    let index: &'static Index = index.unwrap_or_else(|| Box::leak(Box::new(Index::new(ds))));
    // Only a change of what selects the rows selects them again (not opening a row).
    let selection = Memo::new(move |_| view.with(ViewState::selection));
    let rows = Memo::new(move |_| selection.with(|v| select(ds, index, v, today)));
    // When a search finds nothing: the closest names, to offer instead.
    let suggestions = Memo::new(move |_| {
        if rows.with(Vec::is_empty) {
            view.with(|v| index.closest(&crate::query::text::words(&v.query), 3))
        } else {
            Vec::new()
        }
    });
    let shared = Shared { suggestions, place, ..Shared::new(ds, view, rows, browser, today) };
    let lang = shared.lang;
    provide_context(shared);
    provide_context(Selected::new(view));
    // The address follows the view, written in a task of its own after the change is on screen:
    // `history.replaceState` costs about 10 ms a call at 4× CPU throttling, which would delay
    // the paint of a tap or a keystroke. While the reader types it is written once they pause.
    let pending_url: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |before: Option<ViewState>| {
        let now = view.get();
        if let Some(h) = pending_url.get_value() {
            h.clear();
        }
        let typing = before.as_ref().is_some_and(|b| b.query != now.query && *b == ViewState { query: b.query.clone(), ..now.clone() });
        // A place's page opens on its record without saying so in its address.
        let own = place.and_then(|p| ds.jurisdictions.get(p)).map(|j| j.id);
        let v = if own.is_some() && now.expanded == own { ViewState { expanded: None, ..now.clone() } } else { now.clone() };
        let wait = if typing { URL_PAUSE } else { std::time::Duration::ZERO };
        pending_url.set_value(set_timeout_with_handle(move || write_url(ds, &v), wait).ok());
        now
    });
    let display = Memo::new(move |_| view.with(|v| v.display));
    Effect::new(move |_| apply_display(&display.get()));
    Effect::new(move |_| apply_lang(lang.get()));
    // Every component reads the language once, so a change of language renders the page anew
    // (the reader's view is in `view` and survives).
    move || {
        let t = lang.get().text();
        if let Some(index) = place {
            return view! { <PlacePage index/> }.into_any();
        }
        view! {
            <a class="skip-link" href="#results">{t.skip_link}</a>
            // Built off the page, the search box and the first rows come first, the rest in
            // later tasks.
            <Later>
                <Header/>
                <Controls/>
                <Pictures/>
            </Later>
            <SearchBar/>
            <JurisdictionList/>
            <Later>
                <Downloads/>
                <AboutData/>
                <footer class="site-footer">
                    <p>{t.footer}</p>
                </footer>
            </Later>
        }
        .into_any()
    }
}
