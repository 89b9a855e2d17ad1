//! The register's filter narrowed keystroke by keystroke (`domain::register::filter_positions`
//! on the rows shown last, when the query `narrows` the last one) gives exactly the rows a
//! fresh filter of every objective gives, and those are the rows `str::contains` finds:
//! random workspaces, random typing (on, back, words added) and random changes of the other
//! filters.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::register::{
    filter_positions, sorted_positions, RegisterQuery, SearchIndex, SortColumn,
};
use sixtwo::domain::{Level, Objective, ObjectiveId, Status, Timestamp, Workspace};

/// Words made of few letters (and one whose lowercase is longer than itself), so that typed
/// text often matches part of a field.
const LETTERS: &[&str] = &["a", "b", "A", "c", "İ", "ab", " ", "d", "é"];
const OWNERS: &[&str] = &["", "Ann", "Lee"];

fn text(picks: &[usize]) -> String {
    picks.iter().map(|&i| LETTERS[i % LETTERS.len()]).collect()
}

fn workspace(objectives: &[(Vec<usize>, Vec<usize>, usize, usize)]) -> Workspace {
    let mut ids = SequentialIds::default();
    let objectives = objectives
        .iter()
        .enumerate()
        .map(|(n, (title, description, owner, level_pick))| {
            let level = Level::ALL[level_pick % Level::ALL.len()];
            let mut objective = Objective::new(
                ObjectiveId::new(&mut ids),
                format!("O{n}"),
                text(title),
                level,
                Timestamp::default(),
            );
            objective.description = text(description);
            objective.owner = OWNERS[owner % OWNERS.len()].to_string();
            objective.status = Status::ALL[(owner + level_pick) % Status::ALL.len()];
            objective
        })
        .collect();
    Workspace {
        objectives,
        ..Workspace::default()
    }
}

/// One step of the user: type a letter, delete the last character, or change a filter.
#[derive(Clone, Debug)]
enum Step {
    Type(usize),
    Back,
    Owner(usize),
    Level(Option<usize>),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (0..LETTERS.len()).prop_map(Step::Type),
        2 => Just(Step::Back),
        1 => (0..OWNERS.len() + 1).prop_map(Step::Owner),
        1 => proptest::option::of(0..Level::ALL.len()).prop_map(Step::Level),
    ]
}

fn apply(query: &mut RegisterQuery, step: &Step) {
    match step {
        Step::Type(letter) => query.text.push_str(LETTERS[*letter]),
        Step::Back => {
            query.text.pop();
        }
        Step::Owner(owner) => {
            query.owner = OWNERS.get(*owner).map(|owner| owner.to_string());
        }
        Step::Level(level) => query.level = level.map(|level| Level::ALL[level]),
    }
}

proptest! {
    #[test]
    fn narrowing_the_rows_shown_last_gives_the_rows_of_a_fresh_filter(
        objectives in proptest::collection::vec(
            (
                proptest::collection::vec(0..LETTERS.len(), 0..8),
                proptest::collection::vec(0..LETTERS.len(), 0..8),
                0..OWNERS.len(),
                0..3usize,
            ),
            0..30,
        ),
        sort in 0..SortColumn::ALL.len(),
        descending in any::<bool>(),
        steps in proptest::collection::vec(step(), 1..25),
    ) {
        let workspace = workspace(&objectives);
        let search = SearchIndex::new(&workspace);
        let sort = SortColumn::ALL[sort];
        let order = sorted_positions(&workspace, sort, descending, |_| None);
        let mut query = RegisterQuery { sort, descending, ..RegisterQuery::default() };
        let mut last: Option<(RegisterQuery, Vec<usize>)> = None;
        for step in &steps {
            apply(&mut query, step);
            let fresh = filter_positions(&workspace, &search, &order, &query);
            prop_assert_eq!(&fresh, &reference(&workspace, &order, &query), "{:?}", query);
            let shown = match &last {
                Some((previous, shown)) if query.narrows(previous) => {
                    filter_positions(&workspace, &search, shown, &query)
                }
                _ => fresh.clone(),
            };
            prop_assert_eq!(&shown, &fresh, "after {:?}, query {:?}", step, query);
            last = Some((query.clone(), shown));
        }
    }
}

/// The positions `query` selects, found with `str::contains` on each lowercased field.
fn reference(workspace: &Workspace, order: &[usize], query: &RegisterQuery) -> Vec<usize> {
    let words: Vec<String> = query
        .text
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    order
        .iter()
        .copied()
        .filter(|&position| {
            let o = &workspace.objectives[position];
            let fields = [&o.code, &o.title, &o.description, &o.owner, &o.function];
            query.level.is_none_or(|level| o.level == level)
                && query.status.is_none_or(|status| o.status == status)
                && query
                    .owner
                    .as_deref()
                    .is_none_or(|owner| o.owner.trim() == owner)
                && words.iter().all(|word| {
                    fields
                        .iter()
                        .any(|field| field.to_lowercase().contains(word.as_str()))
                })
        })
        .collect()
}

fn query(text: &str) -> RegisterQuery {
    RegisterQuery {
        text: text.into(),
        ..RegisterQuery::default()
    }
}

#[test]
fn typing_on_or_adding_a_word_narrows_and_anything_else_does_not() {
    assert!(query("serv").narrows(&query("ser")));
    assert!(
        query("Service").narrows(&query("serv")),
        "case does not matter"
    );
    assert!(query("service d").narrows(&query("service")));
    assert!(query("desk service").narrows(&query("service")));
    assert!(query("ser").narrows(&query("")));
    assert!(!query("ser").narrows(&query("serv")), "a character deleted");
    assert!(!query("sev").narrows(&query("ser")), "a character changed");
    assert!(
        !query("service").narrows(&query("service desk")),
        "a word deleted"
    );
    let owned = RegisterQuery {
        owner: Some("Ann".into()),
        ..query("serv")
    };
    assert!(!owned.narrows(&query("ser")), "another filter changed");
    assert!(!query("serv").narrows(&RegisterQuery {
        level: Some(Level::Strategic),
        ..query("ser")
    }));
}
