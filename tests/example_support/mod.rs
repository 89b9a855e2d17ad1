//! The example organisations' files, read from `examples/` as the app reads them after
//! fetching: shared by the test crates that need a fully populated workspace.

#![allow(dead_code)]

use chrono::NaiveDate;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::Workspace;
use sixtwo::io::example::{decode_catalog, read_example, Catalog};

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
