import type { Rule } from '../model/finding';
import { deadClick } from './dead-click';
import { forcedAccount } from './forced-account';
import { interstitial } from './interstitial';
import { lateCost } from './late-cost';
import { longCheckout } from './long-checkout';
import { missingAutocomplete } from './missing-autocomplete';
import { missingLabel } from './missing-label';
import { noHelp } from './no-help';
import { pasteBlocked } from './paste-blocked';
import { quickBack } from './quick-back';
import { rageClick } from './rage-click';
import { slowPage } from './slow-page';
import { validationError } from './validation-error';

/**
 * Every friction rule, in the order their findings are listed: the journey's path to payment first, then speed and
 * interruptions, then forms, then help. A rule's file name is its id; `registry.test.ts` checks that every rule
 * file is listed here.
 */
export const RULES: readonly Rule[] = [
  forcedAccount,
  longCheckout,
  lateCost,
  slowPage,
  interstitial,
  rageClick,
  deadClick,
  quickBack,
  validationError,
  missingLabel,
  missingAutocomplete,
  pasteBlocked,
  noHelp,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule behind a stored finding; undefined for the auditor's own findings and for rules no longer shipped. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
