//! The language switch: one button naming the other language in that language.

use leptos::prelude::*;

use super::{focus, lang, shared};
use crate::i18n::Lang;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let view = shared().view;
    let current = lang();
    let other = if current == Lang::En { Lang::Es } else { Lang::En };
    let switch = move |_| {
        view.update(|v| v.lang = Some(other));
        // The page is rendered anew in the other language; keep the keyboard where it was.
        request_animation_frame(|| {
            focus(document().get_element_by_id("lang-switch"));
        });
    };
    view! {
        <button type="button" id="lang-switch" class="toggle" lang=other.code() on:click=switch>
            {other.text().name}
        </button>
    }
}
