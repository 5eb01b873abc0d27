//! Telling people about things that happen outside a game's own screens:
//! mail (`mail`), queued durably and sent in the background so that it
//! never delays or breaks a game.

pub mod mail;
