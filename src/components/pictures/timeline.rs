//! Timeline: when the listed jurisdictions' policies were enacted or changed, year by year,
//! with the federal milestones the dataset holds.

use leptos::prelude::*;

use super::ranking::open_row;
use super::Panel;
use std::rc::Rc;

use crate::components::sources::SourceLinks;
use crate::components::{lang, shared, text, Shared};
use crate::dataset::data;
use crate::i18n::{Lang, Text};
use crate::query::charts::{milestones, timeline, year_x, Milestone, MilestoneKind, YearColumn};
use crate::query::format::{date, lang_attr, localized};

const FROM: u16 = 2008;
const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 150.0;
const AXIS: f64 = 124.0;

/// What the reader has picked on the timeline: a year column or a federal milestone.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pick {
    Year(u16),
    Milestone(usize),
}

impl Pick {
    fn element_id(self) -> String {
        match self {
            Pick::Year(y) => format!("tl-y{y}"),
            Pick::Milestone(i) => format!("tl-m{i}"),
        }
    }
}

/// A milestone in the reader's language.
fn milestone_text(m: &Milestone, t: &Text) -> String {
    match m.kind {
        MilestoneKind::Begins(what) => (t.milestone_begins)(what),
        MilestoneKind::Event(what) => what.to_string(),
        MilestoneKind::Published(what) => (t.milestone_published)(what),
    }
}

/// Moves the keyboard to the item after/before `from` in `order` (left to right on the chart).
fn step_focus(order: &[Pick], from: Pick, key: &str, stop: RwSignal<Option<Pick>>) -> bool {
    let Some(at) = order.iter().position(|p| *p == from) else { return false };
    let next = match key {
        "ArrowRight" | "ArrowDown" => order.get(at + 1),
        "ArrowLeft" | "ArrowUp" => at.checked_sub(1).and_then(|i| order.get(i)),
        "Home" => order.first(),
        "End" => order.last(),
        _ => return false,
    };
    let Some(&next) = next else { return true };
    stop.set(Some(next));
    crate::components::focus(document().get_element_by_id(&next.element_id()));
    true
}

#[component]
pub fn Timeline() -> impl IntoView {
    let Shared { view, rows, .. } = shared();
    let (lang, t): (Lang, &Text) = (lang(), text());
    let columns = Memo::new(move |_| rows.with(|r| timeline(data(), r, FROM)));
    let marks = milestones(data());
    let to = Memo::new(move |_| {
        let last_col = columns.with(|c| c.last().map(|c| c.year)).unwrap_or(2017);
        last_col.max(2025)
    });
    let pick = RwSignal::new(None::<Pick>);
    // Roving focus: the chart is one tab stop; arrow keys move along it.
    let stop = RwSignal::new(None::<Pick>);
    let title = Signal::derive(move || t.timeline_title.to_string());
    let description = Signal::derive(move || {
        let n: usize = columns.with(|c| c.iter().map(|c| c.policies.len() + c.events.len()).sum());
        (t.timeline_description)(n, FROM)
    });
    let marks_for_picture = marks.clone();
    let picture = move || {
        let cols = columns.get();
        let to = to.get();
        let max = cols.iter().map(|c| c.policies.len() + c.events.len()).max().unwrap_or(1).max(1);
        let open_id = view.with(|v| v.expanded);
        let ds = data();
        let col_w = WIDTH / f64::from(to - FROM + 1);
        // Years and milestones in left-to-right order, for the arrow keys.
        let mut order: Vec<(f64, Pick)> = cols.iter().map(|c| (f64::from(c.year - FROM) * col_w + col_w / 2.0, Pick::Year(c.year))).collect();
        order.extend(marks_for_picture.iter().enumerate().filter(|(_, m)| m.date.year >= FROM).map(|(i, m)| (year_x(m.date, FROM, to, WIDTH), Pick::Milestone(i))));
        order.sort_by(|a, b| a.0.total_cmp(&b.0));
        let order: Rc<Vec<Pick>> = Rc::new(order.into_iter().map(|(_, p)| p).collect());
        let first = order.first().copied();
        let is_stop = move |p: Pick| stop.get().or(first) == Some(p);
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
                let label = (t.year_steps)(year, n);
                let tooltip = label.clone();
                let me = Pick::Year(year);
                let order = Rc::clone(&order);
                view! {
                    <g class="year-col" id=me.element_id() class:highlight=lit class:picked=move || pick.get() == Some(me)
                        role="button" tabindex=move || if is_stop(me) { "0" } else { "-1" } aria-label=label
                        on:click=move |_| pick.set(Some(me))
                        on:focus=move |_| { pick.set(Some(me)); stop.set(Some(me)); }
                        on:mouseenter=move |_| pick.set(Some(me))
                        on:keydown=move |ev: web_sys::KeyboardEvent| {
                            let key = ev.key();
                            if key == "Enter" || key == " " {
                                ev.prevent_default();
                                pick.set(Some(me));
                            } else if step_focus(&order, me, &key, stop) {
                                ev.prevent_default();
                            }
                        }>
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
            .filter(|(_, m)| m.date.year >= FROM)
            .map(|(i, m)| {
                let x = year_x(m.date, FROM, to, WIDTH);
                level = if x - last_x < 16.0 { level + 16.0 } else { 0.0 };
                last_x = x;
                (i, x, 8.0 + level)
            })
            .collect();
        let diamonds = placed
            .into_iter()
            .map(|(i, x, y)| {
                let m = &marks_for_picture[i];
                let label = format!("{}: {}", date(&m.date, lang), milestone_text(m, t));
                let tooltip = label.clone();
                let me = Pick::Milestone(i);
                let order = Rc::clone(&order);
                view! {
                    <g class="milestone" id=me.element_id() class:picked=move || pick.get() == Some(me)
                        role="button" tabindex=move || if is_stop(me) { "0" } else { "-1" } aria-label=label
                        on:click=move |_| pick.set(Some(me))
                        on:focus=move |_| { pick.set(Some(me)); stop.set(Some(me)); }
                        on:mouseenter=move |_| pick.set(Some(me))
                        on:keydown=move |ev: web_sys::KeyboardEvent| {
                            if step_focus(&order, me, &ev.key(), stop) {
                                ev.prevent_default();
                            }
                        }>
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
                <svg class="timeline-svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group" aria-label=t.timeline_group aria-describedby="timeline-keys">
                    <line class="axis" x1="0" x2=format!("{WIDTH}") y1=format!("{AXIS}") y2=format!("{AXIS}")></line>
                    {bars}{diamonds}{ticks}
                </svg>
            </div>
            <p class="visually-hidden" id="timeline-keys">{t.arrows_hint}</p>
        }
    };
    let marks_for_detail = marks.clone();
    let detail = move || {
        let ds = data();
        match pick.get()? {
            Pick::Milestone(i) => {
                let m = marks_for_detail.get(i)?.clone();
                let text_lang = lang_attr(if matches!(m.kind, MilestoneKind::Event(_)) { Lang::En } else { lang }, lang);
                Some(view! {
                    <div class="pick" aria-live="polite"><p><strong>{date(&m.date, lang)}</strong>": "<span lang=text_lang>{milestone_text(&m, t)}</span></p><SourceLinks ids=m.sources/></div>
                }.into_any())
            }
            Pick::Year(y) => {
                let col: YearColumn = columns.with(|c| c.iter().find(|c| c.year == y).cloned())?;
                let mut items: Vec<(crate::dataset::Date, usize, String, Lang)> = col
                    .policies
                    .iter()
                    .filter_map(|&p| {
                        let p = &ds.policies[p];
                        let (summary, summary_lang) = localized(p.summary, p.summary_es, lang);
                        Some((p.enacted?, usize::from(p.jurisdiction), (t.enacted_step)(summary), summary_lang))
                    })
                    .chain(col.events.iter().map(|&e| {
                        let e = &ds.events[e];
                        (e.date, usize::from(e.jurisdiction), e.text.to_string(), Lang::En)
                    }))
                    .collect();
                items.sort_by_key(|i| i.0);
                let list = items
                    .into_iter()
                    .map(|(d, j, text, text_lang)| {
                        let jur = &ds.jurisdictions[j];
                        let id = jur.id;
                        view! {
                            <li>
                                <time>{date(&d, lang)}</time>" · "
                                <a href=format!("#row-{id}") on:click=move |ev| { ev.prevent_default(); open_row(view, id); }>{jur.name}", "{jur.state}</a>
                                " — "<span lang=lang_attr(text_lang, lang)>{text}</span>
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
            .map(|m| view! { <li><time>{date(&m.date, lang)}</time>": "{milestone_text(m, t)}</li> })
            .collect_view();
        let _ = ds;
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=t.timeline_table>
                <table class="data-table">
                    <thead><tr>{t.timeline_columns.map(|c| view! { <th scope="col">{c}</th> })}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <h3>{t.milestones_heading}</h3>
            <ul>{ms}</ul>
        }
    };
    view! {
        <Panel id="timeline" title description
            picture=move || view! { {picture.clone()} {detail.clone()} }.into_any()
            table=move || table().into_any()/>
    }
}
