import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { PAINT_COLOUR } from '../utils/screenshot/paint-evidence';
import { startAudit } from './support/auditor';
import { readDatabase } from './support/database';
import { E2E_BUILD, expect, extensionOf, test as base, type Extension } from './support/fixtures';
import { checkScreenshot, openInOwnWindow, readFlags, type Box } from './support/flags';
import { clickToolbarButton, currentServiceWorker, launchExtension } from './support/launch-extension.mjs';

// Real windows: the side panel (opened as a page) lives in a window of its own, so the shop stays the active tab of
// its window, which is what captureVisibleTab captures. Toolbar clicks: the auditor's click on Shopwalk's button
// grants activeTab, without which the browser refuses the screenshot.
const test = base.extend<{ ext: Extension }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const { context, extensionId } = await launchExtension({
      extensionPath: E2E_BUILD,
      realWindows: true,
      toolbarClicks: true,
    });
    await use(extensionOf(context, extensionId));
    await context.close();
  },
});

const MARKER = 'ZX-MARKER-4711';
const FIELDS = ['#name', '#note', '#country', '#gift', '#street', '#phone'] as const;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Opens the lab's flag page, starts an audit, types the marker into every field and opens the side panel. */
async function preparedShop(
  ext: Extension,
  labUrl: string,
  toolbarClick = true,
): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(`${labUrl}flag`);
  await startAudit(ext, page, { scenario: 'Flag the island surcharge' });
  await page.locator('#name').fill(`${MARKER} Name`);
  await page.locator('#note').fill(`${MARKER} Bitte klingeln`);
  await page.locator('#country').selectOption({ label: 'ZX-MARKER-Land' });
  await page.locator('#gift').fill(`${MARKER} Alles Gute`);
  await page.locator('#street').fill(`${MARKER} Weg 1`); // in the open shadow root
  await page.frameLocator('#frame').locator('#phone').fill(`${MARKER} 0171`);
  await page.locator('#name').focus();
  if (toolbarClick) await clickToolbarButton(ext.context, ext.id, page);
  const tabId = await ext.tabIdOf(page);
  const panel = await openInOwnWindow(ext, `sidepanel.html?tab=${tabId}`);
  return { page, panel, tabId };
}

/**
 * What the page's own capture-phase listeners on document have counted (see the fixture's script). Not mouseover:
 * once the overlay is gone the browser tells the page what the pointer is over now, as after any overlay closes.
 */
async function pageSaw(page: Page): Promise<Record<string, number>> {
  const { mouseover: _, ...saw } = await page.evaluate(() => ({
    ...(window as unknown as { pageSaw: Record<string, number> }).pageSaw,
  }));
  return saw;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const locator = selector === '#phone' ? page.frameLocator('#frame').locator(selector) : page.locator(selector);
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  return box;
}

test('flag it here: the picked element is stored as a finding with a screenshot whose fields are painted over', async ({
  ext,
  lab,
}) => {
  const { page, panel } = await preparedShop(ext, lab.url);
  const fields = await Promise.all(FIELDS.map((f) => boxOf(page, f)));
  const surcharge = await boxOf(page, '#surcharge');
  const heading = await boxOf(page, 'h1');
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  expect(surcharge.y + surcharge.height + 10).toBeLessThan(viewport.height); // all of it is in the screenshot

  await panel.getByRole('button', { name: 'Flag something here' }).click();
  await expect(panel.getByText(/Pick it on the page/)).toBeVisible();
  await expect(page.locator('shopwalk-picker')).toHaveCount(1);
  const sawBefore = await pageSaw(page);
  await page.mouse.move(surcharge.x + 5, surcharge.y + 5);
  await page.mouse.move(surcharge.x + surcharge.width / 2, surcharge.y + surcharge.height / 2, { steps: 3 });
  await page.mouse.click(surcharge.x + surcharge.width / 2, surcharge.y + surcharge.height / 2);
  await expect(page.locator('shopwalk-picker')).toHaveCount(0);

  // The page's own handlers saw none of it, and the auditor's focus stayed in the field.
  expect(await pageSaw(page)).toEqual(sawBefore);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('name');

  const form = panel.getByRole('form', { name: 'New flag' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('img', { name: /Screenshot of the page/ })).toBeVisible();
  await expect(form).toContainText('Zzgl. Inselzuschlag 9,90 €');
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: panel }).include('form').analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${colorScheme}: ${v.id} ${v.help}`)).toEqual([]);
  }

  const [finding] = await readFlags(ext);
  const { audits, touchpoints } = await readDatabase(ext);
  expect(finding).toMatchObject({
    auditId: audits[0]!.id,
    touchpointId: touchpoints.at(-1)!.id,
    source: 'auditor',
    ruleId: 'manual',
    key: '',
    verdict: 'confirmed',
    category: 'other',
    severity: 2,
    note: '',
    element: { selector: '#surcharge', name: 'Zzgl. Inselzuschlag 9,90 € – erst hier sichtbar' },
    evidence: { selector: '#surcharge', text: 'Zzgl. Inselzuschlag 9,90 € – erst hier sichtbar', values: {} },
  });
  expect(JSON.stringify(finding)).not.toContain(MARKER);

  // The pixels: every field is the paint colour all over (no dark text pixels), the mark is red around the notice.
  const scale = (await page.evaluate(() => devicePixelRatio)) as number;
  // The mark's red line runs MARK_GAP to MARK_GAP + MARK_WIDTH outside the element: sample across it, above the
  // notice and left of it (lossy encoders blur a thin coloured line's edges, so its reddest pixel counts).
  const across = [2, 3, 4, 5, 6, 7, 8];
  const shot = await checkScreenshot(ext, finding!.screenshotId!, {
    scale,
    paint: rgb(PAINT_COLOUR),
    boxes: [...fields, heading],
    points: [
      ...across.map((d) => ({ x: surcharge.x + surcharge.width / 2, y: surcharge.y - d })),
      ...across.map((d) => ({ x: surcharge.x - d, y: surcharge.y + surcharge.height / 2 })),
    ],
  });
  expect(shot.width).toBe(Math.round(viewport.width * scale));
  expect(['image/webp', 'image/jpeg']).toContain(shot.type);
  expect(shot.offPaint.slice(0, FIELDS.length)).toEqual(FIELDS.map(() => 0));
  expect(shot.offPaint.at(-1)).toBeGreaterThan(100); // the heading is not painted: the capture shows the page
  const redness = shot.colours.map(([r, g, b]) => r - Math.max(g, b));
  expect(Math.max(...redness.slice(0, across.length))).toBeGreaterThan(120);
  expect(Math.max(...redness.slice(across.length))).toBeGreaterThan(120);
  expect(shot.thumbnailWidth).toBe(320);
  expect(shot.thumbnailBytes).toBeLessThan(shot.imageBytes);

  // The auditor fills in the form and saves it.
  await form.getByLabel('Category').selectOption({ label: 'Trust and transparency' });
  await form.getByRole('radio', { name: '3 – major usability problem' }).check();
  await form.getByLabel('Note').fill('The island surcharge appears only at the last step.');
  await form.getByRole('button', { name: 'Save flag' }).click();
  await expect(panel.getByText('Flag saved.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Flag something here' })).toBeVisible();
  const [saved] = await readFlags(ext);
  expect(saved).toMatchObject({
    id: finding!.id,
    category: 'trust',
    severity: 3,
    note: 'The island surcharge appears only at the last step.',
  });
});

test('Escape cancels the picker and leaves the page exactly as it was; Discard deletes a flag', async ({
  ext,
  lab,
}) => {
  const { page, panel } = await preparedShop(ext, lab.url);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const sawBefore = await pageSaw(page);
  await panel.getByRole('button', { name: 'Flag something here' }).click();
  await expect(page.locator('shopwalk-picker')).toHaveCount(1);
  await page.mouse.move(100, 100);
  await page.keyboard.press('Escape');
  await expect(page.locator('shopwalk-picker')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Flag something here' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  expect(await pageSaw(page)).toEqual(sawBefore);
  expect(await page.locator('#name').inputValue()).toBe(`${MARKER} Name`);
  expect(await readFlags(ext)).toEqual([]);

  // A flag taken and then discarded leaves neither the finding nor its screenshot.
  await panel.getByRole('button', { name: 'Flag something here' }).click();
  await expect(page.locator('shopwalk-picker')).toHaveCount(1);
  const heading = await boxOf(page, 'h1');
  await page.mouse.click(heading.x + 10, heading.y + 10);
  await panel.getByRole('form', { name: 'New flag' }).getByRole('button', { name: 'Discard' }).click();
  await expect(panel.getByText('Flag discarded.')).toBeVisible();
  expect(await readFlags(ext)).toEqual([]);
  const screenshots = await panel.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('shopwalk');
        open.onsuccess = () => {
          const count = open.result.transaction('screenshots').objectStore('screenshots').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(screenshots).toBe(0);
});

test('a capture asked for within 600 ms of the one before waits for its turn', async ({ ext, lab }) => {
  const { page, panel } = await preparedShop(ext, lab.url);
  // Note when the browser is asked for each capture (after the gate, which holds a capture back until its turn).
  await currentServiceWorker(ext.context)!.evaluate(() => {
    const g = globalThis as unknown as { chrome: typeof browser; browser?: typeof browser; captures: number[] };
    g.captures = [];
    for (const tabs of new Set([g.chrome.tabs, g.browser?.tabs])) {
      if (!tabs) continue;
      const capture = tabs.captureVisibleTab.bind(tabs);
      Object.defineProperty(tabs, 'captureVisibleTab', {
        configurable: true,
        value: (...args: Parameters<typeof capture>) => {
          g.captures.push(Date.now());
          return capture(...args);
        },
      });
    }
  });
  await panel.getByRole('button', { name: 'Flag something here' }).click();
  await expect(page.locator('shopwalk-picker')).toHaveCount(1);
  const heading = await boxOf(page, 'h1');
  await page.mouse.click(heading.x + 10, heading.y + 10);
  const pickedAt = Date.now();
  await expect(panel.getByRole('form', { name: 'New flag' })).toBeVisible();
  const captures = await currentServiceWorker(ext.context)!.evaluate(
    () => (globalThis as unknown as { captures: number[] }).captures,
  );
  // The first is the check that the browser allows a capture here, made as the picker starts; the pick came
  // sooner than 600 ms after it, and its capture waited.
  expect(captures).toHaveLength(2);
  expect(pickedAt - captures[0]!).toBeLessThan(600);
  expect(captures[1]! - captures[0]!).toBeGreaterThanOrEqual(595);
  expect(await readFlags(ext)).toHaveLength(1);
});

test('without a gesture on the page the browser allows no screenshot: picking is refused, saying what to do', async ({
  ext,
  lab,
}) => {
  const { page, panel } = await preparedShop(ext, lab.url, false);
  await panel.getByRole('button', { name: 'Flag something here' }).click();
  await expect(panel.getByRole('alert')).toContainText('only after you call Shopwalk from the page');
  await expect(page.locator('shopwalk-picker')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect(await readFlags(ext)).toEqual([]);
});
