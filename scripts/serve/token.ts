/** The serve token: random, compared in constant time, read from ?token= or the X-Reportkb-Token header. */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function requestToken(request: IncomingMessage, url: URL): string | undefined {
  const header = request.headers['x-reportkb-token'];
  return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('token') ?? undefined;
}

export function tokenMatches(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
