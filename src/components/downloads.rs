//! "Download CSV" of the current view, generated in the browser, and the link to the open
//! dataset (`data/`, published by the build).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{lang, shared, text, Shared};
use crate::query::csv::view_csv;

/// Offers `text` as a file download; returns false where the browser refuses.
fn download(name: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let ok = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

#[component]
pub fn Downloads() -> impl IntoView {
    let Shared { ds, report, rows, on, .. } = shared();
    let (lang, t) = (lang(), text());
    let status = RwSignal::new(String::new());
    let this_view = move |_| {
        let csv = rows.with(|r| view_csv(ds, r, report.get_untracked(), lang, on.get_untracked()));
        let n = rows.with(Vec::len);
        status.set(if download("detainer-atlas-view.csv", &csv) { (t.downloaded_rows)(n) } else { t.download_blocked.into() });
    };
    view! {
        <div class="downloads">
            <button type="button" class="chip" on:click=this_view>{t.download_view}</button>
            // The open dataset the build publishes: every table, with its descriptor.
            <a class="chip all-data" href=format!("{}data/", super::root())>{t.download_all}</a>
            <span class="note" role="status">{move || status.get()}</span>
        </div>
    }
}
