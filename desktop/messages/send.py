"""The send tool's typed errors as translated sentences that say what to do (desktop.services.send).

Services raise errors with a plain English ``str`` (CLI, log) and a reason code in ``params``; this module maps
each code to a sentence in the user's language. The server's own reply, when there is one, follows on a line
of its own ("サーバーの応答: ..."), since it is the server's words, not ours.
"""
from __future__ import annotations

from desktop.messages.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.services.send import errors as e
from desktop.services.send.runner import OutboxBusy

CONTEXT = "SendErrors"


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def _p(exc: BaseException, key: str, default=""):
    return (getattr(exc, "params", {}) or {}).get(key, default)


ADDRESS_REASONS = {
    "empty": QT_TRANSLATE_NOOP("SendErrors", "空欄です"),
    "at_count": QT_TRANSLATE_NOOP("SendErrors", "「@」がないか、2つ以上あります"),
    "spaces": QT_TRANSLATE_NOOP("SendErrors", "空白が含まれています"),
    "non_ascii": QT_TRANSLATE_NOOP("SendErrors", "全角の文字や日本語が含まれています"),
    "bad_domain": QT_TRANSLATE_NOOP("SendErrors", "「@」より後ろが正しいドメインではありません"),
    "malformed": QT_TRANSLATE_NOOP("SendErrors", "形式が正しくありません"),
}


def invalid_recipient(exc: BaseException) -> str:
    reason = _p(exc, "reason")
    if reason in ADDRESS_REASONS:
        text = translate("SendErrors", "「{value}」はメールアドレスとして使えません（{why}）。").format(
            value=_p(exc, "address"), why=_tr(ADDRESS_REASONS[reason]))
        if reason == "at_count" and "@" not in str(_p(exc, "address")) and "＠" not in str(_p(exc, "address")):
            text += "\n" + translate("SendErrors", "宛先帳の方を名前で探すときは、入力中に表示される候補から選んでください。")
        return text
    if reason == "none" or (not getattr(exc, "params", None) and str(exc) == "There is no recipient."):
        return translate("SendErrors", "宛先がありません。宛先を入力して「追加」を押してください。")
    if reason == "fax_ambiguous":
        return translate("SendErrors", "FAX番号 {n} は宛先帳の {count} 件に登録されています。送る相手のメールアドレスを入力してください: "
                  "{addresses}").format(n=_p(exc, "number"), count=len(_p(exc, "addresses", [])),
                                        addresses="、".join(_p(exc, "addresses", [])))
    if reason == "no_group":
        return translate("SendErrors", "同報グループ「{g}」がないか、メンバーがいません。").format(g=_p(exc, "group"))
    if _p(exc, "addresses"):
        return translate("SendErrors", "同じ宛先が2回入っています: {a}").format(a="、".join(_p(exc, "addresses")))
    return translate("SendErrors", "宛先が正しくありません。宛先を確認してください。")


NOT_CONFIGURED = {
    "smtp_from": QT_TRANSLATE_NOOP("SendErrors", "差出人のメールアドレスが設定されていません。「設定」の「差出人アドレス」に"
                                                 "入力するか、クラウド同期の画面で職員IDにサインインしてください。"),
    "smtp_host": QT_TRANSLATE_NOOP("SendErrors", "メールの送信サーバーが設定されていません。「設定」の「SMTPサーバー」に"
                                                 "入力してください（分からない場合は情報システム担当に確認してください）。"),
    "smtp_security": QT_TRANSLATE_NOOP("SendErrors", "送信サーバーの暗号化の設定が正しくありません。「設定」の「暗号化」を"
                                                     "選び直してください。"),
    "cloud_endpoint": QT_TRANSLATE_NOOP("SendErrors", "リンクで送るにはクラウドのアドレスが必要です。クラウド同期の画面で"
                                                      "アドレスを入力してください。"),
}


def not_configured(exc: BaseException) -> str:
    text = NOT_CONFIGURED.get(_p(exc, "field"))
    if text:
        return _tr(text)
    if "cloud_endpoint" in str(exc) or "cloud storage" in str(exc):
        return _tr(NOT_CONFIGURED["cloud_endpoint"])
    return translate("SendErrors", "送信の設定が不足しています。「設定」の送信の項目を確認してください。")


TRANSPORT = {
    "dns": QT_TRANSLATE_NOOP("SendErrors", "送信サーバー {host} が見つかりません。「設定」のSMTPサーバー名のつづりと、"
                                           "ネットワーク（庁内LAN・VPN）につながっているかを確認してください。"
                                           "送信待ちの分は、つながってから「今すぐ処理」で送れます。"),
    "refused": QT_TRANSLATE_NOOP("SendErrors", "送信サーバー {host} が接続を受け付けません。「設定」のポート番号と暗号化の"
                                               "方式を確認してください。送信待ちの分は消えていません。"),
    "timeout": QT_TRANSLATE_NOOP("SendErrors", "送信サーバー {host} から応答がありません。ネットワークを確認して、しばらく"
                                               "してから「今すぐ処理」を押してください。送信待ちの分は消えていません。"),
    "unreachable": QT_TRANSLATE_NOOP("SendErrors", "送信サーバー {host} に接続できません。ネットワーク（庁内LAN・VPN）を"
                                                   "確認してください。送信待ちの分は消えていません。"),
    "no_starttls": QT_TRANSLATE_NOOP("SendErrors", "送信サーバー {host} は暗号化（STARTTLS）に対応していません。「設定」の"
                                                   "暗号化の方式を情報システム担当に確認してください。"),
    "tls": QT_TRANSLATE_NOOP("SendErrors", "送信サーバー {host} との暗号化接続に失敗しました。サーバーの証明書か「設定」の"
                                           "暗号化の方式を確認してください。"),
    "no_password": QT_TRANSLATE_NOOP("SendErrors", "送信サーバーのパスワードが保存されていません。「設定」でパスワードを"
                                                   "保存してください。"),
    "auth_rejected": QT_TRANSLATE_NOOP("SendErrors", "送信サーバー {host} がユーザー名またはパスワードを拒否しました。"
                                                     "「設定」で確認して、保存し直してください。"),
    "token_rejected": QT_TRANSLATE_NOOP("SendErrors", "送信サーバー {host} がシングルサインオンのトークンを受け付けません"
                                                      "でした（更新しても同じでした）。ホーム画面でサインインし直して"
                                                      "ください。送信待ちの分は消えていません。"),
    "signin_needed": QT_TRANSLATE_NOOP("SendErrors", "送信するにはサインインが必要です。ホーム画面でサインインしてください。"
                                                     "送信待ちの分は消えていません。"),
    "auth_non_ascii": QT_TRANSLATE_NOOP("SendErrors", "送信サーバーのユーザー名またはパスワードに全角文字が含まれています。"
                                                      "半角で入力し直してください。"),
    "session_refused": QT_TRANSLATE_NOOP("SendErrors", "送信サーバー {host} が接続を断りました。しばらくしてから"
                                                       "「今すぐ処理」を押してください。"),
    "sender_refused": QT_TRANSLATE_NOOP("SendErrors", "送信サーバーが差出人 {address} を受け付けませんでした。「設定」の"
                                                      "差出人アドレスを確認してください。"),
    "recipient_refused": QT_TRANSLATE_NOOP("SendErrors", "送信サーバーが宛先 {address} を受け付けませんでした。アドレスを"
                                                         "確認してください。"),
    "message_refused": QT_TRANSLATE_NOOP("SendErrors", "送信サーバーがメールを受け付けませんでした（添付ファイルが大きすぎる"
                                                       "場合などがあります）。"),
    "lost": QT_TRANSLATE_NOOP("SendErrors", "送信サーバーとの接続が切れました。自動でもう一度送ります。"),
    "lost_after_data": QT_TRANSLATE_NOOP("SendErrors", "本文を渡した後に接続が切れたため、届いたかどうか分かりません。"
                                                       "「送信待ち」で相手に確認してから選んでください。"),
}


def transport_failure(exc: BaseException) -> str:
    text = TRANSPORT.get(_p(exc, "reason"))
    if text:
        out = _tr(text).format(host=_p(exc, "host"), address=_p(exc, "address"))
    else:
        out = translate("SendErrors", "送信できませんでした。送信待ちの分は消えていません。")
    response = _p(exc, "response")
    return out + ("\n" + translate("SendErrors", "サーバーの応答: {r}").format(r=response) if response else "")


SEND_CODES = {
    "send.no_subject": QT_TRANSLATE_NOOP("SendErrors", "件名がありません。件名を入力してください。"),
    "send.job_state": QT_TRANSLATE_NOOP("SendErrors", "この送信はすでに処理が進んでいるため、その操作はできません。"
                                                      "「送信待ち」で状態を確認してください。"),
    "send.upload_failed": QT_TRANSLATE_NOOP("SendErrors", "クラウドへのアップロードに失敗しました。ネットワークと"
                                                          "クラウド同期の画面のサインインを確認してください。"),
    "send.contact": QT_TRANSLATE_NOOP("SendErrors", "宛先帳の項目が正しくありません。"),
}


def send_error(exc: BaseException) -> str:
    """Any other SendError: the sentence for its code, else a general one (the English detail goes to the log)."""
    code = getattr(exc, "code", "")
    if code in SEND_CODES:
        return _tr(SEND_CODES[code])
    if "cover-sheet template" in str(exc):
        return translate("SendErrors", "送付状のひな形ファイルが壊れているか、ありません。情報システム担当に連絡してください。")
    return translate("SendErrors", "送信の処理でエラーが発生しました。詳細はログを確認してください。")


CONTACT = {
    "no_name": QT_TRANSLATE_NOOP("SendErrors", "氏名か所属のどちらかを入力してください。"),
    "bad_fax": QT_TRANSLATE_NOOP("SendErrors", "FAX番号「{fax}」が正しくありません。数字とハイフンで、市外局番から入力してください。"),
    "duplicate": QT_TRANSLATE_NOOP("SendErrors", "{address} はすでに宛先帳にあります。その宛先を選んで「編集」してください。"),
    "missing": QT_TRANSLATE_NOOP("SendErrors", "この宛先は別の画面で削除されました。"),
}


def contact_error(exc: BaseException) -> str:
    text = CONTACT.get(_p(exc, "reason"))
    if not text:
        return _tr(SEND_CODES["send.contact"])
    return _tr(text).format(fax=_p(exc, "fax"), address=_p(exc, "address"))


def _cover_font(x: BaseException) -> str:
    return translate("SendErrors", "送付状に使う日本語フォント（IPAexゴシックなど）が見つかりません。フォントをインストールするか、"
                                   "情報システム担当に連絡してください。")


def _directory_import(x: BaseException) -> str:
    return translate("SendErrors", "宛先帳ファイル {file} を読み込めませんでした。Excel（.xlsx）かCSVで、1行目に「氏名」「メール」などの"
                                   "見出しがあるか確認してください。").format(
        file=str(_p(x, "path")).replace("\\", "/").rsplit("/", 1)[-1])


def _blocked(x: BaseException) -> str:
    return translate("SendLabels", "次の宛先は組織の方針で送信が禁止されているドメインです。宛先から外してください: {a}").format(
        a=", ".join(_p(x, "addresses", [])))


def _missing(x: BaseException) -> str:
    if not _p(x, "path"):
        return translate("SendLabels", "同じ名前の添付ファイルが2つあります。どちらかの名前を変えてください。")
    return translate("SendLabels", "添付ファイルが見つからないか読み込めません: {p}").format(p=_p(x, "path"))


def _fax(x: BaseException) -> str:
    return translate("SendLabels", "FAX番号 {n} は宛先帳にありません。").format(n=_p(x, "number"))


def _outbox_busy(x: BaseException) -> str:
    return translate("SendLabels", "送信処理は別のウィンドウまたはコマンドで実行中です。")


SENTENCES = {
    e.SendError: send_error,
    e.InvalidRecipient: invalid_recipient,
    e.ContactError: contact_error,
    e.NotConfigured: not_configured,
    e.TransportFailure: transport_failure,
    e.CoverFontMissing: _cover_font,
    e.DirectoryImportError: _directory_import,
    e.BlockedDomain: _blocked,
    e.MissingAttachment: _missing,
    e.FaxNumberNotFound: _fax,
    OutboxBusy: _outbox_busy,
}
