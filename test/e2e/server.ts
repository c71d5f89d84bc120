/**
 * A static server on 127.0.0.1 for the end-to-end tests: serves test/fixtures, optionally with a
 * strict Content-Security-Policy, and records every CSP violation report a page sends.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export const STRICT_CSP =
  "default-src 'none'; style-src 'none'; script-src 'none'; frame-src 'none'; img-src 'self'; report-uri /csp-report";

export interface FixtureServer {
  origin: string;
  /** A unique URL for a fixture (a path under the root), so each test's tab can be found by URL. `csp` serves it under a strict policy. */
  url: (fixture: string, options?: { csp?: boolean }) => string;
  cspReports: unknown[];
  /** Every request's path and query, in order, as the server received them. */
  requests: string[];
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

// A 1x1 grey pixel stands in for every article image.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mN8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
);

/** `root`: the folder to serve; the fixtures by default, a corpus folder for benchmarks. */
export async function startServer(root = FIXTURES): Promise<FixtureServer> {
  const cspReports: unknown[] = [];
  const requests: string[] = [];
  // Requests under /hang/ never get an answer, like an ad server that does not respond: the page's
  // load event never fires. They are ended when the server closes.
  const hanging = new Set<import('node:http').ServerResponse>();
  let counter = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    if (url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        cspReports.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    if (url.pathname.startsWith('/hang/')) {
      hanging.add(res);
      return;
    }
    if (url.pathname.startsWith('/img/')) {
      res.writeHead(200, { 'content-type': 'image/png' }).end(PIXEL);
      return;
    }
    const csp = url.pathname.startsWith('/csp/');
    const name = decodeURIComponent(url.pathname.replace(/^\/(csp|page)\/\d+\//, ''));
    if (name.split('/').includes('..')) {
      res.writeHead(400).end();
      return;
    }
    readFile(path.join(root, name)).then(
      (data) => {
        const headers: Record<string, string> = {
          'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        };
        if (csp) headers['content-security-policy'] = STRICT_CSP;
        res.writeHead(200, headers).end(data);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    cspReports,
    requests,
    url: (fixture, options = {}) =>
      `${origin}/${options.csp ? 'csp' : 'page'}/${++counter}/${fixture}`,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
      }),
  };
}
