import { describe, expect, it } from 'vitest';
import { auditSchema } from '../model/audit';
import { findingRecordSchema } from '../model/finding-record';
import { screenshotSchema } from '../model/screenshot';
import { touchpointSchema } from '../model/touchpoint';
import {
  CHAINED_AUDIT_FIELDS,
  CHAINED_FINDING_FIELDS,
  CHAINED_SCREENSHOT_FIELDS,
  CHAINED_TOUCHPOINT_FIELDS,
  chainedFacts,
  UNCHAINED_AUDIT_FIELDS,
  UNCHAINED_FINDING_FIELDS,
  UNCHAINED_SCREENSHOT_FIELDS,
  UNCHAINED_TOUCHPOINT_FIELDS,
} from './chained-fields';

const kinds = [
  ['audit', auditSchema, CHAINED_AUDIT_FIELDS, UNCHAINED_AUDIT_FIELDS],
  ['touchpoint', touchpointSchema, CHAINED_TOUCHPOINT_FIELDS, UNCHAINED_TOUCHPOINT_FIELDS],
  ['finding', findingRecordSchema, CHAINED_FINDING_FIELDS, UNCHAINED_FINDING_FIELDS],
  ['screenshot', screenshotSchema, CHAINED_SCREENSHOT_FIELDS, UNCHAINED_SCREENSHOT_FIELDS],
] as const;

describe('chained fields', () => {
  it.each(kinds)(
    'every field of a stored %s is decided: chained or not, never both, never neither',
    (_, schema, chained, unchained) => {
      const decided: string[] = [...chained, ...unchained];
      expect(new Set(decided).size).toBe(decided.length);
      expect([...decided].sort()).toEqual(Object.keys(schema.shape).sort());
    },
  );

  it('chains what the walk measured, not what the auditor may change afterwards', () => {
    expect(CHAINED_TOUCHPOINT_FIELDS).toEqual(expect.arrayContaining(['url', 'enteredAt', 'forms', 'timing']));
    expect(UNCHAINED_TOUCHPOINT_FIELDS).toEqual(expect.arrayContaining(['note', 'stage', 'stageSource']));
    expect(UNCHAINED_FINDING_FIELDS).toEqual(expect.arrayContaining(['verdict', 'note']));
    expect(UNCHAINED_AUDIT_FIELDS).toEqual(expect.arrayContaining(['shopName', 'scenario', 'auditorName', 'notes']));
  });
});

describe('chainedFacts', () => {
  it('keeps the listed fields that are set, and nothing else', () => {
    const record = { id: 'a', note: 'mine', leftAt: undefined, seq: 0 };
    expect(chainedFacts(record, ['id', 'seq', 'leftAt'])).toEqual({ id: 'a', seq: 0 });
  });
});
