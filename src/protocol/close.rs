//! Close codes sent with the WebSocket close frame.

/// Opening message missing, malformed or of the wrong type.
pub const BAD_HELLO: u16 = 4000;
/// Protocol version not supported.
pub const VERSION: u16 = 4001;
/// Host key or resume token not accepted.
pub const FORBIDDEN: u16 = 4003;
/// No game with this PIN.
pub const UNKNOWN_GAME: u16 = 4004;
/// Join refused (nickname taken or invalid, game started, game full).
pub const JOIN_REFUSED: u16 = 4009;
/// The host removed this player.
pub const KICKED: u16 = 4010;
/// The game is over.
pub const GAME_OVER: u16 = 4011;
/// The client did not read its messages fast enough.
pub const TOO_SLOW: u16 = 4012;
/// The same player connected again from elsewhere.
pub const REPLACED: u16 = 4013;
/// The connection sent more messages than the server allows per second.
pub const TOO_MANY_MESSAGES: u16 = 4008;
/// Too many wrong PINs, host keys or resume tokens from this address;
/// try again later.
pub const RATE_LIMITED: u16 = 4029;
/// A frame larger than the server accepts (standard code).
pub const TOO_BIG: u16 = 1009;
/// Server going away (standard code).
pub const GOING_AWAY: u16 = 1001;
