import type { Locale } from '../i18n/locale';
import type { LocalizedText, Template } from '../model/scorecard';

/** A template text in the UI's language: a built-in's translation, or a user template's one text. */
export function localize(text: LocalizedText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

/**
 * A user's own copy of a template, in one language: every text taken in `locale`, a new id and name, version 1.
 * Copying a built-in is how a user starts a card of their own.
 */
export function copyTemplate(source: Template, locale: Locale, id: string, name: string): Template {
  return {
    id,
    name,
    description: localize(source.description, locale),
    dimensions: [...source.dimensions],
    version: 1,
    criteria: source.criteria.map((c) => ({
      ...c,
      text: localize(c.text, locale),
      guidance: localize(c.guidance, locale),
      ...(c.stages && { stages: [...c.stages] }),
    })),
  };
}
