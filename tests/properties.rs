//! Property tests of the pure query layer on the real dataset: for any view a reader or a URL can
//! make, filtering never adds rows, every sort is a permutation of the same rows, rows without a
//! figure stay after rows with one, and the view survives its own URL.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use detainer_atlas::dataset::{data, Category};
use detainer_atlas::i18n::Lang;
use detainer_atlas::query::select::{headline, select, Index};
use detainer_atlas::query::view::{Display, Sort, Theme, ViewState, MAX_QUERY};
use proptest::prelude::*;

fn index() -> &'static Index {
    use std::sync::OnceLock;
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(data()))
}

/// Views built only from values the app can hold (what the URL parser accepts).
fn views() -> impl Strategy<Value = ViewState> {
    let ds = data();
    let mut states: Vec<&'static str> = ds.jurisdictions.iter().map(|j| j.state).filter(|s| *s != "US").collect();
    states.sort();
    states.dedup();
    let ids: Vec<&'static str> = ds.jurisdictions.iter().map(|j| j.id).collect();
    (
        (0..ds.reports.len(), proptest::string::string_regex(&format!("[a-zA-Z .,'áéñ&+%0-9-]{{0,{MAX_QUERY}}}")).expect("regex")),
        (proptest::option::of(proptest::sample::select(states)), proptest::option::of(proptest::sample::select(Category::ALL.to_vec()))),
        (proptest::option::of(0..ds.lists.len()), any::<bool>(), proptest::sample::select(Sort::ALL.to_vec())),
        (proptest::option::of(proptest::sample::select(ids)), any::<(bool, bool, bool, u8)>()),
    )
        .prop_map(|((report, query), (state, category), (list, has_figures, sort), (expanded, (transparent, compact, charts, other)))| ViewState {
            report,
            query,
            state,
            category,
            list,
            has_figures,
            sort,
            expanded,
            display: Display { theme: [Theme::Auto, Theme::Light, Theme::Dark][usize::from(other % 3)], transparent, compact, charts },
            lang: [None, Some(Lang::En), Some(Lang::Es)][usize::from(other / 3 % 3)],
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn filtering_never_adds_rows(view in views()) {
        let ds = data();
        let rows: BTreeSet<usize> = select(ds, index(), &view).into_iter().collect();
        let unfiltered: BTreeSet<usize> = select(ds, index(), &view.cleared()).into_iter().collect();
        prop_assert!(rows.is_subset(&unfiltered));
        prop_assert!(unfiltered.len() < ds.jurisdictions.len(), "the nation row is never listed");
    }

    #[test]
    fn every_sort_is_a_permutation_of_the_same_rows(view in views()) {
        let ds = data();
        let by = |sort| { let mut v = select(ds, index(), &ViewState { sort, ..view.clone() }); let n = v.len(); v.sort(); v.dedup(); (n, v) };
        let (n, figure) = by(Sort::Figure);
        prop_assert_eq!(n, figure.len(), "no row twice");
        prop_assert_eq!(&by(Sort::Name).1, &figure);
        prop_assert_eq!(&by(Sort::Enacted).1, &figure);
    }

    #[test]
    fn rows_without_a_figure_stay_last_and_figures_descend(view in views()) {
        let ds = data();
        let rows = select(ds, index(), &ViewState { sort: Sort::Figure, ..view.clone() });
        let values: Vec<Option<u32>> = rows.iter().map(|&i| headline(ds, i, view.report).and_then(|f| f.value)).collect();
        let first_missing = values.iter().position(Option::is_none).unwrap_or(values.len());
        prop_assert!(values[first_missing..].iter().all(Option::is_none));
        prop_assert!(values[..first_missing].windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn a_view_round_trips_through_its_url(view in views()) {
        let ds = data();
        let back = ViewState::from_query(ds, &format!("?{}", view.to_query(ds)));
        prop_assert_eq!(back, view);
    }

    #[test]
    fn any_query_string_gives_a_usable_view(s in any::<String>()) {
        let ds = data();
        let v = ViewState::from_query(ds, &s);
        prop_assert!(v.report < ds.reports.len());
        prop_assert!(v.query.chars().count() <= MAX_QUERY);
        prop_assert!(v.list.is_none_or(|l| l < ds.lists.len()));
        let _ = select(ds, index(), &v);
    }
}
