//! Links to the sources of a fact.

use leptos::prelude::*;

use crate::dataset::data;

/// A compact list of source links (new tab, no opener). `ids` index the dataset's sources.
#[component]
pub fn SourceLinks(ids: &'static [u16]) -> impl IntoView {
    let ds = data();
    let links = ids
        .iter()
        .filter_map(|&i| ds.sources.get(usize::from(i)))
        .map(|s| {
            let label = if s.publisher.is_empty() { s.title } else { s.publisher };
            view! {
                <li>
                    <a href=s.url target="_blank" rel="noopener noreferrer" title=s.title>
                        {label}
                        <span class="visually-hidden">{format!(": {} (opens in a new tab)", s.title)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="sources" aria-label="Sources">{links}</ul>
    }
}
