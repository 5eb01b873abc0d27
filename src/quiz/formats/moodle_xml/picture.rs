//! A Moodle question's picture: the first `<img>` in its text, and the
//! file Moodle embeds for it in base64, handed on as an attachment.

use base64::Engine;

use super::super::text::picture_source;
use super::super::{Attachment, Diagnostic, Outcome};
use super::Element;

/// The first picture in a question's text: a `<file>` the question embeds
/// (Moodle's `@@PLUGINFILE@@/NAME`), handed on as an attachment of its own
/// since every question may embed an `image.png`, or a name or address as
/// written.
pub(super) fn picture(
    element: &Element,
    number: usize,
    (line, column): (usize, usize),
    out: &mut Outcome,
) -> Option<String> {
    let text = element.child("questiontext")?;
    let html = text.child("text").map_or("", |t| t.text.as_str());
    let src = picture_source(html)?;
    let Some(file) = text
        .children("file")
        .find(|f| f.attr("name") == Some(src.as_str()))
    else {
        return Some(src);
    };
    let encoded: String = file.text.split_whitespace().collect();
    match base64::engine::general_purpose::STANDARD.decode(encoded) {
        Ok(bytes) => {
            let name = format!("questions[{number}]/{src}");
            out.attachments.push(Attachment {
                name: name.clone(),
                bytes,
            });
            Some(name)
        }
        Err(e) => {
            out.error(Diagnostic::at(
                line,
                column,
                format!("questions[{number}].text"),
                format!("the embedded file {src:?} is not valid base64 ({e})"),
            ));
            None
        }
    }
}
