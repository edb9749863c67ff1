//! Ranking: the jurisdictions with the most declined (or issued) detainers in the report.

use leptos::prelude::*;

use super::{ChartPeriod, Panel};
use crate::components::{flag, lang, shared, text, Shared};
use crate::dataset::Measure;
use crate::query::charts::chosen_or_first;
use crate::query::charts::ranking::ranking;
use crate::query::figures::measures_of;
use crate::query::format::{capitalised, value_text};

const TOP: usize = 10;

#[component]
pub fn RankingChart() -> impl IntoView {
    let Shared { ds, view, rows, report, expanded, .. } = shared();
    let period = expect_context::<ChartPeriod>();
    let (lang, t) = (lang(), text());
    // Which measure: owned here, since only this picture switches between them. A choice the
    // next report has no numbers for falls back to that report's own measure.
    let choice = RwSignal::new(None::<Measure>);
    let available = Memo::new(move |_| measures_of(ds, report.get()));
    let measure = Memo::new(move |_| available.with(|a| chosen_or_first(choice.get(), a)).unwrap_or(Measure::Declined));
    let shown_period = Memo::new(move |_| period.of(ds, report.get(), measure.get()));
    let chart = Memo::new(move |_| rows.with(|rows| ranking(ds, rows, report.get(), measure.get(), shown_period.get(), TOP)));
    let title = Signal::derive(move || {
        // The measure is read before the period memo derived from it: read the other way round,
        // the title kept the old measure after a switch (seen with Leptos 0.8; the end-to-end
        // pictures suite catches it).
        let title = (t.ranking_title)(t.measure(measure.get()));
        let p = shown_period.get();
        if p.is_empty() {
            title
        } else {
            format!("{title} ({p})")
        }
    });
    let description = Signal::derive(move || {
        chart.with(|r| {
            if r.bars.is_empty() {
                (t.ranking_empty)(t.measure(measure.get()))
            } else {
                (t.ranking_description)(r.bars.len(), r.rest, r.not_reported)
            }
        })
    });
    // A switch between the measures the report has numbers for, when it has more than one.
    let toggle = move || {
        let measures = available.get();
        (measures.len() > 1).then(|| {
            let buttons = measures
                .into_iter()
                .map(|m| {
                    let label = if m == Measure::Issued { t.issued_toggle } else { t.measure(m) };
                    view! {
                        <button type="button" class="seg" aria-pressed=move || (measure.get() == m).to_string() on:click=move |_| choice.set(Some(m))>{label}</button>
                    }
                })
                .collect_view();
            view! { <div class="segmented" role="group" aria-label=t.measure_shown>{buttons}</div> }
        })
    };
    let picture = move || {
        let open = expanded.get();
        let items = chart
            .get()
            .bars
            .into_iter()
            .filter_map(|b| {
                let j = ds.jurisdictions.get(b.jurisdiction)?;
                let id = j.id;
                Some(view! {
                    <li class="rank" class:highlight=open == Some(id)>
                        <button type="button" class="rank-button" on:click=move |_| open_row(view, id)>
                            <span class="rank-name">{j.name}" "<span class="rank-state">{j.state}</span></span>
                            <span class="rank-value">{value_text(Some(b.value), b.qualifier, lang)}<span class="visually-hidden">{format!(" {}", t.measure(measure.get_untracked()))}</span></span>
                            <svg class="rank-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="bar-track" width="100" height="6"></rect>
                                <rect class="bar-fill" width=b.length height="6"></rect>
                            </svg>
                        </button>
                        " "{flag(t.status(b.status))}
                    </li>
                })
            })
            .collect_view();
        view! { <ol class="ranking">{items}</ol> }
    };
    let table = move || {
        let body = chart
            .get()
            .bars
            .into_iter()
            .enumerate()
            .filter_map(|(n, b)| {
                let j = ds.jurisdictions.get(b.jurisdiction)?;
                Some(view! { <tr><td>{n + 1}</td><th scope="row">{j.name}", "{j.state}</th><td class="num">{value_text(Some(b.value), b.qualifier, lang)}</td><td>{t.status(b.status).unwrap_or("")}</td></tr> })
            })
            .collect_view();
        let [rank, name, flag_column] = t.ranking_columns;
        let head = [rank.to_string(), name.to_string(), capitalised(t.measure(measure.get())), flag_column.to_string()];
        view! { {toggle} {crate::components::data_table(t.ranking_table, &head, body)} }
    };
    view! {
        <Panel id="ranking" title description
            picture=move || view! { {toggle} {picture} }.into_any()
            table=move || table().into_any()/>
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
