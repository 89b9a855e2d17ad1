//! The revision log in words: a readable label for each changed field ("KPI 'MTTR': Target")
//! and its old and new values as people read them (levels and statuses by their labels,
//! linked objectives by code, policy statements by reference), in the user's language.
//!
//! Field paths come from [`crate::domain::revision`]: `title`, `kpis[<id>].target`,
//! `plan.actions[<id>].due`. A path this version does not know is shown as it is, and a value
//! it cannot read as compact JSON, so nothing in the log is ever hidden.

use super::report::{resource_line, trigger_label};
use super::{
    action_status_label, direction_label, format, frequency_label, level_label, status_label, Lang,
    Msg,
};
use crate::domain::hashing::HashMap;
use crate::domain::model::{
    Action, ActionStatus, Direction, Frequency, Kpi, Level, Objective, Plan, Resource, Status,
    UpdateTrigger, Workspace,
};
use crate::domain::summary::{kpi_summary, number};
use crate::domain::{ObjectiveId, PolicyId, RequirementId};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What the labels and values of one objective's changes refer to: the workspace (for linked
/// objectives, policy statements and requirements) and the names of the objective's KPIs and
/// actions, including those removed since (found in its log).
pub struct Names<'a> {
    workspace: &'a Workspace,
    records: HashMap<String, String>,
}

impl<'a> Names<'a> {
    pub fn new(workspace: &'a Workspace, objective: &Objective) -> Self {
        let mut records = HashMap::default();
        for kpi in &objective.kpis {
            records.insert(kpi.id.to_string(), kpi.name.clone());
        }
        for action in objective.plan.iter().flat_map(|p| &p.actions) {
            records.insert(action.id.to_string(), action.what.clone());
        }
        // Records removed since keep the name they last had in the log.
        for revision in objective.revisions.iter().rev() {
            for change in &revision.changes {
                for text in [&change.new, &change.old] {
                    remember_names(&mut records, &change.field, text);
                }
            }
        }
        Names { workspace, records }
    }

    fn record(&self, id: &str) -> String {
        self.records
            .get(id)
            .filter(|name| !name.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| id.chars().take(8).collect())
    }
}

/// Adds the names a logged value holds (a whole KPI, action or plan, or a new name) for
/// records not named yet.
fn remember_names(records: &mut HashMap<String, String>, field: &str, text: &str) {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return;
    };
    let mut add = |record: &Value, key: &str| {
        if let (Some(id), Some(name)) = (
            record.get("id").and_then(Value::as_str),
            record.get(key).and_then(Value::as_str),
        ) {
            records
                .entry(id.to_string())
                .or_insert_with(|| name.to_string());
        }
    };
    let path = parse(field);
    match path.shape.as_str() {
        "kpis" => add(&value, "name"),
        "plan.actions" => add(&value, "what"),
        "plan" => {
            for action in value
                .get("actions")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                add(action, "what");
            }
        }
        "kpis.name" | "plan.actions.what" => {
            if let (Some(id), Some(name)) = (path.ids.first(), value.as_str()) {
                records
                    .entry(id.clone())
                    .or_insert_with(|| name.to_string());
            }
        }
        _ => {}
    }
}

/// A field path split into its shape (`kpis.target`) and the record ids along it.
struct Path {
    shape: String,
    ids: Vec<String>,
}

fn parse(field: &str) -> Path {
    let mut shape = String::new();
    let mut ids = Vec::new();
    for part in field.split('.') {
        if !shape.is_empty() {
            shape.push('.');
        }
        match part.split_once('[') {
            Some((key, rest)) => {
                shape.push_str(key);
                ids.push(rest.trim_end_matches(']').to_string());
            }
            None => shape.push_str(part),
        }
    }
    Path { shape, ids }
}

fn objective_field(key: &str) -> Option<Msg> {
    Some(match key {
        "code" => Msg::FieldCode,
        "title" => Msg::FieldTitle,
        "description" => Msg::FieldDescription,
        "level" => Msg::FieldLevel,
        "parent" => Msg::FieldParent,
        "parentLink" => Msg::FieldParentLink,
        "function" => Msg::FieldFunction,
        "owner" => Msg::FieldOwner,
        "status" => Msg::FieldStatus,
        "policyLinks" => Msg::RevFieldPolicyLinks,
        "requirementLinks" => Msg::RevFieldRequirementLinks,
        "noRequirementsReason" => Msg::NoneApplyReason,
        "weight" => Msg::RevFieldWeight,
        "plan" => Msg::RevFieldPlan,
        _ => return None,
    })
}

fn kpi_field(key: &str) -> Option<Msg> {
    Some(match key {
        "name" => Msg::KpiName,
        "unit" => Msg::KpiUnit,
        "baseline" => Msg::KpiBaseline,
        "target" => Msg::KpiTarget,
        "targetUpper" => Msg::KpiTargetHigh,
        "direction" => Msg::KpiDirection,
        "dataSource" => Msg::KpiSource,
        "method" => Msg::KpiMethod,
        "frequency" => Msg::KpiFrequency,
        "targetDate" => Msg::KpiTargetDate,
        "weight" => Msg::RevFieldWeight,
        _ => return None,
    })
}

fn action_field(key: &str) -> Option<Msg> {
    Some(match key {
        "what" => Msg::ActionWhat,
        "responsible" => Msg::ActionResponsible,
        "start" => Msg::ActionStart,
        "due" => Msg::ActionDue,
        "resources" => Msg::RevFieldResources,
        "status" => Msg::ActionStatusLabel,
        _ => return None,
    })
}

/// The group and field of a field inside one of the objective's parts.
fn part_field(shape: &str) -> Option<(Msg, Msg)> {
    Some(match shape {
        "monitoring.frequency" => (Msg::RevGroupMonitoring, Msg::MonitoringFrequency),
        "monitoring.method" => (Msg::RevGroupMonitoring, Msg::MonitoringMethod),
        "monitoring.responsible" => (Msg::RevGroupMonitoring, Msg::MonitoringResponsible),
        "communication.audiences" => (Msg::RevGroupCommunication, Msg::ReportAudiences),
        "communication.channels" => (Msg::RevGroupCommunication, Msg::ReportChannels),
        "communication.when" => (Msg::RevGroupCommunication, Msg::CommWhen),
        "communication.byWhom" => (Msg::RevGroupCommunication, Msg::CommByWhom),
        "updating.reviewCadence" => (Msg::RevGroupUpdating, Msg::UpdateCadence),
        "updating.triggers" => (Msg::RevGroupUpdating, Msg::UpdateTriggers),
        "plan.evaluation.method" => (Msg::RevGroupEvaluation, Msg::EvalMethod),
        "plan.evaluation.successCriteria" => (Msg::RevGroupEvaluation, Msg::EvalCriteria),
        "plan.evaluation.evaluator" => (Msg::RevGroupEvaluation, Msg::EvalEvaluator),
        "plan.evaluation.date" => (Msg::RevGroupEvaluation, Msg::EvalDate),
        _ => return None,
    })
}

/// The changed field in words: "Title", "KPI 'MTTR': Target", "Action 'Runbook': Due",
/// "Monitoring: Who monitors it". Unknown fields keep their path.
pub fn field_label(lang: Lang, names: &Names<'_>, field: &str) -> String {
    let path = parse(field);
    let record = || {
        path.ids
            .first()
            .map(|id| names.record(id))
            .unwrap_or_default()
    };
    let part = |template: Msg, name: String, field: Msg| {
        format(
            lang,
            template,
            &[("name", &name), ("field", field.text(lang))],
        )
    };
    let shape = path.shape.as_str();
    if let Some(msg) = objective_field(shape) {
        return msg.text(lang).to_string();
    }
    if shape == "kpis" {
        return format(lang, Msg::RevFieldKpi, &[("name", &record())]);
    }
    if shape == "plan.actions" {
        return format(lang, Msg::RevFieldAction, &[("name", &record())]);
    }
    if let Some(msg) = shape.strip_prefix("kpis.").and_then(kpi_field) {
        return part(Msg::RevFieldKpiPart, record(), msg);
    }
    if let Some(msg) = shape.strip_prefix("plan.actions.").and_then(action_field) {
        return part(Msg::RevFieldActionPart, record(), msg);
    }
    if let Some((group, msg)) = part_field(shape) {
        return format(
            lang,
            Msg::RevFieldGroupPart,
            &[("group", group.text(lang)), ("field", msg.text(lang))],
        );
    }
    field.to_string()
}

/// The field's value as `T`, read from its JSON text: the model's `Deserialize` code for text
/// is in the build anyway (the stored workspace), one for `Value` would be a second copy.
fn read<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

fn list_text(lang: Lang, items: Vec<String>) -> String {
    if items.is_empty() {
        Msg::RevValueNone.text(lang).to_string()
    } else {
        items.join(Msg::ListSeparator.text(lang))
    }
}

/// A value of the field, as people read it. An absent value is "(not set)".
pub fn value_text(lang: Lang, names: &Names<'_>, field: &str, text: &str) -> String {
    let path = parse(field);
    if text.is_empty() {
        // The stored form leaves out values at their default: absent means that default.
        let default = match path.shape.as_str() {
            "status" => Some(status_label(Status::default())),
            "kpis.direction" => Some(direction_label(Direction::default())),
            "plan.actions.status" => Some(action_status_label(ActionStatus::default())),
            "policyLinks" | "requirementLinks" | "updating.triggers" => Some(Msg::RevValueNone),
            "communication.audiences" | "communication.channels" => Some(Msg::RevValueNone),
            "plan.actions.resources" => Some(Msg::RevValueNone),
            _ => None,
        };
        return default.unwrap_or(Msg::NotSet).text(lang).to_string();
    }
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return text.to_string();
    };
    let known = match path.shape.as_str() {
        "level" => read::<Level>(text).map(|v| level_label(v).text(lang).to_string()),
        "status" => read::<Status>(text).map(|v| status_label(v).text(lang).to_string()),
        "kpis.direction" => {
            read::<Direction>(text).map(|v| direction_label(v).text(lang).to_string())
        }
        "kpis.frequency" | "monitoring.frequency" | "updating.reviewCadence" => {
            read::<Frequency>(text).map(|v| frequency_label(v).text(lang).to_string())
        }
        "plan.actions.status" => {
            read::<ActionStatus>(text).map(|v| action_status_label(v).text(lang).to_string())
        }
        "updating.triggers" => read::<Vec<UpdateTrigger>>(text).map(|triggers| {
            let words = triggers.into_iter().map(|t| trigger_label(t).text(lang));
            list_text(lang, words.map(str::to_string).collect())
        }),
        "parent" => read::<ObjectiveId>(text).map(|id| objective_text(lang, names, id)),
        "policyLinks" => read::<Vec<PolicyId>>(text).map(|ids| {
            let refs = ids.into_iter().map(|id| {
                names
                    .workspace
                    .policy_statement(id)
                    .map(|p| p.reference.clone())
                    .unwrap_or_else(|| Msg::RevValueRemovedRecord.text(lang).to_string())
            });
            list_text(lang, refs.collect())
        }),
        "requirementLinks" => read::<Vec<RequirementId>>(text).map(|ids| {
            let refs = ids.into_iter().map(|id| {
                names
                    .workspace
                    .requirement(id)
                    .map(|r| r.reference.clone())
                    .unwrap_or_else(|| Msg::RevValueRemovedRecord.text(lang).to_string())
            });
            list_text(lang, refs.collect())
        }),
        "kpis" => read::<Kpi>(text).map(|kpi| kpi_summary(&kpi)),
        "plan.actions" => read::<Action>(text).map(|action| action.what),
        "plan" => read::<Plan>(text)
            .map(|plan| super::format_count(lang, Msg::RevValuePlan, plan.actions.len(), &[])),
        "plan.actions.resources" => read::<Vec<Resource>>(text).map(|resources| {
            let lines = resources.iter().map(|r| resource_line(lang, r));
            list_text(lang, lines.collect())
        }),
        _ => None,
    };
    known.unwrap_or_else(|| plain(lang, &value))
}

fn objective_text(lang: Lang, names: &Names<'_>, id: ObjectiveId) -> String {
    names
        .workspace
        .objective(id)
        .map(|o| format!("{} {}", o.code, o.title))
        .unwrap_or_else(|| Msg::RevValueRemovedRecord.text(lang).to_string())
}

/// Text, numbers and lists of text as they are; anything else as compact JSON.
fn plain(lang: Lang, value: &Value) -> String {
    match value {
        Value::String(text) if text.is_empty() => Msg::RevValueEmpty.text(lang).to_string(),
        Value::String(text) => text.clone(),
        Value::Number(n) => n.as_f64().map(number).unwrap_or_else(|| n.to_string()),
        Value::Bool(true) => Msg::RevValueYes.text(lang).to_string(),
        Value::Bool(false) => Msg::RevValueNo.text(lang).to_string(),
        Value::Null => Msg::NotSet.text(lang).to_string(),
        Value::Array(items) if items.iter().all(Value::is_string) => list_text(
            lang,
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::model::{FieldChange, Revision, RevisionReason, Timestamp};
    use crate::domain::revision::changes;
    use crate::domain::KpiId;

    fn workspace() -> (Workspace, Objective) {
        let mut ids = SequentialIds::default();
        let mut o = Objective::new(
            ObjectiveId::new(&mut ids),
            "O1",
            "Cut MTTR",
            Level::Operational,
            Timestamp::from_unix_seconds(1_700_000_000),
        );
        let mut kpi = Kpi::named(KpiId::new(&mut ids), "MTTR");
        kpi.target = Some(15.0);
        kpi.unit = "min".into();
        kpi.direction = Direction::LowerIsBetter;
        o.kpis.push(kpi);
        let workspace = Workspace {
            objectives: vec![o.clone()],
            ..Workspace::default()
        };
        (workspace, o)
    }

    #[test]
    fn kpi_fields_are_named_by_the_kpi_in_both_languages() {
        let (workspace, old) = workspace();
        let mut new = old.clone();
        new.kpis[0].target = Some(12.0);
        new.status = Status::Active;
        let found = changes(&old, &new);
        let names = Names::new(&workspace, &new);
        let labels: Vec<String> = found
            .iter()
            .map(|c| field_label(Lang::En, &names, &c.field))
            .collect();
        assert_eq!(labels, vec!["KPI 'MTTR': Target", "Status"]);
        assert_eq!(
            field_label(Lang::ZhHans, &names, &found[0].field),
            "KPI“MTTR”：目标值"
        );
        let target = &found[0];
        assert_eq!(
            value_text(Lang::En, &names, &target.field, &target.old),
            "15"
        );
        assert_eq!(
            value_text(Lang::En, &names, &target.field, &target.new),
            "12"
        );
        let status = &found[1];
        assert_eq!(
            value_text(Lang::En, &names, &status.field, &status.old),
            "Draft"
        );
        assert_eq!(
            value_text(Lang::ZhHans, &names, &status.field, &status.new),
            status_label(Status::Active).text(Lang::ZhHans)
        );
    }

    #[test]
    fn a_removed_kpi_keeps_its_name_from_the_log() {
        let (workspace, old) = workspace();
        let mut new = old.clone();
        new.kpis.clear();
        let mut logged = new.clone();
        logged.revisions.push(Revision {
            number: 2,
            at: Timestamp::default(),
            reason: RevisionReason::Correction,
            note: String::new(),
            approved_by: String::new(),
            changes: changes(&old, &new),
        });
        let names = Names::new(&workspace, &logged);
        let change = &logged.revisions[0].changes[0];
        assert_eq!(field_label(Lang::En, &names, &change.field), "KPI 'MTTR'");
        assert_eq!(
            value_text(Lang::En, &names, &change.field, &change.old),
            "MTTR ≤ 15 min"
        );
        assert_eq!(
            value_text(Lang::En, &names, &change.field, &change.new),
            "(not set)"
        );
    }

    #[test]
    fn unknown_fields_and_values_are_shown_as_they_are() {
        let (workspace, o) = workspace();
        let names = Names::new(&workspace, &o);
        let change = FieldChange {
            field: "futureField".into(),
            old: "{\"a\":1}".into(),
            new: "not json".into(),
        };
        assert_eq!(field_label(Lang::En, &names, &change.field), "futureField");
        assert_eq!(
            value_text(Lang::En, &names, &change.field, &change.old),
            "{\"a\":1}"
        );
        assert_eq!(
            value_text(Lang::En, &names, &change.field, &change.new),
            "not json"
        );
    }

    #[test]
    fn every_field_the_detail_view_edits_has_a_label() {
        let (workspace, o) = workspace();
        let names = Names::new(&workspace, &o);
        let kpi = o.kpis[0].id;
        let fields = [
            "code",
            "title",
            "description",
            "level",
            "parent",
            "parentLink",
            "function",
            "owner",
            "status",
            "policyLinks",
            "requirementLinks",
            "noRequirementsReason",
            "monitoring.frequency",
            "monitoring.method",
            "monitoring.responsible",
            "communication.audiences",
            "communication.channels",
            "communication.when",
            "communication.byWhom",
            "updating.reviewCadence",
            "updating.triggers",
            "plan",
            "plan.evaluation.method",
            "plan.evaluation.successCriteria",
            "plan.evaluation.evaluator",
            "plan.evaluation.date",
        ];
        for &lang in Lang::ALL {
            for field in fields {
                assert_ne!(field_label(lang, &names, field), field, "{field}");
            }
            for key in [
                "name",
                "unit",
                "baseline",
                "target",
                "targetUpper",
                "direction",
                "dataSource",
                "method",
                "frequency",
                "targetDate",
                "weight",
            ] {
                let field = format!("kpis[{kpi}].{key}");
                assert!(
                    field_label(lang, &names, &field).contains("MTTR"),
                    "{field}"
                );
            }
        }
    }
}
