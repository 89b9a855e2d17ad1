//! The size report for dist/: raw and `gzip -9` bytes of every .wasm, .js and .css file,
//! printed as a table and written as JSON so README figures can be reproduced. The first
//! download (what the start page fetches) is told apart from the chunks of rarely used views,
//! fetched when one opens (xtask/src/split.rs); the budget applies to the first download.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::process::{describe, start_error};
use crate::workspace::{Workspace, DIST_DIR};
use crate::Result;

/// The download budget: wasm, JS and CSS of dist/'s first download, `gzip -9` bytes.
/// `cargo xtask bench` fails when the build exceeds it. It is a ratchet at the size reached (issue 12 asks for at
/// most 500,000 bytes; lower it whenever the download shrinks, never raise it without a reason).
/// Raised once, from 1,080,000, for issue 11's and 13's views (workspaces, exercises, the
/// comparison, the class view, the self-assessment, the clause at a glance: +176 KB).
/// Lowered to just above the size after the speed work that followed (1,255,310 bytes).
/// Raised for issue 13's views (the objective page's summary and sections, the header menus,
/// dark mode, global search, gap links: +58 KB) to just above 1,313,495 bytes.
/// Lowered to just above the first download (988,549 bytes) once the rarely used views were
/// fetched when first opened (xtask/src/split.rs); the chunks (400,009 bytes) come later.
/// Lowered to just above 959,228 bytes after stop 19's merge: the Chinese texts fetched on
/// demand and the glue minified (−36 KB), the import's and the save's new code (+12 KB).
/// Lowered to just above 833,892 bytes once team sync's code was fetched only when a workspace
/// uses it (app::sync_loader, −122 KB) and the model's encodings shared one writer (−3.5 KB),
/// and on its own branch to just above 799,593 bytes when the objective page, New objective,
/// the policy and the requirements were fetched when first opened too (−160 KB). Lowered to
/// just above 664,331 bytes, stop 20's merge of both with the register search's word search.
/// Lowered to just above 620,554 bytes at stop 21: the revision log without `serde_json::Value`
/// (−30 KB), the split loader and the service worker minified, the backup reminder's export
/// without the spreadsheet and calendar writers, dates read without chrono's format parser.
/// Then to just above 614,887 bytes at stop 21's merge, with the stylesheets joined into one
/// file (−6.7 KB) and the register search's smaller row window (+1 KB).
/// Lowered to just above 602,742 bytes at stop 22: the English texts only one group of views
/// fetched on demand uses are fetched with the group (build/text_groups.rs, −12 KB).
/// Lowered to just above 593,440 bytes at stop 23: fewer generic view instantiations (one
/// non-generic `Shown` for `<Show>`, closures boxed by the view macro or `reactive_view`, −9 KB).
/// Then to just above 588,958 bytes at stop 23's merge, with one keyed hasher for every map
/// (SipHash gone), dates read without chrono's item parser (−5.4 KB) and the opening's
/// after-paint work (+1.4 KB).
/// Lowered to just above 581,946 bytes at stop 24: floats written with zmij, so `core::fmt`'s
/// float formatting left the main module (domain::float_text, −7.0 KB).
/// Lowered to just above 570,803 bytes at stop 25: the tree's *Move to…* controls built in the
/// objective group's module (−3.2 KB) and the wizards' drafts read when a wizard first opens
/// (their serde code with the wizards', −7.5 KB).
/// Lowered to just above 562,918 bytes at stop 26: the English texts of the Training,
/// Workspaces, import and report views, the wizards' guidance and the communication panel
/// fetched with their groups (−8.0 KB), one helper for views waiting on split code, and the
/// crates' sources folder cut from compiled paths.
/// Lowered to just above 555,440 bytes at stop 27: the JSON writer generated from the serde
/// attributes (`derive(WriteJson)`), so serde's serializer left the first download (−7.7 KB).
/// Lowered to just above 505,352 bytes at stop 28: everything read at start read by the reader
/// derived from the serde attributes (`derive(ReadJson)`), so serde's deserializer left the
/// first download (−35.6 KB), and floats read without core's power-of-five table (−14 KB).
pub const DOWNLOAD_BUDGET_GZIP_BYTES: u64 = 506_500;

/// Where the JSON copy of the report goes, relative to the workspace root.
pub const REPORT_PATH: &str = "target/size-report.json";
/// The kinds of asset measured, by file extension; also the order of the per-kind totals.
const KINDS: [&str; 3] = ["wasm", "js", "css"];
/// `-n` leaves the file name and time stamp out of the gzip header, so the size does not
/// depend on Trunk's hashed file names and matches what a server would send.
const GZIP_ARGS: [&str; 3] = ["-9", "-n", "-c"];

/// One measured file.
struct Asset {
    /// Relative to dist/, with `/` separators.
    path: String,
    kind: &'static str,
    bytes: u64,
    gzip_bytes: u64,
    /// Fetched by the start page; false for a chunk of rarely used views.
    first: bool,
}

/// A sum over several assets.
#[derive(Default)]
struct Total {
    files: usize,
    bytes: u64,
    gzip_bytes: u64,
}

impl Total {
    fn of<'a>(assets: impl IntoIterator<Item = &'a Asset>) -> Self {
        assets
            .into_iter()
            .fold(Self::default(), |total, asset| Self {
                files: total.files + 1,
                bytes: total.bytes + asset.bytes,
                gzip_bytes: total.gzip_bytes + asset.gzip_bytes,
            })
    }
}

pub fn report(workspace: &Workspace) -> Result {
    report_total(workspace).map(|_| ())
}

/// Prints and writes the report; returns the `gzip -9` bytes of the first download.
pub fn report_total(workspace: &Workspace) -> Result<u64> {
    let dist = workspace.join(DIST_DIR);
    if !dist.is_dir() {
        return Err(format!("{DIST_DIR}/ does not exist; run `cargo xtask dist` first").into());
    }
    let assets = measure_assets(workspace, &dist)?;
    if assets.is_empty() {
        return Err(format!("{DIST_DIR}/ has no .wasm, .js or .css files").into());
    }
    print_table(&assets);
    let report_path = workspace.join(REPORT_PATH);
    write_json(&report_path, &assets)?;
    println!("size report written to {REPORT_PATH}");
    Ok(Total::of(assets.iter().filter(|asset| asset.first)).gzip_bytes)
}

/// Why the download is over the budget, if it is.
pub fn check_budget(gzip_bytes: u64, budget: u64) -> Result {
    if gzip_bytes > budget {
        return Err(format!(
            "the first download is {gzip_bytes} bytes gzip -9, over the budget of {budget} \
             (DOWNLOAD_BUDGET_GZIP_BYTES in xtask/src/size.rs)"
        )
        .into());
    }
    Ok(())
}

fn measure_assets(workspace: &Workspace, dist: &Path) -> Result<Vec<Asset>> {
    let mut files = Vec::new();
    collect_files(dist, &mut files)?;
    files.sort();
    let index = fs::read_to_string(dist.join("index.html")).unwrap_or_default();
    files
        .iter()
        .filter_map(|file| asset_kind(file).map(|kind| (file, kind)))
        .map(|(file, kind)| {
            let path = relative_display(dist, file);
            Ok(Asset {
                first: is_first_download(&path, kind, &index),
                path,
                kind,
                bytes: fs::metadata(file)
                    .map_err(|error| format!("cannot read {}: {error}", file.display()))?
                    .len(),
                gzip_bytes: gzip_size(workspace, file)?,
            })
        })
        .collect()
}

/// All regular files under `dir`, recursively: wasm-bindgen snippets live in subdirectories.
fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) -> Result {
    let entries =
        fs::read_dir(dir).map_err(|error| format!("cannot list {}: {error}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|error| format!("cannot list {}: {error}", dir.display()))?
            .path();
        if path.is_dir() {
            collect_files(&path, files)?;
        } else if path.is_file() {
            files.push(path);
        }
    }
    Ok(())
}

/// Whether the start page fetches `path`: everything but the wasm chunks that only the split
/// loader names (the main module is named in index.html; JS and CSS all load at start).
fn is_first_download(path: &str, kind: &str, index_html: &str) -> bool {
    kind != "wasm" || index_html.contains(path)
}

fn asset_kind(file: &Path) -> Option<&'static str> {
    let extension = file.extension()?.to_str()?;
    KINDS.into_iter().find(|kind| *kind == extension)
}

fn relative_display(dist: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(dist).unwrap_or(file);
    let parts: Vec<_> = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect();
    parts.join("/")
}

/// Compressed size from the real `gzip` tool, so the numbers match what people measure by hand.
fn gzip_size(workspace: &Workspace, file: &Path) -> Result<u64> {
    let mut command = workspace.command("gzip");
    command.args(GZIP_ARGS).arg(file).stderr(Stdio::inherit());
    let output = command
        .output()
        .map_err(|error| start_error(&command, &error))?;
    if !output.status.success() {
        return Err(format!("`{}` failed ({})", describe(&command), output.status).into());
    }
    u64::try_from(output.stdout.len()).map_err(|error| error.to_string().into())
}

fn print_table(assets: &[Asset]) {
    let width = assets
        .iter()
        .map(|asset| asset.path.len())
        .chain([12])
        .max()
        .unwrap_or_default();
    println!("\nSize of {DIST_DIR}/ (gzip {})", GZIP_ARGS[..2].join(" "));
    println!("  {:<width$} {:>12} {:>12}", "file", "bytes", "gzip bytes");
    for asset in assets {
        println!(
            "  {:<width$} {:>12} {:>12}",
            asset.path, asset.bytes, asset.gzip_bytes
        );
    }
    for (label, total) in labelled_totals(assets) {
        println!(
            "  {:<width$} {:>12} {:>12}   ({} KiB gzip)",
            label,
            total.bytes,
            total.gzip_bytes,
            kibibytes(total.gzip_bytes)
        );
    }
}

/// `total .wasm`, `total .js`, `total .css`, then `total`; with chunks, also the first
/// download and the chunks on their own.
fn labelled_totals(assets: &[Asset]) -> Vec<(String, Total)> {
    let by_kind = KINDS.into_iter().map(|kind| {
        let total = Total::of(assets.iter().filter(|asset| asset.kind == kind));
        (format!("total .{kind}"), total)
    });
    let mut totals: Vec<(String, Total)> = by_kind
        .chain([("total".to_owned(), Total::of(assets))])
        .collect();
    if assets.iter().any(|asset| !asset.first) {
        totals.push((
            "first download".to_owned(),
            Total::of(assets.iter().filter(|asset| asset.first)),
        ));
        totals.push((
            "chunks (later)".to_owned(),
            Total::of(assets.iter().filter(|asset| !asset.first)),
        ));
    }
    totals
}

/// One decimal, e.g. `123.4`.
fn kibibytes(bytes: u64) -> String {
    let tenths = (bytes * 10 + 512) / 1024;
    format!("{}.{}", tenths / 10, tenths % 10)
}

fn write_json(path: &Path, assets: &[Asset]) -> Result {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)
            .map_err(|error| format!("cannot create {}: {error}", dir.display()))?;
    }
    fs::write(path, to_json(assets))
        .map_err(|error| format!("cannot write {}: {error}", path.display()).into())
}

fn to_json(assets: &[Asset]) -> String {
    let files: Vec<String> = assets
        .iter()
        .map(|asset| {
            format!(
                "    {{ \"path\": {}, \"kind\": \"{}\", \"bytes\": {}, \"gzip_bytes\": {} }}",
                json_string(&asset.path),
                asset.kind,
                asset.bytes,
                asset.gzip_bytes
            )
        })
        .collect();
    let totals: Vec<String> = KINDS
        .into_iter()
        .map(|kind| {
            (
                kind,
                Total::of(assets.iter().filter(|asset| asset.kind == kind)),
            )
        })
        .chain([
            ("all", Total::of(assets)),
            (
                "first",
                Total::of(assets.iter().filter(|asset| asset.first)),
            ),
            (
                "later",
                Total::of(assets.iter().filter(|asset| !asset.first)),
            ),
        ])
        .map(|(kind, total)| {
            format!(
                "    \"{kind}\": {{ \"files\": {}, \"bytes\": {}, \"gzip_bytes\": {} }}",
                total.files, total.bytes, total.gzip_bytes
            )
        })
        .collect();
    format!(
        "{{\n  \"dist\": \"{DIST_DIR}\",\n  \"gzip\": \"gzip {}\",\n  \"files\": [\n{}\n  ],\n  \"totals\": {{\n{}\n  }}\n}}\n",
        GZIP_ARGS[..2].join(" "),
        files.join(",\n"),
        totals.join(",\n")
    )
}

/// A JSON string literal; file names are the only free text in the report.
fn json_string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            control if u32::from(control) < 0x20 => {
                quoted.push_str(&format!("\\u{:04x}", u32::from(control)));
            }
            other => quoted.push(other),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asset(path: &str, kind: &'static str, bytes: u64, gzip_bytes: u64) -> Asset {
        Asset {
            path: path.to_owned(),
            kind,
            bytes,
            gzip_bytes,
            first: true,
        }
    }

    #[test]
    fn escapes_json_strings() {
        assert_eq!(json_string(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(json_string("tab\t"), r#""tab\u0009""#);
    }

    #[test]
    fn totals_by_kind_and_overall() {
        let assets = [
            asset("app_bg.wasm", "wasm", 1000, 400),
            asset("app.js", "js", 100, 40),
            asset("snippets/x.js", "js", 50, 30),
        ];
        let totals = labelled_totals(&assets);
        let find = |label: &str| {
            totals
                .iter()
                .find(|(name, _)| name == label)
                .map(|(_, t)| t)
        };
        assert_eq!(
            find("total .js").map(|t| (t.files, t.bytes, t.gzip_bytes)),
            Some((2, 150, 70))
        );
        assert_eq!(find("total .css").map(|t| t.files), Some(0));
        assert_eq!(find("total").map(|t| t.gzip_bytes), Some(470));
    }

    #[test]
    fn wasm_chunks_that_the_page_does_not_name_come_later() {
        let index = r#"<script type=module>import init from './sixtwo-1.js';await init({module_or_path:'./sixtwo-1_bg.wasm'})</script>"#;
        assert!(is_first_download("sixtwo-1_bg.wasm", "wasm", index));
        assert!(is_first_download("sixtwo-1-split.js", "js", index));
        assert!(is_first_download("base-1.css", "css", index));
        assert!(!is_first_download(
            "split_sixtwo_report-2.wasm",
            "wasm",
            index
        ));

        let mut chunk = asset("split_x-1.wasm", "wasm", 500, 200);
        chunk.first = false;
        let assets = [asset("app_bg.wasm", "wasm", 1000, 400), chunk];
        let totals = labelled_totals(&assets);
        let gzip = |label: &str| {
            totals
                .iter()
                .find(|(name, _)| name == label)
                .map(|(_, t)| t.gzip_bytes)
        };
        assert_eq!(gzip("total"), Some(600));
        assert_eq!(gzip("first download"), Some(400));
        assert_eq!(gzip("chunks (later)"), Some(200));
        assert!(to_json(&assets)
            .contains(r#""first": { "files": 1, "bytes": 1000, "gzip_bytes": 400 }"#));
    }

    #[test]
    fn only_wasm_js_and_css_are_measured() {
        assert_eq!(asset_kind(Path::new("dist/app_bg.wasm")), Some("wasm"));
        assert_eq!(asset_kind(Path::new("dist/index.html")), None);
        assert_eq!(asset_kind(Path::new("dist/app.js.map")), None);
    }

    #[test]
    fn the_budget_fails_only_above_it() {
        assert!(check_budget(1000, 1000).is_ok());
        assert!(check_budget(1001, 1000).is_err());
    }

    #[test]
    fn rounds_kibibytes_to_one_decimal() {
        assert_eq!(kibibytes(1024), "1.0");
        assert_eq!(kibibytes(1536), "1.5");
    }
}
