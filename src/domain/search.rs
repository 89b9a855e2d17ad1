//! Search across the workspace: objectives, KPIs, policy statements, requirements and
//! communications. The index is built once per workspace change; each query is one pass over
//! it with substring matches on normalised text (case folded, full-width letters and digits
//! made half-width, runs of spaces made one), so Chinese, which has no case, matches as typed.
//! Hits rank exact code first, then title prefix, title substring and other fields; only the
//! first `limit` are built, the rest are counted.

use crate::domain::{KpiId, ObjectiveId, PolicyId, RecordId, RequirementId, Workspace};

/// What a hit is, in the order the results list the groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    Objective,
    Kpi,
    Policy,
    Requirement,
    Communication,
}

impl HitKind {
    pub const ALL: [HitKind; 5] = [
        HitKind::Objective,
        HitKind::Kpi,
        HitKind::Policy,
        HitKind::Requirement,
        HitKind::Communication,
    ];
}

/// The thing a hit opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Objective(ObjectiveId),
    Kpi { objective: ObjectiveId, kpi: KpiId },
    Policy(PolicyId),
    Requirement(RequirementId),
    Communication(RecordId),
}

impl Target {
    pub fn kind(&self) -> HitKind {
        match self {
            Target::Objective(_) => HitKind::Objective,
            Target::Kpi { .. } => HitKind::Kpi,
            Target::Policy(_) => HitKind::Policy,
            Target::Requirement(_) => HitKind::Requirement,
            Target::Communication(_) => HitKind::Communication,
        }
    }
}

/// Where in the item the query was found. `Title` is the item's main text: an objective's or
/// requirement's title, a KPI's name, a policy statement's text, a communication's summary.
/// `Code` is an objective's code or a policy statement's or requirement's reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Code,
    Title,
    Description,
    Owner,
    Function,
    Unit,
    DataSource,
    Method,
    Notes,
    Audience,
    Channel,
    ByWhom,
}

/// How well an item matches, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// The query is the item's whole code or reference.
    ExactCode,
    /// The item's title starts with the query.
    TitlePrefix,
    /// The item's title contains the query.
    TitleSubstring,
    /// Another field (or the code) contains the query.
    OtherField,
}

impl Rank {
    const ALL: [Rank; 4] = [
        Rank::ExactCode,
        Rank::TitlePrefix,
        Rank::TitleSubstring,
        Rank::OtherField,
    ];
}

/// One result, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub target: Target,
    pub rank: Rank,
    /// The field the query was found in.
    pub field: Field,
    /// The item's code or reference as written (empty when it has none).
    pub code: String,
    /// The item's title (or main text) as written.
    pub title: String,
    /// For a KPI, its objective's code and title; for a communication, its date.
    pub context: String,
    /// The matched field's text as written, cut around the match when it is long.
    pub excerpt: String,
    /// The byte range of the match in `excerpt`.
    pub matched: (usize, usize),
}

/// The first hits and how many there are in all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    pub hits: Vec<Hit>,
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    target: Target,
    code: String,
    code_key: String,
    title: String,
    title_key: String,
    context: String,
    others: Vec<(Field, String, String)>,
}

/// Every searchable item of a workspace with its normalised texts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// Excerpts longer than this many characters are cut around the match.
const EXCERPT_CHARS: usize = 120;
/// Characters kept before the match in a cut excerpt.
const EXCERPT_BEFORE: usize = 40;

impl SearchIndex {
    pub fn build(workspace: &Workspace) -> SearchIndex {
        let mut entries = Vec::with_capacity(
            workspace.objectives.len() * 2
                + workspace.policy.len()
                + workspace.requirements.len()
                + workspace.communications.len(),
        );
        for objective in &workspace.objectives {
            entries.push(Entry::new(
                Target::Objective(objective.id),
                &objective.code,
                &objective.title,
                String::new(),
                [
                    (Field::Description, &objective.description),
                    (Field::Owner, &objective.owner),
                    (Field::Function, &objective.function),
                ],
            ));
        }
        for objective in &workspace.objectives {
            let context = join_code_title(&objective.code, &objective.title);
            for kpi in &objective.kpis {
                entries.push(Entry::new(
                    Target::Kpi {
                        objective: objective.id,
                        kpi: kpi.id,
                    },
                    "",
                    &kpi.name,
                    context.clone(),
                    [
                        (Field::Unit, &kpi.unit),
                        (Field::DataSource, &kpi.data_source),
                        (Field::Method, &kpi.method),
                    ],
                ));
            }
        }
        for statement in &workspace.policy {
            entries.push(Entry::new(
                Target::Policy(statement.id),
                &statement.reference,
                &statement.text,
                String::new(),
                [],
            ));
        }
        for requirement in &workspace.requirements {
            entries.push(Entry::new(
                Target::Requirement(requirement.id),
                &requirement.reference,
                &requirement.title,
                String::new(),
                [(Field::Notes, &requirement.notes)],
            ));
        }
        for record in &workspace.communications {
            entries.push(Entry::new(
                Target::Communication(record.id),
                "",
                &record.summary,
                record.date.to_string(),
                [
                    (Field::Audience, &record.audience),
                    (Field::Channel, &record.channel),
                    (Field::ByWhom, &record.by_whom),
                ],
            ));
        }
        SearchIndex { entries }
    }

    /// How many items the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` hits for `query`, best rank first and in workspace order within a
    /// rank, and the number of items that match. A query of only spaces matches nothing.
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        let key = normalise(query);
        if key.is_empty() {
            return SearchResults::default();
        }
        let mut buckets: [Vec<(usize, Field)>; 4] = Default::default();
        let mut total = 0;
        for (position, entry) in self.entries.iter().enumerate() {
            if let Some((rank, field)) = entry.rank(&key) {
                total += 1;
                let bucket = &mut buckets[rank as usize];
                if bucket.len() < limit {
                    bucket.push((position, field));
                }
            }
        }
        let hits = Rank::ALL
            .iter()
            .zip(&buckets)
            .flat_map(|(&rank, bucket)| bucket.iter().map(move |&(at, field)| (rank, at, field)))
            .take(limit)
            .map(|(rank, at, field)| self.entries[at].hit(rank, field, &key))
            .collect();
        SearchResults { hits, total }
    }
}

fn join_code_title(code: &str, title: &str) -> String {
    match (code.trim(), title.trim()) {
        ("", title) => title.to_string(),
        (code, "") => code.to_string(),
        (code, title) => format!("{code} {title}"),
    }
}

impl Entry {
    fn new<'a>(
        target: Target,
        code: &str,
        title: &str,
        context: String,
        others: impl IntoIterator<Item = (Field, &'a String)>,
    ) -> Entry {
        Entry {
            target,
            code: code.to_string(),
            code_key: normalise(code),
            title: title.to_string(),
            title_key: normalise(title),
            context,
            others: others
                .into_iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(field, text)| (field, text.clone(), normalise(text)))
                .collect(),
        }
    }

    fn rank(&self, key: &str) -> Option<(Rank, Field)> {
        if !self.code_key.is_empty() && self.code_key == key {
            return Some((Rank::ExactCode, Field::Code));
        }
        if self.title_key.starts_with(key) {
            return Some((Rank::TitlePrefix, Field::Title));
        }
        if self.title_key.contains(key) {
            return Some((Rank::TitleSubstring, Field::Title));
        }
        if self.code_key.contains(key) {
            return Some((Rank::OtherField, Field::Code));
        }
        self.others
            .iter()
            .find(|(_, _, text_key)| text_key.contains(key))
            .map(|(field, _, _)| (Rank::OtherField, *field))
    }

    fn hit(&self, rank: Rank, field: Field, key: &str) -> Hit {
        let text = match field {
            Field::Code => &self.code,
            Field::Title => &self.title,
            _ => self
                .others
                .iter()
                .find(|(other, _, _)| *other == field)
                .map_or(&self.title, |(_, text, _)| text),
        };
        let (excerpt, matched) = excerpt(text, key);
        Hit {
            target: self.target,
            rank,
            field,
            code: self.code.clone(),
            title: self.title.clone(),
            context: self.context.clone(),
            excerpt,
            matched,
        }
    }
}

/// The text searches compare: lower case (Unicode), full-width ASCII letters, digits and signs
/// as their half-width forms, every run of white space (the ideographic space included) as
/// one space, none at either end.
pub fn normalise(text: &str) -> String {
    normalise_mapped(text, |_, _| {})
}

/// `normalise`, telling `mark` the byte position in the result at which each character of
/// `text` (by its byte position there) starts.
fn normalise_mapped(text: &str, mut mark: impl FnMut(usize, usize)) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for (at, c) in text.char_indices() {
        let c = half_width(c);
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        mark(out.len(), at);
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// `text` (cut around the match when long) and the byte range of the match in it. When the
/// match cannot be placed (it spans characters folded together), the start of the text.
fn excerpt(text: &str, key: &str) -> (String, (usize, usize)) {
    // (position in the normalised text, position in `text`) for each character kept.
    let mut marks: Vec<(usize, usize)> = Vec::new();
    let folded = normalise_mapped(text, |to, from| marks.push((to, from)));
    let located = folded.find(key).and_then(|start| {
        let end = start + key.len();
        let first = marks.iter().position(|&(to, _)| to == start)?;
        let from = marks[first].1;
        // The match ends where the first character after it starts (or at the text's end).
        let to = marks
            .iter()
            .find(|&&(to, _)| to >= end)
            .map_or(text.len(), |&(_, from)| from);
        Some((from, to))
    });
    let (start, end) = located.unwrap_or((0, 0));
    let end = trim_end_space(text, start, end);
    if text.chars().count() <= EXCERPT_CHARS {
        return (text.to_string(), (start, end));
    }
    let begin = text[..start]
        .char_indices()
        .rev()
        .nth(EXCERPT_BEFORE - 1)
        .map_or(0, |(at, _)| at);
    let stop = text[begin..]
        .char_indices()
        .nth(EXCERPT_CHARS)
        .map_or(text.len(), |(at, _)| begin + at)
        .max(end);
    let mut cut = String::new();
    if begin > 0 {
        cut.push('…');
    }
    let offset = cut.len();
    cut.push_str(&text[begin..stop]);
    if stop < text.len() {
        cut.push('…');
    }
    (cut, (start - begin + offset, end - begin + offset))
}

/// White space between the match and the next character is not part of the match.
fn trim_end_space(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}
