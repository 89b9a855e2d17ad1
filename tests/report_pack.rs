//! Native golden test of the clause 6.2 evidence pack's arrangement (domain::report): its
//! sections in order and what each lists, for a workspace with every kind of record (the
//! schema version 2 fixture, given a long measurement history); and the limit on the
//! measurements listed per KPI.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use sixtwo::domain::conformity::check_register;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::model::*;
use sixtwo::domain::report::{arrange, ReportLayout, ReportSection};
use sixtwo::domain::report_records::MAX_MEASUREMENT_ROWS;
use sixtwo::domain::RecordId;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// A day after the fixture's MTTR measurement fell due again (monthly, last on 2026-10-31).
fn today() -> NaiveDate {
    date(2026, 12, 5)
}

/// The fixture's workspace: S1 (draft, a milestone KPI, planned through its children), T1.2
/// (active, MTTR off track with a corrective action, a review, a revision, approvals, an
/// evaluation result, a communication) and S2 (active, nothing else).
fn fixture() -> Workspace {
    let text = include_str!("fixtures/schema-v2.json");
    let stored: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    serde_json::from_value(stored["workspace"].clone()).unwrap_or_default()
}

/// The fixture, with fourteen earlier monthly MTTR measurements (fifteen in all).
fn with_history() -> Workspace {
    let mut workspace = fixture();
    let mut ids = SequentialIds::default();
    let mttr = workspace
        .objectives
        .iter_mut()
        .find(|o| o.code == "T1.2")
        .and_then(|o| o.kpis.first_mut());
    assert!(mttr.is_some(), "the fixture has T1.2's MTTR");
    if let Some(kpi) = mttr {
        for month in 0..14u32 {
            let on = date(2025 + i32::from(month >= 4), (month + 8) % 12 + 1, 28);
            kpi.measurements.push(Measurement {
                id: RecordId::new(&mut ids),
                date: on,
                value: 40.0 - f64::from(month) * 0.5,
                note: String::new(),
                recorded_by: "Lee".into(),
            });
        }
    }
    workspace
}

fn code(workspace: &Workspace, index: usize) -> &str {
    workspace
        .objectives
        .get(index)
        .map_or("?", |o| o.code.as_str())
}

fn codes(workspace: &Workspace, indices: &[usize]) -> String {
    indices
        .iter()
        .map(|&i| code(workspace, i))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line per section, in the order they are printed, saying what each lists.
fn outline(workspace: &Workspace, layout: &ReportLayout) -> Vec<String> {
    let records = &layout.records;
    let objective = |i: usize| &workspace.objectives[i];
    ReportSection::ALL
        .into_iter()
        .map(|section| {
            let what = match section {
                ReportSection::DocumentControl | ReportSection::Contents => String::new(),
                ReportSection::Policy => workspace
                    .policy
                    .iter()
                    .map(|p| p.reference.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
                ReportSection::Requirements => workspace
                    .requirements
                    .iter()
                    .map(|r| r.reference.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
                ReportSection::Objectives => {
                    let levels: Vec<String> = layout
                        .levels
                        .iter()
                        .map(|(level, indices)| {
                            format!("{level:?} [{}]", codes(workspace, indices))
                        })
                        .collect();
                    let checked: Vec<usize> = layout.checked.iter().map(|c| c.objective).collect();
                    format!(
                        "{}; checked [{}]; not checked {}",
                        levels.join(", "),
                        codes(workspace, &checked),
                        layout.not_checked
                    )
                }
                ReportSection::ObjectiveDetails => {
                    let all: Vec<usize> =
                        layout.levels.iter().flat_map(|(_, i)| i.clone()).collect();
                    codes(workspace, &all)
                }
                ReportSection::Measurements => {
                    let mut parts: Vec<String> = records
                        .overdue
                        .iter()
                        .map(|o| {
                            let kpi = &objective(o.objective).kpis[o.kpi];
                            format!(
                                "overdue {} {} since {}",
                                code(workspace, o.objective),
                                kpi.name,
                                o.due
                            )
                        })
                        .collect();
                    parts.extend(records.measurements.iter().map(|m| {
                        let kpi = &objective(m.objective).kpis[m.kpi];
                        let first = m
                            .shown
                            .first()
                            .map(|&i| kpi.measurements[i].date.to_string());
                        format!(
                            "{} {}: {} listed from {}, {} left out, {:?}, {:?}",
                            code(workspace, m.objective),
                            kpi.name,
                            m.shown.len(),
                            first.unwrap_or_else(|| "-".into()),
                            m.left_out,
                            m.progress.status,
                            m.trend.as_ref().and_then(|t| t.trend),
                        )
                    }));
                    parts.join("; ")
                }
                ReportSection::Reviews => records
                    .reviews
                    .iter()
                    .map(|r| {
                        let review = &objective(r.objective).reviews[r.record];
                        format!(
                            "{} {} {}",
                            code(workspace, r.objective),
                            review.date,
                            review.reviewer
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                ReportSection::Communications => records
                    .communications
                    .iter()
                    .map(|&c| workspace.communications[c].date.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
                ReportSection::Revisions => records
                    .revisions
                    .iter()
                    .map(|r| {
                        let revision = &objective(r.objective).revisions[r.record];
                        format!(
                            "{} revision {} by {} ({} changes)",
                            code(workspace, r.objective),
                            revision.number,
                            revision.approved_by,
                            revision.changes.len()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                ReportSection::Planning => {
                    let actions: Vec<String> = layout
                        .actions
                        .iter()
                        .map(|a| {
                            let plan = objective(a.objective).plan.as_ref();
                            let what = plan.map_or("?", |p| p.actions[a.action].what.as_str());
                            format!("{} {what}", code(workspace, a.objective))
                        })
                        .collect();
                    format!(
                        "actions [{}]; evaluations [{}]",
                        actions.join(", "),
                        codes(workspace, &layout.evaluations)
                    )
                }
                ReportSection::Resources => records
                    .resources
                    .iter()
                    .map(|r| {
                        let kinds: Vec<String> = r
                            .kinds
                            .iter()
                            .map(|k| format!("{:?} {} of {} approved", k.kind, k.approved, k.count))
                            .collect();
                        format!("{} {}", code(workspace, r.objective), kinds.join(", "))
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                ReportSection::Approvals => {
                    let checked: Vec<usize> = layout.checked.iter().map(|c| c.objective).collect();
                    codes(workspace, &checked)
                }
                ReportSection::OffTrack => records
                    .off_track
                    .iter()
                    .map(|o| {
                        let plan = objective(o.objective).plan.as_ref();
                        let corrective: Vec<&str> = o
                            .corrective
                            .iter()
                            .filter_map(|&i| plan.map(|p| p.actions[i].what.as_str()))
                            .collect();
                        format!(
                            "{} progress {} review {}: [{}]",
                            code(workspace, o.objective),
                            o.by_progress,
                            o.by_review,
                            corrective.join(", ")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                ReportSection::Summary => format!("{} items", layout.tallies.len()),
            };
            format!("{section:?}: {what}").trim_end().to_string()
        })
        .collect()
}

#[test]
fn the_pack_lists_its_sections_and_records_in_order() {
    let workspace = with_history();
    let layout = arrange(&workspace, &check_register(&workspace, today()), today());
    let expected = [
        "DocumentControl:",
        "Contents:",
        "Policy: P1",
        "Requirements: SLA-B",
        "Objectives: Strategic [S1 S2], Tactical [T1.2], Operational []; checked [S1 S2 T1.2]; not checked 0",
        "ObjectiveDetails: S1 S2 T1.2",
        "Measurements: overdue T1.2 MTTR since 2026-11-30; \
         S1 Certification audit passed: 0 listed from -, 0 left out, NotMeasured, None; \
         T1.2 MTTR: 12 listed from 2025-12-28, 3 left out, OffTrack, Some(Improving)",
        "Reviews: T1.2 2026-10-31 Service manager",
        "Communications: 2026-11-05",
        "Revisions: T1.2 revision 2 by Director (1 changes)",
        "Planning: actions [T1.2 Write runbooks]; evaluations [T1.2]",
        "Resources: T1.2 People 1 of 1 approved",
        "Approvals: S1 S2 T1.2",
        "OffTrack: T1.2 progress true review false: [Write runbooks]",
        "Summary: 12 items",
    ];
    assert_eq!(outline(&workspace, &layout), expected);
}

#[test]
fn the_contents_lead_to_every_section_after_it_by_a_distinct_anchor() {
    let anchors: Vec<&str> = ReportSection::ALL.iter().map(|s| s.anchor()).collect();
    let mut distinct = anchors.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), anchors.len());
    assert_eq!(ReportSection::ALL[0], ReportSection::DocumentControl);
    assert_eq!(ReportSection::ALL[1], ReportSection::Contents);
    assert_eq!(ReportSection::ALL.last(), Some(&ReportSection::Summary));
}

#[test]
fn a_long_history_lists_the_latest_measurements_in_date_order() {
    let workspace = with_history();
    let layout = arrange(&workspace, &check_register(&workspace, today()), today());
    let mttr = layout
        .records
        .measurements
        .iter()
        .find(|m| workspace.objectives[m.objective].code == "T1.2");
    let Some(mttr) = mttr else {
        panic!("T1.2's MTTR is listed");
    };
    let kpi = &workspace.objectives[mttr.objective].kpis[mttr.kpi];
    assert_eq!(kpi.measurements.len(), 15);
    assert_eq!(mttr.shown.len(), MAX_MEASUREMENT_ROWS);
    assert_eq!(mttr.left_out, 15 - MAX_MEASUREMENT_ROWS);
    let dates: Vec<NaiveDate> = mttr
        .shown
        .iter()
        .map(|&i| kpi.measurements[i].date)
        .collect();
    assert!(dates.windows(2).all(|pair| pair[0] <= pair[1]), "{dates:?}");
    assert_eq!(
        dates.last(),
        Some(&date(2026, 10, 31)),
        "the latest is listed"
    );
    assert_eq!(
        mttr.progress.latest.as_ref().map(|m| m.value),
        Some(31.5),
        "progress is that of the latest value"
    );
}

#[test]
fn closed_objectives_are_not_off_track_and_cancelled_resources_are_not_counted() {
    let mut workspace = with_history();
    for objective in &mut workspace.objectives {
        if objective.code == "T1.2" {
            objective.status = Status::Achieved;
            if let Some(plan) = objective.plan.as_mut() {
                plan.actions[0].status = ActionStatus::Cancelled;
            }
        }
    }
    let layout = arrange(&workspace, &check_register(&workspace, today()), today());
    assert!(layout.records.off_track.is_empty());
    assert!(
        layout.records.overdue.is_empty(),
        "only active objectives are due"
    );
    assert!(layout.records.resources.is_empty());
    assert_eq!(layout.records.reviews.len(), 1, "records stay in the pack");
}

#[test]
fn the_latest_review_decides_whether_a_review_puts_an_objective_off_track() {
    let mut workspace = fixture();
    let mut ids = SequentialIds::default();
    let review = |ids: &mut SequentialIds, on: NaiveDate, result: ReviewResult| Review {
        id: RecordId::new(ids),
        date: on,
        reviewer: "Board".into(),
        result,
        findings: String::new(),
        decision: ReviewDecision::Continue,
        next_review: None,
    };
    for objective in &mut workspace.objectives {
        match objective.code.as_str() {
            // Found off track, then back on track.
            "S1" => {
                objective.reviews = vec![
                    review(&mut ids, date(2026, 11, 1), ReviewResult::OnTrack),
                    review(&mut ids, date(2026, 9, 1), ReviewResult::OffTrack),
                ];
            }
            // No KPI, found off track by its latest review.
            "S2" => {
                objective.reviews = vec![
                    review(&mut ids, date(2026, 11, 1), ReviewResult::OffTrack),
                    review(&mut ids, date(2026, 9, 1), ReviewResult::OnTrack),
                ];
            }
            _ => {}
        }
    }
    let layout = arrange(&workspace, &check_register(&workspace, today()), today());
    let off_track: Vec<(&str, bool, bool)> = layout
        .records
        .off_track
        .iter()
        .map(|o| (code(&workspace, o.objective), o.by_progress, o.by_review))
        .collect();
    assert_eq!(off_track, [("S2", false, true), ("T1.2", true, false)]);
    let s1_reviews: Vec<NaiveDate> = layout
        .records
        .reviews
        .iter()
        .filter(|r| code(&workspace, r.objective) == "S1")
        .map(|r| workspace.objectives[r.objective].reviews[r.record].date)
        .collect();
    assert_eq!(
        s1_reviews,
        [date(2026, 9, 1), date(2026, 11, 1)],
        "oldest first"
    );
}
