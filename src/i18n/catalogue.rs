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

/// The English messages of the groups of views fetched on demand are fetched with the group's
/// code only where that code is fetched (`--cfg sixtwo_split`, `cargo xtask dist`); every other
/// build compiles them in.
#[cfg(any(debug_assertions, not(target_arch = "wasm32"), not(sixtwo_split)))]
macro_rules! bundled_group {
    ($file:literal) => {
        Some(include_str!(concat!(env!("OUT_DIR"), "/", $file)))
    };
}
#[cfg(not(any(debug_assertions, not(target_arch = "wasm32"), not(sixtwo_split))))]
macro_rules! bundled_group {
    ($file:literal) => {
        None
    };
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Texts in a messages file written by the build (`build/locales.rs` describes the format): a
/// language's, fetched when the language is chosen, or a group's English ones, fetched with the
/// group's code.
pub struct Fetched {
    /// The file's path in the release build, relative to the page.
    pub(super) file: &'static str,
    /// The file's content hash, which its name carries too.
    hash: u64,
    /// How many messages (lines) it holds.
    messages: usize,
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
        let texts = parse_messages(content, self.messages).ok_or(CatalogueProblem::Unreadable)?;
        let _ = self.loaded.set(texts);
        Ok(())
    }
}

/// The texts of a messages file of `messages` lines, or `None` if it does not have exactly one
/// readable line per message.
fn parse_messages(content: &'static str, messages: usize) -> Option<Vec<Text>> {
    if content.is_empty() {
        return (messages == 0).then(Vec::new);
    }
    let lines = content.strip_suffix('\n')?.split('\n');
    let texts: Vec<Text> = lines.map(parse_line).collect::<Option<_>>()?;
    (texts.len() == messages).then_some(texts)
}

/// The English text of `msg`: compiled in for the first download's messages, else from its
/// group's messages file. "(text not loaded)" if that file is not here, which the app never
/// lets happen (a group's views are built only once its texts are in): never an empty text,
/// never a panic. (Not the message's key: the keys would add about 10 KB to the first download.)
pub(super) fn english(msg: Msg) -> Text {
    // A constant index into the table: the build fails if the message is not in it.
    let missing = TEXTS_EN[Msg::ViewTextMissing as usize];
    lookup(msg as usize, missing, &TEXTS_EN, &EN_GROUPS)
}

/// The text at `at` in `main`, else in the group whose messages start at or before it;
/// `missing` when that group's texts are not here.
fn lookup(
    at: usize,
    missing: Text,
    main: &'static [Text],
    groups: &'static [(usize, Fetched)],
) -> Text {
    if let Some(text) = main.get(at) {
        return *text;
    }
    groups
        .iter()
        .rev()
        .find(|(first, _)| *first <= at)
        .and_then(|(first, fetched)| fetched.texts()?.get(at - first).copied())
        .unwrap_or(missing)
}

impl TextGroup {
    fn fetched(self) -> &'static Fetched {
        &EN_GROUPS[self as usize].1
    }

    /// The group's English messages file, to fetch before its views are built, or `None` when
    /// its texts are here (always, except in split release builds before the first fetch).
    pub fn messages_file(self) -> Option<&'static str> {
        let fetched = self.fetched();
        fetched.texts().is_none().then_some(fetched.file)
    }

    /// Takes the fetched file's `content` as the group's English texts, if it is the file this
    /// build was made with.
    pub fn install_messages(self, content: String) -> Result<(), CatalogueProblem> {
        self.fetched().install(content)
    }
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
        let text = lang.entry(self);
        match text {
            Text::Plain(text) => text,
            Text::Plural { default, .. } => text.form(default),
        }
    }

    /// The form of the message for the number `count` in `lang`.
    pub fn for_count(self, lang: Lang, count: u64) -> &'static str {
        lang.entry(self).form(lang.plural(count))
    }

    /// The message's text entry in `lang`.
    pub fn entry(self, lang: Lang) -> Text {
        lang.entry(self)
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
        for &msg in Msg::ALL {
            let (english, chinese) = (english(msg), chinese[msg as usize]);
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
            messages: Msg::ALL.len(),
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

    #[test]
    fn the_groups_messages_follow_the_first_downloads_and_are_all_here_natively() {
        let mut next = TEXTS_EN.len();
        for &group in TextGroup::ALL {
            let (first, fetched) = &EN_GROUPS[group as usize];
            assert_eq!(*first, next, "{group:?}");
            assert_eq!(
                group.messages_file(),
                None,
                "{group:?}: compiled in natively"
            );
            next += fetched.messages;
        }
        assert_eq!(next, Msg::ALL.len());
        assert!(EN_GROUPS.iter().all(|(_, fetched)| fetched.messages > 0));
        for &msg in Msg::ALL {
            let text = Msg::text(msg, Lang::En);
            assert!(!text.is_empty(), "{}", msg.key());
            assert_ne!(text, msg.key(), "{}", msg.key());
        }
    }

    #[test]
    fn a_groups_message_says_it_is_not_loaded_until_the_groups_file_is_in() {
        let content =
            "Later\ncount\u{1f}other\u{1f}one\u{1f}{count} thing\u{1f}other\u{1f}{count} things\n";
        let main: &'static [Text] = Box::leak(Box::new([Text::Plain("First")]));
        let groups: &'static [(usize, Fetched)] = Box::leak(Box::new([(
            1,
            Fetched {
                file: "messages/en-group.txt",
                hash: content_hash(content.as_bytes()),
                messages: 2,
                bundled: None,
                loaded: OnceLock::new(),
            },
        )]));
        let missing = Text::Plain("(missing)");
        assert_eq!(lookup(0, missing, main, groups), Text::Plain("First"));
        assert_eq!(lookup(1, missing, main, groups), missing);
        assert_eq!(lookup(5, missing, main, groups), missing);
        assert_eq!(groups[0].1.install(content.to_owned()), Ok(()));
        assert_eq!(lookup(1, missing, main, groups), Text::Plain("Later"));
        assert_eq!(lookup(2, missing, main, groups).selector(), Some("count"));
        assert_eq!(lookup(3, missing, main, groups), missing);
        assert_eq!(
            english(Msg::ViewTextMissing),
            Text::Plain("(text not loaded)")
        );
    }
}
