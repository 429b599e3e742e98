import type { FormCensus } from '../model/form-census';

/**
 * Remembers the fields a touchpoint window has shown over its whole time, across censuses: a multi-step form on
 * one address replaces its fields step by step, and its size is all the steps together. Fields are told apart by
 * where they live (frame, shadow host) and their selector; a census past its evidence cap counts at least its total.
 */
export function seenFieldsTracker() {
  let seen = new Set<string>();
  return {
    add(census: FormCensus): FormCensus {
      for (const group of census.groups) {
        for (const field of group.fields) seen.add(`${group.frame ?? ''}|${group.shadowHost ?? ''}|${field.selector}`);
      }
      return { ...census, seenFields: Math.max(seen.size, census.totals.fields) };
    },
    reset(): void {
      seen = new Set();
    },
  };
}
