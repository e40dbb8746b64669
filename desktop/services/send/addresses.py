"""Mail address and FAX number normalisation, and the domain policy (internal / blocked)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from desktop.services.send.errors import BlockedDomain, InvalidRecipient

# Pragmatic check: one @, a local part without spaces, a dotted domain of letters/digits/hyphens.
_ADDR_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)$")
_DASHES = "‐‑‒–—―−ーｰ-－"


def normalize_text(value: str) -> str:
    """NFKC (full-width digits/letters to ASCII) and stripped."""
    return unicodedata.normalize("NFKC", value or "").strip()


def normalize_fax(value: str) -> str:
    """Digits only: ``０３－５３２１－１１１１`` and ``03(5321)1111`` both give ``0353211111``.

    A leading ``+81`` becomes ``0`` so international and domestic forms match.
    """
    text = normalize_text(value)
    for dash in _DASHES:
        text = text.replace(dash, "")
    text = text.strip()
    if text.startswith("+81"):
        text = "0" + text[3:].lstrip(" (")
    return "".join(ch for ch in text if ch.isdigit())


def fax_problem(value: str) -> str | None:
    """Why ``value`` is not a usable FAX number, or ``None``."""
    if not value.strip():
        return None
    text = normalize_text(value)
    allowed = set("0123456789+() " + _DASHES)
    bad = [ch for ch in text if ch not in allowed]
    if bad:
        return f"FAX number contains unexpected characters ({''.join(bad[:5])})"
    digits = normalize_fax(value)
    if not 9 <= len(digits) <= 12:
        return f"FAX number has {len(digits)} digits (expected 10 or 11)"
    return None


ADDRESS_PROBLEMS = {          # reason code -> plain English (CLI, log); the UI translates the code
    "empty": "it is empty",
    "at_count": "it must contain exactly one @",
    "spaces": "it contains spaces",
    "non_ascii": "it contains non-ASCII characters",
    "bad_domain": "the part after @ is not a valid domain",
    "malformed": "it is malformed",
}


def normalize_address(value: str) -> str:
    """NFKC, stripped, the domain lower-cased. Raises :class:`InvalidRecipient` (``reason`` = a code of
    :data:`ADDRESS_PROBLEMS`) when malformed."""
    text = normalize_text(value).replace("＠", "@")
    code = address_problem_code(text)
    if code:
        raise InvalidRecipient(f"'{value}' is not a usable mail address: {ADDRESS_PROBLEMS[code]}.", address=value,
                               reason=code)
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def address_problem_code(value: str) -> str | None:
    """Why ``value`` is not a usable mail address, as a key of :data:`ADDRESS_PROBLEMS`, or ``None``."""
    text = normalize_text(value).replace("＠", "@")
    if not text:
        return "empty"
    if text.count("@") != 1:
        return "at_count"
    if any(ch.isspace() for ch in text):
        return "spaces"
    if not text.isascii():
        return "non_ascii"
    if not _ADDR_RE.match(text):
        return "bad_domain" if "@" in text else "malformed"
    return None


def address_problem(value: str) -> str | None:
    code = address_problem_code(value)
    return ADDRESS_PROBLEMS[code] if code else None


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()


def _matches(domain: str, patterns: Iterable[str]) -> bool:
    """``example.jp`` matches ``example.jp`` and any sub-domain (``mail.example.jp``)."""
    domain = domain.lower().strip(".")
    for raw in patterns:
        pattern = raw.lower().strip().lstrip("@").lstrip("*").strip(".")
        if pattern and (domain == pattern or domain.endswith("." + pattern)):
            return True
    return False


@dataclass(frozen=True)
class DomainPolicy:
    internal: tuple[str, ...] = ()
    blocked: tuple[str, ...] = ()

    def is_internal(self, address: str) -> bool:
        return _matches(domain_of(address), self.internal)

    def is_blocked(self, address: str) -> bool:
        return _matches(domain_of(address), self.blocked)

    def check(self, addresses: Iterable[str]) -> list[str]:
        """Normalised addresses; raises :class:`BlockedDomain` naming every blocked recipient."""
        normalised = [normalize_address(a) for a in addresses]
        blocked = [a for a in normalised if self.is_blocked(a)]
        if blocked:
            raise BlockedDomain(
                f"Sending to {', '.join(blocked)} is not allowed: the domain is on the policy block list.",
                addresses=blocked)
        return normalised
