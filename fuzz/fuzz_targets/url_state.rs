//! The URL state parser on arbitrary query strings, with the real dataset: it must never panic,
//! must give a view whose indices are in range, and that view must survive its own URL.
#![no_main]

use detainer_atlas::dataset::data;
use detainer_atlas::query::view::{ViewState, MAX_QUERY};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let Ok(query) = std::str::from_utf8(input) else { return };
    let ds = data();
    let view = ViewState::from_query(ds, query);
    assert!(view.report < ds.reports.len());
    assert!(view.list.is_none_or(|l| l < ds.lists.len()));
    assert!(view.query.chars().count() <= MAX_QUERY);
    let again = ViewState::from_query(ds, &view.to_query(ds));
    assert_eq!(again, view, "the view must survive its own URL");
});
