//! Global search: the header's Search button and the dialog it opens (also opened by `/` and
//! Ctrl+K or Cmd+K, see `app::events`). The dialog is a combobox (the text field) with a
//! listbox of hits grouped by kind; Up and Down move the active hit (`aria-activedescendant`),
//! Enter or a click opens it on its page, Escape closes and focus returns where it was.
//! Each keystroke is one pass over the index (`domain::search`), built once per workspace
//! change; at most [`SHOWN_HITS`] hits are put on screen.

use crate::app::{AppState, Route};
use crate::domain::search::{Field, Hit, HitKind, SearchResults, Target};
use crate::i18n::Msg;
use crate::ui::components::page::PAGE_TITLE_ID;
use crate::ui::components::widgets::{t, Icon, IconKind, Modal};
use leptos::prelude::*;

/// Hits put on screen at most; the rest are counted.
pub const SHOWN_HITS: usize = 50;

const INPUT_ID: &str = "search-input";
const LISTBOX_ID: &str = "search-results";
const HELP_ID: &str = "search-help";

fn hit_id(position: usize) -> String {
    format!("search-hit-{position}")
}

fn kind_label(kind: HitKind) -> Msg {
    match kind {
        HitKind::Objective => Msg::SearchKindObjective,
        HitKind::Kpi => Msg::SearchKindKpi,
        HitKind::Policy => Msg::SearchKindPolicy,
        HitKind::Requirement => Msg::SearchKindRequirement,
        HitKind::Communication => Msg::SearchKindCommunication,
    }
}

fn field_label(field: Field) -> Msg {
    match field {
        Field::Code => Msg::SearchFieldCode,
        Field::Title => Msg::SearchFieldTitle,
        Field::Description => Msg::SearchFieldDescription,
        Field::Owner => Msg::SearchFieldOwner,
        Field::Function => Msg::SearchFieldFunction,
        Field::Unit => Msg::SearchFieldUnit,
        Field::DataSource => Msg::SearchFieldDataSource,
        Field::Method => Msg::SearchFieldMethod,
        Field::Notes => Msg::SearchFieldNotes,
        Field::Audience => Msg::SearchFieldAudience,
        Field::Channel => Msg::SearchFieldChannel,
        Field::ByWhom => Msg::SearchFieldByWhom,
    }
}

/// The page a hit opens and the element that gets focus there (the page's heading when none).
fn destination(target: Target) -> (Route, Option<String>) {
    match target {
        Target::Objective(id) => (Route::Objective(id), None),
        Target::Kpi { objective, kpi } => {
            (Route::Objective(objective), Some(format!("kpi-{kpi}-name")))
        }
        Target::Policy(id) => (Route::Policy, Some(format!("policy-{id}-text"))),
        Target::Requirement(id) => (Route::Requirements, Some(format!("requirement-{id}-title"))),
        Target::Communication(id) => (Route::EditCommunication(id), None),
    }
}

/// The hits in the order shown: grouped by kind, the group with the best hit first (by kind
/// when equal), best first within a group.
fn in_groups(results: &SearchResults) -> Vec<(HitKind, Vec<Hit>)> {
    let mut groups: Vec<(HitKind, Vec<Hit>)> = HitKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let hits: Vec<Hit> = results
                .hits
                .iter()
                .filter(|hit| hit.target.kind() == kind)
                .cloned()
                .collect();
            (!hits.is_empty()).then_some((kind, hits))
        })
        .collect();
    // Hits come best first, so a group's first hit is its best.
    crate::domain::sorting::sort_by_key(&mut groups, |(kind, hits)| {
        (hits.first().map(|hit| hit.rank), *kind)
    });
    groups
}

/// The header's Search button and the search dialog.
#[component]
pub fn SearchButton() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <button
            type="button"
            class="button button--quiet search-button"
            aria-haspopup="dialog"
            aria-keyshortcuts="/ Control+K Meta+K"
            title=t(Msg::SearchOpenHint)
            on:click=move |_| state.search_open.set(true)
        >
            <Icon kind=IconKind::Search/>
            // Narrow headers show only the icon; the word stays the button's name.
            <span class="search-button__text">{t(Msg::SearchOpen)}</span>
        </button>
        <SearchDialog/>
    }
}

#[component]
fn SearchDialog() -> impl IntoView {
    let state = AppState::expect();
    let open = Signal::derive(move || state.search_open.get());
    view! {
        <Modal open=open on_close=move || state.search_open.set(false) title=t(Msg::SearchTitle)>
            <SearchBody/>
        </Modal>
    }
}

/// The dialog's content, built each time it opens (so the query starts empty).
#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn SearchBody() -> impl IntoView {
    let state = AppState::expect();
    let query = RwSignal::new(String::new());
    let active: RwSignal<Option<usize>> = RwSignal::new(None);
    let results = Memo::new(move |_| {
        let query = query.get();
        state
            .search_index
            .with(|index| index.search(&query, SHOWN_HITS))
    });
    // The hits in the order shown, numbered for the keyboard.
    let shown = Memo::new(move |_| {
        results.with(|results| {
            in_groups(results)
                .into_iter()
                .flat_map(|(_, hits)| hits)
                .map(|hit| hit.target)
                .collect::<Vec<Target>>()
        })
    });
    let open_hit = move |target: Target| {
        let (route, focus) = destination(target);
        state.search_open.set(false);
        state.navigate(route);
        focus_when_shown(focus.unwrap_or_else(|| PAGE_TITLE_ID.to_string()));
    };
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let count = shown.with(Vec::len);
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |a| (a + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                active.update(|a| *a = Some(a.map_or(count - 1, |a| (a + count - 1) % count)));
            }
            "Enter" => {
                event.prevent_default();
                let chosen = active.get_untracked().unwrap_or(0);
                if let Some(target) = shown.with_untracked(|s| s.get(chosen).copied()) {
                    open_hit(target);
                }
            }
            _ => {}
        }
    };
    Effect::new(move |_| {
        if let Some(position) = active.get() {
            scroll_into_view(&hit_id(position));
        }
    });
    crate::ui::components::form::focus_after_paint(INPUT_ID);
    let status = move || {
        let query = query.get();
        results.with(|results| {
            if query.trim().is_empty() {
                String::new()
            } else if results.total == 0 {
                state.tf(Msg::SearchNone, &[("query", query.trim())])
            } else if results.total > results.hits.len() {
                let shown = results.hits.len().to_string();
                state.tc(Msg::SearchCountCapped, results.total, &[("shown", &shown)])
            } else {
                state.tc(Msg::SearchCount, results.total, &[])
            }
        })
    };
    let expanded = move || results.with(|r| !r.hits.is_empty()).to_string();
    let groups = move || {
        let mut position = 0;
        results
            .with(in_groups)
            .into_iter()
            .map(|(kind, hits)| {
                let label_id = format!("search-group-{}", kind as u8);
                let labelled_by = label_id.clone();
                let options = hits
                    .into_iter()
                    .map(|hit| {
                        let at = position;
                        position += 1;
                        view! { <HitOption hit=hit position=at active=active on_open=open_hit/> }
                    })
                    .collect_view();
                view! {
                    <div role="group" class="search__group" aria-labelledby=labelled_by>
                        <div class="search__group-title" id=label_id>{t(kind_label(kind))}</div>
                        {options}
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="search">
            <label class="search__label" for=INPUT_ID>{t(Msg::SearchLabel)}</label>
            <input
                id=INPUT_ID
                class="search__input"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=LISTBOX_ID
                aria-expanded=move || expanded()
                aria-describedby=HELP_ID
                aria-activedescendant=move || active.get().map(hit_id)
                prop:value=move || query.get()
                on:input=move |event| {
                    query.set(event_target_value(&event));
                    active.set(None);
                }
                on:keydown=on_keydown
            />
            <p class="search__help" id=HELP_ID>{t(Msg::SearchHelp)}</p>
            <p class="search__status" role="status" data-testid="search-status">{move || status()}</p>
            <div
                id=LISTBOX_ID
                class="search__results"
                role="listbox"
                aria-label=t(Msg::SearchResults)
            >
                {move || groups()}
            </div>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| state.search_open.set(false)>
                    {t(Msg::SearchClose)}
                </button>
            </div>
        </div>
    }
}

/// One hit: code and title, where it sits (a KPI's objective, a record's date), and the
/// matched text with the match marked.
#[component]
fn HitOption(
    hit: Hit,
    position: usize,
    active: RwSignal<Option<usize>>,
    on_open: impl Fn(Target) + Copy + 'static,
) -> impl IntoView {
    let target = hit.target;
    let excerpt = (hit.field != Field::Title && hit.field != Field::Code).then(|| {
        let (start, end) = hit.matched;
        let text = &hit.excerpt;
        let (before, matched, after) = match (text.get(..start), text.get(start..end)) {
            (Some(before), Some(matched)) => (
                before.to_string(),
                matched.to_string(),
                text[end..].to_string(),
            ),
            _ => (text.clone(), String::new(), String::new()),
        };
        view! {
            <span class="search__excerpt">
                <span class="search__field">{t(field_label(hit.field))}": "</span>
                {before}<mark>{matched}</mark>{after}
            </span>
        }
    });
    let title = mark_in(
        &hit.title,
        (hit.field == Field::Title).then_some(hit.matched),
    );
    let code = (!hit.code.is_empty()).then(|| {
        let code = mark_in(&hit.code, (hit.field == Field::Code).then_some(hit.matched));
        view! { <span class="search__code">{code}</span> " " }
    });
    let context = (!hit.context.is_empty())
        .then(|| view! { <span class="search__context">{hit.context.clone()}</span> });
    view! {
        <div
            id=hit_id(position)
            role="option"
            class="search__hit"
            aria-selected=move || (active.get() == Some(position)).to_string()
            on:click=move |_| on_open(target)
            on:mousemove=move |_| {
                if active.get_untracked() != Some(position) {
                    active.set(Some(position));
                }
            }
        >
            <span class="search__title">{code}{title}</span>
            {context}
            {excerpt}
        </div>
    }
}

/// `text` with the byte range `matched` (when given and valid) in `<mark>`.
fn mark_in(text: &str, matched: Option<(usize, usize)>) -> impl IntoView {
    let parts = matched.and_then(|(start, end)| {
        Some((
            text.get(..start)?.to_string(),
            text.get(start..end)?.to_string(),
            text.get(end..)?.to_string(),
        ))
    });
    match parts {
        Some((before, matched, after)) if !matched.is_empty() => {
            view! { {before}<mark>{matched}</mark>{after} }.into_any()
        }
        _ => text.to_string().into_any(),
    }
}

/// Moves focus to `id` after the new page has been painted and the frame has moved focus to
/// its heading (two frames), so the hit's own field or heading ends up focused and in view;
/// when the page's code is still being fetched, once the page is shown.
fn focus_when_shown(id: String) {
    #[cfg(target_arch = "wasm32")]
    request_animation_frame(move || {
        request_animation_frame(move || crate::ui::components::late_focus::focus_or_keep(id));
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

fn scroll_into_view(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}
