//! The views of the app and their addresses. Routes live in the URL fragment (`#/register`),
//! so deep links and reloads work on any static host without server rewrites.

use crate::domain::wizard::{EstablishStep, PlanStep, Step};
use crate::domain::{Level, ObjectiveId, RecordId};

/// A view of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Route {
    #[default]
    Home,
    Register,
    Tree,
    Objective(ObjectiveId),
    NewObjective {
        parent: Option<ObjectiveId>,
        level: Option<Level>,
    },
    /// The 6.2.1 wizard: a new objective (optionally below `parent`), or revising
    /// `objective`, opened at `step`.
    Establish {
        objective: Option<ObjectiveId>,
        parent: Option<ObjectiveId>,
        step: Option<EstablishStep>,
    },
    /// The 6.2.2 wizard for `objective` (or a choice of objective first), opened at `step`.
    Plan {
        objective: Option<ObjectiveId>,
        step: Option<PlanStep>,
    },
    Checklist,
    /// The printable clause 6.2 evidence pack.
    Report,
    Policy,
    Requirements,
    Data,
    /// Team sync through a CouchDB-protocol server.
    Sync,
    /// The preview of a file chosen for import, with the ways to apply it.
    Import,
    /// Recording measurements for several KPIs of an objective at once.
    CheckIn(ObjectiveId),
    /// Recording a review (monitoring record) of an objective.
    Review(ObjectiveId),
    /// An objective's revision log, with the difference between any two revisions.
    History(ObjectiveId),
    /// The communication register (clause 6.2.1 e).
    Communications,
    /// Recording a communication, about `objective` when given.
    NewCommunication {
        objective: Option<ObjectiveId>,
    },
    /// Editing a review of an objective.
    EditReview {
        objective: ObjectiveId,
        review: RecordId,
    },
    /// Editing a record of the communication register.
    EditCommunication(RecordId),
    /// The named workspaces of this browser.
    Workspaces,
    /// The self-assessments: history, trend and the way to take one.
    Assess,
    /// Taking a self-assessment.
    AssessNew,
    /// One self-assessment's result and improvement actions (printable).
    AssessResult(RecordId),
    /// Clause 6.2 at a glance.
    Glance,
    /// Exercises, findings and the reveal; links to the comparison and the class view.
    Training,
    /// The exercise's printable worksheet (no answers).
    Worksheet,
    /// The exercise's printable answer key.
    AnswerKey,
    /// The workspace compared with a model answer or a file.
    Compare,
    /// Several trainee files, one row each.
    Class,
    NotFound,
}

impl Route {
    /// Parses a location fragment such as `#/objectives/<id>`; unknown paths are `NotFound`.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["register"] => Route::Register,
            ["tree"] => Route::Tree,
            ["policy"] => Route::Policy,
            ["requirements"] => Route::Requirements,
            ["data"] => Route::Data,
            ["sync"] => Route::Sync,
            ["import"] => Route::Import,
            ["checklist"] => Route::Checklist,
            ["report"] => Route::Report,
            ["workspaces"] => Route::Workspaces,
            ["training"] => Route::Training,
            ["training", "worksheet"] => Route::Worksheet,
            ["training", "answer-key"] => Route::AnswerKey,
            ["compare"] => Route::Compare,
            ["class"] => Route::Class,
            ["establish"] => Route::Establish {
                objective: query_value(query, "objective").and_then(ObjectiveId::parse),
                parent: query_value(query, "parent").and_then(ObjectiveId::parse),
                step: query_value(query, "step").and_then(establish_step),
            },
            ["plan"] => Route::Plan {
                objective: query_value(query, "objective").and_then(ObjectiveId::parse),
                step: query_value(query, "step").and_then(plan_step),
            },
            ["objectives", "new"] => Route::NewObjective {
                parent: query_value(query, "parent").and_then(ObjectiveId::parse),
                level: query_value(query, "level").and_then(parse_level),
            },
            ["objectives", id] => ObjectiveId::parse(id).map_or(Route::NotFound, Route::Objective),
            ["objectives", id, "check-in"] => {
                ObjectiveId::parse(id).map_or(Route::NotFound, Route::CheckIn)
            }
            ["objectives", id, "review"] => {
                ObjectiveId::parse(id).map_or(Route::NotFound, Route::Review)
            }
            ["objectives", id, "history"] => {
                ObjectiveId::parse(id).map_or(Route::NotFound, Route::History)
            }
            ["communications"] => Route::Communications,
            ["communications", "new"] => Route::NewCommunication {
                objective: query_value(query, "objective").and_then(ObjectiveId::parse),
            },
            ["objectives", id, "reviews", review] => {
                match (ObjectiveId::parse(id), RecordId::parse(review)) {
                    (Some(objective), Some(review)) => Route::EditReview { objective, review },
                    _ => Route::NotFound,
                }
            }
            ["communications", id] => {
                RecordId::parse(id).map_or(Route::NotFound, Route::EditCommunication)
            }
            ["assess"] => Route::Assess,
            ["assess", "new"] => Route::AssessNew,
            ["assess", id] => RecordId::parse(id).map_or(Route::NotFound, Route::AssessResult),
            ["clause"] => Route::Glance,
            _ => Route::NotFound,
        }
    }

    /// The `href` of this view.
    pub fn href(self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Register => "#/register".into(),
            Route::Tree => "#/tree".into(),
            Route::Policy => "#/policy".into(),
            Route::Requirements => "#/requirements".into(),
            Route::Data => "#/data".into(),
            Route::Sync => "#/sync".into(),
            Route::Import => "#/import".into(),
            Route::Checklist => "#/checklist".into(),
            Route::Report => "#/report".into(),
            Route::Workspaces => "#/workspaces".into(),
            Route::Training => "#/training".into(),
            Route::Worksheet => "#/training/worksheet".into(),
            Route::AnswerKey => "#/training/answer-key".into(),
            Route::Compare => "#/compare".into(),
            Route::Class => "#/class".into(),
            Route::Establish {
                objective,
                parent,
                step,
            } => with_query(
                "#/establish",
                &[
                    ("objective", objective.map(|id| id.to_string())),
                    ("parent", parent.map(|id| id.to_string())),
                    ("step", step.map(|s| establish_slug(s).to_string())),
                ],
            ),
            Route::Plan { objective, step } => with_query(
                "#/plan",
                &[
                    ("objective", objective.map(|id| id.to_string())),
                    ("step", step.map(|s| plan_slug(s).to_string())),
                ],
            ),
            Route::NotFound => "#/not-found".into(),
            Route::Objective(id) => format!("#/objectives/{id}"),
            Route::CheckIn(id) => format!("#/objectives/{id}/check-in"),
            Route::Review(id) => format!("#/objectives/{id}/review"),
            Route::History(id) => format!("#/objectives/{id}/history"),
            Route::Communications => "#/communications".into(),
            Route::NewCommunication { objective } => with_query(
                "#/communications/new",
                &[("objective", objective.map(|id| id.to_string()))],
            ),
            Route::EditReview { objective, review } => {
                format!("#/objectives/{objective}/reviews/{review}")
            }
            Route::EditCommunication(id) => format!("#/communications/{id}"),
            Route::Assess => "#/assess".into(),
            Route::AssessNew => "#/assess/new".into(),
            Route::AssessResult(id) => format!("#/assess/{id}"),
            Route::Glance => "#/clause".into(),
            Route::NewObjective { parent, level } => {
                let mut query = Vec::new();
                if let Some(parent) = parent {
                    query.push(format!("parent={parent}"));
                }
                if let Some(level) = level {
                    query.push(format!("level={}", level_name(level)));
                }
                if query.is_empty() {
                    "#/objectives/new".into()
                } else {
                    format!("#/objectives/new?{}", query.join("&"))
                }
            }
        }
    }
}

/// Which workspace a page load asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceRequest {
    /// No address: the workspace used last (or the first).
    LastUsed,
    /// An address from before workspaces had names in it: the first workspace, which holds
    /// what such links pointed to.
    First,
    /// An address naming a workspace (`#/w/<id>/…`).
    Named(String),
}

/// The workspace an address asks for when the page loads: the one it names, the one used
/// last for an empty address, or the first for an address from before workspaces had names in
/// addresses (what such a link pointed to).
pub fn workspace_request(fragment: &str) -> WorkspaceRequest {
    match split_workspace(fragment) {
        (Some(id), _) => WorkspaceRequest::Named(id.to_string()),
        (None, _)
            if fragment
                .trim_start_matches('#')
                .trim_start_matches('/')
                .is_empty() =>
        {
            WorkspaceRequest::LastUsed
        }
        (None, _) => WorkspaceRequest::First,
    }
}

/// Splits an address fragment that names a workspace (`#/w/<id>/register`) into the id and
/// the route's own fragment (`#/register`). A fragment without `/w/` names none.
pub fn split_workspace(fragment: &str) -> (Option<&str>, String) {
    let path = fragment.trim_start_matches('#');
    match path.strip_prefix("/w/") {
        Some(rest) => {
            let (id, route) = rest.split_once('/').unwrap_or((rest, ""));
            let route = route.trim_start_matches('/');
            (Some(id), format!("#/{route}"))
        }
        None => (None, fragment.to_string()),
    }
}

/// The address fragment of `href` (a route's `#/…`) inside workspace `id`.
pub fn in_workspace(id: &str, href: &str) -> String {
    let path = href.trim_start_matches('#').trim_start_matches('/');
    format!("#/w/{id}/{path}")
}

fn with_query(path: &str, pairs: &[(&str, Option<String>)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter_map(|(key, value)| value.as_ref().map(|v| format!("{key}={v}")))
        .collect();
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// The name of a 6.2.1 wizard step in addresses.
pub fn establish_slug(step: EstablishStep) -> &'static str {
    match step {
        EstablishStep::Place => "place",
        EstablishStep::Policy => "policy",
        EstablishStep::Measurable => "measurable",
        EstablishStep::Requirements => "requirements",
        EstablishStep::Monitoring => "monitoring",
        EstablishStep::Communication => "communication",
        EstablishStep::Updating => "updating",
        EstablishStep::Review => "review",
    }
}

/// The name of a 6.2.2 wizard step in addresses.
pub fn plan_slug(step: PlanStep) -> &'static str {
    match step {
        PlanStep::Actions => "actions",
        PlanStep::Resources => "resources",
        PlanStep::Responsible => "responsible",
        PlanStep::Dates => "dates",
        PlanStep::Evaluation => "evaluation",
        PlanStep::Review => "review",
    }
}

fn establish_step(slug: &str) -> Option<EstablishStep> {
    EstablishStep::ALL
        .iter()
        .copied()
        .find(|s| establish_slug(*s) == slug)
}

fn plan_step(slug: &str) -> Option<PlanStep> {
    PlanStep::ALL
        .iter()
        .copied()
        .find(|s| plan_slug(*s) == slug)
}

/// `href` with a request to focus the element `id` once the view is shown (a gap link lands
/// on the field that fixes the gap). Routes ignore the extra parameter.
pub fn with_focus(href: &str, id: &str) -> String {
    let separator = if href.contains('?') { '&' } else { '?' };
    format!("{href}{separator}focus={id}")
}

/// The element an address asks to focus (see [`with_focus`]).
pub fn focus_request(fragment: &str) -> Option<String> {
    let (_, query) = fragment.split_once('?')?;
    query_value(query, "focus")
        .filter(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .map(str::to_string)
}

fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Strategic => "strategic",
        Level::Tactical => "tactical",
        Level::Operational => "operational",
    }
}

fn parse_level(text: &str) -> Option<Level> {
    Level::ALL
        .into_iter()
        .find(|level| level_name(*level) == text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;

    #[test]
    fn addresses_name_the_workspace_and_old_ones_name_none() {
        assert_eq!(
            split_workspace("#/w/ab12/register"),
            (Some("ab12"), "#/register".to_string())
        );
        assert_eq!(
            split_workspace("#/w/ab12"),
            (Some("ab12"), "#/".to_string())
        );
        assert_eq!(
            split_workspace("#/w/ab12/"),
            (Some("ab12"), "#/".to_string())
        );
        assert_eq!(
            split_workspace("#/register"),
            (None, "#/register".to_string())
        );
        assert_eq!(in_workspace("main", "#/register"), "#/w/main/register");
        assert_eq!(in_workspace("main", "#/"), "#/w/main/");
        assert_eq!(workspace_request(""), WorkspaceRequest::LastUsed);
        assert_eq!(workspace_request("#/"), WorkspaceRequest::LastUsed);
        assert_eq!(workspace_request("#/register"), WorkspaceRequest::First);
        assert_eq!(
            workspace_request("#/w/ab12/tree"),
            WorkspaceRequest::Named("ab12".into())
        );
        let href = in_workspace("x1", &Route::Workspaces.href());
        let (id, rest) = split_workspace(&href);
        assert_eq!((id, Route::parse(&rest)), (Some("x1"), Route::Workspaces));
    }

    #[test]
    fn a_request_to_focus_a_field_rides_along_and_leaves_the_route_alone() {
        let id = ObjectiveId::new(&mut SequentialIds::default());
        let route = Route::Plan {
            objective: Some(id),
            step: Some(PlanStep::Actions),
        };
        let href = with_focus(&route.href(), "wizard-add-action");
        assert!(href.ends_with("&focus=wizard-add-action"), "{href}");
        assert_eq!(Route::parse(&href), route);
        assert_eq!(focus_request(&href).as_deref(), Some("wizard-add-action"));
        assert_eq!(
            with_focus("#/register", "x"),
            "#/register?focus=x",
            "the first parameter"
        );
        let in_other = in_workspace("w2", &href);
        assert_eq!(
            focus_request(&in_other).as_deref(),
            Some("wizard-add-action")
        );
        assert_eq!(focus_request(&route.href()), None);
        assert_eq!(focus_request("#/plan?focus=a\"b"), None, "only element ids");
    }

    #[test]
    fn every_route_round_trips_through_its_href() {
        let id = ObjectiveId::new(&mut SequentialIds::default());
        let routes = [
            Route::Home,
            Route::Register,
            Route::Tree,
            Route::Policy,
            Route::Requirements,
            Route::Data,
            Route::Sync,
            Route::Import,
            Route::Objective(id),
            Route::CheckIn(id),
            Route::Review(id),
            Route::History(id),
            Route::Communications,
            Route::NewCommunication { objective: None },
            Route::NewCommunication {
                objective: Some(id),
            },
            Route::EditReview {
                objective: id,
                review: RecordId::new(&mut SequentialIds::default()),
            },
            Route::EditCommunication(RecordId::new(&mut SequentialIds::default())),
            Route::Assess,
            Route::AssessNew,
            Route::AssessResult(RecordId::new(&mut SequentialIds::default())),
            Route::Glance,
            Route::NewObjective {
                parent: None,
                level: None,
            },
            Route::NewObjective {
                parent: Some(id),
                level: Some(Level::Tactical),
            },
            Route::Checklist,
            Route::Report,
            Route::Workspaces,
            Route::Training,
            Route::Worksheet,
            Route::AnswerKey,
            Route::Compare,
            Route::Class,
            Route::Establish {
                objective: None,
                parent: None,
                step: None,
            },
            Route::Establish {
                objective: Some(id),
                parent: Some(id),
                step: Some(EstablishStep::Communication),
            },
            Route::Plan {
                objective: Some(id),
                step: Some(PlanStep::Resources),
            },
            Route::Plan {
                objective: None,
                step: None,
            },
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        }
    }

    #[test]
    fn unknown_or_malformed_paths_are_not_found() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/nope"), Route::NotFound);
        assert_eq!(Route::parse("#/objectives/not-an-id"), Route::NotFound);
        assert_eq!(Route::parse("#/communications/not-an-id"), Route::NotFound);
        assert_eq!(Route::parse("#/assess/not-an-id"), Route::NotFound);
        assert_eq!(
            Route::parse("#/objectives/new?level=galactic"),
            Route::NewObjective {
                parent: None,
                level: None
            }
        );
    }
}
