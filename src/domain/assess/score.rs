//! The score of one assessment and the trend over several. Only required questions are
//! scored (as in the check); good-practice answers are counted apart. Points per answer:
//! not in place 0, partly 1, largely 2, fully 3; not applicable and unanswered questions are
//! left out of both the points and the maximum.

use super::{info, Kind};
use crate::domain::ids::RecordId;
use crate::domain::model::{AnswerLevel, Assessment, Question};
use chrono::NaiveDate;

/// The points an answer on the scale earns; `None` for not applicable.
pub fn points(level: AnswerLevel) -> Option<usize> {
    match level {
        AnswerLevel::NotInPlace => Some(0),
        AnswerLevel::Partly => Some(1),
        AnswerLevel::Largely => Some(2),
        AnswerLevel::Fully => Some(3),
        AnswerLevel::NotApplicable => None,
    }
}

/// The most points one answer earns.
pub const MAX_POINTS: usize = 3;

/// The result of one assessment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AssessmentScore {
    /// Points of the required questions answered on the scale.
    pub points: usize,
    /// The most those answers could earn.
    pub max: usize,
    /// Required questions answered on the scale.
    pub scored: usize,
    /// Required questions answered "not applicable".
    pub not_applicable: usize,
    /// Required questions not answered.
    pub unanswered: usize,
    /// Good-practice questions answered "fully", of those answered on the scale.
    pub practice_fully: usize,
    pub practice_scored: usize,
}

impl AssessmentScore {
    /// Whole percent of the possible points (0 when nothing is scored).
    pub fn percent(self) -> u32 {
        if self.max == 0 {
            return 0;
        }
        ((self.points * 100) / self.max) as u32
    }
}

/// The score of `assessment`.
pub fn score(assessment: &Assessment) -> AssessmentScore {
    let mut score = AssessmentScore::default();
    for question in Question::ALL {
        let level = assessment.answer(question).map(|a| a.level);
        match (info(question).kind, level) {
            (Kind::Required, None) => score.unanswered += 1,
            (Kind::Required, Some(level)) => match points(level) {
                Some(points) => {
                    score.points += points;
                    score.max += MAX_POINTS;
                    score.scored += 1;
                }
                None => score.not_applicable += 1,
            },
            (Kind::GoodPractice, Some(level)) if level != AnswerLevel::NotApplicable => {
                score.practice_scored += 1;
                if level == AnswerLevel::Fully {
                    score.practice_fully += 1;
                }
            }
            (Kind::GoodPractice, _) => {}
        }
    }
    score
}

/// How an answer (or the overall score) moved from one assessment to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Movement {
    Up,
    Same,
    Down,
}

fn compare<T: Ord>(before: T, after: T) -> Movement {
    match after.cmp(&before) {
        std::cmp::Ordering::Greater => Movement::Up,
        std::cmp::Ordering::Equal => Movement::Same,
        std::cmp::Ordering::Less => Movement::Down,
    }
}

/// One question across the assessments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendRow {
    pub question: Question,
    /// The answer in each assessment, in the trend's order (`None` when not answered).
    pub levels: Vec<Option<AnswerLevel>>,
    /// From the second-latest to the latest assessment, when both answered it on the scale.
    pub movement: Option<Movement>,
}

/// The assessments over time: oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trend {
    /// Each assessment's id and date, oldest first (same-day assessments in stored order).
    pub assessments: Vec<(RecordId, NaiveDate)>,
    /// Each assessment's score, in the same order.
    pub scores: Vec<AssessmentScore>,
    /// The overall score from the second-latest to the latest assessment.
    pub movement: Option<Movement>,
    pub rows: Vec<TrendRow>,
}

/// The trend of `assessments` (in any order).
pub fn trend(assessments: &[Assessment]) -> Trend {
    let mut ordered: Vec<&Assessment> = assessments.iter().collect();
    ordered.sort_by_key(|a| a.date);
    let scores: Vec<AssessmentScore> = ordered.iter().map(|a| score(a)).collect();
    let last_two = |count: usize| count.checked_sub(2);
    let movement = last_two(scores.len()).map(|i| {
        let (before, after) = (scores[i], scores[i + 1]);
        // Compared as shares of the possible points, exactly (cross-multiplied).
        compare(
            before.points * after.max.max(1),
            after.points * before.max.max(1),
        )
    });
    let rows = Question::ALL
        .into_iter()
        .map(|question| {
            let levels: Vec<Option<AnswerLevel>> = ordered
                .iter()
                .map(|a| a.answer(question).map(|answer| answer.level))
                .collect();
            let on_scale = |level: Option<AnswerLevel>| level.and_then(points);
            let movement = last_two(levels.len())
                .and_then(|i| Some(compare(on_scale(levels[i])?, on_scale(levels[i + 1])?)));
            TrendRow {
                question,
                levels,
                movement,
            }
        })
        .collect();
    Trend {
        assessments: ordered.iter().map(|a| (a.id, a.date)).collect(),
        scores,
        movement,
        rows,
    }
}
