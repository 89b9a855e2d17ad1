//! Native tests of Chinese wording met every day: the unfinished-draft message has no stray
//! spaces around its name, and the tree's keyboard help names keys as keys.
#![cfg(not(target_arch = "wasm32"))]

use sixtwo::i18n::{format, Lang, Msg};

#[test]
fn the_chinese_draft_message_has_no_stray_spaces_around_the_name() {
    let name = Msg::DraftNewObjective.text(Lang::ZhHans);
    let text = format(
        Lang::ZhHans,
        Msg::DraftFoundBody,
        &[("name", name), ("time", "2026-12-06 14:00")],
    );
    assert!(text.contains(&format!("“{name}”的")), "{text}");
    assert!(!text.contains("关于 "), "{text}");
    assert!(!text.contains(&format!("{name} ")), "{text}");
}

#[test]
fn the_chinese_tree_help_names_keys_in_chinese() {
    let help = Msg::TreeHelp.text(Lang::ZhHans);
    assert!(!help.contains("Enter"), "{help}");
    assert!(help.contains("回车键"), "{help}");
    assert!(
        help.contains("Home 键") && help.contains("End 键"),
        "{help}"
    );
}
