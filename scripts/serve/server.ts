/**
 * The review server (node:http): loopback by default, every request must carry the token (403
 * otherwise), a Host header naming this server (against DNS rebinding), and a strict
 * Content-Security-Policy so the page runs only its own script.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../../db/open.js';
import { handleApi } from './api.js';
import type { Assets } from './assets.js';
import { requestToken, tokenMatches } from './token.js';

export interface ServeOptions {
  db: Db;
  assets: Assets;
  token: string;
  goldDir: string;
  host?: string;
  port?: number;
}

export interface RunningServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

const MAX_BODY = 256 * 1024;
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      send(response, 500, 'application/json', JSON.stringify({ error: (error as Error).message }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${port}/?token=${encodeURIComponent(options.token)}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(options: ServeOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!tokenMatches(requestToken(request, url), options.token)) {
    return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: this URL needs the token printed by reportkb serve\n');
  }
  if (!hostAllowed(request, options.host ?? '127.0.0.1')) return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: unexpected Host header\n');
  const method = request.method ?? 'GET';
  if (url.pathname.startsWith('/api/')) {
    let body: unknown;
    if (method === 'POST') {
      try {
        body = JSON.parse((await readBody(request)) || 'null');
      } catch (error) {
        return send(response, 400, 'application/json', JSON.stringify({ error: `the body is not JSON: ${(error as Error).message}` }));
      }
    }
    const result = handleApi({ db: options.db, goldDir: options.goldDir }, method, url.pathname, url.searchParams, body);
    return send(response, result.status, 'application/json', JSON.stringify(result.body));
  }
  if (method !== 'GET') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
  if (url.pathname === '/') return send(response, 200, 'text/html; charset=utf-8', options.assets.html(options.token));
  if (url.pathname === '/app.js') return send(response, 200, 'text/javascript; charset=utf-8', options.assets.script);
  if (url.pathname === '/style.css') return send(response, 200, 'text/css; charset=utf-8', options.assets.style);
  return send(response, 404, 'text/plain; charset=utf-8', 'Not found\n');
}

/** A loopback server answers only requests addressed to a loopback name. */
function hostAllowed(request: IncomingMessage, host: string): boolean {
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) return true;
  const name = (request.headers.host ?? '').replace(/:\d+$/, '');
  return ['127.0.0.1', 'localhost', '[::1]'].includes(name);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error(`larger than ${MAX_BODY} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS });
  response.end(body);
}
