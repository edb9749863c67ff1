//! Component tests in headless Chromium (wasm-bindgen-test): the real components and real DOM
//! events, on a fixture dataset built here, so every expected value is one this file controls.
#![cfg(target_arch = "wasm32")]

use detainer_atlas::components::app::App;
use detainer_atlas::components::list::PAGE;
use detainer_atlas::dataset::{Dataset, Date};
use detainer_atlas::query::view::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Three reports: a weekly one (the default) with a national total of 300, named figures, an
/// issued figure and two disagreeing sources for Travis; a FOIA release whose primary measure
/// is issued and which also counts declines; a local one with no issued numbers. Forty filler
/// counties make more than a page of rows.
fn fixture() -> &'static Dataset {
    use std::sync::OnceLock;
    static DS: OnceLock<&'static Dataset> = OnceLock::new();
    DS.get_or_init(|| {
        let mut jurisdictions = String::from(
            "us,United States,US,nation,,,\n\
             travis,Travis County,TX,county,Austin,,\n\
             miami,Miami-Dade County,FL,county,,,\n\
             madera,Madera County,CA,county,,,\n\
             clark,Clark County,NV,county,Las Vegas,,\n",
        );
        let mut figures = String::from(
            "us1,us,w1,declined,300,,,,s1,\n\
             t1,travis,w1,declined,142,,,,s1,\n\
             t2,travis,w1,declined,143,,,,s2,a later count\n\
             m1,miami,w1,declined,20,,,,s1,\n\
             d1,madera,w1,declined,,,,,s1,named without a number\n\
             c1,clark,w1,issued,51,,,,s1,\n\
             i1,clark,jw,issued,400,,,,s2,\n\
             i2,miami,jw,issued,90,,,,s2,\n\
             i3,miami,jw,declined,12,,,,s2,\n\
             l1,miami,loc,declined,7,,2018,,s2,\n",
        );
        for i in 0..40 {
            jurisdictions.push_str(&format!("filler-{i:02},Filler County {i:02},OR,county,,,\n"));
            figures.push_str(&format!("x{i},filler-{i:02},w1,declined,{},,,,s1,\n", 1 + i % 5));
        }
        atlas_data::fixture::dataset(&[
            ("sources.csv", "s1,Weekly report,stored copy,ICE,2017-03-20,https://example.org/ice,,primary\n\
                s2,A story,stored copy,The Paper,,https://example.org/story,,secondary\n\
                s3,,,The Paper,2018-07-02,https://example.org/reversal,,secondary\n\
                s4,Sheriff's order 18-1,document,Clark County Sheriff,2018-07-01,https://example.org/order,,primary\n\
                s5,Declines by facility,document,NPR,,https://example.org/declines,,primary\n\
                s6,Detainers of fiscal 2015,document,NPR,,https://example.org/fy2015,,primary\n\
                s7,287(g) participating agencies,document,ICE,2025-07-18,https://example.org/287g,,primary"),
            ("reports.csv", "w1,Weekly report one,Weekly report one (ES),Weekly one,Weekly one (ES),ICE,2017-01-28,2017-02-03,2017-03-20,declined,ice_weekly,yes,The first week.,s1\n\
                jw,Released records,Released records (ES),Records,Records (ES),Records Office,2016-10-01,2016-12-31,2017-03-01,issued,foia,,Records released.,s2\n\
                loc,Local records,Local records (ES),Local,Local (ES),Counties,2018-01-01,2018-12-31,,declined,local,,Local counts.,s2\n\
                r2013,ICE records 2013,ICE records 2013 (ES),ICE 2013,ICE 2013 (ES),ICE,2013-01-01,2013-12-31,,declined,foia,,A year.,s5\n\
                r2014,ICE records 2014,ICE records 2014 (ES),ICE 2014,ICE 2014 (ES),ICE,2014-01-01,2014-12-31,,declined,foia,,A year.,s5\n\
                fy,ICE records FY2015,ICE records FY2015 (ES),ICE FY2015,ICE FY2015 (ES),ICE,2014-10-01,2015-07-19,,declined,foia,,To date.,s6"),
            // Clark runs two jails (their sum leads 2014), Travis one; a federal prison stays unmatched.
            (
                "ice-records/facilities.csv",
                "ccdc,CLARK COUNTY DETENTION CENTER,,LAS VEGAS,NV,clark,county,\n\
                 nv,NORTH VALLEY COMPLEX,,LAS VEGAS,NV,clark,by_hand,The county's second jail.\n\
                 tcj,TRAVIS COUNTY JAIL,,AUSTIN,TX,travis,county,\n\
                 fed,FCI,,BASTROP,TX,,unmatched,",
            ),
            ("ice-records/declines-by-year.csv", "ccdc,2013,r2013,4,s5\nccdc,2014,r2014,30,s5\nnv,2014,r2014,5,s5\ntcj,2014,r2014,9,s5\nfed,2014,r2014,50,s5"),
            ("ice-records/fy2015-outcomes.csv", "ccdc,fy,40,8,12,10,10,s6\nnv,fy,10,0,10,0,0,s6"),
            ("ice-records/national.csv", "r2014,declined,100,s5\nfy,issued,60,s6"),
            // Clark's sheriff holds two 287(g) agreements (one date ICE wrote unreadably); Miami's is pending.
            (
                "ice-287g/agreements.csv",
                "a1,Clark County Sheriff's Office,NV,County,Clark County,clark,county,A county agency.,jail_enforcement,2025-05-08,2025-05-08,participating,s7\n\
                 a2,Clark County Sheriff's Office,NV,County,Clark County,clark,county,A county agency.,task_force,,7/72025,participating,s7\n\
                 a3,Miami-Dade Sheriff's Office,FL,County,Miami-Dade County,miami,county,A county agency.,warrant_service,,,pending,s7",
            ),
            ("jurisdictions.csv", &jurisdictions),
            ("figures.csv", &figures),
            ("policies.csv", "travis-1,travis,serious_offences_only,Sheriff policy,,2017-02-01,,,,,,,,,Holds only people charged with grave crimes.,ES: Holds only people charged with grave crimes.,Honours detainers only for capital murder and a few other grave charges.,ES: Honours detainers only for capital murder and a few other grave charges.,capital murder,,,,,s1\n\
                clark-1,clark,no_holds,Sheriff's policy,,2014-07,,,2018-07-01,reversed,,s3;s4,The new sheriff resumed holds.,El nuevo alguacil retomó las retenciones.,Held no one without a warrant.,ES: Held no one without a warrant.,The jail held no one on a detainer alone.,ES: The jail held no one on a detainer alone.,,,,,,s2\n\
                miami-1,miami,honours_detainers,Mayor's order,,2017-01-26,,,,,,,,,Honours every detainer.,ES: Honours every detainer.,The mayor ordered the jail to honour every detainer.,ES: The mayor ordered the jail to honour every detainer.,,,,,,s2"),
            ("about.csv", "what,What a detainer is,Qué es una solicitud,A request from ICE.,Una petición de ICE.,measures,s1"),
        ])
    })
}

/// The day the tests take as today.
const TODAY: Date = Date { year: 2026, month: 12, day: 1 };

/// Mounts the app on the fixture in a fresh container with the view given as a query string.
/// Earlier tests' containers leave the page, so ids are unique as in a real page.
fn mount(query: &str) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").expect("div").unchecked_into();
    let earlier = document().query_selector_all(".test-root").expect("selector");
    for i in 0..earlier.length() {
        if let Some(el) = earlier.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            el.remove();
        }
    }
    container.set_class_name("test-root");
    document().body().expect("body").append_child(&container).expect("append");
    let ds = fixture();
    let initial = ViewState::from_query(ds, query);
    leptos::mount::mount_to(container.clone(), move || view! { <App ds initial=initial.clone() today=TODAY/> }).forget();
    container
}

async fn settle() {
    leptos::task::tick().await;
    gloo_timers::future::TimeoutFuture::new(0).await;
}

fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

fn one(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector).expect("valid selector").unwrap_or_else(|| panic!("{selector} not found")).unchecked_into()
}

fn text(el: &HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

fn names(root: &HtmlElement) -> Vec<String> {
    all(root, ".jurisdiction .expand").iter().map(|b| text(b).trim().to_string()).collect()
}

fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatch");
}

fn choose(select: &HtmlSelectElement, value: &str) {
    select.set_value(value);
    select.dispatch_event(&web_sys::Event::new("change").expect("event")).expect("dispatch");
}

#[wasm_bindgen_test]
async fn lists_a_page_of_rows_led_by_the_largest_figure_with_the_headers_attribution() {
    let root = mount("");
    settle().await;
    let rows = names(&root);
    assert_eq!(rows.len(), PAGE);
    assert_eq!(rows[..2], ["Travis County", "Miami-Dade County"]);
    assert!(text(&one(&root, ".results .more")).contains("more"));
    assert!(text(&one(&root, ".jurisdiction")).contains("142"));
    // 142 + 20 + forty fillers of 1 to 5 (8 of each) = 162 + 120.
    assert!(
        text(&one(&root, ".report-summary")).contains("282 of 300 detainers declined attributed"),
        "{}",
        text(&one(&root, ".report-summary"))
    );
}

#[wasm_bindgen_test]
async fn typing_a_loose_name_filters_and_announces_the_count() {
    let root = mount("");
    settle().await;
    let input: HtmlInputElement = one(&root, "#search").unchecked_into();
    type_into(&input, "miami dade");
    settle().await;
    assert_eq!(names(&root), ["Miami-Dade County"]);
    let status = one(&root, "[role=status]");
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(text(&status), "1 jurisdiction matches.");
    type_into(&input, "las vegas");
    settle().await;
    assert_eq!(names(&root), ["Clark County"], "aliases are searched");
}

#[wasm_bindgen_test]
async fn an_empty_result_offers_to_clear_the_filters() {
    let root = mount("q=zzzz-nowhere&state=TX");
    settle().await;
    assert!(names(&root).is_empty());
    assert!(text(&one(&root, ".empty")).contains("No jurisdiction matches"));
    one(&root, ".empty button").click();
    settle().await;
    assert_eq!(names(&root).len(), PAGE, "the list is back");
    let input: HtmlInputElement = one(&root, "#search").unchecked_into();
    assert_eq!(input.value(), "");
}

#[wasm_bindgen_test]
async fn expanding_a_row_shows_policy_every_figure_and_sources() {
    let root = mount("q=travis");
    settle().await;
    let button = one(&root, ".jurisdiction .expand");
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(all(&root, ".details").is_empty());
    button.click();
    settle().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    let details = one(&root, ".details");
    assert_eq!(button.get_attribute("aria-controls"), details.get_attribute("id"));
    let body = text(&details);
    assert!(body.contains("capital murder"), "the policy's criteria");
    assert!(body.contains("143") && body.contains("a later count"), "the disagreeing figure, with its note");
    assert!(text(&one(&root, ".jurisdiction .figure-line")).contains("sources differ"));
    let links = all(&details, "a[href^='http']");
    assert!(links.iter().any(|a| a.get_attribute("href").as_deref() == Some("https://example.org/story")), "the second source is linked");
    assert!(
        links
            .iter()
            .all(|a| a.get_attribute("target").as_deref() == Some("_blank")
                && a.get_attribute("rel").unwrap_or_default().contains("noopener"))
    );
}

#[wasm_bindgen_test]
async fn switching_report_changes_the_header_the_measure_and_the_order() {
    let root = mount("");
    settle().await;
    let select: HtmlSelectElement = one(&root, "#report").unchecked_into();
    choose(&select, "1");
    settle().await;
    assert_eq!(text(&one(&root, "#report-title")), "Released records");
    assert_eq!(names(&root)[..2], ["Clark County", "Miami-Dade County"]);
    assert!(text(&one(&root, ".jurisdiction .figure-line")).contains("400 detainers issued"));
    assert!(!text(&one(&root, ".jurisdiction .figure-line")).contains("declined"), "issued is never labelled declined");
}

#[wasm_bindgen_test]
async fn a_figure_of_a_narrower_period_shows_its_period() {
    let root = mount("report=loc&q=miami");
    settle().await;
    assert!(
        text(&one(&root, ".jurisdiction .figure-line")).contains("7 detainers declined (2018)"),
        "{}",
        text(&one(&root, ".jurisdiction .figure-line"))
    );
}

#[wasm_bindgen_test]
async fn not_reported_is_never_shown_as_zero() {
    let root = mount("q=madera");
    settle().await;
    assert_eq!(text(&one(&root, ".jurisdiction .figure-value")), "not reported");
}

#[wasm_bindgen_test]
async fn the_rankings_measure_switch_never_gets_stuck() {
    let root = mount("charts=1");
    settle().await;
    let bars = |root: &HtmlElement| all(root, "#ranking .rank-name").iter().map(text).collect::<Vec<_>>();
    assert_eq!(bars(&root)[0], "Travis County TX");
    // Weekly one: declined and issued.
    let buttons = all(&root, "#ranking .seg");
    assert_eq!(buttons.len(), 2);
    buttons[1].click();
    settle().await;
    assert_eq!(bars(&root), ["Clark County NV"], "issued: Clark's 51");
    // A report without issued numbers: back to declined, no switch, bars drawn.
    choose(&one(&root, "#report").unchecked_into(), "2");
    settle().await;
    assert!(all(&root, "#ranking .seg").is_empty());
    assert_eq!(bars(&root), ["Miami-Dade County FL"]);
    // A report whose own measure is issued offers declined too.
    choose(&one(&root, "#report").unchecked_into(), "1");
    settle().await;
    let buttons = all(&root, "#ranking .seg");
    assert_eq!(buttons.iter().map(text).collect::<Vec<_>>()[1], "detainers declined");
    assert_eq!(bars(&root)[0], "Clark County NV", "issued first: the report's own measure after the reader's choice fell back");
    buttons[1].click();
    settle().await;
    assert_eq!(bars(&root), ["Miami-Dade County FL"], "declined: Miami-Dade's 12");
}

#[wasm_bindgen_test]
async fn spanish_comes_from_the_url_and_the_switch_returns_to_english_keeping_the_view() {
    let root = mount("lang=es&q=travis");
    settle().await;
    assert_eq!(text(&one(&root, "label[for=search]")), "Buscar una jurisdicción");
    assert_eq!(document().document_element().and_then(|e| e.get_attribute("lang")).as_deref(), Some("es"));
    assert!(text(&one(&root, "#result-count")).contains("coincide"));
    assert!(text(&one(&root, ".jurisdiction .figure-line")).contains("solicitudes de retención rechazadas"));
    // Every policy summary has its Spanish version, in the page's language.
    let summary = one(&root, ".jurisdiction .summary");
    assert!(text(&summary).starts_with("ES: "), "the fixture's Spanish summary: {}", text(&summary));
    assert_eq!(summary.get_attribute("lang"), None);
    let switch = one(&root, "#lang-switch");
    assert_eq!(text(&switch).trim(), "English");
    switch.click();
    settle().await;
    assert_eq!(text(&one(&root, "label[for=search]")), "Find a jurisdiction");
    assert_eq!(document().document_element().and_then(|e| e.get_attribute("lang")).as_deref(), Some("en"));
    assert_eq!(names(&root), ["Travis County"], "the search survives the switch");
    assert_eq!(one(&root, ".jurisdiction .summary").get_attribute("lang"), None);
}

#[wasm_bindgen_test]
async fn about_the_data_shows_the_datas_prose_in_the_readers_language() {
    let root = mount("lang=es");
    settle().await;
    let about: web_sys::HtmlDetailsElement = one(&root, "#about").unchecked_into();
    about.set_open(true);
    about.dispatch_event(&web_sys::Event::new("toggle").expect("event")).expect("dispatch");
    settle().await;
    let body = text(&one(&root, "#about"));
    assert!(body.contains("Qué es una solicitud") && body.contains("Una petición de ICE."), "{body}");
    assert!(!body.contains("A request from ICE."));
}

#[wasm_bindgen_test]
async fn show_more_adds_a_page_and_a_link_to_a_far_row_shows_it_alone_after_the_page() {
    // Sorted by name, Filler County 39 is row 41 of 44: it comes after the first page, apart,
    // without the 15 rows between.
    let root = mount("open=filler-39&sort=name");
    settle().await;
    let rows = names(&root);
    assert_eq!(rows.len(), PAGE + 1, "a page and the open row: {rows:?}");
    assert_eq!(rows.last().map(String::as_str), Some("Filler County 39"));
    let open = one(&root, "#row-filler-39");
    assert!(open.class_list().contains("apart") && open.class_list().contains("expanded"));
    assert!(text(&open).contains("From further down the list"), "{}", text(&open));
    assert_eq!(all(&root, ".jurisdiction.apart").len(), 1);
    // Closed, it stays where it is (the reader's focus is on it) until the list changes.
    one(&root, "#row-filler-39 .expand").click();
    settle().await;
    assert!(!one(&root, "#row-filler-39").class_list().contains("expanded"));
    assert_eq!(names(&root).len(), PAGE + 1);
    // The next page brings the other 18 rows, the open row among them in its place.
    assert_eq!(text(&one(&root, ".results .more")), "Show 18 more (18 not shown yet)");
    one(&root, ".results .more").click();
    settle().await;
    let rows = names(&root);
    assert_eq!(rows.len(), 44, "all rows");
    assert_eq!(rows[40], "Filler County 39");
    assert!(all(&root, ".jurisdiction.apart").is_empty() && !text(&root).contains("further down the list"));
    assert!(root.query_selector(".results .more").ok().flatten().is_none());
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_rows() {
    let root = mount("sort=name");
    settle().await;
    let buttons = all(&root, ".jurisdiction .expand");
    buttons[0].focus().expect("focus");
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
        document().active_element().expect("focused").dispatch_event(&ev).expect("dispatch");
    };
    key("ArrowDown");
    assert_eq!(document().active_element().map(|e| e.id()), buttons[1].get_attribute("id"));
    key("End");
    assert_eq!(document().active_element().map(|e| e.id()), buttons[PAGE - 1].get_attribute("id"), "the last row shown");
    key("Home");
    assert_eq!(document().active_element().map(|e| e.id()), buttons[0].get_attribute("id"));
}

#[wasm_bindgen_test]
async fn a_failure_shows_a_note_with_a_reload_link_once() {
    let root = mount("");
    settle().await;
    root.set_id("app");
    detainer_atlas::components::app::show_failure();
    detainer_atlas::components::app::show_failure();
    let notes = all(&root, "#atlas-failure");
    assert_eq!(notes.len(), 1, "shown once");
    assert_eq!(notes[0].get_attribute("role").as_deref(), Some("alert"));
    let link = one(&notes[0], "a");
    assert_eq!(link.get_attribute("href"), Some(window().location().href().unwrap_or_default()));
    assert!(text(&notes[0]).contains("Reload"));
    root.remove_attribute("id").ok();
}

#[wasm_bindgen_test]
async fn a_policy_that_ended_says_how_on_its_row_and_an_earlier_date_shows_it_in_force() {
    let root = mount("q=clark");
    settle().await;
    let policy = one(&root, ".jurisdiction .policy");
    assert_eq!(text(&one(&policy, ".standing")), "Reversed in 2018");
    assert!(policy.class_list().contains("ended"));
    // The record as it stood in the week of the first report.
    choose(&one(&root, "#as-of").unchecked_into(), "2017-02-03");
    settle().await;
    assert_eq!(text(&one(&root, ".jurisdiction .standing")), "In force since 2014");
    assert!(text(&one(&root, ".as-of-note")).contains("February 3, 2017"));
    // Details: how it ended, with the ending's sources, the primary document first.
    one(&root, ".jurisdiction .expand").click();
    settle().await;
    let note = one(&root, ".details .end-note");
    assert!(text(&note).contains("The new sheriff resumed holds."));
    let cited: Vec<String> = all(&note, ".sources li").iter().map(text).collect();
    assert!(cited[0].starts_with("document") && cited[0].contains("Sheriff's order 18-1"), "{cited:?}");
    assert!(
        cited[1].starts_with("The Paper (opens in a new tab), July 2, 2018 (Headline not recorded)"),
        "a source without a headline reads as its publisher: {cited:?}"
    );
}

#[wasm_bindgen_test]
async fn the_category_filter_counts_the_policies_in_force_on_the_day_shown() {
    let root = mount("category=no_holds");
    settle().await;
    assert!(names(&root).is_empty(), "Clark's policy ended in 2018");
    let root = mount("category=no_holds&asof=2017-02-03");
    settle().await;
    assert_eq!(names(&root), ["Clark County"]);
}

#[wasm_bindgen_test]
async fn ices_records_show_each_jail_with_its_chart_table_sources_and_the_share_of_detainers_issued() {
    let root = mount("report=r2014");
    settle().await;
    assert_eq!(names(&root)[..2], ["Clark County", "Travis County"]);
    let rows = all(&root, ".jurisdiction .figure-line");
    assert!(text(&rows[0]).contains("35 detainers declined (sum of its 2 jails)"), "{}", text(&rows[0]));
    assert!(text(&rows[1]).contains("9 detainers declined (at TRAVIS COUNTY JAIL)"), "{}", text(&rows[1]));
    // 35 + 9 of the 100 recorded nationwide; the unmatched prison's 50 are in the total only.
    assert!(
        text(&one(&root, ".report-summary")).contains("44 of 100 detainers declined attributed"),
        "{}",
        text(&one(&root, ".report-summary"))
    );
    one(&root, ".jurisdiction .expand").click();
    settle().await;
    let section = one(&root, ".records-section");
    let jails = all(&section, "details.facility");
    assert_eq!(jails.len(), 2);
    assert!(jails.iter().all(|d| !d.has_attribute("open")), "several jails: each folded under its name");
    assert!(text(&jails[0]).contains("CLARK COUNTY DETENTION CENTER") && text(&jails[0]).contains("Las Vegas, Nevada"));
    assert!(text(&jails[1]).contains("The county's second jail."), "a match made by hand gives its reason");
    // The sum's table names what it is; its sources are cited once under it.
    assert!(text(&section).contains("All 2 jails together (the sum of the jails listed below)"));
    // The first jail: a bar for each calendar year (fiscal 2015 spans two: in the table only), its
    // county's later figures (400 issued in the records of late 2016, 51 in ICE's 2017 week) on
    // the same axis, labelled with measure and report, and the share declined out of the
    // detainers ICE issued to it.
    let chart = one(&jails[0], "svg.records-chart");
    assert_eq!(all(&chart, "rect.rec-bar").len(), 2);
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(all(&chart, "path.rec-mark").len(), 2);
    let marks: Vec<_> = all(&jails[0], ".records-marks li").iter().map(|li| text(li).trim().to_string()).collect();
    assert_eq!(marks.len(), 2);
    assert!(marks[0].starts_with("2016: 400 detainers issued (Records)"), "{marks:?}");
    assert!(marks[1].starts_with("2017: 51 detainers issued (Weekly one)"), "{marks:?}");
    let table = text(&one(&jails[0], "table.records"));
    assert!(table.contains("ICE 2013") && table.contains("booked into ICE custody") && table.contains("no outcome recorded"), "{table}");
    assert!(table.contains("8 of the 40 detainers ICE issued here in this period were recorded as declined (20.0%)."), "{table}");
    assert!(!table.contains("of the 30"), "a calendar year has no count of detainers issued per jail: no share");
    let cited: Vec<_> = all(&jails[0], ".records-sources a").iter().filter_map(|a| a.get_attribute("href")).collect();
    assert_eq!(cited, ["https://example.org/declines", "https://example.org/fy2015"]);
    // The second jail declined none of its 10: a real zero, counted, with its denominator.
    assert!(text(&jails[1]).contains("0 of the 10 detainers ICE issued here in this period were recorded as declined (0.0%)."));
}

#[wasm_bindgen_test]
async fn a_287g_agreement_is_said_on_its_row_apart_from_the_policy_explained_and_filtered() {
    let root = mount("287g=signed");
    settle().await;
    assert_eq!(names(&root), ["Clark County"], "only the signed agreement's row; Miami's is pending");
    let row = one(&root, ".jurisdiction");
    let line = text(&one(&row, ".agreement"));
    assert_eq!(
        line,
        "287(g): jail enforcement model, signed May 2025; task force model, signing date not readable in ICE's list (written “7/72025”) — ICE's list of July 18, 2025"
    );
    assert!(!text(&one(&row, ".policy")).contains("287(g)"), "the agreement is not the policy");
    one(&row, ".expand").click();
    settle().await;
    let details = text(&one(&root, ".details"));
    assert!(details.contains("287(g) agreements with ICE") && details.contains("not a policy limiting detainers"), "{details}");
    assert!(details.contains("hold them on ICE's detainers"), "each model explained");
    let root = mount("287g=pending");
    settle().await;
    assert_eq!(names(&root), ["Miami-Dade County"]);
    assert!(text(&one(&root, ".agreement")).starts_with("287(g) pending: warrant service officer model — ICE's list of July 18, 2025"));
    let picker: HtmlSelectElement = one(&root, "#agreement").unchecked_into();
    choose(&picker, "");
    settle().await;
    assert!(names(&root).len() > 2, "Any or none lists every row again");
    // A row with no local policy says so, never "no policy" as a fact.
    let root = mount("q=madera");
    settle().await;
    assert_eq!(text(&one(&root, ".jurisdiction .policy")).trim(), "No local policy on detainers found in these sources");
}

#[wasm_bindgen_test]
async fn a_search_with_a_slip_finds_the_place_and_one_that_finds_nothing_suggests_the_closest_names() {
    let root = mount("q=travs");
    settle().await;
    assert_eq!(names(&root), ["Travis County"], "one letter off");
    let root = mount("q=trxvxs%20cnty");
    settle().await;
    assert!(names(&root).is_empty());
    let empty = one(&root, ".empty");
    assert!(text(&empty).contains("Did you mean:"), "{}", text(&empty));
    let offered = all(&empty, ".suggestion");
    assert_eq!(offered.iter().map(text).collect::<Vec<_>>(), ["Travis County"]);
    offered[0].click();
    settle().await;
    assert_eq!(names(&root), ["Travis County"], "the suggestion searches for it");
    let input: HtmlInputElement = one(&root, "#search").unchecked_into();
    assert_eq!(input.value(), "Travis County");
}

#[wasm_bindgen_test]
async fn a_row_without_a_policy_or_a_number_says_its_287g_status_and_its_latest_figure_elsewhere() {
    // Filler County 00 has no policy, no agreement, and its only figure is in the weekly report.
    let root = mount("report=jw&q=filler+county+00");
    settle().await;
    let row = one(&root, ".jurisdiction");
    assert_eq!(text(&one(&row, ".figure-value")), "not reported");
    let latest = one(&row, ".latest");
    assert!(text(&latest).starts_with("Latest figure: 1 detainers declined — Weekly one"), "{}", text(&latest));
    assert_eq!(one(&latest, "a").get_attribute("href").as_deref(), Some("https://example.org/ice"), "with its source");
    assert_eq!(text(&one(&row, ".agreement.none")), "287(g): none on ICE's lists of July 18, 2025");
    // In the report that has its number, no other figure is offered instead.
    let root = mount("q=filler+county+00");
    settle().await;
    assert!(all(&root, ".jurisdiction .latest").is_empty());
    // A row with an agreement says it, and never "none"; a row with a policy gets no "none" line.
    let root = mount("q=clark");
    settle().await;
    assert!(all(&root, ".jurisdiction .agreement.none").is_empty());
    let root = mount("q=travis");
    settle().await;
    assert!(all(&root, ".jurisdiction .agreement.none").is_empty());
}
