//! Which jurisdictions the list shows, and in what order. Which figure a row shows is
//! [`super::figures`]' rule.
//!
//! Invariants (tested): filtering only removes rows; sorting is a permutation; a row whose figure
//! is not reported sorts after every row with a figure.

use atlas_data::{states::state_name, Agreement, Dataset, Date, Figure, Jurisdiction, Level, Policy};

use super::figures::headlines;
use super::text::words;
use super::view::{Sort, ViewState};

/// Precomputed per-jurisdiction facts, built once at start-up, and search words, built when a
/// search first needs them (or when [`Index::prepare_search`] is called, after the first view):
/// the default view needs no words, and building them is most of the index's cost.
pub struct Index {
    rows: Vec<RowIndex>,
    /// Each row's place in name order (ties in data order): sorts compare these numbers instead
    /// of the names' text.
    name_rank: Vec<u32>,
    jurisdictions: &'static [Jurisdiction],
    search: std::sync::OnceLock<Vec<RowWords>>,
}

struct RowIndex {
    /// The words of the name alone.
    name_words: Vec<String>,
    policies: Vec<&'static Policy>,
    lists: Vec<usize>,
    agreements: Vec<&'static Agreement>,
    earliest: Option<Date>,
    name_key: String,
    /// Counties first, then cities, states, agencies and groups: the order among equally
    /// relevant matches.
    level_rank: u8,
}

/// A row's search words: those of its name, aliases, state (code and name) and policy
/// identifiers, and the name without its "County", "Parish", "city" word.
struct RowWords {
    words: Vec<String>,
    short_name: String,
    /// The state as a reader may add it after the name: its code and its name ("ne", "nebraska").
    state: [String; 2],
}

/// `items` grouped by the jurisdiction `of` names, in data order: one pass over them, where a
/// filter per jurisdiction would pass over them once per row.
fn by_jurisdiction<T>(n: usize, items: &'static [T], of: impl Fn(&T) -> u16) -> Vec<Vec<&'static T>> {
    let mut out: Vec<Vec<&'static T>> = (0..n).map(|_| Vec::new()).collect();
    for item in items {
        if let Some(v) = out.get_mut(usize::from(of(item))) {
            v.push(item);
        }
    }
    out
}

impl Index {
    pub fn new(ds: &Dataset) -> Index {
        let n = ds.jurisdictions.len();
        let mut policies_by = by_jurisdiction(n, ds.policies, |p| p.jurisdiction);
        let mut listings_by = by_jurisdiction(n, ds.listings, |l| l.jurisdiction);
        let mut agreements_by = by_jurisdiction(n, ds.agreements, |a| a.jurisdiction);
        let rows = ds
            .jurisdictions
            .iter()
            .enumerate()
            .map(|(i, j)| {
                let policies: Vec<&'static Policy> = std::mem::take(&mut policies_by[i]);
                let name_words = words(j.name);
                RowIndex {
                    name_key: name_words.join(" "),
                    name_words,
                    earliest: policies.iter().filter_map(|p| p.start()).min(),
                    policies,
                    lists: std::mem::take(&mut listings_by[i]).into_iter().map(|l| usize::from(l.list)).collect(),
                    agreements: {
                        let mut mine = std::mem::take(&mut agreements_by[i]);
                        super::agreements::in_row_order(&mut mine);
                        mine
                    },
                    level_rank: match j.level {
                        Level::County | Level::CityCounty => 0,
                        Level::City => 1,
                        Level::State => 2,
                        Level::Agency => 3,
                        Level::Aggregate | Level::Nation => 4,
                    },
                }
            })
            .collect::<Vec<RowIndex>>();
        let mut by_name: Vec<usize> = (0..rows.len()).collect();
        by_name.sort_by(|&a, &b| rows[a].name_key.cmp(&rows[b].name_key).then(a.cmp(&b)));
        let mut name_rank = vec![0; rows.len()];
        for (rank, &i) in by_name.iter().enumerate() {
            name_rank[i] = u32::try_from(rank).unwrap_or(u32::MAX);
        }
        Index { rows, name_rank, jurisdictions: ds.jurisdictions, search: std::sync::OnceLock::new() }
    }

    /// Builds the search words now if they are not built yet: the app calls it after its first
    /// view, so that the reader's first keystroke does not wait for them.
    pub fn prepare_search(&self) {
        self.search();
    }

    fn search(&self) -> &[RowWords] {
        self.search.get_or_init(|| {
            self.jurisdictions
                .iter()
                .zip(&self.rows)
                .map(|(j, row)| {
                    let mut text = format!("{} {} {}", j.name, j.state, state_name(j.state).unwrap_or(""));
                    for a in j.aliases {
                        text.push(' ');
                        text.push_str(a);
                    }
                    for p in &row.policies {
                        text.push(' ');
                        text.push_str(p.identifier);
                    }
                    let mut ws = words(&text);
                    ws.sort();
                    ws.dedup();
                    let short_name = row
                        .name_words
                        .iter()
                        .filter(|w| !matches!(w.as_str(), "county" | "parish" | "borough" | "city" | "of" | "municipio"))
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let state = [words(j.state).join(" "), words(state_name(j.state).unwrap_or("")).join(" ")];
                    RowWords { words: ws, short_name, state }
                })
                .collect()
        })
    }

    /// True when every word of the query starts a word of the jurisdiction's name, aliases,
    /// state (code or name) or policy identifiers.
    pub fn matches(&self, jurisdiction: usize, query_words: &[String]) -> bool {
        self.relevance(jurisdiction, query_words, false).is_some()
    }

    /// How well a row matches the query, best first ([`Relevance`]); `None`: no match. With
    /// `typos`, a query word also matches a word one letter off (two for long words).
    pub fn relevance(&self, jurisdiction: usize, query_words: &[String], typos: bool) -> Option<Relevance> {
        let row = self.rows.get(jurisdiction)?;
        let found = self.search().get(jurisdiction)?;
        let prefix = |ws: &[String]| query_words.iter().all(|q| ws.iter().any(|w| w.starts_with(q.as_str())));
        let joined = query_words.join(" ");
        let exact = |q: &str| !q.is_empty() && (q == row.name_key || q == found.short_name);
        // The name with its state after it ("York County NE", "Travis County Texas").
        let before_state = found.state.iter().filter(|s| !s.is_empty()).find_map(|s| joined.strip_suffix(s.as_str())?.strip_suffix(' '));
        if exact(&joined) || before_state.is_some_and(exact) {
            Some(Relevance::Exact)
        } else if prefix(&row.name_words) {
            Some(Relevance::Name)
        } else if prefix(&found.words) {
            Some(Relevance::Other)
        } else if typos && query_words.iter().all(|q| found.words.iter().any(|w| w.starts_with(q.as_str()) || near(q, w))) {
            Some(Relevance::Typo)
        } else {
            None
        }
    }

    /// The rows whose words come closest to the query's, for an empty result ("Did you mean"):
    /// at most `n`, each within two letters a word, closest first.
    pub fn closest(&self, query_words: &[String], n: usize) -> Vec<usize> {
        let mut scored: Vec<(usize, u8, &str, usize)> = Vec::new();
        for (i, row) in self.rows.iter().enumerate() {
            let mut total = 0;
            for q in query_words {
                let start = |w: &String| {
                    if w.is_char_boundary(q.len().min(w.len())) {
                        distance(q, &w[..q.len().min(w.len())]) + 1
                    } else {
                        usize::MAX
                    }
                };
                let best = row.name_words.iter().map(|w| distance(q, w).min(start(w))).min();
                match best {
                    Some(d) if d <= 2 => total += d,
                    _ => {
                        total = usize::MAX;
                        break;
                    }
                }
            }
            if total != usize::MAX && !query_words.is_empty() {
                scored.push((total, row.level_rank, row.name_key.as_str(), i));
            }
        }
        scored.sort();
        scored.into_iter().take(n).map(|(_, _, _, i)| i).collect()
    }
}

/// How a row matched the query; rows sort by it first while there is a query.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relevance {
    /// The query is the row's name, with or without "County", and with or without its state after
    /// it ("Travis", "Travis County", "Travis County TX").
    Exact,
    /// Every word starts a word of the name.
    Name,
    /// Every word starts a word of the name, aliases, state or policy identifiers.
    Other,
    /// Found only with a letter or two off ("Santa Barbra").
    Typo,
}

/// True when `q` is a word `w` typed with a slip: one letter off for words of 4 to 7 letters, two
/// for longer ones, as the whole word or as the start of a longer one.
fn near(q: &str, w: &str) -> bool {
    let k = match q.chars().count() {
        0..=3 => return false,
        4..=7 => 1,
        _ => 2,
    };
    distance(q, w) <= k || (w.len() > q.len() && w.is_char_boundary(q.len()) && distance(q, &w[..q.len()]) <= k)
}

/// The Levenshtein distance between two words (letters inserted, deleted or changed).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The jurisdictions to list for a view, filtered and sorted. The nation row is never listed:
/// its figures are the report's totals in the header. The category filter keeps rows with a
/// policy of that category in force on the view's date (`today` unless the view names one).
pub fn select(ds: &Dataset, index: &Index, view: &ViewState, today: Date) -> Vec<usize> {
    let query = words(&view.query);
    let on = view.on(today);
    let heads = headlines(ds, view.report);
    let mut rows: Vec<usize> = (0..ds.jurisdictions.len())
        .filter(|&i| {
            let j = &ds.jurisdictions[i];
            let row = &index.rows[i];
            j.level != Level::Nation
                && view.state.is_none_or(|s| j.state == s)
                && view.category.is_none_or(|c| row.policies.iter().any(|p| p.category == c && p.in_force_on(on)))
                && view.list.is_none_or(|l| row.lists.contains(&l))
                && view.agreement.is_none_or(|f| row.agreements.iter().any(|a| f.accepts(a)))
                && (!view.has_figures || heads[i].is_some_and(|f| f.value.is_some()))
        })
        .collect();
    if query.is_empty() {
        sort_rows(&heads, index, view, &mut rows);
        return rows;
    }
    // While the reader types: the rows the query finds, the most relevant first (exact name,
    // then name, then other words; counties before cities), in the chosen order within each.
    // Letters off are forgiven only when the exact spelling finds nothing. Only the rows found
    // are sorted.
    let find = |typos: bool| -> Vec<(usize, (Relevance, u8))> {
        rows.iter().filter_map(|&i| index.relevance(i, &query, typos).map(|r| (i, (r, index.rows[i].level_rank)))).collect()
    };
    let mut found = find(false);
    if found.is_empty() {
        found = find(true);
    }
    let mut rank = vec![None; ds.jurisdictions.len()];
    for &(i, r) in &found {
        rank[i] = Some(r);
    }
    let mut rows: Vec<usize> = found.into_iter().map(|(i, _)| i).collect();
    sort_rows(&heads, index, view, &mut rows);
    // A stable sort: the chosen order stays within each relevance and level.
    rows.sort_by_key(|&i| rank[i]);
    rows
}

fn sort_rows(heads: &[Option<&'static Figure>], index: &Index, view: &ViewState, rows: &mut [usize]) {
    let name = |i: usize| index.name_rank[i];
    match view.sort {
        Sort::Name => rows.sort_by_key(|&i| name(i)),
        Sort::Enacted => rows.sort_by(|&a, &b| {
            let (ea, eb) = (index.rows[a].earliest, index.rows[b].earliest);
            (ea.is_none(), ea).cmp(&(eb.is_none(), eb)).then(name(a).cmp(&name(b)))
        }),
        Sort::Figure => {
            let value = |i: usize| heads[i].and_then(|f| f.value);
            rows.sort_by(|&a, &b| {
                let (va, vb) = (value(a), value(b));
                // Reported first (high to low), then not reported, each by name.
                (va.is_none(), std::cmp::Reverse(va)).cmp(&(vb.is_none(), std::cmp::Reverse(vb))).then(name(a).cmp(&name(b)))
            });
        }
    }
}

/// The positions of `total` listed rows to render: the first `shown` (pages asked for so far),
/// and the open row at `open_at` after them wherever it stands, so a link to it always shows it
/// without rendering every row above it (a report switch can move it thousands of rows down).
pub fn window(total: usize, shown: usize, open_at: Option<usize>) -> Vec<usize> {
    let end = shown.min(total);
    let mut at: Vec<usize> = (0..end).collect();
    at.extend(open_at.filter(|&p| p >= end && p < total));
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::view::{Sort, ViewState};
    use atlas_data::fixture::dataset;
    use atlas_data::Category;

    /// Eight rows in three states, two reports, policies of two categories, one list.
    fn sample() -> &'static Dataset {
        dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1\n\
                jw,Records,Records (ES),JW,JW (ES),Judicial Watch,,,,declined,foia,,Records.,s1"),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,\n\
                 travis,Travis County,TX,county,Austin,,\n\
                 miami,Miami-Dade County,FL,county,,,\n\
                 stlucie,St. Lucie County,FL,county,,,\n\
                 pg,Prince George's County,MD,county,,,\n\
                 nyc,New York City,NY,city,NYC;Manhattan,,\n\
                 state-tx,State of Texas,TX,state,,,\n\
                 madera,Madera County,CA,county,,,\n\
                 alachua,Alachua County,FL,county,,,",
            ),
            ("policies.csv", "state-tx-1,state-tx,mandates_compliance,State law,SB 4,2017-09-01,,,,,,,,,Requires honouring detainers.,ES: Requires honouring detainers.,Requires it.,ES: Requires it.,,,,,,s1\n\
                miami-1,miami,honours_detainers,Mayor's order,,2017-01-26,,,,,,,,,Honours detainers.,ES: Honours detainers.,Honours them.,ES: Honours them.,,,,,,s1\n\
                nyc-1,nyc,serious_offences_only,Local law,Int. 486,2014-11-14,,,,,,,,,Holds for serious crimes.,ES: Holds for serious crimes.,Serious crimes only.,ES: Serious crimes only.,,,,,,s1\n\
                alachua-1,alachua,no_holds,Sheriff policy,,2014-05,,,2019-06,agreement,,s1,,,Holds no one.,ES: Holds no one.,No holds.,ES: No holds.,,,,,,s1"),
            ("figures.csv", "f1,travis,w1,declined,142,,,,s1\n\
                f2,miami,w1,declined,5,,,,s1\n\
                f3,nyc,w1,declined,5,,,,s1\n\
                f4,madera,w1,declined,,,,,s1,named without a number\n\
                f5,us,w1,declined,206,,,,s1\n\
                f6,miami,jw,declined,93,,,,s1"),
            ("lists.csv", "l1,A list,DOJ,2017,Named places.,s1"),
            ("listings.csv", "l1,miami,,,,s1\n\
                l1,nyc,,,,s1"),
        ])
    }

    const TODAY: Date = Date { year: 2026, month: 12, day: 1 };

    fn ids(ds: &Dataset, view: &ViewState) -> Vec<&'static str> {
        select(ds, &Index::new(ds), view, TODAY).into_iter().map(|i| ds.jurisdictions[i].id).collect()
    }

    fn search(q: &str) -> Vec<&'static str> {
        let ds = sample();
        ids(ds, &ViewState { query: q.into(), sort: Sort::Name, ..ViewState::new(ds) })
    }

    #[test]
    fn search_finds_names_written_loosely_aliases_states_and_policy_identifiers() {
        assert_eq!(search("miami dade"), ["miami"]);
        assert_eq!(search("MIAMI-DADE"), ["miami"]);
        assert_eq!(search("st lucie"), ["stlucie"]);
        assert_eq!(search("St. Lucie"), ["stlucie"]);
        assert_eq!(search("prince georges"), ["pg"]);
        assert_eq!(search("nyc"), ["nyc"]);
        assert_eq!(search("austin"), ["travis"]);
        assert_eq!(search("texas"), ["state-tx", "travis"]);
        assert_eq!(search("sb 4"), ["state-tx"]);
        assert_eq!(search("486"), ["nyc"]);
        assert!(search("zzzz nowhere").is_empty());
    }

    #[test]
    fn the_nation_is_never_a_row() {
        assert!(!search("").contains(&"us"));
        assert_eq!(search("").len(), 8);
    }

    #[test]
    fn filters_keep_exactly_the_matching_rows() {
        let ds = sample();
        let base = ViewState { sort: Sort::Name, ..ViewState::new(ds) };
        assert_eq!(ids(ds, &ViewState { state: Some("FL"), ..base.clone() }), ["alachua", "miami", "stlucie"]);
        assert_eq!(ids(ds, &ViewState { category: Some(Category::MandatesCompliance), ..base.clone() }), ["state-tx"]);
        assert_eq!(ids(ds, &ViewState { list: Some(0), ..base.clone() }), ["miami", "nyc"]);
        assert!(ids(ds, &ViewState { category: Some(Category::NoHolds), ..base.clone() }).is_empty(), "Alachua's ended in 2019");
        assert_eq!(ids(ds, &ViewState { has_figures: true, ..base.clone() }), ["miami", "nyc", "travis"], "Madera's figure has no number");
        assert_eq!(ids(ds, &ViewState { has_figures: true, report: 1, ..base }), ["miami"]);
    }

    #[test]
    fn the_category_filter_uses_the_policies_in_force_on_the_views_date() {
        let ds = sample();
        let on = |d: &str| ViewState { category: Some(Category::NoHolds), as_of: Date::parse(d), ..ViewState::new(ds) };
        assert_eq!(ids(ds, &on("2017-02-03")), ["alachua"], "in force during ICE's 2017 weeks");
        assert!(ids(ds, &on("2019-06-01")).is_empty(), "replaced by an agreement with ICE that month");
        assert!(ids(ds, &on("2014-01-01")).is_empty(), "not yet adopted");
        let texas = ViewState { category: Some(Category::MandatesCompliance), as_of: Date::parse("2017-02-03"), ..ViewState::new(ds) };
        assert!(ids(ds, &texas).is_empty(), "SB 4 took effect in September 2017");
    }

    #[test]
    fn figure_sort_is_high_first_ties_by_name_and_not_reported_last() {
        let ds = sample();
        // Not reported, with or without a named entry, sorts last by name.
        assert_eq!(ids(ds, &ViewState::new(ds)), ["travis", "miami", "nyc", "alachua", "madera", "pg", "stlucie", "state-tx"]);
    }

    #[test]
    fn name_and_enacted_sorts() {
        let ds = sample();
        assert_eq!(ids(ds, &ViewState { sort: Sort::Name, ..ViewState::new(ds) })[..3], ["alachua", "madera", "miami"]);
        assert_eq!(
            ids(ds, &ViewState { sort: Sort::Enacted, ..ViewState::new(ds) }),
            ["alachua", "nyc", "miami", "state-tx", "madera", "pg", "stlucie", "travis"]
        );
    }

    /// Places with shared and misspellable names, for relevance and typos.
    fn places() -> &'static Dataset {
        dataset(&[
            ("sources.csv", "s1,Report,stored copy,ICE,,https://example.org/1,,primary"),
            ("reports.csv", "w1,Week 1,Week 1 (ES),W1,W1 (ES),ICE,,,,declined,ice_weekly,yes,One week.,s1"),
            (
                "jurisdictions.csv",
                "us,United States,US,nation,,,\n\
                 sb-city,Santa Barbara,CA,city,,,\n\
                 sb,Santa Barbara County,CA,county,,,\n\
                 sc,Santa Clara County,CA,county,San Jose,,\n\
                 stl-city,City of St. Louis,MO,city,St. Louis city,,\n\
                 stl,St. Louis County,MO,county,,,\n\
                 jackson,Jackson County,MO,county,Kansas City,,\n\
                 state-mo,State of Missouri,MO,state,,,",
            ),
            ("figures.csv", "f1,sb-city,w1,declined,50,,,,s1\nf2,sc,w1,declined,40,,,,s1"),
        ])
    }

    fn typed(q: &str) -> Vec<&'static str> {
        let ds = places();
        ids(ds, &ViewState { query: q.into(), ..ViewState::new(ds) })
    }

    #[test]
    fn search_ranks_the_exact_name_first_then_counties_then_cities_not_by_figure_or_name() {
        // The city has the larger figure, but the county is what "Santa Barbara County" names.
        assert_eq!(typed("santa barbara county"), ["sb"]);
        assert_eq!(typed("santa barbara"), ["sb", "sb-city"], "both named exactly (a county with or without 'County'): the county first");
        assert_eq!(typed("santa"), ["sc", "sb", "sb-city"], "counties before cities; by figure within");
        assert_eq!(typed("st louis"), ["stl", "stl-city"], "the county first, the independent city next");
        assert_eq!(typed("saint louis"), ["stl", "stl-city"], "Saint and St. are one word");
        // A name match comes before a match by state or alias only.
        assert_eq!(typed("missouri"), ["state-mo", "jackson", "stl", "stl-city"]);
        assert_eq!(typed("kansas city"), ["jackson"]);
    }

    #[test]
    fn a_name_followed_by_its_state_is_an_exact_match() {
        // A reader's "York County NE" must rank above every New York county, whose state's name
        // holds "new" and "york": so the name with its state after it is as exact as the name.
        let ds = places();
        let index = Index::new(ds);
        let at = |id: &str| ds.jurisdictions.iter().position(|j| j.id == id).expect("fixture row");
        for q in ["santa barbara county ca", "santa barbara county california", "santa barbara ca"] {
            assert_eq!(index.relevance(at("sb"), &words(q), false), Some(Relevance::Exact), "{q}");
        }
        assert_eq!(index.relevance(at("sb"), &words("santa barbara county mo"), false), None);
        assert_eq!(index.relevance(at("sb"), &words("santa ca"), false), Some(Relevance::Other));
        assert_eq!(typed("santa clara county california"), ["sc"]);
    }

    #[test]
    fn a_letter_off_still_finds_the_place_but_only_when_the_spelling_finds_nothing() {
        assert_eq!(typed("santa barbra"), ["sb", "sb-city"]);
        assert_eq!(typed("sant clara"), ["sc"]);
        assert_eq!(typed("jakson"), ["jackson"]);
        assert_eq!(typed("jack"), ["jackson"]);
        assert!(typed("zzzz").is_empty());
        assert!(typed("sb").is_empty(), "short words are not guessed at");
    }

    #[test]
    fn an_empty_result_offers_the_closest_names() {
        let ds = places();
        let index = Index::new(ds);
        let near: Vec<_> = index.closest(&words("santa clarra cnty"), 3).into_iter().map(|i| ds.jurisdictions[i].id).collect();
        assert_eq!(near, ["sc"]);
        let near: Vec<_> = index.closest(&words("sant"), 3).into_iter().map(|i| ds.jurisdictions[i].id).collect();
        assert_eq!(near[..2], ["sb", "sc"], "counties first among equally close names");
        assert!(index.closest(&words("qqqqqqq"), 3).is_empty());
    }

    #[test]
    fn a_page_adds_the_open_row_alone_wherever_it_stands_and_never_goes_past_the_end() {
        let page = |n: usize| (0..n).collect::<Vec<_>>();
        assert_eq!(window(598, 40, None), page(40));
        assert_eq!(window(598, 40, Some(3)), page(40), "already on the page");
        assert_eq!(window(598, 40, Some(40)), page(41));
        assert_eq!(window(598, 40, Some(590)), [page(40), vec![590]].concat(), "not the 550 rows between");
        assert_eq!(window(12, 40, None), page(12));
        assert_eq!(window(12, 40, Some(30)), page(12), "an open row no longer listed");
        assert_eq!(window(598, usize::MAX, None), page(598));
    }
}
