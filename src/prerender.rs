//! Plain HTML of the initial view, written into `index.html` at build time, so the list with
//! its policies and figures shows without WebAssembly or JavaScript. The app replaces it when it
//! starts. Every text is escaped: data never becomes markup.

use atlas_data::{states::state_name, Dataset};

use crate::query::context::current_policy;
use crate::query::format::{figure_value, Lang};
use crate::query::select::{headline, select, Index};
use crate::query::view::ViewState;

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The static page body for the default view.
pub fn static_page(ds: &Dataset) -> String {
    let view = ViewState::default();
    // English: the page's `lang` before the app starts; the app switches language if asked.
    let lang = Lang::En;
    let t = lang.text();
    let index = Index::new(ds);
    let rows = select(ds, &index, &view);
    let mut h = String::new();
    h.push_str("<div class=\"static\"><header class=\"site-header\"><h1>Detainer Atlas</h1>");
    h.push_str(&format!("<p class=\"tagline\">{}</p>", escape(t.tagline)));
    if let Some(r) = ds.reports.get(view.report) {
        h.push_str(&format!(
            "<p>Figures: <strong>{}</strong> ({}). The interactive version needs JavaScript and WebAssembly; this is the plain list.</p>",
            escape(r.title),
            escape(t.measure(r.primary_measure))
        ));
    }
    h.push_str("</header><ol class=\"jurisdictions\">");
    for i in rows {
        let j = &ds.jurisdictions[i];
        let place = match state_name(j.state) {
            Some(s) if j.state != "US" => format!("{}, {}", t.level(j.level), s),
            _ => t.level(j.level).to_string(),
        };
        h.push_str(&format!("<li class=\"jurisdiction\"><h3 class=\"name\">{}</h3><p class=\"place\">{}</p>", escape(j.name), escape(&place)));
        if let Some(p) = current_policy(ds, i) {
            h.push_str(&format!(
                "<p class=\"policy\"><span class=\"badge badge-{}\">{}</span> <span class=\"summary\">{}</span></p>",
                p.category.code(),
                escape(t.category(p.category)),
                escape(p.summary)
            ));
        }
        if let (Some(f), Some(r)) = (headline(ds, i, view.report), ds.reports.get(view.report)) {
            let sources: Vec<String> = f
                .sources
                .iter()
                .filter_map(|s| ds.sources.get(usize::from(*s)))
                .map(|s| format!("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", escape(s.url), escape(s.publisher)))
                .collect();
            h.push_str(&format!(
                "<p class=\"figure-line\"><span class=\"figure-value\">{}</span> <span class=\"figure-measure\">{}</span> <span class=\"note\">{}</span></p>",
                escape(&figure_value(f, lang)),
                escape(t.measure(r.primary_measure)),
                sources.join(", ")
            ));
        }
        h.push_str("</li>");
    }
    h.push_str("</ol></div>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::data;

    #[test]
    fn escaping_makes_markup_inert() {
        assert_eq!(escape("<script>alert('x')</script> & \"q\""), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    #[test]
    fn the_static_page_lists_every_row_with_figures_in_order() {
        let html = static_page(data());
        let rows = html.matches("<li class=\"jurisdiction\">").count();
        let ds = data();
        assert_eq!(rows, select(ds, &Index::new(ds), &ViewState::default()).len());
        let travis = html.find("Travis County").expect("Travis is listed");
        let boulder = html.find("Boulder County").expect("Boulder is listed");
        assert!(travis < boulder, "sorted by figure, high first");
        assert!(html.contains("142</span> <span class=\"figure-measure\">detainers declined"));
        assert!(html.contains("not reported"), "named-without-number rows say so");
        assert!(!html.contains("<script"));
    }
}
