//! Search, filters, sort and the announced result count.

use leptos::prelude::*;

use super::downloads::Downloads;
use super::shared;
use super::sources::SourceLinks;
use crate::dataset::{data, states::state_name, Category};
use crate::query::format::category_label;
use crate::query::view::Sort;

#[component]
pub fn Controls() -> impl IntoView {
    view! {
        <section class="controls" aria-label="Filters and sort">
            <div class="filters">
                <StateFilter/>
                <CategoryFilter/>
                <ListFilter/>
                <SortPicker/>
                <HasFigures/>
            </div>
            <ResultCount/>
            <Downloads/>
        </section>
    }
}

/// The search box, placed first so a reader can type a county name at once.
#[component]
pub fn SearchBox() -> impl IntoView {
    let view = shared().view;
    view! {
        <div class="field search-field">
            <label for="search">"Find a jurisdiction"</label>
            <input id="search" type="search" autocomplete="off" spellcheck="false"
                placeholder="County, city, state or law, e.g. Miami-Dade, NYC, SB 54"
                prop:value=move || view.with(|v| v.query.clone())
                on:input=move |ev| {
                    let q: String = event_target_value(&ev).chars().take(crate::query::view::MAX_QUERY).collect();
                    view.update(|v| v.query = q);
                }/>
        </div>
    }
}

/// A `<select>` whose first option means "any"; `choose` gets the picked option's value.
#[component]
fn Picker(
    id: &'static str,
    label: &'static str,
    any: &'static str,
    options: Vec<(String, String)>,
    current: Signal<String>,
    choose: impl Fn(String) + 'static,
) -> impl IntoView {
    let opts = options
        .into_iter()
        .map(|(value, text)| {
            let v2 = value.clone();
            view! { <option value=value selected=move || current.with(|c| *c == v2)>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| choose(event_target_value(&ev))>
                <option value="" selected=move || current.with(String::is_empty)>{any}</option>
                {opts}
            </select>
        </div>
    }
}

#[component]
fn StateFilter() -> impl IntoView {
    let view = shared().view;
    let mut codes: Vec<&'static str> = data().jurisdictions.iter().map(|j| j.state).filter(|s| *s != "US").collect();
    codes.sort_by_key(|c| state_name(c).unwrap_or(c));
    codes.dedup();
    let options = codes.into_iter().map(|c| (c.to_string(), state_name(c).unwrap_or(c).to_string())).collect();
    let current = Signal::derive(move || view.with(|v| v.state.unwrap_or("").to_string()));
    view! {
        <Picker id="state" label="State" any="All states" options current choose=move |code: String| {
            let found = data().jurisdictions.iter().map(|j| j.state).find(|s| *s == code);
            view.update(|v| v.state = found);
        }/>
    }
}

#[component]
fn CategoryFilter() -> impl IntoView {
    let view = shared().view;
    let options = Category::ALL.iter().map(|c| (c.code().to_string(), category_label(*c).to_string())).collect();
    let current = Signal::derive(move || view.with(|v| v.category.map(|c| c.code()).unwrap_or("").to_string()));
    view! {
        <Picker id="category" label="Policy" any="Any policy" options current choose=move |code: String| {
            view.update(|v| v.category = Category::from_code(&code));
        }/>
    }
}

#[component]
fn ListFilter() -> impl IntoView {
    let view = shared().view;
    let options = data().lists.iter().enumerate().map(|(i, l)| (i.to_string(), l.title.to_string())).collect();
    let current = Signal::derive(move || view.with(|v| v.list.map(|l| l.to_string()).unwrap_or_default()));
    view! {
        <Picker id="list" label="Named on a list" any="Any or none" options current choose=move |i: String| {
            let list = i.parse::<usize>().ok().filter(|i| *i < data().lists.len());
            view.update(|v| v.list = list);
        }/>
    }
}

#[component]
fn SortPicker() -> impl IntoView {
    let view = shared().view;
    let label = |s: Sort| match s {
        Sort::Figure => "Figure, high first",
        Sort::Name => "Name, A–Z",
        Sort::Enacted => "Policy date, earliest first",
    };
    let options = Sort::ALL
        .into_iter()
        .map(|s| {
            view! { <option value=s.code() selected=move || view.with(|v| v.sort == s)>{label(s)}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="sort">"Sort by"</label>
            <select id="sort" on:change=move |ev| {
                let s = Sort::from_code(&event_target_value(&ev)).unwrap_or_default();
                view.update(|v| v.sort = s);
            }>{options}</select>
        </div>
    }
}

#[component]
fn HasFigures() -> impl IntoView {
    let view = shared().view;
    view! {
        <div class="field check-field">
            <input id="has-figures" type="checkbox"
                prop:checked=move || view.with(|v| v.has_figures)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    view.update(|v| v.has_figures = on);
                }/>
            <label for="has-figures">"Only with a figure in this report"</label>
        </div>
    }
}

/// When filtering by a list: what it is, when it was published, how many it named here.
#[component]
pub fn ListSummary() -> impl IntoView {
    let view = shared().view;
    move || {
        let ds = data();
        let i = view.with(|v| v.list)?;
        let list = ds.lists.get(i)?;
        let named = ds.listings.iter().filter(|l| usize::from(l.list) == i).count();
        let removed = ds.listings.iter().filter(|l| usize::from(l.list) == i && l.removed.is_some()).count();
        let when = list.date.map(|d| format!("{}. ", crate::query::format::date(&d))).unwrap_or_default();
        let size = if removed > 0 {
            format!("{named} jurisdictions of this list are in the dataset, {removed} of them later removed.")
        } else {
            format!("{named} jurisdictions of this list are in the dataset.")
        };
        Some(view! {
            <div class="list-summary">
                <p><strong>{list.title}</strong>" — "{format!("{}{}.", when, list.publisher)}</p>
                <p>{size}" "{list.description}</p>
                <SourceLinks ids=list.sources/>
            </div>
        })
    }
}

/// The number of rows, announced politely to screen readers when it changes.
#[component]
fn ResultCount() -> impl IntoView {
    let Shared { view, rows, .. } = shared();
    let text = move || {
        let n = rows.with(Vec::len);
        let filtered = view.with(|v| v.is_filtered());
        match (n, filtered) {
            (0, _) => "No jurisdictions match.".to_string(),
            (1, true) => "1 jurisdiction matches.".to_string(),
            (n, true) => format!("{n} jurisdictions match."),
            (n, false) => format!("{n} jurisdictions and groups."),
        }
    };
    view! { <p id="result-count" class="result-count" role="status" aria-live="polite">{text}</p> }
}

use super::Shared;
