//! 287(g) agreements with ICE: which a row has, the latest of ICE's lists naming them, and the
//! filter that selects rows by them. A 287(g) agreement is cooperation with ICE, kept apart from
//! the policies limiting detainers everywhere.

use atlas_data::{Agreement, AgreementModel, Dataset, Date, Source};

/// What the 287(g) filter keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AgreementFilter {
    /// Rows with a signed agreement of any model.
    Signed,
    /// Rows with a signed agreement of this model.
    Model(AgreementModel),
    /// Rows with an agreement on ICE's pending list.
    Pending,
}

impl AgreementFilter {
    /// Every choice, in the order the picker offers them.
    pub const ALL: [AgreementFilter; 5] = [
        AgreementFilter::Signed,
        AgreementFilter::Model(AgreementModel::JailEnforcement),
        AgreementFilter::Model(AgreementModel::TaskForce),
        AgreementFilter::Model(AgreementModel::WarrantService),
        AgreementFilter::Pending,
    ];

    /// The code in the URL (`287g=`).
    pub fn code(self) -> &'static str {
        match self {
            AgreementFilter::Signed => "signed",
            AgreementFilter::Model(m) => m.code(),
            AgreementFilter::Pending => "pending",
        }
    }

    pub fn from_code(code: &str) -> Option<AgreementFilter> {
        AgreementFilter::ALL.into_iter().find(|f| f.code() == code)
    }

    pub fn accepts(self, a: &Agreement) -> bool {
        match self {
            AgreementFilter::Signed => !a.pending,
            AgreementFilter::Model(m) => !a.pending && a.model == m,
            AgreementFilter::Pending => a.pending,
        }
    }
}

/// A jurisdiction's agreements: signed before pending, then by model, then by agency.
pub fn agreements_of(ds: &Dataset, jurisdiction: usize) -> Vec<&'static Agreement> {
    let all: &'static [Agreement] = ds.agreements;
    let mut out: Vec<&'static Agreement> = all.iter().filter(|a| usize::from(a.jurisdiction) == jurisdiction).collect();
    in_row_order(&mut out);
    out
}

/// The order a row lists its agreements in: signed before pending, then by model and agency.
pub fn in_row_order(agreements: &mut [&Agreement]) {
    agreements.sort_by_key(|a| (a.pending, a.model, a.agency));
}

/// The latest of ICE's lists that names any of `agreements`: the source with the latest date
/// among each agreement's last list.
pub fn latest_list(ds: &Dataset, agreements: &[&Agreement]) -> Option<&'static Source> {
    let all: &'static [Source] = ds.sources;
    agreements.iter().filter_map(|a| a.sources.last()).filter_map(|&s| all.get(usize::from(s))).max_by_key(|s| s.date)
}

/// The days of ICE's lists the agreements come from (signed and pending), oldest first, each
/// once: the dated sources of every agreement in the data.
pub fn list_dates(ds: &Dataset) -> Vec<Date> {
    let all: &'static [Source] = ds.sources;
    let mut dates: Vec<Date> = ds.agreements.iter().flat_map(|a| a.sources.iter()).filter_map(|&s| all.get(usize::from(s))?.date).collect();
    dates.sort();
    dates.dedup();
    dates
}

/// The 287(g) line of a row without any agreement, from the lists' days ([`list_dates`], found
/// once per page): "287(g): none on ICE's lists of May 16, 2025 and July 18, 2025"; `None` when
/// the data has no lists to say it of.
pub fn none_line(list_dates: &[Date], lang: crate::i18n::Lang) -> Option<String> {
    let dates: Vec<String> = list_dates.iter().map(|d| crate::i18n::date(d, lang)).collect();
    (!dates.is_empty()).then(|| (lang.text().agreement_none)(&dates))
}

/// One agreement in words: "jail enforcement model, signed May 2025".
pub fn agreement_text(a: &Agreement, lang: crate::i18n::Lang) -> String {
    let t = lang.text();
    let when = match a.signed {
        Some(d) => (t.agreement_signed)(&crate::i18n::date(&Date { day: 0, ..d }, lang)),
        None if !a.signed_as_written.is_empty() => (t.agreement_date_unreadable)(a.signed_as_written),
        None if a.pending => String::new(),
        None => t.agreement_date_missing.to_string(),
    };
    if when.is_empty() {
        t.agreement_model(a.model).to_string()
    } else {
        format!("{}, {when}", t.agreement_model(a.model))
    }
}

/// The row's line: its signed agreements (or, without any, its pending ones) and the latest of
/// ICE's lists naming them; `None` without agreements.
pub fn row_line(ds: &Dataset, agreements: &[&Agreement], lang: crate::i18n::Lang) -> Option<String> {
    let t = lang.text();
    let signed: Vec<&Agreement> = agreements.iter().copied().filter(|a| !a.pending).collect();
    let (shown, pending) = if signed.is_empty() { (agreements.to_vec(), true) } else { (signed, false) };
    let list = latest_list(ds, &shown)?;
    let list = (t.agreement_list)(&list.date.map(|d| crate::i18n::date(&d, lang)).unwrap_or_default());
    let models = shown.iter().map(|a| agreement_text(a, lang)).collect::<Vec<_>>().join("; ");
    Some(if pending { (t.agreement_pending_row)(&models, &list) } else { (t.agreement_row)(&models, &list) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    fn sample() -> &'static Dataset {
        dataset(&[
            (
                "sources.csv",
                "may,287(g) participating agencies (May),document,ICE,2025-05-16,https://example.org/may,,primary\n\
                 jul,287(g) participating agencies (July),document,ICE,2025-07-18,https://example.org/jul,,primary\n\
                 pen,287(g) pending agencies (July),document,ICE,2025-07-18,https://example.org/pending,,primary",
            ),
            ("reports.csv", "w1,Week 1,Semana 1,Week one,Semana uno,ICE,,,,declined,ice_weekly,yes,One week.,may"),
            ("jurisdictions.csv", "colbert,Colbert County,AL,county,,,\nmadison,Madison County,AL,county,,,\nmobile,Mobile County,AL,county,,,"),
            (
                "ice-287g/agreements.csv",
                "c1,Colbert County Sheriff's Office,AL,County,Colbert County,colbert,county,A county agency.,warrant_service,2025-05-08,2025-05-08,participating,may;jul\n\
                 c2,Colbert County Sheriff's Office,AL,County,Colbert County,colbert,county,A county agency.,jail_enforcement,,05/082025,participating,jul\n\
                 m1,Madison County Sheriff's Office,AL,County,Madison County,madison,county,A county agency.,task_force,,,pending,pen\n\
                 x1,Nowhere Constable,AL,Municipality,#N/A,,unmatched,Not a city's police.,task_force,,,participating,jul",
            ),
        ])
    }

    #[test]
    fn a_row_has_its_agreements_signed_first_and_the_latest_list_naming_them() {
        let ds = sample();
        let colbert = agreements_of(ds, 0);
        assert_eq!(colbert.iter().map(|a| a.model).collect::<Vec<_>>(), [AgreementModel::JailEnforcement, AgreementModel::WarrantService]);
        assert_eq!(colbert[1].signed, Some(Date { year: 2025, month: 5, day: 8 }));
        assert_eq!(
            (colbert[0].signed, colbert[0].signed_as_written),
            (None, "05/082025"),
            "a malformed date is kept as written, never guessed"
        );
        assert_eq!(latest_list(ds, &colbert).map(|s| s.url), Some("https://example.org/jul"));
        assert!(agreements_of(ds, 2).is_empty());
        assert_eq!(ds.agreements.len(), 3, "the unmatched constable is counted by the script, not a row's");
    }

    #[test]
    fn the_row_says_each_model_its_date_or_why_there_is_none_and_the_list() {
        use crate::i18n::Lang;
        let ds = sample();
        assert_eq!(
            row_line(ds, &agreements_of(ds, 0), Lang::En).as_deref(),
            Some("287(g): jail enforcement model, signing date not readable in ICE's list (written “05/082025”); warrant service officer model, signed May 2025 — ICE's list of July 18, 2025")
        );
        assert_eq!(
            row_line(ds, &agreements_of(ds, 1), Lang::En).as_deref(),
            Some("287(g) pending: task force model — ICE's list of July 18, 2025")
        );
        assert_eq!(row_line(ds, &agreements_of(ds, 2), Lang::En), None);
        assert_eq!(
            none_line(&list_dates(ds), Lang::En).as_deref(),
            Some("287(g): none on ICE's lists of May 16, 2025 and July 18, 2025"),
            "a row without agreements names the days of the lists, each once"
        );
        assert!(row_line(ds, &agreements_of(ds, 1), Lang::Es).is_some_and(|l| l.starts_with("287(g) pendiente: modelo de grupo operativo")));
    }

    #[test]
    fn the_filter_keeps_signed_agreements_by_model_and_pending_ones_apart() {
        let ds = sample();
        let keeps = |f: AgreementFilter| ds.agreements.iter().filter(|a| f.accepts(a)).count();
        assert_eq!(keeps(AgreementFilter::Signed), 2);
        assert_eq!(keeps(AgreementFilter::Model(AgreementModel::JailEnforcement)), 1);
        assert_eq!(keeps(AgreementFilter::Model(AgreementModel::TaskForce)), 0, "Madison's task force agreement is only pending");
        assert_eq!(keeps(AgreementFilter::Pending), 1);
        for f in AgreementFilter::ALL {
            assert_eq!(AgreementFilter::from_code(f.code()), Some(f));
        }
    }
}
