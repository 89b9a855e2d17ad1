//! Whole-workspace invariants: unique ids and codes, existing parents and links, no cycles
//! (through parents and "also contributes to" links together), levels that never rise from
//! parent to child or from a contributing objective to the one it contributes to, and every
//! record's field rules (bounded text, sane numbers and dates, see [`super::rules`]).
//!
//! Commands keep these invariants on every change; this check guards data that arrives from
//! outside (storage, files) and backs the property tests.

use super::code::{code_key, normalise_code};
use super::ids::ObjectiveId;
use super::model::Workspace;
use super::rules::problems_at;
use crate::domain::hashing::{HashMap, HashSet};

pub use super::problem::{Problem, ProblemKind};
pub use super::rules::{MAX_LONG_TEXT, MAX_SHORT_TEXT};

/// Every problem in `workspace`, in document order. Empty means the workspace is consistent.
pub fn validate(workspace: &Workspace) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_unique_record_ids(workspace, &mut problems);
    check_objectives(workspace, &mut problems);
    check_fields(workspace, &mut problems);
    problems
}

fn push(problems: &mut Vec<Problem>, path: String, kind: ProblemKind) {
    problems.push(Problem { path, kind });
}

fn check_unique_record_ids(workspace: &Workspace, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::default();
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
    let mut codes: HashSet<String> = HashSet::default();

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
        let mut linked = HashSet::default();
        for (k, link) in objective.contributes_to.iter().enumerate() {
            let path = at(&format!("contributesTo[{k}].objective"));
            let target = link.objective;
            let kind = if target == objective.id {
                ProblemKind::OwnContribution
            } else if !linked.insert(target) {
                ProblemKind::DuplicateContribution
            } else if objective.parent == Some(target) {
                ProblemKind::ContributionToParent
            } else {
                match by_id.get(&target) {
                    None => ProblemKind::UnknownContribution {
                        id: target.to_string(),
                    },
                    Some(&t) => {
                        let target_level = workspace.objectives[t].level;
                        if target_level.may_parent(objective.level) {
                            continue;
                        }
                        ProblemKind::LevelAboveContribution {
                            level: objective.level,
                            target_level,
                        }
                    }
                }
            };
            push(problems, path, kind);
        }
    }
    check_cycles(workspace, &by_id, problems);
    check_contribution_cycles(workspace, &by_id, problems);
}

/// Finds loops that parent and "also contributes to" links form together (loops of parents
/// alone are reported by [`check_cycles`]). A depth-first walk over both kinds of link, with an
/// explicit stack so that a deep register cannot overflow the call stack; each loop is
/// reported once, at the link that closes it.
fn check_contribution_cycles(
    workspace: &Workspace,
    by_id: &HashMap<ObjectiveId, usize>,
    problems: &mut Vec<Problem>,
) {
    let objectives = &workspace.objectives;
    if objectives.iter().all(|o| o.contributes_to.is_empty()) {
        return;
    }
    // The links out of each objective: to its parent (`None`), then to each objective it
    // contributes to (`Some(k)`, its index in `contributes_to`). Links to itself or to unknown
    // objectives are reported elsewhere.
    let links: Vec<Vec<(usize, Option<usize>)>> = objectives
        .iter()
        .enumerate()
        .map(|(at, objective)| {
            let parent = objective.parent.map(|p| (p, None));
            let contributions = objective
                .contributes_to
                .iter()
                .enumerate()
                .map(|(k, link)| (link.objective, Some(k)));
            parent
                .into_iter()
                .chain(contributions)
                .filter_map(|(id, kind)| by_id.get(&id).map(|&to| (to, kind)))
                .filter(|(to, _)| *to != at)
                .collect()
        })
        .collect();
    const NOT_ON_WALK: usize = usize::MAX;
    let mut finished = vec![false; objectives.len()];
    // Where an objective sits on the current walk.
    let mut depth_of = vec![NOT_ON_WALK; objectives.len()];
    for start in 0..objectives.len() {
        if finished[start] {
            continue;
        }
        // (objective, next link to follow); and how many contribution links the walk took
        // to reach each step.
        let mut walk: Vec<(usize, usize)> = vec![(start, 0)];
        let mut contributions_before: Vec<usize> = vec![0];
        depth_of[start] = 0;
        while let Some(&(at, next)) = walk.last() {
            let Some(&(to, kind)) = links[at].get(next) else {
                finished[at] = true;
                depth_of[at] = NOT_ON_WALK;
                walk.pop();
                contributions_before.pop();
                continue;
            };
            if let Some(top) = walk.last_mut() {
                top.1 += 1;
            }
            let through = usize::from(kind.is_some());
            let taken = contributions_before.last().copied().unwrap_or(0);
            if depth_of[to] != NOT_ON_WALK {
                let in_loop = taken - contributions_before[depth_of[to]] + through;
                if in_loop > 0 {
                    let field = match kind {
                        Some(k) => format!("contributesTo[{k}].objective"),
                        None => "parent".to_string(),
                    };
                    push(
                        problems,
                        format!("objectives[{at}].{field}"),
                        ProblemKind::ContributionCycle,
                    );
                }
            } else if !finished[to] {
                depth_of[to] = walk.len();
                walk.push((to, 0));
                contributions_before.push(taken + through);
            }
        }
    }
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

/// Every record's field rules, the same the commands apply.
fn check_fields(workspace: &Workspace, problems: &mut Vec<Problem>) {
    problems_at(&workspace.organisation, "organisation", problems);
    for (i, statement) in workspace.policy.iter().enumerate() {
        problems_at(statement, &format!("policy[{i}]"), problems);
    }
    for (i, requirement) in workspace.requirements.iter().enumerate() {
        problems_at(requirement, &format!("requirements[{i}]"), problems);
    }
    for (i, objective) in workspace.objectives.iter().enumerate() {
        problems_at(objective, &format!("objectives[{i}]"), problems);
    }
    for (i, communication) in workspace.communications.iter().enumerate() {
        problems_at(communication, &format!("communications[{i}]"), problems);
    }
    for (i, assessment) in workspace.assessments.iter().enumerate() {
        problems_at(assessment, &format!("assessments[{i}]"), problems);
    }
    problems_at(&workspace.settings, "settings", problems);
    if let Some(exercise) = &workspace.exercise {
        problems_at(exercise, "exercise", problems);
    }
}
