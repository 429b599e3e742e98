import type { Template } from '../../model/scorecard';

const CHECKOUT = [
  'checkout-account',
  'checkout-address',
  'checkout-shipping',
  'checkout-payment',
  'checkout-review',
] as const;

/**
 * Buying one product as a guest, from the home page to the order confirmation. Measured things (field counts, Web
 * Vitals, a forced account) reach the score through their rules' findings; the criteria ask what only a person
 * can judge, and their guidance says so where the two meet.
 */
export const guestPurchase: Template = {
  id: 'guest-purchase',
  name: { en: 'Guest purchase', de: 'Kauf als Gast' },
  description: {
    en: 'Find a product, put it in the cart and order it without an account, up to the order confirmation.',
    de: 'Ein Produkt finden, in den Warenkorb legen und ohne Kundenkonto bestellen, bis zur Bestellbestätigung.',
  },
  dimensions: ['findability', 'product-information', 'effort', 'speed', 'trust', 'service', 'communication'],
  version: 1,
  criteria: [
    {
      id: 'search-finds',
      dimension: 'findability',
      weight: 3,
      scale: 5,
      stages: ['entry', 'browse'],
      text: {
        en: 'Search and menu lead to the product',
        de: 'Suche und Menü führen zum Produkt',
      },
      guidance: {
        en: 'Search with the word a customer would use, once with a typo. 5: the product is in the first row of results or one menu click away. 3: found after refining or two menu levels. 1: not found without knowing its exact name.',
        de: 'Mit dem Wort suchen, das Kunden verwenden würden, einmal mit Tippfehler. 5: Das Produkt steht in der ersten Ergebniszeile oder ist einen Menüklick entfernt. 3: gefunden nach Verfeinern oder zwei Menüebenen. 1: nur mit dem genauen Namen zu finden.',
      },
    },
    {
      id: 'filters',
      dimension: 'findability',
      weight: 2,
      scale: 5,
      stages: ['browse'],
      text: {
        en: 'Filters and sorting narrow the list to what fits',
        de: 'Filter und Sortierung grenzen die Liste sinnvoll ein',
      },
      guidance: {
        en: 'Filter by size, colour and price. 5: the filters a customer needs exist, show counts and keep their state on Back. 3: filters exist but miss an obvious one or reset on Back. 1: no useful filter, or filters return empty lists.',
        de: 'Nach Größe, Farbe und Preis filtern. 5: Die nötigen Filter gibt es, sie zeigen Anzahlen und bleiben beim Zurückgehen erhalten. 3: Filter vorhanden, aber ein naheliegender fehlt oder sie werden beim Zurückgehen zurückgesetzt. 1: kein brauchbarer Filter, oder Filter liefern leere Listen.',
      },
    },
    {
      id: 'product-facts',
      dimension: 'product-information',
      weight: 3,
      scale: 5,
      stages: ['product'],
      text: { en: 'The product page answers the buying questions', de: 'Die Produktseite beantwortet die Kauffragen' },
      guidance: {
        en: 'Look for price, size or dimensions, material, availability of the chosen variant and delivery time. 5: all of them, visible without opening tabs. 3: one is missing or hidden in a tab. 1: two or more are missing, so a customer would have to ask.',
        de: 'Auf Preis, Größe oder Maße, Material, Verfügbarkeit der gewählten Variante und Lieferzeit achten. 5: alles sichtbar, ohne Reiter zu öffnen. 3: eines fehlt oder steckt in einem Reiter. 1: zwei oder mehr fehlen, Kunden müssten nachfragen.',
      },
    },
    {
      id: 'product-images',
      dimension: 'product-information',
      weight: 2,
      scale: 5,
      stages: ['product'],
      text: { en: 'Images show the product as it will arrive', de: 'Bilder zeigen das Produkt, wie es ankommt' },
      guidance: {
        en: '5: several images of the chosen colour, zoomable, with a detail and a scale or in use. 3: a few images, not of every colour or not zoomable. 1: one small image, or a picture of another variant.',
        de: '5: mehrere Bilder der gewählten Farbe, vergrößerbar, mit Detail und Größenvergleich oder im Einsatz. 3: wenige Bilder, nicht für jede Farbe oder nicht vergrößerbar. 1: ein kleines Bild oder das Bild einer anderen Variante.',
      },
    },
    {
      id: 'costs-early',
      dimension: 'trust',
      weight: 3,
      scale: 5,
      stages: ['product', 'cart'],
      text: {
        en: 'Delivery costs and time are stated before checkout',
        de: 'Versandkosten und Lieferzeit stehen vor dem Bestellvorgang fest',
      },
      guidance: {
        en: 'Extra costs are the most common reason to abandon a cart (Baymard, 2024). 5: shipping cost and delivery date are on the product page and in the cart. 3: only a link to a shipping table. 1: first shown in the checkout. A surcharge that appears late is the late-cost finding; rate here what is said up front.',
        de: 'Zusatzkosten sind der häufigste Grund für Kaufabbrüche (Baymard, 2024). 5: Versandkosten und Liefertermin stehen auf der Produktseite und im Warenkorb. 3: nur ein Link auf eine Versandkostentabelle. 1: erst im Bestellvorgang genannt. Ein spät auftauchender Aufschlag ist der Befund „späte Kosten“; hier bewerten, was vorab gesagt wird.',
      },
    },
    {
      id: 'guest-path',
      dimension: 'effort',
      weight: 3,
      scale: 5,
      stages: ['cart', 'checkout-account'],
      text: {
        en: 'Buying as a guest is an equal, visible choice',
        de: 'Der Gastkauf ist eine gleichwertige, sichtbare Wahl',
      },
      guidance: {
        en: '5: "Continue as guest" is as prominent as signing in, above the fold. 3: available but below the sign-in form or in small print. 1: hidden behind a link or a detour. No guest option at all is the forced-account finding: then rate "not applicable" here instead of counting it twice.',
        de: '5: „Als Gast fortfahren“ ist so auffällig wie die Anmeldung und ohne Scrollen sichtbar. 3: vorhanden, aber unter dem Anmeldeformular oder klein gedruckt. 1: hinter einem Link oder Umweg versteckt. Fehlt der Gastkauf ganz, ist das der Befund „Kontozwang“: dann hier „nicht anwendbar“ wählen, statt doppelt zu zählen.',
      },
    },
    {
      id: 'form-help',
      dimension: 'effort',
      weight: 3,
      scale: 5,
      stages: ['checkout-address', 'checkout-shipping', 'checkout-payment'],
      text: { en: 'Forms help with filling in', de: 'Formulare helfen beim Ausfüllen' },
      guidance: {
        en: 'The number of fields, missing autocomplete and labels are measured and become findings; rate the rest. 5: sensible defaults, address suggestions, the right keyboard on a phone, errors shown inline next to the field in plain words. 3: plain but workable. 1: errors only after submit, typed values lost, unclear what a field wants.',
        de: 'Anzahl der Felder, fehlendes Autocomplete und fehlende Beschriftungen werden gemessen und zu Befunden; hier den Rest bewerten. 5: sinnvolle Vorbelegungen, Adressvorschläge, passende Tastatur auf dem Telefon, Fehler direkt am Feld in klaren Worten. 3: schlicht, aber brauchbar. 1: Fehler erst nach dem Absenden, Eingaben gehen verloren, unklar, was ein Feld will.',
      },
    },
    {
      id: 'checkout-progress',
      dimension: 'effort',
      weight: 1,
      scale: 5,
      stages: [...CHECKOUT],
      text: {
        en: 'The checkout shows where you are and what is left',
        de: 'Der Bestellvorgang zeigt, wo man steht und was noch kommt',
      },
      guidance: {
        en: '5: named steps with the current one marked, and a way back without losing entries. 3: a step counter only. 1: no indication; the customer cannot tell whether the next click orders.',
        de: '5: benannte Schritte, der aktuelle markiert, Zurück ohne Verlust der Eingaben. 3: nur ein Schrittzähler. 1: kein Hinweis; unklar, ob der nächste Klick schon bestellt.',
      },
    },
    {
      id: 'payment-methods',
      dimension: 'effort',
      weight: 2,
      scale: 5,
      stages: ['checkout-payment'],
      text: { en: 'The payment methods customers expect are offered', de: 'Die erwarteten Zahlarten werden angeboten' },
      guidance: {
        en: 'For German-speaking shops check invoice, PayPal, card and direct debit; elsewhere the local favourites. 5: all expected, with their fees (if any) stated. 3: one common method missing. 1: a single method, or a fee revealed only here.',
        de: 'Für deutschsprachige Shops Rechnung, PayPal, Karte und Lastschrift prüfen, sonst die örtlich üblichen. 5: alle erwarteten, eventuelle Gebühren genannt. 3: eine gängige Zahlart fehlt. 1: nur eine Zahlart, oder eine Gebühr erscheint erst hier.',
      },
    },
    {
      id: 'total-clear',
      dimension: 'trust',
      weight: 3,
      scale: 5,
      stages: ['cart', 'checkout-review'],
      text: {
        en: 'The total is complete and clear before ordering',
        de: 'Die Gesamtsumme ist vor der Bestellung vollständig und klar',
      },
      guidance: {
        en: '5: items, shipping, fees, discounts and VAT add up visibly to the total next to the order button, which says that it orders with an obligation to pay. 3: the total is right but its parts need a click. 1: the total is missing or does not add up.',
        de: '5: Artikel, Versand, Gebühren, Rabatte und MwSt. ergeben sichtbar die Summe neben dem Bestellknopf, der „zahlungspflichtig bestellen“ sagt. 3: Summe stimmt, ihre Teile brauchen einen Klick. 1: Summe fehlt oder geht nicht auf.',
      },
    },
    {
      id: 'trust-signals',
      dimension: 'trust',
      weight: 2,
      scale: 5,
      stages: ['cart', 'checkout-payment', 'checkout-review'],
      text: { en: 'Safety and legal information is at hand', de: 'Sicherheits- und Rechtsinformationen sind zur Hand' },
      guidance: {
        en: '5: terms, right of withdrawal, privacy notice and imprint linked next to the order; a known trust mark that links to its certificate. 3: links only in the footer. 1: missing, or a trust badge that links nowhere.',
        de: '5: AGB, Widerrufsbelehrung, Datenschutzerklärung und Impressum neben der Bestellung verlinkt; ein bekanntes Gütesiegel mit Link auf das Zertifikat. 3: Links nur in der Fußzeile. 1: fehlt, oder ein Siegel ohne Nachweis.',
      },
    },
    {
      id: 'help-while-buying',
      dimension: 'service',
      weight: 2,
      scale: 5,
      stages: ['cart', ...CHECKOUT],
      text: {
        en: 'Help from a person is offered while buying',
        de: 'Hilfe durch einen Menschen wird beim Kauf angeboten',
      },
      guidance: {
        en: 'No visible help on cart or checkout is the no-help finding; rate the quality of what is offered. 5: phone number with hours or a staffed chat, reachable in one click. 3: a contact form or FAQ link only. 1: help that leads out of the checkout and loses the cart.',
        de: 'Fehlt sichtbare Hilfe in Warenkorb oder Bestellvorgang, ist das der Befund „keine Hilfe“; hier bewerten, wie gut das Angebot ist. 5: Telefonnummer mit Zeiten oder ein besetzter Chat, mit einem Klick erreichbar. 3: nur Kontaktformular oder FAQ-Link. 1: Hilfe führt aus dem Bestellvorgang und der Warenkorb geht verloren.',
      },
    },
    {
      id: 'waiting-explained',
      dimension: 'speed',
      weight: 1,
      scale: 5,
      text: { en: 'Waiting is explained while it lasts', de: 'Wartezeiten werden erklärt, solange sie dauern' },
      guidance: {
        en: 'Measured speed (Web Vitals) counts through the slow-page finding; rate how waiting feels. 5: no noticeable wait, or progress shown and the clicked button disabled. 3: a spinner without context. 1: the page freezes or the button stays active and invites a second order.',
        de: 'Gemessene Geschwindigkeit (Web Vitals) zählt über den Befund „langsame Seite“; hier bewerten, wie sich Warten anfühlt. 5: keine spürbare Wartezeit, oder Fortschritt sichtbar und der geklickte Knopf gesperrt. 3: ein Ladekreis ohne Erklärung. 1: die Seite friert ein oder der Knopf bleibt aktiv und lädt zu einer zweiten Bestellung ein.',
      },
    },
    {
      id: 'confirmation-next',
      dimension: 'communication',
      weight: 3,
      scale: 5,
      stages: ['confirmation'],
      text: { en: 'The confirmation says what happens next', de: 'Die Bestätigung sagt, wie es weitergeht' },
      guidance: {
        en: '5: order number, summary, expected delivery date, that an e-mail is on its way, and how to change or cancel. 3: order number and a thank-you only. 1: no clear confirmation that the order went through.',
        de: '5: Bestellnummer, Zusammenfassung, voraussichtlicher Liefertermin, Hinweis auf die E-Mail und wie man ändert oder storniert. 3: nur Bestellnummer und Dank. 1: keine klare Bestätigung, dass die Bestellung eingegangen ist.',
      },
    },
  ],
};
