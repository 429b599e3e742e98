import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { FindingRecord } from '../../utils/model/finding-record';
import type { Extension } from './fixtures';
import { currentServiceWorker } from './launch-extension.mjs';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a stored screenshot looks like, measured in an extension page. */
export interface ScreenshotCheck {
  id: string;
  type: string;
  width: number;
  height: number;
  imageBytes: number;
  thumbnailBytes: number;
  thumbnailWidth: number;
  /** Per box asked about: pixels inside it (a few pixels in from its edge) that are not the paint colour. */
  offPaint: number[];
  /** Per point asked about: its colour. */
  colours: [number, number, number][];
}

/**
 * Opens an extension page in a window of its own, so that the tab it serves stays the active tab of its window
 * (`captureVisibleTab` captures a window's active tab; a page opened as a tab beside it would be captured instead).
 */
export async function openInOwnWindow(ext: Extension, path: string): Promise<Page> {
  const url = ext.page(path);
  const opened = ext.context.waitForEvent('page', (p) => p.url() === url);
  await currentServiceWorker(ext.context)!.evaluate(async (u) => {
    const { windows } = (globalThis as unknown as { chrome: typeof browser }).chrome;
    await windows.create({ url: u, focused: true });
  }, url);
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

async function readerOf(ext: Extension): Promise<Page> {
  const reader = await ext.context.newPage();
  await reader.goto(ext.page('dashboard.html'));
  return reader;
}

/**
 * The auditor's own findings (their flags), read with plain IndexedDB from an extension page that is closed again,
 * so that the audited tab is back in front (a flag needs it there). The rules' proposals on the page are not flags.
 */
export async function readFlags(ext: Extension): Promise<FindingRecord[]> {
  const reader = await readerOf(ext);
  try {
    const findings = await reader.evaluate(
      () =>
        new Promise<FindingRecord[]>((resolve, reject) => {
          const open = indexedDB.open('shopwalk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('findings').objectStore('findings').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as FindingRecord[]);
            };
          };
        }),
    );
    return findings.filter((f) => f.source === 'auditor');
  } finally {
    await reader.close();
  }
}

/**
 * Decodes a stored screenshot in an extension page's canvas and measures it: for each box (CSS pixels of the
 * captured viewport, scaled by `scale`), how many pixels inside it differ from `paint`; the colour at each point.
 */
export async function checkScreenshot(
  ext: Extension,
  screenshotId: string,
  question: { scale: number; paint: [number, number, number]; boxes: Box[]; points: { x: number; y: number }[] },
): Promise<ScreenshotCheck> {
  const reader = await readerOf(ext);
  try {
    return await reader.evaluate(
      async ({ screenshotId, scale, paint, boxes, points }) => {
        const record = await new Promise<{ type: string; width: number; height: number; image: Blob; thumbnail: Blob }>(
          (resolve, reject) => {
            const open = indexedDB.open('shopwalk');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction('screenshots').objectStore('screenshots').get(screenshotId);
              request.onsuccess = () => {
                open.result.close();
                resolve(request.result);
              };
            };
          },
        );
        const bitmap = await createImageBitmap(record.image);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const at = (x: number, y: number): [number, number, number] => {
          const i = (Math.round(y) * bitmap.width + Math.round(x)) * 4;
          return [data[i]!, data[i + 1]!, data[i + 2]!];
        };
        // Lossy encoders smear a few pixels at a sharp edge: look inside, 4 CSS pixels in from every side.
        const inset = 4;
        const offPaint = boxes.map((b) => {
          let off = 0;
          for (let y = Math.ceil((b.y + inset) * scale); y < Math.floor((b.y + b.height - inset) * scale); y++) {
            for (let x = Math.ceil((b.x + inset) * scale); x < Math.floor((b.x + b.width - inset) * scale); x++) {
              const [r, g, bl] = at(x, y);
              if (Math.abs(r - paint[0]) + Math.abs(g - paint[1]) + Math.abs(bl - paint[2]) > 90) off++;
            }
          }
          return off;
        });
        const thumb = await createImageBitmap(record.thumbnail);
        return {
          id: screenshotId,
          type: record.type,
          width: record.width,
          height: record.height,
          imageBytes: record.image.size,
          thumbnailBytes: record.thumbnail.size,
          thumbnailWidth: thumb.width,
          offPaint,
          colours: points.map((p) => at(p.x * scale, p.y * scale)),
        };
      },
      { screenshotId, ...question },
    );
  } finally {
    await reader.close();
  }
}
