"""Cloud-link transport against a real WebDAV server (wsgidav + cheroot, basic auth) on 127.0.0.1."""
from __future__ import annotations

import threading

import httpx
import pytest

from desktop.services.send.errors import UploadError
from desktop.services.send.link_upload import WebDavUploader
from desktop.services.send.outbox import Recipient
from desktop.services.send.runner import process_outbox

from .conftest import FAST_RETRY, SENDER
from .loopback_smtp import free_port

DAV_USER, DAV_PASSWORD = "clouduser", "dav-Secret-91c2"


@pytest.fixture
def dav(tmp_path):
    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    root = tmp_path / "dav"
    root.mkdir()
    port = free_port()
    app = WsgiDAVApp({
        "host": "127.0.0.1", "port": port, "provider_mapping": {"/": str(root)},
        "simple_dc": {"user_mapping": {"*": {DAV_USER: {"password": DAV_PASSWORD}}}},
        "http_authenticator": {"domain_controller": None, "accept_basic": True, "accept_digest": False,
                               "default_to_digest": False},
        "verbose": 0, "logging": {"enable": False}, "dir_browser": {"enable": False}})
    server = wsgi.Server(("127.0.0.1", port), app, numthreads=4)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}", root
    server.stop()
    thread.join(10)


def test_link_job_uploads_and_mails_the_link(tmp_path, dav, outbox, smtp_server, transport_factory):
    endpoint, root = dav
    (root / "送信").mkdir()
    doc = tmp_path / "議事録 第3回.pdf"
    doc.write_bytes(b"%PDF-1.4 " + b"x" * 5000)
    outbox.queue([Recipient("a@example.jp"), Recipient("b@example.jp")], sender=SENDER, subject="リンク送付",
                 body="資料はリンクからどうぞ。", attachments=[doc], transport="link", state="held")
    summary = process_outbox(outbox, transport_factory, retry=FAST_RETRY,
                             uploader_factory=lambda: WebDavUploader(endpoint, "送信", DAV_USER, DAV_PASSWORD))
    assert len(summary.sent) == 2
    received = smtp_server.handler.received
    assert len(received) == 2
    links = []
    for got in received:
        msg = got.message
        assert not list(msg.iter_attachments())                          # no attachment, only a link
        text = msg.get_body(("plain",)).get_content()
        assert "資料はリンクからどうぞ。" in text
        links.append(next(line.split(": ", 1)[1] for line in text.splitlines() if "議事録 第3回.pdf:" in line))
    assert links[0] == links[1]                                          # one upload per group
    fetched = httpx.get(links[0], auth=(DAV_USER, DAV_PASSWORD))
    assert fetched.status_code == 200 and fetched.content == doc.read_bytes()
    assert len(list((root / "送信").rglob("*.pdf"))) == 1


def test_bad_cloud_password_retries_without_mailing(tmp_path, dav, outbox, smtp_server, transport_factory):
    endpoint, _ = dav
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    outbox.queue([Recipient("a@example.jp")], sender=SENDER, subject="s", body="b", attachments=[doc],
                 transport="link", state="held")
    summary = process_outbox(outbox, transport_factory, retry=FAST_RETRY,
                             uploader_factory=lambda: WebDavUploader(endpoint, "", DAV_USER, "wrong"))
    assert summary.failed and smtp_server.handler.received == []
    job = outbox.jobs()[0]
    assert "refused the credentials" in job.error and "wrong" not in job.error


def test_uploader_reports_unreachable_server(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x")
    with pytest.raises(UploadError, match="could not be reached"):
        WebDavUploader(f"http://127.0.0.1:{free_port()}", "", DAV_USER, DAV_PASSWORD, timeout=2).upload(f, "g/a.txt")
