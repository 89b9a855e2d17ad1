//! A field to focus once the page that holds it is in the document: a navigation to a view
//! whose code is still being fetched (`ui::rare_views`) finds no field yet, so the request is
//! kept until the frame focuses the page when it is shown.

use std::cell::RefCell;

thread_local! {
    static WANTED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Focuses element `id` if it is in the document; otherwise keeps it for [`take_wanted`].
pub fn focus_or_keep(id: String) {
    #[cfg(target_arch = "wasm32")]
    {
        let present = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .is_some();
        if present {
            crate::app::browser::focus_element(&id);
            return;
        }
    }
    WANTED.with(|wanted| *wanted.borrow_mut() = Some(id));
}

/// The field a navigation asked for and could not focus yet, once (the request is dropped
/// whether or not the page shown has it).
pub fn take_wanted() -> Option<String> {
    WANTED.with(|wanted| wanted.borrow_mut().take())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_not_in_the_document_is_kept_once() {
        focus_or_keep("kpi-1-name".to_string());
        assert_eq!(take_wanted().as_deref(), Some("kpi-1-name"));
        assert_eq!(take_wanted(), None);
    }
}
