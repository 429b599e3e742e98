import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type ShopwalkDb } from '../db/database';
import type { Audit } from '../model/audit';
import type { Arrival } from '../model/touchpoint';
import { startAudit, type AuditStart } from './audit-lifecycle';
import type { Arrived, PageState } from './page-state';

/** A fixed moment, so that times in tests read as offsets from it. */
export const T0 = 1_700_000_000_000;

export const SHOP = 'https://shop.example/';

export function page(url = SHOP, more: Partial<PageState> = {}): PageState {
  return { url, title: 'Regenwald | Rain jackets', visible: true, ...more };
}

export function arrived(url: string, arrival: Arrival = 'load', more: Partial<Arrived> = {}): Arrived {
  return { ...page(url), arrival, backForward: arrival === 'back-forward', ...more };
}

export function auditStart(tabId: number, shown: PageState = page(), more: Partial<AuditStart> = {}): AuditStart {
  return {
    tabId,
    page: shown,
    shopName: 'Regenwald',
    scenario: 'Guest checkout',
    auditorName: 'Ada',
    device: { viewportWidth: 1280, viewportHeight: 800, userAgent: 'Test', mobile: false },
    ...more,
  };
}

/** Starts an audit that the test needs to exist; a refusal fails the test. */
export async function startedAudit(db: ShopwalkDb, tabId: number, shown: PageState = page(), at = T0): Promise<Audit> {
  const started = await startAudit(db, auditStart(tabId, shown), at);
  if (!started.ok) throw new Error(`startAudit refused: ${started.error}`);
  return started.value;
}

/** A fresh, uniquely named database for each test of the calling file, deleted after it. */
export function withTestDatabase(): () => ShopwalkDb {
  let db: ShopwalkDb | undefined;
  beforeEach(() => {
    db = openDatabase(`shopwalk-test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('the test database exists only inside a test');
    return db;
  };
}

/** A record exactly as IndexedDB stores it, read past Dexie. */
export async function storedRecord(
  db: ShopwalkDb,
  store: 'audits' | 'touchpoints',
  id: string,
): Promise<Record<string, unknown> | undefined> {
  await db.open();
  const request = db.backendDB().transaction(store, 'readonly').objectStore(store).get(id);
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
    request.onerror = () => reject(request.error);
  });
}
