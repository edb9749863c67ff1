//! Links to the sources of a fact: headline (or that none is recorded), publisher and date,
//! primary documents first (`query::sources` holds the rules).

use leptos::prelude::*;

use super::{data_lang, lang, text};
use crate::dataset::SourceKind;
use crate::query::format::date;
use crate::query::sources::{byline, ordered, publisher_name};

/// The sources `ids` names, each a link (new tab, no opener) with its publisher and date, and an
/// archived copy where the data has one. Unknown indices are skipped.
#[component]
pub fn SourceLinks(ids: &'static [u16]) -> impl IntoView {
    let ds = super::ds();
    let (t, lang) = (text(), lang());
    let links = ordered(ds, ids)
        .into_iter()
        .map(|s| {
            // A recorded headline is the publisher's English; the "not recorded" words are ours.
            let title_lang = if s.headline.is_empty() { None } else { data_lang() };
            let kind = (s.kind == SourceKind::Primary).then(|| view! { <span class="source-kind">{t.primary_document}</span>" " });
            let archive = (!s.archive_url.is_empty()).then(|| {
                view! {
                    " "<a class="archive" href=s.archive_url target="_blank" rel="noopener noreferrer">
                        {t.archived_copy}<span class="visually-hidden">{format!(" ({})", t.new_tab)}</span>
                    </a>
                }
            });
            // Without a recorded headline the link reads as its publisher, and says so.
            let (link, byline) = if s.headline.is_empty() {
                (publisher_name(s), s.date.map(|d| format!(", {}", date(&d, lang))).unwrap_or_default())
            } else {
                (s.headline, format!(" — {}", byline(s, lang)))
            };
            let missing =
                s.headline.is_empty().then(|| view! { " "<span class="no-headline">{format!("({})", t.headline_not_recorded)}</span> });
            view! {
                <li>
                    {kind}
                    <a href=s.url target="_blank" rel="noopener noreferrer">
                        <span lang=title_lang>{link}</span>
                        <span class="visually-hidden">{format!(" ({})", t.new_tab)}</span>
                    </a>
                    <span class="byline">{byline}</span>
                    {missing}
                    {archive}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="sources" aria-label=t.sources_label>{links}</ul>
    }
}
