//! The messages files of the languages the app fetches when chosen (every one but English),
//! written into a release build by `finish-dist` from `locales/` with the same code that
//! compiles the app's catalogue (`build/locales.rs`), so their names and contents are the ones
//! the app was built to expect.

#[allow(dead_code)]
#[path = "../../build/locales.rs"]
mod locales;

use std::fs;
use std::path::Path;

use crate::Result;

/// Writes `messages/<tag>-<hash>.txt` for every fetched language into `dir` and returns their
/// paths relative to it.
pub fn write_messages_files(locales_dir: &Path, dir: &Path) -> Result<Vec<String>> {
    let read = locales::read_locales(locales_dir)
        .and_then(|read| locales::check(&read).map(|()| read))
        .map_err(|errors| format!("locales/ is not consistent: {}", errors.join("; ")))?;
    let mut names = Vec::new();
    for file in locales::fetched_files(&read) {
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
    fn the_chinese_messages_file_is_written_under_its_hashed_name() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let dir = std::env::temp_dir().join(format!("sixtwo-messages-{}", std::process::id()));
        let names = write_messages_files(&root.join("locales"), &dir).expect("written");
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(names[0].starts_with("messages/zh-Hans-"), "{names:?}");
        let content = fs::read_to_string(dir.join(&names[0])).expect("readable");
        assert!(names[0].contains(&format!(
            "{:016x}",
            locales::content_hash(content.as_bytes())
        )));
        let _ = fs::remove_dir_all(&dir);
    }
}
