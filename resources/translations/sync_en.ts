<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="77"/>
        <source>職員ID（ワンID）</source>
        <translation>Staff ID (One ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="78"/>
        <source>サインイン / 職員IDの編集</source>
        <translation>Sign in / edit staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="79"/>
        <source>メール（SMTP）のパスワード</source>
        <translation>Mail (SMTP) password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="81"/>
        <location filename="../../desktop/ui/sync/account_box.py" line="250"/>
        <source>サインアウト</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="84"/>
        <source>サインイン中の職員</source>
        <translation>Signed-in staff member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="85"/>
        <source>資格情報ストアの状態</source>
        <translation>Credential store status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="97"/>
        <source>資格情報ストアを利用できないため、パスワードを保存できません。平文で保存することはありません。</source>
        <translation>No credential store is available, so passwords cannot be saved. They are never saved as plain text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="106"/>
        <source>サインインしていません。</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="108"/>
        <source>パスワード未保存（サインインしてください）</source>
        <translation>No password stored (please sign in)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="125"/>
        <source>クラウドはシングルサインオンでサインインする設定ですが、認証サーバーが設定されていません。情報システム担当にお問い合わせください。</source>
        <translation>The policy signs in to the cloud with single sign-on, but no identity provider is configured. Please contact your IT department.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="129"/>
        <source>サインインを確認しています…</source>
        <translation>Checking the sign-in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="160"/>
        <source>クラウド: {at} にサーバーで確認済み</source>
        <translation>Cloud: confirmed by the server at {at}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="161"/>
        <source>クラウド: サーバーに接続して確認しています…</source>
        <translation>Cloud: connecting to the server to check…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="162"/>
        <source>クラウド: サーバーがこの職員IDを受け付けませんでした。もう一度サインインしてください。</source>
        <translation>Cloud: the server did not accept this staff ID. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="163"/>
        <source>クラウド: サーバーに接続できませんでした（{at}）。ネットワークを確認してください。</source>
        <translation>Cloud: could not connect to the server ({at}). Please check the network.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="165"/>
        <source>クラウド: サーバーの応答に問題がありました（{at}）。</source>
        <translation>Cloud: the server&apos;s response had a problem ({at}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="166"/>
        <source>クラウド: アドレスを入力すると、サーバーに接続して確認します。</source>
        <translation>Cloud: enter the address and the app connects to the server to check.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="178"/>
        <source>ファイルに保存する方式の資格情報ストアは使いません。システムの資格情報ストア（Windows の資格情報マネージャー、macOS のキーチェーン、Linux の Secret Service）を使ってください。</source>
        <translation>Credential stores that keep secrets in a file are not used. Use the system credential store (Windows Credential Manager, macOS Keychain, Secret Service on Linux).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="181"/>
        <source>資格情報ストアがロックされています。ロックを解除してから、もう一度サインインしてください。</source>
        <translation>The credential store is locked. Unlock it, then sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="182"/>
        <source>Windows では資格情報マネージャーを、Linux では Secret Service（gnome-keyring など）を起動してロックを解除してください。</source>
        <translation>On Windows use Credential Manager; on Linux start a Secret Service (e.g. gnome-keyring) and unlock it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="198"/>
        <source>サインイン中（{at} にサーバーで確認済み）</source>
        <translation>Signed in (confirmed by the server at {at})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="199"/>
        <source>パスワードは保存済みです。サーバーに接続して確認しています…</source>
        <translation>Password saved. Checking with the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="200"/>
        <source>サーバーがサインインを拒否しました。パスワードを確かめて、もう一度サインインしてください。</source>
        <translation>The server refused the sign-in. Check the password and sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="201"/>
        <source>パスワードは保存済みです。サーバーに接続できませんでした（{at}）。ネットワークを確認してください。</source>
        <translation>Password saved. The server could not be reached ({at}). Check the network.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="203"/>
        <source>パスワードは保存済みです。サーバーの応答に問題がありました（{at}）。</source>
        <translation>Password saved. The server&apos;s answer was not as expected ({at}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="204"/>
        <source>パスワードは保存済みです。クラウドのアドレスを入力すると、サーバーに接続して確認します。</source>
        <translation>Password saved. Enter the cloud address and the sign-in will be checked with the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="205"/>
        <source>パスワードは保存済みです（まだサーバーに接続していません）。</source>
        <translation>Password saved (not yet checked with the server).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="78"/>
        <location filename="../../desktop/ui/sync/account_box.py" line="239"/>
        <source>サインイン</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="247"/>
        <source>シングルサインオンからサインアウトします。この端末に保存したサインイン情報を削除し、メールとクラウドは次のサインインまで使えません。よろしいですか？</source>
        <translation>Sign out of single sign-on? The sign-in saved on this PC is removed, and mail and cloud cannot be used until you sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="249"/>
        <source>この職員IDで保存したパスワードなどをすべて削除します。よろしいですか？</source>
        <translation>This removes every password and secret saved for this staff ID. Continue?</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="68"/>
        <source>{original}&#x3000;―&#x3000;この端末の版: {copy}</source>
        <translation>{original} — this computer&apos;s version: {copy}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="70"/>
        <source>{stamp} に {host} で両方の変更が見つかりました</source>
        <translation>Changes on both sides found on {host} at {stamp}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="101"/>
        <source>競合の解決</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="105"/>
        <source>{original}: この端末の版を残しました（サーバーの版はごみ箱フォルダーへ）。</source>
        <translation>{original}: kept this computer&apos;s version (the server&apos;s version went to the trash folder).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="106"/>
        <source>{original}: サーバーの版を残しました（この端末の版はごみ箱フォルダーへ）。</source>
        <translation>{original}: kept the server&apos;s version (this computer&apos;s version went to the trash folder).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="107"/>
        <source>{original}: 両方を残しました。この端末の版は {kept} です。</source>
        <translation>{original}: kept both. This computer&apos;s version is {kept}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="108"/>
        <source>次回の同期でサーバーにも反映されます。</source>
        <translation>The next sync carries this to the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="115"/>
        <source>同じファイルが両方で変更されたため、両方を残しました。元の名前のファイルはクラウドの版、「（競合 …）」の付いたファイルはこの端末で編集した版です。見比べて、残す版を選んでください。残さない版は消さずに同期のごみ箱フォルダーへ移します。</source>
        <translation>The same file was changed on both sides, so both were kept. The file with the original name is the cloud&apos;s version; the one marked &quot;（競合 …）&quot; (conflict) is the version edited on this computer. Compare them and choose which to keep; the other is moved to the sync trash folder, not deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="118"/>
        <source>この端末の版を残す</source>
        <translation>Keep this computer&apos;s version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="119"/>
        <source>サーバーの版を残す</source>
        <translation>Keep the server&apos;s version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="120"/>
        <source>両方残す</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="121"/>
        <source>この端末の版を、競合ではない名前に変えて両方を残します。</source>
        <translation>Renames this computer&apos;s version so it is no longer a conflict, and keeps both.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="122"/>
        <source>作業フォルダーを開く</source>
        <translation>Open the work folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/conflict_panel.py" line="123"/>
        <source>競合したファイル</source>
        <translation>Conflicting files</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="57"/>
        <source>サインイン（職員ID）</source>
        <translation>Sign in (staff ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="58"/>
        <source>職員ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="58"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="58"/>
        <source>局</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="59"/>
        <source>課・係</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="59"/>
        <source>メールアドレス</source>
        <translation>Mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="60"/>
        <source>クラウドのユーザー名（職員IDと異なる場合）</source>
        <translation>Cloud user name (if different from the staff ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="64"/>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="65"/>
        <source>クラウドのパスワード</source>
        <translation>Cloud password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="66"/>
        <source>変更しない場合は空欄</source>
        <translation>Leave empty to keep the current one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="67"/>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="68"/>
        <source>メール（SMTP）のパスワード</source>
        <translation>Mail (SMTP) password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="69"/>
        <source>送付にSMTPのサインインが必要な場合。変更しない場合は空欄</source>
        <translation>If sending needs an SMTP sign-in. Leave empty to keep the current one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="70"/>
        <source>パスワードはOSの資格情報ストアにだけ保存され、ファイルには書かれません。</source>
        <translation>The password is kept only in the system credential store, never in a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="71"/>
        <source>サインインの操作</source>
        <translation>Sign-in actions</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../desktop/messages/sync.py" line="55"/>
        <source>クラウドのサーバーに接続できないか、応答がありません。ネットワークを確認して、後でもう一度同期してください。途中までの結果は保存されています。</source>
        <translation>The cloud server cannot be reached or does not answer. Check the network and sync again later. The work done so far is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="60"/>
        <source>サーバーがサインインを拒否しました。職員IDとパスワードを確認して、もう一度サインインしてください。</source>
        <translation>The server refused the sign-in. Check your staff ID and password and sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="35"/>
        <source>同期の準備ができていません。サインインし、クラウドのアドレスを設定してください。</source>
        <translation>Sync is not set up yet. Sign in and set the cloud address.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="12"/>
        <source>クラウドのアドレス（WebDAV）が入力されていません。同期の画面の「クラウドのアドレス」に入力してください。</source>
        <translation>No cloud address (WebDAV) is set. Enter it in &quot;Cloud address&quot; on the sync page.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="14"/>
        <source>職員IDでサインインしていません。「サインイン」を押して、職員IDとパスワードを入力してください。</source>
        <translation>You are not signed in with a staff ID. Press &quot;Sign in&quot; and enter your staff ID and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="16"/>
        <source>クラウドのパスワードが保存されていません。もう一度サインインしてください。</source>
        <translation>No cloud password is stored. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="19"/>
        <source>職員IDが正しくありません。半角の英数字（と . _ - @）で入力してください。</source>
        <translation>The staff ID is not valid. Use half-width letters and digits (and . _ - @).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="20"/>
        <source>メールアドレスの形式が正しくありません。「@」を含む半角で入力してください。</source>
        <translation>The mail address is not valid. Type it in half-width characters, with an &quot;@&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="21"/>
        <source>プロファイル名には半角の英数字と . _ - だけが使えます。</source>
        <translation>A profile name may only use half-width letters, digits and . _ -</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="41"/>
        <source>保存されている職員IDの情報を読み込めませんでした。もう一度サインインしてください。</source>
        <translation>The saved staff ID could not be read. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="48"/>
        <source>クラウドのアドレスは「https://」で始まるWebアドレスで入力してください。</source>
        <translation>Enter the cloud address as a web address starting with &quot;https://&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="49"/>
        <source>サーバーが予期しない応答を返しました。しばらくしてからもう一度同期してください。続く場合は情報システム担当に連絡してください。</source>
        <translation>The server gave an unexpected answer. Sync again a little later; if it keeps happening, contact your IT staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="64"/>
        <source>このフォルダーの同期は既に実行中です。</source>
        <translation>A sync of this folder is already running.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="68"/>
        <source>同期中にサーバーのファイルが変更されました。次回の同期でもう一度処理します。</source>
        <translation>A file on the server changed during the sync. The next sync handles it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="72"/>
        <source>競合したファイルが作業フォルダーで移動・削除されています。一覧を更新しました。</source>
        <translation>The conflicting file was moved or deleted in the work folder. The list was refreshed.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="78"/>
        <source>この同期では {count} 件のファイルが削除されるため、何も変更せずに止めました。削除してよいか確認して、削除するか、残す（相手側から戻す）かを選んでもう一度同期してください。</source>
        <translation>This sync would delete {count} files, so it stopped without changing anything. Check whether they may be deleted, then sync again choosing to delete them or to keep them (restored from the other side).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="85"/>
        <source>作業フォルダーの「{path}」は、ショートカット（シンボリックリンク）や同じ名前のフォルダー・ファイルがじゃまをしているため同期しませんでした。名前を変えるか移動してから、もう一度同期してください。</source>
        <translation>"{path}" in the work folder was not synced because a shortcut (symbolic link) or a folder or file of the same name is in the way. Rename or move it, then sync again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/sync.py" line="91"/>
        <source>同期できませんでした。しばらくしてからもう一度同期してください。続く場合は情報システム担当に連絡してください。</source>
        <translation>The sync failed. Sync again in a while; if it keeps failing, contact IT support.</translation>
    </message>
</context>
<context>
    <name>SyncLog</name>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="13"/>
        <source>アップロード</source>
        <translation>upload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="14"/>
        <source>ダウンロード</source>
        <translation>download</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="15"/>
        <source>この端末でごみ箱へ移動</source>
        <translation>move to the trash on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="16"/>
        <source>サーバーから削除</source>
        <translation>delete on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="17"/>
        <source>競合として両方残す</source>
        <translation>keep both as a conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="18"/>
        <source>サーバー上で名前変更・移動</source>
        <translation>rename or move on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="19"/>
        <source>記録を更新</source>
        <translation>update the record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="20"/>
        <source>記録を整理</source>
        <translation>tidy the record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="23"/>
        <source>同期中にこの端末のファイルが変更されました</source>
        <translation>the file on this computer changed during the sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="24"/>
        <source>ショートカット（シンボリックリンク）は同期しません</source>
        <translation>shortcuts (symbolic links) are not synced</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="25"/>
        <source>通常のファイルではありません</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="26"/>
        <source>Windowsで使えない文字が名前にあります</source>
        <translation>the name has a character Windows does not allow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="27"/>
        <source>名前の最後が「.」か空白です</source>
        <translation>the name ends with a dot or a space</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="28"/>
        <source>Windowsで予約された名前です</source>
        <translation>the name is reserved by Windows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="29"/>
        <source>フォルダーとファイルの名前が長すぎます</source>
        <translation>the folder and file names are too long</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="30"/>
        <source>名前が長すぎます（255バイトを超えています）</source>
        <translation>The name is too long (over 255 bytes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="32"/>
        <source>見た目が同じ別の名前があります（文字の合成形・分解形の違いだけ）</source>
        <translation>Another name looks the same (it differs only in Unicode form, NFC/NFD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="34"/>
        <source>大文字・小文字だけが違う別のファイルがあります</source>
        <translation>Another file differs only in upper/lower case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="36"/>
        <source>この端末のショートカット（シンボリックリンク）の先には書き込みません</source>
        <translation>A symbolic link on this computer is in the way (not followed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="38"/>
        <source>この端末に同じ名前のファイルがあり、フォルダーを作れません</source>
        <translation>A file on this computer has the name the folder needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="39"/>
        <source>この端末に同じ名前のフォルダーがあります</source>
        <translation>A folder on this computer has the same name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="40"/>
        <source>サーバーの一覧のサイズが不正です</source>
        <translation>The server&apos;s listing gives an invalid size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="41"/>
        <source>サーバーの一覧の識別子（ETag）が不正です</source>
        <translation>The server&apos;s listing gives an invalid ETag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="44"/>
        <source>アップロードしました: {1}</source>
        <translation>Uploaded: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="45"/>
        <source>ダウンロードしました: {1}</source>
        <translation>Downloaded: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="46"/>
        <source>両方で同じ内容です: {1}</source>
        <translation>Same content on both sides: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="48"/>
        <source>競合: {1} は両方残しました。この端末の版は {2} です</source>
        <translation>Conflict: both versions of {1} were kept. This computer&apos;s version is {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="49"/>
        <source>サーバー上で移動しました: {1} → {2}</source>
        <translation>Moved on the server: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="51"/>
        <source>サーバーで削除されたため、ごみ箱フォルダーへ移しました: {1}</source>
        <translation>Deleted on the server, so moved to the trash folder: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="52"/>
        <source>サーバーから削除しました: {1}</source>
        <translation>Deleted on the server: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="53"/>
        <source>サーバーの空のフォルダーを削除しました: {1}</source>
        <translation>Removed the empty server folder: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="54"/>
        <source>同期しません: {1}（{2}）</source>
        <translation>Not synced: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="55"/>
        <source>次回に持ち越し: {1}（{2}）</source>
        <translation>Postponed to the next sync: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="56"/>
        <source>同期できません（次回にもう一度）: {1}（{2}）</source>
        <translation>Could not sync (tried again next time): {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="57"/>
        <source>失敗（次回にもう一度）: {1}（{2}）</source>
        <translation>Failed (tried again next time): {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="71"/>
        <source>ファイルを開けません（Wordなどで開いていないか確認してください）</source>
        <translation>the file cannot be opened (check it is not open in Word or similar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/log_text.py" line="83"/>
        <source>予定: {op} {path}（{reason}）</source>
        <translation>Planned: {op} {path} ({reason})</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="7"/>
        <source>アップロード</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="8"/>
        <source>ダウンロード</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="9"/>
        <source>ごみ箱へ移動（この端末）</source>
        <translation>Move to trash (this computer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="10"/>
        <source>サーバーから削除</source>
        <translation>Delete on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="11"/>
        <source>競合（両方残す）</source>
        <translation>Conflict (keep both)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="12"/>
        <source>サーバー上で名前変更・移動</source>
        <translation>Rename / move on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="29"/>
        <source>残す: サーバーに戻す</source>
        <translation>kept: copied back to the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="30"/>
        <source>残す: この端末に戻す</source>
        <translation>kept: copied back to this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="131"/>
        <source>フォルダー</source>
        <translation>Folders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="132"/>
        <location filename="../../desktop/ui/sync/page.py" line="137"/>
        <source>この端末の作業フォルダー</source>
        <translation>Work folder on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="133"/>
        <location filename="../../desktop/ui/sync/page.py" line="135"/>
        <source>クラウドのアドレス（WebDAV）</source>
        <translation>Cloud address (WebDAV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="134"/>
        <location filename="../../desktop/ui/sync/page.py" line="136"/>
        <source>クラウドのフォルダー</source>
        <translation>Cloud folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="138"/>
        <source>変更内容を確認（プレビュー）</source>
        <translation>Preview changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="139"/>
        <source>今すぐ同期</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="140"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="143"/>
        <source>同期の進み具合</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="144"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="144"/>
        <source>ファイル</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="144"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="145"/>
        <source>同期の予定</source>
        <translation>Planned changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="146"/>
        <source>同期のログ</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="147"/>
        <source>予定・結果</source>
        <translation>Plan / result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="166"/>
        <source>競合</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="149"/>
        <source>ログ</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="16"/>
        <source>両方で新しく作成</source>
        <translation>New on both sides</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="17"/>
        <source>この端末で新しく作成</source>
        <translation>New on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="18"/>
        <source>サーバーで新しく作成</source>
        <translation>New on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="19"/>
        <source>両方で削除済み</source>
        <translation>Deleted on both sides</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="21"/>
        <source>この端末で削除、サーバーで変更（変更を優先）</source>
        <translation>Deleted here, changed on the server (the change wins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="22"/>
        <source>この端末で削除</source>
        <translation>Deleted on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="24"/>
        <source>サーバーで削除、この端末で変更（変更を優先）</source>
        <translation>Deleted on the server, changed here (the change wins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="25"/>
        <source>サーバーで削除</source>
        <translation>Deleted on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="26"/>
        <source>両方で変更</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="27"/>
        <source>この端末で変更</source>
        <translation>Changed on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/texts.py" line="28"/>
        <source>サーバーで変更</source>
        <translation>Changed on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="150"/>
        <source>同期の詳細</source>
        <translation>Sync details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="151"/>
        <source>前回の同期</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="161"/>
        <source>{old} から名前変更・移動</source>
        <translation>Renamed or moved from {old}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="166"/>
        <source>競合 ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="197"/>
        <source>前回の同期: まだありません</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="201"/>
        <source>前回の同期: {when}&#x3000;{done}</source>
        <translation>Last sync: {when}  {done}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="201"/>
        <source>変更なし</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="203"/>
        <source>（{n}件は次回に持ち越し）</source>
        <translation> ({n} postponed to the next run)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="209"/>
        <source>自動同期: {n}分ごと（アプリを開いている間）</source>
        <translation>Automatic sync: every {n} minutes (while the app is open)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="213"/>
        <source>自動同期: オフ（設定で変更できます）</source>
        <translation>Automatic sync: off (change it in Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="255"/>
        <source>サーバーに接続を確認</source>
        <translation>Checking the server connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="286"/>
        <source>自動同期を開始します</source>
        <translation>Starting automatic sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="298"/>
        <source>同期のプレビュー</source>
        <translation>Sync preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="298"/>
        <location filename="../../desktop/ui/sync/page.py" line="377"/>
        <source>クラウド同期</source>
        <translation>Cloud sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="347"/>
        <source>プレビュー: {n}件の変更があります</source>
        <translation>Preview: {n} change(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="350"/>
        <source>注意: {n}件が削除される予定です。同期を実行すると確認を求めます。</source>
        <translation>Note: {n} file(s) would be deleted. Sync will ask you to confirm first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="354"/>
        <source>同期が完了しました</source>
        <translation>Sync finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="355"/>
        <source>同期が完了しました（{n}件は次回に持ち越し）</source>
        <translation>Sync finished ({n} postponed to the next run)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="361"/>
        <source>キャンセルしました。完了したファイルは記録済みです。</source>
        <translation>Cancelled. Files already done are recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="375"/>
        <source>同期できませんでした</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="382"/>
        <source>クラウドのフォルダーが空になっています。</source>
        <translation>The cloud folder is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="383"/>
        <source>この端末の作業フォルダーが空になっています。</source>
        <translation>The work folder on this computer is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="384"/>
        <source>多くのファイルが削除されています。</source>
        <translation>Many files were deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="388"/>
        <source>削除の確認</source>
        <translation>Confirm deletions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="389"/>
        <source>同期すると{n}件（同期済み{total}件中）が削除されます。まだ何も変更していません。</source>
        <translation>Syncing would delete {n} of {total} synced files. Nothing has been changed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="391"/>
        <source>サーバーから削除: </source>
        <translation>Delete on the server: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="392"/>
        <source>この端末でごみ箱へ: </source>
        <translation>Move to trash here: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="395"/>
        <source>ほか {n} 件（詳細ボタンで全件を表示）</source>
        <translation>and {n} more (the details button lists all)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="397"/>
        <source>心当たりがなければ「すべて残す」を選んでください。消えたファイルは反対側から戻します。</source>
        <translation>If you did not expect this, choose &quot;Keep everything&quot;: the missing files are restored from the other side.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="399"/>
        <source>削除する</source>
        <translation>Delete them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="400"/>
        <source>すべて残す（削除されたファイルを戻す）</source>
        <translation>Keep everything (restore the deleted files)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="402"/>
        <source>今回は同期しない</source>
        <translation>Do not sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="410"/>
        <source>削除の確認を待っています</source>
        <translation>Waiting for the deletion answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="418"/>
        <source>削除を承認しました</source>
        <translation>Deletions confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="421"/>
        <source>すべて残します</source>
        <translation>Keeping everything</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="424"/>
        <source>同期を中止しました。何も変更していません。</source>
        <translation>Sync stopped. Nothing was changed.</translation>
    </message>
</context>
</TS>
