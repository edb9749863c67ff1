//! A jurisdiction's policy history in context: its own policies and events, and the state
//! measures that governed it at each time, as one dated sequence.

use atlas_data::{Category, Dataset, Date, EventKind, Level, Policy, Status};

use super::format::localized;
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
    v.sort_by_key(|p| (p.enacted.is_none(), p.enacted));
    v
}

/// The policy a row's badge describes: the latest that has not ended, else the latest.
pub fn current_policy(ds: &Dataset, jurisdiction: usize) -> Option<&'static Policy> {
    let all: &'static [Policy] = ds.policies;
    let mine = || all.iter().filter(|p| usize::from(p.jurisdiction) == jurisdiction);
    mine().filter(|p| p.ended.is_none()).max_by_key(|p| p.enacted).or_else(|| mine().max_by_key(|p| p.enacted))
}

/// True for local policies that limit holds or cooperation (the ones a state mandate overrides).
fn limits(c: Category) -> bool {
    matches!(c, Category::NoHolds | Category::SeriousOffencesOnly | Category::Conditional | Category::LimitsCooperation)
}

/// The state law that overrode a local limiting policy: the first state mandate to honour
/// detainers that took effect while the local policy was in force.
pub fn overridden_by(ds: &Dataset, jurisdiction: usize, local: &Policy) -> Option<&'static Policy> {
    if !limits(local.category) {
        return None;
    }
    let state = state_row(ds, jurisdiction)?;
    policies_of(ds, state).into_iter().find(|s| {
        let Some(from) = s.enacted else { return false };
        s.category == Category::MandatesCompliance && local.enacted.is_none_or(|e| e <= from) && local.ended.is_none_or(|end| end >= from)
    })
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
    /// A policy stopped applying (its `ended` date).
    Ended,
}

/// One dated step in the history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub date: Option<Date>,
    pub scope: Scope,
    pub step: Step,
    pub text: String,
    /// The language `text` is written in (the dataset's English unless it gives Spanish).
    pub text_lang: Lang,
    pub status: Status,
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
                scope,
                step,
                text: format!("{}: {summary}", title(p)),
                text_lang,
                status: p.status,
                sources: p.sources,
            });
            if let Some(end) = p.ended {
                out.push(Entry {
                    date: Some(end),
                    scope,
                    step: Step::Ended,
                    text: title(p),
                    text_lang: Lang::En,
                    status: p.status,
                    sources: p.sources,
                });
            }
        }
        for e in ds.events.iter().filter(|e| usize::from(e.jurisdiction) == who) {
            out.push(Entry {
                date: Some(e.date),
                scope,
                step: Step::Event(e.kind),
                text: e.text.to_string(),
                text_lang: Lang::En,
                status: e.status,
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
            ("sources.csv", "s1,Law,State,,https://example.org/1"),
            ("reports.csv", "w1,Week 1,W1,ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,
                 state-ia,State of Iowa,IA,state,,,
                 johnson,Johnson County,IA,county,,,
                 linn,Linn County,IA,county,,,
                 state-ca,State of California,CA,state,,,
                 la,Los Angeles County,CA,county,,,",
            ),
            (
                "policies.csv",
                "state-ia,mandates_compliance,State law,SF 481,2018-07-01,,Requires jails to honour detainers,Requires honouring detainers.,,,,,s1
                 johnson,no_holds,Sheriff policy,,2014-08,,Holds no one on a detainer alone,No holds without a warrant.,,,,,s1
                 linn,no_holds,Sheriff policy,,2014-08,2016-01,Holds no one on a detainer alone,No holds without a warrant.,,,,,s1
                 linn,honours_detainers,Sheriff policy,,2016-01,,Honours detainers,Honours them.,,,,,s1
                 state-ca,limits_cooperation,State law,SB 54,2018-01-01,,Limits cooperation,Limits it.,,,,,s1,,
                 state-ca,serious_offences_only,State law,AB 4,2014-01-01,,Holds for serious offences,Serious offences only.,,,,,s1,Retiene solo por delitos graves,
                 la,no_holds,Sheriff policy,,2014-05,,Holds no one on a detainer alone,No holds.,,,,,s1",
            ),
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

    #[test]
    fn a_state_mandate_overrides_a_local_policy_in_force_when_it_took_effect_only() {
        let ds = sample();
        let j = at(ds, "johnson");
        let local = current_policy(ds, j).expect("Johnson's policy");
        assert_eq!(overridden_by(ds, j, local).map(|p| p.identifier), Some("SF 481"));
        let linn = at(ds, "linn");
        let policies = policies_of(ds, linn);
        assert_eq!(policies.iter().map(|p| p.category).collect::<Vec<_>>(), [Category::NoHolds, Category::HonoursDetainers]);
        assert!(policies.iter().all(|p| overridden_by(ds, linn, p).is_none()), "ended in 2016; honouring is not limiting");
        assert_eq!(current_policy(ds, linn).map(|p| p.category), Some(Category::HonoursDetainers), "the policy that has not ended");
        let la = at(ds, "la");
        assert!(policies_of(ds, la).iter().all(|p| overridden_by(ds, la, p).is_none()), "California mandates nothing");
    }

    #[test]
    fn history_merges_local_and_state_steps_by_date_in_the_readers_language() {
        let ds = sample();
        let h = history(ds, at(ds, "la"), Lang::Es);
        let steps: Vec<_> = h.iter().map(|e| (e.date.map(|d| d.iso()), e.scope, e.text.as_str(), e.text_lang)).collect();
        assert_eq!(
            steps,
            [
                (Some("2014-01-01".into()), Scope::State, "AB 4: Retiene solo por delitos graves", Lang::Es),
                (Some("2014-05".into()), Scope::Local, "Sheriff policy: Holds no one on a detainer alone", Lang::En),
                (Some("2018-01-01".into()), Scope::State, "SB 54: Limits cooperation", Lang::En),
            ]
        );
        let linn = history(ds, at(ds, "linn"), Lang::En);
        assert!(linn.iter().any(|e| e.step == Step::Ended && e.date.map(|d| d.iso()).as_deref() == Some("2016-01")));
        let johnson = history(ds, at(ds, "johnson"), Lang::En);
        assert!(johnson.iter().any(|e| e.step == Step::Event(EventKind::Amended) && e.scope == Scope::Local));
    }
}
