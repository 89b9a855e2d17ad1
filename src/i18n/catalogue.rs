//! The message catalogue: [`Msg`], one variant per message, and each language's texts, compiled
//! by `build.rs` from the translation files `locales/<language tag>/*.ftl` (the build fails when
//! a language misses a message, has an extra one or uses other placeholders).
//!
//! Placeholders are written `{name}` in the compiled texts and filled by [`super::fill`].
//! Messages that depend on a number have plural forms, chosen by the language's plural rule.

use super::Lang;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A CLDR plural category (<https://cldr.unicode.org/index/cldr-spec/plural-rules>).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// A message's text in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Plain(&'static str),
    /// Forms by plural category, chosen by the number in the placeholder `selector`;
    /// `default` is used for categories the language does not give.
    Plural {
        selector: &'static str,
        forms: &'static [(Plural, &'static str)],
        default: Plural,
    },
}

impl Text {
    /// The form for `category`, or the default form.
    fn form(self, category: Plural) -> &'static str {
        match self {
            Text::Plain(text) => text,
            Text::Plural { forms, default, .. } => {
                let find = |wanted: Plural| {
                    forms
                        .iter()
                        .find(|(category, _)| *category == wanted)
                        .map(|(_, text)| *text)
                };
                find(category).or_else(|| find(default)).unwrap_or_default()
            }
        }
    }

    /// The placeholder whose number chooses the plural form, for a text with plural forms.
    pub fn selector(self) -> Option<&'static str> {
        match self {
            Text::Plain(_) => None,
            Text::Plural { selector, .. } => Some(selector),
        }
    }
}

impl Msg {
    /// The message in `lang` (for a message with plural forms, its default form).
    pub fn text(self, lang: Lang) -> &'static str {
        let text = lang.texts()[self as usize];
        match text {
            Text::Plain(text) => text,
            Text::Plural { default, .. } => text.form(default),
        }
    }

    /// The form of the message for the number `count` in `lang`.
    pub fn for_count(self, lang: Lang, count: u64) -> &'static str {
        lang.texts()[self as usize].form(lang.plural(count))
    }

    /// The message's text entry in `lang`.
    pub fn entry(self, lang: Lang) -> Text {
        lang.texts()[self as usize]
    }
}
