//! The record kinds: where each list lives and the rules of its own. Removing a policy
//! statement or requirement unlinks it from every objective; KPI ids are unique across the
//! workspace; a review moves its objective's last-reviewed and next review dates and may
//! close it; a communication record keeps naming objectives deleted since it was made.

use super::error::{check_rules, CommandError};
use super::record::{record_basics, Done, Record, TopLevel};
use super::snapshot::Recorder;
use crate::domain::hashing::HashSet;
use crate::domain::ids::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId};
use crate::domain::model::{
    Action, AnswerLevel, Assessment, Communication, Kpi, Measurement, Objective, Plan,
    PolicyStatement, Requirement, Review, ReviewDecision, RevisionReason, Status, Workspace,
};

impl Record for PolicyStatement {
    record_basics!(id: PolicyId, at: TopLevel, list: policy, kind: Policy, missing: PolicyNotFound);
    const MERGES_TYPING: bool = true;

    fn follow(r: &mut Recorder<'_>, _: TopLevel, done: Done<'_, Self>) -> Result<(), CommandError> {
        match done {
            Done::Removed { old, .. } => unlink(r, |o| &mut o.policy_links, old.id),
            _ => Ok(()),
        }
    }
}

impl Record for Requirement {
    record_basics!(
        id: RequirementId,
        at: TopLevel,
        list: requirements,
        kind: Requirement,
        missing: RequirementNotFound,
    );
    const MERGES_TYPING: bool = true;

    fn follow(r: &mut Recorder<'_>, _: TopLevel, done: Done<'_, Self>) -> Result<(), CommandError> {
        match done {
            Done::Removed { old, .. } => unlink(r, |o| &mut o.requirement_links, old.id),
            _ => Ok(()),
        }
    }
}

/// Removes the link to `id` from every objective that has it.
fn unlink<T: Copy + PartialEq>(
    r: &mut Recorder<'_>,
    links: fn(&mut Objective) -> &mut Vec<T>,
    id: T,
) -> Result<(), CommandError> {
    let linked: Vec<ObjectiveId> = r
        .workspace
        .objectives
        .iter_mut()
        .filter_map(|o| links(o).contains(&id).then_some(o.id))
        .collect();
    for objective in linked {
        links(r.objective_mut(objective)?).retain(|link| *link != id);
    }
    Ok(())
}

impl Record for Kpi {
    record_basics!(id: KpiId, at: ObjectiveId, list: kpis, kind: Kpi, missing: KpiNotFound);
    const MERGES_TYPING: bool = true;

    fn required_text(&self) -> Option<(&str, CommandError)> {
        Some((&self.name, CommandError::KpiNameEmpty))
    }

    /// A KPI's id is unique across the workspace, not only in its objective.
    fn id_taken(workspace: &Workspace, _: ObjectiveId, id: KpiId) -> Result<bool, CommandError> {
        Ok(workspace
            .objectives
            .iter()
            .any(|o| o.kpis.iter().any(|k| k.id == id)))
    }
}

impl Record for Measurement {
    record_basics!(
        id: RecordId,
        at: (ObjectiveId, KpiId),
        list: measurements,
        kind: Measurement,
        missing: MeasurementNotFound,
    );
}

impl Record for Action {
    record_basics!(id: RecordId, at: ObjectiveId, kind: PlanAction, missing: ActionNotFound);

    fn list(objective: &Objective) -> &[Self] {
        objective.plan.as_ref().map_or(&[], |plan| &plan.actions)
    }
    /// Adding an action to an objective without a plan starts its plan.
    fn list_mut(objective: &mut Objective) -> &mut Vec<Self> {
        &mut objective.plan.get_or_insert_with(Plan::default).actions
    }
    /// An action says what will be done.
    fn required_text(&self) -> Option<(&str, CommandError)> {
        Some((&self.what, CommandError::TextEmpty))
    }
}

impl Record for Communication {
    record_basics!(
        id: RecordId,
        at: TopLevel,
        list: communications,
        kind: Communication,
        missing: CommunicationNotFound,
    );

    /// Every objective the record names must exist, except those the version it replaces
    /// already named: the register is history, and keeps objectives deleted since.
    fn check_record(
        &self,
        workspace: &Workspace,
        _: TopLevel,
        old: Option<&Self>,
    ) -> Result<(), CommandError> {
        let kept = old.map_or(&[][..], |old| &old.objectives);
        if self.objectives.is_empty() {
            return Err(CommandError::NoObjectives);
        }
        if self
            .objectives
            .iter()
            .any(|id| !kept.contains(id) && workspace.objective(*id).is_none())
        {
            return Err(CommandError::ObjectiveNotFound);
        }
        let mut seen = HashSet::default();
        if !self.objectives.iter().all(|id| seen.insert(*id)) {
            return Err(CommandError::DuplicateId);
        }
        if self.audience.trim().is_empty() {
            return Err(CommandError::AudienceEmpty);
        }
        check_rules(self)
    }
}

impl Record for Review {
    record_basics!(
        id: RecordId,
        at: ObjectiveId,
        list: reviews,
        kind: Review,
        missing: ReviewNotFound,
    );

    /// Without a next review date, the review plans one (see [`default_next_review`]).
    fn complete(&mut self, workspace: &Workspace, place: ObjectiveId) {
        if self.next_review.is_none() {
            self.next_review = workspace
                .objective(place)
                .and_then(|objective| default_next_review(objective, self.date, self.decision));
        }
    }

    /// A review needs the name of who reviewed.
    fn required_text(&self) -> Option<(&str, CommandError)> {
        Some((&self.reviewer, CommandError::ReviewerEmpty))
    }

    /// When the change concerns the objective's latest review (before or after it), the
    /// objective follows the review that is latest now.
    fn follow(
        r: &mut Recorder<'_>,
        place: ObjectiveId,
        done: Done<'_, Self>,
    ) -> Result<(), CommandError> {
        let objective = r.objective_mut(place)?;
        let reviews = &objective.reviews;
        let (changed, previous) = match done {
            Done::Added { index } => (reviews[index].id, latest_review(&reviews[..index])),
            Done::Edited { index, old } => {
                let before = reviews
                    .iter()
                    .enumerate()
                    .map(|(at, review)| if at == index { old } else { review });
                (old.id, latest_review(before))
            }
            Done::Removed { index, old } => {
                let before = reviews[..index]
                    .iter()
                    .chain([old])
                    .chain(&reviews[index..]);
                (old.id, latest_review(before))
            }
        };
        let previous = previous.map(|latest| (latest.id, latest.decision));
        let latest = latest_review(reviews).map(|latest| latest.id);
        if latest == Some(changed) || previous.is_some_and(|(id, _)| id == changed) {
            follow_latest_review(objective, previous.map(|(_, decision)| decision));
        }
        Ok(())
    }

    /// A review's decision (such as closing the objective as achieved) is recorded as such.
    fn decided(&self) -> Option<(RevisionReason, String)> {
        Some((
            RevisionReason::ReviewDecision,
            self.reviewer.trim().to_string(),
        ))
    }
}

/// The status a review decision closes the objective with, if it closes it.
pub fn closing_status(decision: ReviewDecision) -> Option<Status> {
    match decision {
        ReviewDecision::CloseAchieved => Some(Status::Achieved),
        ReviewDecision::CloseNotAchieved => Some(Status::NotAchieved),
        ReviewDecision::Continue | ReviewDecision::ChangeTarget | ReviewDecision::ChangePlan => {
            None
        }
    }
}

/// The next review after a review on `date`: one monitoring period later, or one review
/// cadence later when monitoring has no frequency; `None` when neither is set, or when the
/// review closes the objective (a closed objective is not reviewed again).
pub fn default_next_review(
    objective: &Objective,
    date: chrono::NaiveDate,
    decision: ReviewDecision,
) -> Option<chrono::NaiveDate> {
    if closing_status(decision).is_some() {
        return None;
    }
    let period = objective
        .monitoring
        .frequency
        .or(objective.updating.review_cadence)?;
    period.after(date)
}

/// The objective's latest review: the latest date, and of reviews on the same day the one
/// recorded last.
pub fn latest_review<'a>(reviews: impl IntoIterator<Item = &'a Review>) -> Option<&'a Review> {
    reviews.into_iter().max_by_key(|review| review.date)
}

/// Brings the objective in line with its latest review after that review (or the one before
/// it, `previous`) changed: the last-reviewed and next review dates follow it, a closing
/// decision closes the objective, and withdrawing the closing decision that set the status
/// makes it active again.
fn follow_latest_review(objective: &mut Objective, previous: Option<ReviewDecision>) {
    let latest = latest_review(&objective.reviews).map(|r| (r.date, r.next_review, r.decision));
    match latest {
        Some((date, next, _)) => {
            objective.updating.last_reviewed = Some(date);
            objective.monitoring.next_review = next;
        }
        // The dates planned by the last review removed stay: they are still a plan.
        None => objective.updating.last_reviewed = None,
    }
    match latest.and_then(|(_, _, decision)| closing_status(decision)) {
        Some(closed) => objective.status = closed,
        None => {
            let reopened = previous.and_then(closing_status);
            if reopened.is_some_and(|was| was == objective.status) {
                objective.status = Status::Active;
            }
        }
    }
}

impl Record for Assessment {
    record_basics!(
        id: RecordId,
        at: TopLevel,
        list: assessments,
        kind: Assessment,
        missing: AssessmentNotFound,
    );

    /// Each question is answered at most once, and "not applicable" says why.
    fn check_record(
        &self,
        _: &Workspace,
        _: TopLevel,
        _: Option<&Self>,
    ) -> Result<(), CommandError> {
        let mut seen = HashSet::default();
        if !self.answers.iter().all(|a| seen.insert(a.question)) {
            return Err(CommandError::DuplicateId);
        }
        if self
            .answers
            .iter()
            .any(|a| a.level == AnswerLevel::NotApplicable && a.note.trim().is_empty())
        {
            return Err(CommandError::NotApplicableReasonEmpty);
        }
        check_rules(self)
    }
}
