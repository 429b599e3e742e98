import type { Page } from '@playwright/test';
import { MAX_EXAMPLES, MAX_FIELDS_PER_GROUP } from '../utils/model/limits';
import { CHECKOUT_HOSTS, HOSTILE, LAB_PATHS, MONEY } from './fixtures/lab-truth';
import { startAudit } from './support/auditor';
import { readDatabase } from './support/database';
import { expect, test } from './support/fixtures';
import { auditLabPage, measured } from './support/lab-walk';

/** What a page can see of itself from its own (main) world: its globals, its DOM, its styles and its scroll. */
function pageSelf(page: Page) {
  return page.evaluate((hosts) => {
    const frame = document.getElementById(hosts.iframeId) as HTMLIFrameElement;
    const everything = [...document.querySelectorAll('*')];
    return {
      globals: Object.getOwnPropertyNames(window).sort(),
      frameGlobals: Object.getOwnPropertyNames(frame.contentWindow!).sort(),
      html: document.documentElement.outerHTML,
      shadowHtml: document.getElementById(hosts.shadowHostId)!.shadowRoot!.innerHTML,
      frameHtml: frame.contentDocument!.documentElement.outerHTML,
      elements: everything.length,
      shopwalkElements: everything.filter((e) => /shopwalk/i.test(`${e.localName} ${e.id} ${e.className}`)).length,
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      scroll: [scrollX, scrollY],
      bodyBox: JSON.stringify(document.body.getBoundingClientRect()),
    };
  }, CHECKOUT_HOSTS);
}

test('the audited page does not notice: no new globals, no element, attribute or style added, nothing moved', async ({
  ext,
  lab,
}) => {
  const page = await ext.context.newPage();
  await page.goto(new URL(LAB_PATHS.checkout, lab.origin).href);
  await expect(page.frameLocator(`#${CHECKOUT_HOSTS.iframeId}`).locator('#card-holder')).toBeVisible();
  const before = await pageSelf(page);

  await startAudit(ext, page);
  // Every detector has run at least once: the census, money, help and the stage guess are in.
  await measured(ext, 0, (tp) => (tp.forms && tp.money && tp.help && tp.stage ? true : undefined), 'the measurements');
  const after = await pageSelf(page);

  expect(after.globals.filter((name) => !before.globals.includes(name))).toEqual([]);
  expect(after.frameGlobals.filter((name) => !before.frameGlobals.includes(name))).toEqual([]);
  expect(after.shopwalkElements).toBe(0);
  expect(after).toEqual(before);
});

test('a hostile page (an error every 50 ms, a replaced body, 3,000 fields) is measured, and the audit goes on', async ({
  ext,
  lab,
}) => {
  const page = await auditLabPage(ext, lab, LAB_PATHS.overview);
  await page.goto(new URL(LAB_PATHS.hostile, lab.origin).href);
  await expect(page.locator(`#${HOSTILE.formId} input`)).toHaveCount(HOSTILE.fields);

  // The census counts every field, though it keeps evidence of only the first MAX_FIELDS_PER_GROUP.
  const forms = await measured(
    ext,
    1,
    (tp) => (tp.forms?.totals.fields === HOSTILE.fields ? tp.forms : undefined),
    `a census of ${HOSTILE.fields} fields`,
  );
  expect(forms.totals.byKind.text).toBe(HOSTILE.fields);
  expect(forms.totals.types).toEqual({ [HOSTILE.fieldType]: HOSTILE.fields });
  expect(forms.groups).toHaveLength(1);
  expect(forms.groups[0]).toMatchObject({ id: HOSTILE.formId, isForm: true });
  expect(forms.groups[0]!.fields).toHaveLength(MAX_FIELDS_PER_GROUP);
  expect(forms.truncated).toBe(true);

  // Errors keep coming (20 a second); the count goes on, the examples stop at the cap.
  const errors = await measured(
    ext,
    1,
    (tp) => (tp.interaction && tp.interaction.jsErrors.count > MAX_EXAMPLES ? tp.interaction.jsErrors : undefined),
    'the errors',
  );
  expect(errors.examples).toHaveLength(MAX_EXAMPLES);
  expect(errors.examples.every((e) => e.message.includes(HOSTILE.errorMessage))).toBe(true);

  // The next page of the walk is recorded and measured as usual.
  await page.getByRole('link', { name: 'Warenkorb' }).click();
  const money = await measured(ext, 2, (tp) => tp.money?.total, 'the cart total');
  expect(money).toBeCloseTo(MONEY.cart.total, 2);
  const { audits, touchpoints } = await readDatabase(ext);
  expect(audits[0]!.status).toBe('active');
  expect(touchpoints.map((tp) => new URL(tp.url).pathname)).toEqual([
    LAB_PATHS.overview,
    LAB_PATHS.hostile,
    LAB_PATHS.cart,
  ]);
});
