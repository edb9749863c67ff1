//! State tile map: one square per state and DC, shaded by the report's figure.

use leptos::prelude::*;

use super::{ChartPeriod, Panel};
use crate::components::{data_table, lang, roving_focus, shared, text, Shared};
use crate::dataset::{states::state_name, Measure};
use crate::i18n::{Lang, Text};
use crate::query::charts::map::{
    class_range, colour_class, selectable, state_values, tile_box, TileValue, CELL, CLASS_BOUNDS, COLUMNS, ROWS, TILES,
};
use crate::query::format::{capitalised, number};
use crate::query::nav::Layout;

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
    match class_range(i) {
        (lo, Some(hi)) => format!("{}–{}", number(lo, lang), number(hi, lang)),
        (lo, None) => format!("{}+", number(lo, lang)),
    }
}

fn tile_id(code: &str) -> String {
    format!("tile-{code}")
}

#[component]
pub fn StateMap() -> impl IntoView {
    let Shared { ds, view, report, state, expanded, .. } = shared();
    let period = expect_context::<ChartPeriod>();
    let (lang, t): (Lang, &Text) = (lang(), text());
    let measure = Memo::new(move |_| ds.reports.get(report.get()).map_or(Measure::Declined, |r| r.primary_measure));
    let values = Memo::new(move |_| state_values(ds, report.get(), measure.get(), period.of(ds, report.get(), measure.get())));
    let title = Signal::derive(move || (t.map_title)(&capitalised(t.measure(measure.get()))));
    let description = Signal::derive(move || t.map_description.to_string());
    // The state of the open row, lit on the map.
    let open_state = Memo::new(move |_| expanded.get().and_then(|id| ds.jurisdictions.iter().find(|j| j.id == id)).map(|j| j.state));
    // Roving focus: one tile is in the tab order (the selected state's, else the first); arrow
    // keys move between the selectable tiles, so the map is one tab stop, not fifty.
    let selectable = selectable(ds);
    let cells: Vec<(u8, u8)> = selectable.iter().map(|&i| (TILES[i].1, TILES[i].2)).collect();
    let first = selectable.first().map(|&i| TILES[i].0);
    let focused = RwSignal::new(state.get_untracked().or(first));
    // Selecting the selected state again clears the filter.
    let choose = move |code: &'static str| view.update(|v| v.state = if v.state == Some(code) { None } else { Some(code) });
    let picture = move || {
        let vals = values.get();
        let (selected, lit) = (state.get(), open_state.get());
        let m = t.measure(measure.get());
        let tiles = TILES
            .iter()
            .map(|&(code, col, row)| {
                let v = vals.get(code).copied().unwrap_or(TileValue::NoData);
                let class = match (v, v.number().and_then(colour_class)) {
                    (_, Some(c)) => format!("tile c{c}"),
                    (TileValue::PoliciesOnly, _) => "tile policies".to_string(),
                    _ => "tile none".to_string(),
                };
                let b = tile_box(col, row);
                let at = selectable.iter().position(|&i| TILES[i].0 == code);
                let label = describe(code, v, m, lang);
                let tooltip = label.clone();
                let on = selected == Some(code);
                let cells = cells.clone();
                let selectable = selectable.clone();
                view! {
                    <g class=class class:selected=on class:highlight=lit == Some(code) id=tile_id(code)
                        role=if at.is_some() { "button" } else { "img" }
                        tabindex=move || at.map(|_| if focused.get() == Some(code) { "0" } else { "-1" })
                        aria-label=label
                        aria-pressed=at.map(|_| on.to_string())
                        on:click=move |_| if at.is_some() { focused.set(Some(code)); choose(code) }
                        on:keydown=move |ev: web_sys::KeyboardEvent| {
                            let Some(at) = at else { return };
                            let key = ev.key();
                            if key == "Enter" || key == " " {
                                ev.prevent_default();
                                choose(code);
                                // The map is drawn anew for the new selection; keep the keyboard on this state.
                                request_animation_frame(move || { crate::components::focus(document().get_element_by_id(&tile_id(code))); });
                            } else if let Some(to) = roving_focus(&ev, Layout::Grid(&cells), cells.len(), at, |n| selectable.get(n).map(|&i| tile_id(TILES[i].0)).unwrap_or_default()) {
                                focused.set(selectable.get(to).map(|&i| TILES[i].0));
                            }
                        }>
                        <title>{tooltip}</title>
                        <rect x=b.x.to_string() y=b.y.to_string() width=b.size.to_string() height=b.size.to_string() rx="3"></rect>
                        <text x=b.label_x.to_string() y=b.label_y.to_string() text-anchor="middle" aria-hidden="true">{code}</text>
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
                <svg class="tile-map" viewBox=format!("0 0 {} {}", COLUMNS * CELL, ROWS * CELL) role="group" aria-label=t.map_group aria-describedby="map-keys">
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
        let m = t.measure(measure.get());
        let mut rows: Vec<_> = values.get().into_iter().filter(|(_, v)| *v != TileValue::NoData).collect();
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
        let [state_column, how_column] = t.map_columns;
        data_table(t.map_table, &[state_column.to_string(), capitalised(m), how_column.to_string()], body)
    };
    view! { <Panel id="map" title description picture=move || picture().into_any() table=table/> }
}
