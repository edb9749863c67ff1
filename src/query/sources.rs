//! How a source is cited: primary documents first, the publisher's name, the headline or the
//! fact that none is recorded. The one place these rules live; rows, details, the header and
//! the downloads use them.

use atlas_data::{Dataset, Source, SourceKind};

use super::format::{date, Lang};

/// The sources `ids` names, primary documents (the report, law, order or ordinance itself) first,
/// otherwise in the data's order. Unknown indices are skipped.
pub fn ordered(ds: &Dataset, ids: &[u16]) -> Vec<&'static Source> {
    let all: &'static [Source] = ds.sources;
    let mut v: Vec<&'static Source> = ids.iter().filter_map(|&i| all.get(usize::from(i))).collect();
    v.sort_by_key(|s| s.kind != SourceKind::Primary);
    v
}

/// The publisher's name; the web address's host where the data has no name.
pub fn publisher_name(s: &Source) -> &'static str {
    if s.publisher.is_empty() {
        host(s.url)
    } else {
        s.publisher
    }
}

fn host(url: &'static str) -> &'static str {
    let h = atlas_data::host(url);
    h.strip_prefix("www.").unwrap_or(h)
}

/// The headline, or the words saying none is recorded.
pub fn headline(s: &Source, lang: Lang) -> &'static str {
    if s.headline.is_empty() {
        lang.text().headline_not_recorded
    } else {
        s.headline
    }
}

/// Publisher and date: "Ventura County Star, March 21, 2017".
pub fn byline(s: &Source, lang: Lang) -> String {
    match s.date {
        Some(d) => format!("{}, {}", publisher_name(s), date(&d, lang)),
        None => publisher_name(s).to_string(),
    }
}

/// One line a reader can judge and cite: "Headline — Publisher, date".
pub fn citation(s: &Source, lang: Lang) -> String {
    format!("{} — {}", headline(s, lang), byline(s, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_data::fixture::dataset;

    fn sample() -> &'static Dataset {
        dataset(&[
            (
                "sources.csv",
                "news,Sheriff ends ICE holds,stored copy,Ventura County Star,2017-03-21,https://www.vcstar.com/story/1,,secondary\n\
                 bare,,,,,https://www.example.org/page,,secondary\n\
                 law,Ordinance 14-12,document,Board of Supervisors,2014-05-14,https://example.gov/ord,https://web.archive.org/x,primary",
            ),
            ("reports.csv", "w1,Week 1,Semana 1,W1,S. 1,ICE,,,,declined,ice_weekly,yes,One week.,news"),
            ("jurisdictions.csv", "us,United States,US,nation,,,"),
        ])
    }

    #[test]
    fn primary_documents_come_first_then_the_datas_order() {
        let ds = sample();
        let ids: Vec<&str> = ordered(ds, &[0, 1, 2, 99]).iter().map(|s| s.id).collect();
        assert_eq!(ids, ["law", "news", "bare"]);
    }

    #[test]
    fn a_citation_names_the_publisher_and_never_dresses_a_slug_as_a_headline() {
        let ds = sample();
        assert_eq!(citation(&ds.sources[0], Lang::En), "Sheriff ends ICE holds — Ventura County Star, March 21, 2017");
        assert_eq!(citation(&ds.sources[1], Lang::En), "Headline not recorded — example.org");
        assert_eq!(citation(&ds.sources[1], Lang::Es), "Titular no registrado — example.org");
    }
}
