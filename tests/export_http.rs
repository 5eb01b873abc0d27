//! `GET /api/quizzes/{id}/export` against an in-process server: every
//! format quizbox writes, byte for byte what `quizbox export` would write,
//! named for download; an unknown format and another host's quiz refused.

mod common;

use common::{http_raw, settings_for, TestServer};
use quizbox::quiz::formats::{self, ExportFormat};
use quizbox::server::auth;
use quizbox::store::{Scope, TokenKind, UserRole};

#[tokio::test]
async fn every_export_format_downloads_over_http() {
    let server = TestServer::start().await;
    let auth = format!("Bearer {}", server.token);
    let settings = settings_for(server.dir.path());
    let store = quizbox::store::open(&settings.database).await.unwrap();
    let quiz = store.get_quiz("world-capitals").await.unwrap().unwrap();

    for format in ExportFormat::ALL {
        let path = format!(
            "/api/quizzes/world-capitals/export?format={}",
            format.name()
        );
        let (status, headers, body) = http_raw(
            server.addr,
            "GET",
            &path,
            None,
            &[("Authorization", auth.as_str())],
        )
        .await
        .unwrap();
        assert_eq!(status, 200, "{path}: {}", String::from_utf8_lossy(&body));
        let (expected, warnings) = formats::write(format, std::slice::from_ref(&quiz)).unwrap();
        assert_eq!(body, expected, "{path}");
        let header = |name: &str| headers.get(name).unwrap().to_str().unwrap().to_string();
        assert_eq!(
            header("content-disposition"),
            format!(
                "attachment; filename=\"world-capitals.{}\"",
                format.extension()
            )
        );
        assert_eq!(
            header("quizbox-export-warnings"),
            warnings.len().to_string()
        );
    }

    // Without a format: TOML, as `quizbox export` writes by default.
    let (status, headers, _) = http_raw(
        server.addr,
        "GET",
        "/api/quizzes/world-capitals/export",
        None,
        &[("Authorization", auth.as_str())],
    )
    .await
    .unwrap();
    assert_eq!(status, 200);
    assert!(headers["content-disposition"]
        .to_str()
        .unwrap()
        .ends_with(".toml\""));

    // An unknown format names the ones there are.
    let (status, _, body) = http_raw(
        server.addr,
        "GET",
        "/api/quizzes/world-capitals/export?format=pdf",
        None,
        &[("Authorization", auth.as_str())],
    )
    .await
    .unwrap();
    assert_eq!(status, 400);
    let body = String::from_utf8_lossy(&body);
    assert!(
        body.contains("\\\"pdf\\\"") && body.contains("toml, json, csv, xlsx, gift"),
        "{body}"
    );

    // Another host's quiz is not there for them; no credentials, 401.
    let hash = auth::hash_password("ola-password-1").unwrap();
    let ola = store
        .create_user("ola", UserRole::Host, &hash)
        .await
        .unwrap()
        .id;
    let token = auth::issue_token(
        store.as_ref(),
        ola,
        TokenKind::Api,
        "test",
        &Scope::ALL,
        None,
    )
    .await
    .unwrap();
    let admin_only = "title = \"Admin's\"\nid = \"admins\"\n\n[[questions]]\ntext = \"Q?\"\nanswers = [\"a\", \"b\"]\ncorrect = 1\n";
    let (status, _, _) = http_raw(
        server.addr,
        "POST",
        "/api/quizzes/import?name=admins.toml",
        Some(admin_only),
        &[("Authorization", auth.as_str())],
    )
    .await
    .unwrap();
    assert_eq!(status, 200);
    let theirs = format!("Bearer {token}");
    let (status, _, _) = http_raw(
        server.addr,
        "GET",
        "/api/quizzes/admins/export?format=csv",
        None,
        &[("Authorization", theirs.as_str())],
    )
    .await
    .unwrap();
    assert_eq!(status, 404);
    let (status, _, _) = http_raw(server.addr, "GET", "/api/quizzes/admins/export", None, &[])
        .await
        .unwrap();
    assert_eq!(status, 401);
    server.stop().await;
}
