//! State tile map: one square per state and DC, shaded by the report's figure.

use leptos::prelude::*;

use super::Panel;
use crate::components::{lang, shared, text, Shared};
use crate::dataset::{data, states::state_name};
use crate::i18n::{Lang, Text};
use crate::query::charts::{colour_class, state_values, tile_step, Arrow, TileValue, CLASS_BOUNDS, TILES};
use crate::query::format::{capitalised, number};

const CELL: f64 = 40.0;
const GAP: f64 = 3.0;

/// A tile's accessible name; it starts with the code the tile shows.
fn describe(code: &str, v: TileValue, measure: &str, lang: Lang) -> String {
    let t = lang.text();
    let name = format!("{code} ({})", state_name(code).unwrap_or(code));
    match v {
        TileValue::Statewide(n) => format!("{name}: {} {measure} ({})", number(u64::from(n), lang), t.tile_statewide),
        TileValue::SumOfNamed(n) => format!("{name}: {} {measure} ({})", number(n, lang), t.tile_sum),
        TileValue::PoliciesOnly => format!("{name}: {}", t.tile_policies),
        TileValue::NoData => format!("{name}: {}", t.tile_no_data),
    }
}

fn class_label(i: usize, lang: Lang) -> String {
    let lo = if i == 0 { 1 } else { CLASS_BOUNDS[i - 1] };
    match CLASS_BOUNDS.get(i) {
        Some(hi) => format!("{}–{}", number(lo, lang), number(hi - 1, lang)),
        None => format!("{}+", number(lo, lang)),
    }
}

/// The tiles a reader can select (states with rows), as indices into [`TILES`].
fn selectable() -> Vec<usize> {
    TILES.iter().enumerate().filter(|(_, t)| data().jurisdictions.iter().any(|j| j.state == t.0)).map(|(i, _)| i).collect()
}

fn focus_tile(code: &str) {
    crate::components::focus(document().get_element_by_id(&format!("tile-{code}")));
}

#[component]
pub fn StateMap() -> impl IntoView {
    let Shared { view, .. } = shared();
    let (lang, t): (Lang, &Text) = (lang(), text());
    let report = Memo::new(move |_| view.with(|v| v.report));
    let measure = Memo::new(move |_| data().reports.get(report.get()).map(|r| r.primary_measure).unwrap_or(crate::dataset::Measure::Declined));
    let values = Memo::new(move |_| state_values(data(), report.get(), measure.get()));
    let title = Signal::derive(move || (t.map_title)(&capitalised(t.measure(measure.get()))));
    let description = Signal::derive(move || t.map_description.to_string());
    // Roving focus: one tile is in the tab order (the selected state's, else the first); arrow
    // keys move between the selectable tiles, so the map is one tab stop, not fifty.
    let selectable = selectable();
    let cells: Vec<(u8, u8)> = selectable.iter().map(|&i| (TILES[i].1, TILES[i].2)).collect();
    let first = selectable.first().map(|&i| TILES[i].0);
    let focused = RwSignal::new(view.with_untracked(|v| v.state).or(first));
    let move_focus = move |from: &'static str, key: &str| -> bool {
        let Some(at) = selectable.iter().position(|&i| TILES[i].0 == from) else { return false };
        let next = match key {
            "Home" => Some(0),
            "End" => Some(cells.len().saturating_sub(1)),
            _ => Arrow::from_key(key).and_then(|a| tile_step(&cells, at, a)),
        };
        let Some(code) = next.and_then(|n| selectable.get(n)).map(|&i| TILES[i].0) else { return false };
        focused.set(Some(code));
        focus_tile(code);
        true
    };
    // Selecting the selected state again clears the filter.
    let choose = move |code: &'static str| view.update(|v| v.state = if v.state == Some(code) { None } else { Some(code) });
    let picture = move || {
        let vals = values.get();
        let selected = view.with(|v| v.state);
        let open_state = view.with(|v| v.expanded.and_then(|id| data().jurisdictions.iter().find(|j| j.id == id)).map(|j| j.state));
        let m = t.measure(measure.get());
        let move_focus = move_focus.clone();
        let tiles = TILES
            .iter()
            .map(|&(code, col, row)| {
                let v = vals.get(code).copied().unwrap_or(TileValue::NoData);
                let class = match (v, v.number().and_then(colour_class)) {
                    (_, Some(c)) => format!("tile c{c}"),
                    (TileValue::PoliciesOnly, _) => "tile policies".to_string(),
                    _ => "tile none".to_string(),
                };
                let x = f64::from(col) * CELL;
                let y = f64::from(row) * CELL;
                let has_rows = data().jurisdictions.iter().any(|j| j.state == code);
                let label = describe(code, v, m, lang);
                let tooltip = label.clone();
                let on = selected == Some(code);
                let lit = open_state == Some(code);
                let move_focus = move_focus.clone();
                view! {
                    <g class=class class:selected=on class:highlight=lit id=format!("tile-{code}")
                        role=if has_rows { "button" } else { "img" }
                        tabindex=move || has_rows.then(|| if focused.get() == Some(code) { "0" } else { "-1" })
                        aria-label=label
                        aria-pressed=has_rows.then(|| on.to_string())
                        on:click=move |_| if has_rows { focused.set(Some(code)); choose(code) }
                        on:keydown=move |ev: web_sys::KeyboardEvent| {
                            if !has_rows {
                                return;
                            }
                            let key = ev.key();
                            if key == "Enter" || key == " " {
                                ev.prevent_default();
                                choose(code);
                                // The map is drawn anew for the new selection; keep the keyboard on this state.
                                request_animation_frame(move || focus_tile(code));
                            } else if move_focus(code, &key) {
                                ev.prevent_default();
                            }
                        }>
                        <title>{tooltip}</title>
                        <rect x=format!("{}", x + GAP / 2.0) y=format!("{}", y + GAP / 2.0) width=format!("{}", CELL - GAP) height=format!("{}", CELL - GAP) rx="3"></rect>
                        <text x=format!("{}", x + CELL / 2.0) y=format!("{}", y + CELL / 2.0 + 5.0) text-anchor="middle" aria-hidden="true">{code}</text>
                    </g>
                }
            })
            .collect_view();
        let legend = (0..=CLASS_BOUNDS.len())
            .map(|i| view! { <li><span class=format!("swatch c{i}") aria-hidden="true"></span>{class_label(i, lang)}</li> })
            .collect_view();
        let clear = selected.map(|code| {
            view! {
                <p class="active-filter">{t.showing}" "<strong>{state_name(code).unwrap_or(code)}</strong>" "
                    <button type="button" class="chip" on:click=move |_| view.update(|v| v.state = None)>{t.clear_state}</button>
                </p>
            }
        });
        view! {
            <div class="map-wrap">
                <svg class="tile-map" viewBox=format!("0 0 {} {}", 12.0 * CELL, 8.0 * CELL) role="group" aria-label=t.map_group aria-describedby="map-keys">
                    {tiles}
                </svg>
            </div>
            <p class="visually-hidden" id="map-keys">{t.arrows_hint}</p>
            <ul class="legend" aria-label=t.legend>
                {legend}
                <li><span class="swatch policies" aria-hidden="true"></span>{t.tile_policies}</li>
                <li><span class="swatch none" aria-hidden="true"></span>{t.tile_no_data}</li>
            </ul>
            {clear}
        }
    };
    let table = move || {
        let vals = values.get();
        let m = t.measure(measure.get());
        let mut rows: Vec<_> = vals.into_iter().filter(|(_, v)| *v != TileValue::NoData).collect();
        rows.sort_by_key(|(c, v)| (std::cmp::Reverse(v.number()), *c));
        let body = rows
            .into_iter()
            .map(|(code, v)| {
                let (number, how) = match v {
                    TileValue::Statewide(n) => (number(u64::from(n), lang), t.tile_statewide),
                    TileValue::SumOfNamed(n) => (number(n, lang), t.tile_sum),
                    _ => (t.not_reported.to_string(), t.tile_policies),
                };
                view! { <tr><th scope="row">{state_name(code).unwrap_or(code)}</th><td class="num">{number}</td><td>{how}</td></tr> }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=t.map_table>
                <table class="data-table">
                    <thead><tr><th scope="col">{t.map_columns[0]}</th><th scope="col">{capitalised(m)}</th><th scope="col">{t.map_columns[1]}</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    };
    view! { <Panel id="map" title description picture=move || picture().into_any() table=move || table().into_any()/> }
}

