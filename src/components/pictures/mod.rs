//! The three pictures above the list: a ranking, a state tile map and a timeline. Each is SVG
//! drawn from the dataset (layout in `query::charts`), follows the list's filters and report,
//! highlights the open row, and has a table with the same numbers.

pub mod map;
pub mod ranking;
pub mod timeline;

use leptos::prelude::*;

use map::StateMap;
use ranking::RankingChart;
use timeline::Timeline;

use crate::components::{shared, text, Shared};
use crate::dataset::{Dataset, Measure};
use crate::query::charts::chosen_or_first;
use crate::query::figures::periods;

/// The period the pictures compare figures of, where a report's figures span several: the
/// reader's choice, kept while the report has it.
#[derive(Clone, Copy)]
pub struct ChartPeriod(pub RwSignal<Option<&'static str>>);

impl ChartPeriod {
    /// The period to draw among `available` (a report's [`periods`], most figures first): the
    /// reader's choice while it is one of them, else the first (`""`: the report's own period).
    pub fn pick(self, available: &[&'static str]) -> &'static str {
        chosen_or_first(self.0.get(), available).unwrap_or("")
    }

    /// The period to draw for `measure` of `report`.
    pub fn of(self, ds: &Dataset, report: usize, measure: Measure) -> &'static str {
        self.pick(&periods(ds, report, measure))
    }
}

/// The pictures, in a disclosure that starts closed (or open with `charts=1`), so the list is
/// what a reader sees first and the page the build pre-renders is the page the app shows.
#[component]
pub fn Pictures() -> impl IntoView {
    let t = text();
    let initially = shared().view.with_untracked(|v| v.display.charts);
    // Drawn only while open: closed charts cost nothing when the reader types or filters.
    let open = RwSignal::new(initially);
    provide_context(ChartPeriod(RwSignal::new(None)));
    let on_toggle = move |ev: web_sys::Event| {
        if let Some(now) = crate::components::details_opened(&ev) {
            open.set(now);
        }
    };
    view! {
        <details class="pictures-box" open=initially on:toggle=on_toggle on:keydown=crate::components::close_details_on_escape>
            <summary>{t.charts_summary}</summary>
            {move || open.get().then(|| view! {
                <section class="pictures" aria-label=t.charts_label>
                    <PeriodPicker/>
                    <RankingChart/>
                    <StateMap/>
                    <Timeline/>
                </section>
            })}
        </details>
    }
}

/// Where the selected report's figures span several periods: which one the pictures show.
#[component]
fn PeriodPicker() -> impl IntoView {
    let Shared { ds, report, .. } = shared();
    let period = expect_context::<ChartPeriod>();
    let t = text();
    move || {
        let measure = ds.reports.get(report.get())?.primary_measure;
        let available = periods(ds, report.get(), measure);
        (available.len() > 1).then(|| {
            let shown = period.pick(&available);
            let options = available
                .iter()
                .map(|p| {
                    let label = if p.is_empty() { t.report_period.to_string() } else { (*p).to_string() };
                    view! { <option value=*p selected=shown == *p>{label}</option> }
                })
                .collect_view();
            view! {
                <div class="field period-field">
                    <label for="chart-period">{t.period_label}</label>
                    <select id="chart-period" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        period.0.set(available.iter().copied().find(|p| *p == v));
                    }>{options}</select>
                    <p class="note">{t.period_note}</p>
                </div>
            }
        })
    }
}

/// A picture's frame: heading, one-line description, and a toggle between the picture and its table.
#[component]
pub fn Panel(
    id: &'static str,
    title: Signal<String>,
    description: Signal<String>,
    #[prop(into)] picture: ViewFn,
    #[prop(into)] table: ViewFn,
) -> impl IntoView {
    let as_table = RwSignal::new(false);
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let (labelled_by, described_by) = (title_id.clone(), desc_id.clone());
    view! {
        <figure class="panel" id=id aria-labelledby=labelled_by aria-describedby=described_by>
            <div class="panel-head">
                <h2 id=title_id>{move || title.get()}</h2>
                <button type="button" class="toggle" aria-pressed=move || as_table.get().to_string() on:click=move |_| as_table.update(|t| *t = !*t)>
                    {crate::components::text().show_as_table}
                </button>
            </div>
            <p class="panel-desc" id=desc_id>{move || description.get()}</p>
            {move || if as_table.get() { table.run() } else { picture.run() }}
        </figure>
    }
}
