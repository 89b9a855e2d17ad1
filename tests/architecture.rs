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
