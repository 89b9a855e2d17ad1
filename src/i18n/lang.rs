//! The languages SixTwo speaks and how a browser's language preference maps onto them.

use serde::{Deserialize, Serialize};

/// A user interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHans];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// The language's own name, shown on the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
        }
    }

    /// Parses a stored tag (as written by [`Lang::tag`]).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }

    /// Picks the first supported language from the browser's preference list
    /// (`navigator.languages`); English when none is supported.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in preferred {
            let tag = tag.trim().to_ascii_lowercase();
            let primary = tag.split(['-', '_']).next().unwrap_or("");
            match primary {
                "en" => return Lang::En,
                // Traditional-script variants are closer to Simplified Chinese than to English
                // for our readers; Simplified is the only Chinese we ship.
                "zh" => return Lang::ZhHans,
                _ => continue,
            }
        }
        Lang::En
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
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("xx"), None);
    }
}
