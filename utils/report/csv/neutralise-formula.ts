/**
 * Characters that make a spreadsheet read a cell as a formula when they lead it: OWASP's "CSV Injection" list
 * (=, +, -, @, tab, carriage return; https://owasp.org/www-community/attacks/CSV_Injection) and the null character
 * that ASVS 5.0 (V1.2.10) adds. No `.*$` after the class: papaparse's own `escapeFormulae` uses `/^[=+\-@\t\r].*$/`,
 * which misses a cell with a line break in it ("=HYPERLINK(…)\nnote"), mholt/PapaParse#1149, so we do not use it.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * A text cell that no spreadsheet will run: prefixed with a single quote when it begins like a formula, as OWASP
 * advises. Only text goes through here (titles, notes, names and URLs from pages and auditors); numbers we compute
 * are written as numbers and never prefixed, so a duration or a score stays something a spreadsheet computes with.
 * Text that merely looks like a number ("-5" typed into a note) is prefixed all the same: it is the auditor's text,
 * and telling a harmless "-5" from "-5+A1" is the kind of cleverness this guard should not need.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
