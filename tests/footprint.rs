//! Native measurement of the stored form's size: how many UTF-16 code units (what browsers
//! count against the 5 MiB localStorage quota) a realistic objective costs, and how many fit.
//! Run with `cargo test --test footprint -- --nocapture` to print the figures in README.md.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use sixtwo::domain::example::example_workspace;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::Timestamp;
use sixtwo::i18n::Lang;
use sixtwo::io::envelope::encode_stored;
use sixtwo::storage::{utf16_cost, QUOTA_UTF16_UNITS, WORKSPACE_KEY};

/// The most a fully documented objective (three KPIs with sources, monitoring, communication,
/// update triggers, links) may cost: about 2,500 of them must fit in the quota.
const BUDGET_UNITS_PER_OBJECTIVE: usize = 2_000;
/// The most a lean objective (code, title, level, parent, owner, one KPI) may cost: about
/// 10,000 of them must fit in the quota.
const BUDGET_UNITS_PER_LEAN_OBJECTIVE: usize = 500;

#[test]
fn a_realistic_objective_fits_the_budget() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    for &lang in Lang::ALL {
        let workspace = example_workspace(
            lang.example_language(),
            today,
            Timestamp::from_unix_seconds(1_764_000_000),
            &mut SequentialIds::default(),
        );
        let whole = utf16_cost(
            WORKSPACE_KEY,
            &encode_stored(&workspace, 1, Timestamp::default()),
        );
        let objectives: Vec<usize> = workspace
            .objectives
            .iter()
            .map(|o| {
                serde_json::to_string(o)
                    .map(|t| t.encode_utf16().count())
                    .unwrap_or(0)
            })
            .collect();
        let per_objective = objectives.iter().sum::<usize>() / objectives.len();
        let largest = objectives.iter().copied().max().unwrap_or(0);
        let shared = whole - objectives.iter().sum::<usize>();
        let capacity = (QUOTA_UTF16_UNITS - shared) / per_objective;
        println!(
            "{lang:?}: example workspace {whole} units; objectives average {per_objective} units \
             (largest {largest}); policy, requirements and envelope {shared} units; \
             about {capacity} such objectives fit in {QUOTA_UTF16_UNITS} units"
        );
        assert!(
            per_objective <= BUDGET_UNITS_PER_OBJECTIVE,
            "{lang:?}: {per_objective} units per objective is over the budget"
        );
        assert!(objectives.iter().all(|&units| units > 0));

        let lean: Vec<usize> = workspace
            .objectives
            .iter()
            .map(|o| {
                let mut lean =
                    sixtwo::domain::Objective::new(o.id, &o.code, &o.title, o.level, o.created);
                lean.parent = o.parent;
                lean.owner = o.owner.clone();
                lean.status = o.status;
                lean.kpis = o
                    .kpis
                    .iter()
                    .take(1)
                    .cloned()
                    .map(|mut k| {
                        k.data_source.clear();
                        k.method.clear();
                        k
                    })
                    .collect();
                serde_json::to_string(&lean)
                    .map(|t| t.encode_utf16().count())
                    .unwrap_or(0)
            })
            .collect();
        let lean_average = lean.iter().sum::<usize>() / lean.len();
        println!(
            "{lang:?}: a lean objective (code, title, level, parent, owner, status, one KPI) \
             costs {lean_average} units; about {} fit",
            QUOTA_UTF16_UNITS / lean_average
        );
        assert!(lean_average <= BUDGET_UNITS_PER_LEAN_OBJECTIVE);
    }
}

/// The most a typical revision (one or two fields changed, a reason, a one-line note and an
/// approver) may cost: the log then grows by a few hundred units per revision.
const BUDGET_UNITS_PER_REVISION: usize = 400;

/// Makes typical revisions of an example objective through the commands (a target changed,
/// a title reworded keystroke by keystroke, an action's due date moved, each with a reason)
/// and measures what each adds to the stored form.
#[test]
fn revisions_stay_small_and_typing_makes_one() {
    use sixtwo::domain::{apply, Command, ObjectiveEdit, RevisionReason};
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    for &lang in Lang::ALL {
        let mut workspace = example_workspace(
            lang.example_language(),
            today,
            Timestamp::from_unix_seconds(1_764_000_000),
            &mut SequentialIds::default(),
        );
        let Some(o1) = workspace.objectives.iter().find(|o| o.plan.is_some()) else {
            panic!("the example has a planned objective");
        };
        let id = o1.id;
        let title = o1.title.clone();
        let mut kpi = o1.kpis[0].clone();
        let mut plan = o1.plan.clone().unwrap_or_default();
        let mut clock = 1_764_000_000;
        let mut run = |workspace: &mut sixtwo::domain::Workspace, command: Command| {
            clock += 60;
            apply(workspace, command, Timestamp::from_unix_seconds(clock)).expect("applied");
        };
        let size = |workspace: &sixtwo::domain::Workspace| {
            let objective = workspace.objective(id).expect("O1");
            serde_json::to_string(objective)
                .map(|t| t.encode_utf16().count())
                .unwrap_or(0)
        };
        let record =
            |workspace: &mut sixtwo::domain::Workspace,
             run: &mut dyn FnMut(&mut sixtwo::domain::Workspace, Command)| {
                let number = workspace
                    .objective(id)
                    .and_then(|o| o.revisions.last())
                    .map(|r| r.number)
                    .unwrap_or_default();
                run(
                    workspace,
                    Command::StateRevisionReason {
                        objective: id,
                        number,
                        reason: RevisionReason::ContractChange,
                        note: "New SLA with the customer from 1 April 2027.".into(),
                        approved_by: "Li Na".into(),
                    },
                );
            };
        let mut costs = Vec::new();

        let start = size(&workspace);
        kpi.target = kpi.target.map(|t| t * 0.8);
        run(&mut workspace, Command::edit(id, kpi.clone()));
        record(&mut workspace, &mut run);
        costs.push(size(&workspace) - start);

        let start = size(&workspace);
        let reworded = format!("{title} (reworded after the contract review)");
        for end in 1..=reworded.chars().count() {
            let typed: String = reworded.chars().take(end).collect();
            run(
                &mut workspace,
                Command::EditObjective {
                    id,
                    edit: ObjectiveEdit::Title(typed),
                },
            );
        }
        let revisions = &workspace.objective(id).expect("O1").revisions;
        assert_eq!(
            revisions.len(),
            3,
            "{lang:?}: every keystroke folds into one revision"
        );
        assert_eq!(revisions[2].changes.len(), 1);
        record(&mut workspace, &mut run);
        costs.push(size(&workspace) - start);

        let start = size(&workspace);
        if let Some(action) = plan.actions.first_mut() {
            action.due = action
                .due
                .and_then(|d| d.checked_add_days(chrono::Days::new(30)));
        }
        run(
            &mut workspace,
            Command::EditObjective {
                id,
                edit: ObjectiveEdit::Plan(Some(plan.clone())),
            },
        );
        record(&mut workspace, &mut run);
        costs.push(size(&workspace) - start);

        let typical = costs.iter().sum::<usize>() / costs.len();
        let largest = costs.iter().copied().max().unwrap_or(0);
        let yearly = 100 * 4 * typical;
        println!(
            "{lang:?}: revisions cost {costs:?} units (a target, a reworded title, a due date, \
             each with a reason, note and approver); typical {typical}; about {} such revisions \
             fit in {QUOTA_UTF16_UNITS} units; 100 objectives each revised quarterly add {yearly} \
             units a year ({:.1} % of the quota)",
            QUOTA_UTF16_UNITS / typical,
            yearly as f64 * 100.0 / QUOTA_UTF16_UNITS as f64
        );
        assert!(
            largest <= BUDGET_UNITS_PER_REVISION,
            "{lang:?}: a revision of {largest} units is over the budget"
        );
    }
}
