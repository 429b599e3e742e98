import { auditColour } from '../charts/audit-styles';
import { escaped, type Markup } from './markup';

/** An audit's number on its chart colour: the key between tables and charts, readable without colour too. */
export function auditSwatch(index: number): Markup {
  return escaped`<span class="swatch" style="background:${auditColour(index)}" aria-hidden="true">${index + 1}</span>`;
}
