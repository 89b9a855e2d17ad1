//! The messages files the app fetches: each language but English, fetched when chosen, and the
//! English messages of each group of views fetched on demand, fetched with the group's code.
//! Written into a release build by `finish-dist` from `locales/` and `src/` with the same code
//! that compiles the app's catalogue (`build/locales.rs`), so their names and contents are the
//! ones the app was built to expect.

#[allow(dead_code)]
#[path = "../../build/locales.rs"]
mod locales;

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
}
