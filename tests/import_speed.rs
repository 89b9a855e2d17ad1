//! Where the time of an import goes, phase by phase, for a file of about 5 MB: a benchmark to
//! run by hand, never a timed assertion.
//!
//! `cargo test --release --test import_speed -- --ignored --nocapture` (the release profile:
//! a debug build's timings say little about the wasm's). The workspace is the benchmark's
//! (`tests/e2e/bench/workspace.mjs`): write its stored text with
//! `node -e 'import("./tests/e2e/bench/workspace.mjs").then(m => process.stdout.write(m.encodeStored(m.generateWorkspace(1898), {appVersion: "0"})))' > /tmp/stored-1898.json`
//! and name the file in `SIXTWO_IMPORT_BENCH`; the export is made from it as the app makes one
//! (and written to the file named in `SIXTWO_IMPORT_BENCH_EXPORT`, if any).
#![cfg(not(target_arch = "wasm32"))]

use sixtwo::domain::validate::validate;
use sixtwo::domain::Timestamp;
use sixtwo::io::envelope::{decode, encode_export, MAX_NESTING_DEPTH};
use sixtwo::io::import::{read_file, read_text};
use sixtwo::io::json_path::deeper_than;
use sixtwo::io::layout::without_layout;
use sixtwo::io::shape::{unknown_fields, ENVELOPE, MAX_LISTED_UNKNOWN_FIELDS};
use std::time::{Duration, Instant};

/// The median time of `runs` calls of `work`.
fn median(runs: usize, mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

#[test]
#[ignore = "a benchmark: run by hand with --release, see the module's comment"]
fn import_of_a_5_mb_export_by_phase() {
    let Ok(path) = std::env::var("SIXTWO_IMPORT_BENCH") else {
        println!("SIXTWO_IMPORT_BENCH names no file: nothing measured");
        return;
    };
    let stored = std::fs::read_to_string(path).expect("the stored text");
    let workspace = decode(&stored).expect("a readable workspace").workspace;
    let export = encode_export(&workspace, Timestamp::from_unix_seconds(1_700_000_000));
    let compact: String = {
        let value: serde_json::Value = serde_json::from_str(&export).expect("JSON");
        serde_json::to_string(&value).expect("JSON")
    };
    if let Ok(out) = std::env::var("SIXTWO_IMPORT_BENCH_EXPORT") {
        // The export itself, for timing its import in a browser.
        std::fs::write(out, &export).expect("the export written");
    }
    println!(
        "export: {} bytes ({} objectives); the same without indentation: {} bytes",
        export.len(),
        workspace.objectives.len(),
        compact.len()
    );
    let runs = 7;
    let report =
        |what: &str, time: Duration| println!("{what:<48} {:>8.1} ms", time.as_secs_f64() * 1e3);
    report(
        "read_text (the whole import)",
        median(runs, || {
            read_text(&export).expect("imports");
        }),
    );
    report(
        "read_file (the same from bytes: UTF-8 check too)",
        median(runs, || {
            read_file(export.as_bytes()).expect("imports");
        }),
    );
    report(
        "  UTF-8 check (str::from_utf8)",
        median(runs, || {
            assert!(std::str::from_utf8(export.as_bytes()).is_ok());
        }),
    );
    report(
        "  layout pass (without_layout, unknown fields)",
        median(runs, || {
            assert!(without_layout(&export, MAX_NESTING_DEPTH, &ENVELOPE, 50).is_some());
        }),
    );
    report(
        "decode (nesting scan, typed decode, checks)",
        median(runs, || {
            decode(&export).expect("decodes");
        }),
    );
    report(
        "  nesting scan (deeper_than)",
        median(runs, || {
            assert!(deeper_than(&export, MAX_NESTING_DEPTH).is_none());
        }),
    );
    report(
        "  checks (validate)",
        median(runs, || {
            assert!(validate(&workspace).is_empty());
        }),
    );
    report(
        "unknown fields",
        median(runs, || {
            assert!(unknown_fields(&export, &ENVELOPE, MAX_LISTED_UNKNOWN_FIELDS).is_empty());
        }),
    );
    report(
        "floor: tokenise only (IgnoredAny)",
        median(runs, || {
            serde_json::from_str::<serde::de::IgnoredAny>(&export).expect("JSON");
        }),
    );
    report(
        "floor: serde_json::Value",
        median(runs, || {
            serde_json::from_str::<serde_json::Value>(&export).expect("JSON");
        }),
    );
    report(
        "decode of the same without indentation",
        median(runs, || {
            decode(&compact).expect("decodes");
        }),
    );
}
