import { createElement, type ReactElement } from 'react';
import type { SvgNode } from '@/utils/report/charts/svg-node';

/** SVG's attribute names as React spells them: `stroke-width` → `strokeWidth`; aria-* and data-* stay as they are. */
function propName(name: string): string {
  if (name.startsWith('aria-') || name.startsWith('data-')) return name;
  if (name === 'class') return 'className';
  return name.replace(/[-:]([a-z])/g, (_, c: string) => c.toUpperCase());
}

function element(node: SvgNode, key?: number): ReactElement {
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(node.attrs)) props[propName(name)] = value;
  const content = node.text ?? (node.children ?? []).map((child, i) => element(child, i));
  return createElement(node.tag, key === undefined ? props : { ...props, key }, content);
}

/**
 * A report chart (utils/report/charts) in the dashboard: the same tree the HTML file writes, as React elements, so
 * React escapes every text and no markup string is ever injected.
 */
export function SvgChart({ svg, className }: { svg: SvgNode; className?: string }) {
  return <div className={className}>{element(svg)}</div>;
}
