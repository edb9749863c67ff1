//! "About the data": what a detainer is, issued versus declined, how each report was compiled,
//! corrections and the suspension, disputes, categories, and every report with its dates and
//! sources. The prose is data (`data/about.csv`, with its sources, in both languages), so its
//! dates and counts are checked and edited like every other fact; reports and disputes come from
//! the dataset too.

use leptos::prelude::*;

use super::glossary::definitions;
use super::sources::SourceLinks;
use super::{data_lang, ds, lang, text};
use crate::dataset::DisputeKind;
use crate::i18n::Lang;
use crate::query::format::{localized, report_meta};

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
    let ds = ds();
    let sections = ds
        .about
        .iter()
        .map(|s| {
            let (heading, paragraphs) = if lang == Lang::Es { (s.heading_es, s.paragraphs_es) } else { (s.heading, s.paragraphs) };
            let paragraphs = paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view();
            let sources = (!s.sources.is_empty()).then(|| view! { <SourceLinks ids=s.sources/> });
            view! { <h3>{heading}</h3>{paragraphs}{sources}{definitions(s.extra)} }
        })
        .collect_view();
    let reports = ds
        .reports
        .iter()
        .map(|r| {
            view! {
                <li>
                    <strong>{localized(r.title, r.title_es, lang).0}</strong>
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
