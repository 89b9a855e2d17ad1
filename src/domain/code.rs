//! Objective codes ("S1", "T1.2"): validation, natural ordering and suggestions.

use super::model::{Level, Workspace};
use crate::domain::hashing::HashSet;
use std::cmp::Ordering;

/// The longest code accepted, in characters.
pub const MAX_CODE_CHARS: usize = 20;

/// Why a code cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    Empty,
    TooLong,
    /// Codes are cited in text and file names, so they hold no spaces.
    HasWhitespace,
    /// Nor control characters (tabs, line breaks, invisible codes); this is the first one.
    HasControl(char),
}

/// Trims `code` and checks it is usable; uniqueness is checked by the workspace.
pub fn normalise_code(code: &str) -> Result<String, CodeProblem> {
    let code = code.trim();
    if code.is_empty() {
        return Err(CodeProblem::Empty);
    }
    if code.chars().count() > MAX_CODE_CHARS {
        return Err(CodeProblem::TooLong);
    }
    if let Some(control) = code.chars().find(|c| c.is_control()) {
        return Err(CodeProblem::HasControl(control));
    }
    if code.chars().any(char::is_whitespace) {
        return Err(CodeProblem::HasWhitespace);
    }
    Ok(code.to_string())
}

/// Codes compare case-insensitively when checking uniqueness ("s1" clashes with "S1").
pub fn same_code(a: &str, b: &str) -> bool {
    let fold = |code: &str| {
        code.trim()
            .chars()
            .flat_map(char::to_lowercase)
            .collect::<Vec<_>>()
    };
    let (a, b) = (a.trim(), b.trim());
    // Most pairs differ in length or first letter: decide those without allocating.
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return false;
    }
    fold(a) == fold(b)
}

/// The form under which codes are compared: equal keys mean the same code.
pub fn code_key(code: &str) -> String {
    code.trim().to_lowercase()
}

/// Orders codes the way people read them: "S2" before "S10", "T1.2" before "T1.10".
/// Digit runs compare by value, letters without case; equal codes fall back to plain order.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (left, right) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if left[i].is_ascii_digit() && right[j].is_ascii_digit() {
            let left_end = digit_run_end(left, i);
            let right_end = digit_run_end(right, j);
            let by_value = compare_digit_runs(&a[i..left_end], &b[j..right_end]);
            if by_value != Ordering::Equal {
                return by_value;
            }
            (i, j) = (left_end, right_end);
        } else {
            // Compare whole characters so multi-byte text (Chinese codes) orders correctly.
            let (Some(l), Some(r)) = (a[i..].chars().next(), b[j..].chars().next()) else {
                break;
            };
            let by_char = l.to_lowercase().cmp(r.to_lowercase());
            if by_char != Ordering::Equal {
                return by_char;
            }
            (i, j) = (i + l.len_utf8(), j + r.len_utf8());
        }
    }
    (left.len() - i.min(left.len()))
        .cmp(&(right.len() - j.min(right.len())))
        .then_with(|| a.cmp(b))
}

fn digit_run_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|b| !b.is_ascii_digit())
        .map_or(bytes.len(), |offset| start + offset)
}

/// Compares two runs of ASCII digits by value without parsing, so long runs cannot overflow.
fn compare_digit_runs(a: &str, b: &str) -> Ordering {
    let a = a.trim_start_matches('0');
    let b = b.trim_start_matches('0');
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// `prefix` followed by the lowest number that makes a reference none of `taken` uses
/// (compared like codes: without case or surrounding space).
pub fn next_free<'a>(prefix: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: HashSet<String> = taken.into_iter().map(code_key).collect();
    next_free_among(prefix, &taken)
}

/// `prefix` followed by the lowest number whose [`code_key`] is not in `taken`: for callers
/// that keep the set of taken keys themselves while adding many codes.
pub fn next_free_among(prefix: &str, taken: &HashSet<String>) -> String {
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|candidate| !taken.contains(&code_key(candidate)))
        .unwrap_or_else(|| prefix.to_string())
}

/// The next free code for a new objective: the level's letter and the lowest unused number.
pub fn suggest_code(workspace: &Workspace, level: Level) -> String {
    let prefix = level.code_prefix().to_string();
    next_free(
        &prefix,
        workspace.objectives.iter().map(|o| o.code.as_str()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{ObjectiveId, SequentialIds};
    use crate::domain::model::{Objective, Timestamp};

    #[test]
    fn natural_order_reads_numbers_as_numbers() {
        let mut codes = vec!["S10", "S2", "T1.10", "T1.2", "s1", "O3", "T1"];
        codes.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(codes, ["O3", "s1", "S2", "S10", "T1", "T1.2", "T1.10"]);
    }

    #[test]
    fn natural_order_survives_huge_numbers() {
        let huge = "S99999999999999999999999999999999999999";
        assert_eq!(natural_cmp(huge, "S1"), Ordering::Greater);
        assert_eq!(
            natural_cmp("S001", "S1"),
            Ordering::Less,
            "equal values fall back to text"
        );
    }

    #[test]
    fn codes_compare_without_case_or_surrounding_space() {
        assert!(same_code("S1", " s1 "));
        assert!(same_code("Ä1", "ä1"));
        assert!(!same_code("S1", "S10"));
        assert!(!same_code("战略1", "战略2"));
        assert_eq!(code_key(" T1.A "), "t1.a");
    }

    #[test]
    fn codes_are_trimmed_and_checked() {
        assert_eq!(normalise_code("  S1 "), Ok("S1".to_string()));
        assert_eq!(normalise_code("   "), Err(CodeProblem::Empty));
        assert_eq!(normalise_code("S 1"), Err(CodeProblem::HasWhitespace));
        assert_eq!(
            normalise_code("S\u{3000}1"),
            Err(CodeProblem::HasWhitespace)
        );
        assert_eq!(
            normalise_code("S\u{7}1"),
            Err(CodeProblem::HasControl('\u{7}'))
        );
        assert_eq!(normalise_code("S\t1"), Err(CodeProblem::HasControl('\t')));
        assert_eq!(normalise_code(&"x".repeat(21)), Err(CodeProblem::TooLong));
        assert_eq!(normalise_code("战略1"), Ok("战略1".to_string()));
    }

    #[test]
    fn next_free_reference_fills_the_first_gap() {
        assert_eq!(next_free("P", ["P1", "p2", " P4 "]), "P3");
        assert_eq!(next_free("R", []), "R1");
    }

    #[test]
    fn suggestion_skips_used_codes_case_insensitively() {
        let mut ids = SequentialIds::default();
        let mut workspace = Workspace::default();
        for code in ["S1", "s2", "T1"] {
            workspace.objectives.push(Objective::new(
                ObjectiveId::new(&mut ids),
                code,
                "x",
                Level::Strategic,
                Timestamp::default(),
            ));
        }
        assert_eq!(suggest_code(&workspace, Level::Strategic), "S3");
        assert_eq!(suggest_code(&workspace, Level::Tactical), "T2");
        assert_eq!(suggest_code(&workspace, Level::Operational), "O1");
    }
}
