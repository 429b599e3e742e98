import type { Template } from '../../model/scorecard';

/** Returning an item bought online, from looking up the policy to the refund on the account. */
export const itemReturn: Template = {
  id: 'item-return',
  name: { en: 'Return of an item', de: 'Rücksendung eines Artikels' },
  description: {
    en: 'Return an item bought online: find the policy, register the return, send it back and follow the refund.',
    de: 'Einen online gekauften Artikel zurückgeben: Bedingungen finden, Rücksendung anmelden, zurückschicken und die Erstattung verfolgen.',
  },
  dimensions: ['findability', 'effort', 'speed', 'trust', 'service', 'communication'],
  version: 1,
  criteria: [
    {
      id: 'policy-findable',
      dimension: 'findability',
      weight: 2,
      scale: 5,
      text: { en: 'The return policy is easy to find', de: 'Die Rückgabebedingungen sind leicht zu finden' },
      guidance: {
        en: '5: linked from the footer, the product page and the order confirmation. 3: only in the terms or the FAQ. 1: searched for more than a minute.',
        de: '5: verlinkt in der Fußzeile, auf der Produktseite und in der Bestellbestätigung. 3: nur in den AGB oder der FAQ. 1: länger als eine Minute gesucht.',
      },
    },
    {
      id: 'policy-clear',
      dimension: 'trust',
      weight: 3,
      scale: 5,
      text: {
        en: 'Period, costs and refund method are stated plainly',
        de: 'Frist, Kosten und Erstattungsweg sind klar genannt',
      },
      guidance: {
        en: 'EU consumers may withdraw within 14 days (Directive 2011/83/EU, 2011); many shops give more. 5: period, who pays the return shipping, condition of the item and how and when money comes back, in a few lines. 3: all there but in legal text. 1: something missing or contradictory.',
        de: 'Verbraucher in der EU können 14 Tage widerrufen (Richtlinie 2011/83/EU, 2011); viele Shops gewähren mehr. 5: Frist, wer die Rücksendung zahlt, Zustand des Artikels und wie und wann das Geld zurückkommt, in wenigen Zeilen. 3: alles da, aber als Rechtstext. 1: etwas fehlt oder widerspricht sich.',
      },
    },
    {
      id: 'start-online',
      dimension: 'effort',
      weight: 3,
      scale: 5,
      text: {
        en: 'The return is registered online in a few steps',
        de: 'Die Rücksendung wird online in wenigen Schritten angemeldet',
      },
      guidance: {
        en: '5: from the order (or order number and e-mail for guests), pick the item and reason, done. 3: a form or an e-mail to service is needed. 1: only by phone, or an account is required for a guest order.',
        de: '5: aus der Bestellung (oder mit Bestellnummer und E-Mail für Gäste) Artikel und Grund wählen, fertig. 3: Formular oder E-Mail an den Service nötig. 1: nur telefonisch, oder ein Konto wird für eine Gastbestellung verlangt.',
      },
    },
    {
      id: 'label-easy',
      dimension: 'effort',
      weight: 2,
      scale: 5,
      text: { en: 'A return label comes without a printer', de: 'Ein Rücksendeetikett gibt es ohne Drucker' },
      guidance: {
        en: '5: a QR code for the parcel shop, or a label in the parcel. 3: a PDF to print. 1: the customer has to address and pay the parcel themselves although the shop pays.',
        de: '5: ein QR-Code für den Paketshop, oder ein Etikett im Paket. 3: ein PDF zum Ausdrucken. 1: Kunden müssen selbst adressieren und vorstrecken, obwohl der Shop zahlt.',
      },
    },
    {
      id: 'drop-off',
      dimension: 'effort',
      weight: 1,
      scale: 5,
      text: { en: 'Dropping the parcel off is convenient', de: 'Das Paket ist bequem abzugeben' },
      guidance: {
        en: '5: a choice of carriers, parcel lockers or pick-up, or a store. 3: one carrier with many shops. 1: one far-away option.',
        de: '5: Auswahl an Versanddiensten, Packstationen oder Abholung, oder eine Filiale. 3: ein Versanddienst mit vielen Annahmestellen. 1: eine weit entfernte Möglichkeit.',
      },
    },
    {
      id: 'status-updates',
      dimension: 'communication',
      weight: 2,
      scale: 5,
      text: {
        en: 'Receipt of the return and the refund are confirmed',
        de: 'Eingang der Rücksendung und Erstattung werden bestätigt',
      },
      guidance: {
        en: '5: messages when the return is registered, received and refunded, with the amount. 3: only one of them. 1: none; the customer has to ask.',
        de: '5: Nachrichten bei Anmeldung, Eingang und Erstattung, mit Betrag. 3: nur eine davon. 1: keine; Kunden müssen nachfragen.',
      },
    },
    {
      id: 'refund-time',
      dimension: 'speed',
      weight: 2,
      scale: 7,
      text: { en: 'The refund arrives quickly', de: 'Die Erstattung kommt schnell' },
      guidance: {
        en: 'German law requires the refund within 14 days of the withdrawal (§ 357 BGB, 2014); the shop may wait until the item is back. Count days from handing the parcel over. 7: within 3 days. 5: within 7. 3: within 14. 1: later.',
        de: 'Das deutsche Recht verlangt die Erstattung binnen 14 Tagen nach dem Widerruf (§ 357 BGB, 2014); der Shop darf die Rücksendung abwarten. Tage ab Abgabe des Pakets zählen. 7: binnen 3 Tagen. 5: binnen 7. 3: binnen 14. 1: später.',
      },
    },
    {
      id: 'refund-complete',
      dimension: 'trust',
      weight: 3,
      scale: 5,
      text: {
        en: 'The refund is complete and on the original payment method',
        de: 'Die Erstattung ist vollständig und auf dem ursprünglichen Zahlungsweg',
      },
      guidance: {
        en: 'After a full withdrawal the original standard delivery cost is refunded too (Directive 2011/83/EU, Art. 13). 5: everything back, on the method paid with. 3: correct amount but as a voucher by default. 1: deductions not stated before.',
        de: 'Nach einem vollständigen Widerruf wird auch die ursprüngliche Standard-Versandgebühr erstattet (Richtlinie 2011/83/EU, Art. 13). 5: alles zurück, auf dem bezahlten Weg. 3: richtiger Betrag, aber standardmäßig als Gutschein. 1: vorher nicht genannte Abzüge.',
      },
    },
    {
      id: 'return-help',
      dimension: 'service',
      weight: 1,
      scale: 5,
      text: { en: 'Help with the return is reachable', de: 'Hilfe zur Rücksendung ist erreichbar' },
      guidance: {
        en: '5: a contact for returns on the return pages, answering within a working day. 3: only the general contact. 1: none, or no answer.',
        de: '5: ein Kontakt für Rücksendungen auf den Rückgabeseiten, Antwort innerhalb eines Werktags. 3: nur der allgemeine Kontakt. 1: keiner, oder keine Antwort.',
      },
    },
  ],
};
