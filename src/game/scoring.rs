//! Kahoot-style scoring: speed-weighted points plus an answer-streak bonus.
//! Pure arithmetic, shared by the engine and by anything that replays a game.

/// Answers faster than this earn the question's full points.
pub const FULL_POINTS_WITHIN_MS: u64 = 500;
/// Bonus added per step of an answer streak.
pub const STREAK_STEP: u32 = 100;
/// Largest streak bonus.
pub const STREAK_MAX: u32 = 500;

/// Points for a fully correct answer given `elapsed_ms` into a question of
/// `time_limit_ms`: `round(points × (1 − (t/T)/2))`, full points under 0.5 s,
/// never less than half. Rounds halves away from zero.
pub fn speed_points(points: u32, elapsed_ms: u64, time_limit_ms: u64) -> u32 {
    if elapsed_ms < FULL_POINTS_WITHIN_MS || time_limit_ms == 0 {
        return points;
    }
    let t = elapsed_ms.min(time_limit_ms) as f64 / time_limit_ms as f64;
    (points as f64 * (1.0 - t / 2.0)).round() as u32
}

/// Bonus for the `streak`-th correct answer in a row (1 = first correct):
/// nothing for the first, then +100 per step up to +500.
pub fn streak_bonus(streak: u32) -> u32 {
    (STREAK_STEP.saturating_mul(streak.saturating_sub(1))).min(STREAK_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_values() {
        assert_eq!(speed_points(1000, 0, 20_000), 1000);
        assert_eq!(speed_points(1000, 499, 20_000), 1000);
        assert_eq!(speed_points(1000, 500, 20_000), 988); // 1000 × (1 − 0.0125) = 987.5 → 988
        assert_eq!(speed_points(1000, 10_000, 20_000), 750);
        assert_eq!(speed_points(1000, 20_000, 20_000), 500);
        assert_eq!(speed_points(2000, 5_000, 20_000), 1750);
        assert_eq!(speed_points(0, 1_000, 20_000), 0);
        // Late by clock skew never earns less than half.
        assert_eq!(speed_points(1000, 25_000, 20_000), 500);
    }

    #[test]
    fn streak_steps_and_caps() {
        let bonuses: Vec<u32> = (0..=8).map(streak_bonus).collect();
        assert_eq!(bonuses, vec![0, 0, 100, 200, 300, 400, 500, 500, 500]);
    }

    proptest! {
        #[test]
        fn points_stay_between_half_and_full(points in 0u32..10_000, t in 0u64..300_000, limit in 5_000u64..240_000) {
            let p = speed_points(points, t, limit);
            prop_assert!(p <= points);
            prop_assert!(p as f64 >= (points as f64 / 2.0).floor());
        }

        #[test]
        fn faster_never_scores_less(points in 0u32..10_000, a in 0u64..240_000, b in 0u64..240_000, limit in 5_000u64..240_000) {
            let (fast, slow) = (a.min(b), a.max(b));
            prop_assert!(speed_points(points, fast, limit) >= speed_points(points, slow, limit));
        }

        #[test]
        fn bonus_is_monotonic_and_capped(s in 0u32..1000) {
            prop_assert!(streak_bonus(s) <= STREAK_MAX);
            prop_assert!(streak_bonus(s + 1) >= streak_bonus(s));
        }
    }
}
