import { vi } from 'vitest';
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
};

/**
 * Gives the fake browser what flagging asks of the real one: the tab, site access, captures and script injection
 * (fakeBrowser implements none of these). Returns the spies to check and steer.
 */
export function fakeFlagBrowser(tab: Browser.tabs.Tab = TAB) {
  vi.restoreAllMocks(); // the spies of the test before
  return {
    get: vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => {
      if (id !== tab.id) throw new Error(`No tab with id: ${id}`);
      return tab;
    }),
    contains: vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true),
    capture: vi
      .spyOn(fakeBrowser.tabs, 'captureVisibleTab')
      .mockResolvedValue('data:image/png;base64,iVBORw0KGgo=' as never),
    inject: vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]),
  };
}
