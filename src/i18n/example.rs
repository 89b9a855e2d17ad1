//! The words for loading an example organisation: why it could not be fetched or read.

use super::{describe_command_error, describe_file_problem, format, Lang, Msg};
use crate::io::example::{CatalogProblem, EntryProblem, ExampleProblem};

/// Why an example could not be loaded: a headline, then one line per problem of its file.
pub fn describe_example_problem(lang: Lang, problem: &ExampleProblem) -> Vec<String> {
    match problem {
        ExampleProblem::Offline { file } => {
            vec![format(lang, Msg::ExampleOffline, &[("file", file)])]
        }
        ExampleProblem::Status { file, status } => vec![format(
            lang,
            Msg::ExampleStatus,
            &[("file", file), ("status", &status.to_string())],
        )],
        ExampleProblem::Catalog(problem) => vec![describe_catalog_problem(lang, problem)],
        ExampleProblem::NotListed { id } => {
            vec![format(lang, Msg::ExampleNotListed, &[("id", id)])]
        }
        ExampleProblem::File { file, problem } => {
            let mut lines = vec![format(lang, Msg::ExampleFileUnreadable, &[("file", file)])];
            lines.extend(describe_file_problem(lang, problem));
            lines
        }
        ExampleProblem::Refused(error) => {
            let reason = describe_command_error(lang, error);
            vec![format(lang, Msg::ExampleRefused, &[("reason", &reason)])]
        }
    }
}

fn describe_catalog_problem(lang: Lang, problem: &CatalogProblem) -> String {
    match problem {
        CatalogProblem::Syntax {
            line,
            column,
            problem,
        } => format(
            lang,
            Msg::ExampleCatalogSyntax,
            &[
                (
                    "message",
                    &super::problems::describe_json_problem(lang, problem),
                ),
                ("line", &line.to_string()),
                ("column", &column.to_string()),
            ],
        ),
        CatalogProblem::NotCatalog => Msg::ExampleCatalogNotCatalog.text(lang).to_string(),
        CatalogProblem::TooNew { version } => format(
            lang,
            Msg::ExampleCatalogTooNew,
            &[("version", &version.to_string())],
        ),
        CatalogProblem::Entry { id, problem } => {
            let msg = match problem {
                EntryProblem::DuplicateId => Msg::ExampleCatalogDuplicateId,
                EntryProblem::BadId => Msg::ExampleCatalogBadId,
                EntryProblem::NoEnglishFile => Msg::ExampleCatalogNoEnglish,
                EntryProblem::BadFileName => Msg::ExampleCatalogBadFile,
                EntryProblem::NoAnswerKey => Msg::ExerciseCatalogNoKey,
                EntryProblem::UnknownModel => Msg::ExerciseCatalogUnknownModel,
            };
            format(lang, msg, &[("id", id)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offline_fetch_says_which_file_and_what_to_do_in_both_languages() {
        let problem = ExampleProblem::Offline {
            file: "examples/catalog.json".into(),
        };
        let english = describe_example_problem(Lang::En, &problem).join(" ");
        assert!(english.contains("examples/catalog.json"), "{english}");
        assert!(english.contains("offline"), "{english}");
        let chinese = describe_example_problem(Lang::ZhHans, &problem).join(" ");
        assert!(chinese.contains("离线"), "{chinese}");
    }

    #[test]
    fn a_broken_catalogue_entry_is_named() {
        let problem = ExampleProblem::Catalog(CatalogProblem::Entry {
            id: "saas-team".into(),
            problem: EntryProblem::NoEnglishFile,
        });
        let text = describe_example_problem(Lang::En, &problem).join(" ");
        assert!(text.contains("“saas-team”"), "{text}");
    }
}
