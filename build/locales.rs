//! Reading, checking and compiling the translation files in `locales/` (see `build.rs` for
//! the file format). Shared by the build script, the native tests of the checks
//! (`tests/locale_files.rs`) and `cargo xtask finish-dist`, which writes the messages files of
//! the languages fetched on demand into the release build ([`fetched_files`]).
//!
//! English, the reference, is compiled into the app, except the messages only one group of
//! views fetched on demand uses ([`text_groups`]): those are a messages file per group
//! (`messages/en-<group>-<hash>.txt`), fetched with the group's code. Every other language is a
//! messages file (`messages/<tag>-<hash>.txt`) with all its messages: the app knows its name and
//! hash at build time and fetches it when the language is chosen. One message per line, in the
//! order of `Msg` (the first download's messages first, then each group's); a plain message is
//! its text, a plural choice is its selector, default category, then category and text pairs,
//! separated by U+001F (unit separator). Texts are in the `{name}` template form.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "text_groups.rs"]
pub mod text_groups;

pub use text_groups::Usage;

/// The language every other one is checked against.
const REFERENCE: &str = "en";
/// The tag of the generated pseudo-locale.
const PSEUDO: &str = "en-XA";
/// Separates the fields of a plural choice in a messages file.
pub const FIELD_SEPARATOR: char = '\u{1f}';
/// Where the messages files go in the release build.
pub const FETCHED_FOLDER: &str = "messages";
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// A piece of a message's text.
#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    Var(String),
}

#[derive(Clone, Debug)]
enum Value {
    Simple(Vec<Part>),
    /// Plural forms chosen by the number in `selector`; `default` names the starred form.
    Plural {
        selector: String,
        forms: Vec<(String, Vec<Part>)>,
        default: String,
    },
}

impl Value {
    /// The literal text pieces of every form.
    fn texts(&self) -> impl Iterator<Item = &str> {
        let parts: Vec<&Part> = match self {
            Value::Simple(parts) => parts.iter().collect(),
            Value::Plural { forms, .. } => forms.iter().flat_map(|(_, parts)| parts).collect(),
        };
        parts.into_iter().filter_map(|part| match part {
            Part::Text(text) => Some(text.as_str()),
            Part::Var(_) => None,
        })
    }

    /// Every placeholder the message uses (the selector counts).
    fn variables(&self) -> BTreeSet<String> {
        let vars_of = |parts: &[Part]| -> Vec<String> {
            parts
                .iter()
                .filter_map(|part| match part {
                    Part::Var(name) => Some(name.clone()),
                    Part::Text(_) => None,
                })
                .collect()
        };
        match self {
            Value::Simple(parts) => vars_of(parts).into_iter().collect(),
            Value::Plural {
                selector, forms, ..
            } => forms
                .iter()
                .flat_map(|(_, parts)| vars_of(parts))
                .chain([selector.clone()])
                .collect(),
        }
    }
}

#[derive(Clone, Debug)]
struct Message {
    key: String,
    value: Value,
    /// `locales/en/frame.ftl:12`, for error messages.
    at: String,
}

/// One language's messages, in file-name order and then file order.
pub struct Locale {
    pub tag: String,
    messages: Vec<Message>,
}

impl Locale {
    /// The length in bytes of each message's literal text (every plural form's), by its `Msg`
    /// variant: what a message costs where it is compiled in (for `cargo xtask texts`; the build
    /// script does not need it).
    #[allow(dead_code)]
    pub fn text_lengths(&self) -> BTreeMap<String, usize> {
        self.messages
            .iter()
            .map(|message| {
                let length = message.value.texts().map(str::len).sum();
                (variant_name(&message.key), length)
            })
            .collect()
    }
}

pub fn read_locales(root: &Path) -> Result<Vec<Locale>, Vec<String>> {
    let mut errors = Vec::new();
    let mut locales = Vec::new();
    let mut dirs: Vec<PathBuf> = match fs::read_dir(root) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.is_dir())
            .collect(),
        Err(error) => return Err(vec![format!("cannot read {}: {error}", root.display())]),
    };
    dirs.sort();
    for dir in dirs {
        let tag = dir
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(|entry| entry.ok().map(|e| e.path()))
                    .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        let mut messages = Vec::new();
        for file in files {
            let shown = format!(
                "locales/{tag}/{}",
                file.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            );
            match fs::read_to_string(&file) {
                Ok(text) => parse_file(&text, &shown, &mut messages, &mut errors),
                Err(error) => errors.push(format!("{shown}: cannot read: {error}")),
            }
        }
        locales.push(Locale { tag, messages });
    }
    if errors.is_empty() {
        Ok(locales)
    } else {
        Err(errors)
    }
}

fn is_key(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn parse_file(text: &str, file: &str, messages: &mut Vec<Message>, errors: &mut Vec<String>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        let at = format!("{file}:{}", index + 1);
        index += 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            errors.push(format!("{at}: an indented line outside a plural message"));
            continue;
        }
        let Some((key, rest)) = line.split_once('=') else {
            errors.push(format!("{at}: expected `key = text`"));
            continue;
        };
        let key = key.trim();
        if !is_key(key) {
            errors.push(format!(
                "{at}: `{key}` is not a message key (letters, digits, `-`)"
            ));
            continue;
        }
        let rest = rest.trim();
        let value = if rest.is_empty() {
            // A plural choice over the following indented lines, up to the closing brace.
            let mut block = Vec::new();
            while index < lines.len() && lines[index].starts_with(char::is_whitespace) {
                block.push((index + 1, lines[index].trim()));
                index += 1;
            }
            parse_plural(&block, file)
        } else {
            parse_pattern(rest).map(Value::Simple)
        };
        match value {
            Ok(value) => messages.push(Message {
                key: key.to_string(),
                value,
                at,
            }),
            Err(error) => errors.push(format!("{at}: {error}")),
        }
    }
}

/// `{ $count ->`, variant lines `[one] text` / `*[other] text`, then `}`.
fn parse_plural(block: &[(usize, &str)], file: &str) -> Result<Value, String> {
    let Some(((_, head), rest)) = block.split_first() else {
        return Err("a message without text".into());
    };
    let selector = head
        .strip_prefix('{')
        .and_then(|s| s.trim().strip_suffix("->"))
        .and_then(|s| s.trim().strip_prefix('$'))
        .map(str::trim)
        .filter(|name| is_key(name))
        .ok_or_else(|| format!("expected `{{ $count ->`, found `{head}`"))?;
    let Some(((_, last), variants)) = rest.split_last() else {
        return Err("a plural choice without forms".into());
    };
    if *last != "}" {
        return Err("a plural choice must end with `}` on its own line".into());
    }
    let mut forms = Vec::new();
    let mut default = None;
    for (line, variant) in variants {
        let (starred, variant) = match variant.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, *variant),
        };
        let parsed = variant.strip_prefix('[').and_then(|v| v.split_once(']'));
        let Some((category, text)) = parsed else {
            return Err(format!("{file}:{line}: expected `[category] text`"));
        };
        let category = category.trim();
        if !PLURAL_CATEGORIES.contains(&category) {
            return Err(format!(
                "{file}:{line}: `{category}` is not a plural category ({})",
                PLURAL_CATEGORIES.join(", ")
            ));
        }
        if forms.iter().any(|(known, _)| known == category) {
            return Err(format!("{file}:{line}: `[{category}]` is given twice"));
        }
        let parts = parse_pattern(text.trim()).map_err(|e| format!("{file}:{line}: {e}"))?;
        if starred {
            if default.is_some() {
                return Err(format!(
                    "{file}:{line}: only one form may be the default (`*`)"
                ));
            }
            default = Some(category.to_string());
        }
        forms.push((category.to_string(), parts));
    }
    let default = default.ok_or("one form must be the default, marked `*`")?;
    Ok(Value::Plural {
        selector: selector.to_string(),
        forms,
        default,
    })
}

/// Text with `{ $name }` placeholders and `{"…"}` literals.
fn parse_pattern(text: &str) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("a `}` without its `{` (write `{\"}\"}` for a brace)".into());
        }
        literal.push_str(&rest[..open]);
        let after = rest[open + 1..].trim_start();
        if let Some(quoted) = after.strip_prefix('"') {
            // A string literal, which may itself hold braces.
            let end = quoted
                .find('"')
                .ok_or("a `{\"` literal without its closing `\"`")?;
            literal.push_str(&quoted[..end]);
            rest = quoted[end + 1..]
                .trim_start()
                .strip_prefix('}')
                .ok_or("a `{\"…\"` literal without its `}`")?;
            continue;
        }
        let close = after
            .find('}')
            .ok_or("a `{` without its `}` (write `{\"{\"}` for a brace)")?;
        let inner = after[..close].trim();
        let name = inner
            .strip_prefix('$')
            .filter(|name| is_key(name))
            .ok_or_else(|| {
                format!("`{{ {inner} }}` is neither a `$placeholder` nor a \"literal\"")
            })?;
        if !literal.is_empty() {
            parts.push(Part::Text(std::mem::take(&mut literal)));
        }
        parts.push(Part::Var(name.to_string()));
        rest = &after[close + 1..];
    }
    literal.push_str(rest);
    if !literal.is_empty() {
        parts.push(Part::Text(literal));
    }
    if parts.is_empty() {
        return Err("a message without text (write `{\"\"}` for an empty one)".into());
    }
    Ok(parts)
}

/// Every language has exactly English's messages, with the same placeholders, each once.
pub fn check(locales: &[Locale]) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    let Some(reference) = locales.iter().find(|l| l.tag == REFERENCE) else {
        return Err(vec![format!("locales/{REFERENCE} is missing")]);
    };
    for locale in locales {
        let mut seen: BTreeMap<&str, &Message> = BTreeMap::new();
        for message in &locale.messages {
            if let Some(first) = seen.insert(message.key.as_str(), message) {
                errors.push(format!(
                    "{}: `{}` is already defined at {}",
                    message.at, message.key, first.at
                ));
            }
        }
        for message in &locale.messages {
            if message
                .value
                .texts()
                .any(|text| text.contains(['\n', FIELD_SEPARATOR]))
            {
                errors.push(format!(
                    "{}: `{}` contains a line break or U+001F, which messages files cannot hold",
                    message.at, message.key
                ));
            }
        }
        if locale.tag == REFERENCE {
            continue;
        }
        let english: BTreeMap<&str, &Message> = reference
            .messages
            .iter()
            .map(|m| (m.key.as_str(), m))
            .collect();
        for message in &english {
            if !seen.contains_key(message.0) {
                errors.push(format!(
                    "locales/{}: `{}` is missing (English has it at {})",
                    locale.tag, message.0, message.1.at
                ));
            }
        }
        for (key, message) in &seen {
            match english.get(key) {
                None => errors.push(format!(
                    "{}: `{key}` is not an English message (remove it or add it to locales/{REFERENCE})",
                    message.at
                )),
                Some(original) => {
                    let (theirs, ours) = (message.value.variables(), original.value.variables());
                    if theirs != ours {
                        errors.push(format!(
                            "{}: `{key}` uses the placeholders {{{}}} but English ({}) uses {{{}}}",
                            message.at,
                            list(&theirs),
                            original.at,
                            list(&ours)
                        ));
                    }
                    let plural = |v: &Value| matches!(v, Value::Plural { .. });
                    if plural(&message.value) != plural(&original.value) {
                        errors.push(format!(
                            "{}: `{key}` must {}be a plural choice, as in English ({})",
                            message.at,
                            if plural(&original.value) { "" } else { "not " },
                            original.at
                        ));
                    }
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn list(names: &BTreeSet<String>) -> String {
    names
        .iter()
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `save-saved` → `SaveSaved`.
fn variant_name(key: &str) -> String {
    key.split(['-', '_'])
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// `zh-Hans` → `ZH_HANS`.
fn table_name(tag: &str) -> String {
    format!("TEXTS_{}", tag.replace('-', "_").to_ascii_uppercase())
}

/// The text in the `{name}` template form that `i18n::fill` fills.
fn template(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.clone(),
            Part::Var(name) => format!("{{{name}}}"),
        })
        .collect()
}

fn category_variant(category: &str) -> String {
    variant_name(category)
}

/// English's messages in the order of `Msg`: the first download's, then each group's (the
/// group's index beside each), every part in catalogue order.
fn ordered<'a>(reference: &'a Locale, usage: &Usage) -> Vec<(&'a Message, Option<usize>)> {
    let group_of = |message: &Message| usage.group_of.get(&variant_name(&message.key)).copied();
    let mut order: Vec<(&Message, Option<usize>)> = reference
        .messages
        .iter()
        .filter(|message| group_of(message).is_none())
        .map(|message| (message, None))
        .collect();
    for group in 0..usage.groups.len() {
        order.extend(
            reference
                .messages
                .iter()
                .filter(|message| group_of(message) == Some(group))
                .map(|message| (message, Some(group))),
        );
    }
    order
}

/// The `Text` a compiled table holds for `value`.
fn text_literal(value: &Value) -> String {
    match value {
        Value::Simple(parts) => format!("Text::Plain({:?})", template(parts)),
        Value::Plural {
            selector,
            forms,
            default,
        } => {
            let mut literal = format!("Text::Plural {{ selector: {selector:?}, forms: &[");
            for (category, parts) in forms {
                let _ = write!(
                    literal,
                    "(Plural::{}, {:?}), ",
                    category_variant(category),
                    template(parts)
                );
            }
            let _ = write!(
                literal,
                "], default: Plural::{} }}",
                category_variant(default)
            );
            literal
        }
    }
}

/// A messages file's line for `value` (see the module's documentation).
fn file_line(value: &Value) -> String {
    match value {
        Value::Simple(parts) => template(parts),
        Value::Plural {
            selector,
            forms,
            default,
        } => {
            let mut fields = vec![selector.clone(), default.clone()];
            for (category, parts) in forms {
                fields.push(category.clone());
                fields.push(template(parts));
            }
            fields.join(&FIELD_SEPARATOR.to_string())
        }
    }
}

pub fn generate(locales: &[Locale], pseudo: bool, usage: &Usage) -> String {
    let mut code = String::from("// Generated by build.rs from locales/: do not edit.\n\n");
    let Some(reference) = locales.iter().find(|l| l.tag == REFERENCE) else {
        return code;
    };
    let order = ordered(reference, usage);
    let keys: Vec<&str> = order.iter().map(|(m, _)| m.key.as_str()).collect();
    let count = keys.len();
    let main_count = order.iter().filter(|(_, group)| group.is_none()).count();
    code.push_str("/// A user-visible message; its texts are in `locales/<language>/*.ftl`.\n");
    code.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Msg {\n");
    for key in &keys {
        let _ = writeln!(code, "    {},", variant_name(key));
    }
    code.push_str("}\n\nimpl Msg {\n    /// Every message, in catalogue order.\n");
    let _ = writeln!(code, "    pub const ALL: &'static [Msg] = &[");
    for key in &keys {
        let _ = writeln!(code, "        Msg::{},", variant_name(key));
    }
    code.push_str("    ];\n\n    /// The message's key in the translation files.\n");
    code.push_str(
        "    pub fn key(self) -> &'static str {\n        KEYS[self as usize]\n    }\n}\n\n",
    );
    let _ = writeln!(code, "static KEYS: [&str; {count}] = [");
    for key in &keys {
        let _ = writeln!(code, "    {key:?},");
    }
    code.push_str("];\n\n");
    code.push_str(
        "/// A group of views fetched on demand whose English messages are fetched with its code.\n",
    );
    code.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum TextGroup {\n");
    for group in &usage.groups {
        let _ = writeln!(code, "    {group},");
    }
    code.push_str(
        "}\n\nimpl TextGroup {\n    /// Every group, in the order of their messages in `Msg`.\n",
    );
    code.push_str("    pub const ALL: &'static [TextGroup] = &[");
    for group in &usage.groups {
        let _ = write!(code, "TextGroup::{group}, ");
    }
    code.push_str("];\n}\n\n");
    let files = fetched_files(locales, usage);
    let _ = writeln!(
        code,
        "/// Each group's first message (its place in `Msg`) and English messages file, in the order of [`TextGroup`]."
    );
    let _ = writeln!(
        code,
        "pub(super) static EN_GROUPS: [(usize, Fetched); {}] = [",
        usage.groups.len()
    );
    let mut first = main_count;
    for (group, name) in usage.groups.iter().enumerate() {
        let size = order.iter().filter(|(_, g)| *g == Some(group)).count();
        if let Some(file) = files.iter().find(|file| file.group == Some(group)) {
            let _ = writeln!(
                code,
                "    ({first}, Fetched {{\n        file: {:?},\n        hash: {:#018x},\n        messages: {size},\n        bundled: bundled_group!({:?}),\n        loaded: std::sync::OnceLock::new(),\n    }}), // {name}",
                file.name,
                file.hash,
                bundled_name(&file.tag)
            );
        }
        first += size;
    }
    code.push_str("];\n\n");
    for file in files.iter().filter(|file| file.group.is_none()) {
        let _ = writeln!(
            code,
            "/// The texts in `{}`, fetched from the release build's `{}` when chosen.",
            file.tag, file.name
        );
        let _ = writeln!(
            code,
            "pub(super) static {}: Fetched = Fetched {{\n    file: {:?},\n    hash: {:#018x},\n    messages: {count},\n    bundled: bundled!({:?}),\n    loaded: std::sync::OnceLock::new(),\n}};\n",
            fetched_name(&file.tag),
            file.name,
            file.hash,
            bundled_name(&file.tag)
        );
    }
    let _ = writeln!(
        code,
        "/// The English texts of the first download's messages, in the order of [`Msg`] (the\n/// groups' messages follow them in `Msg` and are in [`EN_GROUPS`])."
    );
    let _ = writeln!(code, "pub(super) static TEXTS_EN: [Text; {main_count}] = [");
    for (message, _) in order.iter().filter(|(_, group)| group.is_none()) {
        let _ = writeln!(code, "    {},", text_literal(&message.value));
    }
    code.push_str("];\n\n");
    if pseudo {
        let _ = writeln!(
            code,
            "/// The texts in `{PSEUDO}`, in the order of [`Msg`]."
        );
        let _ = writeln!(
            code,
            "pub(super) static {}: [Text; {count}] = [",
            table_name(PSEUDO)
        );
        for (message, _) in &order {
            let _ = writeln!(code, "    {},", text_literal(&pseudo_value(&message.value)));
        }
        code.push_str("];\n\n");
    }
    code
}

/// A messages file, written into the release build and fetched on demand.
pub struct FetchedFile {
    /// The language's tag, with the group's name for a group's English messages
    /// (`en-wizards`).
    pub tag: String,
    /// The group whose English messages it holds, or none for a whole language.
    pub group: Option<usize>,
    /// Its path in the release build: `messages/<tag>-<hash>.txt`.
    pub name: String,
    pub hash: u64,
    pub content: String,
}

/// The messages file of every language but the reference, and of each group's English messages
/// (see the module's documentation).
pub fn fetched_files(locales: &[Locale], usage: &Usage) -> Vec<FetchedFile> {
    let Some(reference) = locales.iter().find(|l| l.tag == REFERENCE) else {
        return Vec::new();
    };
    let order = ordered(reference, usage);
    let file = |tag: String, group: Option<usize>, content: String| {
        let hash = content_hash(content.as_bytes());
        FetchedFile {
            name: format!("{FETCHED_FOLDER}/{tag}-{hash:016x}.txt"),
            tag,
            group,
            hash,
            content,
        }
    };
    let mut files: Vec<FetchedFile> = locales
        .iter()
        .filter(|locale| locale.tag != REFERENCE)
        .map(|locale| {
            let by_key: BTreeMap<&str, &Value> = locale
                .messages
                .iter()
                .map(|m| (m.key.as_str(), &m.value))
                .collect();
            let mut content = String::new();
            for (message, _) in &order {
                // `check` guarantees every key; an empty text would show as a gap.
                if let Some(value) = by_key.get(message.key.as_str()) {
                    content.push_str(&file_line(value));
                }
                content.push('\n');
            }
            file(locale.tag.clone(), None, content)
        })
        .collect();
    for (group, name) in usage.groups.iter().enumerate() {
        let content: String = order
            .iter()
            .filter(|(_, g)| *g == Some(group))
            .map(|(message, _)| file_line(&message.value) + "\n")
            .collect();
        files.push(file(
            format!("{REFERENCE}-{}", name.to_ascii_lowercase()),
            Some(group),
            content,
        ));
    }
    files
}

/// The file `build.rs` writes the messages of `tag` to in `OUT_DIR`, for debug and native
/// builds, which compile them in.
pub fn bundled_name(tag: &str) -> String {
    format!("messages-{tag}.txt")
}

/// `zh-Hans` → `FETCHED_ZH_HANS`.
fn fetched_name(tag: &str) -> String {
    format!("FETCHED_{}", tag.replace('-', "_").to_ascii_uppercase())
}

/// 64-bit FNV-1a: names a messages file by its contents, and lets the app check that the file
/// it fetched is the one it was built with. Not a defence against tampering (the file comes
/// from the app's own origin, like the wasm), only against a stale or damaged copy.
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// English with its letters accented and each message bracketed: text outside the catalogue,
/// and text cut short by a layout, stand out on screen.
fn pseudo_value(value: &Value) -> Value {
    let accent = |parts: &[Part]| -> Vec<Part> {
        let mut out = vec![Part::Text("⟦".into())];
        out.extend(parts.iter().map(|part| match part {
            Part::Text(text) => Part::Text(text.chars().map(accented).collect()),
            Part::Var(name) => Part::Var(name.clone()),
        }));
        out.push(Part::Text("⟧".into()));
        out
    };
    match value {
        Value::Simple(parts) => Value::Simple(accent(parts)),
        Value::Plural {
            selector,
            forms,
            default,
        } => Value::Plural {
            selector: selector.clone(),
            forms: forms
                .iter()
                .map(|(category, parts)| (category.clone(), accent(parts)))
                .collect(),
            default: default.clone(),
        },
    }
}

fn accented(c: char) -> char {
    const PLAIN: &str = "aceinosuyACEINOSUY";
    const MARKED: &str = "åçéîñöšûýÅÇÉÎÑÖŠÛÝ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|at| MARKED.chars().nth(at))
        .unwrap_or(c)
}
