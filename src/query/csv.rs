//! CSV downloads, made in the browser: the current view (what is listed is what you get) and
//! the whole dataset, each figure with its sources. RFC 4180 quoting; a leading `=`, `+`, `-`
//! or `@` is prefixed with `'` so a spreadsheet never runs a cell as a formula.

use atlas_data::{Dataset, Date};

use super::context::{row_policy, standing, Standing};
use super::figures::headlines;
use super::format::{localized, value_text, Lang};

/// Quotes one field.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn line(fields: &[String]) -> String {
    let mut l = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    l.push_str("\r\n");
    l
}

fn sources(ds: &Dataset, ids: &[u16]) -> String {
    ids.iter().filter_map(|i| ds.sources.get(usize::from(*i))).map(|s| s.url).collect::<Vec<_>>().join(" ")
}

/// The policy the row shows on `on`: category label, summary, enactment date, and whether it
/// was in force (`in_force`) or how it had ended (`reversed`, `overridden`, ...) with the date.
fn policy_cells(ds: &Dataset, j: usize, lang: Lang, on: Date) -> [String; 5] {
    match row_policy(ds, j, on) {
        Some(p) => {
            let (state, ended) = match standing(p, on) {
                Standing::Ended(e) => (e.reason.code().to_string(), e.date.iso()),
                Standing::InForce | Standing::NotYet => ("in_force".to_string(), String::new()),
            };
            [
                lang.text().category(p.category).to_string(),
                localized(p.summary, p.summary_es, lang).0.to_string(),
                p.enacted.map(|d| d.iso()).unwrap_or_default(),
                state,
                ended,
            ]
        }
        None => Default::default(),
    }
}

/// The listed rows, in the listed order, with the badge's policy and the selected report's
/// figure as the reader sees them in `lang` (`figure`), plus the bare number (`value`, empty when
/// not reported) and codes for machines. Column names are fixed English identifiers. Policies
/// are those of the day `on` (the view's date), named in `policies_on`.
pub fn view_csv(ds: &Dataset, rows: &[usize], report: usize, lang: Lang, on: Date) -> String {
    let t = lang.text();
    let r = ds.reports.get(report);
    let heads = headlines(ds, report);
    let mut out = line(
        &[
            "jurisdiction_id",
            "name",
            "state",
            "level",
            "policy",
            "policy_summary",
            "policy_enacted",
            "policy_standing",
            "policy_ended",
            "policies_on",
            "report",
            "measure",
            "period",
            "figure",
            "value",
            "qualifier",
            "status",
            "sources",
        ]
        .map(String::from),
    );
    for &j in rows {
        let jur = &ds.jurisdictions[j];
        let [cat, summary, enacted, standing, ended] = policy_cells(ds, j, lang, on);
        let f = heads[j];
        let value = f.and_then(|f| f.value);
        out.push_str(&line(&[
            jur.id.to_string(),
            jur.name.to_string(),
            jur.state.to_string(),
            jur.level.code().to_string(),
            cat,
            summary,
            enacted,
            standing,
            ended,
            on.iso(),
            r.map(|r| localized(r.short_title, r.short_title_es, lang).0.to_string()).unwrap_or_default(),
            r.map(|r| t.measure(r.primary_measure).to_string()).unwrap_or_default(),
            f.map(|f| f.period.to_string()).unwrap_or_default(),
            f.map(|f| value_text(f.value, f.qualifier, lang)).unwrap_or_else(|| t.not_reported.into()),
            value.map(|v| v.to_string()).unwrap_or_default(),
            f.filter(|f| f.value.is_some()).map(|f| f.qualifier.code().to_string()).unwrap_or_default(),
            f.map(|f| f.status.code().to_string()).unwrap_or_default(),
            f.map(|f| sources(ds, f.sources)).unwrap_or_default(),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    const TODAY: Date = Date { year: 2026, month: 12, day: 1 };

    fn sample() -> &'static Dataset {
        dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary\n\
                s2,Story,stored copy,Paper,,https://example.org/2,,secondary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),Weekly 1,Weekly 1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,\n\
                 travis,Travis County,TX,county,,,\n\
                 madera,Madera County,CA,county,,,\n\
                 boulder,\"Boulder County, the\",CO,county,,,",
            ),
            ("policies.csv", "boulder-1,boulder,no_holds,Sheriff policy,,2014-05,,,,,,,,,Holds no one on a detainer alone.,No retiene a nadie.,No holds.,ES: No holds.,,,,,,s1"),
            ("figures.csv", "t1,travis,w1,declined,1420,,,corrected,s1;s2\n\
                m1,madera,w1,declined,,,,,s1,named without a number\n\
                b1,boulder,w1,declined,3,at_least,Feb 2017,,s2"),
            ("disputes.csv", "travis,w1,correction,ICE,2017-04,ICE corrected the count.,s1"),
        ])
    }

    #[test]
    fn fields_are_quoted_and_never_formulas() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "'-1");
    }

    #[test]
    fn the_view_csv_has_exactly_the_listed_rows_in_order_with_the_rows_figure() {
        let ds = sample();
        let csv = view_csv(ds, &[3, 1, 2], 0, Lang::En, TODAY);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "jurisdiction_id,name,state,level,policy,policy_summary,policy_enacted,policy_standing,policy_ended,policies_on,report,measure,period,figure,value,qualifier,status,sources");
        assert_eq!(lines[1], "boulder,\"Boulder County, the\",CO,county,No holds without a warrant,Holds no one on a detainer alone.,2014-05,in_force,,2026-12-01,Weekly 1,detainers declined,Feb 2017,at least 3,3,at_least,reported,https://example.org/2");
        assert_eq!(lines[2], "travis,Travis County,TX,county,,,,,,2026-12-01,Weekly 1,detainers declined,,\"1,420\",1420,exact,corrected,https://example.org/1 https://example.org/2");
        assert_eq!(
            lines[3],
            "madera,Madera County,CA,county,,,,,,2026-12-01,Weekly 1,detainers declined,,not reported,,,reported,https://example.org/1",
            "not reported, never 0"
        );
        assert_eq!((lines.len(), lines[4]), (5, ""));
    }

    #[test]
    fn the_view_csv_speaks_the_readers_language_but_keeps_bare_numbers() {
        let ds = sample();
        let es = view_csv(ds, &[1, 3], 0, Lang::Es, TODAY);
        let lines: Vec<&str> = es.split("\r\n").collect();
        assert!(lines[1].contains(",solicitudes de retención rechazadas,,1420,1420,exact,"), "{}", lines[1]);
        assert!(lines[2].contains(",No retiene a nadie.,"), "the dataset's Spanish summary: {}", lines[2]);
        assert!(lines[2].contains(",Weekly 1 (ES),"), "the report's Spanish short title: {}", lines[2]);
        assert!(lines[2].contains(",al menos 3,3,at_least,"), "{}", lines[2]);
    }

    #[test]
    fn the_view_csv_gives_the_policy_of_the_views_date_and_how_it_ended() {
        let ds = dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Semana 1,W1,S 1,ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            ("jurisdictions.csv", "us,United States,US,nation,,,\nlou,Louisville Metro,KY,city-county,,,"),
            ("policies.csv", "lou-1,lou,no_holds,Metro ordinance,,2014,,,2025-07-22,reversed,,s1,,,Holds no one without a warrant.,No retiene sin orden.,No holds.,Sin retenciones.,,,,,,s1"),
        ]);
        let line = |on: &str| view_csv(ds, &[1], 0, Lang::En, Date::parse(on).expect("date")).split("\r\n").nth(1).map(str::to_string);
        assert!(line("2026-12-01").is_some_and(|l| l.contains(",2014,reversed,2025-07-22,2026-12-01,")), "{:?}", line("2026-12-01"));
        assert!(line("2017-02-03").is_some_and(|l| l.contains(",2014,in_force,,2017-02-03,")), "{:?}", line("2017-02-03"));
    }
}
