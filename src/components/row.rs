//! One jurisdiction in the list: name, place, policy badge, the selected report's figure with a
//! proportional bar, and a button that expands the details.

use leptos::prelude::*;

use super::details::Details;
use super::{lang, shared, text, Shared};
use crate::dataset::{data, states::state_name, Level, Measure};
use crate::i18n::{Lang, Text};
use crate::query::context::current_policy;
use crate::query::format::{figure_value, lang_attr, localized};
use crate::query::select::{figures_of, headline, sources_disagree};

#[component]
pub fn JurisdictionRow(index: usize, max: Memo<u32>) -> impl IntoView {
    let ds = data();
    let Shared { view, report: report_memo, .. } = shared();
    let j = &ds.jurisdictions[index];
    let (lang, t) = (lang(), text());
    let expanded = Memo::new(move |_| view.with(|v| v.expanded == Some(j.id)));
    let toggle = move |_| view.update(|v| v.expanded = if v.expanded == Some(j.id) { None } else { Some(j.id) });
    let button_ref = NodeRef::<leptos::html::Button>::new();
    // Escape inside an open row closes it and puts focus back on its button.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && expanded.get_untracked() {
            view.update(|v| v.expanded = None);
            if let Some(b) = button_ref.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    // Up and Down move between the rows' buttons, Home and End to the first and last.
    let on_button_key = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        if !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Home" | "End") {
            return;
        }
        if let Some(b) = button_ref.get_untracked() {
            if focus_row_button(&b, &key) {
                ev.prevent_default();
            }
        }
    };
    let details_id = format!("details-{}", j.id);
    let place = match j.level {
        Level::State | Level::Aggregate => t.level(j.level).to_string(),
        _ => format!("{}, {}", t.level(j.level), state_name(j.state).unwrap_or(j.state)),
    };
    let badge = match current_policy(ds, index) {
        None if j.level == Level::Aggregate => view! { <p class="policy"><span class="summary" lang=lang_attr(Lang::En, lang)>{j.note}</span></p> }.into_any(),
        Some(p) => {
            let overridden = crate::query::context::overridden_by(ds, index, p).and_then(|s| s.enacted);
            let ended = match (p.ended, overridden) {
                (Some(d), _) => (t.ended)(d.year),
                (None, Some(d)) => (t.overridden_year)(d.year),
                (None, None) => String::new(),
            };
            let flag = t.status(p.status).map(|s| view! { <span class="flag">{s}</span> });
            let (summary, summary_lang) = localized(p.summary, p.summary_es, lang);
            view! {
                <p class="policy">
                    <span class=format!("badge badge-{}", p.category.code())>{t.category(p.category)}{ended}</span>
                    " "<span class="summary" lang=lang_attr(summary_lang, lang)>{summary}</span>" "{flag}
                </p>
            }
            .into_any()
        }
        None => view! { <p class="policy"><span class="badge badge-none">{t.no_policy}</span></p> }.into_any(),
    };
    let figure = move || {
        let report = report_memo.get();
        let Some(r) = ds.reports.get(report) else { return ().into_any() };
        let primary = r.primary_measure;
        let head = headline(ds, index, report);
        let value_text = head.map(|f| figure_value(f, lang)).unwrap_or_else(|| t.not_reported.to_string());
        // An SVG attribute, not an inline style, so a strict Content-Security-Policy allows it.
        let width = match (head.and_then(|f| f.value), max.get()) {
            (Some(v), m) if m > 0 => format!("{:.2}", f64::from(v) * 100.0 / f64::from(m)),
            _ => "0".to_string(),
        };
        let reported = head.is_some_and(|f| f.value.is_some());
        let flag = head.and_then(|f| t.status(f.status)).map(|s| view! { <span class="flag">{s}</span> });
        // The figure's first source, one click away (all of them are in the details).
        let source = head.and_then(|f| f.sources.first()).and_then(|&i| ds.sources.get(usize::from(i))).map(|s| {
            let label = if s.publisher.is_empty() { s.title } else { s.publisher };
            view! {
                <a class="figure-source" href=s.url target="_blank" rel="noopener noreferrer" title=s.title>
                    {label}<span class="visually-hidden">{format!(" ({}, {})", t.sources_label, t.new_tab)}</span>
                </a>
            }
        });
        let differ = sources_disagree(ds, index, report, primary).then(|| view! { <span class="flag">{t.sources_differ}</span> });
        let issued = (primary != Measure::Issued)
            .then(|| headline_of(index, report, Measure::Issued, lang))
            .flatten()
            .map(|text| view! { <p class="issued">{text}</p> });
        view! {
            <div class="figure" class:not-reported=!reported>
                <p class="figure-line">
                    <span class="figure-value">{value_text}</span>" "
                    <span class="figure-measure">{t.measure(primary)}</span>" "{flag}" "{differ}" "{source}
                </p>
                <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bar-track" width="100" height="4"></rect>
                    <rect class="bar-fill" width=width height="4"></rect>
                </svg>
                {issued}
            </div>
        }
        .into_any()
    };
    view! {
        <li class="jurisdiction" id=format!("row-{}", j.id) class:aggregate=j.level == Level::Aggregate class:expanded=move || expanded.get() on:keydown=on_key>
            <div class="row-main">
                <h3 class="name">
                    <button type="button" class="expand" node_ref=button_ref on:keydown=on_button_key aria-expanded=move || expanded.get().to_string() aria-controls=details_id.clone() on:click=toggle>
                        <span class="chevron" aria-hidden="true"></span>
                        {j.name}
                    </button>
                </h3>
                <p class="place">{place}</p>
                {badge}
                {figure}
            </div>
            <Show when=move || expanded.get()>
                <Details index=index id=format!("details-{}", j.id)/>
            </Show>
        </li>
    }
}

/// Moves focus from a row's button to another row's button (`key`: ArrowDown, ArrowUp, Home,
/// End). Returns false when there is no such row.
fn focus_row_button(from: &web_sys::HtmlElement, key: &str) -> bool {
    let Some(row) = from.closest("li.jurisdiction").ok().flatten() else { return false };
    let target = match key {
        "ArrowDown" => row.next_element_sibling(),
        "ArrowUp" => row.previous_element_sibling(),
        _ => row.parent_element().and_then(|list| if key == "Home" { list.first_element_child() } else { list.last_element_child() }),
    };
    target.is_some_and(|r| super::focus_first(Some(&r), ".expand"))
}

/// `"51 detainers issued"` for a measure other than the report's primary one, if reported.
fn headline_of(jurisdiction: usize, report: usize, measure: Measure, lang: Lang) -> Option<String> {
    let t: &Text = lang.text();
    let ds = data();
    let mut figs: Vec<_> = figures_of(ds, jurisdiction, report, measure).collect();
    figs.sort_by_key(|f| (f.value.is_none(), f.status != crate::dataset::Status::Reported));
    let f = figs.first()?;
    Some(format!("{} {}", figure_value(f, lang), t.measure(measure)))
}
