<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="46"/>
        <source>職員ID（ワンID）</source>
        <translation>Staff ID (One ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="47"/>
        <source>サインイン / 職員IDの編集</source>
        <translation>Sign in / edit staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="48"/>
        <location filename="../../desktop/ui/sync/account_box.py" line="98"/>
        <source>サインアウト</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="51"/>
        <source>サインイン中の職員</source>
        <translation>Signed-in staff member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="52"/>
        <source>資格情報ストアの状態</source>
        <translation>Credential store status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="64"/>
        <source>資格情報ストアを利用できないため、パスワードを保存できません。平文で保存することはありません。</source>
        <translation>No credential store is available, so passwords cannot be saved. They are never saved as plain text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="72"/>
        <source>サインインしていません。</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="74"/>
        <source>サインイン中</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="74"/>
        <source>パスワード未保存（サインインしてください）</source>
        <translation>No password stored (please sign in)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="91"/>
        <source>サインイン</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/account_box.py" line="99"/>
        <source>この職員IDで保存したパスワードなどをすべて削除します。よろしいですか？</source>
        <translation>This removes every password and secret saved for this staff ID. Continue?</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="45"/>
        <source>サインイン（職員ID）</source>
        <translation>Sign in (staff ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="46"/>
        <source>職員ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="46"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="46"/>
        <source>局</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="47"/>
        <source>課・係</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="47"/>
        <source>メールアドレス</source>
        <translation>Mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="48"/>
        <source>クラウドのユーザー名（職員IDと異なる場合）</source>
        <translation>Cloud user name (if different from the staff ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="52"/>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="53"/>
        <source>クラウドのパスワード</source>
        <translation>Cloud password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="54"/>
        <source>変更しない場合は空欄</source>
        <translation>Leave empty to keep the current one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="55"/>
        <source>パスワードはOSの資格情報ストアにだけ保存され、ファイルには書かれません。</source>
        <translation>The password is kept only in the system credential store, never in a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/signin_dialog.py" line="56"/>
        <source>サインインの操作</source>
        <translation>Sign-in actions</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../desktop/ui/sync/error_text.py" line="12"/>
        <source>クラウドのサーバーに接続できないか、応答がありません。ネットワークを確認して、後でもう一度同期してください。途中までの結果は保存されています。</source>
        <translation>The cloud server cannot be reached or does not answer. Check the network and sync again later. The work done so far is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/error_text.py" line="15"/>
        <source>サーバーがサインインを拒否しました。職員IDとパスワードを確認して、もう一度サインインしてください。</source>
        <translation>The server refused the sign-in. Check your staff ID and password and sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/error_text.py" line="17"/>
        <source>同期の準備ができていません。サインインし、クラウドのアドレスを設定してください。</source>
        <translation>Sync is not set up yet. Sign in and set the cloud address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/error_text.py" line="19"/>
        <source>このフォルダーの同期は既に実行中です。</source>
        <translation>A sync of this folder is already running.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/error_text.py" line="20"/>
        <source>サーバーが予期しない応答を返しました。</source>
        <translation>The server gave an unexpected answer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/error_text.py" line="21"/>
        <source>職員IDの情報が正しくありません。</source>
        <translation>The staff ID details are not valid.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="26"/>
        <source>アップロード</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="27"/>
        <source>ダウンロード</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="28"/>
        <source>ごみ箱へ移動（この端末）</source>
        <translation>Move to trash (this computer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="29"/>
        <source>サーバーから削除</source>
        <translation>Delete on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="30"/>
        <source>競合（両方残す）</source>
        <translation>Conflict (keep both)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="31"/>
        <source>サーバー上で名前変更・移動</source>
        <translation>Rename / move on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="152"/>
        <source>フォルダー</source>
        <translation>Folders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="153"/>
        <location filename="../../desktop/ui/sync/page.py" line="158"/>
        <source>この端末の作業フォルダー</source>
        <translation>Work folder on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="154"/>
        <location filename="../../desktop/ui/sync/page.py" line="156"/>
        <source>クラウドのアドレス（WebDAV）</source>
        <translation>Cloud address (WebDAV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="155"/>
        <location filename="../../desktop/ui/sync/page.py" line="157"/>
        <source>クラウドのフォルダー</source>
        <translation>Cloud folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="159"/>
        <source>変更内容を確認（プレビュー）</source>
        <translation>Preview changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="160"/>
        <source>今すぐ同期</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="161"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="164"/>
        <source>同期の進み具合</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="165"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="165"/>
        <source>ファイル</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="165"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="166"/>
        <source>同期の予定</source>
        <translation>Planned changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="167"/>
        <source>競合したファイル</source>
        <translation>Conflicting files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="168"/>
        <source>同期のログ</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="169"/>
        <source>予定・結果</source>
        <translation>Plan / result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="197"/>
        <source>競合</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="176"/>
        <source>ログ</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="35"/>
        <source>両方で新しく作成</source>
        <translation>New on both sides</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="36"/>
        <source>この端末で新しく作成</source>
        <translation>New on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="37"/>
        <source>サーバーで新しく作成</source>
        <translation>New on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="38"/>
        <source>両方で削除済み</source>
        <translation>Deleted on both sides</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="40"/>
        <source>この端末で削除、サーバーで変更（変更を優先）</source>
        <translation>Deleted here, changed on the server (the change wins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="41"/>
        <source>この端末で削除</source>
        <translation>Deleted on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="43"/>
        <source>サーバーで削除、この端末で変更（変更を優先）</source>
        <translation>Deleted on the server, changed here (the change wins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="44"/>
        <source>サーバーで削除</source>
        <translation>Deleted on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="45"/>
        <source>両方で変更</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="46"/>
        <source>この端末で変更</source>
        <translation>Changed on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="47"/>
        <source>サーバーで変更</source>
        <translation>Changed on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="171"/>
        <source>同じファイルが両方で変更されたため、両方を残しました。元の名前のファイルはクラウドの版、「(conflict …)」の付いたファイルはこの端末で編集した版です。見比べて不要な方を削除してください。</source>
        <translation>The same file was changed on both sides, so both were kept. The file with the original name is the cloud version; the one marked "(conflict …)" is the version edited on this computer. Compare them and delete the one you do not need.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="174"/>
        <source>作業フォルダーを開く</source>
        <translation>Open work folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="177"/>
        <source>同期の詳細</source>
        <translation>Sync details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="178"/>
        <source>前回の同期</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="192"/>
        <source>{old} から名前変更・移動</source>
        <translation>Renamed or moved from {old}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="197"/>
        <source>競合 ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="225"/>
        <source>前回の同期: まだありません</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="229"/>
        <source>前回の同期: {when}&#x3000;{done}</source>
        <translation>Last sync: {when}  {done}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="229"/>
        <source>変更なし</source>
        <translation>no changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="231"/>
        <source>（{n}件は次回に持ち越し）</source>
        <translation> ({n} postponed to the next run)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="237"/>
        <source>自動同期: {n}分ごと（アプリを開いている間）</source>
        <translation>Automatic sync: every {n} minutes (while the app is open)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="241"/>
        <source>自動同期: オフ（設定で変更できます）</source>
        <translation>Automatic sync: off (change it in Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="258"/>
        <source>自動同期を開始します</source>
        <translation>Starting automatic sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="270"/>
        <source>同期のプレビュー</source>
        <translation>Sync preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="270"/>
        <location filename="../../desktop/ui/sync/page.py" line="345"/>
        <source>クラウド同期</source>
        <translation>Cloud sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="313"/>
        <source>{path} → この端末の版は {copy}</source>
        <translation>{path} → this computer&apos;s version is {copy}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="318"/>
        <source>プレビュー: {n}件の変更があります</source>
        <translation>Preview: {n} change(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="321"/>
        <source>注意: {n}件が削除される予定です。同期を実行すると確認を求めます。</source>
        <translation>Note: {n} file(s) would be deleted. Sync will ask you to confirm first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="325"/>
        <source>同期が完了しました</source>
        <translation>Sync finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="326"/>
        <source>同期が完了しました（{n}件は次回に持ち越し）</source>
        <translation>Sync finished ({n} postponed to the next run)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="332"/>
        <source>キャンセルしました。完了したファイルは記録済みです。</source>
        <translation>Cancelled. Files already done are recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="343"/>
        <source>同期できませんでした</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="350"/>
        <source>クラウドのフォルダーが空になっています。</source>
        <translation>The cloud folder is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="351"/>
        <source>この端末の作業フォルダーが空になっています。</source>
        <translation>The work folder on this computer is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="352"/>
        <source>多くのファイルが削除されています。</source>
        <translation>Many files were deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="356"/>
        <source>削除の確認</source>
        <translation>Confirm deletions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="357"/>
        <source>同期すると{n}件（同期済み{total}件中）が削除されます。まだ何も変更していません。</source>
        <translation>Syncing would delete {n} of {total} synced files. Nothing has been changed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="359"/>
        <source>サーバーから削除: </source>
        <translation>Delete on the server: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="360"/>
        <source>この端末でごみ箱へ: </source>
        <translation>Move to trash here: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="363"/>
        <source>ほか {n} 件（詳細ボタンで全件を表示）</source>
        <translation>and {n} more (the details button lists all)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="365"/>
        <source>心当たりがなければ「すべて残す」を選んでください。消えたファイルは反対側から戻します。</source>
        <translation>If you did not expect this, choose "Keep everything": the missing files are restored from the other side.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="367"/>
        <source>削除する</source>
        <translation>Delete them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="368"/>
        <source>すべて残す（削除されたファイルを戻す）</source>
        <translation>Keep everything (restore the deleted files)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="370"/>
        <source>今回は同期しない</source>
        <translation>Do not sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="378"/>
        <source>削除の確認を待っています</source>
        <translation>Waiting for the deletion answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="386"/>
        <source>削除を承認しました</source>
        <translation>Deletions confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="389"/>
        <source>すべて残します</source>
        <translation>Keeping everything</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/page.py" line="392"/>
        <source>同期を中止しました。何も変更していません。</source>
        <translation>Sync stopped. Nothing was changed.</translation>
    </message>
</context>
</TS>
