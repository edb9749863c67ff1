//! The list of jurisdictions for the current view, or an empty state that offers to clear filters.

use leptos::prelude::*;

use super::row::JurisdictionRow;
use super::{shared, text, Shared};
use crate::dataset::{data, Level};
use crate::query::select::headline;

#[component]
pub fn JurisdictionList() -> impl IntoView {
    let Shared { view, rows, .. } = shared();
    let t = text();
    // The longest bar stands for the largest figure of the report among all rows, so bars keep
    // their length while the reader filters.
    let max = Memo::new(move |_| {
        let report = view.with(|v| v.report);
        let ds = data();
        (0..ds.jurisdictions.len())
            .filter(|&i| ds.jurisdictions[i].level != Level::Nation)
            .filter_map(|i| headline(ds, i, report).and_then(|f| f.value))
            .max()
            .unwrap_or(0)
    });
    view! {
        <section id="results" class="results" aria-label=t.list_label_aria tabindex="-1">
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=move || view! {
                <div class="empty">
                    <p>{t.no_match}</p>
                    <button type="button" class="button" on:click=move |_| view.update(|v| *v = v.cleared())>{t.clear_filters}</button>
                </div>
            }>
                <ol class="jurisdictions">
                    <For each=move || rows.get() key=|i| *i children=move |i| view! { <JurisdictionRow index=i max=max/> }/>
                </ol>
            </Show>
        </section>
    }
}
