//! The notice area: announces what just happened (politely) and offers Undo where it applies.
//! A notice sits in the page's flow under the header, so it never covers a control; it closes
//! on its own after a while (longer when it offers Undo, never while the pointer is over it or
//! focus is inside it) and when the user goes to another view.

use crate::app::{AppState, Route};
use crate::i18n::Msg;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use leptos::prelude::*;
use std::time::Duration;

/// How long a notice stays when it offers nothing to do.
pub const NOTICE_LIFETIME: Duration = Duration::from_secs(10);

/// How long a notice with Undo stays: long enough to notice a mistake and take it back (Undo
/// stays in the header's toolbar afterwards).
pub const UNDO_NOTICE_LIFETIME: Duration = Duration::from_secs(30);

pub fn notice_lifetime(offers_undo: bool) -> Duration {
    if offers_undo {
        UNDO_NOTICE_LIFETIME
    } else {
        NOTICE_LIFETIME
    }
}

/// The view a notice belongs to: the route current when it was first seen, which is the
/// destination when an action shows a notice and then opens another view.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct NoticeHome {
    seen: Option<(u64, Route)>,
}

impl NoticeHome {
    /// Follows the notice `serial` (if any) and the current `route`; returns `true` when the
    /// notice should close because the user went to another view since it was shown.
    pub fn left_view(&mut self, serial: Option<u64>, route: Route) -> bool {
        match (serial, self.seen) {
            (None, _) => {
                self.seen = None;
                false
            }
            (Some(serial), Some((seen, home))) if seen == serial => home != route,
            (Some(serial), _) => {
                self.seen = Some((serial, route));
                false
            }
        }
    }
}

#[component]
pub fn NoticeArea() -> impl IntoView {
    let state = AppState::expect();
    let hovered = RwSignal::new(false);
    let focused = RwSignal::new(false);
    let home = StoredValue::new(NoticeHome::default());
    let box_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let serial = state.notice.with(|n| n.as_ref().map(|n| n.serial));
        let route = state.route.get();
        let mut follow = home.get_value();
        let leave = follow.left_view(serial, route);
        home.set_value(follow);
        if leave {
            state.dismiss_notice();
        }
    });
    // The timer restarts whenever the notice changes or the pointer or focus leaves it, and
    // is stopped while either is inside it.
    let timer = StoredValue::new(None::<TimeoutHandle>);
    // Each run of the effect supersedes the waits started before it, even where a browser
    // (or a test's fake clock) does not honour clearing the timeout.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let current = state.notice.with(|n| {
            n.as_ref()
                .map(|n| (n.serial, n.offers_undo || n.restores_workspace))
        });
        let held = hovered.get() || focused.get();
        if let Some(pending) = timer.get_value() {
            pending.clear();
        }
        timer.set_value(None);
        generation.update_value(|g| *g = g.wrapping_add(1));
        let this_run = generation.get_value();
        let Some((serial, offers_undo)) = current else {
            return;
        };
        if held {
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                let still = generation.get_value() == this_run
                    && state
                        .notice
                        .with_untracked(|n| n.as_ref().is_some_and(|n| n.serial == serial));
                if still {
                    state.dismiss_notice();
                }
            },
            notice_lifetime(offers_undo),
        );
        timer.set_value(handle.ok());
    });
    on_cleanup(move || {
        if let Some(pending) = timer.get_value() {
            pending.clear();
        }
    });
    view! {
        <div class="notice-area" role="status" aria-live="polite" data-testid="notice">
            {move || {
                state
                    .notice
                    .get()
                    .map(|notice| {
                        view! {
                            <div
                                class="notice"
                                node_ref=box_ref
                                // Events that bubble (delegated ones reach the handler),
                                // ignoring moves between the notice's own parts.
                                on:pointerover=move |_| hovered.set(true)
                                on:pointerout=move |ev| {
                                    hovered.set(stays_inside(box_ref, ev.related_target()));
                                }
                                on:focusin=move |_| focused.set(true)
                                on:focusout=move |ev| {
                                    focused.set(stays_inside(box_ref, ev.related_target()));
                                }
                            >
                                <span class="notice__text">{notice.text.render(state.lang.get_untracked())}</span>
                                <Shown when=move || notice.offers_undo>
                                    <button
                                        type="button"
                                        class="button button--small"
                                        on:click=move |_| {
                                            state.undo();
                                        }
                                    >
                                        {t(Msg::Undo)}
                                    </button>
                                </Shown>
                                <Shown when=move || notice.restores_workspace>
                                    <button
                                        type="button"
                                        class="button button--small"
                                        on:click=move |_| state.undo_delete_workspace()
                                    >
                                        {t(Msg::Undo)}
                                    </button>
                                </Shown>
                                <button
                                    type="button"
                                    class="button button--small button--quiet"
                                    on:click=move |_| {
                                        hovered.set(false);
                                        focused.set(false);
                                        state.dismiss_notice();
                                    }
                                >
                                    {t(Msg::Close)}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// Whether the pointer or focus, leaving one part of the notice, goes to `next` inside it.
fn stays_inside(notice: NodeRef<leptos::html::Div>, next: Option<web_sys::EventTarget>) -> bool {
    use wasm_bindgen::JsCast;
    let container = notice
        .get_untracked()
        .and_then(|element| element.dyn_into::<web_sys::Node>().ok());
    let next = next.and_then(|target| target.dyn_into::<web_sys::Node>().ok());
    match (container, next) {
        (Some(container), Some(next)) => container.contains(Some(&next)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ObjectiveId;

    #[test]
    fn notices_with_undo_stay_longer() {
        assert!(notice_lifetime(true) > notice_lifetime(false));
        assert!(notice_lifetime(false) >= Duration::from_secs(5));
    }

    #[test]
    fn a_notice_belongs_to_the_view_it_is_first_seen_on() {
        let mut home = NoticeHome::default();
        assert!(!home.left_view(None, Route::Home));
        // Shown on the overview: stays there, closes on leaving it.
        assert!(!home.left_view(Some(1), Route::Home));
        assert!(!home.left_view(Some(1), Route::Home));
        assert!(home.left_view(Some(1), Route::Register));
        // A new notice shown together with opening a view belongs to that view.
        let id = ObjectiveId::new(&mut crate::domain::ids::SequentialIds::default());
        assert!(!home.left_view(Some(2), Route::Objective(id)));
        assert!(!home.left_view(Some(2), Route::Objective(id)));
        assert!(home.left_view(Some(2), Route::Tree));
        // Closed: nothing to follow.
        assert!(!home.left_view(None, Route::Tree));
        assert!(!home.left_view(Some(3), Route::Tree));
    }
}
