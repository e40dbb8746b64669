<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AddressCompleter</name>
    <message>
        <location filename="../../desktop/ui/send/address_completer.py" line="35"/>
        <source>宛先の候補</source>
        <translation>Recipient suggestions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/address_completer.py" line="49"/>
        <source>同報グループ: {name}（{n}件）</source>
        <translation>Group: {name} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/address_completer.py" line="61"/>
        <source>旧FAX番号: {fax}</source>
        <translation>Former FAX number: {fax}</translation>
    </message>
</context>
<context>
    <name>ComposeTab</name>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="191"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="269"/>
        <source>宛先の追加</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="341"/>
        <source>添付ファイルを選択</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="365"/>
        <source>送付状を作成</source>
        <translation>Making cover sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="370"/>
        <source>送付状を保存しました: {path}</source>
        <translation>Cover sheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="390"/>
        <source>送信の準備</source>
        <translation>Preparing the send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="419"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="462"/>
        <source>送信</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="432"/>
        <source>送信を中止しました。内容は残っています。</source>
        <translation>Send stopped. Your message is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="154"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="436"/>
        <source>宛先</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="149"/>
        <source>クラウドのアドレスが設定されていません（同期の画面で設定できます）。</source>
        <translation>No cloud address is set (set it on the Sync page).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="156"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="436"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="457"/>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="157"/>
        <source>未入力: {what}</source>
        <translation>Missing: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="210"/>
        <source>宛先にする</source>
        <translation>Make it To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="210"/>
        <source>CCにする</source>
        <translation>Make it CC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="210"/>
        <source>BCCにする</source>
        <translation>Make it BCC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="232"/>
        <source>@{domain} は組織の方針で送信が禁止されているドメインです。この宛先には送れません。</source>
        <translation>@{domain} is a domain our policy blocks. This recipient cannot be sent to.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="286"/>
        <source>取り消した送信</source>
        <translation>Cancelled send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="287"/>
        <source>作成中の内容があります。取り消した送信「{subject}」の内容で置き換えますか？</source>
        <translation>The form holds unsent work. Replace it with the cancelled send &quot;{subject}&quot;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="290"/>
        <source>置き換える</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="291"/>
        <source>作成中の内容を残す</source>
        <translation>Keep my current work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="316"/>
        <source>取り消した送信を作成画面に戻しました。直してから送信し直せます。</source>
        <translation>The cancelled send is back in the form. Fix it and send again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="436"/>
        <source>本文・通信欄</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="437"/>
        <source>添付ファイル</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="437"/>
        <source>送り方</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="437"/>
        <source>送付状</source>
        <translation>Cover sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="438"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="462"/>
        <source>発信者名</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="440"/>
        <source>氏名・所属（候補から選ぶ）、メールアドレス、または旧FAX番号</source>
        <translation>Name or organisation (pick a suggestion), mail address, or former FAX number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="441"/>
        <source>宛先</source>
        <comment>recipient type: To</comment>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="443"/>
        <source>次に追加する宛先の種類。CCの宛先は全員に表示され、BCCの宛先は誰にも表示されません。</source>
        <translation>Where the next recipient goes. CC recipients are shown to everyone; BCC recipients are shown to no one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="444"/>
        <source>例: 総務局総務部 山田 太郎（送付状に印字されます）</source>
        <translation>e.g. General Affairs Bureau, Taro Yamada (printed on the cover sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="445"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="213"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="446"/>
        <source>選択した宛先を外す</source>
        <translation>Remove selected recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="447"/>
        <source>ファイルを追加…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="448"/>
        <source>選択したファイルを外す</source>
        <translation>Remove selected files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="449"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="459"/>
        <source>メールに添付</source>
        <translation>Attach to the mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="450"/>
        <source>クラウドに置いてリンクを送る</source>
        <translation>Upload to the cloud and send a link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="451"/>
        <source>送付状（PDF）を付ける</source>
        <translation>Attach a cover sheet (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="452"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="461"/>
        <source>Word形式も作成</source>
        <translation>Also make a Word file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="453"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="461"/>
        <source>送付状をプレビュー</source>
        <translation>Preview cover sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="454"/>
        <source>送信…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="455"/>
        <source>宛先の入力</source>
        <translation>Recipient input</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="455"/>
        <source>宛先を追加</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="455"/>
        <source>宛先の種類（宛先・CC・BCC）</source>
        <translation>Recipient type (To, CC, BCC)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="456"/>
        <source>宛先一覧</source>
        <translation>Recipient list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="456"/>
        <source>宛先を外す</source>
        <translation>Remove recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="457"/>
        <source>本文</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="458"/>
        <source>添付ファイル一覧</source>
        <translation>Attachment list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="458"/>
        <source>ファイルを追加</source>
        <translation>Add file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="459"/>
        <source>ファイルを外す</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="460"/>
        <source>リンクを送る</source>
        <translation>Send a link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="460"/>
        <source>送付状を付ける</source>
        <translation>Attach a cover sheet</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="113"/>
        <source>確認済み {done} / {total} 件</source>
        <translation>Checked {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="121"/>
        <source>送信前の確認</source>
        <translation>Check before sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="122"/>
        <source>件名「{subject}」を送信します。宛先を一件ずつ確認してチェックしてください。</source>
        <translation>Sending “{subject}”. Check every recipient one by one and tick it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="125"/>
        <source>色付きの宛先は組織外のドメインです。特に注意してください。</source>
        <translation>Coloured recipients are outside the organisation. Take particular care.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="128"/>
        <source>組織外</source>
        <translation>external</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="128"/>
        <source>組織内</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="129"/>
        <source>@{domain}&#x3000;（{kind}・{n}件）</source>
        <translation>@{domain} ({kind}, {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="130"/>
        <source>クラウドにアップロードしてリンクを送るファイル:</source>
        <translation>Files uploaded to the cloud and sent as links:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="131"/>
        <source>添付ファイル:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="133"/>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="134"/>
        <source>送信（{seconds}秒間は取り消し可）</source>
        <translation>Send (can be cancelled for {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="135"/>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="139"/>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="136"/>
        <source>宛先の確認チェック</source>
        <translation>Recipient check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="137"/>
        <source>添付ファイル一覧</source>
        <translation>Attachment list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="138"/>
        <source>送信</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="78"/>
        <source>宛先の新規登録</source>
        <translation>New address-book entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="78"/>
        <source>宛先の編集</source>
        <translation>Edit address-book entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="79"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="79"/>
        <source>所属</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="79"/>
        <source>部署</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="80"/>
        <source>メールアドレス</source>
        <translation>Mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="80"/>
        <source>旧FAX番号</source>
        <translation>Former FAX number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="81"/>
        <source>同報グループ</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="84"/>
        <source>複数あるときは「;」で区切ります</source>
        <translation>Separate several with &quot;;&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="85"/>
        <source>例: 03-5321-1111（なくても構いません）</source>
        <translation>e.g. 03-5321-1111 (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="86"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/contact_dialog.py" line="87"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="192"/>
        <source>宛先帳に保存しました: {who}</source>
        <translation>Saved in the address book: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="199"/>
        <source>宛先の削除</source>
        <translation>Delete entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="200"/>
        <source>宛先帳から {n} 件を削除します。よろしいですか？</source>
        <translation>Delete {n} entries from the address book?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="204"/>
        <source>削除する</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="205"/>
        <source>やめる</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="224"/>
        <source>{n} 件を宛先帳から削除しました。</source>
        <translation>Deleted {n} entries from the address book.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="240"/>
        <location filename="../../desktop/ui/send/directory_tab.py" line="282"/>
        <source>同報グループ</source>
        <translation>Broadcast group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="240"/>
        <source>グループ名</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="246"/>
        <source>宛先帳を選択</source>
        <translation>Choose address book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="247"/>
        <source>宛先帳 (*.xlsx *.csv)</source>
        <translation>Address book (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="252"/>
        <source>宛先帳を読み込み</source>
        <translation>Reading address book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="264"/>
        <source>{n} 件を宛先帳に取り込みました。</source>
        <translation>Imported {n} entries into the directory.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="268"/>
        <source>宛先帳を取り込む…</source>
        <translation>Import address book…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="269"/>
        <source>氏名・所属・旧FAX番号で検索</source>
        <translation>Search by name, organisation or old FAX number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="271"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="271"/>
        <source>所属</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="271"/>
        <source>部署</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="271"/>
        <source>FAX番号</source>
        <translation>FAX number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="271"/>
        <source>メールアドレス</source>
        <translation>Mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="272"/>
        <location filename="../../desktop/ui/send/directory_tab.py" line="279"/>
        <source>選択を宛先に追加</source>
        <translation>Add selection to recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="273"/>
        <source>新規…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="274"/>
        <source>編集…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="275"/>
        <source>削除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="276"/>
        <location filename="../../desktop/ui/send/directory_tab.py" line="282"/>
        <source>グループを宛先に追加</source>
        <translation>Add group to recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="277"/>
        <source>選択からグループを作成…</source>
        <translation>Make group from selection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="278"/>
        <source>宛先帳を取り込む</source>
        <translation>Import address book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="278"/>
        <source>宛先帳の検索</source>
        <translation>Search the directory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="279"/>
        <source>宛先帳</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="280"/>
        <source>宛先を新規登録</source>
        <translation>New address-book entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="280"/>
        <source>選択した宛先を編集</source>
        <translation>Edit the selected entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="281"/>
        <source>選択した宛先を削除</source>
        <translation>Delete the selected entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="283"/>
        <source>グループを作成</source>
        <translation>Create group</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="59"/>
        <source>宛先帳の取り込み</source>
        <translation>Import address book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="61"/>
        <source>{file}: {ok} 件を取り込めます。</source>
        <translation>{file}: {ok} entries can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="63"/>
        <source>次の {n} 行は取り込めません（理由を確認してください）。</source>
        <translation>The following {n} rows cannot be imported (see the reasons).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="65"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="65"/>
        <source>所属</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="65"/>
        <source>部署</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="65"/>
        <source>FAX番号</source>
        <translation>FAX number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="66"/>
        <source>メールアドレス</source>
        <translation>Mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="66"/>
        <source>共有フォルダー</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="66"/>
        <source>グループ</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="68"/>
        <source>読み取る列: {used}</source>
        <translation>Columns read: {used}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="70"/>
        <source>使わない列: {cols}</source>
        <translation>Columns not used: {cols}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="75"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="75"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="75"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="76"/>
        <source>取り込めない行</source>
        <translation>Rows that cannot be imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="77"/>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="78"/>
        <source>やめる</source>
        <translation>Don&apos;t import</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="67"/>
        <source>リンク</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="67"/>
        <source>メール添付</source>
        <translation>Mail attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="88"/>
        <source>送信記録を保存</source>
        <translation>Save send log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="94"/>
        <source>送信記録を書き出し</source>
        <translation>Exporting send log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="96"/>
        <source>送信記録を保存しました: {path}</source>
        <translation>Send log saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="100"/>
        <source>日時</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="100"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="100"/>
        <source>宛先</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="100"/>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="100"/>
        <source>送信方法</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="101"/>
        <source>添付ファイル</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="101"/>
        <source>サーバー応答</source>
        <translation>Server reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="102"/>
        <location filename="../../desktop/ui/send/log_tab.py" line="105"/>
        <source>更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="103"/>
        <source>Excelに書き出す…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="104"/>
        <source>送信記録</source>
        <translation>Send log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="104"/>
        <source>状態の履歴</source>
        <translation>State history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/log_tab.py" line="105"/>
        <source>Excelに書き出す</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="74"/>
        <source>{s} 秒</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="111"/>
        <source>送信を取り消す（{n}件）</source>
        <translation>Cancel send ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="113"/>
        <source>選択した送信の、まだ送っていない宛先すべてを取り消します。</source>
        <translation>Cancels every not yet sent recipient of the selected send.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="124"/>
        <source>{n} 件を保留せずに送信します。</source>
        <translation>Sending {n} messages now, without waiting for the hold.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="137"/>
        <source>{n} 件の送信を取り消しました。</source>
        <translation>Cancelled {n} sends.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="151"/>
        <source>保留中の送信は、送信までの残り時間の間は取り消せます。「要確認」は接続が切れて届いたか分からない送信です。相手に確認してから「届いたことを確認」または「再送する」を選んでください。</source>
        <translation>A held send can be cancelled until its time runs out. &quot;Needs checking&quot; means the connection dropped and it is unknown whether the message arrived: ask the recipient, then choose &quot;Confirm delivered&quot; or &quot;Send again&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="154"/>
        <source>番号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="154"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="154"/>
        <source>宛先</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="154"/>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="154"/>
        <source>送信まで</source>
        <translation>Sends in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="155"/>
        <source>サーバー応答・エラー</source>
        <translation>Server reply / error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="112"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="156"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="161"/>
        <source>送信を取り消す</source>
        <translation>Cancel send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="157"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="162"/>
        <source>今すぐ処理</source>
        <translation>Process now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="158"/>
        <source>選択した送信（選択がなければ送信待ちのすべて）を、保留時間を待たずに送ります。</source>
        <translation>Sends the selected sends (or, with nothing selected, everything waiting) now, without waiting for the hold.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="159"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="162"/>
        <source>届いたことを確認</source>
        <translation>Confirm delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="160"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="163"/>
        <source>再送する</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="161"/>
        <source>送信待ち一覧</source>
        <translation>Outbox list</translation>
    </message>
</context>
<context>
    <name>SendErrors</name>
    <message>
        <location filename="../../desktop/messages/send.py" line="25"/>
        <source>空欄です</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="26"/>
        <source>「@」がないか、2つ以上あります</source>
        <translation>it has no &quot;@&quot;, or more than one</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="27"/>
        <source>空白が含まれています</source>
        <translation>it contains spaces</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="28"/>
        <source>全角の文字や日本語が含まれています</source>
        <translation>it contains full-width or Japanese characters</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="29"/>
        <source>「@」より後ろが正しいドメインではありません</source>
        <translation>the part after &quot;@&quot; is not a valid domain</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="30"/>
        <source>形式が正しくありません</source>
        <translation>it is malformed</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="37"/>
        <source>「{value}」はメールアドレスとして使えません（{why}）。</source>
        <translation>&quot;{value}&quot; is not a usable mail address ({why}).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="40"/>
        <source>宛先帳の方を名前で探すときは、入力中に表示される候補から選んでください。</source>
        <translation>To find someone in the address book by name, choose from the suggestions shown while you type.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="43"/>
        <source>宛先がありません。宛先を入力して「追加」を押してください。</source>
        <translation>There is no recipient. Type one and press &quot;Add&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="45"/>
        <source>FAX番号 {n} は宛先帳の {count} 件に登録されています。送る相手のメールアドレスを入力してください: {addresses}</source>
        <translation>The FAX number {n} belongs to {count} address-book entries. Type the mail address of the one you mean: {addresses}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="49"/>
        <source>同報グループ「{g}」がないか、メンバーがいません。</source>
        <translation>The group &quot;{g}&quot; does not exist or has no members.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="51"/>
        <source>同じ宛先が2回入っています: {a}</source>
        <translation>A recipient is listed twice: {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="52"/>
        <source>宛先が正しくありません。宛先を確認してください。</source>
        <translation>A recipient is not valid. Please check the recipients.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="56"/>
        <source>差出人のメールアドレスが設定されていません。「設定」の「差出人アドレス」に入力するか、クラウド同期の画面で職員IDにサインインしてください。</source>
        <translation>No sender address is set. Enter it under Settings → &quot;Sender address&quot;, or sign in with your staff ID on the Cloud sync page.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="58"/>
        <source>メールの送信サーバーが設定されていません。「設定」の「SMTPサーバー」に入力してください（分からない場合は情報システム担当に確認してください）。</source>
        <translation>No mail server is set. Enter it under Settings → &quot;SMTP server&quot; (ask your IT staff if you do not know it).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="60"/>
        <source>送信サーバーの暗号化の設定が正しくありません。「設定」の「暗号化」を選び直してください。</source>
        <translation>The mail server&apos;s encryption setting is not valid. Choose it again under Settings → &quot;Encryption&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="62"/>
        <source>リンクで送るにはクラウドのアドレスが必要です。クラウド同期の画面でアドレスを入力してください。</source>
        <translation>Sending links needs the cloud address. Enter it on the Cloud sync page.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="73"/>
        <source>送信の設定が不足しています。「設定」の送信の項目を確認してください。</source>
        <translation>The send settings are incomplete. Check the send section of Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="77"/>
        <source>送信サーバー {host} が見つかりません。「設定」のSMTPサーバー名のつづりと、ネットワーク（庁内LAN・VPN）につながっているかを確認してください。送信待ちの分は、つながってから「今すぐ処理」で送れます。</source>
        <translation>The mail server {host} cannot be found. Check the spelling of the SMTP server in Settings and that you are connected to the network (office LAN or VPN). What is waiting can be sent with &quot;Process now&quot; once connected.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="80"/>
        <source>送信サーバー {host} が接続を受け付けません。「設定」のポート番号と暗号化の方式を確認してください。送信待ちの分は消えていません。</source>
        <translation>The mail server {host} refuses connections. Check the port number and encryption in Settings. Nothing waiting was lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="82"/>
        <source>送信サーバー {host} から応答がありません。ネットワークを確認して、しばらくしてから「今すぐ処理」を押してください。送信待ちの分は消えていません。</source>
        <translation>The mail server {host} does not answer. Check the network and press &quot;Process now&quot; a little later. Nothing waiting was lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="84"/>
        <source>送信サーバー {host} に接続できません。ネットワーク（庁内LAN・VPN）を確認してください。送信待ちの分は消えていません。</source>
        <translation>Cannot connect to the mail server {host}. Check the network (office LAN or VPN). Nothing waiting was lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="86"/>
        <source>送信サーバー {host} は暗号化（STARTTLS）に対応していません。「設定」の暗号化の方式を情報システム担当に確認してください。</source>
        <translation>The mail server {host} does not offer encryption (STARTTLS). Ask your IT staff which encryption to choose in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="88"/>
        <source>送信サーバー {host} との暗号化接続に失敗しました。サーバーの証明書か「設定」の暗号化の方式を確認してください。</source>
        <translation>The encrypted connection to {host} failed. Check the server certificate or the encryption in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="90"/>
        <source>送信サーバーのパスワードが保存されていません。「設定」でパスワードを保存してください。</source>
        <translation>No password is stored for the mail server. Save it in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="92"/>
        <source>送信サーバー {host} がユーザー名またはパスワードを拒否しました。「設定」で確認して、保存し直してください。</source>
        <translation>The mail server {host} rejected the user name or password. Check them in Settings and save them again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="94"/>
        <source>送信サーバー {host} がシングルサインオンのトークンを受け付けませんでした（更新しても同じでした）。ホーム画面でサインインし直してください。送信待ちの分は消えていません。</source>
        <translation>The mail server {host} did not accept the single sign-on token (not even after refreshing it). Sign in again on the home page. Messages waiting to be sent are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="97"/>
        <source>送信するにはサインインが必要です。ホーム画面でサインインしてください。送信待ちの分は消えていません。</source>
        <translation>Sending needs you to be signed in. Sign in on the home page. Messages waiting to be sent are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="99"/>
        <source>送信サーバーのユーザー名またはパスワードに全角文字が含まれています。半角で入力し直してください。</source>
        <translation>The mail server user name or password contains full-width characters. Type them again in half-width.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="101"/>
        <source>送信サーバー {host} が接続を断りました。しばらくしてから「今すぐ処理」を押してください。</source>
        <translation>The mail server {host} turned the connection down. Press &quot;Process now&quot; a little later.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="103"/>
        <source>送信サーバーが差出人 {address} を受け付けませんでした。「設定」の差出人アドレスを確認してください。</source>
        <translation>The mail server did not accept the sender {address}. Check the sender address in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="105"/>
        <source>送信サーバーが宛先 {address} を受け付けませんでした。アドレスを確認してください。</source>
        <translation>The mail server did not accept the recipient {address}. Check the address.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="107"/>
        <source>送信サーバーがメールを受け付けませんでした（添付ファイルが大きすぎる場合などがあります）。</source>
        <translation>The mail server did not accept the message (for example, the attachments may be too large).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="109"/>
        <source>送信サーバーとの接続が切れました。自動でもう一度送ります。</source>
        <translation>The connection to the mail server was lost. It will be sent again automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="110"/>
        <source>本文を渡した後に接続が切れたため、届いたかどうか分かりません。「送信待ち」で相手に確認してから選んでください。</source>
        <translation>The connection was lost after the message was handed over, so it may or may not have arrived. Ask the recipient, then decide in Outbox.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="120"/>
        <source>送信できませんでした。送信待ちの分は消えていません。</source>
        <translation>Could not send. Nothing waiting was lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="122"/>
        <source>サーバーの応答: {r}</source>
        <translation>Server reply: {r}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="126"/>
        <source>件名がありません。件名を入力してください。</source>
        <translation>There is no subject. Please enter one.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="127"/>
        <source>この送信はすでに処理が進んでいるため、その操作はできません。「送信待ち」で状態を確認してください。</source>
        <translation>This send has already moved on, so that is no longer possible. Check its state in Outbox.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="129"/>
        <source>クラウドへのアップロードに失敗しました。ネットワークとクラウド同期の画面のサインインを確認してください。</source>
        <translation>The upload to the cloud failed. Check the network and the sign-in on the Cloud sync page.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="131"/>
        <source>宛先帳の項目が正しくありません。</source>
        <translation>The address-book entry is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="141"/>
        <source>送付状のひな形ファイルが壊れているか、ありません。情報システム担当に連絡してください。</source>
        <translation>The cover-sheet template is broken or missing. Please contact your IT staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="142"/>
        <source>送信の処理でエラーが発生しました。詳細はログを確認してください。</source>
        <translation>Sending ran into an error. See the log for details.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="146"/>
        <source>氏名か所属のどちらかを入力してください。</source>
        <translation>Enter a name or an organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="147"/>
        <source>FAX番号「{fax}」が正しくありません。数字とハイフンで、市外局番から入力してください。</source>
        <translation>The FAX number &quot;{fax}&quot; is not valid. Type it with digits and hyphens, starting with the area code.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="148"/>
        <source>{address} はすでに宛先帳にあります。その宛先を選んで「編集」してください。</source>
        <translation>{address} is already in the address book. Select that entry and use &quot;Edit&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="149"/>
        <source>この宛先は別の画面で削除されました。</source>
        <translation>This entry was deleted in another window.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="161"/>
        <source>送付状に使う日本語フォント（IPAexゴシックなど）が見つかりません。フォントをインストールするか、情報システム担当に連絡してください。</source>
        <translation>No Japanese font (such as IPAex Gothic) for the cover sheet was found. Install one, or contact your IT staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="166"/>
        <source>宛先帳ファイル {file} を読み込めませんでした。Excel（.xlsx）かCSVで、1行目に「氏名」「メール」などの見出しがあるか確認してください。</source>
        <translation>The address book {file} could not be read. It must be Excel (.xlsx) or CSV, with headings such as 氏名 (name) and メール (mail) in the first row.</translation>
    </message>
</context>
<context>
    <name>SendLabels</name>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="12"/>
        <source>下書き</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="13"/>
        <source>確認中</source>
        <translation>Being confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="14"/>
        <source>送信待ち（保留中）</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="15"/>
        <source>送信中</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="16"/>
        <source>送信済み</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="17"/>
        <source>失敗</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="18"/>
        <source>要確認（届いたか不明）</source>
        <translation>Needs checking (delivery unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="19"/>
        <source>取り消し</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="31"/>
        <source>本文の送信中に接続が切れました。届いたか相手に確認してください。</source>
        <translation>The connection dropped while the message was being sent. Ask the recipient whether it arrived.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="35"/>
        <source>一時的に送れなかったため、自動で再試行します。</source>
        <translation>Temporarily not sent; it will be retried automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="66"/>
        <source>確認ダイアログを表示</source>
        <translation>Confirmation dialog opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="67"/>
        <source>送信せずに確認ダイアログを閉じた</source>
        <translation>Confirmation dialog closed without sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="68"/>
        <source>利用者が取り消し</source>
        <translation>Cancelled by the user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="69"/>
        <source>利用者が保留を飛ばして送信を指示</source>
        <translation>sent now by the user, skipping the hold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="70"/>
        <source>届いたことを利用者が確認</source>
        <translation>Delivery confirmed by a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="71"/>
        <source>利用者が再送を指示</source>
        <translation>Resend requested by a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="73"/>
        <source>本文の送信中に中断（届いたか不明）</source>
        <translation>Interrupted while sending the message (delivery unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="74"/>
        <source>本文の送信前に中断（もう一度送信）</source>
        <translation>Interrupted before sending the message (will be sent again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="86"/>
        <source>リンク</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="87"/>
        <source>メール添付</source>
        <translation>Mail attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="88"/>
        <source>登録（{how}、添付 {n} 件）</source>
        <translation>Queued ({how}, {n} attachments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="91"/>
        <source>確認済み（{s} 秒保留）</source>
        <translation>Confirmed; held {s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="96"/>
        <source>メールアドレスがありません（FAX番号だけでは送れません）</source>
        <translation>No mail address (a FAX number alone cannot be sent to)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="97"/>
        <source>メールアドレスの形式が正しくありません: {value}</source>
        <translation>Malformed mail address: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="98"/>
        <source>氏名も所属もありません</source>
        <translation>Neither a name nor an organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="99"/>
        <source>FAX番号が正しくありません: {value}</source>
        <translation>Invalid FAX number: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="100"/>
        <source>同じメールアドレスが {value} 行目にもあります</source>
        <translation>The same mail address is already in row {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="172"/>
        <source>次の宛先は組織の方針で送信が禁止されているドメインです。宛先から外してください: {a}</source>
        <translation>These recipients are in domains our policy blocks. Remove them: {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="178"/>
        <source>同じ名前の添付ファイルが2つあります。どちらかの名前を変えてください。</source>
        <translation>Two attachments have the same name. Rename one of them.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="179"/>
        <source>添付ファイルが見つからないか読み込めません: {p}</source>
        <translation>An attachment is missing or unreadable: {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="183"/>
        <source>FAX番号 {n} は宛先帳にありません。</source>
        <translation>FAX number {n} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/send.py" line="187"/>
        <source>送信処理は別のウィンドウまたはコマンドで実行中です。</source>
        <translation>The outbox is being processed by another window or command.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="33"/>
        <source>送信できませんでした。</source>
        <translation>The message could not be sent.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="118"/>
        <source>送信待ちを処理</source>
        <translation>Processing the outbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="140"/>
        <source>送信 {sent} 件、失敗 {failed} 件、要確認 {uncertain} 件</source>
        <translation>Sent {sent}, failed {failed}, needs checking {uncertain}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="151"/>
        <source>送信</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="154"/>
        <source>FAXレス送信</source>
        <translation>FAX-less send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="155"/>
        <source>作成</source>
        <translation>Compose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="155"/>
        <source>宛先帳</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="156"/>
        <source>送信待ち</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="156"/>
        <source>送信記録</source>
        <translation>Send log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="158"/>
        <source>FAXレス送信の画面</source>
        <translation>FAX-less send page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="51"/>
        <source>ドロップしたファイルを添付する</source>
        <translation>Drop files to attach them</translation>
    </message>
</context>
</TS>
