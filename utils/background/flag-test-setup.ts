import { vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';

/** The audited tab of the flag tests: in front of its window, showing the test shop. */
export const TAB: Browser.tabs.Tab = {
  id: 7,
  index: 0,
  windowId: 3,
  active: true,
  url: 'https://shop.example/checkout',
  title: 'Checkout',
  highlighted: true,
  pinned: false,
  incognito: false,
  discarded: false,
  autoDiscardable: true,
  frozen: false,
  groupId: -1,
  selected: true,
  lastAccessed: 0,
};

/** A spy on an API whose overloads (callback or promise) vitest cannot type: the promise form only. */
function spy<T extends object>(api: T, name: keyof T): Mock<(...args: never[]) => Promise<unknown>> {
  return vi.spyOn(api, name as never) as unknown as Mock<(...args: never[]) => Promise<unknown>>;
}

/**
 * Gives the fake browser what flagging asks of the real one: the tab, site access, captures and script injection
 * (fakeBrowser implements none of these). Returns the spies to check and steer.
 */
export function fakeFlagBrowser(tab: Browser.tabs.Tab = TAB) {
  vi.restoreAllMocks(); // the spies of the test before
  const get = spy(fakeBrowser.tabs, 'get').mockImplementation(async (...args: never[]) => {
    const id = args[0] as unknown;
    if (id !== tab.id) throw new Error(`No tab with id: ${id}`);
    return tab;
  });
  return {
    get,
    contains: spy(fakeBrowser.permissions, 'contains').mockResolvedValue(true),
    capture: spy(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo='),
    inject: spy(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]),
  };
}
