//! Calendar dates for names and listings people read: a UTC civil date from
//! Unix seconds, with no time-zone data and no dependency.

/// The UTC date and time of `secs` since the Unix epoch, as
/// (year, month, day, hour, minute, second).
pub fn utc_parts(secs: i64) -> (i64, i64, i64, i64, i64, i64) {
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day, rest / 3600, rest % 3600 / 60, rest % 60)
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_around_leap_days_and_the_epoch() {
        assert_eq!(super::utc_parts(0), (1970, 1, 1, 0, 0, 0));
        // 2024-02-29 12:34:56 UTC
        assert_eq!(super::utc_parts(1_709_210_096), (2024, 2, 29, 12, 34, 56));
        // 2026-12-31 23:59:59 UTC
        assert_eq!(super::utc_parts(1_798_761_599), (2026, 12, 31, 23, 59, 59));
    }
}
