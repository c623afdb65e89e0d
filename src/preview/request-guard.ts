// What the preview server checks before it routes a request, as a careful local server does:
// - Host must name the address the server listens on (a DNS-rebinding page reaches us under its
//   own host name, so its requests carry that name and are refused);
// - a browser's Origin, when sent, must be the page's own (http://<that host>);
// - every API call carries the session token, which only the served index page contains (a
//   foreign page cannot read our responses, so it cannot learn the token);
// - a POST must say Content-Type: application/json, which a cross-site form or a "simple"
//   fetch cannot send without a CORS preflight we never answer.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

export interface Refusal { status: number; error: string }

export const TOKEN_HEADER = 'x-trackreel-token';
// Also accepted as ?token= where a browser cannot set a header (EventSource, a download link).
export const TOKEN_PARAM = 'token';

export const newSessionToken = (): string => randomBytes(32).toString('base64url');

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

const bracket = (address: string): string => (address.includes(':') && !address.startsWith('[') ? `[${address}]` : address);

// The host names (without port) a request may carry for a server listening on `address`.
export function allowedHostNames(address: string, listenHost: string): Set<string> {
  const names = new Set<string>([bracket(address).toLowerCase()]);
  const host = listenHost.toLowerCase();
  if (!WILDCARDS.has(host)) names.add(bracket(host));
  const loopback = address === '127.0.0.1' || address === '::1' || host === 'localhost';
  if (loopback || WILDCARDS.has(address)) for (const n of LOOPBACK_NAMES) names.add(n);
  if (WILDCARDS.has(address)) {
    // Listening on every interface: each interface address and this machine's name.
    for (const a of Object.values(networkInterfaces()).flat()) if (a) names.add(bracket(a.address).toLowerCase());
    names.add(hostname().toLowerCase());
  }
  return names;
}

export class RequestGuard {
  private readonly hosts: Set<string>;
  private readonly token: Buffer;

  constructor(readonly sessionToken: string, hostNames: Set<string>, port: number) {
    this.hosts = new Set([...hostNames].map((h) => `${h}:${port}`));
    this.token = Buffer.from(sessionToken);
  }

  // Checks every request (the page's own assets included: a rebinding page must not read the token).
  checkOrigin(req: IncomingMessage): Refusal | null {
    const host = (req.headers.host ?? '').toLowerCase();
    if (!this.hosts.has(host)) {
      return { status: 421, error: `Refused: Host ${JSON.stringify(host.slice(0, 100))} is not this server's address (open the URL trackreel preview printed)` };
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
      return { status: 403, error: `Refused: a request from ${JSON.stringify(origin.slice(0, 100))}, not from the preview page` };
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') return { status: 403, error: 'Refused: a cross-site request' };
    return null;
  }

  // Checks an API call: the session token, and a JSON body type on POST.
  checkApi(req: IncomingMessage, url: URL): Refusal | null {
    const header = req.headers[TOKEN_HEADER];
    const given = Buffer.from(typeof header === 'string' ? header : url.searchParams.get(TOKEN_PARAM) ?? '');
    if (given.length !== this.token.length || !timingSafeEqual(given, this.token)) {
      return { status: 403, error: `Refused: missing or wrong session token (send the ${TOKEN_HEADER} header from the preview page)` };
    }
    if (req.method === 'POST') {
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json') {
        return { status: 415, error: `Expected Content-Type: application/json but received ${JSON.stringify(type.slice(0, 60))}` };
      }
    }
    return null;
  }
}
