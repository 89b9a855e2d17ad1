//! Loading an example organisation: the catalogue and the chosen file are fetched when asked
//! for (never compiled into the app), read with every check of an import, brought to today
//! (`io::example`), and put in place of the workspace as one undoable change. Fetching is
//! `browser.rs`'s part; the signals are the state's.

use super::clock;
use super::state::{AppState, ExampleLoad, LoadedExample, NoticeText};
use crate::domain::example::ExampleLanguage;
use crate::domain::exercise::ExerciseLog;
use crate::domain::{ChangeLabel, Command};
use crate::i18n::Msg;
use crate::io::example::{read_example, CatalogEntry, ExampleKind, ExampleProblem};
use leptos::prelude::*;

impl AppState {
    /// The language the interface asks examples to be written in.
    pub fn example_language(&self) -> ExampleLanguage {
        self.lang.get_untracked().example_language()
    }

    /// Puts the example read from `text` (its file in `language`) in place of the workspace,
    /// as one undoable change, and remembers it for the note shown after loading. A file that
    /// fails a check changes nothing.
    pub fn open_example(
        &self,
        entry: &CatalogEntry,
        language: ExampleLanguage,
        text: &str,
    ) -> Result<ChangeLabel, ExampleProblem> {
        let file = entry.file_path(language).unwrap_or_default();
        let mut workspace = read_example(text, entry.anchor, clock::today())
            .map_err(|problem| ExampleProblem::File { file, problem })?;
        let exercise = entry.kind == ExampleKind::Exercise;
        if exercise {
            workspace.exercise = Some(ExerciseLog::new(entry.id.clone()));
        }
        let label = self
            .dispatch_with_notice(
                Command::ReplaceWorkspace(Box::new(workspace)),
                NoticeText::plain(Msg::ExampleLoaded),
            )
            .map_err(ExampleProblem::Refused)?;
        self.example_load.set(ExampleLoad::Idle);
        if exercise {
            self.exercise_loaded();
        }
        self.loaded_example.set(Some(LoadedExample {
            entry: entry.clone(),
            language,
        }));
        Ok(label)
    }

    /// The example loaded in this visit while the workspace still is that example (not
    /// emptied, undone or replaced since), for its note. Reactive.
    pub fn example_note(&self) -> Option<LoadedExample> {
        let loaded = self.loaded_example.get()?;
        let name = loaded.entry.name.get(loaded.language);
        self.workspace
            .with(|workspace| workspace.organisation.name == name)
            .then_some(loaded)
    }

    /// Hides the note about the loaded example.
    pub fn hide_example_note(&self) {
        self.loaded_example.set(None);
    }
}

#[cfg(target_arch = "wasm32")]
mod fetching {
    use super::super::browser::{fetch_text, FetchFailure};
    use super::super::clock;
    use super::super::state::{AppState, ExampleCatalog, ExampleLoad};
    use crate::domain::example::ExampleLanguage;
    use crate::io::example::{
        catalog_path, decode_catalog, read_example, Catalog, CatalogEntry, ExampleProblem,
    };
    use leptos::prelude::*;
    use std::sync::Arc;

    async fn fetch(file: String) -> Result<(String, String), ExampleProblem> {
        match fetch_text(&file).await {
            Ok(text) => Ok((file, text)),
            Err(FetchFailure::Status(status)) => Err(ExampleProblem::Status { file, status }),
            Err(FetchFailure::Network | FetchFailure::Body) => {
                Err(ExampleProblem::Offline { file })
            }
        }
    }

    impl AppState {
        /// Fetches the catalogue unless it is here or on its way (again after a failure).
        pub fn want_example_catalog(&self) {
            if matches!(
                self.examples.get_untracked(),
                ExampleCatalog::NotFetched | ExampleCatalog::Failed(_)
            ) {
                let state = *self;
                leptos::task::spawn_local(async move {
                    let _ = state.example_catalog().await;
                });
            }
        }

        /// The catalogue, fetched and read if it is not here yet.
        pub(in crate::app) async fn example_catalog(&self) -> Result<Arc<Catalog>, ExampleProblem> {
            if let ExampleCatalog::Ready(catalog) = self.examples.get_untracked() {
                return Ok(catalog);
            }
            self.examples.set(ExampleCatalog::Fetching);
            let outcome = match fetch(catalog_path()).await {
                Ok((_, text)) => decode_catalog(&text)
                    .map(Arc::new)
                    .map_err(ExampleProblem::Catalog),
                Err(problem) => Err(problem),
            };
            // The app may have been closed while the file was on its way.
            let _ = self.examples.try_set(match &outcome {
                Ok(catalog) => ExampleCatalog::Ready(catalog.clone()),
                Err(problem) => ExampleCatalog::Failed(problem.clone()),
            });
            outcome
        }

        /// Loads the example `id` (the catalogue's first model answer when `None`) in the
        /// interface's language, or in English when it is not written in it. While the files
        /// are fetched the state says so; if they cannot be fetched or read, it says why and
        /// the workspace is unchanged.
        pub fn load_example(&self, id: Option<String>) {
            if self.example_load.get_untracked() == ExampleLoad::Fetching {
                return;
            }
            self.example_load.set(ExampleLoad::Fetching);
            let state = *self;
            leptos::task::spawn_local(async move {
                if let Err(problem) = state.fetch_and_open(id).await {
                    let _ = state.example_load.try_set(ExampleLoad::Failed(problem));
                }
            });
        }

        async fn fetch_and_open(&self, id: Option<String>) -> Result<(), ExampleProblem> {
            let Some((entry, language, text)) = self.fetch_example(id).await? else {
                return Ok(());
            };
            if self.workspace.try_with_untracked(|_| ()).is_none() {
                // Closed while the file was on its way: there is nothing to load it into.
                return Ok(());
            }
            self.open_example(&entry, language, &text).map(|_| ())
        }

        /// Fetches the example `id` (the first model answer when `None`) in the interface's
        /// language, or in English when it is not written in it: its entry, language and
        /// text. `None` when the app was closed meanwhile.
        async fn fetch_example(
            &self,
            id: Option<String>,
        ) -> Result<Option<(CatalogEntry, ExampleLanguage, String)>, ExampleProblem> {
            let catalog = self.example_catalog().await?;
            let entry = match &id {
                Some(id) => catalog.entry(id),
                None => catalog.models().next(),
            }
            .cloned()
            .ok_or_else(|| ExampleProblem::NotListed {
                id: id.unwrap_or_default(),
            })?;
            let Some(lang) = self.lang.try_get_untracked() else {
                return Ok(None);
            };
            let language = entry.language_for(lang.example_language());
            let file = entry
                .file_path(language)
                .ok_or_else(|| ExampleProblem::NotListed {
                    id: entry.id.clone(),
                })?;
            let (_, text) = fetch(file).await?;
            Ok(Some((entry, language, text)))
        }

        /// The example `id` read with every check and brought to today, ready to become a
        /// new workspace: the workspace and the example's name. `None` when the app was
        /// closed meanwhile.
        pub async fn example_workspace(
            &self,
            id: String,
        ) -> Result<Option<(crate::domain::Workspace, String)>, ExampleProblem> {
            let Some((entry, language, text)) = self.fetch_example(Some(id)).await? else {
                return Ok(None);
            };
            let file = entry.file_path(language).unwrap_or_default();
            let workspace = read_example(&text, entry.anchor, clock::today())
                .map_err(|problem| ExampleProblem::File { file, problem })?;
            Ok(Some((workspace, entry.name.get(language).to_string())))
        }
    }
}

/// Native builds have no server to fetch from: tests read the files from disk and hand them
/// to [`AppState::open_example`].
#[cfg(not(target_arch = "wasm32"))]
impl AppState {
    pub fn want_example_catalog(&self) {}

    pub fn load_example(&self, _id: Option<String>) {}
}
