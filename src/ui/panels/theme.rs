//! The header's colour scheme menu: System (the browser's `prefers-color-scheme`), Light or
//! Dark, kept in the preferences and written on `<html data-theme>` by the app.

use crate::app::AppState;
use crate::i18n::Msg;
use crate::storage::prefs::Theme;
use crate::ui::components::widgets::t;
use leptos::prelude::*;

const THEME_MENU_ID: &str = "theme-menu";

fn theme_label(theme: Theme) -> Msg {
    match theme {
        Theme::System => Msg::ThemeSystem,
        Theme::Light => Msg::ThemeLight,
        Theme::Dark => Msg::ThemeDark,
    }
}

#[component]
pub fn ThemeMenu() -> impl IntoView {
    let state = AppState::expect();
    let current = state.theme.get_untracked();
    let options = Theme::ALL
        .into_iter()
        .map(|theme| {
            view! {
                <option value=theme.tag() selected=theme == current>
                    {t(theme_label(theme))}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="lang-menu">
            <label class="lang-menu__label" for=THEME_MENU_ID>{t(Msg::ThemeLabel)}</label>
            <select
                id=THEME_MENU_ID
                class="lang-menu__select"
                on:change=move |event| {
                    if let Some(theme) = Theme::from_tag(&event_target_value(&event)) {
                        state.set_theme(theme);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}
