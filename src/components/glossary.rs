//! Plain-language definitions of the measures, policy categories and flags, shown in the
//! "About the data" panel.

use leptos::prelude::*;

use super::text;
use crate::dataset::{AboutExtra, Category, Measure, Status};
use crate::query::format::capitalised;

/// The definitions `extra` names, under a heading.
pub fn definitions(extra: AboutExtra) -> Option<AnyView> {
    let t = text();
    let (heading, items) = match extra {
        AboutExtra::None => return None,
        AboutExtra::Measures => (
            t.measures_heading,
            Measure::ALL.iter().map(|m| view! { <dt>{capitalised(t.measure(*m))}</dt><dd>{t.measure_definition(*m)}</dd> }).collect_view().into_any(),
        ),
        AboutExtra::Categories => (
            t.categories_heading,
            Category::ALL
                .iter()
                .map(|c| view! { <dt><span class=format!("badge badge-{}", c.code())>{t.category(*c)}</span></dt><dd>{t.category_definition(*c)}</dd> })
                .collect_view()
                .into_any(),
        ),
        AboutExtra::Flags => {
            // The flags as the rows show them, each with its definition.
            let terms = [Some(t.not_reported), t.status(Status::Unverified), t.status(Status::Disputed), t.status(Status::Corrected), Some(t.sources_differ)];
            let items = terms.into_iter().zip(t.flag_definitions).map(|(term, definition)| view! { <dt>{term.unwrap_or_default()}</dt><dd>{definition}</dd> });
            (t.flags_heading, items.collect_view().into_any())
        }
    };
    Some(view! { <h4>{heading}</h4><dl class="facts">{items}</dl> }.into_any())
}
