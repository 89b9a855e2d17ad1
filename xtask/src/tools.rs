//! Installing the exact tool versions the build needs, and skipping whatever is already there.

use std::fs;
use std::path::Path;

use crate::process::{probe, run};
use crate::workspace::{Workspace, E2E_DIR, XTASK_NODE_DIR};
use crate::Result;

/// The only Trunk version the build is tested with.
pub const TRUNK_VERSION: &str = "0.21.14";
/// The browser target every wasm build and test uses.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Must match `wasm_opt` in Trunk.toml.
const WASM_OPT_VERSION: &str = "version_132";
const MIN_NODE_MAJOR: u32 = 18;
/// Where Debian's chromium packages put the binaries; .cargo/config.toml (CHROMEDRIVER)
/// and the Playwright config use these exact paths.
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The Debian package with the Chinese, Japanese and Korean fonts the Chinese tests render.
const CJK_FONT_PACKAGE: &str = "fonts-noto-cjk";
/// Files of [`CJK_FONT_PACKAGE`] (bookworm, trixie); any one of them means it is installed.
const CJK_FONT_FILES: [&str; 2] = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
];
/// A copy of the package-lock.json that `tests/e2e/node_modules` was installed from.
const E2E_INSTALL_STAMP: &str = "node_modules/.xtask-installed-package-lock.json";

/// Something a command needs before it can run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    /// `chromium` and `chromium-driver` from apt, for the browser and e2e tiers.
    Chromium,
    /// A font with Chinese glyphs (`fonts-noto-cjk` from apt): without one, Chromium draws
    /// Chinese text as empty boxes and the evidence pack's PDF holds no Chinese text.
    CjkFonts,
    /// `node` (18 or newer) and `npm` from apt.
    Node,
    /// The `wasm32-unknown-unknown` rustup target.
    WasmTarget,
    /// `wasm-bindgen` and its test runner at the Cargo.lock version.
    WasmBindgen,
    /// `trunk` at [`TRUNK_VERSION`].
    Trunk,
    /// `wasm-opt` from the npm package binaryen, and terser, in `xtask/node`.
    Binaryen,
    /// The Playwright project's `node_modules` in `tests/e2e`.
    E2eDependencies,
}

impl Tool {
    /// System packages come first because the npm installs need node.
    const INSTALL_ORDER: [Tool; 8] = [
        Tool::Chromium,
        Tool::CjkFonts,
        Tool::Node,
        Tool::WasmTarget,
        Tool::WasmBindgen,
        Tool::Trunk,
        Tool::Binaryen,
        Tool::E2eDependencies,
    ];

    fn needs_node(self) -> bool {
        matches!(self, Tool::Binaryen | Tool::E2eDependencies)
    }
}

/// Installs whichever of `tools` (and what they depend on) is missing, in a safe order.
pub fn ensure(workspace: &Workspace, tools: &[Tool]) -> Result {
    let wanted = |tool: Tool| {
        tools.contains(&tool) || (tool == Tool::Node && tools.iter().any(|t| t.needs_node()))
    };
    let missing_packages = missing_system_packages(workspace, wanted);
    if !missing_packages.is_empty() {
        apt_install(workspace, &missing_packages)?;
    }
    for tool in Tool::INSTALL_ORDER.into_iter().filter(|&tool| wanted(tool)) {
        match tool {
            Tool::Chromium => check_chromium_installed()?,
            Tool::CjkFonts => check_cjk_fonts_installed(workspace)?,
            Tool::Node => check_node_version(workspace)?,
            Tool::WasmTarget => ensure_wasm_target(workspace)?,
            Tool::WasmBindgen => ensure_wasm_bindgen(workspace)?,
            Tool::Trunk => ensure_trunk(workspace)?,
            Tool::Binaryen => ensure_binaryen(workspace)?,
            Tool::E2eDependencies => ensure_e2e_dependencies(workspace)?,
        }
    }
    Ok(())
}

/// The apt packages to install, collected first so that one `apt-get update` serves all.
fn missing_system_packages(
    workspace: &Workspace,
    wanted: impl Fn(Tool) -> bool,
) -> Vec<&'static str> {
    let mut checks = Vec::new();
    if wanted(Tool::Chromium) {
        checks.extend([(CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")]);
    }
    if wanted(Tool::Node) {
        checks.extend([("node", "nodejs"), ("npm", "npm")]);
    }
    let mut missing: Vec<&'static str> = checks
        .into_iter()
        .filter(|&(program, package)| {
            let present = Path::new(program).is_file() || workspace.find_program(program).is_some();
            if present {
                println!(
                    "{package} already installed ({})",
                    version_of(workspace, program)
                );
            }
            !present
        })
        .map(|(_, package)| package)
        .collect();
    if wanted(Tool::CjkFonts) {
        match chinese_fonts(workspace) {
            Some(fonts) => println!("a Chinese font is already installed ({fonts})"),
            None => missing.push(CJK_FONT_PACKAGE),
        }
    }
    missing
}

/// Names a font that can draw Chinese, or `None` if there is none: the package's own files,
/// else whatever fontconfig (which Chromium uses) lists for Chinese.
fn chinese_fonts(workspace: &Workspace) -> Option<String> {
    if let Some(file) = CJK_FONT_FILES.iter().find(|file| Path::new(file).is_file()) {
        return Some(format!("{CJK_FONT_PACKAGE}: {file}"));
    }
    // Absent when fontconfig's tools are not installed: then only the package's files count.
    let listed = probe(workspace.command("fc-list").args([":lang=zh", "family"]))?;
    first_font_family(&listed).map(|family| format!("fontconfig: {family}"))
}

/// The first family in `fc-list … family` output ("Noto Sans CJK SC,Noto Sans CJK TC,…").
fn first_font_family(fc_list: &str) -> Option<String> {
    fc_list
        .lines()
        .filter_map(|line| line.split(',').next())
        .map(str::trim)
        .find(|family| !family.is_empty())
        .map(str::to_owned)
}

fn check_cjk_fonts_installed(workspace: &Workspace) -> Result {
    match chinese_fonts(workspace) {
        Some(_) => Ok(()),
        None => Err(format!(
            "no font for Chinese text after installing {CJK_FONT_PACKAGE}: \
             neither {} exists nor does `fc-list :lang=zh` list a font",
            CJK_FONT_FILES.join(" nor ")
        )
        .into()),
    }
}

/// `program --version` for log lines, so CI output records what actually ran.
fn version_of(workspace: &Workspace, program: &str) -> String {
    probe(workspace.command(program).arg("--version")).unwrap_or_else(|| program.to_owned())
}

fn apt_install(workspace: &Workspace, packages: &[&str]) -> Result {
    let package_list = packages.join(" ");
    if workspace.find_program("apt-get").is_none() {
        return Err(format!(
            "missing {package_list}, and apt-get is not available to install them"
        )
        .into());
    }
    let use_sudo = !is_root(workspace);
    if use_sudo && workspace.find_program("sudo").is_none() {
        return Err(format!(
            "missing {package_list}: run `apt-get install -y {package_list}` as root"
        )
        .into());
    }
    println!("installing {package_list} with apt-get");
    run(apt_get(workspace, use_sudo).arg("update"))?;
    run(apt_get(workspace, use_sudo)
        .args(["install", "-y"])
        .args(packages))
}

/// `apt-get` that never prompts, through sudo when we are not root.
fn apt_get(workspace: &Workspace, use_sudo: bool) -> std::process::Command {
    const NONINTERACTIVE: (&str, &str) = ("DEBIAN_FRONTEND", "noninteractive");
    if use_sudo {
        // sudo resets the environment, so the variable goes on its command line.
        let mut command = workspace.command("sudo");
        command.arg(format!("{}={}", NONINTERACTIVE.0, NONINTERACTIVE.1));
        command.arg("apt-get");
        command
    } else {
        let mut command = workspace.command("apt-get");
        command.env(NONINTERACTIVE.0, NONINTERACTIVE.1);
        command
    }
}

fn is_root(workspace: &Workspace) -> bool {
    probe(workspace.command("id").arg("-u")).as_deref() == Some("0")
}

fn check_chromium_installed() -> Result {
    match [CHROMIUM, CHROMEDRIVER]
        .into_iter()
        .find(|path| !Path::new(path).is_file())
    {
        Some(path) => Err(format!("{path} is still missing after installing chromium").into()),
        None => Ok(()),
    }
}

fn check_node_version(workspace: &Workspace) -> Result {
    let version = probe(workspace.command("node").arg("--version"))
        .ok_or("node does not run; install Node.js 18 or newer (apt-get install nodejs npm)")?;
    match node_major_version(&version) {
        Some(major) if major >= MIN_NODE_MAJOR => Ok(()),
        _ => Err(
            format!("node {version} is too old; install Node.js {MIN_NODE_MAJOR} or newer").into(),
        ),
    }
}

/// `v20.20.2` -> 20.
fn node_major_version(version: &str) -> Option<u32> {
    version
        .trim()
        .trim_start_matches('v')
        .split('.')
        .next()?
        .parse()
        .ok()
}

fn ensure_wasm_target(workspace: &Workspace) -> Result {
    let installed = probe(
        workspace
            .command("rustup")
            .args(["target", "list", "--installed"]),
    )
    .ok_or("cannot list installed Rust targets: is rustup on PATH?")?;
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        println!("rustup target {WASM_TARGET} already installed");
        return Ok(());
    }
    run(workspace
        .command("rustup")
        .args(["target", "add", WASM_TARGET]))
}

fn ensure_wasm_bindgen(workspace: &Workspace) -> Result {
    // Trunk and the test runner refuse a wasm-bindgen CLI that differs from the library.
    let version = locked_version(workspace, "wasm-bindgen")?;
    let expected = format!("wasm-bindgen {version}");
    let installed = || {
        prints_version(workspace, "wasm-bindgen", &expected)
            && workspace.find_program("wasm-bindgen-test-runner").is_some()
    };
    if installed() {
        println!("wasm-bindgen-cli {version} already installed");
        return Ok(());
    }
    // No --locked: wasm-bindgen-cli's own lockfile does not build with this toolchain.
    run(workspace.command("cargo").args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &version,
        "--force",
    ]))?;
    confirm_installed(installed(), &expected)
}

fn ensure_trunk(workspace: &Workspace) -> Result {
    let expected = format!("trunk {TRUNK_VERSION}");
    let installed = || prints_version(workspace, "trunk", &expected);
    if installed() {
        println!("{expected} already installed");
        return Ok(());
    }
    // --locked is required: a fresh resolution picks parcel_selectors 0.28.3, which wants
    // cssparser 0.37 while lightningcss 1.0.0-alpha.65 uses 0.33, and the build fails.
    run(workspace.command("cargo").args([
        "install",
        "trunk",
        "--version",
        TRUNK_VERSION,
        "--locked",
        "--force",
    ]))?;
    confirm_installed(installed(), &expected)
}

/// Whether `program --version` prints exactly `expected`, e.g. `trunk 0.21.14`.
fn prints_version(workspace: &Workspace, program: &str, expected: &str) -> bool {
    probe(workspace.command(program).arg("--version")).as_deref() == Some(expected)
}

/// Catches an install that "succeeded" but is shadowed or broken, before a build
/// fails later with a less obvious message.
fn confirm_installed(installed: bool, expected: &str) -> Result {
    if installed {
        Ok(())
    } else {
        Err(format!("installed {expected}, but it is still not what runs from PATH").into())
    }
}

fn ensure_binaryen(workspace: &Workspace) -> Result {
    let wasm_opt = workspace
        .join(XTASK_NODE_DIR)
        .join("node_modules/.bin/wasm-opt");
    // The same `npm ci` installs terser, which minifies the JavaScript glue (minify.rs).
    let terser = workspace.join(XTASK_NODE_DIR).join(crate::minify::TERSER);
    let installed = || {
        probe(workspace.command(&wasm_opt).arg("--version"))
            .is_some_and(|version| version.contains(WASM_OPT_VERSION))
            && terser.is_file()
    };
    if installed() {
        println!("wasm-opt {WASM_OPT_VERSION} already installed ({XTASK_NODE_DIR})");
        return Ok(());
    }
    // Never Debian's binaryen (version 108): its output fails at run time with Leptos 0.8.
    run(workspace.command("npm").args([
        "ci",
        "--prefix",
        XTASK_NODE_DIR,
        "--no-audit",
        "--no-fund",
    ]))?;
    confirm_installed(installed(), &format!("wasm-opt {WASM_OPT_VERSION}"))
}

fn ensure_e2e_dependencies(workspace: &Workspace) -> Result {
    let e2e_dir = workspace.join(E2E_DIR);
    if !e2e_dir.join("package.json").is_file() {
        return Err(
            format!("end-to-end tests missing: {E2E_DIR}/package.json does not exist").into(),
        );
    }
    let lock_path = e2e_dir.join("package-lock.json");
    let lock = fs::read(&lock_path).map_err(|error| {
        format!(
            "cannot read {}: {error} (npm ci needs it)",
            lock_path.display()
        )
    })?;
    let stamp_path = e2e_dir.join(E2E_INSTALL_STAMP);
    if fs::read(&stamp_path).is_ok_and(|stamp| stamp == lock) {
        println!("{E2E_DIR} node modules already up to date");
        return Ok(());
    }
    run(workspace
        .command("npm")
        .args(["ci", "--prefix", E2E_DIR, "--no-audit", "--no-fund"])
        // Playwright drives Debian's /usr/bin/chromium; it must not download browsers.
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    write_stamp(&stamp_path, &lock)
}

fn write_stamp(path: &Path, contents: &[u8]) -> Result {
    // npm creates no node_modules when there is nothing to install.
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)
            .map_err(|error| format!("cannot create {}: {error}", dir.display()))?;
    }
    fs::write(path, contents)
        .map_err(|error| format!("cannot write {}: {error}", path.display()).into())
}

/// The single version of `package` in Cargo.lock.
fn locked_version(workspace: &Workspace, package: &str) -> Result<String> {
    let lock_path = workspace.join("Cargo.lock");
    let lock = fs::read_to_string(&lock_path)
        .map_err(|error| format!("cannot read {}: {error}", lock_path.display()))?;
    match locked_versions(&lock, package).as_slice() {
        [version] => Ok(version.clone()),
        [] => Err(format!("Cargo.lock has no `{package}` package").into()),
        several => Err(format!(
            "Cargo.lock has several `{package}` versions: {}",
            several.join(", ")
        )
        .into()),
    }
}

/// Every version of `package` in the text of a Cargo.lock (a list of `[[package]]` tables).
fn locked_versions(lock: &str, package: &str) -> Vec<String> {
    let mut versions: Vec<String> = lock
        .split("[[package]]")
        .filter(|table| lock_field(table, "name") == Some(package))
        .filter_map(|table| lock_field(table, "version").map(str::to_owned))
        .collect();
    versions.dedup();
    versions
}

/// The string value of `key = "value"` in one Cargo.lock table.
fn lock_field<'a>(table: &'a str, key: &str) -> Option<&'a str> {
    table.lines().find_map(|line| {
        let (line_key, value) = line.split_once('=')?;
        (line_key.trim() == key).then(|| value.trim().trim_matches('"'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
version = 4

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = [
 "wasm-bindgen-macro",
]

[[package]]
name = "wasm-bindgen-macro"
version = "0.2.131"
"#;

    #[test]
    fn reads_the_exact_package_version_from_cargo_lock() {
        assert_eq!(locked_versions(LOCK, "wasm-bindgen"), ["0.2.130"]);
        assert_eq!(locked_versions(LOCK, "wasm-bindgen-macro"), ["0.2.131"]);
        assert!(locked_versions(LOCK, "trunk").is_empty());
    }

    #[test]
    fn parses_node_major_versions() {
        assert_eq!(node_major_version("v20.20.2"), Some(20));
        assert_eq!(node_major_version("18.19.0\n"), Some(18));
        assert_eq!(node_major_version("garbage"), None);
    }

    #[test]
    fn reads_the_first_chinese_font_family_from_fc_list() {
        let listed = "Noto Sans CJK SC,Noto Sans CJK TC,Noto Sans CJK JP\nWenQuanYi Zen Hei\n";
        assert_eq!(
            first_font_family(listed).as_deref(),
            Some("Noto Sans CJK SC")
        );
        assert_eq!(first_font_family(""), None);
        assert_eq!(first_font_family("\n  \n"), None);
    }

    #[test]
    fn node_is_implied_by_the_npm_installs() {
        assert!(Tool::Binaryen.needs_node());
        assert!(Tool::E2eDependencies.needs_node());
        assert!(!Tool::Trunk.needs_node());
    }
}
