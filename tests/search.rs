//! Global search (`domain::search`): what it finds in each kind of item, in English and
//! Chinese, how it ranks, the excerpt around a match, and a 10,000-objective workspace (counted,
//! not timed).
#![cfg(not(target_arch = "wasm32"))]

mod example_support;

use chrono::NaiveDate;
use example_support::example_workspace;
use sixtwo::domain::example::ExampleLanguage;
use sixtwo::domain::ids::SequentialIds;
use sixtwo::domain::search::{normalise, Field, HitKind, Rank, SearchIndex, Target};
use sixtwo::domain::{Kpi, Level, Objective, ObjectiveId, Timestamp, Workspace};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).expect("a date")
}

fn english() -> Workspace {
    example_workspace(ExampleLanguage::English, today())
}

fn chinese() -> Workspace {
    example_workspace(ExampleLanguage::SimplifiedChinese, today())
}

fn objective_by_code(workspace: &Workspace, code: &str) -> ObjectiveId {
    workspace
        .objectives
        .iter()
        .find(|o| o.code == code)
        .map(|o| o.id)
        .unwrap_or_else(|| panic!("the example has {code}"))
}

fn kpi(name: &str, ids: &mut SequentialIds) -> Kpi {
    let id = sixtwo::domain::KpiId::new(ids);
    serde_json::from_value(serde_json::json!({ "id": id.to_string(), "name": name }))
        .expect("a KPI")
}

#[test]
fn an_exact_code_comes_first_whatever_the_case() {
    let workspace = english();
    let index = SearchIndex::build(&workspace);
    let t1 = objective_by_code(&workspace, "T1");
    for query in ["T1", "t1", " t1 ", "Ｔ１"] {
        let results = index.search(query, 50);
        let first = &results.hits[0];
        assert_eq!(first.target, Target::Objective(t1), "{query:?}");
        assert_eq!(first.rank, Rank::ExactCode);
        assert_eq!(first.field, Field::Code);
        assert_eq!(first.code, "T1");
        assert_eq!(first.title, "Raise customer satisfaction");
    }
}

#[test]
fn title_prefix_ranks_above_title_substring_above_other_fields() {
    let workspace = english();
    let index = SearchIndex::build(&workspace);
    let results = index.search("customer", 200);
    let ranks: Vec<Rank> = results.hits.iter().map(|hit| hit.rank).collect();
    let mut sorted = ranks.clone();
    sorted.sort();
    assert_eq!(ranks, sorted, "hits come best rank first");
    assert!(ranks.contains(&Rank::TitlePrefix), "{ranks:?}");
    assert!(ranks.contains(&Rank::TitleSubstring), "{ranks:?}");
    assert!(ranks.contains(&Rank::OtherField), "{ranks:?}");
    let prefix = results
        .hits
        .iter()
        .find(|hit| hit.rank == Rank::TitlePrefix)
        .expect("a title prefix hit");
    assert!(prefix.title.to_lowercase().starts_with("customer"));
    assert_eq!(results.total, results.hits.len());
}

#[test]
fn every_kind_is_found_and_names_where_it_matched() {
    let workspace = english();
    let index = SearchIndex::build(&workspace);
    let t2 = objective_by_code(&workspace, "T2");

    let kpi = index.search("mean time to restore", 10);
    let hit = &kpi.hits[0];
    let Target::Kpi { objective, .. } = hit.target else {
        panic!("a KPI: {hit:?}");
    };
    assert_eq!(objective, t2);
    assert_eq!(hit.target.kind(), HitKind::Kpi);
    assert_eq!(hit.context, "T2 Improve service availability");

    let policy = index.search("P3", 10);
    assert_eq!(policy.hits[0].target.kind(), HitKind::Policy);
    assert_eq!(policy.hits[0].rank, Rank::ExactCode);
    assert_eq!(
        policy.hits[0].title,
        "Innovate to create new value for our customers."
    );

    let requirement = index.search("sla-b", 10);
    assert_eq!(requirement.hits[0].target.kind(), HitKind::Requirement);
    assert_eq!(requirement.hits[0].code, "SLA-B");

    let communication = index.search("town hall", 10);
    assert_eq!(communication.total, 1);
    let hit = &communication.hits[0];
    assert_eq!(hit.target.kind(), HitKind::Communication);
    assert_eq!(hit.field, Field::Channel);
    assert_eq!(hit.excerpt, "Town hall meeting");
    assert_eq!(&hit.excerpt[hit.matched.0..hit.matched.1], "Town hall");
    let record = workspace
        .communications
        .iter()
        .find(|c| Target::Communication(c.id) == hit.target)
        .expect("the record");
    assert_eq!(hit.context, record.date.to_string());

    let owner = index.search("chief financial officer", 10);
    assert!(owner
        .hits
        .iter()
        .any(|hit| hit.target.kind() == HitKind::Objective && hit.field == Field::Owner));
}

#[test]
fn chinese_text_matches_as_typed() {
    let workspace = chinese();
    let index = SearchIndex::build(&workspace);
    let t1 = objective_by_code(&workspace, "T1");

    let results = index.search("客户满意度", 50);
    // S3's KPI named exactly so, and T1's KPI, start with it: they come first.
    let first = &results.hits[0];
    assert_eq!(first.target.kind(), HitKind::Kpi);
    assert_eq!(first.rank, Rank::TitlePrefix);
    assert_eq!(first.title, "客户满意度");
    // T1 "提升客户满意度" has it in its title.
    let objective = results
        .hits
        .iter()
        .find(|hit| hit.target == Target::Objective(t1))
        .expect("T1 is found");
    assert_eq!(objective.rank, Rank::TitleSubstring);
    assert_eq!(
        &objective.excerpt[objective.matched.0..objective.matched.1],
        "客户满意度"
    );

    let policy = index.search("创造新的价值", 10);
    assert_eq!(policy.hits[0].target.kind(), HitKind::Policy);

    let communication = index.search("全员大会", 10);
    assert_eq!(communication.hits[0].target.kind(), HitKind::Communication);
    assert_eq!(communication.hits[0].field, Field::Channel);

    // Full-width brackets and letters in a KPI name match half-width typing, and back.
    let mttr = index.search("(mttr)", 10);
    assert_eq!(mttr.hits[0].target.kind(), HitKind::Kpi);
    assert_eq!(mttr.hits[0].title, "平均故障恢复时间（MTTR）");
    assert_eq!(
        &mttr.hits[0].excerpt[mttr.hits[0].matched.0..mttr.hits[0].matched.1],
        "（MTTR）"
    );
}

#[test]
fn nothing_matches_an_empty_or_unknown_query() {
    let index = SearchIndex::build(&english());
    assert_eq!(index.search("", 10).total, 0);
    assert_eq!(index.search("   ", 10).total, 0);
    assert_eq!(index.search("\u{3000}", 10).total, 0);
    let none = index.search("zzzz-nothing", 10);
    assert!(none.hits.is_empty());
    assert_eq!(none.total, 0);
}

#[test]
fn normalising_folds_case_width_and_spaces() {
    assert_eq!(
        normalise("  Raise\u{3000}\u{3000}CUSTOMER  "),
        "raise customer"
    );
    assert_eq!(normalise("ＭＴＴＲ（１）"), "mttr(1)");
    assert_eq!(normalise("客户 满意度"), "客户 满意度");
    assert_eq!(normalise("Größe"), "größe");
}

#[test]
fn a_long_field_is_cut_around_the_match() {
    let mut ids = SequentialIds::default();
    let mut workspace = Workspace::default();
    let now = Timestamp::from_unix_seconds(1_800_000_000);
    let mut objective = Objective::new(
        ObjectiveId::new(&mut ids),
        "O1",
        "Short",
        Level::Operational,
        now,
    );
    objective.description = format!("{} needle {}", "a".repeat(300), "b".repeat(300));
    workspace.objectives.push(objective);
    let index = SearchIndex::build(&workspace);
    let hit = &index.search("NEEDLE", 10).hits[0];
    assert_eq!(hit.field, Field::Description);
    assert!(hit.excerpt.starts_with('…') && hit.excerpt.ends_with('…'));
    assert!(hit.excerpt.chars().count() < 200, "{}", hit.excerpt);
    assert_eq!(&hit.excerpt[hit.matched.0..hit.matched.1], "needle");
}

#[test]
fn ten_thousand_objectives_are_counted_but_only_the_first_hits_are_built() {
    let mut ids = SequentialIds::default();
    let now = Timestamp::from_unix_seconds(1_800_000_000);
    let mut workspace = Workspace::default();
    for n in 0..10_000 {
        let mut objective = Objective::new(
            ObjectiveId::new(&mut ids),
            format!("O{n}"),
            format!("Objective number {n} 目标"),
            Level::Operational,
            now,
        );
        objective.kpis.push(kpi(&format!("Measure {n}"), &mut ids));
        workspace.objectives.push(objective);
    }
    let index = SearchIndex::build(&workspace);
    assert_eq!(index.len(), 20_000);

    let every_objective = index.search("目标", 50);
    assert_eq!(every_objective.total, 10_000);
    assert_eq!(every_objective.hits.len(), 50);

    let one = index.search("o9999", 50);
    assert_eq!(one.hits[0].rank, Rank::ExactCode);
    assert_eq!(one.hits[0].code, "O9999");
    assert_eq!(one.total, 1);

    // "o12" is O12 exactly, then codes that contain it (O120…O129, O1200…O1299, O312…).
    let codes = index.search("O12", 20);
    assert_eq!(codes.hits[0].code, "O12");
    assert_eq!(codes.hits.len(), 20);
    assert!(codes.hits[1..]
        .iter()
        .all(|hit| hit.rank == Rank::OtherField));

    let measures = index.search("measure 77", 1000);
    assert_eq!(measures.total, 111, "77, 770–779 and 7700–7799");
    assert!(measures
        .hits
        .iter()
        .all(|hit| hit.target.kind() == HitKind::Kpi && hit.rank == Rank::TitlePrefix));
}
