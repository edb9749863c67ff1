//! CSV downloads, made in the browser: the current view (what is listed is what you get) and
//! the whole dataset, each figure with its sources. RFC 4180 quoting; a leading `=`, `+`, `-`
//! or `@` is prefixed with `'` so a spreadsheet never runs a cell as a formula.

use atlas_data::Dataset;

use super::format::{category_label, measure_label, value_text};
use super::select::headline;

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

fn policy_cells(ds: &Dataset, j: usize) -> [String; 3] {
    let p = ds.policies.iter().filter(|p| usize::from(p.jurisdiction) == j).max_by_key(|p| p.enacted);
    match p {
        Some(p) => [category_label(p.category).to_string(), p.summary.to_string(), p.enacted.map(|d| d.iso()).unwrap_or_default()],
        None => Default::default(),
    }
}

/// The listed rows with the selected report's figure.
pub fn view_csv(ds: &Dataset, rows: &[usize], report: usize) -> String {
    let r = ds.reports.get(report);
    let mut out = line(&["jurisdiction_id", "name", "state", "level", "policy", "policy_summary", "policy_enacted", "report", "measure", "figure", "status", "sources"].map(String::from));
    for &j in rows {
        let jur = &ds.jurisdictions[j];
        let [cat, summary, enacted] = policy_cells(ds, j);
        let f = headline(ds, j, report);
        out.push_str(&line(&[
            jur.id.to_string(), jur.name.to_string(), jur.state.to_string(), jur.level.code().to_string(), cat, summary, enacted,
            r.map(|r| r.short_title.to_string()).unwrap_or_default(),
            r.map(|r| measure_label(r.primary_measure).to_string()).unwrap_or_default(),
            f.map(|f| value_text(f.value, f.qualifier)).unwrap_or_else(|| "not reported".into()),
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
        let csv = view_csv(ds, &rows, 0);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), rows.len() + 1);
        assert!(lines[1..].iter().all(|l| l.contains(",CO,")));
        assert!(csv.contains("boulder-county-co,Boulder County,CO,county"));
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
