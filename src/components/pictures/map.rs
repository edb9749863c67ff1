//! State tile map: one square per state and DC, shaded by the report's figure, or by the share
//! of each state's counties with a limiting policy in force or with a 287(g) agreement.

use leptos::prelude::*;

use super::{ChartPeriod, Panel};
use crate::components::{data_table, lang, roving_focus, shared, text, Shared};
use crate::dataset::{states::state_name, Measure};
use crate::i18n::{percent, Lang, Text};
use crate::query::charts::map::{
    class_range, colour_class, county_shares, selectable, share_range, state_values, tile_box, Shading, Share, TileValue, CELL,
    CLASS_BOUNDS, COLUMNS, ROWS, SHARE_BOUNDS, TILES,
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

/// A tile's accessible name on a share map.
fn describe_share(code: &str, s: Share, lang: Lang) -> String {
    let t = lang.text();
    let name = format!("{code} ({})", state_name(code).unwrap_or(code));
    if s.counties == 0 {
        return format!("{name}: {}", t.tile_no_data);
    }
    format!(
        "{name}: {}",
        (t.share_tile)(&number(u64::from(s.counted), lang), &number(u64::from(s.counties), lang), &share_percent(s, lang))
    )
}

/// The share's percent with the language's decimal mark and sign ("4.7%", "4,7 %").
fn share_percent(s: Share, lang: Lang) -> String {
    percent(s.per_mille(), lang)
}

/// A legend's range of whole percents with the language's sign ("1–9%", "1–9 %").
fn percent_range(range: &str, lang: Lang) -> String {
    match lang {
        Lang::Es => format!("{range} %"),
        _ => format!("{range}%"),
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
    let Shared { ds, view, report, state, expanded, on, .. } = shared();
    let period = expect_context::<ChartPeriod>();
    let (lang, t): (Lang, &Text) = (lang(), text());
    let measure = Memo::new(move |_| ds.reports.get(report.get()).map_or(Measure::Declined, |r| r.primary_measure));
    let values = Memo::new(move |_| state_values(ds, report.get(), measure.get(), period.of(ds, report.get(), measure.get())));
    // What the tiles are shaded by; the shares are counted only while shown.
    let shading = Memo::new(move |_| view.with(|v| v.display.map));
    let shade = move |s: Shading| view.update(|v| v.display.map = s);
    let shares = Memo::new(move |_| match shading.get() {
        Shading::Figure => Default::default(),
        s => county_shares(ds, on.get(), s),
    });
    let title = Signal::derive(move || match shading.get() {
        Shading::Figure => (t.map_title)(&capitalised(t.measure(measure.get()))),
        Shading::Limiting => t.share_titles[0].to_string(),
        Shading::Agreement => t.share_titles[1].to_string(),
    });
    let description = Signal::derive(move || match shading.get() {
        Shading::Figure => t.map_description.to_string(),
        Shading::Limiting => t.share_descriptions[0].to_string(),
        Shading::Agreement => t.share_descriptions[1].to_string(),
    });
    let switch = move || {
        let choices = [
            (Shading::Figure, capitalised(t.measure(measure.get()))),
            (Shading::Limiting, t.shade_choices[0].to_string()),
            (Shading::Agreement, t.shade_choices[1].to_string()),
        ];
        let buttons = choices
            .into_iter()
            .map(|(s, label)| {
                view! { <button type="button" class="seg" aria-pressed=move || (shading.get() == s).to_string() on:click=move |_| shade(s)>{label}</button> }
            })
            .collect_view();
        view! { <div class="segmented" role="group" aria-label=t.shade_label>{buttons}</div> }
    };
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
        let mode = shading.get();
        let vals = if mode == Shading::Figure { values.get() } else { Default::default() };
        let shares = shares.get();
        let (selected, lit) = (state.get(), open_state.get());
        let m = t.measure(measure.get());
        let tiles = TILES
            .iter()
            .map(|&(code, col, row)| {
                let (class, label) = if mode == Shading::Figure {
                    let v = vals.get(code).copied().unwrap_or(TileValue::NoData);
                    let class = match (v, v.number().and_then(colour_class)) {
                        (_, Some(c)) => format!("tile c{c}"),
                        (TileValue::PoliciesOnly, _) => "tile policies".to_string(),
                        _ => "tile none".to_string(),
                    };
                    (class, describe(code, v, m, lang))
                } else {
                    let share = shares.get(code).copied().unwrap_or(Share { counted: 0, counties: 0 });
                    let class = match share.class() {
                        Some(c) => format!("tile c{c}"),
                        None if share.counties > 0 => "tile zero".to_string(),
                        None => "tile none".to_string(),
                    };
                    (class, describe_share(code, share, lang))
                };
                let b = tile_box(col, row);
                let at = selectable.iter().position(|&i| TILES[i].0 == code);
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
        let legend = if mode == Shading::Figure {
            let classes = (0..=CLASS_BOUNDS.len())
                .map(|i| view! { <li><span class=format!("swatch c{i}") aria-hidden="true"></span>{class_label(i, lang)}</li> })
                .collect_view();
            view! {
                {classes}
                <li><span class="swatch policies" aria-hidden="true"></span>{t.tile_policies}</li>
                <li><span class="swatch none" aria-hidden="true"></span>{t.tile_no_data}</li>
            }
            .into_any()
        } else {
            let classes = (0..=SHARE_BOUNDS.len())
                .map(|i| {
                    let (lo, hi) = share_range(i);
                    view! { <li><span class=format!("swatch c{i}") aria-hidden="true"></span>{percent_range(&format!("{lo}–{hi}"), lang)}</li> }
                })
                .collect_view();
            view! {
                {classes}
                <li><span class="swatch zero" aria-hidden="true"></span>{percent_range("0", lang)}</li>
                <li><span class="swatch none" aria-hidden="true"></span>{t.tile_no_data}</li>
            }
            .into_any()
        };
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
            </ul>
            {clear}
        }
    };
    let table = move || {
        if shading.get() != Shading::Figure {
            let mut rows: Vec<(&'static str, Share)> = shares.get().into_iter().filter(|(_, s)| s.counties > 0).collect();
            // Largest share first: counted × other's counties against other's counted × counties.
            rows.sort_by(|(a, x), (b, y)| {
                (u64::from(y.counted) * u64::from(x.counties)).cmp(&(u64::from(x.counted) * u64::from(y.counties))).then(a.cmp(b))
            });
            let body = rows
                .into_iter()
                .map(|(code, s)| {
                    view! {
                        <tr>
                            <th scope="row">{state_name(code).unwrap_or(code)}</th>
                            <td class="num">{number(u64::from(s.counties), lang)}</td>
                            <td class="num">{number(u64::from(s.counted), lang)}</td>
                            <td class="num">{share_percent(s, lang)}</td>
                        </tr>
                    }
                })
                .collect_view();
            return data_table(t.map_table, &t.share_columns.map(str::to_string), body);
        }
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
    view! { <Panel id="map" title description picture=move || view! { {switch}{picture()} }.into_any() table=move || view! { {switch}{table()} }.into_any()/> }
}
