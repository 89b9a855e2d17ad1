//! Native tests pinning the bytes of the model's encodings: the stored envelope (compact, and
//! inside the compact stored form), the save in slices and the exported file are, byte for
//! byte, what serde_json's own `to_string` and `to_string_pretty` write, for both example
//! organisations with their measurements, reviews and records (Chinese text, escapes,
//! fractions, empty lists).
#![cfg(not(target_arch = "wasm32"))]

mod example_support;

use chrono::NaiveDate;
use example_support::example_workspace;
use serde::Serialize;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::{Timestamp, Workspace};
use sixtwo::io::compact;
use sixtwo::io::envelope::{
    encode_export, encode_stored, encode_version, SlicedEncoding, Version, APP_VERSION, FORMAT,
    SCHEMA_VERSION,
};
use sixtwo::io::json_out::{self, Layout};

/// The envelope's fields in the order the app writes them, for serde_json to write.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Reference<'a> {
    format: &'static str,
    schema_version: u32,
    app_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rev: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lineage: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved_at: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<Timestamp>,
    workspace: &'a Workspace,
}

fn reference(workspace: &Workspace) -> Reference<'_> {
    Reference {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        rev: None,
        id: None,
        lineage: None,
        saved_at: None,
        exported_at: None,
        workspace,
    }
}

fn workspaces() -> Vec<Workspace> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let mut list = vec![Workspace::default()];
    for lang in [ExampleLanguage::English, ExampleLanguage::SimplifiedChinese] {
        let mut workspace = example_workspace(lang, today);
        workspace.objectives[0].title = "Tab\t\"quoted\" \\ back, line\nbreak, \u{1}".into();
        workspace.settings.at_risk_below = Some(0.8);
        list.push(workspace);
    }
    list
}

fn at() -> Timestamp {
    Timestamp::from_unix_seconds(1_764_000_000)
}

#[test]
fn the_model_is_written_as_serde_json_writes_it() {
    for workspace in workspaces() {
        assert_written_as_serde_json(&workspace);
    }
}

#[test]
fn an_export_is_serde_json_pretty_text_and_a_line_break() {
    for workspace in workspaces() {
        let expected = Reference {
            exported_at: Some(at()),
            ..reference(&workspace)
        };
        assert_eq!(
            encode_export(&workspace, at()),
            format!("{}\n", serde_json::to_string_pretty(&expected).unwrap())
        );
    }
}

#[test]
fn the_stored_envelope_is_serde_json_compact_text() {
    let version = Version {
        rev: 7,
        id: "w-1".into(),
        lineage: vec!["a".into(), "b".into()],
    };
    for workspace in workspaces() {
        let plain = Reference {
            rev: Some(3),
            saved_at: Some(at()),
            ..reference(&workspace)
        };
        assert_eq!(
            encode_stored(&workspace, 3, at()),
            serde_json::to_string(&plain).unwrap()
        );
        let versioned = Reference {
            rev: Some(version.rev),
            id: Some(&version.id),
            lineage: Some(&version.lineage),
            saved_at: Some(at()),
            ..reference(&workspace)
        };
        let expected = serde_json::to_string(&versioned).unwrap();
        let stored = encode_version(&workspace, &version, at());
        assert_eq!(compact::unpack(&stored).unwrap(), expected);
        let mut sliced = SlicedEncoding::new(&workspace, &version, at());
        while !sliced.step(&workspace, 2, 4_096) {}
        assert_eq!(
            compact::unpack(&sliced.finish(&workspace)).unwrap(),
            expected
        );
    }
}

/// `value` written by the app's writer, compact and pretty, and by serde_json.
fn assert_written_as_serde_json<T: Serialize + json_out::WriteJson>(value: &T) {
    assert_eq!(
        json_out::to_text(value, Layout::Compact),
        serde_json::to_string(value).unwrap()
    );
    assert_eq!(
        json_out::to_text(value, Layout::Pretty),
        serde_json::to_string_pretty(value).unwrap()
    );
}

#[test]
fn every_control_character_quote_and_backslash_is_escaped_as_serde_json_escapes_it() {
    let mut text: String = (0u8..0x20).map(char::from).collect();
    text.push_str("\"\\/\u{7f}\u{80}é中😀 end");
    assert_written_as_serde_json(&text);
    assert_written_as_serde_json(&vec![text.clone(), String::new(), "\\\"".into()]);
}

#[test]
fn numbers_dates_and_times_are_written_as_serde_json_writes_them() {
    let floats = [
        0.0,
        -0.0,
        1.0,
        -1.5,
        0.1,
        1e-7,
        1e21,
        1e22,
        123_456_789.0,
        f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
        f64::NAN,
        f64::INFINITY,
    ];
    assert_written_as_serde_json(&floats.to_vec());
    assert_written_as_serde_json(&vec![0u64, 7, u64::MAX]);
    let dates: Vec<NaiveDate> = [(2026, 1, 2), (1, 1, 1), (30_000, 12, 31), (-5, 3, 4)]
        .iter()
        .filter_map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
        .collect();
    assert_eq!(dates.len(), 4);
    assert_written_as_serde_json(&dates);
    assert_written_as_serde_json(&vec![at(), Timestamp::from_unix_seconds(0)]);
    assert_written_as_serde_json(&vec![Some(1.5), None]);
}

#[test]
fn drafts_preferences_and_deleted_workspaces_are_written_as_serde_json_writes_them() {
    use sixtwo::domain::wizard::{Drafts, EstablishDraft, EstablishWizard, PlanDraft, PlanWizard};
    use sixtwo::i18n::Lang;
    use sixtwo::io::registry::{Entry, WorkspaceId};
    use sixtwo::storage::prefs::{ExportRecord, Prefs, Theme};
    use sixtwo::storage::workspaces::Deleted;

    for workspace in workspaces().iter().skip(1) {
        let objective = &workspace.objectives[0];
        let establish = EstablishDraft::new_objective(
            objective.id,
            "S9".into(),
            objective.level,
            objective.parent,
            at(),
        );
        let drafts = Drafts {
            establish: Some(EstablishWizard::start(establish, at())),
            plan: Some(PlanWizard::start(PlanDraft::for_objective(objective), at())),
        };
        assert_written_as_serde_json(&drafts);
    }
    assert_written_as_serde_json(&Drafts::default());

    assert_written_as_serde_json(&Prefs::default());
    let prefs = Prefs {
        lang: Some(Lang::ZhHans),
        collapsed: vec!["unaligned".into()],
        export: ExportRecord {
            last_at: Some(at()),
            unexported_since: None,
            snoozed_until: Some(at()),
        },
        register_hidden: vec!["owner".into(), "function".into()],
        theme: Theme::Dark,
    };
    assert_written_as_serde_json(&prefs);

    let deleted = Deleted {
        position: 2,
        entry: Entry {
            id: WorkspaceId::first(),
            name: "Team \"A\"".into(),
        },
        texts: vec![("sixtwo.workspace".into(), "{\"a\":1}\n".into())],
    };
    assert_written_as_serde_json(&deleted);
}
