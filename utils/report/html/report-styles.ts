/**
 * The report's one stylesheet, inline (the file must open offline and its CSP allows inline styles only): system
 * fonts, a quiet palette, numbers right-aligned in tabular figures, and print rules that keep charts, cards and table
 * rows whole and repeat table headers on every page.
 */
export const REPORT_STYLES = `
:root { --ink: #1f2933; --muted: #616e7c; --rule: #d5dbe1; --soft: #f3f5f7; --accent: #1f4e79; --good: #2f7d4f; --bad: #a63d2f; }
* { box-sizing: border-box; }
html { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0; }
main { max-width: 62rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .25rem; letter-spacing: -.01em; }
h2 { font-size: 1.3rem; margin: 2.75rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; break-after: avoid; }
h4 { font-size: 1rem; margin: 0; display: inline; }
p { margin: .4rem 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
.meta, .explain, .none, .source, .where { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.swatch { display: inline-block; min-width: 1.35em; padding: 0 .3em; border-radius: 3px; color: #fff; font-size: .75em; font-weight: 700; text-align: center; line-height: 1.5; vertical-align: .1em; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.role { display: block; font-weight: 400; font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
table { border-collapse: collapse; width: 100%; font-size: .87rem; margin: .75rem 0; }
thead { display: table-header-group; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); font-weight: 600; vertical-align: bottom; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; }
.gap { color: var(--muted); }
tr, tbody { break-inside: avoid; }
tr.stage th, tr.stage td { background: var(--soft); font-weight: 600; border-top: 1px solid var(--ink); print-color-adjust: exact; -webkit-print-color-adjust: exact; }
tr.stage td.gap { font-weight: 400; }
tbody.total tr.stage th, tbody.total tr.stage td { border-top: 2px solid var(--ink); }
td[data-cell="winner"] { white-space: nowrap; }
table.comparison tbody th { white-space: nowrap; }
table.dense { font-size: .74rem; table-layout: fixed; }
table.dense thead th:first-child { width: 8.5rem; }
table.dense tbody th { white-space: normal; }
td.severities { white-space: normal; }
table.dense th, table.dense td { padding: .25rem .3rem; }
table.dense .diff { font-size: .68rem; }
th[scope="row"] { font-weight: 400; color: var(--muted); padding-left: 1rem; }
.diff { display: block; font-size: .78rem; color: var(--muted); }
.is-best { font-weight: 700; }
.best { color: #9a6b00; }
.verdict { font-size: 1.15rem; font-weight: 600; }
ul.changes { padding-left: 0; list-style: none; }
ul.changes li { padding: .15rem 0; display: flex; gap: .35em; }
.arrow { flex: none; width: 1em; }
li.better .arrow { color: var(--good); }
li.worse .arrow { color: var(--bad); }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 2.5rem; }
figure.chart { margin: 1.5rem 0; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; margin-bottom: .5rem; }
figure.chart svg { width: 100%; height: auto; display: block; }
.shop-findings { break-inside: auto; }
.finding { border: 1px solid var(--rule); border-left: 4px solid var(--muted); border-radius: 4px; padding: .6rem .8rem; margin: .6rem 0; break-inside: avoid; }
.finding.sev-2 { border-left-color: #b7791f; }
.finding.sev-3 { border-left-color: #c05621; }
.finding.sev-4 { border-left-color: #9b2c2c; }
.finding header { margin-bottom: .2rem; }
.severity { display: inline-block; font-size: .78rem; font-weight: 700; padding: 0 .4rem; border-radius: 3px; background: var(--soft); margin-right: .3rem; }
.sev-3 .severity, .sev-4 .severity { background: #fbe9e4; color: #7a2418; }
.note { white-space: pre-line; }
.finding.has-shot { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 40%); gap: 1rem; align-items: start; }
.finding img { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); }
.range { display: block; font-size: .78rem; color: var(--muted); }
.references li { margin: .2rem 0; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 1.75rem; }
  a { color: inherit; text-decoration: none; }
}
`;
