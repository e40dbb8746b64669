"""The bureau CA file comes from the administrator's policy (setting ``tls_ca_file``) and is what lets a send
reach an SMTP server whose certificate the OS store does not know (row 9 of #16)."""
from __future__ import annotations


from desktop.services.send.outbox import Recipient
from desktop.services.send.service import SendConfig, run_outbox
from desktop.services.settings import Settings

from .conftest import FAST_RETRY, PASSWORD, SENDER
from .loopback_smtp import USER


def _config(tmp_path, monkeypatch, smtp_server, ca_line: str) -> SendConfig:
    policy = tmp_path / "policy.toml"
    policy.write_text(f"""[settings]
smtp_host = "127.0.0.1"
smtp_port = {smtp_server.port}
smtp_user = "{USER}"
smtp_from = "{SENDER}"
{ca_line}
[locked]
keys = ["tls_ca_file"]
""", encoding="utf-8")
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy))
    return SendConfig.from_settings(Settings())


def test_policy_ca_file_is_trusted_for_smtp(tmp_path, monkeypatch, smtp_server, outbox):
    config = _config(tmp_path, monkeypatch, smtp_server, f'tls_ca_file = "{smtp_server.cert.as_posix()}"')
    assert config.smtp.cafile == str(smtp_server.cert.as_posix())
    outbox.queue([Recipient("a@example.jp")], sender=SENDER, subject="件名", body="本文", state="held")
    summary = run_outbox(config, outbox=outbox, retry=FAST_RETRY, password=lambda key: PASSWORD)
    assert len(summary.sent) == 1 and len(smtp_server.handler.received) == 1


def test_without_the_ca_file_the_certificate_is_refused(tmp_path, monkeypatch, smtp_server, outbox):
    config = _config(tmp_path, monkeypatch, smtp_server, "")
    assert config.smtp.cafile is None
    outbox.queue([Recipient("a@example.jp")], sender=SENDER, subject="件名", body="本文", state="held")
    summary = run_outbox(config, outbox=outbox, retry=FAST_RETRY, password=lambda key: PASSWORD)
    assert summary.sent == [] and summary.stopped_by and smtp_server.handler.received == []
