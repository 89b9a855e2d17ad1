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
    for lang in Lang::ALL {
        let workspace = example_workspace(
            lang,
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
