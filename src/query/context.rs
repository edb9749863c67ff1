//! A jurisdiction's policy history in context: its own policies and events, and the state
//! measures that governed it at each time, as one dated sequence.

use atlas_data::{Dataset, Date, EndReason, EventKind, Level, Policy, PolicyEnd, Status};

use super::format::{date, localized};
use crate::i18n::Lang;

/// The state government row for a jurisdiction's state, unless the jurisdiction is that row.
pub fn state_row(ds: &Dataset, jurisdiction: usize) -> Option<usize> {
    let j = ds.jurisdictions.get(jurisdiction)?;
    if j.level == Level::State || j.level == Level::Nation {
        return None;
    }
    ds.jurisdictions.iter().position(|s| s.level == Level::State && s.state == j.state)
}

/// Policies of one jurisdiction, oldest first (undated last).
pub fn policies_of(ds: &Dataset, jurisdiction: usize) -> Vec<&'static Policy> {
    let all: &'static [Policy] = ds.policies;
    let mut v: Vec<&'static Policy> = all.iter().filter(|p| usize::from(p.jurisdiction) == jurisdiction).collect();
    v.sort_by_key(|p| (p.start().is_none(), p.start()));
    v
}

/// Where a policy stood on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// It applied that day.
    InForce,
    /// It had not started yet.
    NotYet,
    /// It had ended, and how.
    Ended(PolicyEnd),
}

/// Where `p` stood on `on`.
pub fn standing(p: &Policy, on: Date) -> Standing {
    match p.end {
        Some(end) if end.date <= on => Standing::Ended(end),
        _ if p.in_force_on(on) => Standing::InForce,
        _ => Standing::NotYet,
    }
}

/// The policies of a jurisdiction in force on `on`.
pub fn in_force(ds: &Dataset, jurisdiction: usize, on: Date) -> impl Iterator<Item = &'static Policy> {
    let all: &'static [Policy] = ds.policies;
    all.iter().filter(move |p| usize::from(p.jurisdiction) == jurisdiction && p.in_force_on(on))
}

/// The state measure that governs a jurisdiction on `on` (the latest to start of its state's
/// policies in force), for a row without a local policy of its own.
pub fn state_law_in_force(ds: &Dataset, jurisdiction: usize, on: Date) -> Option<&'static Policy> {
    in_force(ds, state_row(ds, jurisdiction)?, on).max_by_key(|p| p.start())
}

/// The policy a row describes on `on`: the latest to start of those in force; else the one that
/// ended last before that day; `None` when no policy had started.
pub fn row_policy(ds: &Dataset, jurisdiction: usize, on: Date) -> Option<&'static Policy> {
    let all: &'static [Policy] = ds.policies;
    let mine = || all.iter().filter(|p| usize::from(p.jurisdiction) == jurisdiction);
    in_force(ds, jurisdiction, on)
        .max_by_key(|p| p.start())
        .or_else(|| mine().filter(|p| p.end.is_some_and(|e| e.date <= on)).max_by_key(|p| p.end.map(|e| e.date)))
}

/// The measure that ended a policy, named as a reader knows it: "Iowa SF 481" for a state law,
/// the identifier (or instrument) for a later local policy.
pub fn ended_by_name(ds: &Dataset, p: &Policy) -> Option<String> {
    let by = ds.policies.get(usize::from(p.end?.by?))?;
    let what = title(by);
    let place = ds.jurisdictions.get(usize::from(by.jurisdiction))?;
    Some(if place.level == Level::State && by.jurisdiction != p.jurisdiction {
        format!("{} {what}", atlas_data::states::state_name(place.state).unwrap_or(place.state))
    } else {
        what
    })
}

/// When a policy applied, for a reader: "Since May 14, 2014", "Adopted on or before May 2014",
/// "Since May 1, 2024 · took effect July 1, 2025", then how it ended: " · Reversed on July 22,
/// 2025", " · Overridden by state law on July 1, 2018 by Iowa SF 481".
pub fn when_text(ds: &Dataset, p: &Policy, lang: Lang) -> String {
    let t = lang.text();
    let d = |x: Date| date(&x, lang);
    let mut s = match (p.enacted, p.in_force) {
        (Some(e), _) if p.enacted_on_or_before => (t.on_or_before)(&d(e)),
        (Some(e), Some(f)) if f != e => format!("{} · {}", (t.since_cap)(&d(e)), (t.took_effect)(&d(f))),
        (Some(e), _) | (None, Some(e)) => (t.since_cap)(&d(e)),
        (None, None) => t.date_unknown_cap.to_string(),
    };
    if let Some(end) = p.end {
        s.push_str(" · ");
        let ended = if end.on_or_before { t.ended_on_or_before } else { t.ended_on };
        s.push_str(&ended(t.end_step(end.reason), &d(end.date)));
        if let Some(by) = ended_by_name(ds, p) {
            s.push(' ');
            s.push_str(&(t.ended_by)(&by));
        }
    }
    s
}

/// Whose step a history entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Local,
    State,
}

/// What kind of step a history entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Event(EventKind),
    /// A policy stopped applying, and how.
    Ended(EndReason),
}

/// One dated step in the history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub date: Option<Date>,
    /// `date` is only a bound: the step happened on or before it.
    pub on_or_before: bool,
    pub scope: Scope,
    pub step: Step,
    pub text: String,
    /// The language `text` is written in (the dataset's English unless it gives Spanish).
    pub text_lang: Lang,
    pub status: Status,
    /// The reason for `status`, where the data gives one.
    pub status_note: &'static str,
    pub sources: &'static [u16],
}

fn title(p: &Policy) -> String {
    if p.identifier.is_empty() {
        p.instrument.to_string()
    } else {
        p.identifier.to_string()
    }
}

/// The jurisdiction's own policies and events, then its state's measures and rulings, merged
/// into one sequence sorted by date (undated entries last, in data order).
pub fn history(ds: &Dataset, jurisdiction: usize, lang: Lang) -> Vec<Entry> {
    let mut out = Vec::new();
    let add_for = |who: usize, scope: Scope, out: &mut Vec<Entry>| {
        for p in policies_of(ds, who) {
            let (summary, text_lang) = localized(p.summary, p.summary_es, lang);
            let step = Step::Event(EventKind::Enacted);
            out.push(Entry {
                date: p.enacted,
                on_or_before: p.enacted_on_or_before,
                scope,
                step,
                text: format!("{}: {summary}", title(p)),
                text_lang,
                status: p.status,
                status_note: p.status_note,
                sources: p.sources,
            });
            if let Some(end) = p.end {
                let (note, note_lang) = localized(end.note, end.note_es, lang);
                let sources = match end.by.and_then(|b| ds.policies.get(usize::from(b))) {
                    Some(by) if end.sources.is_empty() => by.sources,
                    _ => end.sources,
                };
                let text = if note.is_empty() { title(p) } else { format!("{}: {note}", title(p)) };
                out.push(Entry {
                    date: Some(end.date),
                    on_or_before: end.on_or_before,
                    scope,
                    step: Step::Ended(end.reason),
                    text,
                    text_lang: if note.is_empty() { Lang::En } else { note_lang },
                    status: p.status,
                    status_note: p.status_note,
                    sources,
                });
            }
        }
        for e in ds.events.iter().filter(|e| usize::from(e.jurisdiction) == who) {
            out.push(Entry {
                date: Some(e.date),
                on_or_before: false,
                scope,
                step: Step::Event(e.kind),
                text: e.text.to_string(),
                text_lang: Lang::En,
                status: e.status,
                status_note: e.status_note,
                sources: e.sources,
            });
        }
    };
    add_for(jurisdiction, Scope::Local, &mut out);
    if let Some(state) = state_row(ds, jurisdiction) {
        add_for(state, Scope::State, &mut out);
    }
    out.sort_by_key(|e| (e.date.is_none(), e.date));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    /// Iowa with a 2018 mandate; a county whose 2014 policy it overrides and one whose policy
    /// ended before it; a California county under two state laws; a Spanish summary.
    fn sample() -> &'static Dataset {
        dataset(&[
            ("sources.csv", "s1,Law,stored copy,State,,https://example.org/1,,secondary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,
                 state-ia,State of Iowa,IA,state,,,
                 johnson,Johnson County,IA,county,,,
                 linn,Linn County,IA,county,,,
                 state-ca,State of California,CA,state,,,
                 la,Los Angeles County,CA,county,,,",
            ),
            ("policies.csv", "state-ia-1,state-ia,mandates_compliance,State law,SF 481,2018-07-01,,,,,,,,,Requires jails to honour detainers.,ES: Requires jails to honour detainers.,Requires honouring detainers.,ES: Requires honouring detainers.,,,,,,s1\n\
                johnson-1,johnson,no_holds,Sheriff policy,,2014-08,,,2018-07-01,overridden,state-ia-1,,,,Holds no one on a detainer alone.,ES: Holds no one on a detainer alone.,No holds without a warrant.,ES: No holds without a warrant.,,,,,,s1\n\
                linn-1,linn,no_holds,Sheriff policy,,2014-08,,,2016-01,reversed,,s1,,,Holds no one on a detainer alone.,ES: Holds no one on a detainer alone.,No holds without a warrant.,ES: No holds without a warrant.,,,,,,s1\n\
                linn-2,linn,honours_detainers,Sheriff policy,,2016-01,,,,,,,,,Honours detainers.,ES: Honours detainers.,Honours them.,ES: Honours them.,,,,,,s1\n\
                state-ca-1,state-ca,limits_cooperation,State law,SB 54,2018-01-01,,,,,,,,,Limits cooperation.,ES: Limits cooperation.,Limits it.,ES: Limits it.,,,,,,s1\n\
                state-ca-2,state-ca,serious_offences_only,State law,AB 4,2014-01-01,,,,,,,,,Holds for serious offences.,Retiene solo por delitos graves.,Serious offences only.,ES: Serious offences only.,,,,,,s1\n\
                la-1,la,no_holds,Sheriff policy,,2014-05,on_or_before,,,,,,,,Holds no one on a detainer alone.,ES: Holds no one on a detainer alone.,No holds.,ES: No holds.,,,,,,s1"),
            ("events.csv", "johnson,2017-02-01,amended,Amended the policy.,,s1"),
        ])
    }

    fn at(ds: &Dataset, id: &str) -> usize {
        ds.jurisdictions.iter().position(|j| j.id == id).unwrap_or_else(|| panic!("{id} exists"))
    }

    #[test]
    fn a_county_sees_its_state_laws_but_a_state_does_not_see_itself() {
        let ds = sample();
        assert_eq!(state_row(ds, at(ds, "johnson")), Some(at(ds, "state-ia")));
        assert_eq!(state_row(ds, at(ds, "state-ia")), None);
        assert_eq!(state_row(ds, at(ds, "us")), None);
    }

    fn d(t: &str) -> Date {
        Date::parse(t).unwrap_or_else(|| panic!("{t} is a date"))
    }

    #[test]
    fn a_row_without_a_local_policy_is_governed_by_its_states_latest_law_in_force() {
        let ds = sample();
        let la = at(ds, "la");
        // California: two state laws in force; the later one stands for them on the row.
        assert_eq!(state_law_in_force(ds, la, d("2026-12-01")).map(|p| p.identifier), Some("SB 54"));
        assert_eq!(state_law_in_force(ds, la, d("2017-02-03")).map(|p| p.identifier), Some("AB 4"), "before SB 54 took effect");
        assert_eq!(state_law_in_force(ds, at(ds, "linn"), d("2017-02-03")), None, "Iowa's law took effect in 2018");
        assert_eq!(state_law_in_force(ds, at(ds, "linn"), d("2026-12-01")).map(|p| p.identifier), Some("SF 481"));
        assert_eq!(state_law_in_force(ds, at(ds, "state-ia"), d("2026-12-01")), None, "a state is not its own state law");
    }

    #[test]
    fn a_row_shows_the_policy_in_force_on_the_day_or_how_the_last_one_ended() {
        let ds = sample();
        let (johnson, linn, la) = (at(ds, "johnson"), at(ds, "linn"), at(ds, "la"));
        let today = d("2026-12-01");
        let p = row_policy(ds, johnson, today).expect("Johnson's policy");
        assert_eq!(p.id, "johnson-1");
        assert!(matches!(standing(p, today), Standing::Ended(e) if e.reason == EndReason::Overridden));
        assert_eq!(ended_by_name(ds, p).as_deref(), Some("Iowa SF 481"));
        assert_eq!(standing(p, d("2017-02-03")), Standing::InForce, "in force during ICE's 2017 weeks");
        assert_eq!(in_force(ds, johnson, d("2017-02-03")).count(), 1);
        assert_eq!(in_force(ds, johnson, today).count(), 0);
        assert_eq!(row_policy(ds, linn, today).map(|p| p.id), Some("linn-2"), "the later policy in force");
        assert_eq!(row_policy(ds, linn, d("2015-06-01")).map(|p| p.id), Some("linn-1"));
        assert_eq!(row_policy(ds, la, d("2010-01-01")), None, "nothing had started");
        assert_eq!(standing(row_policy(ds, la, today).expect("LA"), today), Standing::InForce);
    }

    #[test]
    fn history_merges_local_and_state_steps_by_date_in_the_readers_language() {
        let ds = sample();
        let h = history(ds, at(ds, "la"), Lang::Es);
        let steps: Vec<_> = h.iter().map(|e| (e.date.map(|d| d.iso()), e.scope, e.text.as_str(), e.text_lang)).collect();
        assert_eq!(
            steps,
            [
                (Some("2014-01-01".into()), Scope::State, "AB 4: Retiene solo por delitos graves.", Lang::Es),
                (Some("2014-05".into()), Scope::Local, "Sheriff policy: ES: Holds no one on a detainer alone.", Lang::Es),
                (Some("2018-01-01".into()), Scope::State, "SB 54: ES: Limits cooperation.", Lang::Es),
            ]
        );
        assert_eq!(h.iter().map(|e| e.on_or_before).collect::<Vec<_>>(), [false, true, false], "LA's date is an upper bound");
        let linn = history(ds, at(ds, "linn"), Lang::En);
        assert!(linn.iter().any(|e| e.step == Step::Ended(EndReason::Reversed) && e.date.map(|d| d.iso()).as_deref() == Some("2016-01")));
        let johnson = history(ds, at(ds, "johnson"), Lang::En);
        let ended = johnson.iter().find(|e| matches!(e.step, Step::Ended(_))).expect("overridden");
        assert_eq!((ended.step, ended.date.map(|d| d.iso())), (Step::Ended(EndReason::Overridden), Some("2018-07-01".into())));
        assert_eq!(ended.sources, ds.policies[0].sources, "an override without its own sources cites the state law's");
        let johnson = history(ds, at(ds, "johnson"), Lang::En);
        assert!(johnson.iter().any(|e| e.step == Step::Event(EventKind::Amended) && e.scope == Scope::Local));
    }
}
