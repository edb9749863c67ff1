//! Writes the app's default view, rendered to HTML, into a built `index.html` (its first page of
//! rows) and into `list.html` beside it (every row, details open, no script); run by the Trunk
//! post-build hook: `prerender path/to/index.html`. The marker it replaces is the loading
//! paragraph.

use std::process::ExitCode;

use detainer_atlas::prerender;

const MARKER: &str = "<p class=\"loading\">Loading Detainer Atlas…</p>";

fn main() -> ExitCode {
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
    ExitCode::SUCCESS
}
