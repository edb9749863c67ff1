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
    /// The file may be missing: it then has no rows (the tables derived from ICE's records,
    /// which a small data directory such as a test's may leave out).
    pub absent_ok: bool,
    /// What one row is, in a sentence (the published data package's description of the table).
    pub about: &'static str,
    /// The columns that together tell one row from every other (empty: none do).
    pub key: &'static [&'static str],
    /// Columns of whole numbers, 0 or more; empty is "not reported".
    pub counts: &'static [&'static str],
    /// Columns of dates at the precision known: `2017`, `2017-03` or `2017-03-20`.
    pub dates: &'static [&'static str],
    /// Columns naming a row of another table: `(column, that table's file, its column)`. A
    /// jurisdiction may be defined in any of four files; [`ALL_JURISDICTIONS`] stands for them.
    pub refs: &'static [(&'static str, &'static str, &'static str)],
}

/// The published index of every jurisdiction, whichever file defines it (see `TableSpec::refs`).
pub const ALL_JURISDICTIONS: &str = "all-jurisdictions.csv";

/// The files the dataset is made of, in load order, with their columns: the one place a table's
/// shape is written down (data/README.md explains each column).
pub const TABLES: &[TableSpec] = &[
    TableSpec {
        file: "sources.csv",
        required: &["id", "headline", "headline_from", "publisher", "date", "url", "archive_url", "kind"],
        optional: &["found_in", "note"],
        non_empty: true,
        absent_ok: false,
        about: "Where the facts come from: one row per page or document cited.",
        key: &["id"],
        counts: &[],
        dates: &["date"],
        refs: &[],
    },
    TableSpec {
        file: "reports.csv",
        required: &[
            "id",
            "title",
            "title_es",
            "short_title",
            "short_title_es",
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
        absent_ok: false,
        about: "Publications and the periods their figures cover (the report picker).",
        key: &["id"],
        counts: &[],
        dates: &["period_start", "period_end", "published"],
        refs: &[],
    },
    TableSpec {
        file: "jurisdictions.csv",
        required: &["id", "name", "state", "level", "aliases", "parent", "note"],
        optional: &["former_ids", "fips"],
        non_empty: true,
        absent_ok: false,
        about: "Jurisdictions written by hand: states, counties, cities, jails and groups, with their other names.",
        key: &["id"],
        counts: &[],
        dates: &[],
        refs: &[("parent", "jurisdictions.csv", "id")],
    },
    TableSpec {
        file: "policies.csv",
        required: &[
            "id",
            "jurisdiction_id",
            "category",
            "instrument",
            "identifier",
            "enacted",
            "enacted_qualifier",
            "in_force",
            "ended",
            "end_reason",
            "ended_by",
            "end_source_ids",
            "end_note",
            "end_note_es",
            "summary",
            "summary_es",
            "description",
            "description_es",
            "criteria",
            "jail_access",
            "release_notification",
            "status",
            "status_note",
            "source_ids",
        ],
        optional: &["ended_qualifier"],
        non_empty: false,
        absent_ok: false,
        about: "Policies on ICE detainers: laws, ordinances, orders and practices, with when each applied and how it ended.",
        key: &["id"],
        counts: &[],
        dates: &["enacted", "in_force", "ended"],
        refs: &[("jurisdiction_id", ALL_JURISDICTIONS, "id"), ("ended_by", "policies.csv", "id")],
    },
    TableSpec {
        file: "events.csv",
        required: &["jurisdiction_id", "date", "kind", "text", "status", "source_ids"],
        optional: &["status_note"],
        non_empty: false,
        absent_ok: false,
        about: "Dated events in a jurisdiction's policy history: enactments, amendments, rulings, repeals.",
        key: &[],
        counts: &[],
        dates: &["date"],
        refs: &[("jurisdiction_id", ALL_JURISDICTIONS, "id")],
    },
    TableSpec {
        file: "figures.csv",
        required: &["id", "jurisdiction_id", "report_id", "measure", "value", "qualifier", "period", "status", "source_ids", "note"],
        optional: &["status_note"],
        non_empty: false,
        absent_ok: false,
        about: "Detainer figures: one number of one measure for one jurisdiction in one report; an empty value means the source named the jurisdiction without a number.",
        key: &["id"],
        counts: &["value"],
        dates: &[],
        refs: &[("jurisdiction_id", ALL_JURISDICTIONS, "id"), ("report_id", "reports.csv", "id")],
    },
    TableSpec {
        file: "census/counties.csv",
        required: &["fips", "id", "name", "state", "level", "other_names", "merged_into"],
        optional: &[],
        non_empty: false,
        absent_ok: true,
        about: "Every county and county equivalent of the 50 states, DC and Puerto Rico, by Census FIPS code, with the row it is in this dataset.",
        key: &["fips"],
        counts: &[],
        dates: &[],
        refs: &[],
    },
    TableSpec {
        file: "ice-records/jurisdictions.csv",
        required: &["id", "name", "state", "level"],
        optional: &[],
        non_empty: false,
        absent_ok: true,
        about: "Jurisdictions that run a facility named in ICE's detainer records of 2007-2015 and have no row in jurisdictions.csv.",
        key: &["id"],
        counts: &[],
        dates: &[],
        refs: &[],
    },
    TableSpec {
        file: "ice-287g/jurisdictions.csv",
        required: &["id", "name", "state", "level"],
        optional: &[],
        non_empty: false,
        absent_ok: true,
        about: "Jurisdictions of agencies in ICE's 287(g) lists of 2025 that have no row in the other jurisdiction files.",
        key: &["id"],
        counts: &[],
        dates: &[],
        refs: &[],
    },
    TableSpec {
        file: "ice-287g/agreements.csv",
        required: &[
            "id",
            "agency",
            "state",
            "type",
            "county",
            "jurisdiction_id",
            "match",
            "match_note",
            "model",
            "signed",
            "signed_as_written",
            "status",
            "source_ids",
        ],
        optional: &[],
        non_empty: false,
        absent_ok: true,
        about: "287(g) agreements in ICE's 2025 lists, each matched to a jurisdiction.",
        key: &["id"],
        counts: &[],
        dates: &["signed"],
        refs: &[("jurisdiction_id", ALL_JURISDICTIONS, "id")],
    },
    TableSpec {
        file: "ice-records/facilities.csv",
        required: &["id", "name", "variants", "city", "state", "jurisdiction_id", "match", "match_note"],
        optional: &[],
        non_empty: false,
        absent_ok: true,
        about: "The jails and facilities named in ICE's detainer records, each matched to a jurisdiction where it can be.",
        key: &["id"],
        counts: &[],
        dates: &[],
        refs: &[("jurisdiction_id", ALL_JURISDICTIONS, "id")],
    },
    TableSpec {
        file: "ice-records/declines-by-year.csv",
        required: &["facility_id", "year", "report_id", "declined", "source_ids"],
        optional: &[],
        non_empty: false,
        absent_ok: true,
        about: "Detainers ICE recorded as declined, by facility and calendar year.",
        key: &["facility_id", "year", "report_id"],
        counts: &["year", "declined"],
        dates: &[],
        refs: &[("facility_id", "ice-records/facilities.csv", "id"), ("report_id", "reports.csv", "id")],
    },
    TableSpec {
        file: "ice-records/fy2015-outcomes.csv",
        required: &["facility_id", "report_id", "issued", "declined", "booked", "other_ended", "no_outcome", "source_ids"],
        optional: &[],
        non_empty: false,
        absent_ok: true,
        about: "Detainers ICE issued in fiscal 2015 to July 19, by facility and how each ended.",
        key: &["facility_id", "report_id"],
        counts: &["issued", "declined", "booked", "other_ended", "no_outcome"],
        dates: &[],
        refs: &[("facility_id", "ice-records/facilities.csv", "id"), ("report_id", "reports.csv", "id")],
    },
    TableSpec {
        file: "ice-records/national.csv",
        required: &["report_id", "measure", "value", "source_ids"],
        optional: &[],
        non_empty: false,
        absent_ok: true,
        about: "National totals in ICE's detainer records.",
        key: &["report_id", "measure"],
        counts: &["value"],
        dates: &[],
        refs: &[("report_id", "reports.csv", "id")],
    },
    TableSpec {
        file: "lists.csv",
        required: &["id", "title", "publisher", "date", "description", "source_ids"],
        optional: &[],
        non_empty: false,
        absent_ok: false,
        about: "Lists that named jurisdictions: federal reports and letters, and advocacy lists.",
        key: &["id"],
        counts: &[],
        dates: &["date"],
        refs: &[],
    },
    TableSpec {
        file: "listings.csv",
        required: &["list_id", "jurisdiction_id", "label", "removed", "status", "source_ids", "note"],
        optional: &["status_note"],
        non_empty: false,
        absent_ok: false,
        about: "One jurisdiction on one list, as the list named it, and when it was dropped.",
        key: &["list_id", "jurisdiction_id"],
        counts: &[],
        dates: &["removed"],
        refs: &[("list_id", "lists.csv", "id"), ("jurisdiction_id", ALL_JURISDICTIONS, "id")],
    },
    TableSpec {
        file: "disputes.csv",
        required: &["jurisdiction_id", "report_id", "kind", "by", "date", "text", "source_ids"],
        optional: &[],
        non_empty: false,
        absent_ok: false,
        about: "Disputes and corrections of figures, by whom and when.",
        key: &[],
        counts: &[],
        dates: &["date"],
        refs: &[("jurisdiction_id", ALL_JURISDICTIONS, "id"), ("report_id", "reports.csv", "id")],
    },
    TableSpec {
        file: "about.csv",
        required: &["id", "heading", "heading_es", "text", "text_es", "extra", "source_ids"],
        optional: &[],
        non_empty: false,
        absent_ok: false,
        about: "The app's About texts, in English and Spanish.",
        key: &["id"],
        counts: &[],
        dates: &[],
        refs: &[],
    },
];

/// The most rows a table may have: rows are referred to by 16-bit indices in the baked data.
pub const MAX_ROWS: usize = u16::MAX as usize;

/// Loads `dir/*.csv`; errors name files as `dir_label/file`.
pub fn load_dir(dir: &Path, dir_label: &str) -> Result<Dataset, Vec<Error>> {
    load(dir_label, |name| {
        let path = dir.join(name);
        let absent_ok = TABLES.iter().any(|t| t.file == name && t.absent_ok);
        if absent_ok && !path.exists() {
            return Ok(Vec::new());
        }
        std::fs::read(&path).map_err(|e| format!("cannot read the file: {e}"))
    })
}

/// Loads the dataset from `read(file name)`; `label` prefixes file names in errors.
pub fn load(label: &str, read: impl Fn(&str) -> Result<Vec<u8>, String>) -> Result<Dataset, Vec<Error>> {
    let mut cx = Cx { errors: Vec::new() };
    let mut tables: HashMap<&str, Table> = HashMap::new();
    for spec in TABLES {
        let file = if label.is_empty() { spec.file.to_string() } else { format!("{label}/{}", spec.file) };
        match read(spec.file) {
            Ok(bytes) if bytes.is_empty() && spec.absent_ok => {}
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
    // The jurisdictions that run a facility of ICE's records and have no row of their own yet
    // follow the edited ones, as one table (an id in both is a duplicate).
    let mut all_jurisdictions: Vec<Row> = rows("jurisdictions.csv")
        .iter()
        .chain(rows("ice-records/jurisdictions.csv"))
        .chain(rows("ice-287g/jurisdictions.csv"))
        .cloned()
        .collect();
    census_counties(&mut cx, rows("census/counties.csv"), &mut all_jurisdictions);
    let jurisdictions = jurisdictions(&mut cx, &all_jurisdictions);
    refs.jurisdictions = index_of(jurisdictions.iter().map(|j| j.id));
    let policies = policies(&mut cx, rows("policies.csv"), &refs, &jurisdictions);
    let events = events(&mut cx, rows("events.csv"), &refs);
    let mut figures = figures(&mut cx, rows("figures.csv"), &refs);
    let facilities = crate::ice_records::facilities(&mut cx, rows("ice-records/facilities.csv"), &refs, &jurisdictions);
    let lists = lists(&mut cx, rows("lists.csv"), &refs);
    refs.lists = index_of(lists.iter().map(|l| l.id));
    let listings = listings(&mut cx, rows("listings.csv"), &refs);
    let disputes = disputes(&mut cx, rows("disputes.csv"), &refs);
    let about = about(&mut cx, rows("about.csv"), &refs);
    disputed_figures_have_disputes(&mut cx, rows("figures.csv"), &figures, &disputes);
    let nation = jurisdictions.iter().position(|j| j.level == Level::Nation);
    let tables = crate::ice_records::Tables {
        declines: rows("ice-records/declines-by-year.csv"),
        outcomes: rows("ice-records/fy2015-outcomes.csv"),
        national: rows("ice-records/national.csv"),
    };
    figures.extend(crate::ice_records::figures(&mut cx, &tables, &refs, &reports, &facilities, nation));
    let facilities = facilities.loaded;
    let agreements = agreements(&mut cx, rows("ice-287g/agreements.csv"), &refs, &jurisdictions);
    let ds = Dataset {
        sources: leak_slice(sources),
        reports: leak_slice(reports),
        jurisdictions: leak_slice(jurisdictions),
        policies: leak_slice(policies),
        events: leak_slice(events),
        figures: leak_slice(figures),
        facilities: leak_slice(facilities),
        agreements: leak_slice(agreements),
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
pub(crate) struct Refs {
    pub(crate) sources: HashMap<&'static str, u16>,
    pub(crate) reports: HashMap<&'static str, u16>,
    pub(crate) jurisdictions: HashMap<&'static str, u16>,
    pub(crate) lists: HashMap<&'static str, u16>,
}

/// One data row: its file, line and fields by column name.
#[derive(Clone, Debug, Default)]
pub(crate) struct Row {
    pub(crate) file: String,
    pub(crate) line: u64,
    pub(crate) fields: HashMap<&'static str, String>,
}

impl Row {
    pub(crate) fn get(&self, col: &str) -> &str {
        self.fields.get(col).map(String::as_str).unwrap_or("")
    }
}

type Table = Vec<Row>;

pub(crate) struct Cx {
    errors: Vec<Error>,
}

impl Cx {
    pub(crate) fn err(&mut self, file: &str, line: u64, reason: impl Into<String>) {
        self.errors.push(Error { file: file.to_string(), line, reason: reason.into() });
    }

    pub(crate) fn row_err(&mut self, row: &Row, reason: impl Into<String>) {
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

    pub(crate) fn id(&mut self, row: &Row, col: &str, seen: &mut HashMap<String, u64>) -> &'static str {
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

    pub(crate) fn text(&mut self, row: &Row, col: &str, required: bool) -> &'static str {
        let t = row.get(col);
        if required && t.is_empty() {
            self.row_err(row, format!("empty {col}"));
        }
        if t.len() > 4000 {
            self.row_err(row, format!("{col} is {} bytes long; the limit is 4000", t.len()));
        }
        leak(t.to_string())
    }

    /// Text a reader sees: checked for research-note artefacts and text cut off mid-way.
    pub(crate) fn prose(&mut self, row: &Row, col: &str, required: bool) -> &'static str {
        let t = self.text(row, col, required);
        if let Some(problem) = crate::prose::reader_text(t) {
            self.row_err(row, format!("{col}: {problem}"));
        }
        t
    }

    /// A one-line summary: reader text, and one sentence of at most `max` characters.
    fn summary(&mut self, row: &Row, col: &str, max: usize) -> &'static str {
        let t = self.prose(row, col, true);
        if let Some(problem) = crate::prose::summary(t, max).filter(|_| !t.is_empty()) {
            self.row_err(row, format!("{col} {problem}"));
        }
        t
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

    pub(crate) fn code<T: Copy>(
        &mut self,
        row: &Row,
        col: &str,
        what: &str,
        all: &[T],
        code: fn(T) -> &'static str,
        default: Option<T>,
    ) -> T {
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

    pub(crate) fn reference(&mut self, row: &Row, col: &str, what: &str, ids: &HashMap<&str, u16>, required: bool) -> Option<u16> {
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
    pub(crate) fn sources(&mut self, row: &Row, ids: &HashMap<&str, u16>, what: &str) -> &'static [u16] {
        self.source_ids(row, "source_ids", ids, Some(what))
    }

    /// The source ids in `col` of a row; with `required`, a row without one is an error naming it.
    pub(crate) fn source_ids(&mut self, row: &Row, col: &str, ids: &HashMap<&str, u16>, required: Option<&str>) -> &'static [u16] {
        let t = row.get(col);
        let in_col = if col == "source_ids" { String::new() } else { format!(" in {col}") };
        let mut out = Vec::new();
        for s in t.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            match ids.get(s) {
                Some(i) if out.contains(i) => self.row_err(row, format!("source id '{s}' is listed twice{in_col}")),
                Some(i) => out.push(*i),
                None => self.row_err(row, format!("unknown source id '{s}'{in_col}")),
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
    Date::parse(t)
}

pub(crate) fn leak(s: String) -> &'static str {
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

/// A row's status and, required for `unverified`, the reason it is (shown with the flag).
fn status_and_note(cx: &mut Cx, r: &Row) -> (Status, &'static str) {
    let status = status(cx, r);
    let note = cx.prose(r, "status_note", false);
    if status == Status::Unverified && note.is_empty() {
        cx.row_err(r, "status is unverified but status_note is empty: say why, for the reader");
    }
    if status == Status::Reported && !note.is_empty() {
        cx.row_err(r, "status_note is set but status is reported: give the status, or leave the note empty");
    }
    (status, note)
}

fn sources(cx: &mut Cx, rows: &[Row]) -> Vec<Source> {
    use crate::prose::{headline_is_slug, looks_like_host, url_problem};
    let mut seen = HashMap::new();
    rows.iter()
        .map(|r| {
            let url = cx.text(r, "url", true);
            let archive_url = cx.text(r, "archive_url", false);
            for (col, u) in [("url", url), ("archive_url", archive_url)] {
                if !u.is_empty() && !u.starts_with("https://") && !u.starts_with("http://") {
                    cx.row_err(r, format!("{col} '{u}' must start with http:// or https://"));
                }
            }
            if let Some(problem) = url_problem(url) {
                cx.row_err(r, format!("url: {problem}"));
            }
            let headline = cx.text(r, "headline", false);
            let headline_from = cx.code(r, "headline_from", "headline_from", HeadlineFrom::ALL, HeadlineFrom::code, None);
            match (headline.is_empty(), headline_from == HeadlineFrom::None) {
                (false, true) => {
                    cx.row_err(r, "headline_from is empty: say where the headline was read (stored copy, research sheet, document)")
                }
                (true, false) => cx.row_err(r, "headline_from is set but there is no headline"),
                _ => {}
            }
            // A stored copy of the page may show a headline in its slug's words; nothing else may.
            if (headline_is_slug(headline, url) && headline_from != HeadlineFrom::StoredCopy) || looks_like_host(headline) {
                cx.row_err(r, format!("headline '{headline}' is made from the address: give the real headline, or leave it empty"));
            }
            let publisher = cx.text(r, "publisher", false);
            if looks_like_host(publisher) {
                cx.row_err(r, format!("publisher '{publisher}' is a host name: give the publisher's name (\"Ventura County Star\")"));
            }
            Source {
                id: cx.id(r, "id", &mut seen),
                headline,
                headline_from,
                publisher,
                date: cx.date(r, "date", false),
                url,
                archive_url,
                kind: cx.code(r, "kind", "source kind", SourceKind::ALL, SourceKind::code, None),
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
            title: cx.prose(r, "title", true),
            title_es: cx.prose(r, "title_es", true),
            short_title: cx.prose(r, "short_title", true),
            short_title_es: cx.prose(r, "short_title_es", true),
            publisher: cx.text(r, "publisher", true),
            period_start: cx.date(r, "period_start", false),
            period_end: cx.date(r, "period_end", false),
            published: cx.date(r, "published", false),
            primary_measure: cx.code(r, "primary_measure", "measure", Measure::ALL, Measure::code, None),
            kind: cx.code(r, "kind", "report kind", ReportKind::ALL, ReportKind::code, None),
            description: cx.prose(r, "description", true),
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

/// Every county of the Census list (`census/counties.csv`, written by
/// `data/tools/census_counties.py`): one already a row gets its FIPS code and the Census's other
/// names as aliases; any other becomes a row of its own.
fn census_counties(cx: &mut Cx, census: &[Row], rows: &mut Vec<Row>) {
    let at: HashMap<String, usize> = rows.iter().enumerate().map(|(i, r)| (r.get("id").to_string(), i)).collect();
    for c in census {
        let fips = c.get("fips");
        if fips.len() != 5 || !fips.bytes().all(|b| b.is_ascii_digit()) {
            cx.row_err(c, format!("fips '{fips}' is not a 5-digit Census code"));
        }
        let other = c.get("other_names");
        let into = c.get("merged_into");
        if into.is_empty() {
            let mut row = Row { file: c.file.clone(), line: c.line, fields: HashMap::new() };
            for (col, value) in [
                ("id", c.get("id")),
                ("name", c.get("name")),
                ("state", c.get("state")),
                ("level", c.get("level")),
                ("aliases", other),
                ("fips", fips),
            ] {
                row.fields.insert(col, value.to_string());
            }
            rows.push(row);
            continue;
        }
        match at.get(into).and_then(|&i| rows.get_mut(i)) {
            Some(row) if row.get("fips").is_empty() || row.get("fips") == fips => {
                let aliases = [row.get("aliases"), other].iter().filter(|a| !a.is_empty()).copied().collect::<Vec<_>>().join(";");
                row.fields.insert("aliases", aliases);
                row.fields.insert("fips", fips.to_string());
            }
            Some(row) => {
                let (first, line) = (row.get("fips").to_string(), row.line);
                cx.row_err(c, format!("'{into}' already has FIPS {first} (line {line} of its file): one row per county"));
            }
            None => cx.row_err(c, format!("merged_into '{into}' is not a row of jurisdictions.csv or ice-records/jurisdictions.csv")),
        }
    }
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
            let former_ids: Vec<&'static str> =
                r.get("former_ids").split(';').map(str::trim).filter(|a| !a.is_empty()).map(|a| leak(a.to_string())).collect();
            for f in &former_ids {
                if let Some(line) = seen.get(*f) {
                    cx.row_err(r, format!("former id '{f}' is the id of the row on line {line}"));
                }
            }
            Jurisdiction {
                id,
                name: cx.prose(r, "name", true),
                state,
                level: cx.code(r, "level", "level", Level::ALL, Level::code, None),
                aliases: leak_slice(aliases),
                fips: cx.text(r, "fips", false),
                parent,
                note: cx.prose(r, "note", false),
                former_ids: leak_slice(former_ids),
            }
        })
        .collect()
}

fn policies(cx: &mut Cx, rows: &[Row], refs: &Refs, jurisdictions: &[Jurisdiction]) -> Vec<Policy> {
    use crate::prose::{SUMMARY_ES_MAX, SUMMARY_MAX};
    let mut seen = HashMap::new();
    let ids: Vec<&'static str> = rows.iter().map(|r| cx.id(r, "id", &mut seen)).collect();
    let own = index_of(ids.iter().copied());
    let mut out: Vec<(&Row, Policy)> = rows
        .iter()
        .zip(&ids)
        .filter_map(|(r, &id)| {
            let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &refs.jurisdictions, true);
            let enacted_on_or_before = on_or_before(cx, r, "enacted_qualifier");
            let (status, status_note) = status_and_note(cx, r);
            let p = Policy {
                id,
                jurisdiction: jurisdiction.unwrap_or(0),
                category: cx.code(r, "category", "category", Category::ALL, Category::code, None),
                instrument: cx.prose(r, "instrument", true),
                identifier: cx.prose(r, "identifier", false),
                enacted: cx.date(r, "enacted", false),
                enacted_on_or_before,
                in_force: cx.date(r, "in_force", false),
                end: policy_end(cx, r, refs, &own),
                summary: cx.summary(r, "summary", SUMMARY_MAX),
                summary_es: cx.summary(r, "summary_es", SUMMARY_ES_MAX),
                description: cx.prose(r, "description", true),
                description_es: cx.prose(r, "description_es", true),
                criteria: cx.prose(r, "criteria", false),
                jail_access: cx.prose(r, "jail_access", false),
                release_notification: cx.prose(r, "release_notification", false),
                status,
                status_note,
                sources: cx.sources(r, &refs.sources, "policy"),
            };
            if enacted_on_or_before && p.enacted.is_none() {
                cx.row_err(r, "enacted_qualifier needs an enacted date");
            }
            if let (Some(a), Some(b)) = (p.enacted, p.in_force) {
                if a > b {
                    cx.row_err(r, "enacted is after in_force");
                }
            }
            if let (Some(a), Some(e)) = (p.start(), p.end) {
                if a > e.date {
                    cx.row_err(r, "the policy ends before it starts (enacted or in_force is after ended)");
                }
            }
            jurisdiction.map(|_| (r, p))
        })
        .collect();
    // What ended a policy must make sense: a later local policy of the same place, or a state
    // measure of its state.
    let snapshot: Vec<Policy> = out.iter().map(|(_, p)| *p).collect();
    for (r, p) in &mut out {
        let Some(end) = p.end else { continue };
        let Some(by) = end.by.and_then(|b| snapshot.get(usize::from(b))) else { continue };
        let place = |i: u16| jurisdictions.get(usize::from(i));
        let (mine, theirs) = (place(p.jurisdiction), place(by.jurisdiction));
        match end.reason {
            EndReason::Superseded if by.jurisdiction != p.jurisdiction => {
                cx.row_err(r, format!("superseded by '{}', a policy of another jurisdiction: use overridden for a state measure", by.id))
            }
            EndReason::Overridden
                if !(theirs.is_some_and(|t| t.level == Level::State) && mine.zip(theirs).is_some_and(|(m, t)| m.state == t.state)) =>
            {
                cx.row_err(r, format!("overridden by '{}', which is not a measure of this jurisdiction's state", by.id))
            }
            _ => {}
        }
    }
    out.into_iter().map(|(_, p)| p).collect()
}

/// How a policy ended: `ended`, `end_reason` and its sources go together.
fn policy_end(cx: &mut Cx, r: &Row, refs: &Refs, policies: &HashMap<&'static str, u16>) -> Option<PolicyEnd> {
    let date = cx.date(r, "ended", false);
    let reason = (!r.get("end_reason").is_empty()).then(|| cx.code(r, "end_reason", "end reason", EndReason::ALL, EndReason::code, None));
    let by = cx.reference(r, "ended_by", "policy", policies, false);
    let note = cx.prose(r, "end_note", false);
    let note_es = cx.prose(r, "end_note_es", false);
    if note.is_empty() != note_es.is_empty() {
        cx.row_err(r, "end_note and end_note_es go together: write both or neither");
    }
    let sources = cx.source_ids(r, "end_source_ids", &refs.sources, None);
    let on_or_before = on_or_before(cx, r, "ended_qualifier");
    if on_or_before && date.is_none() {
        cx.row_err(r, "ended_qualifier needs an ended date");
    }
    match (date, reason) {
        (None, None) => {
            if by.is_some() || !note.is_empty() || !sources.is_empty() {
                cx.row_err(r, "ended_by, end_note or end_source_ids are set but ended and end_reason are empty");
            }
            None
        }
        (Some(date), Some(reason)) => {
            if by.is_none() && sources.is_empty() {
                cx.row_err(r, "an ended policy needs end_source_ids (or ended_by, the policy that ended it)");
            }
            if matches!(reason, EndReason::Superseded | EndReason::Overridden) && by.is_none() {
                cx.row_err(r, format!("end_reason {} needs ended_by: the id of the policy that replaced it", reason.code()));
            }
            Some(PolicyEnd { date, on_or_before, reason, by, note, note_es, sources })
        }
        (Some(_), None) => {
            cx.row_err(r, format!("ended is set without end_reason (one of: {})", codes(EndReason::ALL, EndReason::code)));
            None
        }
        (None, Some(_)) => {
            cx.row_err(r, "end_reason is set without an ended date");
            None
        }
    }
}

fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> String {
    all.iter().map(|v| code(*v)).collect::<Vec<_>>().join(", ")
}

/// A date qualifier column: empty, or `on_or_before` (the date is only a bound).
fn on_or_before(cx: &mut Cx, r: &Row, col: &str) -> bool {
    match r.get(col) {
        "" => false,
        "on_or_before" => true,
        other => {
            cx.row_err(r, format!("{col} '{other}' must be 'on_or_before' or empty"));
            false
        }
    }
}

fn events(cx: &mut Cx, rows: &[Row], refs: &Refs) -> Vec<Event> {
    rows.iter()
        .filter_map(|r| {
            let jurisdiction = cx.reference(r, "jurisdiction_id", "jurisdiction", &refs.jurisdictions, true);
            let date = cx.date(r, "date", true);
            let kind = cx.code(r, "kind", "event kind", EventKind::ALL, EventKind::code, None);
            let text = cx.prose(r, "text", true);
            let (status, status_note) = status_and_note(cx, r);
            let sources = cx.sources(r, &refs.sources, "event");
            Some(Event { jurisdiction: jurisdiction?, date: date?, kind, text, status, status_note, sources })
        })
        .collect()
}

/// A figure's number: empty is "not reported" (`None`), never 0.
fn value(cx: &mut Cx, r: &Row) -> Option<u32> {
    count(cx, r, "value")
}

/// The whole number in `col` (`None` when empty, or an error).
pub(crate) fn count(cx: &mut Cx, r: &Row, col: &str) -> Option<u32> {
    let raw = r.get(col);
    if raw.is_empty() {
        return None;
    }
    if raw.len() > 1 && raw.starts_with('-') && raw[1..].bytes().all(|b| b.is_ascii_digit()) {
        cx.row_err(r, format!("negative {col} '{raw}': counts are 0 or more"));
        return None;
    }
    if !raw.bytes().all(|b| b.is_ascii_digit()) {
        cx.row_err(
            r,
            format!(
                "non-integer {col} '{raw}': write a whole number without separators (1234), or leave it empty when the source gives none"
            ),
        );
        return None;
    }
    match raw.parse::<u32>() {
        Ok(v) => Some(v),
        Err(_) => {
            cx.row_err(r, format!("{col} '{raw}' is too large (the limit is {})", u32::MAX));
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
                facility: None,
                sum: false,
                id,
                jurisdiction: jurisdiction.unwrap_or(0),
                report: report.unwrap_or(0),
                measure: cx.code(r, "measure", "measure", Measure::ALL, Measure::code, None),
                value,
                qualifier,
                period: cx.prose(r, "period", false),
                status: Status::Reported,
                status_note: "",
                sources: cx.sources(r, &refs.sources, "figure"),
                note: cx.prose(r, "note", false),
            };
            let (status, status_note) = status_and_note(cx, r);
            let f = Figure { status, status_note, ..f };
            let (j, rep) = (jurisdiction?, report?);
            if let Some(first) = same.insert((j, rep, f.measure, f.value, f.qualifier, f.period), r.line) {
                cx.row_err(r, format!("the same figure is already on line {first}: cite both sources on one row"));
            }
            Some(f)
        })
        .collect()
}

/// ICE's 287(g) agreements (`ice-287g/agreements.csv`, written by `data/tools/ice_287g.py`): each
/// matched one belongs to its jurisdiction; an unmatched one is checked but not loaded.
fn agreements(cx: &mut Cx, rows: &[Row], refs: &Refs, jurisdictions: &[Jurisdiction]) -> Vec<Agreement> {
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for r in rows {
        cx.id(r, "id", &mut seen);
        let model = cx.code(r, "model", "model", AgreementModel::ALL, AgreementModel::code, None);
        let sources = cx.sources(r, &refs.sources, "agreement");
        let pending = match r.get("status") {
            "participating" => false,
            "pending" => true,
            other => {
                cx.row_err(r, format!("status '{other}' must be participating or pending"));
                false
            }
        };
        let written = cx.text(r, "signed_as_written", false);
        let signed = cx.date(r, "signed", false);
        if r.get("match") == "unmatched" {
            if !r.get("jurisdiction_id").is_empty() {
                cx.row_err(r, "match is unmatched but jurisdiction_id is set");
            }
            if r.get("match_note").is_empty() {
                cx.row_err(r, "an unmatched agreement needs its reason in match_note");
            }
            continue;
        }
        let Some(j) = cx.reference(r, "jurisdiction_id", "jurisdiction", &refs.jurisdictions, true) else { continue };
        if let Some(other) = jurisdictions.get(usize::from(j)).filter(|o| o.state != r.get("state")) {
            cx.row_err(r, format!("the agency is in {} but '{}' is in {}", r.get("state"), other.id, other.state));
        }
        out.push(Agreement {
            agency: cx.text(r, "agency", true),
            jurisdiction: j,
            model,
            signed,
            signed_as_written: if signed.is_some() { "" } else { written },
            pending,
            sources,
        });
    }
    out
}

fn lists(cx: &mut Cx, rows: &[Row], refs: &Refs) -> Vec<List> {
    let mut seen = HashMap::new();
    rows.iter()
        .map(|r| List {
            id: cx.id(r, "id", &mut seen),
            title: cx.prose(r, "title", true),
            publisher: cx.text(r, "publisher", true),
            date: cx.date(r, "date", false),
            description: cx.prose(r, "description", true),
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
            let (status, status_note) = status_and_note(cx, r);
            let (sources, note) = (cx.sources(r, &refs.sources, "listing"), cx.prose(r, "note", false));
            Some(Listing { list: list?, jurisdiction: jurisdiction?, label, removed, status, status_note, sources, note })
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
                text: cx.prose(r, "text", true),
                sources: cx.sources(r, &refs.sources, "dispute"),
            };
            jurisdiction.map(|_| d)
        })
        .collect()
}

/// A figure marked disputed or corrected says who disputed or corrected it: a row of
/// disputes.csv for its jurisdiction and report.
fn disputed_figures_have_disputes(cx: &mut Cx, rows: &[Row], figures: &[Figure], disputes: &[Dispute]) {
    for (r, f) in rows.iter().zip(figures) {
        let kind = match f.status {
            Status::Disputed => DisputeKind::Dispute,
            Status::Corrected => DisputeKind::Correction,
            _ => continue,
        };
        if !disputes.iter().any(|d| d.jurisdiction == f.jurisdiction && d.report == Some(f.report) && d.kind == kind) {
            cx.row_err(
                r,
                format!("status is {} but disputes.csv has no {} for this jurisdiction and report", f.status.code(), kind.code()),
            );
        }
    }
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
                paragraphs: paragraphs(cx.prose(r, "text", true)),
                paragraphs_es: paragraphs(cx.prose(r, "text_es", true)),
                extra: cx.code(r, "extra", "extra", AboutExtra::ALL, AboutExtra::code, None),
                sources: cx.source_ids(r, "source_ids", &refs.sources, None),
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
