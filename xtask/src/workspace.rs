//! Workspace paths and the environment (cwd, PATH) that every child process runs in.

use std::env;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Result;

/// The Trunk output directory (Trunk.toml `dist`).
pub const DIST_DIR: &str = "dist";
/// The npm project that provides wasm-opt (binaryen).
pub const XTASK_NODE_DIR: &str = "xtask/node";
/// The Playwright project with the end-to-end tests.
pub const E2E_DIR: &str = "tests/e2e";

/// The repository root plus the PATH that puts the pinned tools first.
pub struct Workspace {
    root: PathBuf,
    tool_path: OsString,
}

impl Workspace {
    pub fn locate() -> Result<Self> {
        // `cargo run` sets CARGO_MANIFEST_DIR at run time; the compile-time value
        // covers running the built binary directly.
        let xtask_dir = env::var_os("CARGO_MANIFEST_DIR")
            .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
        let root = xtask_dir
            .parent()
            .ok_or_else(|| format!("{} has no parent directory", xtask_dir.display()))?
            .to_path_buf();
        if !root.join("Cargo.toml").is_file() {
            return Err(format!(
                "{} is not the workspace root (no Cargo.toml)",
                root.display()
            )
            .into());
        }
        let tool_path = tool_path(&root)?;
        Ok(Self { root, tool_path })
    }

    pub fn join(&self, relative: impl AsRef<Path>) -> PathBuf {
        self.root.join(relative)
    }

    /// A command run from the workspace root with the pinned tools first on PATH.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        self.command_in(&self.root, program)
    }

    /// Like [`Workspace::command`] but run from `dir`.
    pub fn command_in(&self, dir: impl AsRef<Path>, program: impl AsRef<OsStr>) -> Command {
        let mut command = Command::new(program);
        // On Unix, std looks the program up in the PATH given here, so the pinned
        // tools win over any other versions the user has installed.
        command.current_dir(dir).env("PATH", &self.tool_path);
        command
    }

    /// Where `program` would be found on the tool PATH, if anywhere.
    pub fn find_program(&self, program: &str) -> Option<PathBuf> {
        env::split_paths(&self.tool_path)
            .map(|dir| dir.join(program))
            .find(|candidate| candidate.is_file())
    }
}

/// `$CARGO_HOME/bin` and `xtask/node/node_modules/.bin` in front of the inherited PATH.
///
/// Trunk downloads any tool it cannot find on PATH at exactly the pinned version (and
/// fails, since Trunk.toml sets `offline = true`), so both directories must come first.
fn tool_path(root: &Path) -> Result<OsString> {
    let node_bin = root.join(XTASK_NODE_DIR).join("node_modules").join(".bin");
    let inherited = env::var_os("PATH").unwrap_or_default();
    let dirs = [cargo_bin_dir()?, node_bin]
        .into_iter()
        .chain(env::split_paths(&inherited));
    env::join_paths(dirs).map_err(|error| format!("cannot build PATH: {error}").into())
}

/// Where `cargo install` puts binaries: `$CARGO_HOME/bin`, else `$HOME/.cargo/bin`.
fn cargo_bin_dir() -> Result<PathBuf> {
    let cargo_home = match (env::var_os("CARGO_HOME"), env::var_os("HOME")) {
        (Some(cargo_home), _) => PathBuf::from(cargo_home),
        (None, Some(home)) => Path::new(&home).join(".cargo"),
        (None, None) => return Err("neither CARGO_HOME nor HOME is set".into()),
    };
    Ok(cargo_home.join("bin"))
}
