<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>ComposeTab</name>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="162"/>
        <source>宛先の追加</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="181"/>
        <source>添付ファイルを選択</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="205"/>
        <source>送付状を作成</source>
        <translation>Making cover sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="210"/>
        <source>送付状を保存しました: {path}</source>
        <translation>Cover sheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="229"/>
        <source>送信の準備</source>
        <translation>Preparing the send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="256"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="296"/>
        <source>送信</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="269"/>
        <source>送信を中止しました。内容は残っています。</source>
        <translation>Send stopped. Your message is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="132"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="273"/>
        <source>宛先</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="127"/>
        <source>クラウドのアドレスが設定されていません（同期の画面で設定できます）。</source>
        <translation>No cloud address is set (set it on the Sync page).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="134"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="273"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="291"/>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="135"/>
        <source>未入力: {what}</source>
        <translation>Missing: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="273"/>
        <source>本文・通信欄</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="274"/>
        <source>添付ファイル</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="274"/>
        <source>送り方</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="274"/>
        <source>送付状</source>
        <translation>Cover sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="275"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="296"/>
        <source>発信者名</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="277"/>
        <source>メールアドレス、または旧FAX番号</source>
        <translation>Mail address or old FAX number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="278"/>
        <source>例: 総務局総務部 山田 太郎（送付状に印字されます）</source>
        <translation>e.g. General Affairs Bureau, Taro Yamada (printed on the cover sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="279"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="280"/>
        <source>選択した宛先を外す</source>
        <translation>Remove selected recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="281"/>
        <source>ファイルを追加…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="282"/>
        <source>選択したファイルを外す</source>
        <translation>Remove selected files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="283"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="293"/>
        <source>メールに添付</source>
        <translation>Attach to the mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="284"/>
        <source>クラウドに置いてリンクを送る</source>
        <translation>Upload to the cloud and send a link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="285"/>
        <source>送付状（PDF）を付ける</source>
        <translation>Attach a cover sheet (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="286"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="295"/>
        <source>Word形式も作成</source>
        <translation>Also make a Word file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="287"/>
        <location filename="../../desktop/ui/send/compose_tab.py" line="295"/>
        <source>送付状をプレビュー</source>
        <translation>Preview cover sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="288"/>
        <source>送信…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="289"/>
        <source>宛先の入力</source>
        <translation>Recipient input</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="289"/>
        <source>宛先を追加</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="290"/>
        <source>宛先一覧</source>
        <translation>Recipient list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="290"/>
        <source>宛先を外す</source>
        <translation>Remove recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="291"/>
        <source>本文</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="292"/>
        <source>添付ファイル一覧</source>
        <translation>Attachment list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="292"/>
        <source>ファイルを追加</source>
        <translation>Add file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="293"/>
        <source>ファイルを外す</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="294"/>
        <source>リンクを送る</source>
        <translation>Send a link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/compose_tab.py" line="294"/>
        <source>送付状を付ける</source>
        <translation>Attach a cover sheet</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="112"/>
        <source>確認済み {done} / {total} 件</source>
        <translation>Checked {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="120"/>
        <source>送信前の確認</source>
        <translation>Check before sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="121"/>
        <source>件名「{subject}」を送信します。宛先を一件ずつ確認してチェックしてください。</source>
        <translation>Sending “{subject}”. Check every recipient one by one and tick it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="124"/>
        <source>色付きの宛先は組織外のドメインです。特に注意してください。</source>
        <translation>Coloured recipients are outside the organisation. Take particular care.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="127"/>
        <source>組織外</source>
        <translation>external</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="127"/>
        <source>組織内</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="128"/>
        <source>@{domain}&#x3000;（{kind}・{n}件）</source>
        <translation>@{domain} ({kind}, {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="129"/>
        <source>クラウドにアップロードしてリンクを送るファイル:</source>
        <translation>Files uploaded to the cloud and sent as links:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="130"/>
        <source>添付ファイル:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="132"/>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="133"/>
        <source>送信（{seconds}秒間は取り消し可）</source>
        <translation>Send (can be cancelled for {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="134"/>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="138"/>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="135"/>
        <source>宛先の確認チェック</source>
        <translation>Recipient check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="136"/>
        <source>添付ファイル一覧</source>
        <translation>Attachment list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/confirm_dialog.py" line="137"/>
        <source>送信</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="168"/>
        <location filename="../../desktop/ui/send/directory_tab.py" line="205"/>
        <source>同報グループ</source>
        <translation>Broadcast group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="168"/>
        <source>グループ名</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="174"/>
        <source>宛先帳を選択</source>
        <translation>Choose address book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="175"/>
        <source>宛先帳 (*.xlsx *.csv)</source>
        <translation>Address book (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="180"/>
        <source>宛先帳を読み込み</source>
        <translation>Reading address book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="192"/>
        <source>{n} 件を宛先帳に取り込みました。</source>
        <translation>Imported {n} entries into the directory.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="196"/>
        <source>宛先帳を取り込む…</source>
        <translation>Import address book…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="197"/>
        <source>氏名・所属・旧FAX番号で検索</source>
        <translation>Search by name, organisation or old FAX number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="199"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="199"/>
        <source>所属</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="199"/>
        <source>部署</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="199"/>
        <source>FAX番号</source>
        <translation>FAX number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="199"/>
        <source>メールアドレス</source>
        <translation>Mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="200"/>
        <location filename="../../desktop/ui/send/directory_tab.py" line="204"/>
        <source>選択を宛先に追加</source>
        <translation>Add selection to recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="201"/>
        <location filename="../../desktop/ui/send/directory_tab.py" line="205"/>
        <source>グループを宛先に追加</source>
        <translation>Add group to recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="202"/>
        <source>選択からグループを作成…</source>
        <translation>Make group from selection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="203"/>
        <source>宛先帳を取り込む</source>
        <translation>Import address book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="203"/>
        <source>宛先帳の検索</source>
        <translation>Search the directory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="204"/>
        <source>宛先帳</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="206"/>
        <source>グループを作成</source>
        <translation>Create group</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="57"/>
        <source>宛先帳の取り込み</source>
        <translation>Import address book</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="59"/>
        <source>{file}: {ok} 件を取り込めます。</source>
        <translation>{file}: {ok} entries can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="61"/>
        <source>次の {n} 行は取り込めません（理由を確認してください）。</source>
        <translation>The following {n} rows cannot be imported (see the reasons).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="63"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="63"/>
        <source>所属</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="63"/>
        <source>部署</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="63"/>
        <source>FAX番号</source>
        <translation>FAX number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="64"/>
        <source>メールアドレス</source>
        <translation>Mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="64"/>
        <source>共有フォルダー</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="64"/>
        <source>グループ</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="66"/>
        <source>読み取る列: {used}</source>
        <translation>Columns read: {used}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="68"/>
        <source>使わない列: {cols}</source>
        <translation>Columns not used: {cols}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="73"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="73"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="73"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="74"/>
        <source>取り込めない行</source>
        <translation>Rows that cannot be imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="75"/>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/directory_tab.py" line="76"/>
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
        <location filename="../../desktop/ui/send/outbox_tab.py" line="109"/>
        <source>送信を取り消す（{n}件）</source>
        <translation>Cancel send ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="111"/>
        <source>選択した送信の、まだ送っていない宛先すべてを取り消します。</source>
        <translation>Cancels every not yet sent recipient of the selected send.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="118"/>
        <source>{n} 件の送信を取り消しました。</source>
        <translation>Cancelled {n} sends.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="132"/>
        <source>保留中の送信は、送信までの残り時間の間は取り消せます。「要確認」は接続が切れて届いたか分からない送信です。相手に確認してから「届いたことを確認」または「再送する」を選んでください。</source>
        <translation>A held send can be cancelled until its time runs out. &quot;Needs checking&quot; means the connection dropped and it is unknown whether the message arrived: ask the recipient, then choose &quot;Confirm delivered&quot; or &quot;Send again&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="135"/>
        <source>番号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="135"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="135"/>
        <source>宛先</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="135"/>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="135"/>
        <source>送信まで</source>
        <translation>Sends in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="136"/>
        <source>サーバー応答・エラー</source>
        <translation>Server reply / error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="110"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="137"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="141"/>
        <source>送信を取り消す</source>
        <translation>Cancel send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="138"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="142"/>
        <source>今すぐ処理</source>
        <translation>Process now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="139"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="142"/>
        <source>届いたことを確認</source>
        <translation>Confirm delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="140"/>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="143"/>
        <source>再送する</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/outbox_tab.py" line="141"/>
        <source>送信待ち一覧</source>
        <translation>Outbox list</translation>
    </message>
</context>
<context>
    <name>SendLabels</name>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="14"/>
        <source>下書き</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="15"/>
        <source>確認中</source>
        <translation>Being confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="16"/>
        <source>送信待ち（保留中）</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="17"/>
        <source>送信中</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="18"/>
        <source>送信済み</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="19"/>
        <source>失敗</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="20"/>
        <source>要確認（届いたか不明）</source>
        <translation>Needs checking (delivery unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="21"/>
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
        <location filename="../../desktop/ui/send/labels.py" line="42"/>
        <source>確認ダイアログを表示</source>
        <translation>Confirmation dialog opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="43"/>
        <source>送信せずに確認ダイアログを閉じた</source>
        <translation>Confirmation dialog closed without sending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="44"/>
        <source>利用者が取り消し</source>
        <translation>Cancelled by the user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="45"/>
        <source>届いたことを利用者が確認</source>
        <translation>Delivery confirmed by a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="46"/>
        <source>利用者が再送を指示</source>
        <translation>Resend requested by a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="48"/>
        <source>本文の送信中に中断（届いたか不明）</source>
        <translation>Interrupted while sending the message (delivery unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="49"/>
        <source>本文の送信前に中断（もう一度送信）</source>
        <translation>Interrupted before sending the message (will be sent again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="61"/>
        <source>リンク</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="62"/>
        <source>メール添付</source>
        <translation>Mail attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="63"/>
        <source>登録（{how}、添付 {n} 件）</source>
        <translation>Queued ({how}, {n} attachments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="66"/>
        <source>確認済み（{s} 秒保留）</source>
        <translation>Confirmed; held {s} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="71"/>
        <source>メールアドレスがありません（FAX番号だけでは送れません）</source>
        <translation>No mail address (a FAX number alone cannot be sent to)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="72"/>
        <source>メールアドレスの形式が正しくありません: {value}</source>
        <translation>Malformed mail address: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="73"/>
        <source>氏名も所属もありません</source>
        <translation>Neither a name nor an organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="74"/>
        <source>FAX番号が正しくありません: {value}</source>
        <translation>Invalid FAX number: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="75"/>
        <source>同じメールアドレスが {value} 行目にもあります</source>
        <translation>The same mail address is already in row {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="95"/>
        <source>送信禁止ドメインの宛先が含まれています: {a}</source>
        <translation>Recipients on a blocked domain: {a}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="101"/>
        <source>添付ファイルが見つからないか読み込めません: {p}</source>
        <translation>An attachment is missing or unreadable: {p}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="110"/>
        <source>宛先が正しくありません。</source>
        <translation>A recipient is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="104"/>
        <source>FAX番号 {n} は宛先帳にありません。</source>
        <translation>FAX number {n} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="111"/>
        <source>宛先帳ファイルを読み込めませんでした。</source>
        <translation>The address book could not be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="113"/>
        <source>送付状に使う日本語フォントが見つかりません。</source>
        <translation>No Japanese font for the cover sheet was found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="115"/>
        <source>送信の設定が不足しています（設定画面で入力してください）。</source>
        <translation>Sending is not fully configured (see Settings).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="117"/>
        <source>送信処理は別のウィンドウまたはコマンドで実行中です。</source>
        <translation>The outbox is being processed by another window or command.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/labels.py" line="33"/>
        <location filename="../../desktop/ui/send/labels.py" line="119"/>
        <source>送信できませんでした。</source>
        <translation>The message could not be sent.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="103"/>
        <source>送信待ちを処理</source>
        <translation>Processing the outbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="125"/>
        <source>送信 {sent} 件、失敗 {failed} 件、要確認 {uncertain} 件</source>
        <translation>Sent {sent}, failed {failed}, needs checking {uncertain}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="135"/>
        <source>送信</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="138"/>
        <source>FAXレス送信</source>
        <translation>FAX-less send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="139"/>
        <source>作成</source>
        <translation>Compose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="139"/>
        <source>宛先帳</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="140"/>
        <source>送信待ち</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="140"/>
        <source>送信記録</source>
        <translation>Send log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send/page.py" line="142"/>
        <source>FAXレス送信の画面</source>
        <translation>FAX-less send page</translation>
    </message>
    <message>
        <source>ドロップしたファイルを添付する</source>
        <translation>Drop files to attach them</translation>
    </message>
</context>
</TS>
