//! The example organisations' files, read from `examples/` as the app reads them after
//! fetching: shared by the test crates that need a fully populated workspace.

#![allow(dead_code)]

use chrono::NaiveDate;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::Workspace;
use sixtwo::io::example::{decode_catalog, read_example, Catalog, EXAMPLES_DIR};

pub const CATALOG: &str = include_str!("../../examples/catalog.json");

/// The model answer's files by language.
pub fn managed_services_file(lang: ExampleLanguage) -> &'static str {
    match lang {
        ExampleLanguage::English => include_str!("../../examples/managed-services.en.json"),
        ExampleLanguage::SimplifiedChinese => {
            include_str!("../../examples/managed-services.zh-Hans.json")
        }
    }
}

pub fn catalog() -> Catalog {
    decode_catalog(CATALOG).unwrap_or_else(|problem| panic!("the catalogue reads: {problem:?}"))
}

/// The managed-service provider example in `lang`, loaded on `today`.
pub fn example_workspace(lang: ExampleLanguage, today: NaiveDate) -> Workspace {
    let catalog = catalog();
    let Some(entry) = catalog.entry("managed-services") else {
        panic!("the catalogue lists the managed-service provider");
    };
    read_example(managed_services_file(lang), entry.anchor, today)
        .unwrap_or_else(|problem| panic!("the example reads: {problem:?}"))
}

/// The text of the catalogue's example `id` in `lang`, read from disk.
pub fn example_file(id: &str, lang: ExampleLanguage) -> String {
    let catalog = catalog();
    let Some(entry) = catalog.entry(id) else {
        panic!("the catalogue lists {id}");
    };
    let Some(address) = entry.file_path(lang) else {
        panic!("{id} has a file for {lang:?}");
    };
    let name = address.trim_start_matches(&format!("{EXAMPLES_DIR}/"));
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(EXAMPLES_DIR)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The catalogue's example `id` in `lang`, loaded on `today`.
pub fn example_workspace_of(id: &str, lang: ExampleLanguage, today: NaiveDate) -> Workspace {
    let catalog = catalog();
    let Some(entry) = catalog.entry(id) else {
        panic!("the catalogue lists {id}");
    };
    read_example(&example_file(id, lang), entry.anchor, today)
        .unwrap_or_else(|problem| panic!("{id} ({lang:?}) reads: {problem:?}"))
}
