import type { TouchpointRule } from '../model/finding';
import { propose } from './support/evidence';
import { isPurchaseStep } from './support/fields';

const ID = 'no-help';

/**
 * CX practice since Amazon's "Mayday" button (2013): a customer stuck in the cart or checkout can reach a human
 * at once. A page with only an FAQ does not count. Minor (2). Pages whose help was not measured are not judged.
 */
export const noHelp: TouchpointRule = {
  id: ID,
  scope: 'touchpoint',
  title: { en: 'No visible help', de: 'Keine sichtbare Hilfe' },
  explanation: {
    en: 'The cart or checkout page shows no way to reach a person (phone, e-mail, chat or a contact page).',
    de: 'Die Warenkorb- oder Bestellseite zeigt keinen Weg zu einem Menschen (Telefon, E-Mail, Chat oder Kontaktseite).',
  },
  defaultSeverity: 2,
  source: { name: 'CX practice (Amazon Mayday button)', year: 2013 },
  evaluate(tp) {
    if (!isPurchaseStep(tp) || !tp.help || tp.help.humanReachable) return [];
    return [
      propose(ID, 2, tp.id, {
        values: { selfService: tp.help.channels.selfService.visible, ...(tp.stage ? { stage: tp.stage } : {}) },
      }),
    ];
  },
};
