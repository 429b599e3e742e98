/**
 * English, the reference catalogue: every key the UI uses, and nothing else (a test checks both ways). A message
 * with `one`/`other` forms is chosen by the number in `{count}`.
 */
export const en = {
  'common.loading': 'Loading…',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.undo': 'Undo',

  'nav.sidePanel': 'Open side panel',
  'nav.dashboard': 'Dashboard',
  'nav.settings': 'Settings',

  'settings.title': 'Shopwalk settings',
  'settings.general': 'General',
  'settings.language': 'Language',
  'settings.languageAuto': 'As the browser (automatic)',
  'settings.auditorExplained': 'Prefilled when you start an audit.',
  'settings.sites': 'Sites Shopwalk may read',
  'settings.sitesExplained':
    'Shopwalk asks for access to a shop when you start an audit there. Taking it back keeps the audits you recorded; a new audit there asks again.',
  'settings.noSites': 'None yet.',
  'settings.revoke': 'Take back',
  'settings.revokeFailed':
    'Access to {site} could not be taken back; the browser granted it with the extension itself.',

  'welcome.title': 'Welcome to Shopwalk',
  'welcome.lead':
    'Walk a shop as a customer would, and Shopwalk turns the walk into evidence: every page, every step, how long each took.',
  'welcome.how': 'How an audit works',
  'welcome.step1': 'Open the shop you want to audit (your own or a competitor’s) in a tab.',
  'welcome.step2':
    'Click the Shopwalk button in the toolbar (or press Alt+Shift+A), name the scenario and start the audit.',
  'welcome.step3':
    'Walk the shop as a customer would. The side panel shows each step with its time; note what you notice.',
  'welcome.step4': 'Finish the audit. The dashboard keeps it, and exports it for your report or a colleague.',
  'welcome.privacy': 'What is recorded, and where it stays',
  'welcome.recorded':
    'Only in tabs where you start an audit: the address and title of each page, when you arrived and left, and how long the page was in front. Your notes.',
  'welcome.neverRecorded':
    'Never: what you type into the shop’s forms. Everything stays in this browser; nothing is sent anywhere unless you export it yourself.',
  'welcome.sample': 'A sample audit to look at',
  'welcome.sampleAbout':
    'The audit of {shop}, scenario “{scenario}”: {time} from the home page to the payment provider.',

  'start.title': 'Start an audit of this page',
  'start.shopName': 'Shop',
  'start.scenario': 'Scenario',
  'start.scenarioPlaceholder': 'e.g. buy a rain jacket as a guest',
  'start.auditorName': 'Auditor',
  'start.submit': 'Start audit',

  'controls.label': 'Audit of this tab',
  'controls.elapsed': 'Running for {time}',
  'controls.pause': 'Pause',
  'controls.resume': 'Resume',
  'controls.resumeHere': 'Resume in this tab',
  'controls.finish': 'Finish',
  'controls.finishedNotice': 'The audit of {shop} is finished and saved.',
  'controls.openInDashboard': 'Open it in the dashboard',

  'status.active': 'Recording',
  'status.paused': 'Paused',
  'status.finished': 'Finished',

  'pauseReason.auditor': 'Paused by the auditor.',
  'pauseReason.tab-closed': 'Its tab was closed. Open the shop again and resume the audit there.',
  'pauseReason.browser-closed':
    'The browser was closed during the walk. Open the shop again and resume the audit there.',

  'waiting.label': 'Audits waiting to be resumed',

  'journey.label': 'Journey',
  'journey.empty': 'No touchpoints yet.',
  'journey.untitled': '(no title)',
  'journey.dwell': 'Time on this touchpoint',
  'journey.visible': 'Time the page was visible (tab in front)',
  'journey.visibleShort': 'visible {time}',
  'journey.otherOrigin': 'other site',
  'journey.note': 'Note',

  'timing.label': 'Page load timing',
  'timing.labVisit': 'Measured on this one visit in this browser: a lab sample, not the experience of all customers.',
  'rating.good': 'good',
  'rating.needs-improvement': 'needs improvement',
  'rating.poor': 'poor',

  'arrival.start': 'start',
  'arrival.load': 'page load',
  'arrival.reload': 'reload',
  'arrival.form-submit': 'form sent',
  'arrival.back-forward': 'back/forward',
  'arrival.history': 'in-page route',
  'arrival.hash': 'anchor',
  'arrival.resume': 'resumed',

  'error.no-page': 'This tab shows no page that can be audited.',
  'error.browser-page':
    'This is a page of the browser itself. Browsers let no extension read it; open the shop in this tab first.',
  'error.extension-store': 'Browsers let no extension read their extension store. Open the shop in this tab first.',
  'error.pdf': "This is a PDF in the browser's viewer, which extensions may not read. Open the shop in this tab first.",
  'error.local-file': 'This is a file on your computer. Shopwalk audits shops on the web (http or https).',
  'error.not-web': 'This is not a web page (http or https), so Shopwalk cannot audit it.',
  'error.no-access': 'Shopwalk needs your permission to read this site while you audit it. Nothing was started.',
  'error.tab-busy': 'This tab is already recording an audit. Finish that one first.',
  'error.tab-gone': 'The tab was closed.',
  'error.not-found': 'This audit no longer exists.',
  'error.not-active': 'This audit is not recording.',
  'error.not-paused': 'This audit is not paused.',
  'error.finished': 'This audit is finished.',
  'error.invalid-message': 'Something went wrong inside Shopwalk; nothing was changed. Please try again.',

  'dashboard.title': 'Shopwalk audits',
  'dashboard.detailTitle': '{shop} – Shopwalk audits',
  'dashboard.audits': 'Audits',
  'dashboard.empty':
    'No audits yet. Open a shop, click the Shopwalk button and start an audit, or import an export file.',
  'dashboard.selectAll': 'Select all audits',
  'dashboard.select': 'Select the audit of {shop}',
  'dashboard.shop': 'Shop',
  'dashboard.scenario': 'Scenario',
  'dashboard.auditor': 'Auditor',
  'dashboard.date': 'Started',
  'dashboard.duration': 'Duration',
  'dashboard.touchpoints': 'Touchpoints',
  'dashboard.status': 'Status',
  'dashboard.import': 'Import JSON',
  'dashboard.exportOne': 'Export JSON',
  'dashboard.exportSelected': { one: 'Export {count} audit', other: 'Export {count} audits' },
  'dashboard.deleteSelected': { one: 'Delete {count} audit', other: 'Delete {count} audits' },
  'dashboard.deleted': { one: 'Deleted {count} audit.', other: 'Deleted {count} audits.' },

  'detail.back': 'All audits',
  'detail.rename': 'Rename',
  'detail.newName': 'New shop name',
  'detail.startUrl': 'Start page',
  'detail.started': 'Started',
  'detail.finished': 'Finished',
  'detail.device': 'Device',
  'detail.mobile': 'phone or tablet',
  'detail.desktop': 'desktop',
  'detail.notes': 'Notes on this audit',

  'transfer.imported': { one: 'Imported {count} audit from {file}.', other: 'Imported {count} audits from {file}.' },
  'transfer.alreadyThere': {
    one: '{count} audit in the file was already here and was left as it is.',
    other: '{count} audits in the file were already here and were left as they are.',
  },
  'transfer.refused': '{file} was not imported, and nothing was changed:',
  'transfer.failed': 'That did not work, and nothing was changed:',

  'importProblem.too-large': 'The file is {sizeMb} MB; Shopwalk imports files of up to {limitMb} MB.',
  'importProblem.invalid-json': 'This is not valid JSON (line {line}, column {column}): {detail}',
  'importProblem.invalid-json-somewhere': 'This is not valid JSON: {detail}',
  'importProblem.too-deep': 'The data is nested more than {limit} levels deep; a Shopwalk export never is.',
  'importProblem.not-shopwalk': 'This is not a Shopwalk export file.',
  'importProblem.newer-version':
    'This file was made by a newer Shopwalk (format {found}); this one reads format {supported}. Update Shopwalk to import it.',
  'importProblem.bad-version': 'The format version is not valid.',
  'importProblem.invalid-field': '{detail}',
  'importProblem.duplicate-id': 'The id {id} appears more than once.',
  'importProblem.duplicate-seq': 'Two touchpoints of this audit have the position {seq}.',
  'importProblem.too-many': 'More than {limit} entries; Shopwalk imports at most {limit} here.',
  'importProblem.more-problems': { one: '… and {count} more problem.', other: '… and {count} more problems.' },
} as const;

export type Message = string | { readonly one: string; readonly other: string };
export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, Message>;
