//! Interface languages whose messages are fetched (every one but English in release builds):
//! the language a page opens in, fetching its messages file before the first render, and
//! switching to a language whose file has not arrived yet. A file that cannot be fetched or is
//! not this build's leaves the interface in English and says why in a notice. Also the English
//! messages of a group of views fetched on demand, which `ui::rare_views` fetches with the
//! group's code.

use super::state::workspaces::{choose_workspace, WorkspaceRequest};
use super::state::{AppState, NoticeText};
use crate::i18n::{CatalogueProblem, Lang, Msg};
use crate::storage::prefs::load_prefs;
use crate::storage::workspaces::{load_registry, ScopedStore};
use crate::storage::KeyValueStore;
use std::cell::RefCell;
use std::rc::Rc;

/// The language a page opens in: the one stored for the workspace it opens, or the first of
/// the browser's preferences SixTwo speaks. Reads only the workspace list and the preferences
/// (the same ones [`AppState::open_with_buffer`] reads), so that the messages can be fetched
/// before the workspace is opened.
pub fn opening_language<'a>(
    root: Rc<dyn KeyValueStore>,
    browser_languages: impl IntoIterator<Item = &'a str>,
    request: &WorkspaceRequest,
) -> Lang {
    let list = load_registry(&root);
    let (active, _) = choose_workspace(&list, request);
    let store = ScopedStore::new(root, &active);
    load_prefs(&store)
        .lang
        .unwrap_or_else(|| Lang::negotiate(browser_languages))
}

/// Why a language's messages are not here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LanguageProblem {
    /// No answer: offline without the service worker's copy, or the request was blocked.
    Unreachable,
    /// The server answered with an error status.
    Status(u16),
    /// The file that arrived is not the one this build was made with.
    OtherBuild,
}

impl From<CatalogueProblem> for LanguageProblem {
    fn from(_: CatalogueProblem) -> Self {
        LanguageProblem::OtherBuild
    }
}

impl LanguageProblem {
    /// The notice saying that `lang` could not be shown and why.
    pub fn notice(&self, lang: Lang) -> NoticeText {
        let language = lang.native_name();
        match self {
            LanguageProblem::Unreachable => {
                NoticeText::with(Msg::LanguageUnreachable, &[("language", language)])
            }
            LanguageProblem::Status(status) => NoticeText::with(
                Msg::LanguageStatus,
                &[("language", language), ("status", &status.to_string())],
            ),
            LanguageProblem::OtherBuild => {
                NoticeText::with(Msg::LanguageOtherBuild, &[("language", language)])
            }
        }
    }
}

thread_local! {
    /// What went wrong fetching the opening language, told by the first state opened.
    static OPENING_PROBLEM: RefCell<Option<(Lang, LanguageProblem)>> = const { RefCell::new(None) };
}

/// Remembers that the opening language `lang` could not be fetched, for [`AppState::open_in_a_language_that_is_here`].
pub fn remember_opening_problem(lang: Lang, problem: LanguageProblem) {
    OPENING_PROBLEM.with(|slot| *slot.borrow_mut() = Some((lang, problem)));
}

impl AppState {
    /// Called once the state is open, before anything is drawn: when the language it opened in
    /// has no messages here, shows English for this visit (the stored choice is kept, so the
    /// next visit tries again) and says why.
    pub fn open_in_a_language_that_is_here(&self) {
        use leptos::prelude::*;
        let lang = self.lang.get_untracked();
        if lang.is_ready() {
            return;
        }
        let problem = OPENING_PROBLEM
            .with(|slot| slot.borrow_mut().take())
            .filter(|(failed, _)| *failed == lang)
            .map_or(LanguageProblem::Unreachable, |(_, problem)| problem);
        self.lang.set(Lang::En);
        self.show_notice(problem.notice(lang), false);
    }

    /// Switches the interface to `lang`, fetching its messages first when they are not here.
    /// If they cannot be fetched the language stays as it is and a notice says why.
    pub fn choose_language(&self, lang: Lang) {
        self.when_ready(lang, move |state| state.set_lang(lang));
    }

    /// Shows `lang`, chosen in another tab of this browser (which stored the choice), fetching
    /// its messages first when they are not here.
    pub fn follow_language(&self, lang: Lang) {
        self.when_ready(lang, move |state| {
            use leptos::prelude::Set;
            state.lang.set(lang);
        });
    }

    /// Runs `then` once `lang`'s messages are here; when they cannot be fetched, a notice says
    /// why and `then` never runs.
    fn when_ready(&self, lang: Lang, then: impl FnOnce(AppState) + 'static) {
        #[cfg(target_arch = "wasm32")]
        if !lang.is_ready() {
            let state = *self;
            wasm_bindgen_futures::spawn_local(async move {
                match fetch_messages(lang).await {
                    Ok(()) => then(state),
                    Err(problem) => state.show_notice(problem.notice(lang), false),
                }
            });
            return;
        }
        // Native builds compile every language in: `lang` is always ready there.
        #[cfg(not(target_arch = "wasm32"))]
        let _ = lang;
        then(*self);
    }
}

/// Fetches and installs `lang`'s messages file (nothing to do when they are here).
#[cfg(target_arch = "wasm32")]
pub async fn fetch_messages(lang: Lang) -> Result<(), LanguageProblem> {
    match lang.messages_file() {
        Some(file) => Ok(lang.install_messages(fetch_file(file).await?)?),
        None => Ok(()),
    }
}

/// Fetches and installs the English messages of `group` (nothing to do when they are here).
#[cfg(target_arch = "wasm32")]
pub async fn fetch_group_messages(group: crate::i18n::TextGroup) -> Result<(), LanguageProblem> {
    match group.messages_file() {
        Some(file) => Ok(group.install_messages(fetch_file(file).await?)?),
        None => Ok(()),
    }
}

#[cfg(target_arch = "wasm32")]
async fn fetch_file(file: &str) -> Result<String, LanguageProblem> {
    use super::browser::{fetch_text, FetchFailure};
    fetch_text(file).await.map_err(|failure| match failure {
        FetchFailure::Status(status) => LanguageProblem::Status(status),
        FetchFailure::Network | FetchFailure::Body => LanguageProblem::Unreachable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    #[test]
    fn the_opening_language_is_the_one_the_state_opens_in() {
        let root: Rc<dyn KeyValueStore> = Rc::new(MemoryStore::new());
        let request = WorkspaceRequest::LastUsed;
        assert_eq!(
            opening_language(root.clone(), ["zh-CN", "en"], &request),
            Lang::ZhHans
        );
        assert_eq!(opening_language(root.clone(), ["de"], &request), Lang::En);
        leptos::prelude::Owner::new().with(|| {
            let state = AppState::open_with_buffer(
                root.clone(),
                Rc::new(MemoryStore::new()),
                Box::new(crate::storage::unsaved::MemoryBuffer::new()),
                ["en"],
                WorkspaceRequest::LastUsed,
            );
            state.set_lang(Lang::ZhHans);
            // A stored choice wins over the browser's languages.
            assert_eq!(
                opening_language(root.clone(), ["en"], &request),
                Lang::ZhHans
            );
        });
    }

    #[test]
    fn every_problem_names_the_language_in_english() {
        for problem in [
            LanguageProblem::Unreachable,
            LanguageProblem::Status(404),
            LanguageProblem::OtherBuild,
        ] {
            let text = problem.notice(Lang::ZhHans).render(Lang::En);
            assert!(text.contains("简体中文"), "{text}");
            assert!(text.contains("English"), "{text}");
        }
        assert!(LanguageProblem::Status(404)
            .notice(Lang::ZhHans)
            .render(Lang::En)
            .contains("404"));
    }
}
