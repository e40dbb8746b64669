"""Typed errors raised by services.

Services raise subclasses of :class:`ToseiError`. ``str(err)`` is a plain English sentence for the CLI and
the log; the UI maps the error type to a translated sentence (see ``desktop/ui/errors.py``). A message must
never contain a secret.
"""
from __future__ import annotations

from typing import Any


class ToseiError(Exception):
    """Base of every expected, user-explainable failure.

    Attributes:
        code: a short stable identifier (e.g. ``"audio.unreadable"``) the UI can translate.
        params: values to format into a translated sentence (paths, counts); never secrets.
    """

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code:
            self.code = code
        self.params = params

    def __reduce__(self) -> tuple[Any, ...]:  # keep picklable across the child-process pipe
        return (_rebuild, (type(self), str(self), self.code, self.params))


def _rebuild(cls: type[ToseiError], message: str, code: str, params: dict[str, object]) -> ToseiError:
    err: ToseiError = cls.__new__(cls)
    Exception.__init__(err, message)
    err.code = code
    err.params = params
    return err


class Cancelled(ToseiError):
    """The user cancelled the job. Not a failure: UIs show nothing alarming."""

    code = "cancelled"

    def __init__(self, message: str = "Cancelled by the user.") -> None:
        super().__init__(message)


class ChildProcessCrashed(ToseiError):
    """A worker process died without a result (native crash, out of memory, killed)."""

    code = "job.crashed"


class PolicyError(ToseiError):
    """The admin policy file could not be read; the app falls back to safe defaults."""

    code = "policy.invalid"


class CredentialStoreError(ToseiError):
    """No usable OS credential store (keyring backend missing or locked)."""

    code = "secrets.unavailable"
