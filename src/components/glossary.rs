//! Plain-language definitions of the measures and policy categories.

use leptos::prelude::*;

use crate::dataset::{Category, Measure};
use crate::query::format::{capitalised, category_definition, category_label, measure_definition, measure_label};

#[component]
pub fn Glossary() -> impl IntoView {
    let measures = Measure::ALL
        .iter()
        .map(|m| view! { <dt>{capitalised(measure_label(*m))}</dt><dd>{measure_definition(*m)}</dd> })
        .collect_view();
    let categories = Category::ALL
        .iter()
        .map(|c| view! { <dt><span class=format!("badge badge-{}", c.code())>{category_label(*c)}</span></dt><dd>{category_definition(*c)}</dd> })
        .collect_view();
    view! {
        <details class="glossary">
            <summary>"What the numbers and labels mean"</summary>
            <p>"A detainer is ICE’s request that a jail keep someone after they would otherwise go free, so that ICE can take them into custody. "
               "Sources count different things, so each number is labelled with what it counts, and different counts are never added together."</p>
            <h3>"Measures"</h3>
            <dl class="facts">{measures}</dl>
            <h3>"Policy categories"</h3>
            <dl class="facts">{categories}</dl>
            <h3>"Flags"</h3>
            <dl class="facts">
                <dt>"not reported"</dt><dd>"No source gave a number. It does not mean zero."</dd>
                <dt>"unverified"</dt><dd>"Seen in a source the research could not confirm."</dd>
                <dt>"disputed"</dt><dd>"Contested by the jurisdiction or another source; see the row's details."</dd>
                <dt>"corrected by its publisher"</dt><dd>"The publisher later withdrew or corrected it."</dd>
                <dt>"sources differ"</dt><dd>"Sources give different numbers; the details list each with its source."</dd>
            </dl>
        </details>
    }
}
