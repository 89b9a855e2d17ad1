//! Native proofs that `io::json_read`, the reader without serde, reads the current envelope
//! exactly as `serde_json` with the model's derives does: the same value for every fixture,
//! example and generated workspace, the same refusals for damaged texts, the same numbers to
//! the bit, and errors that say what and where.
#![cfg(not(target_arch = "wasm32"))]

mod example_support;
mod workspace_strategy;

use example_support::example_file;
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use sixtwo::domain::conformity::CheckItem;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::exercise::{ExerciseLog, LoggedFinding, Severity};
use sixtwo::domain::json_read::{
    read_text, ErrorKind, Expected, JsonReadError, JsonType, ReadJson, Syntax,
};
use sixtwo::domain::model::*;
use sixtwo::domain::{ObjectiveId, RecordId};
use sixtwo::io::envelope::{encode_export, encode_stored, Current};
use std::fmt::Debug;
use workspace_strategy::workspace;

/// Every JSON file of the fixtures and the examples, by name.
fn corpus() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for dir in ["tests/fixtures", "examples"] {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|error| panic!("{dir}: {error}"))
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect();
        entries.sort();
        for path in entries {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            files.push((path.display().to_string(), text));
        }
    }
    files
}

/// Reads an envelope of the current schema with the derived reader.
fn read_current_envelope(text: &str) -> Result<Current, JsonReadError> {
    read_text(text).map_err(|error| *error)
}

/// The workspace as serde_json writes it, so that numbers compare to the bit (`-0.0` and
/// `0.0` are equal as `f64` but not as text).
fn written(current: &Current) -> String {
    serde_json::to_string(&current.workspace).unwrap_or_default()
}

/// What serde and the reader make of `text`: `Ok(true)` when both read the same value,
/// `Ok(false)` when both refuse, `Err` with a description when they disagree.
fn agree(text: &str) -> Result<bool, String> {
    let serde = serde_json::from_str::<Current>(text);
    let ours = read_current_envelope(text);
    let same = |a: &Current, b: &Current| a == b && written(a) == written(b);
    verdict(text, &serde, &ours, same)
}

/// Whether serde's result and the reader's agree (`same` compares two values read).
fn verdict<T, E: std::fmt::Display, F: std::fmt::Display>(
    text: &str,
    serde: &Result<T, E>,
    ours: &Result<T, F>,
    same: impl Fn(&T, &T) -> bool,
) -> Result<bool, String> {
    match (serde, ours) {
        (Ok(serde), Ok(ours)) if same(serde, ours) => Ok(true),
        (Err(_), Err(_)) => Ok(false),
        (Ok(_), Ok(_)) => Err(format!("different values for {}", shortened(text))),
        (Ok(_), Err(error)) => Err(format!(
            "serde accepts, the reader refuses ({error}): {}",
            shortened(text)
        )),
        (Err(error), Ok(_)) => Err(format!(
            "serde refuses ({error}), the reader accepts: {}",
            shortened(text)
        )),
    }
}

fn shortened(text: &str) -> String {
    if text.len() < 600 {
        return text.to_string();
    }
    let cut = (0..=300)
        .rev()
        .find(|at| text.is_char_boundary(*at))
        .unwrap_or(0);
    format!("{}… ({} bytes)", &text[..cut], text.len())
}

fn all_examples() -> Vec<Workspace> {
    corpus()
        .iter()
        .filter_map(|(_, text)| serde_json::from_str::<Current>(text).ok())
        .map(|current| current.workspace)
        .collect()
}

#[test]
fn every_fixture_and_example_reads_as_serde_reads_it() {
    let mut read = 0;
    for (name, text) in corpus() {
        match agree(&text) {
            Ok(same) => read += usize::from(same),
            Err(problem) => panic!("{name}: {problem}"),
        }
        // The same workspace as this build stores and exports it.
        if let Ok(current) = serde_json::from_str::<Current>(&text) {
            let at = Timestamp::from_unix_seconds(1_764_000_000);
            for written in [
                encode_stored(&current.workspace, 7, at),
                encode_export(&current.workspace, at),
            ] {
                assert_eq!(agree(&written), Ok(true), "{name} written again");
            }
        }
    }
    // The fixtures of schema 3 and the examples (the older fixtures and the catalogue and
    // answer keys are refused by both).
    assert!(read >= 17, "{read} files read");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_workspaces_read_as_serde_reads_them(workspace in workspace(), rev in any::<u64>()) {
        let at = Timestamp::from_unix_seconds(1_764_000_000);
        for text in [encode_stored(&workspace, rev, at), encode_export(&workspace, at)] {
            prop_assert_eq!(agree(&text), Ok(true));
        }
    }
}

// ----- damaged texts -----

/// A small random number generator (xorshift), so damage is repeatable.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Characters that matter to JSON and to the model's values.
const CHARACTERS: &[&str] = &[
    "{", "}", "[", "]", "\"", ",", ":", " ", "\n", "\t", "\r", "\\", "0", "1", "9", "-", "+", ".",
    "e", "E", "a", "f", "n", "t", "u", "x", "Z", "T", "é", "😀", "\u{1}", "\u{7f}", "/",
];

/// Values put where another value was: other types, edge numbers, escapes, deep nesting,
/// records as arrays and choices as objects.
const VALUES: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "-0.0",
    "1",
    "-1",
    "1.5",
    "1e2",
    "1E-2",
    "1e400",
    "-1e400",
    "1e-400",
    "0e99999999999999999999",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "123456789012345678901234567890",
    "0.1000000000000000055511151231257827",
    "\"\"",
    "\"x\"",
    "\"strategic\"",
    "\"not-achieved\"",
    "\"2026-01-31\"",
    "\" 2026-1-5 \"",
    "\"2026-02-30\"",
    "\"2026-11-24T09:30:00Z\"",
    "\"2026-11-24T09:30:00+08:00\"",
    "\"00000000-0000-4000-8000-000000000001\"",
    "\"00000000000040008000000000000001\"",
    "\"{00000000-0000-4000-8000-000000000001}\"",
    "\"\\u0041\\n\\\"\"",
    "\"\\ud83d\\ude00\"",
    "\"\\ud83d\"",
    "\"\\ude00\"",
    "\"\\ud83d\\u0041\"",
    "\"\\uZZZZ\"",
    "\"\\q\"",
    "[]",
    "[1]",
    "[null]",
    "[\"x\"]",
    "[\"00000000-0000-4000-8000-000000000001\"]",
    "[\"00000000-0000-4000-8000-000000000001\",\"S9\"]",
    "[\"00000000-0000-4000-8000-000000000001\",\"2026-01-31\",3]",
    "[\"2026-01-31\",true]",
    "{}",
    "{\"a\":1}",
    "{\"strategic\":null}",
    "{\"strategic\":1}",
    "{\"unknown\":null}",
    "{\"strategic\":null,\"x\":1}",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "{\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{}]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
];

/// A JSON value written back with one change at node `target` (counted in the order written).
struct Writer<'a> {
    dice: &'a mut Dice,
    target: usize,
    node: usize,
    out: String,
}

impl Writer<'_> {
    fn value(&mut self, value: &serde_json::Value) {
        let here = self.node;
        self.node += 1;
        if here == self.target {
            match self.dice.below(6) {
                0 | 1 => {
                    let replacement = *self.dice.pick(VALUES);
                    self.out.push_str(replacement);
                    return;
                }
                2 => {
                    // A record as an array of its values, or a list as an object.
                    match value {
                        serde_json::Value::Object(map) => {
                            let values: Vec<_> = map.values().cloned().collect();
                            let keep = self.dice.below(values.len() + 2);
                            let list =
                                serde_json::Value::Array(values.into_iter().take(keep).collect());
                            self.out.push_str(&list.to_string());
                        }
                        serde_json::Value::Array(items) => {
                            self.out.push('{');
                            for (index, item) in items.iter().enumerate() {
                                if index > 0 {
                                    self.out.push(',');
                                }
                                self.out.push_str(&format!("\"{index}\":{item}"));
                            }
                            self.out.push('}');
                        }
                        other => self.out.push_str(&format!("[{other}]")),
                    }
                    return;
                }
                3 => {
                    // A key twice, or a key dropped, or an unknown key added.
                    if let serde_json::Value::Object(map) = value {
                        let keys: Vec<&String> = map.keys().collect();
                        if !keys.is_empty() {
                            let key = *self.dice.pick(&keys);
                            let how = self.dice.below(3);
                            self.out.push('{');
                            let mut first = true;
                            for (name, item) in map {
                                if name == key && how == 1 {
                                    continue;
                                }
                                if !first {
                                    self.out.push(',');
                                }
                                first = false;
                                self.out
                                    .push_str(&format!("{}:{item}", serde_json::json!(name)));
                            }
                            if how == 0 {
                                let again = self.dice.pick(VALUES);
                                let sep = if first { "" } else { "," };
                                self.out
                                    .push_str(&format!("{sep}{}:{again}", serde_json::json!(key)));
                            } else if how == 2 {
                                let sep = if first { "" } else { "," };
                                let extra = self.dice.pick(VALUES);
                                self.out.push_str(&format!("{sep}\"someday\":{extra}"));
                            }
                            self.out.push('}');
                            return;
                        }
                    }
                }
                4 => {
                    // A choice as an object, a value in a list.
                    match value {
                        serde_json::Value::String(text) => {
                            self.out
                                .push_str(&format!("{{{}:null}}", serde_json::json!(text)));
                        }
                        other => self.out.push_str(&format!("[{other}]")),
                    }
                    return;
                }
                _ => {}
            }
        }
        match value {
            serde_json::Value::Object(map) => {
                self.out.push('{');
                for (index, (key, item)) in map.iter().enumerate() {
                    if index > 0 {
                        self.out.push(',');
                    }
                    self.out.push_str(&serde_json::json!(key).to_string());
                    self.out.push(':');
                    self.value(item);
                }
                self.out.push('}');
            }
            serde_json::Value::Array(items) => {
                self.out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        self.out.push(',');
                    }
                    self.value(item);
                }
                self.out.push(']');
            }
            other => self.out.push_str(&other.to_string()),
        }
    }
}

fn count_nodes(value: &serde_json::Value) -> usize {
    1 + match value {
        serde_json::Value::Object(map) => map.values().map(count_nodes).sum(),
        serde_json::Value::Array(items) => items.iter().map(count_nodes).sum(),
        _ => 0,
    }
}

/// `text` with one random change to its characters.
fn damage_characters(text: &str, dice: &mut Dice) -> String {
    let boundaries: Vec<usize> = (0..=text.len())
        .filter(|at| text.is_char_boundary(*at))
        .collect();
    let at = *dice.pick(&boundaries);
    let next = boundaries
        .iter()
        .copied()
        .find(|b| *b > at)
        .unwrap_or(text.len());
    let character = *dice.pick(CHARACTERS);
    match dice.below(3) {
        0 => format!("{}{}{}", &text[..at], character, &text[next..]),
        1 => format!("{}{}", &text[..at], &text[next..]),
        _ => format!("{}{}{}", &text[..at], character, &text[at..]),
    }
}

/// Bases to damage: the small fixtures, one example, and small envelopes with every kind of
/// record, in the stored (one line) and exported (indented) forms.
fn bases() -> Vec<String> {
    let mut bases = Vec::new();
    for (name, text) in corpus() {
        if name.contains("record-history") || name.contains("schema-v3") {
            bases.push(text);
        }
    }
    let lang = ExampleLanguage::English;
    bases.push(example_file("saas-team-exercise", lang));
    // Small ones, so that a change lands on the header and the rarer records often.
    let examples = all_examples();
    let at = Timestamp::from_unix_seconds(1_764_000_000);
    for workspace in examples.iter().take(3) {
        let mut small = workspace.clone();
        small.objectives.truncate(2);
        small.communications.truncate(1);
        small.assessments.truncate(1);
        small.policy.truncate(1);
        small.requirements.truncate(1);
        bases.push(encode_stored(&small, 3, at));
        bases.push(encode_export(&small, at));
    }
    bases
}

#[test]
fn damaged_texts_are_refused_when_serde_refuses_them_and_read_alike_otherwise() {
    let mut dice = Dice(0x5eed_2026_1207_0001);
    let mut problems = Vec::new();
    let (mut accepted, mut refused) = (0, 0);
    for base in bases() {
        let value: serde_json::Value = serde_json::from_str(&base).unwrap_or_default();
        let nodes = count_nodes(&value);
        for round in 0..1_500 {
            let text = if round % 3 == 0 {
                damage_characters(&base, &mut dice)
            } else {
                let target = dice.below(nodes);
                let mut writer = Writer {
                    dice: &mut dice,
                    target,
                    node: 0,
                    out: String::new(),
                };
                writer.value(&value);
                writer.out
            };
            match agree(&text) {
                Ok(true) => accepted += 1,
                Ok(false) => refused += 1,
                Err(problem) => problems.push(problem),
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} disagreements:\n{}",
        problems.len(),
        problems.join("\n")
    );
    println!("damaged texts: {accepted} read alike, {refused} refused by both");
    assert!(
        accepted > 1_000 && refused > 1_000,
        "{accepted} / {refused}"
    );
}

#[test]
fn small_texts_of_every_shape_agree_with_serde() {
    let header = r#""format":"sixtwo-workspace","schemaVersion":3"#;
    let mut texts: Vec<String> = vec![
        String::new(),
        " ".into(),
        "{}".into(),
        "[]".into(),
        "null".into(),
        format!("{{{header}}}"),
        format!(" \n\t\r{{{header}}} \n\t\r"),
        format!("{{{header}}}x"),
        format!("{{{header}}} {{}}"),
        format!("{{{header},}}"),
        format!("{{{header},\"workspace\":null}}"),
        format!("{{{header},\"workspace\":{{}},\"workspace\":{{}}}}"),
        format!("{{{header},\"schemaVersion\":3}}"),
        format!("{{{header},\"rev\":null,\"id\":null,\"lineage\":null}}"),
        format!("{{{header},\"lineage\":[\"a\",\"b\"]}}"),
        format!("{{{header},\"lineage\":[\"a\",]}}"),
        format!("{{{header},\"savedAt\":\"2026-11-24T09:30:00.5+08:00\"}}"),
        format!("{{{header},\"\\u0073avedAt\":\"2026-11-24T09:30:00Z\"}}"),
        format!("{{{header},\"\\ud800\":1}}"),
        format!("{{{header},\"x\":\"\\ud800\"}}"),
        format!("{{{header},\"x\":{{\"\\ud800\":1}}}}"),
        format!("{{{header},\"x\":\"\\ud800\\u\"}}"),
        format!("{{{header},\"x\":[1,]}}"),
        format!("{{{header},\"x\":{{,}}}}"),
        format!("{{{header},\"x\":{{\"a\" 1}}}}"),
        format!("{{{header},\"x\":01}}"),
        format!("{{{header},\"x\":1.}}"),
        format!("{{{header},\"x\":-}}"),
        format!("{{{header},\"x\":1e400}}"),
        format!("{{{header},\"x\":nul}}"),
        format!("{{{header},\"x\":\"\t\"}}"),
        format!("{{{header},\"x\":\"\u{7f}\"}}"),
        format!(
            "{{{header},\"x\":{}}}",
            "[".repeat(5000) + &"]".repeat(5000)
        ),
        format!(
            "{{{header},\"x\":{}}}",
            "[".repeat(5000) + &"]".repeat(4999)
        ),
        format!(
            "{{{header},\"workspace\":{{\"x\":{}}}}}",
            "{\"a\":".repeat(300) + "1" + &"}".repeat(300)
        ),
        r#"["sixtwo-workspace",3]"#.into(),
        r#"["sixtwo-workspace",3,null,null,null,null,null,{}]"#.into(),
        r#"["sixtwo-workspace",3,null,null,null,null,null,{},1]"#.into(),
        r#"["sixtwo-workspace",3,null,null,null,null,null,{},]"#.into(),
        r#"["sixtwo-workspace"]"#.into(),
        r#"{"format":"other","schemaVersion":0}"#.into(),
        r#"{"format":"sixtwo-workspace","schemaVersion":-0}"#.into(),
        r#"{"format":"sixtwo-workspace","schemaVersion":3.0}"#.into(),
        r#"{"format":"sixtwo-workspace","schemaVersion":18446744073709551615}"#.into(),
        r#"{"format":"sixtwo-workspace","schemaVersion":18446744073709551616}"#.into(),
        r#"{"format":"sixtwo-workspace","schemaVersion":"3"}"#.into(),
    ];
    // Every record of the model with each field missing, null, of another type, or duplicated.
    let objective = r#"{"id":"00000000-0000-4000-8000-000000000001","code":"S1","level":"strategic","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}"#;
    for replacement in VALUES {
        for field in [
            "id", "code", "level", "created", "updated", "title", "weight", "parent",
        ] {
            let value: serde_json::Value = serde_json::from_str(objective).unwrap_or_default();
            let mut map = value.as_object().cloned().unwrap_or_default();
            map.remove(field);
            let rest = serde_json::Value::Object(map).to_string();
            let with = format!("{{\"{field}\":{replacement},{}", &rest[1..]);
            texts.push(format!(
                "{{{header},\"workspace\":{{\"objectives\":[{with}]}}}}"
            ));
            texts.push(format!(
                "{{{header},\"workspace\":{{\"objectives\":[{rest}]}}}}"
            ));
        }
    }
    for text in &texts {
        if let Err(problem) = agree(text) {
            panic!("{problem}");
        }
    }
}

// ----- values one by one -----

/// `read_text::<T>` against `serde_json::from_str::<T>` for `text`: both refuse or both give
/// values that `same` says are the same.
fn compare<T: ReadJson + DeserializeOwned + Debug>(text: &str, same: fn(&T, &T) -> bool) {
    let serde = serde_json::from_str::<T>(text);
    let ours = read_text::<T>(text);
    match (&serde, &ours) {
        (Ok(a), Ok(b)) => assert!(same(a, b), "{text:?}: serde {a:?}, reader {b:?}"),
        (Err(_), Err(_)) => {}
        _ => panic!("{text:?}: serde {serde:?}, reader {ours:?}"),
    }
}

fn bits(a: &f64, b: &f64) -> bool {
    a.to_bits() == b.to_bits()
}

#[test]
fn numbers_read_to_the_bit_as_serde_reads_them() {
    let mut texts: Vec<String> = VALUES.iter().map(|text| text.to_string()).collect();
    for text in [
        "0", "-0", "0.0", "-0.0", "0e0", "-0E-0", "1e308", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.7976931348623159e308", "1.8e308", "2e308", "4.9e-324",
        "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400",
        "2.2250738585072011e-308", "2.2250738585072014e-308", "9007199254740993",
        "9007199254740992.5", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "-18446744073709551616",
        "0.30000000000000004", "1e23", "8.589973e9", "1.00000000000000011102230246251565404236316680908203125",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
        "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999999999999",
        "00", "01", "-01", "1.", ".5", "+1", "1e", "1e+", "-", "1.5e3.2", "0x10", "1_000",
        " 1 ", "1 2", "Infinity", "NaN", "-Infinity",
    ] {
        texts.push(text.to_string());
    }
    let mut dice = Dice(0x0f10_a7ed_2026_0002);
    for _ in 0..50_000 {
        let mut text = String::new();
        if dice.below(2) == 0 {
            text.push('-');
        }
        let most = if dice.below(5) == 0 { 40 } else { 18 };
        let digits = 1 + dice.below(most);
        for index in 0..digits {
            let digit = dice.below(10);
            text.push(char::from(
                b'0' + if index == 0 {
                    digit.max(1) as u8
                } else {
                    digit as u8
                },
            ));
        }
        if dice.below(2) == 0 {
            text.push('.');
            for _ in 0..1 + dice.below(20) {
                text.push(char::from(b'0' + dice.below(10) as u8));
            }
        }
        if dice.below(3) == 0 {
            text.push(*dice.pick(&['e', 'E']));
            let sign: &&str = dice.pick(&["", "+", "-"]);
            text.push_str(sign);
            let most = if dice.below(4) == 0 { 400 } else { 30 };
            text.push_str(&dice.below(most).to_string());
        }
        texts.push(text);
    }
    // Random doubles written shortest, and their neighbours' halfway points.
    for _ in 0..20_000 {
        let value = f64::from_bits(dice.next());
        if value.is_finite() {
            texts.push(format!("{value:e}"));
            texts.push(format!("{:.17e}", value));
            texts.push(format!("{:.25e}", value));
        }
    }
    for text in &texts {
        compare::<f64>(text, bits);
        compare::<u64>(text, |a, b| a == b);
        compare::<u32>(text, |a, b| a == b);
        compare::<Option<f64>>(text, |a, b| a.map(f64::to_bits) == b.map(f64::to_bits));
    }
}

#[test]
fn strings_ids_times_and_dates_read_as_serde_reads_them() {
    let mut texts: Vec<String> = VALUES.iter().map(|text| text.to_string()).collect();
    let pieces = [
        "a",
        "é",
        "😀",
        "\\\"",
        "\\\\",
        "\\/",
        "\\b",
        "\\f",
        "\\n",
        "\\r",
        "\\t",
        "\\u0000",
        "\\u001f",
        "\\u00e9",
        "\\uD83D\\uDE00",
        "\\ud83d\\ude00",
        "\\ud83d",
        "\\ude00",
        "\\ud83d\\ud83d",
        "\\ud83d\\n",
        "\\ud83d\\u0041",
        "\\u12",
        "\\u12G4",
        "\\x",
        "\\",
        "\u{1}",
        "\u{1f}",
        "\u{7f}",
        "\t",
        " ",
        "-",
        "0",
        "2026",
        "T",
        "Z",
        ":",
    ];
    let mut dice = Dice(0x57a1_2026_0003);
    for _ in 0..20_000 {
        let mut text = String::from("\"");
        for _ in 0..dice.below(6) {
            let piece: &&str = dice.pick(&pieces);
            text.push_str(piece);
        }
        if dice.below(10) > 0 {
            text.push('"');
        }
        texts.push(text);
    }
    let uuid = "936da01f-9abd-4d9d-80c7-02af85c822a8";
    for position in 0..uuid.len() {
        for replacement in ['-', '0', 'a', 'F', 'g', '/', ' ', '{'] {
            let mut chars: Vec<char> = uuid.chars().collect();
            chars[position] = replacement;
            texts.push(format!("\"{}\"", chars.into_iter().collect::<String>()));
        }
    }
    for text in [
        "\"urn:uuid:936da01f-9abd-4d9d-80c7-02af85c822a8\"",
        "\"936DA01F9ABD4D9D80C702AF85C822A8\"",
        "\"\\u0039\\u0033\\u0036da01f-9abd-4d9d-80c7-02af85c822a8\"",
        "\"2026-11-24T09:30:00\\u005A\"",
        "\" 2026-11-24T09:30:00Z \"",
        "\"2016-12-31T23:59:60Z\"",
        "\"2026-11-24t09:30:00z\"",
        "\"+2026-1-5\"",
        "\"-0001-01-01\"",
        "\"2026 - 01 - 05\"",
        "\"2026-01-05x\"",
        "\"12026-01-05\"",
        "\"２０２６-01-05\"",
    ] {
        texts.push(text.to_string());
    }
    for text in &texts {
        compare::<String>(text, |a, b| a == b);
        compare::<bool>(text, |a, b| a == b);
        compare::<ObjectiveId>(text, |a, b| a == b);
        compare::<RecordId>(text, |a, b| a == b);
        compare::<Timestamp>(text, |a, b| a == b);
        compare::<Option<Timestamp>>(text, |a, b| a == b);
        compare::<Vec<String>>(text, |a, b| a == b);
        // Dates are read through the model's `read_date`: compare through a record.
        let record = format!(
            "{{\"id\":\"936da01f-9abd-4d9d-80c7-02af85c822a8\",\"date\":{text},\"value\":1}}"
        );
        compare::<Measurement>(&record, |a, b| a == b);
        let optional = format!("{{\"due\":{text}}}");
        compare::<ImprovementAction>(&optional, |a, b| a == b);
    }
}

// ----- the reader's description of the model against serde's -----

/// Every record's keys and needed fields, and every choice's names, as the committed JSON
/// Schema (generated from the serde attributes by `tests/schema.rs`) states them.
#[test]
fn the_reader_knows_the_keys_and_names_serde_knows() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("schema/sixtwo-workspace-v3.schema.json").unwrap_or_default(),
    )
    .unwrap_or_default();
    let definitions = &schema["$defs"];
    fn names_of(definition: &serde_json::Value) -> Vec<String> {
        if let Some(names) = definition["enum"].as_array() {
            return names
                .iter()
                .filter_map(|n| n.as_str().map(String::from))
                .collect();
        }
        let mut names = Vec::new();
        for option in definition["oneOf"].as_array().into_iter().flatten() {
            if let Some(name) = option["const"].as_str() {
                names.push(name.to_string());
            }
            for name in option["enum"].as_array().into_iter().flatten() {
                names.extend(name.as_str().map(String::from));
            }
        }
        names
    }
    fn check<T: ReadJson>(definitions: &serde_json::Value, name: &str) {
        let definition = &definitions[name];
        if T::NAMES.is_empty() {
            let mut keys: Vec<&str> = T::FIELDS.iter().map(|(key, _)| *key).collect();
            let mut schema_keys: Vec<&str> = definition["properties"]
                .as_object()
                .map(|properties| properties.keys().map(String::as_str).collect())
                .unwrap_or_default();
            keys.sort_unstable();
            schema_keys.sort_unstable();
            assert_eq!(keys, schema_keys, "{name}'s keys");
            let mut needed: Vec<&str> = T::FIELDS
                .iter()
                .filter(|(_, need)| *need)
                .map(|(key, _)| *key)
                .collect();
            let mut schema_needed: Vec<&str> = definition["required"]
                .as_array()
                .map(|keys| keys.iter().filter_map(|key| key.as_str()).collect())
                .unwrap_or_default();
            needed.sort_unstable();
            schema_needed.sort_unstable();
            assert_eq!(needed, schema_needed, "{name}'s needed fields");
        } else {
            let names: Vec<String> = T::NAMES.iter().map(|name| name.to_string()).collect();
            assert_eq!(names, names_of(definition), "{name}'s names");
        }
    }
    macro_rules! check_all {
        ($($type:ident),*) => {$(check::<$type>(definitions, stringify!($type));)*};
    }
    check_all!(
        Action,
        ActionStatus,
        Answer,
        AnswerLevel,
        Approval,
        Assessment,
        Boundary,
        CheckItem,
        Communication,
        CommunicationPlan,
        Contribution,
        Direction,
        DocumentControl,
        Evaluation,
        EvaluationResult,
        ExerciseLog,
        FieldChange,
        Frequency,
        FunctionNotRelevant,
        ImprovementAction,
        Kpi,
        Level,
        LevelNotRelevant,
        LoggedFinding,
        Measurement,
        Monitoring,
        Objective,
        Organisation,
        Plan,
        PolicyStatement,
        Question,
        Requirement,
        RequirementSource,
        Resource,
        ResourceKind,
        Review,
        ReviewDecision,
        ReviewResult,
        Revision,
        RevisionReason,
        Settings,
        Severity,
        Status,
        UpdatePolicy,
        UpdateTrigger,
        Workspace
    );
    // The envelope: the schema's keys but the informative `appVersion`, which is skipped.
    let mut keys: Vec<&str> = Current::FIELDS.iter().map(|(key, _)| *key).collect();
    keys.push("appVersion");
    keys.sort_unstable();
    let mut schema_keys: Vec<&str> = schema["properties"]
        .as_object()
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default();
    schema_keys.sort_unstable();
    assert_eq!(keys, schema_keys);
    // Each name reads as serde reads it, plain and as an object.
    fn names_agree<T: ReadJson + DeserializeOwned + Debug + PartialEq>() {
        for name in T::NAMES {
            compare::<T>(&format!("\"{name}\""), |a, b| a == b);
            compare::<T>(&format!("{{ \"{name}\" : null }}"), |a, b| a == b);
            assert!(read_text::<T>(&format!("\"{name}\"")).is_ok(), "{name}");
        }
    }
    names_agree::<Level>();
    names_agree::<Status>();
    names_agree::<Direction>();
    names_agree::<Boundary>();
    names_agree::<Frequency>();
    names_agree::<RequirementSource>();
    names_agree::<UpdateTrigger>();
    names_agree::<RevisionReason>();
    names_agree::<ResourceKind>();
    names_agree::<ActionStatus>();
    names_agree::<ReviewResult>();
    names_agree::<ReviewDecision>();
    names_agree::<Question>();
    names_agree::<AnswerLevel>();
    names_agree::<Severity>();
    names_agree::<CheckItem>();
}

/// Every record type's keys in the reader's order, by name.
fn record_fields() -> Vec<(&'static str, &'static [(&'static str, bool)])> {
    macro_rules! fields {
        ($($type:ident),*) => { vec![$((stringify!($type), $type::FIELDS)),*] };
    }
    fields!(
        Action,
        Answer,
        Approval,
        Assessment,
        Communication,
        CommunicationPlan,
        Contribution,
        DocumentControl,
        Evaluation,
        EvaluationResult,
        ExerciseLog,
        FieldChange,
        FunctionNotRelevant,
        ImprovementAction,
        Kpi,
        LevelNotRelevant,
        LoggedFinding,
        Measurement,
        Monitoring,
        Objective,
        Organisation,
        Plan,
        PolicyStatement,
        Requirement,
        Resource,
        Review,
        Revision,
        Settings,
        UpdatePolicy,
        Workspace,
        Current
    )
}

/// `value` with every object that has all the keys of a record written as an array of its
/// values in the reader's field order (serde's derive reads a record from such an array, in
/// the order the fields are declared); the names of the records so written are added to
/// `seen`.
fn as_arrays(
    value: &serde_json::Value,
    records: &[(&'static str, &'static [(&'static str, bool)])],
    seen: &mut std::collections::BTreeSet<&'static str>,
) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            let inner: serde_json::Map<String, serde_json::Value> = map
                .iter()
                .map(|(key, item)| (key.clone(), as_arrays(item, records, seen)))
                .collect();
            for (name, fields) in records {
                let complete = fields.len() == inner.len()
                    && fields.iter().all(|(key, _)| inner.contains_key(*key));
                if complete {
                    seen.insert(name);
                    return serde_json::Value::Array(
                        fields.iter().map(|(key, _)| inner[*key].clone()).collect(),
                    );
                }
            }
            serde_json::Value::Object(inner)
        }
        serde_json::Value::Array(items) => serde_json::Value::Array(
            items
                .iter()
                .map(|item| as_arrays(item, records, seen))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The reader's field order is serde's: records written as arrays of their fields read the
/// same in both, for every record that appears with all its fields in the examples or in a
/// workspace with every field filled.
#[test]
fn records_read_from_arrays_in_the_declared_order() {
    let records = record_fields();
    let mut seen = std::collections::BTreeSet::new();
    let at = Timestamp::from_unix_seconds(1_764_000_000);
    let mut texts: Vec<String> = all_examples()
        .iter()
        .map(|workspace| encode_export(workspace, at))
        .collect();
    texts.push(full_envelope());
    for text in texts {
        let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        let arrays = as_arrays(&value, &records, &mut seen).to_string();
        assert_eq!(agree(&arrays), Ok(true), "{}", shortened(&arrays));
    }
    let missing: Vec<&str> = records
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !seen.contains(name))
        .collect();
    assert!(
        missing.is_empty(),
        "never seen with all their fields: {missing:?}"
    );
}

/// An envelope in which every record of the model has every field, none at its default.
fn full_envelope() -> String {
    let id = |n: u32| format!("\"00000000-0000-4000-8000-{n:012}\"");
    let date = "\"2026-03-04\"";
    let time = "\"2026-03-04T05:06:07Z\"";
    let approval = format!("{{\"approvedBy\":\"A\",\"approvedOn\":{date}}}");
    let kpi = format!(
        "{{\"id\":{},\"name\":\"K\",\"unit\":\"%\",\"baseline\":1.5,\"target\":2.5,\"targetUpper\":3.5,\"direction\":\"range\",\"boundary\":\"exclusive\",\"dataSource\":\"D\",\"method\":\"M\",\"frequency\":\"monthly\",\"targetDate\":{date},\"weight\":0.5,\"measurements\":[{{\"id\":{},\"date\":{date},\"value\":-0.0,\"note\":\"N\",\"recordedBy\":\"R\"}}]}}",
        id(10), id(11)
    );
    let plan = format!(
        "{{\"throughChildren\":true,\"actions\":[{{\"id\":{},\"what\":\"W\",\"responsible\":\"R\",\"start\":{date},\"due\":{date},\"resources\":[{{\"kind\":\"budget\",\"description\":\"D\",\"amount\":\"1\",\"approved\":true}}],\"status\":\"done\",\"corrective\":true}}],\"evaluation\":{{\"method\":\"M\",\"successCriteria\":\"S\",\"evaluator\":\"E\",\"date\":{date},\"result\":{{\"date\":{date},\"criteriaMet\":true,\"findings\":\"F\"}}}},\"approval\":{approval}}}",
        id(12)
    );
    let objective = format!(
        "{{\"id\":{},\"code\":\"S1\",\"title\":\"T\",\"description\":\"D\",\"level\":\"tactical\",\"parent\":{},\"parentLink\":\"L\",\"contributesTo\":[{{\"objective\":{},\"weight\":2.5}}],\"function\":\"F\",\"owner\":\"O\",\"status\":\"active\",\"approval\":{approval},\"policyLinks\":[{}],\"requirementLinks\":[{}],\"noRequirementsReason\":\"N\",\"kpis\":[{kpi}],\"weight\":3.5,\"monitoring\":{{\"frequency\":\"weekly\",\"method\":\"M\",\"responsible\":\"R\",\"nextReview\":{date}}},\"communication\":{{\"audiences\":[\"A\"],\"channels\":[\"C\"],\"when\":\"W\",\"byWhom\":\"B\"}},\"updating\":{{\"reviewCadence\":\"yearly\",\"triggers\":[\"audit-finding\"],\"lastReviewed\":{date}}},\"plan\":{plan},\"reviews\":[{{\"id\":{},\"date\":{date},\"reviewer\":\"R\",\"result\":\"at-risk\",\"findings\":\"F\",\"decision\":\"change-plan\",\"nextReview\":{date}}}],\"revisions\":[{{\"number\":2,\"at\":{time},\"reason\":\"correction\",\"note\":\"N\",\"approvedBy\":\"A\",\"changes\":[{{\"field\":\"title\",\"old\":\"O\",\"new\":\"N\"}}]}}],\"created\":{time},\"updated\":{time}}}",
        id(1), id(2), id(3), id(4), id(5), id(13)
    );
    let workspace = format!(
        "{{\"organisation\":{{\"name\":\"N\",\"scope\":\"S\",\"functions\":[\"F\"],\"functionsNotRelevant\":[{{\"function\":\"G\",\"reason\":\"R\"}}],\"levelsNotRelevant\":[{{\"level\":\"operational\",\"reason\":\"R\"}}],\"document\":{{\"title\":\"T\",\"version\":\"V\",\"owner\":\"O\",\"approvedBy\":\"A\",\"approvedOn\":{date}}}}},\"policy\":[{{\"id\":{},\"reference\":\"P\",\"text\":\"T\"}}],\"requirements\":[{{\"id\":{},\"reference\":\"R\",\"title\":\"T\",\"source\":\"contract\",\"notes\":\"N\"}}],\"objectives\":[{objective}],\"communications\":[{{\"id\":{},\"date\":{date},\"objectives\":[{}],\"audience\":\"A\",\"channel\":\"C\",\"byWhom\":\"B\",\"summary\":\"S\",\"acknowledgedOn\":{date}}}],\"settings\":{{\"atRiskBelow\":0.9,\"offTrackBelow\":0.5}},\"assessments\":[{{\"id\":{},\"date\":{date},\"assessor\":\"A\",\"answers\":[{{\"question\":\"timing\",\"level\":\"partly\",\"note\":\"N\",\"action\":{{\"what\":\"W\",\"who\":\"O\",\"due\":{date},\"addedTo\":{}}}}}]}}],\"exercise\":{{\"exercise\":\"E\",\"findings\":[{{\"id\":{},\"subject\":\"S1\",\"item\":\"timing\",\"severity\":\"major\",\"note\":\"N\"}}]}}}}",
        id(4), id(5), id(20), id(1), id(21), id(1), id(22)
    );
    format!(
        "{{\"format\":\"sixtwo-workspace\",\"schemaVersion\":3,\"rev\":9,\"id\":\"v9\",\"lineage\":[\"v8\"],\"savedAt\":{time},\"exportedAt\":{time},\"workspace\":{workspace}}}"
    )
}

#[test]
fn a_workspace_with_every_field_reads_as_serde_reads_it() {
    let text = full_envelope();
    assert_eq!(agree(&text), Ok(true));
    // Every field is there: written again, nothing is left out as a default.
    let current = read_current_envelope(&text).unwrap_or_else(|error| panic!("{error}"));
    let again = serde_json::to_string(&current.workspace).unwrap_or_default();
    let original: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    let again: serde_json::Value = serde_json::from_str(&again).unwrap_or_default();
    assert_eq!(again, original["workspace"]);
}

// ----- errors -----

fn error_of(text: &str) -> JsonReadError {
    match read_current_envelope(text) {
        Ok(_) => panic!("read: {text}"),
        Err(error) => error,
    }
}

#[test]
fn errors_say_what_and_where() {
    let h = r#"{"format":"sixtwo-workspace","schemaVersion":3"#;
    let objective = |fields: &str| {
        format!(
            "{h},\"workspace\":{{\"objectives\":[{{\"id\":\"00000000-0000-4000-8000-000000000001\",\"code\":\"S1\",\"level\":\"strategic\",\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:00:00Z\"{fields}}}]}}}}"
        )
    };
    let kpi = |fields: &str| {
        objective(&format!(
            ",\"kpis\":[{{\"id\":\"00000000-0000-4000-8000-000000000002\"{fields}}}]"
        ))
    };
    let wrong = |expected, found| ErrorKind::WrongType { expected, found };
    let table: Vec<(String, &str, usize, usize, ErrorKind)> = vec![
        ("".into(), "", 1, 1, ErrorKind::Syntax(Syntax::EndOfText)),
        (
            "{\n  \"format\": \"sixtwo-workspace\",\n  oops\n}".into(),
            "",
            3,
            3,
            ErrorKind::Syntax(Syntax::KeyMustBeString),
        ),
        (
            format!("{h}}} x"),
            "",
            1,
            49,
            ErrorKind::Syntax(Syntax::TrailingText),
        ),
        (
            format!("{h},}}"),
            "",
            1,
            48,
            ErrorKind::Syntax(Syntax::TrailingComma),
        ),
        (
            format!("{h} \"rev\":1}}"),
            "schemaVersion",
            1,
            48,
            ErrorKind::Syntax(Syntax::ExpectedCommaOrEnd),
        ),
        (
            format!("{h},\"rev\"1}}"),
            "",
            1,
            53,
            ErrorKind::Syntax(Syntax::ExpectedColon),
        ),
        (
            format!("{h},\"x\":\"a\u{1}\"}}"),
            "x",
            1,
            54,
            ErrorKind::Syntax(Syntax::ControlCharacter),
        ),
        (
            format!("{h},\"id\":\"\\ud800x\"}}"),
            "id",
            1,
            60,
            ErrorKind::Syntax(Syntax::LoneSurrogate),
        ),
        (
            format!("{h},\"id\":\"\\q\"}}"),
            "id",
            1,
            55,
            ErrorKind::Syntax(Syntax::InvalidEscape),
        ),
        (
            format!("{h},\"rev\":01}}"),
            "rev",
            1,
            55,
            ErrorKind::Syntax(Syntax::InvalidNumber),
        ),
        (
            format!("{h},\"x\":tru}}"),
            "x",
            1,
            55,
            ErrorKind::Syntax(Syntax::InvalidLiteral),
        ),
        (
            format!("{h},\"rev\":\"1\"}}"),
            "rev",
            1,
            54,
            wrong(Expected::WholeNumber, JsonType::String),
        ),
        (
            format!("{h},\"rev\":-1}}"),
            "rev",
            1,
            54,
            ErrorKind::OutOfRange,
        ),
        (
            format!("{h},\"rev\":1.5}}"),
            "rev",
            1,
            54,
            wrong(Expected::WholeNumber, JsonType::Number),
        ),
        (
            format!("{h},\"rev\":3,\"rev\":4}}"),
            "rev",
            1,
            62,
            ErrorKind::DuplicateField("rev"),
        ),
        (
            format!("{h},\"savedAt\":\"yesterday\"}}"),
            "savedAt",
            1,
            58,
            ErrorKind::InvalidValue {
                expected: Expected::Time,
                found: "yesterday".into(),
            },
        ),
        (
            r#"{"schemaVersion":3}"#.into(),
            "",
            1,
            19,
            ErrorKind::MissingField("format"),
        ),
        (
            format!("{h},\"workspace\":5}}"),
            "workspace",
            1,
            60,
            wrong(Expected::Object, JsonType::Number),
        ),
        (
            objective(",\"level\":\"strategc\"").replace(",\"level\":\"strategic\"", ""),
            "workspace.objectives[0].level",
            1,
            206,
            ErrorKind::UnknownVariant {
                found: "strategc".into(),
                expected: Level::NAMES,
            },
        ),
        (
            objective(",\"title\":null"),
            "workspace.objectives[0].title",
            1,
            226,
            wrong(Expected::String, JsonType::Null),
        ),
        (
            kpi(",\"name\":7"),
            "workspace.objectives[0].kpis[0].name",
            1,
            278,
            wrong(Expected::String, JsonType::Number),
        ),
        (
            kpi(",\"target\":1e400"),
            "workspace.objectives[0].kpis[0].target",
            1,
            280,
            ErrorKind::OutOfRange,
        ),
        (
            kpi(
                ",\"measurements\":[{\"id\":\"00000000-0000-4000-8000-000000000003\",\"value\":1}]",
            ),
            "workspace.objectives[0].kpis[0].measurements[0]",
            1,
            341,
            ErrorKind::MissingField("date"),
        ),
        (
            objective(",\"parent\":\"nope\""),
            "workspace.objectives[0].parent",
            1,
            227,
            ErrorKind::InvalidValue {
                expected: Expected::Uuid,
                found: "nope".into(),
            },
        ),
    ];
    let mut failures = Vec::new();
    for (text, path, line, column, kind) in table {
        let error = error_of(&text);
        let expected = JsonReadError {
            kind,
            path: path.into(),
            line,
            column,
        };
        if error != expected {
            failures.push(format!(
                "{text}\n  got      {error:?}\n  expected {expected:?}"
            ));
        }
        // serde refuses it too.
        assert!(serde_json::from_str::<Current>(&text).is_err(), "{text}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The message says what, where and at which line and column.
    let error = error_of(&kpi(",\"name\":7"));
    assert_eq!(
        error.to_string(),
        "expected a string, found a number at workspace.objectives[0].kpis[0].name (line 1 column 278)"
    );
}

/// Reading speed against serde's, natively (not a test: run with
/// `cargo test --release --test json_read -- --ignored --nocapture`).
#[test]
#[ignore]
fn reading_speed_against_serde() {
    let examples = all_examples();
    let mut big = Workspace::default();
    let mut ids = sixtwo::domain::ids::SequentialIds::starting_at(1 << 40);
    while big.objectives.len() < 2_000 {
        for example in &examples {
            let mut copy = example.clone();
            for objective in &mut copy.objectives {
                objective.id = ObjectiveId::new(&mut ids);
                objective.parent = None;
                objective.contributes_to.clear();
            }
            big.objectives.extend(copy.objectives);
        }
    }
    let at = Timestamp::from_unix_seconds(1_764_000_000);
    for (name, text) in [
        ("stored", encode_stored(&big, 1, at)),
        ("export", encode_export(&big, at)),
    ] {
        let time = |f: &dyn Fn() -> bool| {
            let mut best = f64::MAX;
            for _ in 0..15 {
                let start = std::time::Instant::now();
                assert!(f());
                best = best.min(start.elapsed().as_secs_f64() * 1e3);
            }
            best
        };
        let serde = time(&|| serde_json::from_str::<Current>(&text).is_ok());
        let ours = time(&|| read_current_envelope(&text).is_ok());
        println!(
            "{name}: {} objectives, {} bytes: serde {serde:.1} ms, reader {ours:.1} ms (best of 15)",
            big.objectives.len(),
            text.len()
        );
    }
}

/// What serde_json and the reader make of `text` read as `serde_json::Value`, compared as
/// written (so that `-0.0` and `0.0`, or `1` and `1.0`, differ).
fn agree_value(text: &str) -> Result<bool, String> {
    let serde = serde_json::from_str::<serde_json::Value>(text);
    let ours = read_text::<serde_json::Value>(text);
    let written = |value: &serde_json::Value| serde_json::to_string(value).unwrap_or_default();
    verdict(text, &serde, &ours, |a, b| written(a) == written(b))
}

#[test]
fn any_json_value_reads_as_serde_json_reads_it() {
    let mut texts: Vec<String> = corpus().into_iter().map(|(_, text)| text).collect();
    texts.extend(VALUES.iter().map(|text| text.to_string()));
    for text in [
        "0",
        "-0",
        "-0.0",
        "1",
        "-1",
        "1.0",
        "1e2",
        "-9223372036854775808",
        "-9223372036854775809",
        "9223372036854775808",
        "18446744073709551615",
        "18446744073709551616",
        "-18446744073709551616",
        "1e400",
        "-1e400",
        "1e-400",
        r#"{"a":1,"a":2}"#,
        r#"{"a":{"b":[1,{"c":null}]},"d":"\ud83d\ude00"}"#,
        r#""\ud800""#,
        r#"{"\ud800":1}"#,
        "[1,]",
        "{,}",
        "[1 2]",
        r#"{"a" 1}"#,
        "tru",
        "nul",
        "\"\t\"",
        "",
        " [ ] ",
        "{}x",
    ] {
        texts.push(text.to_string());
    }
    // serde_json's recursion limit, on either side of it and in both kinds of nesting.
    for depth in 125..=130 {
        texts.push("[".repeat(depth) + &"]".repeat(depth));
        texts.push("{\"a\":".repeat(depth) + "1" + &"}".repeat(depth));
    }
    let mut dice = Dice(0x5eed_2026_1208_0001);
    for base in bases() {
        for _ in 0..300 {
            texts.push(damage_characters(&base, &mut dice));
        }
    }
    let (mut accepted, mut refused) = (0, 0);
    for text in &texts {
        match agree_value(text) {
            Ok(true) => accepted += 1,
            Ok(false) => refused += 1,
            Err(problem) => panic!("{problem}"),
        }
    }
    assert!(accepted > 100 && refused > 100, "{accepted} / {refused}");
}

/// Each text, and 200 damaged copies of it, read as `T` by serde and by the derived reader:
/// both read the same value or both refuse.
fn compare_with_damage<T: ReadJson + DeserializeOwned + Debug + PartialEq>(
    texts: &[String],
    dice: &mut Dice,
) {
    for text in texts {
        compare::<T>(text, T::eq);
        for _ in 0..200 {
            compare::<T>(&damage_characters(text, dice), T::eq);
        }
    }
}

#[test]
fn the_stored_records_beside_the_workspace_read_as_serde_reads_them() {
    use sixtwo::domain::json_out::compact;
    use sixtwo::domain::wizard::{Drafts, EstablishWizard, PlanDraft, PlanWizard, Wizard};
    use sixtwo::io::compact::CompactHeader;
    use sixtwo::io::example::{CatalogEntry, ExampleKind, Localized};
    use sixtwo::io::registry::{Entry, WorkspaceId};
    use sixtwo::storage::prefs::{ExportRecord, Prefs, Theme};
    use sixtwo::storage::workspaces::Deleted;

    let mut dice = Dice(0x5eed_2026_1208_0002);
    let at = Timestamp::from_unix_seconds(1_765_000_000);
    // Preferences: a container default, an unknown theme taking `other`, a language by tag.
    compare_with_damage::<Prefs>(
        &[
            r#"{"lang":"zh-Hans","collapsed":["unaligned"],"export":{"lastAt":"2026-11-24T09:30:00Z","unexportedSince":null},"registerHidden":["owner"],"theme":"dark"}"#.into(),
            r#"{"theme":"sepia","lang":"en"}"#.into(),
            r#"{"lang":"fr"}"#.into(),
            r#"{"theme":{"light":null}}"#.into(),
            "{}".into(),
        ],
        &mut dice,
    );
    for theme in ["\"light\"", "\"system\"", "\"Light\"", "\"later\"", "3"] {
        compare::<Theme>(theme, Theme::eq);
    }
    compare::<ExportRecord>(
        r#"{"snoozedUntil":"2026-11-24T09:30:00Z"}"#,
        ExportRecord::eq,
    );
    // The workspace list's entries and a deleted workspace's undo copy (pairs in a list).
    let entry = Entry {
        id: WorkspaceId::first(),
        name: "Acme 目标".into(),
    };
    let deleted = Deleted {
        position: 2,
        entry: entry.clone(),
        texts: vec![
            ("sixtwo.workspace".into(), "{\"a\":1}".into()),
            ("sixtwo.prefs".into(), String::new()),
        ],
    };
    compare_with_damage::<Entry>(&[compact(&entry)], &mut dice);
    compare_with_damage::<Deleted>(
        &[
            compact(&deleted),
            r#"{"position":1,"entry":{"id":"a","name":""},"texts":[["k","v","w"]]}"#.into(),
            r#"{"position":1,"entry":{"id":"a","name":""},"texts":[["k"]]}"#.into(),
            r#"{"position":-1,"entry":{"id":"a","name":""},"texts":[]}"#.into(),
        ],
        &mut dice,
    );
    // The compact form's header line.
    let header = CompactHeader {
        format: "sixtwo-stored".into(),
        encoding: "deflate-15".into(),
        rev: 7,
        id: "abc".into(),
        lineage: vec!["x".into()],
        packed_bytes: 1234,
        json_bytes: 98765,
    };
    compare_with_damage::<CompactHeader>(&[compact(&header)], &mut dice);
    // Both wizards' drafts (generic records, and a field that is never stored).
    let workspace = all_examples().into_iter().next().unwrap_or_default();
    let objective = workspace.objectives.first().cloned();
    let drafts = Drafts {
        establish: objective.clone().map(|objective| {
            EstablishWizard::start(
                sixtwo::domain::wizard::EstablishDraft::revise(objective),
                at,
            )
        }),
        plan: objective.map(|objective| -> PlanWizard {
            Wizard::start(PlanDraft::for_objective(&objective), at)
        }),
    };
    assert!(drafts.establish.is_some(), "an example objective");
    compare_with_damage::<Drafts>(&[compact(&drafts), "{}".into()], &mut dice);
    // The example catalogue's entries: maps by language, an unknown kind taking `other`.
    let catalog_entry = r#"{"id":"acme","kind":"model","name":{"en":"Acme","zh-Hans":"阿克米"},"summary":{"en":"S"},"anchor":"2026-06-30","files":{"en":"acme.json"},"provenance":{"en":"P"},"gaps":{"en":"G","en":"H"},"answerKey":null}"#;
    compare_with_damage::<CatalogEntry>(
        &[
            catalog_entry.into(),
            catalog_entry.replace("\"model\"", "\"quiz\""),
            catalog_entry.replace(r#""anchor":"2026-06-30","#, ""),
        ],
        &mut dice,
    );
    compare::<ExampleKind>("\"exercise\"", ExampleKind::eq);
    compare::<Localized>(r#"{"en":"a","en":"b"}"#, Localized::eq);
}
