import type { Arrival } from '../model/touchpoint';

/** What the background knows of the page in a tab at the moment it records a touchpoint. */
export interface PageState {
  url: string;
  title: string;
  /** The tab is the one in front in its window. */
  visible: boolean;
}

export interface Arrived extends PageState {
  arrival: Arrival;
  backForward: boolean;
}
