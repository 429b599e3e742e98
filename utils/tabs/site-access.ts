import { browser } from 'wxt/browser';
import { classifyPage, originPattern } from '../pages/page-access';

/**
 * Asks for access to the site a tab shows (Chrome shows its prompt once per site). Call it synchronously from the
 * click handler: the browser accepts the request only during the user's gesture.
 */
export function requestSiteAccess(url: string): Promise<boolean> {
  const access = classifyPage(url);
  if (!access.ok) return Promise.resolve(false);
  return browser.permissions.request({ origins: [originPattern(access.origin)] });
}
