//! `cargo xtask`: the command-line entry point; parses arguments and dispatches to the commands.

mod messages;
mod minify;
mod process;
mod site;
mod size;
mod split;
mod steps;
mod styles;
mod tools;
mod workspace;

use std::env;
use std::error::Error;
use std::process::ExitCode;

use steps::{Step, TestOptions};
use tools::Tool;
use workspace::Workspace;

/// Every fallible xtask function returns a human-readable error that ends the run.
pub type Result<T = ()> = std::result::Result<T, Box<dyn Error>>;

/// Where the benchmark driver lives (written by the e2e test authors).
const BENCH_SCRIPT: &str = "tests/e2e/bench/run.mjs";
/// The team sync benchmark, run after the driver with the same arguments (it reads `--runs`
/// and `--dist` and ignores the rest).
const SYNC_BENCH_SCRIPT: &str = "tests/e2e/bench/sync.mjs";

fn main() -> ExitCode {
    match collect_args().and_then(|args| dispatch(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The arguments after `cargo xtask`, rejecting non-UTF-8 instead of panicking like `env::args`.
fn collect_args() -> Result<Vec<String>> {
    env::args_os()
        .skip(1)
        .map(|arg| {
            arg.into_string()
                .map_err(|arg| format!("argument {arg:?} is not valid UTF-8").into())
        })
        .collect()
}

fn dispatch(args: &[String]) -> Result {
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{}", help_text());
        return Err("no command given".into());
    };
    if asks_for_help(rest) {
        println!("{}", help_text());
        return Ok(());
    }
    match command.as_str() {
        "help" | "-h" | "--help" => {
            println!("{}", help_text());
            Ok(())
        }
        "serve" => serve(&Workspace::locate()?, &InstallArgs::parse(rest, true)?),
        "test" => steps::test(&Workspace::locate()?, &TestOptions::parse(rest)?),
        "dist" => dist(&Workspace::locate()?, &InstallArgs::parse(rest, false)?),
        "size" => {
            reject_arguments("size", rest)?;
            size::report(&Workspace::locate()?)
        }
        "bench" => bench(&Workspace::locate()?, &InstallArgs::parse(rest, true)?),
        "texts" => {
            let (top, matching) = texts_args(rest)?;
            let report = messages::kept_report(&Workspace::locate()?.join(""), top, matching)?;
            print!("{report}");
            Ok(())
        }
        "finish-dist" => site::finish(rest),
        other => Err(format!("unknown command `{other}`; run `cargo xtask help`").into()),
    }
}

/// `texts [--top N] [--file TEXT]`: how many lines, or the messages of which files.
fn texts_args(args: &[String]) -> Result<(usize, Option<&str>)> {
    let mut top = 40;
    let mut matching = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--top", Some(count)) => {
                top = count
                    .parse()
                    .map_err(|_| format!("--top takes a number, not `{count}`"))?;
            }
            ("--file", Some(text)) => matching = Some(text.as_str()),
            _ => return Err(format!("unexpected argument `{arg}`; run `cargo xtask help`").into()),
        }
    }
    Ok((top, matching))
}

/// `-h` or `--help` anywhere before `--`: every command prints the help instead of running
/// (`bench --help` would otherwise start a release build and the whole benchmark). After `--`
/// the flag belongs to the wrapped program.
fn asks_for_help(args: &[String]) -> bool {
    args.iter()
        .take_while(|arg| arg.as_str() != "--")
        .any(|arg| matches!(arg.as_str(), "-h" | "--help"))
}

/// Arguments shared by `serve`, `dist` and `bench`: `--skip-install` plus, where the
/// command wraps another program, arguments passed through to it.
struct InstallArgs {
    skip_install: bool,
    passthrough: Vec<String>,
}

impl InstallArgs {
    fn parse(args: &[String], allow_passthrough: bool) -> Result<Self> {
        let mut parsed = Self {
            skip_install: false,
            passthrough: Vec::new(),
        };
        let mut args = args.iter();
        for arg in args.by_ref() {
            match arg.as_str() {
                "--skip-install" => parsed.skip_install = true,
                // Everything after `--` belongs to the wrapped program, even `--skip-install`.
                "--" => break,
                _ if allow_passthrough => parsed.passthrough.push(arg.clone()),
                _ => return Err(format!("unexpected argument `{arg}`").into()),
            }
        }
        let rest: Vec<String> = args.cloned().collect();
        if !rest.is_empty() && !allow_passthrough {
            return Err(format!("unexpected arguments `{}`", rest.join(" ")).into());
        }
        parsed.passthrough.extend(rest);
        Ok(parsed)
    }

    fn ensure(&self, workspace: &Workspace, tools: &[Tool]) -> Result {
        if self.skip_install {
            println!("--skip-install: assuming the tools are installed");
            Ok(())
        } else {
            tools::ensure(workspace, tools)
        }
    }
}

fn reject_arguments(command: &str, args: &[String]) -> Result {
    match args.first() {
        None => Ok(()),
        Some(arg) => Err(format!("`{command}` takes no arguments, got `{arg}`").into()),
    }
}

/// README command 1: a debug build served by Trunk with live reload.
fn serve(workspace: &Workspace, args: &InstallArgs) -> Result {
    // The debug build skips wasm-opt, so neither node nor binaryen is needed here.
    args.ensure(
        workspace,
        &[Tool::WasmTarget, Tool::WasmBindgen, Tool::Trunk],
    )?;
    steps::fetch_crates(workspace)?;
    process::run(
        workspace
            .command("trunk")
            .arg("serve")
            .args(&args.passthrough),
    )
}

fn dist(workspace: &Workspace, args: &InstallArgs) -> Result {
    args.ensure(workspace, Step::Dist.tools())?;
    steps::release_build(workspace)?;
    size::report(workspace)
}

fn bench(workspace: &Workspace, args: &InstallArgs) -> Result {
    // Check before the long release build so a missing script fails in seconds.
    if !workspace.join(BENCH_SCRIPT).is_file() {
        return Err(format!("benchmark missing: {BENCH_SCRIPT} does not exist").into());
    }
    let tools: Vec<Tool> = [Step::Dist.tools(), Step::E2e.tools()].concat();
    args.ensure(workspace, &tools)?;
    steps::release_build(workspace)?;
    let download = size::report_total(workspace)?;
    // Every row is measured and printed before the budget decides the exit status.
    process::run(
        workspace
            .command("node")
            .arg(BENCH_SCRIPT)
            .arg("--budget")
            .arg(size::DOWNLOAD_BUDGET_GZIP_BYTES.to_string())
            .args(&args.passthrough),
    )?;
    process::run(
        workspace
            .command("node")
            .arg(SYNC_BENCH_SCRIPT)
            .args(&args.passthrough),
    )?;
    size::check_budget(download, size::DOWNLOAD_BUDGET_GZIP_BYTES)
}

fn help_text() -> String {
    let step_lines: Vec<String> = Step::ALL
        .iter()
        .map(|step| format!("    {:<13} {}", step.name(), step.description()))
        .collect();
    format!(
        "\
cargo xtask: build helper for SixTwo

USAGE:
    cargo xtask <COMMAND> [OPTIONS]

COMMANDS:
    serve [--skip-install] [-- <trunk args>]
        Install the wasm target, wasm-bindgen-cli and trunk if missing, then
        `trunk serve` (http://127.0.0.1:8080). Other arguments go to trunk.
    test [--skip-install] [--only <step>[,<step>...]]
        Install every tool the tests need if missing, then run the steps below
        in order, stopping at the first failure, and print a summary.
    dist [--skip-install]
        `trunk build --release` into dist/, then print the size report.
    size
        Raw and gzip -9 sizes of the .wasm, .js and .css files in dist/;
        also written to {report}.
    bench [--skip-install] [-- <bench args>]
        `dist`, then `node {bench}` with the other arguments: every row of
        issue 12's table next to its floor; then `node {sync_bench}` (team sync
        with 1,000 objectives). Fails when the download exceeds the budget in
        xtask/src/size.rs.
    texts [--top N] [--file TEXT]
        The English messages the first download keeps (build/text_groups.rs),
        summed by the files that keep them, largest first (40 lines unless
        --top); --file lists each message kept by a file whose path contains
        TEXT.
    finish-dist [<dir>]
        Trunk's post_build hook (Trunk.toml) for release builds: writes the
        messages files of the languages fetched on demand (messages/), minifies
        the JavaScript glue with terser and fixes its integrity digest, adds the
        Content-Security-Policy meta tag (with the hash of Trunk's inline loader)
        to index.html and writes the precache list and cache version into {sw}.
        <dir> defaults to TRUNK_STAGING_DIR; debug builds are left alone.
    help
        Show this text.

OPTIONS:
    --skip-install      Do not check or install tools; assume they are present.
    --only <step>       Run only the named test steps (repeatable or comma-separated);
                        only the tools those steps need are installed.

TEST STEPS (in order):
{steps}

Tools are pinned: trunk {trunk}, wasm-bindgen-cli at the Cargo.lock version,
wasm-opt from npm binaryen@132 in xtask/node, Chromium from apt.",
        report = size::REPORT_PATH,
        bench = BENCH_SCRIPT,
        sync_bench = SYNC_BENCH_SCRIPT,
        sw = site::SERVICE_WORKER,
        steps = step_lines.join("\n"),
        trunk = tools::TRUNK_VERSION,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|arg| arg.to_string()).collect()
    }

    #[test]
    fn help_flag_before_the_separator_asks_for_help() {
        assert!(asks_for_help(&strings(&["--help"])));
        assert!(asks_for_help(&strings(&["--skip-install", "-h"])));
        assert!(!asks_for_help(&strings(&["--skip-install"])));
        assert!(!asks_for_help(&strings(&["--", "--help"])));
        assert!(!asks_for_help(&[]));
    }

    #[test]
    fn passthrough_keeps_unknown_arguments_in_order() -> Result {
        let args = InstallArgs::parse(&strings(&["--port", "9000", "--skip-install"]), true)?;
        assert!(args.skip_install);
        assert_eq!(args.passthrough, strings(&["--port", "9000"]));
        Ok(())
    }

    #[test]
    fn arguments_after_double_dash_are_never_ours() -> Result {
        let args = InstallArgs::parse(&strings(&["--", "--skip-install"]), true)?;
        assert!(!args.skip_install);
        assert_eq!(args.passthrough, strings(&["--skip-install"]));
        Ok(())
    }

    #[test]
    fn commands_without_passthrough_reject_extra_arguments() {
        assert!(InstallArgs::parse(&strings(&["--release"]), false).is_err());
        assert!(InstallArgs::parse(&strings(&["--", "x"]), false).is_err());
    }
}
