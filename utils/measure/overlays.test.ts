// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Layout } from './layout';
import { classifyOverlay, findOverlays, overlayLabel, viewportCoverage } from './overlays';
import { fakeLayout } from './test-layout';

const FULL = 'data-box="0 0 1280 800"';

function overlays() {
  return findOverlays(document, fakeLayout(document)).map((o) => ({
    id: o.element.id,
    kind: o.kind,
    coverage: o.coverage,
    modal: o.modal,
  }));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findOverlays', () => {
  it('finds a German cookie banner by its words, a quarter of the viewport', () => {
    document.body.innerHTML = `<main><h1>Regenjacken</h1></main>
      <div id="cmp" style="position:fixed; z-index:9999; background:#fff" data-box="0 600 1280 200">
        <p>Wir verwenden Cookies, um Ihnen das beste Einkaufserlebnis zu bieten.</p>
        <button>Alle akzeptieren</button><button>Einstellungen</button></div>`;
    expect(overlays()).toEqual([{ id: 'cmp', kind: 'cookie-banner', coverage: 0.25, modal: false }]);
  });

  it('knows a consent platform by its id even without consent words', () => {
    document.body.innerHTML = `<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"
      style="position:fixed; z-index:2147483645; background:white" data-box="0 700 1280 100">Wir und unsere Partner
      <button>OK</button></div></div>`;
    expect(overlays()).toMatchObject([{ id: 'onetrust-banner-sdk', kind: 'cookie-banner' }]);
  });

  it('reports a newsletter modal with its backdrop as one modal newsletter covering the whole viewport', () => {
    document.body.innerHTML = `<div class="nl-backdrop" style="position:fixed; z-index:1000;
        background:rgba(0,0,0,.5)" ${FULL}></div>
      <div id="nl" role="dialog" style="position:fixed; z-index:1001; background:#fff" data-box="440 200 400 400">
        <h2>10 % Rabatt auf Ihre erste Bestellung</h2><p>Melden Sie sich zu unserem Newsletter an.</p>
        <label>E-Mail <input type="email" name="email"></label><button>Anmelden</button>
        <label><input type="checkbox" id="consent"> Ich stimme der Datenschutzerklärung zu</label></div>`;
    expect(overlays()).toEqual([{ id: 'nl', kind: 'newsletter', coverage: 1, modal: true }]);
  });

  it('finds a chat bubble in the corner: kind chat, a tiny share of the viewport', () => {
    // Intercom's launcher; other vendors' are frames (`iframe#launcher`), which happy-dom does not load.
    document.body.innerHTML = `<div id="launcher" class="intercom-launcher" role="button" aria-label="Chat öffnen"
      style="position:fixed; z-index:999999; background:#06f" data-box="1200 720 60 60"><svg></svg></div>`;
    expect(overlays()).toEqual([{ id: 'launcher', kind: 'chat', coverage: 0.004, modal: false }]);
  });

  it('leaves out a sticky header, a fixed header and an announcement bar', () => {
    document.body.innerHTML = `
      <header id="sticky" style="position:sticky; top:0; z-index:100; background:#fff" data-box="0 0 1280 80">
        <nav><a href="/">Start</a><a href="/damen">Damen</a></nav></header>
      <div id="fixed" class="site-header" style="position:fixed; top:0; z-index:100; background:#fff"
        data-box="0 0 1280 120"><nav><a href="/">Home</a></nav></div>
      <div id="promo" style="position:fixed; z-index:100; background:#000" data-box="0 0 1280 40">
        Gratis Versand ab 50 €</div>`;
    expect(overlays()).toEqual([]);
  });

  it('does not count overlays that are display:none, hidden or visibility:hidden', () => {
    document.body.innerHTML = `
      <div id="a" class="modal" style="display:none; position:fixed; z-index:10; background:#fff" ${FULL}>Hallo</div>
      <div id="b" hidden style="position:fixed; z-index:10; background:#fff" ${FULL}>Hallo</div>
      <div style="display:none"><div id="c" role="dialog" style="position:fixed; z-index:10" ${FULL}>Hi</div></div>
      <div id="d" style="visibility:hidden; position:fixed; z-index:10; background:#fff" ${FULL}>Hallo</div>`;
    expect(overlays()).toEqual([]);
  });

  it('finds an open <dialog> and an aria-modal dialog, the latter as a modal', () => {
    document.body.innerHTML = `<dialog id="d" open data-box="340 200 600 300">Artikel entfernen?</dialog>
      <div id="m" role="dialog" aria-modal="true" style="position:fixed; z-index:5; background:#fff"
        data-box="390 250 500 300">Bitte wählen Sie eine Größe.<button>OK</button></div>`;
    expect(overlays()).toEqual([
      { id: 'd', kind: 'popup', coverage: 0.176, modal: false },
      { id: 'm', kind: 'modal', coverage: 0.146, modal: true },
    ]);
  });

  it('measures a transparent full-screen wrapper by the content it draws', () => {
    document.body.innerHTML = `<div id="w" style="position:fixed; z-index:50" ${FULL}>
      <div style="background:#fff" data-box="490 300 300 200">Gewinnspiel! Jetzt mitmachen</div></div>`;
    expect(overlays()).toEqual([{ id: 'w', kind: 'popup', coverage: 0.059, modal: false }]);
  });

  it('finds a modal inside an open shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<div id="inner" role="dialog" aria-modal="true" style="position:fixed; z-index:10;
      background:#fff" data-box="240 100 800 600">Ihre Region wählen</div>`;
    expect(overlays()).toEqual([{ id: 'inner', kind: 'modal', coverage: 0.469, modal: true }]);
  });

  it('ignores a fixed container that scrolls the whole page, and small toasts', () => {
    document.body.innerHTML = `<div id="app" style="position:fixed; z-index:1; background:#fff" ${FULL}>
        <main><h1>Shop</h1><p>Willkommen</p></main></div>
      <div id="toast" style="position:fixed; z-index:5; background:#333" data-box="1000 20 200 40">Gespeichert</div>`;
    expect(overlays()).toEqual([]);
  });

  it('needs a z-index above the content for an absolutely positioned layer', () => {
    document.body.innerHTML = `<div id="low" class="popup" style="position:absolute; background:#fff"
        data-box="100 100 600 400">Unten</div>
      <div id="high" class="popup" style="position:absolute; z-index:20; background:#fff"
        data-box="100 100 600 400">Oben</div>`;
    expect(overlays().map((o) => o.id)).toEqual(['high']);
  });

  // Building the page takes seconds in happy-dom on a busy machine, hence the longer timeout.
  it('looks at a bounded number of elements on a page with thousands of them', { timeout: 30_000 }, () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => `<li><a href="/p/${i}">P ${i}</a><span>9,99 €</span></li>`);
    document.body.innerHTML = `<main><ul>${rows.join('')}</ul></main><div id="nl" class="popup"
      style="position:fixed; z-index:9; background:#fff" data-box="340 200 600 400">Newsletter abonnieren
      <input type="email"></div>`;
    const layout = fakeLayout(document);
    let reads = 0;
    const counting: Layout = { ...layout, style: (e) => (reads++, layout.style(e)) };
    expect(findOverlays(document, counting).map((o) => o.kind)).toEqual(['newsletter']);
    expect(reads).toBeLessThan(100);
  });
});

describe('classifyOverlay', () => {
  it('does not take a login layer that links the privacy policy for a newsletter or a consent banner', () => {
    document.body.innerHTML = `<div id="login" style="position:fixed; background:#fff" data-box="440 200 400 400">
      Anmelden <input type="email"><input type="password"><a href="/datenschutz">Datenschutz</a></div>`;
    expect(classifyOverlay(document.getElementById('login')!, fakeLayout(document))).toBe('popup');
  });

  it('calls a large layer without backdrop a modal', () => {
    document.body.innerHTML = `<div id="big" style="position:fixed; background:#fff" data-box="0 0 1280 600">
      Größentabelle</div>`;
    expect(classifyOverlay(document.getElementById('big')!, fakeLayout(document))).toBe('modal');
  });
});

describe('viewportCoverage', () => {
  it('clips the box to the viewport', () => {
    document.body.innerHTML = '<div id="x" style="background:#fff" data-box="-100 400 1480 800"></div>';
    expect(viewportCoverage(document.getElementById('x')!, fakeLayout(document))).toBe(0.5);
  });
});

describe('overlayLabel', () => {
  it('names an overlay by its heading, else by its text without the styles it carries', () => {
    document.body.innerHTML = `<div id="a"><style>#a{color:red}</style><h2>Newsletter</h2><p>10 %</p></div>
      <div id="b"><style>#b{color:red}</style><p>Wir verwenden   Cookies.</p><button>OK</button></div>`;
    expect(overlayLabel(document.getElementById('a')!)).toBe('Newsletter');
    expect(overlayLabel(document.getElementById('b')!)).toBe('Wir verwenden Cookies. OK');
  });
});
