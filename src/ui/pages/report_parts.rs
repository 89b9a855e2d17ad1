//! The pieces every part of the clause 6.2 evidence pack shares: what it reads from (the
//! workspace, the check and the arrangement, computed once per change), and cells and table
//! headers written the same way everywhere.

use crate::domain::conformity::{CheckItem, RegisterCheck};
use crate::domain::hashing::HashMap;
use crate::domain::report::{ReportLayout, ReportSection};
use crate::domain::{Objective, ObjectiveId, Workspace};
use crate::i18n::{item_label, Lang, Msg};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The heading of a section, as the contents list names it too.
pub fn section_title(section: ReportSection) -> Msg {
    match section {
        ReportSection::DocumentControl => Msg::DocumentSection,
        ReportSection::Contents => Msg::ReportContents,
        ReportSection::Policy => Msg::PolicySection,
        ReportSection::Requirements => Msg::RequirementsTitle,
        ReportSection::Objectives => Msg::ReportEstablishTitle,
        ReportSection::ObjectiveDetails => Msg::ReportObjectivesTitle,
        ReportSection::Measurements => Msg::ReportMeasurementsTitle,
        ReportSection::Reviews => Msg::ReportReviewsTitle,
        ReportSection::Communications => Msg::ReportCommunicationsTitle,
        ReportSection::Revisions => Msg::ReportRevisionsTitle,
        ReportSection::Planning => Msg::ReportPlanTitle,
        ReportSection::Resources => Msg::ReportResourcesTitle,
        ReportSection::Approvals => Msg::ReportApprovalsTitle,
        ReportSection::OffTrack => Msg::ReportOffTrackTitle,
        ReportSection::Summary => Msg::ReportSummaryTitle,
    }
}

/// "6.2.1 a) Consistent with the policy": how the pack names a clause item.
pub fn item_title(lang: Lang, item: CheckItem) -> String {
    format!("{} {}", item.clause(), item_label(item).text(lang))
}

pub fn date_or_not_set(lang: Lang, date: Option<NaiveDate>) -> String {
    date.map_or_else(|| Msg::NotSet.text(lang).to_string(), |d| d.to_string())
}

pub fn text_or_not_set(lang: Lang, text: &str) -> String {
    match text.trim() {
        "" => Msg::NotSet.text(lang).to_string(),
        text => text.to_string(),
    }
}

/// A cell's lines: one line as text, several as a list, none as "Nothing recorded".
pub fn lines_view(lang: Lang, lines: Vec<String>) -> AnyView {
    match lines.len() {
        0 => view! { <span class="report-none">{Msg::ReportNothingRecorded.text(lang)}</span> }
            .into_any(),
        1 => lines.into_iter().collect::<String>().into_any(),
        _ => view! {
            <ul class="report-lines">
                {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}

/// A table's column headers.
pub fn header_row(lang: Lang, columns: &[Msg]) -> impl IntoView {
    let cells = columns
        .iter()
        .map(|column| view! { <th scope="col">{column.text(lang)}</th> })
        .collect_view();
    view! { <thead><tr>{cells}</tr></thead> }
}

/// Everything the pack shows, computed once per change.
#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    pub check: RegisterCheck,
    pub layout: ReportLayout,
}

/// What every part of the pack reads from.
pub struct Context<'a> {
    pub lang: Lang,
    pub today: NaiveDate,
    pub workspace: &'a Workspace,
    pub index: &'a HashMap<ObjectiveId, usize>,
    pub pack: &'a Pack,
}

impl<'a> Context<'a> {
    pub fn text(&self, msg: Msg) -> &'static str {
        msg.text(self.lang)
    }

    pub fn objective(&self, index: usize) -> Option<&'a Objective> {
        self.workspace.objectives.get(index)
    }

    pub fn code_of(&self, id: ObjectiveId) -> Option<&'a str> {
        let index = *self.index.get(&id)?;
        self.objective(index).map(|o| o.code.as_str())
    }

    /// "O1 Shorten service response time", the objective a plan row belongs to.
    pub fn objective_name(objective: &Objective) -> impl IntoView {
        view! {
            <th scope="row" class="report-text">
                <span class="report-code">{objective.code.clone()}</span>
                " "
                {objective.title.clone()}
            </th>
        }
    }
}
