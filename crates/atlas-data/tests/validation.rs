//! Each malformed input a data editor may produce fails with `file:line: reason`.

use std::collections::HashMap;

use atlas_data::load::{load, Error};
use atlas_data::{Measure, Qualifier};

/// A small valid dataset; tests change one file at a time.
fn valid() -> HashMap<&'static str, String> {
    let mut f = HashMap::new();
    f.insert("sources.csv", "id,title,publisher,date,url\ns1,A report,ICE,2017-03-20,https://example.org/a\ns2,A story,Paper,,http://example.org/b\n".to_string());
    f.insert("reports.csv", "id,title,short_title,publisher,period_start,period_end,published,primary_measure,description,source_ids\nw1,Week 1,W1,ICE,2017-01-28,2017-02-03,2017-03-20,declined,First report.,s1\n".to_string());
    f.insert("jurisdictions.csv", "id,name,state,level,aliases,parent,note\nus,United States,US,nation,,,\ntravis-tx,Travis County,TX,county,Austin;Travis,,\njail,Travis County Jail,TX,agency,,travis-tx,\n".to_string());
    f.insert("policies.csv", "jurisdiction_id,category,instrument,identifier,enacted,ended,summary,description,criteria,jail_access,release_notification,status,source_ids\ntravis-tx,serious_offences_only,Sheriff policy,,2017-02-01,2017-09,Holds only for grave charges,\"Honours detainers only with a court order, or for a few grave charges.\",,,,,s1;s2\n".to_string());
    f.insert("events.csv", "jurisdiction_id,date,kind,text,status,source_ids\ntravis-tx,2017-09-25,rescinded,Rescinded after a court order.,,s2\n".to_string());
    f.insert("figures.csv", "id,jurisdiction_id,report_id,measure,value,qualifier,period,status,source_ids,note\nf1,travis-tx,w1,declined,142,,,,s1,\nf2,travis-tx,w1,declined,143,,,unverified,s2,\nf3,us,w1,issued,3083,,,,s1,\nf4,jail,w1,declined,,,,,s2,named without a count\nf5,us,w1,declined,200,more_than,,,s1,\n".to_string());
    f.insert("lists.csv", "id,title,publisher,date,description,source_ids\nddor1,Section III,ICE,2017-03-20,Policy table.,s1\n".to_string());
    f.insert("listings.csv", "list_id,jurisdiction_id,label,removed,status,source_ids,note\nddor1,travis-tx,Travis County,,,s1,\n".to_string());
    f.insert("disputes.csv", "jurisdiction_id,report_id,kind,by,date,text,source_ids\ntravis-tx,w1,dispute,Sheriff,2017-03-20,Says 128.,s2\n".to_string());
    f
}

fn run(files: &HashMap<&'static str, String>) -> Result<atlas_data::Dataset, Vec<Error>> {
    load("data", |name| files.get(name).map(|s| s.as_bytes().to_vec()).ok_or_else(|| "no such file".to_string()))
}

/// Replaces `from` with `to` in one file and returns the errors, as `file:line: reason` strings.
fn errors_after(file: &'static str, from: &str, to: &str) -> Vec<String> {
    let mut f = valid();
    let text = f[file].clone();
    assert!(text.contains(from), "fixture {file} lacks {from:?}");
    f.insert(file, text.replacen(from, to, 1));
    match run(&f) {
        Ok(_) => vec![],
        Err(errs) => errs.iter().map(ToString::to_string).collect(),
    }
}

fn assert_error(errs: &[String], expected: &str) {
    assert!(errs.iter().any(|e| e.contains(expected)), "expected an error containing {expected:?}, got {errs:#?}");
}

#[test]
fn valid_data_loads_with_every_row() {
    let ds = run(&valid()).expect("the fixture is valid");
    assert_eq!(ds.sources.len(), 2);
    assert_eq!(ds.figures.len(), 5);
    assert_eq!(ds.figures[0].value, Some(142));
    assert_eq!(ds.figures[3].value, None, "an empty value is 'not reported', never 0");
    assert_eq!(ds.figures[4].qualifier, Qualifier::MoreThan);
    assert_eq!(ds.figures[2].measure, Measure::Issued);
    assert_eq!(ds.jurisdictions[1].aliases, &["Austin", "Travis"]);
    assert_eq!(ds.jurisdictions[2].parent, Some(1));
    assert_eq!(ds.policies[0].sources, &[0, 1]);
    assert_eq!(ds.policies[0].description, "Honours detainers only with a court order, or for a few grave charges.");
}

#[test]
fn missing_column_names_the_column_on_line_1() {
    let errs = errors_after("figures.csv", "measure,value", "value");
    assert_error(&errs, "data/figures.csv:1: missing column 'measure'");
}

#[test]
fn unknown_source_id_is_reported_with_its_line() {
    assert_error(&errors_after("figures.csv", "142,,,,s1", "142,,,,s9"), "data/figures.csv:2: unknown source id 's9'");
}

#[test]
fn unknown_jurisdiction_id() {
    assert_error(&errors_after("figures.csv", "f1,travis-tx", "f1,travis"), "data/figures.csv:2: unknown jurisdiction id 'travis'");
}

#[test]
fn unknown_report_id() {
    assert_error(&errors_after("figures.csv", "f3,us,w1", "f3,us,w7"), "data/figures.csv:4: unknown report id 'w7'");
}

#[test]
fn non_integer_value() {
    assert_error(&errors_after("figures.csv", "142", "14.2"), "data/figures.csv:2: non-integer value '14.2'");
    assert_error(&errors_after("figures.csv", "3083", "\"3,083\""), "data/figures.csv:4: non-integer value '3,083'");
}

#[test]
fn negative_value() {
    assert_error(&errors_after("figures.csv", "142", "-142"), "data/figures.csv:2: negative value '-142'");
}

#[test]
fn duplicate_id() {
    assert_error(&errors_after("figures.csv", "f2,", "f1,"), "data/figures.csv:3: duplicate id 'f1' (first on line 2)");
    assert_error(&errors_after("jurisdictions.csv", "jail,", "us,"), "data/jurisdictions.csv:4: duplicate id 'us'");
}

#[test]
fn unknown_state_code() {
    assert_error(&errors_after("jurisdictions.csv", "County,TX", "County,XX"), "data/jurisdictions.csv:3: unknown state code 'XX'");
}

#[test]
fn non_iso_date() {
    assert_error(&errors_after("sources.csv", "2017-03-20", "03/20/2017"), "data/sources.csv:2: date '03/20/2017' is not an ISO date");
    assert_error(&errors_after("reports.csv", "2017-02-03", "2017-02-30"), "data/reports.csv:2: period_end '2017-02-30' is not an ISO date");
}

#[test]
fn figure_without_source() {
    assert_error(&errors_after("figures.csv", "142,,,,s1", "142,,,,"), "data/figures.csv:2: figure has no source");
}

#[test]
fn policy_without_source_and_unknown_category() {
    let errs = errors_after("policies.csv", "serious_offences_only", "sanctuary");
    assert_error(&errs, "data/policies.csv:2: unknown category 'sanctuary'");
    assert_error(&errors_after("policies.csv", ",,,,s1;s2", ",,,,"), "data/policies.csv:2: policy has no source");
}

#[test]
fn source_url_must_be_http() {
    assert_error(&errors_after("sources.csv", "https://example.org/a", "javascript:alert(1)"), "data/sources.csv:2: url 'javascript:alert(1)' must start with http");
}

#[test]
fn ragged_row_and_wrong_delimiter() {
    assert_error(&errors_after("figures.csv", "f3,us,w1,issued,3083,,,,s1,", "f3,us,w1,issued,3083,,,,s1,,"), "data/figures.csv:4: this row has 11 fields but the header has 10");
    let mut f = valid();
    f.insert("lists.csv", f["lists.csv"].replace(',', ";"));
    let errs: Vec<String> = run(&f).err().unwrap_or_default().iter().map(ToString::to_string).collect();
    assert_error(&errs, "data/lists.csv:1: the header has one column: the file must be comma-separated");
}

#[test]
fn empty_file_and_unknown_measure() {
    let mut f = valid();
    f.insert("sources.csv", String::new());
    let errs: Vec<String> = run(&f).err().unwrap_or_default().iter().map(ToString::to_string).collect();
    assert_error(&errs, "data/sources.csv:1: empty file");
    assert_error(&errors_after("figures.csv", "issued", "detained"), "data/figures.csv:4: unknown measure 'detained'");
}

#[test]
fn same_figure_twice_is_refused_but_disagreeing_figures_load() {
    assert_error(&errors_after("figures.csv", "143,,,unverified,s2", "142,,,unverified,s2"), "data/figures.csv:3: the same figure is already on line 2");
}

#[test]
fn errors_are_collected_across_files() {
    let mut f = valid();
    f.insert("figures.csv", f["figures.csv"].replace("f1,travis-tx", "f1,nowhere"));
    f.insert("events.csv", f["events.csv"].replace("2017-09-25", "yesterday"));
    let errs = run(&f).err().unwrap_or_default();
    assert!(errs.len() >= 2, "{errs:?}");
}

#[test]
fn bom_and_crlf_are_accepted() {
    let mut f = valid();
    f.insert("sources.csv", format!("\u{feff}{}", f["sources.csv"].replace('\n', "\r\n")));
    let ds = run(&f).expect("BOM and CRLF are fine");
    assert_eq!(ds.sources[0].url, "https://example.org/a");
}

#[test]
fn the_real_dataset_loads() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let ds = atlas_data::load::load_dir(&dir, "data").unwrap_or_else(|errs| {
        panic!("{}", errs.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
    assert!(ds.jurisdictions.len() > 40);
    assert!(ds.figures.iter().all(|f| !f.sources.is_empty()));
}

#[test]
fn every_jurisdiction_in_the_real_data_has_a_sourced_fact() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let ds = atlas_data::load::load_dir(&dir, "data").expect("the real data loads");
    let has_fact = |i: u16| {
        ds.policies.iter().any(|p| p.jurisdiction == i)
            || ds.figures.iter().any(|f| f.jurisdiction == i)
            || ds.listings.iter().any(|l| l.jurisdiction == i)
            || ds.events.iter().any(|e| e.jurisdiction == i)
            || ds.disputes.iter().any(|d| d.jurisdiction == i)
    };
    for (i, j) in ds.jurisdictions.iter().enumerate() {
        let i = i as u16;
        // A county row may exist only as the parent of its jail, which has the facts.
        let child_has = ds.jurisdictions.iter().enumerate().any(|(c, cj)| cj.parent == Some(i) && has_fact(c as u16));
        assert!(has_fact(i) || child_has, "{} has no policy, figure, listing, event or dispute", j.id);
    }
}

#[test]
fn every_report_in_the_real_data_has_figures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let ds = atlas_data::load::load_dir(&dir, "data").expect("the real data loads");
    for (i, r) in ds.reports.iter().enumerate() {
        assert!(ds.figures.iter().any(|f| usize::from(f.report) == i), "{} has no figures", r.id);
    }
}

/// A name as the research sheets and the dataset may both write it: "County of Santa Clara",
/// "Santa Clara County" and "santa clara county" compare equal.
fn name_key(name: &str) -> String {
    let lower = name.to_lowercase().replace('’', "'");
    let mut s = String::new();
    let mut depth = 0;
    for c in lower.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth > 0 => {}
            '\'' => {}
            c if c.is_alphanumeric() => s.push(c),
            _ => s.push(' '),
        }
    }
    let mut s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    for prefix in ["city and county of ", "city of ", "county of ", "town of ", "commonwealth of ", "the "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
        }
    }
    s.replace("saint ", "st ")
}

fn level_fits(wanted: &str, level: atlas_data::Level) -> bool {
    use atlas_data::Level::*;
    match wanted {
        "state" => level == State,
        "county" => matches!(level, County | CityCounty | Agency),
        "city" => matches!(level, City | CityCounty | Agency),
        _ => matches!(level, Agency | County | City | CityCounty),
    }
}

#[test]
fn every_jurisdiction_named_in_the_research_tables_is_in_the_dataset() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let ds = atlas_data::load::load_dir(&root, "data").expect("the real data loads");
    let mut rdr = csv::Reader::from_path(root.join("coverage.csv")).expect("data/coverage.csv is readable");
    let mut missing = Vec::new();
    let mut rows = 0;
    for (n, rec) in rdr.records().enumerate() {
        let rec = rec.expect("a well-formed coverage row");
        let (name, state, level, sheet, id) = (&rec[0], &rec[1], &rec[2], &rec[3], &rec[4]);
        rows += 1;
        let found = if !id.is_empty() {
            ds.jurisdictions.iter().any(|j| j.id == id && j.state == state)
        } else {
            let want = name_key(name);
            ds.jurisdictions.iter().filter(|j| j.state == state && level_fits(level, j.level)).any(|j| {
                let names = std::iter::once(j.name).chain(j.aliases.iter().copied());
                names.map(name_key).any(|k| k == want || (level == "county" && k == format!("{want} county")))
            })
        };
        if !found {
            missing.push(format!("data/coverage.csv:{}: {name} ({state}, {level}, {sheet})", n + 2));
        }
    }
    assert!(rows > 400, "the checklist has {rows} rows");
    assert!(missing.is_empty(), "{} named in the research but not in the dataset:\n{}", missing.len(), missing.join("\n"));
}

#[test]
fn policies_may_carry_spanish_texts_in_optional_columns() {
    let mut f = valid();
    let policies = f["policies.csv"]
        .replacen("source_ids\n", "source_ids,summary_es,description_es\n", 1)
        .replacen(",s1;s2\n", ",s1;s2,Retiene solo por cargos graves,\"Acata solo con orden judicial, o por unos pocos cargos graves.\"\n", 1);
    f.insert("policies.csv", policies);
    let ds = run(&f).expect("Spanish columns are optional and valid");
    assert_eq!(ds.policies[0].summary_es, "Retiene solo por cargos graves");
    assert_eq!(ds.policies[0].description_es, "Acata solo con orden judicial, o por unos pocos cargos graves.");
    // Without the columns the Spanish texts are empty and the English ones are used.
    assert_eq!(run(&valid()).expect("valid").policies[0].summary_es, "");
}

#[test]
fn quoted_fields_keep_their_commas_quotes_and_newlines_exactly() {
    let mut f = valid();
    let text = "Honours detainers only with a court order, or \"for a few grave charges\".\nSecond line.";
    let quoted = format!("\"{}\"", text.replace('"', "\"\""));
    let policies = f["policies.csv"].replacen("\"Honours detainers only with a court order, or for a few grave charges.\"", &quoted, 1);
    f.insert("policies.csv", policies);
    let ds = run(&f).expect("quoted fields are valid");
    assert_eq!(ds.policies[0].description, text);
}

#[test]
fn a_file_with_only_its_header_is_refused_where_rows_are_required() {
    let mut f = valid();
    f.insert("sources.csv", "id,title,publisher,date,url\n".to_string());
    let errs: Vec<String> = run(&f).err().unwrap_or_default().iter().map(ToString::to_string).collect();
    assert_error(&errs, "data/sources.csv:2: the file has a header but no rows");
    // Optional tables may be empty: a dataset without disputes is fine.
    let mut f = valid();
    f.insert("disputes.csv", "jurisdiction_id,report_id,kind,by,date,text,source_ids\n".to_string());
    assert!(run(&f).is_ok());
}

#[test]
fn an_extra_column_is_named() {
    let errs = errors_after("figures.csv", "source_ids,note\n", "source_ids,note,estimate\n");
    assert_error(&errs, "data/figures.csv:1: unknown column 'estimate'");
}

#[test]
fn a_value_too_large_or_fractional_is_refused_not_truncated() {
    assert_error(&errors_after("figures.csv", "f1,travis-tx,w1,declined,142,", "f1,travis-tx,w1,declined,4294967296,"), "data/figures.csv:2:");
    assert_error(&errors_after("figures.csv", "f1,travis-tx,w1,declined,142,", "f1,travis-tx,w1,declined,142.5,"), "data/figures.csv:2:");
    assert_error(&errors_after("figures.csv", "f1,travis-tx,w1,declined,142,", "f1,travis-tx,w1,declined,1e3,"), "data/figures.csv:2:");
}

#[test]
fn impossible_or_out_of_range_dates_are_refused() {
    for bad in ["2017-13-01", "2017-02-30", "2017-00-10", "1799-01-01", "2200-01-01", "17-03-20"] {
        let errs = errors_after("reports.csv", "2017-03-20,declined", &format!("{bad},declined"));
        assert_error(&errs, "data/reports.csv:2:");
    }
}

#[test]
fn text_that_is_not_utf8_is_refused_with_its_line() {
    let mut f = valid();
    let mut bytes = f["sources.csv"].clone().into_bytes();
    // "A report" becomes "A r\xE9port": Latin-1, not UTF-8.
    let at = bytes.windows(8).position(|w| w == b"A report").expect("fixture");
    bytes[at + 3] = 0xE9;
    f.insert("sources.csv", String::new());
    let errs: Vec<String> = match load("data", |name| if name == "sources.csv" { Ok(bytes.clone()) } else { f.get(name).map(|s| s.as_bytes().to_vec()).ok_or_else(|| "no such file".to_string()) }) {
        Ok(_) => vec![],
        Err(e) => e.iter().map(ToString::to_string).collect(),
    };
    assert_error(&errs, "data/sources.csv:2:");
}

#[test]
fn the_hostile_test_dataset_loads_with_its_payloads_as_plain_text() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile-data");
    let ds = atlas_data::load::load_dir(&dir, "tests/hostile-data").unwrap_or_else(|errs| {
        panic!("{}", errs.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
    assert!(ds.jurisdictions.iter().any(|j| j.name.contains("<script>")));
    assert!(ds.policies.iter().all(|p| p.description.contains('<') || p.description.contains("javascript:")));
    assert!(ds.sources.iter().all(|s| s.url.starts_with("http://") || s.url.starts_with("https://")));
}
