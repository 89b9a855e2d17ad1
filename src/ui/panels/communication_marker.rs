//! Whether an objective needs communicating (clause 6.2.1 e), the flag that says so and the
//! register's marker for one that does (the communication register and the objective's panel
//! are fetched with their views).

use crate::app::AppState;
use crate::domain::agenda::{communication_due, CommunicationDue};
use crate::domain::{Objective, ObjectiveId, Status, Workspace};
use crate::i18n::records::communication_due_label;
use crate::ui::components::reactive::reactive_view;
use crate::ui::components::widgets::{t, Icon, IconKind};
use chrono::NaiveDate;
use leptos::prelude::*;

// ----- what an objective's communication status is -----

/// Where an objective stands with communication: when it was last communicated, and whether
/// it needs communicating (never done, or changed since).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommunicationStatus {
    pub last: Option<NaiveDate>,
    pub due: Option<CommunicationDue>,
}

/// The communication status of `objective` in `workspace`.
pub fn communication_status(workspace: &Workspace, objective: &Objective) -> CommunicationStatus {
    let last = workspace.last_communicated_on(objective.id);
    CommunicationStatus {
        last,
        due: communication_due(objective, last).map(|(why, _)| why),
    }
}

/// The communication status of objective `id` as the state holds it, if it exists and `shown`
/// accepts it (the register's marker, the objective page's panel).
pub fn status_of(
    state: AppState,
    id: ObjectiveId,
    shown: fn(&Objective) -> bool,
) -> Option<CommunicationStatus> {
    state.index.with(|index| {
        state.workspace.with(|w| {
            let objective = index.get(&id).and_then(|&i| w.objectives.get(i))?;
            shown(objective).then(|| communication_status(w, objective))
        })
    })
}

/// A small marker for the objectives register: shown only for an active objective that needs
/// communicating. The icon is an image named for assistive technology and explained by a
/// tooltip; it adds no text to the cell.
#[component]
pub fn CommunicationMarker(id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    let due = Memo::new(move |_| {
        status_of(state, id, |objective| objective.status == Status::Active)
            .and_then(|status| status.due)
    });
    reactive_view(move || {
        due.get().map(|due| {
            let words = state.t(communication_due_label(due));
            // A named image rather than hidden text, so the cell's text stays the title.
            view! {
                <span
                    class="comm-marker"
                    role="img"
                    aria-label=words
                    title=words
                    data-testid="communication-marker"
                >
                    <Icon kind=IconKind::Warning/>
                </span>
            }
        })
    })
}

/// A flag for an objective that needs communicating: an icon and the words.
#[component]
pub fn DueFlag(due: CommunicationDue) -> impl IntoView {
    view! {
        <span class="comm-flag comm-flag--due">
            <Icon kind=IconKind::Warning/>
            " "
            {t(communication_due_label(due))}
        </span>
    }
}
