//! Search, filters, sort and the announced result count.

use leptos::prelude::*;

use super::downloads::Downloads;
use super::sources::SourceLinks;
use super::{data_lang, lang, shared, text};
use crate::dataset::{data, states::state_name, Category};
use crate::query::format::date;
use crate::query::view::Sort;

#[component]
pub fn Controls() -> impl IntoView {
    view! {
        <section class="controls" aria-label=text().filters_label>
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
    let t = text();
    view! {
        <div class="field search-field">
            <label for="search">{t.search_label}</label>
            <input id="search" type="search" autocomplete="off" spellcheck="false"
                placeholder=t.search_placeholder
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
    /// The language of the options' texts when it is not the page's (dataset titles).
    #[prop(default = None)]
    options_lang: Option<&'static str>,
) -> impl IntoView {
    let opts = options
        .into_iter()
        .map(|(value, text)| {
            let v2 = value.clone();
            view! { <option value=value lang=options_lang selected=move || current.with(|c| *c == v2)>{text}</option> }
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
        <Picker id="state" label=text().state_label any=text().all_states options current choose=move |code: String| {
            let found = data().jurisdictions.iter().map(|j| j.state).find(|s| *s == code);
            view.update(|v| v.state = found);
        }/>
    }
}

#[component]
fn CategoryFilter() -> impl IntoView {
    let view = shared().view;
    let t = text();
    let options = Category::ALL.iter().map(|c| (c.code().to_string(), t.category(*c).to_string())).collect();
    let current = Signal::derive(move || view.with(|v| v.category.map(|c| c.code()).unwrap_or("").to_string()));
    view! {
        <Picker id="category" label=t.category_label any=t.any_category options current choose=move |code: String| {
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
        <Picker id="list" label=text().list_label any=text().any_list options options_lang=data_lang() current choose=move |i: String| {
            let list = i.parse::<usize>().ok().filter(|i| *i < data().lists.len());
            view.update(|v| v.list = list);
        }/>
    }
}

#[component]
fn SortPicker() -> impl IntoView {
    let view = shared().view;
    let t = text();
    let options = Sort::ALL
        .into_iter()
        .zip(t.sorts)
        .map(|(s, label)| {
            view! { <option value=s.code() selected=move || view.with(|v| v.sort == s)>{label}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="sort">{t.sort_label}</label>
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
            <label for="has-figures">{text().has_figures}</label>
        </div>
    }
}

/// When filtering by a list: what it is, when it was published, how many it named here.
#[component]
pub fn ListSummary() -> impl IntoView {
    let view = shared().view;
    let (lang, t) = (lang(), text());
    move || {
        let ds = data();
        let i = view.with(|v| v.list)?;
        let list = ds.lists.get(i)?;
        let named = ds.listings.iter().filter(|l| usize::from(l.list) == i).count();
        let removed = ds.listings.iter().filter(|l| usize::from(l.list) == i && l.removed.is_some()).count();
        let when = list.date.map(|d| format!("{}. ", date(&d, lang))).unwrap_or_default();
        let size = (t.list_size)(named, removed);
        Some(view! {
            <div class="list-summary">
                <p><strong lang=data_lang()>{list.title}</strong>" — "{format!("{}{}.", when, list.publisher)}</p>
                <p>{size}" "<span lang=data_lang()>{list.description}</span></p>
                <SourceLinks ids=list.sources/>
            </div>
        })
    }
}

/// The number of rows, announced politely to screen readers when it changes.
#[component]
fn ResultCount() -> impl IntoView {
    let Shared { view, rows, .. } = shared();
    let t = text();
    let count = move || (t.results)(rows.with(Vec::len), view.with(|v| v.is_filtered()));
    view! { <p id="result-count" class="result-count" role="status" aria-live="polite">{count}</p> }
}

use super::Shared;
