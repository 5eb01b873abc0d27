use super::*;

#[test]
fn server_messages_stay_small() {
    assert!(
        std::mem::size_of::<ServerMsg>() <= 64,
        "ServerMsg is {} bytes: the engine builds one per player at every \
         reveal, so large variants must be boxed",
        std::mem::size_of::<ServerMsg>()
    );
}

#[test]
fn engine_outputs_stay_small() {
    assert!(
        std::mem::size_of::<crate::game::Output>() <= 72,
        "Output is {} bytes: the engine builds one per player at every reveal",
        std::mem::size_of::<crate::game::Output>()
    );
}

#[test]
fn welcome_fields_are_at_the_top_level() {
    let msg = ServerMsg::Welcome(Box::new(Welcome {
        v: PROTOCOL_VERSION,
        role: Role::Player,
        pin: "123456".into(),
        game_id: "g1".into(),
        quiz_title: "Capitals".into(),
        server_time: 1_000,
        player: Some(PlayerInfo {
            id: 7,
            nickname: "Ada".into(),
            team: None,
            members: Vec::new(),
        }),
        token: Some("t0k".into()),
        score: Some(40),
        players: None,
        answered: true,
        locked: false,
        late_join: false,
        plays_from: None,
        team_mode: None,
        teams: Vec::new(),
        team: None,
        screen_language: None,
        state: PhaseView::Lobby,
    }));
    let json = msg.to_json();
    assert_eq!(
        json,
        r#"{"type":"welcome","v":1,"role":"player","pin":"123456","game_id":"g1","quiz_title":"Capitals","server_time":1000,"player":{"id":7,"nickname":"Ada"},"token":"t0k","score":40,"answered":true,"state":{"phase":"lobby"}}"#
    );
    assert_eq!(serde_json::from_str::<ServerMsg>(&json).unwrap(), msg);
}

#[test]
fn phase_keeps_its_state_field() {
    let msg = ServerMsg::phase(PhaseView::Podium {
        top: Vec::new(),
        teams: Vec::new(),
    });
    let json = msg.to_json();
    assert_eq!(
        json,
        r#"{"type":"phase","state":{"phase":"podium","top":[]}}"#
    );
    assert_eq!(serde_json::from_str::<ServerMsg>(&json).unwrap(), msg);
}
