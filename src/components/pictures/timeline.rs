//! Timeline: when the listed jurisdictions' policies were enacted or changed, year by year,
//! with the federal milestones the dataset holds. The layout is `query::charts::timeline`'s.

use leptos::prelude::*;

use super::ranking::open_row;
use super::Panel;
use crate::components::sources::SourceLinks;
use crate::components::{data_table, lang, roving_focus, shared, text, Shared};
use crate::dataset::Date;
use crate::i18n::{Lang, Text};
use crate::query::charts::timeline::{layout, milestones, span, timeline, Milestone, MilestoneKind, Pick, YearColumn, AXIS, HEIGHT, WIDTH};
use crate::query::format::{date, lang_attr, localized};
use crate::query::nav::Layout;

fn element_id(p: Pick) -> String {
    match p {
        Pick::Year(y) => format!("tl-y{y}"),
        Pick::Milestone(i) => format!("tl-m{i}"),
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

#[component]
pub fn Timeline() -> impl IntoView {
    let Shared { ds, view, rows, expanded, .. } = shared();
    let (lang, t): (Lang, &Text) = (lang(), text());
    let marks = milestones(ds);
    let Some((from, to)) = span(ds, &marks) else { return ().into_any() };
    let columns = Memo::new(move |_| rows.with(|r| timeline(ds, r, from)));
    let pick = RwSignal::new(None::<Pick>);
    // Roving focus: the chart is one tab stop; arrow keys move along it.
    let stop = RwSignal::new(None::<Pick>);
    let title = Signal::derive(move || t.timeline_title.to_string());
    let description = Signal::derive(move || (t.timeline_description)(columns.with(|c| c.iter().map(YearColumn::steps).sum()), from));
    // The 287(g) agreements signed, as a second bar a year: off at first, so the policy steps
    // keep the whole height of the chart.
    let with_agreements = RwSignal::new(false);
    let has_agreements = ds.agreements.iter().any(|a| !a.pending && a.signed.is_some());
    let switch = move || {
        has_agreements.then(|| {
            view! {
                <div class="timeline-tools">
                    <button type="button" class="chip" aria-pressed=move || with_agreements.get().to_string() on:click=move |_| with_agreements.update(|w| *w = !*w)>
                        {t.timeline_agreements}
                    </button>
                    <Show when=move || with_agreements.get()>
                        <ul class="legend" aria-label=t.legend>
                            <li><span class="swatch steps" aria-hidden="true"></span>{t.timeline_legend[0]}</li>
                            <li><span class="swatch signed" aria-hidden="true"></span>{t.timeline_legend[1]}</li>
                        </ul>
                    </Show>
                </div>
            }
        })
    };
    let marks_for_picture = marks.clone();
    let picture = move || {
        let cols = columns.get();
        let with = with_agreements.get();
        let l = layout(&cols, &marks_for_picture, from, to, with);
        let open_id = expanded.get();
        let order = l.order.clone();
        let is_stop = move |p: Pick| stop.get().or(order.first().copied()) == Some(p);
        // Keyboard: move along `order`; Enter or Space picks a year.
        let on_key = {
            let order = l.order.clone();
            move |me: Pick, ev: web_sys::KeyboardEvent| {
                let key = ev.key();
                if matches!(me, Pick::Year(_)) && (key == "Enter" || key == " ") {
                    ev.prevent_default();
                    pick.set(Some(me));
                } else if let Some(at) = order.iter().position(|p| *p == me) {
                    if let Some(to) =
                        roving_focus(&ev, Layout::Line, order.len(), at, |n| order.get(n).map(|p| element_id(*p)).unwrap_or_default())
                    {
                        stop.set(order.get(to).copied());
                    }
                }
            }
        };
        let mark = move |me: Pick, label: String, shape: AnyView, lit: bool| {
            let tooltip = label.clone();
            let on_key = on_key.clone();
            let is_stop = is_stop.clone();
            let class = if matches!(me, Pick::Year(_)) { "year-col" } else { "milestone" };
            view! {
                <g class=class id=element_id(me) class:highlight=lit class:picked=move || pick.get() == Some(me)
                    role="button" tabindex=move || if is_stop(me) { "0" } else { "-1" } aria-label=label
                    on:click=move |_| pick.set(Some(me))
                    on:focus=move |_| { pick.set(Some(me)); stop.set(Some(me)); }
                    on:mouseenter=move |_| pick.set(Some(me))
                    on:keydown=move |ev| on_key(me, ev)>
                    <title>{tooltip}</title>
                    {shape}
                </g>
            }
        };
        let bars = l
            .bars
            .into_iter()
            .map(|b| {
                let lit = open_id.is_some_and(|id| {
                    cols.iter().find(|c| c.year == b.year).is_some_and(|c| {
                        c.policies
                            .iter()
                            .filter_map(|&p| ds.policies.get(p))
                            .map(|p| p.jurisdiction)
                            .chain(c.events.iter().filter_map(|&e| ds.events.get(e)).map(|e| e.jurisdiction))
                            .any(|j| ds.jurisdictions.get(usize::from(j)).is_some_and(|j| j.id == id))
                    })
                });
                // A bar only for a count above 0: a year of signings alone has no steps' bar.
                let signed = b
                    .signed
                    .filter(|_| b.agreements > 0)
                    .map(|s| view! { <rect class="signed" x=s.x y=s.y width=s.width height=s.height></rect> });
                let steps = (b.steps > 0).then(|| view! { <rect x=b.x y=b.y width=b.width height=b.height></rect> });
                let shape = view! { {steps}{signed} }.into_any();
                let mut label = (t.year_steps)(b.year, b.steps);
                if with {
                    label.push_str("; ");
                    label.push_str(&(t.year_signed)(b.agreements));
                }
                mark.clone()(Pick::Year(b.year), label, shape, lit)
            })
            .collect_view();
        let diamonds = l
            .diamonds
            .into_iter()
            .filter_map(|d| {
                let m = marks_for_picture.get(d.milestone)?;
                let label = format!("{}: {}", date(&m.date, lang), milestone_text(m, t));
                Some(mark.clone()(Pick::Milestone(d.milestone), label, view! { <path d=d.path></path> }.into_any(), false))
            })
            .collect_view();
        let ticks = l
            .ticks
            .into_iter()
            .map(|k| view! { <text class="tick" x=k.x y=(AXIS + 18).to_string() text-anchor="middle">{k.year.to_string()}</text> })
            .collect_view();
        view! {
            <div class="timeline-scroll" tabindex="-1">
                <svg class="timeline-svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group" aria-label=t.timeline_group aria-describedby="timeline-keys">
                    <line class="axis" x1="0" x2=WIDTH.to_string() y1=AXIS.to_string() y2=AXIS.to_string()></line>
                    {bars}{diamonds}{ticks}
                </svg>
            </div>
            <p class="visually-hidden" id="timeline-keys">{t.arrows_hint}</p>
        }
    };
    let marks_for_detail = marks.clone();
    let detail = move || match pick.get()? {
        Pick::Milestone(i) => {
            let m = marks_for_detail.get(i)?.clone();
            let text_lang = lang_attr(if matches!(m.kind, MilestoneKind::Event(_)) { Lang::En } else { lang }, lang);
            Some(view! {
                <div class="pick" aria-live="polite"><p><strong>{date(&m.date, lang)}</strong>": "<span lang=text_lang>{milestone_text(&m, t)}</span></p><SourceLinks ids=m.sources/></div>
            }.into_any())
        }
        Pick::Year(y) => {
            let col: YearColumn = columns.with(|c| c.iter().find(|c| c.year == y).cloned())?;
            let mut items: Vec<(Date, usize, String, Lang)> = col
                .policies
                .iter()
                .filter_map(|&p| {
                    let p = ds.policies.get(p)?;
                    let (summary, summary_lang) = localized(p.summary, p.summary_es, lang);
                    Some((p.enacted?, usize::from(p.jurisdiction), (t.enacted_step)(summary), summary_lang))
                })
                .chain(
                    col.events
                        .iter()
                        .filter_map(|&e| ds.events.get(e))
                        .map(|e| (e.date, usize::from(e.jurisdiction), e.text.to_string(), Lang::En)),
                )
                .collect();
            items.sort_by_key(|i| i.0);
            let list = items
                .into_iter()
                .filter_map(|(d, j, text, text_lang)| {
                    let jur = ds.jurisdictions.get(j)?;
                    let id = jur.id;
                    Some(view! {
                        <li>
                            <time>{date(&d, lang)}</time>" · "
                            <a href=format!("#row-{id}") on:click=move |ev| { ev.prevent_default(); open_row(view, id); }>{jur.name}", "{jur.state}</a>
                            " — "<span lang=lang_attr(text_lang, lang)>{text}</span>
                        </li>
                    })
                })
                .collect_view();
            // The year's signings, while shown: the first ten with their rows, and how many more.
            const SHOWN: usize = 10;
            let signed = (with_agreements.get() && !col.agreements.is_empty()).then(|| {
                let mut signed: Vec<&'static atlas_data::Agreement> = col.agreements.iter().filter_map(|&a| ds.agreements.get(a)).collect();
                signed.sort_by_key(|a| (a.signed, a.agency));
                let items = signed
                    .into_iter()
                    .take(SHOWN)
                    .filter_map(|a| {
                        let jur = ds.jurisdictions.get(usize::from(a.jurisdiction))?;
                        let id = jur.id;
                        let when = a.signed.map(|d| date(&d, lang)).unwrap_or_default();
                        Some(view! {
                            <li>
                                <time>{when}</time>" · "
                                <a href=format!("#row-{id}") on:click=move |ev| { ev.prevent_default(); open_row(view, id); }>{jur.name}", "{jur.state}</a>
                                " — "<span lang=lang_attr(Lang::En, lang)>{a.agency}</span>": "{crate::query::agreements::agreement_text(a, lang)}
                            </li>
                        })
                    })
                    .collect_view();
                let more = col.agreements.len().saturating_sub(SHOWN);
                view! {
                    <p>{(t.year_signed)(col.agreements.len())}</p>
                    <ul>{items}</ul>
                    {(more > 0).then(|| view! { <p>{(t.and_more)(more)}</p> })}
                }
            });
            Some(view! { <div class="pick" aria-live="polite"><h3>{y.to_string()}</h3><ul>{list}</ul>{signed}</div> }.into_any())
        }
    };
    let table = move || {
        // The signings' column where the data has any.
        let signings = has_agreements;
        let body = columns
            .get()
            .into_iter()
            .map(|c| {
                let signed = signings.then(|| view! { <td class="num">{c.agreements.len()}</td> });
                view! { <tr><th scope="row">{c.year.to_string()}</th><td class="num">{c.policies.len()}</td><td class="num">{c.events.len()}</td>{signed}</tr> }
            })
            .collect_view();
        let ms = marks.iter().map(|m| view! { <li><time>{date(&m.date, lang)}</time>": "{milestone_text(m, t)}</li> }).collect_view();
        let mut head = t.timeline_columns.map(str::to_string).to_vec();
        if signings {
            head.push(t.signed_column.to_string());
        }
        view! {
            {data_table(t.timeline_table, &head, body)}
            <h3>{t.milestones_heading}</h3>
            <ul>{ms}</ul>
        }
    };
    view! {
        <Panel id="timeline" title description
            picture=move || view! { {switch} {picture.clone()} {detail.clone()} }.into_any()
            table=move || table().into_any()/>
    }
    .into_any()
}
