// The quiz library (`/studio`): a signed-in host's quizzes with search and
// sort, and for each: edit, host, duplicate, export in every format quizbox
// writes, and delete (after a confirmation, with a few seconds to undo:
// the deleted quiz is kept here and created again). Files dropped on the
// page or chosen are imported one by one through `POST /api/quizzes/import`,
// which detects their format; its located messages are listed per file.
// Quiz text is placed with textContent only.

import { el } from '/assets/common.js';
import { language, t, translate } from '/assets/i18n.js';
import {
  api, apiError, failureText, signInPanel,
} from '/assets/signin.js';

const $ = (id) => document.getElementById(id);

/** The formats `GET /api/quizzes/{id}/export` writes (`ExportFormat::ALL`), with their labels (in the page's language). */
export const EXPORT_FORMATS = [
  ['toml', () => 'TOML (quizbox)'],
  ['json', () => 'JSON (quizbox)'],
  ['csv', () => 'CSV'],
  ['xlsx', () => t('studio-format-xlsx')],
  ['gift', () => 'GIFT (Moodle)'],
  ['bundle', () => t('studio-format-bundle')],
];

/** How long a deleted quiz can be brought back from this page. */
const UNDO_MS = 10000;

let quizzes = [];
let undo = null; // {quiz (the native JSON), title, timer}

function showError(text) {
  $('page-error').textContent = text;
}

function announce(text) {
  $('announce').textContent = text;
}

// ------------------------------------------------------------ the list

async function loadQuizzes() {
  let response;
  try {
    response = await api('/api/quizzes', { cache: 'no-store' });
  } catch (error) {
    showError(failureText(error));
    return;
  }
  if (!response.ok) {
    showError(t('studio-load-failed', { error: await apiError(response) }));
    return;
  }
  const body = await response.json().catch(() => []);
  quizzes = Array.isArray(body) ? body : [];
  renderList();
}

/** When the quiz was last played (Unix ms), or null. */
function lastPlayed(quiz) {
  const v = quiz.last_played_at ?? quiz.last_played;
  return typeof v === 'number' ? v : null;
}

function when(ms) {
  if (typeof ms !== 'number') return t('studio-never');
  const d = new Date(ms);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay
    ? d.toLocaleTimeString(language(), { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(language(), { year: 'numeric', month: 'short', day: 'numeric' });
}

function sorted(list) {
  const by = $('library-sort').value;
  const title = (q) => (q.title || q.id).toLocaleLowerCase();
  const out = [...list];
  if (by === 'updated') out.sort((a, b) => (b.updated_at || 0) - (a.updated_at || 0) || title(a).localeCompare(title(b), language()));
  else if (by === 'played') out.sort((a, b) => (lastPlayed(b) ?? -1) - (lastPlayed(a) ?? -1) || title(a).localeCompare(title(b), language()));
  else out.sort((a, b) => title(a).localeCompare(title(b), language()));
  return out;
}

function matches(quiz, words) {
  const haystack = `${quiz.title || ''} ${quiz.description || ''} ${quiz.id}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

function actionButton(text, label, onClick, className = '') {
  const b = el('button', { type: 'button', text, className, attrs: { 'aria-label': label } });
  b.addEventListener('click', onClick);
  return b;
}

function quizItem(quiz, n) {
  const name = quiz.title || quiz.id;
  const headingId = `quiz-title-${n}`;
  const count = Number(quiz.question_count) || 0;
  const meta = [
    t('studio-questions', { count }),
    t('studio-changed', { when: when(quiz.updated_at) }),
    t('studio-last-played', { when: when(lastPlayed(quiz)) }),
  ];
  if (quiz.owner) meta.push(t('studio-owner', { name: quiz.owner }));
  else if (quiz.source === 'sample') meta.push(t('studio-sample'));
  const format = el('select', { attrs: { 'aria-label': t('studio-export-format', { name }) } },
    ...EXPORT_FORMATS.map(([value, label]) => el('option', { text: label(), attrs: { value } })));
  const exporter = actionButton(t('studio-export'), t('studio-export-label', { name }), () => exportQuiz(quiz, format.value));
  return el('li', { className: 'library-item', dataset: { id: quiz.id }, attrs: { 'aria-labelledby': headingId } },
    el('h2', { className: 'quiz-name', attrs: { id: headingId } },
      el('a', { text: name, attrs: { href: `/studio/edit/${encodeURIComponent(quiz.id)}`, dir: 'auto' } })),
    el('p', { className: 'quiz-meta', text: meta.join(' · ') }),
    quiz.description ? el('p', { className: 'quiz-desc', text: quiz.description, attrs: { dir: 'auto' } }) : null,
    el('div', { className: 'row item-actions' },
      actionButton(t('studio-host'), t('studio-host-label', { name }), (event) => hostQuiz(quiz, event.currentTarget), 'primary'),
      el('a', {
        className: 'button',
        text: t('studio-edit'),
        attrs: { href: `/studio/edit/${encodeURIComponent(quiz.id)}`, 'aria-label': t('studio-edit-label', { name }) },
      }),
      actionButton(t('studio-duplicate'), t('studio-duplicate-label', { name }), () => duplicateQuiz(quiz)),
      actionButton(t('studio-delete'), t('studio-delete-label', { name }), () => confirmDelete(quiz), 'danger'),
      el('span', { className: 'export' }, format, exporter)));
}

function renderList() {
  const words = $('library-search').value.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = sorted(quizzes).filter((q) => matches(q, words));
  $('library-list').replaceChildren(...shown.map((q, i) => quizItem(q, i)));
  if (quizzes.length === 0) {
    $('library-count').textContent = t('studio-none');
  } else if (shown.length === quizzes.length) {
    $('library-count').textContent = t('studio-count', { count: quizzes.length });
  } else {
    $('library-count').textContent = t('studio-count-match', { shown: shown.length, count: quizzes.length });
  }
}

/** Puts the keyboard back on the quiz `id`'s title after the list was drawn again. */
function focusQuiz(id) {
  const item = [...$('library-list').children].find((li) => li.dataset.id === id);
  const link = item && item.querySelector('.quiz-name a');
  if (link) link.focus();
}

// ------------------------------------------------------------ actions

async function hostQuiz(quiz, button) {
  button.disabled = true;
  showError('');
  try {
    const response = await api('/api/games', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ quiz_id: quiz.id }),
    });
    if (!response.ok) throw new Error(t('studio-host-failed', { error: await apiError(response) }));
    const game = await response.json();
    if (!game || typeof game.screen_url !== 'string') throw new Error(t('studio-unexpected-reply'));
    location.assign(game.screen_url);
  } catch (error) {
    showError(failureText(error));
    button.disabled = false;
  }
}

async function duplicateQuiz(quiz) {
  showError('');
  try {
    const response = await api(`/api/quizzes/${encodeURIComponent(quiz.id)}/copy`, { method: 'POST' });
    if (!response.ok) throw new Error(t('studio-duplicate-failed', { title: quiz.title, error: await apiError(response) }));
    const copy = await response.json().catch(() => null);
    await loadQuizzes();
    const id = copy && copy.id;
    announce(copy && copy.title
      ? t('studio-duplicated-as', { title: quiz.title, copy: copy.title })
      : t('studio-duplicated', { title: quiz.title }));
    if (id) focusQuiz(id);
  } catch (error) {
    showError(failureText(error));
  }
}

async function exportQuiz(quiz, format) {
  showError('');
  try {
    const response = await api(`/api/quizzes/${encodeURIComponent(quiz.id)}/export?format=${encodeURIComponent(format)}`);
    if (!response.ok) throw new Error(t('studio-export-failed', { title: quiz.title, error: await apiError(response) }));
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
    const blob = await response.blob();
    const link = el('a', { attrs: { href: URL.createObjectURL(blob), download: name ? name[1] : `${quiz.id}.${format}` } });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    const lost = Number(response.headers.get('Quizbox-Export-Warnings')) || 0;
    announce(lost
      ? t('studio-exported-lossy', { title: quiz.title, count: lost })
      : t('studio-exported', { title: quiz.title }));
  } catch (error) {
    showError(failureText(error));
  }
}

let confirming = null; // the quiz the open confirmation asks about

function confirmDelete(quiz) {
  $('confirm-title').textContent = t('studio-confirm-title', { title: quiz.title || quiz.id });
  confirming = quiz;
  $('confirm-delete').showModal();
  $('confirm-keep').focus();
}

/**
 * Closes the confirmation and acts on the answer at once. (The dialog's own
 * close event comes later, by which time another confirmation may be open:
 * acting there once deleted a quiz twice, or kept one the host deleted.)
 */
function answerDelete(remove) {
  const quiz = confirming;
  confirming = null;
  $('confirm-delete').close();
  if (!quiz) return;
  if (remove) deleteQuiz(quiz);
  else focusQuiz(quiz.id);
}

async function deleteQuiz(quiz) {
  showError('');
  try {
    // Kept here so that Undo can create it again.
    const read = await api(`/api/quizzes/${encodeURIComponent(quiz.id)}`, { cache: 'no-store' });
    if (!read.ok) throw new Error(t('studio-delete-failed', { title: quiz.title, error: await apiError(read) }));
    const kept = await read.json();
    const headers = {};
    const etag = read.headers.get('ETag');
    if (etag) headers['If-Match'] = etag;
    const response = await api(`/api/quizzes/${encodeURIComponent(quiz.id)}`, { method: 'DELETE', headers });
    if (!response.ok) throw new Error(t('studio-delete-failed', { title: quiz.title, error: await apiError(response) }));
    await loadQuizzes();
    offerUndo(kept, quiz.title || quiz.id);
  } catch (error) {
    showError(failureText(error));
  }
}

function offerUndo(kept, title) {
  if (undo) clearTimeout(undo.timer);
  undo = { kept, title, timer: setTimeout(endUndo, UNDO_MS) };
  $('undo-text').textContent = t('studio-deleted', { title });
  $('undo').setAttribute('aria-label', t('studio-undo-label', { title }));
  $('undo-bar').hidden = false;
  announce(t('studio-deleted-undo', { title, secs: UNDO_MS / 1000 }));
  $('undo').focus();
}

function endUndo() {
  if (!undo) return;
  clearTimeout(undo.timer);
  undo = null;
  const hadFocus = document.activeElement === $('undo');
  $('undo-bar').hidden = true;
  if (hadFocus) $('library-search').focus();
}

async function undoDelete() {
  if (!undo) return;
  const { kept, title } = undo;
  endUndo();
  try {
    const response = await api('/api/quizzes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // What GET answered is what POST takes: the quiz comes back whole, under its id.
      body: JSON.stringify(kept),
    });
    if (!response.ok) throw new Error(t('studio-undo-failed', { title, error: await apiError(response) }));
    await loadQuizzes();
    announce(t('studio-back', { title }));
    focusQuiz(kept.id);
  } catch (error) {
    showError(failureText(error));
  }
}

// ------------------------------------------------------------ import

/** One file through the import API; returns its summary, or throws with a message. */
async function importFile(file) {
  const response = await api(`/api/quizzes/import?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  if (response.ok || response.status === 422) return response.json();
  throw new Error(await apiError(response));
}

function located(d) {
  // The server's message stays as it sent it; only the place is in the page's language.
  const where = [d.line, d.column].filter((v) => v !== null && v !== undefined).join(':');
  return `${where ? `${t('studio-import-line', { where })} ` : ''}${d.field ? `${d.field}: ` : ''}${d.message}`;
}

/** What the server did with one quiz of a file: "created", "updated", or nothing (only checked). */
function importStatus(status) {
  if (status === 'created') return t('studio-import-created');
  if (status === 'updated') return t('studio-import-updated');
  return t('studio-import-checked');
}

function fileReport(name, summary, failure) {
  const item = el('li', { className: 'import-file' });
  if (failure) {
    item.classList.add('failed');
    item.append(el('strong', { text: `${t('studio-import-refused', { name })} ` }), failure);
    return item;
  }
  const file = (summary.files && summary.files[0]) || { errors: [], warnings: [], quizzes: [] };
  const ok = summary.ok && summary.written;
  item.classList.toggle('failed', !ok);
  const titles = (file.quizzes || []).map((q) => t('studio-import-quiz', {
    title: q.title, count: Number(q.questions) || 0, status: importStatus(q.status),
  }));
  item.append(el('strong', {
    text: ok ? t('studio-imported', { name, titles: titles.join(', ') }) : t('studio-import-nothing', { name }),
  }));
  const lines = [
    ...(file.errors || []).map((d) => ['error', t('studio-import-error', { text: located(d) })]),
    ...(file.warnings || []).map((d) => ['warning', t('studio-import-warning', { text: located(d) })]),
  ];
  if (lines.length) {
    item.append(el('ul', { className: 'diagnostics' },
      ...lines.map(([level, text]) => el('li', { className: level, text }))));
  }
  return item;
}

async function importFiles(files) {
  if (!files.length) return;
  showError('');
  const list = el('ul', { className: 'import-files' });
  $('import-report').replaceChildren(el('p', { text: t('studio-importing', { count: files.length }) }), list);
  let imported = 0;
  for (const file of files) {
    try {
      const summary = await importFile(file);
      if (summary.ok && summary.written) imported += 1;
      list.append(fileReport(file.name, summary, null));
    } catch (error) {
      list.append(fileReport(file.name, null, failureText(error) || t('studio-import-server-refused')));
    }
  }
  $('import-report').firstChild.textContent = t('studio-imported-count', { imported, count: files.length });
  if (imported) await loadQuizzes();
}

function importSetup() {
  const zone = $('import-zone');
  $('import-choose').addEventListener('click', () => $('import-file').click());
  $('import-file').addEventListener('change', async () => {
    await importFiles([...$('import-file').files]);
    $('import-file').value = '';
  });
  // The whole page takes a drop, so a file let go beside the zone is not opened by the browser instead.
  document.addEventListener('dragover', (event) => {
    if (!event.dataTransfer || ![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    zone.classList.add('drag-over');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) zone.classList.remove('drag-over');
  });
  document.addEventListener('drop', (event) => {
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    zone.classList.remove('drag-over');
    if (!$('library').hidden) importFiles([...event.dataTransfer.files]);
  });
}

// ------------------------------------------------------------ start

function init() {
  translate();
  $('library-search').addEventListener('input', renderList);
  $('library-sort').addEventListener('change', renderList);
  $('undo').addEventListener('click', undoDelete);
  $('confirm-delete').querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    answerDelete(event.submitter?.value === 'delete');
  });
  $('confirm-delete').addEventListener('cancel', (event) => {
    event.preventDefault();
    answerDelete(false);
  });
  importSetup();
  signInPanel({
    content: 'library',
    showError,
    signedIn: () => {
      $('library').hidden = false;
      loadQuizzes();
    },
  });
}

init();
