//! A jurisdiction's details: policies, dated history, every figure with its sources, the lists
//! that named it, and disputes and corrections.

use leptos::prelude::*;

use super::sources::SourceLinks;
use crate::dataset::{data, states::state_name, Policy};
use crate::query::context::{history, overridden_by, policies_of, state_row, Scope};
use crate::query::format::{category_definition, category_label, date, figure_value, measure_definition, measure_label, status_flag};

#[component]
pub fn Details(index: usize, id: String) -> impl IntoView {
    let ds = data();
    let me = index as u16;
    let j = &ds.jurisdictions[index];
    let policies = policies_of(ds, index);
    let events = history(ds, index);
    let state_policies = state_row(ds, index).map(|s| policies_of(ds, s)).unwrap_or_default();
    let mut figures: Vec<_> = ds.figures.iter().filter(|f| f.jurisdiction == me).collect();
    figures.sort_by_key(|f| (f.report, f.measure));
    let listings: Vec<_> = ds.listings.iter().filter(|l| l.jurisdiction == me).collect();
    let disputes: Vec<_> = ds.disputes.iter().filter(|d| d.jurisdiction == me).collect();
    let parent = j.parent.and_then(|p| ds.jurisdictions.get(usize::from(p))).map(|p| view! { <p class="note">{format!("Part of {}.", p.name)}</p> });
    let note = (!j.note.is_empty()).then(|| view! { <p class="note">{j.note}</p> });

    let policy_view = if policies.is_empty() {
        view! { <p>"The research found no written policy for this jurisdiction."</p> }.into_any()
    } else {
        policies.into_iter().map(|p| policy_card(p, overridden_by(ds, index, p))).collect_view().into_any()
    };
    let state_name_text = state_name(j.state).unwrap_or(j.state);
    let state_law = (!state_policies.is_empty()).then(|| {
        let items = state_policies
            .into_iter()
            .map(|p| {
                let when = match (p.enacted, p.ended) {
                    (Some(a), Some(b)) => format!("{} – {}", date(&a), date(&b)),
                    (Some(a), None) => format!("since {}", date(&a)),
                    (None, _) => "date not known".to_string(),
                };
                let flag = status_flag(p.status).map(|s| view! { <span class="flag">{s}</span> });
                view! {
                    <li>
                        <span class=format!("badge badge-{}", p.category.code()) title=category_definition(p.category)>{category_label(p.category)}</span>" "
                        <strong>{if p.identifier.is_empty() { p.instrument } else { p.identifier }}</strong>{format!(" ({when}): ")}{p.summary}" "{flag}
                        <SourceLinks ids=p.sources/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h4>{format!("State law in {state_name_text}")}</h4>
            <p class="note">"State measures that applied here, separate from the jurisdiction's own policy."</p>
            <ul class="state-law">{items}</ul>
        }
    });
    let history_view = (!events.is_empty()).then(|| {
        let items = events
            .into_iter()
            .map(|e| {
                let flag = status_flag(e.status).map(|s| view! { <span class="flag">{s}</span> });
                let scope = (e.scope == Scope::State).then(|| view! { <span class="scope">"State"</span>" " });
                let when = e.date.map(|d| date(&d)).unwrap_or_else(|| "Date not known".to_string());
                view! {
                    <li class:state-entry=e.scope == Scope::State>
                        <time>{when}</time>" · "{scope}<strong>{e.label}</strong>": "{e.text}" "{flag}
                        <SourceLinks ids=e.sources/>
                    </li>
                }
            })
            .collect_view();
        view! { <h4>"History"</h4><ol class="timeline">{items}</ol> }
    });
    let figures_view = if figures.is_empty() {
        view! { <p>"No source gave a figure for this jurisdiction."</p> }.into_any()
    } else {
        let rows = figures
            .into_iter()
            .map(|f| {
                let r = &ds.reports[usize::from(f.report)];
                let flag = status_flag(f.status).map(|s| view! { <span class="flag">{s}</span> });
                let period = (!f.period.is_empty()).then(|| view! { <span class="note">{format!(" ({})", f.period)}</span> });
                view! {
                    <tr>
                        <th scope="row">{r.short_title}{period}</th>
                        <td><abbr title=measure_definition(f.measure)>{measure_label(f.measure)}</abbr></td>
                        <td class="num">{figure_value(f)}" "{flag}</td>
                        <td>{f.note}<SourceLinks ids=f.sources/></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label="Figures">
                <table class="figures">
                    <thead><tr><th scope="col">"Report"</th><th scope="col">"Measure"</th><th scope="col">"Figure"</th><th scope="col">"Note and sources"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let listings_view = (!listings.is_empty()).then(|| {
        let items = listings
            .into_iter()
            .map(|l| {
                let list = &ds.lists[usize::from(l.list)];
                let label = (!l.label.is_empty()).then(|| format!(" as “{}”", l.label));
                let removed = l.removed.map(|d| format!("; removed by {}", date(&d)));
                let flag = status_flag(l.status).map(|s| view! { <span class="flag">{s}</span> });
                let note = (!l.note.is_empty()).then(|| view! { <span class="note">{format!(" {}", l.note)}</span> });
                view! {
                    <li>{list.title}{list.date.map(|d| format!(" ({})", date(&d)))}{label}{removed}" "{flag}{note}<SourceLinks ids=l.sources/></li>
                }
            })
            .collect_view();
        view! { <h4>"Named on lists"</h4><ul>{items}</ul> }
    });
    let disputes_view = (!disputes.is_empty()).then(|| {
        let items = disputes
            .into_iter()
            .map(|d| {
                let kind = match d.kind {
                    crate::dataset::DisputeKind::Dispute => "Disputed by",
                    crate::dataset::DisputeKind::Correction => "Corrected by",
                };
                let report = d.report.and_then(|r| ds.reports.get(usize::from(r))).map(|r| format!(" ({})", r.short_title));
                view! {
                    <li>
                        <strong>{format!("{kind} {}", d.by)}</strong>{d.date.map(|x| format!(", {}", date(&x)))}{report}": "{d.text}
                        <SourceLinks ids=d.sources/>
                    </li>
                }
            })
            .collect_view();
        view! { <h4>"Disputes and corrections"</h4><ul class="disputes">{items}</ul> }
    });
    view! {
        <div class="details" id=id>
            {parent}{note}
            <h4>"Policy"</h4>
            {policy_view}
            {state_law}
            {history_view}
            <h4>"Figures in every report"</h4>
            {figures_view}
            {listings_view}
            {disputes_view}
        </div>
    }
}

fn policy_card(p: &'static Policy, overridden: Option<&'static Policy>) -> impl IntoView {
    let overridden = overridden.map(|s| {
        let from = s.enacted.map(|d| date(&d)).unwrap_or_default();
        let name = if s.identifier.is_empty() { s.instrument } else { s.identifier };
        view! { <p class="overridden"><strong>"Overridden by state law: "</strong>{format!("{name}, in force from {from}, requires honouring detainers.")}</p> }
    });
    let when = match (p.enacted, p.ended) {
        (Some(a), Some(b)) => format!("In force {} – {}", date(&a), date(&b)),
        (Some(a), None) => format!("Since {}", date(&a)),
        (None, Some(b)) => format!("Until {}", date(&b)),
        (None, None) => "Date not known".to_string(),
    };
    let flag = status_flag(p.status).map(|s| view! { <span class="flag">{s}</span> });
    let row = |label: &'static str, value: &'static str| {
        (!value.is_empty()).then(|| view! { <dt>{label}</dt><dd>{value}</dd> })
    };
    view! {
        <article class="policy-card">
            <p>
                <span class=format!("badge badge-{}", p.category.code()) title=category_definition(p.category)>{category_label(p.category)}</span>
                " "{when}" "{flag}
            </p>
            {overridden}
            <p>{p.description}</p>
            <dl class="facts">
                {row("Instrument", p.instrument)}
                {row("Identifier", p.identifier)}
                {row("When ICE's detainer is honoured", p.criteria)}
                {row("ICE access to the jail", p.jail_access)}
                {row("Notice of release to ICE", p.release_notification)}
            </dl>
            <SourceLinks ids=p.sources/>
        </article>
    }
}
