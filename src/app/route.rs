//! The views of the app and their addresses. Routes live in the URL fragment (`#/register`),
//! so deep links and reloads work on any static host without server rewrites.

use crate::domain::{Level, ObjectiveId};

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
    Policy,
    Requirements,
    Data,
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
            ["objectives", "new"] => Route::NewObjective {
                parent: query_value(query, "parent").and_then(ObjectiveId::parse),
                level: query_value(query, "level").and_then(parse_level),
            },
            ["objectives", id] => ObjectiveId::parse(id).map_or(Route::NotFound, Route::Objective),
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
            Route::NotFound => "#/not-found".into(),
            Route::Objective(id) => format!("#/objectives/{id}"),
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
    fn every_route_round_trips_through_its_href() {
        let id = ObjectiveId::new(&mut SequentialIds::default());
        let routes = [
            Route::Home,
            Route::Register,
            Route::Tree,
            Route::Policy,
            Route::Requirements,
            Route::Data,
            Route::Objective(id),
            Route::NewObjective {
                parent: None,
                level: None,
            },
            Route::NewObjective {
                parent: Some(id),
                level: Some(Level::Tactical),
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
        assert_eq!(
            Route::parse("#/objectives/new?level=galactic"),
            Route::NewObjective {
                parent: None,
                level: None
            }
        );
    }
}
