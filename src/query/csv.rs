//! CSV downloads, made in the browser: the current view (what is listed is what you get) and
//! the whole dataset, each figure with its sources. RFC 4180 quoting; a leading `=`, `+`, `-`
//! or `@` is prefixed with `'` so a spreadsheet never runs a cell as a formula.

use atlas_data::Dataset;

use super::context::current_policy;
use super::format::{localized, value_text, Lang};
use super::select::headlines;

/// Quotes one field.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

fn line(fields: &[String]) -> String {
    let mut l = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    l.push_str("\r\n");
    l
}

fn sources(ds: &Dataset, ids: &[u16]) -> String {
    ids.iter().filter_map(|i| ds.sources.get(usize::from(*i))).map(|s| s.url).collect::<Vec<_>>().join(" ")
}

/// The policy the row's badge shows: category label, summary, enactment date.
fn policy_cells(ds: &Dataset, j: usize, lang: Lang) -> [String; 3] {
    match current_policy(ds, j) {
        Some(p) => [
            lang.text().category(p.category).to_string(),
            localized(p.summary, p.summary_es, lang).0.to_string(),
            p.enacted.map(|d| d.iso()).unwrap_or_default(),
        ],
        None => Default::default(),
    }
}

/// The listed rows, in the listed order, with the badge's policy and the selected report's
/// figure as the reader sees them in `lang` (`figure`), plus the bare number (`value`, empty when
/// not reported) and codes for machines. Column names are fixed English identifiers.
pub fn view_csv(ds: &Dataset, rows: &[usize], report: usize, lang: Lang) -> String {
    let t = lang.text();
    let r = ds.reports.get(report);
    let heads = headlines(ds, report);
    let mut out = line(&["jurisdiction_id", "name", "state", "level", "policy", "policy_summary", "policy_enacted", "report", "measure", "figure", "value", "qualifier", "status", "sources"].map(String::from));
    for &j in rows {
        let jur = &ds.jurisdictions[j];
        let [cat, summary, enacted] = policy_cells(ds, j, lang);
        let f = heads[j];
        let value = f.and_then(|f| f.value);
        out.push_str(&line(&[
            jur.id.to_string(), jur.name.to_string(), jur.state.to_string(), jur.level.code().to_string(), cat, summary, enacted,
            r.map(|r| r.short_title.to_string()).unwrap_or_default(),
            r.map(|r| t.measure(r.primary_measure).to_string()).unwrap_or_default(),
            f.map(|f| value_text(f.value, f.qualifier, lang)).unwrap_or_else(|| t.not_reported.into()),
            value.map(|v| v.to_string()).unwrap_or_default(),
            f.filter(|f| f.value.is_some()).map(|f| f.qualifier.code().to_string()).unwrap_or_default(),
            f.map(|f| f.status.code().to_string()).unwrap_or_default(),
            f.map(|f| sources(ds, f.sources)).unwrap_or_default(),
        ]));
    }
    out
}

/// Every figure of the dataset, one row each, with its jurisdiction, report and sources.
pub fn figures_csv(ds: &Dataset) -> String {
    let mut out = line(&["figure_id", "jurisdiction_id", "name", "state", "level", "report", "period", "measure", "value", "qualifier", "status", "note", "sources"].map(String::from));
    for f in ds.figures {
        let j = &ds.jurisdictions[usize::from(f.jurisdiction)];
        let r = &ds.reports[usize::from(f.report)];
        out.push_str(&line(&[
            f.id.to_string(), j.id.to_string(), j.name.to_string(), j.state.to_string(), j.level.code().to_string(), r.short_title.to_string(),
            f.period.to_string(), f.measure.code().to_string(), f.value.map(|v| v.to_string()).unwrap_or_default(), f.value.map(|_| f.qualifier.code().to_string()).unwrap_or_default(),
            f.status.code().to_string(), f.note.to_string(), sources(ds, f.sources),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::data;
    use crate::query::select::{select, Index};
    use crate::query::view::ViewState;

    #[test]
    fn fields_are_quoted_and_never_formulas() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
    }

    #[test]
    fn the_view_csv_has_exactly_the_listed_rows() {
        let ds = data();
        let view = ViewState { state: Some("CO"), ..Default::default() };
        let rows = select(ds, &Index::new(ds), &view);
        let csv = view_csv(ds, &rows, 0, Lang::En);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), rows.len() + 1);
        assert!(lines[1..].iter().all(|l| l.contains(",CO,")));
        assert!(csv.contains("boulder-county-co,Boulder County,CO,county"));
        let ids: Vec<&str> = lines[1..].iter().map(|l| l.split(',').next().unwrap_or("")).collect();
        let listed: Vec<&str> = rows.iter().map(|&i| ds.jurisdictions[i].id).collect();
        assert_eq!(ids, listed, "same rows in the same order");
    }

    #[test]
    fn the_view_csv_speaks_the_readers_language_but_keeps_bare_numbers() {
        let ds = data();
        let travis = ds.jurisdictions.iter().position(|j| j.id == "travis-county-tx").expect("travis");
        let es = view_csv(ds, &[travis], 0, Lang::Es);
        assert!(es.contains("solicitudes de retención rechazadas"), "{es}");
        assert!(es.contains(",142,exact,") || es.contains(",143,exact,"), "bare number for machines: {es}");
        let us = ds.jurisdictions.iter().position(|j| j.id == "us").expect("us");
        let national = view_csv(ds, &[us], 0, Lang::En);
        assert!(national.lines().nth(1).is_some_and(|l| !l.contains(",0,")), "{national}");
    }

    #[test]
    fn the_figures_csv_has_every_figure_with_sources_and_empty_for_unknown() {
        let ds = data();
        let csv = figures_csv(ds);
        assert_eq!(csv.matches("\r\n").count(), ds.figures.len() + 1);
        let madera = csv.split("\r\n").find(|l| l.contains("madera-county-ca")).expect("madera row");
        assert!(madera.contains(",declined,,,"), "no number stays empty, not 0: {madera}");
        assert!(csv.contains("https://"));
    }
}
