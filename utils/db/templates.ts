import { templateSchema, type Template } from '../model/scorecard';
import { err, ok, type Result } from '../result';
import { builtInTemplate, DEFAULT_TEMPLATE_ID, isBuiltInTemplate } from '../scoring/templates/registry';
import type { ShopwalkDb } from './database';

export type TemplateSaveError = 'invalid' | 'built-in';

/** The user's own templates, by name. */
export async function userTemplates(db: ShopwalkDb): Promise<Template[]> {
  const all = await db.templates.toArray();
  const nameOf = (t: Template) => (typeof t.name === 'string' ? t.name : t.name.en);
  return all.sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
}

/**
 * The template an audit is rated on: a built-in, else the user's template of that id, else (never set, or deleted
 * since) guest purchase, so an audit always has a card.
 */
export async function templateOfAudit(db: ShopwalkDb, templateId: string | undefined): Promise<Template> {
  const id = templateId ?? DEFAULT_TEMPLATE_ID;
  const found = builtInTemplate(id) ?? (await db.templates.get(id));
  return found ?? (builtInTemplate(DEFAULT_TEMPLATE_ID) as Template);
}

/**
 * Saves a user's template, new or changed; a change counts its version up, so ratings can be read against the card
 * they were made on. Built-ins are not stored and cannot be overwritten.
 */
export async function saveTemplate(db: ShopwalkDb, template: Template): Promise<Result<Template, TemplateSaveError>> {
  if (isBuiltInTemplate(template.id)) return err('built-in');
  return db.transaction('rw', db.templates, async () => {
    const before = await db.templates.get(template.id);
    const parsed = templateSchema.safeParse({ ...template, version: before ? before.version + 1 : template.version });
    if (!parsed.success) return err('invalid' as const);
    await db.templates.put(parsed.data);
    return ok(parsed.data);
  });
}

export async function deleteTemplate(db: ShopwalkDb, id: string): Promise<void> {
  await db.templates.delete(id);
}

/**
 * Stores templates read from a file (parseTemplateFile checked them), all or none. A template whose id is stored
 * already replaces it: importing a colleague's corrected card updates the one in use.
 */
export async function importTemplates(db: ShopwalkDb, templates: readonly Template[]): Promise<number> {
  await db.transaction('rw', db.templates, () => db.templates.bulkPut([...templates]));
  return templates.length;
}
