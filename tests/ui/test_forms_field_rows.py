"""A field read from a PDF's text layer says so on its review row instead of an OCR confidence."""
from desktop.services.forms.extract import ORIGIN_OCR, ORIGIN_TEXT_LAYER, FieldResult


def test_row_shows_where_the_value_came_from(qtbot):
    from desktop.services import paths
    from desktop.services.forms.template import load_template
    from desktop.ui.forms.field_rows import FieldRow

    field = load_template(paths.resource_path("forms", "shomei_shinsei", "template.json")).field("氏名")
    from_text = FieldRow(field, FieldResult("氏名", "text", "山田太郎", "山田太郎", 1.0, [], b"", ORIGIN_TEXT_LAYER), 0.9)
    from_ocr = FieldRow(field, FieldResult("氏名", "text", "山田太郎", "山田太郎", 0.97, [], b"", ORIGIN_OCR), 0.9)
    qtbot.addWidget(from_text)
    qtbot.addWidget(from_ocr)
    assert from_text.conf_label.text() == "PDFの文字情報から読み取り"
    assert from_ocr.conf_label.text() == "信頼度 97%"
    assert from_text.value() == "山田太郎" and not from_text.needs_attention()


def test_row_of_a_fillable_pdf_form_field_says_so(qtbot):
    from desktop.services import paths
    from desktop.services.forms.extract import ORIGIN_FORM_FIELD
    from desktop.services.forms.template import load_template
    from desktop.ui.forms.field_rows import FieldRow

    field = load_template(paths.resource_path("forms", "shomei_shinsei", "template.json")).field("郵便番号")
    row = FieldRow(field, FieldResult("郵便番号", "postal", "123-4567", "123-4567", 1.0, [], b"", ORIGIN_FORM_FIELD),
                   0.9)
    qtbot.addWidget(row)
    assert row.conf_label.text() == "PDFの入力欄から読み取り"
    assert row.value() == "123-4567" and not row.needs_attention()
