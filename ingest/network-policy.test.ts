import { describe, expect, it } from "vitest";
import { isBlockedAddress, networkAllowlist } from "./network-policy";

/** DESIGN.md §6: private, loopback, link-local, multicast, unspecified and 100.64/10 are refused. */

describe("isBlockedAddress: IPv4", () => {
  it.each([
    ["10.0.0.0", "RFC 1918 10/8, first"],
    ["10.0.0.1", "RFC 1918 10/8"],
    ["10.255.255.255", "RFC 1918 10/8, last"],
    ["172.16.0.0", "RFC 1918 172.16/12, first"],
    ["172.20.10.5", "RFC 1918 172.16/12"],
    ["172.31.255.255", "RFC 1918 172.16/12, last"],
    ["192.168.0.1", "RFC 1918 192.168/16"],
    ["192.168.255.255", "RFC 1918 192.168/16, last"],
    ["127.0.0.1", "loopback"],
    ["127.0.0.2", "loopback, not only .1"],
    ["127.255.255.254", "loopback, whole /8"],
    ["169.254.0.1", "link-local"],
    ["169.254.169.254", "link-local cloud metadata endpoint"],
    ["100.64.0.0", "CGNAT 100.64/10, first"],
    ["100.100.100.200", "CGNAT 100.64/10 (a cloud metadata endpoint)"],
    ["100.127.255.255", "CGNAT 100.64/10, last"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "'this network' 0/8"],
    ["224.0.0.1", "multicast, first block"],
    ["239.255.255.250", "multicast, SSDP"],
    ["255.255.255.255", "limited broadcast"],
  ])("blocks %s (%s)", (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    ["8.8.8.8", "Google DNS"],
    ["1.1.1.1", "Cloudflare DNS"],
    ["9.255.255.255", "just below 10/8"],
    ["11.0.0.0", "just above 10/8"],
    ["172.15.255.255", "just below 172.16/12"],
    ["172.32.0.1", "just above 172.16/12"],
    ["192.167.255.255", "just below 192.168/16"],
    ["192.169.0.1", "just above 192.168/16"],
    ["100.63.255.255", "just below 100.64/10"],
    ["100.128.0.1", "just above 100.64/10"],
    ["126.255.255.255", "just below 127/8"],
    ["128.0.0.1", "just above 127/8"],
    ["169.253.255.255", "just below 169.254/16"],
    ["169.255.0.1", "just above 169.254/16"],
    ["223.255.255.255", "just below multicast"],
    ["93.184.216.34", "an ordinary web server"],
  ])("allows %s (%s)", (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

describe("isBlockedAddress: IPv6", () => {
  it.each([
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback, long form"],
    ["::", "unspecified"],
    ["fc00::1", "unique local fc00::/7, fc half"],
    ["fd12:3456:789a::1", "unique local fc00::/7, fd half"],
    ["fe80::1", "link-local"],
    ["FE80::1", "link-local, upper case"],
    ["febf:ffff::1", "link-local fe80::/10, last block"],
    ["ff02::1", "multicast all-nodes"],
    ["ff05::1:3", "multicast site-local"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::FFFF:127.0.0.1", "IPv4-mapped loopback, upper case"],
    ["::ffff:7f00:1", "IPv4-mapped loopback in hex (how URL and the resolver print it)"],
    ["0:0:0:0:0:ffff:7f00:1", "IPv4-mapped loopback, long hex form"],
    ["::ffff:10.0.0.1", "IPv4-mapped RFC 1918"],
    ["::ffff:169.254.169.254", "IPv4-mapped metadata endpoint"],
    ["::ffff:100.64.0.1", "IPv4-mapped CGNAT"],
    ["64:ff9b::a00:1", "NAT64 prefix (reaches the IPv4 address it embeds)"],
  ])("blocks %s (%s)", (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each([
    ["2001:4860:4860::8888", "Google DNS"],
    ["2606:4700:4700::1111", "Cloudflare DNS"],
    ["2a00:1450:4001:82a::200e", "an ordinary web server"],
    ["::ffff:8.8.8.8", "IPv4-mapped public address"],
    ["::ffff:808:808", "IPv4-mapped public address in hex"],
    ["fbff:ffff::1", "just below fc00::/7"],
    ["fe00::1", "between fc00::/7 and fe80::/10"],
    ["fec0::1", "just above fe80::/10 (deprecated site-local)"],
  ])("allows %s (%s)", (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });
});

describe("isBlockedAddress: anything that is not an IP address", () => {
  it.each([
    ["", "empty"],
    ["localhost", "a hostname"],
    ["example.com", "a public hostname"],
    ["[::1]", "a bracketed URL host"],
    ["[2001:4860:4860::8888]", "a bracketed public URL host"],
    ["127.1", "shorthand IPv4 that resolvers expand to loopback"],
    ["2130706433", "decimal IPv4"],
    ["0x7f000001", "hex IPv4"],
    ["8.8.8.8 ", "trailing space"],
    [" 8.8.8.8", "leading space"],
    ["8.8.8.8:80", "with a port"],
    ["256.1.1.1", "octet out of range"],
    ["1.2.3", "three octets"],
    ["http://8.8.8.8/", "a URL"],
  ])("blocks %j (%s): refuse rather than guess", (value) => {
    expect(isBlockedAddress(value)).toBe(true);
  });
});

describe("networkAllowlist", () => {
  it("opens exactly the listed ranges and single addresses", () => {
    const allowed = networkAllowlist(["10.20.0.0/16", "192.168.1.5", "fd00:1::/32"]);
    expect(isBlockedAddress("10.20.3.4", allowed)).toBe(false);
    expect(isBlockedAddress("10.21.0.1", allowed)).toBe(true);
    expect(isBlockedAddress("192.168.1.5", allowed)).toBe(false);
    expect(isBlockedAddress("192.168.1.6", allowed)).toBe(true);
    expect(isBlockedAddress("::ffff:10.20.0.9", allowed)).toBe(false);
    expect(isBlockedAddress("fd00:1::7", allowed)).toBe(false);
    expect(isBlockedAddress("fd00:2::7", allowed)).toBe(true);
  });

  it("never turns a non-address into an allowed one", () => {
    expect(isBlockedAddress("intranet.example", networkAllowlist(["0.0.0.0/0"]))).toBe(true);
  });

  it.each(["intranet.example", "10.0.0.0/33", "10.0.0.0/8/1", "::1/129", "10.0.0/8", ""])("rejects %j", (entry) => {
    expect(() => networkAllowlist([entry])).toThrow(/Not an IP address or CIDR range/);
  });
});
