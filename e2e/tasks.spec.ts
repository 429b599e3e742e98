import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { taskMetrics } from '../utils/measure/task-metrics';
import { openSidePanel, startAudit } from './support/auditor';
import { journeyPaths, readDatabase } from './support/database';
import { expect, test } from './support/fixtures';
import { stopServiceWorker } from './support/launch-extension.mjs';
import { readTasks } from './support/tasks';

async function startTask(panel: Page, name: string): Promise<void> {
  await panel.getByLabel('Task', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Start task' }).click();
  await expect(panel.getByTestId('running-task')).toContainText(name);
}

test('a task started in the side panel spans pages and records its walk, outcome and SEQ answer', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page);
  const panel = await openSidePanel(ext, page);
  await startTask(panel, 'Find a rain jacket in size M');
  // The Start button is gone: the running task's heading has the focus, and the change is said.
  await expect(panel.getByRole('heading', { name: 'Find a rain jacket in size M' })).toBeFocused();
  await expect(panel.getByRole('status').filter({ hasText: 'started' })).toHaveText(
    'Task “Find a rain jacket in size M” started.',
  );

  await page.getByTestId('nav-rain-jackets').first().click();
  await page.getByTestId('product-alpine-shell').click();
  await page.goBack();
  await expect
    .poll(async () => journeyPaths(await readDatabase(ext), shop.origin))
    .toEqual(['/', '/category/rain-jackets', '/product/alpine-shell', '/category/rain-jackets']);

  await panel.getByRole('button', { name: 'End: success' }).click();
  const questions = panel.getByTestId('task-questions');
  await expect(questions.getByRole('button', { name: 'Success' })).toHaveAttribute('aria-pressed', 'true');
  // The outcome is given, so the SEQ question is next: its first point has the focus, none is chosen yet.
  await expect(questions.getByRole('radio', { name: '1 very difficult' })).toBeFocused();
  await questions.getByRole('radio', { name: '6', exact: true }).check();
  await expect.poll(async () => (await readTasks(ext))[0]?.seqAnswer).toBe(6);
  await questions.getByRole('button', { name: 'Done' }).click();
  await expect(panel.getByLabel('Task', { exact: true })).toBeFocused();

  const [task, ...others] = await readTasks(ext);
  const { audits, touchpoints } = await readDatabase(ext);
  expect(others).toEqual([]);
  expect(task).toMatchObject({
    auditId: audits[0]!.id,
    seq: 0,
    name: 'Find a rain jacket in size M',
    outcome: 'success',
    seqAnswer: 6,
  });
  // Started after the audit's first page was entered, ended after the walk's last step.
  expect(task!.startedAt).toBeGreaterThanOrEqual(touchpoints[0]!.enteredAt);
  expect(task!.endedAt).toBeGreaterThan(touchpoints[3]!.enteredAt);
  expect(taskMetrics(task!, touchpoints, Date.now())).toMatchObject({ pages: 4, backNavigations: 1 });
  const listed = panel.getByTestId('task');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('4 pages');
  await expect(listed).toContainText('1 back-navigation');
  await expect(listed.getByLabel('Ease of “Find a rain jacket in size M” (SEQ, 1 to 7)')).toHaveValue('6');
});

test('a running task survives a stopped service worker: it ends later with its first start time', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page);
  const panel = await openSidePanel(ext, page);
  await startTask(panel, 'Check out as a guest');
  await expect.poll(async () => (await readTasks(ext)).length).toBe(1);
  const [started] = await readTasks(ext);

  // Chrome stops a worker when it is idle; the next event (a page load, a command) starts a fresh one.
  await stopServiceWorker(ext.context, page);
  await page.getByTestId('nav-cart').first().click();
  await expect.poll(async () => (await readDatabase(ext)).touchpoints.length).toBe(2);
  await stopServiceWorker(ext.context, page);
  // A reopened panel shows the same task, still running, its time counted from the timestamp it was started at.
  await panel.reload();
  await expect(panel.getByTestId('running-task')).toContainText('Check out as a guest');
  await panel.getByRole('button', { name: 'End: failure' }).click();

  await expect.poll(async () => (await readTasks(ext))[0]?.outcome).toBe('failure');
  const [ended] = await readTasks(ext);
  expect(ended).toMatchObject({ id: started!.id, startedAt: started!.startedAt });
  expect(ended!.endedAt).toBeGreaterThan(started!.startedAt);
  const { touchpoints } = await readDatabase(ext);
  expect(taskMetrics(ended!, touchpoints, Date.now())).toMatchObject({ pages: 2, backNavigations: 0 });
});

/** Axe's findings that keep someone from using the page (impact serious or critical), in light and dark mode. */
async function seriousViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
      found.push(...v.nodes.map((n) => `${colorScheme}: ${v.id} at ${n.target.join(' ')}: ${v.help}`));
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

test('tasks work with the keyboard alone, pass axe, end abandoned with the audit and get a verdict later', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page);
  const panel = await openSidePanel(ext, page);
  await panel.getByLabel('Task', { exact: true }).focus();
  await panel.keyboard.type('Find a rain jacket');
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Find a rain jacket' })).toBeFocused();
  await page.getByTestId('nav-rain-jackets').first().click();
  await expect.poll(async () => (await readDatabase(ext)).touchpoints.length).toBe(2);
  expect(await seriousViolations(panel), 'side panel, task running').toEqual([]);

  await panel.keyboard.press('Tab'); // from the heading to "End: success"
  await expect(panel.getByRole('button', { name: 'End: success' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('radio', { name: '1 very difficult' })).toBeFocused();
  await panel.keyboard.press('Space');
  await expect.poll(async () => (await readTasks(ext))[0]?.seqAnswer).toBe(1);
  for (let i = 0; i < 4; i += 1) await panel.keyboard.press('ArrowRight');
  await expect.poll(async () => (await readTasks(ext))[0]?.seqAnswer).toBe(5);
  expect(await seriousViolations(panel), 'side panel, questions after a task').toEqual([]);
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Done' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('task-questions')).toHaveCount(0);
  await expect(panel.getByLabel('Task', { exact: true })).toBeFocused();
  await panel.keyboard.type('Check out as a guest');
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Check out as a guest' })).toBeFocused();

  // Finishing the audit ends the running task with it, abandoned; the dashboard takes a verdict for it later.
  await panel.getByRole('button', { name: 'Finish' }).click();
  await expect.poll(async () => (await readTasks(ext))[1]?.outcome).toBe('abandoned');
  const [first, second] = await readTasks(ext);
  const { audits } = await readDatabase(ext);
  expect(second!.endedAt).toBe(audits[0]!.finishedAt);
  expect(first).toMatchObject({ outcome: 'success', seqAnswer: 5 });

  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page(`dashboard.html#/audit/${audits[0]!.id}`));
  const rows = dashboard.getByTestId('task-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByLabel('Outcome of “Check out as a guest”')).toHaveValue('abandoned');
  expect(await seriousViolations(dashboard), 'dashboard, an audit with tasks').toEqual([]);
  await rows.nth(1).getByLabel('Outcome of “Check out as a guest”').selectOption('failure');
  await rows.nth(1).getByLabel('Ease of “Check out as a guest” (SEQ, 1 to 7)').selectOption('2');
  await expect.poll(async () => (await readTasks(ext))[1]).toMatchObject({ outcome: 'failure', seqAnswer: 2 });
});
