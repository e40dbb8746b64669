"""The bundled sample form (証明書交付申請書) drawn with Pillow + IPAexGothic, filled and "scanned".

Used by ``resources/forms/make_sample_form.py`` (writes the blank reference + template JSON), by the tests
and the benchmark (filled renders degraded like a scan) and by the UI demo. A4 at 300 dpi = 2480×3508 px.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "C:/Windows/Fonts/msgothic.ttc",
)
PAGE = (2480, 3508)
TEMPLATE_NAME = "証明書交付申請書"

# row label, field name, type, row height
_ROWS = (
    ("申請日", "申請日", "date_wareki", 200),
    ("フリガナ", "フリガナ", "kana", 170),
    ("氏名", "氏名", "text", 220),
    ("生年月日", "生年月日", "date_wareki", 200),
    ("郵便番号", "郵便番号", "postal", 200),
    ("住所", "住所", "text", 220),
    ("電話番号", "電話番号", "phone", 200),
)
GROUP_NAME = "証明書の種類"
GROUP_OPTIONS = ("住民票の写し", "印鑑登録証明書", "課税証明書")
MAIL_NAME = "郵送希望"
LEFT, RIGHT, TOP, LABEL_W = 150, 2330, 520, 520
INSET = 18
CHECK = 72


def font_path() -> str:
    for p in FONT_CANDIDATES:
        if Path(p).is_file():
            return p
    raise FileNotFoundError("No Japanese font found (install fonts-ipaexfont).")


def _font(size: int):
    from PIL import ImageFont

    return ImageFont.truetype(font_path(), size)


@dataclass
class Layout:
    fields: list[dict]           # template JSON field entries
    rows: list[tuple[str, int, int]]  # (label, y, height)
    group_y: int
    mail_y: int
    bottom: int


def layout() -> Layout:
    y = TOP
    fields: list[dict] = []
    rows = []
    for label, name, ftype, h in _ROWS:
        rows.append((label, y, h))
        box = [LEFT + LABEL_W + INSET, y + INSET, RIGHT - LEFT - LABEL_W - 2 * INSET, h - 2 * INSET]
        if ftype == "postal":  # a printed 〒 sits at the start of the cell, outside the box
            box[0] += 90
            box[2] -= 90
        entry = {"name": name, "type": ftype, "box": box, "required": name in ("氏名", "住所", "生年月日")}
        fields.append(entry)
        y += h
    group_y = y
    rows.append((GROUP_NAME, y, 260))
    options = []
    x = LEFT + LABEL_W + 50
    for opt in GROUP_OPTIONS:
        options.append({"label": opt, "box": [x, y + 94, CHECK, CHECK]})
        x += 540
    fields.append({"name": GROUP_NAME, "type": "checkbox_group", "rule": "exactly_one", "options": options,
                   "required": True})
    y += 260
    mail_y = y
    rows.append((MAIL_NAME, y, 200))
    fields.append({"name": MAIL_NAME, "type": "checkbox", "box": [LEFT + LABEL_W + 50, y + 64, CHECK, CHECK]})
    y += 200
    return Layout(fields, rows, group_y, mail_y, y)


def template_json(image_name: str = "blank.png") -> dict:
    return {"name": TEMPLATE_NAME, "image": image_name, "dpi": 300, "fields": layout().fields}


def draw_blank():
    """The blank form as a Pillow 'L' image."""
    from PIL import Image, ImageDraw

    lay = layout()
    img = Image.new("L", PAGE, 255)
    d = ImageDraw.Draw(img)
    d.text((LEFT, 180), "様式第1号（第3条関係）", font=_font(40), fill=0)
    title = "証明書交付申請書"
    tf = _font(90)
    tw = d.textlength(title, font=tf)
    d.text(((PAGE[0] - tw) / 2, 280), title, font=tf, fill=0)
    d.text((1500, 440), "東京都〇〇区長　殿", font=_font(44), fill=0)
    lf = _font(52)
    for label, y, h in lay.rows:
        d.line([(LEFT, y), (RIGHT, y)], fill=0, width=4)
        d.text((LEFT + 40, y + h / 2 - 30), label, font=lf, fill=0)
    d.rectangle([LEFT, TOP, RIGHT, lay.bottom], outline=0, width=8)
    d.line([(LEFT + LABEL_W, TOP), (LEFT + LABEL_W, lay.bottom)], fill=0, width=4)
    postal_y = next(y for label, y, h in lay.rows if label == "郵便番号")
    d.text((LEFT + LABEL_W + 30, postal_y + 65), "〒", font=lf, fill=0)
    group = next(f for f in lay.fields if f["name"] == GROUP_NAME)
    for opt in group["options"]:
        x, y, w, h = opt["box"]
        d.rectangle([x, y, x + w, y + h], outline=0, width=5)
        d.text((x + w + 24, y + 6), opt["label"], font=_font(48), fill=0)
    x, y, w, h = next(f for f in lay.fields if f["name"] == MAIL_NAME)["box"]
    d.rectangle([x, y, x + w, y + h], outline=0, width=5)
    d.text((x + w + 24, y + 6), "郵送での交付を希望する（送料は申請者負担）", font=_font(48), fill=0)
    nf = _font(40)
    notes = ("注意事項", "1　太枠内を記入してください。", "2　本人確認書類を提示してください。",
             "3　代理人が申請する場合は委任状が必要です。")
    for i, line in enumerate(notes):
        d.text((LEFT, lay.bottom + 80 + i * 70), line, font=nf, fill=0)
    d.rectangle([1700, 3120, RIGHT, 3380], outline=0, width=4)
    d.text((1730, 3140), "受付印", font=nf, fill=0)
    return img


def sample_values(i: int = 0) -> dict:
    """A deterministic set of filled values (the ``i``-th person)."""
    people = (
        ("山田太郎", "ヤマダタロウ", dt.date(1985, 6, 15), "160-8001", "東京都新宿区西新宿二丁目8番1号", "03-5321-1111"),
        ("佐藤花子", "サトウハナコ", dt.date(1992, 11, 3), "100-0005", "東京都千代田区丸の内一丁目9番2号", "090-1234-5678"),
        ("鈴木一郎", "スズキイチロウ", dt.date(1960, 2, 29), "190-0022", "東京都立川市錦町三丁目5番12号", "042-523-0000"),
        ("高橋美咲", "タカハシミサキ", dt.date(2001, 4, 1), "135-0061", "東京都江東区豊洲五丁目6番36号", "080-9876-5432"),
        ("渡辺健", "ワタナベケン", dt.date(1975, 8, 20), "206-0011", "東京都多摩市関戸四丁目72番", "042-375-8111"),
        ("伊藤直子", "イトウナオコ", dt.date(1989, 1, 8), "114-0001", "東京都北区東十条二丁目14番3号", "03-3901-2222"),
    )
    name, kana, born, postal, addr, phone = people[i % len(people)]
    applied = dt.date(2024, 4, 1) + dt.timedelta(days=37 * i)
    from desktop.services.common.wareki import format_wareki

    return {
        "申請日": format_wareki(applied), "フリガナ": kana, "氏名": name, "生年月日": format_wareki(born),
        "郵便番号": postal, "住所": addr, "電話番号": phone,
        GROUP_NAME: [GROUP_OPTIONS[i % 3]], MAIL_NAME: i % 2 == 0,
    }


def draw_filled(values: dict, blank=None):
    """The blank form with ``values`` typed into the boxes and checkmarks drawn (Pillow 'L' image)."""
    from PIL import ImageDraw

    img = (blank or draw_blank()).copy()
    d = ImageDraw.Draw(img)
    f = _font(56)
    for entry in layout().fields:
        value = values.get(entry["name"])
        if entry["type"] == "checkbox_group":
            for opt in entry["options"]:
                if opt["label"] in (value or []):
                    _tick(d, opt["box"])
        elif entry["type"] == "checkbox":
            if value:
                _tick(d, entry["box"])
        elif value:
            x, y, w, h = entry["box"]
            d.text((x + 30, y + h / 2 - 32), str(value), font=f, fill=0)
    return img


def _tick(d, box) -> None:
    x, y, w, h = box
    d.line([(x + 12, y + h * 0.5), (x + w * 0.42, y + h - 12), (x + w + 18, y - 22)], fill=0, width=10)


def draw_other_form():
    """A page of a different form (会議室使用届) in the same font, for rejection tests."""
    from PIL import Image, ImageDraw

    img = Image.new("L", PAGE, 255)
    d = ImageDraw.Draw(img)
    d.text((700, 250), "会議室使用届出書", font=_font(96), fill=0)
    lf = _font(50)
    y = 700
    for i, label in enumerate(("使用日時", "使用目的", "使用人数", "所属部署", "責任者", "連絡先", "備品")):
        d.rectangle([300, y, 2200, y + 260], outline=0, width=5)
        d.line([(800, y), (800, y + 260)], fill=0, width=5)
        d.text((340, y + 100), label, font=lf, fill=0)
        d.text((860, y + 100), f"記入例{i + 1}　第{i + 2}会議室　午前{i + 9}時", font=lf, fill=0)
        y += 300
    return img


def degrade(img, rng: np.random.Generator, *, angle: float | None = None) -> np.ndarray:
    """Make a render look scanned: rotation 0.5–2°, scale, shift, blur, noise, JPEG. Returns a gray uint8 array."""
    import cv2

    arr = np.asarray(img.convert("L"), dtype=np.uint8)
    h, w = arr.shape
    if angle is None:
        angle = float(rng.uniform(0.5, 2.0) * rng.choice([-1, 1]))
    scale = float(rng.uniform(0.97, 1.03))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    m[:, 2] += rng.uniform(-40, 40, size=2)
    out = cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    out = cv2.GaussianBlur(out, (0, 0), float(rng.uniform(0.6, 1.1)))
    noise = rng.normal(0, float(rng.uniform(6, 12)), out.shape)
    out = np.clip(out.astype(np.float32) * 0.92 + 12 + noise, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(60, 81))])
    return cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)


def write_pdf(path: Path, pages: list[dict]) -> Path:
    """A PDF of sample forms (reportlab, IPAexGothic embedded). Each page is a dict:

    ``values`` (as :func:`sample_values`); ``image_only`` — the filled form as one picture, no text (a scan
    saved as PDF); otherwise born-digital: the blank form as background picture, text values as real text at
    their boxes (except names in ``raster``, drawn into the picture) and ticks as vector lines. ``hidden`` —
    values written as invisible text over the picture (a scanner's OCR layer). ``rotate=90`` stores the page
    sideways with /Rotate 90 and a crop box inside a larger media box; ``shift`` (dx, dy, scale) moves and
    scales the whole content (another program's margins) — the page still looks upright. ``upside_down`` draws
    the content turned by 180° (a form fed the wrong way round); ``page_scale`` makes page and content bigger
    (an A4 form printed to A3).
    """
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "IPAexGothic-forms"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, font_path()))
    pt = 72 / 300
    width, height = PAGE[0] * pt, PAGE[1] * pt
    blank = draw_blank()
    c = canvas.Canvas(str(path), pagesize=(width, height))
    for spec in pages:
        values = spec["values"]
        entries = layout().fields
        text_names = set() if spec.get("image_only") else {
            e["name"] for e in entries if "checkbox" not in e["type"] and e["name"] not in spec.get("raster", ())}
        picture_values = {k: v for k, v in values.items() if k not in text_names}
        if not spec.get("image_only"):
            picture_values = {k: v for k, v in picture_values.items() if k in spec.get("raster", ())}
        margin = 40 if spec.get("rotate") else 0
        grow = spec.get("page_scale", 1.0)
        c.setPageSize((width * grow + 2 * margin, height * grow + 2 * margin))
        c.setPageRotation(spec.get("rotate", 0))
        c.setCropBox((margin, margin, margin + height, margin + width) if margin else None)
        c.saveState()
        if spec.get("rotate") == 90:  # shown turned clockwise: draw the upright form turned the other way
            c.transform(0, 1, -1, 0, height + margin, margin)
        if spec.get("upside_down"):
            c.transform(-1, 0, 0, -1, width * grow, height * grow)
        dx, dy, scale = spec.get("shift", (0, 0, 1))
        c.translate(dx, dy)
        c.scale(scale * grow, scale * grow)
        c.drawImage(ImageReader(draw_filled(picture_values, blank)), 0, 0, width, height)
        for e in entries:
            value = values.get(e["name"])
            if e["name"] in text_names and value:
                x, y, w, h = e["box"]
                c.setFont(font, 56 * pt)
                c.drawString((x + 30) * pt, height - (y + h / 2 + 22) * pt, str(value))
            elif "checkbox" in e["type"] and not spec.get("image_only"):
                boxes = [o["box"] for o in e["options"] if o["label"] in (value or [])] if e.get("options") \
                    else ([e["box"]] if value else [])
                for x, y, w, h in boxes:
                    c.setLineWidth(10 * pt)
                    pts = [(x + 12, y + h * 0.5), (x + w * 0.42, y + h - 12), (x + w + 18, y - 22)]
                    c.lines([(a[0] * pt, height - a[1] * pt, b[0] * pt, height - b[1] * pt)
                             for a, b in zip(pts, pts[1:])])
        for name, value in (spec.get("hidden") or {}).items():
            x, y, w, h = next(e["box"] for e in entries if e["name"] == name)
            t = c.beginText((x + 30) * pt, height - (y + h / 2 + 22) * pt)
            t.setTextRenderMode(3)
            t.setFont(font, 56 * pt)
            t.textOut(str(value))
            c.drawText(t)
        c.restoreState()
        c.showPage()
    c.save()
    return Path(path)


def save_png_1bit(img, path: Path) -> None:
    """Save as a 1-bit PNG (small in git)."""
    bw = img.convert("L").point(lambda v: 255 if v > 160 else 0).convert("1")
    bw.save(path, optimize=True, dpi=(300, 300))


def to_png_bytes(arr_or_img) -> bytes:
    from PIL import Image

    img = arr_or_img if hasattr(arr_or_img, "save") else Image.fromarray(arr_or_img)
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(300, 300))
    return buf.getvalue()
