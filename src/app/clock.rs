//! The current time and today's local date: from the browser in the app, from the system in
//! native tests. Domain code never reads the clock; it is handed these values.

use crate::domain::Timestamp;
use chrono::NaiveDate;

/// Now, to the second.
#[cfg(target_arch = "wasm32")]
pub fn now() -> Timestamp {
    Timestamp::from_unix_millis(js_sys::Date::now())
}

/// Today in the user's time zone.
#[cfg(target_arch = "wasm32")]
pub fn today() -> NaiveDate {
    let date = js_sys::Date::new_0();
    // getMonth() is 0-based; getDate() is the day of the month, both in local time.
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> Timestamp {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Timestamp::from_unix_seconds(seconds)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> NaiveDate {
    now().date().unwrap_or_default()
}

/// `at` as a local wall-clock time ("14:05"), for the save indicator.
#[cfg(target_arch = "wasm32")]
pub fn local_time(at: Timestamp) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.unix_seconds() as f64 * 1000.0,
    ));
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// `at` as a local date and time ("2026-11-24 14:05").
#[cfg(target_arch = "wasm32")]
pub fn local_date_time(at: Timestamp) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.unix_seconds() as f64 * 1000.0,
    ));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

#[cfg(not(target_arch = "wasm32"))]
pub fn local_time(at: Timestamp) -> String {
    let text = at.to_string();
    text.get(11..16).unwrap_or(&text).to_string()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn local_date_time(at: Timestamp) -> String {
    let text = at.to_string();
    format!(
        "{} {}",
        text.get(..10).unwrap_or(&text),
        text.get(11..16).unwrap_or("")
    )
}
