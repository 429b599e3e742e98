// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { interruptionListSchema } from '../model/interruption';
import { startInterruptionTracker } from './interruption-tracker';
import { fakeLayout } from './test-layout';

const T0 = 1_700_000_000_000;
let now = T0;
const onChange = vi.fn();

function start() {
  return startInterruptionTracker({ doc: document, layout: fakeLayout(document), now: () => now, onChange });
}

/** Inserts markup at the end of <body> at the current time and tells the tracker, as the MutationObserver would. */
function insert(tracker: ReturnType<typeof start>, html: string): Element {
  document.body.insertAdjacentHTML('beforeend', html);
  const element = document.body.lastElementChild!;
  tracker.noteAdded([element]);
  return element;
}

const NEWSLETTER = `<div id="nl" role="dialog" style="position:fixed; z-index:1001; background:#fff"
  data-box="440 200 400 400">Newsletter abonnieren und 10 % Rabatt sichern <input type="email"></div>`;
const SIZE_GUIDE = `<div id="sizes" class="modal" style="position:fixed; z-index:50; background:#fff"
  data-box="140 50 1000 700">Größentabelle <button>Schließen</button></div>`;

beforeEach(() => {
  now = T0;
  onChange.mockClear();
  document.body.innerHTML = '<main><h1>Regenjacke</h1><button id="guide">Größentabelle</button></main>';
});

describe('startInterruptionTracker', () => {
  it('times an unasked newsletter from its insertion to its removal', () => {
    const tracker = start();
    now = T0 + 5_000;
    const nl = insert(tracker, NEWSLETTER);
    now = T0 + 5_400;
    tracker.scan();
    expect(onChange).toHaveBeenCalledTimes(1);
    now = T0 + 9_000;
    nl.remove();
    tracker.scan();
    const [only, ...rest] = tracker.snapshot();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: 'newsletter', appearedAt: T0 + 5_000, dismissedAt: T0 + 9_000 });
    expect(only).toMatchObject({ askedFor: false, coversContent: false, coverage: 0.156, carriedOver: false });
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(interruptionListSchema.parse(tracker.snapshot())).toHaveLength(1);
  });

  it('counts an overlay opened within 1 s of a click as asked for, and a later one as not', () => {
    const tracker = start();
    now = T0 + 1_000;
    tracker.noteClick(now, document.getElementById('guide'));
    now = T0 + 1_300;
    insert(tracker, SIZE_GUIDE);
    now = T0 + 4_000;
    insert(tracker, NEWSLETTER);
    tracker.scan();
    expect(tracker.snapshot().map((i) => [i.kind, i.askedFor])).toEqual([
      ['modal', true],
      ['newsletter', false],
    ]);
  });

  it('does not take a click on a cookie banner’s button as asking for the popup that follows it', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="cmp" style="position:fixed; z-index:9999; background:#fff" data-box="0 600 1280 200">
        Wir verwenden Cookies. <button id="accept">Alle akzeptieren</button></div>`,
    );
    const tracker = start();
    tracker.scan();
    now = T0 + 2_000;
    tracker.noteClick(now, document.getElementById('accept'));
    document.getElementById('cmp')!.remove();
    now = T0 + 2_300;
    insert(tracker, NEWSLETTER);
    now = T0 + 2_500;
    tracker.scan();
    expect(tracker.snapshot()).toMatchObject([
      { kind: 'cookie-banner', appearedAt: T0, dismissedAt: T0 + 2_500, askedFor: false, coversContent: false },
      { kind: 'newsletter', appearedAt: T0 + 2_300, askedFor: false },
    ]);
  });

  it('counts a mega-menu the customer opened in the header as asked for', () => {
    document.body.innerHTML = `<header><nav><a id="damen" href="/damen">Damen</a>
      <div id="mega" class="mega-menu" style="display:none; position:absolute; z-index:100; background:#fff"
        data-box="0 80 1280 400"><a href="/damen/jacken">Jacken</a></div></nav></header><main></main>`;
    const tracker = start();
    tracker.scan();
    now = T0 + 3_000;
    tracker.noteClick(now, document.getElementById('damen'));
    (document.getElementById('mega') as HTMLElement).style.display = 'block';
    now = T0 + 3_200;
    tracker.scan();
    expect(tracker.snapshot()).toMatchObject([{ kind: 'popup', askedFor: true, appearedAt: T0 + 3_200 }]);
  });

  it('times an overlay that fades in from its insertion, though the first scan did not see it yet', () => {
    const tracker = start();
    now = T0 + 1_000;
    const modal = insert(tracker, SIZE_GUIDE) as HTMLElement;
    modal.style.opacity = '0';
    now = T0 + 1_100;
    tracker.scan();
    expect(tracker.snapshot()).toEqual([]);
    modal.style.opacity = '1';
    now = T0 + 2_000;
    tracker.scan();
    expect(tracker.snapshot()).toMatchObject([{ appearedAt: T0 + 1_000 }]);
  });

  it('marks a fixed drawer slid out of the viewport as dismissed', () => {
    const tracker = start();
    const drawer = insert(tracker, SIZE_GUIDE);
    tracker.scan();
    now = T0 + 700;
    drawer.setAttribute('data-box', '1280 50 1000 700');
    tracker.scan();
    expect(tracker.snapshot()).toMatchObject([{ dismissedAt: T0 + 700 }]);
  });

  it('marks an overlay hidden with display:none as dismissed, and a reappearance as a new interruption', () => {
    const tracker = start();
    const modal = insert(tracker, SIZE_GUIDE) as HTMLElement;
    tracker.scan();
    now = T0 + 1_500;
    modal.style.display = 'none';
    tracker.scan();
    expect(tracker.snapshot()).toMatchObject([{ appearedAt: T0, dismissedAt: T0 + 1_500 }]);
    now = T0 + 8_000;
    modal.style.display = 'block';
    tracker.scan();
    expect(tracker.snapshot().map((i) => [i.appearedAt, i.dismissedAt])).toEqual([
      [T0, T0 + 1_500],
      [T0 + 8_000, undefined],
    ]);
  });

  it('records a small chat bubble as chat that does not cover content, and no sticky header', () => {
    document.body.innerHTML = `<header style="position:sticky; top:0; z-index:10; background:#fff"
        data-box="0 0 1280 80"><nav><a href="/">Start</a></nav></header>
      <div id="hubspot-messages-iframe-container" style="position:fixed; z-index:2147483647"
        data-box="1180 700 100 100"><button aria-label="Chat" data-box="1190 710 80 80">?</button></div>`;
    const tracker = start();
    tracker.scan();
    expect(tracker.snapshot()).toMatchObject([{ kind: 'chat', coverage: 0.006, coversContent: false }]);
  });

  it('keeps one interruption when a framework re-renders an open modal into a new node', () => {
    const tracker = start();
    insert(tracker, SIZE_GUIDE);
    tracker.scan();
    now = T0 + 500;
    document.getElementById('sizes')!.remove();
    insert(tracker, SIZE_GUIDE);
    tracker.scan();
    expect(tracker.snapshot()).toMatchObject([{ appearedAt: T0 }]);
    expect(tracker.snapshot()[0]!.dismissedAt).toBeUndefined();
  });

  it('carries overlays still open into the next touchpoint window, marked so they are counted once', () => {
    const tracker = start();
    const modal = insert(tracker, SIZE_GUIDE);
    insert(tracker, NEWSLETTER).remove();
    tracker.scan();
    now = T0 + 2_000;
    tracker.reset();
    expect(tracker.snapshot()).toMatchObject([{ kind: 'modal', carriedOver: true, appearedAt: T0 }]);
    now = T0 + 3_000;
    modal.remove();
    tracker.scan();
    expect(tracker.snapshot()).toMatchObject([{ carriedOver: true, dismissedAt: T0 + 3_000 }]);
  });

  it('keeps at most 30 interruptions and does nothing after stop', () => {
    const tracker = start();
    for (let i = 0; i < 35; i++) {
      now = T0 + i * 10_000;
      const popup = insert(tracker, SIZE_GUIDE);
      tracker.scan();
      popup.remove();
      now += 1_000;
      tracker.scan();
    }
    expect(tracker.snapshot()).toHaveLength(30);
    tracker.stop();
    insert(tracker, NEWSLETTER);
    tracker.scan();
    expect(tracker.snapshot()).toEqual([]);
  });
});
