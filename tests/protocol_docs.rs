//! docs/protocol.md shows the wire messages as they are: every message it
//! writes out, in its reference and in "A game, message by message", reads
//! as a message of the side that sends it and writes back to the same JSON,
//! so no field the server sends is missing from the page and none is made up.

use quizbox::protocol::{ClientMsg, ServerMsg};
use serde_json::Value;

/// Every one-line JSON object with a `type` in the page, with its line
/// number and, in the walk-through, the arrow saying who sends it.
fn messages(page: &str) -> Vec<(usize, Option<char>, Value)> {
    let mut found = Vec::new();
    for (n, line) in page.lines().enumerate() {
        let Some(start) = line.find("{\"type\":") else {
            continue;
        };
        let arrow = line[..start].chars().rev().find(|c| matches!(c, '←' | '→'));
        let Ok(value) = serde_json::from_str::<Value>(&line[start..]) else {
            continue;
        };
        found.push((n + 1, arrow, value));
    }
    found
}

/// JSON equality where `1` and `1.0` are the same number, as they are to
/// every JSON reader.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// The message written back by the type it reads as, if it reads as one.
fn written_back<T: serde::de::DeserializeOwned + serde::Serialize>(value: &Value) -> Option<Value> {
    let msg: T = serde_json::from_value(value.clone()).ok()?;
    Some(serde_json::to_value(msg).unwrap())
}

#[test]
fn every_message_in_protocol_md_is_one_the_server_sends_or_reads_unchanged() {
    let page =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/protocol.md")).unwrap();
    let found = messages(&page);
    assert!(found.len() > 60, "only {} messages found", found.len());
    let mut wrong = Vec::new();
    for (line, arrow, value) in &found {
        let server = written_back::<ServerMsg>(value);
        let client = written_back::<ClientMsg>(value);
        let back = match arrow {
            Some('←') => server,
            Some('→') => client,
            _ => server.or(client),
        };
        match back {
            Some(back) if same(&back, value) => {}
            Some(back) => wrong.push(format!(
                "protocol.md:{line}: written as\n  {value}\nbut the server's is\n  {back}"
            )),
            None => wrong.push(format!("protocol.md:{line}: no such message: {value}")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
