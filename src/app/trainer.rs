//! The trainer's state as data, kept in this tab only: answer keys as fetched, whether the
//! answers are revealed, what the workspace is compared with and the class view's files (the
//! behaviour is `app::exercises`).

use crate::domain::exercise::AnswerKey;
use crate::domain::hashing::HashMap;
use crate::domain::Workspace;
use crate::io::answer_key::KeyProblem;
use crate::io::example::ExampleProblem;
use crate::io::import::{read_file, FileProblem};
use std::sync::Arc;

/// How many trainee files the class view takes at once.
pub const MAX_CLASS_FILES: usize = 60;

/// An exercise's answer key as fetched.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyStatus {
    Fetching,
    Ready(Arc<AnswerKey>),
    Failed(KeyFailure),
}

/// Why an answer key is not here.
#[derive(Clone, Debug, PartialEq)]
pub enum KeyFailure {
    /// The catalogue or the key's file could not be fetched, or the catalogue does not list
    /// the exercise.
    Example(ExampleProblem),
    /// The key's file was fetched but cannot be read.
    Key { file: String, problem: KeyProblem },
}

/// What the current workspace is compared with.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareSource {
    /// The file's name, or the example's name.
    pub label: String,
    pub workspace: Arc<Workspace>,
}

/// Why a chosen file gives no workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadFailure {
    /// It was read and failed a check of an import.
    File(FileProblem),
    /// The browser could not read it, in its words.
    Browser(String),
}

/// A file the person chose: its name and its bytes, or why the browser could not read them
/// (a file too large is not read at all).
#[derive(Clone, Debug, PartialEq)]
pub struct ChosenFile {
    pub name: String,
    pub bytes: Result<Vec<u8>, ReadFailure>,
}

impl ChosenFile {
    pub(super) fn workspace(self) -> (String, Result<Workspace, ReadFailure>) {
        let read = self
            .bytes
            .and_then(|bytes| read_file(&bytes).map_err(ReadFailure::File))
            .map(|file| file.workspace);
        (self.name, read)
    }
}

/// One trainee file of the class view: read, or why not.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassFile {
    pub name: String,
    pub read: Result<Arc<Workspace>, ReadFailure>,
}

/// The trainer's state: kept in this tab only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrainerState {
    /// Answer keys by exercise id.
    pub keys: HashMap<String, KeyStatus>,
    /// Whether the logged findings were revealed (the check is shown again).
    pub revealed: bool,
    pub compare_with: Option<CompareSource>,
    /// Why the last file or example chosen for the comparison could not be read.
    pub compare_problem: Option<(String, ReadFailure)>,
    /// While the model answer is being fetched for the comparison; why it failed.
    pub model_fetch: Option<Result<(), ExampleProblem>>,
    pub class: Vec<ClassFile>,
    /// Whether files were left out because the class view was full.
    pub class_overflow: bool,
}
