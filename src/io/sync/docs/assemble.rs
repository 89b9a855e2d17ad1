//! Putting documents together into the workspace's JSON, and finding the document a path of
//! the assembled workspace lies in (so that a broken rule is charged to its document).

use super::{read_body, record_id, BodyInfo, DocKind, Docs, WORKSPACE_DOC_ID};
use crate::domain::hashing::HashMap;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

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
    let mut by_kind: HashMap<DocKind, Vec<Ranked<'_>>> = HashMap::default();
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
    let mut reviews_of: HashMap<&str, Vec<&Ranked<'_>>> = HashMap::default();
    for review in &reviews {
        if let Some(objective) = review.info.objective {
            reviews_of.entry(objective).or_default().push(review);
        }
    }
    let mut measurements_of: HashMap<(&str, &str), Vec<&Ranked<'_>>> = HashMap::default();
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
    use crate::io::sync::docs::body;

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
