"""Cloud-link transport (the sync tool's WebDAV client) against a real wsgidav server with basic auth on
127.0.0.1: the link in the received mail downloads the identical bytes; nothing on the server is overwritten."""
from __future__ import annotations

import datetime as dt
import hashlib
import threading

import httpx
import pytest

from desktop.services.send.errors import NotConfigured, UploadError
from desktop.services.send.link_upload import DavLinkUploader, link_folder
from desktop.services.send.outbox import Recipient
from desktop.services.send.runner import process_outbox

from .conftest import FAST_RETRY, SENDER
from tests.helpers.net import free_port

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
        "verbose": 0, "logging": {"enable": False}, "dir_browser": {"enable": False},
        "lock_storage": True, "property_manager": True})
    server = wsgi.Server(("127.0.0.1", port), app, numthreads=4)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}", root
    server.stop()
    thread.join(10)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _link_lines(msg) -> dict[str, str]:
    text = msg.get_body(("plain",)).get_content()
    return {line[2:].rsplit(": ", 1)[0]: line.rsplit(": ", 1)[1] for line in text.splitlines()
            if line.startswith("- ") and "http" in line}


def test_link_job_uploads_and_mails_the_link(tmp_path, dav, outbox, smtp_server, transport_factory):
    endpoint, root = dav
    (root / "送信").mkdir()
    doc = tmp_path / "議事録 第3回.pdf"
    doc.write_bytes(b"%PDF-1.4 " + b"x" * 5000)
    outbox.queue([Recipient("a@example.jp"), Recipient("b@example.jp")], sender=SENDER, subject="リンク送付",
                 body="資料はリンクからどうぞ。", attachments=[doc], transport="link", state="held")
    summary = process_outbox(outbox, transport_factory, retry=FAST_RETRY,
                             uploader_factory=lambda: DavLinkUploader(endpoint, "送信", DAV_USER, DAV_PASSWORD))
    assert len(summary.sent) == 2
    received = smtp_server.handler.received
    assert len(received) == 2
    links = []
    for got in received:
        msg = got.message
        assert not list(msg.iter_attachments())                          # no attachment, only a link
        assert "資料はリンクからどうぞ。" in msg.get_body(("plain",)).get_content()
        links.append(_link_lines(msg)["議事録 第3回.pdf"])
    assert links[0] == links[1]                                          # one upload per group
    fetched = httpx.get(links[0], auth=(DAV_USER, DAV_PASSWORD))
    assert fetched.status_code == 200 and fetched.content == doc.read_bytes()
    job = outbox.jobs()[0]
    day = dt.datetime.fromtimestamp(job.created_at).date().isoformat()
    folder = root / "送信" / "送付" / day / job.group_id
    assert [p.name for p in folder.iterdir()] == ["議事録 第3回.pdf"]    # dated group folder, no temp leftovers
    assert len(list(root.rglob("*.pdf"))) == 1


def test_existing_remote_files_are_reused_or_left_alone(tmp_path, dav):
    endpoint, root = dav
    doc = tmp_path / "報告書.pdf"
    doc.write_bytes(b"%PDF report " * 100)
    folder = link_folder("g-1", dt.datetime(2026, 11, 25, 9, 0).timestamp())
    assert folder == "送付/2026-11-25/g-1"
    uploader = DavLinkUploader(endpoint, "クラウド/課", DAV_USER, DAV_PASSWORD)
    try:
        url = uploader.upload(doc, folder, doc.name, _sha(doc.read_bytes()))
        # a retry after a crash between upload and recording the link: same bytes -> same file, same link
        assert uploader.upload(doc, folder, doc.name, _sha(doc.read_bytes())) == url
        remote_dir = root / "クラウド" / "課" / "送付" / "2026-11-25" / "g-1"
        assert [p.name for p in remote_dir.iterdir()] == ["報告書.pdf"]
        # somebody else's file of that name in the folder is never overwritten
        (remote_dir / "別紙.pdf").write_bytes(b"someone else's")
        other = tmp_path / "別紙.pdf"
        other.write_bytes(b"mine, longer than theirs")
        url2 = uploader.upload(other, folder, other.name, _sha(other.read_bytes()))
    finally:
        uploader.close()
    assert (remote_dir / "別紙.pdf").read_bytes() == b"someone else's"
    assert httpx.get(url2, auth=(DAV_USER, DAV_PASSWORD)).content == b"mine, longer than theirs"
    assert sorted(p.name for p in remote_dir.iterdir()) == ["別紙 (2).pdf", "別紙.pdf", "報告書.pdf"]


def test_bad_cloud_password_fails_without_mailing(tmp_path, dav, outbox, smtp_server, transport_factory):
    endpoint, _ = dav
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    outbox.queue([Recipient("a@example.jp")], sender=SENDER, subject="s", body="b", attachments=[doc],
                 transport="link", state="held")
    summary = process_outbox(outbox, transport_factory, retry=FAST_RETRY,
                             uploader_factory=lambda: DavLinkUploader(endpoint, "", DAV_USER, "wrong"))
    assert summary.failed and smtp_server.handler.received == []
    job = outbox.jobs()[0]
    assert "refused the credentials" in job.error and "wrong" not in job.error


def test_unreachable_server_is_a_temporary_upload_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x")
    uploader = DavLinkUploader(f"http://127.0.0.1:{free_port()}", "", DAV_USER, DAV_PASSWORD, timeout=2)
    with pytest.raises(UploadError, match="could not be reached") as info:
        uploader.upload(f, "送付/2026-11-25/g", "a.txt", _sha(b"x"))
    assert info.value.params.get("temporary") is True
    uploader.close()


def test_missing_or_malformed_endpoint_is_not_configured():
    with pytest.raises(NotConfigured):
        DavLinkUploader("", "", DAV_USER, DAV_PASSWORD)
    with pytest.raises(NotConfigured, match="not a web address"):
        DavLinkUploader("ftp://files.example.jp", "", DAV_USER, DAV_PASSWORD)


def test_run_outbox_takes_the_cloud_password_from_the_store_only(tmp_path, dav, outbox, smtp_server, smtp_config):
    from desktop.services.secrets import SecretKey, set_secret
    from desktop.services.send.service import SendConfig, run_outbox

    from .conftest import PASSWORD

    endpoint, root = dav
    set_secret(SecretKey.SMTP_PASSWORD, PASSWORD)
    set_secret(SecretKey.CLOUD_PASSWORD, DAV_PASSWORD)
    config = SendConfig(smtp=smtp_config, sender=SENDER, cloud_endpoint=endpoint, cloud_root="課/共有",
                        cloud_user=DAV_USER)
    doc = tmp_path / "起案書.docx"
    doc.write_bytes(b"PK docx bytes" * 50)
    outbox.queue([Recipient("a@example.jp")], sender=SENDER, subject="リンク", body="", attachments=[doc],
                 transport="link", state="held")
    summary = run_outbox(config, outbox=outbox, retry=FAST_RETRY)
    assert len(summary.sent) == 1
    url = _link_lines(smtp_server.handler.received[0].message)["起案書.docx"]
    assert "/%E8%AA%B2/%E5%85%B1%E6%9C%89/%E9%80%81%E4%BB%98/" in url        # <cloud_root>/送付/<date>/<group>/
    assert httpx.get(url, auth=(DAV_USER, DAV_PASSWORD)).content == doc.read_bytes()
    stored = b"".join(p.read_bytes() for p in outbox.folder.rglob("*") if p.is_file())
    assert DAV_PASSWORD.encode() not in stored and DAV_USER.encode() not in url.encode()
