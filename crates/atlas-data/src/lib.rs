//! The Detainer Atlas data model and, behind the `load` feature, the build-time pipeline that
//! reads `data/*.csv`, validates it and bakes it into Rust statics.
//!
//! Invariants every [`Dataset`] upholds (the loader refuses data that breaks them):
//! - every index (`jurisdiction`, `report`, `list`, `sources`) points into the dataset's own arrays;
//! - every figure, policy, event, listing and dispute cites at least one source;
//! - a figure's `value` is `None` when the source named the jurisdiction but gave no number:
//!   unknown is never stored as 0;
//! - source URLs are http(s).
//!
//! The model has no Leptos and no I/O: the app, the build script and the tests share it.

#[cfg(feature = "load")]
pub mod bake;
#[cfg(feature = "load")]
pub mod fixture;
#[cfg(feature = "load")]
mod ice_records;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod package;
#[cfg(feature = "load")]
pub mod prose;
pub mod states;

/// The host of an http(s) URL ("www.vcstar.com" for "https://www.vcstar.com/story/1").
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// Declares a fieldless enum with a stable CSV code for each variant.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
        pub enum $name { $($(#[$vmeta])* $variant),+ }
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The code used for this variant in the CSV files and the URL.
            pub const fn code(self) -> &'static str { match self { $($name::$variant => $code),+ } }
            /// The variant written as `code`, if any.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

coded_enum!(
    /// What kind of government or body a row stands for.
    Level {
        /// The United States as a whole (national totals).
        Nation = "nation",
        State = "state",
        County = "county",
        City = "city",
        /// A consolidated city and county (Denver, Philadelphia, San Francisco).
        CityCounty = "city-county",
        /// One jail, police department or other agency.
        Agency = "agency",
        /// Several jurisdictions counted together by a source ("California, all jurisdictions").
        Aggregate = "aggregate",
    }
);

coded_enum!(
    /// What a figure counts. The measures are never added to one another.
    Measure {
        /// Detainers ICE issued (sent) to a jurisdiction: requests, not refusals.
        Issued = "issued",
        /// Detainers a jurisdiction did not honour, as the source counted them.
        Declined = "declined",
        /// People released despite a detainer or notification request.
        Released = "released",
        /// Later ICE data: detainers declined plus cases where ICE was not given enough notice.
        DeclinedOrInsufficientNotice = "declined_or_insufficient_notice",
        /// Of the detainers issued: those ICE recorded as booked into its custody.
        Booked = "booked",
        /// Of the detainers issued: those ICE recorded as ended otherwise (lifted, case closed,
        /// transferred and the like), neither declined nor booked.
        OtherEnded = "other_ended",
        /// Of the detainers issued: those with no outcome in ICE's record.
        NoOutcome = "no_outcome",
    }
);

coded_enum!(
    /// How exactly the source stated a number.
    Qualifier {
        Exact = "exact",
        /// "at least N": the source lists N cases and says there may be more.
        AtLeast = "at_least",
        /// "more than N".
        MoreThan = "more_than",
        /// "fewer than N".
        FewerThan = "fewer_than",
        /// "nearly N".
        Nearly = "nearly",
        /// "about N", "some N".
        About = "about",
    }
);

coded_enum!(
    /// How far a figure or fact can be trusted.
    Status {
        /// Stated by the cited source(s); not contested in the research.
        Reported = "reported",
        /// Seen in a source the research could not confirm: shown flagged.
        Unverified = "unverified",
        /// Stated by the source but contested by the jurisdiction or another source.
        Disputed = "disputed",
        /// Published, then withdrawn or corrected by its own publisher.
        Corrected = "corrected",
    }
);

coded_enum!(
    /// The policy taxonomy (defined for readers in data/README.md and in the app).
    Category {
        /// Holds no one on a detainer alone; a judicial warrant or court order is required.
        NoHolds = "no_holds",
        /// Holds only people charged with or convicted of listed serious offences (often also with a warrant).
        SeriousOffencesOnly = "serious_offences_only",
        /// Holds only on a condition ICE does not meet in practice, such as reimbursement of costs.
        Conditional = "conditional",
        /// Limits help to immigration enforcement without ruling on detainer holds.
        LimitsCooperation = "limits_cooperation",
        /// Honours all ICE detainers by its own decision.
        HonoursDetainers = "honours_detainers",
        /// A state law or order requiring local agencies to honour detainers.
        MandatesCompliance = "mandates_compliance",
        /// A state law or order that bans "sanctuary" policies or requires cooperation, such as
        /// sharing information, without a duty to honour detainers that the research could confirm.
        RequiresCooperation = "requires_cooperation",
        /// A federal programme or order, shown for context.
        Federal = "federal",
    }
);

impl Category {
    /// True for the categories that limit honouring detainers or helping immigration enforcement
    /// (the first four); false for those that honour or require them, and for federal context.
    /// The map's share of counties "with a limiting policy" counts by this rule.
    pub fn limits(self) -> bool {
        matches!(self, Category::NoHolds | Category::SeriousOffencesOnly | Category::Conditional | Category::LimitsCooperation)
    }
}

coded_enum!(
    /// What happened to a policy at a point in time.
    EventKind {
        Enacted = "enacted",
        Amended = "amended",
        Rescinded = "rescinded",
        /// A state law took precedence over the local policy.
        Superseded = "superseded",
        Ruling = "ruling",
        Other = "other",
    }
);

coded_enum!(
    /// How a policy stopped applying.
    EndReason {
        /// The body that adopted it (or its successor in office) rescinded or reversed it.
        Reversed = "reversed",
        /// A later policy of the same jurisdiction replaced it.
        Superseded = "superseded",
        /// A state law or order made it inapplicable.
        Overridden = "overridden",
        /// A court struck it down or enjoined it.
        StruckDown = "struck_down",
        /// Replaced by an agreement with ICE, such as a 287(g) agreement.
        Agreement = "agreement",
        /// A time-limited order lapsed.
        Expired = "expired",
    }
);

coded_enum!(
    /// Whether a source is the document itself (a report, law, court order, ordinance or an
    /// official release of the body that acted) or an account of it (news, advocacy, blogs).
    SourceKind {
        Primary = "primary",
        Secondary = "secondary",
    }
);

coded_enum!(
    /// Where a source's headline was read.
    HeadlineFrom {
        /// No headline recorded: the app shows the publisher and date and says so.
        None = "",
        /// A stored copy of the page itself.
        StoredCopy = "stored copy",
        /// The research sheet that logged the source quotes it.
        ResearchSheet = "research sheet",
        /// The official title of a law, bill, court case or government document.
        Document = "document",
    }
);

coded_enum!(
    /// What kind of publication a report is; the interface treats some kinds apart (ICE's
    /// weekly reports are federal milestones on the timeline).
    ReportKind {
        /// One of ICE's weekly Declined Detainer Outcome Reports of 2017.
        IceWeekly = "ice_weekly",
        /// Records released under the Freedom of Information Act.
        Foia = "foia",
        /// An analysis of ICE's records by a third party.
        Analysis = "analysis",
        /// A statement, audit or release of a federal agency or its Inspector General.
        Official = "official",
        /// Records of local jails or governments.
        Local = "local",
    }
);

coded_enum!(
    /// Definitions from the data model that a section of "About the data" shows after its prose.
    AboutExtra {
        None = "",
        /// What each measure counts.
        Measures = "measures",
        /// The flags rows carry (not reported, unverified, ...).
        Flags = "flags",
        /// The policy categories.
        Categories = "categories",
    }
);

coded_enum!(
    /// How a facility in ICE's records was tied to the jurisdiction that runs it.
    FacilityMatch {
        /// The name carries a county of the facility's state in the Census list: a county jail
        /// or sheriff's office.
        County = "county",
        /// Decided by hand, with the reason in `note`.
        ByHand = "by_hand",
    }
);

coded_enum!(
    /// The model of a 287(g) agreement, as ICE's lists name it.
    AgreementModel {
        /// Jail officers identify and process people for ICE and hold them on detainers.
        JailEnforcement = "jail_enforcement",
        /// Officers enforce immigration law in the field, under ICE's supervision.
        TaskForce = "task_force",
        /// Jail officers serve ICE's administrative warrants on people in custody.
        WarrantService = "warrant_service",
    }
);

coded_enum!(
    /// A dispute is raised by someone else; a correction by the figure's own publisher.
    DisputeKind {
        Dispute = "dispute",
        Correction = "correction",
    }
);

/// A calendar date, possibly partial: `2014`, `2014-05` or `2014-05-29`. `month`/`day` are 0 when not given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// ISO 8601 text at the precision given (`2014`, `2014-05`, `2014-05-29`).
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (0, _) => format!("{:04}", self.year),
            (m, 0) => format!("{:04}-{:02}", self.year, m),
            (m, d) => format!("{:04}-{:02}-{:02}", self.year, m, d),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real calendar check (years 1900-2100).
    pub fn parse(t: &str) -> Option<Date> {
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

    /// The calendar day `days` days after 1970-01-01 (proleptic Gregorian), for "today".
    pub fn from_unix_days(days: i64) -> Date {
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

/// Where a fact comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Source {
    pub id: &'static str,
    /// The page's real headline or the document's title; "" when none is recorded (never a
    /// URL slug or host name).
    pub headline: &'static str,
    pub headline_from: HeadlineFrom,
    /// The publisher's name as readers know it, not a host name.
    pub publisher: &'static str,
    pub date: Option<Date>,
    /// Always http(s), canonical (no tracking parameters, staging hosts or proxies).
    pub url: &'static str,
    /// A copy's address where the original is gone or may go, else "".
    pub archive_url: &'static str,
    pub kind: SourceKind,
}

/// A publication or data release that counted detainers over a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Report {
    pub id: &'static str,
    pub title: &'static str,
    pub title_es: &'static str,
    /// A short name for the picker.
    pub short_title: &'static str,
    pub short_title_es: &'static str,
    pub publisher: &'static str,
    pub period_start: Option<Date>,
    pub period_end: Option<Date>,
    pub published: Option<Date>,
    /// The measure the list shows and sorts by for this report.
    pub primary_measure: Measure,
    pub kind: ReportKind,
    pub description: &'static str,
    pub sources: &'static [u16],
}

/// A state, county, city, agency or aggregate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Jurisdiction {
    pub id: &'static str,
    pub name: &'static str,
    /// Two-letter USPS code, or `US` for the nation and multi-state aggregates.
    pub state: &'static str,
    pub level: Level,
    pub aliases: &'static [&'static str],
    /// The Census FIPS code of a county or county equivalent ("" otherwise).
    pub fips: &'static str,
    /// The jurisdiction this one belongs to (a jail's county), if any.
    pub parent: Option<u16>,
    pub note: &'static str,
    /// Ids of rows merged into this one, so links made with them still open it.
    pub former_ids: &'static [&'static str],
}

/// One policy instrument of one jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Policy {
    pub id: &'static str,
    pub jurisdiction: u16,
    pub category: Category,
    pub instrument: &'static str,
    pub identifier: &'static str,
    /// When it was adopted or signed.
    pub enacted: Option<Date>,
    /// `enacted` is only the date the policy is first known to exist ("on or before").
    pub enacted_on_or_before: bool,
    /// When it took effect, where that differs from `enacted`.
    pub in_force: Option<Date>,
    /// How and when it stopped applying, if it did.
    pub end: Option<PolicyEnd>,
    /// One sentence for the list's row.
    pub summary: &'static str,
    pub description: &'static str,
    pub criteria: &'static str,
    pub jail_access: &'static str,
    pub release_notification: &'static str,
    /// Spanish versions of `summary` and `description`, where the dataset provides them (else "").
    pub summary_es: &'static str,
    pub description_es: &'static str,
    pub status: Status,
    /// Why the status is not `reported` (required then), for the flag.
    pub status_note: &'static str,
    pub sources: &'static [u16],
}

/// How a policy ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct PolicyEnd {
    pub date: Date,
    /// `date` is only when the policy is first known to have ended ("on or before").
    pub on_or_before: bool,
    pub reason: EndReason,
    /// The policy that ended it (a state law, a later local policy), as an index into `policies`.
    pub by: Option<u16>,
    /// One sentence on how it ended, in English and Spanish ("" when `by` says it all).
    pub note: &'static str,
    pub note_es: &'static str,
    /// Sources of the ending (those of `by` when empty).
    pub sources: &'static [u16],
}

impl Policy {
    /// The first date the policy applied: when it took effect, else when it was adopted.
    pub fn start(&self) -> Option<Date> {
        self.in_force.or(self.enacted)
    }

    /// True when the policy applied on `date`: it had started (or its start is unknown) and had
    /// not yet ended. Dates compare at their precision: a policy of "2014" is in force on any
    /// day of 2014 after its year began.
    pub fn in_force_on(&self, date: Date) -> bool {
        self.start().is_none_or(|s| s <= date) && self.end.is_none_or(|e| e.date > date)
    }
}

/// A dated step in a jurisdiction's policy history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Event {
    pub jurisdiction: u16,
    pub date: Date,
    pub kind: EventKind,
    pub text: &'static str,
    pub status: Status,
    pub status_note: &'static str,
    pub sources: &'static [u16],
}

/// One number from one source about one jurisdiction in one report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Figure {
    pub id: &'static str,
    pub jurisdiction: u16,
    pub report: u16,
    pub measure: Measure,
    /// `None`: named by the source, number not reported.
    pub value: Option<u32>,
    pub qualifier: Qualifier,
    /// A narrower period than the report's, where the source gave one.
    pub period: &'static str,
    pub status: Status,
    /// Why the status is `unverified`, for the flag ("" otherwise).
    pub status_note: &'static str,
    pub sources: &'static [u16],
    pub note: &'static str,
    /// The facility (jail, police department, prison) the figure counts, for ICE's records;
    /// `None`: the jurisdiction as a whole.
    pub facility: Option<u16>,
    /// The sum of the jurisdiction's facilities' figures of the same report, measure, period and
    /// sources: shown as the sum of the jails listed.
    pub sum: bool,
}

/// A jail, police department or prison as ICE's records name it, matched to the jurisdiction
/// that runs it. Facilities that could not be matched with confidence are not loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Facility {
    pub id: &'static str,
    /// ICE's most frequent spelling.
    pub name: &'static str,
    pub city: &'static str,
    pub state: &'static str,
    pub jurisdiction: u16,
    pub matched: FacilityMatch,
    /// Why it was matched so, for a match made by hand ("" for the county rule).
    pub note: &'static str,
}

/// A 287(g) agreement between ICE and an agency of a jurisdiction, as ICE's lists give it: a form
/// of cooperation with ICE, never a policy limiting detainers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Agreement {
    /// The agency as ICE wrote it ("Colbert County Sheriff's Office").
    pub agency: &'static str,
    pub jurisdiction: u16,
    pub model: AgreementModel,
    /// The day ICE gives it as signed; `None` when ICE gave none or wrote one that cannot be read.
    pub signed: Option<Date>,
    /// ICE's cell where it is not a readable date ("05/082025"), for the reader to see.
    pub signed_as_written: &'static str,
    /// On ICE's list of pending agreements (not yet signed).
    pub pending: bool,
    /// ICE's lists it is on, oldest first: the last is the latest that names it.
    pub sources: &'static [u16],
}

/// An official or widely cited list of jurisdictions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct List {
    pub id: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub date: Option<Date>,
    pub description: &'static str,
    pub sources: &'static [u16],
}

/// A jurisdiction named on a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Listing {
    pub list: u16,
    pub jurisdiction: u16,
    /// What the list called it, where recorded.
    pub label: &'static str,
    pub removed: Option<Date>,
    pub status: Status,
    pub status_note: &'static str,
    pub sources: &'static [u16],
    pub note: &'static str,
}

/// Someone contested a figure or listing, or its publisher corrected it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Dispute {
    pub jurisdiction: u16,
    pub report: Option<u16>,
    pub kind: DisputeKind,
    pub by: &'static str,
    pub date: Option<Date>,
    pub text: &'static str,
    pub sources: &'static [u16],
}

/// One section of the "About the data" panel. Its prose states facts (dates, counts), so it is
/// data, with sources, in both languages: paragraphs and their Spanish versions, one for one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct AboutSection {
    pub id: &'static str,
    pub heading: &'static str,
    pub heading_es: &'static str,
    pub paragraphs: &'static [&'static str],
    pub paragraphs_es: &'static [&'static str],
    pub extra: AboutExtra,
    pub sources: &'static [u16],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_days_are_calendar_days() {
        assert_eq!(Date::from_unix_days(0), Date { year: 1970, month: 1, day: 1 });
        assert_eq!(Date::from_unix_days(20_423), Date { year: 2025, month: 12, day: 1 });
        assert_eq!(Date::from_unix_days(19_417), Date { year: 2023, month: 3, day: 1 }, "after a non-leap February");
        assert_eq!(Date::from_unix_days(19_051), Date { year: 2022, month: 2, day: 28 });
    }

    #[test]
    fn a_policy_is_in_force_from_its_start_until_the_day_it_ended() {
        let d = |year, month, day| Date { year, month, day };
        let end = PolicyEnd {
            date: d(2018, 7, 1),
            on_or_before: false,
            reason: EndReason::Overridden,
            by: None,
            note: "",
            note_es: "",
            sources: &[],
        };
        let p = Policy {
            id: "p",
            jurisdiction: 0,
            category: Category::NoHolds,
            instrument: "",
            identifier: "",
            enacted: Some(d(2014, 5, 0)),
            enacted_on_or_before: false,
            in_force: Some(d(2014, 6, 1)),
            end: Some(end),
            summary: "",
            description: "",
            criteria: "",
            jail_access: "",
            release_notification: "",
            summary_es: "",
            description_es: "",
            status: Status::Reported,
            status_note: "",
            sources: &[],
        };
        assert!(!p.in_force_on(d(2014, 5, 20)), "adopted in May, in force from June 1");
        assert!(p.in_force_on(d(2014, 6, 1)));
        assert!(p.in_force_on(d(2018, 6, 30)));
        assert!(!p.in_force_on(d(2018, 7, 1)), "not on the day the state law took effect");
        assert!(Policy { end: None, ..p }.in_force_on(d(2026, 12, 1)));
    }
}

/// The whole embedded dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Dataset {
    pub sources: &'static [Source],
    pub reports: &'static [Report],
    pub jurisdictions: &'static [Jurisdiction],
    pub policies: &'static [Policy],
    pub events: &'static [Event],
    pub figures: &'static [Figure],
    pub facilities: &'static [Facility],
    pub agreements: &'static [Agreement],
    pub lists: &'static [List],
    pub listings: &'static [Listing],
    pub disputes: &'static [Dispute],
    pub about: &'static [AboutSection],
    /// The report the page opens with (marked `default` in reports.csv).
    pub default_report: u16,
}

impl Dataset {
    /// The index of the nation row (national totals), if the dataset has one.
    pub fn nation(&self) -> Option<usize> {
        self.jurisdictions.iter().position(|j| j.level == Level::Nation)
    }

    /// The default report's index.
    pub fn default_report(&self) -> usize {
        usize::from(self.default_report)
    }
}
