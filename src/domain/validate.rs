//! Whole-workspace invariants: unique ids and codes, existing parents and links, no cycles,
//! levels that never rise from parent to child, sane KPI ranges and bounded text.
//!
//! Commands keep these invariants on every change; this check guards data that arrives from
//! outside (storage, files) and backs the property tests.

use super::code::{code_key, normalise_code, CodeProblem};
use super::ids::ObjectiveId;
use super::model::{Direction, Level, Workspace};
use std::collections::{HashMap, HashSet};

/// The longest title, code-like reference or name accepted, in characters.
pub const MAX_SHORT_TEXT: usize = 300;
/// The longest free text (descriptions, notes, findings) accepted, in characters.
pub const MAX_LONG_TEXT: usize = 20_000;

/// One broken invariant and where it is, as a JSON path such as `objectives[3].parent`.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    DuplicateId { id: String },
    DuplicateCode { code: String },
    BadCode(CodeProblem),
    UnknownParent { id: String },
    OwnParent,
    Cycle,
    LevelAboveParent { level: Level, parent_level: Level },
    UnknownPolicy { id: String },
    UnknownRequirement { id: String },
    RangeInverted,
    NotFinite,
    TooLong { max: usize },
}

/// Every problem in `workspace`, in document order. Empty means the workspace is consistent.
pub fn validate(workspace: &Workspace) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_unique_record_ids(workspace, &mut problems);
    check_objectives(workspace, &mut problems);
    check_text_lengths(workspace, &mut problems);
    problems
}

fn push(problems: &mut Vec<Problem>, path: String, kind: ProblemKind) {
    problems.push(Problem { path, kind });
}

fn check_unique_record_ids(workspace: &Workspace, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for (i, statement) in workspace.policy.iter().enumerate() {
        if !seen.insert(statement.id.0) {
            let id = statement.id.to_string();
            push(
                problems,
                format!("policy[{i}].id"),
                ProblemKind::DuplicateId { id },
            );
        }
    }
    for (i, requirement) in workspace.requirements.iter().enumerate() {
        if !seen.insert(requirement.id.0) {
            let id = requirement.id.to_string();
            push(
                problems,
                format!("requirements[{i}].id"),
                ProblemKind::DuplicateId { id },
            );
        }
    }
    for (i, objective) in workspace.objectives.iter().enumerate() {
        if !seen.insert(objective.id.0) {
            let id = objective.id.to_string();
            push(
                problems,
                format!("objectives[{i}].id"),
                ProblemKind::DuplicateId { id },
            );
        }
        for (k, kpi) in objective.kpis.iter().enumerate() {
            if !seen.insert(kpi.id.0) {
                let id = kpi.id.to_string();
                let path = format!("objectives[{i}].kpis[{k}].id");
                push(problems, path, ProblemKind::DuplicateId { id });
            }
        }
    }
}

fn check_objectives(workspace: &Workspace, problems: &mut Vec<Problem>) {
    let by_id: HashMap<_, _> = workspace
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id, i))
        .collect();
    let policy: HashSet<_> = workspace.policy.iter().map(|p| p.id).collect();
    let requirements: HashSet<_> = workspace.requirements.iter().map(|r| r.id).collect();
    let mut codes: HashSet<String> = HashSet::new();

    for (i, objective) in workspace.objectives.iter().enumerate() {
        let at = |field: &str| format!("objectives[{i}].{field}");
        match normalise_code(&objective.code) {
            Err(problem) => push(problems, at("code"), ProblemKind::BadCode(problem)),
            Ok(_) if !codes.insert(code_key(&objective.code)) => {
                let code = objective.code.clone();
                push(problems, at("code"), ProblemKind::DuplicateCode { code });
            }
            Ok(_) => {}
        }
        if let Some(parent_id) = objective.parent {
            if parent_id == objective.id {
                push(problems, at("parent"), ProblemKind::OwnParent);
            } else {
                match by_id.get(&parent_id) {
                    None => {
                        let id = parent_id.to_string();
                        push(problems, at("parent"), ProblemKind::UnknownParent { id });
                    }
                    Some(&p) => {
                        let parent_level = workspace.objectives[p].level;
                        if !parent_level.may_parent(objective.level) {
                            let kind = ProblemKind::LevelAboveParent {
                                level: objective.level,
                                parent_level,
                            };
                            push(problems, at("parent"), kind);
                        }
                    }
                }
            }
        }
        for (k, link) in objective.policy_links.iter().enumerate() {
            if !policy.contains(link) {
                let id = link.to_string();
                let path = at(&format!("policyLinks[{k}]"));
                push(problems, path, ProblemKind::UnknownPolicy { id });
            }
        }
        for (k, link) in objective.requirement_links.iter().enumerate() {
            if !requirements.contains(link) {
                let id = link.to_string();
                let path = at(&format!("requirementLinks[{k}]"));
                push(problems, path, ProblemKind::UnknownRequirement { id });
            }
        }
        for (k, kpi) in objective.kpis.iter().enumerate() {
            let kpi_at = |field: &str| at(&format!("kpis[{k}].{field}"));
            let numbers = [
                ("baseline", kpi.baseline),
                ("target", kpi.target),
                ("targetUpper", kpi.target_upper),
                ("weight", kpi.weight),
            ];
            for (field, value) in numbers {
                if value.is_some_and(|v| !v.is_finite()) {
                    push(problems, kpi_at(field), ProblemKind::NotFinite);
                }
            }
            if kpi.direction == Direction::Range {
                if let (Some(low), Some(high)) = (kpi.target, kpi.target_upper) {
                    if low > high {
                        push(problems, kpi_at("targetUpper"), ProblemKind::RangeInverted);
                    }
                }
            }
        }
    }
    check_cycles(workspace, &by_id, problems);
}

/// Walks up from every objective, colouring nodes as on-the-current-walk or finished, so each
/// objective is visited once and each cycle is reported once, where it was found.
fn check_cycles(
    workspace: &Workspace,
    by_id: &HashMap<ObjectiveId, usize>,
    problems: &mut Vec<Problem>,
) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Unvisited,
        OnWalk,
        Finished,
    }
    let parent_of = |at: usize| {
        workspace.objectives[at]
            .parent
            .and_then(|p| by_id.get(&p).copied())
            .filter(|&p| p != at) // an objective that is its own parent is reported separately
    };
    let mut marks = vec![Mark::Unvisited; workspace.objectives.len()];
    for start in 0..workspace.objectives.len() {
        let mut walk = Vec::new();
        let mut current = Some(start);
        while let Some(at) = current {
            match marks[at] {
                Mark::Finished => break,
                Mark::OnWalk => {
                    push(
                        problems,
                        format!("objectives[{at}].parent"),
                        ProblemKind::Cycle,
                    );
                    break;
                }
                Mark::Unvisited => {
                    marks[at] = Mark::OnWalk;
                    walk.push(at);
                    current = parent_of(at);
                }
            }
        }
        for at in walk {
            marks[at] = Mark::Finished;
        }
    }
}

fn check_text_lengths(workspace: &Workspace, problems: &mut Vec<Problem>) {
    let mut check = |path: String, text: &str, max: usize| {
        if text.chars().count() > max {
            push(problems, path, ProblemKind::TooLong { max });
        }
    };
    check(
        "organisation.name".into(),
        &workspace.organisation.name,
        MAX_SHORT_TEXT,
    );
    check(
        "organisation.scope".into(),
        &workspace.organisation.scope,
        MAX_LONG_TEXT,
    );
    for (i, p) in workspace.policy.iter().enumerate() {
        check(
            format!("policy[{i}].reference"),
            &p.reference,
            MAX_SHORT_TEXT,
        );
        check(format!("policy[{i}].text"), &p.text, MAX_LONG_TEXT);
    }
    for (i, r) in workspace.requirements.iter().enumerate() {
        check(
            format!("requirements[{i}].reference"),
            &r.reference,
            MAX_SHORT_TEXT,
        );
        check(format!("requirements[{i}].title"), &r.title, MAX_SHORT_TEXT);
        check(format!("requirements[{i}].notes"), &r.notes, MAX_LONG_TEXT);
    }
    for (i, o) in workspace.objectives.iter().enumerate() {
        check(format!("objectives[{i}].title"), &o.title, MAX_SHORT_TEXT);
        check(
            format!("objectives[{i}].description"),
            &o.description,
            MAX_LONG_TEXT,
        );
        check(
            format!("objectives[{i}].parentLink"),
            &o.parent_link,
            MAX_LONG_TEXT,
        );
        check(
            format!("objectives[{i}].function"),
            &o.function,
            MAX_SHORT_TEXT,
        );
        check(format!("objectives[{i}].owner"), &o.owner, MAX_SHORT_TEXT);
        for (k, kpi) in o.kpis.iter().enumerate() {
            check(
                format!("objectives[{i}].kpis[{k}].name"),
                &kpi.name,
                MAX_SHORT_TEXT,
            );
            check(
                format!("objectives[{i}].kpis[{k}].unit"),
                &kpi.unit,
                MAX_SHORT_TEXT,
            );
        }
    }
}
