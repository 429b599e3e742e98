import { z } from 'zod';
import { formatPath, jsonErrorLocation, type ImportProblem } from '../export/parse-import';
import { templateSchema, type Template } from '../model/scorecard';
import { err, ok, type Result } from '../result';
import { isBuiltInTemplate } from './templates/registry';

export const TEMPLATE_FILE_VERSION = 1;
export const MAX_TEMPLATES_PER_FILE = 100;
/** A hundred full templates fit in well under a megabyte; anything larger is not a scorecard file. */
export const MAX_TEMPLATE_FILE_CHARS = 5 * 1024 * 1024;

/** A file of scorecard templates, as exported from the dashboard's Scorecards view. */
export const templateFileSchema = z.strictObject({
  shopwalk: z.literal('scorecards'),
  formatVersion: z.literal(TEMPLATE_FILE_VERSION),
  templates: z.array(templateSchema).min(1).max(MAX_TEMPLATES_PER_FILE),
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

/** What can be wrong with a scorecard file: an export file's problems, or these of its own. */
export type TemplateFileProblem =
  ImportProblem | { code: 'not-scorecards' } | { code: 'built-in-id'; path: string; params: { id: string } };

export function templateFile(templates: readonly Template[]): TemplateFile {
  return { shopwalk: 'scorecards', formatVersion: TEMPLATE_FILE_VERSION, templates: [...templates] };
}

function parseJson(text: string): Result<unknown, TemplateFileProblem[]> {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text; // a byte order mark from a Windows editor
  try {
    return ok(JSON.parse(json));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const location = jsonErrorLocation(message, json);
    return err([{ code: 'invalid-json', detail: message, ...(location && { params: location }) }]);
  }
}

function crossTemplateProblems(templates: readonly Template[]): TemplateFileProblem[] {
  const seen = new Set<string>();
  return templates.flatMap((t, i): TemplateFileProblem[] => {
    const path = `templates[${i}].id`;
    if (isBuiltInTemplate(t.id)) return [{ code: 'built-in-id', path, params: { id: t.id } }];
    if (seen.has(t.id)) return [{ code: 'duplicate-id', path, params: { id: t.id } }];
    seen.add(t.id);
    return [];
  });
}

/** Reads a scorecard file's text into templates, or says everything that is wrong with it (nothing is half-read). */
export function parseTemplateFile(text: string): Result<Template[], TemplateFileProblem[]> {
  if (text.length > MAX_TEMPLATE_FILE_CHARS)
    return err([{ code: 'too-large', params: { sizeMb: Math.ceil(text.length / 104_857.6) / 10, limitMb: 5 } }]);
  const json = parseJson(text);
  if (!json.ok) return json;
  const value = json.value;
  if (typeof value !== 'object' || value === null || (value as { shopwalk?: unknown }).shopwalk !== 'scorecards')
    return err([{ code: 'not-scorecards' }]);
  const parsed = templateFileSchema.safeParse(value);
  if (!parsed.success)
    return err(
      parsed.error.issues.slice(0, 20).map((issue) => ({
        code: 'invalid-field' as const,
        ...(issue.path.length > 0 && { path: formatPath(issue.path) }),
        detail: issue.message,
      })),
    );
  const problems = crossTemplateProblems(parsed.data.templates);
  return problems.length > 0 ? err(problems) : ok(parsed.data.templates);
}
