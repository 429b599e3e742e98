import { describe, expect, it } from 'vitest';
import { MAX_NAME } from '../../model/limits';
import { CANARY, INJECTION_CORPUS, INJECTION_GROUPS } from './injection-corpus';

describe('the injection corpus', () => {
  it('has at least 150 payloads, each once', () => {
    expect(INJECTION_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(INJECTION_CORPUS).size).toBe(INJECTION_CORPUS.length);
  });

  it('fits every field it is put in: at most a name long, and more than white space', () => {
    expect(INJECTION_CORPUS.filter((p) => p.length > MAX_NAME || p.trim() === '')).toEqual([]);
  });

  it('covers every context an export writes into', () => {
    for (const [context, payloads] of Object.entries(INJECTION_GROUPS))
      expect(payloads.length, context).toBeGreaterThanOrEqual(5);
  });

  it('sets the canary instead of calling alert, so that a browser test sees a payload that ran', () => {
    expect(INJECTION_CORPUS.filter((p) => /alert\(/.test(p))).toEqual([]);
    expect(INJECTION_CORPUS.filter((p) => p.includes(CANARY)).length).toBeGreaterThan(150);
  });
});
