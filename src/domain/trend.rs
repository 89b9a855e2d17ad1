//! The geometry and the summary of a KPI's trend: its measurements in date order, the scales
//! that map dates and values to a chart's pixels (always keeping the target and the baseline in
//! view), the value line, the target line or band, a few axis ticks, the tiny sparkline, and
//! whether the KPI is improving, taking its direction into account.
//!
//! Pure numbers only: the views turn these into SVG and format the dates and values. Every
//! coordinate is finite whatever the values (even near the largest `f64`): differences of
//! huge values are taken of their halves, and anything that still overflows is drawn in the
//! middle rather than as NaN.

use super::model::{Direction, Kpi, Measurement};
use super::progress::{meets_target, shortfall, MILESTONE_ACHIEVED};
use super::summary::number;
use chrono::NaiveDate;

/// At most this many value ticks (and so gridlines) on a chart.
const MAX_VALUE_TICKS: usize = 6;
/// Room for one date label on the x axis, in pixels: fewer ticks on narrow charts, and the
/// measurement dates themselves only when their labels fit side by side.
const DATE_LABEL_ROOM: f64 = 100.0;
/// At most this many date ticks on a chart, however wide.
const MAX_DATE_TICKS: usize = 6;
/// Rough width of one character of an axis label, in pixels, to make room for the labels.
const LABEL_CHAR_WIDTH: f64 = 7.0;
/// Space between the outermost points and the plot's left and right edges, in pixels.
const X_INSET: f64 = 10.0;

/// A KPI's finite measurements in date order; two on the same day stay in the order they were
/// recorded, so the last one is the latest (as in [`super::progress::latest_measurement`]).
pub fn series(kpi: &Kpi) -> Vec<&Measurement> {
    let mut measurements: Vec<&Measurement> = kpi
        .measurements
        .iter()
        .filter(|m| m.value.is_finite())
        .collect();
    // A stable sort keeps the recording order within a day.
    crate::domain::sorting::sort_by_key(&mut measurements, |m| m.date);
    measurements
}

/// Which way a KPI has moved from its first measurement to its latest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trend {
    /// Closer to the target: up for higher-is-better, down for lower-is-better, towards the
    /// range for a range.
    Improving,
    /// Further from the target.
    Worsening,
    /// No change that matters: the same value, or (for a range) as far from it as before.
    Steady,
    /// Up, for a range KPI with no range set (neither better nor worse).
    Rising,
    /// Down, for a range KPI with no range set.
    Falling,
}

/// What a KPI's measurements say, for the chart's summary, the sparkline's text and the table.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendSummary {
    pub count: usize,
    pub first_date: NaiveDate,
    pub first_value: f64,
    pub latest_date: NaiveDate,
    pub latest_value: f64,
    /// Whether the latest value meets the target; `None` without a target.
    pub meets_target: Option<bool>,
    /// How far the latest value is from the target when it does not meet it.
    pub gap: Option<f64>,
    /// From the first measurement to the latest; `None` with a single measurement.
    pub trend: Option<Trend>,
}

/// Values closer than this share of their size count as equal (floating-point noise, such as
/// 0.1 + 0.2 against 0.3).
const SAME_VALUE: f64 = 1e-9;

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= SAME_VALUE * a.abs().max(b.abs()).max(1.0)
}

/// How the KPI moved from `first` to `latest`.
pub fn trend_between(kpi: &Kpi, first: f64, latest: f64) -> Trend {
    let judged = |before: f64, after: f64, lower_is_better: bool| {
        if same(before, after) {
            Trend::Steady
        } else if (after < before) == lower_is_better {
            Trend::Improving
        } else {
            Trend::Worsening
        }
    };
    match kpi.direction {
        Direction::HigherIsBetter | Direction::Milestone => judged(first, latest, false),
        Direction::LowerIsBetter => judged(first, latest, true),
        Direction::Range => match (shortfall(kpi, first), shortfall(kpi, latest)) {
            // The distance to the range counts, so lower is better.
            (Some(before), Some(after)) => judged(before, after, true),
            _ if same(first, latest) => Trend::Steady,
            _ if latest > first => Trend::Rising,
            _ => Trend::Falling,
        },
    }
}

/// The summary of a KPI's measurements; `None` when it has none.
pub fn summarise(kpi: &Kpi) -> Option<TrendSummary> {
    let points = series(kpi);
    let first = points.first()?;
    let latest = points.last()?;
    let meets = meets_target(kpi, latest.value);
    Some(TrendSummary {
        count: points.len(),
        first_date: first.date,
        first_value: first.value,
        latest_date: latest.date,
        latest_value: latest.value,
        meets_target: meets,
        gap: if meets == Some(false) {
            // The gap between values near the largest number is larger still: say the largest.
            shortfall(kpi, latest.value).map(|gap| gap.min(f64::MAX))
        } else {
            None
        },
        trend: (points.len() > 1).then(|| trend_between(kpi, first.value, latest.value)),
    })
}

/// Maps an interval of values (or day numbers) linearly onto an interval of pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    /// Where `value` falls in the range; the middle of the range when the domain is empty or
    /// not finite, so the result is always finite for a finite range.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let middle = r0 / 2.0 + r1 / 2.0;
        // Halves: the difference of two finite numbers can overflow, that of their halves not.
        let span = d1 / 2.0 - d0 / 2.0;
        if span == 0.0 || !span.is_finite() || !value.is_finite() {
            return middle;
        }
        let mapped = r0 + (value / 2.0 - d0 / 2.0) / span * (r1 - r0);
        if mapped.is_finite() {
            mapped
        } else {
            middle
        }
    }
}

/// A step between ticks that people read easily: 1, 2, 2.5 or 5 times a power of ten, giving
/// at most about `ticks` intervals over `span`.
fn nice_step(span: f64, ticks: usize) -> f64 {
    let raw = span / ticks.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let residual = raw / magnitude;
    let nice = if residual <= 1.0 {
        1.0
    } else if residual <= 2.0 {
        2.0
    } else if residual <= 2.5 {
        2.5
    } else if residual <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// Rounds a tick to the step's precision, so 3 × 0.1 reads 0.3 and not 0.30000000000000004.
fn round_to_step(value: f64, step: f64) -> f64 {
    let decimals = (-step.log10().floor() + 1.0).clamp(0.0, 12.0);
    let factor = 10f64.powf(decimals);
    let rounded = (value * factor).round() / factor;
    if rounded == 0.0 {
        0.0 // never "-0"
    } else {
        rounded
    }
}

/// The value axis for `values`: a padded domain on tick boundaries and its ticks.
///
/// Equal values (or a single one) get room above and below, so a flat line sits in the middle
/// instead of on an edge.
pub fn value_axis(values: &[f64]) -> ((f64, f64), Vec<f64>) {
    let finite = || values.iter().copied().filter(|v| v.is_finite());
    let (Some(min), Some(max)) = (finite().reduce(f64::min), finite().reduce(f64::max)) else {
        return ((0.0, 1.0), vec![0.0, 1.0]);
    };
    let pad = if same(min, max) {
        if min == 0.0 {
            1.0
        } else {
            min.abs() * 0.1
        }
    } else {
        // 5 % of the span, from halves so that a span beyond the largest number stays finite.
        (max / 2.0 - min / 2.0) * 0.1
    };
    let (low, high) = ((min - pad).max(-f64::MAX), (max + pad).min(f64::MAX));
    let step = nice_step(high - low, MAX_VALUE_TICKS - 1);
    if !step.is_finite() || step <= 0.0 {
        // Values so large or so close that no tick step exists: show the extremes only.
        return ((low, high), vec![min, max]);
    }
    let first = (low / step).floor();
    let last = (high / step).ceil();
    let ends_finite = (first * step).is_finite() && (last * step).is_finite();
    if !ends_finite || !(last - first).is_finite() || last - first > 2.0 * MAX_VALUE_TICKS as f64 {
        return ((low, high), vec![min, max]);
    }
    let ticks: Vec<f64> = (0..=(last - first) as usize)
        .map(|k| round_to_step((first + k as f64) * step, step))
        .collect();
    ((first * step, last * step), ticks)
}

/// Dates shown on the x axis: the first and the last measurement date, and evenly spaced days
/// between them, at most `count` in all.
pub fn date_ticks(first: NaiveDate, last: NaiveDate, count: usize) -> Vec<NaiveDate> {
    let span = (last - first).num_days().max(0);
    let count = count.clamp(1, span as usize + 1);
    if count == 1 {
        return vec![first];
    }
    let mut ticks: Vec<NaiveDate> = (0..count)
        .filter_map(|i| {
            let offset = (span as f64 * i as f64 / (count - 1) as f64).round() as i64;
            first.checked_add_signed(chrono::Duration::days(offset))
        })
        .collect();
    ticks.dedup();
    ticks
}

/// The pixel box a chart draws in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

/// One measurement placed on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct PlotPoint {
    pub x: f64,
    pub y: f64,
    pub date: NaiveDate,
    pub value: f64,
}

/// A tick on an axis: what it marks and where, in pixels along that axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick<T> {
    pub value: T,
    pub position: f64,
}

/// How the target is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TargetMark {
    /// A single target value (higher or lower is better, or a range with one end set).
    Line { value: f64, y: f64 },
    /// A range: the band between its low and high end (`y_high` is above `y_low`).
    Band {
        low: f64,
        high: f64,
        y_low: f64,
        y_high: f64,
    },
}

/// Everything a trend chart draws, in pixels of a `width` × `height` view box.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartGeometry {
    pub width: f64,
    pub height: f64,
    /// Where the data is drawn; the axis labels sit outside it.
    pub plot: Rect,
    /// The measurements in date order.
    pub points: Vec<PlotPoint>,
    /// The points as SVG `points` text ("x,y x,y …").
    pub polyline: String,
    pub target: Option<TargetMark>,
    /// The baseline's value and height, when the KPI has one.
    pub baseline: Option<(f64, f64)>,
    pub date_ticks: Vec<Tick<NaiveDate>>,
    pub value_ticks: Vec<Tick<f64>>,
}

/// Pixels with one decimal: plenty for a screen and short in the document. Coordinates are
/// finite by construction; should one not be, it is drawn at 0 rather than as "NaN".
fn pixel(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.is_finite() {
        number(rounded)
    } else {
        "0".to_string()
    }
}

fn polyline(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    points
        .into_iter()
        .map(|(x, y)| format!("{},{}", pixel(x), pixel(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The values the value axis must show: the measurements, the target (both ends of a range)
/// and the baseline, so the target line is always in view.
fn values_in_view<'a>(kpi: &Kpi, points: impl IntoIterator<Item = &'a Measurement>) -> Vec<f64> {
    let mut values: Vec<f64> = points.into_iter().map(|m| m.value).collect();
    if kpi.direction == Direction::Milestone {
        // Not yet (0) and achieved (1) are both always in view.
        values.extend([0.0, MILESTONE_ACHIEVED]);
        return values;
    }
    values.extend(
        [kpi.target, target_upper(kpi), kpi.baseline]
            .into_iter()
            .flatten()
            .filter(|v| v.is_finite()),
    );
    values
}

/// The high end of a range; other directions have none.
fn target_upper(kpi: &Kpi) -> Option<f64> {
    (kpi.direction == Direction::Range)
        .then_some(kpi.target_upper)
        .flatten()
}

/// The trend chart of a KPI in a `width` × `height` view box; `None` without measurements.
pub fn chart(kpi: &Kpi, width: f64, height: f64) -> Option<ChartGeometry> {
    let measured = series(kpi);
    let first = measured.first()?.date;
    let last = measured.last()?.date;

    let (value_domain, value_ticks) = value_axis(&values_in_view(kpi, measured.iter().copied()));
    let widest_label = value_ticks
        .iter()
        .map(|v| number(*v).chars().count())
        .max()
        .unwrap_or(1);
    let plot = Rect {
        // Room for the labels, but never more than half the chart (a label of a huge value
        // must not push the plot off the drawing).
        left: (widest_label as f64 * LABEL_CHAR_WIDTH + 12.0).clamp(36.0, (width / 2.0).max(36.0)),
        top: 24.0,
        right: width - 16.0,
        bottom: height - 28.0,
    };
    let y = LinearScale {
        domain: value_domain,
        range: (plot.bottom, plot.top),
    };
    let span = (last - first).num_days();
    let x = LinearScale {
        // A single day sits in the middle.
        domain: if span == 0 {
            (-1.0, 1.0)
        } else {
            (0.0, span as f64)
        },
        range: (plot.left + X_INSET, plot.right - X_INSET),
    };
    let day = |date: NaiveDate| (date - first).num_days() as f64;

    let points: Vec<PlotPoint> = measured
        .iter()
        .map(|m| PlotPoint {
            x: x.map(day(m.date)),
            y: y.map(m.value),
            date: m.date,
            value: m.value,
        })
        .collect();
    let target = match (kpi.direction, kpi.target, target_upper(kpi)) {
        (Direction::Milestone, _, _) => Some(TargetMark::Line {
            value: MILESTONE_ACHIEVED,
            y: y.map(MILESTONE_ACHIEVED),
        }),
        (Direction::Range, Some(low), Some(high)) => {
            let (low, high) = (low.min(high), low.max(high));
            Some(TargetMark::Band {
                low,
                high,
                y_low: y.map(low),
                y_high: y.map(high),
            })
        }
        (_, Some(value), _) | (Direction::Range, None, Some(value)) => Some(TargetMark::Line {
            value,
            y: y.map(value),
        }),
        _ => None,
    };
    // Label the measurement dates when their labels fit; otherwise evenly spaced dates.
    let mut measured_dates: Vec<NaiveDate> = measured.iter().map(|m| m.date).collect();
    measured_dates.dedup();
    let labels_fit = measured_dates.len() <= MAX_DATE_TICKS
        && measured_dates
            .windows(2)
            .all(|pair| x.map(day(pair[1])) - x.map(day(pair[0])) >= DATE_LABEL_ROOM);
    let dates = if labels_fit {
        measured_dates
    } else {
        let count = (((plot.right - plot.left) / DATE_LABEL_ROOM).floor() as usize)
            .clamp(2, MAX_DATE_TICKS);
        date_ticks(first, last, count)
    };
    Some(ChartGeometry {
        width,
        height,
        plot,
        polyline: polyline(points.iter().map(|p| (p.x, p.y))),
        points,
        target,
        // A milestone has no baseline: it is achieved or not.
        baseline: kpi
            .baseline
            .filter(|b| b.is_finite() && kpi.direction != Direction::Milestone)
            .map(|b| (b, y.map(b))),
        date_ticks: dates
            .into_iter()
            .map(|date| Tick {
                value: date,
                position: x.map(day(date)),
            })
            .collect(),
        value_ticks: value_ticks
            .into_iter()
            .map(|value| Tick {
                value,
                position: y.map(value),
            })
            .collect(),
    })
}

/// A sparkline: the shape of the values only, in a small `width` × `height` box.
#[derive(Clone, Debug, PartialEq)]
pub struct SparklineGeometry {
    /// SVG `points` text; a single point when there is one measurement.
    pub polyline: String,
    /// The latest point, drawn as a dot.
    pub latest: (f64, f64),
}

/// The sparkline of a KPI; `None` without measurements. Its values fill the height (no
/// target): it shows the shape of the trend, the text next to it says where it stands.
pub fn sparkline(kpi: &Kpi, width: f64, height: f64) -> Option<SparklineGeometry> {
    const PAD: f64 = 2.0;
    let measured = series(kpi);
    let first = measured.first()?;
    let last = measured.last()?;
    let (min, max) = measured.iter().fold((f64::MAX, f64::MIN), |(lo, hi), m| {
        (lo.min(m.value), hi.max(m.value))
    });
    let y = LinearScale {
        domain: if same(min, max) {
            (0.0, 0.0)
        } else {
            (min, max)
        },
        range: (height - PAD, PAD),
    };
    let span = (last.date - first.date).num_days() as f64;
    let x = LinearScale {
        domain: (0.0, span),
        range: (PAD, width - PAD),
    };
    let point = |m: &Measurement| {
        (
            x.map((m.date - first.date).num_days() as f64),
            y.map(m.value),
        )
    };
    Some(SparklineGeometry {
        polyline: polyline(measured.iter().map(|m| point(m))),
        latest: point(last),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::SequentialIds;
    use crate::domain::{KpiId, RecordId};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn kpi(direction: Direction, target: Option<f64>, upper: Option<f64>) -> Kpi {
        Kpi {
            direction,
            target,
            target_upper: upper,
            ..Kpi::named(KpiId::new(&mut SequentialIds::default()), "K")
        }
    }

    fn measured(mut kpi: Kpi, values: &[(NaiveDate, f64)]) -> Kpi {
        let mut ids = SequentialIds::default();
        kpi.measurements = values
            .iter()
            .map(|(date, value)| Measurement {
                id: RecordId::new(&mut ids),
                date: *date,
                value: *value,
                note: String::new(),
                recorded_by: String::new(),
            })
            .collect();
        kpi
    }

    const W: f64 = 640.0;
    const H: f64 = 240.0;

    fn inside(plot: &Rect, x: f64, y: f64) -> bool {
        plot.left <= x && x <= plot.right && plot.top <= y && y <= plot.bottom
    }

    #[test]
    fn nothing_is_drawn_or_summarised_without_measurements() {
        let k = kpi(Direction::HigherIsBetter, Some(90.0), None);
        assert_eq!(chart(&k, W, H), None);
        assert_eq!(sparkline(&k, 60.0, 16.0), None);
        assert_eq!(summarise(&k), None);
        // Values that are not numbers are left out, as progress does.
        let k = measured(k, &[(date(2026, 1, 1), f64::NAN)]);
        assert_eq!(summarise(&k), None);
    }

    #[test]
    fn one_point_sits_in_the_middle_with_the_target_in_view() {
        let k = measured(
            kpi(Direction::HigherIsBetter, Some(90.0), None),
            &[(date(2026, 3, 31), 80.0)],
        );
        let g = chart(&k, W, H).expect("a chart");
        assert_eq!(g.points.len(), 1);
        let p = &g.points[0];
        let middle = (g.plot.left + g.plot.right) / 2.0;
        assert!((p.x - middle).abs() < 1e-9, "alone, in the middle");
        assert!(inside(&g.plot, p.x, p.y));
        let Some(TargetMark::Line { value, y }) = g.target else {
            panic!("a target line: {:?}", g.target)
        };
        assert_eq!(value, 90.0);
        assert!(y < p.y, "90 is drawn above 80");
        assert!(inside(&g.plot, p.x, y), "the target line is in the plot");
        assert_eq!(
            g.date_ticks.iter().map(|t| t.value).collect::<Vec<_>>(),
            [date(2026, 3, 31)]
        );
        let s = summarise(&k).expect("a summary");
        assert_eq!(s.count, 1);
        assert_eq!(s.trend, None, "one point has no trend");
        assert_eq!(s.meets_target, Some(false));
        assert_eq!(s.gap, Some(10.0));
        let spark = sparkline(&k, 60.0, 16.0).expect("a sparkline");
        assert_eq!(spark.polyline.split(' ').count(), 1);
    }

    #[test]
    fn equal_values_make_a_flat_line_with_room_around_it() {
        let k = measured(
            kpi(Direction::HigherIsBetter, None, None),
            &[
                (date(2026, 1, 1), 50.0),
                (date(2026, 2, 1), 50.0),
                (date(2026, 3, 1), 50.0),
            ],
        );
        let g = chart(&k, W, H).expect("a chart");
        let ys: Vec<f64> = g.points.iter().map(|p| p.y).collect();
        assert!(ys.iter().all(|y| (y - ys[0]).abs() < 1e-9), "flat");
        let middle = (g.plot.top + g.plot.bottom) / 2.0;
        assert!(
            (ys[0] - middle).abs() < (g.plot.bottom - g.plot.top) / 4.0,
            "near the middle, not on an edge: {} in {:?}",
            ys[0],
            g.plot
        );
        assert!(g.value_ticks.len() >= 2);
        assert!(g.value_ticks.first().map(|t| t.value) < Some(50.0));
        assert!(g.value_ticks.last().map(|t| t.value) > Some(50.0));
        assert_eq!(summarise(&k).and_then(|s| s.trend), Some(Trend::Steady));
        // Zero on its own still gets a span.
        let (domain, ticks) = value_axis(&[0.0, 0.0]);
        assert!(domain.0 < 0.0 && domain.1 > 0.0);
        assert!(ticks.contains(&0.0));
        let spark = sparkline(&k, 60.0, 16.0).expect("a sparkline");
        assert!(spark.polyline.split(' ').all(|p| p.ends_with(",8")));
    }

    #[test]
    fn negative_values_get_ticks_below_zero_and_no_negative_zero() {
        let k = measured(
            kpi(Direction::HigherIsBetter, Some(0.0), None),
            &[(date(2026, 1, 1), -12.5), (date(2026, 2, 1), -3.0)],
        );
        let g = chart(&k, W, H).expect("a chart");
        let ticks: Vec<f64> = g.value_ticks.iter().map(|t| t.value).collect();
        assert!(ticks.first().is_some_and(|t| *t <= -12.5), "{ticks:?}");
        assert!(ticks.last().is_some_and(|t| *t >= 0.0), "{ticks:?}");
        assert!(
            ticks.windows(2).all(|w| w[0] < w[1]),
            "increasing: {ticks:?}"
        );
        assert!(ticks.iter().all(|t| number(*t) != "-0"), "{ticks:?}");
        for p in &g.points {
            assert!(inside(&g.plot, p.x, p.y));
        }
        assert!(g.points[0].y > g.points[1].y, "-12.5 is drawn below -3");
        let s = summarise(&k).expect("a summary");
        assert_eq!(s.trend, Some(Trend::Improving));
        assert_eq!(s.gap, Some(3.0));
    }

    #[test]
    fn ticks_read_as_people_write_numbers() {
        let (_, ticks) = value_axis(&[0.1, 0.3]);
        for t in &ticks {
            assert!(number(*t).len() <= 5, "{t} reads {}", number(*t));
        }
        let (_, ticks) = value_axis(&[99.2, 99.95]);
        assert!(
            ticks.len() >= 2 && ticks.len() <= 2 * MAX_VALUE_TICKS,
            "{ticks:?}"
        );
        // Huge values still give usable, finite ticks.
        let (domain, ticks) = value_axis(&[-1e300, 1e300]);
        assert!(domain.0.is_finite() && domain.1.is_finite());
        assert!(ticks.iter().all(|t| t.is_finite()));
    }

    #[test]
    fn a_range_is_a_band_kept_in_view() {
        // Utilisation should stay between 75 and 85 %.
        let k = measured(
            kpi(Direction::Range, Some(75.0), Some(85.0)),
            &[
                (date(2026, 1, 1), 95.0),
                (date(2026, 2, 1), 90.0),
                (date(2026, 3, 1), 80.0),
            ],
        );
        let g = chart(&k, W, H).expect("a chart");
        let Some(TargetMark::Band {
            low,
            high,
            y_low,
            y_high,
        }) = g.target
        else {
            panic!("a band: {:?}", g.target)
        };
        assert_eq!((low, high), (75.0, 85.0));
        assert!(y_high < y_low, "the high end is drawn above the low end");
        assert!(inside(&g.plot, g.plot.left, y_low) && inside(&g.plot, g.plot.left, y_high));
        let s = summarise(&k).expect("a summary");
        assert_eq!(s.trend, Some(Trend::Improving), "into the range");
        assert_eq!(s.meets_target, Some(true));
        assert_eq!(s.gap, None);
        // Overshooting to the far side by more than the start distance is worse.
        let k = measured(
            kpi(Direction::Range, Some(75.0), Some(85.0)),
            &[(date(2026, 1, 1), 70.0), (date(2026, 2, 1), 100.0)],
        );
        assert_eq!(summarise(&k).and_then(|s| s.trend), Some(Trend::Worsening));
        assert_eq!(summarise(&k).and_then(|s| s.gap), Some(15.0));
        // Inside the range both times: steady.
        let k = measured(
            kpi(Direction::Range, Some(75.0), Some(85.0)),
            &[(date(2026, 1, 1), 76.0), (date(2026, 2, 1), 84.0)],
        );
        assert_eq!(summarise(&k).and_then(|s| s.trend), Some(Trend::Steady));
        // A range with one end set is a line; with none, the trend is only up or down.
        let k = measured(
            kpi(Direction::Range, None, Some(85.0)),
            &[(date(2026, 1, 1), 70.0)],
        );
        assert!(matches!(
            chart(&k, W, H).and_then(|g| g.target),
            Some(TargetMark::Line { value, .. }) if value == 85.0
        ));
        let k = measured(
            kpi(Direction::Range, None, None),
            &[(date(2026, 1, 1), 70.0), (date(2026, 2, 1), 60.0)],
        );
        assert_eq!(summarise(&k).and_then(|s| s.trend), Some(Trend::Falling));
        assert_eq!(chart(&k, W, H).and_then(|g| g.target), None);
    }

    #[test]
    fn the_target_and_the_baseline_stay_in_view_far_from_the_values() {
        let mut k = measured(
            kpi(Direction::HigherIsBetter, Some(1000.0), None),
            &[(date(2026, 1, 1), 10.0), (date(2026, 2, 1), 12.0)],
        );
        k.baseline = Some(-50.0);
        let g = chart(&k, W, H).expect("a chart");
        let Some(TargetMark::Line { y, .. }) = g.target else {
            panic!("a target line")
        };
        assert!(inside(&g.plot, g.plot.left, y));
        let (_, baseline_y) = g.baseline.expect("a baseline");
        assert!(inside(&g.plot, g.plot.left, baseline_y));
        assert!(baseline_y > g.points[0].y && y < g.points[1].y);
        // Long labels make room on the left.
        let widest = g
            .value_ticks
            .iter()
            .map(|t| number(t.value).len())
            .max()
            .unwrap_or(0) as f64;
        assert!(g.plot.left >= widest * LABEL_CHAR_WIDTH);
    }

    #[test]
    fn lower_is_better_improves_as_it_falls() {
        // MTTR from 40 minutes towards 15.
        let k = measured(
            kpi(Direction::LowerIsBetter, Some(15.0), None),
            &[(date(2026, 1, 31), 40.0), (date(2026, 4, 30), 22.0)],
        );
        let s = summarise(&k).expect("a summary");
        assert_eq!(s.trend, Some(Trend::Improving));
        assert_eq!(s.meets_target, Some(false));
        assert_eq!(s.gap, Some(7.0));
        let k = measured(
            kpi(Direction::LowerIsBetter, Some(15.0), None),
            &[(date(2026, 1, 31), 12.0), (date(2026, 4, 30), 14.0)],
        );
        let s = summarise(&k).expect("a summary");
        assert_eq!(s.trend, Some(Trend::Worsening), "rising is worse");
        assert_eq!(s.meets_target, Some(true));
        // Higher is better: the opposite.
        let k = measured(
            kpi(Direction::HigherIsBetter, Some(15.0), None),
            &[(date(2026, 1, 31), 12.0), (date(2026, 4, 30), 14.0)],
        );
        assert_eq!(summarise(&k).and_then(|s| s.trend), Some(Trend::Improving));
    }

    #[test]
    fn unsorted_measurements_are_drawn_and_summarised_in_date_order() {
        let k = measured(
            kpi(Direction::HigherIsBetter, Some(90.0), None),
            &[
                (date(2026, 3, 1), 88.0),
                (date(2026, 1, 1), 80.0),
                (date(2026, 3, 1), 91.0),
                (date(2026, 2, 1), 85.0),
            ],
        );
        let g = chart(&k, W, H).expect("a chart");
        let dates: Vec<NaiveDate> = g.points.iter().map(|p| p.date).collect();
        assert_eq!(
            dates,
            [
                date(2026, 1, 1),
                date(2026, 2, 1),
                date(2026, 3, 1),
                date(2026, 3, 1)
            ]
        );
        assert!(
            g.points.windows(2).all(|w| w[0].x <= w[1].x),
            "left to right"
        );
        assert_eq!(g.polyline.split(' ').count(), 4);
        let s = summarise(&k).expect("a summary");
        assert_eq!((s.first_date, s.first_value), (date(2026, 1, 1), 80.0));
        // Of two on one day, the one recorded last is the latest.
        assert_eq!((s.latest_date, s.latest_value), (date(2026, 3, 1), 91.0));
        assert_eq!(s.meets_target, Some(true));
        assert_eq!(s.trend, Some(Trend::Improving));
        let spark = sparkline(&k, 60.0, 16.0).expect("a sparkline");
        assert_eq!(
            spark.latest,
            (58.0, 2.0),
            "the latest is the highest, at the right"
        );
    }

    #[test]
    fn measurement_dates_are_the_date_labels_when_they_fit() {
        let monthly = measured(
            kpi(Direction::HigherIsBetter, None, None),
            &[
                (date(2026, 1, 31), 1.0),
                (date(2026, 2, 28), 2.0),
                (date(2026, 3, 31), 3.0),
            ],
        );
        let g = chart(&monthly, W, H).expect("a chart");
        let ticks: Vec<(NaiveDate, f64)> =
            g.date_ticks.iter().map(|t| (t.value, t.position)).collect();
        let points: Vec<(NaiveDate, f64)> = g.points.iter().map(|p| (p.date, p.x)).collect();
        assert_eq!(ticks, points, "one label under each measurement");
        // Crowded dates (two days apart) fall back to evenly spaced labels.
        let crowded = measured(
            kpi(Direction::HigherIsBetter, None, None),
            &[
                (date(2026, 1, 1), 1.0),
                (date(2026, 1, 3), 2.0),
                (date(2026, 12, 31), 3.0),
            ],
        );
        let g = chart(&crowded, W, H).expect("a chart");
        let dates: Vec<NaiveDate> = g.date_ticks.iter().map(|t| t.value).collect();
        assert!(!dates.contains(&date(2026, 1, 3)), "{dates:?}");
        assert_eq!(dates.first(), Some(&date(2026, 1, 1)));
        assert_eq!(dates.last(), Some(&date(2026, 12, 31)));
        assert!(g
            .date_ticks
            .windows(2)
            .all(|w| w[1].position - w[0].position >= DATE_LABEL_ROOM));
    }

    #[test]
    fn date_ticks_span_the_measurements_without_repeats() {
        let ticks = date_ticks(date(2026, 1, 1), date(2026, 12, 31), 5);
        assert_eq!(ticks.first(), Some(&date(2026, 1, 1)));
        assert_eq!(ticks.last(), Some(&date(2026, 12, 31)));
        assert_eq!(ticks.len(), 5);
        let ticks = date_ticks(date(2026, 1, 1), date(2026, 1, 2), 5);
        assert_eq!(ticks, [date(2026, 1, 1), date(2026, 1, 2)]);
        let g = chart(
            &measured(
                kpi(Direction::HigherIsBetter, None, None),
                &[(date(2026, 1, 1), 1.0), (date(2026, 7, 1), 2.0)],
            ),
            W,
            H,
        )
        .expect("a chart");
        let positions: Vec<f64> = g.date_ticks.iter().map(|t| t.position).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(positions.first(), Some(&g.points[0].x));
        assert_eq!(positions.last(), Some(&g.points[1].x));
    }

    /// Every coordinate a chart or sparkline hands to SVG.
    fn coordinates(g: &ChartGeometry) -> Vec<f64> {
        let mut all = vec![g.plot.left, g.plot.top, g.plot.right, g.plot.bottom];
        all.extend(g.points.iter().flat_map(|p| [p.x, p.y]));
        all.extend(g.date_ticks.iter().map(|t| t.position));
        all.extend(g.value_ticks.iter().flat_map(|t| [t.position, t.value]));
        all.extend(g.baseline.iter().flat_map(|(v, y)| [*v, *y]));
        match g.target {
            Some(TargetMark::Line { value, y }) => all.extend([value, y]),
            Some(TargetMark::Band {
                low,
                high,
                y_low,
                y_high,
            }) => all.extend([low, high, y_low, y_high]),
            None => {}
        }
        all
    }

    #[test]
    fn extreme_values_never_put_nan_or_infinity_into_the_drawing() {
        let extremes = [
            (f64::MAX, -f64::MAX),
            (1e308, -1e308),
            (-1e308, 1e308),
            (1e-308, -5e-324),
            (f64::MAX, f64::MAX),
            (0.0, f64::MAX),
        ];
        for (first, second) in extremes {
            for direction in Direction::ALL {
                let mut k = measured(
                    kpi(direction, Some(first), Some(second)),
                    &[(date(2026, 1, 1), first), (date(2026, 2, 1), second)],
                );
                k.baseline = Some(-second);
                let g = chart(&k, W, H).expect("a chart");
                let all = coordinates(&g);
                assert!(
                    all.iter().all(|v| v.is_finite()),
                    "{first} {second} {direction:?}: {all:?}"
                );
                for p in &g.points {
                    assert!(inside(&g.plot, p.x, p.y), "{first} {second}: {p:?}");
                }
                let text = g.polyline.to_lowercase();
                assert!(!text.contains("nan") && !text.contains("inf"), "{text}");
                let spark = sparkline(&k, 60.0, 16.0).expect("a sparkline");
                let text = spark.polyline.to_lowercase();
                assert!(!text.contains("nan") && !text.contains("inf"), "{text}");
                assert!(spark.latest.0.is_finite() && spark.latest.1.is_finite());
                let summary = summarise(&k).expect("a summary");
                assert!(summary.gap.is_none_or(f64::is_finite), "{summary:?}");
            }
        }
    }

    #[test]
    fn a_milestone_charts_not_yet_and_achieved_with_the_line_at_achieved() {
        let mut k = measured(
            kpi(Direction::Milestone, None, None),
            &[(date(2026, 1, 1), 0.0), (date(2026, 3, 1), 1.0)],
        );
        k.baseline = Some(40.0);
        let g = chart(&k, 600.0, 240.0).expect("a chart");
        match g.target {
            Some(TargetMark::Line { value, y }) => {
                assert_eq!(value, 1.0);
                assert!(
                    (y - g.points[1].y).abs() < 1e-9,
                    "the achieved point is on the line"
                );
            }
            other => panic!("a line at 1, not {other:?}"),
        }
        assert_eq!(g.baseline, None, "a milestone has no baseline");
        let summary = summarise(&k).expect("measured");
        assert_eq!(summary.meets_target, Some(true));
        assert_eq!(summary.trend, Some(Trend::Improving));
    }
}
