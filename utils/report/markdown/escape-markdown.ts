/**
 * Page text made inert in Markdown (CommonMark and GitHub's tables): a backslash before every character that could
 * start emphasis, code, a link, an image, HTML, a strike-through or a table cell (\ ` * _ [ ] < > | ~), a leading #
 * that would make a heading, and line breaks folded to spaces so that a note stays in its cell or list item. Dots,
 * dashes and the like are left alone: mid-line they mean nothing, and a report full of backslashes is unreadable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)#/, '$1\\#');
}

/** A link's address for Markdown: parentheses and spaces percent-encoded, so the link ends where it should. */
export function markdownHref(href: string): string {
  return href.replace(/[() ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
