import type { Template } from '../../model/scorecard';

/** Subscribing to the newsletter and judging the confirmation mail and the first issue. */
export const newsletter: Template = {
  id: 'newsletter',
  name: { en: 'Newsletter sign-up and first mail', de: 'Newsletter-Anmeldung und erste E-Mail' },
  description: {
    en: 'Subscribe to the newsletter, confirm the subscription and judge the first mail that follows.',
    de: 'Den Newsletter abonnieren, die Anmeldung bestätigen und die erste folgende E-Mail beurteilen.',
  },
  dimensions: ['findability', 'effort', 'speed', 'trust', 'communication'],
  version: 1,
  criteria: [
    {
      id: 'signup-findable',
      dimension: 'findability',
      weight: 1,
      scale: 5,
      text: {
        en: 'Sign-up is easy to find without being pushed',
        de: 'Die Anmeldung ist leicht zu finden, ohne aufzudrängen',
      },
      guidance: {
        en: '5: a sign-up in the footer or on a page of its own, offered once at a calm moment. 3: only in an interstitial, or hard to find otherwise. 1: not findable, or an overlay that blocks the page (also the interstitial finding).',
        de: '5: Anmeldung in der Fußzeile oder auf eigener Seite, einmal in einem ruhigen Moment angeboten. 3: nur per Einblendung, sonst schwer zu finden. 1: nicht auffindbar, oder eine Einblendung, die die Seite sperrt (auch der Befund „Einblendung“).',
      },
    },
    {
      id: 'value-stated',
      dimension: 'communication',
      weight: 2,
      scale: 5,
      text: { en: 'Content, frequency and incentive are stated', de: 'Inhalt, Häufigkeit und Anreiz werden genannt' },
      guidance: {
        en: '5: says what comes (topics, offers), how often, and the conditions of any voucher. 3: only "news and offers". 1: nothing, or a voucher whose conditions are hidden.',
        de: '5: sagt, was kommt (Themen, Angebote), wie oft und zu welchen Bedingungen ein Gutschein gilt. 3: nur „News und Angebote“. 1: nichts, oder ein Gutschein mit versteckten Bedingungen.',
      },
    },
    {
      id: 'form-minimal',
      dimension: 'effort',
      weight: 2,
      scale: 5,
      text: { en: 'Only the e-mail address is required', de: 'Nur die E-Mail-Adresse ist Pflicht' },
      guidance: {
        en: '5: e-mail only; interests or name optional and marked so. 3: one more required field (name or salutation). 1: several required fields or an account needed.',
        de: '5: nur E-Mail; Interessen oder Name freiwillig und so markiert. 3: ein weiteres Pflichtfeld (Name oder Anrede). 1: mehrere Pflichtfelder oder ein Konto nötig.',
      },
    },
    {
      id: 'double-opt-in',
      dimension: 'trust',
      weight: 3,
      scale: 5,
      text: {
        en: 'The subscription is confirmed by double opt-in',
        de: 'Die Anmeldung wird per Double-Opt-in bestätigt',
      },
      guidance: {
        en: 'German courts expect proof of consent for advertising mail, in practice a double opt-in (BGH I ZR 164/09, 2011). 5: a confirmation mail with one clear button, nothing sent before it. 3: confirmation mail, but with advertising in it. 1: newsletters arrive without confirmation.',
        de: 'Deutsche Gerichte verlangen den Nachweis der Einwilligung in Werbe-E-Mails, in der Praxis ein Double-Opt-in (BGH I ZR 164/09, 2011). 5: eine Bestätigungs-E-Mail mit einem klaren Knopf, vorher kommt nichts. 3: Bestätigungs-E-Mail, aber mit Werbung darin. 1: Newsletter kommen ohne Bestätigung.',
      },
    },
    {
      id: 'confirmation-speed',
      dimension: 'speed',
      weight: 2,
      scale: 7,
      text: { en: 'The confirmation mail arrives at once', de: 'Die Bestätigungs-E-Mail kommt sofort' },
      guidance: {
        en: 'Time it from submitting the form. 7: within a minute, in the inbox. 4: within ten minutes, or in the spam folder. 1: not within an hour.',
        de: 'Ab dem Absenden messen. 7: innerhalb einer Minute, im Posteingang. 4: innerhalb von zehn Minuten, oder im Spam-Ordner. 1: nicht innerhalb einer Stunde.',
      },
    },
    {
      id: 'incentive-kept',
      dimension: 'trust',
      weight: 2,
      scale: 5,
      text: {
        en: 'A promised voucher arrives and works as stated',
        de: 'Ein versprochener Gutschein kommt und gilt wie angekündigt',
      },
      guidance: {
        en: 'Rate "not applicable" if nothing was promised. 5: the code arrives with the confirmation and works in the cart under the stated conditions. 3: arrives late or with conditions not said before. 1: never arrives or is rejected.',
        de: '„Nicht anwendbar“, wenn nichts versprochen wurde. 5: der Code kommt mit der Bestätigung und gilt im Warenkorb zu den genannten Bedingungen. 3: kommt spät oder mit vorher nicht genannten Bedingungen. 1: kommt nie oder wird abgelehnt.',
      },
    },
    {
      id: 'first-mail-relevant',
      dimension: 'communication',
      weight: 3,
      scale: 5,
      text: {
        en: 'The first mail is relevant to what was signed up for',
        de: 'Die erste E-Mail passt zu dem, wofür man sich angemeldet hat',
      },
      guidance: {
        en: '5: matches the chosen interests or the page signed up on, with a clear subject and useful content. 3: generic offers from the whole range. 1: unrelated advertising, or several mails a day.',
        de: '5: passt zu den gewählten Interessen oder der Anmeldeseite, klarer Betreff, nützlicher Inhalt. 3: allgemeine Angebote aus dem ganzen Sortiment. 1: unpassende Werbung, oder mehrere E-Mails am Tag.',
      },
    },
    {
      id: 'mail-readable',
      dimension: 'communication',
      weight: 1,
      scale: 5,
      text: {
        en: 'The mail reads well on a phone and without images',
        de: 'Die E-Mail ist auf dem Telefon und ohne Bilder lesbar',
      },
      guidance: {
        en: '5: single column, readable text size, the message still clear with images blocked. 3: zooming needed, or key text only in images. 1: unreadable on a phone or empty without images.',
        de: '5: einspaltig, lesbare Schriftgröße, die Botschaft auch mit gesperrten Bildern klar. 3: Zoomen nötig, oder wichtiger Text nur in Bildern. 1: auf dem Telefon unlesbar oder ohne Bilder leer.',
      },
    },
    {
      id: 'sender-clear',
      dimension: 'trust',
      weight: 1,
      scale: 5,
      text: {
        en: 'The sender is recognisable and has an imprint',
        de: 'Der Absender ist erkennbar und hat ein Impressum',
      },
      guidance: {
        en: '5: sender name is the shop, reply address works, imprint in the footer. 3: a no-reply address. 1: unknown sender name or no imprint.',
        de: '5: Absendername ist der Shop, Antwortadresse funktioniert, Impressum im Fuß. 3: eine No-Reply-Adresse. 1: unbekannter Absendername oder kein Impressum.',
      },
    },
    {
      id: 'unsubscribe-easy',
      dimension: 'effort',
      weight: 2,
      scale: 5,
      text: { en: 'Unsubscribing takes one click', de: 'Abmelden geht mit einem Klick' },
      guidance: {
        en: '5: a visible unsubscribe link, one click, confirmed at once (a List-Unsubscribe header as bulk senders must offer since 2024). 3: a login or a form is needed. 1: no link, or it does not work.',
        de: '5: ein sichtbarer Abmeldelink, ein Klick, sofort bestätigt (ein List-Unsubscribe-Header, wie ihn Massenversender seit 2024 bieten müssen). 3: Anmeldung oder Formular nötig. 1: kein Link, oder er funktioniert nicht.',
      },
    },
  ],
};
