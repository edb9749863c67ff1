//! The three pictures above the list: a ranking, a state tile map and a timeline. Each is SVG
//! drawn from the embedded dataset, follows the list's filters and report, highlights the open
//! row, and has a table with the same numbers.

pub mod map;
pub mod ranking;
pub mod timeline;

use leptos::prelude::*;

use map::StateMap;
use ranking::RankingChart;
use timeline::Timeline;

/// The pictures, in a disclosure that starts closed (or open with `charts=1`), so the list is
/// what a reader sees first and the page the build pre-renders is the page the app shows.
#[component]
pub fn Pictures() -> impl IntoView {
    let t = crate::components::text();
    let initially = crate::components::shared().view.with_untracked(|v| v.display.charts);
    // Drawn only while open: closed charts cost nothing when the reader types or filters.
    let open = RwSignal::new(initially);
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
                    <RankingChart/>
                    <StateMap/>
                    <Timeline/>
                </section>
            })}
        </details>
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
