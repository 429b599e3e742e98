// @vitest-environment happy-dom
import { Dexie } from 'dexie';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFailureBoundary } from './StorageFailureBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Throws({ error }: { error: unknown }): never {
  throw error;
}

/** Renders a page whose render throws `error` inside the boundary, and returns what the user sees. */
async function pageThrowing(error: unknown): Promise<string> {
  const host = document.createElement('div');
  const root = createRoot(host, { onUncaughtError: () => undefined, onCaughtError: () => undefined });
  await act(async () =>
    root.render(
      <StorageFailureBoundary>
        <Throws error={error} />
      </StorageFailureBoundary>,
    ),
  );
  return host.textContent ?? '';
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('StorageFailureBoundary', () => {
  it('says in words that the database did not open, and that the audits are not deleted, instead of a blank page', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    const shown = await pageThrowing(new Dexie.OpenFailedError('open failed', new DOMException('', 'UnknownError')));
    expect(shown).toContain('The audit database could not be opened or stopped working.');
    expect(shown).toContain('Your audits are not deleted.');
  });

  it('speaks the browser’s language, as the language setting lives in the database that failed', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-AT', 'en']);
    const shown = await pageThrowing(new Dexie.OpenFailedError('open failed', new DOMException('', 'VersionError')));
    expect(shown).toContain('Eine neuere Version von Shopwalk hat sie geschrieben');
  });

  it('throws any other error on, as a page did before the boundary', async () => {
    await expect(pageThrowing(new TypeError('a bug'))).rejects.toThrow('a bug');
  });
});
