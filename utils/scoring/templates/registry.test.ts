import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templateSchema, type LocalizedText } from '../../model/scorecard';
import { STAGES } from '../../model/vocabulary';
import { BUILT_IN_TEMPLATES, builtInTemplate, DEFAULT_TEMPLATE_ID } from './registry';

const NOT_TEMPLATES = new Set(['registry.ts']);
const templateFiles = readdirSync(fileURLToPath(new URL('.', import.meta.url)))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !NOT_TEMPLATES.has(name))
  .sort();

function bothLanguages(text: LocalizedText): { en: string; de: string } {
  if (typeof text === 'string') throw new Error(`a built-in text is in one language only: ${text}`);
  return text;
}

describe('the built-in templates', () => {
  it('lists every template file in the folder, under the file name as its id', () => {
    expect(templateFiles).toHaveLength(5);
    expect(BUILT_IN_TEMPLATES.map((t) => `${t.id}.ts`).sort()).toEqual(templateFiles);
  });

  it('offers guest purchase as the default', () => {
    expect(builtInTemplate(DEFAULT_TEMPLATE_ID)?.id).toBe('guest-purchase');
    expect(BUILT_IN_TEMPLATES[0]?.id).toBe(DEFAULT_TEMPLATE_ID);
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s is a valid template in both languages', (_, t) => {
    expect(templateSchema.safeParse(t).success).toBe(true);
    expect(typeof t.name).toBe('object');
    for (const text of [t.name, t.description, ...t.criteria.flatMap((c) => [c.text, c.guidance])]) {
      const { en, de } = bothLanguages(text);
      expect(en.trim()).not.toBe('');
      expect(de.trim()).not.toBe('');
      expect(de).not.toBe(en);
    }
  });

  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s has enough weighted criteria, each with guidance that anchors the scale, on every dimension it lists',
    (_, t) => {
      expect(t.criteria.length).toBeGreaterThanOrEqual(8);
      for (const criterion of t.criteria) {
        expect(criterion.weight).toBeGreaterThan(0);
        // Guidance says what earns the top and the bottom of the scale.
        const { en, de } = bothLanguages(criterion.guidance);
        expect(en).toContain(`${criterion.scale}:`);
        expect(en).toContain('1:');
        expect(de).toContain(`${criterion.scale}:`);
        for (const stage of criterion.stages ?? []) expect(STAGES).toContain(stage);
      }
      for (const dimension of t.dimensions) expect(t.criteria.some((c) => c.dimension === dimension)).toBe(true);
    },
  );
});
