//! Writes the app's default view, rendered to HTML, into a built `index.html` (run by the Trunk post-build hook):
//! `prerender path/to/index.html`. The marker it replaces is the loading paragraph.

use std::process::ExitCode;

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
    let body = detainer_atlas::prerender::static_page(detainer_atlas::dataset::data());
    if let Err(e) = std::fs::write(&path, html.replacen(MARKER, &body, 1)) {
        eprintln!("{path}: {e}");
        return ExitCode::FAILURE;
    }
    println!("prerender: wrote the plain list into {path}");
    ExitCode::SUCCESS
}
