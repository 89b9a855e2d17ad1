//! Random workspaces for property tests (objectives at every level with their KPIs and
//! measurements, policy and requirements, texts with quotes, escapes and Chinese, numbers up to
//! the rules' extremes): shared by the test crates that round-trip files.

#![allow(dead_code)]

use chrono::NaiveDate;
use proptest::prelude::*;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::model::*;
use sixtwo::domain::rules::MAX_MAGNITUDE;
use sixtwo::domain::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_unix_seconds(1_764_000_000 + seconds)
}

pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 .,%-]{0,24}",
        "[\u{4e00}-\u{4e80}]{1,8}",
        Just("Quote \" backslash \\ newline \n tab \t emoji 😀".to_string()),
    ]
}

/// Any number the rules allow, the extremes included.
pub fn number() -> impl Strategy<Value = Option<f64>> {
    proptest::option::of(prop_oneof![
        -MAX_MAGNITUDE..=MAX_MAGNITUDE,
        -1e6..1e6f64,
        Just(0.0),
        Just(MAX_MAGNITUDE),
        Just(-MAX_MAGNITUDE),
        Just(f64::MIN_POSITIVE),
    ])
}

pub fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    proptest::option::of(
        (2000i32..2100, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()),
    )
}

prop_compose! {
    pub fn kpi()(name in "[a-z]{1,12}", unit in text(), baseline in number(), target in number(),
             upper in number(), direction in 0u8..3, target_date in date(), seed in 1u128..u64::MAX as u128)
             -> Kpi {
        let mut ids = SequentialIds::starting_at(seed << 20);
        let mut kpi = Kpi::named(KpiId::new(&mut ids), name);
        kpi.unit = unit;
        kpi.baseline = baseline;
        kpi.direction = Direction::ALL[usize::from(direction)];
        // A range's ends are ordered, as the app enforces.
        let (low, high) = match (target, upper) {
            (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
            other => other,
        };
        kpi.target = low;
        kpi.target_upper = if kpi.direction == Direction::Range { high } else { None };
        kpi.target_date = target_date;
        kpi.measurements = baseline.into_iter().map(|value| Measurement {
            id: RecordId::new(&mut ids),
            date: NaiveDate::from_ymd_opt(2026, 1, 31).unwrap_or_default(),
            value,
            note: String::new(),
            recorded_by: "Lee".into(),
        }).collect();
        kpi
    }
}

prop_compose! {
    pub fn workspace()(titles in proptest::collection::vec((text(), 0u8..3, proptest::collection::vec(kpi(), 0..3)), 0..8),
                   org in text(), statements in proptest::collection::vec(text(), 0..3))
                   -> Workspace {
        let mut ids = SequentialIds::default();
        let mut workspace = Workspace::default();
        workspace.organisation.name = org;
        for text in statements {
            workspace.policy.push(PolicyStatement { id: PolicyId::new(&mut ids), reference: "P".into(), text });
        }
        workspace.requirements.push(Requirement {
            id: RequirementId::new(&mut ids),
            reference: "R1".into(),
            title: "Requirement".into(),
            source: RequirementSource::LegalRegulatory,
            notes: String::new(),
        });
        for (i, (title, level, kpis)) in titles.into_iter().enumerate() {
            let level = Level::ALL[usize::from(level)];
            let mut objective = Objective::new(ObjectiveId::new(&mut ids), format!("C{i}"), title, level, at(i as i64));
            // Each objective may sit below an earlier one of the same or a higher level.
            objective.parent = workspace.objectives.iter().rev().find(|p| p.level.may_parent(level)).map(|p| p.id);
            objective.kpis = kpis;
            objective.policy_links = workspace.policy.iter().take(1).map(|p| p.id).collect();
            objective.requirement_links = workspace.requirements.iter().map(|r| r.id).collect();
            workspace.objectives.push(objective);
        }
        workspace
    }
}
