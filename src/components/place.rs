//! A place's own page (`j/<id>/`: its record alone, open, for readers arriving from a search
//! engine or a shared link) and its card embed (the same place in a few lines, for a local
//! story). The build writes both for every jurisdiction ([`crate::prerender`]); in the browser
//! the app renders the page in place of the build's copy, and the card stays a static page.

use leptos::prelude::*;

use super::embed_code::EmbedCode;
use super::language::LanguageSwitch;
use super::list::bar_max;
use super::row::{latest_line, policy_view, JurisdictionRow};
use super::{root, shared, text, Shared};
use crate::dataset::{states::state_name, Jurisdiction, Level};
use crate::i18n::Lang;
use crate::query::agreements::agreements_of;
use crate::query::figures::latest;
use crate::query::format::date;

/// A place as a title names it: "Ventura County, CA"; a state or group by its name alone.
pub fn place_name(j: &Jurisdiction) -> String {
    match j.level {
        Level::Nation | Level::State | Level::Aggregate => j.name.to_string(),
        _ => format!("{}, {}", j.name, j.state),
    }
}

/// Where a jurisdiction is, in words: "County, California"; a state or group by its level.
pub fn place_line(j: &Jurisdiction, lang: Lang) -> String {
    let t = lang.text();
    match j.level {
        Level::State | Level::Aggregate => t.level(j.level).to_string(),
        _ => format!("{}, {}", t.level(j.level), state_name(j.state).unwrap_or(j.state)),
    }
}

/// The page of the jurisdiction `index`: the site's name and tools, its record open, and the
/// ways on to every other jurisdiction.
#[component]
pub fn PlacePage(index: usize) -> impl IntoView {
    let Shared { ds, report, .. } = shared();
    let t = text();
    let max = Memo::new(move |_| bar_max(ds, report.get()));
    let visible = Memo::new(move |_| vec![index]);
    let end = Memo::new(|_| 1);
    let root = root();
    let home = if root.is_empty() { "./".to_string() } else { root.to_string() };
    view! {
        <a class="skip-link" href="#results">{t.skip_link}</a>
        <header class="site-header place-header">
            <div class="title-row">
                <h1 class="site-name"><a href=home.clone()>"Detainer Atlas"</a></h1>
                <div class="title-tools">
                    <LanguageSwitch/>
                    <EmbedCode/>
                </div>
            </div>
        </header>
        <section id="results" class="results" aria-labelledby="results-heading" tabindex="-1">
            <h2 id="results-heading" class="visually-hidden">{t.list_label_aria}</h2>
            <ol class="jurisdictions">
                <JurisdictionRow index=index max=max visible=visible end=end/>
            </ol>
            <p class="place-more">
                <a class="button" href=home>{t.search_all}</a>" "
                <a href=format!("{root}{}", crate::prerender::FULL_LIST)>{(t.all_rows)(ds.jurisdictions.len().saturating_sub(1))}</a>
            </p>
        </section>
        <footer class="site-footer">
            <p>{t.footer}</p>
        </footer>
    }
}

/// The card of the jurisdiction `index` on the app's day (`Shared::today`, the day the build
/// wrote it): name, place, the policy of the day in one line, its latest figure with its report,
/// period and first source, and a link to its page. Rendered once, at build time, into a page
/// without the app.
#[component]
pub fn Card(index: usize) -> impl IntoView {
    let Shared { ds, today: on, .. } = shared();
    let lang = super::lang();
    let Some(j) = ds.jurisdictions.get(index) else { return ().into_any() };
    let t = lang.text();
    let figure = match latest(ds, index) {
        Some(f) => latest_line(ds, f, lang).into_any(),
        None => view! { <p class="latest">{t.no_figures}</p> }.into_any(),
    };
    view! {
        <article class="card" aria-labelledby="card-name">
            <h1 id="card-name" class="name">{j.name}</h1>
            <p class="place">{place_line(j, lang)}</p>
            {policy_view(ds, index, on, lang, !agreements_of(ds, index).is_empty())}
            {figure}
            <p class="card-foot">
                <a href="./" target="_blank" rel="noopener">{t.card_more}</a>
                " · Detainer Atlas · "{(t.card_as_of)(&date(&on, lang))}
            </p>
        </article>
    }
    .into_any()
}
