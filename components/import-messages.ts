import type { ImportProblem } from '@/utils/export/parse-import';
import type { Translate } from '@/utils/i18n/translate';

/** The sentences a user reads for the problems found in an import file. */
export function describeImportProblems(t: Translate, problems: readonly ImportProblem[]): string[] {
  return problems.map((p) => {
    const text = t(`importProblem.${p.code}`, { ...p.params, detail: p.detail ?? '' });
    return p.path ? `${p.path}: ${text}` : text;
  });
}
