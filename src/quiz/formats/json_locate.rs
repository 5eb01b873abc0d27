//! Source positions for JSON documents. serde_json locates syntax and type
//! errors but keeps no positions for values it parsed fine, so the JSON
//! formats ask this scanner where each value starts (a question's line for
//! a "no correct answer" message, a field's own line and column for a
//! problem with that field). Call it only on text serde_json accepted:
//! it assumes well-formed JSON and serde_json's nesting limit.

use std::collections::HashMap;

/// Byte offset of every value in a document, by path: `questions[2]`,
/// `questions[2].correct`, `[0].questions[1]` (a top-level array), `` (the
/// root).
#[derive(Debug, Default)]
pub struct Locations {
    values: HashMap<String, usize>,
}

impl Locations {
    pub fn scan(text: &str) -> Locations {
        let mut scanner = Scanner {
            bytes: text.as_bytes(),
            pos: 0,
            found: Locations::default(),
        };
        scanner.value(String::new());
        scanner.found
    }

    /// Byte offset of the value at `path`, if there is one.
    pub fn offset(&self, path: &str) -> Option<usize> {
        self.values.get(path).copied()
    }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    found: Locations,
}

impl Scanner<'_> {
    fn skip_space(&mut self) {
        while self
            .bytes
            .get(self.pos)
            .is_some_and(|b| b.is_ascii_whitespace())
        {
            self.pos += 1;
        }
    }

    fn value(&mut self, path: String) {
        self.skip_space();
        if self.pos < self.bytes.len() {
            self.found.values.insert(path.clone(), self.pos);
        }
        match self.bytes.get(self.pos) {
            Some(b'{') => {
                self.pos += 1;
                loop {
                    self.skip_space();
                    match self.bytes.get(self.pos) {
                        Some(b'"') => {
                            let key = self.string();
                            self.skip_space();
                            self.pos += 1; // ':'
                            let child = if path.is_empty() {
                                key
                            } else {
                                format!("{path}.{key}")
                            };
                            self.value(child);
                        }
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return;
                        }
                        _ => return,
                    }
                }
            }
            Some(b'[') => {
                self.pos += 1;
                let mut index = 0;
                loop {
                    self.skip_space();
                    match self.bytes.get(self.pos) {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            return;
                        }
                        None => return,
                        Some(_) => {
                            self.value(format!("{path}[{index}]"));
                            index += 1;
                        }
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while self
                    .bytes
                    .get(self.pos)
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
                {
                    self.pos += 1;
                }
            }
            None => {}
        }
    }

    /// Reads a string starting at its opening quote; keys need no unescaping
    /// beyond what the formats use, so escapes are kept as written.
    fn string(&mut self) -> String {
        let start = self.pos + 1;
        self.pos += 1;
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'\\' => self.pos += 2,
                b'"' => break,
                _ => self.pos += 1,
            }
        }
        let end = self.pos.min(self.bytes.len());
        self.pos += 1;
        String::from_utf8_lossy(&self.bytes[start.min(end)..end]).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_objects_in_arrays_and_nested_keys() {
        let text = "{\"title\": \"a]{\\\"\",\n \"questions\": [\n  {\"text\": \"q\"},\n  {\"text\": \"r\", \"x\": [1, {\"y\": 2}]}\n]}";
        let found = Locations::scan(text);
        assert_eq!(found.offset(""), Some(0));
        let q1 = found.offset("questions[1]").unwrap();
        assert_eq!(super::super::line_at(text, q1), 4);
        assert!(found.offset("questions[1].x[1]").is_some());
        let x = found.offset("questions[1].x").unwrap();
        assert_eq!(&text[x..x + 2], "[1");
        let list = Locations::scan("[{\"questions\": [{}]}, {\"questions\": [{}, {}]}]");
        assert!(list.offset("[1].questions[1]").is_some());
        assert_eq!(list.offset("[1].questions[2]"), None);
    }
}
