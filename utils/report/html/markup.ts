import { escapeMarkup } from '../escape-markup';

/** Markup the report made itself: passed through as it is, never escaped again. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Content = Markup | string | number | undefined | false | readonly Content[];

function written(content: Content): string {
  if (content === undefined || content === false) return '';
  if (content instanceof Markup) return content.text;
  if (Array.isArray(content)) return content.map(written).join('');
  return escapeMarkup(String(content as string | number));
}

/**
 * The report's one way to write HTML: a template whose every interpolated string or number is escaped, so that a
 * page's title or an auditor's note can never become markup, however it is spelt; only Markup made by this same
 * function (or by svgMarkup) passes through. Arrays are joined, `undefined` and `false` write nothing.
 */
export function escaped(strings: TemplateStringsArray, ...values: Content[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? written(values[i]!) : ''), ''));
}
