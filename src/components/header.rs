//! The page header: the title, and the selected report folded into one line that opens on the
//! report picker and the report's published totals (so that on a phone the search box and its
//! results fit in the first screen).

use leptos::prelude::*;

use super::controls::ListSummary;
use super::embed_code::EmbedCode;
use super::language::LanguageSwitch;
use super::sources::SourceLinks;
use super::{data_lang, flag, lang, selected, shared, text, Later, Shared};
use crate::dataset::Measure;
use crate::query::figures::{attribution, figures_of, Attribution};
use crate::query::format::{figure_value, localized, number, report_meta};

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="title-row">
                <h1>"Detainer Atlas"</h1>
                <div class="title-tools">
                    <LanguageSwitch/>
                    <EmbedCode/>
                </div>
            </div>
            <p class="tagline">{text().tagline}</p>
            <ReportBox/>
            <ListSummary/>
        </header>
    }
}

/// The report in one line ("ICE weekly report 1 (Jan 28 – Feb 3, 2017): 206 detainers declined
/// nationwide"), opening on the picker, the totals with their sources and the attribution.
#[component]
fn ReportBox() -> impl IntoView {
    let Shared { ds, report, .. } = shared();
    let (lang, t) = (lang(), text());
    let line = move || {
        let i = report.get();
        let r = ds.reports.get(i)?;
        let title = localized(r.short_title, r.short_title_es, lang).0;
        let total = ds
            .nation()
            .and_then(|n| figures_of(ds, n, i, r.primary_measure).find(|f| f.value.is_some()))
            .map(|f| (t.nationwide_line)(&figure_value(f, lang), t.measure(r.primary_measure)));
        Some(match total {
            Some(total) => format!("{title}: {total}"),
            None => title.to_string(),
        })
    };
    view! {
        <details class="report-box" on:keydown=super::close_details_on_escape>
            <summary><span class="summary-label">{t.report_label}</span>" "<span class="report-line">{line}</span></summary>
            <div class="report-box-body">
                <Later>
                    <ReportPicker/>
                    <ReportSummary/>
                </Later>
            </div>
        </details>
    }
}

#[component]
fn ReportPicker() -> impl IntoView {
    let Shared { ds, view, .. } = shared();
    let chosen = selected().report;
    let options = ds
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let chosen = chosen.clone();
            view! { <option value=i.to_string() selected=move || chosen.selected(&i)>{localized(r.short_title, r.short_title_es, lang()).0}</option> }
        })
        .collect_view();
    view! {
        <div class="field report-field">
            <label for="report">{text().report_label}</label>
            <select id="report" on:change=move |ev| {
                if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                    if i < ds.reports.len() {
                        view.update(|v| v.report = i);
                    }
                }
            }>{options}</select>
        </div>
    }
}

/// National totals of one measure in the selected report, each figure with its sources.
#[component]
fn Total(report: usize, measure: Measure) -> impl IntoView {
    let ds = shared().ds;
    let (lang, t) = (lang(), text());
    let nation = ds.nation();
    let figs: Vec<_> = nation.map(|n| figures_of(ds, n, report, measure).collect()).unwrap_or_default();
    (!figs.is_empty()).then(|| {
        let items = figs
            .into_iter()
            .map(|f| {
                let note = (!f.note.is_empty()).then(|| view! { <span class="note" lang=data_lang()>{f.note}</span> });
                let when = (!f.period.is_empty()).then(|| view! { <span class="note" lang=data_lang()>{format!("({})", f.period)}</span> });
                view! {
                    <li><strong class="total-value">{figure_value(f, lang)}</strong>" "{flag(t.status(f.status))}" "{when}" "{note}<SourceLinks ids=f.sources/></li>
                }
            })
            .collect_view();
        view! {
            <div class="total">
                <dt>{(t.nationwide)(t.measure(measure))}</dt>
                <dd><ul class="plain">{items}</ul></dd>
            </div>
        }
    })
}

#[component]
fn ReportSummary() -> impl IntoView {
    let Shared { ds, report, .. } = shared();
    let (lang, t) = (lang(), text());
    move || {
        let i = report.get();
        let Some(r) = ds.reports.get(i) else { return ().into_any() };
        let primary = r.primary_measure;
        let others: Vec<Measure> = Measure::ALL.iter().copied().filter(|m| *m != primary).collect();
        let n = |v: u64| number(v, lang);
        let attributed = attribution(ds, i).map(|a| match a {
            Attribution::Within { named, grouped, total } => {
                let grouped = if grouped > 0 { n(grouped) } else { String::new() };
                (t.attributed)(&n(named), &n(u64::from(total)), t.measure(primary), &grouped)
            }
            Attribution::Exceeds { named, total } => (t.attribution_exceeds)(&n(named), &n(u64::from(total)), t.measure(primary)),
        });
        view! {
            <section class="report-summary" aria-labelledby="report-title">
                <h2 id="report-title">{localized(r.title, r.title_es, lang).0}</h2>
                <p class="meta">{report_meta(r, lang)}</p>
                <dl class="totals">
                    <Total report=i measure=primary/>
                    {others.into_iter().map(|m| view! { <Total report=i measure=m/> }).collect_view()}
                </dl>
                {attributed.map(|t| view! { <p class="attributed">{t}</p> })}
                <details class="report-about" on:keydown=super::close_details_on_escape>
                    <summary>{t.about_report}</summary>
                    <p class="description" lang=data_lang()>{r.description}</p>
                    <SourceLinks ids=r.sources/>
                </details>
            </section>
        }
        .into_any()
    }
}
