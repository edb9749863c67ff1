//! Ranking: the jurisdictions with the most declined (or issued) detainers in the report.

use leptos::prelude::*;

use super::Panel;
use crate::components::{lang, shared, text, Shared};
use crate::dataset::{data, Measure};
use crate::query::charts::{bar_length, ranking};
use crate::query::format::{capitalised, value_text};

const TOP: usize = 10;

#[component]
pub fn RankingChart() -> impl IntoView {
    let Shared { view, rows, .. } = shared();
    let (lang, t) = (lang(), text());
    let report = Memo::new(move |_| view.with(|v| v.report));
    // Issued or declined: owned here, since only this picture switches between them.
    let choice = RwSignal::new(None::<Measure>);
    let measure = Memo::new(move |_| {
        let r = data().reports.get(report.get()).map(|r| r.primary_measure).unwrap_or(Measure::Declined);
        choice.get().unwrap_or(r)
    });
    let has_issued = Memo::new(move |_| {
        let r = report.get();
        data().figures.iter().any(|f| usize::from(f.report) == r && f.measure == Measure::Issued && f.value.is_some())
    });
    let data_ = Memo::new(move |_| rows.with(|rows| ranking(data(), rows, report.get(), measure.get(), TOP)));
    let title = Signal::derive(move || (t.ranking_title)(t.measure(measure.get())));
    let description = Signal::derive(move || {
        let r = data_.get();
        if r.bars.is_empty() {
            (t.ranking_empty)(t.measure(measure.get()))
        } else {
            (t.ranking_description)(r.bars.len(), r.rest, r.not_reported)
        }
    });
    let toggle = move || {
        let primary = data().reports.get(report.get()).map(|r| r.primary_measure).unwrap_or(Measure::Declined);
        (has_issued.get() && primary != Measure::Issued).then(|| {
            let button = move |m: Measure, label: &'static str| {
                view! {
                    <button type="button" class="seg" aria-pressed=move || (measure.get() == m).to_string() on:click=move |_| choice.set(Some(m))>{label}</button>
                }
            };
            view! {
                <div class="segmented" role="group" aria-label=t.measure_shown>
                    {button(primary, t.measure(primary))}
                    {button(Measure::Issued, t.issued_toggle)}
                </div>
            }
        })
    };
    let picture = move || {
        let r = data_.get();
        let max = r.bars.first().map(|b| b.value).unwrap_or(0);
        let open = view.with(|v| v.expanded);
        let ds = data();
        let items = r
            .bars
            .into_iter()
            .map(|b| {
                let j = &ds.jurisdictions[b.jurisdiction];
                let len = format!("{:.2}", bar_length(b.value, max, 100.0));
                let flag = t.status(b.status).map(|s| view! { <span class="flag">{s}</span> });
                let id = j.id;
                view! {
                    <li class="rank" class:highlight=open == Some(id)>
                        <button type="button" class="rank-button" on:click=move |_| open_row(view, id)>
                            <span class="rank-name">{j.name}" "<span class="rank-state">{j.state}</span></span>
                            <span class="rank-value">{value_text(Some(b.value), b.qualifier, lang)}<span class="visually-hidden">{format!(" {}", t.measure(measure.get_untracked()))}</span></span>
                            <svg class="rank-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="bar-track" width="100" height="6"></rect>
                                <rect class="bar-fill" width=len height="6"></rect>
                            </svg>
                        </button>
                        " "{flag}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="ranking">{items}</ol> }
    };
    let table = move || {
        let r = data_.get();
        let ds = data();
        let rows_ = r
            .bars
            .into_iter()
            .enumerate()
            .map(|(n, b)| {
                let j = &ds.jurisdictions[b.jurisdiction];
                view! { <tr><td>{n + 1}</td><th scope="row">{j.name}", "{j.state}</th><td class="num">{value_text(Some(b.value), b.qualifier, lang)}</td><td>{t.status(b.status).unwrap_or("")}</td></tr> }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=t.ranking_table>
                <table class="data-table">
                    <thead><tr><th scope="col">{t.ranking_columns[0]}</th><th scope="col">{t.ranking_columns[1]}</th><th scope="col">{move || capitalised(t.measure(measure.get()))}</th><th scope="col">{t.ranking_columns[2]}</th></tr></thead>
                    <tbody>{rows_}</tbody>
                </table>
            </div>
        }
    };
    view! {
        <Panel id="ranking" title description
            picture=move || view! { {toggle} {picture} }.into_any()
            table=move || view! { {toggle} {table} }.into_any()/>
    }
}


/// Expands a jurisdiction's row in the list and scrolls to it.
pub fn open_row(view: RwSignal<crate::query::view::ViewState>, id: &'static str) {
    view.update(|v| v.expanded = Some(id));
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&format!("row-{id}")) {
            el.scroll_into_view();
            crate::components::focus_first(Some(&el), ".expand");
        }
    });
}
