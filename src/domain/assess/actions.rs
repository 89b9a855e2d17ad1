//! The improvement actions an assessment calls for: every question answered on the scale
//! below "fully" (not "not applicable", not unanswered) needs one, saying what will be done,
//! by whom and when. An action is added to an objective's plan through the plan's own record
//! command, together with a note on the answer of where it went, as one undoable change.

use crate::domain::command::{Command, CommandError, TopLevel};
use crate::domain::ids::{ObjectiveId, RecordId};
use crate::domain::model::{Action, AnswerLevel, Assessment, ImprovementAction, Question};

/// Whether an answer at `level` calls for an improvement action.
pub fn needs_action(level: AnswerLevel) -> bool {
    matches!(
        level,
        AnswerLevel::NotInPlace | AnswerLevel::Partly | AnswerLevel::Largely
    )
}

/// One improvement action of an assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionItem {
    pub question: Question,
    pub level: AnswerLevel,
    pub action: ImprovementAction,
}

impl ActionItem {
    /// Whether it says what will be done, who does it and when.
    pub fn is_complete(&self) -> bool {
        !self.action.what.trim().is_empty()
            && !self.action.who.trim().is_empty()
            && self.action.due.is_some()
    }
}

/// The improvement actions `assessment` calls for, in the order of the questions.
pub fn improvement_actions(assessment: &Assessment) -> Vec<ActionItem> {
    Question::ALL
        .into_iter()
        .filter_map(|question| assessment.answer(question))
        .filter(|answer| needs_action(answer.level))
        .map(|answer| ActionItem {
            question: answer.question,
            level: answer.level,
            action: answer.action.clone(),
        })
        .collect()
}

/// The command that adds the improvement action of `question` in `assessment` to the plan
/// of `objective` as a new plan action `id` (what, responsible, due date), and records on the
/// answer that it was added there. Refused when the answer calls for no action or the action
/// does not say what will be done; the plan command refuses an objective that does not exist.
pub fn add_to_plan(
    assessment: &Assessment,
    question: Question,
    objective: ObjectiveId,
    id: RecordId,
) -> Result<Command, CommandError> {
    let answer = assessment
        .answer(question)
        .filter(|answer| needs_action(answer.level))
        .ok_or(CommandError::NothingToDo)?;
    let wanted = &answer.action;
    if wanted.what.trim().is_empty() {
        return Err(CommandError::TextEmpty);
    }
    let action = Action {
        id,
        what: wanted.what.trim().to_string(),
        responsible: wanted.who.trim().to_string(),
        start: None,
        due: wanted.due,
        resources: Vec::new(),
        status: Default::default(),
        corrective: false,
    };
    let mut noted = assessment.clone();
    for answer in noted.answers.iter_mut().filter(|a| a.question == question) {
        answer.action.added_to = Some(objective);
    }
    Ok(Command::Batch(vec![
        Command::add(objective, action),
        Command::edit(TopLevel, noted),
    ]))
}
