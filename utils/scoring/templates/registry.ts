import type { Template } from '../../model/scorecard';
import { accountRegistration } from './account-registration';
import { customerService } from './customer-service';
import { guestPurchase } from './guest-purchase';
import { itemReturn } from './item-return';
import { newsletter } from './newsletter';

/** The templates Shopwalk ships, in the order the start form offers them; a test checks every file is here. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  guestPurchase,
  accountRegistration,
  newsletter,
  customerService,
  itemReturn,
];

/** The scorecard of a new audit unless the auditor chooses another, and of audits recorded before scorecards. */
export const DEFAULT_TEMPLATE_ID = guestPurchase.id;

export function builtInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}

export function isBuiltInTemplate(id: string): boolean {
  return builtInTemplate(id) !== undefined;
}
