// How the report pages write dates, durations and times, one way on both
// pages (and so in their tests), in the page's language.

import { language, t } from '/assets/i18n.js';

/** A moment (ms since the Unix epoch) as a local date and time. */
export function when(ms) {
  if (!Number.isFinite(ms) || ms <= 0) return t('report-unknown');
  return new Date(ms).toLocaleString(language(), {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
  });
}

/** A length of time in ms as "12 min 3 s", "45 s". */
export function duration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return t('report-unknown');
  const secs = Math.round(ms / 1000);
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  if (h) return t('report-duration-hours', { h, m });
  return m ? t('report-duration-minutes', { m, s }) : t('report-duration-seconds', { s });
}

/** An answer time in ms as seconds with one decimal ("3.2 s"), or "–". */
export function seconds(ms) {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '–';
  const secs = new Intl.NumberFormat(language(), {
    minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false,
  }).format(ms / 1000);
  return t('report-duration-seconds', { s: secs });
}

/** A share from 0 to 1 as a whole percentage ("67 %"), or "–". */
export function percent(share) {
  return typeof share === 'number' && Number.isFinite(share) ? t('report-percent', { pct: Math.round(share * 100) }) : '–';
}
