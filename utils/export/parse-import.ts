import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { CURRENT_FORMAT_VERSION, exportFileSchema, MAX_DEPTH, MAX_FILE_BYTES, type ExportFile } from './format';

/** What can be wrong with an import file. The UI words each one (`importProblem.<code>`), in every language. */
export const importProblemCodes = [
  'too-large', // params: sizeMb, limitMb (MiB, 2^20 bytes)
  'invalid-json', // detail: the engine's message; params: line, column (1-based), when the engine says where
  'too-deep', // params: limit
  'not-shopwalk',
  'newer-version', // params: found, supported
  'bad-version', // params: found
  'invalid-field', // path, detail: zod's message (also for unknown keys)
  'too-many', // path, detail: zod's message; params: limit
  'duplicate-id', // path, params: id
  'duplicate-seq', // path, params: seq
  'unknown-reference', // path, params: id (a finding's, screenshot's or file's touchpoint or screenshot elsewhere)
  'more-problems', // params: count (problems not listed)
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

export interface ImportProblem {
  code: ImportProblemCode;
  /** Where in the file, as `audits[0].touchpoints[3].enteredAt`. */
  path?: string;
  /** Text from the JSON parser or zod, English only; the UI may show it after its own sentence. */
  detail?: string;
  params?: Record<string, string | number>;
}

/** A broken file can have thousands of problems; the first ones tell the user what is wrong. */
export const MAX_PROBLEMS = 20;

type Checked<T> = Result<T, ImportProblem[]>;
const MIB = 1024 * 1024;

/** The refusal of a file of `size` bytes (or UTF-16 code units), over the limit. */
export function tooLarge(size: number): { ok: false; error: ImportProblem[] } {
  const sizeMb = Math.ceil((size / MIB) * 10) / 10; // up, so that "100.0 MB" never reads as within 100 MB
  return err([{ code: 'too-large', params: { sizeMb, limitMb: MAX_FILE_BYTES / MIB } }]);
}

function checkSize(text: string): Checked<string> {
  // UTF-16 code units; a file's UTF-8 bytes are never fewer, so a file within the limit always passes. The UI
  // refuses a larger File by its `size` (tooLarge) before reading it at all.
  return text.length <= MAX_FILE_BYTES ? ok(text) : tooLarge(text.length);
}

/** 1-based line and column of a position (UTF-16 code units, as the engines count). */
export function lineColumnAt(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

// V8's message for an unexpected token has no position, only up to 10 characters either side of the token:
// `Unexpected token 'y', ..."a": yes, "b"... is not valid JSON` (leading dots: the context starts 10 before it).
const V8_TOKEN_CONTEXT = /^Unexpected token '[\s\S]{1,2}', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/;
const V8_CONTEXT_CHARS = 10;

function tokenPosition(message: string, text: string): number | undefined {
  const match = V8_TOKEN_CONTEXT.exec(message);
  if (!match) return undefined;
  const [, before, context = '', after] = match;
  if (!before) return after ? context.length - V8_CONTEXT_CHARS : undefined; // whole short text: position unknown
  const start = after ? text.indexOf(context) : text.length - context.length;
  return start < 0 ? undefined : start + V8_CONTEXT_CHARS;
}

/**
 * Where the parser stopped, from its message: newer V8 and Firefox say "line 3 column 5", older V8 (Node 20)
 * "at position 123"; a truncated file ends early ("Unexpected end of JSON input", Firefox "end of data", Safari
 * "EOF"). Undefined when the message does not say: no location beats a wrong one.
 */
export function jsonErrorLocation(message: string, text: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) return lineColumnAt(text, Number(position[1]));
  if (/end of (JSON )?(input|data)|EOF/i.test(message)) return lineColumnAt(text, text.length);
  const token = tokenPosition(message, text);
  return token === undefined ? undefined : lineColumnAt(text, token);
}

function parseJson(text: string): Checked<unknown> {
  // Editors on Windows may save a byte order mark, which JSON.parse rejects although the file is fine.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return ok(JSON.parse(json));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8's JSON.parse is iterative (a 100,000-deep array parses); an engine that recurses throws a RangeError or
    // InternalError ("too much recursion") instead of a SyntaxError: the file is nested too deep, not malformed.
    if (!(error instanceof Error && error.name === 'SyntaxError')) {
      return err([{ code: 'too-deep', detail: message, params: { limit: MAX_DEPTH } }]);
    }
    const location = jsonErrorLocation(message, json);
    return err([{ code: 'invalid-json', detail: message, ...(location && { params: location }) }]);
  }
}

/** Whether containers nest deeper than `limit`. Iterative, so that no nesting can overflow the call stack. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth > limit) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Decides whether the file is a Shopwalk export this version can read, before its fields are looked at. */
function checkVersion(value: unknown): Checked<Record<string, unknown>> {
  if (!isRecord(value) || !Object.hasOwn(value, 'formatVersion')) return err([{ code: 'not-shopwalk' }]);
  const version = value.formatVersion;
  const integer = typeof version === 'number' && Number.isInteger(version);
  if (integer && version > CURRENT_FORMAT_VERSION) {
    return err([{ code: 'newer-version', params: { found: version, supported: CURRENT_FORMAT_VERSION } }]);
  }
  if (!integer || version < 1) {
    const found = typeof version === 'object' && version !== null ? typeof version : String(version);
    return err([{ code: 'bad-version', path: 'formatVersion', params: { found } }]);
  }
  // Older versions would be migrated to the current shape here; version 1 is the first, so there is none yet.
  return ok(value);
}

/** `audits[0].touchpoints[3].enteredAt`; a key that is no identifier is quoted: `app["odd key"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

function problemOfIssue(issue: z.core.$ZodIssue): ImportProblem {
  const path = issue.path.length ? formatPath(issue.path) : undefined;
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return { code: 'too-many', path, detail: issue.message, params: { limit: Number(issue.maximum) } };
  }
  return { code: 'invalid-field', path, detail: issue.message };
}

function validate(value: unknown): Checked<ExportFile> {
  const parsed = exportFileSchema.safeParse(value);
  return parsed.success ? ok(parsed.data) : err(parsed.error.issues.map(problemOfIssue));
}

/** Ids are primary keys: two records with one id would overwrite each other on import. */
function duplicateIds(file: ExportFile): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const auditIds = new Set<string>();
  const touchpointIds = new Set<string>();
  const taskIds = new Set<string>();
  const findingIds = new Set<string>();
  const screenshotIds = new Set<string>();
  const attachmentIds = new Set<string>();
  const claim = (seen: Set<string>, id: string, path: string) => {
    if (seen.has(id)) problems.push({ code: 'duplicate-id', path, params: { id } });
    seen.add(id);
  };
  file.audits.forEach((audit, a) => {
    claim(auditIds, audit.id, `audits[${a}].id`);
    audit.touchpoints.forEach((tp, t) => claim(touchpointIds, tp.id, `audits[${a}].touchpoints[${t}].id`));
    audit.tasks.forEach((task, t) => claim(taskIds, task.id, `audits[${a}].tasks[${t}].id`));
    audit.findings.forEach((f, i) => claim(findingIds, f.id, `audits[${a}].findings[${i}].id`));
    audit.screenshots.forEach((s, i) => claim(screenshotIds, s.id, `audits[${a}].screenshots[${i}].id`));
    audit.attachments.forEach((f, i) => claim(attachmentIds, f.id, `audits[${a}].attachments[${i}].id`));
  });
  return problems;
}

/**
 * A finding or screenshot points at records of its own audit: a reference elsewhere would show evidence of
 * another walk, or nothing, once imported.
 */
function unknownReferences(file: ExportFile): ImportProblem[] {
  return file.audits.flatMap((audit, a) => {
    const touchpoints = new Set(audit.touchpoints.map((tp) => tp.id));
    const screenshots = new Set(audit.screenshots.map((s) => s.id));
    const check = (known: Set<string>, id: string | undefined, path: string): ImportProblem[] =>
      id === undefined || known.has(id) ? [] : [{ code: 'unknown-reference', path, params: { id } }];
    return [
      // A scorecard carried with an audit is the one its templateId names.
      ...(audit.template && audit.template.id !== audit.templateId
        ? [{ code: 'unknown-reference' as const, path: `audits[${a}].template.id`, params: { id: audit.template.id } }]
        : []),
      ...audit.findings.flatMap((f, i) => [
        ...check(touchpoints, f.touchpointId, `audits[${a}].findings[${i}].touchpointId`),
        ...check(screenshots, f.screenshotId, `audits[${a}].findings[${i}].screenshotId`),
      ]),
      ...audit.screenshots.flatMap((s, i) =>
        check(touchpoints, s.touchpointId, `audits[${a}].screenshots[${i}].touchpointId`),
      ),
      ...audit.attachments.flatMap((f, i) =>
        check(touchpoints, f.touchpointId, `audits[${a}].attachments[${i}].touchpointId`),
      ),
    ];
  });
}

/** `seq` orders the journey; two touchpoints at one position leave the order undefined. */
function duplicateSeqs(file: ExportFile): ImportProblem[] {
  return file.audits.flatMap((audit, a) => {
    const seen = new Set<number>();
    return audit.touchpoints.flatMap((tp, t): ImportProblem[] => {
      const repeated = seen.has(tp.seq);
      seen.add(tp.seq);
      return repeated
        ? [{ code: 'duplicate-seq', path: `audits[${a}].touchpoints[${t}].seq`, params: { seq: tp.seq } }]
        : [];
    });
  });
}

function capped(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { code: 'more-problems', params: { count: problems.length - MAX_PROBLEMS } },
  ];
}

/**
 * Reads an export file's text into audits, or says what is wrong with it. Each stage runs only if the one before
 * passed, so the user hears about the first kind of problem (a truncated file is not also "missing fields").
 */
export function parseImport(text: string): Result<ExportFile, ImportProblem[]> {
  const sized = checkSize(text);
  if (!sized.ok) return sized;
  const json = parseJson(sized.value);
  if (!json.ok) return json;
  if (nestsDeeperThan(json.value, MAX_DEPTH)) return err([{ code: 'too-deep', params: { limit: MAX_DEPTH } }]);
  const versioned = checkVersion(json.value);
  if (!versioned.ok) return versioned;
  const file = validate(versioned.value);
  if (!file.ok) return err(capped(file.error));
  const crossRecord = [...duplicateIds(file.value), ...duplicateSeqs(file.value), ...unknownReferences(file.value)];
  return crossRecord.length ? err(capped(crossRecord)) : file;
}
