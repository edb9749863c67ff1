//! The host-page protocol: when the app runs in an iframe, it tells the parent page its content
//! height so the frame never shows an inner scrollbar or a gap.
//!
//! It speaks the pym.js child protocol (string messages `pymxPYMx{id}xPYMx{type}xPYMx{value}`),
//! so newsroom pages with a pym.js parent work unchanged, posts AMP's
//! `{sentinel: "amp", type: "embed-size", height}` for an `amp-iframe`, and a plain
//! `{type: "detainer-atlas:height", height}` object for pages using `embed.js` or their own
//! listener. From the parent it accepts only pym `width` messages for its own id, and only from
//! the parent window; everything else is ignored. It never reads the parent's DOM.
//!
//! The card embed (`j/<id>/card.html`) has no app: `embed/card.js` speaks the same messages in
//! a few lines of JavaScript, and the embed tests hold both to them. A change here is a change there.

use std::cell::Cell;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The `type` of the plain height message.
pub const MESSAGE_TYPE: &str = "detainer-atlas:height";

/// A height message posted to the parent: the plain one (`{type, height}`), or AMP's request to
/// resize an `amp-iframe` (`{sentinel: "amp", type: "embed-size", height}`, honoured when it
/// has `resizable`).
#[derive(Serialize)]
struct HeightMessage {
    #[serde(skip_serializing_if = "Option::is_none")]
    sentinel: Option<&'static str>,
    #[serde(rename = "type")]
    kind: &'static str,
    height: u32,
}

/// The object messages sent on every change of height: `(sentinel, type)`.
const OBJECT_MESSAGES: [(Option<&str>, &str); 2] = [(None, MESSAGE_TYPE), (Some("amp"), "embed-size")];

/// A pym.js protocol message.
pub fn pym_message(id: &str, kind: &str, value: &str) -> String {
    format!("pymxPYMx{id}xPYMx{kind}xPYMx{value}")
}

/// Parses a pym.js message addressed to `id`: `Some((type, value))`, or `None` for anything else.
pub fn parse_pym<'a>(data: &'a str, id: &str) -> Option<(&'a str, &'a str)> {
    let rest = data.strip_prefix("pymxPYMx")?;
    let mut parts = rest.splitn(3, "xPYMx");
    let (got_id, kind, value) = (parts.next()?, parts.next()?, parts.next()?);
    (got_id == id && !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_alphanumeric())).then_some((kind, value))
}

/// The pym child id from the frame's own URL (pym.js parents add `childId=`); ids are short
/// and plain, anything else is ignored.
pub fn child_id(query: &str) -> Option<String> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .find(|(k, _)| k == "childId")
        .map(|(_, v)| v.into_owned())
        .filter(|v| !v.is_empty() && v.len() <= 64 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
}

/// Starts reporting the height when the page is in a frame; does nothing otherwise.
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let id = child_id(&window.location().search().unwrap_or_default());
    let last = Rc::new(Cell::new(0u32));
    let send = {
        let (window, parent, id, last) = (window.clone(), parent.clone(), id.clone(), last.clone());
        move |force: bool| {
            let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
            let height = root.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            if height == 0 || (!force && height == last.get()) {
                return;
            }
            last.set(height);
            if let Some(id) = &id {
                let _ = parent.post_message(&JsValue::from_str(&pym_message(id, "height", &height.to_string())), "*");
            }
            for (sentinel, kind) in OBJECT_MESSAGES {
                if let Ok(msg) = serde_wasm_bindgen::to_value(&HeightMessage { sentinel, kind, height }) {
                    let _ = parent.post_message(&msg, "*");
                }
            }
        }
    };
    let send = Rc::new(send);

    // Any change of content size (filtering, expanding a row, fonts loading, resizing).
    let on_resize = {
        let send = send.clone();
        Closure::<dyn FnMut()>::new(move || send(false))
    };
    if let (Ok(observer), Some(root)) =
        (web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()), window.document().and_then(|d| d.document_element()))
    {
        observer.observe(&root);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    on_resize.forget();

    // A pym parent asks for the height when its width changes; nothing else is accepted.
    let listener = {
        let send = send.clone();
        let parent = parent.clone();
        gloo_events::EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let from_parent = event.source().and_then(|s| s.dyn_into::<web_sys::Window>().ok()).is_some_and(|w| w == parent);
            if !from_parent {
                return;
            }
            let (Some(id), Some(data)) = (id.as_deref(), event.data().as_string()) else { return };
            if matches!(parse_pym(&data, id), Some(("width", _))) {
                send(true);
            }
        })
    };
    listener.forget();
    send(true);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym_messages_round_trip_for_their_own_id_only() {
        let m = pym_message("atlas-1", "height", "1234");
        assert_eq!(m, "pymxPYMxatlas-1xPYMxheightxPYMx1234");
        assert_eq!(parse_pym(&m, "atlas-1"), Some(("height", "1234")));
        assert_eq!(parse_pym(&m, "other"), None);
        assert_eq!(parse_pym("hello", "atlas-1"), None);
        assert_eq!(parse_pym("pymxPYMxatlas-1xPYMx<script>xPYMx1", "atlas-1"), None);
        assert_eq!(parse_pym("pymxPYMxatlas-1xPYMxwidth", "atlas-1"), None);
    }

    #[test]
    fn child_ids_are_read_from_the_url_and_must_be_plain() {
        assert_eq!(child_id("?initialWidth=600&childId=example-1&parentUrl=x").as_deref(), Some("example-1"));
        assert_eq!(child_id("?childId=%3Cscript%3E"), None);
        assert_eq!(child_id("?q=travis"), None);
    }
}
