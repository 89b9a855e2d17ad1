//! The example organisation: what it is and what in it comes from the source guide (where it
//! is offered), "Load the example" with its fetching status and refusal, and the note shown
//! once it is loaded. Used on the overview and the Data page.

use crate::app::state::{ExampleCatalog, ExampleLoad};
use crate::app::AppState;
use crate::domain::example::ExampleLanguage;
use crate::i18n::example::describe_example_problem;
use crate::i18n::Msg;
use crate::io::example::CatalogEntry;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::widgets::{t, ConfirmDialog};
use leptos::prelude::*;

/// "Load the example": immediate on an empty workspace, otherwise after confirming that the
/// current workspace will be replaced (which Undo reverts). [`ExampleLoadStatus`] says how
/// loading goes.
#[component]
pub fn LoadExampleButton(#[prop(optional)] primary: bool) -> impl IntoView {
    let state = AppState::expect();
    let confirming = RwSignal::new(false);
    let load = move || state.load_example(None);
    let count = move || state.workspace.with(|w| w.objectives.len());
    let fetching = move || state.example_load.get() == ExampleLoad::Fetching;
    view! {
        <button
            type="button"
            class=if primary { "button button--primary" } else { "button" }
            aria-disabled=move || fetching().then_some("true")
            on:click=move |_| {
                if fetching() {
                    return;
                }
                if state.workspace.with_untracked(|w| w.is_empty()) {
                    load();
                } else {
                    confirming.set(true);
                }
            }
        >
            {t(Msg::LoadExample)}
        </button>
        <ConfirmDialog
            open=confirming
            title=t(Msg::ReplaceWithExampleTitle)
            body=Signal::derive(move || state.tc(Msg::ReplaceWithExampleBody, count(), &[]))
            confirm=Msg::Replace
            on_confirm=move || load()
        />
    }
}

/// While the example is fetched, says so; if it cannot be fetched or read, says why (the
/// workspace is unchanged). Placed after "Load the example".
#[component]
pub fn ExampleLoadStatus() -> impl IntoView {
    let state = AppState::expect();
    let fetching = move || state.example_load.get() == ExampleLoad::Fetching;
    let problem = move || match state.example_load.get() {
        ExampleLoad::Failed(problem) => Some(describe_example_problem(
            state.lang.get_untracked(),
            &problem,
        )),
        _ => None,
    };
    view! {
        <p class="example-status" role="status" data-testid="example-status">
            {move || fetching().then(|| t(Msg::ExampleFetching))}
        </p>
        {move || {
            problem()
                .map(|lines| {
                    view! {
                        <div class="example-problem" role="alert" data-testid="example-problem">
                            {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                        </div>
                    }
                })
        }}
    }
}

/// The texts of an example in the language it will be loaded in, marked with that language.
fn entry_texts(entry: &CatalogEntry, asked: ExampleLanguage) -> (ExampleLanguage, &'static str) {
    let language = entry.language_for(asked);
    (language, language.tag())
}

/// The default example as the catalogue describes it: its name, what it shows, and what in
/// it comes from the source guide and what is illustrative. Fetches the catalogue when shown.
#[component]
pub fn ExampleOffer() -> impl IntoView {
    let state = AppState::expect();
    state.want_example_catalog();
    let entry = move || match state.examples.get() {
        ExampleCatalog::Ready(catalog) => catalog.models().next().cloned(),
        _ => None,
    };
    let asked = state.example_language();
    view! {
        {move || {
            entry()
                .map(|entry| {
                    let (language, tag) = entry_texts(&entry, asked);
                    view! {
                        <div class="example-offer" lang=tag data-example-text="">
                            <p class="example-offer__name">{entry.name.get(language).to_string()}</p>
                            <p>{entry.summary.get(language).to_string()}</p>
                            <p class="example-offer__provenance">
                                {entry.provenance.get(language).to_string()}
                            </p>
                        </div>
                    }
                })
        }}
        <p class="example-status" role="status">
            {move || (state.examples.get() == ExampleCatalog::Fetching).then(|| t(Msg::ExampleCatalogFetching))}
        </p>
    }
}

/// Shown once the example is loaded, while the workspace still is that example: what comes
/// from the source and what is illustrative, and the gaps the clause 6.2 check will find on
/// purpose.
#[component]
pub fn ExampleNote() -> impl IntoView {
    let state = AppState::expect();
    let asked = state.example_language();
    reactive_view(move || {
        state.example_note().map(|loaded| {
            let entry = loaded.entry;
            let language = loaded.language;
            let tag = language.tag();
            let gaps = entry.gaps.get(language).to_string();
            let in_english = (language != asked).then(|| {
                view! { <p>{t(Msg::ExampleInEnglish)}</p> }
            });
            view! {
                <section class="panel panel--note" aria-labelledby="example-note-title" data-testid="example-note">
                    <h2 id="example-note-title">{t(Msg::ExampleAbout)}</h2>
                    {in_english}
                    <div lang=tag data-example-text="">
                        <p class="example-offer__name">{entry.name.get(language).to_string()}</p>
                        <p>{entry.provenance.get(language).to_string()}</p>
                    </div>
                    {(!gaps.is_empty())
                        .then(|| {
                            view! {
                                <h3>{t(Msg::ExampleGaps)}</h3>
                                <p lang=tag data-example-text="">{gaps}</p>
                            }
                        })}
                    <button type="button" class="button" on:click=move |_| state.hide_example_note()>
                        {t(Msg::ExampleHideNote)}
                    </button>
                </section>
            }
        })
    })
}
