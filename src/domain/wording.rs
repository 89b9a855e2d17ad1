//! Vague wording in an objective being written: no number, no unit, no date. The 6.2.1
//! wizard points it out while a title and its KPIs are typed.

use super::model::Objective;

/// Vague wording the 6.2.1 wizard points out while a title and its KPIs are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordingHint {
    /// Neither the title nor any KPI says how much.
    NoNumber,
    /// No KPI has a unit.
    NoUnit,
    /// Neither the title nor any KPI says by when.
    NoDate,
}

/// The hints for a title and its KPIs (empty when the wording is specific).
pub fn wording_hints(objective: &Objective) -> Vec<WordingHint> {
    let title = objective.title.trim();
    if title.is_empty() {
        return Vec::new();
    }
    let mut hints = Vec::new();
    let has_digit = title.chars().any(|c| c.is_ascii_digit());
    if !has_digit && objective.kpis.iter().all(|k| k.target.is_none()) {
        hints.push(WordingHint::NoNumber);
    }
    if objective.kpis.iter().all(|k| k.unit.trim().is_empty()) {
        hints.push(WordingHint::NoUnit);
    }
    let has_year = title
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'));
    if !has_year && objective.kpis.iter().all(|k| k.target_date.is_none()) {
        hints.push(WordingHint::NoDate);
    }
    hints
}
