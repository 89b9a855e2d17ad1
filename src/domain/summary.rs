//! Language-neutral summaries of numbers and KPI targets ("MTTR ≤ 15 minutes"), shared by
//! the views and the exported files.

use super::model::{Boundary, Direction, Kpi};

/// A number as people write it: no trailing ".0", no exponent for everyday values (the text of
/// `format!("{value}")`, written without `core::fmt`'s float code: `float_text`).
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        super::float_text::display(value)
    }
}

/// "≥ 90 %", "< 15 minutes", "75–85 %", "≤ 2027-06-30" for a milestone: the target with its
/// direction and boundary, or "" without one.
pub fn kpi_target(kpi: &Kpi) -> String {
    let unit = if kpi.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", kpi.unit)
    };
    let (above, under) = match kpi.boundary {
        Boundary::Inclusive => ("≥", "≤"),
        Boundary::Exclusive => (">", "<"),
    };
    match (kpi.direction, kpi.target, kpi.target_upper) {
        // Achieved on or before its target date.
        (Direction::Milestone, _, _) => kpi
            .target_date
            .map(|date| format!("≤ {date}"))
            .unwrap_or_default(),
        (Direction::Range, Some(low), Some(high)) => {
            format!("{}–{}{unit}", number(low), number(high))
        }
        (Direction::HigherIsBetter, Some(target), _) => {
            format!("{above} {}{unit}", number(target))
        }
        (Direction::LowerIsBetter, Some(target), _) => {
            format!("{under} {}{unit}", number(target))
        }
        (Direction::Range, Some(low), None) => format!("≥ {}{unit}", number(low)),
        (Direction::Range, None, Some(high)) => format!("≤ {}{unit}", number(high)),
        (_, None, _) => String::new(),
    }
}

/// "MTTR ≤ 15 minutes": a KPI's name and target for summaries.
pub fn kpi_summary(kpi: &Kpi) -> String {
    let target = kpi_target(kpi);
    if target.is_empty() {
        kpi.name.clone()
    } else {
        format!("{} {target}", kpi.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::KpiId;

    fn kpi(direction: Direction, target: Option<f64>, upper: Option<f64>, unit: &str) -> Kpi {
        Kpi {
            direction,
            target,
            target_upper: upper,
            unit: unit.into(),
            ..Kpi::named(KpiId::new(&mut SequentialIds::default()), "MTTR")
        }
    }

    #[test]
    fn numbers_drop_needless_decimals() {
        assert_eq!(number(15.0), "15");
        assert_eq!(number(99.99), "99.99");
        assert_eq!(number(-0.5), "-0.5");
    }

    #[test]
    fn targets_show_their_direction() {
        assert_eq!(
            kpi_summary(&kpi(Direction::LowerIsBetter, Some(15.0), None, "min")),
            "MTTR ≤ 15 min"
        );
        assert_eq!(
            kpi_target(&kpi(Direction::HigherIsBetter, Some(90.0), None, "%")),
            "≥ 90 %"
        );
        assert_eq!(
            kpi_target(&kpi(Direction::Range, Some(75.0), Some(85.0), "%")),
            "75–85 %"
        );
        assert_eq!(
            kpi_summary(&kpi(Direction::HigherIsBetter, None, None, "")),
            "MTTR"
        );
    }

    #[test]
    fn exclusive_targets_and_milestones_show_their_boundary() {
        let mut under = kpi(Direction::LowerIsBetter, Some(15.0), None, "min");
        under.boundary = Boundary::Exclusive;
        assert_eq!(kpi_target(&under), "< 15 min");
        let mut above = kpi(Direction::HigherIsBetter, Some(90.0), None, "%");
        above.boundary = Boundary::Exclusive;
        assert_eq!(kpi_target(&above), "> 90 %");
        let mut milestone = kpi(Direction::Milestone, None, None, "");
        assert_eq!(kpi_target(&milestone), "");
        milestone.target_date = chrono::NaiveDate::from_ymd_opt(2027, 6, 30);
        assert_eq!(kpi_summary(&milestone), "MTTR ≤ 2027-06-30");
    }
}
