import type { Audit } from '../model/audit';
import type { FindingRecord } from '../model/finding-record';
import { measuresShape, type MeasureName } from '../model/measures';
import type { Screenshot } from '../model/screenshot';
import type { Touchpoint } from '../model/touchpoint';

/*
 * Which fields the evidence chain holds, kind by kind. The rule (docs/evidence-chain.md): the facts of the walk,
 * what was measured and captured, when and where, are chained; what the auditor may honestly change after the walk
 * (names, notes, the stage they chose, a verdict) and what is bookkeeping is not. Every field of every chained
 * schema is in exactly one of the two lists (a test checks it), so a field added later needs a decision.
 */

/** The audit's own facts: where and when the walk began and ended, on which device. */
export const CHAINED_AUDIT_FIELDS = [
  'id',
  'startUrl',
  'origin',
  'device',
  'startedAt',
  'finishedAt',
] as const satisfies readonly (keyof Audit)[];

export const UNCHAINED_AUDIT_FIELDS = [
  // Names the auditor corrects, and their own words.
  'shopName',
  'scenario',
  'auditorName',
  'notes',
  // The auditor's judgement: the scorecard they rate on and their end-of-journey answers.
  'templateId',
  'nps',
  'ces',
  // Bookkeeping of the recording, not what was recorded.
  'status',
  'pauseReason',
  'updatedAt',
  'tabId',
  // The seal itself.
  'chainHead',
  'sealedAt',
  'chainLinks',
] as const satisfies readonly (keyof Audit)[];

/** A touchpoint: where the customer was, when, how they got there, and everything measured there. */
export const CHAINED_TOUCHPOINT_FIELDS = [
  'id',
  'seq',
  'channel',
  'url',
  'origin',
  'title',
  'arrival',
  'backForward',
  'enteredAt',
  'answeredAt',
  'leftAt',
  'visibleMs',
  'timing',
  ...(Object.keys(measuresShape) as MeasureName[]),
] as const satisfies readonly (keyof Touchpoint)[];

export const UNCHAINED_TOUCHPOINT_FIELDS = [
  // The chain itself says which audit a record belongs to; exports leave it out.
  'auditId',
  // Bookkeeping of the running visible interval: gone once the touchpoint is left, as every one is at the end.
  'visibleSince',
  // The auditor's words, their choice of stage (a guess they may correct) and their ratings on the scorecard.
  'note',
  'stage',
  'stageSource',
  'ratings',
] as const satisfies readonly (keyof Touchpoint)[];

/**
 * A finding: what was found, where, how severe, on what evidence and when. Severity and category are chained: they
 * are what was recorded (by the rule, or by the auditor while flagging), and raising a severity after the walk is
 * exactly the change a reader must see. The verdict is the auditor's judgement afterwards.
 */
export const CHAINED_FINDING_FIELDS = [
  'id',
  'touchpointId',
  'source',
  'ruleId',
  'key',
  'category',
  'severity',
  'evidence',
  'element',
  'screenshotId',
  'createdAt',
] as const satisfies readonly (keyof FindingRecord)[];

export const UNCHAINED_FINDING_FIELDS = [
  'auditId',
  'note',
  'verdict',
  'decidedAt',
] as const satisfies readonly (keyof FindingRecord)[];

/** A screenshot: its pixels (by their SHA-256), size, format, and when and where it was taken. */
export const CHAINED_SCREENSHOT_FIELDS = [
  'id',
  'touchpointId',
  'takenAt',
  'type',
  'width',
  'height',
  'image',
] as const satisfies readonly (keyof Screenshot)[];

export const UNCHAINED_SCREENSHOT_FIELDS = [
  'auditId',
  // A smaller copy of `image` for lists: the image is the evidence; a report shows the image.
  'thumbnail',
] as const satisfies readonly (keyof Screenshot)[];

/** The chained fields of a record, set ones only (an unset optional field and an absent one read the same). */
export function chainedFacts<T extends object, K extends keyof T>(
  record: T,
  fields: readonly K[],
): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const field of fields) if (record[field] !== undefined) facts[field as string] = record[field];
  return facts;
}
