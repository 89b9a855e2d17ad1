//! Which messages only one group of views fetched on demand uses (`src/ui/rare_views.rs`), so
//! that their English texts can be fetched with the group's code instead of sitting in the
//! first download. Read from the sources by the build script and by `cargo xtask finish-dist`
//! (both through `build/locales.rs`), so the app and the files written beside it agree.
//!
//! The rule is deliberately one-sided: a message leaves the first download only when every
//! source file that names it (`Msg::Variant`, outside test modules) is *owned* by one group. A
//! file is owned by a group when the group's split function reaches it by paths (`crate::…`,
//! `super::…`, names brought in by `use`) without passing through a file the rest of the app
//! reaches, no other group reaches it, and it implements nothing for a type or trait defined
//! outside the group (whose methods the rest of the app could call without naming the file).
//! The rest of the app starts at `main.rs`, `lib.rs`, `ui/mod.rs` and every file no group
//! reaches (such as the `impl AppState` blocks of `app/state/`, which are called as methods).
//! Anything this reading cannot decide stays in the first download; a mistake the other way
//! shows the message's key, never an empty text or a panic (`i18n::catalogue`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The groups whose messages are fetched with them, and which messages those are.
#[derive(Debug, Default)]
pub struct Usage {
    /// Each group's name as a Rust variant (`sixtwo_wizards` → `Wizards`), in the order of the
    /// split functions in `rare_views.rs`.
    pub groups: Vec<String>,
    /// For a message only one group uses (by its `Msg` variant name), that group's index.
    pub group_of: BTreeMap<String, usize>,
}

/// The file holding the split points of the groups.
const SPLIT_POINTS: &str = "ui/rare_views.rs";
/// Where the rest of the app starts: the binary, and the module it mounts.
const MAIN_ROOTS: [&str; 3] = ["main.rs", "lib.rs", "ui/mod.rs"];

struct Source {
    /// The module path (`ui/pages/mod.rs` → `["ui", "pages"]`).
    module: Vec<String>,
    /// The code outside test modules, without comment lines.
    code: String,
}

/// A message the first download keeps, and what keeps it there (`cargo xtask texts`).
#[derive(Debug, PartialEq)]
pub struct Kept {
    /// The `Msg` variant.
    pub variant: String,
    /// The files naming it that no single group owns: the rest of the app's, or shared by
    /// groups. Moving a message out starts with these.
    pub files: Vec<String>,
    /// The groups (indexes into [`Usage::groups`]) whose own files name it too.
    pub groups: Vec<usize>,
}

/// Reads `src` (the crate's `src/` folder) and works out [`Usage`].
pub fn find(src: &Path) -> Result<Usage, String> {
    analyse(src).map(|(usage, _)| usage)
}

/// The messages [`find`] leaves in the first download, each with what keeps it there (for
/// `cargo xtask texts`; the build script does not need it).
#[allow(dead_code)]
pub fn kept(src: &Path) -> Result<Vec<Kept>, String> {
    analyse(src).map(|(_, kept)| kept)
}

fn analyse(src: &Path) -> Result<(Usage, Vec<Kept>), String> {
    let sources = read_sources(src)?;
    let split_points = sources
        .get(SPLIT_POINTS)
        .ok_or_else(|| format!("src/{SPLIT_POINTS} is missing"))?;
    let (groups, main_code) = split_functions(&split_points.code);
    if groups.is_empty() {
        return Err(format!("src/{SPLIT_POINTS} has no split function"));
    }
    let index = ModuleIndex::new(&sources);
    let mut edges: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (file, source) in &sources {
        let code = if file == SPLIT_POINTS {
            &main_code
        } else {
            &source.code
        };
        edges.insert(file, uses(file, source, code, &index));
    }
    let definitions: BTreeMap<&str, BTreeSet<String>> = sources
        .iter()
        .map(|(file, source)| (file.as_str(), defined_names(&source.code)))
        .collect();
    let mut roots: BTreeSet<String> = MAIN_ROOTS.iter().map(|r| r.to_string()).collect();
    // Files no path reaches whose every `impl` is for a type one group's files define: their
    // methods run only on that group's values, so they are the group's (`impl Context` blocks
    // that split a page's rendering over several files).
    let mut adopted: BTreeMap<String, usize> = BTreeMap::new();
    let owner = loop {
        let main = reach(&edges, roots.iter().cloned(), &BTreeSet::new());
        let mut reached: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for (at, (_, pages)) in groups.iter().enumerate() {
            let starts = pages
                .iter()
                .map(|page| format!("ui/pages/{page}.rs"))
                .chain(
                    adopted
                        .iter()
                        .filter(|(_, group)| **group == at)
                        .map(|(file, _)| file.clone()),
                )
                .filter(|file| !main.contains(file));
            for file in reach(&edges, starts, &main) {
                reached.entry(file).or_default().insert(at);
            }
        }
        let reached_by_a_group: BTreeSet<String> = reached.keys().cloned().collect();
        let owner: BTreeMap<String, usize> = reached
            .into_iter()
            .filter_map(|(file, by)| match by.len() {
                1 => by.first().map(|at| (file, *at)),
                _ => None,
            })
            .collect();
        // A file implementing something for a type or trait defined outside its group gives
        // the rest of the app methods it can call by name alone: it joins the first download.
        let foreign: Vec<String> = owner
            .iter()
            .filter(|(file, at)| {
                let group_defines = |name: &str| {
                    owner.iter().any(|(other, other_at)| {
                        other_at == *at
                            && definitions
                                .get(other.as_str())
                                .is_some_and(|names| names.contains(name))
                    })
                };
                sources.get(file.as_str()).is_some_and(|source| {
                    impls(&source.code).iter().any(|(trait_name, type_name)| {
                        let trait_is_ours = trait_name.as_deref().is_some_and(&group_defines);
                        !(trait_is_ours || group_defines(type_name))
                    })
                })
            })
            .map(|(file, _)| file.clone())
            .collect();
        // A file no group reaches either runs from the rest of the app in some way paths do
        // not show (the `impl AppState` blocks in `app/state/`, called as methods).
        let mut orphans: Vec<String> = Vec::new();
        let mut newly_adopted = false;
        for file in sources
            .keys()
            .filter(|file| !main.contains(*file) && !reached_by_a_group.contains(*file))
        {
            let group = sources.get(file.as_str()).and_then(|source| {
                let seen: BTreeSet<&str> = edges
                    .get(file.as_str())
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .chain([file.as_str()])
                    .collect();
                group_of_impls(&impls(&source.code), &seen, &owner, &definitions)
            });
            match group {
                Some(at) if !adopted.contains_key(file) => {
                    adopted.insert(file.clone(), at);
                    newly_adopted = true;
                }
                _ => orphans.push(file.clone()),
            }
        }
        if foreign.is_empty() && orphans.is_empty() && !newly_adopted {
            break owner;
        }
        roots.extend(foreign);
        roots.extend(orphans);
    };
    let mut users: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for (file, source) in &sources {
        for variant in message_names(&source.code) {
            users.entry(variant).or_default().insert(file);
        }
    }
    let mut group_of = BTreeMap::new();
    let mut kept = Vec::new();
    for (variant, files) in users {
        let owners: BTreeSet<Option<&usize>> = files.iter().map(|file| owner.get(*file)).collect();
        match owners.into_iter().collect::<Vec<_>>().as_slice() {
            [Some(at)] => {
                group_of.insert(variant, **at);
            }
            _ => kept.push(Kept {
                variant,
                files: files
                    .iter()
                    .filter(|file| !owner.contains_key(**file))
                    .map(|file| file.to_string())
                    .collect(),
                groups: files
                    .iter()
                    .filter_map(|file| owner.get(*file).copied())
                    .collect::<BTreeSet<usize>>()
                    .into_iter()
                    .collect(),
            }),
        }
    }
    let usage = Usage {
        groups: groups.into_iter().map(|(name, _)| name).collect(),
        group_of,
    };
    Ok((usage, kept))
}

/// The one group whose files define the types of all of `impls`, looking only at the files
/// `seen` (the impls' file and those it names), where the types come from; none when there
/// are no impls, or when a type is defined elsewhere or in several of those files' groups.
fn group_of_impls(
    impls: &[(Option<String>, String)],
    seen: &BTreeSet<&str>,
    owner: &BTreeMap<String, usize>,
    definitions: &BTreeMap<&str, BTreeSet<String>>,
) -> Option<usize> {
    let mut groups = impls.iter().map(|(_, type_name)| {
        let definers: BTreeSet<Option<&usize>> = definitions
            .iter()
            .filter(|(file, names)| seen.contains(*file) && names.contains(type_name))
            .map(|(file, _)| owner.get(*file))
            .collect();
        match definers.into_iter().collect::<Vec<_>>().as_slice() {
            [Some(at)] => Some(**at),
            _ => None,
        }
    });
    let first = groups.next()??;
    groups.all(|at| at == Some(first)).then_some(first)
}

fn read_sources(src: &Path) -> Result<BTreeMap<String, Source>, String> {
    let mut sources = BTreeMap::new();
    let mut pending = vec![src.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = fs::read_dir(&dir)
            .map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            if path.extension().is_none_or(|ext| ext != "rs") {
                continue;
            }
            let text = fs::read_to_string(&path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
            let relative: Vec<String> = path
                .strip_prefix(src)
                .unwrap_or(&path)
                .iter()
                .map(|part| part.to_string_lossy().into_owned())
                .collect();
            let mut module = relative.clone();
            let last = module.pop().unwrap_or_default();
            let stem = last.trim_end_matches(".rs");
            if !matches!(stem, "mod" | "lib" | "main") {
                module.push(stem.to_string());
            }
            let code = without_tests(&text)
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            sources.insert(relative.join("/"), Source { module, code });
        }
    }
    Ok(sources)
}

/// The code without its `#[cfg(test)] mod tests { … }` block (always last).
fn without_tests(source: &str) -> &str {
    match source.find("#[cfg(test)]\nmod tests") {
        Some(cut) => &source[..cut],
        None => source,
    }
}

/// The split functions of `rare_views.rs` (each group's name and the page modules its body
/// names) and the file's code without their bodies, which only run once the group is loaded.
fn split_functions(code: &str) -> (Vec<(String, Vec<String>)>, String) {
    let mut groups = Vec::new();
    let mut rest = code;
    let mut outside = String::new();
    while let Some(at) = rest.find("wasm_split(") {
        let after = &rest[at + "wasm_split(".len()..];
        let name: String = after
            .trim_start()
            .strip_prefix("sixtwo_")
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let Some(start) = after.find("\nfn ") else {
            break;
        };
        let body_and_rest = &after[start..];
        let end = body_and_rest
            .find("\n}\n")
            .map_or(body_and_rest.len(), |end| end + 3);
        let body = &body_and_rest[..end];
        outside.push_str(&rest[..at]);
        let mut pages = Vec::new();
        for (found, _) in body.match_indices("pages::") {
            let module: String = body[found + "pages::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if body[found + "pages::".len() + module.len()..].starts_with("::")
                && module != "not_found"
                && !pages.contains(&module)
            {
                pages.push(module);
            }
        }
        if !name.is_empty() {
            groups.push((variant_of(&name), pages));
        }
        rest = &body_and_rest[end..];
    }
    outside.push_str(rest);
    (groups, outside)
}

/// `wizards` → `Wizards`.
fn variant_of(name: &str) -> String {
    name.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// Which file holds which module path.
struct ModuleIndex {
    files: BTreeMap<Vec<String>, String>,
}

impl ModuleIndex {
    fn new(sources: &BTreeMap<String, Source>) -> Self {
        let files = sources
            .iter()
            .filter(|(file, _)| file.as_str() != "main.rs")
            .map(|(file, source)| (source.module.clone(), file.clone()))
            .collect();
        ModuleIndex { files }
    }

    /// The file of the longest prefix of `path` that is a module.
    fn file_of(&self, path: &[String]) -> Option<&String> {
        (1..=path.len())
            .rev()
            .find_map(|len| self.files.get(&path[..len]))
    }

    /// Whether `module` has a child module `name` in a file of its own.
    fn has_child(&self, module: &[String], name: &str) -> bool {
        let mut child = module.to_vec();
        child.push(name.to_string());
        self.files.contains_key(&child)
    }
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The files `code` (of `file`) uses through paths.
fn uses(file: &str, source: &Source, code: &str, index: &ModuleIndex) -> BTreeSet<String> {
    // The module `super` and `self` start from.
    let here = source.module.clone();
    let parent: Vec<String> = here[..here.len().saturating_sub(1)].to_vec();
    let resolve = |segments: &[&str], aliases: &BTreeMap<String, Vec<String>>| {
        let (mut path, rest): (Vec<String>, &[&str]) = match segments.first().copied() {
            Some("crate") => (Vec::new(), &segments[1..]),
            Some("super") => (parent.clone(), &segments[1..]),
            Some("self") => (here.clone(), &segments[1..]),
            Some(first) if aliases.contains_key(first) => (
                aliases.get(first).cloned().unwrap_or_default(),
                &segments[1..],
            ),
            Some(first) if index.has_child(&here, first) => (here.clone(), segments),
            _ => return None,
        };
        for segment in rest {
            if *segment == "super" {
                path.pop();
            } else {
                path.push((*segment).to_string());
            }
        }
        Some(path)
    };
    let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut found = BTreeSet::new();
    for statement in use_statements(code) {
        for path in expand_braces(&statement) {
            let path = path.split(" as ").next().unwrap_or("").to_string();
            let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            if segments.last() == Some(&"self") {
                segments.pop();
            }
            let Some(last) = segments.last().copied() else {
                continue;
            };
            if let Some(target) = resolve(&segments, &aliases) {
                if let Some(target_file) = index.file_of(&target) {
                    found.insert(target_file.clone());
                }
                if last != "*" {
                    aliases.insert(last.to_string(), target);
                }
            }
        }
    }
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let mut at = 0;
    while at < chars.len() {
        let (start, c) = chars[at];
        let preceded = at > 0 && {
            let before = chars[at - 1].1;
            is_ident(before) || before == ':'
        };
        if !(c.is_ascii_alphabetic() || c == '_') || preceded {
            at += 1;
            continue;
        }
        let mut end = at;
        while end < chars.len() && (is_ident(chars[end].1) || chars[end].1 == ':') {
            end += 1;
        }
        let byte_end = chars.get(end).map_or(code.len(), |(i, _)| *i);
        let token = &code[start..byte_end];
        if token.contains("::") {
            let segments: Vec<&str> = token.split("::").filter(|s| !s.is_empty()).collect();
            if let Some(target) = resolve(&segments, &aliases) {
                if let Some(target_file) = index.file_of(&target) {
                    if target_file != file {
                        found.insert(target_file.clone());
                    }
                }
            }
        }
        at = end.max(at + 1);
    }
    found.remove(file);
    found
}

/// The paths of every `use` declaration, without spaces.
fn use_statements(code: &str) -> Vec<String> {
    let mut statements = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let preceded = rest[..at].chars().last().is_some_and(is_ident);
        let after = &rest[at + 4..];
        let end = after.find(';').unwrap_or(after.len());
        if !preceded {
            statements.push(
                after[..end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        rest = &after[end..];
    }
    statements
        .into_iter()
        .map(|s| {
            s.replace(" as ", "\u{0}")
                .replace(' ', "")
                .replace('\u{0}', " as ")
        })
        .collect()
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand_braces(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else {
        return vec![path.to_string()];
    };
    let mut depth = 0;
    let mut close = path.len();
    for (at, c) in path.char_indices().skip_while(|(at, _)| *at < open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    close = at;
                    break;
                }
            }
            _ => {}
        }
    }
    let (prefix, inner) = (&path[..open], &path[open + 1..close]);
    let suffix = path.get(close + 1..).unwrap_or("");
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in inner.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if c == ',' && depth == 0 {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
        .into_iter()
        .filter(|part| !part.is_empty())
        .flat_map(|part| expand_braces(&format!("{prefix}{part}{suffix}")))
        .collect()
}

/// The `Msg` variants `code` names.
fn message_names(code: &str) -> BTreeSet<String> {
    code.match_indices("Msg::")
        .filter(|(at, _)| !code[..*at].chars().last().is_some_and(is_ident))
        .map(|(at, _)| {
            code[at + 5..]
                .chars()
                .take_while(|c| is_ident(*c))
                .collect::<String>()
        })
        .filter(|name| name.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect()
}

/// The types, traits and aliases `code` defines.
fn defined_names(code: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for keyword in ["struct ", "enum ", "trait ", "type ", "union "] {
        for (at, _) in code.match_indices(keyword) {
            if code[..at].chars().last().is_some_and(is_ident) {
                continue;
            }
            let name: String = code[at + keyword.len()..]
                .chars()
                .take_while(|c| is_ident(*c))
                .collect();
            if !name.is_empty() {
                names.insert(name);
            }
        }
    }
    names
}

/// Every `impl` block's trait (if any) and type, by their last names.
fn impls(code: &str) -> Vec<(Option<String>, String)> {
    let mut found = Vec::new();
    for line in code.lines() {
        let Some(rest) = line.trim_start().strip_prefix("impl") else {
            continue;
        };
        if !rest.starts_with([' ', '<']) {
            continue;
        }
        let rest = skip_generics(rest.trim_start());
        let head = rest.split(['{']).next().unwrap_or("");
        let head = head.split(" where ").next().unwrap_or("");
        let (trait_part, type_part) = match head.split_once(" for ") {
            Some((trait_part, type_part)) => (Some(trait_part), type_part),
            None => (None, head),
        };
        let name = |part: &str| -> String {
            let part = part.trim().trim_start_matches(['&', '!']);
            let part = part
                .trim_start_matches("dyn ")
                .trim_start_matches("mut ")
                .trim_start();
            let path = part.split('<').next().unwrap_or("");
            path.rsplit("::")
                .next()
                .unwrap_or("")
                .chars()
                .take_while(|c| is_ident(*c))
                .collect()
        };
        found.push((trait_part.map(name), name(type_part)));
    }
    found
}

/// `<T: Foo<U>> rest` → `rest`.
fn skip_generics(text: &str) -> &str {
    if !text.starts_with('<') {
        return text;
    }
    let mut depth = 0;
    for (at, c) in text.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => {
                depth -= 1;
                if depth == 0 {
                    return text[at + 1..].trim_start();
                }
            }
            _ => {}
        }
    }
    text
}

/// Files reached from `starts` along `edges`, not entering `stop`.
fn reach(
    edges: &BTreeMap<&str, BTreeSet<String>>,
    starts: impl IntoIterator<Item = String>,
    stop: &BTreeSet<String>,
) -> BTreeSet<String> {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut pending: Vec<String> = starts.into_iter().collect();
    while let Some(file) = pending.pop() {
        if stop.contains(&file) || !seen.insert(file.clone()) {
            continue;
        }
        if let Some(next) = edges.get(file.as_str()) {
            pending.extend(next.iter().filter(|f| !seen.contains(*f)).cloned());
        }
    }
    seen
}
