//! The example library: every model answer after the default one, each with its name, what it
//! shows, its provenance and a button that loads it (after confirming when the workspace is not
//! empty). Shown with the default example's offer on the overview of an empty workspace and on
//! the Data page.

use crate::app::state::{ExampleCatalog, ExampleLoad};
use crate::app::AppState;
use crate::i18n::Msg;
use crate::io::example::CatalogEntry;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::widgets::{t, ConfirmDialog};
use leptos::prelude::*;

/// The model answers after the catalogue's first (which [`super::load_example::ExampleOffer`]
/// offers), as a list with a load button each. Nothing while the catalogue is not here.
#[component]
pub fn MoreExamples() -> impl IntoView {
    let state = AppState::expect();
    state.want_example_catalog();
    let others = move || match state.examples.get() {
        ExampleCatalog::Ready(catalog) => catalog.models().skip(1).cloned().collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    reactive_view(move || {
        let others = others();
        (!others.is_empty()).then(|| {
            view! {
                <div class="example-library" data-testid="example-library">
                    <h3>{t(Msg::ExampleLibraryTitle)}</h3>
                    <ul class="example-library__list">
                        {others
                            .into_iter()
                            .map(|entry| view! { <ExampleChoice entry=entry/> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    })
}

/// One example of the library: its texts in the language it will be loaded in, and its button.
#[component]
fn ExampleChoice(entry: CatalogEntry) -> impl IntoView {
    let state = AppState::expect();
    let language = entry.language_for(state.example_language());
    let tag = language.tag();
    let name = entry.name.get(language).to_string();
    let id = entry.id.clone();
    let confirming = RwSignal::new(false);
    let load = move || state.load_example(Some(id.clone()));
    let load = StoredValue::new(load);
    let count = move || state.workspace.with(|w| w.objectives.len());
    let fetching = move || state.example_load.get() == ExampleLoad::Fetching;
    let label = state.tf(Msg::ExampleLibraryLoad, &[("name", &name)]);
    view! {
        <li class="example-library__item" data-example-id=entry.id.clone()>
            <div class="example-offer" lang=tag data-example-text="">
                <p class="example-offer__name">{name}</p>
                <p>{entry.summary.get(language).to_string()}</p>
                <p class="example-offer__provenance">{entry.provenance.get(language).to_string()}</p>
            </div>
            <button
                type="button"
                class="button"
                aria-disabled=move || fetching().then_some("true")
                on:click=move |_| {
                    if fetching() {
                        return;
                    }
                    if state.workspace.with_untracked(|w| w.is_empty()) {
                        load.with_value(|load| load());
                    } else {
                        confirming.set(true);
                    }
                }
            >
                {label}
            </button>
            <ConfirmDialog
                open=confirming
                title=t(Msg::ReplaceWithExampleTitle)
                body=Signal::derive(move || state.tc(Msg::ReplaceWithExampleBody, count(), &[]))
                confirm=Msg::Replace
                on_confirm=move || load.with_value(|load| load())
            />
        </li>
    }
}
