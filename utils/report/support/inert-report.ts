/** The elements the HTML report writes itself: anything else in it came from a page or an auditor. */
const REPORT_TAGS = new Set(
  (
    'html head meta title style body main header section article div figure figcaption h1 h2 h3 h4 p br ul li ' +
    'strong span a img table thead tbody tr th td svg desc defs pattern g rect line circle path polyline polygon text'
  ).split(' '),
);

/** What a style may not do in a file that loads nothing and runs nothing: load a URL, run an expression. */
const LOADING_STYLE = /url\s*\(|@import|expression\s*\(|behavior\s*:|binding\s*:/i;

function attributeProblems(element: Element): string[] {
  return [...element.attributes].flatMap(({ name, value }) => {
    const at = `<${element.localName} ${name}="${value}">`;
    if (/^on/i.test(name)) return [`event handler ${at}`];
    if (name === 'href') return /^https?:\/\//.test(value) ? [] : [`link not to http(s) ${at}`];
    if (name === 'src') return value.startsWith('data:image/') ? [] : [`source not a data: image ${at}`];
    if (/^(srcdoc|srcset|action|formaction|xlink:href|data|poster|background)$/i.test(name))
      return [`attribute that loads or runs ${at}`];
    if (name === 'style' && LOADING_STYLE.test(value)) return [`style that loads ${at}`];
    if (name === 'http-equiv' && value !== 'Content-Security-Policy') return [`http-equiv ${at}`];
    return [];
  });
}

/**
 * What in a parsed HTML report could run or load something: an element the report does not write itself (a
 * script, an iframe, a base, a template…), an event handler, a link not to http(s), a source not a data: image,
 * srcdoc and its kin, a style that loads a URL, a style sheet other than the report's own. Empty when it is inert.
 */
export function inertReportProblems(doc: Document, reportStyles: string): string[] {
  const elements = [...doc.querySelectorAll('*')];
  const foreign = elements.filter((e) => !REPORT_TAGS.has(e.localName)).map((e) => `element <${e.localName}>`);
  const sheets = [...doc.querySelectorAll('style')];
  const styles =
    sheets.length === 1 &&
    sheets[0]!.parentElement === doc.head &&
    sheets[0]!.textContent?.trim() === reportStyles.trim()
      ? []
      : [`style sheets other than the report's own: ${sheets.length}`];
  return [...foreign, ...styles, ...elements.flatMap(attributeProblems)];
}

/**
 * Text as an HTML document can carry it: the parser reads CR and CRLF as LF and drops NUL from text, so a payload's
 * text is compared in this form on both sides.
 */
export function asHtmlText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '');
}
