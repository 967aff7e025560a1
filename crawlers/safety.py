"""Which addresses the crawler may connect to: public ones only, unless the settings allow private ones.

A feed that links (or redirects) to ``http://192.168.1.1/`` or ``http://169.254.169.254/`` must not
make the server fetch its own network. Every hop is checked before connecting (the host's addresses)
and after (the address actually connected to), so DNS answers that change in between do not slip by.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class FetchError(RuntimeError):
    """A URL could not be fetched (the message says why)."""


class BlockedAddress(FetchError):
    """The URL resolves to an address the settings do not allow."""


def is_public(ip: str) -> bool:
    """Whether an IP address is a public unicast address."""
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return not (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast
                or addr.is_unspecified or (isinstance(addr, ipaddress.IPv4Address) and addr in ipaddress.ip_network("100.64.0.0/10")))


def check_ip(url: str, ip: str, allow_private: bool, allow_networks: tuple[str, ...] = ()) -> None:
    """Raise BlockedAddress when a URL's host is (or resolved to) a non-public address not explicitly allowed."""
    if allow_private or is_public(ip):
        return
    addr = ipaddress.ip_address(ip.split("%")[0])
    if not any(addr in ipaddress.ip_network(net, strict=False) for net in allow_networks):
        host = urlsplit(url).hostname
        raise BlockedAddress(f"refused {url}: {host} resolves to the non-public address {ip}")


def resolve(host: str, port: int | None = None) -> list[str]:
    """All addresses of a host (blocking); raises FetchError when it does not resolve."""
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)})
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {host}: {exc.strerror}") from exc


def check_address(url: str, allow_private: bool, addresses: list[str] | None = None, allow_networks: tuple[str, ...] = ()) -> None:
    """Raise BlockedAddress when any address of the URL's host is private, loopback, link-local or reserved."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"refused {url}: only http and https are fetched")
    if not parts.hostname:
        raise FetchError(f"no host in URL {url!r}")
    if allow_private:
        return
    for ip in addresses if addresses is not None else resolve(parts.hostname, parts.port):
        check_ip(url, ip, allow_private, allow_networks)
