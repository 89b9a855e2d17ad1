//! The messages files the app fetches: each language but English, fetched when chosen, and the
//! English messages of each group of views fetched on demand, fetched with the group's code.
//! Written into a release build by `finish-dist` from `locales/` and `src/` with the same code
//! that compiles the app's catalogue (`build/locales.rs`), so their names and contents are the
//! ones the app was built to expect. `cargo xtask texts` tells which English messages stay in
//! the first download, and which files keep them there.

#[allow(dead_code)]
#[path = "../../build/locales.rs"]
mod locales;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::Result;

/// Writes `messages/<tag>-<hash>.txt` for every fetched language and group into `dir` and
/// returns their paths relative to it; `root` is the crate's folder (with `locales/`, `src/`).
pub fn write_messages_files(root: &Path, dir: &Path) -> Result<Vec<String>> {
    let read = locales::read_locales(&root.join("locales"))
        .and_then(|read| locales::check(&read).map(|()| read))
        .map_err(|errors| format!("locales/ is not consistent: {}", errors.join("; ")))?;
    let usage = locales::text_groups::find(&root.join("src"))?;
    let mut names = Vec::new();
    for file in locales::fetched_files(&read, &usage) {
        let path = dir.join(&file.name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(|error| format!("cannot create {}: {error}", parent.display()))?;
        }
        fs::write(&path, &file.content)
            .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
        names.push(file.name);
    }
    Ok(names)
}

/// The English messages the first download keeps, summed by the files that keep them (the
/// files naming a message that no single group owns, `build/text_groups.rs`): the lines to
/// read before moving a view's texts out. `top` limits the lines; `matching` lists instead
/// every message kept by a file whose path contains it.
pub fn kept_report(root: &Path, top: usize, matching: Option<&str>) -> Result<String> {
    let read = locales::read_locales(&root.join("locales"))
        .map_err(|errors| format!("locales/ cannot be read: {}", errors.join("; ")))?;
    let english = read
        .iter()
        .find(|locale| locale.tag == "en")
        .ok_or("locales/en is missing")?;
    let lengths = english.text_lengths();
    let kept = locales::text_groups::kept(&root.join("src"))?;
    let usage = locales::text_groups::find(&root.join("src"))?;
    let length_of = |variant: &str| lengths.get(variant).copied().unwrap_or(0);
    let mut out = String::new();
    let kept_bytes: usize = kept.iter().map(|message| length_of(&message.variant)).sum();
    let fetched_bytes: usize = usage
        .group_of
        .keys()
        .map(|variant| length_of(variant))
        .sum();
    out.push_str(&format!(
        "English text kept in the first download: {kept_bytes} bytes in {} messages; fetched with \
         their groups: {fetched_bytes} bytes in {} messages.\n",
        kept.len(),
        usage.group_of.len()
    ));
    if let Some(matching) = matching {
        for message in kept
            .iter()
            .filter(|message| message.files.iter().any(|file| file.contains(matching)))
        {
            out.push_str(&format!(
                "{:>7}  {}  {}\n",
                length_of(&message.variant),
                message.variant,
                message.files.join(", ")
            ));
        }
        return Ok(out);
    }
    let mut by_files: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for message in &kept {
        let mut what = message.files.join(", ");
        if !message.groups.is_empty() {
            let groups: Vec<&str> = message
                .groups
                .iter()
                .filter_map(|at| usage.groups.get(*at).map(String::as_str))
                .collect();
            if !what.is_empty() {
                what.push_str(" + ");
            }
            what.push_str(&format!("groups {}", groups.join(", ")));
        }
        let entry = by_files.entry(what).or_default();
        entry.0 += length_of(&message.variant);
        entry.1 += 1;
    }
    let mut lines: Vec<(String, (usize, usize))> = by_files.into_iter().collect();
    lines.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(&b.0)));
    out.push_str(
        "  bytes  messages  kept by (files under src/, and groups whose own files name them too)\n",
    );
    for (what, (bytes, count)) in lines.into_iter().take(top) {
        out.push_str(&format!("{bytes:>7}  {count:>8}  {what}\n"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_messages_files_are_written_under_their_hashed_names() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let dir = std::env::temp_dir().join(format!("sixtwo-messages-{}", std::process::id()));
        let names = write_messages_files(&root, &dir).expect("written");
        assert!(names[0].starts_with("messages/zh-Hans-"), "{names:?}");
        // Then the English messages of each group of views fetched on demand.
        assert!(names.len() > 2, "{names:?}");
        assert!(
            names[1..]
                .iter()
                .all(|name| name.starts_with("messages/en-")),
            "{names:?}"
        );
        assert!(
            names
                .iter()
                .any(|name| name.starts_with("messages/en-wizards-")),
            "{names:?}"
        );
        for name in &names {
            let content = fs::read_to_string(dir.join(name)).expect("readable");
            assert!(name.contains(&format!(
                "{:016x}",
                locales::content_hash(content.as_bytes())
            )));
        }
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_kept_report_names_the_files_that_keep_english_in_the_first_download() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let report = kept_report(&root, 500, None).expect("report");
        // The frame names every view's title for the document's title.
        let shell = report
            .lines()
            .find(|line| line.ends_with("  ui/shell.rs"))
            .expect("a line for the shell");
        let bytes: usize = shell
            .split_whitespace()
            .next()
            .and_then(|bytes| bytes.parse().ok())
            .expect("a byte count");
        assert!(bytes > 0, "{shell}");
        let listed = kept_report(&root, 500, Some("ui/shell.rs")).expect("report");
        assert!(
            listed.lines().any(|line| line.contains("  AppName  ")),
            "{listed}"
        );
        // A message only a fetched group's files name is not listed.
        assert!(!listed.contains("AssessAActions"), "{listed}");
    }
}
