import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry';

const NOT_RULES = new Set(['registry.ts', 'run-rules.ts']);
const ruleFiles = readdirSync(fileURLToPath(new URL('.', import.meta.url)))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !NOT_RULES.has(name))
  .sort();

describe('the rule registry', () => {
  it('lists every rule file in the folder, under the file name as its id', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(13);
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual(ruleFiles);
  });

  it('has a test file beside every rule', () => {
    const all = readdirSync(fileURLToPath(new URL('.', import.meta.url)));
    for (const file of ruleFiles) expect(all).toContain(file.replace(/\.ts$/, '.test.ts'));
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has texts, a dated source, a severity and a sane threshold',
    (_, rule) => {
      for (const text of [rule.title, rule.explanation]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.de.trim()).not.toBe('');
        expect(text.de).not.toBe(text.en);
      }
      expect(rule.source.name.trim()).not.toBe('');
      expect(rule.source.year).toBeGreaterThanOrEqual(1990);
      expect(rule.source.year).toBeLessThanOrEqual(new Date().getFullYear());
      expect([0, 1, 2, 3, 4]).toContain(rule.defaultSeverity);
      if (rule.threshold) {
        const { min, value, max, unit } = rule.threshold;
        expect(min).toBeLessThanOrEqual(value);
        expect(value).toBeLessThanOrEqual(max);
        expect(unit.en.trim()).not.toBe('');
        expect(unit.de.trim()).not.toBe('');
      }
    },
  );
});
