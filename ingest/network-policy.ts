import { BlockList, isIP } from "node:net";

/** Addresses a fetcher must not reach unless configured: private, loopback, link-local, multicast, unspecified, CGNAT. */

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16],
  ["172.16.0.0", 12], ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96], ["2001:db8::", 32],
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/**
 * Networks an operator allows despite the ranges above ("10.20.0.0/16", "192.168.1.5"), for an
 * outlet mirrored on an intranet. Throws on an entry that is not an address or CIDR range.
 */
export function networkAllowlist(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefixText, extra] = entry.trim().split("/");
    const family = isIP(address);
    const prefix = prefixText === undefined ? (family === 6 ? 128 : 32) : Number(prefixText);
    if (!family || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new RangeError(`Not an IP address or CIDR range: "${entry}"`);
    }
    list.addSubnet(address, prefix, family === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

function check(list: BlockList, address: string): boolean {
  const family = isIP(address);
  if (family === 4) return list.check(address, "ipv4");
  if (family === 6) {
    // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) reaches the IPv4 host it embeds.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return list.check(mapped[1]!, "ipv4");
    return list.check(address, "ipv6");
  }
  return false;
}

/** Whether a fetch may not reach `address`; `allowed` (see networkAllowlist) opens chosen ranges. */
export function isBlockedAddress(address: string, allowed?: BlockList): boolean {
  if (!isIP(address)) return true; // not an IP address at all: refuse rather than guess
  if (allowed && check(allowed, address)) return false;
  return check(blocked, address);
}
