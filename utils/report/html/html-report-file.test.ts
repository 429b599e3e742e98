import { describe, expect, it } from 'vitest';
import type { ReportRecords } from '../../db/report-audits';
import type { Screenshot } from '../../model/screenshot';
import { T0 } from '../support/test-audit';
import { twoShops } from '../support/test-report';
import { htmlReportFile } from './html-report-file';

const EXPORTED_AT = Date.UTC(2026, 10, 28, 12); // the same day in every time zone from UTC-11 to UTC+11

function screenshot(id: string, auditId: string, bytes: number): Screenshot {
  const image = new Blob([new Uint8Array(bytes).fill(7)], { type: 'image/jpeg' });
  return { id, auditId, takenAt: T0, type: 'image/jpeg', width: 10, height: 10, image, thumbnail: image };
}

function records(): ReportRecords[] {
  return twoShops().map((a) => ({
    ...a,
    audit: a.audit as ReportRecords['audit'],
    touchpoints: [...a.touchpoints],
    findings: [...a.findings],
    tasks: [],
    screenshots: a.audit.id === 'own' ? [screenshot('shot-1', 'own', 30), screenshot('unused', 'own', 3_000)] : [],
    attachments: [],
  }));
}

describe('htmlReportFile', () => {
  it('names the file after the day and declares it UTF-8 HTML', async () => {
    const file = await htmlReportFile(records(), { locale: 'de', now: EXPORTED_AT });
    expect(file.fileName).toBe('shopwalk-report-2026-11-28.html');
    expect(file.type).toBe('text/html;charset=utf-8');
    expect(file.text).toMatch(/^<!doctype html>\s*<html lang="de">/);
  });

  it("embeds the top findings' screenshots as data: URLs, and no other screenshot", async () => {
    const file = await htmlReportFile(records(), { locale: 'en', now: EXPORTED_AT });
    const embedded = [...file.text.matchAll(/src="(data:[^"]+)"/g)].map((m) => m[1]);
    expect(embedded).toEqual([`data:image/jpeg;base64,${btoa('\x07'.repeat(30))}`]);
  });

  it('compares against the baseline asked for', async () => {
    const file = await htmlReportFile(records(), { baselineId: 'rival', locale: 'en', now: EXPORTED_AT });
    expect(file.text.indexOf('Gipfelglück')).toBeLessThan(file.text.indexOf('Regenwald Outdoor'));
  });
});
