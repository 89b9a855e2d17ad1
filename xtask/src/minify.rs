//! Minifying the JavaScript glue wasm-bindgen writes (Trunk's own minifier fails on it) in a
//! release build, with terser from `xtask/node` (pinned in its package.json, installed with
//! binaryen), and putting the minified file's digest into the subresource-integrity attribute
//! Trunk wrote for it in `index.html`. Runs in `finish-dist` before the Content-Security-Policy
//! and the service worker's precache list, which are taken from the final files.

use std::fs;
use std::path::Path;

use base64::Engine as _;
use sha2::{Digest, Sha256, Sha384, Sha512};

use crate::workspace::{Workspace, XTASK_NODE_DIR};
use crate::Result;

/// terser's command-line entry point inside `xtask/node`.
pub const TERSER: &str = "node_modules/terser/bin/terser";

/// Minifies every script `dir/index.html` links with an `integrity` attribute (the glue) and
/// rewrites those attributes. Returns each file with its size before and after.
pub fn minify_glue(dir: &Path) -> Result<Vec<(String, usize, usize)>> {
    let index_path = dir.join("index.html");
    let mut html = fs::read_to_string(&index_path)
        .map_err(|error| format!("cannot read {}: {error}", index_path.display()))?;
    let mut sizes = Vec::new();
    for script in linked_scripts(&html) {
        let (before, _) = minify_file(dir, &script.file, ScriptKind::Module)?;
        let path = dir.join(&script.file);
        let minified =
            fs::read(&path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        let integrity = integrity(&script.algorithm, &minified)?;
        html = with_integrity(&html, &script, &integrity)?;
        sizes.push((script.file, before, minified.len()));
    }
    fs::write(&index_path, &html)
        .map_err(|error| format!("cannot write {}: {error}", index_path.display()))?;
    Ok(sizes)
}

/// How terser treats a file: an ES module (top-level names stay local, so they are mangled
/// too) or a classic script such as the service worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScriptKind {
    Module,
    Classic,
}

/// Minifies `dir/file` in place with terser and returns its size before and after: the glue
/// (whose integrity digest [`minify_glue`] then rewrites), the split loader, which the glue
/// imports, and the service worker.
pub fn minify_file(dir: &Path, file: &str, kind: ScriptKind) -> Result<(usize, usize)> {
    let path = dir.join(file);
    let before = fs::metadata(&path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?
        .len() as usize;
    let workspace = Workspace::locate()?;
    let terser = workspace.join(XTASK_NODE_DIR).join(TERSER);
    let mut command = workspace.command("node");
    command.arg(&terser).arg(&path);
    if kind == ScriptKind::Module {
        command.arg("--module");
    }
    let status = command
        .args(["--compress", "--mangle", "--output"])
        .arg(&path)
        .status()
        .map_err(|error| format!("cannot run terser ({}): {error}", terser.display()))?;
    if !status.success() {
        return Err(format!("terser failed on {} ({status})", path.display()).into());
    }
    let after = fs::metadata(&path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?
        .len() as usize;
    Ok((before, after))
}

/// A script file the page names with a subresource-integrity digest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkedScript {
    /// The file's path relative to the page, without `./`.
    pub file: String,
    /// The `integrity` attribute's value as Trunk wrote it (`sha384-…`).
    pub integrity: String,
    /// `sha256`, `sha384` or `sha512`.
    pub algorithm: String,
}

/// The `.js` files linked from `html` (by `href` or `src`) with an `integrity` attribute, once
/// each.
pub fn linked_scripts(html: &str) -> Vec<LinkedScript> {
    let mut scripts: Vec<LinkedScript> = Vec::new();
    for (_, tag) in tags(html) {
        let address = attribute(tag, "href").or_else(|| attribute(tag, "src"));
        let (Some(address), Some(integrity)) = (address, attribute(tag, "integrity")) else {
            continue;
        };
        let file = address.trim_start_matches("./").to_owned();
        if !file.ends_with(".js") || file.contains(['/', '?', '#']) {
            continue;
        }
        let Some((algorithm, _)) = integrity.split_once('-') else {
            continue;
        };
        if scripts.iter().any(|known| known.file == file) {
            continue;
        }
        scripts.push(LinkedScript {
            algorithm: algorithm.to_owned(),
            integrity: integrity.to_owned(),
            file,
        });
    }
    scripts
}

/// Every tag of `html` in order: the byte range from its `<` to its `>` (inclusive) and the
/// text between them. A `<` without a `>` after it ends the list.
pub fn tags(html: &str) -> impl Iterator<Item = (std::ops::RangeInclusive<usize>, &str)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = from + html[from..].find('<')?;
        let end = start + html[start..].find('>')?;
        from = end + 1;
        Some((start..=end, &html[start + 1..end]))
    })
}

/// The value of the attribute `name` in a tag's text, quoted or not (Trunk's minified page
/// leaves most values unquoted). Names are matched whole; values are not decoded: Trunk writes
/// plain file names and base64 digests.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(found) = tag[from..].find(name) {
        let at = from + found;
        from = at + name.len();
        let starts_name = at > 0 && tag.as_bytes()[at - 1].is_ascii_whitespace();
        let Some(value) = tag[from..].strip_prefix('=') else {
            continue;
        };
        if !starts_name {
            continue;
        }
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let value = &value[1..];
                &value[..value.find(quote)?]
            }
            _ => {
                let end = value
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .unwrap_or(value.len());
                &value[..end]
            }
        });
    }
    None
}

/// The subresource-integrity value of `bytes` with `algorithm`.
pub fn integrity(algorithm: &str, bytes: &[u8]) -> Result<String> {
    let digest = match algorithm {
        "sha256" => Sha256::digest(bytes).to_vec(),
        "sha384" => Sha384::digest(bytes).to_vec(),
        "sha512" => Sha512::digest(bytes).to_vec(),
        other => return Err(format!("unknown integrity algorithm {other:?}").into()),
    };
    Ok(format!(
        "{algorithm}-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    ))
}

/// `html` with `script`'s integrity value replaced by `new` wherever it appears (the digest
/// names only this file); an error if it does not appear (the page would refuse the file).
pub fn with_integrity(html: &str, script: &LinkedScript, new: &str) -> Result<String> {
    if !html.contains(&script.integrity) {
        return Err(format!(
            "index.html has no integrity {} for {}",
            script.integrity, script.file
        )
        .into());
    }
    Ok(html.replace(&script.integrity, new))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><meta charset="utf-8">
<link rel="modulepreload" href="./sixtwo-abc.js" crossorigin="anonymous" integrity="sha384-OLDJS">
<link rel="preload" href="./sixtwo-abc_bg.wasm" crossorigin="anonymous" integrity="sha384-WASM" as="fetch" type="application/wasm">
<link rel="stylesheet" href="./base-1.css" integrity="sha384-CSS">
<script type="module">import init from './sixtwo-abc.js'; init('./sixtwo-abc_bg.wasm');</script>
</head></html>"#;

    #[test]
    fn finds_the_glue_by_its_integrity_attribute_and_nothing_else() {
        assert_eq!(
            linked_scripts(PAGE),
            vec![LinkedScript {
                file: "sixtwo-abc.js".into(),
                integrity: "sha384-OLDJS".into(),
                algorithm: "sha384".into(),
            }]
        );
        assert_eq!(linked_scripts("<script src=\"x.js\"></script>"), vec![]);
        // Trunk's minified page, values unquoted.
        let minified =
            "<link crossorigin href=./sixtwo-9d6.js integrity=sha384-7IV+/x= rel=modulepreload>\
            <link as=fetch crossorigin href=./sixtwo-9d6_bg.wasm integrity=sha384-l0J rel=preload>";
        assert_eq!(
            linked_scripts(minified),
            vec![LinkedScript {
                file: "sixtwo-9d6.js".into(),
                integrity: "sha384-7IV+/x=".into(),
                algorithm: "sha384".into(),
            }]
        );
        assert_eq!(
            attribute(r#"link data-href="no" href="yes""#, "href"),
            Some("yes")
        );
    }

    #[test]
    fn the_integrity_is_the_digest_of_the_minified_file() {
        let script = &linked_scripts(PAGE)[0];
        // The FIPS 180-2 test vector: SHA-384("abc").
        assert_eq!(
            integrity("sha384", b"abc").expect("known algorithm"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
        let minified = b"export default function(){}";
        let new = integrity(&script.algorithm, minified).expect("known algorithm");
        assert!(new.starts_with("sha384-") && new.len() == "sha384-".len() + 64);
        let html = with_integrity(PAGE, script, &new).expect("rewritten");
        assert!(html.contains(&format!(
            r#"href="./sixtwo-abc.js" crossorigin="anonymous" integrity="{new}""#
        )));
        assert!(!html.contains("OLDJS"));
        assert!(html.contains("sha384-WASM") && html.contains("sha384-CSS"));
        assert!(
            with_integrity(&html, script, &new).is_err(),
            "the old value is gone"
        );
        assert!(integrity("md5", minified).is_err());
    }
}
