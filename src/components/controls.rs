//! Search, filters, sort and the announced result count. The filters fold into one line that
//! says how many are in use; the search box sits directly above the results.

use leptos::prelude::*;

use super::sources::SourceLinks;
use super::{data_lang, lang, selected, shared, text, Later};
use crate::dataset::{states::state_name, Category, Date};
use crate::query::format::{date, localized};
use crate::query::view::Sort;

#[component]
pub fn Controls() -> impl IntoView {
    let view = shared().view;
    let t = text();
    let in_use = move || view.with(|v| (t.filters_in_use)(v.choices_in_use()));
    view! {
        <section class="controls" aria-label=t.filters_label>
            <details class="filters-box" on:keydown=super::close_details_on_escape>
                <summary>{t.filters_label}" "<span class="in-use">{in_use}</span></summary>
                <div class="filters">
                    <Later>
                        <StateFilter/>
                        <CategoryFilter/>
                        <ListFilter/>
                        <AgreementFilterPicker/>
                        <SortPicker/>
                        <HasFigures/>
                        <AsOfPicker/>
                    </Later>
                </div>
            </details>
        </section>
    }
}

/// The search box, with the result count and the policy date under it: placed directly above
/// the list, so that what a reader types changes what they see on a phone's first screen.
#[component]
pub fn SearchBar() -> impl IntoView {
    view! {
        <div class="search-bar">
            <SearchBox/>
            <AsOfNote/>
            <ResultCount/>
        </div>
    }
}

#[component]
fn SearchBox() -> impl IntoView {
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

/// One option of a [`Picker`]: its value, its text, and whether it is the chosen one.
type PickerOption = (String, String, Signal<bool>);

/// A `<select>` whose first option means "any" (chosen while `any_chosen`); `choose` gets the
/// picked option's value. One function for every picker (not generic, so compiled once).
#[component]
fn Picker(
    id: &'static str,
    label: &'static str,
    #[prop(into)] any: String,
    options: Vec<PickerOption>,
    any_chosen: Signal<bool>,
    choose: Callback<String>,
    /// The language of the options' texts when it is not the page's (dataset titles).
    #[prop(default = None)]
    options_lang: Option<&'static str>,
) -> impl IntoView {
    let opts = options
        .into_iter()
        .map(|(value, text, chosen)| view! { <option value=value lang=options_lang selected=move || chosen.get()>{text}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| choose.run(event_target_value(&ev))>
                <option value="" selected=move || any_chosen.get()>{any}</option>
                {opts}
            </select>
        </div>
    }
}

/// The options of a picker over `values`, each chosen when `chosen` selects `Some(value)`.
fn options<T>(values: impl IntoIterator<Item = (T, String, String)>, chosen: &Selector<Option<T>>) -> (Vec<PickerOption>, Signal<bool>)
where
    T: PartialEq + Eq + Clone + std::hash::Hash + Send + Sync + 'static,
{
    let opts = values
        .into_iter()
        .map(|(v, value, text)| {
            let chosen = chosen.clone();
            (value, text, Signal::derive(move || chosen.selected(&Some(v.clone()))))
        })
        .collect();
    let none = chosen.clone();
    (opts, Signal::derive(move || none.selected(&None)))
}

#[component]
fn StateFilter() -> impl IntoView {
    let Shared { ds, view, .. } = shared();
    let mut codes: Vec<&'static str> = ds.jurisdictions.iter().map(|j| j.state).filter(|s| *s != "US").collect();
    codes.sort_by_key(|c| state_name(c).unwrap_or(c));
    codes.dedup();
    let (options, any_chosen) =
        options(codes.into_iter().map(|c| (c, c.to_string(), state_name(c).unwrap_or(c).to_string())), &selected().state);
    let choose = Callback::new(move |code: String| {
        let found = ds.jurisdictions.iter().map(|j| j.state).find(|s| *s == code && *s != "US");
        view.update(|v| v.state = found);
    });
    view! { <Picker id="state" label=text().state_label any=text().all_states options any_chosen choose/> }
}

#[component]
fn CategoryFilter() -> impl IntoView {
    let view = shared().view;
    let t = text();
    let (options, any_chosen) =
        options(Category::ALL.iter().map(|c| (*c, c.code().to_string(), t.category(*c).to_string())), &selected().category);
    let choose = Callback::new(move |code: String| view.update(|v| v.category = Category::from_code(&code)));
    view! { <Picker id="category" label=t.category_label any=t.any_category options any_chosen choose/> }
}

/// The day whose policies the list shows: today, or the last day of a report's period (so a
/// reader sees the record as it stood in the weeks of ICE's 2017 reports), or a day from the URL.
#[component]
fn AsOfPicker() -> impl IntoView {
    let Shared { ds, view, today, .. } = shared();
    let (t, lang) = (text(), lang());
    let mut days: Vec<(Date, &'static str)> = Vec::new();
    for r in ds.reports {
        if let Some(end) = r.period_end.filter(|d| d.day != 0 && *d < today) {
            if !days.iter().any(|(d, _)| *d == end) {
                days.push((end, localized(r.short_title, r.short_title_es, lang).0));
            }
        }
    }
    days.sort_by_key(|d| std::cmp::Reverse(d.0));
    let mut values: Vec<(Date, String, String)> =
        days.into_iter().map(|(d, r)| (d, d.iso(), (t.as_of_report)(&date(&d, lang), r))).collect();
    if let Some(d) = view.with_untracked(|v| v.as_of).filter(|d| !values.iter().any(|(x, _, _)| x == d)) {
        values.insert(0, (d, d.iso(), date(&d, lang)));
    }
    let (options, any_chosen) = options(values, &selected().as_of);
    let choose = Callback::new(move |iso: String| view.update(|v| v.as_of = Date::parse(&iso).filter(|d| d.day != 0)));
    let today_text = (t.as_of_today)(&date(&today, lang));
    view! { <Picker id="as-of" label=t.as_of_label any=today_text options any_chosen choose/> }
}

/// Says, above the list, that its policies are those of an earlier day.
#[component]
fn AsOfNote() -> impl IntoView {
    let Shared { view, .. } = shared();
    let lang = lang();
    move || view.with(|v| v.as_of).map(|d| view! { <p class="as-of-note" role="status">{(text().as_of_note)(&date(&d, lang))}</p> })
}

#[component]
fn ListFilter() -> impl IntoView {
    let Shared { ds, view, .. } = shared();
    let (options, any_chosen) =
        options(ds.lists.iter().enumerate().map(|(i, l)| (i, i.to_string(), l.title.to_string())), &selected().list);
    let choose = Callback::new(move |i: String| {
        let list = i.parse::<usize>().ok().filter(|i| *i < ds.lists.len());
        view.update(|v| v.list = list);
    });
    view! { <Picker id="list" label=text().list_label any=text().any_list options options_lang=data_lang() any_chosen choose/> }
}

/// Rows with a 287(g) agreement: signed (any model, or one model) or pending.
#[component]
fn AgreementFilterPicker() -> impl IntoView {
    use crate::query::agreements::AgreementFilter;
    let view = shared().view;
    let t = text();
    let values =
        AgreementFilter::ALL.into_iter().zip(t.agreement_filter_options).map(|(f, label)| (f, f.code().to_string(), label.to_string()));
    let (options, any_chosen) = options(values, &selected().agreement);
    let choose = Callback::new(move |code: String| view.update(|v| v.agreement = AgreementFilter::from_code(&code)));
    view! { <Picker id="agreement" label=t.agreement_filter_label any=t.agreement_filter_any options any_chosen choose/> }
}

#[component]
fn SortPicker() -> impl IntoView {
    let view = shared().view;
    let t = text();
    let chosen = selected().sort;
    let options = Sort::ALL
        .into_iter()
        .zip(t.sorts)
        .map(|(s, label)| {
            let chosen = chosen.clone();
            view! { <option value=s.code() selected=move || chosen.selected(&s)>{label}</option> }
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
    let Shared { ds, list, .. } = shared();
    let (lang, t) = (lang(), text());
    move || {
        let i = list.get()?;
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
