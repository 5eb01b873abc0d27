// How the report pages write dates, durations and times, one way on both
// pages (and so in their tests).

/** A moment (ms since the Unix epoch) as a local date and time. */
export function when(ms) {
  if (!Number.isFinite(ms) || ms <= 0) return 'unknown';
  return new Date(ms).toLocaleString([], {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
  });
}

/** A length of time in ms as "12 min 3 s", "45 s". */
export function duration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  const secs = Math.round(ms / 1000);
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  if (h) return `${h} h ${m} min`;
  return m ? `${m} min ${s} s` : `${s} s`;
}

/** An answer time in ms as seconds with one decimal ("3.2 s"), or "–". */
export function seconds(ms) {
  return typeof ms === 'number' && Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–';
}

/** A share from 0 to 1 as a whole percentage ("67 %"), or "–". */
export function percent(share) {
  return typeof share === 'number' && Number.isFinite(share) ? `${Math.round(share * 100)} %` : '–';
}
