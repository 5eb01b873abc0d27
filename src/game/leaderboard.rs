//! Ranking: competition ranking ("1, 2, 2, 4") by score, ties listed in join
//! order so the board does not shuffle between equal players.

/// Ranks for `(player, score)` pairs, returned sorted best first as
/// `(rank, player, score)`.
pub fn rank(scores: impl IntoIterator<Item = (u32, u64)>) -> Vec<(u32, u32, u64)> {
    let mut sorted: Vec<(u32, u64)> = scores.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out = Vec::with_capacity(sorted.len());
    let mut rank = 0;
    for (position, (player, score)) in sorted.into_iter().enumerate() {
        if position == 0 || out.last().map(|&(_, _, s)| s) != Some(score) {
            rank = position as u32 + 1;
        }
        out.push((rank, player, score));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ties_share_a_rank_and_the_next_rank_skips() {
        let ranked = rank([(0, 500), (1, 900), (2, 500), (3, 0), (4, 900)]);
        assert_eq!(
            ranked,
            vec![
                (1, 1, 900),
                (1, 4, 900),
                (3, 0, 500),
                (3, 2, 500),
                (5, 3, 0)
            ]
        );
    }

    #[test]
    fn everyone_at_zero_is_first() {
        assert_eq!(rank([(2, 0), (1, 0)]), vec![(1, 1, 0), (1, 2, 0)]);
        assert!(rank(std::iter::empty()).is_empty());
    }

    proptest! {
        #[test]
        fn rank_is_one_plus_those_strictly_ahead(scores in proptest::collection::vec(0u64..5, 0..40)) {
            let input: Vec<(u32, u64)> = scores.iter().enumerate().map(|(i, &s)| (i as u32, s)).collect();
            let ranked = rank(input.clone());
            prop_assert_eq!(ranked.len(), input.len());
            for window in ranked.windows(2) {
                prop_assert!(window[0].2 >= window[1].2);
                if window[0].2 == window[1].2 { prop_assert!(window[0].1 < window[1].1); }
            }
            for (r, player, score) in ranked {
                let ahead = input.iter().filter(|&&(_, s)| s > score).count() as u32;
                prop_assert_eq!(r, ahead + 1, "player {}", player);
            }
        }
    }
}
