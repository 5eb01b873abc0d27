//! `MediaStore` stories: blobs kept once per content, read back byte for
//! byte, listed, deleted, kept over a restart, and a failing write that
//! leaves nothing behind.

use bytes::Bytes;

use super::{migrated, now_ms, StoreBackend};
use crate::store::media::media_hash;
use crate::store::MediaInfo;

/// `len` bytes that differ from position to position and from seed to
/// seed, every byte value among them.
fn blob(seed: u8, len: usize) -> Bytes {
    (0..len)
        .map(|i| (i as u32).wrapping_mul(2_654_435_761).to_be_bytes()[0] ^ seed)
        .collect::<Vec<u8>>()
        .into()
}

/// The same bytes put twice are stored once, under their SHA-256, with the
/// first type and time; each blob comes back byte for byte; the listing is
/// oldest first; a delete removes one blob only; a restart keeps the rest.
pub async fn media_is_stored_once_and_read_back_byte_for_byte<B: StoreBackend>() {
    let Some(place) = B::place(false).await else {
        return;
    };
    let store = migrated(&place).await;
    assert_eq!(store.list_media().await.unwrap(), vec![]);
    let picture = blob(7, 300_000);
    let sound = blob(9, 70_001);
    let hash = media_hash(&picture);
    assert_eq!(hash.len(), 64);
    assert_eq!(store.get_media(&hash).await.unwrap(), None);

    let before = now_ms();
    let (first, added) = store.put_media("image/png", picture.clone()).await.unwrap();
    assert!(added);
    assert_eq!(
        (&first.hash, first.media_type.as_str(), first.size),
        (&hash, "image/png", 300_000)
    );
    assert!(first.created_at >= before && first.created_at <= now_ms());
    // Again, even under another type: the first upload's type stays, and
    // its time is renewed.
    let (again, added) = store.put_media("image/gif", picture.clone()).await.unwrap();
    assert!(!added);
    assert_eq!(
        (&again.hash, again.media_type.as_str(), again.size),
        (&first.hash, "image/png", first.size)
    );
    assert!(again.created_at >= first.created_at && again.created_at <= now_ms());
    let first = again;
    let (second, added) = store.put_media("audio/mpeg", sound.clone()).await.unwrap();
    assert!(added);
    assert_eq!(second.hash, media_hash(&sound));
    assert_eq!(second.size, 70_001);
    // Empty bytes are a blob like any other.
    let (empty, _) = store.put_media("audio/ogg", Bytes::new()).await.unwrap();
    assert_eq!(
        empty.hash,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );

    let got = store.get_media(&hash).await.unwrap().unwrap();
    assert_eq!(got.info, first);
    assert_eq!(got.bytes, picture);
    let got = store.get_media(&second.hash).await.unwrap().unwrap();
    assert_eq!((got.info, got.bytes), (second.clone(), sound.clone()));
    assert_eq!(
        store.get_media(&empty.hash).await.unwrap().unwrap().bytes,
        Bytes::new()
    );
    let listed = store.list_media().await.unwrap();
    let mut oldest_first = vec![first.clone(), second.clone(), empty.clone()];
    oldest_first.sort_by(|a, b| (a.created_at, &a.hash).cmp(&(b.created_at, &b.hash)));
    assert_eq!(listed, oldest_first);

    assert!(store.delete_media(&empty.hash).await.unwrap());
    assert!(!store.delete_media(&empty.hash).await.unwrap());
    assert_eq!(store.get_media(&empty.hash).await.unwrap(), None);
    let hashes = |list: Vec<MediaInfo>| list.into_iter().map(|m| m.hash).collect::<Vec<_>>();
    let left: Vec<String> = hashes(listed)
        .into_iter()
        .filter(|h| *h != empty.hash)
        .collect();
    assert_eq!(left.len(), 2);
    assert_eq!(hashes(store.list_media().await.unwrap()), left);

    drop(store);
    let store = place.open().await;
    store.check_schema().await.unwrap();
    assert_eq!(hashes(store.list_media().await.unwrap()), left);
    let got = store.get_media(&hash).await.unwrap().unwrap();
    assert_eq!((got.info, got.bytes), (first, picture));
    let got = store.get_media(&second.hash).await.unwrap().unwrap();
    assert_eq!(got.bytes, sound);
}

/// A blob put while writes fail is an error and is not there afterwards,
/// not even after a restart; blobs stored before stay whole; once writes
/// work again the same blob is stored.
pub async fn a_failing_media_write_leaves_nothing_behind<B: StoreBackend>() {
    let Some(place) = B::place(true).await else {
        return;
    };
    let store = migrated(&place).await;
    let kept = blob(1, 200_000);
    let (kept_info, _) = store.put_media("image/webp", kept.clone()).await.unwrap();
    let lost = blob(2, 1_000_000);
    let lost_hash = media_hash(&lost);

    place.break_writes().await;
    assert!(store.put_media("video/mp4", lost.clone()).await.is_err());
    assert!(store.delete_media(&kept_info.hash).await.is_err());
    assert_eq!(store.get_media(&lost_hash).await.unwrap(), None);
    assert_eq!(store.list_media().await.unwrap(), vec![kept_info.clone()]);
    assert_eq!(
        store
            .get_media(&kept_info.hash)
            .await
            .unwrap()
            .unwrap()
            .bytes,
        kept
    );

    // After a restart only what was stored before is there.
    drop(store);
    place.mend_writes().await;
    let store = place.open().await;
    store.check_schema().await.unwrap();
    assert_eq!(store.get_media(&lost_hash).await.unwrap(), None);
    assert_eq!(store.list_media().await.unwrap(), vec![kept_info.clone()]);

    let (stored, added) = store.put_media("video/mp4", lost.clone()).await.unwrap();
    assert!(added);
    assert_eq!(stored.hash, lost_hash);
    assert_eq!(
        store.get_media(&lost_hash).await.unwrap().unwrap().bytes,
        lost
    );
    assert_eq!(
        store
            .get_media(&kept_info.hash)
            .await
            .unwrap()
            .unwrap()
            .bytes,
        kept
    );
}
