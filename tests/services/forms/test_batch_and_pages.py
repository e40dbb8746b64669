"""Batch extraction in a child process over PDFs/images, and bad input giving clear messages."""
import numpy as np
import pytest
from PIL import Image

from desktop.services.common.jobs import run_in_child
from desktop.services.forms import pages, sample_form
from desktop.services.forms.errors import EncryptedPdf, UnreadableInput
from desktop.services.forms.extract import extract_batch
from tests.services.forms.conftest import bundled_template_path, save_png


@pytest.fixture(scope="module")
def batch_pdf(tmp_path_factory):
    """A 4-page PDF: two filled forms, a blank page, a page of another form."""
    rng = np.random.default_rng(11)
    blank = sample_form.draw_blank()
    imgs = [Image.fromarray(sample_form.degrade(sample_form.draw_filled(sample_form.sample_values(i), blank), rng))
            for i in (0, 1)]
    imgs += [Image.new("L", sample_form.PAGE, 255), sample_form.draw_other_form()]
    path = tmp_path_factory.mktemp("batch") / "scans.pdf"
    imgs[0].save(path, save_all=True, append_images=imgs[1:], resolution=300)
    return path


def test_multi_page_pdf_batch_in_a_child_process(batch_pdf, tmp_path, monkeypatch):
    user_home = tmp_path / "user-home"
    monkeypatch.setenv("HOME", str(user_home))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    progress = []
    result = run_in_child("desktop.services.forms.extract:extract_batch",
                          {"template": str(bundled_template_path()), "inputs": [str(batch_pdf)]},
                          progress=lambda f, m="": progress.append(f))
    assert [r.page for r in result.records] == [1, 2]
    assert result.records[0].field("氏名").value == "山田太郎"
    assert result.records[1].field("フリガナ").value == "サトウハナコ"
    assert {f.origin for r in result.records for f in r.fields} == {"ocr", "fill_ratio"}  # image-only PDF
    assert [(r.page, r.reason) for r in result.rejected] == [(3, "blank"), (4, "not_matching")]
    assert "blank" in result.rejected[0].message and "not a 証明書交付申請書 form" in result.rejected[1].message
    assert progress and progress[-1] == 1.0
    # onnxruntime wrote nothing into the user's home (telemetry off; its cache would go to our cache dir)
    assert not (user_home / ".cache" / "Microsoft").exists()


def test_folder_of_images_by_template_name(tmp_path, reader):
    folder = tmp_path / "scans"
    folder.mkdir()
    save_png(sample_form.draw_filled(sample_form.sample_values(3)), folder / "a.png")
    (folder / "notes.txt").write_text("not a scan")
    result = extract_batch("証明書交付申請書", [str(folder)], previews=False)
    assert len(result.records) == 1 and result.records[0].field("氏名").value == "高橋美咲"


def test_non_image_is_a_clear_error(tmp_path):
    bad = tmp_path / "memo.png"
    bad.write_text("this is text, not a picture")
    with pytest.raises(UnreadableInput, match="memo.png is neither an image nor a PDF"):
        list(pages.iter_pages(bad))
    with pytest.raises(UnreadableInput):
        extract_batch(str(bundled_template_path()), [str(bad)])


def test_encrypted_pdf_is_a_clear_error(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="secret")
    c.drawString(100, 100, "confidential")
    c.save()
    with pytest.raises(EncryptedPdf, match="password-protected"):
        list(pages.iter_pages(path))


def test_corrupt_pdf_is_a_clear_error(tmp_path, batch_pdf):
    path = tmp_path / "broken.pdf"
    path.write_bytes(batch_pdf.read_bytes()[:400])
    with pytest.raises(UnreadableInput, match="damaged PDF"):
        pages.count_pages(path)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(UnreadableInput, match="does not exist"):
        pages.expand_inputs([tmp_path / "nowhere.pdf"])


def test_blank_page_detection_tolerates_scanner_noise():
    rng = np.random.default_rng(1)
    noisy_blank = np.clip(rng.normal(245, 6, (3508, 2480)), 0, 255).astype(np.uint8)
    assert pages.is_blank(noisy_blank)
    assert not pages.is_blank(np.asarray(sample_form.draw_blank()))


def test_image_at_other_dpi_is_rescaled_to_300(tmp_path):
    img = sample_form.draw_blank().resize((1240, 1754))
    path = tmp_path / "150dpi.png"
    img.save(path, dpi=(150, 150))
    (page,) = pages.iter_pages(path)
    assert page.image.shape == (3508, 2480)


def test_multi_page_tiff(tmp_path):
    path = tmp_path / "two.tif"
    a, b = sample_form.draw_blank(), sample_form.draw_other_form()
    a.save(path, save_all=True, append_images=[b], dpi=(300, 300))
    assert pages.count_pages(path) == 2
