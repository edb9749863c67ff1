//! Writes the app's default view, rendered to HTML, into a built `index.html` (its first page of
//! rows) and into `list.html` beside it (every row, details open, no script); run by the Trunk
//! post-build hook: `prerender path/to/index.html`. The marker it replaces is the loading
//! paragraph.

// It runs natively, at build time; a build of every target for WebAssembly (the lints) has
// nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::process::ExitCode;

    use detainer_atlas::dataset::{Dataset, Level};
    use detainer_atlas::i18n::Lang;
    use detainer_atlas::prerender;

    const MARKER: &str = "<p class=\"loading\">Loading Detainer Atlas…</p>";

    pub fn main() -> ExitCode {
        let Some(path) = std::env::args().nth(1) else {
            eprintln!("usage: prerender path/to/index.html");
            return ExitCode::FAILURE;
        };
        let html = match std::fs::read_to_string(&path) {
            Ok(h) => h,
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::FAILURE;
            }
        };
        if !html.contains(MARKER) {
            eprintln!("{path}: the loading paragraph to replace is missing");
            return ExitCode::FAILURE;
        }
        let ds = detainer_atlas::dataset::data();
        let list_path = std::path::Path::new(&path).with_file_name(prerender::FULL_LIST);
        let list = match prerender::full_list_file(&html, MARKER, &prerender::full_list(ds)) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::FAILURE;
            }
        };
        if let Err(e) = std::fs::write(&list_path, list) {
            eprintln!("{}: {e}", list_path.display());
            return ExitCode::FAILURE;
        }
        if let Err(e) = std::fs::write(&path, html.replacen(MARKER, &prerender::static_page(ds), 1)) {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
        println!("prerender: wrote the first page into {path} and every row into {}", list_path.display());
        if let Err(e) = place_pages(ds, &html, std::path::Path::new(&path)) {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
        // The open dataset: the tables this build baked, with their descriptor.
        let data_dir = std::path::Path::new(&path).with_file_name("data");
        match atlas_data::package::publish(ds, std::path::Path::new(env!("ATLAS_BAKED_DIR")), &data_dir, &format!("../{}", icon(&html))) {
            Ok(tables) => {
                let rows: usize = tables.iter().map(|(_, n)| n).sum();
                println!("prerender: published {} tables ({rows} rows) and datapackage.json in {}", tables.len(), data_dir.display());
            }
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        }
        ExitCode::SUCCESS
    }

    /// The site's icon in the built `index.html` (its hashed name), for the pages the build adds.
    fn icon(html: &str) -> &str {
        html.split("<link rel=\"icon\" href=\"./").nth(1).and_then(|s| s.split('"').next()).unwrap_or("favicon.svg")
    }

    /// The card's file in each language, in a place's folder.
    const CARDS: [(Lang, &str); 2] = [(Lang::En, "card.html"), (Lang::Es, "card-es.html")];

    /// Writes every jurisdiction's page (`j/<id>/index.html`) and cards beside `index` (the built
    /// `index.html`, whose text is `html`), with the policies of the day the build runs.
    fn place_pages(ds: &'static Dataset, html: &str, index: &std::path::Path) -> Result<(), String> {
        let today = detainer_atlas::components::app::host_today();
        // The card needs the colours, the page's base and the rows' styles, not the rest.
        let styles: Vec<&str> = html
            .split("<link rel=\"stylesheet\" href=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .filter(|href| ["tokens", "base", "list"].iter().any(|n| href.trim_start_matches("./").starts_with(&format!("{n}-"))))
            .collect();
        if styles.len() != 3 {
            return Err(format!("{}: expected the tokens, base and list style sheets, found {styles:?}", index.display()));
        }
        let icon = icon(html);
        let root = index.parent().unwrap_or(std::path::Path::new("."));
        let (mut pages, mut bytes, mut moved) = (0usize, 0usize, 0usize);
        for (i, j) in ds.jurisdictions.iter().enumerate().filter(|(_, j)| j.level != Level::Nation) {
            let dir = root.join(detainer_atlas::components::place_path(j.id));
            std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let (title, description) = prerender::place_meta(ds, i, today).ok_or_else(|| format!("{}: no such row", j.id))?;
            let page = prerender::place_file(html, MARKER, &prerender::place_page(ds, i), j.id, &title, &description)
                .map_err(|e| format!("{}: {e}", index.display()))?;
            let file = dir.join("index.html");
            bytes += page.len();
            std::fs::write(&file, page).map_err(|e| format!("{}: {e}", file.display()))?;
            for (lang, name) in CARDS {
                let title = (lang.text().place_title)(&detainer_atlas::components::place::place_name(j));
                let card = prerender::card_file(&prerender::card(ds, i, lang, today), lang, &title, &styles, icon);
                let file = dir.join(name);
                std::fs::write(&file, card).map_err(|e| format!("{}: {e}", file.display()))?;
            }
            pages += 1;
            // Links made with the ids of rows merged into this one still lead to it.
            for former in j.former_ids {
                let dir = root.join(detainer_atlas::components::place_path(former));
                std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                let file = dir.join("index.html");
                std::fs::write(&file, prerender::moved_file(j.id, j.name, icon)).map_err(|e| format!("{}: {e}", file.display()))?;
                moved += 1;
            }
        }
        println!(
            "prerender: wrote {pages} place pages ({} MB) with their cards, and a page for each of {moved} old ids of merged rows, in {}",
            bytes / 1_000_000,
            root.join("j").display()
        );
        Ok(())
    }
}
