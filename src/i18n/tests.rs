//! The catalogs' parsing, checks and embedding.
use super::*;

#[test]
fn plurals_and_variables_become_the_pages_form() {
    let source = r#"points = { $count ->
[0] no points
[one] { $count } point
   *[other] { $count } points
} for { $name }
join = Join
.aria-label = Join the game
place = { NUMBER($rank, type: "ordinal") ->
[one] {$rank}st
   *[other] {$rank}th
}
"#;
    let catalog = parse_catalog("en", source).unwrap();
    assert_eq!(catalog["join"], Message::Text("Join".into()));
    assert_eq!(
        catalog["join.aria-label"],
        Message::Text("Join the game".into())
    );
    let Message::Select {
        variable,
        variants,
        default,
    } = &catalog["points"]
    else {
        panic!("{:?}", catalog["points"]);
    };
    assert_eq!(variable, "count");
    assert_eq!(default, "other");
    assert_eq!(variants[0], ("0".into(), "no points for {name}".into()));
    assert_eq!(
        variants[2],
        ("other".into(), "{count} points for {name}".into())
    );
    let json = to_json(language("en").unwrap(), &catalog);
    assert_eq!(
        json["messages"]["points"]["one"],
        "{count} point for {name}"
    );
    assert_eq!(json["dir"], "ltr");
    assert_eq!(json["messages"]["place"]["$"], "rank:ordinal");
    assert_eq!(json["messages"]["place"]["one"], "{rank}st");
    assert_eq!(
        variables(&catalog["place"]),
        BTreeSet::from(["rank".to_string()])
    );
}

#[test]
fn what_the_pages_cannot_show_is_refused() {
    for bad in [
        "-brand = quizbox\n",
        "a = { NUMBER($n) }\n",
        "a = { other-message }\n",
        "a = broken {\n",
    ] {
        assert!(parse_catalog("xx", bad).is_err(), "{bad:?}");
    }
}

#[test]
fn a_missing_or_unknown_key_or_a_wrong_variable_is_reported() {
    let english = parse_catalog("en", "a = A\nb = B { $n }\n").unwrap();
    let other = parse_catalog("fr", "a = A\nc = C\nb = B { $m }\n").unwrap();
    let problems = compare("fr", &english, &other);
    assert!(problems
        .iter()
        .any(|p| matches!(p, CatalogError::UnknownKeys { keys, .. } if keys == &["c"])));
    assert!(problems
        .iter()
        .any(|p| matches!(p, CatalogError::Variables { key, .. } if key == "b")));
    let short = parse_catalog("de", "a = A\n").unwrap();
    assert!(compare("de", &english, &short)
        .iter()
        .any(|p| matches!(p, CatalogError::MissingKeys { keys, .. } if keys == &["b"])));
}

#[test]
fn the_embedded_catalogs_are_the_files_of_locales() {
    let mut paths: Vec<String> = Catalogs::iter().map(|p| p.into_owned()).collect();
    paths.sort();
    let embedded: Vec<&str> = DEFLATED.iter().map(|(p, _)| *p).collect();
    assert_eq!(embedded, paths);
    assert!(paths.iter().any(|p| p == "host/fr.ftl"), "{paths:?}");
    for path in &paths {
        let on_disk =
            std::fs::read(format!("{}/locales/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert_eq!(
            embedded_file(path).as_deref(),
            Some(on_disk.as_slice()),
            "{path}"
        );
    }
    assert_eq!(embedded_file("nowhere.ftl"), None);
}
