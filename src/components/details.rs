//! A jurisdiction's details: policies, dated history, every figure with its sources, the lists
//! that named it, and disputes and corrections.

use leptos::prelude::*;

use super::records::FacilityRecords;
use super::sources::SourceLinks;
use super::{data_lang, lang, status_flag, text};
use crate::dataset::Dataset;
use crate::dataset::{states::state_name, Policy};
use crate::i18n::{Lang, Text};
use crate::query::context::{history, policies_of, state_row, when_text, Scope, Step};
use crate::query::format::{date, figure_value, lang_attr, localized};

#[component]
pub fn Details(index: usize, id: String) -> impl IntoView {
    let ds = super::ds();
    let Some(j) = ds.jurisdictions.get(index) else { return ().into_any() };
    let mine = move |of: u16| usize::from(of) == index;
    let (lang, t) = (lang(), text());
    let policies = policies_of(ds, index);
    let mut events = history(ds, index, lang);
    let state = state_row(ds, index);
    // The build-time full list opens every row: there the state's law and history are told once,
    // in the state's own row, and each of its places links to it instead of repeating them.
    let mut state_policies = state.map(|s| policies_of(ds, s)).unwrap_or_default();
    let told_once = super::static_page().is_some_and(|p| p.details);
    let state_link = state
        .and_then(|s| ds.jurisdictions.get(s))
        .filter(|_| told_once && (!state_policies.is_empty() || events.iter().any(|e| e.scope == Scope::State)))
        .map(|s| {
            state_policies.clear();
            events.retain(|e| e.scope != Scope::State);
            view! { <p class="note"><a href=format!("#row-{}", s.id)>{(t.state_law_elsewhere)(s.name)}</a></p> }
        });
    // ICE's counts per jail, and their sums, have their own section.
    let mut figures: Vec<_> = ds.figures.iter().filter(|f| mine(f.jurisdiction) && !crate::query::figures::of_facilities(f)).collect();
    figures.sort_by_key(|f| (f.report, f.measure));
    let listings: Vec<_> = ds.listings.iter().filter(|l| mine(l.jurisdiction)).collect();
    let disputes: Vec<_> = ds.disputes.iter().filter(|d| mine(d.jurisdiction)).collect();
    let parent = j.parent.and_then(|p| ds.jurisdictions.get(usize::from(p))).map(|p| view! { <p class="note">{(t.part_of)(p.name)}</p> });
    let note = (!j.note.is_empty()).then(|| view! { <p class="note" lang=data_lang()>{j.note}</p> });

    let policy_view = if policies.is_empty() {
        view! { <p>{t.no_written_policy}</p> }.into_any()
    } else {
        policies.into_iter().map(|p| policy_card(ds, p, lang)).collect_view().into_any()
    };
    let state_name_text = state_name(j.state).unwrap_or(j.state);
    let state_law = (!state_policies.is_empty()).then(|| {
        let items = state_policies
            .into_iter()
            .map(|p| {
                let when = when_text(ds, p, lang);
                let flag = status_flag(t.status(p.status), p.status_note);
                let (summary, summary_lang) = localized(p.summary, p.summary_es, lang);
                view! {
                    <li>
                        <span class=format!("badge badge-{}", p.category.code()) title=t.category_definition(p.category)>{t.category(p.category)}</span>" "
                        <strong lang=data_lang()>{if p.identifier.is_empty() { p.instrument } else { p.identifier }}</strong>{format!(" ({when}): ")}<span lang=lang_attr(summary_lang, lang)>{summary}</span>" "{flag}
                        <SourceLinks ids=p.sources/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h4>{(t.state_law_heading)(state_name_text)}</h4>
            <p class="note">{t.state_law_note}</p>
            <ul class="state-law">{items}</ul>
        }
    });
    let history_view = (!events.is_empty()).then(|| {
        let items = events
            .into_iter()
            .map(|e| {
                let flag = status_flag(t.status(e.status), e.status_note);
                let scope = (e.scope == Scope::State).then(|| view! { <span class="scope">{t.state_scope}</span>" " });
                let when = match e.date {
                    Some(d) if e.on_or_before => (t.by_date)(&date(&d, lang)),
                    Some(d) => date(&d, lang),
                    None => t.date_unknown_cap.to_string(),
                };
                let step = match e.step {
                    Step::Event(kind) => t.event(kind),
                    Step::Ended(reason) => t.end_step(reason),
                };
                view! {
                    <li class:state-entry=e.scope == Scope::State>
                        <time>{when}</time>" · "{scope}<strong>{step}</strong>": "<span lang=lang_attr(e.text_lang, lang)>{e.text}</span>" "{flag}
                        <SourceLinks ids=e.sources/>
                    </li>
                }
            })
            .collect_view();
        view! { <h4>{t.history_heading}</h4><ol class="timeline">{items}</ol> }
    });
    let runs_facilities = ds.facilities.iter().any(|f| mine(f.jurisdiction));
    let figures_view = if figures.is_empty() && runs_facilities {
        ().into_any()
    } else if figures.is_empty() {
        view! { <p>{t.no_figures}</p> }.into_any()
    } else {
        let rows = figures
            .into_iter()
            .filter_map(|f| {
                let r = ds.reports.get(usize::from(f.report))?;
                let flag = status_flag(t.status(f.status), f.status_note);
                let period = (!f.period.is_empty()).then(|| view! { <span class="note">{format!(" ({})", f.period)}</span> });
                Some(view! {
                    <tr>
                        <th scope="row"><span>{localized(r.short_title, r.short_title_es, lang).0}</span><span lang=data_lang()>{period}</span></th>
                        <td><abbr title=t.measure_definition(f.measure)>{t.measure(f.measure)}</abbr></td>
                        <td class="num">{figure_value(f, lang)}" "{flag}</td>
                        <td><span lang=data_lang()>{f.note}</span><SourceLinks ids=f.sources/></td>
                    </tr>
                })
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=t.figures_region>
                <table class="figures">
                    <thead><tr>{t.figure_columns.map(|c| view! { <th scope="col">{c}</th> })}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let listings_view = (!listings.is_empty()).then(|| {
        let items = listings
            .into_iter()
            .filter_map(|l| {
                let list = ds.lists.get(usize::from(l.list))?;
                let label = (!l.label.is_empty()).then(|| (t.listed_as)(l.label));
                let removed = l.removed.map(|d| (t.removed_by)(&date(&d, lang)));
                let flag = status_flag(t.status(l.status), l.status_note);
                let note = (!l.note.is_empty()).then(|| view! { <span class="note" lang=data_lang()>{format!(" {}", l.note)}</span> });
                Some(view! {
                    <li><span lang=data_lang()>{list.title}</span>{list.date.map(|d| format!(" ({})", date(&d, lang)))}{label}{removed}" "{flag}{note}<SourceLinks ids=l.sources/></li>
                })
            })
            .collect_view();
        view! { <h4>{t.lists_heading}</h4><ul>{items}</ul> }
    });
    let disputes_view = (!disputes.is_empty()).then(|| {
        let items = disputes
            .into_iter()
            .map(|d| {
                let who = match d.kind {
                    crate::dataset::DisputeKind::Dispute => (t.disputed_by)(d.by),
                    crate::dataset::DisputeKind::Correction => (t.corrected_by)(d.by),
                };
                let report = d.report.and_then(|r| ds.reports.get(usize::from(r))).map(|r| format!(" ({})", localized(r.short_title, r.short_title_es, lang).0));
                view! {
                    <li>
                        <strong>{who}</strong>{d.date.map(|x| format!(", {}", date(&x, lang)))}{report}": "<span lang=data_lang()>{d.text}</span>
                        <SourceLinks ids=d.sources/>
                    </li>
                }
            })
            .collect_view();
        view! { <h4>{t.disputes_heading}</h4><ul class="disputes">{items}</ul> }
    });
    view! {
        <div class="details" id=id>
            {parent}{note}
            <h4>{t.policy_heading}</h4>
            {policy_view}
            {state_law}
            {state_link}
            {history_view}
            <h4>{t.figures_heading}</h4>
            {figures_view}
            <FacilityRecords index=index/>
            {agreements_view(ds, index, lang)}
            {listings_view}
            {disputes_view}
            // Its own page (from a place's page too: links are relative to the site's root).
            <p class="record-page"><a href=format!("{}{}", super::root(), super::place_path(j.id))>{t.record_page}</a></p>
        </div>
    }
    .into_any()
}

fn policy_card(ds: &'static Dataset, p: &'static Policy, lang: Lang) -> impl IntoView {
    let t: &Text = lang.text();
    let data_lang = lang_attr(Lang::En, lang);
    let when = when_text(ds, p, lang);
    // How it ended, in the data's words, with the sources of the ending.
    let ended = p.end.filter(|e| !e.note.is_empty() || !e.sources.is_empty()).map(|e| {
        let (note, note_lang) = localized(e.note, e.note_es, lang);
        view! { <p class="end-note"><span lang=lang_attr(note_lang, lang)>{note}</span><SourceLinks ids=e.sources/></p> }
    });
    let flag = status_flag(t.status(p.status), p.status_note);
    let row = move |label: &'static str, value: &'static str| {
        (!value.is_empty()).then(|| view! { <dt>{label}</dt><dd lang=data_lang>{value}</dd> })
    };
    let (description, description_lang) = localized(p.description, p.description_es, lang);
    let [instrument, identifier, criteria, access, notice] = t.policy_facts;
    view! {
        <article class="policy-card">
            <p>
                <span class=format!("badge badge-{}", p.category.code()) title=t.category_definition(p.category)>{t.category(p.category)}</span>
                " "{when}" "{flag}
            </p>
            {ended}
            <p lang=lang_attr(description_lang, lang)>{description}</p>
            <dl class="facts">
                {row(instrument, p.instrument)}
                {row(identifier, p.identifier)}
                {row(criteria, p.criteria)}
                {row(access, p.jail_access)}
                {row(notice, p.release_notification)}
            </dl>
            <SourceLinks ids=p.sources/>
        </article>
    }
}

/// The jurisdiction's 287(g) agreements, each with its agency, model (explained), signing date as
/// ICE gave it, and the lists it is on.
fn agreements_view(ds: &'static Dataset, index: usize, lang: Lang) -> Option<impl IntoView> {
    let t: &Text = lang.text();
    let agreements = crate::query::agreements::agreements_of(ds, index);
    (!agreements.is_empty()).then(|| {
        let items = agreements
            .into_iter()
            .map(|a| {
                let pending = a.pending.then(|| view! { " "<span class="flag">{t.agreement_pending}</span> });
                view! {
                    <li>
                        <strong lang=data_lang()>{a.agency}</strong>": "
                        <abbr title=t.agreement_model_definition(a.model)>{crate::query::agreements::agreement_text(a, lang)}</abbr>
                        {pending}
                        <p class="note">{t.agreement_model_definition(a.model)}</p>
                        <SourceLinks ids=a.sources/>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h4>{t.agreements_heading}</h4>
            <p class="note">{t.agreements_note}</p>
            <ul class="agreements">{items}</ul>
        }
    })
}
