/** How strict the host is, and which Excel it plays. */

export interface HostOptions {
  /** Excel on the web refuses a request or a response of 5 MB. */
  readonly payloadLimit: number;
  /** The highest ExcelApi requirement set the host supports. */
  readonly apiVersion: string;
  /** What a method called on a null object gives: a null object (assumed of Excel) or an error. */
  readonly nullChains: "propagate" | "throw";
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export const DEFAULT_OPTIONS: HostOptions = {
  payloadLimit: PAYLOAD_LIMIT,
  apiVersion: "1.17",
  nullChains: "propagate",
};
