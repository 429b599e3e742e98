import type { Translate } from '../i18n/translate';
import { OFF_WEB_CHANNELS, type OffWebChannel } from '../model/touchpoint';
import type { RowKey } from './row-key';

const isChannel = (row: RowKey): row is OffWebChannel => (OFF_WEB_CHANNELS as readonly string[]).includes(row);

/** A row's name in the user's language: the stage, "No stage" for pages without one, the channel off the web. */
export function rowLabel(row: RowKey, t: Translate): string {
  if (row === 'unassigned') return t('score.stageUnassigned');
  return isChannel(row) ? t(`channel.${row}`) : t(`stage.${row}`);
}
