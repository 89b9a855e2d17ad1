//! The example organisations' language: the interface language picks one, and an example
//! not written in it is offered in English. The examples themselves are data files (see
//! `io::example` and README "The example").

/// The languages an example can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExampleLanguage {
    English,
    SimplifiedChinese,
}

impl ExampleLanguage {
    pub const ALL: [ExampleLanguage; 2] =
        [ExampleLanguage::English, ExampleLanguage::SimplifiedChinese];

    /// The language every example is written in, used when an example lacks another.
    pub const FALLBACK: ExampleLanguage = ExampleLanguage::English;

    /// The BCP 47 tag that names the language's file in the example catalogue.
    pub fn tag(self) -> &'static str {
        match self {
            ExampleLanguage::English => "en",
            ExampleLanguage::SimplifiedChinese => "zh-Hans",
        }
    }

    /// The language with `tag`, if it is one.
    pub fn from_tag(tag: &str) -> Option<ExampleLanguage> {
        Self::ALL.into_iter().find(|lang| lang.tag() == tag)
    }
}

/// The managed-service provider example as its files are written, moved to `today`: for the
/// crate's own tests (the app fetches the files; see `io::example`). Other test crates read
/// the same files through `tests/example_support`.
#[cfg(test)]
pub(crate) fn example_workspace(
    lang: ExampleLanguage,
    today: chrono::NaiveDate,
) -> super::model::Workspace {
    let catalog: serde_json::Value =
        serde_json::from_str(include_str!("../../examples/catalog.json")).unwrap_or_default();
    let anchor = catalog["examples"][0]["anchor"]
        .as_str()
        .and_then(|text| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .unwrap_or(today);
    let text = match lang {
        ExampleLanguage::English => include_str!("../../examples/managed-services.en.json"),
        ExampleLanguage::SimplifiedChinese => {
            include_str!("../../examples/managed-services.zh-Hans.json")
        }
    };
    let mut file: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let mut workspace: super::model::Workspace =
        serde_json::from_value(file["workspace"].take()).unwrap_or_default();
    super::shift::shift_dates(&mut workspace, (today - anchor).num_days());
    workspace
}
