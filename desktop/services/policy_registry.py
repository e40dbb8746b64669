"""The admin policy from Group Policy: registry values written by the ADMX template (Windows only).

Layout (what ``packaging/windows/ToseiDesk.admx`` writes; an administrator can also set these by hand)::

    HKLM\\Software\\Policies\\ToseiDesk\\Settings      one value per setting, named as the setting key:
                                                     REG_SZ for text (and numbers with a fraction, e.g. 0.25),
                                                     REG_DWORD for integers and on/off (1/0);
                                                     a list is REG_MULTI_SZ, or a subkey of that name
                                                     holding values "1", "2", ... (the ADMX list form)
    HKLM\\Software\\Policies\\ToseiDesk\\Locked        values "1", "2", ...: names of settings users cannot
                                                     change (REG_DWORD ``<key> = 1`` is accepted too)

:func:`read_policy` turns that into the policy file's shape (``{"settings": ..., "locked": {"keys": ...}}``),
which :func:`desktop.services.policy.load_policy` validates with the same schema and merges over the file:
registry > file, key by key; a key locked by either is locked. :class:`WinRegReader` is the thin ``winreg``
wrapper; anything with a ``values(subkey)`` method can stand in for it (tests use a dict).
"""
from __future__ import annotations

from typing import Protocol

from desktop.services.policy import PolicyWarning

POLICY_KEY = r"Software\Policies\ToseiDesk"
REGISTRY_LABEL = "HKLM\\" + POLICY_KEY


class RegistryReader(Protocol):
    def values(self, subkey: str) -> dict[str, object] | None:
        """The values of ``HKLM\\<subkey>`` by name (REG_SZ -> str, REG_DWORD/QWORD -> int, REG_MULTI_SZ ->
        list of str), or None when the key does not exist."""


class WinRegReader:
    """``winreg`` on HKEY_LOCAL_MACHINE, 64-bit view (the ADMX writes there for 64-bit Windows)."""

    def values(self, subkey: str) -> dict[str, object] | None:
        import winreg  # type: ignore[import-not-found,unused-ignore]  # Windows only

        try:
            key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, subkey, 0,  # type: ignore[attr-defined,unused-ignore]
                                 winreg.KEY_READ | winreg.KEY_WOW64_64KEY)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            return None
        out: dict[str, object] = {}
        with key:
            i = 0
            while True:
                try:
                    name, data, _kind = winreg.EnumValue(key, i)  # type: ignore[attr-defined,unused-ignore]
                except OSError:
                    break
                out[name] = data
                i += 1
        return out


def _ordered(values: dict[str, object]) -> list[object]:
    """ADMX list values "1", "2", ... in number order (other names after, by name)."""
    return [values[n] for n in sorted(values, key=lambda n: (0, int(n), "") if n.isdigit() else (1, 0, n))]


def _convert(key: str, data: object) -> object:
    """Registry data to the setting's type where the registry has no such type; a value that cannot be
    converted is passed on unchanged so that the schema check reports it."""
    from desktop.services.settings import SCHEMA

    spec = SCHEMA.get(key)
    if spec is None:
        return data
    if spec.type is bool and isinstance(data, int) and data in (0, 1):
        return bool(data)
    if spec.type is float and isinstance(data, str):
        try:
            return float(data.strip().replace(",", "."))
        except ValueError:
            return data
    if spec.type is int and isinstance(data, str) and data.strip().lstrip("-").isdigit():
        return int(data.strip())
    if spec.type is list and isinstance(data, str):
        return [data] if data else []
    return data


def read_policy(reader: RegistryReader) -> tuple[dict | None, list[PolicyWarning]]:
    """The Group Policy values in the policy file's shape, or ``(None, [])`` when the policy key is absent."""
    from desktop.services.settings import SCHEMA

    settings_key, locked_key = POLICY_KEY + r"\Settings", POLICY_KEY + r"\Locked"
    try:
        settings = reader.values(settings_key)
        locked = reader.values(locked_key)
        root = reader.values(POLICY_KEY)
    except OSError as exc:  # access denied and the like: say so, use the file only
        return None, [PolicyWarning(f"Registry policy {REGISTRY_LABEL} could not be read ({exc}); ignored.",
                                    "unreadable", REGISTRY_LABEL, detail=str(exc))]
    if settings is None and locked is None and root is None:
        return None, []
    out: dict[str, object] = {key: _convert(key, data) for key, data in (settings or {}).items()}
    for key, spec in SCHEMA.items():  # lists written by the ADMX: a subkey per list setting
        if spec.type is list:
            try:
                items = reader.values(settings_key + "\\" + key)
            except OSError:
                items = None
            if items is not None:
                out[key] = _ordered(items)
    locked = locked or {}
    by_list = _ordered({n: d for n, d in locked.items() if isinstance(d, str)})   # ADMX: "1" = "smtp_host"
    by_hand = [n for n, d in locked.items() if isinstance(d, int) and d and not n.isdigit()]  # smtp_host = 1
    keys = list(dict.fromkeys([*by_list, *by_hand]))
    return {"settings": out, "locked": {"keys": keys}}, []
