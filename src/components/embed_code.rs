//! The "Embed" button: copy-ready iframe and script code for the current view.

use leptos::prelude::*;

use super::{shared, text, Shared};

/// The embed snippet for an app served at `base` (ending in `/`) showing `query`; `title` names
/// the frame for screen readers in the host page.
pub fn snippet(base: &str, query: &str, title: &str) -> String {
    let src = if query.is_empty() { base.to_string() } else { format!("{base}?{query}") };
    let (src, base, title) = (attribute(&src), attribute(base), attribute(title));
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"800\" frameborder=\"0\" scrolling=\"no\" loading=\"lazy\" data-detainer-atlas></iframe>\n<script src=\"{base}embed.js\" async></script>"
    )
}

/// Text made safe inside a double-quoted HTML attribute.
fn attribute(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

#[component]
pub fn EmbedCode() -> impl IntoView {
    let Shared { ds, view, .. } = shared();
    let t = text();
    let open = RwSignal::new(false);
    let copied = RwSignal::new(String::new());
    let code = Memo::new(move |_| {
        let location = window().location();
        let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
        let base = if base.ends_with('/') { base } else { base.rsplit_once('/').map(|(b, _)| format!("{b}/")).unwrap_or(base) };
        view.with(|v| snippet(&base, &v.to_query(ds), t.embed_title))
    });
    let copy = move |_| {
        let text = code.get_untracked();
        let promise = window().navigator().clipboard().write_text(&text);
        copied.set(t.copied.to_string());
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
                copied.set(t.copy_blocked.to_string());
            }
        });
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
                    <button type="button" class="button" on:click=copy>{t.copy_code}</button>
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
        let s = snippet("https://example.org/atlas/", "state=CA&sort=name&q=%22x%22", "Detainer Atlas: \"x\" & y");
        assert!(s.contains("src=\"https://example.org/atlas/?state=CA&amp;sort=name&amp;q=%22x%22\""), "{s}");
        assert!(s.contains("title=\"Detainer Atlas: &quot;x&quot; &amp; y\""), "{s}");
        assert!(s.contains("<script src=\"https://example.org/atlas/embed.js\" async></script>"));
        assert!(snippet("https://example.org/", "", "t").contains("src=\"https://example.org/\""));
    }
}
