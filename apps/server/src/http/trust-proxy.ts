import { isIP } from "node:net";

/**
 * Which peers may speak for the client through X-Forwarded-For / -Proto / -Host:
 * - `false`: none; the socket's address is the client (the server faces the internet itself);
 * - `{ hops }`: that many proxies stand in front; the client is the address the outermost one saw,
 *   counted from the right of X-Forwarded-For, so anything a client writes there itself is skipped;
 * - `{ addresses }`: peers at these addresses/CIDRs (or proxy-addr's names loopback, linklocal,
 *   uniquelocal) are proxies; the client is the right-most address not among them.
 */
export type TrustProxy = false | { hops: number } | { addresses: string[] };

const namedRanges = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrCidr(item: string): boolean {
  if (namedRanges.has(item)) return true;
  const [address = "", prefix, ...rest] = item.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Reads BACKSTRIDE_TRUST_PROXY: unset or 0, a hop count (1, 2, …), or a comma-separated address list. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error(`BACKSTRIDE_TRUST_PROXY: ${hops} proxies in a row is not a real setup`);
    return { hops };
  }
  const addresses = text.split(",").map((item) => item.trim());
  const wrong = addresses.filter((item) => !isAddressOrCidr(item));
  if (wrong.length > 0) {
    throw new Error(
      `BACKSTRIDE_TRUST_PROXY must be a number of proxies (e.g. 1) or addresses/CIDRs such as 10.0.0.0/8,::1; cannot read "${wrong.join('", "')}"`,
    );
  }
  return { addresses };
}

/**
 * Fastify's own numeric trustProxy trusts nothing (it cannot vouch for the peer), so a hop count is
 * given as proxy-addr's trust function: the socket's peer and the next `hops - 1` addresses to its left
 * are proxies.
 */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if ("hops" in trust) {
    const { hops } = trust;
    return (_address, hop) => hop < hops;
  }
  return trust.addresses;
}
