import { database } from '@/utils/db/database';
import { importTemplates } from '@/utils/db/templates';
import type { Translate } from '@/utils/i18n/translate';
import type { Template } from '@/utils/model/scorecard';
import {
  MAX_TEMPLATE_FILE_CHARS,
  parseTemplateFile,
  templateFile,
  type TemplateFileProblem,
} from '@/utils/scoring/template-file';
import { download } from './download';
import { describeImportProblems } from './import-messages';

/** The sentences a user reads for what is wrong with a scorecard file. */
export function describeTemplateProblems(t: Translate, problems: readonly TemplateFileProblem[]): string[] {
  return problems.flatMap((p) => {
    if (p.code === 'not-scorecards') return [t('scorecards.notScorecards')];
    if (p.code === 'built-in-id') return [`${p.path}: ${t('scorecards.builtInId', { id: p.params.id })}`];
    return describeImportProblems(t, [p]);
  });
}

export type TemplateImportOutcome = { ok: true; count: number } | { ok: false; problems: string[] };

/** Reads a scorecard file and stores its templates, all or none. */
export async function importTemplateFile(t: Translate, file: File): Promise<TemplateImportOutcome> {
  if (file.size > MAX_TEMPLATE_FILE_CHARS) {
    const sizeMb = Math.ceil(file.size / 104_857.6) / 10;
    return { ok: false, problems: [t('importProblem.too-large', { sizeMb, limitMb: 5 })] };
  }
  const parsed = parseTemplateFile(await file.text());
  if (!parsed.ok) return { ok: false, problems: describeTemplateProblems(t, parsed.error) };
  return { ok: true, count: await importTemplates(database(), parsed.value) };
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'scorecard'
  );
}

/** Downloads templates as a scorecard file, named after the one template or counting them. */
export function exportTemplates(templates: readonly Template[], nameOf: (t: Template) => string): void {
  const date = new Date().toISOString().slice(0, 10);
  const first = templates[0];
  const name =
    templates.length === 1 && first
      ? `shopwalk-scorecard-${slug(nameOf(first))}`
      : `shopwalk-${templates.length}-scorecards`;
  download(`${name}-${date}.json`, `${JSON.stringify(templateFile(templates), null, 2)}\n`);
}
