//! The CSV loader and validator on arbitrary bytes: the first byte picks which of a small valid
//! dataset's files the rest replaces. It must return a dataset or `file:line: reason` errors,
//! never panic, and every error must name a file and a line.
#![no_main]

use libfuzzer_sys::fuzz_target;

const FILES: [(&str, &str); 10] = [
    ("sources.csv", "id,headline,headline_from,publisher,date,url,archive_url,kind\ns1,A report,document,ICE,2017-03-20,https://example.org/a,,primary\n"),
    ("reports.csv", "id,title,title_es,short_title,short_title_es,publisher,period_start,period_end,published,primary_measure,kind,default,description,source_ids\nw1,Week 1,Semana 1,W1,Sem. 1,ICE,2017-01-28,2017-02-03,2017-03-20,declined,ice_weekly,yes,First report.,s1\n"),
    ("jurisdictions.csv", "id,name,state,level,aliases,parent,note\nus,United States,US,nation,,,\nt,Travis County,TX,county,Austin,,\n"),
    ("policies.csv", "id,jurisdiction_id,category,instrument,identifier,enacted,enacted_qualifier,in_force,ended,end_reason,ended_by,end_source_ids,end_note,end_note_es,summary,summary_es,description,description_es,criteria,jail_access,release_notification,status,status_note,source_ids\np1,t,no_holds,Policy,,2017-02-01,,,2017-09-25,reversed,,s1,,,Holds none.,No retiene.,\"A, b.\",\"A, b.\",,,,,,s1\n"),
    ("events.csv", "jurisdiction_id,date,kind,text,status,source_ids\nt,2017-09-25,rescinded,Ended.,,s1\n"),
    ("figures.csv", "id,jurisdiction_id,report_id,measure,value,qualifier,period,status,source_ids,note\nf1,t,w1,declined,142,,,,s1,\n"),
    ("lists.csv", "id,title,publisher,date,description,source_ids\nl1,List,ICE,2017-03-20,A list.,s1\n"),
    ("listings.csv", "list_id,jurisdiction_id,label,removed,status,source_ids,note\nl1,t,Travis,,,s1,\n"),
    ("disputes.csv", "jurisdiction_id,report_id,kind,by,date,text,source_ids\nt,w1,dispute,Sheriff,2017-03-20,Says 128.,s1\n"),
    ("about.csv", "id,heading,heading_es,text,text_es,extra,source_ids\na,About,Acerca,\"One.\n\nTwo.\",\"Uno.\n\nDos.\",flags,s1\n"),
];

fuzz_target!(|input: &[u8]| {
    let Some((&pick, bytes)) = input.split_first() else { return };
    let replaced = FILES[usize::from(pick) % FILES.len()].0;
    let result = atlas_data::load::load("data", |name| {
        if name == replaced {
            Ok(bytes.to_vec())
        } else {
            FILES.iter().find(|(n, _)| *n == name).map(|(_, t)| t.as_bytes().to_vec()).ok_or_else(|| "no such file".to_string())
        }
    });
    if let Err(errors) = result {
        assert!(!errors.is_empty());
        for e in errors {
            let line = e.to_string();
            assert!(line.starts_with("data/") && line.contains(".csv:"), "error without file and line: {line}");
        }
    }
});
