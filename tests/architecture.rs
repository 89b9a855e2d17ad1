//! Native checks of the house rules that the compiler cannot enforce: the pure layers stay
//! pure, `main.rs` only mounts, every module says what it owns, and the unsafe patterns
//! (HTML injection, `javascript:` URLs, panicking shortcuts) stay out of the app code.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The code of a file without its `#[cfg(test)] mod tests { … }` block (always last).
fn without_tests(source: &str) -> &str {
    match source.find("#[cfg(test)]\nmod tests") {
        Some(cut) => &source[..cut],
        None => source,
    }
}

#[test]
fn domain_io_and_i18n_do_not_touch_the_browser_or_the_ui_framework() {
    let forbidden = ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"];
    for layer in ["src/domain", "src/io", "src/i18n"] {
        for file in rust_files(&root().join(layer)) {
            let source = read(&file);
            // Doc comments may name the forbidden crates to explain the rule.
            let code: String = source
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for name in forbidden {
                assert!(
                    !code.contains(name),
                    "{} mentions {name}: {layer} must stay pure Rust",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn main_only_mounts_the_app() {
    let main = read(&root().join("src/main.rs"));
    let code: Vec<&str> = main
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect();
    assert!(
        code.len() <= 4,
        "src/main.rs should only mount the app: {code:?}"
    );
    assert!(main.contains("mount_to_body"));
}

#[test]
fn every_module_opens_with_a_line_saying_what_it_owns() {
    let mut files = rust_files(&root().join("src"));
    files.extend(rust_files(&root().join("tests")));
    files.extend(rust_files(&root().join("xtask/src")));
    for file in files {
        let source = read(&file);
        assert!(
            source.trim_start().starts_with("//!"),
            "{} must start with a //! line saying what it owns",
            file.display()
        );
    }
}

#[test]
fn no_html_injection_or_script_urls() {
    for file in rust_files(&root().join("src")) {
        let source = read(&file);
        for pattern in ["inner_html", "set_inner_html", "javascript:", "eval("] {
            assert!(
                !source.contains(pattern),
                "{} contains {pattern:?}",
                file.display()
            );
        }
    }
}

#[test]
fn app_code_does_not_unwrap_or_panic() {
    // Test modules may unwrap; code that user data or the browser can reach may not.
    for file in rust_files(&root().join("src")) {
        let source = read(&file);
        let code = without_tests(&source);
        for pattern in [
            ".unwrap()",
            ".expect(",
            "panic!(",
            "unreachable!(",
            "todo!(",
            "unimplemented!(",
        ] {
            assert!(
                !code.contains(pattern),
                "{} contains {pattern} outside its tests",
                file.display()
            );
        }
    }
}

#[test]
fn no_inline_style_strings_that_a_strict_csp_would_block() {
    for file in rust_files(&root().join("src/ui")) {
        let source = read(&file);
        assert!(
            !source.contains(" style=\"") && !source.contains(" style=move"),
            "{}: use style:property=… (CSSOM) rather than a style attribute string",
            file.display()
        );
    }
}

/// The layers of `src/`, lowest first. A file may use its own layer and the layers below it,
/// never one above: the domain knows nothing of formats, words, storage, state or screens.
const LAYERS: [&str; 7] = ["domain", "io", "i18n", "storage", "app", "ui", "main"];

/// The module path of a file under `src/` (`src/ui/pages/mod.rs` → `["ui", "pages"]`).
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(root().join("src")).unwrap_or(file);
    let mut parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if stem != "mod" && stem != "lib" {
            parts.push(stem.to_string());
        }
    }
    parts
}

/// The file that holds the module `path` names, found by the longest prefix that is a file.
fn file_of(path: &[String]) -> Option<PathBuf> {
    let src = root().join("src");
    (1..=path.len()).rev().find_map(|len| {
        let base = path[..len]
            .iter()
            .fold(src.clone(), |dir, part| dir.join(part));
        let file = base.with_extension("rs");
        let module_dir = base.join("mod.rs");
        if file.is_file() {
            Some(file)
        } else if module_dir.is_file() {
            Some(module_dir)
        } else {
            None
        }
    })
}

/// The other files of `src/` that `file` uses, through `crate::…`, `super::…` and `self::…`
/// paths outside its test module.
fn uses_of(file: &Path) -> Vec<PathBuf> {
    let source = read(file);
    let code = without_tests(&source);
    let module = module_of(file);
    let is_mod_file = file
        .file_name()
        .is_some_and(|n| n == "mod.rs" || n == "lib.rs");
    let mut found = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        for (start, _) in line
            .match_indices("crate::")
            .chain(line.match_indices("super::"))
        {
            let preceded_by_ident = line[..start]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
            if preceded_by_ident {
                continue;
            }
            let rest = &line[start..];
            let segments: Vec<&str> = rest
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .filter(|s| !s.is_empty())
                .collect();
            let mut path: Vec<String> = if segments.first() == Some(&"crate") {
                Vec::new()
            } else {
                // `super` of a `foo.rs` module is its folder's module; of a `mod.rs`, the parent.
                let mut base = module.clone();
                base.pop();
                if is_mod_file && !module.is_empty() {
                    // A mod.rs's own module is the folder; `super` is one above it.
                    base = module[..module.len() - 1].to_vec();
                }
                base
            };
            for segment in segments.iter().skip(1) {
                if *segment == "super" {
                    path.pop();
                } else {
                    path.push((*segment).to_string());
                }
            }
            if let Some(target) = file_of(&path) {
                if target != file && !found.contains(&target) {
                    found.push(target);
                }
            }
        }
    }
    found
}

fn layer_of(file: &Path) -> usize {
    let module = module_of(file);
    let top = module.first().map_or("main", String::as_str);
    LAYERS
        .iter()
        .position(|layer| *layer == top)
        .unwrap_or(LAYERS.len() - 1)
}

fn shown(file: &Path) -> String {
    file.strip_prefix(root())
        .unwrap_or(file)
        .display()
        .to_string()
}

#[test]
fn no_layer_uses_a_layer_above_it() {
    let mut violations = Vec::new();
    for file in rust_files(&root().join("src")) {
        let own = layer_of(&file);
        for used in uses_of(&file) {
            if layer_of(&used) > own {
                violations.push(format!("{} uses {}", shown(&file), shown(&used)));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "layers are, lowest first, {LAYERS:?}; these files reach upwards:\n{}",
        violations.join("\n")
    );
}

#[test]
fn no_circles_between_files() {
    let files = rust_files(&root().join("src"));
    let index = |file: &Path| files.iter().position(|f| f == file);
    let edges: Vec<Vec<usize>> = files
        .iter()
        .map(|file| {
            uses_of(file)
                .iter()
                .filter_map(|used| index(used))
                .collect()
        })
        .collect();
    let circles: Vec<String> = strongly_connected(&edges)
        .into_iter()
        .filter(|component| component.len() > 1)
        .map(|component| {
            let names: Vec<String> = component.iter().map(|&at| shown(&files[at])).collect();
            names.join(" ↔ ")
        })
        .collect();
    assert!(
        circles.is_empty(),
        "files that use each other in a circle (move what both need into a file of its own):\n{}",
        circles.join("\n")
    );
}

/// Tarjan's algorithm, iteratively: the strongly connected components of a directed graph.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let count = edges.len();
    let mut index = vec![usize::MAX; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut components = Vec::new();
    let mut next = 0;
    for start in 0..count {
        if index[start] != usize::MAX {
            continue;
        }
        let mut work = vec![(start, 0usize)];
        while let Some(&mut (node, ref mut child)) = work.last_mut() {
            if *child == 0 && index[node] == usize::MAX {
                index[node] = next;
                low[node] = next;
                next += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&target) = edges[node].get(*child) {
                *child += 1;
                if index[target] == usize::MAX {
                    work.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(index[target]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                components.push(component);
            }
        }
    }
    components
}
