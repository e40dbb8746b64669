"""The 起案書 PDF with PAdES signatures and a visible 決裁欄 in place of seals (pyHanko).

:func:`add_kessai_page` appends a 決裁欄 page to the document's PDF: one labelled box per signer (起案者, each
回議 step, each 合議 member), laid out from the route so every PC computes the same boxes. :func:`sign_slot`
adds one signer's PAdES signature (an incremental update, earlier signatures stay valid) whose visible stamp,
drawn in the box, shows the action, role, name and date. :func:`validate_pdf` checks every signature with
pyHanko's validator against the bureau CA and reports a changed byte, an untrusted certificate or a stamp
whose certificate is not the staff member the record names.
"""
from __future__ import annotations

import datetime as dt
import io
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.services.approval.errors import ApprovalError
from desktop.services.approval.route_state import RunState

PAGE_W, PAGE_H = 595.0, 842.0        # A4 in points
BOX_W, BOX_H, GAP, COLS = 118.0, 118.0, 12.0, 4
TOP = 700.0


class PdfSignError(ApprovalError):
    code = "approval.pdf_sign"


@dataclass(frozen=True)
class Slot:
    key: str                # "drafter", "s2" (回議 step 2), "s1m0" (合議 step 1, member 0)
    role: str               # 起案者 / 係長 / 課長 / 合議先 …
    name: str
    staff_id: str
    box: tuple[float, float, float, float]   # x1, y1, x2, y2 (stamp area inside the labelled box)


def slots(state: RunState) -> list[Slot]:
    people: list[tuple[str, str, str, str]] = [("drafter", "起案者", state.drafter_name, state.drafter_id)]
    for i, step in enumerate(state.steps):
        if step.kind == "合議":
            for j, member in enumerate(step.members):
                sid = step.member_ids[j] if j < len(step.member_ids) else ""
                people.append((f"s{i}m{j}", "合議", member, sid))
        else:
            people.append((f"s{i}", ("決定権者 " if step.decider else "") + step.level, step.name, step.staff_id))
    out = []
    for k, (key, role, name, sid) in enumerate(people):
        col, row = k % COLS, k // COLS
        x1 = 40.0 + col * (BOX_W + GAP)
        y2 = TOP - row * (BOX_H + GAP + 20)
        out.append(Slot(key, role, name, sid, (x1 + 4, y2 - BOX_H + 4, x1 + BOX_W - 4, y2 - 24)))
    return out


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desktop.services.send.cover_sheet import find_japanese_font

    name = "ToseiKessai"
    if name not in pdfmetrics.getRegisteredFontNames():
        path = find_japanese_font()
        kw = {"subfontIndex": 0} if path.suffix.lower() == ".ttc" else {}
        pdfmetrics.registerFont(TTFont(name, str(path), **kw))
    return name


def kessai_page(state: RunState) -> bytes:
    """A one-page PDF: the 決裁欄 with a labelled, empty box per signer."""
    from reportlab.pdfgen import canvas

    font = _font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H))
    c.setFont(font, 16)
    c.drawString(40, 790, "決裁欄（電子署名）")
    c.setFont(font, 10)
    c.drawString(40, 768, f"件名: {state.subject}")
    c.drawString(40, 752, f"文書番号: {state.doc_number or '（未採番）'}　　提出 第{state.round}回")
    for slot in slots(state):
        x1, y1, x2, y2 = slot.box
        c.rect(x1 - 4, y1 - 4, (x2 - x1) + 8, (y2 - y1) + 28)
        c.setFont(font, 9)
        c.drawString(x1, y2 + 14, f"{slot.role}")
        c.drawString(x1, y2 + 4, slot.name[:14])
        c.setDash(2, 2)
        c.rect(x1, y1, x2 - x1, y2 - y1)
        c.setDash()
    c.setFont(font, 8)
    c.drawString(40, 60, "各欄の印影は電子署名（PAdES）です。検証: python -m desktop approval verify 起案書.pdf")
    c.showPage()
    c.save()
    return buf.getvalue()


def add_kessai_page(document_pdf: Path | None, state: RunState, out: Path) -> Path:
    """``document_pdf`` (may be ``None``: the 決裁欄 alone) with the 決裁欄 page appended, written to ``out``."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(kessai_page(state))
    doc = pdfium.PdfDocument(str(document_pdf)) if document_pdf else pdfium.PdfDocument.new()
    doc.import_pages(page)
    with open(out, "wb") as fh:
        doc.save(fh)
    doc.close()
    page.close()
    return Path(out)


def _stamp_pdf(action: str, slot: Slot, when: dt.datetime) -> bytes:
    from reportlab.pdfgen import canvas

    from desktop.services.common.wareki import era_year

    font = _font()
    w, h = slot.box[2] - slot.box[0], slot.box[3] - slot.box[1]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.setStrokeColorRGB(0.75, 0.1, 0.1)
    c.setFillColorRGB(0.75, 0.1, 0.1)
    c.setLineWidth(1.5)
    c.circle(w / 2, h / 2, min(w, h) / 2 - 2)
    era, year = era_year(when.date())
    lines = [action, slot.name[:8], f"{era.letter}{year}.{when.month}.{when.day}"]
    for i, (text, size) in enumerate(zip(lines, (12, 10, 9))):
        c.setFont(font, size)
        c.drawCentredString(w / 2, h / 2 + 14 - i * 15, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def sign_slot(pdf_in: Path, pdf_out: Path, signer, slot: Slot, *, action: str, field_name: str,
              when: dt.datetime | None = None, reason: str = "") -> Path:
    """Add ``signer``'s PAdES signature with a visible stamp in ``slot`` (incremental update)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    when = when or dt.datetime.now(dt.timezone.utc)
    cert = asn1_x509.Certificate.load(signer.cert.public_bytes(serialization.Encoding.DER))
    key = asn1_keys.PrivateKeyInfo.load(signer.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    chain = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in signer.chain]
    hanko = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                 cert_registry=SimpleCertificateStore.from_certs(chain))
    with tempfile.TemporaryDirectory() as tmp:
        stamp = Path(tmp) / "stamp.pdf"
        stamp.write_bytes(_stamp_pdf(action, slot, when.astimezone()))
        style = StaticStampStyle.from_pdf_file(str(stamp), border_width=0)
        with open(pdf_in, "rb") as inf:
            writer = IncrementalPdfFileWriter(inf, strict=False)
            fields.append_signature_field(writer, fields.SigFieldSpec(field_name, on_page=-1,
                                                                      box=tuple(int(v) for v in slot.box)))
            meta = signers.PdfSignatureMetadata(field_name=field_name, md_algorithm="sha256",
                                                subfilter=fields.SigSeedSubFilter.PADES,
                                                reason=reason or action, name=slot.name)
            pdf_signer = signers.PdfSigner(meta, signer=hanko, stamp_style=style)
            out = io.BytesIO()
            try:
                pdf_signer.sign_pdf(writer, output=out)
            except Exception as exc:   # pyHanko raises many kinds; the user sees one clear error
                raise PdfSignError(f"The PDF could not be signed: {exc}") from None
    Path(pdf_out).write_bytes(out.getvalue())
    return Path(pdf_out)


@dataclass
class PdfSignature:
    field: str
    signer_ids: list[str]
    intact: bool
    trusted: bool
    covers_all: bool
    problem: str = ""


@dataclass
class PdfReport:
    ok: bool
    signatures: list[PdfSignature] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def validate_pdf(pdf: Path, ca_certs) -> PdfReport:
    """Validate every signature of ``pdf`` against the bureau CA (pyHanko's validator)."""
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from desktop.services.approval.signing import cert_staff_ids

    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in ca_certs]
    report = PdfReport(ok=True)
    try:
        with open(pdf, "rb") as fh:
            reader = PdfFileReader(fh, strict=False)
            sigs = list(reader.embedded_signatures)
            if not sigs:
                report.ok = False
                report.problems.append("the PDF carries no signature")
            for sig in sigs:
                ctx = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
                name = sig.field_name
                try:
                    status = validate_pdf_signature(sig, ctx)
                except Exception as exc:
                    report.ok = False
                    report.signatures.append(PdfSignature(name, [], False, False, False, str(exc)))
                    report.problems.append(f"signature {name}: cannot be validated ({exc})")
                    continue
                cert = cx509.load_der_x509_certificate(status.signing_cert.dump())
                coverage = getattr(status.coverage, "name", str(status.coverage))
                entry = PdfSignature(name, cert_staff_ids(cert), bool(status.intact and status.valid),
                                     bool(status.trusted), coverage in ("ENTIRE_FILE", "ENTIRE_REVISION"))
                if not entry.intact:
                    entry.problem = "the signed bytes were changed"
                elif not entry.trusted:
                    entry.problem = "the certificate does not chain to the bureau CA"
                elif not entry.covers_all:
                    entry.problem = "the signature does not cover its revision"
                if entry.problem:
                    report.ok = False
                    report.problems.append(f"signature {name}: {entry.problem}")
                report.signatures.append(entry)
    except Exception as exc:   # a PDF damaged so badly that it cannot be parsed
        return PdfReport(False, [], [f"the PDF cannot be read ({exc})"])
    return report
