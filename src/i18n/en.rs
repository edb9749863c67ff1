//! English.

use super::Text;
use atlas_data::EndReason;

pub static TEXT: Text = Text {
    name: "English",

    skip_link: "Skip to the list",
    tagline: "Which US jurisdictions limit or require honouring ICE detainers, since when, and how many detainers each declined, according to whom.",
    footer: "Detainer Atlas shows what public sources say, with each source linked. A figure is “not reported” when no source gave a number; it never means zero. Detainers issued (requests ICE sent) and detainers declined are different counts and are never added together.",

    report_label: "Report or period",
    nationwide: |m| format!("Nationwide, {m}"),
    published: |d| format!("Published {d}."),
    source_is: |p| format!("Source: {p}."),
    attributed: |named, total, measure, grouped| {
        let grouped = if grouped.is_empty() { String::new() } else { format!("; {grouped} more to unnamed jurisdictions grouped by state") };
        format!("{named} of {total} {measure} attributed to named jurisdictions in this dataset{grouped}.")
    },
    attribution_exceeds: |named, total, measure| {
        format!("The figures named here add up to {named} {measure}, more than the published total of {total}: they come from different tallies, so they are not counted against it.")
    },
    about_report: "About this report and its sources",
    period_from: |d| format!("from {d}"),
    period_to: |d| format!("to {d}"),

    filters_label: "Filters and sort",
    search_label: "Find a jurisdiction",
    search_placeholder: "County, city, state or law, e.g. Miami-Dade, NYC, SB 54",
    state_label: "State",
    all_states: "All states",
    category_label: "Policy",
    any_category: "Any policy",
    list_label: "Named on a list",
    any_list: "Any or none",
    sort_label: "Sort by",
    sorts: ["Figure, high first", "Name, A–Z", "Policy date, earliest first"],
    has_figures: "Only with a figure in this report",
    list_size: |named, removed| {
        if removed > 0 {
            format!("{named} jurisdictions of this list are in the dataset, {removed} of them later removed.")
        } else {
            format!("{named} jurisdictions of this list are in the dataset.")
        }
    },
    results: |n, filtered| match (n, filtered) {
        (0, _) => "No jurisdictions match.".to_string(),
        (1, true) => "1 jurisdiction matches.".to_string(),
        (n, true) => format!("{n} jurisdictions match."),
        (n, false) => format!("{n} jurisdictions and groups."),
    },
    no_match: "No jurisdiction matches this search and these filters.",
    clear_filters: "Clear search and filters",
    list_label_aria: "Jurisdictions",
    show_more: |n, left| format!("Show {n} more ({left} not shown yet)"),

    download_view: "Download this list (CSV)",
    download_all: "Download all figures (CSV)",
    downloaded_rows: |n| if n == 1 { "Downloaded 1 row.".into() } else { format!("Downloaded {n} rows.") },
    downloaded_figures: |n| format!("Downloaded {n} figures."),
    download_blocked: "The download was blocked.",

    measures: ["detainers issued", "detainers declined", "people released", "declined or not given enough notice"],
    measure_definitions: [
        "Detainers ICE sent to the jurisdiction: requests to hold someone, not refusals.",
        "Detainers the jurisdiction did not honour, as the source counted them.",
        "People released despite an ICE detainer or request for notice, as the source counted them.",
        "Declined detainers plus releases where ICE says it got too little notice; not declines alone.",
    ],
    levels: ["nation", "state", "county", "city", "city and county", "agency or jail", "several jurisdictions together"],
    categories: [
        "No holds without a warrant",
        "Holds for serious offences only",
        "Holds only on conditions ICE does not meet",
        "Limits cooperation",
        "Honours detainers",
        "State mandates compliance",
        "State requires cooperation",
        "Federal programme",
    ],
    category_definitions: [
        "Holds no one on an ICE detainer alone; a judicial warrant or court order is needed.",
        "Holds people only when they are charged with or convicted of listed serious offences, sometimes also requiring a warrant.",
        "Holds only on a condition ICE does not meet in practice, such as paying the jail's costs.",
        "Limits help to immigration enforcement without a rule on detainer holds.",
        "Honours all ICE detainers by its own decision.",
        "A state law or order requiring local agencies to honour ICE detainers.",
        "A state law or order that bans “sanctuary” policies or requires cooperation such as sharing information, without a confirmed duty to honour detainers.",
        "A federal programme or order, shown for context.",
    ],
    events: ["Enacted", "Changed", "Rescinded", "Superseded by state law", "Court ruling", "Event"],
    end_steps: [
        "Reversed",
        "Replaced by a later policy",
        "Overridden by state law",
        "Struck down by a court",
        "Replaced by an agreement with ICE",
        "Expired",
    ],
    qualifiers: ["at least", "more than", "fewer than", "nearly", "about"],
    statuses: [None, Some("unverified"), Some("disputed"), Some("corrected by its publisher")],
    not_reported: "not reported",
    sources_differ: "sources differ",
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],

    measures_heading: "Measures",
    categories_heading: "Policy categories",
    flags_heading: "Flags",
    flag_definitions: [
        "No source gave a number. It does not mean zero.",
        "Seen in a source the research could not confirm.",
        "Contested by the jurisdiction or another source; see the row's details.",
        "The publisher later withdrew or corrected it.",
        "Sources give different numbers; the details list each with its source.",
    ],

    ended_row: |reason, y, by, bound| {
        let when = if bound { format!("by {y}") } else { format!("in {y}") };
        match (reason, by) {
            (EndReason::Reversed, _) => format!("Reversed {when}"),
            (EndReason::Superseded, _) => format!("Replaced {when}"),
            (EndReason::Overridden, Some(by)) => format!("Overridden by {by} since {y}"),
            (EndReason::Overridden, None) => format!("Overridden by state law since {y}"),
            (EndReason::StruckDown, _) => format!("Struck down {when}"),
            (EndReason::Agreement, _) => format!("Replaced by an agreement with ICE {when}"),
            (EndReason::Expired, _) => format!("Expired {when}"),
        }
    },
    in_force_since: |y| format!("In force since {y}"),
    in_force_by: |y| format!("In force by {y}"),
    in_force_undated: "In force",
    no_policy: "No policy recorded",
    no_policy_by: |d| format!("No policy recorded by {d}"),
    as_of_label: "Policies in force on",
    as_of_today: |d| format!("Today ({d})"),
    as_of_report: |d, r| format!("{d} ({r})"),
    as_of_note: |d| format!("Policies as they stood on {d}. Figures are those of the report chosen above."),

    part_of: |p| format!("Part of {p}."),
    policy_heading: "Policy",
    no_written_policy: "The research found no written policy for this jurisdiction.",
    state_law_heading: |s| format!("State law in {s}"),
    state_law_note: "State measures that applied here, separate from the jurisdiction's own policy.",
    since: |d| format!("since {d}"),
    since_cap: |d| format!("Since {d}"),
    until_cap: |d| format!("Until {d}"),
    in_force: |a, b| format!("In force {a} – {b}"),
    date_unknown: "date not known",
    by_date: |d| format!("By {d}"),
    date_unknown_cap: "Date not known",
    history_heading: "History",
    state_scope: "State",
    figures_heading: "Figures in every report",
    figures_region: "Figures",
    no_figures: "No source gave a figure for this jurisdiction.",
    figure_columns: ["Report", "Measure", "Figure", "Note and sources"],
    lists_heading: "Named on lists",
    listed_as: |l| format!(" as “{l}”"),
    removed_by: |d| format!("; removed by {d}"),
    disputes_heading: "Disputes and corrections",
    disputed_by: |b| format!("Disputed by {b}"),
    corrected_by: |b| format!("Corrected by {b}"),
    on_or_before: |d| format!("Adopted on or before {d}"),
    ended_on: |step, d| format!("{step} on {d}"),
    ended_on_or_before: |step, d| format!("{step} on or before {d}"),
    ended_by: |m| format!("by {m}"),
    took_effect: |d| format!("took effect {d}"),
    policy_facts: ["Instrument", "Identifier", "When ICE's detainer is honoured", "ICE access to the jail", "Notice of release to ICE"],

    sources_label: "Sources",
    new_tab: "opens in a new tab",
    headline_not_recorded: "Headline not recorded",
    archived_copy: "archived copy",
    primary_document: "document",

    embed_button: "Embed",
    embed_code_label: "Code for this view (paste it into your article's HTML)",
    embed_title: "Detainer Atlas: US jurisdictions and ICE detainers",
    copy_code: "Copy code",
    copied: "Copied to the clipboard.",
    copy_blocked: "Copying was blocked here: select the code and copy it.",

    charts_summary: "Charts: ranking, map and timeline",
    charts_label: "Charts",
    period_label: "Period shown in the charts",
    period_note: "This report's figures cover different periods; the charts compare figures of one period at a time.",
    report_period: "The report's own period",
    show_as_table: "Show as table",
    ranking_title: |m| format!("Most {m} in this report"),
    ranking_description: |bars, rest, missing| {
        let mut d = if bars == 1 { "The only figure among the listed jurisdictions.".to_string() } else { format!("The {bars} largest figures among the listed jurisdictions.") };
        match rest {
            0 => {}
            1 => d.push_str(" 1 more has a smaller figure."),
            n => d.push_str(&format!(" {n} more have a smaller figure.")),
        }
        match missing {
            0 => {}
            1 => d.push_str(" 1 was named without a number and is not drawn."),
            n => d.push_str(&format!(" {n} were named without a number and are not drawn.")),
        }
        d
    },
    ranking_empty: |m| format!("No listed jurisdiction has a figure for {m} in this report."),
    measure_shown: "Measure shown",
    issued_toggle: "detainers issued (requests, not refusals)",
    ranking_columns: ["Rank", "Jurisdiction", "Flag"],
    ranking_table: "Ranking as a table",
    map_title: |m| format!("{m} by state"),
    map_description: "One square per state. Darker means more. A state's figure is the source's own statewide count where there is one, otherwise the sum of its named jurisdictions' exact figures. Dashed squares have policies or listings but no figure. Select a state to filter the list; arrow keys move between states.",
    map_group: "States",
    tile_statewide: "statewide figure",
    tile_sum: "sum of named jurisdictions",
    tile_policies: "policies or listings, no figure in this report",
    tile_no_data: "no data",
    legend: "Legend",
    showing: "Showing",
    clear_state: "Clear state filter",
    map_table: "States as a table",
    map_columns: ["State", "What the number is"],
    timeline_title: "When policies were enacted and changed",
    timeline_description: |n, from| format!("{n} dated steps of the listed jurisdictions from {from} on, one column a year, with federal milestones as diamonds above. Select a column or a diamond to see what happened; arrow keys move between them."),
    timeline_group: "Years and milestones",
    year_steps: |y, n| if n == 1 { format!("{y}: 1 policy step") } else { format!("{y}: {n} policy steps") },
    enacted_step: |s| format!("enacted: {s}"),
    timeline_table: "Timeline as a table",
    timeline_columns: ["Year", "Policies enacted", "Other steps (changes, rulings)"],
    milestones_heading: "Federal milestones",
    milestone_begins: |x| format!("{x} begins"),
    milestone_published: |x| format!("Published: {x}"),
    arrows_hint: "Use the arrow keys to move, Home and End for the first and last.",

    about_summary: "About the data",
    about_reports_heading: "Reports and periods, with their sources",
    about_reports_intro: "Each report or period in the dataset, who published it and when, what it covered, and where its figures come from.",
    about_disputes_heading: "Disputes and corrections",
    about_disputes_intro: |d, c| {
        format!("The dataset records {d} disputes (a jurisdiction or another source contesting an entry) and {c} corrections (a publisher correcting itself). Each is shown in the row's details with its sources.")
    },
};
