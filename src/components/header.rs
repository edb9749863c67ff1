//! The page header: the report picker and the selected report's published totals.

use leptos::prelude::*;

use super::controls::{ListSummary, SearchBox};
use super::embed_code::EmbedCode;
use super::glossary::Glossary;
use super::shared;
use super::sources::SourceLinks;
use crate::dataset::{data, Level, Measure};
use crate::query::format::{date, figure_value, measure_label, period, status_flag, thousands};
use crate::query::select::{attribution, figures_of};

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="title-row">
                <h1>"Detainer Atlas"</h1>
                <EmbedCode/>
            </div>
            <p class="tagline">"Which US jurisdictions limit or require honouring ICE detainers, since when, and how many detainers each declined, according to whom."</p>
            <SearchBox/>
            <ReportPicker/>
            <ReportSummary/>
            <ListSummary/>
            <Glossary/>
        </header>
    }
}

#[component]
fn ReportPicker() -> impl IntoView {
    let view = shared().view;
    let options = data()
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| view! { <option value=i.to_string() selected=move || view.with(|v| v.report == i)>{r.short_title}</option> })
        .collect_view();
    view! {
        <div class="field report-field">
            <label for="report">"Report or period"</label>
            <select id="report" on:change=move |ev| {
                if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                    if i < data().reports.len() {
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
    let ds = data();
    let nation = ds.jurisdictions.iter().position(|j| j.level == Level::Nation);
    let figs: Vec<_> = nation.map(|n| figures_of(ds, n, report, measure).collect()).unwrap_or_default();
    (!figs.is_empty()).then(|| {
        let items = figs
            .into_iter()
            .map(|f| {
                let flag = status_flag(f.status).map(|s| view! { <span class="flag">{s}</span> });
                let note = (!f.note.is_empty()).then(|| view! { <span class="note">{f.note}</span> });
                let when = (!f.period.is_empty()).then(|| view! { <span class="note">{format!("({})", f.period)}</span> });
                view! {
                    <li><strong class="total-value">{figure_value(f)}</strong>" "{flag}" "{when}" "{note}<SourceLinks ids=f.sources/></li>
                }
            })
            .collect_view();
        view! {
            <div class="total">
                <dt>{format!("Nationwide, {}", measure_label(measure))}</dt>
                <dd><ul class="plain">{items}</ul></dd>
            </div>
        }
    })
}

#[component]
fn ReportSummary() -> impl IntoView {
    let view = shared().view;
    let report = Memo::new(move |_| view.with(|v| v.report));
    move || {
        let i = report.get();
        let ds = data();
        let Some(r) = ds.reports.get(i) else { return ().into_any() };
        let published = r.published.map(|d| format!("Published {}.", date(&d))).unwrap_or_default();
        let primary = r.primary_measure;
        let others: Vec<Measure> = Measure::ALL.iter().copied().filter(|m| *m != primary).collect();
        let attributed = attribution(ds, i).and_then(|a| {
            let total = a.total?;
            let grouped = (a.grouped > 0).then(|| format!("; {} more to unnamed jurisdictions grouped by state", a.grouped));
            Some(format!(
                "{} of {} {} attributed to named jurisdictions in this dataset{}.",
                a.named,
                thousands(total),
                measure_label(primary),
                grouped.unwrap_or_default()
            ))
        });
        view! {
            <section class="report-summary" aria-labelledby="report-title">
                <h2 id="report-title">{r.title}</h2>
                <p class="meta">{period(r)}{if period(r).is_empty() { "" } else { ". " }}{published}" "{format!("Source: {}.", r.publisher)}</p>
                <dl class="totals">
                    <Total report=i measure=primary/>
                    {others.into_iter().map(|m| view! { <Total report=i measure=m/> }).collect_view()}
                </dl>
                {attributed.map(|t| view! { <p class="attributed">{t}</p> })}
                <details class="report-about">
                    <summary>"About this report and its sources"</summary>
                    <p class="description">{r.description}</p>
                    <SourceLinks ids=r.sources/>
                </details>
            </section>
        }
        .into_any()
    }
}
