//! Native measurement of the stored form's size: how many UTF-16 code units (what browsers
//! count against the 5 MiB localStorage quota) a realistic objective costs, and how many fit.
//! Run with `cargo test --test footprint -- --nocapture` to print the figures in README.md.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use sixtwo::domain::example::example_workspace;
use sixtwo::domain::ids::{RandomIds, SequentialIds};
use sixtwo::domain::{
    Kpi, KpiId, Level, Measurement, Objective, ObjectiveId, RecordId, Timestamp, Workspace,
};
use sixtwo::i18n::Lang;
use sixtwo::io::envelope::{decode, encode_export, encode_stored, encode_version, Version};
use sixtwo::io::import::{check_size, read_file, MAX_FILE_BYTES};
use sixtwo::storage::{utf16_cost, QUOTA_UTF16_UNITS, WORKSPACE_KEY};

/// The most a fully documented objective (three KPIs with sources, monitoring, communication,
/// update triggers, links) may cost in the stored form, at a team's scale: about 13,000 of them
/// fit in the quota.
const BUDGET_UNITS_PER_OBJECTIVE: usize = 400;
/// The most a lean objective (code, title, level, parent, owner, one KPI) may cost.
const BUDGET_UNITS_PER_LEAN_OBJECTIVE: usize = 150;
/// How many objectives a team's workspace holds in these measurements.
const TEAM_SCALE: usize = 300;

/// What browser storage keeps of `workspace`, in UTF-16 code units.
fn stored_units(workspace: &Workspace) -> usize {
    let version = Version {
        rev: 1,
        id: "00000000-0000-4000-8000-000000000000".into(),
        lineage: Vec::new(),
    };
    utf16_cost(
        WORKSPACE_KEY,
        &encode_version(workspace, &version, Timestamp::default()),
    )
}

/// `workspace` with its objectives copied (fresh random ids, as real ones are, and new codes)
/// until it holds `count`, parents kept within each copy.
fn scaled(workspace: &Workspace, count: usize) -> Workspace {
    let mut scaled = workspace.clone();
    scaled.objectives.clear();
    let mut copy = 0;
    while scaled.objectives.len() < count {
        copy += 1;
        let ids: std::collections::HashMap<ObjectiveId, ObjectiveId> = workspace
            .objectives
            .iter()
            .map(|o| (o.id, ObjectiveId::new(&mut RandomIds)))
            .collect();
        for objective in &workspace.objectives {
            let mut objective = objective.clone();
            objective.id = ids[&objective.id];
            objective.parent = objective.parent.and_then(|p| ids.get(&p).copied());
            objective.code = format!("{}-{copy}", objective.code);
            for kpi in &mut objective.kpis {
                kpi.id = KpiId::new(&mut RandomIds);
            }
            scaled.objectives.push(objective);
        }
    }
    scaled.objectives.truncate(count);
    scaled
}

/// The stored cost of one objective of `workspace` at a team's scale.
fn units_per_objective(workspace: &Workspace) -> usize {
    let team = scaled(workspace, TEAM_SCALE);
    let mut shared = team.clone();
    shared.objectives.clear();
    (stored_units(&team) - stored_units(&shared)) / TEAM_SCALE
}

fn example(lang: Lang) -> Workspace {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    example_workspace(
        lang.example_language(),
        today,
        Timestamp::from_unix_seconds(1_764_000_000),
        &mut SequentialIds::default(),
    )
}

#[test]
fn a_realistic_objective_fits_the_budget() {
    for &lang in Lang::ALL {
        let workspace = example(lang);
        let json: usize = workspace
            .objectives
            .iter()
            .map(|o| serde_json::to_string(o).map_or(0, |t| t.encode_utf16().count()))
            .sum::<usize>()
            / workspace.objectives.len();
        let per_objective = units_per_objective(&workspace);
        // Copies repeat their texts word for word, which compresses better than a real
        // register does; the example's different objectives on their own are the harder measure.
        let mut shared = workspace.clone();
        shared.objectives.clear();
        let alone = (stored_units(&workspace) - stored_units(&shared)) / workspace.objectives.len();
        println!(
            "{lang:?}: the example's objectives cost {json} units each as JSON, {alone} stored \
             on their own and {per_objective} at a team's scale ({TEAM_SCALE} objectives, \
             copies); at {alone} about {} fit in {QUOTA_UTF16_UNITS} units",
            QUOTA_UTF16_UNITS / alone
        );
        assert!(
            alone.max(per_objective) <= BUDGET_UNITS_PER_OBJECTIVE,
            "{lang:?}: {alone} units per objective is over the budget"
        );

        let mut lean = workspace.clone();
        for objective in &mut lean.objectives {
            let mut bare = Objective::new(
                objective.id,
                &objective.code,
                &objective.title,
                objective.level,
                objective.created,
            );
            bare.parent = objective.parent;
            bare.owner = objective.owner.clone();
            bare.status = objective.status;
            bare.kpis = objective.kpis.iter().take(1).cloned().collect();
            for kpi in &mut bare.kpis {
                kpi.data_source.clear();
                kpi.method.clear();
            }
            *objective = bare;
        }
        let lean_units = units_per_objective(&lean);
        println!(
            "{lang:?}: a lean objective (code, title, level, parent, owner, status, one KPI) \
             costs {lean_units} units stored; about {} fit",
            QUOTA_UTF16_UNITS / lean_units
        );
        assert!(lean_units <= BUDGET_UNITS_PER_LEAN_OBJECTIVE);
    }
}

/// Three years of weekly measurements for a team: 300 objectives with three KPIs each.
fn three_years() -> Workspace {
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let mut workspace = Workspace::default();
    for number in 0..300u32 {
        let mut objective = Objective::new(
            ObjectiveId::new(&mut RandomIds),
            format!("O{number}"),
            format!("Restore service for incident category {number} faster"),
            Level::Operational,
            Timestamp::from_unix_seconds(1_704_067_200),
        );
        objective.owner = "Service desk lead".into();
        for k in 0..3u32 {
            let mut kpi = Kpi::named(KpiId::new(&mut RandomIds), format!("Time to restore {k}"));
            kpi.unit = "minutes".into();
            kpi.baseline = Some(40.0);
            kpi.target = Some(15.0);
            kpi.measurements = (0..156u32)
                .map(|week| Measurement {
                    id: RecordId::new(&mut RandomIds),
                    date: start + chrono::Duration::weeks(i64::from(week)),
                    value: f64::from((week * 37 + k * 11 + number) % 400) / 10.0,
                    note: String::new(),
                    recorded_by: String::new(),
                })
                .collect();
            objective.kpis.push(kpi);
        }
        workspace.objectives.push(objective);
    }
    workspace
}

/// Where three years of a team's weekly measurements must stay: the rest of the quota is room
/// for plans, reviews, communications and revisions.
const THREE_YEARS_SHARE_OF_QUOTA: f64 = 0.6;

#[test]
fn three_years_of_weekly_measurements_fit_with_room() {
    let workspace = three_years();
    let json = encode_stored(&workspace, 1, Timestamp::default())
        .encode_utf16()
        .count();
    let stored = stored_units(&workspace);
    let share = stored as f64 / QUOTA_UTF16_UNITS as f64;
    println!(
        "three years (300 objectives, 3 KPIs, weekly: 140,400 measurements): {json} units as \
         JSON, {stored} stored = {:.0} % of the quota",
        share * 100.0
    );
    assert!(
        share <= THREE_YEARS_SHARE_OF_QUOTA,
        "{:.0} % of the quota",
        share * 100.0
    );
    let decoded = decode(&encode_version(
        &workspace,
        &Version::default(),
        Timestamp::default(),
    ));
    assert_eq!(decoded.map(|d| d.workspace).as_ref(), Ok(&workspace));

    // Its export imports again, and so would the export of a workspace of the same make-up
    // that filled the whole quota.
    let export = encode_export(&workspace, Timestamp::default());
    let export_bytes = export.len() as u64;
    let full_quota_export = (export_bytes as f64 / share) as u64;
    println!(
        "its export: {export_bytes} bytes; a workspace like it filling the quota exports \
         about {full_quota_export} bytes; the import limit is {MAX_FILE_BYTES}"
    );
    assert!(full_quota_export <= MAX_FILE_BYTES);
    assert!(check_size(export_bytes).is_ok());
    let imported = read_file(export.as_bytes());
    assert!(imported.is_ok(), "the export imports again");
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
