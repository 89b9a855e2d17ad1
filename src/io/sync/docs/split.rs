//! Cutting a workspace into documents: the workspace's record without its lists, one
//! document per policy statement, requirement, objective and communication, and one per
//! review and measurement, each with its rank among its siblings.

use super::{body, doc_id, record_id, take_list, DocKind, Docs, SPLIT_LISTS, WORKSPACE_DOC_ID};
use crate::domain::Workspace;
use crate::io::sync::ranks::assign_ranks;
use serde_json::Value;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::sync::docs::assemble;

    fn none(_: &str) -> Option<f64> {
        None
    }

    #[test]
    fn an_empty_workspace_has_no_documents() {
        let docs = split(&Workspace::default(), &none).unwrap();
        assert!(docs.is_empty());
        let assembled = assemble(&docs);
        assert_eq!(assembled.workspace, serde_json::json!({}));
    }
}
