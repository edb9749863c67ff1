//! The list of jurisdictions for the current view, a page at a time, or an empty state that
//! offers to clear filters.

use leptos::prelude::*;

use super::row::JurisdictionRow;
use super::{focus_first, shared, text, Shared};
use crate::dataset::Level;
use crate::query::figures::headlines;
use crate::query::select::page_end;
use crate::query::view::ViewState;

/// Rows rendered at first and added by "Show more": about four phone screens, while a keystroke
/// that changes the list creates few rows (measured: 40 rows made the first keystroke cost 24 ms
/// at 4× CPU throttling).
pub const PAGE: usize = 25;

/// The rows rendered before "Show more": a page in the browser; every row in the build-time page
/// (a native build), for readers without JavaScript.
const FIRST: usize = if cfg!(target_arch = "wasm32") { PAGE } else { usize::MAX };

#[component]
pub fn JurisdictionList() -> impl IntoView {
    let Shared { ds, view, rows, report, expanded, suggestions, .. } = shared();
    let t = text();
    // The longest bar stands for the largest figure of the report among all rows, so bars keep
    // their length while the reader filters.
    let max = Memo::new(move |_| {
        let heads = headlines(ds, report.get());
        (0..ds.jurisdictions.len())
            .filter(|&i| ds.jurisdictions[i].level != Level::Nation)
            .filter_map(|i| heads[i].and_then(|f| f.value))
            .max()
            .unwrap_or(0)
    });
    let shown = RwSignal::new(FIRST);
    // A new search, filter or sort starts again at one page.
    Effect::new(move |first: Option<()>| {
        rows.track();
        if first.is_some() {
            shown.set(FIRST);
        }
    });
    let end = Memo::new(move |_| {
        let open = expanded.get();
        rows.with(|r| {
            page_end(r.len(), shown.get(), open.and_then(|id| r.iter().position(|&i| ds.jurisdictions.get(i).is_some_and(|j| j.id == id))))
        })
    });
    let visible = move || rows.with(|r| r[..end.get().min(r.len())].to_vec());
    let more = move || {
        let (end, total) = (end.get(), rows.with(Vec::len));
        (end < total).then(|| {
            let add = PAGE.min(total - end);
            view! {
                <button type="button" class="button more" on:click=move |_| {
                    shown.set(end + add);
                    // The keyboard goes on from the first new row.
                    request_animation_frame(move || {
                        focus_first(None, &format!(".jurisdictions > li:nth-child({}) .expand", end + 1));
                    });
                }>{(t.show_more)(add, total - end)}</button>
            }
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
        <section id="results" class="results" aria-label=t.list_label_aria tabindex="-1">
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! {
                <div class="empty">
                    <p>{t.no_match}</p>
                    {suggest}
                    <button type="button" class="button" on:click=move |_| view.update(|v| *v = v.cleared())>{t.clear_filters}</button>
                </div>
            }>
                <ol class="jurisdictions">
                    <For each=visible key=|i| *i children=move |i| view! { <JurisdictionRow index=i max=max shown=end/> }/>
                </ol>
                {more}
            </Show>
        </section>
    }
}
