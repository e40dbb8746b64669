#!/usr/bin/env python3
"""Generate the Group Policy template (ADMX + ja-JP and en-US ADML) from the settings schema.

    python scripts/admx.py build     # write packaging/windows/policy/ToseiDesk.admx, ja-JP/, en-US/
    python scripts/admx.py check     # exit 1 if the committed files differ from what the schema gives

One policy per setting of :data:`desktop.services.settings.SCHEMA` (category = the settings page's group),
plus one policy "Settings users cannot change" listing setting keys. They write exactly the registry layout
:mod:`desktop.services.policy_registry` reads (HKLM\\Software\\Policies\\ToseiDesk\\Settings and ...\\Locked):
text and numbers with a fraction as REG_SZ, integers and on/off as REG_DWORD, lists as a subkey of values
"1", "2", .... Labels: the settings page's Japanese labels and their English translations (shell_en.ts),
the schema's English help; keys the page does not show have their labels here.
"""
from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "packaging" / "windows" / "policy"
NAMESPACE = "Tokyo.Metro.ToseiDesk.Policies"
PD_NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"

# Settings the settings page does not show (read from the policy mostly): Japanese label, English label
EXTRA_LABELS = {
    "transcription_server_url": ("局の文字起こしサーバー（URL）", "Bureau transcription server (URL)"),
    "transcription_server_model": ("文字起こしサーバーのモデル名", "Model asked of the transcription server"),
    "transcription_server_upload": ("文字起こしサーバーへの録音送信を許可", "Allow sending recordings to that server"),
    "transcription_server_auth": ("文字起こしサーバーの認証方式", "Transcription server sign-in"),
    "tls_ca_file": ("追加で信頼する CA 証明書（PEM）", "Extra trusted CA certificate (PEM)"),
    "approval_shared_folder": ("決裁の共有フォルダ（クラウド上）", "Shared approval folder (on the cloud server)"),
    "approval_key_file": ("職員の署名鍵ファイル（.p12）", "Staff signing key file (.p12)"),
    "approval_ca_file": ("局の CA 証明書（職員証明書の検証）", "Bureau CA certificate (checks staff certificates)"),
    "sign_in_method": ("サインイン方式", "Sign-in method"),
    "oidc_authority": ("OpenID Connect の発行者 URL", "OpenID Connect issuer URL"),
    "oidc_client_id": ("クライアント（アプリケーション）ID", "Client (application) ID"),
    "oidc_scopes": ("追加で要求するスコープ", "Extra scopes to request"),
    "oidc_ca_file": ("ID プロバイダー用の CA 証明書（PEM）", "CA certificate for the identity provider (PEM)"),
    "oidc_prompt": ("サインイン時の prompt", "prompt sent at sign-in"),
    "oidc_section_claim": ("所属を表す ID トークンのクレーム", "ID-token claim holding the staff's section"),
    "smtp_auth": ("SMTP の認証方式", "SMTP sign-in"),
    "cloud_auth": ("クラウド（WebDAV）の認証方式", "Cloud (WebDAV) sign-in"),
}
EXTRA_GROUPS = {  # category of the keys above: (Japanese, English)
    "transcription_server": ("議事録", "Minutes"), "tls_ca_file": ("FAXレス送信", "Fax-less sending"),
    "approval": ("電子決裁", "Electronic approval"), "sign_in_method": ("シングルサインオン", "Single sign-on"),
    "oidc": ("シングルサインオン", "Single sign-on"), "smtp_auth": ("シングルサインオン", "Single sign-on"),
    "cloud_auth": ("シングルサインオン", "Single sign-on"),
}
CHOICE_EXTRA = {"password": ("パスワード", "Password"), "oidc": ("シングルサインオン（OpenID Connect）", "Single sign-on (OpenID Connect)"),
                "oauth": ("シングルサインオンのトークン", "Single sign-on token"),
                "token": ("固定トークン（資格情報ストア）", "Static token (credential store)"), "consent": ("consent", "consent"),
                "login": ("login", "login"), "select_account": ("select_account", "select_account"),
                "": ("（送らない）", "(not sent)")}
TYPE_HELP = {
    bool: ("有効にするとオン、無効にするとオフに設定します。", "Enabled sets it on, Disabled sets it off."),
    int: ("整数（REG_DWORD）。", "An integer (REG_DWORD)."),
    float: ("小数を含む数値（例 0.25、REG_SZ）。", "A number, may have a fraction (e.g. 0.25; REG_SZ)."),
    str: ("文字列（REG_SZ）。", "Text (REG_SZ)."),
    list: ("一覧（1 行に 1 件）。無効にすると空の一覧になります。", "A list (one entry per line). Disabled sets an empty list."),
}
COMMON_HELP = ("ポリシーファイル（policy.toml）の同じキーより優先されます。未構成のときはポリシーファイルの値、"
               "なければ利用者の設定が使われます。利用者による変更を禁止するには「利用者が変更できない設定」に"
               "キー {key} を加えてください。",
               "Takes precedence over the same key of the policy file (policy.toml). Not configured: the policy "
               "file's value, else the user's setting, applies. To stop users changing it, add the key {key} to "
               "\"Settings users cannot change\".")


def translations() -> dict[str, str]:
    tree = ET.parse(ROOT / "resources" / "translations" / "shell_en.ts")
    out = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "SettingsLabels":
            for message in context.iter("message"):
                if message.findtext("translation"):
                    out[message.findtext("source")] = message.findtext("translation")
    return out


def page_labels() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(labels, groups, choice labels) by key: (Japanese, English)."""
    from desktop.ui.settings_page import CHOICE_LABELS, GROUPS

    en = translations()
    labels, groups = {}, {}
    for group, keys in GROUPS:
        for key, label in keys:
            labels[key] = (label, en.get(label, label))
            groups[key] = (group, en.get(group, group))
    choices = {value: (label, en.get(label, label)) for value, label in CHOICE_LABELS.items()}
    return labels, groups, choices


def _sid(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", text)


def describe(schema=None):
    """Every policy: dict(key, type, ja, en, group, help, choices, default)."""
    from desktop.services.settings import SCHEMA

    schema = schema or SCHEMA
    labels, groups, choices = page_labels()
    out = []
    for key, spec in schema.items():
        label = labels.get(key) or EXTRA_LABELS.get(key)
        if label is None:
            raise SystemExit(f"admx: no label for setting {key}: add it to EXTRA_LABELS in scripts/admx.py")
        group = groups.get(key) or next((g for prefix, g in EXTRA_GROUPS.items() if key.startswith(prefix)), None)
        if group is None:
            raise SystemExit(f"admx: no category for setting {key}: add it to EXTRA_GROUPS in scripts/admx.py")
        items = []
        for value in spec.choices:
            if key == "transcribe_language" and value == "auto":
                items.append((value, ("自動判定", "Detect automatically")))
            else:
                items.append((value, choices.get(value) or CHOICE_EXTRA.get(value) or (str(value), str(value))))
        out.append(dict(key=key, type=spec.type, ja=label[0], en=label[1], group=group, help=spec.help,
                        choices=items, default=spec.default))
    return out


def build_admx(policies) -> str:
    settings_key = r"Software\Policies\ToseiDesk\Settings"
    groups = list(dict.fromkeys(p["group"] for p in policies))
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             "<!-- Generated by scripts/admx.py from desktop/services/settings.py SCHEMA: do not edit. -->",
             f'<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
             f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" '
             f'xmlns="{PD_NS}">',
             "  <policyNamespaces>",
             f'    <target prefix="toseidesk" namespace="{NAMESPACE}" />',
             '    <using prefix="windows" namespace="Microsoft.Policies.Windows" />',
             "  </policyNamespaces>",
             '  <resources minRequiredRevision="1.0" />',
             "  <supportedOn>", "    <definitions>",
             '      <definition name="SUPPORTED_ToseiDesk" displayName="$(string.SUPPORTED_ToseiDesk)" />',
             "    </definitions>", "  </supportedOn>",
             "  <categories>", '    <category name="ToseiDesk" displayName="$(string.Cat_ToseiDesk)" />']
    for i, _g in enumerate(groups):
        lines += [f'    <category name="Cat_{i}" displayName="$(string.Cat_{i})">',
                  '      <parentCategory ref="ToseiDesk" />', "    </category>"]
    lines += ["  </categories>", "  <policies>"]
    for p in policies:
        key, typ = p["key"], p["type"]
        cat = f"Cat_{groups.index(p['group'])}"
        head = (f'    <policy name="{key}" class="Machine" displayName="$(string.{key})" '
                f'explainText="$(string.{key}_Help)" key="{settings_key}"')
        meta = [f'      <parentCategory ref="{cat}" />', '      <supportedOn ref="SUPPORTED_ToseiDesk" />']
        if typ is bool:
            lines += [head + f' valueName="{key}">', *meta,
                      '      <enabledValue><decimal value="1" /></enabledValue>',
                      '      <disabledValue><decimal value="0" /></disabledValue>', "    </policy>"]
            continue
        lines += [head + f' presentation="$(presentation.{key})">', *meta, "      <elements>"]
        if p["choices"]:
            lines.append(f'        <enum id="{key}" valueName="{key}" required="true">')
            for value, _label in p["choices"]:
                lines.append(f'          <item displayName="$(string.{key}__{_sid(value) or "empty"})">'
                             f"<value><string>{escape(value)}</string></value></item>")
            lines.append("        </enum>")
        elif typ is int:
            lines.append(f'        <decimal id="{key}" valueName="{key}" minValue="0" maxValue="2147483647" '
                         f'required="true" />')
        elif typ is list:
            lines.append(f'        <list id="{key}" key="{settings_key}\\{key}" valuePrefix="" />')
        else:  # str, float (as text)
            lines.append(f'        <text id="{key}" valueName="{key}" maxLength="1023"'
                         f'{" required=" + chr(34) + "true" + chr(34) if typ is float else ""} />')
        lines += ["      </elements>", "    </policy>"]
    lines += ['    <policy name="locked" class="Machine" displayName="$(string.locked)" '
              'explainText="$(string.locked_Help)" presentation="$(presentation.locked)" '
              r'key="Software\Policies\ToseiDesk\Locked">',
              '      <parentCategory ref="ToseiDesk" />', '      <supportedOn ref="SUPPORTED_ToseiDesk" />',
              "      <elements>",
              r'        <list id="locked" key="Software\Policies\ToseiDesk\Locked" valuePrefix="" />',
              "      </elements>", "    </policy>",
              "  </policies>", "</policyDefinitions>", ""]
    return "\n".join(lines)


def build_adml(policies, lang: str) -> str:
    ja = lang == "ja"
    pick = (lambda pair: pair[0]) if ja else (lambda pair: pair[1])
    groups = list(dict.fromkeys(p["group"] for p in policies))
    strings = [("Cat_ToseiDesk", "Tosei Desk"),
               ("SUPPORTED_ToseiDesk", "Tosei Desk 1.0 以降" if ja else "Tosei Desk 1.0 and later")]
    strings += [(f"Cat_{i}", pick(g)) for i, g in enumerate(groups)]
    presentations = []
    for p in policies:
        key, typ = p["key"], p["type"]
        label = pick((p["ja"], p["en"]))
        default = p["default"]
        shown_default = ("、".join(default) if ja else ", ".join(default)) if isinstance(default, list) else default
        if isinstance(default, bool):
            shown_default = ("オン" if default else "オフ") if ja else ("on" if default else "off")
        help_text = "\n\n".join([
            (f"設定キー: {key}" if ja else f"Setting key: {key}") + "\n" + (p["ja"] if ja else p["help"]),
            pick(TYPE_HELP[typ]) + " " + (f"既定値: {shown_default!s}" if ja else f"Default: {shown_default!s}"),
            pick(COMMON_HELP).format(key=key)])
        strings += [(key, label), (f"{key}_Help", help_text)]
        for value, names in p["choices"]:
            strings.append((f"{key}__{_sid(value) or 'empty'}", pick(names)))
        if typ is bool:
            continue
        if p["choices"]:
            index = [v for v, _ in p["choices"]].index(default) if default in [v for v, _ in p["choices"]] else 0
            control = f'<dropdownList refId="{key}" noSort="true" defaultItem="{index}">{escape(label)}</dropdownList>'
        elif typ is int:
            control = f'<decimalTextBox refId="{key}" defaultValue="{int(default)}">{escape(label)}</decimalTextBox>'
        elif typ is list:
            control = f'<listBox refId="{key}">{escape(label)}</listBox>'
        else:
            dv = f"<defaultValue>{escape(str(default))}</defaultValue>" if str(default) else ""
            control = f'<textBox refId="{key}"><label>{escape(label)}</label>{dv}</textBox>'
        presentations.append(f'      <presentation id="{key}">{control}</presentation>')
    strings += [("locked", "利用者が変更できない設定" if ja else "Settings users cannot change"),
                ("locked_Help",
                 "ここに挙げた設定キー（例 smtp_host）は、ポリシーの値に固定され、利用者は変更できません"
                 "（設定画面では読み取り専用で表示）。ポリシーファイルの [locked] keys と合わせて適用されます。"
                 if ja else
                 "Setting keys listed here (e.g. smtp_host) take the policy value and users cannot change them "
                 "(the settings page shows them read-only). Applied together with [locked] keys of the policy "
                 "file.")]
    presentations.append('      <presentation id="locked"><listBox refId="locked">'
                         + ("設定キー" if ja else "Setting keys") + "</listBox></presentation>")
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             "<!-- Generated by scripts/admx.py from desktop/services/settings.py SCHEMA: do not edit. -->",
             f'<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
             f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" '
             f'xmlns="{PD_NS}">',
             "  <displayName>Tosei Desk</displayName>",
             "  <description>" + ("Tosei Desk の管理者ポリシー" if ja else "Tosei Desk administrator policy")
             + "</description>",
             "  <resources>", "    <stringTable>"]
    lines += [f"      <string id={quoteattr(sid)}>{escape(text)}</string>" for sid, text in strings]
    lines += ["    </stringTable>", "    <presentationTable>", *presentations, "    </presentationTable>",
              "  </resources>", "</policyDefinitionResources>", ""]
    return "\n".join(lines)


def outputs() -> dict[Path, str]:
    policies = describe()
    return {OUT / "ToseiDesk.admx": build_admx(policies),
            OUT / "ja-JP" / "ToseiDesk.adml": build_adml(policies, "ja"),
            OUT / "en-US" / "ToseiDesk.adml": build_adml(policies, "en")}


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "build"
    stale = []
    for path, text in outputs().items():
        ET.fromstring(text.encode("utf-8"))  # well-formed, or raise here
        if mode == "check":
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"admx: wrote {path.relative_to(ROOT)}")
    if stale:
        print("admx: out of date with the settings schema (run python scripts/admx.py build): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
