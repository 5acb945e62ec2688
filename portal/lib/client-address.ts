import http from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * The visitor's address, decided once per request as every hop of Satu Kendari does (the kit's
 * TrustedProxies rule): the socket's peer, and `x-forwarded-for` believed only from the portal's own
 * trusted proxies (TRUSTED_PROXIES: IPs, CIDR ranges, `loopback`, `private`; default none). The
 * decided address then replaces the request's `x-forwarded-for`, so a browser's forged header never
 * reaches the gateway (which trusts the portal) and lib/graphql.ts forwards exactly this one address.
 * Kept here (small, no dependency) because the portal does not load the kit.
 */
export function parseTrustedProxies(spec: string): (ip: string) => boolean {
  const list = new BlockList();
  let any = false;
  for (const e of spec
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s && s !== 'none')) {
    any = true;
    if (e === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
    } else if (e === 'private') {
      for (const [net, bits] of [
        ['10.0.0.0', 8],
        ['172.16.0.0', 12],
        ['192.168.0.0', 16],
      ] as const)
        list.addSubnet(net, bits, 'ipv4');
      list.addSubnet('fc00::', 7, 'ipv6');
    } else {
      const [addr, bits] = e.split('/');
      const family = isIP(addr);
      if (!family || (bits !== undefined && !/^\d+$/.test(bits)))
        throw new Error(`TRUSTED_PROXIES: "${e}" is not an IP address, a CIDR range, "loopback", "private" or "none"`);
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) list.addAddress(addr, type);
      else list.addSubnet(addr, Number(bits), type);
    }
  }
  return (ip) => any && isIP(ip) !== 0 && list.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');
}

const normalise = (ip: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip) ? ip.slice(7) : ip);

export function clientAddress(req: http.IncomingMessage, trusted: (ip: string) => boolean): string {
  let ip = normalise(req.socket?.remoteAddress ?? '');
  const header = req.headers['x-forwarded-for'];
  if (!header || !trusted(ip)) return ip;
  const hops = (Array.isArray(header) ? header.join(',') : header).split(',').map((s) => normalise(s.trim()));
  for (let i = hops.length - 1; i >= 0 && trusted(ip); i--) {
    if (!isIP(hops[i])) break;
    ip = hops[i];
  }
  return ip;
}

const INSTALLED = Symbol.for('kendari.clientAddress');

/** Rewrites every incoming request's `x-forwarded-for` to the decided address, before Next.js sees it. */
export function installClientAddress(spec: string): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  const trusted = parseTrustedProxies(spec);
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage;
      const ip = clientAddress(req, trusted);
      if (ip) req.headers['x-forwarded-for'] = ip;
      else delete req.headers['x-forwarded-for'];
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}
