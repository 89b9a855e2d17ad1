//! The `cargo xtask test` tiers: what each step runs, which tools it needs, and the timed
//! runner that stops at the first failure and prints a summary.

use std::fs;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::process::run;
use crate::size;
use crate::tools::{self, Tool, WASM_TARGET};
use crate::workspace::{Workspace, DIST_DIR, E2E_DIR};
use crate::Result;

/// One tier of `cargo xtask test`, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Fmt,
    Clippy,
    ClippyWasm,
    TestNative,
    TestWeb,
    Dist,
    E2e,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Fmt,
        Step::Clippy,
        Step::ClippyWasm,
        Step::TestNative,
        Step::TestWeb,
        Step::Dist,
        Step::E2e,
    ];

    /// The name used by `--only` and in the summary.
    pub fn name(self) -> &'static str {
        match self {
            Step::Fmt => "fmt",
            Step::Clippy => "clippy",
            Step::ClippyWasm => "clippy-wasm",
            Step::TestNative => "test-native",
            Step::TestWeb => "test-web",
            Step::Dist => "dist",
            Step::E2e => "e2e",
        }
    }

    /// What the step runs, for `cargo xtask help`.
    pub fn description(self) -> &'static str {
        match self {
            Step::Fmt => "cargo fmt --all -- --check",
            Step::Clippy => "cargo clippy --workspace --all-targets -- -D warnings",
            Step::ClippyWasm => {
                "cargo clippy --target wasm32-unknown-unknown --features pseudo-locale --lib --bins --tests -- -D warnings, with the release build's wasm flags (--cfg sixtwo_split)"
            }
            Step::TestNative => "cargo test --workspace",
            Step::TestWeb => {
                "cargo test --target wasm32-unknown-unknown --features pseudo-locale --test 'web_*' (Chromium)"
            }
            Step::Dist => {
                "trunk build --release into dist/ + size report (same as `cargo xtask dist`)"
            }
            Step::E2e => "npx playwright test in tests/e2e, against dist/",
        }
    }

    fn from_name(name: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.name() == name)
    }

    /// The tools to install before the step can run.
    pub fn tools(self) -> &'static [Tool] {
        match self {
            Step::Fmt | Step::Clippy | Step::TestNative => &[],
            Step::ClippyWasm => &[Tool::WasmTarget],
            Step::TestWeb => &[Tool::WasmTarget, Tool::WasmBindgen, Tool::Chromium],
            Step::Dist => &[
                Tool::WasmTarget,
                Tool::WasmBindgen,
                Tool::Trunk,
                Tool::Binaryen,
            ],
            // The Chinese evidence pack is printed to PDF and read back: it needs CJK glyphs.
            Step::E2e => &[Tool::Chromium, Tool::CjkFonts, Tool::E2eDependencies],
        }
    }

    fn run(self, workspace: &Workspace) -> Result {
        let cargo = || workspace.command("cargo");
        match self {
            Step::Fmt => run(cargo().args(["fmt", "--all", "--", "--check"])),
            Step::Clippy => run(cargo()
                .args(["clippy", "--workspace", "--all-targets"])
                .args(DENY_WARNINGS)),
            Step::ClippyWasm => run(&mut clippy_wasm(cargo())),
            Step::TestNative => run(cargo().args(["test", "--workspace"])),
            Step::TestWeb => {
                require_web_tests(workspace)?;
                // The test runner and CHROMEDRIVER come from .cargo/config.toml. The
                // pseudo-locale adds a language for the test that looks for text outside the
                // catalogue; the other browser tests run the same with it.
                run(cargo().args([
                    "test",
                    "--target",
                    WASM_TARGET,
                    "--features",
                    PSEUDO_LOCALE,
                    "--test",
                    "web_*",
                ]))
            }
            Step::Dist => release_build(workspace).and_then(|()| size::report(workspace)),
            Step::E2e => run_e2e_tests(workspace),
        }
    }
}

/// The wasm lint: `cargo` with the arguments and environment of the clippy-wasm step.
///
/// It lints the split build, as `cargo xtask dist` compiles it (`--cfg sixtwo_split`): the
/// code only split builds have (waiting for a view group's code, team sync fetched when
/// needed) is linted here, and the unsplit branches of the same functions, which carry no
/// `target_arch` condition, by the native step. One run, so the step takes no longer.
fn clippy_wasm(mut cargo: Command) -> Command {
    cargo
        .args([
            "clippy",
            "--target",
            WASM_TARGET,
            // The pseudo-locale's code is linted here; the native step lints the build
            // without it.
            "--features",
            PSEUDO_LOCALE,
            "--lib",
            "--bins",
            "--tests",
        ])
        .args(DENY_WARNINGS)
        .env(SPLIT_RUSTFLAGS_VAR, SPLIT_RUSTFLAGS);
    cargo
}

const DENY_WARNINGS: [&str; 3] = ["--", "-D", "warnings"];
/// The feature that adds the generated pseudo-locale (never in release builds).
const PSEUDO_LOCALE: &str = "pseudo-locale";

/// Options of `cargo xtask test`.
#[derive(Debug, Default)]
pub struct TestOptions {
    skip_install: bool,
    /// Empty means every step.
    only: Vec<Step>,
}

impl TestOptions {
    pub fn parse(args: &[String]) -> Result<Self> {
        let mut options = Self::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let only = match arg.as_str() {
                "--skip-install" => {
                    options.skip_install = true;
                    continue;
                }
                "--only" => args.next().ok_or("--only needs a step name")?.as_str(),
                _ => arg.strip_prefix("--only=").ok_or_else(|| {
                    format!("unexpected argument `{arg}`; see `cargo xtask help`")
                })?,
            };
            for name in only.split(',') {
                options
                    .only
                    .push(Step::from_name(name).ok_or_else(|| unknown_step(name))?);
            }
        }
        Ok(options)
    }

    fn selected_steps(&self) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|step| self.only.is_empty() || self.only.contains(step))
            .collect()
    }
}

fn unknown_step(name: &str) -> String {
    let names: Vec<&str> = Step::ALL.iter().map(|step| step.name()).collect();
    format!("unknown step `{name}`; the steps are {}", names.join(", "))
}

/// README command 2: install what the selected steps need, then run them in order.
pub fn test(workspace: &Workspace, options: &TestOptions) -> Result {
    let steps = options.selected_steps();
    let mut phases = Vec::new();
    if options.skip_install {
        println!("--skip-install: assuming the tools are installed");
    } else {
        let needed: Vec<Tool> = steps
            .iter()
            .flat_map(|step| step.tools())
            .copied()
            .collect();
        phases.push(Phase::Install(needed));
    }
    phases.extend(steps.into_iter().map(Phase::Step));
    run_phases(workspace, &phases)
}

/// A timed unit of `cargo xtask test`: the tool installation or one step.
enum Phase {
    Install(Vec<Tool>),
    Step(Step),
}

impl Phase {
    fn name(&self) -> &'static str {
        match self {
            Phase::Install(_) => "install",
            Phase::Step(step) => step.name(),
        }
    }

    fn run(&self, workspace: &Workspace) -> Result {
        match self {
            Phase::Install(tools) => tools::ensure(workspace, tools),
            Phase::Step(step) => step.run(workspace),
        }
    }
}

enum Outcome {
    Passed(Duration),
    Failed(Duration),
    NotRun,
}

/// Runs the phases in order, stops at the first failure, and always prints the summary.
fn run_phases(workspace: &Workspace, phases: &[Phase]) -> Result {
    let started = Instant::now();
    let mut outcomes = Vec::with_capacity(phases.len());
    let mut failure = None;
    for (index, phase) in phases.iter().enumerate() {
        if failure.is_some() {
            outcomes.push(Outcome::NotRun);
            continue;
        }
        println!("\n==> [{}/{}] {}", index + 1, phases.len(), phase.name());
        let phase_started = Instant::now();
        let result = phase.run(workspace);
        let elapsed = phase_started.elapsed();
        match result {
            Ok(()) => {
                println!(
                    "<== {} passed in {}",
                    phase.name(),
                    format_duration(elapsed)
                );
                outcomes.push(Outcome::Passed(elapsed));
            }
            Err(error) => {
                println!(
                    "<== {} FAILED after {}",
                    phase.name(),
                    format_duration(elapsed)
                );
                outcomes.push(Outcome::Failed(elapsed));
                failure = Some(format!("step `{}` failed: {error}", phase.name()));
            }
        }
    }
    print_summary(phases, &outcomes, started.elapsed());
    match failure {
        Some(message) => Err(message.into()),
        None => Ok(()),
    }
}

fn print_summary(phases: &[Phase], outcomes: &[Outcome], total: Duration) {
    println!("\nSummary");
    println!("  {:<13} {:<8} {:>10}", "step", "result", "time");
    for (phase, outcome) in phases.iter().zip(outcomes) {
        let (result, time) = match outcome {
            Outcome::Passed(elapsed) => ("ok", format_duration(*elapsed)),
            Outcome::Failed(elapsed) => ("FAILED", format_duration(*elapsed)),
            Outcome::NotRun => ("not run", String::new()),
        };
        println!("  {:<13} {:<8} {:>10}", phase.name(), result, time);
    }
    println!("  {:<13} {:<8} {:>10}", "total", "", format_duration(total));
}

/// `12.3s` or `4m 05.6s`.
fn format_duration(duration: Duration) -> String {
    let tenths = duration.as_millis() / 100;
    let (minutes, seconds, tenth) = (tenths / 600, tenths % 600 / 10, tenths % 10);
    if minutes == 0 {
        format!("{seconds}.{tenth}s")
    } else {
        format!("{minutes}m {seconds:02}.{tenth}s")
    }
}

/// Downloads every crate, because Trunk builds offline (`offline = true` in Trunk.toml).
pub fn fetch_crates(workspace: &Workspace) -> Result {
    run(workspace.command("cargo").arg("fetch"))
}

/// The optimised build in dist/, shared by `dist`, `bench` and the test step. It marks the
/// rarely used views as split points (`--cfg sixtwo_split`) and keeps the relocations the
/// splitter needs; `finish-dist` then cuts the module (xtask/src/split.rs).
pub fn release_build(workspace: &Workspace) -> Result {
    fetch_crates(workspace)?;
    let flags = format!(
        "{SPLIT_RUSTFLAGS}{}",
        remapped_sources(cargo_home().as_deref())
    );
    run(workspace
        .command("trunk")
        .args(["build", "--release"])
        .env(SPLIT_RUSTFLAGS_VAR, flags))
}

/// Cargo's home: `CARGO_HOME`, or `.cargo` in the home folder.
fn cargo_home() -> Option<std::path::PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| std::path::Path::new(&home).join(".cargo")))
}

/// Flags that cut the folder where cargo unpacks the crates' sources from the paths compiled
/// into the wasm (the locations of panics and assertions in the crates): about 75 paths of the
/// main module lose `/root/.cargo/registry/src/index.crates.io-<hash>/`, so the first download
/// is smaller and the same on every machine. Each registry's folder is cut whole where it
/// exists (rustc lets the last matching prefix win); a folder whose path holds white space is
/// left alone, since the flags travel in a variable split at white space.
fn remapped_sources(cargo_home: Option<&std::path::Path>) -> String {
    let Some(sources) = cargo_home.map(|home| home.join("registry").join("src")) else {
        return String::new();
    };
    let mut prefixes = vec![sources.clone()];
    if let Ok(entries) = fs::read_dir(&sources) {
        let mut registries: Vec<_> = entries.flatten().map(|entry| entry.path()).collect();
        registries.sort();
        prefixes.extend(registries);
    }
    prefixes
        .iter()
        .filter_map(|prefix| prefix.to_str())
        .filter(|prefix| !prefix.contains(char::is_whitespace))
        .map(|prefix| format!(" --remap-path-prefix={prefix}/="))
        .collect()
}

/// Overrides `target.wasm32-unknown-unknown.rustflags` of .cargo/config.toml for the wasm
/// build only: build scripts, proc macros and xtask keep their cached builds.
const SPLIT_RUSTFLAGS_VAR: &str = "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS";
/// The flags of .cargo/config.toml (the variable replaces them, so they are repeated here),
/// the split points, and the relocations wasm-split reads (the wasm lint uses them too; it
/// links nothing, so the relocations change nothing there).
const SPLIT_RUSTFLAGS: &str = "--cfg erase_components --cfg sixtwo_split -C link-arg=--emit-relocs";

/// Without this check cargo's own error ("no test target named `web_*`") hides the cause.
fn require_web_tests(workspace: &Workspace) -> Result {
    let tests_dir = workspace.join("tests");
    let entries = fs::read_dir(&tests_dir).map_err(|error| {
        format!(
            "browser tests missing: cannot read {}: {error}",
            tests_dir.display()
        )
    })?;
    let has_web_test = entries.filter_map(|entry| entry.ok()).any(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        name.starts_with("web_") && name.ends_with(".rs")
    });
    if has_web_test {
        Ok(())
    } else {
        Err("browser tests missing: no tests/web_*.rs files".into())
    }
}

fn run_e2e_tests(workspace: &Workspace) -> Result {
    let e2e_dir = workspace.join(E2E_DIR);
    if !e2e_dir.join("package.json").is_file() {
        return Err(
            format!("end-to-end tests missing: {E2E_DIR}/package.json does not exist").into(),
        );
    }
    if !workspace.join(DIST_DIR).join("index.html").is_file() {
        return Err(format!(
            "{DIST_DIR}/index.html missing: build it first (`cargo xtask dist` or the dist step)"
        )
        .into());
    }
    check_bench_scripts(workspace)?;
    println!("running Playwright in {E2E_DIR}");
    run(workspace
        .command_in(&e2e_dir, "npx")
        // --no: use the project's pinned Playwright, never fetch another one from npm.
        .args(["--no", "playwright", "test"])
        // Test exactly this checkout's build, whatever the environment says.
        .env("SIXTWO_DIST", workspace.join(DIST_DIR))
        // The tests use Debian's /usr/bin/chromium; never download browsers.
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}

/// Parses every benchmark script (`node --check`) without running it: the benchmark is run by
/// hand, so a script broken by a merge (a name declared twice) would otherwise go unnoticed
/// until someone measures.
fn check_bench_scripts(workspace: &Workspace) -> Result {
    let bench_dir = workspace.join(E2E_DIR).join("bench");
    let entries = fs::read_dir(&bench_dir)
        .map_err(|error| format!("cannot read {}: {error}", bench_dir.display()))?;
    let mut scripts: Vec<_> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "mjs"))
        .collect();
    scripts.sort();
    println!("checking {} benchmark scripts parse", scripts.len());
    for script in scripts {
        run(workspace.command("node").arg("--check").arg(&script))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<TestOptions> {
        let args: Vec<String> = args.iter().map(|arg| arg.to_string()).collect();
        TestOptions::parse(&args)
    }

    #[test]
    fn the_split_build_keeps_the_configured_wasm_flags() -> Result {
        let config = fs::read_to_string(Workspace::locate()?.join(".cargo/config.toml"))?;
        let line = config
            .lines()
            .skip_while(|line| line.trim() != "[target.wasm32-unknown-unknown]")
            .find(|line| line.starts_with("rustflags"))
            .ok_or("no wasm32 rustflags in .cargo/config.toml")?;
        let configured: Vec<&str> = line
            .split(['[', ']', ',', '"'])
            .skip(1)
            .map(str::trim)
            .filter(|word| !word.is_empty())
            .collect();
        let split: Vec<&str> = SPLIT_RUSTFLAGS.split_whitespace().collect();
        assert!(split.starts_with(&configured), "{configured:?} is not kept");
        assert!(SPLIT_RUSTFLAGS.contains("--cfg sixtwo_split"));
        Ok(())
    }

    #[test]
    fn the_release_build_cuts_the_crates_sources_folder_from_compiled_paths() -> Result {
        let home = std::env::temp_dir().join(format!("sixtwo-remap-{}", std::process::id()));
        let registry = home
            .join("registry")
            .join("src")
            .join("index.crates.io-0123");
        fs::create_dir_all(&registry)?;
        let flags = remapped_sources(Some(&home));
        let sources = home.join("registry").join("src");
        assert_eq!(
            flags,
            format!(
                " --remap-path-prefix={}/= --remap-path-prefix={}/=",
                sources.display(),
                registry.display()
            )
        );
        fs::remove_dir_all(&home)?;
        // No registry unpacked yet: the folder itself is still cut; no home, no flags.
        assert_eq!(
            remapped_sources(Some(&home)),
            format!(" --remap-path-prefix={}/=", sources.display())
        );
        assert_eq!(remapped_sources(None), "");
        assert_eq!(remapped_sources(Some(std::path::Path::new("/a home"))), "");
        Ok(())
    }

    #[test]
    fn the_wasm_lint_lints_the_split_build_with_the_configured_flags() -> Result {
        let workspace = Workspace::locate()?;
        let command = clippy_wasm(workspace.command("cargo"));
        let args: Vec<&str> = command.get_args().filter_map(|arg| arg.to_str()).collect();
        assert_eq!(
            args,
            [
                "clippy",
                "--target",
                "wasm32-unknown-unknown",
                "--features",
                "pseudo-locale",
                "--lib",
                "--bins",
                "--tests",
                "--",
                "-D",
                "warnings"
            ]
        );
        let flags = command
            .get_envs()
            .find(|(name, _)| *name == SPLIT_RUSTFLAGS_VAR)
            .and_then(|(_, value)| value)
            .and_then(|value| value.to_str())
            .ok_or("the wasm lint sets no wasm flags")?;
        // The split points, and .cargo/config.toml's flags kept (the test above).
        assert_eq!(flags, SPLIT_RUSTFLAGS);
        assert!(Step::ClippyWasm
            .description()
            .contains("--cfg sixtwo_split"));
        Ok(())
    }

    #[test]
    fn only_selects_steps_in_canonical_order() -> Result {
        let options = parse(&["--only", "e2e,fmt", "--only=dist", "--skip-install"])?;
        assert!(options.skip_install);
        assert_eq!(options.selected_steps(), [Step::Fmt, Step::Dist, Step::E2e]);
        Ok(())
    }

    #[test]
    fn no_only_selects_every_step() -> Result {
        assert_eq!(parse(&[])?.selected_steps(), Step::ALL);
        Ok(())
    }

    #[test]
    fn rejects_unknown_steps_and_arguments() {
        assert!(parse(&["--only", "lint"]).is_err());
        assert!(parse(&["--only"]).is_err());
        assert!(parse(&["--verbose"]).is_err());
    }

    #[test]
    fn step_names_round_trip() {
        for step in Step::ALL {
            assert_eq!(Step::from_name(step.name()), Some(step));
        }
    }

    #[test]
    fn formats_durations_for_humans() {
        assert_eq!(format_duration(Duration::from_millis(12_345)), "12.3s");
        assert_eq!(format_duration(Duration::from_millis(245_600)), "4m 05.6s");
    }
}
