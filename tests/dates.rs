//! The model's date reader (`parse_date_text`) accepts exactly the texts chrono's
//! `NaiveDate::from_str` accepts, gives the same date, and refuses the rest with chrono's words:
//! edge cases written out, random texts from an alphabet of the characters that matter, random
//! texts shaped like dates, and every string of every fixture and example file.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use proptest::prelude::*;
use sixtwo::domain::parse_date_text;
use std::path::Path;
use std::str::FromStr;

/// Both readers' answers, errors as the text a person would read.
fn both(text: &str) -> (Result<NaiveDate, String>, Result<NaiveDate, String>) {
    (
        parse_date_text(text).map_err(|e| e.to_string()),
        NaiveDate::from_str(text).map_err(|e| e.to_string()),
    )
}

fn assert_same(text: &str) {
    let (ours, chronos) = both(text);
    assert_eq!(ours, chronos, "{text:?}");
}

#[test]
fn edge_cases_read_as_chrono_reads_them() {
    let texts = [
        "2026-11-24",
        "2024-02-29",
        "2023-02-29",
        "2026-04-31",
        "2026-13-01",
        "2026-00-10",
        "2026-11-00",
        "2026-11-32",
        "2026-1-5",
        "2026-01-5",
        "26-01-05",
        "0-1-1",
        "0000-01-01",
        "9999-12-31",
        "10000-01-01",
        "+10000-01-01",
        "+262142-12-31",
        "+262143-01-01",
        "-262143-01-01",
        "-262144-01-01",
        "-0001-12-31",
        "+2026-11-24",
        "-2026-11-24",
        "- 2026-11-24",
        "+ 2026-11-24",
        "-",
        "+",
        "--1-1-1",
        "+-1-1-1",
        "+2147483647-01-01",
        "+2147483648-01-01",
        "-2147483648-01-01",
        "-2147483649-01-01",
        "+9223372036854775807-01-01",
        "+9223372036854775808-01-01",
        "-9223372036854775808-01-01",
        "+99999999999999999999999-01-01",
        " 2026-11-24",
        "2026-11-24 ",
        "2026 - 11 - 24",
        "\t2026-\n11-\r24\u{3000}",
        "\u{a0}2026-11-24\u{2028}",
        "\u{85}2026-11-24",
        "2026-11-24T00:00:00Z",
        "2026-11-24x",
        "2026-11-245",
        "2026-111-24",
        "2026-11",
        "2026-11-",
        "2026-",
        "2026",
        "",
        " ",
        "-1",
        "2026/11/24",
        "２０２６-11-24",
        "2026-１1-24",
        "2026-11-2４",
        "a2026-11-24",
        "2026--11-24",
        "2026-11--24",
        "20261124",
        "2026-+11-24",
        "2026-11-+24",
        "2026-0x-24",
        "0x7E8-11-24",
        "1e3-11-24",
        "2026-02-29",
        "2000-02-29",
        "1900-02-29",
        "-0004-02-29",
        "-0100-02-29",
        "-2026-99-99",
        "+0-0-0",
        "99999-01-01",
        "2026-11-24\u{0}",
        "\u{0}2026-11-24",
        "2026-11-24\u{feff}",
        "\u{200b}2026-11-24",
    ];
    for text in texts {
        assert_same(text);
    }
    // Every day of four centuries, written as SixTwo writes it, reads back.
    let mut day = NaiveDate::from_ymd_opt(1801, 1, 1).unwrap_or_default();
    while day.year_ce().1 < 2201 {
        let text = day.to_string();
        assert_eq!(parse_date_text(&text), Ok(day), "{text}");
        assert_same(&text);
        day = day.succ_opt().unwrap_or_default();
    }
}

use chrono::Datelike;

/// Characters that matter to the grammar, and some that do not.
const PIECES: &[&str] = &[
    "0", "1", "2", "9", "3", "12", "31", "29", "2026", "-", "-", "+", " ", "\t", "\u{3000}",
    "\u{a0}", "x", "T", "/", "０", "é", "\u{0}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn random_texts_read_as_chrono_reads_them(picks in proptest::collection::vec(0usize..PIECES.len(), 0..16)) {
        let text: String = picks.iter().map(|&i| PIECES[i]).collect();
        let (ours, chronos) = both(&text);
        prop_assert_eq!(ours, chronos, "{:?}", text);
    }

    #[test]
    fn texts_shaped_like_dates_read_as_chrono_reads_them(
        sign in prop::sample::select(vec!["", "", "+", "-", " ", " -", "- "]),
        year in "[0-9]{0,12}",
        first in prop::sample::select(vec!["-", "-", " -", "- ", "", "/", "--"]),
        month in "[0-9]{0,3}",
        second in prop::sample::select(vec!["-", "-", " -", "- ", "", "--"]),
        day in "[0-9]{0,3}",
        end in prop::sample::select(vec!["", "", " ", "\n", "x", "0", "T00:00:00Z", "\u{3000}"]),
    ) {
        let text = format!("{sign}{year}{first}{month}{second}{day}{end}");
        let (ours, chronos) = both(&text);
        prop_assert_eq!(ours, chronos, "{:?}", text);
    }

    #[test]
    fn any_text_reads_as_chrono_reads_it(text in any::<String>()) {
        let (ours, chronos) = both(&text);
        prop_assert_eq!(ours, chronos, "{:?}", text);
    }
}

/// Every string in a JSON value, keys included.
fn strings(value: &serde_json::Value, found: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => found.push(text.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|item| strings(item, found)),
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                found.push(key.clone());
                strings(item, found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_string_of_every_fixture_reads_as_chrono_reads_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    let mut files = 0;
    for folder in ["tests/fixtures", "examples"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder)) else {
            panic!("{folder} cannot be read");
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|ext| ext == "json") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let value: serde_json::Value = serde_json::from_str(&text)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                strings(&value, &mut texts);
                files += 1;
            }
        }
    }
    assert!(files >= 20, "only {files} fixture files found");
    let mut dates = 0;
    for text in &texts {
        assert_same(text);
        dates += usize::from(parse_date_text(text).is_ok());
    }
    assert!(
        dates > 1_000,
        "only {dates} dates among {} strings",
        texts.len()
    );
}
