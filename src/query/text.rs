//! Text normalisation for search: case-, accent- and punctuation-insensitive.
//!
//! Accents are folded with a small table of Latin letters instead of full Unicode
//! decomposition: the data is US place names, and the decomposition tables would cost more
//! bytes in the wasm than the whole dataset.

/// Lower-cases, folds Latin accents, turns every non-alphanumeric run into one space, trims.
/// `"Miami-Dade"` → `"miami dade"`, `"St. Lucie"` → `"st lucie"`, `"Doña Ana"` → `"dona ana"`.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let push = |out: &mut String, f: char, pending: &mut bool| {
        if *pending && !out.is_empty() {
            out.push(' ');
        }
        *pending = false;
        out.push(f);
    };
    for c in s.chars() {
        if let Some(folded) = fold(c) {
            for f in folded.chars() {
                push(&mut out, f, &mut pending_space);
            }
        } else if c.is_alphanumeric() {
            for f in c.to_lowercase() {
                push(&mut out, f, &mut pending_space);
            }
        } else if c != '\'' && c != '\u{2019}' {
            // Apostrophes join ("George's" → "georges"); all other punctuation separates.
            pending_space = true;
        }
    }
    out
}

/// The words of `s` after [`normalize`], "Saint" written "st" as place names also write it.
pub fn words(s: &str) -> Vec<String> {
    normalize(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            "saint" => "st".to_string(),
            "sainte" => "ste".to_string(),
            w => w.to_string(),
        })
        .collect()
}

/// The unaccented lower-case spelling of an accented Latin letter.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => "a",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
        'ñ' | 'ń' | 'Ñ' | 'Ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'š' | 'Š' => "s",
        'ž' | 'Ž' => "z",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(normalize("Miami-Dade"), "miami dade");
        assert_eq!(normalize("St. Lucie County"), "st lucie county");
        assert_eq!(normalize("  Doña  Ana "), "dona ana");
        assert_eq!(normalize("Prince George's County"), "prince georges county");
        assert_eq!(normalize("SÃO  josé"), "sao jose");
        assert_eq!(normalize("Washington, D.C."), "washington d c");
    }

    #[test]
    fn words_split_on_spaces() {
        assert_eq!(words("New York City (NYC)"), vec!["new", "york", "city", "nyc"]);
        assert!(words(" -- ").is_empty());
        assert_eq!(words("Saint Lucie"), words("St. Lucie"));
    }
}
