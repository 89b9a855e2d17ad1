//! The message catalogue: [`Msg`], one variant per message, and each language's texts, compiled
//! by `build.rs` from the translation files `locales/<language tag>/*.ftl` (the build fails when
//! a language misses a message, has an extra one or uses other placeholders).
//!
//! Placeholders are written `{name}` in the compiled texts and filled by [`super::fill`].
//! Messages that depend on a number have plural forms, chosen by the language's plural rule.

use super::Lang;
use std::sync::OnceLock;

/// Debug and native builds (tests, `trunk serve`) compile every language in; the release build
/// of the app fetches the languages other than English (README *Architecture*).
#[cfg(any(debug_assertions, not(target_arch = "wasm32")))]
macro_rules! bundled {
    ($file:literal) => {
        Some(include_str!(concat!(env!("OUT_DIR"), "/", $file)))
    };
}
#[cfg(not(any(debug_assertions, not(target_arch = "wasm32"))))]
macro_rules! bundled {
    ($file:literal) => {
        None
    };
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language whose texts are a messages file written by the build (`build/locales.rs`
/// describes the format), fetched when the language is chosen.
pub struct Fetched {
    /// The file's path in the release build, relative to the page.
    pub(super) file: &'static str,
    /// The file's content hash, which its name carries too.
    hash: u64,
    /// The file compiled in (debug and native builds).
    bundled: Option<&'static str>,
    loaded: OnceLock<Vec<Text>>,
}

/// Why a fetched messages file was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogueProblem {
    /// Its content is not the file this build was made with (a stale or damaged copy).
    OtherBuild,
    /// It has the wrong number of messages or an unreadable plural choice.
    Unreadable,
}

impl Fetched {
    /// The texts, if the file was installed (or is compiled in).
    pub(super) fn texts(&'static self) -> Option<&'static [Text]> {
        if let Some(texts) = self.loaded.get() {
            return Some(texts);
        }
        let bundled = self.bundled?;
        self.install_static(bundled).ok()?;
        self.loaded.get().map(Vec::as_slice)
    }

    /// Takes `content` as this language's texts if it is the file the build wrote.
    pub(super) fn install(&'static self, content: String) -> Result<(), CatalogueProblem> {
        if self.loaded.get().is_some() {
            return Ok(());
        }
        if content_hash(content.as_bytes()) != self.hash {
            return Err(CatalogueProblem::OtherBuild);
        }
        // Kept for the rest of the session: each language is installed at most once.
        self.install_static(Box::leak(content.into_boxed_str()))
    }

    fn install_static(&'static self, content: &'static str) -> Result<(), CatalogueProblem> {
        if content_hash(content.as_bytes()) != self.hash {
            return Err(CatalogueProblem::OtherBuild);
        }
        let texts = parse_messages(content).ok_or(CatalogueProblem::Unreadable)?;
        let _ = self.loaded.set(texts);
        Ok(())
    }
}

/// The texts of a messages file, one per [`Msg`], or `None` if it does not have exactly one
/// readable line per message.
fn parse_messages(content: &'static str) -> Option<Vec<Text>> {
    let lines = content.strip_suffix('\n')?.split('\n');
    let texts: Vec<Text> = lines.map(parse_line).collect::<Option<_>>()?;
    (texts.len() == Msg::ALL.len()).then_some(texts)
}

fn parse_line(line: &'static str) -> Option<Text> {
    let mut fields = line.split('\u{1f}');
    let first = fields.next().unwrap_or_default();
    let Some(default) = fields.next() else {
        return Some(Text::Plain(first));
    };
    let default = plural_category(default)?;
    let mut forms = Vec::new();
    while let Some(category) = fields.next() {
        forms.push((plural_category(category)?, fields.next()?));
    }
    Some(Text::Plural {
        selector: first,
        // Kept for the rest of the session, like the text it points into.
        forms: Box::leak(forms.into_boxed_slice()),
        default,
    })
}

fn plural_category(name: &str) -> Option<Plural> {
    Some(match name {
        "zero" => Plural::Zero,
        "one" => Plural::One,
        "two" => Plural::Two,
        "few" => Plural::Few,
        "many" => Plural::Many,
        "other" => Plural::Other,
        _ => return None,
    })
}

/// 64-bit FNV-1a, as `build/locales.rs` names the files.
fn content_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The `{name}` placeholders of every form, and the selector of a plural choice.
    fn placeholders(text: Text) -> BTreeSet<String> {
        let forms: Vec<&str> = match text {
            Text::Plain(text) => vec![text],
            Text::Plural { forms, .. } => forms.iter().map(|(_, text)| *text).collect(),
        };
        let mut names: BTreeSet<String> = forms
            .iter()
            .flat_map(|form| form.split('{').skip(1))
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        names.extend(text.selector().map(str::to_owned));
        names
    }

    #[test]
    fn the_fetched_chinese_file_has_every_message_with_englishs_placeholders() {
        let chinese = FETCHED_ZH_HANS.texts().unwrap_or_default();
        assert_eq!(chinese.len(), Msg::ALL.len());
        assert_eq!(TEXTS_EN.len(), Msg::ALL.len());
        for &msg in Msg::ALL {
            let (english, chinese) = (TEXTS_EN[msg as usize], chinese[msg as usize]);
            assert_eq!(
                placeholders(chinese),
                placeholders(english),
                "{}",
                msg.key()
            );
            assert_eq!(
                chinese.selector().is_some(),
                english.selector().is_some(),
                "{}",
                msg.key()
            );
            assert!(!msg.text(Lang::ZhHans).is_empty(), "{}", msg.key());
        }
        assert_eq!(
            Msg::SaveSaved.text(Lang::ZhHans),
            "已于 {time} 保存在本浏览器中"
        );
    }

    #[test]
    fn the_file_is_named_by_its_content_hash() {
        let bundled = FETCHED_ZH_HANS.bundled.unwrap_or_default();
        assert_eq!(content_hash(bundled.as_bytes()), FETCHED_ZH_HANS.hash);
        assert!(
            FETCHED_ZH_HANS
                .file
                .ends_with(&format!("zh-Hans-{:016x}.txt", FETCHED_ZH_HANS.hash)),
            "{}",
            FETCHED_ZH_HANS.file
        );
    }

    fn not_yet_fetched(content: &str) -> &'static Fetched {
        Box::leak(Box::new(Fetched {
            file: "messages/xx.txt",
            hash: content_hash(content.as_bytes()),
            bundled: None,
            loaded: OnceLock::new(),
        }))
    }

    #[test]
    fn a_stale_or_damaged_file_is_refused_and_changes_nothing() {
        let good = FETCHED_ZH_HANS.bundled.unwrap_or_default();
        let fetched = not_yet_fetched(good);
        assert_eq!(fetched.texts(), None);
        let other = good.replacen("保存", "存储", 1);
        assert_eq!(fetched.install(other), Err(CatalogueProblem::OtherBuild));
        assert_eq!(fetched.texts(), None);
        assert_eq!(fetched.install(good.to_owned()), Ok(()));
        assert_eq!(fetched.texts().map(<[Text]>::len), Some(Msg::ALL.len()));
    }

    #[test]
    fn a_file_without_one_line_per_message_is_unreadable() {
        let short = "one line\n";
        let fetched = not_yet_fetched(short);
        assert_eq!(
            fetched.install(short.to_owned()),
            Err(CatalogueProblem::Unreadable)
        );
        let bad_plural = "count\u{1f}lots\u{1f}other\u{1f}x\n";
        assert_eq!(parse_line(bad_plural.trim_end()), None);
        assert_eq!(
            parse_line(
                "count\u{1f}other\u{1f}one\u{1f}{count} thing\u{1f}other\u{1f}{count} things"
            )
            .and_then(Text::selector),
            Some("count")
        );
    }
}
