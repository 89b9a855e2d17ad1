//! Native tests of the build-time checks of the translation files: the build fails, naming
//! the file and line, when a language misses a message, has one English does not, uses other
//! placeholders or plural forms, or a file does not parse; the shipped files pass.
#![cfg(not(target_arch = "wasm32"))]
#![allow(dead_code)]

#[path = "../build/locales.rs"]
mod locales;

use std::fs;
use std::path::{Path, PathBuf};

/// A `locales/` folder in a fresh temporary directory with the given files.
struct Fixture {
    root: PathBuf,
}

impl Fixture {
    fn new(name: &str, files: &[(&str, &str)]) -> Fixture {
        let root =
            std::env::temp_dir().join(format!("sixtwo-locales-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for (path, text) in files {
            let path = root.join(path);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).expect("fixture folder");
            }
            fs::write(path, text).expect("fixture file");
        }
        Fixture { root }
    }

    /// The errors the build would report, or none.
    fn errors(&self) -> Vec<String> {
        match locales::read_locales(&self.root) {
            Err(errors) => errors,
            Ok(read) => locales::check(&read).err().unwrap_or_default(),
        }
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

const ENGLISH: &str = "\
## Frame

app-name = SixTwo
save-saved = Saved at { $time }
objective-count =
    { $count ->
        [one] { $count } objective
       *[other] { $count } objectives
    }
";

const CHINESE: &str = "\
app-name = SixTwo
save-saved = 已于 { $time } 保存
objective-count =
    { $count ->
       *[other] { $count } 个目标
    }
";

fn assert_one_error(errors: &[String], expected: &[&str]) {
    assert_eq!(errors.len(), 1, "{errors:#?}");
    for part in expected {
        assert!(errors[0].contains(part), "{:?} lacks {part:?}", errors[0]);
    }
}

#[test]
fn consistent_files_pass_and_compile() {
    let fixture = Fixture::new(
        "ok",
        &[("en/frame.ftl", ENGLISH), ("zh-Hans/frame.ftl", CHINESE)],
    );
    assert_eq!(fixture.errors(), Vec::<String>::new());
    let read = locales::read_locales(&fixture.root).expect("readable");
    let code = locales::generate(&read, false);
    assert!(code.contains("SaveSaved,"), "{code}");
    assert!(code.contains("Text::Plain(\"Saved at {time}\")"), "{code}");
    assert!(
        code.contains("(Plural::One, \"{count} objective\")"),
        "{code}"
    );
    // English is compiled in; Chinese is a messages file the app fetches.
    assert!(code.contains("TEXTS_EN:"), "{code}");
    assert!(!code.contains("TEXTS_ZH_HANS"), "{code}");
    assert!(code.contains("FETCHED_ZH_HANS: Fetched"), "{code}");
    assert!(!code.contains("TEXTS_EN_XA"));
    assert!(locales::generate(&read, true).contains("TEXTS_EN_XA"));
}

#[test]
fn other_languages_become_messages_files_named_by_their_content() {
    let fixture = Fixture::new(
        "fetched",
        &[("en/frame.ftl", ENGLISH), ("zh-Hans/frame.ftl", CHINESE)],
    );
    let read = locales::read_locales(&fixture.root).expect("readable");
    let files = locales::fetched_files(&read);
    assert_eq!(files.len(), 1);
    let file = &files[0];
    assert_eq!(file.tag, "zh-Hans");
    assert_eq!(
        file.content,
        "SixTwo\n已于 {time} 保存\ncount\u{1f}other\u{1f}other\u{1f}{count} 个目标\n"
    );
    assert_eq!(file.hash, locales::content_hash(file.content.as_bytes()));
    assert_eq!(
        file.name,
        format!("messages/zh-Hans-{:016x}.txt", file.hash)
    );
    let code = locales::generate(&read, false);
    assert!(code.contains(&format!("file: {:?}", file.name)), "{code}");
    assert!(
        code.contains(&format!("hash: {:#018x}", file.hash)),
        "{code}"
    );
}

#[test]
fn a_field_separator_in_a_text_fails_the_build() {
    let chinese = CHINESE.replace("app-name = SixTwo", "app-name = Six\u{1f}Two");
    let fixture = Fixture::new(
        "separator",
        &[("en/frame.ftl", ENGLISH), ("zh-Hans/frame.ftl", &chinese)],
    );
    assert_one_error(&fixture.errors(), &["`app-name`", "U+001F"]);
}

#[test]
fn a_missing_message_fails_the_build_naming_it() {
    let chinese = CHINESE.replace("app-name = SixTwo\n", "");
    let fixture = Fixture::new(
        "missing",
        &[("en/frame.ftl", ENGLISH), ("zh-Hans/frame.ftl", &chinese)],
    );
    assert_one_error(
        &fixture.errors(),
        &[
            "locales/zh-Hans",
            "`app-name` is missing",
            "locales/en/frame.ftl:3",
        ],
    );
}

#[test]
fn an_extra_message_fails_the_build() {
    let chinese = format!("{CHINESE}stray = 多余\n");
    let fixture = Fixture::new(
        "extra",
        &[("en/frame.ftl", ENGLISH), ("zh-Hans/frame.ftl", &chinese)],
    );
    assert_one_error(
        &fixture.errors(),
        &[
            "locales/zh-Hans/frame.ftl:7",
            "`stray` is not an English message",
        ],
    );
}

#[test]
fn other_placeholders_fail_the_build() {
    let chinese = CHINESE.replace("{ $time }", "{ $when }");
    let fixture = Fixture::new(
        "placeholders",
        &[("en/frame.ftl", ENGLISH), ("zh-Hans/frame.ftl", &chinese)],
    );
    assert_one_error(
        &fixture.errors(),
        &["frame.ftl:2", "{$when}", "English", "{$time}"],
    );
}

#[test]
fn a_plural_message_must_stay_plural() {
    let chinese = CHINESE.replace(
        "objective-count =\n    { $count ->\n       *[other] { $count } 个目标\n    }\n",
        "objective-count = { $count } 个目标\n",
    );
    let fixture = Fixture::new(
        "plural",
        &[("en/frame.ftl", ENGLISH), ("zh-Hans/frame.ftl", &chinese)],
    );
    assert_one_error(
        &fixture.errors(),
        &["`objective-count` must be a plural choice"],
    );
}

#[test]
fn syntax_errors_name_the_file_and_line() {
    let cases: [(&str, &str); 6] = [
        ("no-equals", "app-name SixTwo\n"),
        ("bad-key", "1app = x\n"),
        ("open-brace", "app-name = Six { Two\n"),
        ("bad-placeable", "app-name = Six { Two }\n"),
        (
            "no-default",
            "app-name =\n    { $count ->\n        [one] x\n    }\n",
        ),
        (
            "bad-category",
            "app-name =\n    { $count ->\n       *[lots] x\n    }\n",
        ),
    ];
    for (name, english) in cases {
        let fixture = Fixture::new(name, &[("en/frame.ftl", english)]);
        let errors = fixture.errors();
        assert_eq!(errors.len(), 1, "{name}: {errors:#?}");
        assert!(
            errors[0].starts_with("locales/en/frame.ftl:"),
            "{name}: {errors:?}"
        );
    }
}

#[test]
fn a_message_defined_twice_fails_the_build() {
    let english = format!("{ENGLISH}app-name = Again\n");
    let fixture = Fixture::new("twice", &[("en/frame.ftl", &english)]);
    assert_one_error(&fixture.errors(), &["`app-name` is already defined at"]);
}

#[test]
fn literal_braces_and_edge_spaces_are_kept() {
    let english = "brace = a {\"{\"}b{\"}\"} c\nseparator = ,{\" \"}\n";
    let fixture = Fixture::new("literals", &[("en/frame.ftl", english)]);
    assert_eq!(fixture.errors(), Vec::<String>::new());
    let read = locales::read_locales(&fixture.root).expect("readable");
    let code = locales::generate(&read, false);
    assert!(code.contains("Text::Plain(\"a {b} c\")"), "{code}");
    assert!(code.contains("Text::Plain(\", \")"), "{code}");
}

#[test]
fn the_shipped_translation_files_are_consistent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let read = locales::read_locales(&root).expect("readable");
    assert_eq!(locales::check(&read), Ok(()));
    let tags: Vec<&str> = read.iter().map(|locale| locale.tag.as_str()).collect();
    assert_eq!(tags, ["en", "zh-Hans"]);
}
