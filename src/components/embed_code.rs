//! The "Embed" button: copy-ready iframe and script code for the current view.

use leptos::prelude::*;

use super::{shared, text, Shared};
use crate::i18n::Lang;
use crate::query::format::escape_html;
use crate::query::view::ViewState;

/// The embed snippet for an app served at `base` (ending in `/`) showing `page` (a place's page,
/// or empty for the whole list) with `query`; `title` names the frame for screen readers in the
/// host page; `height` is the frame's height before it sizes itself.
pub fn snippet(base: &str, page: &str, query: &str, title: &str, height: u32) -> String {
    let src = if query.is_empty() { format!("{base}{page}") } else { format!("{base}{page}?{query}") };
    let (src, base, title) = (escape_html(&src), escape_html(base), escape_html(title));
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" frameborder=\"0\" scrolling=\"no\" loading=\"lazy\" data-detainer-atlas></iframe>\n<script src=\"{base}embed.js\" async></script>"
    )
}

/// The card of jurisdiction `id` in `lang`, with the view's display settings (theme,
/// transparency) in `query`.
pub fn card_snippet(base: &str, id: &str, lang: Lang, query: &str, title: &str) -> String {
    let file = if lang == Lang::Es { "card-es.html" } else { "card.html" };
    snippet(base, &format!("{}{file}", super::place_path(id)), query, title, 260)
}

/// The display settings of `v` alone (theme, transparency), as a card's address takes them.
fn display_query(v: &ViewState, ds: &crate::dataset::Dataset) -> String {
    let display = ViewState { display: v.display, ..ViewState::new(ds) };
    display.to_query(ds)
}

#[component]
pub fn EmbedCode() -> impl IntoView {
    let Shared { ds, view, lang, .. } = shared();
    let t = text();
    let open = RwSignal::new(false);
    let copied = RwSignal::new(String::new());
    // The site's root as the reader's browser reached it: relative links resolve from here.
    let base = move || {
        let href = window().location().href().unwrap_or_default();
        let root = match super::root() {
            "" => "./",
            r => r,
        };
        web_sys::Url::new_with_base(root, &href).map(|u| u.href()).unwrap_or(href)
    };
    // With a row open, the frame shows that place's page; else the list as the reader left it.
    let code = Memo::new(move |_| {
        view.with(|v| match v.expanded {
            Some(id) => {
                snippet(&base(), &super::place_path(id), &ViewState { expanded: None, ..v.clone() }.to_query(ds), t.embed_title, 800)
            }
            None => snippet(&base(), "", &v.to_query(ds), t.embed_title, 800),
        })
    });
    let card = Memo::new(move |_| {
        view.with(|v| {
            let j = v.expanded.and_then(|id| ds.jurisdictions.iter().find(|j| j.id == id))?;
            Some((j.name, card_snippet(&base(), j.id, lang.get(), &display_query(v, ds), t.embed_title)))
        })
    });
    let copy = move |text: String| {
        let promise = window().navigator().clipboard().write_text(&text);
        copied.set(t.copied.to_string());
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
                copied.set(t.copy_blocked.to_string());
            }
        });
    };
    let card_view = move || {
        card.get().map(|(name, code)| {
            let text = code.clone();
            view! {
                <label for="embed-card">{(t.embed_card_label)(name)}</label>
                <textarea id="embed-card" readonly rows="4" prop:value=code></textarea>
                <button type="button" class="button" on:click=move |_| copy(text.clone())>{t.copy_code}</button>
            }
        })
    };
    view! {
        <div class="embed">
            <button type="button" class="toggle" id="embed-button" aria-expanded=move || open.get().to_string() aria-controls="embed-panel"
                on:click=move |_| { open.update(|o| *o = !*o); copied.set(String::new()); }>{t.embed_button}</button>
            <Show when=move || open.get()>
                <div id="embed-panel" class="embed-panel"
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        // Escape closes the panel and returns the keyboard to the button that opened it.
                        if ev.key() == "Escape" {
                            open.set(false);
                            super::focus(document().get_element_by_id("embed-button"));
                        }
                    }>
                    <label for="embed-code">{t.embed_code_label}</label>
                    <textarea id="embed-code" readonly rows="5" prop:value=move || code.get()></textarea>
                    <button type="button" class="button" on:click=move |_| copy(code.get_untracked())>{t.copy_code}</button>
                    {card_view}
                    <p class="note" role="status">{move || copied.get()}</p>
                </div>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_escapes_its_attributes_and_loads_embed_js_from_the_same_place() {
        let s = snippet("https://example.org/atlas/", "", "state=CA&sort=name&q=%22x%22", "Detainer Atlas: \"x\" & y", 800);
        assert!(s.contains("src=\"https://example.org/atlas/?state=CA&amp;sort=name&amp;q=%22x%22\""), "{s}");
        assert!(s.contains("title=\"Detainer Atlas: &quot;x&quot; &amp; y\""), "{s}");
        assert!(s.contains("<script src=\"https://example.org/atlas/embed.js\" async></script>"));
        assert!(snippet("https://example.org/", "", "", "t", 800).contains("src=\"https://example.org/\""));
        assert!(snippet("https://example.org/", "j/travis/", "", "t", 800).contains("src=\"https://example.org/j/travis/\""));
    }

    #[test]
    fn a_card_is_the_place_s_card_page_in_the_reader_s_language_with_the_display_settings() {
        let en = card_snippet("https://example.org/atlas/", "travis", Lang::En, "theme=dark", "t");
        assert!(en.contains("src=\"https://example.org/atlas/j/travis/card.html?theme=dark\""), "{en}");
        assert!(en.contains("height=\"260\"") && en.contains("data-detainer-atlas"), "{en}");
        let es = card_snippet("https://example.org/atlas/", "travis", Lang::Es, "", "t");
        assert!(es.contains("src=\"https://example.org/atlas/j/travis/card-es.html\""), "{es}");
    }
}
