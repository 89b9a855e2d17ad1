//! A view whose code may still have to be fetched (a split module, `ui::rare_views`): built at
//! once when its code is there, otherwise a waiting state until the code has been fetched,
//! then the view or why it cannot be shown. The rarely used views and the tree's *Move to…*
//! controls share it; each brings its own loading and failure markup.

use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

/// Fetching a split module's code (or joining the fetch under way): whether it could be
/// loaded.
pub(crate) type CodeLoad = Pin<Box<dyn Future<Output = bool>>>;

/// What a view whose code may be missing is made of. Boxed closures rather than type
/// parameters, so that one copy of the waiting serves every caller.
#[derive(Clone)]
pub(crate) struct SplitView {
    /// Starts fetching the code, or joins the fetch under way.
    pub load: Arc<dyn Fn() -> CodeLoad + Send + Sync>,
    /// The view, once its code is there (`None` if it is not after all).
    pub build: Arc<dyn Fn() -> Option<AnyView> + Send + Sync>,
    /// What shows instead of the view: `None` while the code loads, then, when it could not
    /// be loaded (or the view could not be built), a way to try again.
    pub waiting: Arc<dyn Fn(Option<Retry>) -> AnyView + Send + Sync>,
    /// Runs in the frame after the view (or why it cannot be shown) replaced the loading
    /// state, with whether the person had pressed [`Retry`]'s button.
    pub shown: fn(bool),
    /// Set while the code is being fetched (`aria-busy`).
    pub busy: Option<RwSignal<bool>>,
}

/// The view at once when its code is there (always in unsplit builds); otherwise its loading
/// state until the code has been fetched, then the view or its failure.
pub(crate) fn when_loaded(view: SplitView) -> AnyView {
    let mut code = (view.load)();
    match poll_once(code.as_mut()) {
        Poll::Ready(true) => {
            if let Some(built) = (view.build)() {
                if let Some(busy) = view.busy {
                    busy.set(false);
                }
                return built;
            }
            code = (view.load)();
        }
        Poll::Ready(false) => code = (view.load)(),
        Poll::Pending => {}
    }
    wait(view, code)
}

/// The loading state until `code` has finished, then the view (or what went wrong).
pub(crate) fn wait(view: SplitView, code: CodeLoad) -> AnyView {
    // None while loading, then whether the code could be loaded.
    let outcome = RwSignal::new(None::<bool>);
    // Whether the person pressed Try again: focus must then leave the vanished button.
    let retried = StoredValue::new(false);
    spawn_wait(outcome, view.busy, code);
    let retry = Retry {
        view: view.clone(),
        outcome,
        retried,
    };
    (move || match outcome.get() {
        None => (view.waiting)(None),
        Some(loaded) => {
            let asked = retried.get_value();
            let shown = view.shown;
            request_animation_frame(move || shown(asked));
            loaded
                .then(|| (view.build)())
                .flatten()
                .unwrap_or_else(|| (view.waiting)(Some(retry.clone())))
        }
    })
    .into_any()
}

/// Waits for `code` and records whether it could be loaded.
fn spawn_wait(outcome: RwSignal<Option<bool>>, busy: Option<RwSignal<bool>>, code: CodeLoad) {
    if let Some(busy) = busy {
        busy.set(true);
    }
    leptos::task::spawn_local(async move {
        let loaded = code.await;
        // The view may have been left meanwhile (and opened again, waiting on its own).
        if outcome.try_set(Some(loaded)).is_none() {
            if let Some(busy) = busy {
                let _ = busy.try_set(false);
            }
        }
    });
}

/// Tries to fetch a view's code again after it could not be loaded.
#[derive(Clone)]
pub(crate) struct Retry {
    view: SplitView,
    outcome: RwSignal<Option<bool>>,
    retried: StoredValue<bool>,
}

impl Retry {
    /// Shows the loading state again and fetches the code anew.
    pub fn run(&self) {
        self.retried.set_value(true);
        self.outcome.set(None);
        spawn_wait(self.outcome, self.view.busy, (self.view.load)());
    }
}

/// Polls `future` once, without waiting: ready when nothing has to be fetched.
pub(crate) fn poll_once<F: Future + ?Sized>(future: Pin<&mut F>) -> Poll<F::Output> {
    future.poll(&mut Context::from_waker(Waker::noop()))
}
