import json
import shutil

import pytest

from desktop.services.forms.errors import TemplateError
from desktop.services.forms.template import (Field, find_template, list_templates, load_template,
                                             save_template, user_templates_dir)
from tests.services.forms.conftest import bundled_template_path


def _copy_sample(tmp_path):
    src = bundled_template_path().parent
    dst = tmp_path / "tpl"
    shutil.copytree(src, dst)
    return dst / "template.json"


def test_bundled_sample_loads_with_its_fields(template):
    names = [f.name for f in template.fields]
    assert names == ["申請日", "フリガナ", "氏名", "生年月日", "郵便番号", "住所", "電話番号", "証明書の種類", "郵送希望"]
    assert template.size == (2480, 3508)
    group = template.field("証明書の種類")
    assert group.type == "checkbox_group" and group.rule == "exactly_one" and len(group.options) == 3
    assert template.field("生年月日").type == "date_wareki"


def test_bundled_image_is_small_one_bit_png():
    from PIL import Image

    image = bundled_template_path().parent / "blank.png"
    assert image.stat().st_size < 100_000
    with Image.open(image) as im:
        assert im.mode == "1"


def test_box_outside_image_is_a_clear_error(tmp_path):
    path = _copy_sample(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["fields"][2]["box"] = [2300, 3400, 400, 200]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        load_template(path)
    msg = str(err.value)
    assert "氏名" in msg and "outside" in msg and "2480×3508" in msg


@pytest.mark.parametrize("mutate, words", [
    (lambda d: d["fields"][0].update(type="colour"), "unknown type"),
    (lambda d: d["fields"][0].update(box=[1, 2, 3]), "[x, y, width, height]"),
    (lambda d: d["fields"][1].update(name=d["fields"][0]["name"]), "two fields"),
    (lambda d: d.update(image="missing.png"), "missing"),
    (lambda d: d["fields"][7].update(options=d["fields"][7]["options"][:1]), "fewer than two"),
])
def test_malformed_templates_are_rejected_with_reason(tmp_path, mutate, words):
    path = _copy_sample(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    mutate(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TemplateError, match=words):
        load_template(path)


def test_not_json_is_a_clear_error(tmp_path):
    bad = tmp_path / "t.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(TemplateError, match="not valid JSON"):
        load_template(bad)


def test_save_user_template_and_find_it_by_name(template):
    fields = [Field("件名", "text", (100, 100, 600, 80)), Field("受付日", "date", (100, 300, 600, 80))]
    from desktop.services.forms.template import Template

    tpl = Template("テスト様式", fields, template.image_path)
    path = save_template(tpl)
    assert path.parent.parent == user_templates_dir()
    assert (path.parent / "blank.png").exists()  # the image travels with the JSON
    again = find_template("テスト様式")
    assert [f.name for f in again.fields] == ["件名", "受付日"]
    assert again.field("受付日").box == (100, 300, 600, 80)
    listed = {t.name for _p, t in list_templates() if not isinstance(t, Exception)}
    assert {"テスト様式", "証明書交付申請書"} <= listed


def test_saving_refuses_a_box_outside_and_writes_nothing(template):
    from desktop.services.forms.template import Template

    tpl = Template("はみ出し", [Field("x", "text", (2400, 10, 200, 50))], template.image_path)
    with pytest.raises(TemplateError, match="outside"):
        save_template(tpl)
    assert not (user_templates_dir() / "はみ出し" / "template.json").exists()


def test_unknown_template_name_lists_known_ones():
    with pytest.raises(TemplateError, match="証明書交付申請書"):
        find_template("存在しない様式")
