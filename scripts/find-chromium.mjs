// @ts-check
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The first Chromium found, in order of preference. Branded Google Chrome is deliberately not a candidate:
 * since version 137 it ignores --load-extension, so the extension could not be tested in it.
 * @returns {string | null}
 */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    // Where `npx playwright install chromium` puts its build, whether or not it has been downloaded.
    chromium.executablePath(),
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}
