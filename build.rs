//! Compiles the message catalogue from the translation files in `locales/<language tag>/*.ftl`
//! into Rust (`$OUT_DIR/messages.rs`, included by `src/i18n/catalogue.rs`), and fails the
//! build when a language lacks a message English has, has one English lacks, or uses other
//! placeholders, or when a file does not parse.
//!
//! The files use a subset of Project Fluent's syntax (<https://projectfluent.org>), so that
//! translators' tools read them:
//!
//! ```ftl
//! # A comment.
//! save-saved = Saved in this browser at { $time }
//! home-level-count =
//!     { $count ->
//!         [one] { $count } objective
//!        *[other] { $count } objectives
//!     }
//! ```
//!
//! A message is one line of text with `{ $name }` placeholders, or a choice between plural
//! forms (CLDR categories `zero`, `one`, `two`, `few`, `many`, `other`; the starred one is the
//! default). `{"{"}` writes a literal brace. English (`locales/en`) is the reference: its keys,
//! in file-name order, make the `Msg` enum (`save-saved` becomes `Msg::SaveSaved`).
//!
//! English is compiled into the app, except the messages only one group of views fetched on
//! demand uses, which split release builds fetch with the group's code; every other language
//! becomes a messages file that release builds fetch when the language is chosen
//! (`build/locales.rs`, `build/text_groups.rs`, README *Architecture*).
//!
//! With the `pseudo-locale` feature, an accented copy of English (`en-XA`) is generated for
//! tests that look for text that bypasses the catalogue.

#[path = "build/locales.rs"]
mod locales;

use std::fs;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    // Which messages only one group of views uses is read from the sources.
    println!("cargo:rerun-if-changed=src");
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let out_dir = std::env::var_os("OUT_DIR").map(PathBuf::from);
    let (Some(manifest_dir), Some(out_dir)) = (manifest_dir, out_dir) else {
        fail(&["cargo did not set CARGO_MANIFEST_DIR and OUT_DIR".into()]);
    };
    let pseudo = std::env::var_os("CARGO_FEATURE_PSEUDO_LOCALE").is_some();
    let locales = match locales::read_locales(&manifest_dir.join("locales"))
        .and_then(|locales| locales::check(&locales).map(|()| locales))
    {
        Ok(locales) => locales,
        Err(errors) => fail(&errors),
    };
    let usage = match locales::text_groups::find(&manifest_dir.join("src")) {
        Ok(usage) => usage,
        Err(error) => fail(&[error]),
    };
    // Debug and native builds compile the messages files in; release builds of the app fetch
    // them (`cargo xtask finish-dist` writes them into dist/).
    for file in locales::fetched_files(&locales, &usage) {
        let name = locales::bundled_name(&file.tag);
        if let Err(error) = fs::write(out_dir.join(&name), &file.content) {
            fail(&[format!("cannot write {name}: {error}")]);
        }
    }
    let code = locales::generate(&locales, pseudo, &usage);
    if let Err(error) = fs::write(out_dir.join("messages.rs"), code) {
        fail(&[format!("cannot write messages.rs: {error}")]);
    }
}

fn fail(errors: &[String]) -> ! {
    eprintln!("error: the message catalogue in locales/ is not consistent:");
    for error in errors {
        eprintln!("  {error}");
    }
    std::process::exit(1);
}
