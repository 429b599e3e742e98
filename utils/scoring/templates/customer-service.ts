import type { Template } from '../../model/scorecard';

/**
 * One question put to customer service by hotline, e-mail and chat. The off-web touchpoints sit in the `service`
 * stage; the criteria that only one channel has apply there and are rated "not applicable" on the others.
 */
export const customerService: Template = {
  id: 'customer-service',
  name: { en: 'Customer service: hotline, e-mail and chat', de: 'Kundenservice: Hotline, E-Mail und Chat' },
  description: {
    en: 'Ask the same question by hotline, e-mail and chat and judge how each channel answers.',
    de: 'Dieselbe Frage per Hotline, E-Mail und Chat stellen und beurteilen, wie jeder Kanal antwortet.',
  },
  dimensions: ['findability', 'effort', 'speed', 'service', 'communication'],
  version: 1,
  criteria: [
    {
      id: 'contact-findable',
      dimension: 'findability',
      weight: 2,
      scale: 5,
      text: { en: 'Contact options are easy to find', de: 'Kontaktmöglichkeiten sind leicht zu finden' },
      guidance: {
        en: '5: phone, e-mail and chat reachable from every page in one click, with the phone number written out. 3: behind an FAQ, or only a form. 1: searched for more than a minute, or a channel the shop advertises cannot be found.',
        de: '5: Telefon, E-Mail und Chat von jeder Seite mit einem Klick erreichbar, die Nummer ausgeschrieben. 3: hinter einer FAQ, oder nur ein Formular. 1: länger als eine Minute gesucht, oder ein beworbener Kanal ist nicht zu finden.',
      },
    },
    {
      id: 'expectations-set',
      dimension: 'communication',
      weight: 1,
      scale: 5,
      text: { en: 'Hours, costs and answer times are stated', de: 'Zeiten, Kosten und Antwortfristen werden genannt' },
      guidance: {
        en: '5: opening hours, the cost of a call and the expected answer time for e-mail stated next to each channel. 3: some of these. 1: none.',
        de: '5: Servicezeiten, Anrufkosten und erwartete Antwortzeit per E-Mail stehen bei jedem Kanal. 3: einiges davon. 1: nichts.',
      },
    },
    {
      id: 'hotline-wait',
      dimension: 'speed',
      weight: 2,
      scale: 7,
      stages: ['service'],
      text: { en: 'Hotline: a person answers quickly', de: 'Hotline: ein Mensch meldet sich schnell' },
      guidance: {
        en: 'Time the queue with the stopwatch, from the first ring to a person. 7: under 1 minute. 5: under 3 minutes. 3: under 10 minutes. 1: over 10 minutes or dropped. "Not applicable" on e-mail and chat.',
        de: 'Warteschlange mit der Stoppuhr messen, vom ersten Klingeln bis zu einem Menschen. 7: unter 1 Minute. 5: unter 3 Minuten. 3: unter 10 Minuten. 1: über 10 Minuten oder abgebrochen. Bei E-Mail und Chat „nicht anwendbar“.',
      },
    },
    {
      id: 'phone-menu',
      dimension: 'effort',
      weight: 1,
      scale: 5,
      stages: ['service'],
      text: { en: 'Hotline: the voice menu is short', de: 'Hotline: das Sprachmenü ist kurz' },
      guidance: {
        en: '5: no menu, or one level with a choice to reach a person. 3: two or three levels. 1: a loop, or no way to a person. "Not applicable" on e-mail and chat.',
        de: '5: kein Menü, oder eine Ebene mit Wahl zu einem Menschen. 3: zwei oder drei Ebenen. 1: eine Schleife, oder kein Weg zu einem Menschen. Bei E-Mail und Chat „nicht anwendbar“.',
      },
    },
    {
      id: 'email-answer-time',
      dimension: 'speed',
      weight: 2,
      scale: 7,
      stages: ['service'],
      text: { en: 'E-mail: a personal answer arrives soon', de: 'E-Mail: eine persönliche Antwort kommt bald' },
      guidance: {
        en: 'Time from sending to the first personal answer (an automatic receipt does not count). 7: within 4 hours. 5: within a working day. 3: within 3 days. 1: later or never. "Not applicable" on hotline and chat.',
        de: 'Zeit vom Senden bis zur ersten persönlichen Antwort (eine automatische Eingangsbestätigung zählt nicht). 7: innerhalb von 4 Stunden. 5: innerhalb eines Werktags. 3: innerhalb von 3 Tagen. 1: später oder nie. Bei Hotline und Chat „nicht anwendbar“.',
      },
    },
    {
      id: 'chat-answer-time',
      dimension: 'speed',
      weight: 2,
      scale: 7,
      stages: ['service'],
      text: {
        en: 'Chat: a person or a helpful bot answers at once',
        de: 'Chat: ein Mensch oder ein hilfreicher Bot antwortet sofort',
      },
      guidance: {
        en: '7: answer within a minute, a bot hands over to a person when it cannot help. 4: within five minutes, or the hand-over needs insisting. 1: no answer, or a bot in a loop. "Not applicable" on hotline and e-mail.',
        de: '7: Antwort innerhalb einer Minute, ein Bot übergibt an einen Menschen, wenn er nicht helfen kann. 4: innerhalb von fünf Minuten, oder die Übergabe braucht Nachdruck. 1: keine Antwort, oder ein Bot in der Schleife. Bei Hotline und E-Mail „nicht anwendbar“.',
      },
    },
    {
      id: 'first-contact-resolution',
      dimension: 'service',
      weight: 3,
      scale: 5,
      stages: ['service'],
      text: { en: 'The question is solved in the first contact', de: 'Die Frage wird beim ersten Kontakt gelöst' },
      guidance: {
        en: '5: solved completely, no follow-up needed. 3: partly, or a promised call-back that came. 1: passed on, asked to contact another channel, or not solved.',
        de: '5: vollständig gelöst, keine Nachfrage nötig. 3: teilweise, oder ein zugesagter Rückruf, der kam. 1: weitergereicht, auf einen anderen Kanal verwiesen, oder nicht gelöst.',
      },
    },
    {
      id: 'answer-correct',
      dimension: 'service',
      weight: 3,
      scale: 5,
      stages: ['service'],
      text: { en: 'The answer is correct and complete', de: 'Die Antwort ist richtig und vollständig' },
      guidance: {
        en: 'Check the answer against the shop’s own terms and product pages. 5: correct, complete, with the source named. 3: correct but incomplete. 1: wrong, or contradicts the website.',
        de: 'Die Antwort mit den AGB und Produktseiten des Shops vergleichen. 5: richtig, vollständig, mit Quelle. 3: richtig, aber unvollständig. 1: falsch, oder widerspricht der Website.',
      },
    },
    {
      id: 'courtesy',
      dimension: 'service',
      weight: 2,
      scale: 5,
      stages: ['service'],
      text: {
        en: 'The agent is courteous and takes the customer seriously',
        de: 'Der Kontakt ist freundlich und nimmt den Kunden ernst',
      },
      guidance: {
        en: '5: greets, listens, uses the name, acknowledges the problem, closes by asking whether anything else is open. 3: correct but curt. 1: impatient, blames the customer, or reads a script past the question.',
        de: '5: grüßt, hört zu, nennt den Namen, erkennt das Problem an, fragt zum Schluss, ob noch etwas offen ist. 3: korrekt, aber knapp. 1: ungeduldig, gibt dem Kunden die Schuld oder liest am Anliegen vorbei ein Skript ab.',
      },
    },
    {
      id: 'no-repeating',
      dimension: 'effort',
      weight: 2,
      scale: 5,
      stages: ['service'],
      text: { en: 'No need to repeat what was already said', de: 'Man muss nichts wiederholen' },
      guidance: {
        en: '5: the order or earlier contact is found from one number; a hand-over keeps the context. 3: details asked twice. 1: the whole story retold after each transfer.',
        de: '5: Bestellung oder früherer Kontakt über eine Nummer gefunden; eine Übergabe behält den Zusammenhang. 3: Angaben doppelt abgefragt. 1: nach jeder Weiterleitung alles neu erzählt.',
      },
    },
    {
      id: 'answer-clear',
      dimension: 'communication',
      weight: 2,
      scale: 5,
      stages: ['service'],
      text: {
        en: 'The answer is clear and says what happens next',
        de: 'Die Antwort ist klar und sagt, wie es weitergeht',
      },
      guidance: {
        en: '5: plain words, concrete next steps with dates, a reference number. 3: understandable but vague about what happens. 1: jargon, boilerplate, or no next step.',
        de: '5: klare Worte, konkrete nächste Schritte mit Terminen, eine Vorgangsnummer. 3: verständlich, aber vage, was passiert. 1: Fachjargon, Textbausteine oder kein nächster Schritt.',
      },
    },
  ],
};
