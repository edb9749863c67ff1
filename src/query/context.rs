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
        s.category == Category::MandatesCompliance
            && local.enacted.is_none_or(|e| e <= from)
            && local.ended.is_none_or(|end| end >= from)
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
    if p.identifier.is_empty() { p.instrument.to_string() } else { p.identifier.to_string() }
}

/// The jurisdiction's own policies and events, then its state's measures and rulings, merged
/// into one sequence sorted by date (undated entries last, in data order).
pub fn history(ds: &Dataset, jurisdiction: usize, lang: Lang) -> Vec<Entry> {
    let mut out = Vec::new();
    let add_for = |who: usize, scope: Scope, out: &mut Vec<Entry>| {
        for p in policies_of(ds, who) {
            let (summary, text_lang) = localized(p.summary, p.summary_es, lang);
            let step = Step::Event(EventKind::Enacted);
            out.push(Entry { date: p.enacted, scope, step, text: format!("{}: {summary}", title(p)), text_lang, status: p.status, sources: p.sources });
            if let Some(end) = p.ended {
                out.push(Entry { date: Some(end), scope, step: Step::Ended, text: title(p), text_lang: Lang::En, status: p.status, sources: p.sources });
            }
        }
        for e in ds.events.iter().filter(|e| usize::from(e.jurisdiction) == who) {
            out.push(Entry { date: Some(e.date), scope, step: Step::Event(e.kind), text: e.text.to_string(), text_lang: Lang::En, status: e.status, sources: e.sources });
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
    use crate::dataset::data;

    fn at(id: &str) -> usize {
        data().jurisdictions.iter().position(|j| j.id == id).unwrap_or_else(|| panic!("{id} exists"))
    }

    #[test]
    fn a_county_sees_its_state_laws_but_a_state_does_not_see_itself() {
        let ds = data();
        assert_eq!(state_row(ds, at("travis-county-tx")), Some(at("state-tx")));
        assert_eq!(state_row(ds, at("state-tx")), None);
        assert_eq!(state_row(ds, at("us")), None);
    }

    #[test]
    fn iowa_law_overrides_johnson_countys_policy_from_july_2018() {
        let ds = data();
        let j = at("johnson-county-ia");
        let local = policies_of(ds, j).into_iter().find(|p| p.category == Category::NoHolds).expect("local policy");
        let state = overridden_by(ds, j, local).expect("SF 481 overrides it");
        assert!(state.identifier.contains("481"), "{}", state.identifier);
        assert_eq!(state.enacted, Some(Date { year: 2018, month: 7, day: 1 }));
    }

    #[test]
    fn a_california_county_is_not_overridden_and_sees_trust_and_values_acts_in_order() {
        let ds = data();
        let j = at("los-angeles-county-ca");
        assert!(policies_of(ds, j).iter().all(|p| overridden_by(ds, j, p).is_none()));
        let h = history(ds, j, Lang::En);
        let trust = h.iter().position(|e| e.scope == Scope::State && e.text.contains("AB 4")).expect("TRUST Act");
        let values = h.iter().position(|e| e.scope == Scope::State && e.text.contains("SB 54")).expect("Values Act");
        let local = h.iter().position(|e| e.scope == Scope::Local && e.date == Some(Date { year: 2014, month: 5, day: 0 })).expect("2014 stop");
        assert!(trust < local && local < values, "dated order: {h:#?}");
        let dates: Vec<_> = h.iter().filter_map(|e| e.date).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn travis_history_runs_from_policy_to_state_mandate_to_rescission() {
        let ds = data();
        let h = history(ds, at("travis-county-tx"), Lang::Es);
        let steps: Vec<_> = h.iter().filter(|e| e.date.is_some_and(|d| d.year == 2017)).map(|e| (e.scope, e.step)).collect();
        assert!(steps.contains(&(Scope::Local, Step::Event(EventKind::Rescinded))));
        assert!(steps.contains(&(Scope::State, Step::Event(EventKind::Enacted))), "SB 4: {steps:?}");
        // The dataset has no Spanish texts, so in Spanish the entries stay in English and say so.
        assert!(h.iter().all(|e| e.text_lang == Lang::En));
    }
}
