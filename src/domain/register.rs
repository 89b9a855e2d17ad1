//! The objectives register as a query: filters (level, status, function, owner, text) and a
//! sort column, giving the ids of the matching objectives in display order.

use super::code::natural_cmp;
use super::ids::ObjectiveId;
use super::model::{Level, Objective, Status, Workspace};
use std::cmp::Ordering;

/// Columns the register can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Code,
    Title,
    /// The default: strategic first, then tactical, then operational, each in code order.
    #[default]
    Level,
    Status,
    Function,
    Owner,
    Updated,
    /// Progress towards the targets (the roll-up); objectives without data sort lowest.
    Progress,
}

impl SortColumn {
    pub const ALL: [SortColumn; 8] = [
        SortColumn::Code,
        SortColumn::Title,
        SortColumn::Level,
        SortColumn::Status,
        SortColumn::Function,
        SortColumn::Owner,
        SortColumn::Updated,
        SortColumn::Progress,
    ];
}

/// What the register shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegisterQuery {
    pub level: Option<Level>,
    pub status: Option<Status>,
    /// Exact function name; `Some("")` selects objectives without a function.
    pub function: Option<String>,
    /// Exact owner name; `Some("")` selects objectives without an owner.
    pub owner: Option<String>,
    /// Words that must all appear (any case) in the code, title, description, owner,
    /// function or a KPI name.
    pub text: String,
    pub sort: SortColumn,
    pub descending: bool,
}

impl RegisterQuery {
    /// Whether any filter narrows the register.
    pub fn is_filtered(&self) -> bool {
        self.level.is_some()
            || self.status.is_some()
            || self.function.is_some()
            || self.owner.is_some()
            || !self.text.trim().is_empty()
    }

    /// Whether `objective`, whose lowercased searchable text is `text`, passes every filter;
    /// `words` finds the typed words.
    fn accepts(&self, objective: &Objective, text: &str, words: &[TypedWord<'_>]) -> bool {
        self.level.is_none_or(|level| objective.level == level)
            && self.status.is_none_or(|status| objective.status == status)
            && self
                .function
                .as_deref()
                .is_none_or(|f| objective.function.trim() == f)
            && self
                .owner
                .as_deref()
                .is_none_or(|owner| objective.owner.trim() == owner)
            && words.iter().all(|word| word.is_in(text))
    }

    /// Whether every objective this query accepts is accepted by `previous` too, so that this
    /// query may filter `previous`'s rows instead of every objective ([`filter_positions`]):
    /// the same level, status, function and owner filters, and each of `previous`'s words
    /// inside one of this query's words (a word typed on, or a word added). The sort is not
    /// compared: the rows are filtered in the order given.
    pub fn narrows(&self, previous: &RegisterQuery) -> bool {
        if self.level != previous.level
            || self.status != previous.status
            || self.function != previous.function
            || self.owner != previous.owner
        {
            return false;
        }
        let words = self.words();
        previous
            .words()
            .iter()
            .all(|old| words.iter().any(|word| word.contains(old.as_str())))
    }

    /// Whether any word is typed: only then is the search text read.
    pub fn has_words(&self) -> bool {
        self.text.split_whitespace().next().is_some()
    }

    /// The typed words, lowercased.
    fn words(&self) -> Vec<String> {
        self.text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    }
}

/// The text the register's search looks in, lowercased once per workspace rather than at every
/// keystroke: per objective (in workspace order) its code, title, description, owner, function
/// and KPI names, one per line. A typed word holds no whitespace, so it never matches across
/// two fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    texts: Vec<String>,
}

impl SearchIndex {
    pub fn new(workspace: &Workspace) -> Self {
        SearchIndex {
            texts: workspace.objectives.iter().map(searchable_text).collect(),
        }
    }
}

fn searchable_text(objective: &Objective) -> String {
    let mut text = String::new();
    for field in [
        &objective.code,
        &objective.title,
        &objective.description,
        &objective.owner,
        &objective.function,
    ]
    .into_iter()
    .chain(objective.kpis.iter().map(|kpi| &kpi.name))
    {
        text.push_str(&field.to_lowercase());
        text.push('\n');
    }
    text
}

/// The ids of the objectives `query` selects, in its order. Ties keep code order. Sorting by
/// progress needs the roll-up: use [`register_rows_with_progress`].
pub fn register_rows(workspace: &Workspace, query: &RegisterQuery) -> Vec<ObjectiveId> {
    register_rows_with_progress(workspace, query, |_| None)
}

/// Like [`register_rows`], with each objective's progress (0–1, `None` without data) for the
/// progress column.
pub fn register_rows_with_progress(
    workspace: &Workspace,
    query: &RegisterQuery,
    progress: impl Fn(ObjectiveId) -> Option<f64>,
) -> Vec<ObjectiveId> {
    let order = sorted_positions(workspace, query.sort, query.descending, progress);
    filter_rows(workspace, &SearchIndex::new(workspace), &order, query)
}

/// The positions in `workspace.objectives` of every objective, sorted by `sort` (reversed when
/// `descending`), ties in code order. The register keeps this between keystrokes: filtering a
/// sorted list keeps its order, so typing never sorts again.
pub fn sorted_positions(
    workspace: &Workspace,
    sort: SortColumn,
    descending: bool,
    progress: impl Fn(ObjectiveId) -> Option<f64>,
) -> Vec<usize> {
    let objectives = &workspace.objectives;
    let mut order: Vec<usize> = (0..objectives.len()).collect();
    crate::domain::sorting::sort_by(&mut order, |&a, &b| {
        let (a, b) = (&objectives[a], &objectives[b]);
        let primary = match sort {
            SortColumn::Progress => {
                let rank = |o: &Objective| progress(o.id).unwrap_or(-1.0);
                rank(a).total_cmp(&rank(b))
            }
            column => compare(a, b, column),
        };
        let primary = if descending {
            primary.reverse()
        } else {
            primary
        };
        primary.then_with(|| natural_cmp(&a.code, &b.code))
    });
    order
}

/// The ids of the objectives at `order` (positions from [`sorted_positions`]) that `query`'s
/// filters accept, in that order; `search` is the same workspace's [`SearchIndex`]. The sort
/// fields of `query` are not read.
pub fn filter_rows(
    workspace: &Workspace,
    search: &SearchIndex,
    order: &[usize],
    query: &RegisterQuery,
) -> Vec<ObjectiveId> {
    filter_positions(workspace, search, order, query)
        .into_iter()
        .filter_map(|position| workspace.objectives.get(position).map(|o| o.id))
        .collect()
}

/// The positions among `candidates` (positions in `workspace.objectives`) that `query`'s
/// filters accept, in the order given; `search` may be empty when no word is typed. `candidates` is the whole sorted order
/// ([`sorted_positions`]), or, when `query` [narrows](RegisterQuery::narrows) the query of
/// an earlier call on the same workspace, index and order, that call's result: both give the
/// same positions, and a keystroke that types a word on visits only the rows still shown.
pub fn filter_positions(
    workspace: &Workspace,
    search: &SearchIndex,
    candidates: &[usize],
    query: &RegisterQuery,
) -> Vec<usize> {
    let typed = query.words();
    // Each word prepared once for all the objectives: `str::contains` prepared a substring
    // search per text, most of a keystroke's filtering.
    let words: Vec<TypedWord<'_>> = typed.iter().map(|word| TypedWord::new(word)).collect();
    candidates
        .iter()
        .copied()
        .filter(|&position| {
            let Some(objective) = workspace.objectives.get(position) else {
                return false;
            };
            match search.texts.get(position) {
                Some(text) => query.accepts(objective, text, &words),
                // No word typed: the text is not read (the register passes no index then).
                None if words.is_empty() => query.accepts(objective, "", &words),
                // An index shorter than the workspace (the app builds both from one version).
                None => query.accepts(objective, &searchable_text(objective), &words),
            }
        })
        .collect()
}

/// One typed word, looked for in every objective's text: each place of its rarest byte is
/// found a machine word at a time (`memchr`) and the whole word compared there. (memchr's own
/// substring searcher is faster still but added 5.6 KB gzip to the main module.)
struct TypedWord<'a> {
    bytes: &'a [u8],
    /// The index in `bytes` of the byte looked for first: the one least common in text.
    anchor: usize,
}

impl<'a> TypedWord<'a> {
    fn new(word: &'a str) -> Self {
        let bytes = word.as_bytes();
        let anchor = (0..bytes.len())
            .min_by_key(|&i| commonness(bytes[i]))
            .unwrap_or(0);
        TypedWord { bytes, anchor }
    }

    /// Whether the word occurs in `text`, as `text.contains(word)`.
    fn is_in(&self, text: &str) -> bool {
        let text = text.as_bytes();
        let Some(&anchor_byte) = self.bytes.get(self.anchor) else {
            return true;
        };
        // An occurrence starting at `start` has the anchor byte at `start + anchor`.
        let mut from = self.anchor;
        while let Some(found) = text
            .get(from..)
            .and_then(|rest| memchr::memchr(anchor_byte, rest))
        {
            let at = from + found;
            if text[at - self.anchor..].starts_with(self.bytes) {
                return true;
            }
            from = at + 1;
        }
        false
    }
}

/// How common `byte` is in (lowercased, mostly English) text: letters by their frequency,
/// everything else (digits, punctuation, the bytes of other scripts) rarer than any letter.
fn commonness(byte: u8) -> usize {
    const BY_FREQUENCY: &[u8] = b"zqxjkvbypgfwmucldrhsnioate ";
    BY_FREQUENCY
        .iter()
        .position(|&common| common == byte)
        .map_or(0, |rank| rank + 1)
}

fn compare(a: &Objective, b: &Objective, column: SortColumn) -> Ordering {
    match column {
        SortColumn::Code => natural_cmp(&a.code, &b.code),
        SortColumn::Title => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
        SortColumn::Level => a.level.cmp(&b.level),
        SortColumn::Status => a.status.cmp(&b.status),
        SortColumn::Function => a.function.to_lowercase().cmp(&b.function.to_lowercase()),
        SortColumn::Owner => a.owner.to_lowercase().cmp(&b.owner.to_lowercase()),
        SortColumn::Updated => a.updated.cmp(&b.updated),
        // Needs the roll-up, which `register_rows_with_progress` brings.
        SortColumn::Progress => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::KpiId;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{Kpi, Timestamp};

    fn workspace() -> Workspace {
        let mut ids = SequentialIds::default();
        let mut make = |code: &str, title: &str, level, owner: &str, function: &str| {
            let mut o = Objective::new(
                ObjectiveId::new(&mut ids),
                code,
                title,
                level,
                Timestamp::default(),
            );
            o.owner = owner.into();
            o.function = function.into();
            o
        };
        let mut t1 = make(
            "T1",
            "Improve availability",
            Level::Tactical,
            "Lee",
            "Operations",
        );
        t1.status = Status::Active;
        let mut kpi_ids = SequentialIds::starting_at(100);
        t1.kpis.push(Kpi::named(KpiId::new(&mut kpi_ids), "MTTR"));
        Workspace {
            objectives: vec![
                make("S10", "Lead in innovation", Level::Strategic, "Ann", ""),
                make("S2", "Optimise cost", Level::Strategic, "Ann", "Finance"),
                t1,
                make(
                    "O1",
                    "Respond faster",
                    Level::Operational,
                    "",
                    "Service desk",
                ),
            ],
            ..Workspace::default()
        }
    }

    fn codes(workspace: &Workspace, query: &RegisterQuery) -> Vec<String> {
        register_rows(workspace, query)
            .into_iter()
            .filter_map(|id| workspace.objective(id).map(|o| o.code.clone()))
            .collect()
    }

    #[test]
    fn default_order_is_by_level_then_natural_code() {
        let w = workspace();
        let default_order = codes(&w, &RegisterQuery::default());
        assert_eq!(default_order, ["S2", "S10", "T1", "O1"]);
        let by_code = RegisterQuery {
            sort: SortColumn::Code,
            ..Default::default()
        };
        assert_eq!(codes(&w, &by_code), ["O1", "S2", "S10", "T1"]);
    }

    #[test]
    fn filters_combine() {
        let w = workspace();
        let by_owner = RegisterQuery {
            owner: Some("Ann".into()),
            ..Default::default()
        };
        assert_eq!(codes(&w, &by_owner), ["S2", "S10"]);
        let no_owner = RegisterQuery {
            owner: Some(String::new()),
            ..Default::default()
        };
        assert_eq!(codes(&w, &no_owner), ["O1"]);
        let strategic_finance = RegisterQuery {
            level: Some(Level::Strategic),
            function: Some("Finance".into()),
            ..Default::default()
        };
        assert_eq!(codes(&w, &strategic_finance), ["S2"]);
        let active = RegisterQuery {
            status: Some(Status::Active),
            ..Default::default()
        };
        assert_eq!(codes(&w, &active), ["T1"]);
    }

    #[test]
    fn text_search_matches_every_word_in_any_field() {
        let w = workspace();
        let query = |text: &str| RegisterQuery {
            text: text.into(),
            ..Default::default()
        };
        assert_eq!(codes(&w, &query("mttr")), ["T1"]);
        assert_eq!(codes(&w, &query("  OPTIMISE  finance ")), ["S2"]);
        assert_eq!(
            codes(&w, &query("optimise innovation")),
            Vec::<String>::new()
        );
    }

    #[test]
    fn one_sorted_order_serves_every_filter() {
        let w = workspace();
        let search = SearchIndex::new(&w);
        for sort in SortColumn::ALL {
            for descending in [false, true] {
                let order = sorted_positions(&w, sort, descending, |_| None);
                for text in ["", "a", "ann", "e o", "service"] {
                    let query = RegisterQuery {
                        text: text.into(),
                        sort,
                        descending,
                        ..Default::default()
                    };
                    let expected: Vec<ObjectiveId> = order
                        .iter()
                        .map(|&i| &w.objectives[i])
                        .filter(|o| {
                            let fields = [&o.code, &o.title, &o.description, &o.owner, &o.function];
                            query.words().iter().all(|word| {
                                fields
                                    .iter()
                                    .any(|f| f.to_lowercase().contains(word.as_str()))
                                    || o.kpis
                                        .iter()
                                        .any(|k| k.name.to_lowercase().contains(word.as_str()))
                            })
                        })
                        .map(|o| o.id)
                        .collect();
                    assert_eq!(
                        filter_rows(&w, &search, &order, &query),
                        expected,
                        "{sort:?} {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn without_typed_words_the_search_text_is_not_needed() {
        let w = workspace();
        let order = sorted_positions(&w, SortColumn::Code, false, |_| None);
        let no_index = SearchIndex::default();
        let index = SearchIndex::new(&w);
        for text in ["", "   "] {
            let query = RegisterQuery {
                text: text.into(),
                status: Some(Status::Active),
                ..Default::default()
            };
            assert!(!query.has_words());
            let shown = filter_positions(&w, &no_index, &order, &query);
            assert!(!shown.is_empty() && shown.len() < w.objectives.len());
            assert_eq!(
                filter_positions(&w, &no_index, &order, &query),
                filter_positions(&w, &index, &order, &query)
            );
        }
        let query = RegisterQuery {
            text: "mttr".into(),
            ..Default::default()
        };
        assert!(query.has_words());
        // A word typed without an index still finds it (the text is built per objective).
        assert_eq!(
            filter_positions(&w, &no_index, &order, &query),
            filter_positions(&w, &index, &order, &query)
        );
        assert_eq!(filter_positions(&w, &index, &order, &query).len(), 1);
    }

    #[test]
    fn a_word_never_matches_across_two_fields() {
        let w = workspace();
        let query = |text: &str| RegisterQuery {
            text: text.into(),
            ..Default::default()
        };
        // "Improve availability" + owner "Lee": no objective mentions "availabilitylee".
        assert!(codes(&w, &query("availabilitylee")).is_empty());
        assert_eq!(codes(&w, &query("AVAIL")), ["T1"]);
    }

    #[test]
    fn sorting_by_a_column_and_descending() {
        let w = workspace();
        let by_title = RegisterQuery {
            sort: SortColumn::Title,
            ..Default::default()
        };
        assert_eq!(codes(&w, &by_title), ["T1", "S10", "S2", "O1"]);
        let by_level_desc = RegisterQuery {
            sort: SortColumn::Level,
            descending: true,
            ..Default::default()
        };
        assert_eq!(codes(&w, &by_level_desc), ["O1", "T1", "S2", "S10"]);
    }

    #[test]
    fn sorting_by_progress_puts_objectives_without_data_lowest() {
        let w = workspace();
        let progress = |id: ObjectiveId| match w.objective(id).map(|o| o.code.as_str()) {
            Some("S10") => Some(0.8),
            Some("T1") => Some(0.2),
            Some("O1") => Some(0.2),
            _ => None,
        };
        let query = RegisterQuery {
            sort: SortColumn::Progress,
            ..Default::default()
        };
        let codes = |query: &RegisterQuery| -> Vec<String> {
            register_rows_with_progress(&w, query, progress)
                .into_iter()
                .filter_map(|id| w.objective(id).map(|o| o.code.clone()))
                .collect()
        };
        assert_eq!(
            codes(&query),
            ["S2", "O1", "T1", "S10"],
            "ties in code order"
        );
        let descending = RegisterQuery {
            descending: true,
            ..query
        };
        assert_eq!(codes(&descending), ["S10", "O1", "T1", "S2"]);
    }
}
