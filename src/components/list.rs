//! The list of jurisdictions for the current view, a page at a time, or an empty state that
//! offers to clear filters.

use leptos::prelude::*;

use super::row::JurisdictionRow;
use super::{focus_first, next_task, off_page, shared, static_page, text, Shared};
use crate::dataset::Level;
use crate::query::figures::headlines;
use crate::query::select::window;
use crate::query::view::ViewState;

/// Rows rendered at first and added by "Show more": about four phone screens, while a keystroke
/// that changes the list creates few rows (measured: 40 rows made the first keystroke cost 24 ms
/// at 4× CPU throttling).
pub const PAGE: usize = 25;

/// While the app is built off the page, for its first view ([`super::app::mount`]): the rows
/// built in the task that mounts it, and in each task after it until the page is complete. The
/// host page's taps and keystrokes wait for each task, and rows are most of the work.
pub const FIRST_SLICE: usize = 5;
pub const SLICE: usize = 7;

/// Shows `first` rows, `SLICE` more in each task.
fn grow(shown: RwSignal<usize>, first: usize) {
    next_task(move || {
        // `try_update`: a change of language may have replaced this list before the task runs.
        if shown.try_update(|s| {
            *s = (*s + SLICE).min(first);
            *s < first
        }) == Some(true)
        {
            grow(shown, first);
        }
    });
}

/// The figure a full bar stands for: the largest of `report`'s figures among all rows.
pub fn bar_max(ds: &crate::dataset::Dataset, report: usize) -> u32 {
    let heads = headlines(ds, report);
    (0..ds.jurisdictions.len())
        .filter(|&i| ds.jurisdictions[i].level != Level::Nation)
        .filter_map(|i| heads[i].and_then(|f| f.value))
        .max()
        .unwrap_or(0)
}

#[component]
pub fn JurisdictionList() -> impl IntoView {
    let Shared { ds, view, rows, report, expanded, suggestions, .. } = shared();
    let t = text();
    // The longest bar stands for the largest figure of the report among all rows, so bars keep
    // their length while the reader filters.
    let max = Memo::new(move |_| bar_max(ds, report.get()));
    // The rows rendered before "Show more": a page, or what the build-time page lists.
    let page = static_page();
    let first = page.map_or(PAGE, |p| p.rows);
    // Built off the page, the first page comes in slices; otherwise at once.
    let shown = RwSignal::new(if off_page() { FIRST_SLICE.min(first) } else { first });
    if shown.get_untracked() < first {
        grow(shown, first);
    }
    // The row opened last, kept in place after it closes (it may stand apart, after the page, and
    // should not vanish under the reader's focus) until the list changes.
    let pinned = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| {
        if let Some(id) = expanded.get() {
            pinned.set(Some(id));
        }
    });
    // A new search, filter or sort starts again at one page.
    Effect::new(move |before: Option<()>| {
        rows.track();
        if before.is_some() {
            shown.set(first);
            pinned.set(None);
        }
    });
    // The rows rendered: the first `shown`, and the open row after them if it stands further down.
    let open_at = Memo::new(move |_| {
        let open = expanded.get().or_else(|| pinned.get())?;
        rows.with(|r| r.iter().position(|&i| ds.jurisdictions.get(i).is_some_and(|j| j.id == open)))
    });
    let rows_at = move |shown: usize| {
        rows.with(|r| window(r.len(), shown, open_at.get()).into_iter().filter_map(|p| r.get(p).copied()).collect::<Vec<usize>>())
    };
    let visible = Memo::new(move |_| rows_at(shown.get()));
    // Where the page ends: the open row may come after it, apart.
    let end = Memo::new(move |_| shown.get().min(rows.with(Vec::len)));
    let more = move || {
        let (end, total, listed) = (end.get(), rows.with(Vec::len), visible.with(Vec::len));
        (listed < total).then(|| {
            let add = PAGE.min(total - end);
            // The rows the next page adds: the open row, if it falls within it, is there already.
            let new = rows_at(end + add).len().saturating_sub(listed);
            // The build-time page links the rest instead: a plain link works without JavaScript.
            // With JavaScript, until the app puts its button here, the link reads as that button,
            // in a box of the same size (so nothing moves when the button replaces it), and
            // leads to the whole list should the app never start.
            if let Some(rest) = page.and_then(|p| p.rest) {
                return view! {
                    <a class="button all-rows" href=rest>
                        <span class="with-app">{(t.show_more)(new, total - listed)}</span>
                        <span class="without-app">{(t.all_rows)(total)}</span>
                    </a>
                }
                .into_any();
            }
            view! {
                <button type="button" class="button more" on:click=move |_| {
                    shown.set(end + add);
                    // The keyboard goes on from the first new row.
                    request_animation_frame(move || {
                        focus_first(None, &format!(".jurisdictions > li:nth-child({}) .expand", end + 1));
                    });
                }>{(t.show_more)(new, total - listed)}</button>
            }
            .into_any()
        })
    };
    // The closest names, each a button that searches for it (with the filters cleared: the
    // closest name may lie outside them).
    let suggest = move || {
        let names: Vec<&'static str> = suggestions.get().into_iter().filter_map(|i| ds.jurisdictions.get(i)).map(|j| j.name).collect();
        (!names.is_empty()).then(|| {
            let buttons = names
                .into_iter()
                .map(|name| view! { <li><button type="button" class="button suggestion" on:click=move |_| view.update(|v| *v = ViewState { query: name.to_string(), ..v.cleared() })>{name}</button></li> })
                .collect_view();
            view! { <p>{t.did_you_mean}</p><ul class="suggestions">{buttons}</ul> }
        })
    };
    view! {
        // A heading of its own: the report's and the filters' headings sit in folded panels, and
        // the rows' headings (h3) need an h2 above them for the page's outline.
        <section id="results" class="results" aria-labelledby="results-heading" tabindex="-1">
            <h2 id="results-heading" class="visually-hidden">{t.list_label_aria}</h2>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! {
                <div class="empty">
                    <p>{t.no_match}</p>
                    {suggest}
                    <button type="button" class="button" on:click=move |_| view.update(|v| *v = v.cleared())>{t.clear_filters}</button>
                </div>
            }>
                <ol class="jurisdictions">
                    <For each=move || visible.get() key=|i| *i children=move |i| view! { <JurisdictionRow index=i max=max visible=visible end=end/> }/>
                </ol>
                {more}
            </Show>
        </section>
    }
}
