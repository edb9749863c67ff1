//! Reads and validates the CSV files of `data/` into a [`Dataset`].
//!
//! Every problem is reported as `file:line: reason` (line 1 is the header), and all problems of a
//! run are collected, so a data editor sees the whole list at once. Nothing is dropped silently:
//! a row either loads whole or is an error.
//!
//! Strings are leaked into `'static` memory: this runs once, in the build script or a test.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use crate::states::state_name;
use crate::*;

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub file: String,
    pub line: u64,
    pub reason: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// The files the dataset is made of, in load order.
pub const FILES: &[&str] = &[
    "sources.csv", "reports.csv", "jurisdictions.csv", "policies.csv", "events.csv",
    "figures.csv", "lists.csv", "listings.csv", "disputes.csv",
];

/// Loads `dir/*.csv`; errors name files as `dir_label/file`.
pub fn load_dir(dir: &Path, dir_label: &str) -> Result<Dataset, Vec<Error>> {
    load(dir_label, |name| {
        std::fs::read(dir.join(name)).map_err(|e| format!("cannot read the file: {e}"))
    })
}

/// Loads the dataset from `read(file name)`; `label` prefixes file names in errors.
pub fn load(label: &str, read: impl Fn(&str) -> Result<Vec<u8>, String>) -> Result<Dataset, Vec<Error>> {
    let mut cx = Cx { errors: Vec::new() };
    let mut tables = HashMap::new();
    for name in FILES {
        let file = if label.is_empty() { name.to_string() } else { format!("{label}/{name}") };
        match read(name) {
            Ok(bytes) => {
                if let Some(t) = cx.table(&file, &bytes, spec(name)) {
                    tables.insert(*name, t);
                }
            }
            Err(reason) => cx.err(&file, 1, reason),
        }
    }
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    let get = |n: &str| tables.get(n).cloned().unwrap_or_default();
    let ds = build(&mut cx, &get("sources.csv"), &get("reports.csv"), &get("jurisdictions.csv"),
        &get("policies.csv"), &get("events.csv"), &get("figures.csv"), &get("lists.csv"),
        &get("listings.csv"), &get("disputes.csv"));
    if cx.errors.is_empty() { Ok(ds) } else { Err(cx.errors) }
}

struct Spec {
    required: &'static [&'static str],
    optional: &'static [&'static str],
    /// The file must have at least one data row.
    non_empty: bool,
}

fn spec(name: &str) -> Spec {
    let (required, optional, non_empty): (&'static [&'static str], &'static [&'static str], bool) = match name {
        "sources.csv" => (&["id", "title", "publisher", "date", "url"], &["found_in", "title_from"], true),
        "reports.csv" => (&["id", "title", "short_title", "publisher", "period_start", "period_end", "published",
            "primary_measure", "description", "source_ids"], &[], true),
        "jurisdictions.csv" => (&["id", "name", "state", "level", "aliases", "parent", "note"], &[], true),
        "policies.csv" => (&["jurisdiction_id", "category", "instrument", "identifier", "enacted", "ended", "summary",
            "description", "criteria", "jail_access", "release_notification", "status", "source_ids"], &["summary_es", "description_es"], false),
        "events.csv" => (&["jurisdiction_id", "date", "kind", "text", "status", "source_ids"], &[], false),
        "figures.csv" => (&["id", "jurisdiction_id", "report_id", "measure", "value", "qualifier", "period", "status",
            "source_ids", "note"], &[], false),
        "lists.csv" => (&["id", "title", "publisher", "date", "description", "source_ids"], &[], false),
        "listings.csv" => (&["list_id", "jurisdiction_id", "label", "removed", "status", "source_ids", "note"], &[], false),
        "disputes.csv" => (&["jurisdiction_id", "report_id", "kind", "by", "date", "text", "source_ids"], &[], false),
        _ => (&[], &[], false),
    };
    Spec { required, optional, non_empty }
}

/// One data row: its file, line and fields by column name.
#[derive(Clone, Debug, Default)]
struct Row {
    file: String,
    line: u64,
    fields: HashMap<&'static str, String>,
}

impl Row {
    fn get(&self, col: &str) -> &str {
        self.fields.get(col).map(String::as_str).unwrap_or("")
    }
}

type Table = Vec<Row>;

struct Cx {
    errors: Vec<Error>,
}

impl Cx {
    fn err(&mut self, file: &str, line: u64, reason: impl Into<String>) {
        self.errors.push(Error { file: file.to_string(), line, reason: reason.into() });
    }

    fn row_err(&mut self, row: &Row, reason: impl Into<String>) {
        self.errors.push(Error { file: row.file.clone(), line: row.line, reason: reason.into() });
    }

    fn table(&mut self, file: &str, bytes: &[u8], spec: Spec) -> Option<Table> {
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let line = 1 + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u64;
                self.err(file, line, "not valid UTF-8 text: save the file as UTF-8 CSV");
                return None;
            }
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            self.err(file, 1, format!("empty file: expected a header row with the columns {}", spec.required.join(",")));
            return None;
        }
        let mut rdr = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(text.as_bytes());
        let headers: Vec<String> = match rdr.headers() {
            Ok(h) => h.iter().map(|s| s.trim().to_string()).collect(),
            Err(e) => {
                self.err(file, 1, format!("cannot read the header row: {e}"));
                return None;
            }
        };
        if headers.len() == 1 && (headers[0].contains(';') || headers[0].contains('\t')) {
            self.err(file, 1, "the header has one column: the file must be comma-separated");
            return None;
        }
        let mut ok = true;
        for col in spec.required {
            if !headers.iter().any(|h| h == col) {
                self.err(file, 1, format!("missing column '{col}'"));
                ok = false;
            }
        }
        let mut seen = HashSet::new();
        for h in &headers {
            if !spec.required.contains(&h.as_str()) && !spec.optional.contains(&h.as_str()) {
                self.err(file, 1, format!("unknown column '{h}' (expected {})", spec.required.join(",")));
                ok = false;
            }
            if !seen.insert(h.clone()) {
                self.err(file, 1, format!("column '{h}' appears twice"));
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        let cols: Vec<Option<&'static str>> = headers
            .iter()
            .map(|h| spec.required.iter().chain(spec.optional).copied().find(|c| c == h))
            .collect();
        let mut rows = Vec::new();
        let mut record = csv::StringRecord::new();
        loop {
            match rdr.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    let line = record.position().map(|p| p.line()).unwrap_or(0);
                    if record.iter().all(|f| f.trim().is_empty()) {
                        continue;
                    }
                    let mut fields = HashMap::new();
                    for (i, value) in record.iter().enumerate() {
                        if let Some(Some(col)) = cols.get(i) {
                            fields.insert(*col, value.trim().to_string());
                        }
                    }
                    rows.push(Row { file: file.to_string(), line, fields });
                }
                Err(e) => {
                    let line = e.position().map(|p| p.line()).unwrap_or(0);
                    let reason = match e.kind() {
                        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                            format!("this row has {len} fields but the header has {expected_len}")
                        }
                        _ => format!("cannot read this row: {e}"),
                    };
                    self.err(file, line, reason);
                    return None;
                }
            }
        }
        if spec.non_empty && rows.is_empty() {
            self.err(file, 2, "the file has a header but no rows");
            return None;
        }
        Some(rows)
    }

    fn id(&mut self, row: &Row, col: &str, seen: &mut HashMap<String, u64>) -> &'static str {
        let id = row.get(col);
        if id.is_empty() {
            self.row_err(row, format!("empty {col}"));
        } else if !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')) {
            self.row_err(row, format!("{col} '{id}' may use only a-z, 0-9, '-', '_' and '.'"));
        } else if let Some(first) = seen.get(id) {
            self.row_err(row, format!("duplicate id '{id}' (first on line {first})"));
        } else {
            seen.insert(id.to_string(), row.line);
        }
        leak(id.to_string())
    }

    fn text(&mut self, row: &Row, col: &str, required: bool) -> &'static str {
        let t = row.get(col);
        if required && t.is_empty() {
            self.row_err(row, format!("empty {col}"));
        }
        if t.len() > 4000 {
            self.row_err(row, format!("{col} is {} bytes long; the limit is 4000", t.len()));
        }
        leak(t.to_string())
    }

    fn date(&mut self, row: &Row, col: &str, required: bool) -> Option<Date> {
        let t = row.get(col);
        if t.is_empty() {
            if required {
                self.row_err(row, format!("empty {col}: expected a date such as 2017-03-20, 2017-03 or 2017"));
            }
            return None;
        }
        match parse_date(t) {
            Some(d) => Some(d),
            None => {
                self.row_err(row, format!("{col} '{t}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD, years 1900-2100)"));
                None
            }
        }
    }

    fn code<T: Copy>(&mut self, row: &Row, col: &str, what: &str, all: &[T], code: fn(T) -> &'static str, default: Option<T>) -> T {
        let t = row.get(col);
        if t.is_empty() {
            if let Some(d) = default {
                return d;
            }
        }
        match all.iter().copied().find(|v| code(*v) == t) {
            Some(v) => v,
            None => {
                let expected: Vec<&str> = all.iter().map(|v| code(*v)).collect();
                self.row_err(row, format!("unknown {what} '{t}' (expected one of: {})", expected.join(", ")));
                all[0]
            }
        }
    }

    fn reference(&mut self, row: &Row, col: &str, what: &str, ids: &HashMap<&str, u16>, required: bool) -> Option<u16> {
        let t = row.get(col);
        if t.is_empty() {
            if required {
                self.row_err(row, format!("empty {col}"));
            }
            return None;
        }
        match ids.get(t) {
            Some(i) => Some(*i),
            None => {
                self.row_err(row, format!("unknown {what} id '{t}'"));
                None
            }
        }
    }

    fn sources(&mut self, row: &Row, ids: &HashMap<&str, u16>, what: &str) -> &'static [u16] {
        let t = row.get("source_ids");
        let mut out = Vec::new();
        for s in t.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            match ids.get(s) {
                Some(i) if out.contains(i) => self.row_err(row, format!("source id '{s}' is listed twice")),
                Some(i) => out.push(*i),
                None => self.row_err(row, format!("unknown source id '{s}'")),
            }
        }
        if out.is_empty() && !t.split(';').any(|s| !s.trim().is_empty()) {
            self.row_err(row, format!("{what} has no source: every {what} needs at least one source id in source_ids"));
        }
        leak_slice(out)
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real calendar check.
pub fn parse_date(t: &str) -> Option<Date> {
    let parts: Vec<&str> = t.split('-').collect();
    let num = |s: &str, len: usize| -> Option<u16> {
        if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok() } else { None }
    };
    let year = num(parts.first()?, 4)?;
    if !(1900..=2100).contains(&year) || parts.len() > 3 {
        return None;
    }
    let month = match parts.get(1) { Some(m) => num(m, 2)? as u8, None => 0 };
    let day = match parts.get(2) { Some(d) => num(d, 2)? as u8, None => 0 };
    if parts.len() >= 2 && !(1..=12).contains(&month) {
        return None;
    }
    if parts.len() == 3 {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month { 4 | 6 | 9 | 11 => 30, 2 if leap => 29, 2 => 28, _ => 31 };
        if day == 0 || day > days {
            return None;
        }
    }
    Some(Date { year, month, day })
}

fn leak(s: String) -> &'static str {
    if s.is_empty() { "" } else { Box::leak(s.into_boxed_str()) }
}

fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

fn index_of(ids: &[&'static str]) -> HashMap<&'static str, u16> {
    ids.iter().enumerate().map(|(i, id)| (*id, i as u16)).collect()
}

#[allow(clippy::too_many_arguments)]
fn build(cx: &mut Cx, sources: &Table, reports: &Table, jurisdictions: &Table, policies: &Table, events: &Table,
    figures: &Table, lists: &Table, listings: &Table, disputes: &Table) -> Dataset {
    let mut seen = HashMap::new();
    let sources: Vec<Source> = sources.iter().map(|r| {
        let url = cx.text(r, "url", true);
        if !url.is_empty() && !(url.starts_with("https://") || url.starts_with("http://")) {
            cx.row_err(r, format!("url '{url}' must start with http:// or https://"));
        }
        Source { id: cx.id(r, "id", &mut seen), title: cx.text(r, "title", true), publisher: cx.text(r, "publisher", false),
            date: cx.date(r, "date", false), url }
    }).collect();
    let source_ids = index_of(&sources.iter().map(|s| s.id).collect::<Vec<_>>());

    let mut seen = HashMap::new();
    let reports: Vec<Report> = reports.iter().map(|r| {
        let rep = Report { id: cx.id(r, "id", &mut seen), title: cx.text(r, "title", true), short_title: cx.text(r, "short_title", true),
            publisher: cx.text(r, "publisher", true), period_start: cx.date(r, "period_start", false),
            period_end: cx.date(r, "period_end", false), published: cx.date(r, "published", false),
            primary_measure: cx.code(r, "primary_measure", "measure", Measure::ALL, Measure::code, None),
            description: cx.text(r, "description", true), sources: cx.sources(r, &source_ids, "report") };
        if let (Some(a), Some(b)) = (rep.period_start, rep.period_end) {
            if a > b { cx.row_err(r, "period_start is after period_end"); }
        }
        rep
    }).collect();
    let report_ids = index_of(&reports.iter().map(|s| s.id).collect::<Vec<_>>());

    let mut seen = HashMap::new();
    let ids: Vec<&'static str> = jurisdictions.iter().map(|r| cx.id(r, "id", &mut seen)).collect();
    let jur_ids = index_of(&ids);
    let jurisdictions: Vec<Jurisdiction> = jurisdictions.iter().zip(&ids).map(|(r, id)| {
        let state = cx.text(r, "state", true);
        if !state.is_empty() && state_name(state).is_none() {
            cx.row_err(r, format!("unknown state code '{state}' (expected a two-letter USPS code such as CA, or US)"));
        }
        let aliases: Vec<&'static str> = r.get("aliases").split(';').map(str::trim).filter(|a| !a.is_empty())
            .map(|a| leak(a.to_string())).collect();
        let parent = cx.reference(r, "parent", "jurisdiction", &jur_ids, false);
        if parent.is_some() && parent == jur_ids.get(id).copied() {
            cx.row_err(r, "a jurisdiction cannot be its own parent");
        }
        Jurisdiction { id, name: cx.text(r, "name", true), state,
            level: cx.code(r, "level", "level", Level::ALL, Level::code, None), aliases: leak_slice(aliases), parent,
            note: cx.text(r, "note", false) }
    }).collect();

    let status = |cx: &mut Cx, r: &Row| cx.code(r, "status", "status", Status::ALL, Status::code, Some(Status::Reported));
    let policies: Vec<Policy> = policies.iter().filter_map(|r| {
        let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &jur_ids, true);
        let p = Policy { jurisdiction: jurisdiction.unwrap_or(0), category: cx.code(r, "category", "category", Category::ALL, Category::code, None),
            instrument: cx.text(r, "instrument", true), identifier: cx.text(r, "identifier", false),
            enacted: cx.date(r, "enacted", false), ended: cx.date(r, "ended", false), summary: cx.text(r, "summary", true),
            description: cx.text(r, "description", true), criteria: cx.text(r, "criteria", false),
            summary_es: cx.text(r, "summary_es", false), description_es: cx.text(r, "description_es", false),
            jail_access: cx.text(r, "jail_access", false), release_notification: cx.text(r, "release_notification", false),
            status: status(cx, r), sources: cx.sources(r, &source_ids, "policy") };
        if let (Some(a), Some(b)) = (p.enacted, p.ended) {
            if a > b { cx.row_err(r, "enacted is after ended"); }
        }
        for (col, text) in [("summary", p.summary), ("summary_es", p.summary_es)] {
            let n = text.chars().count();
            if n > 140 { cx.row_err(r, format!("{col} is {n} characters; keep it to one line (140)")); }
        }
        jurisdiction.map(|_| p)
    }).collect();

    let events: Vec<Event> = events.iter().filter_map(|r| {
        let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &jur_ids, true);
        let date = cx.date(r, "date", true);
        let e = Event { jurisdiction: jurisdiction.unwrap_or(0), date: date.unwrap_or(Date { year: 1900, month: 0, day: 0 }),
            kind: cx.code(r, "kind", "event kind", EventKind::ALL, EventKind::code, None), text: cx.text(r, "text", true),
            status: status(cx, r), sources: cx.sources(r, &source_ids, "event") };
        jurisdiction.and(date).map(|_| e)
    }).collect();

    let mut seen = HashMap::new();
    let mut same: HashMap<(u16, u16, Measure, Option<u32>, Qualifier, &str), u64> = HashMap::new();
    let figures: Vec<Figure> = figures.iter().filter_map(|r| {
        let id = cx.id(r, "id", &mut seen);
        let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &jur_ids, true);
        let report = cx.reference(r, "report_id", "report", &report_ids, true);
        let raw = r.get("value");
        let value = if raw.is_empty() { None } else if raw.starts_with('-') && raw[1..].bytes().all(|b| b.is_ascii_digit()) && raw.len() > 1 {
            cx.row_err(r, format!("negative value '{raw}': counts are 0 or more"));
            None
        } else if !raw.bytes().all(|b| b.is_ascii_digit()) {
            cx.row_err(r, format!("non-integer value '{raw}': write a whole number without separators (1234), or leave it empty when the source gives none"));
            None
        } else {
            match raw.parse::<u32>() {
                Ok(v) => Some(v),
                Err(_) => { cx.row_err(r, format!("value '{raw}' is too large (the limit is {})", u32::MAX)); None }
            }
        };
        let qualifier = cx.code(r, "qualifier", "qualifier", Qualifier::ALL, Qualifier::code, Some(Qualifier::Exact));
        if raw.is_empty() && !r.get("qualifier").is_empty() {
            cx.row_err(r, "a qualifier needs a value: leave both empty when the source gives no number");
        }
        let f = Figure { id, jurisdiction: jurisdiction.unwrap_or(0), report: report.unwrap_or(0),
            measure: cx.code(r, "measure", "measure", Measure::ALL, Measure::code, None), value, qualifier,
            period: cx.text(r, "period", false), status: status(cx, r), sources: cx.sources(r, &source_ids, "figure"),
            note: cx.text(r, "note", false) };
        if let (Some(j), Some(rep)) = (jurisdiction, report) {
            let key = (j, rep, f.measure, f.value, f.qualifier, f.period);
            if let Some(first) = same.get(&key) {
                cx.row_err(r, format!("the same figure is already on line {first}: cite both sources on one row"));
            } else {
                same.insert(key, r.line);
            }
        }
        jurisdiction.and(report).map(|_| f)
    }).collect();

    let mut seen = HashMap::new();
    let lists: Vec<List> = lists.iter().map(|r| List { id: cx.id(r, "id", &mut seen), title: cx.text(r, "title", true),
        publisher: cx.text(r, "publisher", true), date: cx.date(r, "date", false), description: cx.text(r, "description", true),
        sources: cx.sources(r, &source_ids, "list") }).collect();
    let list_ids = index_of(&lists.iter().map(|s| s.id).collect::<Vec<_>>());

    let mut same = HashMap::new();
    let listings: Vec<Listing> = listings.iter().filter_map(|r| {
        let list = cx.reference(r, "list_id", "list", &list_ids, true);
        let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &jur_ids, true);
        if let (Some(l), Some(j)) = (list, jurisdiction) {
            if let Some(first) = same.insert((l, j), r.line) {
                cx.row_err(r, format!("this jurisdiction is already on this list on line {first}"));
            }
        }
        let l = Listing { list: list.unwrap_or(0), jurisdiction: jurisdiction.unwrap_or(0), label: cx.text(r, "label", false),
            removed: cx.date(r, "removed", false), status: status(cx, r), sources: cx.sources(r, &source_ids, "listing"),
            note: cx.text(r, "note", false) };
        list.and(jurisdiction).map(|_| l)
    }).collect();

    let disputes: Vec<Dispute> = disputes.iter().filter_map(|r| {
        let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &jur_ids, true);
        let d = Dispute { jurisdiction: jurisdiction.unwrap_or(0), report: cx.reference(r, "report_id", "report", &report_ids, false),
            kind: cx.code(r, "kind", "dispute kind", DisputeKind::ALL, DisputeKind::code, None), by: cx.text(r, "by", true),
            date: cx.date(r, "date", false), text: cx.text(r, "text", true), sources: cx.sources(r, &source_ids, "dispute") };
        jurisdiction.map(|_| d)
    }).collect();

    Dataset { sources: leak_slice(sources), reports: leak_slice(reports), jurisdictions: leak_slice(jurisdictions),
        policies: leak_slice(policies), events: leak_slice(events), figures: leak_slice(figures), lists: leak_slice(lists),
        listings: leak_slice(listings), disputes: leak_slice(disputes) }
}
