//! Splitting the release build's WebAssembly (part of `finish-dist`): when cargo's module has
//! split points (`ui::rare_views`, `app::sync_loader`, built with `--cfg sixtwo_split`), it is
//! cut into the main module and the chunks of the rarely used views and of team sync with
//! `wasm_split_cli_support`; wasm-bindgen (`--keep-lld-exports`, so the chunks find what they
//! import) and wasm-opt (the options of index.html's `data-wasm-opt` attributes) then run again
//! on the main module, and wasm-opt on every chunk. Trunk's staged wasm and JS are replaced by the results, under content-hashed
//! names, and index.html is rewritten to load them (names and subresource-integrity digests).
//! A build without split points is left as Trunk made it.

use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use sha2::{Digest, Sha256, Sha384};

use crate::workspace::Workspace;
use crate::Result;

/// The import module of every split point in cargo's output (`wasm_split_helpers`).
pub const PLACEHOLDER_IMPORT_MODULE: &str = "__wasm_split_placeholder__";
/// The binary Trunk builds (`data-bin` in index.html) and the name of its files.
const APP: &str = "sixtwo";
/// The loader the splitter writes; the main module imports it under this name until it gets
/// its hashed one.
const LOADER_PLACEHOLDER: &str = "./sixtwo-split-loader.js";
/// How the loader names the main module's JS until that gets its hashed name.
const MAIN_PLACEHOLDER: &str = "./sixtwo-split-main.js";
/// Hex digits of the content hash in a file name, as many as Trunk's.
const NAME_HASH_DIGITS: usize = 16;

/// What the split wrote, for the log.
pub struct SplitSummary {
    pub main_wasm: String,
    pub loader: String,
    pub chunks: Vec<String>,
}

/// Splits the build staged in `dir` if cargo's module has split points; `None` if it has none.
pub fn split_staged_build(dir: &Path) -> Result<Option<SplitSummary>> {
    let names = file_names(dir)?;
    let (old_js, old_wasm) = staged_app_files(&names)?;
    let staged_js = read_text(&dir.join(&old_js))?;
    if !staged_js.contains(PLACEHOLDER_IMPORT_MODULE) {
        return Ok(None);
    }
    let workspace = Workspace::locate()?;
    let target = target_dir(&workspace);
    let artefact = target
        .join("wasm32-unknown-unknown")
        .join("release")
        .join(format!("{APP}.wasm"));
    let input = fs::read(&artefact)
        .map_err(|error| format!("cannot read {}: {error}", artefact.display()))?;
    if !contains(&input, PLACEHOLDER_IMPORT_MODULE.as_bytes()) {
        return Err(format!(
            "{} has no split points but Trunk's JS imports {PLACEHOLDER_IMPORT_MODULE}: \
             is it from another build?",
            artefact.display()
        )
        .into());
    }
    let work = target.join("wasm-split");
    recreate_dir(&work)?;
    let chunk_dir = work.join("chunks");
    let main_split = work.join("main.wasm");
    let split = {
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &chunk_dir;
        options.main_out_path = &main_split;
        options.link_name = LOADER_PLACEHOLDER;
        options.main_module = MAIN_PLACEHOLDER;
        wasm_split_cli_support::transform(options)
            .map_err(|error| format!("wasm-split on {}: {error:?}", artefact.display()))?
    };
    let bindgen_dir = work.join("bindgen");
    run_tool(workspace.command("wasm-bindgen").args([
        "--target".as_ref(),
        "web".as_ref(),
        "--no-typescript".as_ref(),
        "--keep-lld-exports".as_ref(),
        "--out-name".as_ref(),
        APP.as_ref(),
        "--out-dir".as_ref(),
        bindgen_dir.as_os_str(),
        main_split.as_os_str(),
    ]))?;
    let mut opt_args = wasm_opt_args(&read_text(&workspace.join("index.html"))?)?;
    // For profiling only (`tests/e2e/bench/profile.mjs --as-built`): keep the function names,
    // which make the modules larger.
    if std::env::var_os("SIXTWO_KEEP_NAMES").is_some() {
        opt_args.push("--debuginfo".into());
    }
    let main_wasm = optimise(
        &workspace,
        &opt_args,
        &bindgen_dir.join(format!("{APP}_bg.wasm")),
    )?;
    let mut chunks = Vec::new();
    for path in &split.split_modules {
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .ok_or_else(|| format!("{}: unexpected chunk name", path.display()))?
            .to_owned();
        let bytes = optimise(&workspace, &opt_args, path)?;
        chunks.push(Chunk { stem, bytes });
    }
    let main_js = read_text(&bindgen_dir.join(format!("{APP}.js")))?;
    let loader_js = read_text(&chunk_dir.join(LOADER_PLACEHOLDER))?;
    let output = name_outputs(&main_js, &loader_js, &main_wasm, &chunks)?;

    // Trunk's wasm and JS go; the split build takes their place.
    let html_path = dir.join("index.html");
    let html = read_text(&html_path)?;
    let html = with_replaced_file(
        &html,
        &old_js,
        &output.main_js_name,
        &fs::read(dir.join(&old_js)).map_err(|error| format!("{old_js}: {error}"))?,
        output.main_js.as_bytes(),
    )?;
    let html = with_replaced_file(
        &html,
        &old_wasm,
        &output.main_wasm_name,
        &fs::read(dir.join(&old_wasm)).map_err(|error| format!("{old_wasm}: {error}"))?,
        &main_wasm,
    )?;
    remove_file(&dir.join(&old_js))?;
    remove_file(&dir.join(&old_wasm))?;
    write_bytes(&dir.join(&output.main_js_name), output.main_js.as_bytes())?;
    write_bytes(&dir.join(&output.main_wasm_name), &main_wasm)?;
    write_bytes(&dir.join(&output.loader_name), output.loader_js.as_bytes())?;
    for (name, chunk) in output.chunk_names.iter().zip(&chunks) {
        write_bytes(&dir.join(name), &chunk.bytes)?;
    }
    copy_snippets(&bindgen_dir.join("snippets"), &dir.join("snippets"))?;
    write_bytes(&html_path, html.as_bytes())?;
    Ok(Some(SplitSummary {
        main_wasm: output.main_wasm_name,
        loader: output.loader_name,
        chunks: output.chunk_names,
    }))
}

/// One split-off module: the splitter's name for it and its optimised bytes.
pub struct Chunk {
    pub stem: String,
    pub bytes: Vec<u8>,
}

/// The split build's files with their final names and the names written into each other.
#[derive(Debug)]
pub struct NamedOutputs {
    pub main_js_name: String,
    pub main_js: String,
    pub main_wasm_name: String,
    pub loader_name: String,
    pub loader_js: String,
    pub chunk_names: Vec<String>,
}

/// Gives every file a content-hashed name. Each chunk is named by its own bytes; the main JS,
/// the main wasm and the loader name each other, so they share one hash over all of them
/// (taken before the names are filled in) and change together.
pub fn name_outputs(
    main_js: &str,
    loader_js: &str,
    main_wasm: &[u8],
    chunks: &[Chunk],
) -> std::result::Result<NamedOutputs, String> {
    // Only the module specifier changes: the keys of the imports object must stay the import
    // module names written in the wasm.
    let loader_import = format!("from \"{LOADER_PLACEHOLDER}\"");
    if !main_js.contains(&loader_import) {
        return Err(format!(
            "wasm-bindgen's JS does not import the split loader {LOADER_PLACEHOLDER}"
        ));
    }
    if !loader_js.contains(MAIN_PLACEHOLDER) {
        return Err(format!(
            "the split loader does not import the main module {MAIN_PLACEHOLDER}"
        ));
    }
    let mut loader_js = loader_js.to_owned();
    let mut chunk_names = Vec::new();
    for chunk in chunks {
        let fetched = format!("\"./{}.wasm\"", chunk.stem);
        if !loader_js.contains(&fetched) {
            return Err(format!(
                "the split loader never fetches {}.wasm",
                chunk.stem
            ));
        }
        let name = format!("{}-{}.wasm", chunk.stem, short_hash(&[&chunk.bytes]));
        loader_js = loader_js.replace(&fetched, &format!("\"./{name}\""));
        chunk_names.push(name);
    }
    let hash = short_hash(&[main_js.as_bytes(), loader_js.as_bytes(), main_wasm]);
    let main_js_name = format!("{APP}-{hash}.js");
    let main_wasm_name = format!("{APP}-{hash}_bg.wasm");
    let loader_name = format!("{APP}-{hash}-split.js");
    Ok(NamedOutputs {
        main_js: main_js.replace(&loader_import, &format!("from \"./{loader_name}\"")),
        loader_js: loader_js.replace(MAIN_PLACEHOLDER, &format!("./{main_js_name}")),
        main_js_name,
        main_wasm_name,
        loader_name,
        chunk_names,
    })
}

/// `html` with every mention of the file `old_name` changed to `new_name`, and the
/// subresource-integrity digest Trunk wrote for the old contents changed to the new one.
pub fn with_replaced_file(
    html: &str,
    old_name: &str,
    new_name: &str,
    old_bytes: &[u8],
    new_bytes: &[u8],
) -> std::result::Result<String, String> {
    if !html.contains(old_name) {
        return Err(format!("index.html does not name {old_name}"));
    }
    let html = html.replace(old_name, new_name);
    let old_digest = sri_sha384(old_bytes);
    Ok(html.replace(&old_digest, &sri_sha384(new_bytes)))
}

/// A subresource-integrity value: `sha384-` and the base64 digest.
pub fn sri_sha384(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Trunk's JS and wasm for the app among the staged file names: `sixtwo-<hash>.js` and
/// `sixtwo-<hash>_bg.wasm`, exactly one of each.
pub fn staged_app_files(names: &[String]) -> std::result::Result<(String, String), String> {
    let hashed = |name: &str, suffix: &str| {
        name.strip_prefix(&format!("{APP}-"))
            .and_then(|rest| rest.strip_suffix(suffix))
            .is_some_and(|hash| !hash.is_empty() && hash.chars().all(|c| c.is_ascii_hexdigit()))
    };
    let one = |suffix: &str| {
        let found: Vec<&String> = names.iter().filter(|name| hashed(name, suffix)).collect();
        match found.as_slice() {
            [name] => Ok((*name).clone()),
            _ => Err(format!(
                "expected one {APP}-<hash>{suffix} in the build, found {}",
                found.len()
            )),
        }
    };
    Ok((one(".js")?, one("_bg.wasm")?))
}

/// wasm-opt's arguments from index.html's `rel="rust"` link: `-O<level>` from `data-wasm-opt`
/// and the words of `data-wasm-opt-params`, as Trunk passes them.
pub fn wasm_opt_args(index_html: &str) -> std::result::Result<Vec<String>, String> {
    let level = attribute_value(index_html, "data-wasm-opt")
        .ok_or("index.html has no data-wasm-opt attribute")?;
    let mut args = vec![format!("-O{level}")];
    if let Some(params) = attribute_value(index_html, "data-wasm-opt-params") {
        args.extend(params.split_whitespace().map(str::to_owned));
    }
    Ok(args)
}

/// The double-quoted value of the first attribute `name` in `html`.
fn attribute_value<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let pattern = format!(" {name}=\"");
    let start = html.find(&pattern)? + pattern.len();
    let end = html[start..].find('"')?;
    Some(&html[start..start + end])
}

/// The first hex digits of the SHA-256 of `parts`, one after the other.
fn short_hash(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    let hex: String = hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    hex[..NAME_HASH_DIGITS].to_owned()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// Cargo's target directory: `CARGO_TARGET_DIR`, else `target` in the workspace.
fn target_dir(workspace: &Workspace) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace.join("target"), PathBuf::from)
}

/// Runs wasm-opt on `input` and returns the optimised bytes.
fn optimise(workspace: &Workspace, args: &[String], input: &Path) -> Result<Vec<u8>> {
    let output = input.with_extension("opt.wasm");
    let wasm_opt = workspace
        .join(crate::workspace::XTASK_NODE_DIR)
        .join("node_modules/.bin/wasm-opt");
    run_tool(
        workspace
            .command(&wasm_opt)
            .args(args)
            .arg(input)
            .arg("-o")
            .arg(&output),
    )?;
    fs::read(&output).map_err(|error| format!("cannot read {}: {error}", output.display()).into())
}

fn run_tool(command: &mut std::process::Command) -> Result {
    let described = format!("{command:?}");
    let status = command
        .status()
        .map_err(|error| format!("cannot start {described}: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{described} failed ({status})").into())
    }
}

fn file_names(dir: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in
        fs::read_dir(dir).map_err(|error| format!("cannot read {}: {error}", dir.display()))?
    {
        let entry = entry.map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
        if let Some(name) = entry.file_name().to_str() {
            names.push(name.to_owned());
        }
    }
    Ok(names)
}

/// wasm-bindgen's inline JS snippets of the main module, in place of Trunk's copy.
fn copy_snippets(from: &Path, to: &Path) -> Result {
    if !from.is_dir() {
        return Ok(());
    }
    for entry in
        fs::read_dir(from).map_err(|error| format!("cannot read {}: {error}", from.display()))?
    {
        let entry = entry.map_err(|error| format!("cannot read {}: {error}", from.display()))?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_snippets(&entry.path(), &target)?;
        } else {
            fs::create_dir_all(to)
                .map_err(|error| format!("cannot create {}: {error}", to.display()))?;
            fs::copy(entry.path(), &target)
                .map_err(|error| format!("cannot write {}: {error}", target.display()))?;
        }
    }
    Ok(())
}

fn recreate_dir(dir: &Path) -> Result {
    if dir.exists() {
        fs::remove_dir_all(dir)
            .map_err(|error| format!("cannot remove {}: {error}", dir.display()))?;
    }
    fs::create_dir_all(dir)
        .map_err(|error| format!("cannot create {}: {error}", dir.display()).into())
}

fn read_text(path: &Path) -> Result<String> {
    fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()).into())
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result {
    fs::write(path, bytes)
        .map_err(|error| format!("cannot write {}: {error}", path.display()).into())
}

fn remove_file(path: &Path) -> Result {
    fs::remove_file(path)
        .map_err(|error| format!("cannot remove {}: {error}", path.display()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn finds_trunks_app_files_and_nothing_else() {
        let staged = names(&[
            "index.html",
            "sixtwo-a05f64ac47de0b8f.js",
            "sixtwo-a05f64ac47de0b8f_bg.wasm",
            "base-19a6c8fa814a62d8.css",
            "sixtwo-a05f64ac47de0b8f-split.js",
            "sw.js",
        ]);
        assert_eq!(
            staged_app_files(&staged),
            Ok((
                "sixtwo-a05f64ac47de0b8f.js".to_owned(),
                "sixtwo-a05f64ac47de0b8f_bg.wasm".to_owned()
            ))
        );
        assert!(staged_app_files(&names(&["sixtwo-1.js"])).is_err());
        assert!(
            staged_app_files(&names(&["sixtwo-1.js", "sixtwo-2.js", "sixtwo-1_bg.wasm"])).is_err()
        );
    }

    #[test]
    fn reads_wasm_opt_options_as_trunk_does() {
        let html = r#"<link data-trunk rel="rust" data-bin="sixtwo" data-wasm-opt="z"
          data-wasm-opt-params="--low-memory-unused --zero-filled-memory --strip-producers" />"#;
        assert_eq!(
            wasm_opt_args(html),
            Ok(names(&[
                "-Oz",
                "--low-memory-unused",
                "--zero-filled-memory",
                "--strip-producers"
            ]))
        );
        assert!(wasm_opt_args("<link rel=rust>").is_err());
    }

    #[test]
    fn the_projects_page_gives_wasm_opt_options() -> Result {
        let html = read_text(&Workspace::locate()?.join("index.html"))?;
        let args = wasm_opt_args(&html)?;
        assert_eq!(args.first().map(String::as_str), Some("-Oz"));
        Ok(())
    }

    const MAIN_JS: &str = concat!(
        "import * as import1 from \"./sixtwo-split-loader.js\"\n",
        "function imports() { return { \"./sixtwo-split-loader.js\": import1 }; }\n",
        "export function initSync() {}\n",
    );
    const LOADER_JS: &str = concat!(
        "import { initSync } from \"./sixtwo-split-main.js\";\n",
        "const __chunk_0 = makeLoad(() => fetch(new URL(\"./chunk_0.wasm\", import.meta.url)), []);\n",
        "export const __wasm_split_load_x = wrapAsyncCb(makeLoad(() => fetch(new URL(\"./split_x.wasm\", import.meta.url)), [__chunk_0]));\n",
    );

    fn chunks() -> Vec<Chunk> {
        vec![
            Chunk {
                stem: "chunk_0".into(),
                bytes: vec![0, 97, 115, 109, 1],
            },
            Chunk {
                stem: "split_x".into(),
                bytes: vec![0, 97, 115, 109, 2],
            },
        ]
    }

    #[test]
    fn names_every_output_by_content_and_links_them() -> std::result::Result<(), String> {
        let named = name_outputs(MAIN_JS, LOADER_JS, b"main", &chunks())?;
        let hash = named
            .main_js_name
            .strip_prefix("sixtwo-")
            .and_then(|rest| rest.strip_suffix(".js"))
            .ok_or("main JS name")?
            .to_owned();
        assert_eq!(hash.len(), NAME_HASH_DIGITS);
        assert_eq!(named.main_wasm_name, format!("sixtwo-{hash}_bg.wasm"));
        assert_eq!(named.loader_name, format!("sixtwo-{hash}-split.js"));
        assert!(named
            .main_js
            .contains(&format!("from \"./sixtwo-{hash}-split.js\"")));
        // The wasm imports the loader under the name it was split with.
        assert!(named
            .main_js
            .contains("{ \"./sixtwo-split-loader.js\": import1 }"));
        assert!(named
            .loader_js
            .contains(&format!("from \"./sixtwo-{hash}.js\"")));
        assert_eq!(named.chunk_names.len(), 2);
        for name in &named.chunk_names {
            assert!(named.loader_js.contains(&format!("new URL(\"./{name}\"")));
        }
        assert!(named.chunk_names[0].starts_with("chunk_0-"));
        assert!(!named.loader_js.contains("placeholder"));
        assert!(!named.loader_js.contains("./chunk_0.wasm"));

        // Any change to any file changes the names that point at it.
        let other_main = name_outputs(MAIN_JS, LOADER_JS, b"main2", &chunks())?;
        assert_ne!(other_main.main_js_name, named.main_js_name);
        assert_eq!(other_main.chunk_names, named.chunk_names);
        let mut changed = chunks();
        changed[1].bytes.push(0);
        let other_chunk = name_outputs(MAIN_JS, LOADER_JS, b"main", &changed)?;
        assert_ne!(other_chunk.chunk_names[1], named.chunk_names[1]);
        assert_ne!(other_chunk.main_js_name, named.main_js_name);
        Ok(())
    }

    #[test]
    fn refuses_outputs_that_do_not_link() {
        assert!(name_outputs("export {}", LOADER_JS, b"", &chunks()).is_err());
        assert!(name_outputs(MAIN_JS, "export {}", b"", &chunks()).is_err());
        let unknown = [Chunk {
            stem: "split_y".into(),
            bytes: vec![],
        }];
        assert!(name_outputs(MAIN_JS, LOADER_JS, b"", &unknown).is_err());
    }

    #[test]
    fn rewrites_names_and_integrity_in_the_page() -> std::result::Result<(), String> {
        let old_sri = sri_sha384(b"old js");
        let html = format!(
            "<script type=module>import init from './sixtwo-1.js';</script>\
             <link crossorigin href=./sixtwo-1.js integrity={old_sri} rel=modulepreload>"
        );
        let html = with_replaced_file(&html, "sixtwo-1.js", "sixtwo-2.js", b"old js", b"new js")?;
        assert!(!html.contains("sixtwo-1.js"));
        assert_eq!(html.matches("sixtwo-2.js").count(), 2);
        assert!(html.contains(&format!("integrity={} ", sri_sha384(b"new js"))));
        assert!(!html.contains(&old_sri));
        assert!(with_replaced_file(&html, "sixtwo-9.js", "x", b"", b"").is_err());
        Ok(())
    }

    #[test]
    fn the_integrity_value_matches_a_known_digest() {
        // printf '' | openssl dgst -sha384 -binary | base64
        assert_eq!(
            sri_sha384(b""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
    }
}
