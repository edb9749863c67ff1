//! Links to the sources of a fact.

use leptos::prelude::*;

use super::{data_lang, text};

/// A compact list of source links (new tab, no opener). `ids` index the dataset's sources;
/// unknown indices are skipped.
#[component]
pub fn SourceLinks(ids: &'static [u16]) -> impl IntoView {
    let ds = super::ds();
    let t = text();
    let links = ids
        .iter()
        .filter_map(|&i| ds.sources.get(usize::from(i)))
        .map(|s| {
            let label = if s.publisher.is_empty() { s.title } else { s.publisher };
            view! {
                <li>
                    <a href=s.url target="_blank" rel="noopener noreferrer" title=s.title>
                        {label}
                        <span class="visually-hidden">": "<span lang=data_lang()>{s.title}</span>{format!(" ({})", t.new_tab)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="sources" aria-label=t.sources_label>{links}</ul>
    }
}
