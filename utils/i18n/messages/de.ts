import type { Catalog } from './en';

/** Deutsch. Anrede mit „Sie“, wie in Fachsoftware für den Handel üblich. */
export const de: Catalog = {
  'common.loading': 'Wird geladen …',
  'common.save': 'Speichern',
  'common.cancel': 'Abbrechen',
  'common.delete': 'Löschen',
  'common.undo': 'Rückgängig',

  'nav.sidePanel': 'Seitenleiste öffnen',
  'nav.dashboard': 'Übersicht',
  'nav.settings': 'Einstellungen',

  'settings.title': 'Shopwalk-Einstellungen',
  'settings.general': 'Allgemein',
  'settings.language': 'Sprache',
  'settings.languageAuto': 'Wie der Browser (automatisch)',
  'settings.auditorExplained': 'Wird beim Start eines Audits vorausgefüllt.',
  'settings.sites': 'Websites, die Shopwalk lesen darf',
  'settings.sitesExplained':
    'Shopwalk fragt nach dem Zugriff auf einen Shop, wenn Sie dort ein Audit starten. Wenn Sie ihn zurücknehmen, bleiben die aufgezeichneten Audits erhalten; ein neues Audit fragt erneut.',
  'settings.noSites': 'Noch keine.',
  'settings.revoke': 'Zurücknehmen',
  'settings.revokeFailed':
    'Der Zugriff auf {site} lässt sich nicht zurücknehmen; der Browser hat ihn mit der Erweiterung selbst erteilt.',

  'welcome.title': 'Willkommen bei Shopwalk',
  'welcome.lead':
    'Durchlaufen Sie einen Shop wie ein Kunde, und Shopwalk macht aus dem Rundgang einen Beleg: jede Seite, jeden Schritt, wie lange jeder dauerte.',
  'welcome.how': 'So funktioniert ein Audit',
  'welcome.step1':
    'Öffnen Sie den Shop, den Sie prüfen wollen (Ihren eigenen oder den eines Mitbewerbers), in einem Tab.',
  'welcome.step2':
    'Klicken Sie in der Symbolleiste auf Shopwalk (oder drücken Sie Alt+Umschalt+A), benennen Sie das Szenario und starten Sie das Audit.',
  'welcome.step3':
    'Durchlaufen Sie den Shop wie ein Kunde. Die Seitenleiste zeigt jeden Schritt mit seiner Zeit; notieren Sie, was Ihnen auffällt.',
  'welcome.step4':
    'Beenden Sie das Audit. Die Übersicht bewahrt es auf und exportiert es für Ihren Bericht oder Ihre Kollegen.',
  'welcome.privacy': 'Was aufgezeichnet wird und wo es bleibt',
  'welcome.recorded':
    'Nur in Tabs, in denen Sie ein Audit starten: Adresse und Titel jeder Seite, wann Sie kamen und gingen und wie lange die Seite im Vordergrund war. Ihre Notizen.',
  'welcome.neverRecorded':
    'Niemals: was Sie in die Formulare des Shops eingeben. Alles bleibt in diesem Browser; nichts wird irgendwohin gesendet, es sei denn, Sie exportieren es selbst.',
  'welcome.sample': 'Ein Beispiel-Audit zum Ansehen',
  'welcome.sampleAbout':
    'Das Audit von {shop}, Szenario „{scenario}“: {time} von der Startseite bis zum Zahlungsanbieter.',

  'start.title': 'Audit dieser Seite starten',
  'start.shopName': 'Shop',
  'start.scenario': 'Szenario',
  'start.scenarioPlaceholder': 'z. B. Regenjacke als Gast kaufen',
  'start.auditorName': 'Prüfer/in',
  'start.submit': 'Audit starten',

  'controls.label': 'Audit in diesem Tab',
  'controls.elapsed': 'Läuft seit {time}',
  'controls.pause': 'Pausieren',
  'controls.resume': 'Fortsetzen',
  'controls.resumeHere': 'In diesem Tab fortsetzen',
  'controls.finish': 'Beenden',
  'controls.finishedNotice': 'Das Audit von {shop} ist beendet und gespeichert.',
  'controls.openInDashboard': 'In der Übersicht öffnen',

  'status.active': 'Zeichnet auf',
  'status.paused': 'Pausiert',
  'status.finished': 'Beendet',

  'pauseReason.auditor': 'Von der Prüferin oder dem Prüfer pausiert.',
  'pauseReason.tab-closed': 'Der Tab wurde geschlossen. Öffnen Sie den Shop erneut und setzen Sie das Audit dort fort.',
  'pauseReason.browser-closed':
    'Der Browser wurde während des Rundgangs geschlossen. Öffnen Sie den Shop erneut und setzen Sie das Audit dort fort.',

  'waiting.label': 'Audits, die auf Fortsetzung warten',

  'journey.label': 'Customer Journey',
  'journey.empty': 'Noch keine Kontaktpunkte.',
  'journey.untitled': '(ohne Titel)',
  'journey.dwell': 'Zeit auf diesem Kontaktpunkt',
  'journey.visible': 'Zeit, in der die Seite sichtbar war (Tab im Vordergrund)',
  'journey.visibleShort': 'sichtbar {time}',
  'journey.otherOrigin': 'andere Website',
  'journey.note': 'Notiz',

  'timing.label': 'Ladezeiten der Seite',
  'timing.labVisit':
    'Gemessen bei diesem einen Besuch in diesem Browser: eine Laborstichprobe, nicht das Erleben aller Kunden.',
  'rating.good': 'gut',
  'rating.needs-improvement': 'verbesserungswürdig',
  'rating.poor': 'schlecht',

  'arrival.start': 'Start',
  'arrival.load': 'Seitenaufruf',
  'arrival.reload': 'neu geladen',
  'arrival.form-submit': 'Formular gesendet',
  'arrival.back-forward': 'zurück/vor',
  'arrival.history': 'Route in der Seite',
  'arrival.hash': 'Sprungmarke',
  'arrival.resume': 'fortgesetzt',

  'error.no-page': 'Dieser Tab zeigt keine Seite, die sich prüfen lässt.',
  'error.browser-page':
    'Dies ist eine Seite des Browsers selbst, die keine Erweiterung lesen darf. Öffnen Sie zuerst den Shop in diesem Tab.',
  'error.extension-store':
    'Browser lassen keine Erweiterung ihren Erweiterungs-Store lesen. Öffnen Sie zuerst den Shop in diesem Tab.',
  'error.pdf':
    'Dies ist ein PDF im Betrachter des Browsers, den Erweiterungen nicht lesen dürfen. Öffnen Sie zuerst den Shop in diesem Tab.',
  'error.local-file': 'Dies ist eine Datei auf Ihrem Computer. Shopwalk prüft Shops im Web (http oder https).',
  'error.not-web': 'Dies ist keine Webseite (http oder https), daher kann Shopwalk sie nicht prüfen.',
  'error.no-access':
    'Shopwalk braucht Ihre Erlaubnis, diese Website während des Audits zu lesen. Es wurde nichts gestartet.',
  'error.tab-busy': 'In diesem Tab läuft bereits ein Audit. Beenden Sie es zuerst.',
  'error.tab-gone': 'Der Tab wurde geschlossen.',
  'error.not-found': 'Dieses Audit gibt es nicht mehr.',
  'error.not-active': 'Dieses Audit zeichnet gerade nicht auf.',
  'error.not-paused': 'Dieses Audit ist nicht pausiert.',
  'error.finished': 'Dieses Audit ist beendet.',
  'error.invalid-message':
    'In Shopwalk ist etwas schiefgegangen; es wurde nichts geändert. Bitte versuchen Sie es erneut.',

  'dashboard.title': 'Shopwalk-Audits',
  'dashboard.detailTitle': '{shop} – Shopwalk-Audits',
  'dashboard.audits': 'Audits',
  'dashboard.empty':
    'Noch keine Audits. Öffnen Sie einen Shop, klicken Sie auf die Shopwalk-Schaltfläche und starten Sie ein Audit – oder importieren Sie eine Exportdatei.',
  'dashboard.selectAll': 'Alle Audits auswählen',
  'dashboard.select': 'Audit von {shop} auswählen',
  'dashboard.shop': 'Shop',
  'dashboard.scenario': 'Szenario',
  'dashboard.auditor': 'Prüfer/in',
  'dashboard.date': 'Begonnen',
  'dashboard.duration': 'Dauer',
  'dashboard.touchpoints': 'Kontaktpunkte',
  'dashboard.status': 'Status',
  'dashboard.import': 'JSON importieren',
  'dashboard.exportOne': 'Als JSON exportieren',
  'dashboard.exportSelected': { one: '{count} Audit exportieren', other: '{count} Audits exportieren' },
  'dashboard.deleteSelected': { one: '{count} Audit löschen', other: '{count} Audits löschen' },
  'dashboard.deleted': { one: '{count} Audit gelöscht.', other: '{count} Audits gelöscht.' },

  'detail.back': 'Alle Audits',
  'detail.rename': 'Umbenennen',
  'detail.newName': 'Neuer Shopname',
  'detail.startUrl': 'Startseite',
  'detail.started': 'Begonnen',
  'detail.finished': 'Beendet',
  'detail.device': 'Gerät',
  'detail.mobile': 'Smartphone oder Tablet',
  'detail.desktop': 'Desktop',
  'detail.notes': 'Notizen zu diesem Audit',

  'transfer.imported': { one: '{count} Audit aus {file} importiert.', other: '{count} Audits aus {file} importiert.' },
  'transfer.alreadyThere': {
    one: '{count} Audit aus der Datei war schon vorhanden und blieb unverändert.',
    other: '{count} Audits aus der Datei waren schon vorhanden und blieben unverändert.',
  },
  'transfer.refused': '{file} wurde nicht importiert, es wurde nichts geändert:',
  'transfer.failed': 'Das hat nicht geklappt, es wurde nichts geändert:',

  'importProblem.too-large': 'Die Datei ist {sizeMb} MB groß; Shopwalk importiert Dateien bis {limitMb} MB.',
  'importProblem.invalid-json': 'Dies ist kein gültiges JSON (Zeile {line}, Spalte {column}): {detail}',
  'importProblem.invalid-json-somewhere': 'Dies ist kein gültiges JSON: {detail}',
  'importProblem.too-deep':
    'Die Daten sind mehr als {limit} Ebenen tief verschachtelt; ein Shopwalk-Export ist das nie.',
  'importProblem.not-shopwalk': 'Dies ist keine Shopwalk-Exportdatei.',
  'importProblem.newer-version':
    'Diese Datei stammt aus einem neueren Shopwalk (Format {found}); diese Version liest Format {supported}. Aktualisieren Sie Shopwalk, um sie zu importieren.',
  'importProblem.bad-version': 'Die Formatversion ist ungültig.',
  'importProblem.invalid-field': '{detail}',
  'importProblem.duplicate-id': 'Die ID {id} kommt mehr als einmal vor.',
  'importProblem.duplicate-seq': 'Zwei Kontaktpunkte dieses Audits haben die Position {seq}.',
  'importProblem.too-many': 'Mehr als {limit} Einträge; Shopwalk importiert hier höchstens {limit}.',
  'importProblem.more-problems': { one: '… und {count} weiteres Problem.', other: '… und {count} weitere Probleme.' },
};
