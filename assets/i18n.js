// The pages' language: which one (a choice remembered on this browser, else
// the first of navigator.languages we have, else English), its catalog
// (/assets/i18n/LANG.json, made from locales/LANG.ftl, for the player page and
// the big screen; /assets/i18n/SET/LANG.json, from locales/SET/LANG.ftl, for a
// page whose <html> says data-translated="SET", together with the pages' one,
// which modules shared with the player page use; only that language is
// loaded) and a small formatter for it: `{name}` placeholders, plural and
// ordinal choices (Intl.PluralRules), numbers in the locale's digits
// (Intl.NumberFormat). `translate(root)` fills every element marked
// data-i18n="key" (its text) and data-i18n-ATTR="key" (that attribute).
//
// Importing this module waits for the catalog, so a page that imports it
// first never shows a mix of languages.

import { storage } from '/assets/common.js';

/** Every language with a catalog: [tag, name in itself, right to left]. Kept equal to src/i18n.rs by a test. */
export const LANGUAGES = [
  ['en', 'English', false],
  ['es', 'Español', false],
  ['fr', 'Français', false],
  ['de', 'Deutsch', false],
  ['pt', 'Português', false],
  ['it', 'Italiano', false],
  ['nl', 'Nederlands', false],
  ['pl', 'Polski', false],
  ['tr', 'Türkçe', false],
  ['ar', 'العربية', true],
  ['he', 'עברית', true],
  ['ja', '日本語', false],
  ['zh-CN', '简体中文', false],
];

const CHOICE_KEY = 'quizbox.lang';

/** The tag of ours that best matches a browser tag ("fr-CA" → "fr"); Traditional Chinese has no catalog yet. */
export function matchLanguage(wanted) {
  const lower = String(wanted || '').toLowerCase();
  if (/^zh-(hant|tw|hk|mo)/.test(lower)) return null;
  const exact = LANGUAGES.find(([tag]) => tag.toLowerCase() === lower);
  if (exact) return exact[0];
  const base = lower.split('-')[0];
  const same = LANGUAGES.find(([tag]) => tag.toLowerCase().split('-')[0] === base);
  return same ? same[0] : null;
}

/**
 * Pages not yet translated (<html> without data-translated) stay English,
 * even where they share a module that asks for a message.
 */
const TRANSLATED = document.documentElement.hasAttribute('data-translated');

/**
 * The page's catalog set: "" for the player page and the big screen, else its
 * own ("host"). A page not yet translated is a host page: it reads the host
 * set's English, which the modules it shares with translated host pages
 * (signin.js) ask for.
 */
const SET = document.documentElement.getAttribute('data-translated') || (TRANSLATED ? '' : 'host');

function chooseLanguage() {
  if (!TRANSLATED) return 'en';
  const saved = storage.get(CHOICE_KEY);
  const fromSaved = saved && matchLanguage(saved.lang);
  if (fromSaved) return fromSaved;
  for (const wanted of navigator.languages || [navigator.language]) {
    const found = matchLanguage(wanted);
    if (found) return found;
  }
  return 'en';
}

let lang = 'en';
let messages = {};
let numbers = null;
const rules = {};

async function load(tag) {
  for (const type of Object.keys(rules)) delete rules[type];
  const names = SET ? [tag, `${SET}/${tag}`] : [tag];
  const catalogs = await Promise.all(names.map(async (name) => {
    const response = await fetch(`/assets/i18n/${name}.json`);
    if (!response.ok) throw new Error(`catalog ${name}: ${response.status}`);
    return response.json();
  }));
  const catalog = catalogs[catalogs.length - 1];
  lang = catalog.lang;
  messages = Object.assign({}, ...catalogs.map((c) => c.messages));
  // No grouping: scores read as the server and the big screen show them ("1200"), in the locale's digits.
  numbers = new Intl.NumberFormat(lang, { useGrouping: false });
  if (TRANSLATED) {
    document.documentElement.lang = lang;
    document.documentElement.dir = catalog.dir;
  }
}

try {
  await load(chooseLanguage());
} catch (e) {
  // The page's own English text stays; t() shows keys it cannot find.
  console.warn('quizbox: no catalog', e);
}

/**
 * Switches a translated page to `wanted` (a tag we may or may not have) for
 * as long as it is open, without remembering it: the big screen takes the
 * language its game was set to. Resolves true when the language changed;
 * the caller re-runs translate() and redraws what scripts wrote.
 */
export async function useLanguage(wanted) {
  const tag = matchLanguage(wanted);
  if (!TRANSLATED || !tag || tag === lang) return false;
  try {
    await load(tag);
    return true;
  } catch (e) {
    console.warn('quizbox: no catalog', e);
    return false;
  }
}

/** The page's language tag ("fr", "zh-CN"). */
export function language() {
  return lang;
}

/** A number in the locale's digits and grouping. */
export function formatLocaleNumber(n) {
  return numbers ? numbers.format(n) : String(n);
}

function pluralRules(type) {
  rules[type] ||= new Intl.PluralRules(lang, { type });
  return rules[type];
}

function pattern(key, args) {
  const message = messages[key];
  if (message === undefined) return key;
  if (typeof message === 'string') return message;
  const [name, type] = message.$.split(':');
  const n = Number(args[name]);
  if (String(n) in message) return message[String(n)];
  const category = pluralRules(type === 'ordinal' ? 'ordinal' : 'cardinal').select(n);
  return message[category] ?? message[message['*']];
}

function formatArg(value) {
  return typeof value === 'number' ? formatLocaleNumber(value) : String(value);
}

/** The message `key` with `args` put in (numbers formatted for the locale). */
export function t(key, args = {}) {
  return pattern(key, args).replace(/\{(\w+)\}/g, (_, name) => (name in args ? formatArg(args[name]) : ''));
}

/** Like t(), as a list of strings and nodes: an argument that is a Node is placed as it is. */
export function tNodes(key, args = {}) {
  return pattern(key, args).split(/(\{\w+\})/).filter(Boolean).map((part) => {
    const m = part.match(/^\{(\w+)\}$/);
    if (!m) return part;
    const value = args[m[1]];
    if (value instanceof Node) return value;
    return value === undefined ? '' : formatArg(value);
  });
}

/**
 * Fills `root`'s marked elements: data-i18n sets the text (an element's
 * children marked data-arg="name" are kept and placed at {name}), and
 * data-i18n-ATTR sets the attribute ATTR (aria-label, title, placeholder, alt).
 */
export function translate(root = document) {
  for (const node of root.querySelectorAll('*')) {
    for (const attr of [...node.attributes]) {
      if (attr.name === 'data-i18n') {
        const args = {};
        for (const child of node.querySelectorAll(':scope > [data-arg]')) args[child.dataset.arg] = child;
        node.replaceChildren(...tNodes(attr.value, args));
      } else if (attr.name.startsWith('data-i18n-')) {
        node.setAttribute(attr.name.slice('data-i18n-'.length), t(attr.value));
      }
    }
  }
  const title = document.querySelector('title[data-i18n]');
  if (title) document.title = t(title.dataset.i18n);
}

/**
 * Makes `select` the language picker: every language by its own name, the
 * current one chosen; a change is remembered and the page reloads in it.
 */
export function languagePicker(select) {
  select.replaceChildren(...LANGUAGES.map(([tag, name]) => {
    const option = document.createElement('option');
    option.value = tag;
    option.lang = tag;
    option.textContent = name;
    option.selected = tag === lang;
    return option;
  }));
  select.addEventListener('change', () => {
    storage.set(CHOICE_KEY, { lang: select.value });
    location.reload();
  });
}
