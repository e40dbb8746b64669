"""The CLI end to end (in-process, real loopback server) and the rule that the SMTP password never leaks."""
from __future__ import annotations

import logging

import openpyxl
import pytest

from desktop.cli import main
from desktop.services import paths
from desktop.services.secrets import SecretKey, set_secret
from desktop.services.send.service import open_outbox
from desktop.services.settings import Settings

from .conftest import PASSWORD, SENDER
from .loopback_smtp import USER


@pytest.fixture
def private_log():
    """main() logs into this test's own home; the handlers of earlier tests come back afterwards."""
    root = logging.getLogger()
    previous = [h for h in root.handlers if getattr(h, "_tosei", False)]
    for h in previous:
        root.removeHandler(h)
    yield
    for h in [h for h in root.handlers if getattr(h, "_tosei", False)]:
        root.removeHandler(h)
        h.close()
    for h in previous:
        root.addHandler(h)


@pytest.fixture
def configured(smtp_server, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(smtp_server.cert))
    settings = Settings()
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", smtp_server.port), ("smtp_security", "starttls"),
                       ("smtp_user", USER), ("smtp_from", SENDER), ("send_hold_seconds", 0),
                       ("blocked_mail_domains", ["rival.example.com"])):
        settings.set(key, value)
    set_secret(SecretKey.SMTP_PASSWORD, PASSWORD)
    root = logging.getLogger()
    previous = [h for h in root.handlers if getattr(h, "_tosei", False)]
    for h in previous:                       # let main() log into this test's own home
        root.removeHandler(h)
    yield smtp_server
    for h in [h for h in root.handlers if getattr(h, "_tosei", False)]:
        root.removeHandler(h)
        h.close()
    for h in previous:
        root.addHandler(h)


def test_cli_send_by_old_fax_number_with_cover_and_run(configured, tmp_path, capsys):
    book = tmp_path / "fax.csv"
    book.write_text("氏名,所属,FAX,メール\n佐藤 花子,新宿区,03-5273-4000,sato@city.shinjuku.example.jp\n",
                    encoding="utf-8")
    from desktop.services.send.directory import read_address_book
    from desktop.services.send.service import open_directory

    open_directory().apply_import(read_address_book(book))
    doc = tmp_path / "案内.pdf"
    doc.write_bytes(b"%PDF-1.4 test")
    rc = main(["send", "--to-fax", "０３（５２７３）４０００", "--subject", "ご案内", "--body", "よろしくお願いします。",
               "--attach", str(doc), "--cover", "--from-name", "山田", "--run"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    assert "queued job 1 to sato@city.shinjuku.example.jp [external]" in out.out and "sent 1" in out.out
    received = configured.handler.received
    assert len(received) == 1 and received[0].rcpt_tos == ["sato@city.shinjuku.example.jp"]
    names = [p.get_filename() for p in received[0].message.iter_attachments()]
    assert names == ["送付状.pdf", "案内.pdf"]
    assert main(["outbox", "--all"]) == 0
    assert "sent" in capsys.readouterr().out
    assert main(["outbox", "--export", str(tmp_path / "log.xlsx")]) == 0
    rows = list(openpyxl.load_workbook(tmp_path / "log.xlsx")["送信記録"].iter_rows(values_only=True))
    assert rows[1][4] == "sent" and rows[1][13].startswith("250")


def test_cli_refuses_blocked_domain_and_missing_attachment(configured, tmp_path, capsys):
    assert main(["send", "--to", "boss@mail.rival.example.com", "--subject", "x"]) == 1
    assert "block list" in capsys.readouterr().err
    assert main(["send", "--to", "a@example.jp", "--subject", "x", "--attach", str(tmp_path / "gone.pdf")]) == 1
    assert "gone.pdf" in capsys.readouterr().err
    assert main(["send", "--to-fax", "03-0000-0000", "--subject", "x"]) == 1
    assert "No directory entry" in capsys.readouterr().err
    box = open_outbox()
    assert box.jobs() == []
    box.close()
    assert configured.handler.received == []


def test_password_never_stored_logged_or_shown(configured, tmp_path, capsys):
    assert main(["send", "--to", "a@example.jp", "--subject", "秘密テスト", "--run"]) == 0
    set_secret(SecretKey.SMTP_PASSWORD, PASSWORD + "-wrong")          # now a failing login
    rc = main(["send", "--to", "b@example.jp", "--subject", "失敗テスト", "--run"])
    out = capsys.readouterr()
    assert rc == 1 and "rejected the user name or password" in out.err
    box = open_outbox()
    errors = " ".join(j.error + j.response for j in box.jobs()) + " ".join(e.detail for e in box.events())
    box.close()
    assert "rejected" in errors
    texts = [out.out, out.err, errors]
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = [p for p in paths.data_dir().parent.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files) and any("log" in p.name for p in files)
    assert any(p.name == "settings.json" for p in files)
    for secret in (PASSWORD, PASSWORD + "-wrong"):
        needle = secret.encode()
        assert not any(needle in t.encode() for t in texts)
        for path in files:
            assert needle not in path.read_bytes(), path


def test_cli_sign_in_stores_the_smtp_password_and_the_send_uses_it(smtp_server, monkeypatch, memory_keyring,
                                                                    capsys, private_log):
    """Row 5 of #16: no path stored the SMTP password, so with smtp_user set sending stopped."""
    import io
    import sys

    settings = Settings()
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", smtp_server.port), ("smtp_user", USER),
                       ("smtp_from", SENDER), ("send_hold_seconds", 0), ("tls_ca_file", str(smtp_server.cert))):
        settings.set(key, value)
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n" + PASSWORD + "\n"))   # no cloud password, the mail one
    assert main(["sync", "--sign-in", "--staff-id", "s7654321", "--name", "山田 太郎", "--smtp-password"]) == 0
    assert "Mail password stored" in capsys.readouterr().out
    assert memory_keyring.store[("ToseiDesk/default", "smtp.password")] == PASSWORD
    assert ("ToseiDesk/default", "cloud.password") not in memory_keyring.store
    assert main(["sync", "--status"]) == 0
    assert "Mail (SMTP) password stored: yes" in capsys.readouterr().out
    assert main(["send", "--to", "a@example.jp", "--subject", "件名", "--body", "本文", "--run"]) == 0
    assert "sent 1" in capsys.readouterr().out
    assert smtp_server.auth_attempts == ["ok"] and len(smtp_server.handler.received) == 1
    sender = smtp_server.handler.received[0].message["From"].addresses[0]
    assert sender.addr_spec == SENDER and sender.display_name == "山田 太郎"


def test_cli_send_with_cc_and_bcc(configured, capsys):
    assert main(["send", "--to", "a@city.example.jp", "--cc", "b@city.example.jp", "--bcc", "c@city.example.jp",
                 "--cc", "a@city.example.jp", "--subject", "CC/BCC", "--hold", "600"]) == 0
    out = capsys.readouterr().out
    assert "to CC b@city.example.jp" in out and "to BCC c@city.example.jp" in out
    box = open_outbox()
    assert [(j.recipient, j.role) for j in box.jobs()] == [
        ("a@city.example.jp", "to"), ("b@city.example.jp", "cc"), ("c@city.example.jp", "bcc")]
    assert box.jobs()[2].header_cc == [["", "b@city.example.jp"]]
    box.close()
