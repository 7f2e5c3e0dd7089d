/** HTTPS server on 127.0.0.1 that answers for real hostnames (arxiv.org, …) and records every request. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { makeCertificate } from './certificate';

/** Every hostname the browser sends to this server; add a site here and both TLS and DNS follow. */
export const IMPERSONATED_HOSTS: readonly string[] = [
  'arxiv.org',
  'export.arxiv.org',
  'ar5iv.labs.arxiv.org',
  'huggingface.co',
  'openreview.net',
  'aclanthology.org',
  'www.semanticscholar.org',
  'www.biorxiv.org',
  'alphaxiv.org',
  'www.alphaxiv.org',
];

export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;

/** An HTML page, a file on disk (content type from its extension unless given), a fixed body, or a handler. */
export type Route =
  | { html: string }
  | { file: string; contentType?: string }
  | { body: string | Uint8Array; contentType: string }
  | RouteHandler;

export interface RecordedRequest {
  method: string;
  host: string;
  /** Path with query string, as the browser sent it. */
  path: string;
}

export interface TestServer {
  readonly port: number;
  readonly hosts: readonly string[];
  /** In arrival order; cleared by `clearRequests`. */
  readonly requests: readonly RecordedRequest[];
  /** Answers `https://host/path` (query ignored when matching); a later route for the same place replaces it. */
  route(host: string, path: string, route: Route): void;
  clearRequests(): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

type Responder = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

export async function startServer(hosts: readonly string[] = IMPERSONATED_HOSTS): Promise<TestServer> {
  const routes = new Map<string, Responder>();
  const requests: RecordedRequest[] = [];

  const server = createServer(makeCertificate(hosts), (request, response) => {
    // Browsers omit the port for https on 443, which is what the resolver rule makes them think they use.
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? 'GET', host, path });
    const url = new URL(path, `https://${host}`);
    // Nothing may be cached across tests or restarts, or the request log would under-report.
    response.setHeader('Cache-Control', 'no-store');
    const respond = routes.get(routeKey(host, url.pathname));
    if (!respond) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`No e2e route for ${host}${url.pathname}\n`);
      return;
    }
    respond(request, response, url).catch((error: unknown) => {
      console.error(`e2e server: ${host}${path} failed:`, error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await listen(server);

  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    requests,
    route(host, path, route) {
      if (!hosts.includes(host)) throw new Error(`${host} is not mapped to the e2e server; add it to IMPERSONATED_HOSTS`);
      routes.set(routeKey(host, path), responder(route));
    },
    clearRequests() {
      requests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function routeKey(host: string, path: string): string {
  return `${host}${path}`;
}

function responder(route: Route): Responder {
  if (typeof route === 'function') return async (request, response, url) => route(request, response, url);
  if ('html' in route) return responder({ body: route.html, contentType: CONTENT_TYPES['.html']! });
  if ('body' in route) {
    return async (_request, response) => {
      response.writeHead(200, { 'Content-Type': route.contentType }).end(route.body);
    };
  }
  const contentType = route.contentType ?? CONTENT_TYPES[extname(route.file).toLowerCase()];
  if (!contentType) throw new Error(`No content type known for ${route.file}; pass contentType`);
  return async (_request, response) => {
    // Read per request so a test can rewrite the file between page loads.
    const body = await readFile(route.file);
    response.writeHead(200, { 'Content-Type': contentType }).end(body);
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}
