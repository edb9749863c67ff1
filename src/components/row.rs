//! One jurisdiction in the list: name, place, policy badge, the selected report's figure with a
//! proportional bar, and a button that expands the details.

use leptos::prelude::*;

use super::details::Details;
use super::{flag, lang, roving_focus, selected, shared, text, Shared};
use crate::dataset::{states::state_name, Dataset, Figure, Level, Measure};
use crate::i18n::Lang;
use crate::query::charts::ranking::percent;
use crate::query::context::{ended_by_name, row_policy, standing, Standing};
use crate::query::figures::{best_figure, headline, sources_disagree};
use crate::query::format::{date, figure_value, lang_attr, localized};
use crate::query::nav::Layout;

/// The element id of a row's expand button, which the arrow keys move between.
fn button_id(id: &str) -> String {
    format!("expand-{id}")
}

/// `"51 detainers issued (2018)"`: a figure with its measure and, where it is narrower than the
/// report's, its period.
pub(super) fn with_period(f: &Figure, measure: Measure, lang: Lang) -> String {
    let t = lang.text();
    let mut s = format!("{} {}", figure_value(f, lang), t.measure(measure));
    if !f.period.is_empty() {
        s.push_str(&format!(" ({})", f.period));
    }
    s
}

/// Whose count a figure from ICE's records is: one jail's ("at TRAVIS COUNTY JAIL"), or the sum
/// of the jurisdiction's jails ("sum of its 2 jails", listed in the details); `None` otherwise.
pub(super) fn jails_label(ds: &Dataset, f: &Figure, lang: Lang) -> Option<String> {
    let t = lang.text();
    match f.facility.and_then(|i| ds.facilities.get(usize::from(i))) {
        Some(fac) => Some((t.at_facility)(fac.name)),
        None if f.sum => Some((t.sum_of_jails)(crate::query::records::summed(ds, f).len())),
        None => None,
    }
}

/// A figure's first source as the details cite them (primary documents first), one click away;
/// all of them are in the details.
pub(super) fn first_source(ds: &Dataset, f: &Figure, lang: Lang) -> Option<impl IntoView> {
    let t = lang.text();
    crate::query::sources::ordered(ds, f.sources).first().copied().map(|s| {
        let label = crate::query::sources::publisher_name(s);
        view! {
            <a class="figure-source" href=s.url target="_blank" rel="noopener noreferrer" title=crate::query::sources::citation(s, lang)>
                {label}<span class="visually-hidden">{format!(" ({}, {})", t.sources_label, t.new_tab)}</span>
            </a>
        }
    })
}

/// "Latest figure: 12 detainers declined (2019) — ICE records, 2019", flagged, with its first
/// source: a figure from another report than the one shown, named by its report.
pub(super) fn latest_line(ds: &'static Dataset, f: &'static Figure, lang: Lang) -> impl IntoView {
    let t = lang.text();
    let fig = with_period(f, f.measure, lang);
    let fig = match jails_label(ds, f, lang) {
        Some(j) => format!("{fig} ({j})"),
        None => fig,
    };
    let of = ds.reports.get(usize::from(f.report)).map_or("", |r| localized(r.short_title, r.short_title_es, lang).0);
    view! { <p class="latest">{(t.latest_figure)(&fig, of)}" "{flag(t.status(f.status))}" "{first_source(ds, f, lang)}</p> }
}

/// A row's policy on `on`, in one line: the policy of the day (in force, or how it had ended),
/// else "no local policy" with the state's law in force and the 287(g) status (`has_agreement`:
/// whether it has any 287(g) agreement, which the caller has looked up already).
pub(super) fn policy_view(ds: &'static Dataset, index: usize, on: crate::dataset::Date, lang: Lang, has_agreement: bool) -> AnyView {
    let Some(j) = ds.jurisdictions.get(index) else { return ().into_any() };
    let t = lang.text();
    let agreement_lists = shared().agreement_lists;
    let no_agreements = !has_agreement && matches!(j.level, Level::County | Level::City | Level::State);
    match row_policy(ds, index, on) {
        None if j.level == Level::Aggregate => {
            view! { <p class="policy"><span class="summary" lang=lang_attr(Lang::En, lang)>{j.note}</span></p> }.into_any()
        }
        Some(p) => {
            let year = |d: crate::dataset::Date| d.year.to_string();
            let (state, ended) = match standing(p, on) {
                Standing::Ended(e) => ((t.ended_row)(e.reason, e.date.year, ended_by_name(ds, p).as_deref(), e.on_or_before), true),
                _ => match p.start() {
                    Some(d) if p.enacted_on_or_before => ((t.in_force_by)(&year(d)), false),
                    Some(d) => ((t.in_force_since)(&year(d)), false),
                    None => (t.in_force_undated.to_string(), false),
                },
            };
            let (summary, summary_lang) = localized(p.summary, p.summary_es, lang);
            view! {
                <p class="policy" class:ended=ended>
                    <span class=format!("badge badge-{}", p.category.code())>{t.category(p.category)}</span>
                    " "<span class="standing">{state}</span>
                    " "<span class="summary" lang=lang_attr(summary_lang, lang)>{summary}</span>" "{flag(t.status(p.status))}
                </p>
            }
            .into_any()
        }
        None => {
            let none = if on == shared().today { t.no_policy.to_string() } else { (t.no_policy_by)(&date(&on, lang)) };
            // What does govern its jail: the state's law in force that day, where there is one.
            let state = crate::query::context::state_law_in_force(ds, index, on).map(|p| {
                let measure = if p.identifier.is_empty() { p.instrument } else { p.identifier };
                let since = p.start().map(|d| (t.since)(&d.year.to_string())).unwrap_or_default();
                let line = (t.state_law_row)(state_name(j.state).unwrap_or(j.state), t.category(p.category), measure, &since);
                view! { <p class="state-line">{line.trim_end_matches([',', ' ']).to_string()}</p> }
            });
            // Its 287(g) status, also when there is none to show.
            let no_agreement = no_agreements
                .then(|| crate::query::agreements::none_line(agreement_lists, lang))
                .flatten()
                .map(|line| view! { <p class="agreement none">{line}</p> });
            view! { <p class="policy"><span class="badge badge-none">{none}</span></p>{state}{no_agreement} }.into_any()
        }
    }
}

/// `index` is the jurisdiction; `max` the report's largest figure (the full bar); `visible` the
/// rows the list renders, for Up, Down, Home and End; `end` how many of the list's rows its page
/// holds (an open row further down is rendered after them, apart).
#[component]
pub fn JurisdictionRow(index: usize, max: Memo<u32>, visible: Memo<Vec<usize>>, end: Memo<usize>) -> impl IntoView {
    let Shared { ds, view, report: report_memo, on, .. } = shared();
    let Some(j) = ds.jurisdictions.get(index) else { return ().into_any() };
    let (lang, t) = (lang(), text());
    let selector = selected().expanded;
    // The build-time full list opens every row: no button can open one there.
    let always = super::static_page().is_some_and(|p| p.details);
    let expanded = Memo::new(move |_| always || selector.selected(&Some(j.id)));
    let toggle = move |_| view.update(|v| v.expanded = if v.expanded == Some(j.id) { None } else { Some(j.id) });
    // Escape inside an open row closes it and puts focus back on its button.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && expanded.get_untracked() {
            view.update(|v| v.expanded = None);
            super::focus(document().get_element_by_id(&button_id(j.id)));
        }
    };
    // Up and Down move between the rows' buttons, Home and End to the first and last shown.
    let on_button_key = move |ev: web_sys::KeyboardEvent| {
        let Some(at) = visible.with_untracked(|v| v.iter().position(|&i| i == index)) else { return };
        let ids = |n: usize| {
            visible.with_untracked(|v| v.get(n).and_then(|&i| ds.jurisdictions.get(i)).map(|j| button_id(j.id)).unwrap_or_default())
        };
        roving_focus(&ev, Layout::Column, visible.with_untracked(Vec::len), at, ids);
    };
    let details_id = format!("details-{}", j.id);
    let place = super::place::place_line(j, lang);
    // Its 287(g) agreements, apart from the policy: cooperation, not a limit.
    let agreements = crate::query::agreements::agreements_of(ds, index);
    let has_agreement = !agreements.is_empty();
    // The policy of the day shown (today unless the reader chose a date), and whether it was
    // in force that day or how it had ended.
    let badge = move || policy_view(ds, index, on.get(), lang, has_agreement);
    let figure = move || {
        let report = report_memo.get();
        let Some(r) = ds.reports.get(report) else { return ().into_any() };
        let primary = r.primary_measure;
        let head = headline(ds, index, report);
        let value_text = head.map(|f| figure_value(f, lang)).unwrap_or_else(|| t.not_reported.to_string());
        // An SVG attribute, not an inline style, so a strict Content-Security-Policy allows it.
        let width = head.and_then(|f| f.value).map(|v| percent(v, max.get())).unwrap_or_else(|| "0".into());
        let reported = head.is_some_and(|f| f.value.is_some());
        let period =
            head.filter(|f| !f.period.is_empty()).map(|f| view! { <span class="figure-period">{format!("({})", f.period)}</span> });
        let jails = head.and_then(|f| jails_label(ds, f, lang)).map(|j| view! { <span class="figure-period">{format!("({j})")}</span> });
        let source = head.and_then(|f| first_source(ds, f, lang));
        // Where this report has no number: the row's latest figure in another, with its report.
        let latest =
            (!reported).then(|| crate::query::figures::latest_elsewhere(ds, index, report)).flatten().map(|f| latest_line(ds, f, lang));
        let differ = flag(sources_disagree(ds, index, report, primary).then_some(t.sources_differ));
        // Detainers issued, where the report's own measure is another: by the same rule.
        let issued = (primary != Measure::Issued)
            .then(|| best_figure(ds, index, report, Measure::Issued, None))
            .flatten()
            .map(|f| view! { <p class="issued">{with_period(f, Measure::Issued, lang)}</p> });
        view! {
            <div class="figure" class:not-reported=!reported>
                <p class="figure-line">
                    <span class="figure-value">{value_text}</span>" "
                    <span class="figure-measure">{t.measure(primary)}</span>" "{period}{jails}" "{flag(head.and_then(|f| t.status(f.status)))}" "{differ}" "{source}
                </p>
                <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bar-track" width="100" height="4"></rect>
                    <rect class="bar-fill" width=width height="4"></rect>
                </svg>
                {issued}
                {latest}
            </div>
        }
        .into_any()
    };
    let agreement = crate::query::agreements::row_line(ds, &agreements, lang).map(|line| view! { <p class="agreement">{line}</p> });
    // The open row rendered after the page, apart from the rows around it, says so.
    let apart = Memo::new(move |_| visible.with(|v| v.len() > end.get() && v.last() == Some(&index)));
    let apart_note = move || apart.get().then(|| view! { <p class="apart-note">{t.open_row_apart}</p> });
    view! {
        <li class="jurisdiction" id=format!("row-{}", j.id) class:aggregate=j.level == Level::Aggregate class:expanded=move || expanded.get() class:apart=move || apart.get() on:keydown=on_key>
            {apart_note}
            <div class="row-main">
                <h3 class="name">
                    <button type="button" class="expand" id=button_id(j.id) on:keydown=on_button_key aria-expanded=move || expanded.get().to_string() aria-controls=details_id.clone() on:click=toggle>
                        <span class="chevron" aria-hidden="true"></span>
                        {j.name}
                    </button>
                </h3>
                <p class="place">{place}</p>
                {badge}
                {agreement}
                {figure}
            </div>
            <Show when=move || expanded.get()>
                <Details index=index id=format!("details-{}", j.id)/>
            </Show>
        </li>
    }
    .into_any()
}
