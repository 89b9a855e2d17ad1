//! The trainer's side of the app: exercise mode (findings logged through commands, the answer
//! key fetched when asked for, the reveal), the workspace the current one is compared with,
//! and the trainee files of the class view. Files are read with every check of an import;
//! nothing here changes the workspace except logging findings. Scoring and comparing are the
//! domain's (`domain::exercise`, `domain::compare`).

use super::clock;
use super::state::{AppState, NoticeText};
pub use super::trainer::*;
use crate::domain::exercise::{ExerciseLog, LoggedFinding};
use crate::domain::{Command, RecordId};
use crate::i18n::Msg;
use crate::io::example::CatalogEntry;
use crate::io::registry::WorkspaceId;
use leptos::prelude::*;
use std::sync::Arc;

impl AppState {
    /// The exercise the workspace was loaded from, if it is in exercise mode. Reactive.
    pub fn current_exercise(&self) -> Option<String> {
        self.workspace
            .with(|w| w.exercise.as_ref().map(|log| log.exercise.clone()))
    }

    /// Whether the score and the check are hidden: in exercise mode, until the reveal.
    /// Reactive.
    pub fn check_hidden(&self) -> bool {
        self.workspace.with(|w| w.exercise.is_some()) && !self.trainer.with(|t| t.revealed)
    }

    /// The answer key of `exercise`, once fetched. Reactive.
    pub fn answer_key(&self, exercise: &str) -> Option<KeyStatus> {
        self.trainer.with(|t| t.keys.get(exercise).cloned())
    }

    fn set_exercise(&self, log: Option<ExerciseLog>, notice: Msg) -> Result<(), String> {
        self.dispatch_with_notice(
            Command::SetExercise(log.map(Box::new)),
            NoticeText::plain(notice),
        )
        .map(|_| ())
        .map_err(|error| crate::i18n::describe_command_error(self.lang.get_untracked(), &error))
    }

    /// Adds a finding to the exercise's log (one undoable change).
    pub fn log_finding(&self, finding: LoggedFinding) -> Result<(), String> {
        let Some(mut log) = self.workspace.with_untracked(|w| w.exercise.clone()) else {
            return Err(self.t(Msg::ExerciseNotInExercise).to_string());
        };
        log.findings.push(finding);
        self.set_exercise(Some(log), Msg::ExerciseFindingLogged)
    }

    /// Removes a logged finding (one undoable change).
    pub fn remove_finding(&self, id: RecordId) -> Result<(), String> {
        let Some(mut log) = self.workspace.with_untracked(|w| w.exercise.clone()) else {
            return Err(self.t(Msg::ExerciseNotInExercise).to_string());
        };
        log.findings.retain(|finding| finding.id != id);
        self.set_exercise(Some(log), Msg::ExerciseFindingRemoved)
    }

    /// Leaves exercise mode: the findings are dropped, the workspace stays (undoable).
    pub fn leave_exercise(&self) -> Result<(), String> {
        self.trainer.update(|t| t.revealed = false);
        self.set_exercise(None, Msg::ExerciseLeft)
    }

    /// Shows the score of the logged findings against the key, and the check.
    pub fn reveal_findings(&self, revealed: bool) {
        self.trainer.update(|t| t.revealed = revealed);
    }

    /// Called when an exercise is loaded: nothing is revealed yet.
    pub(super) fn exercise_loaded(&self) {
        self.trainer.update(|t| t.revealed = false);
    }

    /// Reads a file chosen to compare the workspace with.
    pub fn compare_with_file(&self, file: ChosenFile) {
        let (name, read) = file.workspace();
        match read {
            Ok(workspace) => self.trainer.update(|t| {
                t.compare_problem = None;
                t.compare_with = Some(CompareSource {
                    label: name,
                    workspace: Arc::new(workspace),
                });
            }),
            Err(problem) => self.trainer.update(|t| {
                t.compare_problem = Some((name, problem));
            }),
        }
    }

    /// Compares with workspace `id` of this browser, read from storage exactly as a page
    /// opening it reads it (nothing stored is an empty workspace). It is only read, never
    /// written; when it cannot be read, the problem says why and nothing else changes.
    pub fn compare_with_workspace(&self, id: &WorkspaceId) {
        let (name, read) = self.read_stored_workspace(id);
        match read {
            Ok(workspace) => self.trainer.update(|t| {
                t.compare_problem = None;
                t.compare_with = Some(CompareSource {
                    label: name,
                    workspace: Arc::new(workspace),
                });
            }),
            Err(problem) => self.trainer.update(|t| {
                t.compare_problem = Some((name, problem));
            }),
        }
    }

    /// Compares with the model answer read from `text` (its file for `entry`).
    pub fn compare_with_model(
        &self,
        entry: &CatalogEntry,
        language: crate::domain::example::ExampleLanguage,
        text: &str,
    ) {
        let label = entry.name.get(language).to_string();
        match crate::io::example::read_example(text, entry.anchor, clock::today()) {
            Ok(workspace) => self.trainer.update(|t| {
                t.model_fetch = None;
                t.compare_problem = None;
                t.compare_with = Some(CompareSource {
                    label,
                    workspace: Arc::new(workspace),
                });
            }),
            Err(problem) => self.trainer.update(|t| {
                t.model_fetch = None;
                let file = entry.file_path(language).unwrap_or(label);
                t.compare_problem = Some((file, ReadFailure::File(problem)));
            }),
        }
    }

    /// Forgets what the workspace is compared with.
    pub fn stop_comparing(&self) {
        self.trainer.update(|t| {
            t.compare_with = None;
            t.compare_problem = None;
        });
    }

    /// Adds trainee files to the class view (at most [`MAX_CLASS_FILES`] in all); each is
    /// read with every check of an import, and a file that fails says why in its row.
    pub fn add_class_files(&self, files: Vec<ChosenFile>) {
        self.trainer.update(|t| {
            for file in files {
                if t.class.len() >= MAX_CLASS_FILES {
                    t.class_overflow = true;
                    break;
                }
                let (name, read) = file.workspace();
                t.class.push(ClassFile {
                    name,
                    read: read.map(Arc::new),
                });
            }
        });
        // Each file's exercise needs its key.
        let exercises: Vec<String> = self.trainer.with_untracked(|t| {
            t.class
                .iter()
                .filter_map(|file| file.read.as_ref().ok())
                .filter_map(|w| w.exercise.as_ref().map(|log| log.exercise.clone()))
                .collect()
        });
        for exercise in exercises {
            self.want_answer_key(exercise);
        }
    }

    /// Empties the class view.
    pub fn clear_class(&self) {
        self.trainer.update(|t| {
            t.class.clear();
            t.class_overflow = false;
        });
    }
}

/// Reads the browser's chosen or dropped files (those too large are not read), then hands
/// them to `then` in the order given.
#[cfg(target_arch = "wasm32")]
pub fn read_chosen_files(files: web_sys::FileList, then: impl FnOnce(Vec<ChosenFile>) + 'static) {
    use crate::io::import::check_size;
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    leptos::task::spawn_local(async move {
        let mut chosen = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            let size = file.size().max(0.0).min(u64::MAX as f64) as u64;
            let bytes = match check_size(size) {
                Err(problem) => Err(ReadFailure::File(problem)),
                Ok(()) => match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
                    Err(error) => Err(ReadFailure::Browser(super::browser::describe_error(&error))),
                },
            };
            chosen.push(ChosenFile { name, bytes });
        }
        then(chosen);
    });
}

#[cfg(target_arch = "wasm32")]
mod fetching {
    use super::super::browser::{fetch_text, FetchFailure};
    use super::super::state::AppState;
    use super::{KeyFailure, KeyStatus};
    use crate::io::answer_key::decode_answer_key;
    use crate::io::example::{CatalogEntry, ExampleKind, ExampleProblem};
    use leptos::prelude::*;
    use std::sync::Arc;

    async fn fetch(file: String) -> Result<String, ExampleProblem> {
        match fetch_text(&file).await {
            Ok(text) => Ok(text),
            Err(FetchFailure::Status(status)) => Err(ExampleProblem::Status { file, status }),
            Err(FetchFailure::Network | FetchFailure::Body) => {
                Err(ExampleProblem::Offline { file })
            }
        }
    }

    impl AppState {
        async fn catalog_entry(&self, id: &str) -> Result<CatalogEntry, ExampleProblem> {
            let catalog = self.example_catalog().await?;
            catalog
                .entry(id)
                .cloned()
                .ok_or_else(|| ExampleProblem::NotListed { id: id.to_string() })
        }

        /// Fetches the answer key of `exercise` unless it is here or on its way.
        pub fn want_answer_key(&self, exercise: String) {
            let known = self.trainer.with_untracked(|t| {
                matches!(
                    t.keys.get(&exercise),
                    Some(KeyStatus::Fetching | KeyStatus::Ready(_))
                )
            });
            if known {
                return;
            }
            self.trainer
                .update(|t| _ = t.keys.insert(exercise.clone(), KeyStatus::Fetching));
            let state = *self;
            leptos::task::spawn_local(async move {
                let status = match state.fetch_key(&exercise).await {
                    Ok(key) => KeyStatus::Ready(Arc::new(key)),
                    Err(failure) => KeyStatus::Failed(failure),
                };
                let _ = state
                    .trainer
                    .try_update(|t| _ = t.keys.insert(exercise, status));
            });
        }

        async fn fetch_key(
            &self,
            exercise: &str,
        ) -> Result<crate::domain::exercise::AnswerKey, KeyFailure> {
            let entry = self
                .catalog_entry(exercise)
                .await
                .map_err(KeyFailure::Example)?;
            let file = entry
                .answer_key_path()
                .filter(|_| entry.kind == ExampleKind::Exercise)
                .ok_or_else(|| {
                    KeyFailure::Example(ExampleProblem::NotListed {
                        id: exercise.to_string(),
                    })
                })?;
            let text = fetch(file.clone()).await.map_err(KeyFailure::Example)?;
            decode_answer_key(&text, exercise).map_err(|problem| KeyFailure::Key { file, problem })
        }

        /// Fetches the model answer `id` (in the interface's language, or English) and
        /// compares the workspace with it.
        pub fn fetch_model_for_comparison(&self, id: String) {
            self.trainer.update(|t| t.model_fetch = Some(Ok(())));
            let state = *self;
            leptos::task::spawn_local(async move {
                let outcome = async {
                    let entry = state.catalog_entry(&id).await?;
                    let language = entry.language_for(state.example_language());
                    let file = entry
                        .file_path(language)
                        .ok_or_else(|| ExampleProblem::NotListed { id: id.clone() })?;
                    let text = fetch(file).await?;
                    Ok::<_, ExampleProblem>((entry, language, text))
                }
                .await;
                match outcome {
                    Ok((entry, language, text)) => {
                        state.compare_with_model(&entry, language, &text)
                    }
                    Err(problem) => {
                        let _ = state
                            .trainer
                            .try_update(|t| t.model_fetch = Some(Err(problem)));
                    }
                }
            });
        }
    }
}

/// Native builds have no server to fetch from.
#[cfg(not(target_arch = "wasm32"))]
impl AppState {
    pub fn want_answer_key(&self, _exercise: String) {}

    pub fn fetch_model_for_comparison(&self, _id: String) {}
}
