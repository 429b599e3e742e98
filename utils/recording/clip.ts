import { MAX_TEXT, MAX_URL } from '../model/limits';

/**
 * What a page says is cut to the lengths that stored records (and so exports and imports) allow: a hostile page
 * may carry a megabyte title, and an audit that cannot be re-imported would be lost evidence.
 */
export const clipUrl = (url: string): string => url.slice(0, MAX_URL);
export const clipText = (text: string): string => text.slice(0, MAX_TEXT);
