//! The tree of objective levels, following the WAI-ARIA tree view pattern: one tab stop
//! (roving tabindex), arrow keys, Home and End, Enter to open, type-ahead, `*` to expand
//! siblings. Only the rows in view are in the document; `aria-level`, `aria-setsize` and
//! `aria-posinset` tell assistive technology where each row sits.

use crate::app::{AppState, Route};
use crate::domain::float_text::display;
use crate::domain::tree::{navigate, visible_rows, NodeKey, TreeKey, TreeMove, TreeRow};
use crate::domain::{Level, ObjectiveId, Status};
use crate::i18n::Msg;
use crate::ui::components::dialogs::MoveDialog;
use crate::ui::components::form::focus_after_paint;
use crate::ui::components::format::kpi_summary;
use crate::ui::components::page::PageTitle;
use crate::ui::components::scroll::ScrollViewport;
use crate::ui::components::shown::Shown;
use crate::ui::components::virtual_window::scroll_to_show;
use crate::ui::components::widgets::t;
use crate::ui::components::widgets::{Icon, IconKind, LevelBadge, StatusBadge};
use crate::ui::panels::chart::{objective_sparks, SparkData, Sparklines};
use crate::ui::panels::progress::ProgressSummary;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

/// Type-ahead keys typed within this many milliseconds form one search prefix.
const TYPE_AHEAD_MS: f64 = 800.0;

/// The DOM id of a tree item, stable across re-renders so focus can be restored.
pub fn node_dom_id(key: NodeKey) -> String {
    match key {
        NodeKey::Objective(id) => format!("tree-node-{id}"),
        NodeKey::Unaligned => "tree-node-unaligned".into(),
    }
}

#[component]
pub fn TreePage() -> impl IntoView {
    let state = AppState::expect();
    let moving = RwSignal::new(None);
    let rows = Memo::new(move |_| {
        state.forest.with(|forest| {
            state
                .collapsed
                .with(|collapsed| visible_rows(forest, collapsed))
        })
    });
    // The item holding the tab stop: the remembered one if still visible, else the first.
    let active = Memo::new(move |_| {
        let focus = state.tree_focus.get();
        rows.with(|rows| match focus {
            Some(key) if rows.iter().any(|r| r.key == key) => Some(key),
            _ => rows.first().map(|r| r.key),
        })
    });
    let selected_objective = move || match active.get() {
        Some(NodeKey::Objective(id)) => Some(id),
        _ => None,
    };
    let selected_name = move || {
        selected_objective().and_then(|id| {
            state
                .workspace
                .with(|w| w.objective(id).map(|o| format!("{} {}", o.code, o.title)))
        })
    };
    view! {
        <PageTitle text=t(Msg::TreeTitle)/>
        <div class="toolbar">
            <button type="button" class="button" on:click=move |_| state.expand_all()>
                {t(Msg::ExpandAll)}
            </button>
            <button type="button" class="button" on:click=move |_| state.collapse_all()>
                {t(Msg::CollapseAll)}
            </button>
            <a class="button" href=Route::Establish { objective: None, parent: None, step: None }.href()>
                {t(Msg::NewObjective)}
            </a>
            <a class="button button--quiet" href=Route::NewObjective { parent: None, level: Some(Level::Strategic) }.href()>
                {t(Msg::QuickAddLighter)}
            </a>
        </div>
        <p id="tree-help" class="field__help">{t(Msg::TreeHelp)}</p>
        <p class="tree-actions__selected" data-testid="tree-selected">
            {move || match selected_name() {
                Some(name) => state.tf(Msg::TreeSelected, &[("name", &name)]),
                None => state.t(Msg::TreeNothingSelected).to_string(),
            }}
        </p>
        <Shown
            when=move || !rows.with(Vec::is_empty)
            fallback=move || view! { <p class="empty">{t(Msg::TreeEmpty)}</p> }
        >
            <ObjectiveTree rows=rows active=active moving=moving/>
        </Shown>
        <MoveDialog moving=moving/>
    }
}

fn tree_key(event: &web_sys::KeyboardEvent, typed: &str) -> Option<TreeKey> {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return None;
    }
    let key = event.key();
    Some(match key.as_str() {
        "ArrowDown" => TreeKey::Down,
        "ArrowUp" => TreeKey::Up,
        "ArrowRight" => TreeKey::Right,
        "ArrowLeft" => TreeKey::Left,
        "Home" => TreeKey::Home,
        "End" => TreeKey::End,
        "Enter" => TreeKey::Enter,
        "*" => TreeKey::ExpandSiblings,
        single if single.chars().count() == 1 && single != " " => {
            TreeKey::TypeAhead(format!("{typed}{single}"))
        }
        _ => return None,
    })
}

#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn ObjectiveTree(
    rows: Memo<Vec<TreeRow>>,
    active: Memo<Option<NodeKey>>,
    moving: RwSignal<Option<ObjectiveId>>,
) -> impl IntoView {
    let state = AppState::expect();
    let scroller = NodeRef::<leptos::html::Div>::new();
    let viewport = ScrollViewport::track(scroller);
    let window = viewport.window(move || rows.with(Vec::len));
    let visible = move || {
        let window = window.get();
        rows.with(|rows| rows[window.start..window.end].to_vec())
    };
    // (prefix typed so far, time of the last key) for type-ahead.
    let typed: StoredValue<(String, f64)> = StoredValue::new((String::new(), 0.0));

    let focus_row = move |key: NodeKey| {
        state.tree_focus.set(Some(key));
        let index = rows.with_untracked(|rows| rows.iter().position(|r| r.key == key));
        if let (Some(index), Some(element)) = (index, scroller.get_untracked()) {
            // The selected item's actions come under it: keep room for them in view too.
            let actions = element
                .query_selector(".tree-actions")
                .ok()
                .flatten()
                .map_or(0.0, |bar| bar.get_bounding_client_rect().height());
            let top = scroll_to_show(
                index,
                f64::from(element.scroll_top()),
                (f64::from(element.client_height()) - actions).max(0.0),
                viewport.row_height.get_untracked(),
            );
            element.set_scroll_top(top as i32);
            viewport.scroll_top.set(top);
        }
        // The row may only now be rendered: focus it after the update reaches the DOM.
        focus_after_paint(node_dom_id(key));
    };

    let matches = move |key: NodeKey, prefix: &str| match key {
        NodeKey::Objective(id) => state.workspace.with_untracked(|w| {
            w.objective(id).is_some_and(|o| {
                o.code.to_lowercase().starts_with(prefix)
                    || o.title.to_lowercase().starts_with(prefix)
            })
        }),
        NodeKey::Unaligned => {
            let label = state
                .lang
                .with_untracked(|lang| Msg::UnalignedGroup.text(*lang).to_lowercase());
            label.starts_with(prefix)
        }
    };

    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let Some(focused) = active.get_untracked() else {
            return;
        };
        let now = js_sys::Date::now();
        let prefix = typed.with_value(|(text, at)| {
            if now - at > TYPE_AHEAD_MS {
                String::new()
            } else {
                text.clone()
            }
        });
        let Some(key) = tree_key(&event, &prefix) else {
            return;
        };
        event.prevent_default();
        if let TreeKey::TypeAhead(text) = &key {
            typed.set_value((text.clone(), now));
        }
        let outcome = rows.with_untracked(|rows| navigate(rows, focused, key, matches));
        match outcome {
            TreeMove::Focus(key) => focus_row(key),
            // Opening or closing re-renders the row, so focus is put back on it.
            TreeMove::Expand(key) => {
                state.set_expanded(key, true);
                focus_row(key);
            }
            TreeMove::Collapse(key) => {
                state.set_expanded(key, false);
                focus_row(key);
            }
            TreeMove::Open(id) => state.navigate(Route::Objective(id)),
            TreeMove::ExpandAll(keys) => {
                state.expand_nodes(&keys);
                focus_row(focused);
            }
            TreeMove::Nothing => {}
        }
    };

    let selected_objective = move || match active.get() {
        Some(NodeKey::Objective(id)) => Some(id),
        _ => None,
    };
    // The actions sit level with the selected item in the column kept beside the rows (on a
    // phone, in the room it leaves under itself: its row's margin), outside the tree's own
    // elements, so the tree keeps only tree items and Tab goes from
    // the item straight to its actions.
    let actions_top = move || {
        let index = active
            .get()
            .and_then(|key| rows.with(|rows| rows.iter().position(|r| r.key == key)))
            .unwrap_or(0);
        format!(
            "{}px",
            display((index + 1) as f64 * viewport.row_height.get())
        )
    };

    view! {
        <div class="tree-scroll" node_ref=scroller on:scroll=move |ev| viewport.on_scroll(&ev)>
            <div class="tree-canvas">
                <div
                    class="tree"
                    role="tree"
                    aria-label=t(Msg::TreeLabel)
                    aria-describedby="tree-help"
                    on:keydown=on_keydown
                >
                    <div class="spacer" aria-hidden="true" style:height=move || format!("{}px", display(window.get().space_before))></div>
                    <For each=visible key=|row| (row.key, row.depth, row.expanded, row.has_children, row.position, row.set_size) let:row>
                        <TreeItem row=row active=active on_select=Callback::new(focus_row)/>
                    </For>
                    <div class="spacer" aria-hidden="true" style:height=move || format!("{}px", display(window.get().space_after))></div>
                </div>
                <Shown when=move || selected_objective().is_some()>
                    <section
                        class="tree-actions"
                        aria-label=t(Msg::TreeActions)
                        style:top=move || actions_top()
                    >
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                if let Some(id) = selected_objective() {
                                    state.navigate(Route::Objective(id));
                                }
                            }
                        >
                            {t(Msg::OpenObjective)}
                        </button>
                        <button type="button" class="button" on:click=move |_| moving.set(selected_objective())>
                            {t(Msg::MoveTo)}
                        </button>
                        <a
                            class="button"
                            href=move || Route::Establish { objective: None, parent: selected_objective(), step: None }.href()
                        >
                            {t(Msg::AddChild)}
                        </a>
                        <a
                            class="button button--quiet"
                            href=move || Route::NewObjective { parent: selected_objective(), level: None }.href()
                        >
                            {t(Msg::QuickAddChildLighter)}
                        </a>
                    </section>
                </Shown>
            </div>
        </div>
    }
}

/// What a tree item shows about its objective.
#[derive(Clone, Debug, PartialEq)]
struct ItemData {
    code: String,
    title: String,
    level: Level,
    status: Status,
    kpis: String,
    /// The codes of the objectives it also contributes to, besides its parent.
    also: String,
    /// Sparklines of the first measured KPIs.
    trends: Vec<SparkData>,
}

#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn TreeItem(
    row: TreeRow,
    active: Memo<Option<NodeKey>>,
    on_select: Callback<NodeKey>,
) -> impl IntoView {
    let state = AppState::expect();
    let key = row.key;
    let dom_id = node_dom_id(key);
    let label_id = format!("{dom_id}-label");
    let is_active = move || active.get() == Some(key);
    let toggle = move |ev: web_sys::MouseEvent| {
        ev.stop_propagation();
        if row.has_children {
            state.set_expanded(key, !row.expanded);
        }
        on_select.run(key);
    };
    let content = match key {
        NodeKey::Unaligned => {
            let count = move || state.forest.with(|f| f.unaligned.len()).to_string();
            view! {
                <span class="tree-item__line">
                    <span class="tree-item__warning">
                        <Icon kind=IconKind::Warning/>
                        <span class="visually-hidden">{t(Msg::Warning)} ": "</span>
                    </span>
                    {move || state.tf(Msg::UnalignedGroup, &[("count", &count())])}
                </span>
                <span class="tree-item__meta">{t(Msg::UnalignedHelp)}</span>
            }
            .into_any()
        }
        NodeKey::Objective(id) => {
            let data = Memo::new(move |_| {
                state.index.with(|index| {
                    state.workspace.with(|workspace| {
                        let objective =
                            index.get(&id).and_then(|&i| workspace.objectives.get(i))?;
                        Some(ItemData {
                            code: objective.code.clone(),
                            title: objective.title.clone(),
                            level: objective.level,
                            status: objective.status,
                            kpis: objective
                                .kpis
                                .iter()
                                .take(2)
                                .map(kpi_summary)
                                .collect::<Vec<_>>()
                                .join("; "),
                            also: objective
                                .contributes_to
                                .iter()
                                .filter_map(|link| {
                                    index
                                        .get(&link.objective)
                                        .and_then(|&i| workspace.objectives.get(i))
                                        .map(|target| target.code.clone())
                                })
                                .collect::<Vec<_>>()
                                .join(", "),
                            trends: objective_sparks(state.lang.get(), &objective.kpis),
                        })
                    })
                })
            });
            let level = Signal::derive(move || {
                data.with(|d| d.as_ref().map_or(Level::Strategic, |d| d.level))
            });
            let status = Signal::derive(move || {
                data.with(|d| d.as_ref().map_or(Status::Draft, |d| d.status))
            });
            let kpis = move || {
                let list = data.with(|d| d.as_ref().map(|d| d.kpis.clone()).unwrap_or_default());
                if list.is_empty() {
                    state.t(Msg::NoKpisShort).to_string()
                } else {
                    state.tf(Msg::KpisAtAGlance, &[("list", &list)])
                }
            };
            view! {
                <span class="tree-item__line">
                    <span class="tree-item__code">{move || data.with(|d| d.as_ref().map(|d| d.code.clone()))}</span>
                    " "
                    <span class="tree-item__title">{move || data.with(|d| d.as_ref().map(|d| d.title.clone()))}</span>
                </span>
                <span class="tree-item__meta">
                    <LevelBadge level=level/>
                    " "
                    <StatusBadge status=status/>
                    " "
                    <ProgressSummary id=id/>
                    " "
                    <span class="tree-item__kpis">{move || kpis()}</span>
                    {move || {
                        let also = data.with(|d| d.as_ref().map(|d| d.also.clone()).unwrap_or_default());
                        (!also.is_empty()).then(|| view! {
                            " "
                            <span class="tree-item__also">{state.tf(Msg::TreeAlsoContributes, &[("codes", &also)])}</span>
                        })
                    }}
                    // After the visible text, so the item's name starts with what it shows.
                    " "
                    <Sparklines sparks=Memo::new(move |_| data.with(|d| d.as_ref().map(|d| d.trends.clone()).unwrap_or_default()))/>
                </span>
            }
            .into_any()
        }
    };
    view! {
        <div
            role="treeitem"
            id=dom_id
            data-row=""
            class="tree-item"
            class:tree-item--active=move || is_active()
            class:tree-item--with-actions=move || is_active() && matches!(key, NodeKey::Objective(_))
            class:tree-item--group=matches!(key, NodeKey::Unaligned)
            style:--depth=row.depth.to_string()
            // tachys has no typed `aria-level` attribute, so it is set as a custom one.
            {..custom_attribute("aria-level", (row.depth + 1).to_string())}
            aria-setsize=row.set_size
            aria-posinset=row.position
            aria-expanded=row.has_children.then_some(if row.expanded { "true" } else { "false" })
            aria-selected=move || if is_active() { "true" } else { "false" }
            aria-labelledby=label_id
            tabindex=move || if is_active() { "0" } else { "-1" }
            on:click=move |_| on_select.run(key)
            on:dblclick=move |_| {
                if let NodeKey::Objective(id) = key {
                    state.navigate(Route::Objective(id));
                }
            }
        >
            <span class="tree-item__toggle" aria-hidden="true" on:click=toggle>
                {if row.has_children { if row.expanded { "▾" } else { "▸" } } else { "" }}
            </span>
            // The name is everything the item shows (WCAG 2.5.3, label in name), not only the
            // code and title; the toggle is decorative.
            <span class="tree-item__body" id=label_id.clone()>{content}</span>
        </div>
    }
}
