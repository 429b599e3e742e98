import type { Page } from '@playwright/test';
import type { Audit } from '../../utils/model/audit';
import type { FindingRecord } from '../../utils/model/finding-record';
import type { Touchpoint } from '../../utils/model/touchpoint';
import type { Extension } from './fixtures';

export interface Stored {
  audits: Audit[];
  touchpoints: Touchpoint[];
  /** In the order recorded. */
  findings: FindingRecord[];
}

let reader: Page | undefined;

/**
 * Everything in Shopwalk's database, read with plain IndexedDB from an extension page (the database belongs to the
 * extension's origin), touchpoints in journey order.
 */
export async function readDatabase(ext: Extension): Promise<Stored> {
  if (!reader || reader.isClosed() || reader.context() !== ext.context) {
    reader = await ext.context.newPage();
    await reader.goto(ext.page('dashboard.html'));
  }
  const stored = await reader.evaluate(
    () =>
      new Promise<{ audits: unknown[]; touchpoints: unknown[]; findings: unknown[] }>((resolve, reject) => {
        const open = indexedDB.open('shopwalk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['audits', 'touchpoints', 'findings']);
          const all = (name: string) => tx.objectStore(name).getAll();
          const audits = all('audits');
          const touchpoints = all('touchpoints');
          const findings = all('findings');
          tx.oncomplete = () => {
            open.result.close();
            resolve({ audits: audits.result, touchpoints: touchpoints.result, findings: findings.result });
          };
        };
      }),
  );
  const findings = (stored.findings as FindingRecord[]).sort((a, b) => a.createdAt - b.createdAt);
  const touchpoints = (stored.touchpoints as Touchpoint[]).sort(
    (a, b) => a.auditId.localeCompare(b.auditId) || a.seq - b.seq,
  );
  return { audits: stored.audits as Audit[], touchpoints, findings };
}

/** The paths (with query and hash) of an audit's touchpoints, in order. */
export function journeyPaths(stored: Pick<Stored, 'touchpoints'>, origin: string): string[] {
  return stored.touchpoints.map((t) => (t.url.startsWith(origin) ? t.url.slice(origin.length) : t.url));
}
