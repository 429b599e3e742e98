import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { openPopup, openSidePanel, startAudit } from './support/auditor';
import { dashboardWithComparedAudits } from './support/compared-audits';
import { readDatabase } from './support/database';
import { expect, test, type Extension, type Shop } from './support/fixtures';

const SCHEMES = ['light', 'dark'] as const;

/** Axe's findings that keep someone from using the page (impact serious or critical), one line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => {
        const why = n.failureSummary?.replace(/\s+/g, ' ') ?? '';
        return `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${v.help}. ${why}`;
      }),
    );
}

/** How light the page's background is, 0 (black) to 1 (white), whatever colour syntax the style uses. */
function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
    canvas.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = canvas.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

/**
 * The page as it is now has a title, one main landmark and one top heading, follows the system's colour scheme, and
 * passes axe with nothing serious or critical, in light and in dark mode.
 */
async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await page.title(), `${what}: title`).toMatch(/Shopwalk/);
  await expect(page.getByRole('main'), `${what}: main landmark`).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 }), `${what}: top heading`).toHaveCount(1);
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const luminance = await backgroundLuminance(page);
    if (colorScheme === 'light') expect.soft(luminance, `${what}: light background`).toBeGreaterThan(0.9);
    else expect.soft(luminance, `${what}: dark background`).toBeLessThan(0.1);
    expect.soft(await seriousViolations(page), `${what}, ${colorScheme} mode`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

async function openShop(ext: Extension, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

/** An audit with three touchpoints (home, category, product) in `page`, still recording. */
async function walkThreePages(ext: Extension, shop: Shop, name: string): Promise<Page> {
  const page = await openShop(ext, shop.url);
  await startAudit(ext, page, { shop: name });
  await page.getByTestId('nav-rain-jackets').first().click();
  await page.getByTestId('product-alpine-shell').click();
  await expect
    .poll(async () => (await readDatabase(ext)).touchpoints.filter((t) => t.url.includes('alpine-shell')).length)
    .toBe(1);
  return page;
}

/** Three audits in the three states the dashboard shows: finished, recording, paused. */
async function auditsInEveryState(ext: Extension, shop: Shop): Promise<void> {
  const finished = await walkThreePages(ext, shop, 'Alpha Outdoor');
  const panel = await openSidePanel(ext, finished);
  await panel.getByLabel('Note').nth(1).fill('Filter for size is hidden');
  await panel.getByLabel('Note').nth(1).blur();
  await panel.getByRole('button', { name: 'Finish' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'finished and saved' })).toBeVisible();
  await panel.close();
  await startAudit(ext, await openShop(ext, `${shop.url}app/`), { shop: 'Bravo Outdoor' });
  const paused = await openShop(ext, `${shop.url}cart`);
  await startAudit(ext, paused, { shop: 'Charlie Outdoor' });
  await paused.close();
  await expect
    .poll(async () => (await readDatabase(ext)).audits.map((a) => a.status).sort())
    .toEqual(['active', 'finished', 'paused']);
}

async function openDashboard(ext: Extension): Promise<Page> {
  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page('dashboard.html'));
  return dashboard;
}

test.describe('axe finds nothing serious or critical, in light and dark mode, on', () => {
  test('the popup before an audit: the start form, and an audit waiting to be resumed', async ({ ext, shop }) => {
    const left = await openShop(ext, shop.url);
    await startAudit(ext, left, { shop: 'Left behind' });
    await left.close();
    await expect.poll(async () => (await readDatabase(ext)).audits[0]?.pauseReason).toBe('tab-closed');
    const popup = await openPopup(ext, await openShop(ext, `${shop.url}product/alpine-shell`));
    await expect(popup.getByRole('button', { name: 'Start audit' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Resume in this tab' })).toBeVisible();
    await expectAccessible(popup, 'popup before an audit');
  });

  test('the popup during an audit, recording and paused', async ({ ext, shop }) => {
    const page = await openShop(ext, shop.url);
    await startAudit(ext, page);
    const popup = await openPopup(ext, page);
    await expect(popup.getByText('Recording')).toBeVisible();
    await expectAccessible(popup, 'popup while recording');
    await popup.getByRole('button', { name: 'Pause' }).click();
    await expect(popup.getByRole('button', { name: 'Resume' })).toBeVisible();
    await expectAccessible(popup, 'popup while paused');
  });

  test('the popup on a page that cannot be audited', async ({ ext }) => {
    const tabId = await ext.openTab('about:blank');
    const popup = await ext.context.newPage();
    await popup.goto(ext.page(`popup.html?tab=${tabId}`));
    await expect(popup.getByRole('status')).toContainText('page of the browser itself');
    await expectAccessible(popup, 'popup on about:blank');
  });

  test('the welcome page with its sample audit, and the settings', async ({ ext }) => {
    for (const path of ['welcome.html', 'options.html']) {
      const page = await ext.context.newPage();
      await page.goto(ext.page(path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, path);
    }
  });

  test('the side panel during an audit with a few touchpoints, and after finishing it', async ({ ext, shop }) => {
    const page = await walkThreePages(ext, shop, 'Regenwald Outdoor');
    const panel = await openSidePanel(ext, page);
    await expect(panel.getByTestId('touchpoint')).toHaveCount(3);
    await expect(panel.locator('[data-vital]').first()).toBeVisible(); // the page timing's rated badges
    await panel.getByLabel('Note').first().fill('The hero image hides the search');
    await expectAccessible(panel, 'side panel while recording');
    await panel.getByRole('button', { name: 'Finish' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'finished and saved' })).toBeVisible();
    await expectAccessible(panel, 'side panel after finishing');
  });

  test('the dashboard list, with a selection, and with the undo bar after a delete', async ({ ext, shop }) => {
    const empty = await openDashboard(ext);
    await expect(empty.getByText('No audits yet')).toBeVisible();
    await expectAccessible(empty, 'empty dashboard');
    await auditsInEveryState(ext, shop);
    const dashboard = await openDashboard(ext);
    await expect(dashboard.getByTestId('audit-row')).toHaveCount(3);
    await dashboard.getByLabel('Select the audit of Charlie Outdoor').check();
    await expectAccessible(dashboard, 'dashboard list');
    await dashboard.getByRole('button', { name: 'Delete 1 audit' }).click();
    await expect(dashboard.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expectAccessible(dashboard, 'dashboard with the undo bar');
  });

  test('the dashboard detail of an audit, also while renaming it', async ({ ext, shop }) => {
    await auditsInEveryState(ext, shop);
    const dashboard = await openDashboard(ext);
    await dashboard.getByRole('button', { name: 'Alpha Outdoor' }).click();
    await expect(dashboard.getByTestId('touchpoint')).toHaveCount(3);
    await expectAccessible(dashboard, 'dashboard detail');
    await dashboard.getByRole('button', { name: 'Rename' }).click();
    await expect(dashboard.getByLabel('New shop name')).toBeFocused();
    await expectAccessible(dashboard, 'dashboard detail, renaming');
  });

  test('the dashboard list filtered, with the statistics of a scenario open', async ({ ext }) => {
    const dashboard = await dashboardWithComparedAudits(ext);
    await dashboard.getByLabel('Scenario', { exact: true }).selectOption('Guest checkout');
    await expect(dashboard.getByTestId('filter-count')).toHaveText('Showing 3 of 4 audits');
    await dashboard.getByTestId('scenario-statistics').getByText('Guest checkout: 3 audits').click();
    // The statistics are read when unfolded: their table is what this checks.
    await expect(dashboard.getByTestId('scenario-statistics').locator('table')).toBeVisible();
    await expectAccessible(dashboard, 'dashboard list, filtered, with statistics');
  });

  test('the comparison of two shops, and the before/after of one shop', async ({ ext }) => {
    const dashboard = await dashboardWithComparedAudits(ext);
    await dashboard.goto(ext.page('dashboard.html#/compare?ids=alpha-before,bravo,alpha-after'));
    await expect(dashboard.getByTestId('top-finding').first()).toBeVisible();
    await expectAccessible(dashboard, 'comparison');
    await dashboard.goto(ext.page('dashboard.html#/compare?ids=alpha-before,alpha-after'));
    await expect(dashboard.getByTestId('before-after')).toBeVisible();
    await expectAccessible(dashboard, 'before/after');
  });

  test('the dashboard showing an import error', async ({ ext }) => {
    const broken = test.info().outputPath('broken.json');
    await writeFile(broken, '{ "format": "shopwalk-export", ');
    const dashboard = await openDashboard(ext);
    await dashboard.getByTestId('import-file').setInputFiles(broken);
    await expect(dashboard.getByRole('alert')).toContainText('was not imported');
    await expectAccessible(dashboard, 'dashboard with an import error');
  });
});

/** What has the keyboard focus, and whether it is shown: an outline on the element, or on the label of a hidden one. */
function focusRing(page: Page): Promise<{ what: string; outline: string; shown: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return { what: 'nothing', outline: '', shown: false };
    const box = active.getBoundingClientRect();
    const hidden = box.width <= 1 && box.height <= 1;
    const ring = hidden && active instanceof HTMLInputElement ? (active.labels?.[0] ?? active) : active;
    const style = getComputedStyle(ring);
    const label = active instanceof HTMLInputElement ? active.labels?.[0]?.textContent : undefined;
    const name = (active.getAttribute('aria-label') ?? label ?? active.textContent ?? '').trim().slice(0, 40);
    return {
      what: `<${active.tagName.toLowerCase()}> ${name}`,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      shown:
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && ring.getBoundingClientRect().width > 1,
    };
  });
}

async function expectFocusShown(page: Page): Promise<void> {
  const { what, outline, shown } = await focusRing(page);
  expect(shown, `the focus on ${what} is visible (outline: ${outline})`).toBe(true);
}

/** Presses `key` until `target` has the focus, checking on the way that every stop shows the focus. */
async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    await expectFocusShown(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${max} presses of ${key} did not reach ${target}`);
}

/** Tabs through the whole page from the top, checking every stop shows the focus; returns what was focused. */
async function tabThrough(page: Page): Promise<string[]> {
  // Puts the start of the next Tab at the top of the page, as a fresh load would.
  await page.evaluate(() => {
    const top = document.createElement('div');
    top.tabIndex = -1;
    document.body.prepend(top);
    top.focus();
    top.remove();
  });
  const stops: string[] = [];
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const { what, outline, shown } = await focusRing(page);
    if (what === 'nothing' || what === stops[0]) return stops;
    expect.soft(shown, `the focus on ${what} is visible (outline: ${outline})`).toBe(true);
    stops.push(what);
  }
  return stops;
}

test.describe('with the keyboard alone', () => {
  test('the popup’s start form is reached, filled and sent, and the audit paused and resumed', async ({
    ext,
    shop,
  }) => {
    const popup = await openPopup(ext, await openShop(ext, shop.url));
    await expect(popup.getByLabel('Shop')).toHaveValue('Regenwald Outdoor');
    await pressUntilFocused(popup, popup.getByLabel('Shop'), 'Tab', 1);
    await popup.keyboard.type('Regenwald (keyboard)'); // tabbing into a field selects its text: typing replaces it
    await pressUntilFocused(popup, popup.getByLabel('Scenario'), 'Tab', 1);
    await popup.keyboard.type('Find the size chart');
    await pressUntilFocused(popup, popup.getByLabel('Auditor'), 'Tab', 1);
    await popup.keyboard.type('Kim Keyboard');
    await pressUntilFocused(popup, popup.getByLabel('Scorecard'), 'Tab', 1);
    // One stop for the radio group (desktop or phone), as for any radio group; arrows would choose.
    await pressUntilFocused(popup, popup.getByRole('radio', { name: /Desktop/ }), 'Tab', 1);
    await pressUntilFocused(popup, popup.getByRole('button', { name: 'Start audit' }), 'Tab', 1);
    await popup.keyboard.press('Enter');

    await expect(popup.getByText('Recording', { exact: true })).toBeVisible();
    await expect
      .poll(async () => (await readDatabase(ext)).audits)
      .toMatchObject([
        { shopName: 'Regenwald (keyboard)', scenario: 'Find the size chart', auditorName: 'Kim Keyboard' },
      ]);
    await pressUntilFocused(popup, popup.getByRole('button', { name: 'Pause' }));
    await popup.keyboard.press('Enter');
    await expect(popup.getByText('Paused', { exact: true })).toBeVisible();
    await pressUntilFocused(popup, popup.getByRole('button', { name: 'Resume' }));
    await popup.keyboard.press('Enter');
    await expect(popup.getByText('Recording', { exact: true })).toBeVisible();
    // "Recording" shows as soon as the audit is stored; the buttons stay disabled until the command's reply is in,
    // and a disabled button is no tab stop.
    await expect(popup.getByRole('button', { name: 'Finish' })).toBeEnabled();
    const stops = await tabThrough(popup);
    expect(stops.slice(0, 2)).toEqual(['<button> Pause', '<button> Finish']);
    expect(stops).toEqual(expect.arrayContaining(['<button> Open side panel', '<button> Dashboard']));
  });

  test('the dashboard: select with Space, export, open an audit with Enter, go back, delete and undo', async ({
    ext,
    shop,
  }) => {
    await auditsInEveryState(ext, shop);
    const dashboard = await openDashboard(ext);
    await expect(dashboard.getByTestId('audit-row')).toHaveCount(3);
    const checkbox = dashboard.getByLabel('Select the audit of Alpha Outdoor');
    await pressUntilFocused(dashboard, checkbox);
    await dashboard.keyboard.press('Space');
    await expect(checkbox).toBeChecked();

    await pressUntilFocused(dashboard, dashboard.getByRole('button', { name: 'Export 1 audit' }), 'Shift+Tab');
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^shopwalk-alpha-outdoor-/);

    const open = dashboard.getByRole('button', { name: 'Alpha Outdoor' });
    await pressUntilFocused(dashboard, open);
    await dashboard.keyboard.press('Enter');
    // The opened audit's heading takes the focus, so the keyboard carries on from the top of the audit.
    await expect(dashboard.getByRole('heading', { level: 2, name: 'Alpha Outdoor' })).toBeFocused();
    await expectFocusShown(dashboard);
    await expect(dashboard).toHaveTitle('Alpha Outdoor – Shopwalk audits');
    await pressUntilFocused(dashboard, dashboard.getByRole('button', { name: 'All audits' }), 'Shift+Tab', 1);
    await dashboard.keyboard.press('Enter');
    // Back in the list, the row of the audit just closed has the focus again.
    await expect(open).toBeFocused();
    await expect(dashboard).toHaveTitle('Shopwalk audits');

    await pressUntilFocused(dashboard, dashboard.getByRole('button', { name: 'Delete 1 audit' }), 'Shift+Tab');
    await dashboard.keyboard.press('Enter');
    // The Delete button is disabled now, so Undo takes the focus, described by what it would undo.
    const undo = dashboard.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await expect(undo).toHaveAccessibleDescription('Deleted 1 audit.');
    await expectFocusShown(dashboard);
    await expect(dashboard.getByTestId('audit-row')).toHaveCount(2);
    await dashboard.keyboard.press('Enter');
    await expect(dashboard.getByTestId('audit-row')).toHaveCount(3);
  });

  test('every stop on the side panel, the dashboard list and an audit’s detail shows the focus', async ({
    ext,
    shop,
  }) => {
    const page = await walkThreePages(ext, shop, 'Regenwald Outdoor');
    const panel = await openSidePanel(ext, page);
    await expect(panel.getByTestId('touchpoint')).toHaveCount(3);
    const panelStops = await tabThrough(panel);
    expect(panelStops).toEqual(expect.arrayContaining(['<a> Dashboard', '<button> Finish', '<textarea> Note']));
    expect(panelStops.filter((s) => s === '<textarea> Note')).toHaveLength(3);
    // Each note says which touchpoint it is about.
    await expect(panel.getByLabel('Note').nth(1)).toHaveAccessibleDescription(/^2\. Rain jackets/);

    const dashboard = await openDashboard(ext);
    await expect(dashboard.getByTestId('audit-row')).toHaveCount(1);
    expect(await tabThrough(dashboard)).toEqual([
      '<a> Audits',
      '<a> Scorecards',
      '<input> Import JSON',
      '<select> AllRegenwald Outdoor',
      '<select> AllBuy a rain jacket',
      '<select> AllAlex Auditor',
      // A date input is four stops: month, day, year and its calendar button.
      ...Array<string>(4).fill('<input> From'),
      ...Array<string>(4).fill('<input> To'),
      '<input> Select all audits',
      '<input> Select the audit of Regenwald Outdoor',
      '<button> Regenwald Outdoor',
    ]);
    await dashboard.getByRole('button', { name: 'Regenwald Outdoor' }).press('Enter');
    await expect(dashboard.getByRole('button', { name: 'Rename' })).toBeVisible(); // the detail renders after a query
    const detailStops = await tabThrough(dashboard);
    expect(detailStops.slice(0, 8)).toEqual([
      '<a> Audits',
      '<a> Scorecards',
      '<input> Import JSON',
      '<button> ← All audits',
      '<button> Rename',
      '<button> Export JSON',
      '<button> Delete',
      '<textarea> Notes on this audit',
    ]);
    expect(detailStops.filter((s) => s === '<textarea> Note')).toHaveLength(3);
  });
});

test('axe finds nothing serious or critical on an open rating card with its score’s reasons, nor on the Scorecards view and its editor', async ({
  ext,
  shop,
}) => {
  const page = await walkThreePages(ext, shop, 'Regenwald Outdoor');
  const panel = await openSidePanel(ext, page);
  const step = panel.getByTestId('touchpoint').first();
  await step.getByText(/^Rate this step/).click();
  await step.getByRole('radio', { name: '4', exact: true }).first().check();
  await step.getByTestId('score-why').getByText(/^Why/).click();
  await panel.getByTestId('score-overview').getByText(/^Why/).first().click();
  await expectAccessible(panel, 'side panel with a rating card');

  const dashboard = await openDashboard(ext);
  await dashboard.getByRole('link', { name: 'Scorecards' }).click();
  await expect(dashboard.getByTestId('template-card')).toHaveCount(5);
  await expectAccessible(dashboard, 'Scorecards view');
  await dashboard.getByRole('button', { name: 'Copy Guest purchase' }).click();
  await dashboard.getByTestId('criterion-fields').first().getByText('Rated at', { exact: false }).click();
  await expectAccessible(dashboard, 'template editor');
});
