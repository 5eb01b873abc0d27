//! Sending one message through the SMTP server `[mail]` names, with lettre:
//! STARTTLS (required, never skipped), implicit TLS, or a plain connection
//! for a local relay; rustls with the system's root certificates and
//! `mail.ca_file`. It knows nothing of the queue.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment as Part, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::MailError;
use crate::config::{MailSecurity, MailSettings};
use crate::store::mail::Attachment;

/// What one message says, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing<'a> {
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub attachments: &'a [Attachment],
    pub message_id: &'a str,
}

/// The configured SMTP server and sender.
#[derive(Clone)]
pub struct Mailer {
    settings: MailSettings,
    from: Mailbox,
    tls: Option<TlsParameters>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("settings", &self.settings)
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl Mailer {
    /// The mailer `[mail]` describes; `Config` if mail is not set up or
    /// cannot work as set up (a bad sender, an unreadable CA file).
    pub fn new(settings: &MailSettings) -> Result<Mailer, MailError> {
        let Some(host) = settings.host.as_deref().filter(|h| !h.trim().is_empty()) else {
            return Err(MailError::Config(
                "mail is not set up: set mail.host and mail.from in quizbox.toml \
                 (or QUIZBOX_MAIL_HOST and QUIZBOX_MAIL_FROM)"
                    .into(),
            ));
        };
        settings.check().map_err(MailError::Config)?;
        let from_text = settings.from.as_deref().unwrap_or_default();
        let from: Mailbox = from_text.parse().map_err(|e| {
            MailError::Config(format!("mail.from {from_text:?} is not an address: {e}"))
        })?;
        let tls =
            match settings.security {
                MailSecurity::None => None,
                MailSecurity::Starttls | MailSecurity::Tls => {
                    let mut params = TlsParameters::builder(host.trim().to_string());
                    if let Some(path) = &settings.ca_file {
                        let pem = std::fs::read(path).map_err(|e| {
                            MailError::Config(format!(
                                "cannot read mail.ca_file {}: {e}",
                                path.display()
                            ))
                        })?;
                        let cert = Certificate::from_pem(&pem).map_err(|e| {
                            MailError::Config(format!("mail.ca_file {}: {e}", path.display()))
                        })?;
                        params = params.add_root_certificate(cert);
                    }
                    Some(params.build_rustls().map_err(|e| {
                        MailError::Config(format!("cannot set up TLS for mail: {e}"))
                    })?)
                }
            };
        Ok(Mailer {
            settings: settings.clone(),
            from,
            tls,
        })
    }

    /// How long one attempt may take.
    pub fn timeout(&self) -> Duration {
        Duration::from_secs(self.settings.timeout_secs.max(1))
    }

    /// The sender, as configured.
    pub fn from(&self) -> &Mailbox {
        &self.from
    }

    /// Where mail goes, for messages: `smtp.example.org:587 (starttls)`.
    pub fn server(&self) -> String {
        format!(
            "{}:{} ({})",
            self.settings.host.as_deref().unwrap_or_default().trim(),
            self.settings.port(),
            match self.settings.security {
                MailSecurity::Starttls => "starttls",
                MailSecurity::Tls => "tls",
                MailSecurity::None => "no encryption",
            }
        )
    }

    /// Sends one message, within `mail.timeout_secs`.
    pub async fn send(&self, mail: &Outgoing<'_>) -> Result<(), MailError> {
        let message = self.message(mail)?;
        let transport = self.transport()?;
        transport.send(message).await.map_err(|e| MailError::Smtp {
            permanent: e.is_permanent(),
            message: smtp_error_text(&e),
        })?;
        Ok(())
    }

    fn transport(&self) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
        let host = self.settings.host.as_deref().unwrap_or_default().trim();
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(self.settings.port())
            .timeout(Some(self.timeout()))
            .hello_name(ClientId::Domain(hello_name()));
        builder = match (&self.tls, self.settings.security) {
            (Some(params), MailSecurity::Starttls) => builder.tls(Tls::Required(params.clone())),
            (Some(params), MailSecurity::Tls) => builder.tls(Tls::Wrapper(params.clone())),
            _ => builder.tls(Tls::None),
        };
        if let Some(user) = &self.settings.username {
            let password = self
                .settings
                .password()
                .map_err(MailError::Config)?
                .unwrap_or_default();
            builder = builder.credentials(Credentials::new(user.clone(), password));
        }
        Ok(builder.build())
    }

    /// The message as sent: plain text, and a `multipart/mixed` with the
    /// attachments when there are any.
    fn message(&self, mail: &Outgoing<'_>) -> Result<Message, MailError> {
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|_| MailError::Address(mail.to.to_string()))?;
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject)
            .message_id(Some(mail.message_id.to_string()))
            .date_now();
        let built = match mail.attachments {
            [] => builder
                .header(ContentType::TEXT_PLAIN)
                .body(mail.body.to_string()),
            files => {
                let mut parts =
                    MultiPart::mixed().singlepart(SinglePart::plain(mail.body.to_string()));
                for file in files {
                    let kind = ContentType::parse(&file.content_type)
                        .unwrap_or(ContentType::parse("application/octet-stream").expect("valid"));
                    parts = parts
                        .singlepart(Part::new(file.name.clone()).body(file.bytes.clone(), kind));
                }
                builder.multipart(parts)
            }
        };
        built.map_err(|e| MailError::Build(e.to_string()))
    }
}

/// This machine's name for the SMTP greeting; servers may refuse a bare
/// `localhost`, and one without a dot is sent as an address literal.
fn hello_name() -> String {
    let name = gethostname::gethostname().to_string_lossy().into_owned();
    match name.contains('.') {
        true => name,
        false => "[127.0.0.1]".to_string(),
    }
}

/// An SMTP error as one line with its cause: lettre's own text says only
/// "network error" or "Connection error", its source says which.
fn smtp_error_text(e: &lettre::transport::smtp::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let more = cause.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = cause.source();
    }
    text
}
