import { escapeMarkup } from '../escape-markup';

/**
 * A piece of a chart as plain data: an SVG element with its attributes (SVG's own names, `text-anchor`,
 * `stroke-width`) and either child elements or a text. `svgMarkup` writes it for files; components/SvgChart.tsx
 * renders the same tree as React elements.
 */
export interface SvgNode {
  tag: string;
  attrs: Readonly<Record<string, string | number>>;
  children?: readonly SvgNode[];
  text?: string;
}

/** An element; `content` is its children, or its text. */
export function svg(
  tag: string,
  attrs: Readonly<Record<string, string | number | undefined>> = {},
  content: readonly SvgNode[] | string = [],
): SvgNode {
  const defined = Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined)) as SvgNode['attrs'];
  return typeof content === 'string'
    ? { tag, attrs: defined, text: content }
    : { tag, attrs: defined, children: content };
}

/** A coordinate rounded to a tenth of a pixel: enough for any screen or printer, and short markup. */
export const px = (n: number) => Math.round(n * 10) / 10;

/** The node as markup, every attribute value and text escaped, every element closed (as React writes them). */
export function svgMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeMarkup(String(value))}"`)
    .join('');
  const inner = node.text !== undefined ? escapeMarkup(node.text) : (node.children ?? []).map(svgMarkup).join('');
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}
