"""The operating system's usual failures (disk full, no permission, file missing…) as a translated
sentence: ``strerror`` is English on every system, so it never goes to the user as is. Registered for
``OSError`` in :mod:`desktop.messages.common` (the UI's dialogs and the CLI alike)."""
from __future__ import annotations

import errno

from desktop.messages.catalogue import QT_TRANSLATE_NOOP, translate

_TEXTS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("OsErrors", "ディスクの空き容量が足りません。"),
    errno.EACCES: QT_TRANSLATE_NOOP("OsErrors", "アクセスが拒否されました（権限がないか、他のプログラムが使用中です）。"),
    errno.EPERM: QT_TRANSLATE_NOOP("OsErrors", "この操作は許可されていません。"),
    errno.ENOENT: QT_TRANSLATE_NOOP("OsErrors", "ファイルまたはフォルダーが見つかりません。"),
    errno.EEXIST: QT_TRANSLATE_NOOP("OsErrors", "同じ名前のファイルが既にあります。"),
    errno.EROFS: QT_TRANSLATE_NOOP("OsErrors", "書き込みできない場所です（読み取り専用）。"),
    errno.EISDIR: QT_TRANSLATE_NOOP("OsErrors", "ファイルではなくフォルダーです。"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("OsErrors", "フォルダーではありません。"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("OsErrors", "ファイル名またはパスが長すぎます。"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP("OsErrors", "接続がタイムアウトしました。"),
    errno.ECONNREFUSED: QT_TRANSLATE_NOOP("OsErrors", "接続を拒否されました。"),
    errno.EHOSTUNREACH: QT_TRANSLATE_NOOP("OsErrors", "接続先に到達できません。"),
    errno.ENETUNREACH: QT_TRANSLATE_NOOP("OsErrors", "ネットワークに接続できません。"),
    errno.EBUSY: QT_TRANSLATE_NOOP("OsErrors", "ファイルが他のプログラムで使用中です。"),
}


def os_error_text(exc: BaseException) -> str:
    """A sentence for ``exc`` in the UI language, with the file name when the error carries one."""
    if not isinstance(exc, OSError):
        return str(exc)
    template = _TEXTS.get(exc.errno or -1)
    if template is None:
        text = translate("OsErrors", "ファイルまたはネットワークの操作に失敗しました（エラー番号 {n}）。").format(
            n=exc.errno if exc.errno is not None else "?")
    else:
        text = translate("OsErrors", template)
    if exc.filename:
        text += "\n" + str(exc.filename)
    return text
