//! A KPI read as one sentence in the user's language ("Reduce MTTR from 40 to at most 15
//! minutes by 2027-06-30."), written from its direction and boundary: at most (≤), under (<),
//! at least (≥), above (>), between two values (a range), or a milestone due by a date.
//!
//! Values carry their unit where the language puts it: after the number ("15 minutes",
//! "90 %", "15 分钟", "90%"), before it for a currency sign ("€50"). In English a name that
//! starts with an ordinary capitalised word is lower-cased in mid-sentence ("first response
//! time"), acronyms and names such as "MTTR" or "McKinsey score" are kept. Chinese templates
//! hold no spaces: one space is put where Chinese meets Latin letters or digits, and nowhere
//! else, so an empty part (no date, no unit) never leaves a stray space.

use super::{fill, Lang, Msg};
use crate::domain::model::{Boundary, Direction, Kpi};

/// Signs written before the number.
const PREFIX_UNITS: [&str; 8] = ["€", "$", "£", "¥", "￥", "₹", "₩", "US$"];

/// Whether `c` is a Chinese character (ideographs of the basic and extension A blocks).
fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Whether `c` is what a Chinese text sets apart with a space: Latin letters, digits and the
/// signs that stick to a number.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '%' | '€' | '$' | '£')
}

/// Fills `template` like [`fill`], then puts one space wherever a Chinese character and a
/// Latin letter or digit meet at the edge of a filled value.
fn fill_spaced(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut push = |piece: &str| {
        let (Some(before), Some(after)) = (out.chars().last(), piece.chars().next()) else {
            out.push_str(piece);
            return;
        };
        if (is_han(before) && is_latin(after)) || (is_latin(before) && is_han(after)) {
            out.push(' ');
        }
        out.push_str(piece);
    };
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        push(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            push(&rest[open..]);
            rest = "";
            break;
        };
        let name = &after[..close];
        match args.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => push(value),
            None => push(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    push(rest);
    out
}

fn sentence(lang: Lang, msg: Msg, args: &[(&str, &str)]) -> String {
    match lang {
        Lang::ZhHans => fill_spaced(msg.text(lang), args),
        _ => fill(msg.text(lang), args),
    }
}

/// Whether `unit` is written before the number.
fn is_prefix(unit: &str) -> bool {
    PREFIX_UNITS.contains(&unit)
}

/// `number` with `unit` where `lang` puts it: "15 minutes", "90 %" (English keeps a space
/// before the per cent sign, as the rest of SixTwo does), "90%" and "15 分钟" in Chinese, "€50"
/// in both.
pub fn amount(lang: Lang, number: &str, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() {
        number.to_string()
    } else if is_prefix(unit) {
        format!("{unit}{number}")
    } else if lang == Lang::ZhHans && unit.starts_with('%') {
        format!("{number}{unit}")
    } else {
        format!("{number} {unit}")
    }
}

/// The KPI's name as it stands in mid-sentence: in English an ordinary capitalised first word
/// ("First response time") is lower-cased; acronyms, mixed-case names and other languages are
/// kept.
pub fn name_in_sentence(lang: Lang, name: &str) -> String {
    let name = name.trim();
    if lang == Lang::ZhHans {
        return name.to_string();
    }
    let first_word = name.split_whitespace().next().unwrap_or_default();
    let mut chars = first_word.chars();
    let ordinary = chars.next().is_some_and(|c| c.is_uppercase())
        && chars.clone().next().is_some_and(|c| c.is_lowercase())
        && chars.all(|c| !c.is_uppercase());
    if !ordinary {
        return name.to_string();
    }
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `text` with its first letter capitalised, for a name that starts a sentence.
fn capitalised(lang: Lang, text: &str) -> String {
    let text = text.trim();
    if lang == Lang::ZhHans {
        return text.to_string();
    }
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A KPI read as a sentence, or `None` while it has no target (a milestone always has one).
pub fn kpi_sentence(lang: Lang, kpi: &Kpi, number: impl Fn(f64) -> String) -> Option<String> {
    let when = kpi
        .target_date
        .map(|date| sentence(lang, Msg::PreviewWhen, &[("date", &date.to_string())]))
        .unwrap_or_default();
    if kpi.direction == Direction::Milestone {
        let name = capitalised(lang, &kpi.name);
        return Some(sentence(
            lang,
            Msg::PreviewMilestone,
            &[("name", &name), ("when", &when)],
        ));
    }
    let name = name_in_sentence(lang, &kpi.name);
    let unit = kpi.unit.trim();
    let with_unit = |value: f64| amount(lang, &number(value), unit);
    // The starting value carries the unit only when it is written first ("from €40 to…");
    // otherwise the unit at the end serves both ("from 40 to at most 15 minutes").
    let from = |value: f64| {
        if is_prefix(unit) {
            with_unit(value)
        } else {
            number(value)
        }
    };
    let target = kpi.target?;
    let baseline = kpi.baseline.map(from);
    let exclusive = kpi.boundary == Boundary::Exclusive;
    let (msg, args): (Msg, Vec<(&str, String)>) = match (kpi.direction, baseline) {
        (Direction::Range, baseline) => {
            let high = kpi.target_upper?;
            let msg = match (&baseline, kpi.target_date) {
                (Some(_), _) => Msg::PreviewRangeFrom,
                (None, Some(_)) => Msg::PreviewRangeTo,
                (None, None) => Msg::PreviewRange,
            };
            let mut args = vec![("low", from(target)), ("high", with_unit(high))];
            args.extend(baseline.map(|b| ("baseline", b)));
            (msg, args)
        }
        (Direction::LowerIsBetter, Some(baseline)) => (
            if exclusive {
                Msg::PreviewLowerFromUnder
            } else {
                Msg::PreviewLowerFrom
            },
            vec![("baseline", baseline), ("target", with_unit(target))],
        ),
        (Direction::LowerIsBetter, None) => (
            if exclusive {
                Msg::PreviewLowerUnder
            } else {
                Msg::PreviewLowerTo
            },
            vec![("target", with_unit(target))],
        ),
        (Direction::HigherIsBetter, Some(baseline)) => (
            if exclusive {
                Msg::PreviewHigherFromAbove
            } else {
                Msg::PreviewHigherFrom
            },
            vec![("baseline", baseline), ("target", with_unit(target))],
        ),
        (Direction::HigherIsBetter, None) => (
            if exclusive {
                Msg::PreviewHigherAbove
            } else {
                Msg::PreviewHigherTo
            },
            vec![("target", with_unit(target))],
        ),
        (Direction::Milestone, _) => return None,
    };
    let mut all: Vec<(&str, &str)> = vec![("name", &name), ("when", &when)];
    all.extend(args.iter().map(|(key, value)| (*key, value.as_str())));
    Some(sentence(lang, msg, &all))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::KpiId;
    use chrono::NaiveDate;

    fn number(value: f64) -> String {
        crate::domain::summary::number(value)
    }

    fn kpi(name: &str, direction: Direction, unit: &str) -> Kpi {
        Kpi {
            unit: unit.into(),
            direction,
            target_date: NaiveDate::from_ymd_opt(2027, 6, 30),
            ..Kpi::named(KpiId::new(&mut SequentialIds::default()), name)
        }
    }

    fn both(kpi: &Kpi) -> (String, String) {
        (
            kpi_sentence(Lang::En, kpi, number).unwrap_or_default(),
            kpi_sentence(Lang::ZhHans, kpi, number).unwrap_or_default(),
        )
    }

    #[test]
    fn lower_is_better_says_at_most_or_under_from_the_boundary() {
        let mut mttr = Kpi {
            baseline: Some(40.0),
            target: Some(15.0),
            ..kpi("MTTR", Direction::LowerIsBetter, "minutes")
        };
        assert_eq!(
            both(&mttr),
            (
                "Reduce MTTR from 40 to at most 15 minutes by 2027-06-30.".into(),
                "在 2027-06-30 前将 MTTR 从 40 降至不超过 15 minutes。".into()
            )
        );
        mttr.boundary = Boundary::Exclusive;
        mttr.unit = "分钟".into();
        assert_eq!(
            both(&mttr),
            (
                "Reduce MTTR from 40 to under 15 分钟 by 2027-06-30.".into(),
                "在 2027-06-30 前将 MTTR 从 40 降至低于 15 分钟。".into()
            )
        );
        mttr.baseline = None;
        mttr.target_date = None;
        mttr.unit = "min".into();
        assert_eq!(
            both(&mttr),
            (
                "Bring MTTR under 15 min.".into(),
                "使 MTTR 低于 15 min。".into()
            )
        );
        mttr.boundary = Boundary::Inclusive;
        assert_eq!(
            both(&mttr),
            (
                "Bring MTTR to at most 15 min.".into(),
                "使 MTTR 不超过 15 min。".into()
            )
        );
    }

    #[test]
    fn higher_is_better_says_at_least_or_above_with_percentages() {
        let mut fix = Kpi {
            baseline: Some(70.0),
            target: Some(90.0),
            ..kpi("First-time fix rate", Direction::HigherIsBetter, "%")
        };
        assert_eq!(
            both(&fix),
            (
                "Raise first-time fix rate from 70 to at least 90 % by 2027-06-30.".into(),
                "在 2027-06-30 前将 First-time fix rate 从 70 提升至不低于 90%。".into()
            )
        );
        fix.name = "首次解决率".into();
        fix.boundary = Boundary::Exclusive;
        fix.baseline = None;
        assert_eq!(
            both(&fix),
            (
                "Bring 首次解决率 above 90 % by 2027-06-30.".into(),
                "在 2027-06-30 前使首次解决率高于 90%。".into()
            )
        );
        fix.boundary = Boundary::Inclusive;
        assert_eq!(
            both(&fix).1,
            "在 2027-06-30 前使首次解决率不低于 90%。".to_string()
        );
        // A unit that begins with the per cent sign stays on the number in Chinese.
        let downtime = Kpi {
            target: Some(0.01),
            baseline: Some(0.05),
            ..kpi(
                "计划外停机时间",
                Direction::LowerIsBetter,
                "%（占服务时间）",
            )
        };
        assert_eq!(
            both(&downtime).1,
            "在 2027-06-30 前将计划外停机时间从 0.05 降至不超过 0.01%（占服务时间）。".to_string()
        );
    }

    #[test]
    fn a_range_says_between_and_a_currency_sign_goes_first() {
        let mut utilisation = Kpi {
            target: Some(75.0),
            target_upper: Some(85.0),
            ..kpi("Resource utilisation", Direction::Range, "%")
        };
        assert_eq!(
            both(&utilisation),
            (
                "Bring resource utilisation to between 75 and 85 % by 2027-06-30.".into(),
                "在 2027-06-30 前使 Resource utilisation 保持在 75 至 85% 之间。".into()
            )
        );
        utilisation.baseline = Some(60.0);
        assert_eq!(
            both(&utilisation).0,
            "Bring resource utilisation from 60 to between 75 and 85 % by 2027-06-30.".to_string()
        );
        utilisation.baseline = None;
        utilisation.target_date = None;
        assert_eq!(
            both(&utilisation).0,
            "Keep resource utilisation between 75 and 85 %.".to_string()
        );
        let cost = Kpi {
            baseline: Some(50_000.0),
            target: Some(40_000.0),
            ..kpi("Cost per ticket", Direction::LowerIsBetter, "€")
        };
        assert_eq!(
            both(&cost),
            (
                "Reduce cost per ticket from €50000 to at most €40000 by 2027-06-30.".into(),
                "在 2027-06-30 前将 Cost per ticket 从 €50000 降至不超过 €40000。".into()
            )
        );
    }

    #[test]
    fn a_milestone_is_due_by_its_date() {
        let mut audit = kpi("certification audit passed", Direction::Milestone, "");
        assert_eq!(
            both(&audit),
            (
                "Certification audit passed by 2027-06-30.".into(),
                "在 2027-06-30 前达成：certification audit passed。".into()
            )
        );
        audit.name = "通过认证审核".into();
        audit.target_date = None;
        assert_eq!(both(&audit).1, "达成：通过认证审核。".to_string());
    }

    #[test]
    fn names_are_lower_cased_only_when_they_start_with_an_ordinary_word() {
        assert_eq!(
            name_in_sentence(Lang::En, "First response time"),
            "first response time"
        );
        assert_eq!(name_in_sentence(Lang::En, "MTTR"), "MTTR");
        assert_eq!(
            name_in_sentence(Lang::En, "SLA achievement"),
            "SLA achievement"
        );
        assert_eq!(
            name_in_sentence(Lang::En, "McKinsey index"),
            "McKinsey index"
        );
        assert_eq!(name_in_sentence(Lang::En, "iPhone sales"), "iPhone sales");
        assert_eq!(name_in_sentence(Lang::ZhHans, "SLA达成率"), "SLA达成率");
    }

    #[test]
    fn without_a_target_there_is_no_sentence() {
        let vague = kpi("Happier customers", Direction::HigherIsBetter, "");
        assert_eq!(kpi_sentence(Lang::En, &vague, number), None);
        let half_range = Kpi {
            target: Some(1.0),
            ..kpi("Load", Direction::Range, "")
        };
        assert_eq!(kpi_sentence(Lang::En, &half_range, number), None);
    }

    #[test]
    fn chinese_sentences_have_no_stray_or_double_spaces() {
        for direction in Direction::ALL {
            for boundary in Boundary::ALL {
                for (unit, baseline, date) in [
                    ("", None, None),
                    ("%", Some(3.0), NaiveDate::from_ymd_opt(2027, 1, 1)),
                    ("分钟", Some(3.0), None),
                    ("minutes", None, NaiveDate::from_ymd_opt(2027, 1, 1)),
                    ("€", Some(3.0), None),
                ] {
                    let k = Kpi {
                        unit: unit.into(),
                        baseline,
                        target: Some(5.0),
                        target_upper: Some(9.0),
                        direction,
                        boundary,
                        target_date: date,
                        ..Kpi::named(KpiId::new(&mut SequentialIds::default()), "平均恢复时间")
                    };
                    for lang in [Lang::En, Lang::ZhHans] {
                        let text = kpi_sentence(lang, &k, number).unwrap_or_default();
                        assert!(!text.contains("  "), "{text}");
                        assert!(!text.contains(" 。") && !text.contains(" ."), "{text}");
                        assert!(!text.starts_with(' '), "{text}");
                    }
                    let zh = kpi_sentence(Lang::ZhHans, &k, number).unwrap_or_default();
                    // Spaces only where Chinese meets Latin letters or digits, and between a
                    // number and a unit written in letters ("5 minutes").
                    let chars: Vec<char> = zh.chars().collect();
                    for (i, c) in chars.iter().enumerate() {
                        if *c == ' ' {
                            let (a, b) = (chars[i - 1], chars[i + 1]);
                            assert!(
                                (is_han(a) && is_latin(b))
                                    || (is_latin(a) && is_han(b))
                                    || (a.is_ascii_digit() && b.is_alphabetic()),
                                "{zh}"
                            );
                        }
                    }
                }
            }
        }
    }
}
