import { z } from 'zod';
import type { ShopwalkDb } from './database';

/** Every setting, with its schema and default: values read back are validated like any stored data. */
export const settingSchemas = {
  auditorName: z.string().max(200).catch(''),
  lastScenario: z.string().max(200).catch(''),
  locale: z.enum(['auto', 'en', 'de']).catch('auto'),
  /** The user's friction-rule thresholds by rule id; a rule without one uses its default (see run-rules.ts). */
  ruleThresholds: z.record(z.string().max(64), z.number().finite()).catch({}),
  /** The user's agreement to what an audit records (utils/db/capture-consent.ts); null until given, or withdrawn. */
  captureConsent: z
    .strictObject({ version: z.number().int().positive(), at: z.number().int().nonnegative() })
    .nullable()
    .catch(null),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export async function readSetting<K extends SettingKey>(db: ShopwalkDb, key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  return settingSchemas[key].parse(row?.value) as SettingValue<K>;
}

export async function writeSetting<K extends SettingKey>(
  db: ShopwalkDb,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await db.settings.put({ key, value: settingSchemas[key].parse(value) });
}
