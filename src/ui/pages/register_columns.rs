//! The register's columns: their keys, widths and labels, which of them are shown, and the
//! column chooser (a disclosure of checkboxes whose choice is kept in the preferences).

use crate::app::AppState;
use crate::i18n::Msg;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

/// A column of the register, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegisterColumn {
    Code,
    Title,
    Level,
    Status,
    Progress,
    Function,
    Owner,
    Parent,
    Kpis,
    Trend,
    Check,
}

/// The smallest width the title column gets, in rem; it takes whatever room is left.
const TITLE_MIN_REM: f64 = 14.0;

impl RegisterColumn {
    pub const ALL: [RegisterColumn; 11] = [
        RegisterColumn::Code,
        RegisterColumn::Title,
        RegisterColumn::Level,
        RegisterColumn::Status,
        RegisterColumn::Progress,
        RegisterColumn::Function,
        RegisterColumn::Owner,
        RegisterColumn::Parent,
        RegisterColumn::Kpis,
        RegisterColumn::Trend,
        RegisterColumn::Check,
    ];

    /// The key stored in the preferences and used in the cells' class names (`col-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            RegisterColumn::Code => "code",
            RegisterColumn::Title => "title",
            RegisterColumn::Level => "level",
            RegisterColumn::Status => "status",
            RegisterColumn::Progress => "progress",
            RegisterColumn::Function => "function",
            RegisterColumn::Owner => "owner",
            RegisterColumn::Parent => "parent",
            RegisterColumn::Kpis => "kpis",
            RegisterColumn::Trend => "trend",
            RegisterColumn::Check => "check",
        }
    }

    /// The code names the row and links to it, the title says what it is: both always show.
    pub fn can_hide(self) -> bool {
        !matches!(self, RegisterColumn::Code | RegisterColumn::Title)
    }

    /// The column's fixed width in rem (the title's is its minimum).
    pub fn width_rem(self) -> f64 {
        match self {
            RegisterColumn::Code => 5.0,
            RegisterColumn::Title => TITLE_MIN_REM,
            RegisterColumn::Level => 7.5,
            RegisterColumn::Status => 7.0,
            RegisterColumn::Progress => 10.0,
            RegisterColumn::Function => 8.0,
            RegisterColumn::Owner => 7.5,
            RegisterColumn::Parent => 5.0,
            RegisterColumn::Kpis => 3.5,
            RegisterColumn::Trend => 5.5,
            RegisterColumn::Check => 6.0,
        }
    }

    pub fn label(self) -> Msg {
        match self {
            RegisterColumn::Code => Msg::ColumnCode,
            RegisterColumn::Title => Msg::ColumnTitle,
            RegisterColumn::Level => Msg::ColumnLevel,
            RegisterColumn::Status => Msg::ColumnStatus,
            RegisterColumn::Progress => Msg::ColumnProgress,
            RegisterColumn::Function => Msg::ColumnFunction,
            RegisterColumn::Owner => Msg::ColumnOwner,
            RegisterColumn::Parent => Msg::ColumnParent,
            RegisterColumn::Kpis => Msg::ColumnKpis,
            RegisterColumn::Trend => Msg::ColumnTrend,
            RegisterColumn::Check => Msg::ColumnCheck,
        }
    }
}

/// Whether `column` shows, given the hidden keys (unknown keys are ignored; the code and the
/// title always show).
pub fn column_shown(column: RegisterColumn, hidden: &[String]) -> bool {
    !column.can_hide() || !hidden.iter().any(|key| key == column.key())
}

/// The table's class: `register` and one `hide-<key>` per hidden column (the cells of hidden
/// columns are hidden by the style sheet, so choosing columns never re-renders the rows).
pub fn table_class(hidden: &[String]) -> String {
    let mut class = String::from("register");
    for column in RegisterColumn::ALL {
        if !column_shown(column, hidden) {
            class.push_str(" hide-");
            class.push_str(column.key());
        }
    }
    class
}

/// The table's minimum width in rem: the shown columns' widths with the title's minimum.
/// Narrower windows scroll the table sideways inside its own box.
pub fn table_min_width_rem(hidden: &[String]) -> f64 {
    RegisterColumn::ALL
        .into_iter()
        .filter(|&column| column_shown(column, hidden))
        .map(RegisterColumn::width_rem)
        .sum()
}

/// A disclosure with one labelled checkbox per column that can be hidden.
#[component]
pub fn ColumnChooser() -> impl IntoView {
    let state = AppState::expect();
    let hidden = state.register_hidden;
    let choices = RegisterColumn::ALL
        .into_iter()
        .filter(|column| column.can_hide())
        .map(|column| {
            let id = format!("register-column-{}", column.key());
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || hidden.with(|h| column_shown(column, h))
                        on:change=move |ev| state.set_register_column_shown(column.key(), event_target_checked(&ev))
                    />
                    <label for=id>{t(column.label())}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="column-chooser" data-testid="column-chooser">
            <summary>{t(Msg::RegisterColumnsChoose)}</summary>
            <fieldset>
                <legend>{t(Msg::RegisterColumnsShown)}</legend>
                <ul>{choices}</ul>
            </fieldset>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_shows_by_default() {
        assert!(RegisterColumn::ALL
            .into_iter()
            .all(|column| column_shown(column, &[])));
        assert_eq!(table_class(&[]), "register");
    }

    #[test]
    fn hidden_columns_are_hidden_but_code_and_title_always_show() {
        let hidden = vec![
            "owner".to_string(),
            "title".into(),
            "code".into(),
            "nonsense".into(),
        ];
        assert!(!column_shown(RegisterColumn::Owner, &hidden));
        assert!(column_shown(RegisterColumn::Title, &hidden));
        assert!(column_shown(RegisterColumn::Code, &hidden));
        assert_eq!(table_class(&hidden), "register hide-owner");
    }

    #[test]
    fn the_table_fits_a_1366_pixel_window_with_every_column() {
        // 1366 px less a scroll bar (about 15 px) and main's padding (1.5rem each side).
        let all = table_min_width_rem(&[]);
        assert!(
            all * 16.0 <= 1366.0 - 15.0 - 48.0,
            "{all}rem does not fit 1366 px"
        );
        let fewer = table_min_width_rem(&["progress".to_string()]);
        assert_eq!(all - fewer, RegisterColumn::Progress.width_rem());
    }
}
