//! Objectives, their links, communications, settings and the workspace that holds them.

use super::assessment::*;
use super::choices::*;
use super::is_default;
use super::plan::*;
use super::records::*;
use super::time::*;
use crate::domain::hashing::{HashMap, HashSet};
use crate::domain::ids::{ObjectiveId, PolicyId, RecordId, RequirementId};
use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A service management objective.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Objective {
    pub id: ObjectiveId,
    /// Short code people cite, such as "S1" or "T1.2". Unique within the workspace.
    pub code: String,
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub level: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<ObjectiveId>,
    /// How this objective supports its parent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub parent_link: String,
    /// Other objectives it also contributes to, besides its parent: the same level rules as a
    /// parent, never itself or its parent, no cycles with the parents. Left out of the
    /// roll-up unless weighted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributes_to: Vec<Contribution>,
    /// The function or unit the objective is set for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub function: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub status: Status,
    /// Who approved the objective, and when.
    #[serde(default, skip_serializing_if = "is_default")]
    pub approval: Approval,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policy_links: Vec<PolicyId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirement_links: Vec<RequirementId>,
    /// Set when the owner states that no requirement applies, with the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_requirements_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    /// Its weight in the parent's progress roll-up: 1 when absent (children count equally),
    /// 0 to leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub monitoring: Monitoring,
    #[serde(default, skip_serializing_if = "is_default")]
    pub communication: CommunicationPlan,
    #[serde(default, skip_serializing_if = "is_default")]
    pub updating: UpdatePolicy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<Revision>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Objective {
    /// A draft objective with the given identity; everything else empty.
    pub fn new(
        id: ObjectiveId,
        code: impl Into<String>,
        title: impl Into<String>,
        level: Level,
        now: Timestamp,
    ) -> Self {
        Self {
            id,
            code: code.into(),
            title: title.into(),
            description: String::new(),
            level,
            parent: None,
            parent_link: String::new(),
            contributes_to: Vec::new(),
            function: String::new(),
            owner: String::new(),
            status: Status::Draft,
            approval: Approval::default(),
            policy_links: Vec::new(),
            requirement_links: Vec::new(),
            no_requirements_reason: None,
            kpis: Vec::new(),
            weight: None,
            monitoring: Monitoring::default(),
            communication: CommunicationPlan::default(),
            updating: UpdatePolicy::default(),
            plan: None,
            reviews: Vec::new(),
            revisions: Vec::new(),
            created: now,
            updated: now,
        }
    }
}

/// An "also contributes to" link from one objective to another that is not its parent.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Contribution {
    pub objective: ObjectiveId,
    /// Its weight in that objective's roll-up; absent, the link is shown but not counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
}

/// A record of something communicated about objectives (clause 6.2.1 e).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct Communication {
    pub id: RecordId,
    #[serde(deserialize_with = "super::time::read_date")]
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<ObjectiveId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub audience: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub channel: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by_whom: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::read_optional_date"
    )]
    pub acknowledged_on: Option<NaiveDate>,
}

/// Workspace-wide preferences that travel with the data.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// Progress (0–1) below which a KPI is "at risk"; the app's default when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_risk_below: Option<f64>,
    /// Progress (0–1) below which a KPI is "off track"; the app's default when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_track_below: Option<f64>,
}

/// Everything the organisation keeps about its clause 6.2 objectives.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(default, rename_all = "camelCase")]
pub struct Workspace {
    #[serde(skip_serializing_if = "is_default")]
    pub organisation: Organisation,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub policy: Vec<PolicyStatement>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<Requirement>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Objective>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub communications: Vec<Communication>,
    #[serde(skip_serializing_if = "is_default")]
    pub settings: Settings,
    /// Self-assessments against clause 6.2, oldest first (schema version 3).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assessments: Vec<Assessment>,
    /// The exercise the workspace was loaded from and the findings logged on it (schema
    /// version 3); absent outside exercises.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exercise: Option<crate::domain::exercise::ExerciseLog>,
}

impl Workspace {
    /// True when there is nothing worth keeping: no objectives, policy, requirements or
    /// organisation details.
    pub fn is_empty(&self) -> bool {
        self.objectives.is_empty()
            && self.policy.is_empty()
            && self.requirements.is_empty()
            && self.communications.is_empty()
            && self.assessments.is_empty()
            && self.organisation == Organisation::default()
    }

    pub fn objective(&self, id: ObjectiveId) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.id == id)
    }

    pub fn objective_index(&self, id: ObjectiveId) -> Option<usize> {
        self.objectives.iter().position(|o| o.id == id)
    }

    pub fn policy_statement(&self, id: PolicyId) -> Option<&PolicyStatement> {
        self.policy.iter().find(|p| p.id == id)
    }

    pub fn requirement(&self, id: RequirementId) -> Option<&Requirement> {
        self.requirements.iter().find(|r| r.id == id)
    }

    /// Direct children of `id`, in stored order.
    pub fn children_of(&self, id: ObjectiveId) -> impl Iterator<Item = &Objective> {
        self.objectives.iter().filter(move |o| o.parent == Some(id))
    }

    /// `id` and everything below it, parents before children. Each objective is visited
    /// once, so a corrupt cycle cannot loop forever.
    pub fn subtree_ids(&self, id: ObjectiveId) -> Vec<ObjectiveId> {
        let mut children: HashMap<ObjectiveId, Vec<ObjectiveId>> = HashMap::default();
        for objective in &self.objectives {
            if let Some(parent) = objective.parent {
                children.entry(parent).or_default().push(objective.id);
            }
        }
        let mut found = vec![id];
        let mut seen: HashSet<ObjectiveId> = HashSet::from_iter([id]);
        let mut next = 0;
        while let Some(&current) = found.get(next) {
            for child in children.get(&current).into_iter().flatten() {
                if seen.insert(*child) {
                    found.push(*child);
                }
            }
            next += 1;
        }
        found
    }

    /// Whether `ancestor` is `id` itself or above it in the tree.
    pub fn is_ancestor_or_self(&self, ancestor: ObjectiveId, id: ObjectiveId) -> bool {
        let mut current = Some(id);
        let mut steps = 0;
        while let Some(at) = current {
            if at == ancestor {
                return true;
            }
            steps += 1;
            if steps > self.objectives.len() {
                return false;
            }
            current = self.objective(at).and_then(|o| o.parent);
        }
        false
    }

    /// Whether `to` is `from` itself or can be reached from it by following parents and "also
    /// contributes to" links upwards. Each objective is visited once, so a corrupt loop cannot
    /// loop forever.
    pub fn reaches(&self, from: ObjectiveId, to: ObjectiveId) -> bool {
        let by_id: HashMap<ObjectiveId, &Objective> =
            self.objectives.iter().map(|o| (o.id, o)).collect();
        let mut seen: HashSet<ObjectiveId> = HashSet::from_iter([from]);
        let mut next = vec![from];
        while let Some(at) = next.pop() {
            if at == to {
                return true;
            }
            let Some(objective) = by_id.get(&at) else {
                continue;
            };
            let above = objective
                .parent
                .into_iter()
                .chain(objective.contributes_to.iter().map(|link| link.objective));
            for id in above {
                if seen.insert(id) {
                    next.push(id);
                }
            }
        }
        false
    }

    /// Every objective from which `to` is reached (see [`Workspace::reaches`]), `to` included:
    /// the objectives below it through parents and "also contributes to" links. One pass over
    /// the workspace, so asking it once instead of calling `reaches` for each objective keeps
    /// a list of 10,000 candidates linear.
    pub fn reaching(&self, to: ObjectiveId) -> HashSet<ObjectiveId> {
        let mut below: HashMap<ObjectiveId, Vec<ObjectiveId>> = HashMap::default();
        for objective in &self.objectives {
            let above = objective
                .parent
                .into_iter()
                .chain(objective.contributes_to.iter().map(|link| link.objective));
            for id in above {
                below.entry(id).or_default().push(objective.id);
            }
        }
        let mut seen: HashSet<ObjectiveId> = HashSet::from_iter([to]);
        let mut next = vec![to];
        while let Some(at) = next.pop() {
            for &id in below.get(&at).into_iter().flatten() {
                if seen.insert(id) {
                    next.push(id);
                }
            }
        }
        seen
    }

    /// The objectives that also contribute to `id` (besides its children), with their links.
    pub fn contributors_to(
        &self,
        id: ObjectiveId,
    ) -> impl Iterator<Item = (&Objective, &Contribution)> {
        self.objectives.iter().flat_map(move |objective| {
            objective
                .contributes_to
                .iter()
                .filter(move |link| link.objective == id)
                .map(move |link| (objective, link))
        })
    }

    /// Objectives that may become the parent of `child` at `level` without breaking the
    /// level order or creating a cycle.
    pub fn valid_parents(&self, child: Option<ObjectiveId>, level: Level) -> Vec<&Objective> {
        // The child's own branch is found once, instead of walking up from every candidate.
        let own_branch: HashSet<ObjectiveId> = child
            .map(|child| self.subtree_ids(child).into_iter().collect())
            .unwrap_or_default();
        self.objectives
            .iter()
            .filter(|candidate| candidate.level.may_parent(level))
            .filter(|candidate| !own_branch.contains(&candidate.id))
            .collect()
    }

    /// Distinct non-empty function names: the declared ones first, then those used by objectives.
    pub fn function_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let declared = self.organisation.functions.iter();
        let used = self.objectives.iter().map(|o| &o.function);
        for name in declared.chain(used) {
            let name = name.trim();
            if !name.is_empty() && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        names
    }

    /// The latest date each objective was communicated, from the communication register.
    pub fn last_communicated(&self) -> HashMap<ObjectiveId, NaiveDate> {
        let mut latest: HashMap<ObjectiveId, NaiveDate> = HashMap::default();
        for record in &self.communications {
            for id in &record.objectives {
                latest
                    .entry(*id)
                    .and_modify(|date| *date = (*date).max(record.date))
                    .or_insert(record.date);
            }
        }
        latest
    }

    /// The date `objective` was last communicated: its latest communication record.
    pub fn last_communicated_on(&self, objective: ObjectiveId) -> Option<NaiveDate> {
        self.communications
            .iter()
            .filter(|c| c.objectives.contains(&objective))
            .map(|c| c.date)
            .max()
    }

    /// Distinct non-empty owners, sorted.
    pub fn owner_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .objectives
            .iter()
            .map(|o| o.owner.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        crate::domain::sorting::sort(&mut names);
        names.dedup();
        names
    }
}
