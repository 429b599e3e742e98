import type { Template } from '../../model/scorecard';

/** Creating a customer account, from the first "Sign in" link to the first sign-in after verifying the e-mail. */
export const accountRegistration: Template = {
  id: 'account-registration',
  name: { en: 'Account registration', de: 'Registrierung eines Kundenkontos' },
  description: {
    en: 'Create a customer account, confirm the e-mail address and sign in with it for the first time.',
    de: 'Ein Kundenkonto anlegen, die E-Mail-Adresse bestätigen und sich zum ersten Mal damit anmelden.',
  },
  dimensions: ['findability', 'effort', 'speed', 'trust', 'service', 'communication'],
  version: 1,
  criteria: [
    {
      id: 'register-findable',
      dimension: 'findability',
      weight: 2,
      scale: 5,
      text: { en: 'The way to create an account is easy to find', de: 'Der Weg zum Kundenkonto ist leicht zu finden' },
      guidance: {
        en: '5: an account icon or "Sign in" in the header leads to "Create account" in one click. 3: two clicks, or only through the checkout. 1: searched for it, or only a sign-in form without a way to register.',
        de: '5: Ein Konto-Symbol oder „Anmelden“ im Kopfbereich führt mit einem Klick zu „Konto erstellen“. 3: zwei Klicks, oder nur über den Bestellvorgang. 1: musste gesucht werden, oder nur ein Anmeldeformular ohne Registrierung.',
      },
    },
    {
      id: 'benefits-stated',
      dimension: 'communication',
      weight: 2,
      scale: 5,
      text: { en: 'The benefits of an account are stated', de: 'Die Vorteile eines Kontos werden genannt' },
      guidance: {
        en: '5: concrete benefits next to the form (order history, faster checkout, returns online), no pressure. 3: a generic line. 1: none, or the account is presented as the only way to buy.',
        de: '5: konkrete Vorteile neben dem Formular (Bestellübersicht, schneller bestellen, Rücksendung online), ohne Druck. 3: ein allgemeiner Satz. 1: keine, oder das Konto wird als einziger Weg zum Kauf dargestellt.',
      },
    },
    {
      id: 'data-needed',
      dimension: 'effort',
      weight: 3,
      scale: 5,
      text: { en: 'Only the data an account needs is asked', de: 'Es wird nur abgefragt, was ein Konto braucht' },
      guidance: {
        en: 'An account needs an e-mail address and a password; name and address can wait until the first order. 5: just those, or optional extras clearly marked. 3: name and address required up front. 1: date of birth, phone or salutation required without a reason given.',
        de: 'Ein Konto braucht E-Mail-Adresse und Passwort; Name und Adresse können bis zur ersten Bestellung warten. 5: nur diese, oder Zusatzangaben klar als freiwillig markiert. 3: Name und Adresse vorab Pflicht. 1: Geburtsdatum, Telefon oder Anrede ohne Begründung Pflicht.',
      },
    },
    {
      id: 'password-rules',
      dimension: 'effort',
      weight: 2,
      scale: 5,
      text: {
        en: 'Password rules are shown before typing and checked while typing',
        de: 'Passwortregeln stehen vor der Eingabe da und werden beim Tippen geprüft',
      },
      guidance: {
        en: '5: rules visible next to the field, checked live, a "show password" toggle, password managers and pasting work. 3: rules only in the error message. 1: the form is rejected with a vague error, or pasting is blocked (that part is also the paste-blocked finding).',
        de: '5: Regeln neben dem Feld sichtbar, live geprüft, Passwort einblendbar, Passwortmanager und Einfügen funktionieren. 3: Regeln erst in der Fehlermeldung. 1: Formular wird mit vager Meldung abgelehnt oder Einfügen ist gesperrt (Letzteres ist auch der Befund „Einfügen gesperrt“).',
      },
    },
    {
      id: 'consent-separate',
      dimension: 'trust',
      weight: 3,
      scale: 5,
      text: {
        en: 'Marketing consent is a separate, unticked choice',
        de: 'Die Werbeeinwilligung ist eine eigene, nicht vorangekreuzte Wahl',
      },
      guidance: {
        en: 'GDPR consent must be freely given and not pre-ticked (CJEU Planet49, 2019). 5: a separate unticked box, saying what is sent and how often. 3: unticked but vague. 1: pre-ticked, bundled with the terms, or a condition of the account.',
        de: 'Eine DSGVO-Einwilligung muss freiwillig und darf nicht vorangekreuzt sein (EuGH Planet49, 2019). 5: ein eigenes, leeres Kästchen, das sagt, was wie oft kommt. 3: leer, aber vage. 1: vorangekreuzt, mit den AGB gebündelt oder Bedingung für das Konto.',
      },
    },
    {
      id: 'privacy-clear',
      dimension: 'trust',
      weight: 1,
      scale: 5,
      text: {
        en: 'The privacy notice is linked and understandable',
        de: 'Die Datenschutzerklärung ist verlinkt und verständlich',
      },
      guidance: {
        en: '5: linked at the form, with a short summary of what is stored and why. 3: linked, but only the full legal text. 1: not linked at the form.',
        de: '5: am Formular verlinkt, mit kurzer Zusammenfassung, was wozu gespeichert wird. 3: verlinkt, aber nur der volle Rechtstext. 1: am Formular nicht verlinkt.',
      },
    },
    {
      id: 'verification-mail',
      dimension: 'speed',
      weight: 2,
      scale: 7,
      text: {
        en: 'The confirmation e-mail arrives at once and works',
        de: 'Die Bestätigungs-E-Mail kommt sofort und funktioniert',
      },
      guidance: {
        en: 'Time it from submitting the form. 7: in the inbox within a minute, the link works once clicked on a phone too. 4: within ten minutes, or in the spam folder. 1: not within an hour, or the link fails.',
        de: 'Ab dem Absenden des Formulars messen. 7: innerhalb einer Minute im Posteingang, der Link funktioniert auch auf dem Telefon. 4: innerhalb von zehn Minuten, oder im Spam-Ordner. 1: nicht innerhalb einer Stunde, oder der Link schlägt fehl.',
      },
    },
    {
      id: 'first-sign-in',
      dimension: 'effort',
      weight: 2,
      scale: 5,
      text: { en: 'Signing in the first time works at once', de: 'Die erste Anmeldung klappt sofort' },
      guidance: {
        en: '5: signed in right after verifying, or the first attempt works. 3: a second try was needed (unclear whether the address was already confirmed). 1: locked out, or a password reset was needed.',
        de: '5: nach der Bestätigung direkt angemeldet, oder der erste Versuch klappt. 3: ein zweiter Versuch war nötig (unklar, ob die Adresse schon bestätigt war). 1: ausgesperrt, oder ein Zurücksetzen des Passworts war nötig.',
      },
    },
    {
      id: 'welcome-relevant',
      dimension: 'communication',
      weight: 1,
      scale: 5,
      text: { en: 'The welcome message is useful', de: 'Die Willkommensnachricht ist nützlich' },
      guidance: {
        en: '5: confirms the account, says how to manage and delete it and where to get help. 3: a generic advertisement with a greeting. 1: none, or only advertising without the account facts.',
        de: '5: bestätigt das Konto, sagt, wie man es verwaltet und löscht und wo es Hilfe gibt. 3: allgemeine Werbung mit Gruß. 1: keine, oder nur Werbung ohne Kontoangaben.',
      },
    },
    {
      id: 'help-on-trouble',
      dimension: 'service',
      weight: 1,
      scale: 5,
      text: { en: 'Help is offered when registering fails', de: 'Bei Problemen mit der Registrierung gibt es Hilfe' },
      guidance: {
        en: '5: errors say what to do, with a contact for account problems ("mail not received?" resend link). 3: a general contact page. 1: a dead end.',
        de: '5: Fehlermeldungen sagen, was zu tun ist, mit Kontakt für Kontoprobleme („E-Mail nicht erhalten?“ erneut senden). 3: allgemeine Kontaktseite. 1: eine Sackgasse.',
      },
    },
  ],
};
