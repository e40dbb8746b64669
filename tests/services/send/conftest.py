from __future__ import annotations

import pytest

from desktop.services.send.outbox import Outbox
from desktop.services.send.runner import RetryPolicy
from desktop.services.send.smtp_transport import SmtpConfig, SmtpTransport

from .loopback_smtp import USER, LoopbackSmtp

PASSWORD = "S3cret-pass-do-not-leak-7f3a"
SENDER = "yamada-taro@metro.example.jp"
FAST_RETRY = RetryPolicy(base_seconds=0.05, max_seconds=0.2, max_attempts=3)


@pytest.fixture
def smtp_server(tmp_path):
    folder = tmp_path / "smtp"
    folder.mkdir()
    with LoopbackSmtp(folder, PASSWORD) as server:
        yield server


@pytest.fixture
def smtp_config(smtp_server) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=smtp_server.port, security="starttls", user=USER,
                      timeout=10, cafile=str(smtp_server.cert))


@pytest.fixture
def transport_factory(smtp_config):
    return lambda: SmtpTransport(smtp_config, PASSWORD)


@pytest.fixture
def outbox(tmp_path):
    box = Outbox(tmp_path / "outbox")
    yield box
    box.close()
