<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/messages/errors.py" line="59"/>
        <source>エラー: {sentence}</source>
        <translation>Error: {sentence}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/errors.py" line="61"/>
        <source>詳細: {detail}</source>
        <translation>Detail: {detail}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../desktop/ui/crash_handler.py" line="61"/>
        <location filename="../../desktop/ui/deep_checks.py" line="21"/>
        <location filename="../../desktop/ui/deep_checks.py" line="24"/>
        <source>予期しないエラー</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_handler.py" line="62"/>
        <source>予期しないエラーが発生しました（{kind}）。この操作は完了していない可能性があります。アプリは引き続き使えますが、念のため作業内容を保存してください。</source>
        <translation>An unexpected error occurred ({kind}). This operation may not have completed. You can keep using the app, but save your work to be safe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_handler.py" line="65"/>
        <source>詳細はログファイルに記録されました。問い合わせの際はこのファイルを添えてください:
{path}</source>
        <translation>The details were written to the log file. Please attach this file when you contact support:
{path}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/messages/common.py" line="17"/>
        <source>処理中のプロセスが予期せず終了しました。アプリは引き続き使えます。詳細はログを確認してください。</source>
        <translation>The worker process stopped unexpectedly. The app is still usable; see the log for details.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/common.py" line="21"/>
        <source>資格情報ストアを利用できません。Windows の資格情報マネージャーが使えるか、情報システム担当に確認してください。</source>
        <translation>The credential store cannot be used. Ask your IT contact to check that the Windows Credential Manager is available.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/common.py" line="26"/>
        <source>組織の設定（管理者ポリシー）を読み込めなかったため、安全な既定値で動いています。情報システム担当に連絡してください。</source>
        <translation>Your organisation&apos;s settings (admin policy) could not be read, so safe defaults are in use. Contact IT support.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/common.py" line="31"/>
        <source>処理を取り消しました。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/errors.py" line="51"/>
        <source>予期しないエラーが発生しました（{kind}）。詳細はログを確認してください。</source>
        <translation>An unexpected error occurred ({kind}). See the log for details.</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../desktop/ui/widgets/export_notice.py" line="71"/>
        <source>ファイルを開く</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export_notice.py" line="72"/>
        <source>フォルダを開く</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export_notice.py" line="73"/>
        <location filename="../../desktop/ui/widgets/export_notice.py" line="74"/>
        <source>お知らせを閉じる</source>
        <translation>Close this notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/export_notice.py" line="77"/>
        <source>書き出しました: {names}</source>
        <translation>Exported: {names}</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <location filename="../../desktop/ui/widgets/file_drop.py" line="67"/>
        <source>ここにドロップして開く</source>
        <translation>Drop here to open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/file_drop.py" line="132"/>
        <source>Outlook からは1つずつドロップしてください。取り込めなかったファイル: {names}</source>
        <translation>Drop attachments from Outlook one at a time. Not taken: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/file_drop.py" line="150"/>
        <source>開けない種類のファイルは除きました: {names}</source>
        <translation>Left out files of a kind this page cannot open: {names}</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../desktop/ui/help_guide.py" line="71"/>
        <source>使い方ガイド — {page}</source>
        <translation>User guide — {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_guide.py" line="76"/>
        <source>ガイドの目次</source>
        <translation>Guide contents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_guide.py" line="77"/>
        <source>ガイドの本文</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_guide.py" line="81"/>
        <source>使い方ガイド</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="199"/>
        <location filename="../../desktop/ui/home_page.py" line="241"/>
        <source>読み取れません</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="199"/>
        <source>{n} 件</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="201"/>
        <source>要確認 {n} 件</source>
        <translation>{n} need checking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="202"/>
        <source>送信待ち</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="215"/>
        <source>差し戻し {n} 件</source>
        <translation>{n} returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="218"/>
        <source>決裁待ち（回付中）</source>
        <translation>Awaiting approval (in circulation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="204"/>
        <source>保存されていない起案の下書き</source>
        <translation>Unsaved approval drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="205"/>
        <source>確認待ちの申請書</source>
        <translation>Forms waiting for review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="209"/>
        <location filename="../../desktop/ui/home_page.py" line="239"/>
        <source>前回のクラウド同期</source>
        <translation>Last cloud sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="244"/>
        <source>未実施</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="244"/>
        <source>まだ同期していません</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="235"/>
        <source>今日 {time}</source>
        <translation>Today {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="221"/>
        <source>未確認</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="222"/>
        <source>未確認（電子決裁で送受信してください）</source>
        <translation>Not checked (send/receive in e-Approval)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="225"/>
        <source>{when} の送受信時点</source>
        <translation>as of the last send/receive ({when})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="227"/>
        <source>回付中 {n} 件</source>
        <translation>{n} in circulation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="230"/>
        <source>あなたの決裁待ち</source>
        <translation>Waiting for your approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="248"/>
        <source>失敗 {n} 件</source>
        <translation>{n} failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="251"/>
        <source>競合 {n} 件</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="254"/>
        <source>プレビューのみ</source>
        <translation>preview only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="255"/>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="262"/>
        <source>保存された議事録はまだありません</source>
        <translation>No saved minutes yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="265"/>
        <source>（会議名なし）</source>
        <translation>(untitled meeting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="268"/>
        <source>議事録で開く</source>
        <translation>Open in Meeting minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="269"/>
        <source>最近の会議: {name}</source>
        <translation>Recent meeting: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="303"/>
        <source>{app} へようこそ</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="305"/>
        <source>紙・FAX・押印の事務をこのPCの中でデジタルにします。議事録・紙→デジタル・電子決裁はこのPCの中だけで処理します。FAXレス送信とクラウド同期はネットワークを使います。</source>
        <translation>Turns paper, fax and seal-stamp paperwork into digital work on this PC. Meeting minutes, Paper to digital and e-Approval work only on this PC; FAX-less send and Cloud sync use the network.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="307"/>
        <source>今日の仕事</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="308"/>
        <source>最近の会議</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="309"/>
        <source>ツール</source>
        <translation>Tools</translation>
    </message>
</context>
<context>
    <name>JobsIndicator</name>
    <message>
        <location filename="../../desktop/ui/jobs_indicator.py" line="54"/>
        <location filename="../../desktop/ui/jobs_indicator.py" line="74"/>
        <source>キャンセル中: {title}</source>
        <translation>Cancelling: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_indicator.py" line="66"/>
        <source>実行中のジョブはありません</source>
        <translation>No running jobs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_indicator.py" line="76"/>
        <source>{title} ほか{n}件</source>
        <translation>{title} and {n} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_indicator.py" line="82"/>
        <source>進捗</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_indicator.py" line="85"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_indicator.py" line="86"/>
        <source>実行中のジョブをキャンセル</source>
        <translation>Cancel the running job</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <source>管理者ポリシーに問題があるため、既定の設定で起動しました。</source>
        <translation>The administrator policy has problems, so the app started with default settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>ツール一覧</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>会議室モード（タッチ表示）</source>
        <translation>Meeting-room mode (touch display)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>使い方ガイド</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="235"/>
        <source>Tosei Desk について</source>
        <translation>About Tosei Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259"/>
        <source>{name} {version}
都庁の事務をデジタルにする職員向けアシスタント</source>
        <translation>{name} {version}
A desktop assistant that takes Tokyo Metropolitan Government paperwork digital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <source>実行中のジョブがあります。キャンセルして終了しますか？</source>
        <translation>Jobs are still running. Cancel them and quit?</translation>
    </message>
</context>
<context>
    <name>OsErrors</name>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="11"/>
        <source>ディスクの空き容量が足りません。</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="12"/>
        <source>アクセスが拒否されました（権限がないか、他のプログラムが使用中です）。</source>
        <translation>Access was denied (no permission, or another program is using the file).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="13"/>
        <source>この操作は許可されていません。</source>
        <translation>This operation is not permitted.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="14"/>
        <source>ファイルまたはフォルダーが見つかりません。</source>
        <translation>The file or folder was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="15"/>
        <source>同じ名前のファイルが既にあります。</source>
        <translation>A file with the same name already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="16"/>
        <source>書き込みできない場所です（読み取り専用）。</source>
        <translation>This place cannot be written to (read-only).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="17"/>
        <source>ファイルではなくフォルダーです。</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="18"/>
        <source>フォルダーではありません。</source>
        <translation>This is not a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="19"/>
        <source>ファイル名またはパスが長すぎます。</source>
        <translation>The file name or path is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="20"/>
        <source>接続がタイムアウトしました。</source>
        <translation>The connection timed out.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="21"/>
        <source>接続を拒否されました。</source>
        <translation>The connection was refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="22"/>
        <source>接続先に到達できません。</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="23"/>
        <source>ネットワークに接続できません。</source>
        <translation>The network cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="24"/>
        <source>ファイルが他のプログラムで使用中です。</source>
        <translation>The file is in use by another program.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/os_errors.py" line="34"/>
        <source>ファイルまたはネットワークの操作に失敗しました（エラー番号 {n}）。</source>
        <translation>A file or network operation failed (error number {n}).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="27"/>
        <source>ホーム</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="28"/>
        <source>ツールの一覧</source>
        <translation>All tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="29"/>
        <source>議事録</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="30"/>
        <source>録音を文字起こしし、議事録を作成します</source>
        <translation>Transcribe recordings and write formal minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="31"/>
        <source>紙→デジタル</source>
        <translation>Paper to digital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="32"/>
        <source>紙の申請書を読み取り、Excel台帳にします</source>
        <translation>Read paper forms into an Excel ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="33"/>
        <source>FAXレス送信</source>
        <translation>FAX-less send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="34"/>
        <source>FAXの代わりにメールやクラウドリンクで送ります</source>
        <translation>Send by mail or cloud link instead of FAX</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="35"/>
        <source>電子決裁 起案</source>
        <translation>e-Approval drafting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="36"/>
        <source>起案書を作成し、決裁ルートを管理します</source>
        <translation>Draft approval documents and manage their route</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="37"/>
        <source>クラウド同期</source>
        <translation>Cloud sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="38"/>
        <source>職員IDで作業フォルダをクラウドと同期します</source>
        <translation>Sync your work folder with the cloud under your staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="39"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="40"/>
        <source>言語、会議室モード、各ツールの設定</source>
        <translation>Language, meeting-room mode and tool settings</translation>
    </message>
</context>
<context>
    <name>PdfErrors</name>
    <message>
        <location filename="../../desktop/messages/common.py" line="37"/>
        <source>設定の「PDF変換」に指定された {path} が見つかりません。正しい場所を指定するか、空欄にして自動で探すようにしてください。</source>
        <translation>The PDF converter set in Settings ({path}) was not found. Correct the path, or leave it empty to find LibreOffice automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/common.py" line="38"/>
        <source>LibreOffice がインストールされていないため、PDF を作成できません。情報システム担当に LibreOffice のインストールを依頼するか、設定の「PDF変換」に soffice の場所を指定してください。Word 文書（.docx）は出力できます。</source>
        <translation>LibreOffice is not installed, so no PDF can be made. Ask IT to install LibreOffice, or set the location of soffice under PDF converter in Settings. Word (.docx) export still works.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/common.py" line="43"/>
        <source>PDF に変換できませんでした。文書が壊れているか、Word 文書ではない可能性があります。以前の PDF はそのまま残っています。</source>
        <translation>The document could not be converted to PDF. It may be damaged or not a Word document. Any earlier PDF was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/common.py" line="44"/>
        <source>LibreOffice の出力: {detail}</source>
        <translation>LibreOffice said: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/common.py" line="48"/>
        <source>PDF 変換が時間内に終わらなかったため中止しました。もう一度お試しください。</source>
        <translation>The PDF conversion did not finish in time and was stopped. Please try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/common.py" line="52"/>
        <source>PDF を作成できませんでした。もう一度お試しください。Word 文書（.docx）は出力できます。</source>
        <translation>The PDF could not be created. Try again. You can still export a Word document (.docx).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_errors.py" line="10"/>
        <source>Word 文書を作成しています…</source>
        <translation>Writing the Word document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_errors.py" line="11"/>
        <source>PDF に変換しています…</source>
        <translation>Converting to PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_errors.py" line="11"/>
        <source>完了</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop/ui/placeholder_page.py" line="26"/>
        <source>この画面を開けませんでした。詳細はログを確認してください。</source>
        <translation>This page could not be opened. See the log for details.</translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <location filename="../../desktop/ui/policy_text.py" line="13"/>
        <source>ポリシーファイル {path} を読み取れません{where}。安全な既定値を使います。</source>
        <translation>The policy file {path} could not be read{where}. Safe defaults are used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/policy_text.py" line="14"/>
        <source>ポリシーファイル {path} の形式が正しくありません。安全な既定値を使います。</source>
        <translation>The policy file {path} is not in the right format. Safe defaults are used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/policy_text.py" line="15"/>
        <source>ポリシーファイル {path} の [settings] が正しくないため、無視しました。</source>
        <translation>Policy file {path}: the [settings] section is not valid and was ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/policy_text.py" line="16"/>
        <source>ポリシーファイル {path}: 不明な設定 {name} を無視しました。</source>
        <translation>Policy file {path}: the unknown setting {name} was ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/policy_text.py" line="17"/>
        <source>ポリシーファイル {path}: 設定 {name} の値が正しくないため、無視しました。</source>
        <translation>Policy file {path}: the value of the setting {name} is not valid and was ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/policy_text.py" line="18"/>
        <source>ポリシーファイル {path} の [locked] が一覧ではないため、何も固定していません。</source>
        <translation>Policy file {path}: [locked] is not a list, so nothing is locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/policy_text.py" line="20"/>
        <source>ポリシーファイル {path}: 不明な設定 {name} は固定できません。</source>
        <translation>Policy file {path}: the unknown setting {name} cannot be locked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/policy_text.py" line="21"/>
        <source>設定ファイル {path} を読み取れません{where}。既定値を使います。</source>
        <translation>The settings file {path} could not be read{where}. Defaults are used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/policy_text.py" line="35"/>
        <source>（{line} 行目）</source>
        <translation> (line {line})</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="16"/>
        <source>アップロード中</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="17"/>
        <source>ダウンロード中</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="18"/>
        <source>このPCから削除中</source>
        <translation>Deleting from this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="19"/>
        <source>サーバーから削除中</source>
        <translation>Deleting from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="20"/>
        <source>競合を処理中</source>
        <translation>Handling a conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="21"/>
        <source>サーバー上で移動中</source>
        <translation>Moving on the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="22"/>
        <source>記録を更新中</source>
        <translation>Updating the record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="23"/>
        <source>記録を整理中</source>
        <translation>Tidying the record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="29"/>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="30"/>
        <source>準備ができました</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="31"/>
        <source>音声認識モデルを読み込み中</source>
        <translation>Loading the speech recognition model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="32"/>
        <source>音声を読み込み中</source>
        <translation>Reading the audio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="33"/>
        <source>文字認識（OCR）エンジンを読み込み中</source>
        <translation>Loading the OCR engine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="34"/>
        <source>{1}/{2} ページ</source>
        <translation>{1}/{2} pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="35"/>
        <source>PDFに変換中</source>
        <translation>Converting to PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="36"/>
        <source>Word文書を作成中</source>
        <translation>Writing the Word document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="37"/>
        <source>ファイルの一覧を取得中</source>
        <translation>Listing files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="38"/>
        <source>プレビューができました</source>
        <translation>Preview ready</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="40"/>
        <source>保留中のメールの送信まであと {1} 秒</source>
        <translation>Held messages are sent in {1} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="41"/>
        <source>{1} に送信中</source>
        <translation>Sending to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_text.py" line="43"/>
        <source>送信 {1} 件、失敗 {2} 件、未確認 {3} 件、再試行待ち {4} 件</source>
        <translation>Sent {1}, failed {2}, uncertain {3}, waiting for retry {4}</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="10"/>
        <source>設定フォルダーに書き込める</source>
        <translation>Settings folder writable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="11"/>
        <source>データフォルダーに書き込める</source>
        <translation>Data folder writable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="12"/>
        <source>キャッシュフォルダーに書き込める</source>
        <translation>Cache folder writable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="13"/>
        <source>ログフォルダーに書き込める</source>
        <translation>Log folder writable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="14"/>
        <source>設定フォルダー</source>
        <translation>Settings folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="15"/>
        <source>データフォルダー</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="16"/>
        <source>キャッシュフォルダー</source>
        <translation>Cache folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="17"/>
        <source>ログフォルダー</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="18"/>
        <location filename="../../desktop/ui/selftest_text.py" line="19"/>
        <source>同梱のリソース</source>
        <translation>Bundled resources</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="20"/>
        <source>資格情報ストア</source>
        <translation>Credential store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="21"/>
        <source>管理者ポリシー</source>
        <translation>Administrator policy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="22"/>
        <source>画面表示（Qt）</source>
        <translation>Display (Qt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="23"/>
        <source>日本語フォント</source>
        <translation>Japanese font</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="24"/>
        <source>電子決裁: 起案のひな形</source>
        <translation>e-Approval: draft templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="25"/>
        <source>電子決裁: 回付の記録</source>
        <translation>e-Approval: circulation record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="26"/>
        <source>PDF変換（LibreOffice）</source>
        <translation>PDF conversion (LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="27"/>
        <source>PDF変換（LibreOffice、起案書と議事録）</source>
        <translation>PDF conversion (LibreOffice, for drafts and minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="28"/>
        <source>紙→デジタル: 文字認識（OCR）エンジン</source>
        <translation>Paper to digital: OCR engine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="29"/>
        <source>紙→デジタル: テンプレート</source>
        <translation>Paper to digital: templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="30"/>
        <source>紙→デジタル: 画像処理（OpenCV）</source>
        <translation>Paper to digital: image processing (OpenCV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="31"/>
        <source>議事録: 音声認識（Whisper）</source>
        <translation>Meeting minutes: speech recognition (Whisper)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="32"/>
        <source>議事録: 同梱の音声認識モデル（base）</source>
        <translation>Meeting minutes: bundled speech model (base)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="33"/>
        <source>議事録: 発話区間の検出モデル</source>
        <translation>Meeting minutes: voice activity model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="34"/>
        <source>議事録: モデルフォルダー</source>
        <translation>Meeting minutes: model folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="35"/>
        <source>FAXレス送信: 送付状のフォント</source>
        <translation>FAX-less send: cover sheet font</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="36"/>
        <source>FAXレス送信: 送付状のひな形</source>
        <translation>FAX-less send: cover sheet template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="37"/>
        <source>クラウド同期: 資格情報ストア</source>
        <translation>Cloud sync: credential store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="38"/>
        <source>クラウド同期: WebDAV 接続（httpx）</source>
        <translation>Cloud sync: WebDAV client (httpx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="52"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="54"/>
        <source>問題あり</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/selftest_text.py" line="55"/>
        <source>確認を推奨</source>
        <translation>Worth checking</translation>
    </message>
</context>
<context>
    <name>SettingsLabels</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="23"/>
        <source>全般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="24"/>
        <source>表示言語</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="25"/>
        <source>会議室モード（タッチ表示）</source>
        <translation>Meeting-room mode (touch display)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="26"/>
        <source>作業フォルダ</source>
        <translation>Work folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="27"/>
        <source>PDF変換（LibreOffice の soffice、空欄で自動）</source>
        <translation>PDF converter (LibreOffice soffice; empty: automatic)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="29"/>
        <source>議事録</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="30"/>
        <source>モデルフォルダ</source>
        <translation>Model folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="31"/>
        <source>音声認識モデル</source>
        <translation>Speech recognition model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="32"/>
        <source>計算デバイス</source>
        <translation>Compute device</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="33"/>
        <source>録音の言語</source>
        <translation>Recording language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="34"/>
        <source>モデルのダウンロードを許可</source>
        <translation>Allow model downloads</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="35"/>
        <source>用語集（1行に1語）</source>
        <translation>Glossary (one term per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="36"/>
        <source>除去する定型の誤認識（1行に1件）</source>
        <translation>Phantom phrases to remove (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="38"/>
        <source>紙→デジタル</source>
        <translation>Paper to digital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="39"/>
        <source>確認に回す信頼度の下限</source>
        <translation>Send fields below this confidence to review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="40"/>
        <source>台帳の日付の書き方</source>
        <translation>Dates in the ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="42"/>
        <source>FAXレス送信</source>
        <translation>FAX-less send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="43"/>
        <source>SMTPサーバー</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="44"/>
        <source>ポート</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="45"/>
        <source>暗号化</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="46"/>
        <source>SMTPユーザー名</source>
        <translation>SMTP user name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="47"/>
        <source>差出人アドレス</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="48"/>
        <source>庁内ドメイン（1行に1件）</source>
        <translation>Internal domains (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="49"/>
        <source>送信禁止ドメイン（1行に1件）</source>
        <translation>Blocked domains (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="50"/>
        <source>送信前の保留（秒）</source>
        <translation>Hold before sending (seconds)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="52"/>
        <source>電子決裁</source>
        <translation>e-Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="53"/>
        <source>文書記号（課の略称）</source>
        <translation>Document code (section abbreviation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="55"/>
        <source>クラウド同期</source>
        <translation>Cloud sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="56"/>
        <source>WebDAV の URL</source>
        <translation>WebDAV URL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="57"/>
        <source>同期するリモートフォルダ</source>
        <translation>Remote folder to sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="58"/>
        <source>確認なしに削除できる割合</source>
        <translation>Share of files that may be deleted without asking</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="59"/>
        <source>自動同期の間隔（分、0で無効）</source>
        <translation>Automatic sync interval (minutes, 0 = off)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="65"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="66"/>
        <source>自動（GPUがあれば使用）</source>
        <translation>Automatic (use a GPU if present)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="67"/>
        <source>GPU（CUDA）</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="68"/>
        <source>日本語</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="69"/>
        <source>英語</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="70"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="71"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="72"/>
        <source>なし（暗号化しない）</source>
        <translation>None (no encryption)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="73"/>
        <source>西暦（Excel の日付）</source>
        <translation>Gregorian (Excel date)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="74"/>
        <source>和暦（文字列: 令和7年11月10日）</source>
        <translation>Japanese era (text: 令和7年11月10日)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="75"/>
        <source>両方（日付と和暦の2列）</source>
        <translation>Both (date and Japanese-era columns)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="77"/>
        <source>自動判定</source>
        <translation>Detect automatically</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="221"/>
        <source>設定値が正しくありません: {detail}</source>
        <translation>Invalid setting: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="243"/>
        <source>確認中…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="253"/>
        <location filename="../../desktop/ui/settings_page.py" line="289"/>
        <source>自己診断</source>
        <translation>Self-test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="259"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="262"/>
        <source>（管理者が固定）</source>
        <translation> (locked by administrator)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="269"/>
        <source>この設定は管理者ポリシーで固定されています</source>
        <translation>This setting is locked by the administrator policy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="277"/>
        <source>管理者ポリシー</source>
        <translation>Administrator policy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="280"/>
        <source>ポリシーファイルはありません（既定値を使用）。</source>
        <translation>No policy file (defaults in use).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="282"/>
        <source>ポリシーファイル: {path}</source>
        <translation>Policy file: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="284"/>
        <source>グループ ポリシー（レジストリ）: {count} 件の設定（ファイルより優先）</source>
        <translation>Group Policy (registry): {count} settings (take precedence over the file)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="287"/>
        <source>警告:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="290"/>
        <source>自己診断を実行</source>
        <translation>Run self-test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="291"/>
        <source>自己診断の結果</source>
        <translation>Self-test results</translation>
    </message>
</context>
</TS>
