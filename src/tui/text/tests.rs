use super::*;

fn message(source: &str) -> Message {
    let catalog = i18n::parse_catalog("xx", source).unwrap();
    catalog.into_values().next().unwrap()
}

#[test]
fn placeholders_take_text_as_it_is_and_numbers_in_the_languages_digits() {
    let m = message("a = { $name } has { $score } points in game { $pin }\n");
    let args = [
        ("name", Arg::Text("山田")),
        ("score", Arg::Num(1250)),
        ("pin", Arg::Text("048213")),
    ];
    assert_eq!(
        format("en", &m, &args),
        "山田 has 1250 points in game 048213"
    );
    assert_eq!(
        format("ar", &m, &args),
        "山田 has ١٢٥٠ points in game 048213"
    );
    // An argument the caller forgot leaves its placeholder visible.
    assert_eq!(
        format("en", &m, &args[..1]),
        "山田 has {score} points in game {pin}"
    );
}

#[test]
fn selects_pick_an_exact_number_then_the_plural_category_then_the_default() {
    let m = message(
        "a = { $count ->\n    [0] none\n    [one] one player\n    [few] {$count} (few)\n    [many] {$count} (many)\n   *[other] {$count} players\n}\n",
    );
    let n = |tag: &str, n: i64| format(tag, &m, &[("count", Arg::Num(n))]);
    assert_eq!(n("en", 0), "none");
    assert_eq!(n("en", 1), "one player");
    assert_eq!(n("en", 2), "2 players");
    assert_eq!(n("pl", 3), "3 (few)");
    assert_eq!(n("pl", 13), "13 (many)");
    assert_eq!(n("pl", 22), "22 (few)");
    assert_eq!(n("ja", 1), "1 players", "Japanese has one form");
    assert_eq!(n("ar", 11), "١١ (many)");
    assert_eq!(n("ar", 105), "١٠٥ (few)");
    assert_eq!(
        n("fr", 0),
        "none",
        "the exact number wins over the category"
    );
}

#[test]
fn plural_and_ordinal_categories_follow_cldr_for_the_counts_shown() {
    let cardinal = |tag| -> Vec<&str> {
        [0, 1, 2, 3, 5, 11, 12, 22, 100, 102]
            .iter()
            .map(|n| plural_category(tag, *n))
            .collect()
    };
    assert_eq!(
        cardinal("ar"),
        ["zero", "one", "two", "few", "few", "many", "many", "many", "other", "other"]
    );
    assert_eq!(
        cardinal("pl"),
        ["many", "one", "few", "few", "many", "many", "many", "few", "many", "few"]
    );
    assert_eq!(
        cardinal("he"),
        ["other", "one", "two", "other", "other", "other", "other", "other", "other", "other"]
    );
    assert_eq!(plural_category("fr", 0), "one");
    assert_eq!(plural_category("de", 0), "other");
    assert_eq!(plural_category("zh-CN", 1), "other");
    let ordinal: Vec<&str> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101]
        .iter()
        .map(|n| ordinal_category("en", *n))
        .collect();
    assert_eq!(
        ordinal,
        ["one", "two", "few", "other", "other", "other", "other", "one", "two", "one"]
    );
}

#[test]
fn the_locale_decides_the_language_lc_all_first_and_c_is_english() {
    let tag = |all, messages, lang| language_from_locale(all, messages, lang).tag;
    assert_eq!(tag(None, None, Some("ja_JP.UTF-8")), "ja");
    assert_eq!(tag(Some("fr_FR.UTF-8"), Some("de_DE"), Some("ja_JP")), "fr");
    assert_eq!(tag(Some(""), Some("de_DE@euro"), Some("ja_JP")), "de");
    assert_eq!(tag(None, None, Some("C.UTF-8")), "en");
    assert_eq!(tag(Some("POSIX"), None, Some("ja_JP.UTF-8")), "en");
    assert_eq!(tag(None, None, Some("zh_CN.UTF-8")), "zh-CN");
    assert_eq!(tag(None, None, Some("zh_TW.UTF-8")), "en");
    assert_eq!(tag(None, None, Some("pt_BR.UTF-8")), "pt");
    assert_eq!(tag(None, None, Some("sv_SE.UTF-8")), "en");
    assert_eq!(tag(None, None, None), "en");
}

#[test]
fn a_thread_speaks_its_language_until_the_guard_goes() {
    let english = tr("picker-count", &[("count", 3.into())]);
    assert_eq!(english, "3 quizzes");
    {
        let _ja = speak(i18n::language("ja").unwrap());
        assert_eq!(current().tag, "ja");
        assert_ne!(tr("picker-count", &[("count", 3.into())]), english);
        {
            let _ar = speak(i18n::language("ar").unwrap());
            assert!(tr("picker-count", &[("count", 3.into())]).contains('٣'));
        }
        assert_eq!(current().tag, "ja");
    }
    assert_eq!(current().tag, "en");
    // A key no catalog has shows as itself.
    assert_eq!(t("no-such-key"), "no-such-key");
}
