//! Plain HTML of the initial view, written into `index.html` at build time, so the list with
//! its policies and figures shows without WebAssembly or JavaScript. The app replaces it when it
//! starts. Every text is escaped: data never becomes markup.

use atlas_data::{states::state_name, Dataset};

use crate::query::format::{category_label, figure_value, level_label, measure_label};
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
    let index = Index::new(ds);
    let rows = select(ds, &index, &view);
    let mut h = String::new();
    h.push_str("<div class=\"static\"><header class=\"site-header\"><h1>Detainer Atlas</h1>");
    h.push_str("<p class=\"tagline\">Which US jurisdictions limit or require honouring ICE detainers, since when, and how many detainers each declined, according to whom.</p>");
    if let Some(r) = ds.reports.get(view.report) {
        h.push_str(&format!(
            "<p>Figures: <strong>{}</strong> ({}). The interactive version needs JavaScript and WebAssembly; this is the plain list.</p>",
            escape(r.title),
            escape(measure_label(r.primary_measure))
        ));
    }
    h.push_str("</header><ol class=\"jurisdictions\">");
    for i in rows {
        let j = &ds.jurisdictions[i];
        let place = match state_name(j.state) {
            Some(s) if j.state != "US" => format!("{}, {}", level_label(j.level), s),
            _ => level_label(j.level).to_string(),
        };
        h.push_str(&format!("<li class=\"jurisdiction\"><h3 class=\"name\">{}</h3><p class=\"place\">{}</p>", escape(j.name), escape(&place)));
        let policy = ds.policies.iter().filter(|p| usize::from(p.jurisdiction) == i).max_by_key(|p| p.enacted);
        if let Some(p) = policy {
            h.push_str(&format!(
                "<p class=\"policy\"><span class=\"badge badge-{}\">{}</span> <span class=\"summary\">{}</span></p>",
                p.category.code(),
                escape(category_label(p.category)),
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
                escape(&figure_value(f)),
                escape(measure_label(r.primary_measure)),
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
