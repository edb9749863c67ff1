//! Keyboard movement inside a widget with one tab stop (roving focus): the list's rows, the
//! timeline's marks and the map's tiles all move with this one helper.

/// How a widget's items are laid out, which decides what the arrow keys do.
#[derive(Clone, Copy, Debug)]
pub enum Layout<'a> {
    /// A column (the list): Up and Down move; Left and Right are left to the page.
    Column,
    /// A line read left to right (the timeline): every arrow moves to the next or previous item.
    Line,
    /// Cells on a grid, `(column, row)` each (the map): an arrow moves to the nearest cell in
    /// its direction, preferring the same row (left/right) or the same column (up/down).
    Grid(&'a [(u8, u8)]),
}

/// The item `key` (a `KeyboardEvent.key`) moves to from item `at` of `len` items: `Some(at)` at
/// an edge (the key is still the widget's), `None` for keys the widget does not use. Home and
/// End go to the first and last item.
pub fn step(layout: Layout, len: usize, at: usize, key: &str) -> Option<usize> {
    if len == 0 || at >= len {
        return None;
    }
    let last = len - 1;
    let (next, prev) = (at.saturating_add(1).min(last), at.saturating_sub(1));
    match (layout, key) {
        (_, "Home") => Some(0),
        (_, "End") => Some(last),
        (Layout::Column, "ArrowDown") | (Layout::Line, "ArrowDown" | "ArrowRight") => Some(next),
        (Layout::Column, "ArrowUp") | (Layout::Line, "ArrowUp" | "ArrowLeft") => Some(prev),
        (Layout::Grid(cells), "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown") => Some(grid_step(cells, at, key).unwrap_or(at)),
        _ => None,
    }
}

/// The nearest cell ahead of `from` in the arrow's direction, if any.
fn grid_step(cells: &[(u8, u8)], from: usize, key: &str) -> Option<usize> {
    let &(c, r) = cells.get(from)?;
    let (c, r) = (i16::from(c), i16::from(r));
    cells
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != from)
        .filter_map(|(i, &(x, y))| {
            let (dx, dy) = (i16::from(x) - c, i16::from(y) - r);
            // Distance along the arrow, then sideways; only cells ahead count.
            let (ahead, side) = match key {
                "ArrowRight" => (dx, dy),
                "ArrowLeft" => (-dx, dy),
                "ArrowDown" => (dy, dx),
                _ => (-dy, dx),
            };
            (ahead > 0).then_some((i, side.abs(), ahead))
        })
        .min_by_key(|&(i, side, ahead)| (side, ahead, i))
        .map(|(i, _, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_moves_with_up_and_down_and_stops_at_its_ends() {
        assert_eq!(step(Layout::Column, 3, 0, "ArrowDown"), Some(1));
        assert_eq!(step(Layout::Column, 3, 2, "ArrowDown"), Some(2));
        assert_eq!(step(Layout::Column, 3, 0, "ArrowUp"), Some(0));
        assert_eq!(step(Layout::Column, 3, 1, "End"), Some(2));
        assert_eq!(step(Layout::Column, 3, 2, "Home"), Some(0));
        assert_eq!(step(Layout::Column, 3, 1, "ArrowRight"), None, "left to the page");
        assert_eq!(step(Layout::Column, 3, 1, "Enter"), None);
        assert_eq!(step(Layout::Column, 0, 0, "ArrowDown"), None);
        assert_eq!(step(Layout::Column, 2, 5, "ArrowDown"), None);
    }

    #[test]
    fn a_line_moves_with_every_arrow() {
        assert_eq!(step(Layout::Line, 4, 1, "ArrowRight"), Some(2));
        assert_eq!(step(Layout::Line, 4, 1, "ArrowDown"), Some(2));
        assert_eq!(step(Layout::Line, 4, 1, "ArrowLeft"), Some(0));
        assert_eq!(step(Layout::Line, 4, 1, "ArrowUp"), Some(0));
    }

    #[test]
    fn a_grid_moves_to_the_nearest_cell_ahead_preferring_the_same_row_or_column() {
        //  0 1 .
        //  . 2 3
        //  4 . .
        let cells = [(0, 0), (1, 0), (1, 1), (2, 1), (0, 2)];
        let go = |at, key| step(Layout::Grid(&cells), cells.len(), at, key);
        assert_eq!(go(0, "ArrowRight"), Some(1));
        assert_eq!(go(1, "ArrowDown"), Some(2));
        assert_eq!(go(2, "ArrowRight"), Some(3));
        assert_eq!(go(3, "ArrowLeft"), Some(2));
        assert_eq!(go(0, "ArrowDown"), Some(4), "same column first");
        assert_eq!(go(0, "ArrowLeft"), Some(0), "an edge keeps the cell");
        assert_eq!(go(4, "ArrowUp"), Some(0));
        assert_eq!(go(4, "End"), Some(4));
    }
}
