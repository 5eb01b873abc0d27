//! How a setting is declared. `settings_table!` takes one declaration per
//! setting (key, type, default, environment variable, flags, doc comment)
//! and makes from it the settings struct, its defaults, the environment
//! layer, the file layer (a key at a time, so an unknown one is refused
//! where it stands), redaction, and the `Setting` entries that
//! `quizbox config --default` and the unknown-name checks read.
//!
//! A macro of our own rather than a layered-config crate (figment and the
//! like): the variable names are not a mechanical image of the keys
//! (`QUIZBOX_LIMIT_*` for `[limits]`, `QUIZBOX_TLS` for `tls.mode`), the
//! commented default file needs every doc comment, and an unknown key must
//! be refused with its line, which those crates' merged values no longer
//! know. It adds no dependency and nothing to compile.
//!
//! It must not know any particular setting; the tables beside it do.

use std::net::SocketAddr;
use std::ops::Range;
use std::path::PathBuf;

use serde::de::IntoDeserializer;
use toml::de::{DeString, DeTable, DeValue};
use toml::Spanned;

/// Its default depends on the data directory or is worked out at run
/// time: `quizbox config --default` shows it commented out.
pub const DERIVED: u8 = 1;
/// May hold a password: shown redacted in `Debug` and `quizbox config`.
pub const SECRET: u8 = 2;
/// Set only by the environment and flags (the file cannot say where
/// itself or the data directory is).
pub const NO_FILE: u8 = 4;

/// What stands for the data directory in defaults shown without one.
pub const DATA_DIR_SHOWN: &str = "<data dir>";

/// One setting as declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    /// The table it is in (`""` for the top level), then its key there.
    pub table: &'static str,
    pub key: &'static str,
    /// Its `QUIZBOX_*` environment variable.
    pub env: &'static str,
    /// Its doc comment, one line per `///`.
    pub doc: &'static str,
    /// Command-line flags that set it (`serve --listen`; `--data` for a
    /// global flag), each with the same environment twin.
    pub flags: &'static [&'static str],
    /// A value to show when the default is derived or unset.
    pub example: Option<&'static str>,
    /// `DERIVED`, `SECRET` and `NO_FILE`, or'ed.
    pub marks: u8,
}

impl Setting {
    pub fn derived(&self) -> bool {
        self.marks & DERIVED != 0
    }

    pub fn secret(&self) -> bool {
        self.marks & SECRET != 0
    }

    pub fn in_file(&self) -> bool {
        self.marks & NO_FILE == 0
    }

    /// `limits.pin_guesses_burst`, or `listen` at the top level.
    pub fn path(&self) -> String {
        match self.table {
            "" => self.key.to_string(),
            table => format!("{table}.{}", self.key),
        }
    }
}

/// A value a setting can hold: read from an environment variable, and
/// shown redacted when its setting is secret.
pub trait SettingValue: Sized + Clone {
    fn from_env(text: &str) -> Result<Self, String>;

    fn redact(&self) -> Self {
        self.clone()
    }
}

macro_rules! parsed_from_env {
    ($($ty:ty),*) => {$(
        impl SettingValue for $ty {
            fn from_env(text: &str) -> Result<Self, String> {
                text.trim().parse().map_err(|e| format!("{e}"))
            }
        }
    )*};
}
parsed_from_env!(u8, u16, u32, u64, usize, SocketAddr);

impl SettingValue for bool {
    fn from_env(text: &str) -> Result<Self, String> {
        match text.trim() {
            "1" | "true" | "yes" | "on" => Ok(true),
            "0" | "false" | "no" | "off" | "" => Ok(false),
            _ => Err("say true or false".into()),
        }
    }
}

impl SettingValue for String {
    fn from_env(text: &str) -> Result<Self, String> {
        Ok(text.to_string())
    }

    fn redact(&self) -> Self {
        super::redact_url(self)
    }
}

impl SettingValue for PathBuf {
    fn from_env(text: &str) -> Result<Self, String> {
        Ok(PathBuf::from(text))
    }
}

/// A comma-separated list.
impl SettingValue for Vec<String> {
    fn from_env(text: &str) -> Result<Self, String> {
        Ok(text
            .split(',')
            .map(|w| w.trim().to_string())
            .filter(|w| !w.is_empty())
            .collect())
    }
}

impl<T: SettingValue> SettingValue for Option<T> {
    fn from_env(text: &str) -> Result<Self, String> {
        T::from_env(text).map(Some)
    }

    fn redact(&self) -> Self {
        self.as_ref().map(T::redact)
    }
}

/// Reads `name` into `into` when it is set (a secret also from the file
/// `name_FILE` names); an unparsable value is an error naming the
/// variable, and the value unless it is secret.
pub fn read_env<T: SettingValue>(name: &str, marks: u8, into: &mut T) -> Result<(), String> {
    let text = match marks & SECRET {
        0 => std::env::var(name).ok(),
        _ => super::env::secret_env(name)?,
    };
    if let Some(text) = text {
        let shown = match marks & SECRET {
            0 => format!("{text:?}"),
            _ => "[redacted]".to_string(),
        };
        *into = T::from_env(&text).map_err(|e| format!("{name}={shown} is not valid: {e}"))?;
    }
    Ok(())
}

/// What is wrong in a config file, and where (a byte range of the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub span: Range<usize>,
    pub message: String,
}

/// One value of the file, as the type its setting holds.
pub fn from_file<T: serde::de::DeserializeOwned>(
    value: Spanned<DeValue<'_>>,
) -> Result<T, FileError> {
    let span = value.span();
    T::deserialize(value.into_deserializer()).map_err(|e| FileError {
        span: e.span().unwrap_or(span),
        message: e.message().trim().to_string(),
    })
}

/// The keys of a table in the file, for a table setting.
pub fn file_table<'i>(table: &str, value: Spanned<DeValue<'i>>) -> Result<DeTable<'i>, FileError> {
    let span = value.span();
    match value.into_inner() {
        DeValue::Table(t) => Ok(t),
        _ => Err(FileError {
            span,
            message: format!("`{table}` must be a table ([{table}])"),
        }),
    }
}

/// Refuses a key no setting has, naming the closest one that exists.
pub fn unknown_key(
    key: &Spanned<DeString<'_>>,
    table: &str,
    known: impl Iterator<Item = &'static str>,
) -> FileError {
    let name: &str = key.get_ref();
    let mut message = match table {
        "" => format!("unknown key `{name}`"),
        _ => format!("unknown key `{name}` in [{table}]"),
    };
    if let Some(near) = super::env::closest(name, known) {
        message.push_str(&format!("; did you mean `{near}`?"));
    }
    FileError {
        span: key.span(),
        message,
    }
}

/// `Some(x)` or `None`, from an optional macro fragment.
macro_rules! optional {
    () => {
        None
    };
    ($e:expr) => {
        Some($e)
    };
}
pub(crate) use optional;

/// Declares a settings struct, one entry per setting:
///
/// ```text
/// /// Doc comment (shown in `quizbox config --default`).
/// key: Type = default; env "QUIZBOX_…", flags ["serve --flag"], example "…", marks DERIVED | SECRET;
/// ```
///
/// `flags`, `example` and `marks` are optional. Defaults are expressions
/// that may use the data directory through the name given after the table
/// name. Tables nested in this one go in a closing `tables { … }` part.
macro_rules! settings_table {
    (
        $(#[doc = $tdoc:literal])*
        pub struct $name:ident in $table:literal ($dir:ident) {
            $(
                $(#[doc = $doc:literal])*
                $field:ident : $ty:ty = $default:expr ; env $env:literal
                $(, flags [$($flag:literal),* $(,)?])?
                $(, example $example:literal)?
                $(, marks $marks:expr)? ;
            )*
        }
        $(tables {
            $( $(#[doc = $ndoc:literal])* $nested:ident : $nty:ty ),* $(,)?
        })?
    ) => {
        $(#[doc = $tdoc])*
        #[derive(Clone, PartialEq, serde::Serialize)]
        pub struct $name {
            $( $(#[doc = $doc])* pub $field: $ty, )*
            $($( $(#[doc = $ndoc])* pub $nested: $nty, )*)?
        }

        impl $name {
            /// Every setting of this table, in the order declared.
            pub const SETTINGS: &'static [$crate::config::define::Setting] = &[$(
                $crate::config::define::Setting {
                    table: $table,
                    key: stringify!($field),
                    env: $env,
                    doc: concat!($($doc, "\n"),*),
                    flags: &[$($($flag),*)?],
                    example: $crate::config::define::optional!($($example)?),
                    marks: 0 $(| $marks)?,
                },
            )*];

            /// The tables nested in this one, each with its doc comment.
            pub const TABLES: &'static [(&'static str, &'static str)] = &[
                $($( (stringify!($nested), concat!($($ndoc, "\n"),*)), )*)?
            ];

            /// The defaults, for data kept in `$dir`.
            #[allow(unused_variables)]
            pub fn defaults_in($dir: &std::path::Path) -> Self {
                $name {
                    $( $field: $default, )*
                    $($( $nested: <$nty>::defaults_in($dir), )*)?
                }
            }

            /// Every setting declared here and in the nested tables.
            pub fn settings() -> Vec<$crate::config::define::Setting> {
                #[allow(unused_mut)]
                let mut all = Self::SETTINGS.to_vec();
                $($( all.extend(<$nty>::settings()); )*)?
                all
            }

            /// The `QUIZBOX_*` environment variables over these values.
            pub fn apply_env(&mut self) -> Result<(), String> {
                $( $crate::config::define::read_env($env, 0 $(| $marks)?, &mut self.$field)?; )*
                $($( self.$nested.apply_env()?; )*)?
                Ok(())
            }

            /// The keys of this table from a config file over these values.
            pub fn apply_file(
                &mut self,
                table: toml::de::DeTable<'_>,
            ) -> Result<(), $crate::config::define::FileError> {
                #[allow(unused_imports)]
                use $crate::config::define::{file_table, from_file, unknown_key};
                for (key, value) in table {
                    let in_file = Self::SETTINGS
                        .iter()
                        .any(|s| s.key == key.get_ref().as_ref() && s.in_file());
                    match key.get_ref().as_ref() {
                        $( stringify!($field) if in_file => self.$field = from_file(value)?, )*
                        $($( stringify!($nested) => {
                            self.$nested.apply_file(file_table(stringify!($nested), value)?)?
                        } )*)?
                        _ => {
                            let known = Self::SETTINGS
                                .iter()
                                .filter(|s| s.in_file())
                                .map(|s| s.key)
                                $(.chain([$(stringify!($nested)),*]))?;
                            return Err(unknown_key(&key, $table, known));
                        }
                    }
                }
                Ok(())
            }

            /// A copy with secrets hidden.
            pub fn redacted(&self) -> Self {
                use $crate::config::define::SettingValue;
                let mut secrets = Self::SETTINGS.iter().map(|s| s.secret());
                $name {
                    $( $field: if secrets.next() == Some(true) {
                        self.$field.redact()
                    } else {
                        self.$field.clone()
                    }, )*
                    $($( $nested: self.$nested.redacted(), )*)?
                }
            }
        }

        /// The defaults with the data directory shown as `<data dir>`.
        impl Default for $name {
            fn default() -> Self {
                Self::defaults_in(std::path::Path::new($crate::config::define::DATA_DIR_SHOWN))
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let shown = self.redacted();
                f.debug_struct(stringify!($name))
                    $( .field(stringify!($field), &shown.$field) )*
                    $($( .field(stringify!($nested), &shown.$nested) )*)?
                    .finish()
            }
        }
    };
}
pub(crate) use settings_table;
