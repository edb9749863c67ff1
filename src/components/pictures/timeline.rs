//! Timeline: when the listed jurisdictions' policies were enacted or changed, year by year,
//! with the federal milestones the dataset holds.

use leptos::prelude::*;

use super::ranking::open_row;
use super::Panel;
use crate::components::sources::SourceLinks;
use crate::components::{shared, Shared};
use crate::dataset::data;
use crate::query::charts::{milestones, timeline, year_x, YearColumn};
use crate::query::format::date;

const FROM: u16 = 2008;
const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 150.0;
const AXIS: f64 = 124.0;

/// What the reader has picked on the timeline: a year column or a federal milestone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pick {
    Year(u16),
    Milestone(usize),
}

#[component]
pub fn Timeline() -> impl IntoView {
    let Shared { view, rows, .. } = shared();
    let columns = Memo::new(move |_| rows.with(|r| timeline(data(), r, FROM)));
    let marks = milestones(data());
    let to = Memo::new(move |_| {
        let last_col = columns.with(|c| c.last().map(|c| c.year)).unwrap_or(2017);
        last_col.max(2025)
    });
    let pick = RwSignal::new(None::<Pick>);
    let title = Signal::derive(|| "When policies were enacted and changed".to_string());
    let description = Signal::derive(move || {
        let n: usize = columns.with(|c| c.iter().map(|c| c.policies.len() + c.events.len()).sum());
        format!("{n} dated steps of the listed jurisdictions from {FROM} on, one column a year, with federal milestones as diamonds above. Select a column or a diamond to see what happened.")
    });
    let marks_for_picture = marks.clone();
    let picture = move || {
        let cols = columns.get();
        let to = to.get();
        let max = cols.iter().map(|c| c.policies.len() + c.events.len()).max().unwrap_or(1).max(1);
        let open_id = view.with(|v| v.expanded);
        let ds = data();
        let col_w = WIDTH / f64::from(to - FROM + 1);
        let bars = cols
            .iter()
            .map(|c| {
                let n = c.policies.len() + c.events.len();
                let h = (n as f64 / max as f64) * (AXIS - 40.0);
                let x = f64::from(c.year - FROM) * col_w;
                let year = c.year;
                let lit = open_id.is_some_and(|id| {
                    c.policies.iter().any(|&p| ds.jurisdictions[usize::from(ds.policies[p].jurisdiction)].id == id)
                        || c.events.iter().any(|&e| ds.jurisdictions[usize::from(ds.events[e].jurisdiction)].id == id)
                });
                let label = format!("{year}: {n} policy steps");
                let tooltip = label.clone();
                view! {
                    <g class="year-col" class:highlight=lit class:picked=move || pick.get() == Some(Pick::Year(year))
                        role="button" tabindex="0" aria-label=label
                        on:click=move |_| pick.set(Some(Pick::Year(year)))
                        on:focus=move |_| pick.set(Some(Pick::Year(year)))
                        on:mouseenter=move |_| pick.set(Some(Pick::Year(year)))
                        on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); pick.set(Some(Pick::Year(year))) }>
                        <title>{tooltip}</title>
                        <rect x=format!("{:.1}", x + 2.0) y=format!("{:.1}", AXIS - h) width=format!("{:.1}", col_w - 4.0) height=format!("{:.1}", h.max(2.0))></rect>
                    </g>
                }
            })
            .collect_view();
        // Milestones close together are stacked so that no diamond hides another.
        let mut last_x = f64::NEG_INFINITY;
        let mut level = 0.0;
        let placed: Vec<(usize, f64, f64)> = marks_for_picture
            .iter()
            .enumerate()
            .filter(|(_, m)| m.0.year >= FROM)
            .map(|(i, m)| {
                let x = year_x(m.0, FROM, to, WIDTH);
                level = if x - last_x < 16.0 { level + 16.0 } else { 0.0 };
                last_x = x;
                (i, x, 8.0 + level)
            })
            .collect();
        let diamonds = placed
            .into_iter()
            .map(|(i, x, y)| {
                let m = &marks_for_picture[i];
                let label = format!("{}: {}", date(&m.0), m.1);
                let tooltip = label.clone();
                view! {
                    <g class="milestone" class:picked=move || pick.get() == Some(Pick::Milestone(i))
                        role="button" tabindex="0" aria-label=label
                        on:click=move |_| pick.set(Some(Pick::Milestone(i)))
                        on:focus=move |_| pick.set(Some(Pick::Milestone(i)))
                        on:mouseenter=move |_| pick.set(Some(Pick::Milestone(i)))>
                        <title>{tooltip}</title>
                        <path d=format!("M{x:.1} {y:.1} l7 7 l-7 7 l-7 -7 z")></path>
                    </g>
                }
            })
            .collect_view();
        let ticks = (FROM..=to)
            .filter(|y| (y - FROM) % 2 == 0)
            .map(|y| {
                let x = f64::from(y - FROM) * col_w + col_w / 2.0;
                view! { <text class="tick" x=format!("{x:.1}") y=format!("{}", AXIS + 18.0) text-anchor="middle">{y.to_string()}</text> }
            })
            .collect_view();
        view! {
            <div class="timeline-scroll" tabindex="-1">
                <svg class="timeline-svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group" aria-label="Years and milestones">
                    <line class="axis" x1="0" x2=format!("{WIDTH}") y1=format!("{AXIS}") y2=format!("{AXIS}")></line>
                    {bars}{diamonds}{ticks}
                </svg>
            </div>
        }
    };
    let marks_for_detail = marks.clone();
    let detail = move || {
        let ds = data();
        match pick.get()? {
            Pick::Milestone(i) => {
                let m = marks_for_detail.get(i)?.clone();
                Some(view! {
                    <div class="pick" aria-live="polite"><p><strong>{date(&m.0)}</strong>": "{m.1}</p><SourceLinks ids=m.2/></div>
                }.into_any())
            }
            Pick::Year(y) => {
                let col: YearColumn = columns.with(|c| c.iter().find(|c| c.year == y).cloned())?;
                let mut items: Vec<(crate::dataset::Date, usize, String)> = col
                    .policies
                    .iter()
                    .filter_map(|&p| {
                        let p = &ds.policies[p];
                        Some((p.enacted?, usize::from(p.jurisdiction), format!("enacted: {}", p.summary)))
                    })
                    .chain(col.events.iter().map(|&e| {
                        let e = &ds.events[e];
                        (e.date, usize::from(e.jurisdiction), e.text.to_string())
                    }))
                    .collect();
                items.sort_by_key(|i| i.0);
                let list = items
                    .into_iter()
                    .map(|(d, j, text)| {
                        let jur = &ds.jurisdictions[j];
                        let id = jur.id;
                        view! {
                            <li>
                                <time>{date(&d)}</time>" · "
                                <a href=format!("#row-{id}") on:click=move |ev| { ev.prevent_default(); open_row(view, id); }>{jur.name}", "{jur.state}</a>
                                " — "{text}
                            </li>
                        }
                    })
                    .collect_view();
                Some(view! { <div class="pick" aria-live="polite"><h3>{y.to_string()}</h3><ul>{list}</ul></div> }.into_any())
            }
        }
    };
    let marks_for_table = marks;
    let table = move || {
        let ds = data();
        let cols = columns.get();
        let body = cols
            .into_iter()
            .map(|c| view! { <tr><th scope="row">{c.year.to_string()}</th><td class="num">{c.policies.len()}</td><td class="num">{c.events.len()}</td></tr> })
            .collect_view();
        let ms = marks_for_table
            .iter()
            .map(|m| view! { <li><time>{date(&m.0)}</time>": "{m.1.clone()}</li> })
            .collect_view();
        let _ = ds;
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label="Timeline as a table">
                <table class="data-table">
                    <thead><tr><th scope="col">"Year"</th><th scope="col">"Policies enacted"</th><th scope="col">"Other steps (changes, rulings)"</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <h3>"Federal milestones"</h3>
            <ul>{ms}</ul>
        }
    };
    view! {
        <Panel id="timeline" title description
            picture=move || view! { {picture.clone()} {detail.clone()} }.into_any()
            table=move || table().into_any()/>
    }
}
