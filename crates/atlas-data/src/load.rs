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

/// What one CSV file must contain.
pub struct TableSpec {
    pub file: &'static str,
    pub required: &'static [&'static str],
    pub optional: &'static [&'static str],
    /// The file must have at least one data row.
    pub non_empty: bool,
}

/// The files the dataset is made of, in load order, with their columns: the one place a table's
/// shape is written down (data/README.md explains each column).
pub const TABLES: &[TableSpec] = &[
    TableSpec {
        file: "sources.csv",
        required: &["id", "title", "publisher", "date", "url"],
        optional: &["found_in", "title_from"],
        non_empty: true,
    },
    TableSpec {
        file: "reports.csv",
        required: &[
            "id",
            "title",
            "short_title",
            "publisher",
            "period_start",
            "period_end",
            "published",
            "primary_measure",
            "kind",
            "default",
            "description",
            "source_ids",
        ],
        optional: &[],
        non_empty: true,
    },
    TableSpec {
        file: "jurisdictions.csv",
        required: &["id", "name", "state", "level", "aliases", "parent", "note"],
        optional: &[],
        non_empty: true,
    },
    TableSpec {
        file: "policies.csv",
        required: &[
            "jurisdiction_id",
            "category",
            "instrument",
            "identifier",
            "enacted",
            "ended",
            "summary",
            "description",
            "criteria",
            "jail_access",
            "release_notification",
            "status",
            "source_ids",
        ],
        optional: &["summary_es", "description_es"],
        non_empty: false,
    },
    TableSpec {
        file: "events.csv",
        required: &["jurisdiction_id", "date", "kind", "text", "status", "source_ids"],
        optional: &[],
        non_empty: false,
    },
    TableSpec {
        file: "figures.csv",
        required: &["id", "jurisdiction_id", "report_id", "measure", "value", "qualifier", "period", "status", "source_ids", "note"],
        optional: &[],
        non_empty: false,
    },
    TableSpec {
        file: "lists.csv",
        required: &["id", "title", "publisher", "date", "description", "source_ids"],
        optional: &[],
        non_empty: false,
    },
    TableSpec {
        file: "listings.csv",
        required: &["list_id", "jurisdiction_id", "label", "removed", "status", "source_ids", "note"],
        optional: &[],
        non_empty: false,
    },
    TableSpec {
        file: "disputes.csv",
        required: &["jurisdiction_id", "report_id", "kind", "by", "date", "text", "source_ids"],
        optional: &[],
        non_empty: false,
    },
    TableSpec {
        file: "about.csv",
        required: &["id", "heading", "heading_es", "text", "text_es", "extra", "source_ids"],
        optional: &[],
        non_empty: false,
    },
];

/// The most rows a table may have: rows are referred to by 16-bit indices in the baked data.
pub const MAX_ROWS: usize = u16::MAX as usize;

/// Loads `dir/*.csv`; errors name files as `dir_label/file`.
pub fn load_dir(dir: &Path, dir_label: &str) -> Result<Dataset, Vec<Error>> {
    load(dir_label, |name| std::fs::read(dir.join(name)).map_err(|e| format!("cannot read the file: {e}")))
}

/// Loads the dataset from `read(file name)`; `label` prefixes file names in errors.
pub fn load(label: &str, read: impl Fn(&str) -> Result<Vec<u8>, String>) -> Result<Dataset, Vec<Error>> {
    let mut cx = Cx { errors: Vec::new() };
    let mut tables: HashMap<&str, Table> = HashMap::new();
    for spec in TABLES {
        let file = if label.is_empty() { spec.file.to_string() } else { format!("{label}/{}", spec.file) };
        match read(spec.file) {
            Ok(bytes) => {
                if let Some(t) = cx.table(&file, &bytes, spec) {
                    tables.insert(spec.file, t);
                }
            }
            Err(reason) => cx.err(&file, 1, reason),
        }
    }
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    let rows = |name: &str| tables.get(name).map(Vec::as_slice).unwrap_or(&[]);
    let sources = sources(&mut cx, rows("sources.csv"));
    let mut refs = Refs { sources: index_of(sources.iter().map(|s| s.id)), ..Refs::default() };
    let (reports, default_report) = reports(&mut cx, rows("reports.csv"), &refs);
    refs.reports = index_of(reports.iter().map(|r| r.id));
    let jurisdictions = jurisdictions(&mut cx, rows("jurisdictions.csv"));
    refs.jurisdictions = index_of(jurisdictions.iter().map(|j| j.id));
    let policies = policies(&mut cx, rows("policies.csv"), &refs);
    let events = events(&mut cx, rows("events.csv"), &refs);
    let figures = figures(&mut cx, rows("figures.csv"), &refs);
    let lists = lists(&mut cx, rows("lists.csv"), &refs);
    refs.lists = index_of(lists.iter().map(|l| l.id));
    let listings = listings(&mut cx, rows("listings.csv"), &refs);
    let disputes = disputes(&mut cx, rows("disputes.csv"), &refs);
    let about = about(&mut cx, rows("about.csv"), &refs);
    let ds = Dataset {
        sources: leak_slice(sources),
        reports: leak_slice(reports),
        jurisdictions: leak_slice(jurisdictions),
        policies: leak_slice(policies),
        events: leak_slice(events),
        figures: leak_slice(figures),
        lists: leak_slice(lists),
        listings: leak_slice(listings),
        disputes: leak_slice(disputes),
        about: leak_slice(about),
        default_report,
    };
    if cx.errors.is_empty() {
        Ok(ds)
    } else {
        Err(cx.errors)
    }
}

/// Row indices by id, for the tables other tables refer to.
#[derive(Default)]
struct Refs {
    sources: HashMap<&'static str, u16>,
    reports: HashMap<&'static str, u16>,
    jurisdictions: HashMap<&'static str, u16>,
    lists: HashMap<&'static str, u16>,
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

    fn table(&mut self, file: &str, bytes: &[u8], spec: &TableSpec) -> Option<Table> {
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
        let cols: Vec<Option<&'static str>> =
            headers.iter().map(|h| spec.required.iter().chain(spec.optional).copied().find(|c| c == h)).collect();
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
        if rows.len() > MAX_ROWS {
            self.err(file, 1, format!("the file has {} rows; the limit is {MAX_ROWS}", rows.len()));
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

    /// The `source_ids` of a row, which must name at least one source.
    fn sources(&mut self, row: &Row, ids: &HashMap<&str, u16>, what: &str) -> &'static [u16] {
        self.source_ids(row, ids, Some(what))
    }

    /// The `source_ids` of a row; with `required`, a row without one is an error naming it.
    fn source_ids(&mut self, row: &Row, ids: &HashMap<&str, u16>, required: Option<&str>) -> &'static [u16] {
        let t = row.get("source_ids");
        let mut out = Vec::new();
        for s in t.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            match ids.get(s) {
                Some(i) if out.contains(i) => self.row_err(row, format!("source id '{s}' is listed twice")),
                Some(i) => out.push(*i),
                None => self.row_err(row, format!("unknown source id '{s}'")),
            }
        }
        if let Some(what) = required.filter(|_| out.is_empty() && !t.split(';').any(|s| !s.trim().is_empty())) {
            self.row_err(row, format!("{what} has no source: every {what} needs at least one source id in source_ids"));
        }
        leak_slice(out)
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real calendar check.
pub fn parse_date(t: &str) -> Option<Date> {
    let parts: Vec<&str> = t.split('-').collect();
    let num = |s: &str, len: usize| -> Option<u16> {
        if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let year = num(parts.first()?, 4)?;
    if !(1900..=2100).contains(&year) || parts.len() > 3 {
        return None;
    }
    let month = match parts.get(1) {
        Some(m) => num(m, 2)? as u8,
        None => 0,
    };
    let day = match parts.get(2) {
        Some(d) => num(d, 2)? as u8,
        None => 0,
    };
    if parts.len() >= 2 && !(1..=12).contains(&month) {
        return None;
    }
    if parts.len() == 3 {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 31,
        };
        if day == 0 || day > days {
            return None;
        }
    }
    Some(Date { year, month, day })
}

fn leak(s: String) -> &'static str {
    if s.is_empty() {
        ""
    } else {
        Box::leak(s.into_boxed_str())
    }
}

fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// Ids to row indices. Tables longer than [`MAX_ROWS`] are refused when read, so every index fits.
fn index_of(ids: impl Iterator<Item = &'static str>) -> HashMap<&'static str, u16> {
    ids.zip(0..=u16::MAX).collect()
}

fn status(cx: &mut Cx, r: &Row) -> Status {
    cx.code(r, "status", "status", Status::ALL, Status::code, Some(Status::Reported))
}

fn sources(cx: &mut Cx, rows: &[Row]) -> Vec<Source> {
    let mut seen = HashMap::new();
    rows.iter()
        .map(|r| {
            let url = cx.text(r, "url", true);
            if !url.is_empty() && !url.starts_with("https://") && !url.starts_with("http://") {
                cx.row_err(r, format!("url '{url}' must start with http:// or https://"));
            }
            Source {
                id: cx.id(r, "id", &mut seen),
                title: cx.text(r, "title", true),
                publisher: cx.text(r, "publisher", false),
                date: cx.date(r, "date", false),
                url,
            }
        })
        .collect()
}

/// The reports and the index of the one marked `default` (exactly one must be).
fn reports(cx: &mut Cx, rows: &[Row], refs: &Refs) -> (Vec<Report>, u16) {
    let mut seen = HashMap::new();
    let mut default: Option<(u16, u64)> = None;
    let mut reports = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        let rep = Report {
            id: cx.id(r, "id", &mut seen),
            title: cx.text(r, "title", true),
            short_title: cx.text(r, "short_title", true),
            publisher: cx.text(r, "publisher", true),
            period_start: cx.date(r, "period_start", false),
            period_end: cx.date(r, "period_end", false),
            published: cx.date(r, "published", false),
            primary_measure: cx.code(r, "primary_measure", "measure", Measure::ALL, Measure::code, None),
            kind: cx.code(r, "kind", "report kind", ReportKind::ALL, ReportKind::code, None),
            description: cx.text(r, "description", true),
            sources: cx.sources(r, &refs.sources, "report"),
        };
        if let (Some(a), Some(b)) = (rep.period_start, rep.period_end) {
            if a > b {
                cx.row_err(r, "period_start is after period_end");
            }
        }
        match r.get("default") {
            "" => {}
            "yes" => match default {
                Some((_, first)) => cx.row_err(r, format!("a second default report (the first is on line {first}): mark one only")),
                None => default = u16::try_from(i).ok().map(|i| (i, r.line)),
            },
            other => cx.row_err(r, format!("default '{other}' must be 'yes' or empty")),
        }
        reports.push(rep);
    }
    if default.is_none() && !rows.is_empty() {
        cx.err(&rows[0].file, 1, "no report has default=yes: mark the one the page opens with");
    }
    (reports, default.map_or(0, |d| d.0))
}

fn jurisdictions(cx: &mut Cx, rows: &[Row]) -> Vec<Jurisdiction> {
    let mut seen = HashMap::new();
    let ids: Vec<&'static str> = rows.iter().map(|r| cx.id(r, "id", &mut seen)).collect();
    let own = index_of(ids.iter().copied());
    rows.iter()
        .zip(&ids)
        .map(|(r, id)| {
            let state = cx.text(r, "state", true);
            if !state.is_empty() && state_name(state).is_none() {
                cx.row_err(r, format!("unknown state code '{state}' (expected a two-letter USPS code such as CA, or US)"));
            }
            let aliases: Vec<&'static str> =
                r.get("aliases").split(';').map(str::trim).filter(|a| !a.is_empty()).map(|a| leak(a.to_string())).collect();
            let parent = cx.reference(r, "parent", "jurisdiction", &own, false);
            if parent.is_some() && parent == own.get(id).copied() {
                cx.row_err(r, "a jurisdiction cannot be its own parent");
            }
            Jurisdiction {
                id,
                name: cx.text(r, "name", true),
                state,
                level: cx.code(r, "level", "level", Level::ALL, Level::code, None),
                aliases: leak_slice(aliases),
                parent,
                note: cx.text(r, "note", false),
            }
        })
        .collect()
}

fn policies(cx: &mut Cx, rows: &[Row], refs: &Refs) -> Vec<Policy> {
    rows.iter()
        .filter_map(|r| {
            let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &refs.jurisdictions, true);
            let p = Policy {
                jurisdiction: jurisdiction.unwrap_or(0),
                category: cx.code(r, "category", "category", Category::ALL, Category::code, None),
                instrument: cx.text(r, "instrument", true),
                identifier: cx.text(r, "identifier", false),
                enacted: cx.date(r, "enacted", false),
                ended: cx.date(r, "ended", false),
                summary: cx.text(r, "summary", true),
                description: cx.text(r, "description", true),
                criteria: cx.text(r, "criteria", false),
                summary_es: cx.text(r, "summary_es", false),
                description_es: cx.text(r, "description_es", false),
                jail_access: cx.text(r, "jail_access", false),
                release_notification: cx.text(r, "release_notification", false),
                status: status(cx, r),
                sources: cx.sources(r, &refs.sources, "policy"),
            };
            if let (Some(a), Some(b)) = (p.enacted, p.ended) {
                if a > b {
                    cx.row_err(r, "enacted is after ended");
                }
            }
            for (col, text) in [("summary", p.summary), ("summary_es", p.summary_es)] {
                let n = text.chars().count();
                if n > 140 {
                    cx.row_err(r, format!("{col} is {n} characters; keep it to one line (140)"));
                }
            }
            jurisdiction.map(|_| p)
        })
        .collect()
}

fn events(cx: &mut Cx, rows: &[Row], refs: &Refs) -> Vec<Event> {
    rows.iter()
        .filter_map(|r| {
            let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &refs.jurisdictions, true);
            let date = cx.date(r, "date", true);
            let kind = cx.code(r, "kind", "event kind", EventKind::ALL, EventKind::code, None);
            let text = cx.text(r, "text", true);
            let (status, sources) = (status(cx, r), cx.sources(r, &refs.sources, "event"));
            Some(Event { jurisdiction: jurisdiction?, date: date?, kind, text, status, sources })
        })
        .collect()
}

/// A figure's number: empty is "not reported" (`None`), never 0.
fn value(cx: &mut Cx, r: &Row) -> Option<u32> {
    let raw = r.get("value");
    if raw.is_empty() {
        return None;
    }
    if raw.len() > 1 && raw.starts_with('-') && raw[1..].bytes().all(|b| b.is_ascii_digit()) {
        cx.row_err(r, format!("negative value '{raw}': counts are 0 or more"));
        return None;
    }
    if !raw.bytes().all(|b| b.is_ascii_digit()) {
        cx.row_err(
            r,
            format!(
                "non-integer value '{raw}': write a whole number without separators (1234), or leave it empty when the source gives none"
            ),
        );
        return None;
    }
    match raw.parse::<u32>() {
        Ok(v) => Some(v),
        Err(_) => {
            cx.row_err(r, format!("value '{raw}' is too large (the limit is {})", u32::MAX));
            None
        }
    }
}

fn figures(cx: &mut Cx, rows: &[Row], refs: &Refs) -> Vec<Figure> {
    let mut seen = HashMap::new();
    // What makes two figure rows the same figure: jurisdiction, report, measure, value, qualifier, period.
    type Key = (u16, u16, Measure, Option<u32>, Qualifier, &'static str);
    let mut same: HashMap<Key, u64> = HashMap::new();
    rows.iter()
        .filter_map(|r| {
            let id = cx.id(r, "id", &mut seen);
            let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &refs.jurisdictions, true);
            let report = cx.reference(r, "report_id", "report", &refs.reports, true);
            let value = value(cx, r);
            let qualifier = cx.code(r, "qualifier", "qualifier", Qualifier::ALL, Qualifier::code, Some(Qualifier::Exact));
            if r.get("value").is_empty() && !r.get("qualifier").is_empty() {
                cx.row_err(r, "a qualifier needs a value: leave both empty when the source gives no number");
            }
            let f = Figure {
                id,
                jurisdiction: jurisdiction.unwrap_or(0),
                report: report.unwrap_or(0),
                measure: cx.code(r, "measure", "measure", Measure::ALL, Measure::code, None),
                value,
                qualifier,
                period: cx.text(r, "period", false),
                status: status(cx, r),
                sources: cx.sources(r, &refs.sources, "figure"),
                note: cx.text(r, "note", false),
            };
            let (j, rep) = (jurisdiction?, report?);
            if let Some(first) = same.insert((j, rep, f.measure, f.value, f.qualifier, f.period), r.line) {
                cx.row_err(r, format!("the same figure is already on line {first}: cite both sources on one row"));
            }
            Some(f)
        })
        .collect()
}

fn lists(cx: &mut Cx, rows: &[Row], refs: &Refs) -> Vec<List> {
    let mut seen = HashMap::new();
    rows.iter()
        .map(|r| List {
            id: cx.id(r, "id", &mut seen),
            title: cx.text(r, "title", true),
            publisher: cx.text(r, "publisher", true),
            date: cx.date(r, "date", false),
            description: cx.text(r, "description", true),
            sources: cx.sources(r, &refs.sources, "list"),
        })
        .collect()
}

fn listings(cx: &mut Cx, rows: &[Row], refs: &Refs) -> Vec<Listing> {
    let mut same = HashMap::new();
    rows.iter()
        .filter_map(|r| {
            let list = cx.reference(r, "list_id", "list", &refs.lists, true);
            let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &refs.jurisdictions, true);
            if let (Some(l), Some(j)) = (list, jurisdiction) {
                if let Some(first) = same.insert((l, j), r.line) {
                    cx.row_err(r, format!("this jurisdiction is already on this list on line {first}"));
                }
            }
            let label = cx.text(r, "label", false);
            let removed = cx.date(r, "removed", false);
            let (status, sources, note) = (status(cx, r), cx.sources(r, &refs.sources, "listing"), cx.text(r, "note", false));
            Some(Listing { list: list?, jurisdiction: jurisdiction?, label, removed, status, sources, note })
        })
        .collect()
}

fn disputes(cx: &mut Cx, rows: &[Row], refs: &Refs) -> Vec<Dispute> {
    rows.iter()
        .filter_map(|r| {
            let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &refs.jurisdictions, true);
            let d = Dispute {
                jurisdiction: jurisdiction.unwrap_or(0),
                report: cx.reference(r, "report_id", "report", &refs.reports, false),
                kind: cx.code(r, "kind", "dispute kind", DisputeKind::ALL, DisputeKind::code, None),
                by: cx.text(r, "by", true),
                date: cx.date(r, "date", false),
                text: cx.text(r, "text", true),
                sources: cx.sources(r, &refs.sources, "dispute"),
            };
            jurisdiction.map(|_| d)
        })
        .collect()
}

/// Paragraphs of a text cell: separated by blank lines.
fn paragraphs(text: &'static str) -> &'static [&'static str] {
    leak_slice(text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect())
}

fn about(cx: &mut Cx, rows: &[Row], refs: &Refs) -> Vec<AboutSection> {
    let mut seen = HashMap::new();
    rows.iter()
        .map(|r| {
            let s = AboutSection {
                id: cx.id(r, "id", &mut seen),
                heading: cx.text(r, "heading", true),
                heading_es: cx.text(r, "heading_es", true),
                paragraphs: paragraphs(cx.text(r, "text", true)),
                paragraphs_es: paragraphs(cx.text(r, "text_es", true)),
                extra: cx.code(r, "extra", "extra", AboutExtra::ALL, AboutExtra::code, None),
                sources: cx.source_ids(r, &refs.sources, None),
            };
            if s.paragraphs.len() != s.paragraphs_es.len() {
                cx.row_err(
                    r,
                    format!(
                        "text has {} paragraphs but text_es has {}: translate each paragraph",
                        s.paragraphs.len(),
                        s.paragraphs_es.len()
                    ),
                );
            }
            s
        })
        .collect()
}
