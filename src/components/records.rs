//! ICE's own records in a row's details: for each jail the jurisdiction runs, a year-by-year
//! chart with its table (the jurisdiction's later figures on the same time axis), fiscal 2015's
//! outcomes with the share declined out of the detainers issued, and the sum of the jails where
//! there are several. The rules are `query::records`'; the layout `query::charts::records`'.

use leptos::prelude::*;

use super::sources::SourceLinks;
use super::{data_lang, lang, text};
use crate::dataset::{states::state_name, Dataset, Facility, FacilityMatch, Figure};
use crate::i18n::{percent, Lang, Text};
use crate::query::charts::records::{bar_top, year_chart, YearChart, AXIS, HEIGHT, YEAR_WIDTH};
use crate::query::format::{figure_value, localized, number, title_case};
use crate::query::records::{facilities_of, facility_figures_all, share, summed};
use crate::query::sources::{citation, ordered, publisher_name};

/// The report a figure belongs to, short, in the reader's language, with the figure's own period.
fn period_cell(ds: &Dataset, f: &Figure, lang: Lang) -> String {
    let r = ds.reports.get(usize::from(f.report));
    let title = r.map(|r| localized(r.short_title, r.short_title_es, lang).0).unwrap_or("");
    if f.period.is_empty() {
        title.to_string()
    } else {
        format!("{title} ({})", f.period)
    }
}

/// A figure's number, followed by its share declined where `query::records::share` allows one.
fn number_cell(ds: &Dataset, f: &'static Figure, t: &'static Text, lang: Lang) -> impl IntoView {
    let share = share(ds, f).map(|s| {
        let text = (t.share_declined)(&number(u64::from(s.declined), lang), &number(u64::from(s.of), lang), &percent(s.per_mille(), lang));
        view! { <span class="share">{text}</span> }
    });
    view! { <span class="num">{figure_value(f, lang)}</span>" "{share} }
}

fn figure_rows(ds: &'static Dataset, figures: &[&'static Figure], t: &'static Text, lang: Lang) -> impl IntoView {
    figures
        .iter()
        .map(|&f| {
            view! {
                <tr>
                    <th scope="row">{period_cell(ds, f, lang)}</th>
                    <td><abbr title=t.measure_definition(f.measure)>{t.measure(f.measure)}</abbr></td>
                    <td>{number_cell(ds, f, t, lang)}</td>
                </tr>
            }
        })
        .collect_view()
}

/// A table of figures that share few sources: the sources once under it, not on every row.
fn records_table(
    ds: &'static Dataset,
    label: String,
    caption: Option<String>,
    figures: Vec<&'static Figure>,
    t: &'static Text,
    lang: Lang,
) -> impl IntoView {
    let mut sources: Vec<&'static [u16]> = Vec::new();
    for f in &figures {
        if !sources.contains(&f.sources) {
            sources.push(f.sources);
        }
    }
    let sources = sources.into_iter().map(|ids| view! { <SourceLinks ids=ids/> }).collect_view();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            <table class="figures records">
                {caption.map(|c| view! { <caption>{c}</caption> })}
                <thead><tr>{t.records_columns.map(|c| view! { <th scope="col">{c}</th> })}</tr></thead>
                <tbody>{figure_rows(ds, &figures, t, lang)}</tbody>
            </table>
        </div>
        <div class="records-sources"><span class="label">{t.sources_label}": "</span>{sources}</div>
    }
}

fn chart_svg(ds: &'static Dataset, c: YearChart, name: &'static str, t: &'static Text, lang: Lang) -> impl IntoView {
    let years = (c.first..=c.last)
        .map(|y| {
            let x = c.x(y) + YEAR_WIDTH / 2;
            view! { <text class="rec-year" x=x y=AXIS + 14 text-anchor="middle">{y.to_string()}</text> }
        })
        .collect_view();
    let bars = c
        .bars
        .iter()
        .map(|b| {
            let top = bar_top(b.height);
            let value = b.figure.value.map(|v| number(u64::from(v), lang)).unwrap_or_default();
            view! {
                <rect class="rec-bar" x=b.x + 6 y=top width=YEAR_WIDTH - 12 height=b.height></rect>
                <text class="rec-value" x=b.x + YEAR_WIDTH / 2 y=top.saturating_sub(3) text-anchor="middle">{value}</text>
            }
        })
        .collect_view();
    let marks = c
        .marks
        .iter()
        .map(|m| {
            let d = format!("M{} {}l5 5-5 5-5-5z", m.x, m.y.saturating_sub(5));
            let value = m.figure.value.map(|v| number(u64::from(v), lang)).unwrap_or_default();
            view! {
                <path class="rec-mark" d=d></path>
                <text class="rec-mark-value" x=m.x + 7 y=m.y + 4>{value}</text>
            }
        })
        .collect_view();
    // Each later figure labelled with its year, measure, report and first source.
    let labels = (!c.later.is_empty()).then(|| {
        let items = c
            .later
            .iter()
            .map(|&(year, f)| {
                let source = ordered(ds, f.sources).first().copied().map(|s| {
                    view! {
                        " — "<a href=s.url target="_blank" rel="noopener noreferrer" title=citation(s, lang)>
                            {publisher_name(s)}<span class="visually-hidden">{format!(" ({}, {})", t.sources_label, t.new_tab)}</span>
                        </a>
                    }
                });
                view! {
                    <li>
                        <span class="swatch swatch-mark" aria-hidden="true"></span>
                        {format!("{year}: {} {} ({})", figure_value(f, lang), t.measure(f.measure), period_cell(ds, f, lang))}{source}
                    </li>
                }
            })
            .collect_view();
        view! { <p class="note">{t.records_legend[1]}</p><ul class="records-marks">{items}</ul> }
    });
    let width = c.width;
    view! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label=(t.records_chart)(name)>
            <svg class="records-chart" viewBox=format!("0 0 {width} {HEIGHT}") width=width height=HEIGHT role="img" aria-label=(t.records_chart)(name) focusable="false">
                <line class="axis" x1="0" x2=width y1=AXIS y2=AXIS></line>
                {bars}{marks}{years}
            </svg>
        </div>
        <ul class="records-legend"><li><span class="swatch swatch-bar" aria-hidden="true"></span>{t.records_legend[0]}</li></ul>
        {labels}
    }
}

fn facility_view(ds: &'static Dataset, fi: usize, jurisdiction: usize, open: bool, t: &'static Text, lang: Lang) -> impl IntoView {
    let f: &'static Facility = &ds.facilities[fi];
    let place = (t.facility_place)(&title_case(f.city), state_name(f.state).unwrap_or(f.state));
    let how = match f.matched {
        FacilityMatch::County => view! { <p class="note">{t.matched_county}</p> }.into_any(),
        FacilityMatch::ByHand => view! { <p class="note">{t.matched_by_hand}" "<span lang=data_lang()>{f.note}</span></p> }.into_any(),
    };
    let chart = year_chart(ds, fi, jurisdiction).map(|c| chart_svg(ds, c, f.name, t, lang));
    let table = records_table(ds, format!("{}: {}", t.records_region, f.name), None, facility_figures_all(ds, fi), t, lang);
    view! {
        <details class="facility" open=open>
            <summary><span lang=data_lang()>{f.name}</span>" "<span class="place">{place}</span></summary>
            {how}
            {chart}
            {table}
        </details>
    }
}

/// The section, or nothing for a jurisdiction that runs no facility of ICE's records.
#[component]
pub fn FacilityRecords(index: usize) -> impl IntoView {
    let ds = super::ds();
    let (lang, t) = (lang(), text());
    let facilities = facilities_of(ds, index);
    if facilities.is_empty() {
        return ().into_any();
    }
    let all: &'static [Figure] = ds.figures;
    let mut sums: Vec<&'static Figure> = all.iter().filter(|f| f.sum && usize::from(f.jurisdiction) == index).collect();
    sums.sort_by_key(|f| (ds.reports.get(usize::from(f.report)).map(|r| r.period_start), f.measure));
    let sums_view = sums.first().copied().map(|first| {
        let heading = (t.sums_heading)(summed(ds, first).len());
        records_table(ds, heading.clone(), Some(heading), sums, t, lang)
    });
    // One jail: open; several: each folded under its name, the sum above them.
    let open = facilities.len() == 1;
    let items = facilities.into_iter().map(|fi| facility_view(ds, fi, index, open, t, lang)).collect_view();
    view! {
        <section class="records-section">
            <h4>{t.records_heading}</h4>
            <p class="note">{t.records_intro}</p>
            {sums_view}
            {items}
        </section>
    }
    .into_any()
}
