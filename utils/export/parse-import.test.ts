import { copyTemplate } from '../scoring/localize';
import { builtInTemplate, DEFAULT_TEMPLATE_ID } from '../scoring/templates/registry';
import { describe, expect, test, vi } from 'vitest';
import { serializeExport } from './build-export';
import { MAX_AUDITS_PER_FILE, MAX_DEPTH, MAX_FILE_BYTES, MAX_TOUCHPOINTS_PER_AUDIT, type ExportFile } from './format';
import {
  formatPath,
  jsonErrorLocation,
  lineColumnAt,
  MAX_PROBLEMS,
  nestsDeeperThan,
  parseImport,
  type ImportProblem,
} from './parse-import';
import { sampleAudit, sampleExportFile } from './sample-audits';

const MIB = 1024 * 1024;

/** The problems of a file that must be refused; fails the test if it is accepted. */
function problemsOf(text: string): ImportProblem[] {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

/** A sample file, changed as a JSON value (a broken file someone edited, or another program wrote). */
function edited(
  change: (json: { audits: Record<string, unknown>[] } & Record<string, unknown>) => void,
  audits = 2,
): string {
  const json = JSON.parse(serializeExport(sampleExportFile(Array.from({ length: audits }, () => sampleAudit()))));
  change(json);
  return JSON.stringify(json, null, 2);
}

/** Line and column of the first character of the first occurrence of `needle`: known truth from the text. */
function whereIs(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

describe('parseImport accepts', () => {
  test('an exported file, giving back exactly what was exported', () => {
    const file = sampleExportFile([sampleAudit(), sampleAudit({ status: 'active' })]);
    expect(parseImport(serializeExport(file))).toEqual({ ok: true, value: file });
  });

  test('a file saved with a byte order mark', () => {
    const file = sampleExportFile();
    expect(parseImport(`\uFEFF${serializeExport(file)}`)).toEqual({ ok: true, value: file });
  });
});

describe('parseImport refuses a file that is too large', () => {
  test('101 MiB, saying how large it is and what the limit is', () => {
    expect(problemsOf('x'.repeat(101 * MIB))).toEqual([{ code: 'too-large', params: { sizeMb: 101, limitMb: 100 } }]);
  });

  test('but reads a file of exactly the limit (here: finds it is no JSON)', () => {
    expect(problemsOf(' '.repeat(MAX_FILE_BYTES - 1) + 'x')[0]?.code).toBe('invalid-json');
  });

  test('rounding the size up, so that a file just over the limit does not read as within it', () => {
    expect(problemsOf('x'.repeat(MAX_FILE_BYTES + 1))[0]?.params?.sizeMb).toBe(100.1);
  });
});

describe('parseImport refuses invalid JSON, saying where', () => {
  const text = serializeExport(sampleExportFile());

  test('a truncated file: the problem is at its end', () => {
    const truncated = text.slice(0, Math.floor(text.length / 2));
    const lines = truncated.split('\n');
    const [problem] = problemsOf(truncated);
    expect(problem?.code).toBe('invalid-json');
    expect(problem?.params).toEqual({ line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 });
  });

  test('an empty file', () => {
    expect(problemsOf('')).toEqual([
      { code: 'invalid-json', detail: 'Unexpected end of JSON input', params: { line: 1, column: 1 } },
    ]);
  });

  test('a trailing comma in an object: the closing brace after it', () => {
    const broken = text.replace('"version": "0.1.0"\n  }', '"version": "0.1.0",\n  }');
    const comma = whereIs(broken, '"version": "0.1.0",');
    expect(problemsOf(broken)).toEqual([
      { code: 'invalid-json', detail: expect.any(String), params: { line: comma.line + 1, column: 3 } },
    ]);
  });

  test('a trailing comma in an array: the closing bracket after it', () => {
    const broken = text.replace('        }\n      ]', '        },\n      ]'); // after the last touchpoint
    const comma = whereIs(broken, '},\n      ]');
    expect(problemsOf(broken)[0]?.params).toEqual({ line: comma.line + 1, column: 7 });
  });

  test('a word that is no JSON value, such as NaN, deep in the file', () => {
    const broken = text.replace('"visibleMs": 38500', '"visibleMs": NaN');
    expect(problemsOf(broken)[0]?.params).toEqual(whereIs(broken, 'NaN'));
  });

  test.each([
    ['near the start', '{"a": yes, "gamma": 3, "delta": 4, "eps": 5}'],
    ['near the end', '{"alpha": 1, "beta": 2, "gamma": 3, "d": yes}'],
  ])('a word that is no JSON value %s', (_, broken) => {
    expect(problemsOf(broken)[0]?.params).toEqual(whereIs(broken, 'yes'));
  });

  test('anything but JSON', () => {
    expect(problemsOf('<html>Shopwalk</html>')[0]).toMatchObject({
      code: 'invalid-json',
      params: { line: 1, column: 1 },
    });
  });
});

describe('jsonErrorLocation reads every engine message form', () => {
  const text = '{\n  "a": 1,\n  "b": 2,\n}';

  test('older V8: "at position"', () => {
    expect(jsonErrorLocation('Expected double-quoted property name in JSON at position 22', text)).toEqual({
      line: 4,
      column: 1,
    });
  });

  test('newer V8: the line and column themselves', () => {
    const message = 'Expected double-quoted property name in JSON at position 22 (line 4 column 1)';
    expect(jsonErrorLocation(message, text)).toEqual({ line: 4, column: 1 });
  });

  test('Firefox', () => {
    const message = 'JSON.parse: expected double-quoted property name at line 4 column 1 of the JSON data';
    expect(jsonErrorLocation(message, text)).toEqual({ line: 4, column: 1 });
  });

  test('a truncated file, in V8, Firefox and Safari', () => {
    const end = { line: 4, column: 2 };
    expect(jsonErrorLocation('Unexpected end of JSON input', text)).toEqual(end);
    expect(jsonErrorLocation('JSON.parse: unexpected end of data at line 4 column 2 of the JSON data', text)).toEqual(
      end,
    );
    expect(jsonErrorLocation('JSON Parse error: Unexpected EOF', text)).toEqual(end);
  });

  test('an unknown message gives no location rather than a wrong one', () => {
    expect(jsonErrorLocation('Something else went wrong', text)).toBeUndefined();
    expect(jsonErrorLocation(`Unexpected token 'x', "x" is not valid JSON`, 'x')).toBeUndefined();
  });

  test('lineColumnAt counts lines from 1 and columns in characters from 1', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumnAt('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseImport refuses nesting deeper than the limit', () => {
  test('a 100,000-deep array, without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(problemsOf(deep)).toEqual([{ code: 'too-deep', params: { limit: MAX_DEPTH } }]);
  });

  test('an engine whose JSON.parse recurses and runs out of stack', () => {
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expect(problemsOf('[[[]]]')).toEqual([
        { code: 'too-deep', detail: 'Maximum call stack size exceeded', params: { limit: MAX_DEPTH } },
      ]);
    } finally {
      parse.mockRestore();
    }
  });

  test('deep nesting hidden in an unknown field of a real export, before its fields are checked', () => {
    const broken = edited((json) => {
      json.extra = JSON.parse('['.repeat(20) + ']'.repeat(20));
    });
    expect(problemsOf(broken)).toEqual([{ code: 'too-deep', params: { limit: MAX_DEPTH } }]);
  });

  test('nestsDeeperThan counts containers: the limit itself is allowed', () => {
    const nested = (depth: number) => JSON.parse('{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1));
    expect(nestsDeeperThan(nested(16), 16)).toBe(false);
    expect(nestsDeeperThan(nested(17), 16)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });
});

describe('parseImport refuses what is not a Shopwalk export', () => {
  test.each([['[]'], ['"audits"'], ['null'], ['42'], ['{"audits": []}'], ['{"name": "Shopwalk"}']])('%s', (text) => {
    expect(problemsOf(text)).toEqual([{ code: 'not-shopwalk' }]);
  });
});

describe('parseImport refuses a format version it cannot read', () => {
  test('a newer one, naming both versions', () => {
    const newer = edited((json) => {
      json.formatVersion = 2;
      json.somethingNew = true; // a newer file may have anything: its version is the problem, not its fields
    });
    expect(problemsOf(newer)).toEqual([{ code: 'newer-version', params: { found: 2, supported: 1 } }]);
  });

  test.each([[0], [-1], [1.5], ['1'], [null], [[1]]])('one that is no positive integer: %j', (version) => {
    const broken = edited((json) => {
      json.formatVersion = version;
    });
    expect(problemsOf(broken)).toEqual([
      {
        code: 'bad-version',
        path: 'formatVersion',
        params: { found: Array.isArray(version) ? 'object' : String(version) },
      },
    ]);
  });
});

describe('parseImport refuses invalid fields, saying where', () => {
  test('a wrong type deep inside, with its path', () => {
    const broken = edited((json) => {
      (json.audits[1]?.touchpoints as Record<string, unknown>[])[3]!.enteredAt = 'yesterday';
    });
    expect(problemsOf(broken)).toEqual([
      {
        code: 'invalid-field',
        path: 'audits[1].touchpoints[3].enteredAt',
        detail: 'Invalid input: expected number, received string',
      },
    ]);
  });

  test('a missing field and a value outside its set', () => {
    const broken = edited((json) => {
      delete json.audits[0]!.shopName;
      json.audits[0]!.status = 'done';
    });
    const problems = problemsOf(broken);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['invalid-field', 'audits[0].shopName'],
      ['invalid-field', 'audits[0].status'],
    ]);
  });

  test('an unknown key, also the tab id that an export never contains', () => {
    const broken = edited((json) => {
      json.audits[0]!.colour = 'green';
      json.audits[1]!.tabId = 7;
    });
    expect(problemsOf(broken)).toEqual([
      { code: 'invalid-field', path: 'audits[0]', detail: 'Unrecognized key: "colour"' },
      { code: 'invalid-field', path: 'audits[1]', detail: 'Unrecognized key: "tabId"' },
    ]);
  });

  test('a __proto__ key, without polluting any prototype', () => {
    const text = serializeExport(sampleExportFile()).replace(
      '"notes":',
      '"__proto__": { "polluted": true },\n      "notes":',
    );
    expect(problemsOf(text)).toEqual([
      { code: 'invalid-field', path: 'audits[0]', detail: 'Unrecognized key: "__proto__"' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('at most 20 problems, and how many more there are', () => {
    const broken = edited((json) => {
      for (const audit of json.audits) for (const tp of audit.touchpoints as Record<string, unknown>[]) tp.seq = -1;
      json.app = { name: 'Shopwalk' };
    }, 4);
    const problems = problemsOf(broken);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toMatchObject({ code: 'invalid-field', path: 'app.version' });
    expect(problems.at(-1)).toEqual({ code: 'more-problems', params: { count: 4 * 6 + 1 - MAX_PROBLEMS } });
  });
});

describe('parseImport refuses more records than the limits', () => {
  const minimal = (file: ExportFile) => file.audits[0]!;

  test(`more than ${MAX_AUDITS_PER_FILE} audits`, () => {
    const file = sampleExportFile();
    const audit = { ...minimal(file), touchpoints: [] };
    const text = JSON.stringify({ ...file, audits: Array.from({ length: MAX_AUDITS_PER_FILE + 1 }, () => audit) });
    expect(problemsOf(text)).toEqual([
      {
        code: 'too-many',
        path: 'audits',
        detail: 'Too big: expected array to have <=10000 items',
        params: { limit: 10_000 },
      },
    ]);
  });

  test(`more than ${MAX_TOUCHPOINTS_PER_AUDIT} touchpoints in one audit`, () => {
    const file = sampleExportFile();
    const audit = minimal(file);
    const touchpoints = Array.from({ length: MAX_TOUCHPOINTS_PER_AUDIT + 1 }, () => audit.touchpoints[0]);
    const text = JSON.stringify({ ...file, audits: [{ ...audit, touchpoints }] });
    expect(problemsOf(text)).toMatchObject([
      { code: 'too-many', path: 'audits[0].touchpoints', params: { limit: 20_000 } },
    ]);
  });
});

describe('parseImport refuses records that clash', () => {
  test('two audits with one id', () => {
    const audit = sampleAudit();
    const file = sampleExportFile([audit, sampleAudit(), { ...sampleAudit(), id: audit.id }]);
    expect(problemsOf(serializeExport(file))).toEqual([
      { code: 'duplicate-id', path: 'audits[2].id', params: { id: audit.id } },
    ]);
  });

  test('two touchpoints with one id, also in different audits', () => {
    const file = sampleExportFile([sampleAudit(), sampleAudit()]);
    const [first, second] = file.audits;
    // The payment page: no finding points at it, so the clash is the only problem.
    second!.touchpoints[5]!.id = first!.touchpoints[0]!.id;
    expect(problemsOf(serializeExport(file))).toEqual([
      { code: 'duplicate-id', path: 'audits[1].touchpoints[5].id', params: { id: first!.touchpoints[0]!.id } },
    ]);
  });

  test('two findings or two screenshots with one id', () => {
    const file = sampleExportFile([sampleAudit(), sampleAudit()]);
    const [first, second] = file.audits;
    second!.findings[1]!.id = first!.findings[0]!.id;
    const shot = { id: 'shot', takenAt: 1, type: 'image/webp' as const, width: 1, height: 1, image: '', thumbnail: '' };
    first!.screenshots = [shot, shot];
    expect(problemsOf(serializeExport(file))).toEqual([
      { code: 'duplicate-id', path: 'audits[0].screenshots[1].id', params: { id: 'shot' } },
      { code: 'duplicate-id', path: 'audits[1].findings[1].id', params: { id: first!.findings[0]!.id } },
    ]);
  });

  test('a scorecard carried with an audit that is not the one the audit names', () => {
    const file = sampleExportFile([sampleAudit({ templateId: 'own-card' })]);
    const card = copyTemplate(builtInTemplate(DEFAULT_TEMPLATE_ID)!, 'en', 'other-card', 'Another card');
    file.audits[0]!.template = card;
    expect(problemsOf(serializeExport(file))).toEqual([
      { code: 'unknown-reference', path: 'audits[0].template.id', params: { id: 'other-card' } },
    ]);
  });

  test('a finding, screenshot or file pointing outside its own audit', () => {
    const file = sampleExportFile([sampleAudit(), sampleAudit()]);
    const [first, second] = file.audits;
    const elsewhere = first!.touchpoints[0]!.id;
    second!.findings[0]!.touchpointId = elsewhere;
    second!.findings[2]!.screenshotId = 'no-such-screenshot';
    first!.screenshots = [
      { id: 's1', touchpointId: 'gone', takenAt: 1, type: 'image/jpeg', width: 1, height: 1, image: '', thumbnail: '' },
    ];
    second!.attachments = [
      { id: 'f1', touchpointId: elsewhere, name: 'a.pdf', type: 'application/pdf', size: 1, addedAt: 1, data: 'AA==' },
    ];
    expect(problemsOf(serializeExport(file))).toEqual([
      { code: 'unknown-reference', path: 'audits[0].screenshots[0].touchpointId', params: { id: 'gone' } },
      { code: 'unknown-reference', path: 'audits[1].findings[0].touchpointId', params: { id: elsewhere } },
      { code: 'unknown-reference', path: 'audits[1].findings[2].screenshotId', params: { id: 'no-such-screenshot' } },
      { code: 'unknown-reference', path: 'audits[1].attachments[0].touchpointId', params: { id: elsewhere } },
    ]);
  });

  test('two tasks with one id', () => {
    const file = sampleExportFile([sampleAudit(), sampleAudit()]);
    const [first, second] = file.audits;
    const task = first!.tasks[0];
    if (!task) throw new Error('the sample audit has a task');
    second!.tasks.push({ ...task });
    expect(problemsOf(serializeExport(file))).toEqual([
      { code: 'duplicate-id', path: `audits[1].tasks[${second!.tasks.length - 1}].id`, params: { id: task.id } },
    ]);
  });

  test('two touchpoints at one position of a journey', () => {
    const file = sampleExportFile();
    file.audits[0]!.touchpoints[5]!.seq = 2;
    expect(problemsOf(serializeExport(file))).toEqual([
      { code: 'duplicate-seq', path: 'audits[0].touchpoints[5].seq', params: { seq: 2 } },
    ]);
  });
});

describe('formatPath', () => {
  test('writes indexes in brackets, names with dots, and quotes names that are no identifiers', () => {
    expect(formatPath(['audits', 0, 'touchpoints', 3, 'enteredAt'])).toBe('audits[0].touchpoints[3].enteredAt');
    expect(formatPath(['app', 'odd key'])).toBe('app["odd key"]');
    expect(formatPath([])).toBe('');
  });
});
