import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { startAudit } from './support/auditor';
import { auditSnapshot } from './support/audit-snapshot';
import { journeyPaths, readDatabase } from './support/database';
import { E2E_BUILD, expect, extensionOf, test, type Extension, type Shop } from './support/fixtures';
import { clickHeading, clicksPerStep, FORTY_STEPS, type Step } from './support/forty-steps';
import { currentServiceWorker, launchExtension, stopServiceWorker } from './support/launch-extension.mjs';
import { stepReader } from './support/page-read.mjs';
import { readTasks } from './support/tasks';

/** How often the second walk stops the service worker: after every third step, 13 times in the walk. */
const STOP_EVERY = 3;

/** Whether the page shows the step's URL: its path, hash and query names (a form's query is stored without values). */
function showsStep(url: URL, step: Step, origin: string): boolean {
  const want = new URL(step.path, origin);
  const names = (u: URL) => [...u.searchParams.keys()].join('&');
  return url.pathname === want.pathname && url.hash === want.hash && names(url) === names(want);
}

/** Sends a task command from an extension page, as the side panel does, and returns whether it was carried out. */
async function taskCommand(extensionPage: Page, command: object): Promise<boolean> {
  const reply = await extensionPage.evaluate(
    (c) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(c),
    command,
  );
  return (reply as { ok?: boolean } | undefined)?.ok === true;
}

/** The id of the audit recording a tab, read from an extension page (as page-read.mjs reads touchpoints). */
function auditIdOfTab(extensionPage: Page, tabId: number): Promise<string> {
  return extensionPage.evaluate(
    (tab) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('shopwalk');
        open.onsuccess = () => {
          const all = open.result.transaction('audits').objectStore('audits').getAll();
          all.onsuccess = () => {
            open.result.close();
            const audit = (all.result as { id: string; tabId?: number }[]).find((a) => a.tabId === tab);
            if (audit) resolve(audit.id);
            else reject(new Error(`No audit records tab ${tab}`));
          };
        };
      }),
    tabId,
  );
}

/**
 * Opens the shop in a tab of its own, starts an audit there and walks `steps`, reading each step on the database
 * before going on; the auditor runs one task over the first half and starts another after it. `afterStep` runs
 * once a step is read and its heading clicked. Returns the audit's id.
 */
async function auditWalk(
  ext: Extension,
  shop: Shop,
  steps: readonly Step[],
  afterStep: (page: Page, index: number) => Promise<void>,
): Promise<string> {
  const reader = await ext.context.newPage();
  await reader.goto(ext.page('welcome.html'));
  const readStep = stepReader(reader);
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page);
  const auditId = await auditIdOfTab(reader, await ext.tabIdOf(page));

  for (const [seq, step] of steps.entries()) {
    await step.go(page, shop.url);
    await page.waitForURL((url) => showsStep(url, step, shop.origin));
    const title = await page.title();
    await readStep({ auditId, seq, url: `${shop.origin}${step.path}`, title, interruptions: step.interruptions ?? 0 });
    await clickHeading(page, step);
    if (seq === 0)
      expect(await taskCommand(reader, { type: 'task/start', auditId, name: 'Find a rain jacket' })).toBe(true);
    if (seq === 20)
      expect(await taskCommand(reader, { type: 'task/end', ref: { auditId }, outcome: 'success' })).toBe(true);
    if (seq === 25)
      expect(await taskCommand(reader, { type: 'task/start', auditId, name: 'Check the order' })).toBe(true);
    await afterStep(page, seq);
  }
  await reader.close();
  return auditId;
}

test('a service worker stopped every few steps of a 40-step walk records the same audit as an uninterrupted walk', async ({
  ext,
  shop,
}) => {
  // The two walks go side by side, each in a browser of its own: each step waits about a second for its page to be
  // read (the recorder sends once a second), so together they take about 60 s on a quiet machine, more on a busy one.
  test.setTimeout(180_000);
  const calmBrowser = await launchExtension({ extensionPath: E2E_BUILD });
  const calmExt = extensionOf(calmBrowser.context, calmBrowser.extensionId);
  try {
    // The worker is stopped by the walk, between steps, once the step before has been read: Chrome stops an idle
    // worker (30 s without an event), never one in the middle of handling an event, and a timer racing the walk
    // would kill it mid-event, losing work that Chrome never loses that way. The stop itself is Chrome's (CDP, as
    // chrome://serviceworker-internals does), and the next event (a page load, a route, a message, a storage
    // change) starts a fresh worker with empty memory.
    let stops = 0;
    const [calm, interrupted] = await Promise.all([
      auditWalk(calmExt, shop, FORTY_STEPS, async () => undefined),
      auditWalk(ext, shop, FORTY_STEPS, async (page, seq) => {
        if (seq % STOP_EVERY !== STOP_EVERY - 1) return;
        await stopServiceWorker(ext.context, page);
        stops++;
      }),
    ]);
    expect(stops).toBe(13);

    const snapshot = async (e: Extension, auditId: string) =>
      auditSnapshot(await readDatabase(e), await readTasks(e), auditId, shop.origin);
    const clicks = (snap: Awaited<ReturnType<typeof snapshot>>) =>
      snap.touchpoints.map((tp) => (tp as { interaction?: { clicks: number } }).interaction?.clicks);
    // The last clicks reach the database a moment after the walk (the recorder sends changes once a second).
    await expect.poll(async () => clicks(await snapshot(calmExt, calm))).toEqual(clicksPerStep(FORTY_STEPS));
    const uninterrupted = await snapshot(calmExt, calm);
    // Known truth first, so that two walks that both lost something do not pass as equal.
    expect(uninterrupted.status).toBe('active');
    expect(uninterrupted.touchpoints.map((tp) => (tp as { path: string }).path)).toEqual(
      FORTY_STEPS.map((s) => s.path),
    );
    expect(uninterrupted.touchpoints[4]).toMatchObject({ interruptions: [{ kind: expect.any(String) }] });
    expect(uninterrupted.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['forced-account', 'interstitial', 'quick-back']),
    );
    expect(uninterrupted.tasks).toEqual([
      { seq: 0, name: 'Find a rain jacket', outcome: 'success', startedOn: 0, endedOn: 20 },
      { seq: 1, name: 'Check the order', outcome: undefined, startedOn: 25, endedOn: undefined },
    ]);
    await expect.poll(async () => snapshot(ext, interrupted)).toEqual(uninterrupted);
  } finally {
    await calmBrowser.context.close();
  }
});

/** The clicks stored on the touchpoint at `seq` of the only audit. */
async function clicksAt(ext: Extension, seq: number): Promise<number | undefined> {
  return (await readDatabase(ext)).touchpoints[seq]?.interaction?.clicks;
}

/**
 * Reloads the extension the way an update does: the same unpacked directory loaded again over the DevTools
 * protocol (needs `launchExtension({ toolbarClicks: true })`). Chrome keeps the id, closes the extension's pages and
 * leaves the content scripts of the old version orphaned in their pages (cut off, their context invalid).
 * `chrome.runtime.reload()` from the worker is not used: with Chromium 156 an extension loaded with
 * --load-extension stays unloaded after it (its pages answer ERR_BLOCKED_BY_CLIENT, no new worker starts).
 */
async function reloadExtension(ext: Extension): Promise<void> {
  const old = currentServiceWorker(ext.context)!;
  const gone = new Promise((resolve) => old.once('close', resolve));
  const session = await ext.context.browser()!.newBrowserCDPSession();
  try {
    const loaded = (await session.send('Extensions.loadUnpacked' as never, { path: resolve(E2E_BUILD) } as never)) as {
      id: string;
    };
    expect(loaded.id).toBe(ext.id);
  } finally {
    await session.detach();
  }
  await gone;
  // Playwright lists the new worker as a new object: ask again rather than keep the old one.
  await expect
    .poll(async () =>
      currentServiceWorker(ext.context)
        ?.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.id)
        .catch(() => undefined),
    )
    .toBe(ext.id);
}

test('an extension reloaded by an update goes on with the audit: the open tab gets a fresh recorder, nothing is doubled', async ({
  shop,
}) => {
  const launched = await launchExtension({ extensionPath: E2E_BUILD, toolbarClicks: true });
  const ext = extensionOf(launched.context, launched.extensionId);
  try {
    const page = await ext.context.newPage();
    await page.goto(shop.url);
    await startAudit(ext, page);
    await page.getByTestId('nav-rain-jackets').first().click();
    await expect.poll(() => clicksAt(ext, 1)).toBe(0); // the category page's recorder measures it

    await reloadExtension(ext);
    // The category page stays open: a click on it lands only if a new recorder was put in and told its touchpoint.
    await page.locator('h1').click();
    await expect.poll(() => clicksAt(ext, 1)).toBe(1);
    await page.getByTestId('product-alpine-shell').click();
    await page.getByTestId('size').selectOption('M');
    await page.getByTestId('add-to-cart').click();

    await expect
      .poll(async () => journeyPaths(await readDatabase(ext), shop.origin))
      .toEqual(['/', '/category/rain-jackets', '/product/alpine-shell', '/cart?added=&size=']);
    await expect.poll(() => clicksAt(ext, 1)).toBe(2); // and the click that left it, counted once
    await expect.poll(() => clicksAt(ext, 2)).toBe(1);
    const { audits, touchpoints } = await readDatabase(ext);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.status).toBe('active');
    expect(touchpoints[2]!.forms?.totals.fields).toBe(1); // the size field, read by the recorder of the new page
    expect(touchpoints.filter((t) => t.leftAt === undefined)).toHaveLength(1);
  } finally {
    await launched.context.close();
  }
});
