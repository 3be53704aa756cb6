/** Diagnostics are data (vfile): stages push messages instead of throwing. */
export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  severity: Severity;
  /** One clear sentence. */
  reason: string;
  /** The stage or rule that raised it, e.g. 'parse/pdf' or 'segment/heading'. */
  source: string;
  /** Raw-text offsets the message is about, when there are any. */
  start?: number;
  end?: number;
}

/** A file that cannot be read at all: the one error the pipeline throws, caught per file by callers. */
export class InputError extends Error {
  constructor(readonly path: string, reason: string) {
    super(reason);
    this.name = 'InputError';
  }
}
