import type { DocumentAudit } from '../document/report-document';
import type { ReportFinding } from '../document/report-findings';
import { httpUrl } from '../http-url';
import { rowLabel } from '../row-label';
import { auditSwatch } from './audit-swatch';
import type { HtmlContext } from './html-context';
import { findingHeadline, findingPlaceText, severityText } from '../report-texts';
import { escaped, type Markup } from './markup';

/** A link when the address is http(s), else the address as plain text. */
export function link(url: string, text: string): Markup {
  const href = httpUrl(url);
  return href ? escaped`<a href="${href}" rel="noreferrer">${text}</a>` : escaped`<span class="url">${text}</span>`;
}

/** Page text in the quotation marks of the user's language. */
const quoted = (text: string, { locale }: HtmlContext) => (locale === 'de' ? `„${text}“` : `“${text}”`);

function place(finding: ReportFinding, { t }: HtmlContext): Markup {
  const where = finding.place;
  if (!where) return escaped`<p class="where">${t('findings.journeyWide')}</p>`;
  const step = findingPlaceText(finding, t);
  const url = where.url ? escaped`<br />${link(where.url, where.url)}` : '';
  return escaped`<p class="where">${rowLabel(where.row, t)} · ${step}${url}</p>`;
}

function source(finding: ReportFinding, { t }: HtmlContext): Markup {
  if (!finding.rule) return escaped`<p class="source">${t('findings.byAuditor')}</p>`;
  const { name, year, url } = finding.rule.source;
  const text = t('findings.source', { name, year });
  return escaped`<p class="source">${t('findings.byRule')} · ${url ? link(url, text) : text}</p>`;
}

function card(finding: ReportFinding, context: HtmlContext): Markup {
  const { t } = context;
  const severity = Math.max(0, Math.min(4, Math.round(finding.severity))) as 0 | 1 | 2 | 3 | 4;
  const image = finding.screenshotId === undefined ? undefined : context.images.get(finding.screenshotId);
  const shot = image?.startsWith('data:image/') ? escaped`<img src="${image}" alt="${t('flag.screenshot')}" />` : '';
  return escaped`<article class="finding sev-${severity}${shot ? ' has-shot' : ''}" data-finding="${finding.id}">
    <div>
      <header>
        <span class="severity">${severityText(finding.severity, t)}</span>
        <h4>${findingHeadline(finding, context)}</h4>
      </header>
      ${place(finding, context)}${finding.note ? escaped`<p class="note">${finding.note}</p>` : ''}${
        finding.evidenceText ? escaped`<p class="evidence">${quoted(finding.evidenceText, context)}</p>` : ''
      }${source(finding, context)}
    </div>
    ${shot}
  </article>`;
}

function auditFindings(audit: DocumentAudit, index: number, context: HtmlContext): Markup {
  const cards = audit.topFindings.length
    ? audit.topFindings.map((f) => card(f, context))
    : escaped`<p class="none">${context.t('report.noFindings')}</p>`;
  return escaped`<section class="shop-findings">
    <h3>${auditSwatch(index)} ${audit.label}</h3>
    ${cards}
  </section>`;
}

/** Each shop's top findings with severity, place, whose word it is (rule and source, or the auditor) and screenshot. */
export function findingsSection(context: HtmlContext): Markup {
  const shops = context.doc.audits.map((audit, i) => auditFindings(audit, i, context));
  return escaped`<section id="findings">
    <h2>${context.t('report.topFindings')}</h2>
    ${shops}
  </section>`;
}
