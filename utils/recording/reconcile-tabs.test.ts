import { describe, expect, it } from 'vitest';
import { auditOfTab, countTouchpoints, openTouchpoint, touchpointsOf } from '../db/journey';
import { finishAudit, pauseAudit } from './audit-lifecycle';
import { recordArrival, recordTitle } from './journey-events';
import { reconcileTabs, type TabLookup } from './reconcile-tabs';
import { arrived, page, SHOP, startedAudit, T0, withTestDatabase } from './test-fixtures';

const CART = 'https://shop.example/cart';
const LATER = T0 + 3_600_000;
const db = withTestDatabase();

/** The tabs of the browser session: id → the URL it shows (undefined when the extension may not read it). */
function tabsOf(tabs: Record<number, string | undefined>): TabLookup {
  return {
    tab: async (tabId) => (tabId in tabs ? { ...(tabs[tabId] === undefined ? {} : { url: tabs[tabId] }) } : undefined),
    tabShowing: async (url) => {
      const found = Object.entries(tabs).find(([, shown]) => shown === url);
      return found && Number(found[0]);
    },
  };
}

/** An audit in tab 7 that walked from the home page to the cart, last seen at T0 + 3 s. */
async function walkedToCart(tabId = 7) {
  const audit = await startedAudit(db(), tabId);
  await recordArrival(db(), tabId, arrived(CART, 'load', { title: 'Cart' }), T0 + 1_000);
  await recordTitle(db(), tabId, CART, 'Your cart', T0 + 3_000);
  return audit;
}

describe('reconcileTabs', () => {
  it('keeps an audit whose tab still shows its page', async () => {
    const audit = await walkedToCart();
    expect(await reconcileTabs(db(), tabsOf({ 7: CART }), LATER)).toEqual([]);
    expect(await db().audits.get(audit.id)).toMatchObject({ status: 'active', tabId: 7, updatedAt: T0 + 3_000 });
    expect(await countTouchpoints(db(), audit.id)).toBe(2);
  });

  it('keeps an audit whose tab exists but whose URL the extension may not read', async () => {
    const audit = await walkedToCart();
    expect(await reconcileTabs(db(), tabsOf({ 7: undefined }), LATER)).toEqual([]);
    expect(await db().audits.get(audit.id)).toMatchObject({ status: 'active', tabId: 7 });
  });

  it('pauses an audit whose tab is gone after a browser restart, and says it waits for the auditor', async () => {
    const audit = await walkedToCart();
    expect(await reconcileTabs(db(), tabsOf({ 1: 'https://news.example/' }), LATER)).toEqual([audit.id]);
    const stored = await db().audits.get(audit.id);
    expect(stored).toMatchObject({ status: 'paused', pauseReason: 'browser-closed' });
    expect(stored && 'tabId' in stored).toBe(false);
    expect(await auditOfTab(db(), 7)).toBeUndefined();
  });

  it('closes the last touchpoint where the audit was last seen, not counting the time the browser was closed', async () => {
    const audit = await walkedToCart();
    await reconcileTabs(db(), tabsOf({}), LATER);
    const [, cart] = await touchpointsOf(db(), audit.id);
    expect(cart).toMatchObject({ url: CART, leftAt: T0 + 3_000, visibleMs: 2_000 });
    expect(cart && 'visibleSince' in cart).toBe(false);
    expect((await db().audits.get(audit.id))?.updatedAt).toBe(T0 + 3_000);
  });

  it('pauses an audit whose tab id now belongs to another page', async () => {
    const audit = await walkedToCart();
    expect(await reconcileTabs(db(), tabsOf({ 7: 'https://news.example/' }), LATER)).toEqual([audit.id]);
    expect(await db().audits.get(audit.id)).toMatchObject({ status: 'paused', pauseReason: 'browser-closed' });
    expect(await auditOfTab(db(), 7)).toBeUndefined();
  });

  it('resumes the audit in the tab that session restore shows its page in', async () => {
    const audit = await walkedToCart();
    expect(await reconcileTabs(db(), tabsOf({ 3: 'https://news.example/', 42: CART }), LATER)).toEqual([]);
    const stored = await db().audits.get(audit.id);
    expect(stored).toMatchObject({ status: 'active', tabId: 42, updatedAt: LATER });
    expect(stored && 'pauseReason' in stored).toBe(false);
    expect((await auditOfTab(db(), 42))?.id).toBe(audit.id);
    expect(await openTouchpoint(db(), audit.id)).toMatchObject({
      seq: 2,
      url: CART,
      title: 'Your cart',
      arrival: 'resume',
      enteredAt: LATER,
      visibleSince: LATER,
    });
  });

  it('moves the audit to the tab showing its page when its own tab id was reused by another page', async () => {
    const audit = await walkedToCart();
    expect(await reconcileTabs(db(), tabsOf({ 7: 'https://news.example/', 9: CART }), LATER)).toEqual([]);
    expect((await auditOfTab(db(), 9))?.id).toBe(audit.id);
    expect(await auditOfTab(db(), 7)).toBeUndefined();
  });

  it('records the journey on in the tab it was resumed in', async () => {
    const audit = await walkedToCart();
    await reconcileTabs(db(), tabsOf({ 42: CART }), LATER);
    expect(await recordArrival(db(), 42, arrived('https://shop.example/checkout'), LATER + 1_000)).toMatchObject({
      auditId: audit.id,
      seq: 3,
    });
  });

  it('resumes only one of two audits whose page is shown in the same one tab', async () => {
    const first = await walkedToCart(7);
    const second = await walkedToCart(8);
    const waiting = await reconcileTabs(db(), tabsOf({ 42: CART }), LATER);
    const resumed = await auditOfTab(db(), 42);
    expect([first.id, second.id]).toContain(resumed?.id);
    expect(waiting).toEqual([resumed?.id === first.id ? second.id : first.id]);
    expect(await db().audits.get(waiting[0]!)).toMatchObject({ status: 'paused', pauseReason: 'browser-closed' });
  });

  it('does not resume an audit in a tab that another audit still records', async () => {
    const staying = await startedAudit(db(), 42, page(CART));
    const moved = await walkedToCart(7);
    expect(await reconcileTabs(db(), tabsOf({ 42: CART }), LATER)).toEqual([moved.id]);
    expect((await auditOfTab(db(), 42))?.id).toBe(staying.id);
    expect(await countTouchpoints(db(), staying.id)).toBe(1);
    expect(await db().audits.get(moved.id)).toMatchObject({ status: 'paused' });
  });

  it('unbinds a paused audit whose tab is gone, marks why, and does not list it', async () => {
    const audit = await startedAudit(db(), 7);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    expect(await reconcileTabs(db(), tabsOf({ 42: SHOP }), LATER)).toEqual([]);
    const stored = await db().audits.get(audit.id);
    expect(stored).toMatchObject({ status: 'paused', pauseReason: 'browser-closed' });
    expect(stored && 'tabId' in stored).toBe(false);
    expect(await auditOfTab(db(), 7)).toBeUndefined();
    expect(await auditOfTab(db(), 42)).toBeUndefined();
    expect(await countTouchpoints(db(), audit.id)).toBe(1);
  });

  it('keeps a paused audit bound to its tab while the tab shows its page', async () => {
    const audit = await startedAudit(db(), 7);
    await pauseAudit(db(), audit.id, 'auditor', T0 + 1_000);
    await reconcileTabs(db(), tabsOf({ 7: SHOP }), LATER);
    expect(await auditOfTab(db(), 7)).toMatchObject({ id: audit.id, status: 'paused' });
  });

  it('leaves finished audits alone', async () => {
    const audit = await startedAudit(db(), 7);
    await finishAudit(db(), audit.id, T0 + 1_000);
    const before = await db().audits.get(audit.id);
    expect(await reconcileTabs(db(), tabsOf({ 7: 'https://news.example/', 8: SHOP }), LATER)).toEqual([]);
    expect(await db().audits.get(audit.id)).toEqual(before);
    expect(await countTouchpoints(db(), audit.id)).toBe(1);
  });
});
