import type { TextContext } from '../report-texts';

/** What every section of the HTML report is written with. */
export interface HtmlContext extends TextContext {
  /** Screenshots as data: URLs by id; a screenshot not here is left out. */
  images: ReadonlyMap<string, string>;
}
