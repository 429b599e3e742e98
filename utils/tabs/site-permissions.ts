import { browser } from 'wxt/browser';

/** The sites the user has let Shopwalk read (each asked for when an audit started there), as origins. */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.map((pattern) => pattern.replace(/\/\*$/, '')).sort();
}

/** Takes back access to one site; audits already recorded there stay as they are. */
export function revokeSite(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [`${origin}/*`] });
}
