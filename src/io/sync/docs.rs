//! The document mapping: a workspace as CouchDB documents and back.
//!
//! The workspace's JSON, exactly as the file format writes it, is cut into documents so that
//! people editing different records never touch the same document:
//!
//! | document id | holds |
//! | --- | --- |
//! | `workspace` | the workspace without its lists (organisation, document control, settings) |
//! | `policy:<id>` | one policy statement |
//! | `requirement:<id>` | one requirement |
//! | `objective:<id>` | one objective with its KPIs, plan and revision log, without the KPIs' measurements and without its reviews |
//! | `measurement:<id>` | one measurement, naming its `objective` and `kpi` |
//! | `review:<id>` | one review, naming its `objective` |
//! | `communication:<id>` | one communication record |
//!
//! Every body is `{"type", "schemaVersion", "rank", "objective"?, "kpi"?, "record"}`: `record`
//! is the record's JSON as the file format writes it, so fields added to the model travel
//! without any change here. `rank` orders a record among its siblings; ranks are kept when
//! the list changes elsewhere, so adding, removing or moving one record rewrites only that
//! record's document, and every browser sorts the same documents into the same order.

use super::ranks::assign_ranks;
use crate::domain::Workspace;
use crate::io::envelope::SCHEMA_VERSION;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The kinds of documents a workspace is cut into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    Workspace,
    Policy,
    Requirement,
    Objective,
    Measurement,
    Review,
    Communication,
}

impl DocKind {
    pub const ALL: [DocKind; 7] = [
        DocKind::Workspace,
        DocKind::Policy,
        DocKind::Requirement,
        DocKind::Objective,
        DocKind::Measurement,
        DocKind::Review,
        DocKind::Communication,
    ];

    /// The name used in document ids and in the `type` field.
    pub fn name(self) -> &'static str {
        match self {
            DocKind::Workspace => "workspace",
            DocKind::Policy => "policy",
            DocKind::Requirement => "requirement",
            DocKind::Objective => "objective",
            DocKind::Measurement => "measurement",
            DocKind::Review => "review",
            DocKind::Communication => "communication",
        }
    }

    pub fn from_name(name: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The key of the workspace's list that holds records of this kind.
    fn list_key(self) -> Option<&'static str> {
        match self {
            DocKind::Policy => Some("policy"),
            DocKind::Requirement => Some("requirements"),
            DocKind::Objective => Some("objectives"),
            DocKind::Communication => Some("communications"),
            DocKind::Workspace | DocKind::Measurement | DocKind::Review => None,
        }
    }
}

/// The id of the one document that holds the workspace without its lists.
pub const WORKSPACE_DOC_ID: &str = "workspace";

/// The document id of the record `id` of `kind`.
pub fn doc_id(kind: DocKind, id: &str) -> String {
    match kind {
        DocKind::Workspace => WORKSPACE_DOC_ID.to_string(),
        _ => format!("{}:{id}", kind.name()),
    }
}

/// The kind and record id of a document id SixTwo writes; `None` for any other document
/// (design documents, documents of other programs), which sync leaves alone.
pub fn parse_doc_id(id: &str) -> Option<(DocKind, &str)> {
    if id == WORKSPACE_DOC_ID {
        return Some((DocKind::Workspace, ""));
    }
    let (name, record) = id.split_once(':')?;
    let kind = DocKind::from_name(name).filter(|kind| *kind != DocKind::Workspace)?;
    (!record.is_empty()).then_some((kind, record))
}

/// Documents by id: the body of each, without `_id` and `_rev`.
pub type Docs = BTreeMap<String, Value>;

/// The lists the workspace's record leaves to documents of their own.
const SPLIT_LISTS: [DocKind; 4] = [
    DocKind::Policy,
    DocKind::Requirement,
    DocKind::Objective,
    DocKind::Communication,
];

/// A document body.
fn body(kind: DocKind, rank: Option<f64>, parents: &[(&str, &str)], record: Value) -> Value {
    let mut map = Map::new();
    map.insert("type".into(), Value::from(kind.name()));
    map.insert("schemaVersion".into(), Value::from(SCHEMA_VERSION));
    if let Some(rank) = rank {
        map.insert("rank".into(), Value::from(rank));
    }
    for (key, value) in parents {
        map.insert((*key).into(), Value::from(*value));
    }
    map.insert("record".into(), record);
    Value::Object(map)
}

/// The `id` of a record's JSON.
fn record_id(record: &Value) -> Option<&str> {
    record.get("id").and_then(Value::as_str)
}

/// Takes the list under `key` out of `object` (empty when there is none).
fn take_list(object: &mut Map<String, Value>, key: &str) -> Vec<Value> {
    match object.remove(key) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    }
}

/// Cuts `workspace` into documents. `known_rank` gives the rank a document had when it was
/// last synced; records keep it wherever the list still agrees with it.
pub fn split(
    workspace: &Workspace,
    known_rank: &dyn Fn(&str) -> Option<f64>,
) -> Result<Docs, String> {
    let mut value = serde_json::to_value(workspace).map_err(|e| e.to_string())?;
    let Some(object) = value.as_object_mut() else {
        return Err("the workspace is not a JSON object".into());
    };
    let mut docs = Docs::new();
    let lists: Vec<(DocKind, Vec<Value>)> = SPLIT_LISTS
        .iter()
        .map(|&kind| (kind, take_list(object, kind.list_key().unwrap_or_default())))
        .collect();
    if !object.is_empty() {
        docs.insert(
            WORKSPACE_DOC_ID.into(),
            body(DocKind::Workspace, None, &[], Value::Object(object.clone())),
        );
    }
    for (kind, records) in lists {
        let ranked = ranked_ids(kind, &records, known_rank)?;
        for ((id, rank), record) in ranked.into_iter().zip(records) {
            if kind == DocKind::Objective {
                split_objective(&mut docs, id, rank, record, known_rank)?;
            } else {
                docs.insert(id, body(kind, Some(rank), &[], record));
            }
        }
    }
    Ok(docs)
}

/// The document ids of `records` with their ranks.
fn ranked_ids(
    kind: DocKind,
    records: &[Value],
    known_rank: &dyn Fn(&str) -> Option<f64>,
) -> Result<Vec<(String, f64)>, String> {
    let ids = records
        .iter()
        .map(|record| {
            record_id(record)
                .map(|id| doc_id(kind, id))
                .ok_or_else(|| format!("a {} without an id", kind.name()))
        })
        .collect::<Result<Vec<String>, String>>()?;
    let known: Vec<Option<f64>> = ids.iter().map(|id| known_rank(id)).collect();
    Ok(ids.into_iter().zip(assign_ranks(&known)).collect())
}

/// An objective's document, and one per review and per measurement of its KPIs.
fn split_objective(
    docs: &mut Docs,
    id: String,
    rank: f64,
    mut record: Value,
    known_rank: &dyn Fn(&str) -> Option<f64>,
) -> Result<(), String> {
    let Some(object) = record.as_object_mut() else {
        return Err("an objective is not a JSON object".into());
    };
    let objective = object
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let reviews = take_list(object, "reviews");
    for ((review_id, review_rank), review) in ranked_ids(DocKind::Review, &reviews, known_rank)?
        .into_iter()
        .zip(reviews)
    {
        let parents = [("objective", objective.as_str())];
        docs.insert(
            review_id,
            body(DocKind::Review, Some(review_rank), &parents, review),
        );
    }
    if let Some(Value::Array(kpis)) = object.get_mut("kpis") {
        for kpi in kpis.iter_mut() {
            let Some(kpi) = kpi.as_object_mut() else {
                continue;
            };
            let kpi_id = kpi
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let measurements = take_list(kpi, "measurements");
            let ranked = ranked_ids(DocKind::Measurement, &measurements, known_rank)?;
            for ((measurement_id, measurement_rank), measurement) in
                ranked.into_iter().zip(measurements)
            {
                let parents = [("objective", objective.as_str()), ("kpi", kpi_id.as_str())];
                docs.insert(
                    measurement_id,
                    body(
                        DocKind::Measurement,
                        Some(measurement_rank),
                        &parents,
                        measurement,
                    ),
                );
            }
        }
    }
    docs.insert(id, body(DocKind::Objective, Some(rank), &[], record));
    Ok(())
}

/// What a document body says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyInfo<'a> {
    pub kind: DocKind,
    pub schema_version: u64,
    pub rank: f64,
    pub objective: Option<&'a str>,
    pub kpi: Option<&'a str>,
    pub record: &'a Value,
}

/// Why a document body cannot be read as a SixTwo document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyProblem {
    /// No `type`, or one SixTwo does not write.
    UnknownType,
    /// No whole `schemaVersion` of 1 or more.
    NoSchemaVersion,
    /// The `record` is missing or is not a JSON object.
    NoRecord,
    /// A measurement or review that does not name its objective (and KPI).
    NoParent,
    /// The record's `id` does not match the document's id.
    WrongId,
}

/// Reads `body`, stored under the document id `id`.
pub fn read_body<'a>(id: &str, body: &'a Value) -> Result<BodyInfo<'a>, BodyProblem> {
    let kind = body
        .get("type")
        .and_then(Value::as_str)
        .and_then(DocKind::from_name)
        .ok_or(BodyProblem::UnknownType)?;
    let schema_version = body
        .get("schemaVersion")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(BodyProblem::NoSchemaVersion)?;
    let record = body
        .get("record")
        .filter(|r| r.is_object())
        .ok_or(BodyProblem::NoRecord)?;
    let text = |key: &str| body.get(key).and_then(Value::as_str);
    let (objective, kpi) = (text("objective"), text("kpi"));
    match kind {
        DocKind::Measurement if objective.is_none() || kpi.is_none() => {
            return Err(BodyProblem::NoParent)
        }
        DocKind::Review if objective.is_none() => return Err(BodyProblem::NoParent),
        _ => {}
    }
    let expected = match kind {
        DocKind::Workspace => WORKSPACE_DOC_ID.to_string(),
        _ => doc_id(kind, record_id(record).unwrap_or_default()),
    };
    if expected != id {
        return Err(BodyProblem::WrongId);
    }
    Ok(BodyInfo {
        kind,
        schema_version,
        rank: body.get("rank").and_then(Value::as_f64).unwrap_or(0.0),
        objective,
        kpi,
        record,
    })
}

/// A workspace's JSON put together from documents, and where each document went.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assembled {
    /// The workspace as the file format writes it.
    pub workspace: Value,
    /// Measurements and reviews whose objective or KPI is not among the documents.
    pub orphans: BTreeSet<String>,
    /// Documents that cannot be read as SixTwo documents.
    pub unreadable: BTreeSet<String>,
    placement: Placement,
}

/// Which document each record of the assembled workspace came from, by list position.
#[derive(Clone, Debug, Default, PartialEq)]
struct Placement {
    lists: HashMap<&'static str, Vec<String>>,
    reviews: Vec<Vec<String>>,
    measurements: HashMap<(usize, usize), Vec<String>>,
}

impl Assembled {
    /// The document a JSON path of the assembled workspace (such as
    /// `objectives[3].kpis[0].measurements[2].value`) lies in, and the path within that
    /// document's record (`value`).
    pub fn doc_at(&self, path: &str) -> Option<(&str, String)> {
        let (head, rest) = next_segment(path)?;
        let (list, index) = indexed(head)?;
        if list == "organisation" || list == "settings" {
            return Some((WORKSPACE_DOC_ID, path.to_string()));
        }
        let index = index?;
        let ids = self.placement.lists.get(list)?;
        let own = ids.get(index)?;
        if list != "objectives" {
            return Some((own.as_str(), rest.to_string()));
        }
        if let Some((segment, inner)) = next_segment(rest) {
            match indexed(segment) {
                Some(("reviews", Some(r))) => {
                    let id = self.placement.reviews.get(index)?.get(r)?;
                    return Some((id.as_str(), inner.to_string()));
                }
                Some(("kpis", Some(k))) => {
                    if let Some((segment, innermost)) = next_segment(inner) {
                        if let Some(("measurements", Some(m))) = indexed(segment) {
                            let id = self.placement.measurements.get(&(index, k))?.get(m)?;
                            return Some((id.as_str(), innermost.to_string()));
                        }
                    }
                }
                _ => {}
            }
        }
        Some((own.as_str(), rest.to_string()))
    }
}

/// The first segment of a dotted path and the rest (`a[1].b` → `a[1]`, `b`).
fn next_segment(path: &str) -> Option<(&str, &str)> {
    if path.is_empty() {
        return None;
    }
    Some(path.split_once('.').unwrap_or((path, "")))
}

/// `name[3]` → (`name`, Some(3)); `name` → (`name`, None).
fn indexed(segment: &str) -> Option<(&str, Option<usize>)> {
    match segment.split_once('[') {
        Some((name, rest)) => {
            let index = rest.strip_suffix(']')?.parse().ok()?;
            Some((name, Some(index)))
        }
        None => Some((segment, None)),
    }
}

/// A record with where it sorts among its siblings.
struct Ranked<'a> {
    rank: f64,
    id: &'a str,
    info: BodyInfo<'a>,
}

fn sorted(mut items: Vec<Ranked<'_>>) -> Vec<Ranked<'_>> {
    crate::domain::sorting::sort_by(&mut items, |a, b| {
        a.rank.total_cmp(&b.rank).then_with(|| a.id.cmp(b.id))
    });
    items
}

/// Puts documents together into the workspace's JSON: lists sorted by rank (then id), reviews
/// and measurements under their objectives and KPIs. Measurements and reviews whose objective
/// or KPI is missing are left out and named in [`Assembled::orphans`].
pub fn assemble(docs: &Docs) -> Assembled {
    let mut assembled = Assembled::default();
    let mut by_kind: HashMap<DocKind, Vec<Ranked<'_>>> = HashMap::new();
    let mut workspace = Map::new();
    for (id, body) in docs {
        match read_body(id, body) {
            Ok(info) if info.kind == DocKind::Workspace => {
                if let Some(record) = info.record.as_object() {
                    workspace = record.clone();
                }
            }
            Ok(info) => by_kind.entry(info.kind).or_default().push(Ranked {
                rank: info.rank,
                id,
                info,
            }),
            Err(_) => {
                assembled.unreadable.insert(id.clone());
            }
        }
    }
    let mut take = |kind: DocKind| sorted(by_kind.remove(&kind).unwrap_or_default());
    let objectives = take(DocKind::Objective);
    let reviews = take(DocKind::Review);
    let measurements = take(DocKind::Measurement);
    let mut reviews_of: HashMap<&str, Vec<&Ranked<'_>>> = HashMap::new();
    for review in &reviews {
        if let Some(objective) = review.info.objective {
            reviews_of.entry(objective).or_default().push(review);
        }
    }
    let mut measurements_of: HashMap<(&str, &str), Vec<&Ranked<'_>>> = HashMap::new();
    for measurement in &measurements {
        if let (Some(objective), Some(kpi)) = (measurement.info.objective, measurement.info.kpi) {
            measurements_of
                .entry((objective, kpi))
                .or_default()
                .push(measurement);
        }
    }
    let mut placed: BTreeSet<&str> = BTreeSet::new();
    let mut objective_values = Vec::with_capacity(objectives.len());
    let mut objective_ids = Vec::with_capacity(objectives.len());
    for (index, objective) in objectives.iter().enumerate() {
        let mut record = objective.info.record.clone();
        let own_id = record_id(&record).unwrap_or_default().to_string();
        let mut review_ids = Vec::new();
        if let Some(object) = record.as_object_mut() {
            if let Some(found) = reviews_of.get(own_id.as_str()) {
                let list: Vec<Value> = found.iter().map(|r| r.info.record.clone()).collect();
                review_ids = found.iter().map(|r| r.id.to_string()).collect();
                placed.extend(found.iter().map(|r| r.id));
                object.insert("reviews".into(), Value::Array(list));
            }
            if let Some(Value::Array(kpis)) = object.get_mut("kpis") {
                for (k, kpi) in kpis.iter_mut().enumerate() {
                    let kpi_id = kpi
                        .get("id")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string();
                    let Some(kpi) = kpi.as_object_mut() else {
                        continue;
                    };
                    if let Some(found) = measurements_of.get(&(own_id.as_str(), kpi_id.as_str())) {
                        let list: Vec<Value> =
                            found.iter().map(|m| m.info.record.clone()).collect();
                        kpi.insert("measurements".into(), Value::Array(list));
                        placed.extend(found.iter().map(|m| m.id));
                        assembled
                            .placement
                            .measurements
                            .insert((index, k), found.iter().map(|m| m.id.to_string()).collect());
                    }
                }
            }
        }
        assembled.placement.reviews.push(review_ids);
        objective_ids.push(objective.id.to_string());
        objective_values.push(record);
    }
    for orphan in reviews.iter().chain(&measurements) {
        if !placed.contains(orphan.id) {
            assembled.orphans.insert(orphan.id.to_string());
        }
    }
    let mut put = |key: &'static str, ids: Vec<String>, values: Vec<Value>| {
        if !values.is_empty() {
            workspace.insert(key.into(), Value::Array(values));
        }
        assembled.placement.lists.insert(key, ids);
    };
    for kind in [DocKind::Policy, DocKind::Requirement] {
        let records = take(kind);
        let key = kind.list_key().unwrap_or_default();
        put(
            key,
            records.iter().map(|r| r.id.to_string()).collect(),
            records.iter().map(|r| r.info.record.clone()).collect(),
        );
    }
    put("objectives", objective_ids, objective_values);
    let communications = take(DocKind::Communication);
    put(
        "communications",
        communications.iter().map(|r| r.id.to_string()).collect(),
        communications
            .iter()
            .map(|r| r.info.record.clone())
            .collect(),
    );
    assembled.workspace = Value::Object(workspace);
    assembled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<f64> {
        None
    }

    #[test]
    fn document_ids_name_their_kind() {
        assert_eq!(doc_id(DocKind::Objective, "abc"), "objective:abc");
        assert_eq!(
            parse_doc_id("measurement:abc"),
            Some((DocKind::Measurement, "abc"))
        );
        assert_eq!(parse_doc_id("workspace"), Some((DocKind::Workspace, "")));
        assert_eq!(parse_doc_id("_design/x"), None);
        assert_eq!(parse_doc_id("workspace:x"), None);
        assert_eq!(parse_doc_id("objective:"), None);
    }

    #[test]
    fn an_empty_workspace_has_no_documents() {
        let docs = split(&Workspace::default(), &none).unwrap();
        assert!(docs.is_empty());
        let assembled = assemble(&docs);
        assert_eq!(assembled.workspace, serde_json::json!({}));
    }

    #[test]
    fn paths_of_the_assembled_workspace_lead_to_their_documents() {
        let mut docs = Docs::new();
        let objective = serde_json::json!({"id": "o1", "code": "S1", "level": "strategic",
            "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z",
            "kpis": [{"id": "k1", "name": "MTTR"}]});
        docs.insert(
            "objective:o1".into(),
            body(DocKind::Objective, Some(1.0), &[], objective),
        );
        let measurement = serde_json::json!({"id": "m1", "date": "2026-01-02", "value": 3.0});
        docs.insert(
            "measurement:m1".into(),
            body(
                DocKind::Measurement,
                Some(1.0),
                &[("objective", "o1"), ("kpi", "k1")],
                measurement,
            ),
        );
        let stray = serde_json::json!({"id": "m2", "date": "2026-01-02", "value": 3.0});
        docs.insert(
            "measurement:m2".into(),
            body(
                DocKind::Measurement,
                Some(1.0),
                &[("objective", "o1"), ("kpi", "gone")],
                stray,
            ),
        );
        let assembled = assemble(&docs);
        assert_eq!(
            assembled.doc_at("objectives[0].kpis[0].measurements[0].value"),
            Some(("measurement:m1", "value".to_string()))
        );
        assert_eq!(
            assembled.doc_at("objectives[0].code"),
            Some(("objective:o1", "code".to_string()))
        );
        assert_eq!(
            assembled.doc_at("organisation.name"),
            Some(("workspace", "organisation.name".to_string()))
        );
        assert!(assembled.orphans.contains("measurement:m2"));
        assert_eq!(
            assembled.workspace["objectives"][0]["kpis"][0]["measurements"][0]["id"],
            "m1"
        );
    }
}
