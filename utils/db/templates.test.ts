import { describe, expect, it } from 'vitest';
import type { Template } from '../model/scorecard';
import { startAudit } from '../recording/audit-lifecycle';
import { auditStart, T0, withTestDatabase } from '../recording/test-fixtures';
import { copyTemplate } from '../scoring/localize';
import { guestPurchase } from '../scoring/templates/guest-purchase';
import { newsletter } from '../scoring/templates/newsletter';
import { deleteTemplate, importTemplates, saveTemplate, templateOfAudit, userTemplates } from './templates';

const db = withTestDatabase();

function own(id: string, name: string): Template {
  return copyTemplate(newsletter, 'en', id, name);
}

describe('the templates repository', () => {
  it('saves a user’s template, lists templates by name, and counts the version up on every change', async () => {
    const first = await saveTemplate(db(), own('u1', 'Zebra shop card'));
    expect(first).toEqual({ ok: true, value: expect.objectContaining({ version: 1 }) as unknown });
    await saveTemplate(db(), own('u2', 'Alpine card'));
    const changed = await saveTemplate(db(), { ...own('u1', 'Zebra shop card'), description: 'edited' });
    expect(changed.ok && changed.value.version).toBe(2);
    expect((await userTemplates(db())).map((t) => [t.id, t.version])).toEqual([
      ['u2', 1],
      ['u1', 2],
    ]);
  });

  it('refuses to store a built-in or an invalid template, and stores nothing then', async () => {
    expect(await saveTemplate(db(), guestPurchase)).toEqual({ ok: false, error: 'built-in' });
    const bad = { ...own('u3', 'Bad'), criteria: [] };
    expect(await saveTemplate(db(), bad)).toEqual({ ok: false, error: 'invalid' });
    expect(await db().templates.count()).toBe(0);
  });

  it('finds an audit’s card: a built-in, a user’s own, and guest purchase when unset or deleted', async () => {
    await saveTemplate(db(), own('u1', 'Mine'));
    expect((await templateOfAudit(db(), 'newsletter')).id).toBe('newsletter');
    expect((await templateOfAudit(db(), 'u1')).name).toBe('Mine');
    expect((await templateOfAudit(db(), undefined)).id).toBe('guest-purchase');
    await deleteTemplate(db(), 'u1');
    expect((await templateOfAudit(db(), 'u1')).id).toBe('guest-purchase');
  });

  it('imports templates together, replacing a stored one of the same id', async () => {
    await saveTemplate(db(), own('u1', 'Old name'));
    expect(await importTemplates(db(), [own('u1', 'New name'), own('u2', 'Second')])).toBe(2);
    expect((await userTemplates(db())).map((t) => t.name)).toEqual(['New name', 'Second']);
  });
});

describe('an audit’s template', () => {
  it('is stored when the audit starts with one, and absent (guest purchase) otherwise', async () => {
    const chosen = await startAudit(db(), auditStart(1, undefined, { templateId: 'item-return' }), T0);
    const plain = await startAudit(db(), auditStart(2), T0);
    expect(chosen.ok && chosen.value.templateId).toBe('item-return');
    expect(plain.ok && 'templateId' in plain.value).toBe(false);
    expect(chosen.ok && (await templateOfAudit(db(), chosen.value.templateId)).id).toBe('item-return');
  });
});
