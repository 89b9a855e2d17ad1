//! The overview: on an empty workspace, what SixTwo is for and the first steps; otherwise the
//! dashboard (agenda, objectives off track, score, counts). Then the organisation at a glance
//! and the objectives per level.

use crate::app::{AppState, Route};
use crate::domain::{Level, Workspace};
use crate::i18n::{level_help, level_label, Msg};
use crate::ui::components::page::PageTitle;
use crate::ui::components::shown::Shown;
use crate::ui::components::widgets::t;
use crate::ui::components::widgets::{Icon, IconKind};
use crate::ui::pages::dashboard::Dashboard;
use crate::ui::panels::example_library::MoreExamples;
use crate::ui::panels::load_example::{
    ExampleLoadStatus, ExampleNote, ExampleOffer, LoadExampleButton,
};
use crate::ui::panels::reminder::ExportReminder;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = AppState::expect();
    let empty = move || state.workspace.with(Workspace::is_empty);
    let unaligned = move || state.forest.with(|f| f.unaligned.len());
    let count = move |level: Level| {
        state
            .workspace
            .with(|w| w.objectives.iter().filter(|o| o.level == level).count())
    };
    let level_card = move |level: Level| {
        view! {
            <li class="level-card">
                <h3>{move || state.t(level_label(level))}</h3>
                <p class="level-card__count" data-testid=format!("count-{level:?}")>
                    {move || state.tc(Msg::HomeLevelCount, count(level), &[])}
                </p>
                <p class="level-card__help">{move || state.t(level_help(level))}</p>
            </li>
        }
    };
    view! {
        <PageTitle text=t(Msg::HomeTitle)/>
        <ExportReminder/>
        <ExampleNote/>
        <Shown when=empty fallback=|| view! { <Dashboard/> }>
            <p class="lead">{t(Msg::HomeIntro)}</p>
        </Shown>
        <Shown when=empty>
            <section class="panel panel--start" aria-labelledby="start-title">
                <h2 id="start-title">{t(Msg::HomeStartTitle)}</h2>
                <p>{t(Msg::HomeStartBody)}</p>
                <ExampleOffer/>
                <div class="button-row">
                    <LoadExampleButton primary=true/>
                    <a class="button" href=Route::Policy.href()>{t(Msg::RecordPolicy)}</a>
                    <a class="button" href=Route::Establish { objective: None, parent: None, step: None }.href()>
                        {t(Msg::EstablishGuided)}
                    </a>
                    <a class="button button--quiet" href=Route::NewObjective { parent: None, level: None }.href()>
                        {t(Msg::QuickAddLighter)}
                    </a>
                </div>
                <ExampleLoadStatus/>
                <MoreExamples/>
            </section>
        </Shown>
        <Shown when=move || !empty()>
            <section class="panel" aria-labelledby="org-title">
                <h2 id="org-title">{t(Msg::HomeOrganisation)}</h2>
                <p class="org-name">
                    {move || {
                        let name = state.workspace.with(|w| w.organisation.name.clone());
                        if name.trim().is_empty() { state.t(Msg::HomeNoOrganisation).to_string() } else { name }
                    }}
                </p>
                <p>
                    <a href=Route::Policy.href()>
                        {move || state.tc(Msg::HomePolicyCount, state.workspace.with(|w| w.policy.len()), &[])}
                    </a>
                    " · "
                    <a href=Route::Requirements.href()>
                        {move || state.tc(Msg::HomeRequirementCount, state.workspace.with(|w| w.requirements.len()), &[])}
                    </a>
                </p>
            </section>
        </Shown>
        <section aria-labelledby="levels-title">
            <h2 id="levels-title">{t(Msg::HomeLevelsTitle)}</h2>
            <ul class="level-cards">
                {level_card(Level::Strategic)}
                {level_card(Level::Tactical)}
                {level_card(Level::Operational)}
            </ul>
            <Shown when=move || { unaligned() > 0 }>
                <p class="warning">
                    <Icon kind=IconKind::Warning/>
                    " "
                    <a href=Route::Tree.href()>
                        {move || state.tc(Msg::HomeUnaligned, unaligned(), &[])}
                    </a>
                </p>
            </Shown>
            // An empty workspace offers these in the start panel above: each once.
            <Shown when=move || !empty()>
                <div class="button-row">
                    <a class="button button--primary" href=Route::Establish { objective: None, parent: None, step: None }.href()>
                        {t(Msg::EstablishGuided)}
                    </a>
                    <a class="button button--quiet" href=Route::NewObjective { parent: None, level: None }.href()>
                        {t(Msg::QuickAddLighter)}
                    </a>
                    <LoadExampleButton/>
                </div>
                <ExampleLoadStatus/>
            </Shown>
        </section>
    }
}
