"""Turn a field's normalised text into a typed value and a list of problems (never silently accepted).

``validate_text(field, text)`` → (value, problems). Values: ``str`` for text/kana/postal/phone, ``datetime.date``
for date types, ``int`` for numbers, ``bool`` for a checkbox, ``list[str]`` (chosen labels) for a group.
A problem is a stable code plus an English sentence (the UI translates by code).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.services.common.wareki import WarekiError, parse_date, parse_wareki
from desktop.services.forms import normalise
from desktop.services.forms.template import Field

POSTAL_RE = re.compile(r"^\d{3}-\d{4}$")
# fixed lines 0A-BCDE-FGHI (10 digits in total), mobile/IP 0X0-XXXX-XXXX, toll-free 0120-XXX-XXX
PHONE_RE = re.compile(r"^0\d{1,4}-\d{1,4}-\d{3,4}$|^0\d{9,10}$")
KANA_RE = re.compile(r"^[\u30a0-\u30ffー・ 　（）]+$")
DIGITS_RE = re.compile(r"^[0-9]+$")


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


def normalise_text(ftype: str, raw: str) -> str:
    return {
        "kana": normalise.kana, "digits": normalise.digits, "postal": normalise.postal, "phone": normalise.phone,
        "number": normalise.number, "date": normalise.date_text, "date_wareki": normalise.date_text,
    }.get(ftype, normalise.base)(raw)


def validate_text(field: Field, text: str) -> tuple[object, list[Problem]]:
    """Validate already-normalised ``text`` for a non-checkbox field."""
    problems: list[Problem] = []
    if not text:
        if field.required:
            problems.append(Problem("required", f"{field.name} is required but empty."))
        return ("" if field.type not in ("date", "date_wareki", "number") else None), problems
    value: object = text
    t = field.type
    if t == "date_wareki":
        try:
            value = parse_wareki(text)
        except WarekiError:
            try:
                value = parse_date(text)   # a 西暦 date written in a 和暦 box is still a real date
            except WarekiError as exc:
                value = None
                problems.append(Problem("invalid_date", f"{field.name}: {text!r} is not a valid date ({exc})."))
    elif t == "date":
        try:
            value = parse_date(text)
        except WarekiError as exc:
            value = None
            problems.append(Problem("invalid_date", f"{field.name}: {text!r} is not a valid date ({exc})."))
    elif t == "postal":
        if not POSTAL_RE.match(text):
            problems.append(Problem("invalid_postal", f"{field.name}: {text!r} is not a postal code (123-4567)."))
    elif t == "phone":
        digits = re.sub(r"\D", "", text)
        if not PHONE_RE.match(text) or not 10 <= len(digits) <= 11:
            problems.append(Problem("invalid_phone", f"{field.name}: {text!r} is not a phone number."))
    elif t == "number":
        try:
            value = int(text)
        except ValueError:
            value = None
            problems.append(Problem("invalid_number", f"{field.name}: {text!r} is not a whole number."))
    elif t == "digits":
        if not DIGITS_RE.match(text):
            problems.append(Problem("not_digits", f"{field.name}: {text!r} is not a string of digits."))
    elif t == "kana":
        if not KANA_RE.match(text):
            problems.append(Problem("not_kana", f"{field.name}: {text!r} is not written in katakana."))
    if field.pattern and not re.fullmatch(field.pattern, text):
        problems.append(Problem("pattern", f"{field.name}: {text!r} does not match the expected pattern."))
    if field.max_length and len(text) > field.max_length:
        problems.append(Problem("too_long", f"{field.name}: longer than {field.max_length} characters."))
    return value, problems


def validate_group(field: Field, chosen: list[str]) -> list[Problem]:
    if field.rule == "exactly_one" and len(chosen) != 1:
        if not chosen:
            return [Problem("group_none", f"{field.name}: exactly one box must be ticked; none is.")]
        return [Problem("group_multiple", f"{field.name}: exactly one box must be ticked; {len(chosen)} are.")]
    if field.rule == "at_least_one" and not chosen:
        return [Problem("group_none", f"{field.name}: at least one box must be ticked.")]
    return []


def revalidate(field: Field, value: object) -> tuple[object, list[Problem]]:
    """Validate a value edited by a person on the review page (text, bool or list of labels)."""
    if field.type == "checkbox":
        return bool(value), []
    if field.type == "checkbox_group":
        chosen = [str(v) for v in (value or [])]
        return chosen, validate_group(field, chosen)
    if isinstance(value, dt.date):
        return value, []
    return validate_text(field, normalise_text(field.type, str(value or "")))
