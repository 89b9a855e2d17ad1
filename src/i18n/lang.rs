//! The languages SixTwo speaks: their tags, names, plural rules, how a browser's language
//! preference maps onto them, and their compiled texts.
//!
//! Adding a language takes a folder of translation files (`locales/<tag>/`, checked by the
//! build) and one variant here with its [`LangInfo`].

use super::catalogue::{CatalogueProblem, Fetched, Plural, Text};
use crate::domain::example::ExampleLanguage;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A user interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    /// Simplified Chinese.
    ZhHans,
    /// Accented English, generated for tests that look for text outside the catalogue.
    #[cfg(feature = "pseudo-locale")]
    Pseudo,
}

/// What SixTwo needs to know about a language.
pub struct LangInfo {
    /// The BCP 47 tag, for `<html lang>`, the preferences and the folder under `locales/`.
    pub tag: &'static str,
    /// The language's own name, shown in the language menu.
    pub native_name: &'static str,
    /// The primary language subtags of browser preferences that choose this language.
    pub negotiates: &'static [&'static str],
    /// The CLDR plural category of a whole number.
    pub plural: fn(u64) -> Plural,
    texts: Texts,
}

/// Where a language's texts are.
enum Texts {
    /// Compiled into the app (English's first-download messages; the rest are its groups').
    Compiled(&'static [Text]),
    /// A messages file fetched when the language is chosen (compiled in by debug builds).
    Fetched(&'static Fetched),
}

/// English: "1 objective", "2 objectives".
fn one_or_other(count: u64) -> Plural {
    if count == 1 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// Languages without grammatical number (Chinese, Japanese, Korean…).
fn always_other(_count: u64) -> Plural {
    Plural::Other
}

static ENGLISH: LangInfo = LangInfo {
    tag: "en",
    native_name: "English",
    negotiates: &["en"],
    plural: one_or_other,
    texts: Texts::Compiled(&super::catalogue::TEXTS_EN),
};

static SIMPLIFIED_CHINESE: LangInfo = LangInfo {
    tag: "zh-Hans",
    native_name: "简体中文",
    // Traditional-script variants are closer to Simplified Chinese than to English for our
    // readers; Simplified is the only Chinese shipped.
    negotiates: &["zh"],
    plural: always_other,
    texts: Texts::Fetched(&super::catalogue::FETCHED_ZH_HANS),
};

#[cfg(feature = "pseudo-locale")]
static PSEUDO: LangInfo = LangInfo {
    tag: "en-XA",
    native_name: "Ëñĝļîšĥ (pseudo)",
    negotiates: &[],
    plural: one_or_other,
    texts: Texts::Compiled(&super::catalogue::TEXTS_EN_XA),
};

impl Lang {
    /// Every language, in the order of the language menu.
    pub const ALL: &'static [Lang] = &[
        Lang::En,
        Lang::ZhHans,
        #[cfg(feature = "pseudo-locale")]
        Lang::Pseudo,
    ];

    pub fn info(self) -> &'static LangInfo {
        match self {
            Lang::En => &ENGLISH,
            Lang::ZhHans => &SIMPLIFIED_CHINESE,
            #[cfg(feature = "pseudo-locale")]
            Lang::Pseudo => &PSEUDO,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    /// The language's own name, shown in the language menu.
    pub fn native_name(self) -> &'static str {
        self.info().native_name
    }

    /// The plural category of `count` in this language.
    pub fn plural(self, count: u64) -> Plural {
        (self.info().plural)(count)
    }

    /// The text of `msg`; English's while a fetched language's file has not arrived (the app
    /// fetches it before showing the language: [`Lang::is_ready`]).
    pub(super) fn entry(self, msg: super::Msg) -> Text {
        let texts = match self.info().texts {
            Texts::Compiled(texts) => Some(texts),
            Texts::Fetched(fetched) => fetched.texts(),
        };
        texts
            .and_then(|texts| texts.get(msg as usize).copied())
            .unwrap_or_else(|| super::catalogue::english(msg))
    }

    /// Whether the language's texts are here: compiled in, or fetched and installed.
    pub fn is_ready(self) -> bool {
        match self.info().texts {
            Texts::Compiled(_) => true,
            Texts::Fetched(fetched) => fetched.texts().is_some(),
        }
    }

    /// The messages file to fetch before the language can be shown, relative to the page, or
    /// `None` when its texts are here.
    pub fn messages_file(self) -> Option<&'static str> {
        match self.info().texts {
            Texts::Fetched(fetched) if fetched.texts().is_none() => Some(fetched.file),
            _ => None,
        }
    }

    /// Takes the fetched messages file's `content` as the language's texts, if it is the file
    /// this build was made with.
    pub fn install_messages(self, content: String) -> Result<(), CatalogueProblem> {
        match self.info().texts {
            Texts::Compiled(_) => Ok(()),
            Texts::Fetched(fetched) => fetched.install(content),
        }
    }

    /// The language of the example organisation offered in this interface language.
    pub fn example_language(self) -> ExampleLanguage {
        match self {
            Lang::ZhHans => ExampleLanguage::SimplifiedChinese,
            _ => ExampleLanguage::English,
        }
    }

    /// Parses a stored tag (as written by [`Lang::tag`]).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.iter().copied().find(|lang| lang.tag() == tag)
    }

    /// Picks the first supported language from the browser's preference list
    /// (`navigator.languages`); English when none is supported.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in preferred {
            let tag = tag.trim().to_ascii_lowercase();
            let primary = tag.split(['-', '_']).next().unwrap_or("");
            if let Some(lang) = Lang::ALL
                .iter()
                .copied()
                .find(|lang| lang.info().negotiates.contains(&primary))
            {
                return lang;
            }
        }
        Lang::En
    }
}

/// As its `Serialize` writes it: the language tag.
impl crate::domain::json_out::WriteJson for Lang {
    fn write_json(&self, out: &mut crate::domain::json_out::JsonWriter<'_>) {
        out.string(self.tag());
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        Lang::from_tag(&tag)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown language {tag:?}")))
    }
}

/// A language read from its tag, as the `Deserialize` impl above reads it.
impl crate::domain::json_read::ReadJson for Lang {
    fn read_json(
        reader: &mut crate::domain::json_read::Reader<'_>,
    ) -> crate::domain::json_read::Result<Self> {
        reader.read_parsed(crate::domain::json_read::Expected::Name, Lang::from_tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_takes_the_first_supported_language() {
        assert_eq!(Lang::negotiate(["zh-CN", "en-US"]), Lang::ZhHans);
        assert_eq!(Lang::negotiate(["fr-FR", "zh_TW", "en"]), Lang::ZhHans);
        assert_eq!(Lang::negotiate(["de", "en-GB", "zh"]), Lang::En);
        assert_eq!(Lang::negotiate(["fr", "de"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn tags_round_trip() {
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("xx"), None);
    }

    #[test]
    fn languages_are_stored_by_tag() {
        let json = serde_json::to_string(&Lang::ZhHans).unwrap_or_default();
        assert_eq!(json, "\"zh-Hans\"");
        assert_eq!(serde_json::from_str::<Lang>("\"en\"").ok(), Some(Lang::En));
        assert!(serde_json::from_str::<Lang>("\"xx\"").is_err());
    }

    #[test]
    fn plural_rules() {
        assert_eq!(Lang::En.plural(1), Plural::One);
        assert_eq!(Lang::En.plural(0), Plural::Other);
        assert_eq!(Lang::En.plural(2), Plural::Other);
        assert_eq!(Lang::ZhHans.plural(1), Plural::Other);
    }
}
