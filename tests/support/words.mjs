// Finds English left on a page built in the pseudo-language (`--features lang-pseudo`,
// src/build/pseudo.rs), where every word from the data files has its letters accented:
// any run of two plain ASCII letters a reader can meet is a word that did not come through
// src/content. Text a page keeps in another language says so: `translate="no"` (code) or a
// `lang` other than the page's (the references' English titles).

/** Two or more ASCII letters in a row: English (or code) a reader would see. */
export const ENGLISH = /[A-Za-z]{2,}/;

/** The attributes a reader meets as words (read aloud, shown as tooltips, or as hints). */
const WORD_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];

/**
 * In the page (or frame): every text node and word attribute a reader can meet inside
 * `scope` (a selector; the whole document if null) and its open shadow roots, that holds a
 * run of ASCII letters and is not marked as kept in another language. `lang` is the
 * page's language; a part inside `scope` that names another is exempt. Resolves to lines
 * `where: "text"`, without repeats.
 */
export function englishIn(target, { scope = null, lang = 'en-XA' } = {}) {
  return target.evaluate(
    ({ scope, lang, attributes, pattern }) => {
      const english = new RegExp(pattern);
      const top = scope ? document.querySelector(scope) : document.documentElement;
      if (!top) throw new Error(`nothing matches ${scope}`);
      // Up one element, across a shadow root's edge, stopping at the scope.
      const up = (el) => (el === top ? null : el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null));
      const exempt = (el) => {
        for (let at = el; at; at = up(at)) {
          if (at.getAttribute('translate') === 'no') return true;
          if (at.hasAttribute('lang')) return at.getAttribute('lang') !== lang;
        }
        return false;
      };
      // What a reader can meet: rendered (visually hidden text is read aloud), in a closed
      // <details> (one tap away), or an SVG title or description.
      const reachable = (el) =>
        el.checkVisibility() || el.closest('details:not([open])') !== null || (el.closest('svg') !== null && el.matches('title, desc'));
      const name = (el) => {
        const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.localName}${el.id ? `#${el.id}` : ''}${cls}`;
      };
      const roots = [top];
      const found = new Set();
      for (let i = 0; i < roots.length; i += 1) {
        const root = roots[i];
        const all = [...(root.querySelectorAll ? root.querySelectorAll('*') : [])];
        if (root.nodeType === 1) all.unshift(root);
        for (const el of all) {
          if (el.shadowRoot) roots.push(el.shadowRoot);
          if (el.matches('script, style, template, noscript:not(:has(*))') || exempt(el) || !reachable(el)) continue;
          for (const node of el.childNodes) {
            const text = node.nodeType === 3 ? node.textContent.replace(/\s+/g, ' ').trim() : '';
            if (english.test(text) && !(el.localName === 'title' && el.closest('head'))) found.add(`${name(el)}: "${text.slice(0, 90)}"`);
          }
          for (const attribute of attributes) {
            const value = el.getAttribute(attribute);
            if (value && english.test(value)) found.add(`${name(el)} [${attribute}]: "${value.slice(0, 90)}"`);
          }
          if (el.matches('input[type=button], input[type=submit], input[type=reset]') && english.test(el.value)) {
            found.add(`${name(el)} [value]: "${el.value}"`);
          }
        }
      }
      if (!scope && english.test(document.title) && !exempt(document.documentElement)) found.add(`title: "${document.title}"`);
      return [...found];
    },
    { scope, lang, attributes: WORD_ATTRIBUTES, pattern: ENGLISH.source },
  );
}
