//! The texts `index.html` shows before the app runs are the catalogue's messages, in both
//! languages: the page cannot read the catalogue, so this test keeps the two equal.

use sixtwo::i18n::{Lang, Msg};

fn index_html() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {path}: {error}"))
}

fn assert_shown_in_both_languages(html: &str, message: Msg) {
    let english = format!("<p>{}</p>", message.text(Lang::En));
    let chinese = format!("<p lang=\"zh-Hans\">{}</p>", message.text(Lang::ZhHans));
    assert!(html.contains(&english), "index.html lacks {english}");
    assert!(html.contains(&chinese), "index.html lacks {chinese}");
}

#[test]
fn the_opening_notice_is_the_catalogues_message_in_both_languages() {
    assert_shown_in_both_languages(&index_html(), Msg::PageOpening);
}

#[test]
fn the_still_opening_notice_is_the_catalogues_message_in_both_languages() {
    let html = index_html();
    let late = html
        .split("<div class=\"app-opening__late\">")
        .nth(1)
        .and_then(|rest| rest.split("</div>").next())
        .unwrap_or_else(|| panic!("index.html has no app-opening__late block"));
    assert_shown_in_both_languages(late, Msg::PageOpeningLate);
}

#[test]
fn the_no_javascript_notice_is_the_catalogues_message_in_both_languages() {
    assert_shown_in_both_languages(&index_html(), Msg::PageNoscript);
}
