//! Words and numbers as readers see them, in the interface's language: figures, periods, and the
//! choice between a dataset text and its Spanish version. The messages themselves live in
//! [`crate::i18n`].

use atlas_data::{Figure, Report};

pub use crate::i18n::{capitalised, date, number, value_text, Lang};

/// A figure's number with its qualifier (`"more than 370"`), or "not reported". Never `"0"` for unknown.
pub fn figure_value(f: &Figure, lang: Lang) -> String {
    value_text(f.value, f.qualifier, lang)
}

/// A report's period, `"January 28, 2017 – February 3, 2017"`, or `""` when it has none.
pub fn period(r: &Report, lang: Lang) -> String {
    let t = lang.text();
    match (r.period_start, r.period_end) {
        (Some(a), Some(b)) => format!("{} – {}", date(&a, lang), date(&b, lang)),
        (Some(a), None) => (t.period_from)(&date(&a, lang)),
        (None, Some(b)) => (t.period_to)(&date(&b, lang)),
        (None, None) => String::new(),
    }
}

/// A report's period, publication date and publisher as one line:
/// `"January 28, 2017 – February 3, 2017. Published March 20, 2017. Source: ICE (DHS)."`
pub fn report_meta(r: &Report, lang: Lang) -> String {
    let t = lang.text();
    let when = period(r, lang);
    let mut parts = Vec::with_capacity(3);
    if !when.is_empty() {
        parts.push(format!("{when}."));
    }
    if let Some(d) = r.published {
        parts.push((t.published)(&date(&d, lang)));
    }
    parts.push((t.source_is)(r.publisher));
    parts.join(" ")
}

/// The dataset text to show in `lang`: its Spanish version where the dataset has one, else the
/// English text; with the language it is written in, for the element's `lang` attribute.
pub fn localized(en: &'static str, es: &'static str, lang: Lang) -> (&'static str, Lang) {
    if lang == Lang::Es && !es.is_empty() {
        (es, Lang::Es)
    } else {
        (en, Lang::En)
    }
}

/// The `lang` attribute for a text written in `text` shown inside an interface in `ui`: `None`
/// when they agree (the element inherits the page's language).
pub fn lang_attr(text: Lang, ui: Lang) -> Option<&'static str> {
    (text != ui).then(|| text.code())
}

/// `"SAN JOSE"` as `"San Jose"`: ICE writes its cities in capitals.
pub fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(first) => first.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text made safe as HTML text or inside a double-quoted attribute, for markup written as text
/// (the Embed code, the build's page heads); everything Leptos renders is escaped by Leptos.
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::{Measure, Qualifier, Status};

    fn fig(value: Option<u32>, qualifier: Qualifier) -> Figure {
        Figure {
            id: "x",
            jurisdiction: 0,
            report: 0,
            measure: Measure::Declined,
            value,
            qualifier,
            period: "",
            status: Status::Reported,
            status_note: "",
            sources: &[],
            note: "",
            facility: None,
            sum: false,
        }
    }

    #[test]
    fn ice_city_names_read_as_names() {
        assert_eq!(title_case("SAN JOSE"), "San Jose");
        assert_eq!(title_case("DEL VALLE"), "Del Valle");
        assert_eq!(title_case(""), "");
    }

    #[test]
    fn unknown_is_not_reported_never_zero() {
        assert_eq!(figure_value(&fig(None, Qualifier::Exact), Lang::En), "not reported");
        assert_eq!(figure_value(&fig(Some(0), Qualifier::Exact), Lang::En), "0");
        assert_eq!(figure_value(&fig(Some(3083), Qualifier::MoreThan), Lang::En), "more than 3,083");
    }

    #[test]
    fn a_report_line_has_period_date_and_publisher_and_skips_what_is_missing() {
        let d = |year, month, day| Some(atlas_data::Date { year, month, day });
        let w1 = Report {
            id: "w1",
            title: "Week 1",
            title_es: "Semana 1",
            short_title: "W1",
            short_title_es: "S. 1",
            publisher: "ICE (DHS)",
            period_start: d(2017, 1, 28),
            period_end: d(2017, 2, 3),
            published: d(2017, 3, 20),
            primary_measure: Measure::Declined,
            kind: atlas_data::ReportKind::IceWeekly,
            description: "",
            sources: &[],
        };
        assert_eq!(report_meta(&w1, Lang::En), "January 28, 2017 – February 3, 2017. Published March 20, 2017. Source: ICE (DHS).");
        assert_eq!(
            report_meta(&w1, Lang::Es),
            "28 de enero de 2017 – 3 de febrero de 2017. Publicado: 20 de marzo de 2017. Fuente: ICE (DHS)."
        );
        let bare = Report { period_start: None, period_end: None, published: None, ..w1 };
        assert_eq!(report_meta(&bare, Lang::En), "Source: ICE (DHS).");
        let open_ended = Report { period_end: None, published: None, ..w1 };
        assert_eq!(
            report_meta(&open_ended, Lang::En),
            format!("{}. Source: ICE (DHS).", (Lang::En.text().period_from)("January 28, 2017"))
        );
    }

    #[test]
    fn spanish_texts_are_used_only_where_the_dataset_has_them() {
        assert_eq!(localized("Holds", "Retiene", Lang::Es), ("Retiene", Lang::Es));
        assert_eq!(localized("Holds", "", Lang::Es), ("Holds", Lang::En));
        assert_eq!(localized("Holds", "Retiene", Lang::En), ("Holds", Lang::En));
        assert_eq!(lang_attr(Lang::En, Lang::Es), Some("en"));
        assert_eq!(lang_attr(Lang::En, Lang::En), None);
    }
}
