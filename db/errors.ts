/** The database layer's one error type: a message fit to print as `Error: …`. */
export class DbError extends Error {
  override name = 'DbError';
}
