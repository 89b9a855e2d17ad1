//! Where records sort among their siblings in synced documents: each document carries a
//! `rank`, and ranks are kept wherever a list still agrees with them, so that adding, removing
//! or moving one record rewrites only that record's document.

/// Ranks for a list whose records had the `known` ranks when last synced (`None` for records
/// new since): the longest run of known ranks that still increases along the list keeps its
/// ranks, and every other record gets a rank between its neighbours. So a record added,
/// removed or moved changes only its own rank. When two neighbours' ranks are too close to
/// fit another between them, the whole list is ranked afresh.
pub fn assign_ranks(known: &[Option<f64>]) -> Vec<f64> {
    let kept = longest_increasing(known);
    let mut ranks: Vec<Option<f64>> = vec![None; known.len()];
    for &at in &kept {
        ranks[at] = known[at];
    }
    let mut at = 0;
    while at < ranks.len() {
        if ranks[at].is_some() {
            at += 1;
            continue;
        }
        let start = at;
        while at < ranks.len() && ranks[at].is_none() {
            at += 1;
        }
        let count = at - start;
        let below = start.checked_sub(1).and_then(|i| ranks[i]);
        let above = ranks.get(at).copied().flatten();
        let filled: Vec<f64> = match (below, above) {
            (Some(low), Some(high)) => {
                let step = (high - low) / (count as f64 + 1.0);
                (1..=count).map(|k| low + step * k as f64).collect()
            }
            (Some(low), None) => (1..=count).map(|k| low + k as f64).collect(),
            (None, Some(high)) => (0..count).map(|k| high - (count - k) as f64).collect(),
            (None, None) => (1..=count).map(|k| k as f64).collect(),
        };
        for (offset, rank) in filled.into_iter().enumerate() {
            ranks[start + offset] = Some(rank);
        }
    }
    let ranks: Vec<f64> = ranks.into_iter().map(|r| r.unwrap_or(0.0)).collect();
    let increasing = ranks.windows(2).all(|pair| pair[0] < pair[1]);
    if increasing && ranks.iter().all(|r| r.is_finite()) {
        ranks
    } else {
        (1..=known.len()).map(|k| k as f64).collect()
    }
}

/// The positions of a longest strictly increasing run of the finite known ranks, in order
/// (patience sorting with back links: O(n log n)).
fn longest_increasing(known: &[Option<f64>]) -> Vec<usize> {
    // `tails[k]` is the position ending the best run of length k + 1 found so far.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; known.len()];
    for (at, rank) in known.iter().enumerate() {
        let Some(rank) = rank.filter(|r| r.is_finite()) else {
            continue;
        };
        let value = |i: usize| known[i].unwrap_or(f64::NAN);
        let length = tails.partition_point(|&i| value(i) < rank);
        previous[at] = length.checked_sub(1).map(|k| tails[k]);
        if length == tails.len() {
            tails.push(at);
        } else {
            tails[length] = at;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut current = tails.last().copied();
    while let Some(at) = current {
        run.push(at);
        current = previous[at];
    }
    run.reverse();
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_of_a_new_list_count_from_one() {
        assert_eq!(assign_ranks(&[None, None, None]), vec![1.0, 2.0, 3.0]);
    }

    #[test]
    fn a_record_added_in_the_middle_gets_a_rank_between_its_neighbours() {
        let ranks = assign_ranks(&[Some(1.0), None, Some(2.0), Some(3.0), None]);
        assert_eq!(ranks, vec![1.0, 1.5, 2.0, 3.0, 4.0]);
    }

    #[test]
    fn moving_one_record_changes_only_its_rank() {
        // P4 moved to the front: the others keep their ranks.
        let ranks = assign_ranks(&[Some(4.0), Some(1.0), Some(2.0), Some(3.0)]);
        assert_eq!(ranks, vec![0.0, 1.0, 2.0, 3.0]);
        // P1 moved to the end.
        let ranks = assign_ranks(&[Some(2.0), Some(3.0), Some(4.0), Some(1.0)]);
        assert_eq!(ranks, vec![2.0, 3.0, 4.0, 5.0]);
    }

    #[test]
    fn removing_a_record_changes_no_other_rank() {
        assert_eq!(
            assign_ranks(&[Some(1.0), Some(3.0), Some(4.0)]),
            vec![1.0, 3.0, 4.0]
        );
    }

    #[test]
    fn neighbours_too_close_rank_the_list_afresh() {
        let low: f64 = 1.0;
        let high = f64::from_bits(low.to_bits() + 1);
        assert_eq!(
            assign_ranks(&[Some(low), None, Some(high)]),
            vec![1.0, 2.0, 3.0]
        );
    }
}
