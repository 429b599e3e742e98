// @ts-check
// Makes sure a Chromium for the end-to-end tests is on this machine, installing one if it can.
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium } from './find-chromium.mjs';

// From the repository root, npx runs the project's own Playwright, whose browser build matches its version.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs a command with the terminal attached; a failure shows in its own output and in the search that follows.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<void>}
 */
function run(command, args) {
  return new Promise((resolve) => {
    spawn(command, args, {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
      .once('error', (error) => {
        console.error(`Could not run ${command}: ${error.message}`);
        resolve();
      })
      .once('exit', () => resolve());
  });
}

/** @returns {Promise<string>} the path of a usable Chromium */
export async function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  // Debian's Chromium is the one that works where Playwright cannot download its own (no internet but apt).
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    await run('apt-get', ['update']);
    await run('apt-get', ['install', '-y', 'chromium']);
  } else {
    await run('npx', ['playwright', 'install', 'chromium']);
  }
  const installed = findChromium();
  if (!installed) {
    throw new Error(
      'No Chromium found and none could be installed. Install one (as root: `apt-get install -y chromium`; ' +
        'or `npx playwright install chromium`), or set CHROMIUM_PATH to a Chromium executable. ' +
        'Branded Google Chrome will not do: it ignores --load-extension.',
    );
  }
  return installed;
}

if (process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url) {
  try {
    console.log(await ensureChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
