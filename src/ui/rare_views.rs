//! The views the start page does not need (wizards, report, records, exercises,
//! self-assessment, data and sync, and also the objective page, New objective, the policy and
//! the requirements), each group behind a split point: release builds made with
//! `--cfg sixtwo_split` (`cargo xtask dist`) fetch a group's code the first time one of its
//! views opens, so the first download carries only the start page, the register, the tree and
//! the frame. Every other build calls the
//! same functions directly. While the code loads, the page says so; when it cannot be loaded
//! (offline before the service worker kept it), the page says that and offers to try again.
//! The English messages only a group's views use are fetched with its code, in parallel, and
//! the group's views are built only once both are in (`build/text_groups.rs`).

use crate::app::Route;
use crate::i18n::{Msg, TextGroup};
use crate::ui::components::page::PageTitle;
use crate::ui::components::split_code::{self, poll_once, CodeLoad, Retry, SplitView};
use crate::ui::components::widgets::t;
use crate::ui::pages;
use crate::ui::panels::exercise_guard::HideDuringExercise;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::sync::Arc;
use std::task::Poll;

/// Calls a split function: awaited where it is a split point, called directly elsewhere.
macro_rules! load {
    ($view:ident($route:expr)) => {{
        #[cfg(sixtwo_split)]
        let view = $view($route).await;
        #[cfg(not(sixtwo_split))]
        let view = $view($route);
        view
    }};
}

/// The group of views `route` belongs to, if it is one of the rarely used ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RareGroup {
    Wizards,
    Report,
    Records,
    Exercises,
    Assessment,
    Data,
    /// The objective page (with its editors and sections) and New objective: everyday views,
    /// but the register, the tree and the start page are usable without them.
    Objective,
    /// The quality policy and the requirements to meet.
    Policy,
}

/// Why a group's code or texts could not be loaded (offline before the service worker kept
/// them, or the server refused).
#[derive(Clone, Copy, Debug)]
pub struct NotLoaded;

impl RareGroup {
    /// The group's English messages, fetched with its code (the build names the groups after
    /// the split functions below: `sixtwo_wizards` is `TextGroup::Wizards`).
    pub fn texts(self) -> TextGroup {
        match self {
            Self::Wizards => TextGroup::Wizards,
            Self::Report => TextGroup::Report,
            Self::Records => TextGroup::Records,
            Self::Exercises => TextGroup::Exercises,
            Self::Assessment => TextGroup::Assessment,
            Self::Data => TextGroup::Data,
            Self::Objective => TextGroup::Objective,
            Self::Policy => TextGroup::Policy,
        }
    }

    pub fn of(route: Route) -> Option<Self> {
        Some(match route {
            Route::Establish { .. } | Route::Plan { .. } => Self::Wizards,
            Route::Report | Route::Checklist => Self::Report,
            Route::CheckIn(_)
            | Route::History(_)
            | Route::Review(_)
            | Route::EditReview { .. }
            | Route::Communications
            | Route::NewCommunication { .. }
            | Route::EditCommunication(_) => Self::Records,
            Route::Training
            | Route::Worksheet
            | Route::AnswerKey
            | Route::Compare
            | Route::Class => Self::Exercises,
            Route::Assess | Route::AssessNew | Route::AssessResult(_) | Route::Glance => {
                Self::Assessment
            }
            Route::Data | Route::Sync | Route::Import | Route::Workspaces => Self::Data,
            Route::Objective(_) | Route::NewObjective { .. } => Self::Objective,
            Route::Policy | Route::Requirements => Self::Policy,
            Route::Home | Route::Register | Route::Tree | Route::NotFound => return None,
        })
    }
}

/// The page for a rarely used `route`. When its group's code is there (always in unsplit
/// builds) the page is built at once, exactly like any other page; otherwise a short loading
/// state shows until the code has been fetched, then the page (or why it cannot be shown), and
/// `on_shown` runs once that is in the document (the shell moves focus then, if the navigation
/// could not because the page was still loading, or if the person pressed *Try again*, whose
/// button is gone: its argument says which).
pub fn rare_view(group: RareGroup, route: Route, on_shown: fn(bool)) -> AnyView {
    split_code::when_loaded(split_view(group, route, on_shown))
}

/// Starts fetching the code of `group` without waiting for it (nothing to do in unsplit
/// builds, or once it is there): the request leaves before this returns, and the view that
/// needs the code later joins the same fetch.
pub fn start_loading(group: RareGroup) {
    let mut code = code_of(group);
    if poll_once(code.as_mut()).is_pending() {
        // Called before Leptos has set up its executor, hence wasm-bindgen's. A failure shows
        // when the view opens: it tries again then.
        #[cfg(target_arch = "wasm32")]
        wasm_bindgen_futures::spawn_local(async move {
            let _ = code.await;
        });
    }
}

/// How the page for `route` waits for its group's code: the loading state, then the page, or
/// the failure page with *Try again*.
fn split_view(group: RareGroup, route: Route, on_shown: fn(bool)) -> SplitView {
    SplitView {
        load: Arc::new(move || code_of(group)),
        build: Arc::new(move || Some(build(group, route, on_shown))),
        waiting: Arc::new(|retry| match retry {
            None => view! {
                <p class="view-loading" role="status" data-testid="view-loading">
                    {t(Msg::ViewLoading)}
                </p>
            }
            .into_any(),
            Some(retry) => load_failed(retry),
        }),
        shown: on_shown,
        busy: None,
    }
}

/// The page once its group's code is there: the split function runs at once then.
fn build(group: RareGroup, route: Route, on_shown: fn(bool)) -> AnyView {
    let mut view = Box::pin(load_group(group, route));
    match poll_once(view.as_mut()) {
        Poll::Ready(Ok(view)) => view,
        // Not expected: the code was loaded. Wait for it like the first time.
        Poll::Ready(Err(_)) | Poll::Pending => {
            split_code::wait(split_view(group, route, on_shown), code_of(group))
        }
    }
}

/// Fetching the code of `group` (and its English messages), as [`split_code`] waits for it.
fn code_of(group: RareGroup) -> CodeLoad {
    Box::pin(async move { load_code(group).await.is_ok() })
}

/// Makes sure the code of `group` and its English messages are loaded, fetching both at once
/// (nothing to do in unsplit builds, which compile both in).
async fn load_code(group: RareGroup) -> Result<(), NotLoaded> {
    #[cfg(sixtwo_split)]
    {
        let code = async move {
            let loaded = match group {
                RareGroup::Wizards => wizard_code().await,
                RareGroup::Report => report_code().await,
                RareGroup::Records => records_code().await,
                RareGroup::Exercises => exercises_code().await,
                RareGroup::Assessment => assessment_code().await,
                RareGroup::Data => data_code().await,
                RareGroup::Objective => objective_code().await,
                RareGroup::Policy => policy_code().await,
            };
            loaded.map_err(|_| NotLoaded)
        };
        let texts = async move {
            crate::app::languages::fetch_group_messages(group.texts())
                .await
                .map_err(|_| NotLoaded)
        };
        let (code, texts) = futures::future::join(code, texts).await;
        code.and(texts)
    }
    #[cfg(not(sixtwo_split))]
    {
        let _ = group;
        Ok(())
    }
}

async fn load_group(group: RareGroup, route: Route) -> Result<AnyView, SplitLoaderError> {
    match group {
        RareGroup::Wizards => load!(wizard_view(route)),
        RareGroup::Report => load!(report_view(route)),
        RareGroup::Records => load!(records_view(route)),
        RareGroup::Exercises => load!(exercises_view(route)),
        RareGroup::Assessment => load!(assessment_view(route)),
        RareGroup::Data => load!(data_view(route)),
        RareGroup::Objective => load!(objective_view(route)),
        RareGroup::Policy => load!(policy_view(route)),
    }
}

/// What the page shows when its code could not be fetched.
fn load_failed(retry: Retry) -> AnyView {
    view! {
        <PageTitle text=t(Msg::ViewLoadFailedTitle)/>
        <p role="alert">{t(Msg::ViewLoadFailedBody)}</p>
        <p>
            <button type="button" class="button" on:click=move |_| retry.run()>
                {t(Msg::ViewLoadRetry)}
            </button>
        </p>
    }
    .into_any()
}

/// A route that is not in the group it was sent to (never happens: [`RareGroup::of`]
/// decides both).
fn not_found() -> AnyView {
    view! { <pages::not_found::NotFoundPage/> }.into_any()
}

#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_wizards,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(wizard_code)
    )
)]
fn wizard_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    // The stored drafts are read here, so that their serde code comes with the wizards'.
    crate::app::AppState::expect().read_stored_drafts();
    Ok(match route {
        Route::Establish {
            objective,
            parent,
            step,
        } => {
            view! { <pages::establish::EstablishPage objective=objective parent=parent step=step/> }
                .into_any()
        }
        Route::Plan { objective, step } => {
            view! { <pages::plan::PlanPage objective=objective step=step/> }.into_any()
        }
        _ => not_found(),
    })
}

#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_report,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(report_code)
    )
)]
fn report_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::Checklist => view! {
            <HideDuringExercise title=Msg::ChecklistTitle>
                <pages::checklist::ChecklistPage/>
            </HideDuringExercise>
        }
        .into_any(),
        Route::Report => view! {
            <HideDuringExercise title=Msg::ReportTitle>
                <pages::report::ReportPage/>
            </HideDuringExercise>
        }
        .into_any(),
        _ => not_found(),
    })
}

#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_records,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(records_code)
    )
)]
fn records_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::CheckIn(id) => view! { <pages::check_in::CheckInPage id=id/> }.into_any(),
        Route::History(id) => view! { <pages::history::HistoryPage id=id/> }.into_any(),
        Route::Review(id) => view! { <pages::review::ReviewPage objective=id/> }.into_any(),
        Route::EditReview { objective, review } => {
            view! { <pages::review::ReviewPage objective=objective review=review/> }.into_any()
        }
        Route::Communications => view! { <pages::communications::CommunicationsPage/> }.into_any(),
        Route::NewCommunication { objective } => match objective {
            Some(objective) => {
                view! { <pages::communication_form::CommunicationFormPage objective=objective/> }
                    .into_any()
            }
            None => view! { <pages::communication_form::CommunicationFormPage/> }.into_any(),
        },
        Route::EditCommunication(record) => {
            view! { <pages::communication_form::CommunicationFormPage record=record/> }.into_any()
        }
        _ => not_found(),
    })
}

#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_exercises,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(exercises_code)
    )
)]
fn exercises_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::Training => view! { <pages::training::TrainingPage/> }.into_any(),
        Route::Worksheet => view! { <pages::exercise_print::WorksheetPage/> }.into_any(),
        Route::AnswerKey => view! { <pages::exercise_print::AnswerKeyPage/> }.into_any(),
        Route::Compare => view! { <pages::compare::ComparePage/> }.into_any(),
        Route::Class => view! { <pages::class::ClassPage/> }.into_any(),
        _ => not_found(),
    })
}

#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_assessment,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(assessment_code)
    )
)]
fn assessment_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::Assess => view! { <pages::assess::AssessPage/> }.into_any(),
        Route::AssessNew => view! { <pages::assess_form::AssessFormPage/> }.into_any(),
        Route::AssessResult(id) => {
            view! { <pages::assess_result::AssessResultPage id=id/> }.into_any()
        }
        Route::Glance => view! { <pages::glance::GlancePage/> }.into_any(),
        _ => not_found(),
    })
}

#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_data,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(data_code)
    )
)]
fn data_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::Data => view! { <pages::data::DataPage/> }.into_any(),
        Route::Sync => view! { <pages::sync::SyncPage/> }.into_any(),
        Route::Import => view! { <pages::import::ImportPreviewPage/> }.into_any(),
        Route::Workspaces => view! { <pages::workspaces::WorkspacesPage/> }.into_any(),
        _ => not_found(),
    })
}

#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_objective,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(objective_code)
    )
)]
fn objective_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::Objective(id) => view! { <pages::objective::ObjectivePage id=id/> }.into_any(),
        Route::NewObjective { parent, level } => {
            view! { <pages::new_objective::NewObjectivePage parent=parent level=level/> }.into_any()
        }
        _ => not_found(),
    })
}

#[cfg_attr(
    sixtwo_split,
    leptos::wasm_split::wasm_split(
        sixtwo_policy,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(policy_code)
    )
)]
fn policy_view(route: Route) -> Result<AnyView, SplitLoaderError> {
    Ok(match route {
        Route::Policy => view! { <pages::policy::PolicyPage/> }.into_any(),
        Route::Requirements => view! { <pages::requirements::RequirementsPage/> }.into_any(),
        _ => not_found(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_page_and_everyday_views_stay_in_the_first_download() {
        assert_eq!(RareGroup::of(Route::Home), None);
        assert_eq!(RareGroup::of(Route::Register), None);
        assert_eq!(RareGroup::of(Route::NotFound), None);
        assert_eq!(RareGroup::of(Route::Report), Some(RareGroup::Report));
        assert_eq!(RareGroup::of(Route::Tree), None);
        assert_eq!(RareGroup::of(Route::Training), Some(RareGroup::Exercises));
        assert_eq!(RareGroup::of(Route::Policy), Some(RareGroup::Policy));
        assert_eq!(RareGroup::of(Route::Requirements), Some(RareGroup::Policy));
        assert_eq!(
            RareGroup::of(Route::NewObjective {
                parent: None,
                level: None
            }),
            Some(RareGroup::Objective)
        );
    }

    #[test]
    fn each_group_fetches_the_texts_the_build_found_for_its_split_function() {
        let groups = [
            RareGroup::Wizards,
            RareGroup::Report,
            RareGroup::Records,
            RareGroup::Exercises,
            RareGroup::Assessment,
            RareGroup::Data,
            RareGroup::Objective,
            RareGroup::Policy,
        ];
        assert_eq!(groups.len(), TextGroup::ALL.len());
        for group in groups {
            assert_eq!(format!("{:?}", group.texts()), format!("{group:?}"));
        }
    }
}
