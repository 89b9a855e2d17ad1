//! Native tests of the build-time checks of the translation files: the build fails, naming
//! the file and line, when a language misses a message, has one English does not, uses other
//! placeholders or plural forms, or a file does not parse; the shipped files pass. Also which
//! messages only one group of views fetched on demand uses (`build/text_groups.rs`), whose
//! English texts become that group's messages file.
#![cfg(not(target_arch = "wasm32"))]
#![allow(dead_code)]

#[path = "../build/locales.rs"]
mod locales;

use std::collections::BTreeMap;
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
    let code = locales::generate(&read, false, &locales::Usage::default());
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
    assert!(locales::generate(&read, true, &locales::Usage::default()).contains("TEXTS_EN_XA"));
}

#[test]
fn other_languages_become_messages_files_named_by_their_content() {
    let fixture = Fixture::new(
        "fetched",
        &[("en/frame.ftl", ENGLISH), ("zh-Hans/frame.ftl", CHINESE)],
    );
    let read = locales::read_locales(&fixture.root).expect("readable");
    let files = locales::fetched_files(&read, &locales::Usage::default());
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
    let code = locales::generate(&read, false, &locales::Usage::default());
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
    let code = locales::generate(&read, false, &locales::Usage::default());
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

/// A `src/` folder with split points for two groups, `alpha` and `beta`, and the files they and
/// the rest of the app use.
const SOURCES: &[(&str, &str)] = &[
    ("src/main.rs", "fn main() { app::ui::mount_to_body() }\n"),
    ("src/lib.rs", "pub mod i18n;\npub mod ui;\n"),
    ("src/i18n/mod.rs", "pub enum Msg { AppName, SaveSaved, ObjectiveCount }\n"),
    (
        "src/ui/mod.rs",
        "pub mod pages;\npub mod rare_views;\npub mod shell;\npub fn mount_to_body() { shell::frame(); }\n",
    ),
    (
        "src/ui/shell.rs",
        "use crate::i18n::Msg;\nuse crate::ui::pages;\npub fn frame() { t(Msg::AppName); pages::home::page(); }\n",
    ),
    ("src/ui/pages/mod.rs", "pub mod alpha;\npub mod beta;\npub mod home;\npub mod shared;\n"),
    ("src/ui/pages/home.rs", "pub fn page() {}\n"),
    (
        "src/ui/pages/alpha.rs",
        "use super::shared;\nuse crate::i18n::Msg;\npub fn page() { t(Msg::SaveSaved); shared::part(); }\n",
    ),
    (
        "src/ui/pages/beta.rs",
        "use crate::ui::pages::shared::part;\npub fn page() { part(); }\n",
    ),
    (
        "src/ui/pages/shared.rs",
        "pub fn part() { t(crate::i18n::Msg::ObjectiveCount); }\n",
    ),
    (
        "src/ui/rare_views.rs",
        "use crate::ui::pages;\n\n#[cfg_attr(sixtwo_split, wasm_split(sixtwo_alpha, fallible))]\nfn alpha_view() {\n    pages::alpha::page();\n}\n\n#[cfg_attr(sixtwo_split, wasm_split(sixtwo_beta, fallible))]\nfn beta_view() {\n    pages::beta::page();\n}\n",
    ),
];

fn usage_of(name: &str, replaced: &[(&str, &str)]) -> locales::Usage {
    let files: Vec<(&str, &str)> = SOURCES
        .iter()
        .map(|(path, text)| {
            let text = replaced
                .iter()
                .find(|(replaced_path, _)| replaced_path == path)
                .map_or(*text, |(_, text)| *text);
            (*path, text)
        })
        .collect();
    let fixture = Fixture::new(name, &files);
    locales::text_groups::find(&fixture.root.join("src")).expect("readable sources")
}

#[test]
fn a_message_only_one_groups_files_use_is_that_groups() {
    let usage = usage_of("groups", &[]);
    assert_eq!(usage.groups, ["Alpha", "Beta"]);
    // `alpha.rs` alone names SaveSaved; the frame names AppName; the file both groups use
    // names ObjectiveCount.
    let expected: BTreeMap<String, usize> = [("SaveSaved".to_string(), 0)].into();
    assert_eq!(usage.group_of, expected);
}

#[test]
fn a_groups_file_the_rest_of_the_app_uses_keeps_its_messages_in_the_first_download() {
    let shell = "use crate::i18n::Msg;\nuse crate::ui::pages;\npub fn frame() { t(Msg::AppName); pages::alpha::page(); }\n";
    let usage = usage_of("used-by-main", &[("src/ui/shell.rs", shell)]);
    assert!(usage.group_of.is_empty(), "{:?}", usage.group_of);
}

#[test]
fn a_groups_file_implementing_for_a_type_from_elsewhere_keeps_its_messages_in_the_first_download() {
    let alpha = "use crate::i18n::Msg;\nimpl Msg { pub fn saved() { t(Msg::SaveSaved); } }\npub fn page() {}\n";
    let usage = usage_of("foreign-impl", &[("src/ui/pages/alpha.rs", alpha)]);
    assert_eq!(
        usage.group_of.get("SaveSaved"),
        None,
        "{:?}",
        usage.group_of
    );
    let alpha = "use crate::i18n::Msg;\nstruct Mine;\nimpl Mine { fn saved() { t(Msg::SaveSaved); } }\npub fn page() {}\n";
    let usage = usage_of("own-impl", &[("src/ui/pages/alpha.rs", alpha)]);
    assert_eq!(usage.group_of.get("SaveSaved"), Some(&0));
}

#[test]
fn a_file_no_group_reaches_belongs_to_the_rest_of_the_app() {
    // `impl` blocks of the app's state are called as methods, which paths do not show.
    let methods =
        "pub fn page() {}\nimpl State { fn save() { crate::ui::pages::alpha::page(); } }\n";
    let orphan = [("src/ui/pages/home.rs", "pub fn page() {}\n")];
    let usage = usage_of("orphan-before", &orphan);
    assert_eq!(usage.group_of.get("SaveSaved"), Some(&0));
    let files: Vec<(&str, &str)> = SOURCES
        .iter()
        .copied()
        .chain([("src/ui/state_methods.rs", methods)])
        .collect();
    let fixture = Fixture::new("orphan", &files);
    let usage = locales::text_groups::find(&fixture.root.join("src")).expect("readable");
    assert!(usage.group_of.is_empty(), "{:?}", usage.group_of);
}

#[test]
fn a_file_of_methods_on_one_groups_type_belongs_to_that_group() {
    // A page's rendering split over files: `impl` blocks on a type its group defines, which no
    // path names (the type is the one the file brings in with `use`).
    let alpha = "use super::shared;\npub struct Sheet;\npub fn page() { shared::part(); }\n";
    let methods = "use super::alpha::Sheet;\nuse crate::i18n::Msg;\nimpl Sheet { fn saved(&self) { t(Msg::SaveSaved); } }\n";
    let files: Vec<(&str, &str)> = SOURCES
        .iter()
        .map(|(path, text)| match *path {
            "src/ui/pages/alpha.rs" => (*path, alpha),
            // A type of the same name elsewhere, which the methods' file does not name.
            "src/ui/pages/home.rs" => (*path, "pub struct Sheet;\npub fn page() {}\n"),
            _ => (*path, *text),
        })
        .chain([("src/ui/pages/alpha_parts.rs", methods)])
        .collect();
    let fixture = Fixture::new("adopted", &files);
    let usage = locales::text_groups::find(&fixture.root.join("src")).expect("readable");
    assert_eq!(
        usage.group_of.get("SaveSaved"),
        Some(&0),
        "{:?}",
        usage.group_of
    );
    // The same methods on a type both groups use stay in the first download.
    let shared = "pub struct Sheet;\npub fn part() { t(crate::i18n::Msg::ObjectiveCount); }\n";
    let alpha = "use super::shared;\npub fn page() { shared::part(); }\n";
    let shared_methods = "use super::shared::Sheet;\nuse crate::i18n::Msg;\nimpl Sheet { fn saved(&self) { t(Msg::SaveSaved); } }\n";
    let files: Vec<(&str, &str)> = SOURCES
        .iter()
        .map(|(path, text)| match *path {
            "src/ui/pages/alpha.rs" => (*path, alpha),
            "src/ui/pages/shared.rs" => (*path, shared),
            _ => (*path, *text),
        })
        .chain([("src/ui/pages/alpha_parts.rs", shared_methods)])
        .collect();
    let fixture = Fixture::new("not-adopted", &files);
    let usage = locales::text_groups::find(&fixture.root.join("src")).expect("readable");
    assert_eq!(
        usage.group_of.get("SaveSaved"),
        None,
        "{:?}",
        usage.group_of
    );
}

#[test]
fn sources_without_split_points_fail_the_build() {
    let usage = Fixture::new("no-split", &[("src/ui/rare_views.rs", "fn nothing() {}\n")]);
    assert!(locales::text_groups::find(&usage.root.join("src")).is_err());
}

#[test]
fn a_groups_english_messages_become_its_messages_file_after_the_first_downloads() {
    let fixture = Fixture::new(
        "group-file",
        &[("en/frame.ftl", ENGLISH), ("zh-Hans/frame.ftl", CHINESE)],
    );
    let read = locales::read_locales(&fixture.root).expect("readable");
    let usage = locales::Usage {
        groups: vec!["Alpha".into(), "Beta".into()],
        group_of: [("SaveSaved".to_string(), 1), ("AppName".to_string(), 1)].into(),
    };
    let files = locales::fetched_files(&read, &usage);
    let names: Vec<&str> = files.iter().map(|file| file.tag.as_str()).collect();
    assert_eq!(names, ["zh-Hans", "en-alpha", "en-beta"]);
    // Chinese keeps every message, in the order of `Msg`: the first download's, then Beta's.
    assert_eq!(
        files[0].content,
        "count\u{1f}other\u{1f}other\u{1f}{count} 个目标\nSixTwo\n已于 {time} 保存\n"
    );
    assert_eq!(files[1].content, "");
    assert_eq!(files[2].content, "SixTwo\nSaved at {time}\n");
    assert_eq!(files[2].group, Some(1));
    assert!(files[2].name.starts_with("messages/en-beta-"));
    let code = locales::generate(&read, false, &usage);
    assert!(code.contains("TEXTS_EN: [Text; 1]"), "{code}");
    assert!(
        code.contains("pub enum TextGroup {\n    Alpha,\n    Beta,\n}"),
        "{code}"
    );
    assert!(code.contains("(1, Fetched {"), "{code}");
    assert!(
        code.contains(&format!(
            "hash: {:#018x},\n        messages: 2,",
            files[2].hash
        )),
        "{code}"
    );
    let order = code
        .find("    ObjectiveCount,")
        .zip(code.find("    AppName,"));
    assert!(order.is_some_and(|(first, later)| first < later), "{code}");
}

#[test]
fn the_shipped_sources_send_the_views_own_messages_with_their_groups() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let usage = locales::text_groups::find(&root.join("src")).expect("readable");
    let group = |variant: &str| {
        usage
            .group_of
            .get(variant)
            .map(|at| usage.groups[*at].as_str())
    };
    assert_eq!(usage.groups.len(), 8, "{:?}", usage.groups);
    // The frame's and the loading state's messages stay; a view's own go with its group.
    assert_eq!(group("ViewLoading"), None);
    assert_eq!(group("ViewLoadFailedBody"), None);
    assert_eq!(group("AppName"), None);
    // The frame names each view's title (the document's title), so those stay too.
    assert_eq!(group("AssessTitle"), None);
    assert_eq!(group("AssessAActions"), Some("Assessment"));
    // Pages whose panels the frame or an everyday view shows: the panels' texts stay, the
    // pages' own go with their groups (the report's sections are methods in files of their
    // own, which no path names).
    assert_eq!(group("ExerciseCheckHidden"), None);
    assert_eq!(group("ExerciseColExplanation"), Some("Exercises"));
    assert_eq!(group("WorkspacesSwitchLabel"), None);
    assert_eq!(group("WorkspacesBadEntries"), Some("Data"));
    assert_eq!(group("ImportDropOverlay"), None);
    assert_eq!(group("ImportBackupFirst"), Some("Data"));
    assert_eq!(group("ChecklistEmpty"), Some("Report"));
    // The wizards' guidance is named by the wizards alone (`i18n::guide`, not re-exported).
    assert_eq!(group("GuidePlaceHow"), Some("Wizards"));
    // The objective page's communication panel and the communication register.
    assert_eq!(group("CommPanelTitle"), Some("Objective"));
    assert_eq!(group("CommRegisterIntro"), Some("Records"));
    assert!(usage.group_of.len() > 500, "{}", usage.group_of.len());
}
