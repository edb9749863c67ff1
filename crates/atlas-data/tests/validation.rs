//! Each malformed input a data editor may produce fails with `file:line: reason`.

use std::collections::HashMap;

use atlas_data::load::{load, Error};
use atlas_data::{Measure, Qualifier};

/// A small valid dataset; tests change one file at a time.
fn valid() -> HashMap<&'static str, String> {
    let mut f = HashMap::new();
    f.insert(
        "sources.csv",
        "id,headline,headline_from,publisher,date,url,archive_url,kind\ns1,A report,document,ICE,2017-03-20,https://example.org/a,,primary\ns2,A story,stored copy,Paper,,http://example.org/b,,secondary\n"
            .to_string(),
    );
    f.insert("reports.csv", "id,title,title_es,short_title,short_title_es,publisher,period_start,period_end,published,primary_measure,kind,default,description,source_ids\nw1,Week 1,Semana 1,W1,Sem. 1,ICE,2017-01-28,2017-02-03,2017-03-20,declined,ice_weekly,yes,First report.,s1\nj1,Records,Registros,JW,JW,Judicial Watch,2016-10-01,2016-12-31,2017-03-01,declined,foia,,Released records.,s2\n".to_string());
    f.insert("jurisdictions.csv", "id,name,state,level,aliases,parent,note\nus,United States,US,nation,,,\ntravis-tx,Travis County,TX,county,Austin;Travis,,\njail,Travis County Jail,TX,agency,,travis-tx,\n".to_string());
    f.insert("policies.csv", "id,jurisdiction_id,category,instrument,identifier,enacted,enacted_qualifier,in_force,ended,end_reason,ended_by,end_source_ids,end_note,end_note_es,summary,summary_es,description,description_es,criteria,jail_access,release_notification,status,status_note,source_ids\ntravis-1,travis-tx,serious_offences_only,Sheriff policy,,2017-02-01,,,2017-09,reversed,,s2,,,Holds people only for grave charges.,Retiene solo por delitos graves.,\"Honours detainers only with a court order, or for a few grave charges.\",\"Acata solo con orden judicial.\",,,,,,s1;s2\n".to_string());
    f.insert(
        "events.csv",
        "jurisdiction_id,date,kind,text,status,source_ids\ntravis-tx,2017-09-25,rescinded,Rescinded after a court order.,,s2\n".to_string(),
    );
    f.insert("figures.csv", "id,jurisdiction_id,report_id,measure,value,qualifier,period,status,source_ids,note,status_note\nf1,travis-tx,w1,declined,142,,,,s1,,\nf2,travis-tx,w1,declined,143,,,unverified,s2,,One reprint only.\nf3,us,w1,issued,3083,,,,s1,,\nf4,jail,w1,declined,,,,,s2,named without a count,\nf5,us,w1,declined,200,more_than,,,s1,,\n".to_string());
    f.insert(
        "lists.csv",
        "id,title,publisher,date,description,source_ids\nddor1,Section III,ICE,2017-03-20,Policy table.,s1\n".to_string(),
    );
    f.insert(
        "listings.csv",
        "list_id,jurisdiction_id,label,removed,status,source_ids,note\nddor1,travis-tx,Travis County,,,s1,\n".to_string(),
    );
    f.insert(
        "disputes.csv",
        "jurisdiction_id,report_id,kind,by,date,text,source_ids\ntravis-tx,w1,dispute,Sheriff,2017-03-20,Says 128.,s2\n".to_string(),
    );
    f.insert("about.csv", "id,heading,heading_es,text,text_es,extra,source_ids\nwhat,What a detainer is,Qué es,\"A request.\n\nNot a warrant.\",\"Una petición.\n\nNo una orden.\",measures,s1\nflags,Flags,Avisos,See below.,Ver abajo.,flags,\n".to_string());
    f
}

fn run(files: &HashMap<&'static str, String>) -> Result<atlas_data::Dataset, Vec<Error>> {
    load("data", |name| {
        // The derived tables (ICE's records, the Census list) may be left out, as a small data directory may.
        let absent = atlas_data::load::TABLES.iter().any(|t| t.file == name && t.absent_ok).then(Vec::new);
        files.get(name).map(|s| s.as_bytes().to_vec()).or(absent).ok_or_else(|| "no such file".to_string())
    })
}

/// Replaces `from` with `to` in one file of `valid()` and returns the errors, as
/// `file:line: reason` strings.
fn errors_after(file: &'static str, from: &str, to: &str) -> Vec<String> {
    errors_in(valid(), file, from, to)
}

/// [`errors_after`] on another valid dataset `f`.
fn errors_in(mut f: HashMap<&'static str, String>, file: &'static str, from: &str, to: &str) -> Vec<String> {
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
    assert_error(
        &errors_after("reports.csv", "2017-02-03", "2017-02-30"),
        "data/reports.csv:2: period_end '2017-02-30' is not an ISO date",
    );
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
    assert_error(
        &errors_after("sources.csv", "https://example.org/a", "javascript:alert(1)"),
        "data/sources.csv:2: url 'javascript:alert(1)' must start with http",
    );
}

#[test]
fn ragged_row_and_wrong_delimiter() {
    assert_error(
        &errors_after("figures.csv", "f3,us,w1,issued,3083,,,,s1,", "f3,us,w1,issued,3083,,,,s1,,"),
        "data/figures.csv:4: this row has 12 fields but the header has 11",
    );
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
    assert_error(
        &errors_after("figures.csv", "143,,,unverified,s2", "142,,,unverified,s2"),
        "data/figures.csv:3: the same figure is already on line 2",
    );
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
fn every_policy_has_its_spanish_summary_and_description() {
    let errs = errors_after("policies.csv", "Retiene solo por delitos graves.", "");
    assert_error(&errs, "data/policies.csv:2: empty summary_es");
    let ds = run(&valid()).expect("valid");
    assert_eq!(ds.policies[0].summary_es, "Retiene solo por delitos graves.");
}

#[test]
fn research_notes_in_reader_text_are_refused_with_their_line() {
    for (note, expected) in [
        ("Hold policy UNVERIFIED.", "'UNVERIFIED' is a research-note artefact"),
        ("As listed in Table B.", "'Table B' is a research-note artefact"),
        ("Reported (#44).", "'#44' looks like a research-sheet reference"),
        ("When: 2014. Later: reaffirmed.", "research-note artefact"),
        ("Counted in the week of S230 report.", "'S230' looks like a research-sheet reference"),
        ("Chief said LAPD \"\"would no longer participate (object", "is never closed"),
    ] {
        let errs = errors_after("policies.csv", "Acata solo con orden judicial.", note);
        assert_error(&errs, "data/policies.csv:2: description_es: ");
        assert_error(&errs, expected);
    }
    let errs = errors_after("figures.csv", "named without a count", "named (object truncated in excerpt");
    assert_error(&errs, "data/figures.csv:5: note:");
    let errs = errors_after("events.csv", "Rescinded after a court order.", "Later: Later");
    assert_error(&errs, "data/events.csv:2: text: 'Later:' is a research-note artefact");
}

#[test]
fn a_summary_is_one_sentence_of_at_most_120_characters() {
    let errs = errors_after("policies.csv", "Holds people only for grave charges.", "Holds only serious cases (1st/2nd-degree");
    assert_error(&errs, "data/policies.csv:2: summary: '(' is never closed");
    let errs = errors_after("policies.csv", "Holds people only for grave charges.", "\"Case-by-case, three categories\"");
    assert_error(&errs, "data/policies.csv:2: summary must be one complete sentence ending with a full stop");
    let long = format!("{}.", "Holds people only for grave charges ".repeat(4));
    let errs = errors_after("policies.csv", "Holds people only for grave charges.", &long);
    assert_error(&errs, "data/policies.csv:2: summary is 145 characters; keep the one-line summary to 120");
}

#[test]
fn a_policy_says_when_and_how_it_ended() {
    let errs = errors_after("policies.csv", "2017-09,reversed,", "2017-09,,");
    assert_error(&errs, "data/policies.csv:2: ended is set without end_reason (one of: reversed, superseded, overridden");
    let errs = errors_after("policies.csv", "2017-09,reversed,,s2,", "2017-09,reversed,,,");
    assert_error(&errs, "data/policies.csv:2: an ended policy needs end_source_ids");
    let errs = errors_after("policies.csv", "2017-09,reversed,,s2,", "2017-09,reversed,,nope,");
    assert_error(&errs, "data/policies.csv:2: unknown source id 'nope' in end_source_ids");
    let errs = errors_after("policies.csv", "2017-09,reversed,", "2017-09,overridden,");
    assert_error(&errs, "data/policies.csv:2: end_reason overridden needs ended_by");
    let errs = errors_after("policies.csv", "2017-09,reversed,", "2017-09,superseded,nowhere");
    assert_error(&errs, "data/policies.csv:2: unknown policy id 'nowhere'");
    let errs = errors_after("policies.csv", ",2017-02-01,,,2017-09", ",2017-02-01,,2017-10-01,2017-09");
    assert_error(&errs, "data/policies.csv:2: the policy ends before it starts");
    let errs = errors_after("policies.csv", ",2017-02-01,,", ",2017-02-01,about,");
    assert_error(&errs, "data/policies.csv:2: enacted_qualifier 'about' must be 'on_or_before' or empty");
    let ds = run(&valid()).expect("valid");
    let end = ds.policies[0].end.expect("ended");
    assert_eq!((end.date.iso(), end.reason.code(), end.by), ("2017-09".to_string(), "reversed", None));
}

#[test]
fn an_override_names_a_measure_of_the_jurisdictions_own_state() {
    let mut f = valid();
    let state = "\ntx-sb4,state-tx,mandates_compliance,State law,SB 4,2017-05-07,,2017-09-01,,,,,,,Requires jails to honour detainers.,Exige acatar las solicitudes.,Requires it.,Lo exige.,,,,,,s1\n";
    f.insert("jurisdictions.csv", format!("{}state-tx,Texas,TX,state,,,\nstate-ca,California,CA,state,,,\n", f["jurisdictions.csv"]));
    let overridden = f["policies.csv"].replacen("2017-09,reversed,,s2,", "2017-09,overridden,tx-sb4,,", 1);
    f.insert("policies.csv", format!("{}{}", overridden.trim_end(), state));
    let ds = run(&f).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(ds.policies[0].end.and_then(|e| e.by), Some(1));
    f.insert("policies.csv", f["policies.csv"].replacen(",state-tx,mandates", ",state-ca,mandates", 1));
    let errs: Vec<String> = run(&f).err().unwrap_or_default().iter().map(ToString::to_string).collect();
    assert_error(&errs, "data/policies.csv:2: overridden by 'tx-sb4', which is not a measure of this jurisdiction's state");
}

#[test]
fn a_source_has_a_publishers_name_a_real_headline_or_none_and_a_clean_address() {
    let errs = errors_after("sources.csv", "stored copy,Paper,", "stored copy,vcstar.com,");
    assert_error(&errs, "data/sources.csv:3: publisher 'vcstar.com' is a host name");
    let errs = errors_after("sources.csv", "s2,A story,stored copy,", "s2,B,research sheet,");
    assert_error(&errs, "data/sources.csv:3: headline 'B' is made from the address");
    let errs = errors_after("sources.csv", "s2,A story,", "s2,example.org,");
    assert_error(&errs, "data/sources.csv:3: headline 'example.org' is made from the address");
    let errs = errors_after("sources.csv", "A story,stored copy,", "A story,,");
    assert_error(&errs, "data/sources.csv:3: headline_from is empty");
    let errs = errors_after("sources.csv", "http://example.org/b", "http://example.org/b?utm_source=x");
    assert_error(&errs, "data/sources.csv:3: url: the tracking parameter 'utm_…'");
    let errs = errors_after("sources.csv", ",secondary", ",news");
    assert_error(&errs, "data/sources.csv:3: unknown source kind 'news' (expected one of: primary, secondary)");
    // No headline recorded is allowed, and says so by being empty.
    let ds = run(&{
        let mut f = valid();
        f.insert("sources.csv", f["sources.csv"].replacen("A story,stored copy,", ",,", 1));
        f
    })
    .expect("a source without a headline is valid");
    assert_eq!((ds.sources[1].headline, ds.sources[1].publisher), ("", "Paper"));
}

#[test]
fn unverified_needs_its_reason_and_disputed_its_dispute() {
    let errs = errors_after("figures.csv", "unverified,s2,,One reprint only.", "unverified,s2,,");
    assert_error(&errs, "data/figures.csv:3: status is unverified but status_note is empty");
    let errs = errors_after("figures.csv", "f3,us,w1,issued,3083,,,,", "f3,us,w1,issued,3083,,,disputed,");
    assert_error(&errs, "data/figures.csv:4: status is disputed but disputes.csv has no dispute for this jurisdiction and report");
    let ds = run(&{
        let mut f = valid();
        f.insert(
            "figures.csv",
            f["figures.csv"].replacen("f1,travis-tx,w1,declined,142,,,,", "f1,travis-tx,w1,declined,142,,,disputed,", 1),
        );
        f
    })
    .expect("the sheriff's dispute is on record");
    assert_eq!(ds.figures[1].status_note, "One reprint only.");
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
    f.insert("sources.csv", "id,headline,headline_from,publisher,date,url,archive_url,kind\n".to_string());
    let errs: Vec<String> = run(&f).err().unwrap_or_default().iter().map(ToString::to_string).collect();
    assert_error(&errs, "data/sources.csv:2: the file has a header but no rows");
    // Optional tables may be empty: a dataset without disputes is fine.
    let mut f = valid();
    f.insert("disputes.csv", "jurisdiction_id,report_id,kind,by,date,text,source_ids\n".to_string());
    assert!(run(&f).is_ok());
}

#[test]
fn an_extra_column_is_named() {
    let errs = errors_after("figures.csv", "source_ids,note,status_note\n", "source_ids,note,status_note,estimate\n");
    assert_error(&errs, "data/figures.csv:1: unknown column 'estimate'");
}

#[test]
fn a_value_too_large_or_fractional_is_refused_not_truncated() {
    assert_error(
        &errors_after("figures.csv", "f1,travis-tx,w1,declined,142,", "f1,travis-tx,w1,declined,4294967296,"),
        "data/figures.csv:2:",
    );
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
    let errs: Vec<String> = match load("data", |name| {
        if name == "sources.csv" {
            Ok(bytes.clone())
        } else {
            f.get(name).map(|s| s.as_bytes().to_vec()).ok_or_else(|| "no such file".to_string())
        }
    }) {
        Ok(_) => vec![],
        Err(e) => e.iter().map(ToString::to_string).collect(),
    };
    assert_error(&errs, "data/sources.csv:2:");
}

#[test]
fn the_hostile_test_dataset_loads_with_its_payloads_as_plain_text() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile-data");
    let ds = atlas_data::load::load_dir(&dir, "tests/hostile-data")
        .unwrap_or_else(|errs| panic!("{}", errs.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
    assert!(ds.jurisdictions.iter().any(|j| j.name.contains("<script>")));
    assert!(ds.policies.iter().all(|p| p.description.contains('<') || p.description.contains("javascript:")));
    assert!(ds.sources.iter().all(|s| s.url.starts_with("http://") || s.url.starts_with("https://")));
}

#[test]
fn the_default_report_is_named_in_the_data_once() {
    let ds = run(&valid()).expect("valid");
    assert_eq!(ds.default_report(), 0);
    let errs = errors_after("reports.csv", "ice_weekly,yes", "ice_weekly,");
    assert_error(&errs, "data/reports.csv:1: no report has default=yes");
    let errs = errors_after("reports.csv", "foia,,", "foia,yes,");
    assert_error(&errs, "data/reports.csv:3: a second default report (the first is on line 2)");
    assert_error(
        &errors_after("reports.csv", "ice_weekly,yes", "ice_weekly,true"),
        "data/reports.csv:2: default 'true' must be 'yes' or empty",
    );
    // The default follows the data, not the row order.
    let mut f = valid();
    let moved = f["reports.csv"].replace("ice_weekly,yes", "ice_weekly,").replace("foia,,", "foia,yes,");
    f.insert("reports.csv", moved);
    assert_eq!(run(&f).expect("valid").default_report(), 1);
}

#[test]
fn a_report_has_a_known_kind() {
    assert_error(
        &errors_after("reports.csv", "foia,", "weekly,"),
        "data/reports.csv:3: unknown report kind 'weekly' (expected one of: ice_weekly, foia, analysis, official, local)",
    );
    let ds = run(&valid()).expect("valid");
    assert_eq!((ds.reports[0].kind, ds.reports[1].kind), (atlas_data::ReportKind::IceWeekly, atlas_data::ReportKind::Foia));
}

#[test]
fn about_sections_are_data_with_paragraphs_in_both_languages_and_checked_sources() {
    let ds = run(&valid()).expect("valid");
    assert_eq!(ds.about.len(), 2);
    assert_eq!(ds.about[0].paragraphs, &["A request.", "Not a warrant."]);
    assert_eq!(ds.about[0].paragraphs_es, &["Una petición.", "No una orden."]);
    assert_eq!(ds.about[0].extra, atlas_data::AboutExtra::Measures);
    assert_eq!(ds.about[0].sources, &[0]);
    assert!(ds.about[1].sources.is_empty(), "prose without sources is allowed");
    assert_error(&errors_after("about.csv", "measures,s1", "measures,s9"), "data/about.csv:2: unknown source id 's9'");
    assert_error(
        &errors_after("about.csv", "Una petición.\n\nNo una orden.", "Una petición."),
        "data/about.csv:2: text has 2 paragraphs but text_es has 1",
    );
    // Line numbers are where a row starts, multi-line cells counted.
    assert_error(&errors_after("about.csv", ",Avisos,", ",,"), "data/about.csv:7: empty heading_es");
    assert_error(&errors_after("about.csv", "flags,\n", "notes,\n"), "unknown extra 'notes'");
}

#[test]
fn a_table_longer_than_its_indices_is_refused_not_wrapped() {
    let mut f = valid();
    let mut text = f["lists.csv"].clone();
    for i in 0..=atlas_data::load::MAX_ROWS {
        text.push_str(&format!("l{i},List,P,,D,s1\n"));
    }
    f.insert("lists.csv", text);
    let errs: Vec<String> = run(&f).expect_err("refused").iter().map(ToString::to_string).collect();
    assert_error(
        &errs,
        &format!("data/lists.csv:1: the file has {} rows; the limit is {}", atlas_data::load::MAX_ROWS + 2, atlas_data::load::MAX_ROWS),
    );
}

#[test]
fn fixtures_are_checked_like_data_files() {
    let ds = atlas_data::fixture::dataset(&[
        ("sources.csv", "s1,A report,stored copy,ICE,2017-03-20,https://example.org/a,,primary"),
        ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,First.,s1"),
        ("jurisdictions.csv", "us,United States,US,nation,,,"),
    ]);
    assert_eq!((ds.reports.len(), ds.figures.len()), (1, 0));
    let broken = std::panic::catch_unwind(|| atlas_data::fixture::dataset(&[("sources.csv", "s1,A,stored copy,B,,ftp://x,,secondary")]));
    assert!(broken.is_err(), "a fixture with bad data fails its test");
}

#[test]
fn the_end_to_end_fixture_dataset_loads_and_cites_no_real_source() {
    // tests/fixture-data is what the end-to-end suites run against (its README says which rows
    // each suite relies on); its invented numbers must never pass for sourced facts.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixture-data");
    let ds = atlas_data::load::load_dir(&dir, "tests/fixture-data")
        .unwrap_or_else(|errs| panic!("{}", errs.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
    assert!(ds.sources.iter().all(|s| s.url.starts_with("https://example.org/")));
}

/// `valid()` with ICE's records: Travis runs two facilities, Harris (a new row) one, and a
/// federal prison stays unmatched.
fn with_ice_records() -> HashMap<&'static str, String> {
    let mut f = valid();
    let reports = f["reports.csv"].clone()
        + "y2014,Records 2014,Registros 2014,2014,2014,ICE,2014-01-01,2014-12-31,,declined,foia,,A year.,s1\n\
           fy,Records FY2015,Registros FY2015,FY2015,FY2015,ICE,2014-10-01,2015-07-19,,declined,foia,,To date.,s1\n";
    f.insert("reports.csv", reports);
    f.insert("ice-records/jurisdictions.csv", "id,name,state,level\nharris-tx,Harris County,TX,county\n".into());
    f.insert(
        "ice-records/facilities.csv",
        "id,name,variants,city,state,jurisdiction_id,match,match_note\n\
         tcj,TRAVIS COUNTY JAIL,TRAVIS CO JAIL,AUSTIN,TX,travis-tx,county,The name carries Travis County.\n\
         annex,TRAVIS ANNEX,,DEL VALLE,TX,travis-tx,by_hand,The county runs its annex in Del Valle.\n\
         hcj,HARRIS COUNTY JAIL,,HOUSTON,TX,harris-tx,county,The name carries Harris County.\n\
         fed,FCI BASTROP,,BASTROP,TX,,unmatched,\n"
            .into(),
    );
    f.insert(
        "ice-records/declines-by-year.csv",
        "facility_id,year,report_id,declined,source_ids\ntcj,2014,y2014,5,s1\nannex,2014,y2014,2,s1\nhcj,2014,y2014,4,s1\nfed,2014,y2014,3,s1\n".into(),
    );
    f.insert(
        "ice-records/fy2015-outcomes.csv",
        "facility_id,report_id,issued,declined,booked,other_ended,no_outcome,source_ids\ntcj,fy,4,1,1,1,1,s1\n".into(),
    );
    f.insert("ice-records/national.csv", "report_id,measure,value,source_ids\ny2014,declined,20,s1\nfy,issued,90,s1\n".into());
    f
}

fn ice_errors_after(file: &'static str, from: &str, to: &str) -> Vec<String> {
    errors_in(with_ice_records(), file, from, to)
}

#[test]
fn ices_records_load_as_figures_of_the_jurisdictions_that_run_each_facility() {
    let ds = run(&with_ice_records()).expect("valid");
    let id = |i: u16| ds.jurisdictions[usize::from(i)].id;
    assert_eq!(ds.jurisdictions.last().map(|j| j.id), Some("harris-tx"), "a new row for the county that runs a facility");
    assert_eq!(ds.facilities.iter().map(|f| f.id).collect::<Vec<_>>(), ["tcj", "annex", "hcj"], "the unmatched prison is no row's");
    assert_eq!(ds.facilities[0].note, "", "the county rule's note is the editor's");
    assert_eq!(ds.facilities[1].note, "The county runs its annex in Del Valle.");
    let ice: Vec<_> =
        ds.figures.iter().filter(|f| f.id.is_empty()).map(|f| (id(f.jurisdiction), f.facility, f.measure.code(), f.value, f.sum)).collect();
    assert!(ice.contains(&("travis-tx", Some(0), "declined", Some(5), false)));
    assert!(ice.contains(&("harris-tx", Some(2), "declined", Some(4), false)));
    assert!(ice.contains(&("travis-tx", Some(0), "no_outcome", Some(1), false)));
    assert!(ice.contains(&("us", None, "declined", Some(20), false)), "the national count includes the unmatched prison's");
    assert!(ice.contains(&("travis-tx", None, "declined", Some(7), true)), "Travis's two jails, summed and marked");
    assert_eq!(ice.iter().filter(|f| f.4).count(), 1, "no sum for one jail, nor across jurisdictions");
    assert!(!ice.iter().any(|f| f.3 == Some(3)), "the unmatched prison's own count is no row's figure");
}

#[test]
fn a_facility_matched_by_its_county_name_stays_in_its_own_state() {
    let errs = ice_errors_after("ice-records/facilities.csv", "HOUSTON,TX,harris-tx", "HOUSTON,WA,harris-tx");
    assert_error(&errs, "data/ice-records/facilities.csv:4: the facility is in WA but 'harris-tx' is in TX");
}

#[test]
fn ice_tables_name_the_line_of_each_problem() {
    assert_error(
        &ice_errors_after("ice-records/declines-by-year.csv", "hcj,2014", "hxx,2014"),
        "data/ice-records/declines-by-year.csv:4: unknown facility id 'hxx'",
    );
    assert_error(
        &ice_errors_after("ice-records/declines-by-year.csv", "hcj,2014", "hcj,2013"),
        "data/ice-records/declines-by-year.csv:4: year 2013 is not the year of report 'y2014'",
    );
    assert_error(
        &ice_errors_after("ice-records/fy2015-outcomes.csv", "tcj,fy,4,", "tcj,fy,5,"),
        "data/ice-records/fy2015-outcomes.csv:2: the outcomes add up to 4, not to the 5 issued",
    );
    assert_error(
        &ice_errors_after("ice-records/declines-by-year.csv", "annex,2014,y2014,2", "annex,2014,y2014,"),
        "data/ice-records/declines-by-year.csv:3: empty declined",
    );
    assert_error(
        &ice_errors_after(
            "ice-records/facilities.csv",
            "annex,TRAVIS ANNEX,,DEL VALLE,TX,travis-tx,by_hand,The county runs its annex in Del Valle.",
            "annex,TRAVIS ANNEX,,DEL VALLE,TX,travis-tx,by_hand,",
        ),
        "data/ice-records/facilities.csv:3: empty match_note",
    );
    assert_error(
        &ice_errors_after(
            "ice-records/facilities.csv",
            "fed,FCI BASTROP,,BASTROP,TX,,unmatched",
            "fed,FCI BASTROP,,BASTROP,TX,travis-tx,unmatched",
        ),
        "data/ice-records/facilities.csv:5: match is unmatched but jurisdiction_id is set",
    );
    assert_error(
        &ice_errors_after("ice-records/national.csv", "y2014,declined,20", "y2014,declined,x"),
        "data/ice-records/national.csv:2: non-integer value 'x'",
    );
}

#[test]
fn a_new_row_of_ices_records_cannot_repeat_an_edited_rows_id() {
    let errs = ice_errors_after("ice-records/jurisdictions.csv", "harris-tx,Harris", "travis-tx,Harris");
    assert_error(&errs, "data/ice-records/jurisdictions.csv:2: duplicate id 'travis-tx'");
}

#[test]
fn every_county_of_the_census_list_is_a_row_merged_or_new_and_a_bad_code_is_named() {
    let mut f = valid();
    f.insert(
        "census/counties.csv",
        "fips,id,name,state,level,other_names,merged_into\n48453,travis-county-tx,Travis County,TX,county,,travis-tx\n48491,williamson-county-tx,Williamson County,TX,county,Williamson;Wilco,\n".into(),
    );
    let ds = run(&f).expect("valid");
    let travis = ds.jurisdictions.iter().find(|j| j.id == "travis-tx").expect("travis");
    assert_eq!(travis.fips, "48453", "an existing row gets its code");
    assert_eq!(travis.aliases, &["Austin", "Travis"], "and keeps its aliases");
    let wilco = ds.jurisdictions.last().expect("a new row");
    assert_eq!(
        (wilco.id, wilco.name, wilco.fips, wilco.aliases),
        ("williamson-county-tx", "Williamson County", "48491", &["Williamson", "Wilco"][..])
    );
    assert_error(
        &errors_in(f.clone(), "census/counties.csv", "48491,", "4849,"),
        "data/census/counties.csv:3: fips '4849' is not a 5-digit Census code",
    );
    assert_error(
        &errors_in(f.clone(), "census/counties.csv", ",travis-tx", ",travis"),
        "data/census/counties.csv:2: merged_into 'travis' is not a row",
    );
    assert_error(&errors_in(f, "census/counties.csv", "williamson-county-tx,", "travis-tx,"), "duplicate id 'travis-tx'");
}

#[test]
fn a_287g_agreement_belongs_to_a_row_of_its_state_or_says_why_it_is_unmatched() {
    let mut f = valid();
    f.insert(
        "ice-287g/agreements.csv",
        "id,agency,state,type,county,jurisdiction_id,match,match_note,model,signed,signed_as_written,status,source_ids\n\
         a1,Travis County Sheriff's Office,TX,County,Travis County,travis-tx,county,A county agency.,jail_enforcement,2025-05-08,2025-05-08,participating,s1\n\
         a2,Travis County Sheriff's Office,TX,County,Travis County,travis-tx,county,A county agency.,task_force,,05/082025,participating,s1;s2\n\
         a3,Township Constable,TX,Municipality,#N/A,,unmatched,Not a city's police.,task_force,,,pending,s2\n"
            .into(),
    );
    let ds = run(&f).expect("valid");
    assert_eq!(ds.agreements.len(), 2, "the unmatched one is not a row's");
    assert_eq!((ds.agreements[1].signed, ds.agreements[1].signed_as_written), (None, "05/082025"));
    assert_eq!(ds.agreements[1].sources, &[0, 1]);
    let file = "ice-287g/agreements.csv";
    assert_error(
        &errors_in(
            f.clone(),
            file,
            "TX,County,Travis County,travis-tx,county,A county agency.,jail",
            "WA,County,Travis County,travis-tx,county,A county agency.,jail",
        ),
        "data/ice-287g/agreements.csv:2: the agency is in WA but 'travis-tx' is in TX",
    );
    assert_error(
        &errors_in(f.clone(), file, ",unmatched,Not a city's police.", ",unmatched,"),
        "data/ice-287g/agreements.csv:4: an unmatched agreement needs its reason",
    );
    assert_error(
        &errors_in(f.clone(), file, "participating,s1\n", "signed,s1\n"),
        "data/ice-287g/agreements.csv:2: status 'signed' must be participating or pending",
    );
    assert_error(&errors_in(f, file, "jail_enforcement,", "jail,"), "data/ice-287g/agreements.csv:2: unknown model 'jail'");
}
