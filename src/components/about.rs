//! "About the data": what a detainer is, issued versus declined, how each report was compiled,
//! corrections and the suspension, disputes, categories, and every report with its dates and
//! sources. Prose comes from the interface catalogue; reports and disputes from the dataset.

use leptos::prelude::*;

use super::glossary::definitions;
use super::sources::{source_list, SourceLinks};
use super::{data_lang, lang, text};
use crate::dataset::{data, DisputeKind};
use crate::query::format::report_meta;

/// The dataset indices of the sources named by id; ids the dataset lacks are skipped, so a data
/// edit can drop a link but not break the panel.
fn source_indices(ids: &'static [&'static str]) -> impl Iterator<Item = usize> {
    ids.iter().filter_map(|id| data().sources.iter().position(|s| s.id == *id))
}

#[component]
pub fn AboutData() -> impl IntoView {
    let t = text();
    // In the browser the panel's content is built when it is first opened (it is long, and most
    // readers never open it); the build-time page includes it, for readers without JavaScript.
    let open = RwSignal::new(!cfg!(target_arch = "wasm32"));
    let on_toggle = move |ev: web_sys::Event| {
        if super::details_opened(&ev) == Some(true) && !open.get_untracked() {
            open.set(true);
        }
    };
    view! {
        <details class="about" id="about" on:toggle=on_toggle on:keydown=super::close_details_on_escape>
            <summary>{t.about_summary}</summary>
            {move || open.get().then(content)}
        </details>
    }
}

/// The panel's sections, the disputes' count and every report with its sources.
fn content() -> impl IntoView {
    let (lang, t) = (lang(), text());
    let ds = data();
    let sections = t
        .about
        .iter()
        .map(|s| {
            let paragraphs = s.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view();
            let sources = (!s.sources.is_empty()).then(|| source_list(source_indices(s.sources)));
            view! { <h3>{s.heading}</h3>{paragraphs}{sources}{definitions(s.then)} }
        })
        .collect_view();
    let reports = ds
        .reports
        .iter()
        .map(|r| {
            view! {
                <li>
                    <strong lang=data_lang()>{r.title}</strong>
                    <p class="meta">{report_meta(r, lang)}</p>
                    <p lang=data_lang()>{r.description}</p>
                    <SourceLinks ids=r.sources/>
                </li>
            }
        })
        .collect_view();
    let corrections = ds.disputes.iter().filter(|d| d.kind == DisputeKind::Correction).count();
    let disputes = ds.disputes.len() - corrections;
    view! {
        {sections}
        <h3>{t.about_disputes_heading}</h3>
        <p>{(t.about_disputes_intro)(disputes, corrections)}</p>
        <h3>{t.about_reports_heading}</h3>
        <p>{t.about_reports_intro}</p>
        <ol class="about-reports">{reports}</ol>
    }
}
