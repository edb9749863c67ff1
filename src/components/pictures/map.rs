//! State tile map: one square per state and DC, shaded by the report's figure.

use leptos::prelude::*;

use super::Panel;
use crate::components::{shared, Shared};
use crate::dataset::{data, states::state_name};
use crate::query::charts::{colour_class, state_values, TileValue, CLASS_BOUNDS, TILES};
use crate::query::format::{capitalised, measure_label, thousands};

const CELL: f64 = 40.0;
const GAP: f64 = 3.0;

/// A tile's accessible name; it starts with the code the tile shows.
fn describe(code: &str, v: TileValue, measure: &str) -> String {
    let name = format!("{code} ({})", state_name(code).unwrap_or(code));
    match v {
        TileValue::Statewide(n) => format!("{name}: {} {measure} (statewide figure)", thousands(n)),
        TileValue::SumOfNamed(n) => format!("{name}: {} {measure} (sum of named jurisdictions)", group(n)),
        TileValue::PoliciesOnly => format!("{name}: policies or listings, no figure in this report"),
        TileValue::NoData => format!("{name}: no data"),
    }
}

fn group(n: u64) -> String {
    u32::try_from(n).map(thousands).unwrap_or_else(|_| n.to_string())
}

fn class_label(i: usize) -> String {
    let lo = if i == 0 { 1 } else { CLASS_BOUNDS[i - 1] };
    match CLASS_BOUNDS.get(i) {
        Some(hi) => format!("{}–{}", group(lo), group(hi - 1)),
        None => format!("{}+", group(lo)),
    }
}

#[component]
pub fn StateMap() -> impl IntoView {
    let Shared { view, .. } = shared();
    let report = Memo::new(move |_| view.with(|v| v.report));
    let measure = Memo::new(move |_| data().reports.get(report.get()).map(|r| r.primary_measure).unwrap_or(crate::dataset::Measure::Declined));
    let values = Memo::new(move |_| state_values(data(), report.get(), measure.get()));
    let title = Signal::derive(move || format!("{} by state", capitalised(measure_label(measure.get()))));
    let description = Signal::derive(|| {
        "One square per state. Darker means more. A state's figure is the source's own statewide count where there is one, otherwise the sum of its named jurisdictions' exact figures. Dashed squares have policies or listings but no figure. Select a state to filter the list.".to_string()
    });
    // Selecting the selected state again clears the filter.
    let choose = move |code: &'static str| view.update(|v| v.state = if v.state == Some(code) { None } else { Some(code) });
    let picture = move || {
        let vals = values.get();
        let selected = view.with(|v| v.state);
        let open_state = view.with(|v| v.expanded.and_then(|id| data().jurisdictions.iter().find(|j| j.id == id)).map(|j| j.state));
        let m = measure_label(measure.get());
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
                let label = describe(code, v, m);
                let tooltip = label.clone();
                let on = selected == Some(code);
                let lit = open_state == Some(code);
                view! {
                    <g class=class class:selected=on class:highlight=lit
                        role=if has_rows { "button" } else { "img" }
                        tabindex=if has_rows { "0" } else { "-1" }
                        aria-label=label
                        aria-pressed=has_rows.then(|| on.to_string())
                        on:click=move |_| if has_rows { choose(code) }
                        on:keydown=move |ev: web_sys::KeyboardEvent| {
                            if has_rows && (ev.key() == "Enter" || ev.key() == " ") {
                                ev.prevent_default();
                                choose(code);
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
            .map(|i| view! { <li><span class=format!("swatch c{i}") aria-hidden="true"></span>{class_label(i)}</li> })
            .collect_view();
        let clear = selected.map(|code| {
            view! {
                <p class="active-filter">"Showing "<strong>{state_name(code).unwrap_or(code)}</strong>" "
                    <button type="button" class="chip" on:click=move |_| view.update(|v| v.state = None)>"Clear state filter"</button>
                </p>
            }
        });
        view! {
            <div class="map-wrap">
                <svg class="tile-map" viewBox=format!("0 0 {} {}", 12.0 * CELL, 8.0 * CELL) role="group" aria-label="States">
                    {tiles}
                </svg>
            </div>
            <ul class="legend" aria-label="Legend">
                {legend}
                <li><span class="swatch policies" aria-hidden="true"></span>"policies, no figure"</li>
                <li><span class="swatch none" aria-hidden="true"></span>"no data"</li>
            </ul>
            {clear}
        }
    };
    let table = move || {
        let vals = values.get();
        let m = measure_label(measure.get());
        let mut rows: Vec<_> = vals.into_iter().filter(|(_, v)| *v != TileValue::NoData).collect();
        rows.sort_by_key(|(c, v)| (std::cmp::Reverse(v.number()), *c));
        let body = rows
            .into_iter()
            .map(|(code, v)| {
                let (number, how) = match v {
                    TileValue::Statewide(n) => (thousands(n), "statewide figure"),
                    TileValue::SumOfNamed(n) => (group(n), "sum of named jurisdictions"),
                    _ => ("not reported".to_string(), "policies or listings only"),
                };
                view! { <tr><th scope="row">{state_name(code).unwrap_or(code)}</th><td class="num">{number}</td><td>{how}</td></tr> }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label="States as a table">
                <table class="data-table">
                    <thead><tr><th scope="col">"State"</th><th scope="col">{capitalised(m)}</th><th scope="col">"What the number is"</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    };
    view! { <Panel id="map" title description picture=move || picture().into_any() table=move || table().into_any()/> }
}

