import { describe, expect, it } from 'vitest';
import { copyTemplate, localize } from './localize';
import { parseTemplateFile, templateFile } from './template-file';
import { guestPurchase } from './templates/guest-purchase';

const mine = copyTemplate(guestPurchase, 'de', 'u1', 'Unser Gastkauf');

describe('copyTemplate', () => {
  it('makes a one-language copy of a built-in with a new id and name, at version 1', () => {
    expect(mine.id).toBe('u1');
    expect(mine.name).toBe('Unser Gastkauf');
    expect(mine.version).toBe(1);
    expect(mine.criteria[0]?.text).toBe(localize(guestPurchase.criteria[0]!.text, 'de'));
    expect(mine.criteria.map((c) => [c.id, c.weight, c.scale])).toEqual(
      guestPurchase.criteria.map((c) => [c.id, c.weight, c.scale]),
    );
  });
});

describe('parseTemplateFile', () => {
  it('reads back what was exported', () => {
    const text = JSON.stringify(templateFile([mine]), null, 2);
    expect(parseTemplateFile(text)).toEqual({ ok: true, value: [mine] });
  });

  it('says where JSON is broken', () => {
    const result = parseTemplateFile('{"shopwalk": "scorecards",\n  "templates": [,]}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]).toMatchObject({ code: 'invalid-json', params: { line: 2 } });
  });

  it('refuses a file that is not a scorecard file (an audit export, say)', () => {
    expect(parseTemplateFile('{"formatVersion": 1, "audits": []}')).toEqual({
      ok: false,
      error: [{ code: 'not-scorecards' }],
    });
    expect(parseTemplateFile('[]')).toEqual({ ok: false, error: [{ code: 'not-scorecards' }] });
  });

  it('names the field that is wrong, and takes none of the file’s templates', () => {
    const file = templateFile([mine, { ...mine, id: 'u2', criteria: [{ ...mine.criteria[0]!, scale: 10 as 5 }] }]);
    const result = parseTemplateFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error[0]).toMatchObject({ code: 'invalid-field', path: 'templates[1].criteria[0].scale' });
  });

  it('refuses a criterion on a dimension the template does not list', () => {
    const bad = { ...mine, dimensions: ['effort' as const] };
    const result = parseTemplateFile(JSON.stringify(templateFile([bad])));
    expect(result.ok).toBe(false);
  });

  it('refuses built-in ids and ids given twice', () => {
    const result = parseTemplateFile(JSON.stringify(templateFile([mine, mine, { ...mine, id: 'guest-purchase' }])));
    expect(result).toEqual({
      ok: false,
      error: [
        { code: 'duplicate-id', path: 'templates[1].id', params: { id: 'u1' } },
        { code: 'built-in-id', path: 'templates[2].id', params: { id: 'guest-purchase' } },
      ],
    });
  });

  it('refuses a file far larger than any scorecard file', () => {
    const result = parseTemplateFile(' '.repeat(6 * 1024 * 1024));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.code).toBe('too-large');
  });
});
