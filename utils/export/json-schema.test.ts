import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { describe, expect, test } from 'vitest';
import { exportJsonSchema } from './json-schema';

const committedFile = new URL('../../docs/export-format.schema.json', import.meta.url);
const generated = `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;

describe('the committed JSON Schema', () => {
  // The schema in docs/ is for readers who never run the code; it must not drift from the zod schema it comes from.
  test('is the one the export format generates', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(committedFile, generated);
    const committed = existsSync(committedFile) ? readFileSync(committedFile, 'utf8') : '';
    expect(committed, 'run `UPDATE_SCHEMA=1 npx vitest run utils/export/json-schema.test.ts`').toBe(generated);
  });

  test('describes records as exported: no tab id, no audit id in touchpoints, unknown keys refused', () => {
    const schema = exportJsonSchema() as {
      $schema: string;
      additionalProperties: boolean;
      $defs: Record<string, { properties: Record<string, unknown>; additionalProperties: boolean }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.$defs.Audit?.properties ?? {})).not.toContain('tabId');
    expect(Object.keys(schema.$defs.Audit?.properties ?? {})).toContain('touchpoints');
    expect(Object.keys(schema.$defs.Touchpoint?.properties ?? {})).not.toContain('auditId');
    expect(schema.$defs.Touchpoint?.additionalProperties).toBe(false);
  });
});
