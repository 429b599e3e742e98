const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

/**
 * Text made safe for HTML and SVG markup, in element content and in quoted attribute values alike: the five
 * characters that can end a text or an attribute, or begin a tag or an entity, as their entities (the same ones
 * React writes, so a chart's markup and its React rendering agree). Every string a report takes from a page or an
 * auditor (titles, URLs, labels, element text, notes, shop names) goes through here, and nothing else escapes.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
