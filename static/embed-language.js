// An embed that asks for another language with a page of its own (?embed&lang=es, which
// the page lists as an alternate) goes to that page before anything else is fetched; one
// that asks for a language with no page goes to the default (x-default, English), whose
// build says so in the console. Module code: the release build puts it at the top of the
// island loader (src/bin/lock_down, which strips these comment lines), not in the page's
// <head>, to keep the page within its first round trip; dev pages (./run.sh serve, with
// Trunk's loader) load it as a module of its own. The snippet builder points at each
// language's folder, so only hand-written links take this step.
const embed = /[?&]embed(?:[=&]|$)/.test(location.search);
const asked = /[?&]lang=([a-z]+)/i.exec(location.search)?.[1].toLowerCase();
const alternates = [...document.querySelectorAll('link[rel=alternate]')];
const other =
  embed && asked && asked !== document.documentElement.lang.split('-')[0]
    ? (alternates.find((link) => link.hreflang === asked) ?? alternates.find((link) => link.hreflang === 'x-default'))
    : null;
if (other && new URL(other.href).pathname !== location.pathname.replace(/index\.html$/, '')) {
  location.replace(other.href + location.search + location.hash);
  await new Promise(() => {}); // The page is leaving: start nothing.
}
