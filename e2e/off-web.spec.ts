import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { openSidePanel, startAudit } from './support/auditor';
import { readDatabase } from './support/database';
import { expect, test, type Extension } from './support/fixtures';

/** A PNG of 2 × 1 pixels, written out byte by byte so that the test needs no image file. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGMQaEj4cEABAAjXAsF9WsdVAAAAAElFTkSuQmCC',
  'base64',
);

const DAY = 24 * 60 * 60 * 1000;

/** A moment as a `datetime-local` input takes it: local time, to the second. */
function localInput(ms: number): string {
  return new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
}

/** The journey as the list shows it, top to bottom: a page by its path, a contact off the web by its channel. */
function shownJourney(list: Locator, origin: string): Promise<string[]> {
  return list
    .getByTestId('touchpoint')
    .evaluateAll((rows, o) => rows.map((r) => r.dataset.channel ?? r.dataset.url!.replace(o, '')), origin);
}

/** How many files are kept with a touchpoint, read with plain IndexedDB from an extension page. */
function attachmentCount(page: Page, touchpointId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('shopwalk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result
            .transaction('attachments')
            .objectStore('attachments')
            .index('touchpointId')
            .count(id);
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
    touchpointId,
  );
}

/** What axe finds that keeps someone from using the page (impact serious or critical). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}: ${v.help}`));
}

async function touchpointsOf(ext: Extension) {
  return (await readDatabase(ext)).touchpoints;
}

test('an off-web touchpoint with a stopwatch lands in the journey', async ({ ext, shop }) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page, {
    scenario: 'Ask about delivery times',
    scorecard: 'Customer service: hotline, e-mail and chat',
  });
  await page.getByTestId('nav-rain-jackets').first().click();
  await expect.poll(async () => (await touchpointsOf(ext)).length).toBe(2);

  const panel = await openSidePanel(ext, page);
  const form = panel.getByRole('form', { name: 'Add a contact off the web' });
  await panel.getByText('Add a contact off the web').click();
  await form.getByLabel('Channel').selectOption({ label: 'Hotline' });
  await form.getByLabel('What it was').fill('Asked when the jacket ships');
  await expect(form.getByRole('radio', { name: 'Start the stopwatch now' })).toBeChecked();
  await form.getByRole('button', { name: 'Add and start the stopwatch' }).click();
  await expect(form.getByRole('status')).toHaveText('“Asked when the jacket ships” is in the journey.');
  await expect.poll(async () => (await touchpointsOf(ext)).find((tp) => tp.channel === 'hotline')?.seq).toBe(2);

  // The customer browses on while waiting in the hotline's queue.
  await page.bringToFront();
  await page.getByTestId('product-alpine-shell').click();
  await expect.poll(async () => (await touchpointsOf(ext)).length).toBe(4);

  const list = panel.getByRole('list', { name: 'Journey' });
  const call = list.getByTestId('touchpoint').filter({ hasText: 'Asked when the jacket ships' });
  await expect(call.getByTestId('off-web-durations')).toHaveText(/^waiting… \d/);
  // Pressed from the keyboard, as on a call with the phone in the other hand; the focus moves on to the next button.
  await call.getByRole('button', { name: 'Answered' }).focus();
  await panel.keyboard.press('Enter');
  await expect(call.getByRole('button', { name: 'Answered' })).toHaveCount(0);
  await expect(call.getByRole('button', { name: 'Ended' })).toBeFocused();
  await expect(call.getByTestId('off-web-durations')).toHaveText(/^waited [\d.:]+( s)? · being served… \d/);
  await panel.keyboard.press('Enter');
  await expect(call.getByRole('button', { name: 'Ended' })).toHaveCount(0);
  await expect(call.getByRole('button', { name: 'Edit times' })).toBeFocused();
  await expect(call.getByTestId('off-web-durations')).toHaveText(/^waited [\d.:]+( s)? · served [\d.:]+( s)?$/);

  const stored = await touchpointsOf(ext);
  const hotline = stored.find((tp) => tp.channel === 'hotline')!;
  expect(hotline).toMatchObject({ seq: 2, url: '', origin: '', arrival: 'entered', stage: 'service', visibleMs: 0 });
  expect(hotline.answeredAt).toBeGreaterThan(hotline.enteredAt);
  expect(hotline.leftAt).toBeGreaterThanOrEqual(hotline.answeredAt!);
  const [home, category, product] = stored.filter((tp) => tp.channel === 'web');
  expect([home!.seq, category!.seq, product!.seq]).toEqual([0, 1, 3]);
  expect(hotline.enteredAt).toBeGreaterThan(category!.enteredAt);
  expect(hotline.enteredAt).toBeLessThan(product!.enteredAt);

  // In time order between the pages, keeping the number it was given: the third contact, shown third.
  await expect
    .poll(() => shownJourney(list, shop.origin))
    .toEqual(['/', '/category/rain-jackets', 'hotline', '/product/alpine-shell']);
  await expect(call).toContainText(/^3\. Hotline Asked when the jacket ships/);
  await expect(call.getByText(/visible/)).toHaveCount(0);

  // Evidence: a photo shows as a picture; an empty file is refused in words.
  await call.getByLabel('Add files').setInputFiles([
    { name: 'hold-music.png', mimeType: 'image/png', buffer: PNG },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  const thumbnail = call.getByRole('img', { name: 'hold-music.png' });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  await expect(call.getByRole('alert')).toHaveText('“empty.txt” is empty and was not added.');
  await expect.poll(() => attachmentCount(panel, hotline.id)).toBe(1);

  // Rated on the audit's card like a page: the hotline's queue is a service-stage criterion.
  await call.getByText(/Rate this step: 0 of \d+ criteria rated/).click();
  await call
    .getByRole('group', { name: /^Hotline: a person answers quickly/ })
    .getByRole('radio', { name: '6', exact: true })
    .check();
  await expect
    .poll(async () => (await touchpointsOf(ext)).find((tp) => tp.id === hotline.id)?.ratings)
    .toEqual({ 'hotline-wait': 6 });
  // The form open, the contact with its picture and card: nothing that keeps anyone from using them.
  expect(await seriousViolations(panel)).toEqual([]);
});

test('an e-mail answered days later joins a finished audit in time order, and the audit is sealed anew', async ({
  ext,
  shop,
}) => {
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await startAudit(ext, page, { shop: 'Regenwald Outdoor', scenario: 'Returns' });
  await page.getByTestId('nav-rain-jackets').first().click();
  await expect.poll(async () => (await touchpointsOf(ext)).length).toBe(2);
  const panel = await openSidePanel(ext, page);
  await panel.getByRole('button', { name: 'Finish' }).click();
  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.chainHead).toMatch(/^[0-9a-f]{64}$/);
  const sealedBefore = (await readDatabase(ext)).audits[0]!;

  const dashboard = await ext.context.newPage();
  await dashboard.goto(ext.page('dashboard.html'));
  await dashboard.getByRole('button', { name: 'Regenwald Outdoor' }).click();
  const form = dashboard.getByRole('form', { name: 'Add a contact off the web' });
  await dashboard.getByText('Add a contact off the web').click();
  await form.getByLabel('Channel').selectOption({ label: 'E-mail' });
  await form.getByLabel('What it was').fill('Asked how to return a jacket');
  await form.getByRole('radio', { name: 'Enter the times' }).check();
  const now = Date.now();
  const sent = now - 2 * DAY;
  const answered = now - DAY;
  const started = form.getByLabel(/^Started/);
  const answer = form.getByLabel(/^Answered/);

  // Times out of order are named in words beside the fields, and nothing is added.
  await started.fill(localInput(answered));
  await answer.fill(localInput(sent));
  await expect(answer).toHaveAttribute('aria-invalid', 'true');
  await expect(answer).toHaveAccessibleDescription(
    'The answer cannot come before the start. Check the dates and times.',
  );
  await expect(form.getByRole('button', { name: 'Add to the journey' })).toBeDisabled();

  await started.fill(localInput(sent));
  await answer.fill(localInput(answered));
  await form.getByLabel(/^Ended/).fill(localInput(answered));
  await expect(answer).not.toHaveAttribute('aria-invalid');
  await form.getByRole('button', { name: 'Add to the journey' }).click();
  await expect(form.getByRole('status')).toHaveText('“Asked how to return a jacket” is in the journey.');

  // Sent before the walk, so first in time; numbered after the two pages entered before it.
  const list = dashboard.getByRole('list', { name: 'Journey' });
  await expect.poll(() => shownJourney(list, shop.origin)).toEqual(['email', '/', '/category/rain-jackets']);
  const mail = list.getByTestId('touchpoint').first();
  await expect(mail).toContainText(/^3\. E-mail Asked how to return a jacket/);
  await expect(mail.getByTestId('off-web-durations')).toHaveText('waited 1 day, 0 h · served 0.0 s');
  const stored = (await touchpointsOf(ext)).find((tp) => tp.channel === 'email')!;
  // Seconds as typed: the inputs take whole seconds.
  expect(stored).toMatchObject({
    seq: 2,
    enteredAt: Math.floor(sent / 1000) * 1000,
    answeredAt: Math.floor(answered / 1000) * 1000,
    leftAt: Math.floor(answered / 1000) * 1000,
  });

  // Sealed anew with the e-mail in it, so Verify still finds the audit as sealed.
  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.chainHead).not.toBe(sealedBefore.chainHead);
  const audit = (await readDatabase(ext)).audits[0]!;
  expect(audit.chainLinks?.map((l) => l.id)).toContain(stored.id);
  const chain = dashboard.getByTestId('evidence-chain');
  await expect(chain.getByLabel('Whole chain head')).toHaveValue(audit.chainHead!);
  await chain.getByRole('button', { name: 'Verify' }).click();
  await expect(chain.getByTestId('evidence-verdict')).toHaveText(
    /^Unchanged since the walk ended on .+: the stored records match the seal\.$/,
  );

  // A correction is checked like an entry; one that holds is saved and sealed in turn.
  await mail.getByRole('button', { name: 'Edit times' }).click();
  const edit = mail.getByRole('form', { name: 'Edit times' });
  await expect(edit.getByLabel(/^Started/)).toBeFocused();
  await edit.getByLabel(/^Ended/).fill(localInput(now - 3 * DAY));
  await expect(edit.getByText('The end cannot come before the start. Check the dates and times.')).toBeVisible();
  await expect(edit.getByRole('button', { name: 'Save' })).toBeDisabled();
  await edit.getByLabel(/^Ended/).fill(localInput(answered + 60_000));
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(mail.getByRole('button', { name: 'Edit times' })).toBeFocused();
  await expect(mail.getByTestId('off-web-durations')).toHaveText(/ · served 1:00$/);

  // Removed after a second thought: gone from the journey, and the seal follows again.
  await mail.getByRole('button', { name: 'Remove' }).click();
  await expect(mail.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const headBefore = (await readDatabase(ext)).audits[0]!.chainHead;
  await mail.getByRole('button', { name: 'Yes, remove' }).click();
  await expect.poll(() => shownJourney(list, shop.origin)).toEqual(['/', '/category/rain-jackets']);
  await expect.poll(async () => (await touchpointsOf(ext)).some((tp) => tp.channel === 'email')).toBe(false);
  await expect.poll(async () => (await readDatabase(ext)).audits[0]?.chainHead).not.toBe(headBefore);
  await chain.getByRole('button', { name: 'Verify' }).click();
  await expect(chain.getByTestId('evidence-verdict')).toHaveText(/^Unchanged since the walk ended on /);
});
