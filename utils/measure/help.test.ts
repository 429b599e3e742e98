// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { helpSchema } from '../model/help';
import { findHelp } from './help';
import { fakeLayout } from './test-layout';

const FOOTER_BOX = 'data-box="0 2400 1280 300"';

function help() {
  return helpSchema.parse(findHelp(document, fakeLayout(document, { width: 1280, height: 800, scrollHeight: 2700 })));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findHelp', () => {
  it('finds phone, e-mail and a contact page in the footer, below the first viewport', () => {
    document.body.innerHTML = `<main><h1>Regenjacke</h1></main><footer ${FOOTER_BOX}>
      <a href="tel:+498001234567" data-box="20 2420 200 20">0800 123 45 67</a>
      <a href="mailto:service@example.de" data-box="20 2450 200 20">service@example.de</a>
      <a href="/kontakt" data-box="20 2480 100 20">Kontakt</a></footer>`;
    const found = help();
    expect(found.humanReachable).toBe(true);
    expect(found.humanInFirstViewport).toBe(false);
    expect(found.channels.phone).toEqual({ visible: true, inFirstViewport: false });
    expect(found.channels.email.visible).toBe(true);
    expect(found.channels.contactPage.visible).toBe(true);
    expect(found.channels.chat.visible).toBe(false);
    expect(found.evidence.map((e) => [e.channel, e.label])).toEqual([
      ['phone', '0800 123 45 67'],
      ['email', 'service@example.de'],
      ['contactPage', 'Kontakt'],
    ]);
  });

  it('does not count contact links that are hidden or inside a closed menu', () => {
    document.body.innerHTML = `<nav><ul style="display:none"><li><a href="/contact">Contact us</a></li></ul>
      <a href="tel:123456789" style="visibility:hidden">Call</a>
      <a href="/kontakt" class="sr-only" data-box="0 0 1 1">Kontakt</a></nav>`;
    expect(help().humanReachable).toBe(false);
    expect(help().evidence).toEqual([]);
  });

  it('knows a German service link by its words and by its path, and FAQ as self-service only', () => {
    document.body.innerHTML = `<header><a href="/hilfe/faq">Häufige Fragen</a></header>
      <footer><a href="/de/kundenservice/">Service</a><a href="/agb">AGB</a>
      <a href="/terms-of-service">Terms of Service</a></footer>`;
    const found = help();
    expect(found.channels.selfService).toEqual({ visible: true, inFirstViewport: true });
    expect(found.evidence.filter((e) => e.channel === 'contactPage').map((e) => e.label)).toEqual(['Service']);
  });

  it('a page with only an FAQ link does not reach a human', () => {
    document.body.innerHTML = '<a href="/faq">FAQ</a>';
    expect(help()).toMatchObject({ humanReachable: false, channels: { selfService: { visible: true } } });
  });

  it('finds a hotline number in text next to its word, not a number elsewhere', () => {
    document.body.innerHTML = `<div class="usp"><span>Bestellhotline:</span> <strong>0800 / 123 45 67</strong></div>
      <p>Bestellnummer 4711-0815-1234</p>`;
    const found = help();
    expect(found.channels.phone).toEqual({ visible: true, inFirstViewport: true });
    expect(found.evidence).toMatchObject([{ channel: 'phone', selector: 'div.usp' }]);
  });

  it('finds a chat launcher, fixed on screen, as chat in the first viewport even on a scrolled page', () => {
    document.body.innerHTML = `<div id="tidio-chat" style="position:fixed" data-box="1200 720 60 60">
      <button aria-label="Open chat">.</button></div><a href="/kontakt" data-box="0 100 80 20">Kontakt</a>`;
    window.scrollTo(0, 1_500);
    try {
      const found = help();
      expect(found.channels.chat).toEqual({ visible: true, inFirstViewport: true });
      expect(found.channels.contactPage).toEqual({ visible: true, inFirstViewport: false });
      expect(found.humanInFirstViewport).toBe(true);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('keeps at most three pieces of evidence per channel, and stops looking once one is in the first viewport', () => {
    const mail = (i: number, y: number) => `<a href="mailto:s${i}@example.de" data-box="0 ${y} 100 20">Mail</a>`;
    document.body.innerHTML = Array.from({ length: 10 }, (_, i) => mail(i, 2_000 + i * 30)).join('');
    expect(help().evidence).toHaveLength(3);
    document.body.innerHTML = mail(1, 100) + mail(2, 130);
    expect(help().evidence).toHaveLength(1);
  });
});

describe('findHelp on a large page', () => {
  it('reads styles only for the links that offer help', () => {
    const links = Array.from({ length: 2_000 }, (_, i) => `<li><a href="/p/${i}">Jacke ${i}</a> 19,99 €</li>`);
    document.body.innerHTML = `<ul>${links.join('')}</ul><footer><a href="/kontakt">Kontakt</a></footer>`;
    const layout = fakeLayout(document);
    let reads = 0;
    const found = findHelp(document, { ...layout, style: (e) => (reads++, layout.style(e)) });
    expect(found.channels.contactPage.visible).toBe(true);
    expect(reads).toBeLessThan(20);
  });
});
