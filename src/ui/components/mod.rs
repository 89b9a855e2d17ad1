//! Generic widgets that know nothing of objectives or clause 6.2: fields, choices, icons,
//! dialogs, page headings, windowed lists and the formatting of numbers and dates.

pub mod banner;
pub mod dialogs;
pub mod form;
pub mod format;
pub mod late_focus;
pub mod page;
pub mod reactive;
pub mod scroll;
pub mod show_all;
pub mod shown;
pub mod side_choice;
pub mod split_code;
pub mod virtual_window;
pub mod widgets;
