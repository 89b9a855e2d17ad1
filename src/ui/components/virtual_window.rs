//! Which rows of a long list to render: only those in view plus a margin, with spacers that
//! stand in for the rest, so the register and the tree stay fast with thousands of rows.

/// Rows kept rendered above and below the visible ones, so keyboard focus and quick scrolling
/// rarely reach an unrendered row.
pub const OVERSCAN: usize = 12;

/// The slice of rows to render and the space the others take.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowWindow {
    /// First rendered row.
    pub start: usize,
    /// One past the last rendered row.
    pub end: usize,
    /// Height of the rows above `start`, in pixels.
    pub space_before: f64,
    /// Height of the rows from `end` on, in pixels.
    pub space_after: f64,
}

/// The window for `total` rows of `row_height` pixels, scrolled by `scroll_top` in a viewport
/// `viewport` pixels tall. Bad measurements (zero, negative, not a number) fall back to
/// rendering from the top with a generous count rather than failing.
///
/// `overscan` rows are kept rendered above and below the visible ones ([`OVERSCAN`] unless a
/// view needs fewer).
pub fn row_window(
    total: usize,
    scroll_top: f64,
    viewport: f64,
    row_height: f64,
    overscan: usize,
) -> RowWindow {
    let row_height = if row_height.is_finite() && row_height >= 1.0 {
        row_height
    } else {
        40.0
    };
    let viewport = if viewport.is_finite() && viewport > 0.0 {
        viewport
    } else {
        800.0
    };
    let scroll_top = if scroll_top.is_finite() {
        scroll_top.max(0.0)
    } else {
        0.0
    };
    let first_visible = (scroll_top / row_height).floor() as usize;
    let visible = (viewport / row_height).ceil() as usize + 1;
    let start = first_visible.saturating_sub(overscan).min(total);
    let end = first_visible
        .saturating_add(visible)
        .saturating_add(overscan)
        .min(total);
    RowWindow {
        start,
        end,
        space_before: start as f64 * row_height,
        space_after: (total - end) as f64 * row_height,
    }
}

/// The scroll position that brings row `index` into a viewport, moving as little as possible.
pub fn scroll_to_show(index: usize, scroll_top: f64, viewport: f64, row_height: f64) -> f64 {
    let top = index as f64 * row_height;
    let bottom = top + row_height;
    if top < scroll_top {
        top
    } else if bottom > scroll_top + viewport {
        (bottom - viewport).max(0.0)
    } else {
        scroll_top
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_render_completely() {
        let window = row_window(9, 0.0, 600.0, 40.0, OVERSCAN);
        assert_eq!((window.start, window.end), (0, 9));
        assert_eq!((window.space_before, window.space_after), (0.0, 0.0));
    }

    #[test]
    fn long_lists_render_the_visible_rows_and_a_margin() {
        let window = row_window(10_000, 40_000.0, 400.0, 40.0, OVERSCAN);
        assert_eq!(window.start, 1_000 - OVERSCAN);
        assert_eq!(window.end, 1_000 + 11 + OVERSCAN);
        assert_eq!(window.space_before, window.start as f64 * 40.0);
        let rendered = (window.end - window.start) as f64 * 40.0;
        assert_eq!(
            window.space_before + rendered + window.space_after,
            400_000.0
        );
    }

    #[test]
    fn a_smaller_overscan_renders_fewer_rows_around_the_same_visible_ones() {
        let window = row_window(10_000, 40_000.0, 400.0, 40.0, 4);
        assert_eq!((window.start, window.end), (1_000 - 4, 1_000 + 11 + 4));
        let rendered = (window.end - window.start) as f64 * 40.0;
        assert_eq!(
            window.space_before + rendered + window.space_after,
            400_000.0
        );
        let top = row_window(10_000, 0.0, 400.0, 40.0, 4);
        assert_eq!((top.start, top.end), (0, 11 + 4));
    }

    #[test]
    fn scrolling_past_the_end_is_clamped() {
        let window = row_window(100, 1e9, 400.0, 40.0, OVERSCAN);
        assert_eq!((window.start, window.end), (100, 100));
        assert_eq!(window.space_after, 0.0);
    }

    #[test]
    fn bad_measurements_do_not_break_rendering() {
        let window = row_window(50, f64::NAN, 0.0, 0.0, OVERSCAN);
        assert_eq!(window.start, 0);
        assert!(window.end > 0);
    }

    #[test]
    fn scrolling_to_a_row_moves_as_little_as_possible() {
        assert_eq!(scroll_to_show(5, 0.0, 400.0, 40.0), 0.0, "already visible");
        assert_eq!(
            scroll_to_show(20, 0.0, 400.0, 40.0),
            440.0,
            "below: align to the bottom"
        );
        assert_eq!(
            scroll_to_show(2, 400.0, 400.0, 40.0),
            80.0,
            "above: align to the top"
        );
    }
}
