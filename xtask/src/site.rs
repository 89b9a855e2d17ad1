//! Finishing a release build in Trunk's staging directory (run as Trunk's `post_build` hook):
//! the Content-Security-Policy meta tag with the hash of every inline script Trunk wrote, and
//! the service worker's precache list and cache version, taken from the built files; before
//! them, the messages files of the languages the app fetches (`messages.rs`).

use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::Result;

/// The service worker, copied unchanged into the build by Trunk (`public/sw.js`).
pub const SERVICE_WORKER: &str = "sw.js";
/// The page Trunk writes; the policy goes into it.
const INDEX_HTML: &str = "index.html";
/// The line of `public/sw.js` that stands for this build's precache list and version.
const BUILD_PLACEHOLDER: &str = r#"const BUILD = { version: "development", files: [] };"#;
/// Hex digits of the cache version: 64 bits tell builds apart.
const VERSION_HEX_DIGITS: usize = 16;

/// The policy for the built page. `'wasm-unsafe-eval'` lets the WebAssembly module compile;
/// inline scripts run only if their hash is listed, and inline style attributes never apply.
/// `frame-ancestors` is left out: browsers ignore it in a meta tag (README, *Hosting*).
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for hash in script_hashes {
        script_src.push_str(&format!(" 'sha256-{hash}'"));
    }
    [
        "default-src 'self'".to_owned(),
        format!("script-src {script_src}"),
        "style-src 'self'".to_owned(),
        "img-src 'self' data: blob:".to_owned(),
        // Team sync talks to the team's own CouchDB-protocol server, wherever it is: any
        // HTTPS address, and plain HTTP only on this computer (as the Team sync page allows).
        "connect-src 'self' https: http://localhost:* http://127.0.0.1:*".to_owned(),
        "worker-src 'self'".to_owned(),
        "manifest-src 'self'".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'none'".to_owned(),
    ]
    .join("; ")
}

/// `cargo xtask finish-dist [<dir>]`: finishes the release build in `dir`, by default Trunk's
/// staging directory (`TRUNK_STAGING_DIR`). Debug builds (`trunk serve`) are left alone:
/// they never register the service worker, and Trunk's live-reload script must run.
pub fn finish(args: &[String]) -> Result {
    let profile = std::env::var("TRUNK_PROFILE").ok();
    let dir = match args {
        [] => std::env::var_os("TRUNK_STAGING_DIR")
            .map(PathBuf::from)
            .ok_or(
                "finish-dist needs a directory: run it from Trunk's post_build hook or name one",
            )?,
        [dir] => PathBuf::from(dir),
        _ => return Err("finish-dist takes at most one directory".into()),
    };
    if profile.as_deref() == Some("debug") {
        println!("finish-dist: debug build, no policy and no precache list");
        return Ok(());
    }
    if let Some(split) = crate::split::split_staged_build(&dir)? {
        println!(
            "finish-dist: split the wasm into {} and {} chunks of rarely used views ({}), \
             loaded by {}",
            split.main_wasm,
            split.chunks.len(),
            split.chunks.join(", "),
            split.loader
        );
        // The loader is part of the first download; its name was taken from its text before
        // minifying, which only has to be the same text in every build of the same code.
        let (before, after) =
            crate::minify::minify_file(&dir, &split.loader, crate::minify::ScriptKind::Module)?;
        println!(
            "finish-dist: minified {}: {before} → {after} bytes",
            split.loader
        );
        preload_module(&dir, &split.loader)?;
    }
    let messages = crate::messages::write_messages_files(
        &crate::workspace::Workspace::locate()?.join(""),
        &dir,
    )?;
    println!("finish-dist: messages files {}", messages.join(", "));
    for (file, before, after) in crate::minify::minify_glue(&dir)? {
        println!("finish-dist: minified {file}: {before} → {after} bytes");
    }
    if let Some((joined, count)) = crate::styles::join_stylesheets(&dir)? {
        println!("finish-dist: joined {count} stylesheets into {joined}");
    }
    let policy = write_policy(&dir)?;
    println!("finish-dist: Content-Security-Policy: {policy}");
    let version = write_precache_list(&dir)?;
    println!("finish-dist: service worker cache version {version}");
    // After the precache list is written into it; the worker's own version is taken from the
    // other files, so minifying it changes nothing the browser compares.
    let (before, after) =
        crate::minify::minify_file(&dir, SERVICE_WORKER, crate::minify::ScriptKind::Classic)?;
    println!("finish-dist: minified {SERVICE_WORKER}: {before} → {after} bytes");
    Ok(())
}

/// Adds a `modulepreload` link for `file` to `dir/index.html`. The split loader is imported by
/// the glue, so without it the browser learns of the loader only once the glue has arrived and
/// been parsed: one more round trip before the app can start.
fn preload_module(dir: &Path, file: &str) -> Result {
    let path = dir.join(INDEX_HTML);
    let html = read_text(&path)?;
    let html =
        with_module_preload(&html, file).map_err(|error| format!("{}: {error}", path.display()))?;
    write_text(&path, &html)
}

/// `html` with `<link rel="modulepreload">` for `file` right before the first module preload
/// (Trunk's, for the glue), so both are asked for together. No integrity digest: the loader is
/// imported by the glue, and an import carries none.
pub fn with_module_preload(html: &str, file: &str) -> std::result::Result<String, String> {
    let link = format!(r#"<link rel="modulepreload" href="./{file}" crossorigin>"#);
    if html.contains(&format!("./{file}")) {
        return Err(format!("the page already names {file}"));
    }
    let at = find_ascii_case_insensitive(html, "modulepreload")
        .and_then(|found| html[..found].rfind('<'))
        .or_else(|| find_ascii_case_insensitive(html, "</head>"))
        .ok_or("the page has neither a module preload nor </head>")?;
    Ok(format!("{}{link}{}", &html[..at], &html[at..]))
}

/// Puts the policy meta tag into `dir/index.html` and returns the policy.
fn write_policy(dir: &Path) -> Result<String> {
    let path = dir.join(INDEX_HTML);
    let html = read_text(&path)?;
    let (html, policy) =
        with_policy(&html).map_err(|error| format!("{}: {error}", path.display()))?;
    write_text(&path, &html)?;
    Ok(policy)
}

/// `html` with the policy meta tag as the first element after `<meta charset>` (a meta
/// policy covers only what follows it), and the policy itself.
pub fn with_policy(html: &str) -> std::result::Result<(String, String), String> {
    if find_ascii_case_insensitive(html, "http-equiv=\"content-security-policy\"").is_some()
        || find_ascii_case_insensitive(html, "http-equiv=content-security-policy").is_some()
    {
        return Err("already has a Content-Security-Policy meta tag".into());
    }
    let scripts = inline_scripts(html)?;
    if scripts.is_empty() {
        return Err("no inline script found: is this Trunk's page?".into());
    }
    let hashes: Vec<String> = scripts.iter().map(|script| sha256_base64(script)).collect();
    let policy = content_security_policy(&hashes);
    let insert_at = after_charset_meta(html).ok_or("no <meta charset> to put the policy after")?;
    let tag = format!(r#"<meta http-equiv="Content-Security-Policy" content="{policy}">"#);
    let mut out = String::with_capacity(html.len() + tag.len());
    out.push_str(&html[..insert_at]);
    out.push_str(&tag);
    out.push_str(&html[insert_at..]);
    Ok((out, policy))
}

/// The text of every `<script>` without a `src`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> std::result::Result<Vec<&str>, String> {
    let mut scripts = Vec::new();
    let mut rest = 0;
    while let Some(found) = find_ascii_case_insensitive(&html[rest..], "<script") {
        let open = rest + found;
        let after_name = open + "<script".len();
        // `<scripts>` or `<script-x>` would be other elements.
        if !html[after_name..].starts_with(|c: char| c == '>' || c.is_ascii_whitespace()) {
            rest = after_name;
            continue;
        }
        let tag_end = tag_end(html, after_name).ok_or("a <script> tag is not closed")?;
        let attributes = &html[after_name..tag_end];
        let body_start = tag_end + 1;
        let close = find_ascii_case_insensitive(&html[body_start..], "</script")
            .ok_or("a <script> element has no </script>")?;
        if !has_attribute(attributes, "src") {
            scripts.push(&html[body_start..body_start + close]);
        }
        rest = body_start + close;
    }
    Ok(scripts)
}

/// The index of the `>` ending the tag whose attributes start at `from`, skipping quoted
/// attribute values.
fn tag_end(html: &str, from: usize) -> Option<usize> {
    let mut quote = None;
    for (offset, c) in html[from..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(open), _) if c == open => quote = None,
            (None, '>') => return Some(from + offset),
            _ => {}
        }
    }
    None
}

/// Whether the attribute text of a tag names `name` (values are skipped).
fn has_attribute(attributes: &str, name: &str) -> bool {
    attribute_names(attributes)
        .iter()
        .any(|found| found.eq_ignore_ascii_case(name))
}

/// The attribute names in the text between a tag's name and its `>`.
fn attribute_names(attributes: &str) -> Vec<&str> {
    let bytes = attributes.as_bytes();
    let is_space = |b: u8| b.is_ascii_whitespace() || b == b'/';
    let mut names = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if is_space(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'=' {
            i += 1;
        }
        names.push(&attributes[start..i]);
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != quote {
                        i += 1;
                    }
                    i += 1;
                }
                _ => {
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                }
            }
        }
    }
    names
}

/// Just after the `<meta charset…>` tag.
fn after_charset_meta(html: &str) -> Option<usize> {
    let mut rest = 0;
    while let Some(found) = find_ascii_case_insensitive(&html[rest..], "<meta") {
        let open = rest + found;
        let end = tag_end(html, open + "<meta".len())?;
        if has_attribute(&html[open + "<meta".len()..end], "charset") {
            return Some(end + 1);
        }
        rest = end + 1;
    }
    None
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// The form a CSP source expression and an SRI digest take.
fn sha256_base64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

/// Writes the precache list and cache version of the files in `dir` into its service worker
/// and returns the version.
fn write_precache_list(dir: &Path) -> Result<String> {
    let files = release_files(dir)?;
    let version = cache_version(&files);
    let names: Vec<&str> = files.iter().map(|file| file.name.as_str()).collect();
    let path = dir.join(SERVICE_WORKER);
    let worker = read_text(&path)?;
    let worker = with_build(&worker, &version, &names)
        .map_err(|error| format!("{}: {error}", path.display()))?;
    write_text(&path, &worker)?;
    Ok(version)
}

/// One file the service worker keeps: its path relative to the build (with `/`) and the
/// SHA-256 of its bytes.
#[derive(Debug, PartialEq)]
pub struct ReleaseFile {
    pub name: String,
    pub digest: [u8; 32],
}

/// Every file of the build except the service worker itself and hidden files, sorted by name.
fn release_files(dir: &Path) -> Result<Vec<ReleaseFile>> {
    let mut files = Vec::new();
    collect_files(dir, "", &mut files)?;
    files.sort_by(|a, b| a.name.cmp(&b.name));
    if !files.iter().any(|file| file.name == INDEX_HTML) {
        return Err(format!("{} has no {INDEX_HTML}", dir.display()).into());
    }
    Ok(files)
}

fn collect_files(dir: &Path, prefix: &str, files: &mut Vec<ReleaseFile>) -> Result {
    let entries =
        fs::read_dir(dir).map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
        let file_name = entry.file_name();
        let file_name = file_name
            .to_str()
            .ok_or_else(|| format!("{}: a file name is not UTF-8", dir.display()))?;
        let name = format!("{prefix}{file_name}");
        if file_name.starts_with('.') || name == SERVICE_WORKER {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, &format!("{name}/"), files)?;
        } else {
            let bytes = fs::read(&path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
            files.push(ReleaseFile {
                name,
                digest: Sha256::digest(&bytes).into(),
            });
        }
    }
    Ok(())
}

/// A short hash of every file's name and contents: it changes whenever any file does, even
/// one whose hashed name stayed the same.
pub fn cache_version(files: &[ReleaseFile]) -> String {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.name.as_bytes());
        hasher.update([0]);
        hasher.update(file.digest);
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    hex[..VERSION_HEX_DIGITS].to_owned()
}

/// The service worker with its placeholder line replaced by this build's version and files.
pub fn with_build(
    worker: &str,
    version: &str,
    files: &[&str],
) -> std::result::Result<String, String> {
    let matches = worker
        .lines()
        .filter(|line| line.trim() == BUILD_PLACEHOLDER)
        .count();
    if matches != 1 {
        return Err(format!(
            "expected the line `{BUILD_PLACEHOLDER}` once, found it {matches} times"
        ));
    }
    let list: Vec<String> = files.iter().map(|file| json_string(file)).collect();
    let build = format!(
        "const BUILD = {{ version: {}, files: [{}] }};",
        json_string(version),
        list.join(", ")
    );
    Ok(worker.replacen(BUILD_PLACEHOLDER, &build, 1))
}

/// `text` as a JSON (and JavaScript) string literal.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn read_text(path: &Path) -> Result<String> {
    fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()).into())
}

fn write_text(path: &Path, text: &str) -> Result {
    fs::write(path, text)
        .map_err(|error| format!("cannot write {}: {error}", path.display()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of Trunk 0.21's release page (minified, one module script).
    const PAGE: &str = concat!(
        r#"<!doctype html><html lang=en><head><meta charset=utf-8><title>SixTwo</title>"#,
        r#"<link rel=modulepreload href=./sixtwo-1.js integrity=sha384-x crossorigin=anonymous>"#,
        r#"<script type=module>import init from'./sixtwo-1.js';const wasm=await init({module_or_path:'./sixtwo-1_bg.wasm'});"#,
        r#"dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm}}))</script>"#,
        r#"</head><body></body></html>"#
    );

    #[test]
    fn hashes_the_exact_inline_script() -> std::result::Result<(), String> {
        let script = concat!(
            r#"import init from'./sixtwo-1.js';const wasm=await init({module_or_path:'./sixtwo-1_bg.wasm'});"#,
            r#"dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm}}))"#
        );
        let (html, policy) = with_policy(PAGE)?;
        let expected = format!("'sha256-{}'", sha256_base64(script));
        assert!(policy.contains(&format!("script-src 'self' 'wasm-unsafe-eval' {expected};")));
        assert!(html.starts_with(
            r#"<!doctype html><html lang=en><head><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src"#
        ));
        assert_eq!(
            html.replace(
                &format!(r#"<meta http-equiv="Content-Security-Policy" content="{policy}">"#),
                ""
            ),
            PAGE
        );
        Ok(())
    }

    #[test]
    fn the_policy_allows_no_inline_code_beyond_the_hashes() {
        let policy = content_security_policy(&["abc=".to_owned()]);
        assert_eq!(
            policy,
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; \
             style-src 'self'; img-src 'self' data: blob:; \
             connect-src 'self' https: http://localhost:* http://127.0.0.1:*; \
             worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; \
             form-action 'none'"
        );
        assert!(!policy.contains("unsafe-inline"));
        assert!(!policy.contains("'unsafe-eval'"));
    }

    #[test]
    fn the_sha256_source_matches_a_known_digest() {
        // echo -n "alert('Hello, world.');" | openssl sha256 -binary | base64 (CSP 3, §8.4).
        assert_eq!(
            sha256_base64("alert('Hello, world.');"),
            "qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng="
        );
    }

    #[test]
    fn hashes_every_inline_script_and_skips_external_ones() -> std::result::Result<(), String> {
        let html = r#"<meta charset="utf-8"><script src="a.js"></script><SCRIPT>one()</SCRIPT><script type="module" data-x='>'>two()</script><scripts>"#;
        assert_eq!(inline_scripts(html)?, ["one()", "two()"]);
        let (_, policy) = with_policy(html)?;
        assert_eq!(policy.matches("'sha256-").count(), 2);
        Ok(())
    }

    #[test]
    fn refuses_pages_it_cannot_finish() {
        assert!(with_policy("<meta charset=utf-8><p>no script</p>").is_err());
        assert!(with_policy("<script>x()</script>").is_err());
        assert!(with_policy("<meta charset=utf-8><script>x()").is_err());
        let Ok((finished, _)) = with_policy(PAGE) else {
            panic!("the page should be finished");
        };
        assert!(
            with_policy(&finished).is_err(),
            "a second policy would be added"
        );
    }

    #[test]
    fn attributes_are_found_by_name_not_by_value() {
        assert!(has_attribute(r#" type="module" src="x.js""#, "src"));
        assert!(has_attribute(" SRC=x.js", "src"));
        assert!(!has_attribute(r#" data-src="x.js" title="src""#, "src"));
        assert!(!has_attribute(" data-x=src async", "src"));
        assert!(has_attribute(" charset=utf-8", "charset"));
    }

    fn file(name: &str, byte: u8) -> ReleaseFile {
        ReleaseFile {
            name: name.to_owned(),
            digest: [byte; 32],
        }
    }

    #[test]
    fn the_version_changes_with_any_name_or_content() {
        let build = [file("index.html", 1), file("sixtwo-1.js", 2)];
        let version = cache_version(&build);
        assert_eq!(version.len(), VERSION_HEX_DIGITS);
        assert_eq!(
            version,
            cache_version(&[file("index.html", 1), file("sixtwo-1.js", 2)])
        );
        assert_ne!(
            version,
            cache_version(&[file("index.html", 1), file("sixtwo-1.js", 3)])
        );
        assert_ne!(
            version,
            cache_version(&[file("index.html", 1), file("sixtwo-2.js", 2)])
        );
        assert_ne!(version, cache_version(&[file("index.html", 1)]));
    }

    #[test]
    fn writes_the_build_into_the_worker() -> std::result::Result<(), String> {
        let worker = format!("// head\n{BUILD_PLACEHOLDER}\nself.x = BUILD;\n");
        let written = with_build(&worker, "0123", &["index.html", "icons/a \"b\".png"])?;
        assert_eq!(
            written,
            "// head\nconst BUILD = { version: \"0123\", files: [\"index.html\", \"icons/a \\\"b\\\".png\"] };\nself.x = BUILD;\n"
        );
        assert!(with_build("no placeholder", "0", &[]).is_err());
        assert!(
            with_build(&written, "0", &[]).is_err(),
            "a finished worker is refused"
        );
        Ok(())
    }

    #[test]
    fn lists_every_file_but_the_worker_and_hidden_ones() -> Result {
        let dir = std::env::temp_dir().join(format!("xtask-site-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("icons"))?;
        fs::create_dir_all(dir.join(".stage"))?;
        for name in [
            "index.html",
            "sw.js",
            "app.wasm",
            "icons/icon-192.png",
            ".stage/x",
            ".hidden",
        ] {
            fs::write(dir.join(name), name)?;
        }
        let names: Vec<String> = release_files(&dir)?.into_iter().map(|f| f.name).collect();
        fs::remove_dir_all(&dir)?;
        assert_eq!(names, ["app.wasm", "icons/icon-192.png", "index.html"]);
        Ok(())
    }
    #[test]
    fn the_split_loader_is_preloaded_beside_the_glue() {
        let page = "<head><link href=./a.css rel=stylesheet><link crossorigin href=./sixtwo-1.js \
                    integrity=sha384-X rel=modulepreload></head>";
        let html = with_module_preload(page, "sixtwo-1-split.js").expect("inserted");
        assert_eq!(
            html,
            "<head><link href=./a.css rel=stylesheet>\
             <link rel=\"modulepreload\" href=\"./sixtwo-1-split.js\" crossorigin>\
             <link crossorigin href=./sixtwo-1.js integrity=sha384-X rel=modulepreload></head>"
        );
        assert!(
            with_module_preload(&html, "sixtwo-1-split.js").is_err(),
            "only once"
        );
        let bare = with_module_preload("<head></head>", "x.js").expect("before </head>");
        assert_eq!(
            bare,
            "<head><link rel=\"modulepreload\" href=\"./x.js\" crossorigin></head>"
        );
    }
}
