//! Checks on the text a reader sees: research-sheet artefacts, text cut off mid-way, one-line
//! summaries that are not one sentence, headlines made from web addresses and unclean URLs.
//!
//! The loader applies them to every reader-text column, so a data editor gets `file:line` for a
//! note pasted from a research sheet, and such text cannot reach the app again.

/// The longest one-line policy summary, in characters (English; Spanish may be 15% longer).
pub const SUMMARY_MAX: usize = 120;
/// The longest Spanish summary, in characters.
pub const SUMMARY_ES_MAX: usize = 140;

/// Phrases that belong to research notes, never to reader text (matched case-insensitively).
const NOTE_PHRASES: &[&str] =
    &["unverified", "later:", "when:", "signed or issued:", "as of by", "truncated", "excerpt", "presumably", ".md", "table a", "table b"];

/// The first research-sheet artefact in `text`, described for the data editor.
pub fn artefact(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for phrase in NOTE_PHRASES {
        if let Some(at) = lower.find(phrase) {
            // "table a"/"table b" only as whole words ("Table Bay" is not a sheet reference); the
            // flag's own name in quotation marks (“unverified”) is how About explains it.
            let end = at + phrase.len();
            let whole = !phrase.starts_with("table") || !lower[end..].starts_with(|c: char| c.is_alphanumeric());
            let quoted_flag = *phrase == "unverified" && lower[..at].ends_with(['“', '"']) && lower[end..].starts_with(['”', '"']);
            if whole && !quoted_flag {
                return Some(format!(
                    "'{}' is a research-note artefact: write it for readers (a doubt goes in status and status_note)",
                    &text[at..end]
                ));
            }
        }
    }
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '#')) {
        if sheet_reference(word) {
            return Some(format!("'{word}' looks like a research-sheet reference: readers cannot look it up"));
        }
    }
    None
}

/// `S30`, `C9`, `T134`, `L13`, `#44`: a research-sheet row number.
fn sheet_reference(word: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match word.as_bytes().first() {
        Some(b'#') => digits(&word[1..]),
        Some(b'S' | b'C' | b'T' | b'L') => digits(&word[1..]),
        _ => false,
    }
}

/// Brackets or double quotes left open or closed twice: the mark of text cut off mid-way.
pub fn unbalanced(text: &str) -> Option<String> {
    let mut stack = Vec::new();
    for c in text.chars() {
        match c {
            '(' | '[' | '“' => stack.push(c),
            ')' | ']' | '”' => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '“',
                };
                if stack.pop() != Some(open) {
                    return Some(format!("'{c}' closes nothing: check the brackets and quotation marks"));
                }
            }
            _ => {}
        }
    }
    if let Some(c) = stack.pop() {
        return Some(format!("'{c}' is never closed: the text looks cut off"));
    }
    if text.matches('"').count() % 2 == 1 {
        return Some("an odd number of '\"': a quotation is never closed".into());
    }
    None
}

/// Problems of reader text: artefacts and unbalanced marks.
pub fn reader_text(text: &str) -> Option<String> {
    artefact(text).or_else(|| unbalanced(text))
}

/// Problems of a one-line summary: one complete sentence of at most `max` characters.
pub fn summary(text: &str, max: usize) -> Option<String> {
    let n = text.chars().count();
    if n > max {
        return Some(format!("is {n} characters; keep the one-line summary to {max}"));
    }
    let end = text.trim_end_matches(['"', '”', ')']);
    if !end.ends_with(['.', '!', '?']) {
        return Some("must be one complete sentence ending with a full stop".into());
    }
    if text.contains(';') {
        return Some("has a ';': write one sentence (details go in the description)".into());
    }
    None
}

/// True for a host name written where a name belongs ("vcstar.com"); names that happen to end
/// in a domain ("NJ.com", "Salem-News.com") are written with capitals.
pub fn looks_like_host(text: &str) -> bool {
    !text.contains(' ')
        && !text.chars().any(char::is_uppercase)
        && text.contains('.')
        && text.rsplit('.').next().is_some_and(|tld| (2..=6).contains(&tld.len()))
}

/// Lower-case words of `text`, letters and digits only.
fn word_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// True when a headline is the URL's last path segment dressed as a title: its words joined by
/// spaces with only the first letter capitalised ("El paso county sheriff bill elder aclu ice"),
/// or the host name. (A real headline may use the slug's words; it has its own capitals and
/// punctuation.)
pub fn headline_is_slug(headline: &str, url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let last = last.rsplit_once('.').map_or(last, |(stem, ext)| if ext.len() <= 5 { stem } else { last });
    let words = word_key(last);
    let mut dressed = words.clone();
    if let Some(first) = dressed.get(..1) {
        dressed = format!("{}{}", first.to_uppercase(), &dressed[1..]);
    }
    !headline.is_empty() && (headline == dressed || headline == words || word_key(headline) == word_key(host(url)))
}

pub use crate::host;

/// Query parameters that only track a click.
const TRACKING: &[&str] = &["utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "cmpid", "ocid", "smid", "sh="];
/// Host prefixes of staging, development, asset and origin servers, not the public site.
const NON_PUBLIC_HOSTS: &[&str] = &["staging.", "stage.", "dev.", "new-origin.", "origin.", "twt-assets.", "preview."];

/// Why a URL is not the canonical address of a page, if it is not.
pub fn url_problem(url: &str) -> Option<String> {
    let h = host(url).to_lowercase();
    let h = h.strip_prefix("www.").unwrap_or(&h);
    if h.ends_with('.') {
        return Some(format!("the host '{h}' ends with a dot"));
    }
    if let Some(p) = NON_PUBLIC_HOSTS.iter().find(|p| h.starts_with(**p)) {
        return Some(format!("'{p}…' is a staging or asset host: use the public address of the page"));
    }
    if let Some((_, query)) = url.split_once('?') {
        for param in query.split('&') {
            if let Some(t) = TRACKING.iter().find(|t| param.to_lowercase().starts_with(**t)) {
                return Some(format!("the tracking parameter '{t}…' is not part of the address: remove it"));
            }
            if param.split_once('=').is_some_and(|(_, v)| v.to_lowercase().starts_with("http")) {
                return Some("a proxy or redirect wrapper: use the address it points to".into());
            }
        }
    }
    if url.contains("%92") {
        return Some("'%92' is an old Windows-encoded apostrophe: use the page's real address".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn research_note_artefacts_are_found_and_reader_text_passes() {
        for bad in [
            "Holds no one (Hold policy UNVERIFIED).",
            "Listed in Table B of the sheet.",
            "Reported in the week of S230 report.",
            "Counted by the list (#44).",
            "When: 2014. Later: Later.",
            "Policy as of by 2017.",
            "Chief said (object truncated in excerpt).",
        ] {
            assert!(reader_text(bad).is_some(), "{bad}");
        }
        for good in [
            "The county holds no one for ICE without a judge's warrant.",
            "Texas SB 4 took effect after the appeals court's stay on September 25, 2017.",
            "Section 7282.5 of the Government Code lists the offences (a felony or a serious misdemeanour).",
            "The Table Bay office.",
            "Items the research could not confirm are marked “unverified”.",
        ] {
            assert_eq!(reader_text(good), None, "{good}");
        }
    }

    #[test]
    fn text_cut_off_mid_way_is_found() {
        assert!(unbalanced("Holds only serious cases (1st/2nd-degree").is_some());
        assert!(unbalanced("Chief said LAPD \"would no longer participate").is_some());
        assert!(unbalanced("An “open quotation").is_some());
        assert!(unbalanced("Closes ) nothing (").is_some());
        assert_eq!(unbalanced("The sheriff called it a \"longstanding policy\" (in 2018)."), None);
    }

    #[test]
    fn a_summary_is_one_short_sentence() {
        assert!(summary("Case-by-case, three categories", 120).is_some(), "no full stop");
        assert!(summary("Declines holds; shares release dates.", 120).is_some(), "two clauses");
        assert!(summary(&format!("{}.", "a".repeat(120)), 120).is_some(), "too long");
        assert_eq!(summary("The jail holds no one for ICE without a judge's warrant.", 120), None);
        assert_eq!(summary("The county honours only detainers with a \"judicial warrant.\"", 120), None);
    }

    #[test]
    fn slugs_and_hosts_are_not_headlines() {
        let url = "https://www.latimes.com/archives/la-me-ice-holds-20140520-story.html";
        assert!(headline_is_slug("La me ice holds 20140520 story", url));
        let slug_words = "https://www.kxan.com/news/travis-county-leads-nation-in-ice-detention-request-denials/";
        assert!(headline_is_slug("Travis county leads nation in ice detention request denials", slug_words));
        assert!(!headline_is_slug("Travis County Leads Nation in ICE Detention Request Denials", slug_words), "the real headline");
        assert!(headline_is_slug("latimes.com", "https://latimes.com/x"));
        assert!(!headline_is_slug("Los Angeles County to stop honoring most ICE holds", url));
        assert!(looks_like_host("vcstar.com") && looks_like_host("twt-assets.washtimes.com"));
        assert!(!looks_like_host("Ventura County Star") && !looks_like_host("U.S. Immigration and Customs Enforcement"));
        assert!(!looks_like_host("NJ.com") && !looks_like_host("Salem-News.com"));
    }

    #[test]
    fn unclean_addresses_are_found() {
        assert!(url_problem("https://twt-assets.washtimes.com/news/2025/apr/9/x").is_some());
        assert!(url_problem("https://new-origin.patch.com/x").is_some());
        assert!(url_problem("https://example.org/a?utm_source=twitter").is_some());
        assert!(url_problem("https://legiscan.com./CA/text/AB2792/2015").is_some());
        assert!(url_problem("https://proxy.example/fetch?url=https%3A%2F%2Fa.org").is_some());
        assert!(url_problem("https://proxy.example/fetch?url=https://a.org/b").is_some());
        assert!(url_problem("http://example.org/Sheriff%92s-policy").is_some());
        assert_eq!(url_problem("https://www.ice.gov/doclib/ddor/ddor2017_01-28to02-03.pdf"), None);
        assert_eq!(url_problem("https://example.org/story?id=123"), None);
    }
}
