//! Words and numbers as readers see them: labels, definitions, dates and figures.

use atlas_data::{Category, Date, EventKind, Figure, Level, Measure, Qualifier, Report, Status};

/// `3083` → `"3,083"`.
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A figure's number with its qualifier (`"more than 370"`), or `"not reported"`. Never `"0"` for unknown.
pub fn figure_value(f: &Figure) -> String {
    value_text(f.value, f.qualifier)
}

/// A number with its qualifier, or `"not reported"` for `None`.
pub fn value_text(value: Option<u32>, qualifier: Qualifier) -> String {
    match value {
        None => "not reported".to_string(),
        Some(v) => {
            let n = thousands(v);
            match qualifier {
                Qualifier::Exact => n,
                Qualifier::AtLeast => format!("at least {n}"),
                Qualifier::MoreThan => format!("more than {n}"),
                Qualifier::FewerThan => format!("fewer than {n}"),
                Qualifier::Nearly => format!("nearly {n}"),
                Qualifier::About => format!("about {n}"),
            }
        }
    }
}

/// `"detainers issued"` → `"Detainers issued"`.
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// `"March 20, 2017"`, `"March 2017"` or `"2017"`, as precise as the data.
pub fn date(d: &Date) -> String {
    let month = MONTHS.get(usize::from(d.month).wrapping_sub(1));
    match (month, d.day) {
        (None, _) => d.year.to_string(),
        (Some(m), 0) => format!("{m} {}", d.year),
        (Some(m), day) => format!("{m} {day}, {}", d.year),
    }
}

/// A report's period, `"January 28, 2017 – February 3, 2017"`, or `""` when it has none.
pub fn period(r: &Report) -> String {
    match (r.period_start, r.period_end) {
        (Some(a), Some(b)) => format!("{} – {}", date(&a), date(&b)),
        (Some(a), None) => format!("from {}", date(&a)),
        (None, Some(b)) => format!("to {}", date(&b)),
        (None, None) => String::new(),
    }
}

pub fn measure_label(m: Measure) -> &'static str {
    match m {
        Measure::Issued => "detainers issued",
        Measure::Declined => "detainers declined",
        Measure::Released => "people released",
        Measure::DeclinedOrInsufficientNotice => "declined or not given enough notice",
    }
}

/// One sentence defining a measure for readers.
pub fn measure_definition(m: Measure) -> &'static str {
    match m {
        Measure::Issued => "Detainers ICE sent to the jurisdiction: requests to hold someone, not refusals.",
        Measure::Declined => "Detainers the jurisdiction did not honour, as the source counted them.",
        Measure::Released => "People released despite an ICE detainer or request for notice, as the source counted them.",
        Measure::DeclinedOrInsufficientNotice => {
            "Declined detainers plus releases where ICE says it got too little notice; not declines alone."
        }
    }
}

pub fn level_label(l: Level) -> &'static str {
    match l {
        Level::Nation => "nation",
        Level::State => "state",
        Level::County => "county",
        Level::City => "city",
        Level::CityCounty => "city and county",
        Level::Agency => "agency or jail",
        Level::Aggregate => "several jurisdictions together",
    }
}

pub fn category_label(c: Category) -> &'static str {
    match c {
        Category::NoHolds => "No holds without a warrant",
        Category::SeriousOffencesOnly => "Holds for serious offences only",
        Category::Conditional => "Holds only on conditions ICE does not meet",
        Category::LimitsCooperation => "Limits cooperation",
        Category::HonoursDetainers => "Honours detainers",
        Category::MandatesCompliance => "State mandates compliance",
        Category::RequiresCooperation => "State requires cooperation",
        Category::Federal => "Federal programme",
    }
}

pub fn category_definition(c: Category) -> &'static str {
    match c {
        Category::NoHolds => "Holds no one on an ICE detainer alone; a judicial warrant or court order is needed.",
        Category::SeriousOffencesOnly => "Holds people only when they are charged with or convicted of listed serious offences, sometimes also requiring a warrant.",
        Category::Conditional => "Holds only on a condition ICE does not meet in practice, such as paying the jail's costs.",
        Category::LimitsCooperation => "Limits help to immigration enforcement without a rule on detainer holds.",
        Category::HonoursDetainers => "Honours all ICE detainers by its own decision.",
        Category::MandatesCompliance => "A state law or order requiring local agencies to honour ICE detainers.",
        Category::RequiresCooperation => "A state law or order that bans “sanctuary” policies or requires cooperation such as sharing information, without a confirmed duty to honour detainers.",
        Category::Federal => "A federal programme or order, shown for context.",
    }
}

/// A short flag for anything not plainly reported; `None` for reported facts.
pub fn status_flag(s: Status) -> Option<&'static str> {
    match s {
        Status::Reported => None,
        Status::Unverified => Some("unverified"),
        Status::Disputed => Some("disputed"),
        Status::Corrected => Some("corrected by its publisher"),
    }
}

pub fn event_label(k: EventKind) -> &'static str {
    match k {
        EventKind::Enacted => "Enacted",
        EventKind::Amended => "Changed",
        EventKind::Rescinded => "Rescinded",
        EventKind::Superseded => "Superseded by state law",
        EventKind::Ruling => "Court ruling",
        EventKind::Other => "Event",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(value: Option<u32>, qualifier: Qualifier) -> Figure {
        Figure { id: "x", jurisdiction: 0, report: 0, measure: Measure::Declined, value, qualifier, period: "", status: Status::Reported, sources: &[], note: "" }
    }

    #[test]
    fn numbers_get_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(206), "206");
        assert_eq!(thousands(3083), "3,083");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn unknown_is_not_reported_never_zero() {
        assert_eq!(figure_value(&fig(None, Qualifier::Exact)), "not reported");
        assert_eq!(figure_value(&fig(Some(0), Qualifier::Exact)), "0");
        assert_eq!(figure_value(&fig(Some(370), Qualifier::MoreThan)), "more than 370");
        assert_eq!(figure_value(&fig(Some(1), Qualifier::AtLeast)), "at least 1");
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(date(&Date { year: 2017, month: 3, day: 20 }), "March 20, 2017");
        assert_eq!(date(&Date { year: 2014, month: 5, day: 0 }), "May 2014");
        assert_eq!(date(&Date { year: 1987, month: 0, day: 0 }), "1987");
    }
}
