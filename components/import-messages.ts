import type { ImportProblem } from '@/utils/export/parse-import';
import type { MessageKey } from '@/utils/i18n/messages/en';
import type { Translate } from '@/utils/i18n/translate';

function messageKey(p: ImportProblem): MessageKey {
  // The JSON engine does not always say where the error is.
  if (p.code === 'invalid-json' && p.params?.line === undefined) return 'importProblem.invalid-json-somewhere';
  return `importProblem.${p.code}`;
}

/** The sentences a user reads for the problems found in an import file, each with where in the file it is. */
export function describeImportProblems(t: Translate, problems: readonly ImportProblem[]): string[] {
  return problems.map((p) => {
    const text = t(messageKey(p), { ...p.params, detail: p.detail ?? '' });
    return p.path ? `${p.path}: ${text}` : text;
  });
}
