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
pub mod load;
pub mod states;

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
}

/// Where a fact comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub date: Option<Date>,
    /// Always http(s).
    pub url: &'static str,
}

/// A publication or data release that counted detainers over a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Report {
    pub id: &'static str,
    pub title: &'static str,
    /// A short name for the picker.
    pub short_title: &'static str,
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
    /// The jurisdiction this one belongs to (a jail's county), if any.
    pub parent: Option<u16>,
    pub note: &'static str,
}

/// One policy instrument of one jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(databake::Bake), databake(path = atlas_data))]
pub struct Policy {
    pub jurisdiction: u16,
    pub category: Category,
    pub instrument: &'static str,
    pub identifier: &'static str,
    pub enacted: Option<Date>,
    /// When it stopped applying (rescinded, superseded), if it did.
    pub ended: Option<Date>,
    /// One line for the list's badge.
    pub summary: &'static str,
    pub description: &'static str,
    pub criteria: &'static str,
    pub jail_access: &'static str,
    pub release_notification: &'static str,
    /// Spanish versions of `summary` and `description`, where the dataset provides them (else "").
    pub summary_es: &'static str,
    pub description_es: &'static str,
    pub status: Status,
    pub sources: &'static [u16],
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
    pub sources: &'static [u16],
    pub note: &'static str,
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
