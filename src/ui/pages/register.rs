//! The objectives register: filters, a sortable table and links to each objective, with how
//! many clause 6.2 items each meets. Only the rows in view are rendered (and checked), so it
//! stays responsive with thousands of objectives.

use crate::app::{clock, AppState, Route};
use crate::domain::conformity::{check_objective, Score};
use crate::domain::float_text::display;
use crate::domain::register::{
    filter_positions, sorted_positions, RegisterQuery, SearchIndex, SortColumn,
};
use crate::domain::{Level, Objective, ObjectiveId, Status};
use crate::i18n::{level_label, status_label, Msg};
use crate::ui::components::page::PageTitle;
use crate::ui::components::scroll::ScrollViewport;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use crate::ui::components::widgets::{
    enum_choices, parse_choice, Choice, LevelBadge, SelectField, StatusBadge,
};
use crate::ui::pages::register_columns::{table_class, table_min_width_rem, ColumnChooser};
use crate::ui::panels::chart::{objective_sparks, SparkData, Sparklines};
use crate::ui::panels::progress::ProgressSummary;
use leptos::prelude::*;

/// The number of columns, for the spacer rows.
const COLUMNS: usize = 11;

/// Rows rendered above and below the visible ones. Fewer than the tree's: a search keystroke
/// that brings other objectives into view builds every rendered row that changed, and the
/// rows out of view were half of them (the visible rows are the same; scrolling renders the
/// next ones as it goes, and a focused row is scrolled into view with its neighbours).
const REGISTER_OVERSCAN: usize = 4;

/// The register's scrolling box is at most this share of the window's height
/// (`max-height: 70vh` in style/register.css).
const SCROLL_BOX_SHARE_OF_WINDOW: f64 = 0.7;

/// A row's height in pixels: `--register-row-height` (3.5rem in style/tokens.css) at the
/// browser's default font size.
const EXPECTED_ROW_HEIGHT: f64 = 56.0;

/// What one register row shows.
#[derive(Clone, Debug, PartialEq)]
struct RowData {
    code: String,
    title: String,
    level: Level,
    status: Status,
    function: String,
    owner: String,
    parent_code: String,
    kpis: usize,
    /// Sparklines of the first measured KPIs.
    trends: Vec<SparkData>,
    /// The clause 6.2 score; `None` for cancelled and superseded objectives (not checked).
    check: Option<Score>,
}

fn column_label(column: SortColumn) -> Msg {
    match column {
        SortColumn::Code => Msg::ColumnCode,
        SortColumn::Title => Msg::ColumnTitle,
        SortColumn::Level => Msg::ColumnLevel,
        SortColumn::Status => Msg::ColumnStatus,
        SortColumn::Function => Msg::ColumnFunction,
        SortColumn::Owner => Msg::ColumnOwner,
        SortColumn::Updated => Msg::ColumnUpdated,
        SortColumn::Progress => Msg::ColumnProgress,
    }
}

/// Encodes an optional filter value for a `<select>`: "" is "any", "-" is "(none)".
fn filter_value(value: &Option<String>) -> String {
    match value {
        None => String::new(),
        Some(text) if text.is_empty() => "-".into(),
        Some(text) => format!("={text}"),
    }
}

fn parse_filter_value(value: &str) -> Option<String> {
    match value {
        "" => None,
        "-" => Some(String::new()),
        other => Some(other.trim_start_matches('=').to_string()),
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let state = AppState::expect();
    let query = state.register_query;
    // Typing into the search runs only the last of these memos: the lowercased search text
    // and the sorted order change with the workspace (and the sort column), not per keystroke.
    // The search text is read only once a word is typed, so an opening without a search never
    // builds it; it is built after the first paint, ready for the first key.
    let search = Memo::new(move |_| state.workspace.with(SearchIndex::new));
    #[cfg(target_arch = "wasm32")]
    crate::app::browser::after_first_paint(move || {
        let _ = search.try_with(|_| ());
    });
    let sort = Memo::new(move |_| query.with(|q| (q.sort, q.descending)));
    let order = Memo::new(move |_| {
        let (column, descending) = sort.get();
        state.workspace.with(|workspace| {
            // Only the progress column reads the roll-up, so other sorts never wait for it.
            if column != SortColumn::Progress {
                return sorted_positions(workspace, column, descending, |_| None);
            }
            state.progress.with(|all| {
                let progress = |id| all.get(&id).and_then(|entry| entry.progress());
                sorted_positions(workspace, column, descending, progress)
            })
        })
    });
    // Counts the versions of what the rows are filtered from (the workspace and so its search
    // text, the sorted order): the last rows are narrowed further only within one version.
    let source = Memo::new(move |previous: Option<&u64>| {
        // The search text changes with the workspace alone.
        state.workspace.track();
        order.with(|_| ());
        previous.map_or(0, |version| version + 1)
    });
    // The query and positions of the rows shown last: a keystroke that types a word on (the
    // query narrows the last one) filters those rows only, not all the objectives again.
    let last = StoredValue::new(None::<(u64, RegisterQuery, Vec<usize>)>);
    let rows = Memo::new(move |_| {
        let version = source.get();
        let filter = |search: &SearchIndex| {
            order.with(|order| {
                query.with(|query| {
                    state.workspace.with(|workspace| {
                        let positions = last.with_value(|last| match last {
                            Some((at, previous, shown))
                                if *at == version && query.narrows(previous) =>
                            {
                                filter_positions(workspace, search, shown, query)
                            }
                            _ => filter_positions(workspace, search, order, query),
                        });
                        let ids = positions
                            .iter()
                            .filter_map(|&position| workspace.objectives.get(position))
                            .map(|objective| objective.id)
                            .collect();
                        last.set_value(Some((version, query.clone(), positions)));
                        ids
                    })
                })
            })
        };
        if query.with(RegisterQuery::has_words) {
            search.with(filter)
        } else {
            filter(&SearchIndex::default())
        }
    });
    let total = move || state.outline.with(Vec::len);
    view! {
        <PageTitle text=t(Msg::RegisterTitle)/>
        <div class="toolbar">
            <a class="button button--primary" href=Route::Establish { objective: None, parent: None, step: None }.href()>
                {t(Msg::EstablishGuided)}
            </a>
            <a class="button" href=Route::NewObjective { parent: None, level: None }.href()>
                {t(Msg::QuickAdd)}
            </a>
            <a class="button" href=Route::Plan { objective: None, step: None }.href()>
                {t(Msg::PlanChooseTitle)}
            </a>
        </div>
        <Filters/>
        <p class="result-count" role="status" data-testid="register-count">
            {move || {
                state.tc(Msg::RegisterCount, total(), &[("shown", &crate::i18n::grouped(rows.with(Vec::len) as u64))])
            }}
        </p>
        <Shown
            when=move || !rows.with(Vec::is_empty)
            fallback=move || {
                view! {
                    <p class="empty">
                        {move || {
                            if total() == 0 { state.t(Msg::RegisterEmpty) } else { state.t(Msg::RegisterNoMatch) }
                        }}
                    </p>
                }
            }
        >
            <RegisterTable rows=rows/>
        </Shown>
    }
}

#[component]
fn Filters() -> impl IntoView {
    let state = AppState::expect();
    let query = state.register_query;
    let any = move || state.t(Msg::FilterAny).to_string();
    let with_any = |mut choices: Vec<Choice>| {
        choices.insert(0, (String::new(), any()));
        choices
    };
    let level_choices = with_any(enum_choices(&Level::ALL, level_label));
    let status_choices = with_any(enum_choices(&Status::ALL, status_label));
    let name_choices = move |names: Vec<String>| {
        let mut choices: Vec<Choice> = vec![
            (String::new(), any()),
            ("-".into(), state.t(Msg::FilterNone).to_string()),
        ];
        choices.extend(names.into_iter().map(|name| (format!("={name}"), name)));
        choices
    };
    // Memos: the filters' options are rebuilt only when the names change, not per keystroke.
    let function_choices = Memo::new(move |_| name_choices(state.function_names.get()));
    let owner_choices = Memo::new(move |_| name_choices(state.owner_names.get()));
    // One memo of the four filters: every option of a select follows its selected value, and
    // typing in the search changes the query but none of these, so no option is visited per
    // keystroke.
    let chosen = Memo::new(move |_| {
        query.with(|q| (q.level, q.status, q.function.clone(), q.owner.clone()))
    });
    let level_selected = Signal::derive(move || {
        chosen.with(|(level, ..)| level.map(|l| format!("{l:?}")).unwrap_or_default())
    });
    let status_selected = Signal::derive(move || {
        chosen.with(|(_, status, ..)| status.map(|s| format!("{s:?}")).unwrap_or_default())
    });
    let function_selected = Signal::derive(move || chosen.with(|(_, _, f, _)| filter_value(f)));
    let owner_selected = Signal::derive(move || chosen.with(|(.., owner)| filter_value(owner)));
    // The field is written only when the query's text differs from what it holds (the filters
    // cleared, the page opened with a search kept), never with the text just typed into it.
    let search_field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let Some(field) = search_field.get() else {
            return;
        };
        query.with(|q| {
            if field.value() != q.text {
                field.set_value(&q.text);
            }
        });
    });
    view! {
        <section class="filters" aria-label=t(Msg::Filters)>
            <SelectField
                label=t(Msg::FilterLevel)
                choices=level_choices
                selected=level_selected
                on_change=move |value: String| {
                    query.update(|q| q.level = parse_choice(&Level::ALL, &value));
                    Ok(())
                }
            />
            <SelectField
                label=t(Msg::FilterStatus)
                choices=status_choices
                selected=status_selected
                on_change=move |value: String| {
                    query.update(|q| q.status = parse_choice(&Status::ALL, &value));
                    Ok(())
                }
            />
            <SelectField
                label=t(Msg::FilterFunction)
                choices=function_choices
                selected=function_selected
                on_change=move |value: String| {
                    query.update(|q| q.function = parse_filter_value(&value));
                    Ok(())
                }
            />
            <SelectField
                label=t(Msg::FilterOwner)
                choices=owner_choices
                selected=owner_selected
                on_change=move |value: String| {
                    query.update(|q| q.owner = parse_filter_value(&value));
                    Ok(())
                }
            />
            <div class="field field--search">
                <label for="register-search">{t(Msg::FilterSearch)}</label>
                <p class="field__help" id="register-search-help">{t(Msg::FilterSearchHint)}</p>
                <input
                    id="register-search"
                    type="search"
                    aria-describedby="register-search-help"
                    node_ref=search_field
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        query.update(|q| q.text = text);
                    }
                />
            </div>
            <Shown when=move || query.with(RegisterQuery::is_filtered)>
                <button
                    type="button"
                    class="button button--quiet"
                    on:click=move |_| {
                        query.update(|q| {
                            *q = RegisterQuery { sort: q.sort, descending: q.descending, ..Default::default() }
                        })
                    }
                >
                    {t(Msg::ClearFilters)}
                </button>
            </Shown>
        </section>
    }
}

#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn RegisterTable(rows: Memo<Vec<ObjectiveId>>) -> impl IntoView {
    let state = AppState::expect();
    let query = state.register_query;
    // The headers follow the sort alone, not the search text typed into the query.
    let sort = Memo::new(move |_| query.with(|q| (q.sort, q.descending)));
    let scroller = NodeRef::<leptos::html::Div>::new();
    let viewport =
        ScrollViewport::track_expecting(scroller, SCROLL_BOX_SHARE_OF_WINDOW, EXPECTED_ROW_HEIGHT);
    let window = viewport.window_with_overscan(move || rows.with(Vec::len), REGISTER_OVERSCAN);
    let visible = Memo::new(move |_| {
        let window = window.get();
        rows.with(|rows| {
            rows[window.start..window.end]
                .iter()
                .enumerate()
                .map(|(offset, id)| (window.start + offset, *id))
                .collect::<Vec<_>>()
        })
    });
    // Rows are keyed by objective, so a row still in view after a keystroke in the search is
    // kept (only its row number follows) instead of being built again.
    let row_index = move |id: ObjectiveId| {
        Signal::derive(move || {
            visible.with(|visible| {
                visible
                    .iter()
                    .find(|(_, shown)| *shown == id)
                    .map_or(0, |(position, _)| position + 2)
            })
        })
    };
    let header = move |column: SortColumn| {
        let sorted = move || sort.with(|(sorted, _)| *sorted == column);
        let aria_sort = move || {
            sort.with(|&(sorted, descending)| {
                (sorted == column).then_some(if descending {
                    "descending"
                } else {
                    "ascending"
                })
            })
        };
        view! {
            <th scope="col" aria-sort=move || aria_sort() class=format!("col-{column:?}").to_lowercase()>
                <button
                    type="button"
                    class="sort-button"
                    on:click=move |_| {
                        query.update(|q| {
                            if q.sort == column {
                                q.descending = !q.descending;
                            } else {
                                q.sort = column;
                                q.descending = false;
                            }
                        })
                    }
                >
                    {move || state.t(column_label(column))}
                    <span class="sort-mark" aria-hidden="true">
                        {move || match (sorted(), sort.with(|(_, descending)| *descending)) {
                            (true, false) => "▲",
                            (true, true) => "▼",
                            _ => "",
                        }}
                    </span>
                </button>
            </th>
        }
    };
    let hidden = state.register_hidden;
    view! {
        <ColumnChooser/>
        <div
            class="table-scroll"
            node_ref=scroller
            on:scroll=move |ev| viewport.on_scroll(&ev)
        >
            <table
                class=move || hidden.with(|h| table_class(h))
                style:min-width=move || hidden.with(|h| format!("{}rem", display(table_min_width_rem(h))))
                aria-rowcount=move || rows.with(Vec::len) + 1
            >
                <caption class="visually-hidden">{t(Msg::RegisterTitle)}</caption>
                <thead>
                    <tr aria-rowindex="1">
                        {header(SortColumn::Code)}
                        {header(SortColumn::Title)}
                        {header(SortColumn::Level)}
                        {header(SortColumn::Status)}
                        {header(SortColumn::Progress)}
                        {header(SortColumn::Function)}
                        {header(SortColumn::Owner)}
                        <th scope="col" class="col-parent">{t(Msg::ColumnParent)}</th>
                        <th scope="col" class="col-kpis">{t(Msg::ColumnKpis)}</th>
                        <th scope="col" class="col-trend">{t(Msg::ColumnTrend)}</th>
                        <th scope="col" class="col-check">{t(Msg::ColumnCheck)}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="spacer" aria-hidden="true">
                        <td colspan=COLUMNS style:height=move || format!("{}px", display(window.get().space_before))></td>
                    </tr>
                    <For each=move || visible.get() key=|(_, id)| *id let:entry>
                        <RegisterRow row_index=row_index(entry.1) id=entry.1/>
                    </For>
                    <tr class="spacer" aria-hidden="true">
                        <td colspan=COLUMNS style:height=move || format!("{}px", display(window.get().space_after))></td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

fn row_data(
    objective: &Objective,
    parent: Option<&Objective>,
    check: Option<Score>,
    trends: Vec<SparkData>,
) -> RowData {
    RowData {
        code: objective.code.clone(),
        title: objective.title.clone(),
        level: objective.level,
        status: objective.status,
        function: objective.function.clone(),
        owner: objective.owner.clone(),
        parent_code: parent.map(|p| p.code.clone()).unwrap_or_default(),
        kpis: objective.kpis.len(),
        trends,
        check,
    }
}

#[component]
fn RegisterRow(row_index: Signal<usize>, id: ObjectiveId) -> impl IntoView {
    let state = AppState::expect();
    // One memo per rendered row: edits elsewhere re-check it, but only real changes repaint.
    let data = Memo::new(move |_| {
        let today = clock::today();
        state.index.with(|index| {
            state.workspace.with(|workspace| {
                let objective = index.get(&id).and_then(|&i| workspace.objectives.get(i))?;
                let parent = objective
                    .parent
                    .and_then(|p| index.get(&p))
                    .and_then(|&i| workspace.objectives.get(i));
                // During an exercise the score is hidden until the answers are revealed.
                let check = (!matches!(objective.status, Status::Cancelled | Status::Superseded)
                    && !state.check_hidden())
                .then(|| check_objective(workspace, objective, today).score());
                let trends = objective_sparks(state.lang.get(), &objective.kpis);
                Some(row_data(objective, parent, check, trends))
            })
        })
    });
    let field = move |get: fn(&RowData) -> String| {
        move || data.with(|d| d.as_ref().map(get).unwrap_or_default())
    };
    let level =
        Signal::derive(move || data.with(|d| d.as_ref().map_or(Level::Strategic, |d| d.level)));
    let status =
        Signal::derive(move || data.with(|d| d.as_ref().map_or(Status::Draft, |d| d.status)));
    view! {
        <tr data-row="" aria-rowindex=row_index>
            <td class="col-code">
                <a href=Route::Objective(id).href()>{field(|d| d.code.clone())}</a>
            </td>
            <td class="col-title">
                <span class="cell-clamp" title=field(|d| d.title.clone())>
                    <crate::ui::panels::communication_marker::CommunicationMarker id=id/>{field(|d| d.title.clone())}
                </span>
            </td>
            <td class="col-level"><LevelBadge level=level/></td>
            <td class="col-status"><StatusBadge status=status/></td>
            <td class="col-progress"><ProgressSummary id=id/></td>
            // Long names are cut at two lines, as the title is, so every row keeps the height
            // the window of rows counts on; the whole name stays the cell's text (read out
            // in full) and its tooltip.
            <td class="col-function">
                <span class="cell-clamp" title=field(|d| d.function.clone())>{field(|d| d.function.clone())}</span>
            </td>
            // A phone shows each row as a card, where the owner is named by this label.
            <td class="col-owner" data-label=t(Msg::ColumnOwner)>
                <span class="cell-clamp" title=field(|d| d.owner.clone())>{field(|d| d.owner.clone())}</span>
            </td>
            <td class="col-parent">{field(|d| d.parent_code.clone())}</td>
            <td class="col-kpis">{field(|d| d.kpis.to_string())}</td>
            <td class="col-trend">
                <Shown
                    when=move || data.with(|d| d.as_ref().is_some_and(|d| !d.trends.is_empty()))
                    fallback=move || view! { <span class="trend-none">{state.t(Msg::TrendNoneShort)}</span> }
                >
                    <Sparklines sparks=Memo::new(move |_| data.with(|d| d.as_ref().map(|d| d.trends.clone()).unwrap_or_default()))/>
                </Shown>
            </td>
            <td class="col-check">
                {move || data.with(|d| match d.as_ref().and_then(|d| d.check) {
                    Some(score) => state.tf(
                        Msg::ChecklistRowScore,
                        &[("met", &score.met.to_string()), ("total", &score.applicable.to_string())],
                    ),
                    None => state.t(Msg::CheckNotChecked).to_string(),
                })}
            </td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::components::virtual_window::row_window;

    #[test]
    fn the_first_window_is_the_one_the_first_measurement_keeps() {
        // Chromium at 1280 × 800 measured the scrolling box at 558 pixels (the 560 of 70vh
        // less its borders) and a row at 56: the first render builds those rows, no more.
        let measured = row_window(1_000, 0.0, 558.0, 56.0, REGISTER_OVERSCAN);
        let first = row_window(
            1_000,
            0.0,
            800.0 * SCROLL_BOX_SHARE_OF_WINDOW,
            EXPECTED_ROW_HEIGHT,
            REGISTER_OVERSCAN,
        );
        assert_eq!(first, measured);
        assert_eq!(first.end - first.start, 15);
    }
}
