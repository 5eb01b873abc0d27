//! Type-answer matching with real answers in several scripts.

use super::*;
use proptest::prelude::*;

#[test]
fn case_accents_and_whitespace_do_not_matter() {
    assert!(matches("Zürich", "zurich", false));
    assert!(matches("São Paulo", "  SAO   PAULO ", false));
    assert!(matches("New York", "newyork", false));
    assert!(matches("ﬁre", "fire", false)); // ligature folds
    assert!(!matches("Paris", "Pariss", false));
}

#[test]
fn typo_tolerance_depends_on_length() {
    assert!(matches("Paris", "Pariss", true)); // 5 letters: 1 edit
    assert!(matches("Paris", "Prais", true)); // a swap is one edit
    assert!(!matches("Paris", "Prias", true)); // two edits
    assert!(!matches("Rome", "Roma", false));
    assert!(matches("Rome", "Roma", true)); // 4 letters: 1 edit
    assert!(!matches("Oslo", "Olso1", true));
    assert!(!matches("Ra", "Re", true)); // under 4 letters: exact only
    assert!(matches("Copenhagen", "Copenhagn", true));
    assert!(matches("Copenhagen", "Kopenhagn", true)); // 10 letters: 2 edits
    assert!(!matches("Copenhagen", "Kopenhgn", true));
}

#[test]
fn empty_text_never_matches() {
    assert!(!matches("Paris", "", true));
    assert!(!matches("Paris", "   ", true));
    assert!(!matches("", "", true));
}

#[test]
fn display_form_groups_equal_answers() {
    assert_eq!(display_form("  Ice   Cream "), "ice cream");
    assert_eq!(display_form("ICE CREAM"), display_form("ice  cream"));
}

#[test]
fn full_width_and_half_width_forms_fold_alike() {
    assert!(matches("Tokyo 2020", "ＴＯＫＹＯ２０２０", false));
    assert!(matches("カタカナ", "ｶﾀｶﾅ", false));
    assert!(matches("ガンダム", "ｶﾞﾝﾀﾞﾑ", false)); // half-width voiced marks
    assert!(matches("パン", "ﾊﾟﾝ", false));
    assert_eq!(fold("ｶﾞﾝﾀﾞﾑ"), "がんだむ");
}

#[test]
fn hiragana_and_katakana_match_each_other() {
    assert!(matches("さくら", "サクラ", false));
    assert!(matches("トウキョウ", "とうきょう", false));
    assert!(matches("ヴァイオリン", "ゔぁいおりん", false));
    assert!(matches("東京タワー", "東京たわー", false)); // ー kept as it is
    assert!(matches("コーヒー", "ｺｰﾋｰ", false));
}

#[test]
fn voiced_marks_make_other_words() {
    // は (ha), ば (ba) and ぱ (pa) are different words, in either syllabary.
    assert!(!matches("はん", "ばん", false));
    assert!(!matches("ばん", "ぱん", false));
    assert!(!matches("パン", "ハン", false));
    assert!(!matches("がっこう", "かっこう", false)); // school, cuckoo
    assert!(matches("がっこう", "ガッコウ", false));
    // Decomposed input is composed again: one letter, as typed by an IME.
    assert!(matches("が", "か\u{3099}", false));
    assert_eq!(fold("が").chars().count(), 1);
}

#[test]
fn small_kana_and_the_long_vowel_mark_are_letters_of_their_own() {
    // びょういん (hospital) and びよういん (beauty salon) are different words.
    assert!(!matches("びょういん", "びよういん", false));
    assert!(!matches("ビョウイン", "びよういん", false));
    // ー is not spelled out as a vowel: こおひい is not how コーヒー is written.
    assert!(!matches("コーヒー", "こおひい", false));
    assert!(!matches("コーヒー", "こひ", false));
}

#[test]
fn latin_accents_are_still_dropped() {
    assert!(matches("Crème brûlée", "creme brulee", false));
    assert!(matches("Ångström", "angstrom", false));
    assert_eq!(fold("Łódź"), "łodz"); // ł is a letter of its own, not an accent
    assert!(matches("Dvořák", "dvorak", false));
}

#[test]
fn german_sharp_s_and_umlauts() {
    assert!(matches("Straße", "strasse", false));
    assert!(matches("Straße", "STRASSE", false));
    assert!(matches("STRAẞE", "straße", false)); // capital sharp s
    assert!(matches("Strasse", "Straße", false));
    assert!(matches("Müller", "Muller", false));
    assert!(matches("Müller", "Mueller", false));
    assert!(matches("Mueller", "Müller", false));
    assert!(matches("Größe", "groesse", false));
    assert!(matches("Göttinger Ärzte", "Goettinger Arzte", false)); // mixed
    assert!(matches("Übergröße", "UEBERGROESSE", false));
    assert!(matches("Käse", "Kaese", false));
    // Near misses stay wrong.
    assert!(!matches("Müller", "Mieller", false));
    assert!(!matches("Müller", "Muler", false));
    assert!(!matches("Bär", "Bier", false));
    assert!(!matches("Straße", "strase", false));
    assert!(!matches("Öl", "Oel1", false));
    // An umlaut spelled out is no edit; a typo beside it still counts one.
    assert!(matches("Müller", "Muellr", true));
    assert!(!matches("Müller", "Muelr", true));
}

#[test]
fn arabic_diacritics_tatweel_and_letter_forms() {
    // Harakat are optional.
    assert!(matches("مَدْرَسَة", "مدرسة", false));
    assert!(matches("كِتَابٌ", "كتاب", false));
    // Tatweel only stretches.
    assert!(matches("كتاب", "كتــــاب", false));
    // Alef forms.
    assert!(matches("أحمد", "احمد", false));
    assert!(matches("إسلام", "اسلام", false));
    assert!(matches("القرآن", "القران", false));
    assert!(matches("ٱلله", "الله", false));
    // Alef maksura and yeh.
    assert!(matches("مصطفى", "مصطفي", false));
    assert!(matches("على", "علي", false));
    // Teh marbuta and heh at the end of a word only.
    assert!(matches("مدرسة", "مدرسه", false));
    assert!(matches("مكة المكرمة", "مكه المكرمه", false));
    assert!(matches("مَدْرَسَةٌ", "مدرسه", false)); // tanween after it
    assert!(!matches("ةا", "ها", false));
    // Arabic-Indic and extended digits.
    assert!(matches("1945", "١٩٤٥", false));
    assert!(matches("٢٠٢٠", "۲۰۲۰", false));
    // Near misses: other letters are other words.
    assert!(!matches("كتاب", "كتب", false));
    assert!(!matches("بحر", "بحث", false));
    assert!(!matches("1945", "١٩٤٦", false));
}

#[test]
fn cjk_emoji_and_other_scripts_survive_folding() {
    for text in [
        "東京",
        "北京",
        "서울",
        "🍕",
        "🇯🇵",
        "👍🏽",
        "नमस्ते",
        "ภาษาไทย",
        "❤️",
    ] {
        assert!(!fold(text).is_empty(), "{text} folded to nothing");
        assert!(matches(text, text, false), "{text}");
    }
    assert_eq!(fold("東京"), "東京");
    assert_eq!(fold("서울").chars().count(), 2); // syllables, not jamo
    assert!(matches("❤️", "❤", false)); // the emoji presentation selector
    assert!(!matches("🍕", "🍔", true));
    // Devanagari vowel signs are letters: दिल (heart) is not दल (party).
    assert!(!matches("दिल", "दल", false));
    assert!(matches("१५", "15", false));
}

#[test]
fn greek_final_sigma_and_turkish_i() {
    assert!(matches("Οδυσσεύς", "ΟΔΥΣΣΕΥΣ", false));
    assert!(matches("ΟΔΟΣ", "οδος", false));
    assert!(matches("ΟΔΟΣ", "οδοσ", false));
    assert!(matches("İstanbul", "istanbul", false));
    assert!(matches("İstanbul", "ISTANBUL", false));
    assert!(matches("Diyarbakır", "DIYARBAKIR", false));
    assert!(matches("Diyarbakır", "diyarbakir", false));
    assert!(!matches("Izmir", "Izmit", false));
}

#[test]
fn short_cjk_answers_get_no_tolerance() {
    // One character apart is another word.
    assert!(!matches("東京", "東北", true));
    assert!(!matches("北海道", "北海島", true));
    assert!(!matches("大阪府", "大阪市", true));
    assert!(!matches("서울시", "서울역", true));
    assert!(!matches("一石二鳥", "一石三鳥", true));
    // Long ones get one edit; kana words count as letters.
    assert!(matches("東京国際空港駅", "東京国際空港", true));
    assert!(matches("とうきょう", "とうきよう", true));
    assert!(!matches("とうきょう", "とおきよう", true));
}

fn interesting() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a", "A", "Ä", "ä", "e", "ß", "ẞ", "S", "Σ", "σ", "ς", "I", "İ", "ı", "i", "ｶ", "ﾞ", "カ",
        "か", "が", "ー", "ｰ", "Ａ", "１", "١", "ة", "ـ", "أ", "ى", "ي", " ", "  ", "\u{301}",
        "\u{308}", "東", "🍕", "️", "é", "ﬁ", "\t",
    ]);
    prop::collection::vec(pieces, 0..8).prop_map(|v| v.concat())
}

proptest! {
    // The reveal groups by display form; a group must be judged as one.
    #[test]
    fn display_form_keeps_the_fold(text in interesting()) {
        prop_assert_eq!(fold(&display_form(&text)), fold(&text));
    }

    #[test]
    fn fold_is_idempotent(text in interesting()) {
        prop_assert_eq!(fold(&fold(&text)), fold(&text));
    }

    #[test]
    fn matching_is_symmetric(a in interesting(), b in interesting()) {
        prop_assert_eq!(matches(&a, &b, false), matches(&b, &a, false));
    }
}

#[test]
fn the_documented_examples_hold() {
    // docs/formats.md, "Type-answer matching", row by row.
    assert!(matches("Tokyo20", "ＴＯＫＹＯ２０", false));
    assert!(!matches("Straße", "strase", false));
    assert!(matches("ılık", "ilik", false));
    assert!(matches("سؤال", "سوال", false)); // hamza on waw dropped
    assert!(matches("كتــاب", "كتاب", false));
    assert!(!matches("東京", "とうきょう", false));
    assert!(matches("ガンダム", "がんだむ", false));
    assert!(!matches("øre", "ore", false));
    assert!(!matches("đa", "da", false));
}
