//! The clause 6.2 checklist of the whole register: the overall score of the required items
//! with the good-practice suggestions beside it, findings about the register as a whole (what
//! the standard requires apart from good practice), and a matrix of every checked objective against every item of 6.2.1
//! and 6.2.2, where each gap links to the wizard step that completes it. The matrix sorts by
//! code, score or any item, can show only objectives with gaps, and renders only the rows in
//! view, so it stays responsive with thousands of objectives.

use crate::app::route::with_focus;
use crate::app::{clock, AppState, Route};
use crate::domain::checklist::{checklist_rows, ChecklistRow, ChecklistSort};
use crate::domain::conformity::{
    check_objective, check_register, CheckItem, ItemState, RegisterFindings,
};
use crate::domain::wizard::EstablishStep;
use crate::domain::ObjectiveId;
use crate::i18n::{self, establish_step_label, item_label, level_word, Msg};
use crate::ui::components::page::PageTitle;
use crate::ui::components::scroll::ScrollViewport;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::{t, Icon, IconKind};
use crate::ui::panels::check::{gap_link, ScoreBar, StateBadge};
use leptos::prelude::*;

/// The number of columns (code, title, twelve items, score), for the spacer rows.
const COLUMNS: usize = 15;

/// The most unaligned objectives listed one by one; the rest are counted.
const UNALIGNED_LISTED: usize = 50;

/// The id of the "only gaps" checkbox (one checklist page exists at a time).
const ONLY_GAPS_ID: &str = "checklist-only-gaps";

/// `template` split around its `{name}` placeholder, so the value can be a link inside the
/// sentence; the whole template comes first when it has no such placeholder.
fn split_at_placeholder<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let marker = format!("{{{name}}}");
    match template.find(&marker) {
        Some(at) => (&template[..at], &template[at + marker.len()..]),
        None => (template, ""),
    }
}

/// "6.2.2 b) Resources": the clause and the item's name, as headers and link names say it.
fn item_name(state: AppState, item: CheckItem) -> String {
    format!("{} {}", item.clause(), state.t(item_label(item)))
}

/// The address of the 6.2.1 wizard for a new objective.
fn establish_new() -> Route {
    Route::Establish {
        objective: None,
        parent: None,
        step: None,
    }
}

#[component]
pub fn ChecklistPage() -> impl IntoView {
    let state = AppState::expect();
    let check = Memo::new(move |_| {
        let today = clock::today();
        state.workspace.with(|w| check_register(w, today))
    });
    let query = state.checklist_query;
    let rows = Memo::new(move |_| {
        let query = query.get();
        check.with(|check| {
            state
                .workspace
                .with(|workspace| checklist_rows(workspace, check, &query))
        })
    });
    let score = Memo::new(move |_| check.with(|c| c.score));
    let practice = Memo::new(move |_| check.with(|c| c.practice));
    let findings = Memo::new(move |_| check.with(|c| c.findings.clone()));
    let total = Memo::new(move |_| check.with(|c| c.objectives.len()));
    view! {
        <PageTitle text=t(Msg::ChecklistTitle)/>
        <p class="lead">{t(Msg::ChecklistIntro)}</p>
        <Shown
            when=move || { total.get() > 0 }
            fallback=move || {
                view! {
                    <p class="empty" data-testid="checklist-empty">{t(Msg::ChecklistEmpty)}</p>
                    <p>
                        <a class="button button--primary" href=establish_new().href()>
                            {t(Msg::EstablishGuided)}
                        </a>
                    </p>
                }
            }
        >
            <section class="panel" aria-labelledby="checklist-register-title">
                <h2 id="checklist-register-title">{t(Msg::ChecklistRegister)}</h2>
                <div class="matrix-overall" data-testid="checklist-overall">
                    <strong>{t(Msg::ChecklistOverall)}</strong>
                    {move || view! { <ScoreBar score=score.get() practice=practice.get()/> }}
                </div>
                <p class="check__basis">{t(Msg::BasisRequiredNote)}</p>
                {move || findings.with(|f| view! { <Findings findings=f.clone()/> })}
            </section>
            <section aria-labelledby="checklist-matrix-title">
                <h2 id="checklist-matrix-title">{t(Msg::ChecklistCaption)}</h2>
                <div class="filters matrix-filters">
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id=ONLY_GAPS_ID
                            prop:checked=move || query.with(|q| q.only_gaps)
                            on:change=move |ev| {
                                let only_gaps = event_target_checked(&ev);
                                query.update(|q| q.only_gaps = only_gaps);
                            }
                        />
                        <label for=ONLY_GAPS_ID>{t(Msg::ChecklistOnlyGaps)}</label>
                    </div>
                </div>
                <p class="result-count" role="status" data-testid="checklist-count">
                    {move || {
                        state.tc(
                            Msg::RegisterCount,
                            total.get(),
                            &[("shown", &crate::i18n::grouped(rows.with(Vec::len) as u64))],
                        )
                    }}
                </p>
                <Shown
                    when=move || !rows.with(Vec::is_empty)
                    fallback=move || view! { <p class="empty">{t(Msg::ChecklistNoGaps)}</p> }
                >
                    <Matrix rows=rows/>
                </Shown>
            </section>
        </Shown>
    }
}

/// The findings about the register as a whole, each with a way to act on it: what the
/// standard requires first, then good practice, each group named in words.
#[component]
fn Findings(findings: RegisterFindings) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang.get_untracked();
    if findings.is_clear() {
        return view! {
            <p class="matrix-clear" data-testid="checklist-findings">
                <Icon kind=IconKind::Check/>
                <span>{t(Msg::FindingsClear)}</span>
            </p>
        }
        .into_any();
    }
    // Each link lands on the field that fixes the finding: the level or function of a new
    // objective, the "not relevant" reason, the register's approver.
    let establish = move |field: &str| {
        let href = with_focus(&establish_new().href(), field);
        view! { <a href=href>{t(Msg::EstablishGuided)}</a> }
    };
    let mark = move |field: Option<String>| {
        let href = match field {
            Some(field) => with_focus(&Route::Policy.href(), &field),
            None => Route::Policy.href(),
        };
        view! { <a href=href>{t(Msg::ChecklistMarkNotRelevant)}</a> }
    };
    let warning = |text: String, action: AnyView| {
        view! {
            <li class="warning">
                <Icon kind=IconKind::Warning/>
                <span>{text} " " {action}</span>
            </li>
        }
    };
    let levels = findings
        .empty_levels
        .iter()
        .map(|level| {
            let text = state.tf(
                Msg::FindingEmptyLevel,
                &[("level", state.t(level_word(*level)))],
            );
            let reason = format!("not-relevant-{level:?}").to_lowercase();
            warning(
                text,
                view! { {establish("wizard-level")} " " {mark(Some(reason))} }.into_any(),
            )
        })
        .collect_view();
    let functions = findings
        .functions_without_objectives
        .iter()
        .map(|function| {
            let text = state.tf(Msg::FindingFunctionWithout, &[("function", function)]);
            warning(
                text,
                view! { {establish("wizard-function")} " " {mark(None)} }.into_any(),
            )
        })
        .collect_view();
    let approval = (!findings.register_not_approved.is_empty()).then(|| {
        let text = i18n::describe_register_approval(lang, &findings.register_not_approved);
        let href = with_focus(&Route::Policy.href(), "doc-approved-by");
        let record = view! { <a href=href>{t(Msg::ChecklistRecordApproval)}</a> };
        warning(text, record.into_any())
    });
    let required = if findings.required_clear() {
        view! {
            <p class="matrix-clear">
                <Icon kind=IconKind::Check/>
                <span>{t(Msg::FindingsRequiredClear)}</span>
            </p>
        }
        .into_any()
    } else {
        view! {
            <ul class="matrix-findings" data-testid="checklist-findings-required">
                {levels}
                {functions}
                {approval}
            </ul>
        }
        .into_any()
    };
    let (before, after) = split_at_placeholder(state.t(Msg::FindingUnaligned), "code");
    let unaligned = findings
        .unaligned
        .iter()
        .take(UNALIGNED_LISTED)
        .map(|&id| {
            let code = state
                .with_objective(id, |o| o.code.clone())
                .unwrap_or_default();
            let place = Route::Establish {
                objective: Some(id),
                parent: None,
                step: Some(EstablishStep::Place),
            };
            let fix = state.tf(
                Msg::FixLink,
                &[("step", state.t(establish_step_label(EstablishStep::Place)))],
            );
            view! {
                <li class="warning">
                    <Icon kind=IconKind::Warning/>
                    <span>
                        {before} <a href=Route::Objective(id).href()>{code}</a> {after} " "
                        <a href=place.href()>{fix}</a>
                    </span>
                </li>
            }
        })
        .collect_view();
    let more = findings
        .unaligned
        .len()
        .checked_sub(UNALIGNED_LISTED)
        .filter(|more| *more > 0)
        .map(|more| {
            let text = state.tc(Msg::FindingUnalignedMore, more, &[]);
            view! {
                <li class="warning">
                    <Icon kind=IconKind::Warning/>
                    <span>{text} " " <a href=Route::Tree.href()>{t(Msg::NavTree)}</a></span>
                </li>
            }
        });
    let practice = if findings.unaligned.is_empty() {
        view! {
            <p class="matrix-clear">
                <Icon kind=IconKind::Check/>
                <span>{t(Msg::FindingsPracticeClear)}</span>
            </p>
        }
        .into_any()
    } else {
        view! {
            <ul class="matrix-findings" data-testid="checklist-findings-practice">
                {unaligned}
                {more}
            </ul>
        }
        .into_any()
    };
    view! {
        <div data-testid="checklist-findings">
            <h3 class="check__group">{t(Msg::BasisRequired)}</h3>
            {required}
            <h3 class="check__group">{t(Msg::BasisPractice)}</h3>
            {practice}
        </div>
    }
    .into_any()
}

/// The matrix: one row per objective, one column per item, sortable by the header buttons.
#[component]
// The closures passed inline are deliberate: the view macro boxes a closure written in
// place, so its render code is shared (ui::components::reactive).
#[allow(clippy::redundant_closure)]
fn Matrix(rows: Memo<Vec<ChecklistRow>>) -> impl IntoView {
    let state = AppState::expect();
    let query = state.checklist_query;
    let scroller = NodeRef::<leptos::html::Div>::new();
    let viewport = ScrollViewport::track(scroller);
    let window = viewport.window(move || rows.with(Vec::len));
    let visible = move || {
        let window = window.get();
        rows.with(|rows| {
            let end = window.end.min(rows.len());
            let start = window.start.min(end);
            rows[start..end]
                .iter()
                .enumerate()
                .map(|(offset, row)| (start + offset, row.id))
                .collect::<Vec<_>>()
        })
    };
    let header = move |sort: ChecklistSort, class: &'static str, label: AnyView| {
        let aria_sort = move || {
            query.with(|q| {
                (q.sort == sort).then_some(if q.descending {
                    "descending"
                } else {
                    "ascending"
                })
            })
        };
        view! {
            <th scope="col" class=class aria-sort=move || aria_sort()>
                <button
                    type="button"
                    class="sort-button"
                    on:click=move |_| query.update(|q| *q = q.toggled(sort))
                >
                    {label}
                    <span class="sort-mark" aria-hidden="true">
                        {move || query.with(|q| match (q.sort == sort, q.descending) {
                            (true, false) => "▲",
                            (true, true) => "▼",
                            _ => "",
                        })}
                    </span>
                </button>
            </th>
        }
    };
    let item_headers = CheckItem::all()
        .map(|item| {
            let label = view! {
                <span class="matrix__clause">{item.clause()}</span>
                " "
                <span class="matrix__name">{t(item_label(item))}</span>
            }
            .into_any();
            header(ChecklistSort::Item(item), "matrix__item", label)
        })
        .collect_view();
    view! {
        <div
            class="table-scroll matrix-scroll"
            node_ref=scroller
            on:scroll=move |ev| viewport.on_scroll(&ev)
        >
            <table class="matrix" aria-rowcount=move || rows.with(Vec::len) + 1>
                <caption class="visually-hidden">{t(Msg::ChecklistCaption)}</caption>
                <thead>
                    <tr aria-rowindex="1">
                        {header(ChecklistSort::Code, "matrix__code", t(Msg::ColumnCode).into_any())}
                        <th scope="col" class="matrix__title">{t(Msg::ColumnTitle)}</th>
                        {item_headers}
                        {header(ChecklistSort::Score, "matrix__score", t(Msg::ChecklistScore).into_any())}
                    </tr>
                </thead>
                <tbody>
                    <tr class="spacer" aria-hidden="true">
                        <td colspan=COLUMNS style:height=move || format!("{}px", window.get().space_before)></td>
                    </tr>
                    <For each=visible key=|(position, id)| (*position, *id) let:entry>
                        <MatrixRow position=entry.0 id=entry.1 rows=rows/>
                    </For>
                    <tr class="spacer" aria-hidden="true">
                        <td colspan=COLUMNS style:height=move || format!("{}px", window.get().space_after)></td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn MatrixRow(position: usize, id: ObjectiveId, rows: Memo<Vec<ChecklistRow>>) -> impl IntoView {
    // One memo per rendered row: a change elsewhere re-checks it, but only real changes repaint.
    let data = Memo::new(move |_| {
        rows.with(|rows| rows.get(position).filter(|row| row.id == id).cloned())
    });
    view! {
        <tr data-row="" aria-rowindex=position + 2>
            {move || data.get().map(row_cells)}
        </tr>
    }
}

fn row_cells(row: ChecklistRow) -> impl IntoView {
    let state = AppState::expect();
    let id = row.id;
    // The row's findings say which fix each gap needs (a record, a field, a step).
    let check = state.workspace.with_untracked(|w| {
        w.objective(id)
            .map(|o| check_objective(w, o, clock::today()))
    });
    let items = row
        .states
        .iter()
        .map(|&(item, item_state)| {
            let link = check
                .as_ref()
                .and_then(|c| c.result(item))
                .filter(|_| item_state != ItemState::Met)
                .and_then(|result| gap_link(state, id, result));
            let fix = link.map(|link| {
                let item_name = item_name(state, item);
                let name = if link.wizard {
                    state.tf(
                        Msg::ChecklistFixName,
                        &[("item", &item_name), ("code", &row.code)],
                    )
                } else {
                    state.tf(
                        Msg::GapFixName,
                        &[
                            ("fix", &link.label),
                            ("item", &item_name),
                            ("code", &row.code),
                        ],
                    )
                };
                view! {
                    <a class="matrix__fix" href=link.href>
                        <span aria-hidden="true">{t(link.short)}</span>
                        <span class="visually-hidden">{name}</span>
                    </a>
                }
            });
            view! {
                <td class="matrix__cell" data-item=format!("{item:?}")>
                    <StateBadge state=item_state/>
                    {fix}
                </td>
            }
        })
        .collect_view();
    let score = state.tf(
        Msg::ChecklistRowScore,
        &[
            ("met", &row.score.met.to_string()),
            ("total", &row.score.applicable.to_string()),
        ],
    );
    let practice =
        (row.practice > 0).then(|| state.tc(Msg::ChecklistRowPractice, row.practice, &[]));
    view! {
        <th scope="row" class="matrix__code">
            <a href=Route::Objective(id).href()>{row.code.clone()}</a>
        </th>
        <td class="matrix__title"><span class="matrix__title-text">{row.title.clone()}</span></td>
        {items}
        <td class="matrix__score" data-testid="row-score">
            {score}
            {practice.map(|text| view! { <span class="matrix__practice">{text}</span> })}
        </td>
    }
}

#[cfg(test)]
mod tests {
    use super::split_at_placeholder;

    #[test]
    fn a_template_splits_around_its_placeholder() {
        assert_eq!(
            split_at_placeholder("{code} is not aligned to an objective above it.", "code"),
            ("", " is not aligned to an objective above it.")
        );
        assert_eq!(
            split_at_placeholder("目标 {code} 未对齐。", "code"),
            ("目标 ", " 未对齐。")
        );
        assert_eq!(
            split_at_placeholder("No code here.", "code"),
            ("No code here.", "")
        );
    }
}
