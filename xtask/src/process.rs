//! Running child processes: echoing them, turning failures into errors, and version probes.

use std::io;
use std::process::{Command, Stdio};

use crate::Result;

/// Runs `command` with inherited stdio (so the user sees its progress) and fails on a
/// non-zero exit.
pub fn run(command: &mut Command) -> Result {
    let description = describe(command);
    println!("$ {description}");
    let status = command
        .status()
        .map_err(|error| start_error(command, &error))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{description}` failed ({status})").into())
    }
}

/// Names the likely cause when the program itself is missing (say after `--skip-install`).
pub fn start_error(command: &Command, error: &io::Error) -> String {
    let description = describe(command);
    if error.kind() == io::ErrorKind::NotFound {
        let program = command.get_program().to_string_lossy();
        format!("cannot start `{description}`: `{program}` not found on PATH; is it installed?")
    } else {
        format!("cannot start `{description}`: {error}")
    }
}

/// The trimmed stdout of a quiet probe such as `trunk --version`, or `None` when the
/// program is missing or fails: for probes, absent and broken both mean "install it".
pub fn probe(command: &mut Command) -> Option<String> {
    let output = command
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// The command line as the user would type it, for echoing and error messages.
pub fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}
