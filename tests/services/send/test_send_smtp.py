"""End to end against a real aiosmtpd server on 127.0.0.1 (STARTTLS or implicit TLS, AUTH required)."""
from __future__ import annotations

import pytest

from desktop.services.send.addresses import DomainPolicy
from desktop.services.send.compose import COVER_PDF_NAME, Draft, queue_draft
from desktop.services.send.outbox import Recipient
from desktop.services.send.runner import process_outbox
from desktop.services.send.smtp_transport import SmtpConfig, SmtpTransport

from .conftest import FAST_RETRY, PASSWORD, SENDER
from .loopback_smtp import USER, LoopbackSmtp

SUBJECT = "【送付】令和8年度 予算資料について（第2回）"
BODY = "佐藤様\n\nいつもお世話になっております。資料を送付いたします。\n①～③をご確認ください。\n"


def attachments(tmp_path):
    a = tmp_path / "予算資料.pdf"
    a.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    b = tmp_path / "data.bin"
    b.write_bytes(bytes(reversed(range(256))) * 1000 + b"\r\n.\r\n..\n")   # SMTP dot-stuffing edge cases
    return [a, b]


def test_group_is_delivered_with_headers_japanese_text_cover_and_attachments(tmp_path, outbox, smtp_server,
                                                                             transport_factory):
    files = attachments(tmp_path)
    draft = Draft(recipients=[Recipient("sato@city.shinjuku.example.jp", "佐藤 花子"),
                              Recipient("suzuki@metro.example.jp", "鈴木 一郎")],
                  subject=SUBJECT, body=BODY, attachments=files, cover=True, sender_name="山田 太郎")
    group = queue_draft(outbox, draft, sender=SENDER, policy=DomainPolicy(), state="held")
    jobs = outbox.jobs(group_id=group)
    assert [j.recipient for j in jobs] == ["sato@city.shinjuku.example.jp", "suzuki@metro.example.jp"]
    assert all(j.attachments[0].name == COVER_PDF_NAME for j in jobs)
    # each recipient's 送付状 names that recipient only (row 9 of #16)
    from .test_send_cover import pdf_text
    first, second = (pdf_text(j.attachments[0].path) for j in jobs)
    assert "佐藤 花子" in first and "鈴木 一郎" not in first
    assert "鈴木 一郎" in second and "佐藤 花子" not in second

    summary = process_outbox(outbox, transport_factory, retry=FAST_RETRY)
    assert summary.sent == [j.id for j in jobs] and not summary.failed
    received = smtp_server.handler.received
    assert len(received) == 2
    assert smtp_server.auth_attempts == ["ok"]
    for job, got in zip(jobs, received):
        assert got.mail_from == SENDER and got.rcpt_tos == [job.recipient]
        raw_headers = got.data.split(b"\r\n\r\n", 1)[0]
        assert raw_headers.isascii()                                  # RFC 2047 encoded, not raw UTF-8
        assert b"=?utf-8?" in raw_headers.lower()
        msg = got.message
        assert msg["Subject"] == SUBJECT
        assert msg["Message-ID"] == job.message_id
        assert msg["From"].addresses[0].addr_spec == SENDER
        assert msg["From"].addresses[0].display_name == "山田 太郎"          # a display name, not a bare address
        assert msg["To"].addresses[0].addr_spec == job.recipient
        assert msg["To"].addresses[0].display_name == job.recipient_name
        assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == BODY
        parts = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
        assert list(parts) == [COVER_PDF_NAME, "予算資料.pdf", "data.bin"]
        cover = job.attachments[0]
        assert parts[COVER_PDF_NAME] == cover.path.read_bytes() and parts[COVER_PDF_NAME].startswith(b"%PDF")
        # ``name=`` on Content-Type as well as ``filename`` (some mail clients read only the first)
        assert [p.get_param("name") for p in msg.iter_attachments()] == list(parts)
        assert parts["予算資料.pdf"] == files[0].read_bytes()
        assert parts["data.bin"] == files[1].read_bytes()
    assert {j.state for j in outbox.jobs(group_id=group)} == {"sent"}
    assert all(j.response.startswith("250") for j in outbox.jobs(group_id=group))


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls(tmp_path, outbox):
    folder = tmp_path / "tls"
    folder.mkdir()
    with LoopbackSmtp(folder, PASSWORD, security="tls") as server:
        config = SmtpConfig("127.0.0.1", server.port, "tls", USER, timeout=10, cafile=str(server.cert))
        outbox.queue([Recipient("a@example.jp")], sender=SENDER, subject="件名", body="本文", state="held")
        summary = process_outbox(outbox, lambda: SmtpTransport(config, PASSWORD))
        assert len(summary.sent) == 1
        assert server.handler.received[0].message["Subject"] == "件名"


def test_untrusted_certificate_is_refused_and_nothing_sent(outbox, smtp_server, smtp_config):
    config = SmtpConfig(smtp_config.host, smtp_config.port, "starttls", USER, timeout=10)   # no test CA
    outbox.queue([Recipient("a@example.jp")], sender=SENDER, subject="s", body="b", state="held")
    summary = process_outbox(outbox, lambda: SmtpTransport(config, PASSWORD), retry=FAST_RETRY)
    assert "TLS" in summary.stopped_by
    assert smtp_server.handler.received == []
    assert outbox.jobs()[0].state == "held"


@pytest.mark.parametrize("password", ["wrong-password", None])
def test_bad_or_missing_password_stops_the_run_and_keeps_the_job(outbox, smtp_server, smtp_config, password):
    outbox.queue([Recipient("a@example.jp")], sender=SENDER, subject="s", body="b", state="held")
    summary = process_outbox(outbox, lambda: SmtpTransport(smtp_config, password), retry=FAST_RETRY)
    assert summary.stopped_by and not summary.sent
    assert smtp_server.handler.received == []
    job = outbox.jobs()[0]
    assert job.state == "held" and job.attempts == 1


def test_cover_sheet_as_pdf_and_docx(tmp_path, outbox):
    draft = Draft(recipients=[Recipient("a@example.jp", "甲")], subject="件名", body="通信欄の文",
                  cover=True, cover_docx=True, sender_name="山田")
    group = queue_draft(outbox, draft, sender=SENDER, policy=DomainPolicy())
    atts = outbox.jobs(group_id=group)[0].attachments
    assert [a.name for a in atts] == [COVER_PDF_NAME, "送付状.docx"]
    import docx

    text = " ".join(c.text for t in docx.Document(str(atts[1].path)).tables for r in t.rows for c in r.cells)
    assert "通信欄の文" in text and "甲" in text


def test_cc_and_bcc_headers_and_envelopes(tmp_path):
    """To and Cc recipients see each other; a Bcc recipient gets a copy but appears in no header."""
    from email import message_from_bytes
    from email.header import decode_header, make_header

    from desktop.services.send.message import build_message
    from desktop.services.send.outbox import Outbox, Recipient

    box = Outbox(tmp_path / "outbox")
    group = box.queue([Recipient("tanaka@city.minato.example.jp", "港区 田中", "to"),
                       Recipient("sato@city.shinjuku.example.jp", "新宿区 佐藤", "cc"),
                       Recipient("boss@metro.example.jp", "", "bcc")],
                      sender="yamada@metro.example.jp", subject="CC と BCC", body="本文", state="held")
    jobs = box.jobs(group_id=group)
    assert [j.role for j in jobs] == ["to", "cc", "bcc"] and len({j.recipient for j in jobs}) == 3
    for job in jobs:
        msg = message_from_bytes(build_message(job))
        to, cc = str(make_header(decode_header(msg["To"]))), str(make_header(decode_header(msg["Cc"])))
        assert "tanaka@city.minato.example.jp" in to and "港区 田中" in to
        assert "sato@city.shinjuku.example.jp" in cc and "tanaka" not in cc
        assert "boss@metro.example.jp" not in build_message(job).decode("ascii", "replace")
        assert msg["Bcc"] is None
    plain = box.queue([Recipient("a@x.example.jp"), Recipient("b@y.example.jp")], sender="yamada@metro.example.jp",
                      subject="同報", body="", state="held")
    for job in box.jobs(group_id=plain):          # a plain broadcast: each copy names its own recipient only
        msg = message_from_bytes(build_message(job))
        assert msg["To"] == job.recipient and msg["Cc"] is None
    box.close()
