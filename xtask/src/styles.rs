//! Joining the release build's stylesheets into one file. The page names one stylesheet per
//! part of the interface (kept apart in `style/` for their readers); over HTTP/1.1 each takes
//! one of the browser's six connections to the site while the wasm and the glue wait for one,
//! and each is compressed on its own. Runs in `finish-dist` after the glue is minified and
//! before the policy and the service worker's precache list, which are taken from the final
//! files.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::minify::{attribute, integrity, tags};
use crate::Result;

/// Hex digits of the content hash in the joined file's name (as many as Trunk's own names).
const NAME_HASH_DIGITS: usize = 16;

/// One `<link rel=stylesheet>` of the page: where its tag is, and its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkedSheet {
    /// Byte range of the whole tag, `<` to `>` inclusive.
    pub start: usize,
    pub end: usize,
    /// The file's name relative to the page, without `./`.
    pub file: String,
    /// `sha256`, `sha384` or `sha512`, from the tag's `integrity` (Trunk writes one).
    pub algorithm: String,
}

/// Joins every stylesheet `dir/index.html` links into one file named after its content, links
/// that one in the first one's place and deletes the others. Returns the new file's name and
/// how many were joined, or `None` when the page links fewer than two.
pub fn join_stylesheets(dir: &Path) -> Result<Option<(String, usize)>> {
    let index_path = dir.join("index.html");
    let html = fs::read_to_string(&index_path)
        .map_err(|error| format!("cannot read {}: {error}", index_path.display()))?;
    let sheets = linked_sheets(&html)?;
    if sheets.len() < 2 {
        return Ok(None);
    }
    let mut texts = Vec::with_capacity(sheets.len());
    for sheet in &sheets {
        let path = dir.join(&sheet.file);
        let text = fs::read_to_string(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        texts.push((sheet.file.as_str(), text));
    }
    let joined = joined_text(&texts)?;
    let digest = Sha256::digest(joined.as_bytes());
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    let name = format!("sixtwo-{}.css", &hex[..NAME_HASH_DIGITS]);
    let integrity = integrity(&sheets[0].algorithm, joined.as_bytes())?;
    let tag = format!(r#"<link rel="stylesheet" href="./{name}" integrity="{integrity}">"#);
    let page = with_one_sheet(&html, &sheets, &tag);
    fs::write(dir.join(&name), &joined)
        .map_err(|error| format!("cannot write {name} in {}: {error}", dir.display()))?;
    fs::write(&index_path, page)
        .map_err(|error| format!("cannot write {}: {error}", index_path.display()))?;
    for sheet in &sheets {
        let path = dir.join(&sheet.file);
        fs::remove_file(&path)
            .map_err(|error| format!("cannot remove {}: {error}", path.display()))?;
    }
    Ok(Some((name, sheets.len())))
}

/// The page's `<link rel=stylesheet>` tags in document order. A sheet that only applies to some
/// media, or that lies outside the build's folder, cannot be joined without changing what it
/// means: that is an error rather than a silently different page.
pub fn linked_sheets(html: &str) -> Result<Vec<LinkedSheet>> {
    let mut sheets = Vec::new();
    for (range, tag) in tags(html) {
        let is_link = tag
            .get(..5)
            .is_some_and(|name| name.eq_ignore_ascii_case("link "));
        if !is_link || attribute(tag, "rel") != Some("stylesheet") {
            continue;
        }
        let href = attribute(tag, "href").ok_or("a stylesheet link without href")?;
        let file = href.trim_start_matches("./");
        if file.contains(['/', '?', '#', ':']) || !file.ends_with(".css") {
            return Err(format!("stylesheet {href} is not a file of the build").into());
        }
        if attribute(tag, "media").is_some() {
            return Err(format!("stylesheet {href} has a media attribute").into());
        }
        let algorithm = attribute(tag, "integrity")
            .and_then(|value| value.split_once('-'))
            .map(|(algorithm, _)| algorithm.to_owned())
            .ok_or_else(|| format!("stylesheet {href} has no integrity attribute"))?;
        sheets.push(LinkedSheet {
            start: *range.start(),
            end: *range.end(),
            file: file.to_owned(),
            algorithm,
        });
    }
    Ok(sheets)
}

/// The sheets' texts one after the other, in the page's order (so the cascade is unchanged).
/// `@import` and `@charset` are only valid at the top of a sheet, so a file using them cannot
/// be joined.
pub fn joined_text(texts: &[(&str, String)]) -> Result<String> {
    let mut joined = String::new();
    for (file, text) in texts {
        if text.contains("@import") || text.contains("@charset") {
            return Err(format!("{file} uses @import or @charset: cannot be joined").into());
        }
        joined.push_str(text.trim_end());
        joined.push('\n');
    }
    Ok(joined)
}

/// `html` with the first sheet's tag replaced by `tag` and the other sheets' tags (and the line
/// breaks after them) removed.
pub fn with_one_sheet(html: &str, sheets: &[LinkedSheet], tag: &str) -> String {
    let mut page = String::with_capacity(html.len());
    let mut kept = 0;
    for (index, sheet) in sheets.iter().enumerate() {
        page.push_str(&html[kept..sheet.start]);
        kept = sheet.end + 1;
        if index == 0 {
            page.push_str(tag);
        } else if html[kept..].starts_with('\n') {
            kept += 1;
        }
    }
    page.push_str(&html[kept..]);
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><meta charset=utf-8>\n\
        <link href=./tokens-1a.css integrity=sha384-AAA rel=stylesheet>\n\
        <link href=./base-2b.css integrity=sha384-BBB rel=stylesheet>\n\
        <link crossorigin href=./sixtwo-9d.js integrity=sha384-JS rel=modulepreload>\n\
        <link href=./print-3c.css integrity=sha384-CCC rel=stylesheet>\n\
        <title>SixTwo</title></head></html>";

    #[test]
    fn finds_the_stylesheets_in_order_and_nothing_else() -> Result {
        let sheets = linked_sheets(PAGE)?;
        let files: Vec<&str> = sheets.iter().map(|sheet| sheet.file.as_str()).collect();
        assert_eq!(files, ["tokens-1a.css", "base-2b.css", "print-3c.css"]);
        assert!(sheets.iter().all(|sheet| sheet.algorithm == "sha384"));
        assert_eq!(
            &PAGE[sheets[0].start..=sheets[0].end],
            "<link href=./tokens-1a.css integrity=sha384-AAA rel=stylesheet>"
        );
        Ok(())
    }

    #[test]
    fn the_page_links_the_joined_sheet_where_the_first_one_was() -> Result {
        let sheets = linked_sheets(PAGE)?;
        let page = with_one_sheet(PAGE, &sheets, "<link rel=stylesheet href=./one.css>");
        assert_eq!(
            page,
            "<html><head><meta charset=utf-8>\n\
            <link rel=stylesheet href=./one.css>\n\
            <link crossorigin href=./sixtwo-9d.js integrity=sha384-JS rel=modulepreload>\n\
            <title>SixTwo</title></head></html>"
        );
        assert_eq!(page.matches("stylesheet").count(), 1);
        Ok(())
    }

    #[test]
    fn sheets_are_joined_in_order_and_refused_when_they_cannot_be() -> Result {
        let joined = joined_text(&[
            ("a.css", ".a { color: red; }\n\n".to_owned()),
            ("b.css", ".b { color: blue; }".to_owned()),
        ])?;
        assert_eq!(joined, ".a { color: red; }\n.b { color: blue; }\n");
        assert!(joined_text(&[("c.css", "@import url(x.css);".to_owned())]).is_err());
        assert!(joined_text(&[("d.css", "@charset \"utf-8\";".to_owned())]).is_err());
        let media = "<link href=./p.css integrity=sha384-X media=print rel=stylesheet>";
        assert!(linked_sheets(media).is_err());
        let elsewhere = "<link href=https://cdn.example/x.css integrity=sha384-X rel=stylesheet>";
        assert!(linked_sheets(elsewhere).is_err());
        Ok(())
    }

    #[test]
    fn the_joined_files_replace_the_originals() -> Result {
        let dir = std::env::temp_dir().join(format!("sixtwo-styles-{}", std::process::id()));
        fs::create_dir_all(&dir)?;
        fs::write(dir.join("index.html"), PAGE)?;
        for (file, text) in [
            ("tokens-1a.css", ":root{--x:1}"),
            ("base-2b.css", "body{margin:0}"),
            ("print-3c.css", "@media print{a{color:#000}}"),
        ] {
            fs::write(dir.join(file), text)?;
        }
        let (name, count) = join_stylesheets(&dir)?.ok_or("joined")?;
        assert_eq!(count, 3);
        assert!(name.starts_with("sixtwo-") && name.ends_with(".css"));
        let joined = fs::read_to_string(dir.join(&name))?;
        assert_eq!(
            joined,
            ":root{--x:1}\nbody{margin:0}\n@media print{a{color:#000}}\n"
        );
        let page = fs::read_to_string(dir.join("index.html"))?;
        let expected = integrity("sha384", joined.as_bytes())?;
        assert!(page.contains(&format!(r#"href="./{name}" integrity="{expected}""#)));
        assert!(!dir.join("tokens-1a.css").exists() && !dir.join("print-3c.css").exists());
        assert_eq!(join_stylesheets(&dir)?, None, "one sheet is left alone");
        fs::remove_dir_all(&dir)?;
        Ok(())
    }
}
