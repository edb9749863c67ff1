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
pub mod place;
pub mod records;
pub mod row;
pub mod sources;

use leptos::prelude::*;

use crate::dataset::{Category, Dataset, Date};
use crate::i18n::{Lang, Text};
use crate::query::view::{Sort, ViewState};

/// What a build-time page renders ([`crate::prerender`]); absent in the browser, where the list
/// shows a page of rows and opens one row at a time.
#[derive(Clone, Copy, Debug)]
pub struct StaticPage {
    /// The rows listed: a page in `index.html`, every row in the full list.
    pub rows: usize,
    /// Every row with its details open: the full list, where no button can open them.
    pub details: bool,
    /// The page with the whole list, linked after the rows shown.
    pub rest: Option<&'static str>,
}

/// Where a place's page is: `j/<id>/`, from the site's root.
pub fn place_path(id: &str) -> String {
    format!("j/{id}/")
}

/// The site's root seen from this page, ending in `/` or empty: links are relative, so the site
/// works under any sub-path, and a place's page sits two folders down.
pub fn root() -> &'static str {
    if use_context::<Shared>().is_some_and(|s| s.place.is_some()) {
        "../../"
    } else {
        ""
    }
}

/// The build-time page being rendered, if this is one.
pub fn static_page() -> Option<StaticPage> {
    use_context::<StaticPage>()
}

thread_local! {
    /// Tasks set by [`next_task`] that have not run yet.
    static PENDING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Whether the app is being built off the page ([`app::mount`]), for its first view.
    static OFF_PAGE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` in a task of its own after the current one (a zero-delay timer): the host page's
/// taps and keystrokes wait for the task running, so the app builds its first view in several.
/// Timers fire in the order they are set.
pub fn next_task(f: impl FnOnce() + 'static) {
    PENDING.with(|p| p.set(p.get() + 1));
    set_timeout(
        move || {
            f();
            PENDING.with(|p| p.set(p.get().saturating_sub(1)));
        },
        std::time::Duration::ZERO,
    );
}

/// Runs `f` in a task after every task set by [`next_task`] has run, those they set included.
pub fn when_built(f: impl FnOnce() + 'static) {
    set_timeout(move || if PENDING.with(|p| p.get()) > 0 { when_built(f) } else { f() }, std::time::Duration::ZERO);
}

/// Whether the app is being built off the page, where it builds its first view in several tasks
/// ([`Later`], the list's slices). Once it is on the page, what it builds it builds at once, in
/// view of the reader.
pub fn off_page() -> bool {
    OFF_PAGE.with(std::cell::Cell::get)
}

/// Marks the app as built off the page (`true`) or on it.
pub fn set_off_page(off: bool) {
    OFF_PAGE.with(|o| o.set(off));
}

/// Its children built in a [`next_task`] while the app is built off the page, so that the
/// task that mounts the app holds the main thread less; at once otherwise.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let built = RwSignal::new(!off_page());
    if !built.get_untracked() {
        // `try_set`: the part may be gone before the task runs.
        next_task(move || {
            let _ = built.try_set(true);
        });
    }
    move || built.get().then(|| children())
}

/// What several components share: the dataset shown, the reader's view, and that view's parts
/// as memos, so a component re-renders when its part changes and not on every keystroke.
#[derive(Clone, Copy)]
pub struct Shared {
    /// The dataset the app shows: the embedded one, or a test's fixture.
    pub ds: &'static Dataset,
    pub view: RwSignal<ViewState>,
    /// The jurisdictions listed for the current view, filtered and sorted.
    pub rows: Memo<Vec<usize>>,
    /// The interface language: the reader's choice, else the browser's.
    pub lang: Memo<Lang>,
    pub report: Memo<usize>,
    pub state: Memo<Option<&'static str>>,
    pub list: Memo<Option<usize>>,
    /// The id of the open row.
    pub expanded: Memo<Option<&'static str>>,
    /// Today, where the app runs.
    pub today: Date,
    /// The day whose policies the list shows: the view's chosen date, else today.
    pub on: Memo<Date>,
    /// Rows to suggest when the search finds none: the closest names.
    pub suggestions: Memo<Vec<usize>>,
    /// The days of ICE's 287(g) lists, which a row without an agreement names.
    pub agreement_lists: &'static [Date],
    /// On a place's own page (`j/<id>/`), that jurisdiction: the page shows its record alone.
    pub place: Option<usize>,
}

impl Shared {
    pub fn new(ds: &'static Dataset, view: RwSignal<ViewState>, rows: Memo<Vec<usize>>, browser: Lang, today: Date) -> Shared {
        Shared {
            ds,
            view,
            rows,
            lang: Memo::new(move |_| view.with(|v| v.lang).unwrap_or(browser)),
            report: Memo::new(move |_| view.with(|v| v.report)),
            state: Memo::new(move |_| view.with(|v| v.state)),
            list: Memo::new(move |_| view.with(|v| v.list)),
            expanded: Memo::new(move |_| view.with(|v| v.expanded)),
            today,
            on: Memo::new(move |_| view.with(|v| v.on(today))),
            suggestions: Memo::new(|_| Vec::new()),
            // Once per page, not once per row (the page mounts one app).
            agreement_lists: Box::leak(crate::query::agreements::list_dates(ds).into_boxed_slice()),
            place: None,
        }
    }
}

/// "Is this the chosen one?" in O(1) for the options of each picker and the rows: when the
/// choice changes, only the option or row that was chosen and the one now chosen update.
#[derive(Clone)]
pub struct Selected {
    pub report: Selector<usize>,
    pub state: Selector<Option<&'static str>>,
    pub category: Selector<Option<Category>>,
    pub list: Selector<Option<usize>>,
    pub agreement: Selector<Option<crate::query::agreements::AgreementFilter>>,
    pub sort: Selector<Sort>,
    pub expanded: Selector<Option<&'static str>>,
    pub as_of: Selector<Option<Date>>,
}

impl Selected {
    pub fn new(view: RwSignal<ViewState>) -> Selected {
        Selected {
            report: Selector::new(move || view.with(|v| v.report)),
            state: Selector::new(move || view.with(|v| v.state)),
            category: Selector::new(move || view.with(|v| v.category)),
            list: Selector::new(move || view.with(|v| v.list)),
            agreement: Selector::new(move || view.with(|v| v.agreement)),
            sort: Selector::new(move || view.with(|v| v.sort)),
            expanded: Selector::new(move || view.with(|v| v.expanded)),
            as_of: Selector::new(move || view.with(|v| v.as_of)),
        }
    }
}

/// The shared state provided by [`app::App`].
pub fn shared() -> Shared {
    use_context::<Shared>().expect("components run inside App, which provides Shared")
}

/// The selectors provided by [`app::App`].
pub fn selected() -> Selected {
    use_context::<Selected>().expect("components run inside App, which provides Selected")
}

/// The dataset the app shows.
pub fn ds() -> &'static Dataset {
    shared().ds
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

/// A flag beside a fact that is not plainly reported ("unverified", "disputed", ...).
pub fn flag(label: Option<&'static str>) -> Option<impl IntoView> {
    label.map(|s| view! { <span class="flag">{s}</span> })
}

/// A status flag followed by the data's reason for it ("Unverified: no source gives the vote
/// date"), in the details where there is room for it.
pub fn status_flag(label: Option<&'static str>, reason: &'static str) -> Option<impl IntoView> {
    label.map(|s| {
        let reason = (!reason.is_empty()).then(|| view! { <span class="flag-reason" lang=data_lang()>{reason}</span> });
        view! { <span class="flag">{s}</span>" "{reason} }
    })
}

/// Handles a navigation key (`nav::step`) inside a widget of `len` items whose item `at` has
/// focus: focuses the target item, found by `id_of`, and keeps the key from scrolling the page.
/// Returns the target, or `None` for keys the widget does not use.
pub fn roving_focus(
    ev: &web_sys::KeyboardEvent,
    layout: crate::query::nav::Layout,
    len: usize,
    at: usize,
    id_of: impl Fn(usize) -> String,
) -> Option<usize> {
    let target = crate::query::nav::step(layout, len, at, &ev.key())?;
    ev.prevent_default();
    focus(document().get_element_by_id(&id_of(target)));
    Some(target)
}

/// A table of a picture's numbers in a scrolling, keyboard-reachable region: `label` names the
/// region, `head` the columns.
pub fn data_table(label: &'static str, head: &[String], body: impl IntoView + 'static) -> AnyView {
    let head = head.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            <table class="data-table">
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
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
