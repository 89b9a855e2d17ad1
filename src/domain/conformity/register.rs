//! Findings about the register as a whole: relevant levels and functions without objectives.

use super::context::*;
use super::items::*;
use crate::domain::hashing::HashSet;
use crate::domain::model::{Level, Objective, Workspace};

pub(super) fn register_findings(workspace: &Workspace) -> RegisterFindings {
    let organisation = &workspace.organisation;
    // Objectives still pursued or about to be: closed ones no longer set a direction.
    let open: Vec<&Objective> = workspace
        .objectives
        .iter()
        .filter(|o| !o.status.is_closed())
        .collect();
    let empty_levels = Level::ALL
        .into_iter()
        .filter(|level| !open.iter().any(|o| o.level == *level))
        .filter(|level| !organisation.level_not_relevant(*level))
        .collect();
    let used: HashSet<String> = open
        .iter()
        .map(|o| o.function.trim().to_lowercase())
        .collect();
    let functions_without_objectives = organisation
        .functions
        .iter()
        .filter(|f| !blank(f) && !used.contains(&f.trim().to_lowercase()))
        .filter(|f| !organisation.function_not_relevant(f))
        .cloned()
        .collect();
    let document = &organisation.document;
    let mut register_not_approved = Vec::new();
    if blank(&document.approved_by) {
        register_not_approved.push(ApprovalPart::By);
    }
    if document.approved_on.is_none() {
        register_not_approved.push(ApprovalPart::On);
    }
    let unaligned = workspace
        .objectives
        .iter()
        .filter(|o| is_checked(o))
        .filter(|o| {
            o.level != Level::Strategic && o.parent.is_none() && o.contributes_to.is_empty()
        })
        .map(|o| o.id)
        .collect();
    RegisterFindings {
        empty_levels,
        functions_without_objectives,
        register_not_approved,
        unaligned,
    }
}
