<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>ApprovalErrors</name>
    <message>
        <location filename="../../desktop/messages/approval.py" line="22"/>
        <source>起案に確認事項が残っています。確認事項の一覧を見てください。</source>
        <translation>The draft still has problems. See the list of checks.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="27"/>
        <source>決裁の記録を読み書きできません。</source>
        <translation>The approval record cannot be read or written.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="31"/>
        <source>ひな形ファイルが正しくありません。</source>
        <translation>The template file is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="70"/>
        <source>文書番号を付けるには課の略称（例: 総総）が必要です。「設定」の「文書記号（課の略称）」を入力してください。</source>
        <translation>A document number needs the section code (e.g. 総総). Enter it under Settings &gt; Document code (section abbreviation).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="71"/>
        <source>電子決裁の処理でエラーが発生しました。内容を確認して、もう一度お試しください。</source>
        <translation>The e-approval step failed. Check the document and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="75"/>
        <source>起案のファイルを読み込めませんでした。壊れているか、起案のファイルではありません。</source>
        <translation>The draft file could not be read. It is damaged or not an approval draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="79"/>
        <source>ひな形「{name}」がありません。一覧にあるひな形から選んでください。</source>
        <translation>There is no template named &quot;{name}&quot;. Choose one of the templates in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="85"/>
        <source>回付に使う共有フォルダーのアドレスが設定されていません。クラウド同期の画面で「クラウドのアドレス」を入力してください。</source>
        <translation>No shared folder address is set for circulation. Enter the cloud address on the Cloud sync page.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="87"/>
        <source>回付するには職員IDでのサインインが必要です。サインインしてからもう一度お試しください。</source>
        <translation>Circulation needs you to be signed in with your staff ID. Sign in, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="93"/>
        <source>職員の鍵ファイルを開けませんでした。パスフレーズを確認して、もう一度入力してください。</source>
        <translation>Your staff key file could not be opened. Check the passphrase and enter it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="95"/>
        <source>職員の鍵ファイル（.p12）を読み込めませんでした。ファイルの場所を確認してください。</source>
        <translation>Your staff key file (.p12) could not be read. Check where the file is.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="97"/>
        <source>局の認証局（CA）証明書を読み込めませんでした。「設定」の CA 証明書のファイルを確認するか、情報システム担当に連絡してください。</source>
        <translation>The bureau&apos;s CA certificate could not be read. Check the CA certificate file in Settings or contact IT support.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="99"/>
        <source>この鍵では電子署名できません（RSA か EC の鍵だけが使えます）。情報システム担当に連絡してください。</source>
        <translation>This key cannot sign (only RSA or EC keys can). Contact IT support.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="103"/>
        <source>起案書の PDF に電子署名できませんでした。PDF をもう一度作成してから、署名し直してください。</source>
        <translation>The draft PDF could not be signed. Create the PDF again, then sign it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="108"/>
        <source>共有フォルダーに接続できないため、文書番号を取れませんでした。ネットワークを確認して、もう一度お試しください。</source>
        <translation>No document number was issued because the shared folder cannot be reached. Check the network and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="110"/>
        <source>ほかのパソコンと同時に番号を取ろうとしたため、文書番号を取れませんでした。もう一度お試しください。</source>
        <translation>No document number was issued because other PCs asked for one at the same moment. Try again.</translation>
    </message>
</context>
<context>
    <name>ApprovalMessages</name>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="11"/>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="13"/>
        <source>起案者</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="15"/>
        <source>起案者所属</source>
        <translation>Drafter&apos;s section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="17"/>
        <source>起案日</source>
        <translation>Drafting date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="19"/>
        <source>文書記号番号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="21"/>
        <source>文書分類</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="23"/>
        <source>保存年限</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="25"/>
        <source>決裁区分</source>
        <translation>Decision level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="27"/>
        <source>伺い文</source>
        <translation>Request text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="29"/>
        <source>施行方法</source>
        <translation>Enforcement method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="31"/>
        <source>公開区分</source>
        <translation>Disclosure class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="33"/>
        <source>添付文書</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="35"/>
        <source>決裁経路</source>
        <translation>Approval route</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="49"/>
        <source>{label}を入力してください。</source>
        <translation>Please enter the {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="51"/>
        <source>起案日が日付として正しくありません。</source>
        <translation>The drafting date is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="53"/>
        <source>起案日が未来の日付です（{date}）。</source>
        <translation>The drafting date is in the future ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="55"/>
        <source>保存年限が選択肢にありません。</source>
        <translation>The retention period is not one of the choices.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="57"/>
        <source>決裁区分が選択肢にありません。</source>
        <translation>The decision level is not one of the choices.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="59"/>
        <source>施行方法が選択肢にありません。</source>
        <translation>The enforcement method is not one of the choices.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="61"/>
        <source>公開区分が選択肢にありません。</source>
        <translation>The disclosure class is not one of the choices.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="63"/>
        <source>文書分類が登録されていません。</source>
        <translation>The classification is not registered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="65"/>
        <source>この文書分類では、この保存年限は選べません（選べる年限: {allowed}）。</source>
        <translation>This retention period is not allowed for this classification (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="67"/>
        <source>添付文書「{name}」が見つかりません。</source>
        <translation>The attachment &quot;{name}&quot; is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="69"/>
        <source>添付文書「{name}」が添付後に変更されています。添付し直してください。</source>
        <translation>The attachment &quot;{name}&quot; changed after it was attached. Attach it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="71"/>
        <source>決裁経路が設定されていません。</source>
        <translation>No approval route is set.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="73"/>
        <source>経路 {step} の種別が正しくありません。</source>
        <translation>Step {step} has an invalid kind.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="75"/>
        <source>経路 {step} の役職が正しくありません。</source>
        <translation>Step {step} has an invalid rank.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="79"/>
        <source>経路 {step}: 必要な同意の人数が合議先の数を超えています。</source>
        <translation>Step {step}: more agreements are required than the consultation has members.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="83"/>
        <source>経路 {step} を決裁する人の職員IDを入力してください。</source>
        <translation>Enter the staff ID of the person who decides step {step}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="85"/>
        <source>経路 {step}: 合議先ごとに職員IDを入力してください。</source>
        <translation>Step {step}: enter a staff ID for every consulted member.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="87"/>
        <source>経路 {step}: 代決者の職員IDを入力してください。</source>
        <translation>Step {step}: enter the staff ID of the deputy decider.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="89"/>
        <source>起案者はサインインした職員です。同期ページで職員IDでサインインしてください。</source>
        <translation>The drafter is the signed-in staff member. Sign in with your staff ID on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="91"/>
        <source>{label}にひな形の仮の文字「{text}」が残っています。書き換えてください。</source>
        <translation>The {label} still contains the template placeholder &quot;{text}&quot;. Replace it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="93"/>
        <source>伺い文の「{item}」が記入されていません。</source>
        <translation>The item &quot;{item}&quot; of the request text is not filled in.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="37"/>
        <source>この段階を決裁できるのは、経路で指名された職員だけです。閲覧のみできます。</source>
        <translation>Only the staff member named on the route can decide this step. You can only view it.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="39"/>
        <source>提出・取下げ・再提出は起案者（サインインした本人）だけができます。</source>
        <translation>Only the drafter (signed in as themselves) can submit, withdraw or resubmit.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="41"/>
        <source>サインインしていません。同期ページで職員IDでサインインしてください。</source>
        <translation>Nobody is signed in. Sign in with your staff ID on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="43"/>
        <source>理由を入力してください。</source>
        <translation>Enter a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="45"/>
        <source>代決は最終段階でのみできます。</source>
        <translation>A deputy decision is only possible at the final step.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="47"/>
        <source>この起案は他の職員の操作で先に進んでいます。最新の状態を確認してください。</source>
        <translation>Someone else has moved this draft on. Check its current state.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="49"/>
        <source>この合議にはすでに同意しています。</source>
        <translation>You have already agreed to this consultation.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="51"/>
        <source>提出された起案がまだこのPCに届いていません。「決裁待ち」で送受信してください。</source>
        <translation>The submitted draft has not reached this PC yet. Send/receive on the &quot;Awaiting my decision&quot; tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="53"/>
        <source>回付中の起案の内容が提出時から変わっています。決裁できません（差戻しを求めてください）。</source>
        <translation>The circulating draft differs from what was submitted. It cannot be decided (ask for it to be sent back).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="60"/>
        <source>この操作は現在の状態ではできません。最新の状態を確認してください。</source>
        <translation>This action is not possible in the current state. Check the latest state.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/approval.py" line="61"/>
        <source>この操作は現在の状態ではできません（{detail}）。</source>
        <translation>This action is not possible in the current state ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="77"/>
        <source>経路 {step} の合議先がありません。</source>
        <translation>Consultation step {step} has no members.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="81"/>
        <source>経路 {step}: 合議は決定権者になれません。</source>
        <translation>Step {step}: a consultation group cannot be the decider.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="95"/>
        <source>経路 {step}: 代決者は最終段階にのみ指定できます。</source>
        <translation>Step {step}: a deputy decider (代決) may only be set on the final step.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="97"/>
        <source>決定権者が指定されていません。</source>
        <translation>No decider is set.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="99"/>
        <source>決定権者が複数指定されています（経路 {steps}）。一人にしてください。</source>
        <translation>More than one decider is set (steps {steps}). Keep exactly one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="101"/>
        <source>決定権者（経路 {step}）は最終段階にしてください。</source>
        <translation>The decider (step {step}) must be the final step.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="103"/>
        <source>決裁区分には{want}の決定権者が必要ですが、経路 {step} は{have}です。</source>
        <translation>The decision level needs a {want}-rank decider, but step {step} is {have}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="117"/>
        <source>未提出</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="118"/>
        <source>回付中</source>
        <translation>In circulation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="119"/>
        <source>差戻し（起案者）</source>
        <translation>Returned to the drafter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="121"/>
        <location filename="../../desktop/ui/approval/messages.py" line="140"/>
        <source>取下げ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="122"/>
        <source>決裁済</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="129"/>
        <source>提出</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="130"/>
        <source>再提出</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="131"/>
        <source>承認</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="132"/>
        <source>合議承認</source>
        <translation>Consultation agreed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="134"/>
        <source>決裁</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="135"/>
        <source>代決</source>
        <translation>Decided by deputy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="136"/>
        <source>後閲扱い</source>
        <translation>Passed for later review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="138"/>
        <source>後閲済</source>
        <translation>Reviewed later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/messages.py" line="139"/>
        <source>差戻し</source>
        <translation>Sent back</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="181"/>
        <source>ひな形</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="182"/>
        <source>起案のひな形</source>
        <translation>Draft template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="183"/>
        <source>新規作成</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="183"/>
        <source>開く…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="184"/>
        <source>JSON保存…</source>
        <translation>Save JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="184"/>
        <source>Word出力…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="185"/>
        <source>PDF出力…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="186"/>
        <source>記録を検証…</source>
        <translation>Verify record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="186"/>
        <source>復元する</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="186"/>
        <source>送信へ</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="187"/>
        <source>破棄する</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="190"/>
        <location filename="../../desktop/ui/approval/page.py" line="375"/>
        <source>確認事項</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="191"/>
        <source>決裁経路</source>
        <translation>Approval route</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="192"/>
        <source>回付・記録</source>
        <translation>Circulation and record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="193"/>
        <source>決裁待ち</source>
        <translation>Awaiting my decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="194"/>
        <source>確認事項の一覧（選ぶと該当欄へ移動）</source>
        <translation>List of checks (select one to go to its field)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="195"/>
        <source>メッセージ</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="319"/>
        <source>「{name}」から新しい起案を作成しました。</source>
        <translation>Created a new draft from &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="325"/>
        <source>起案ファイルを開けません: {detail}</source>
        <translation>Cannot open the draft file: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="336"/>
        <source>保存しました</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="354"/>
        <source>未保存の変更あり</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="369"/>
        <source>クリックすると該当する欄へ移動します</source>
        <translation>Click to go to the field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="373"/>
        <source>確認事項が {n} 件あります。項目を選ぶと該当する欄へ移動します。</source>
        <translation>{n} problem(s). Select one to go to its field.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="374"/>
        <source>問題は見つかりません。提出できます。</source>
        <translation>No problems found. The draft can be submitted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="406"/>
        <source>自動保存できません: {err}</source>
        <translation>Autosave failed: {err}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="409"/>
        <source>自動保存 {time}</source>
        <translation>Autosaved {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="418"/>
        <source>前回、保存されないまま終了した起案が {n} 件あります。最新: 「{subject}」（{when}）。復元しますか？</source>
        <translation>{n} draft(s) were left unsaved when the app last closed. Newest: &quot;{subject}&quot; ({when}). Recover it?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="419"/>
        <source>件名なし</source>
        <translation>no subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="430"/>
        <source>起案「{subject}」を復元しました。</source>
        <translation>Recovered the draft &quot;{subject}&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="443"/>
        <source>採番</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="443"/>
        <source>課の記号（例: 総総）</source>
        <translation>Section code (e.g. 総総)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="459"/>
        <source>文書番号の採番</source>
        <translation>Numbering the document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="479"/>
        <source>添付文書のハッシュ計算</source>
        <translation>Hashing attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="484"/>
        <source>添付するファイル</source>
        <translation>Files to attach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="29"/>
        <source>起案書の出力</source>
        <translation>Exporting the draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="40"/>
        <source>起案書のPDF出力</source>
        <translation>Exporting the draft as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="54"/>
        <source>PDFを出力しました: {pdf}（Word: {docx}、JSON: {json}）</source>
        <translation>PDF written: {pdf} (Word: {docx}, JSON: {json})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="57"/>
        <source>出力しました: {docx}（JSON: {json}）</source>
        <translation>Exported: {docx} (JSON: {json})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="59"/>
        <source>起案書を出力しました。</source>
        <translation>The draft was exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="73"/>
        <source>記録の検証</source>
        <translation>Verifying the record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="80"/>
        <source>署名と決裁の記録は正しく検証されました（決裁 {d} 件、PDF の署名 {s} 件）。</source>
        <translation>Signatures and the decision record verified ({d} decisions, {s} PDF signatures).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="84"/>
        <source>署名または決裁の記録に問題があります: {problems}</source>
        <translation>The signatures or the decision record have problems: {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="89"/>
        <source>記録は改ざんされていません（{n} 行を確認）。</source>
        <translation>The record is intact ({n} rows checked).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="91"/>
        <source>行 {n}: </source>
        <translation>row {n}: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="92"/>
        <source>記録に問題があります。最初の不整合 — {where}{reason}</source>
        <translation>The record has a problem. First broken link — {where}{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="126"/>
        <source>起案書・記録 (*.pdf *.docx *.json *.sqlite);;すべて (*)</source>
        <translation>Drafts and records (*.pdf *.docx *.json *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="492"/>
        <source>提出できません。確認事項（{n} 件）を解消してください。</source>
        <translation>Cannot submit. Resolve the {n} problem(s) first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="495"/>
        <source>添付文書が提出後に変更されています。差し戻して再提出してください。</source>
        <translation>An attachment changed after submission. Send the draft back and resubmit it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="497"/>
        <source>この起案の記録を読み取れません。「記録を検証」で確認してください。</source>
        <translation>The record of this draft cannot be read. Check it with &quot;Verify record&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="97"/>
        <source>起案</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="101"/>
        <source>起案ファイルを開く</source>
        <translation>Open a draft file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="102"/>
        <location filename="../../desktop/ui/approval/file_actions.py" line="108"/>
        <source>起案 JSON (*.json)</source>
        <translation>Draft JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="107"/>
        <source>JSON保存</source>
        <translation>Save JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="113"/>
        <source>Word出力</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="114"/>
        <source>Word 文書 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="119"/>
        <source>PDF出力</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="120"/>
        <source>PDF 文書 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/file_actions.py" line="125"/>
        <source>検証するファイル</source>
        <translation>File to verify</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/page.py" line="169"/>
        <source>ドロップしたファイルを添付文書にする</source>
        <translation>Drop the files to attach them</translation>
    </message>
</context>
<context>
    <name>ApprovalVocabulary</name>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="11"/>
        <source>担当</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="12"/>
        <source>係長</source>
        <translation>Subsection chief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="13"/>
        <source>課長代理</source>
        <translation>Deputy section chief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="14"/>
        <source>課長</source>
        <translation>Section chief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="15"/>
        <source>部長</source>
        <translation>Department director</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="16"/>
        <source>局長</source>
        <translation>Bureau director general</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="17"/>
        <source>副知事</source>
        <translation>Vice governor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="18"/>
        <source>知事</source>
        <translation>Governor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="21"/>
        <source>回議</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/vocabulary.py" line="22"/>
        <source>合議</source>
        <translation>Consultation</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="116"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="133"/>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="116"/>
        <source>起案者</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="117"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="135"/>
        <source>起案日</source>
        <translation>Drafting date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="118"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="135"/>
        <source>文書記号番号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="118"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="136"/>
        <source>文書分類</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="119"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="137"/>
        <source>保存年限</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="119"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="137"/>
        <source>決裁区分</source>
        <translation>Decision level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="120"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="138"/>
        <source>施行方法</source>
        <translation>Enforcement method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="120"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="138"/>
        <source>公開区分</source>
        <translation>Disclosure class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="120"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="139"/>
        <source>伺い文</source>
        <translation>Request text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="121"/>
        <source>添付文書</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="124"/>
        <source>所属（例: 総務局総務部総務課）</source>
        <translation>Section (e.g. 総務局総務部総務課)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="126"/>
        <source>例: 庁舎清掃業務委託契約の締結について</source>
        <translation>e.g. 庁舎清掃業務委託契約の締結について</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="127"/>
        <source>内線</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="128"/>
        <source>例: 6総総第1234号</source>
        <translation>e.g. 6総総第1234号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="129"/>
        <source>例: 6総総第1234号（提出前に採番）</source>
        <translation>e.g. 6総総第1234号 (numbered before submitting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="130"/>
        <source>採番</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="131"/>
        <source>ファイルを添付…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="132"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="140"/>
        <source>添付を外す</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="133"/>
        <source>起案者氏名</source>
        <translation>Drafter&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="116"/>
        <location filename="../../desktop/ui/approval/draft_form.py" line="134"/>
        <source>起案者所属</source>
        <translation>Drafter&apos;s section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="125"/>
        <source>サインインした職員（同期ページでサインイン）</source>
        <translation>The signed-in staff member (sign in on the Sync page)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="134"/>
        <source>内線番号</source>
        <translation>Extension number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="136"/>
        <source>文書記号番号を採番</source>
        <translation>Allocate a document number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="139"/>
        <source>添付文書の一覧</source>
        <translation>List of attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/draft_form.py" line="140"/>
        <source>ファイルを添付</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="52"/>
        <source>送受信</source>
        <translation>Send/receive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="53"/>
        <source>回付を送受信する</source>
        <translation>Send and receive circulating drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="54"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="54"/>
        <source>件名</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="54"/>
        <source>文書番号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="54"/>
        <source>起案者</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="55"/>
        <source>現在の段階</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="55"/>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="56"/>
        <source>決裁待ちと回付中の起案（ダブルクリックで開く）</source>
        <translation>Drafts awaiting you and in circulation (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="74"/>
        <source>共有フォルダと送受信しています…</source>
        <translation>Sending and receiving with the shared folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="75"/>
        <source>回付の送受信</source>
        <translation>Circulation send/receive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="82"/>
        <source>共有フォルダにつながりません。決裁は保存され、次の送受信で届きます。</source>
        <translation>The shared folder cannot be reached. Your decisions are kept and are delivered at the next send/receive.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="89"/>
        <source>決裁待ち</source>
        <translation>Awaiting my decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="91"/>
        <source>回付中</source>
        <translation>In circulation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="91"/>
        <source>差戻し</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="91"/>
        <source>決裁済</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="92"/>
        <source>取下げ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="94"/>
        <source>（未送信 {n}）</source>
        <translation> ({n} not sent)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="96"/>
        <source>（無効な決裁ファイル {n}）</source>
        <translation> ({n} invalid decision files)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="103"/>
        <source>回付には共有フォルダ（同期ページのクラウドの設定）とサインインが必要です。</source>
        <translation>Circulation needs the shared folder (the cloud settings of the Sync page) and a signed-in staff ID.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/inbox_panel.py" line="108"/>
        <source>{name} さんの決裁待ち: {n} 件</source>
        <translation>Awaiting {name}&apos;s decision: {n}</translation>
    </message>
</context>
<context>
    <name>RouteEditor</name>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="94"/>
        <source>種別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="94"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="94"/>
        <source>合議先（・区切り）</source>
        <translation>Consulted (separated by ・)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="94"/>
        <source>役職</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="94"/>
        <source>職員ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="95"/>
        <source>決定権者</source>
        <translation>Decider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="95"/>
        <source>代決者</source>
        <translation>Deputy (代決)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="95"/>
        <source>合議先の職員ID（・区切り）</source>
        <translation>Consulted staff IDs (separated by ・)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="95"/>
        <source>必要な同意</source>
        <translation>Agreements needed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="96"/>
        <source>後閲</source>
        <translation>Later review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="96"/>
        <source>代決者の職員ID</source>
        <translation>Deputy&apos;s staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="97"/>
        <source>決裁経路</source>
        <translation>Approval route</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="104"/>
        <source>この段階には追加の設定はありません。合議の相手先と、最終段階の代決者はここで設定します。</source>
        <translation>This step has nothing more to set. The members of a consultation and the deputy of the final step are set here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="111"/>
        <source>回議を追加</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="111"/>
        <source>合議を追加</source>
        <translation>Add consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="112"/>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="112"/>
        <source>上へ</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="113"/>
        <source>下へ</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="113"/>
        <source>決定権者にする</source>
        <translation>Make decider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="225"/>
        <source>経路 {n} の詳細</source>
        <translation>Step {n} details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="225"/>
        <source>段階の詳細</source>
        <translation>Step details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="269"/>
        <source>経路 {n} の種別</source>
        <translation>Kind of step {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="274"/>
        <source>経路 {n} の役職</source>
        <translation>Rank of step {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="102"/>
        <location filename="../../desktop/ui/approval/route_editor.py" line="277"/>
        <source>全員</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="103"/>
        <location filename="../../desktop/ui/approval/route_editor.py" line="278"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_editor.py" line="280"/>
        <source>経路 {n} の合議で必要な同意の人数</source>
        <translation>Agreements needed in consultation step {n}</translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="118"/>
        <source>提出（回付開始）</source>
        <translation>Submit (start circulation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="125"/>
        <source>後閲する段階</source>
        <translation>Step to review later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="126"/>
        <source>差戻し先</source>
        <translation>Send back to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="118"/>
        <source>承認…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="115"/>
        <source>署名用の鍵…</source>
        <translation>Signing key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="116"/>
        <source>署名用の鍵を登録</source>
        <translation>Register your signing key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="117"/>
        <source>局から配布された署名用の鍵ファイル（.p12）をこのPCに登録します</source>
        <translation>Register the signing key file (.p12) from your bureau on this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="119"/>
        <source>代決…（最終段階）</source>
        <translation>Decide as deputy… (final step)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="120"/>
        <source>後閲扱いで進める…</source>
        <translation>Pass for later review…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="121"/>
        <source>後閲済にする…</source>
        <translation>Mark as reviewed…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="122"/>
        <source>差戻し…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="122"/>
        <source>取下げ…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="127"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="128"/>
        <location filename="../../desktop/ui/approval/route_panel.py" line="129"/>
        <source>差戻し・取下げ・代決の理由</source>
        <translation>Reason (send back, withdraw, deputy decision)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="130"/>
        <source>番号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="130"/>
        <source>日時</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="130"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="130"/>
        <source>実行者</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="131"/>
        <source>段階</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="131"/>
        <source>内容 / 行ハッシュ</source>
        <translation>Detail / row hash</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="132"/>
        <source>回付の記録</source>
        <translation>Circulation record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="142"/>
        <source>件名: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="144"/>
        <source>文書番号: {number}</source>
        <translation>Document number: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="147"/>
        <source>段階: 経路 {n}（{level} {name}）</source>
        <translation>Step: {n} ({level} {name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="151"/>
        <location filename="../../desktop/ui/approval/route_panel.py" line="242"/>
        <source>操作する職員: {name}（職員ID {sid}）</source>
        <translation>Acting staff member: {name} (staff ID {sid})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="153"/>
        <source>内容のハッシュ（提出時）: {h}…</source>
        <translation>Content hash (at submission): {h}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="181"/>
        <source>提出の確認</source>
        <translation>Confirm submission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="181"/>
        <source>この起案を提出し、決裁経路に回します。提出後は内容を変更できません。</source>
        <translation>Submit this draft and send it along the route. After submission its content cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="187"/>
        <source>この起案を決裁（最終承認）します。</source>
        <translation>You are deciding (final approval of) this draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="188"/>
        <source>この合議に同意します。</source>
        <translation>You agree to this consultation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="189"/>
        <source>この起案を承認します。</source>
        <translation>You approve this draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="190"/>
        <source>承認の確認</source>
        <translation>Confirm approval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="194"/>
        <source>代決の確認</source>
        <translation>Confirm deputy decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="194"/>
        <source>決定権者に代わって代決します（理由: {reason}）。</source>
        <translation>You decide on behalf of the decider (reason: {reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="198"/>
        <source>後閲扱いの確認</source>
        <translation>Confirm pass for later review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="198"/>
        <source>不在の承認者を後閲扱いにして次へ進めます。</source>
        <translation>The absent approver is passed and reviews later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="203"/>
        <source>後閲の確認</source>
        <translation>Confirm later review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="203"/>
        <source>後閲済にします。</source>
        <translation>Mark your later review as done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="209"/>
        <source>差戻しの確認</source>
        <translation>Confirm send-back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="209"/>
        <source>「{where}」へ差し戻します（理由: {reason}）。</source>
        <translation>Send back to &quot;{where}&quot; (reason: {reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="215"/>
        <source>取下げの確認</source>
        <translation>Confirm withdrawal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="215"/>
        <source>この起案を取り下げます。</source>
        <translation>Withdraw this draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="236"/>
        <source>記録を読み取れません。「記録を検証」で確認してください。</source>
        <translation>The record cannot be read. Check it with &quot;Verify record&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="243"/>
        <source>サインインしていません（閲覧のみ）。同期ページで職員IDでサインインしてください。</source>
        <translation>Nobody is signed in (view only). Sign in with your staff ID on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="245"/>
        <source>状態: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="248"/>
        <source>&#x3000;現在: 経路 {n}（{label}）</source>
        <translation>  Now: step {n} ({label})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="254"/>
        <source>閲覧のみ: この段階を決裁できるのは経路で指名された職員です。</source>
        <translation>View only: only the staff member named on the route can decide this step.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="256"/>
        <source>&#x3000;後閲待ち: {steps}</source>
        <translation>  Awaiting later review: {steps}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="275"/>
        <source>起案者</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/route_panel.py" line="277"/>
        <location filename="../../desktop/ui/approval/route_panel.py" line="282"/>
        <source>経路 {n}（{label}）</source>
        <translation>Step {n} ({label})</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="69"/>
        <source>署名用の鍵を登録</source>
        <translation>Register your signing key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="71"/>
        <source>局から配布された署名用の鍵ファイル（.p12）を登録します。承認・決裁するとき、この鍵で電子署名が付きます（はんこの代わりです）。パスワードはこのPCの資格情報ストアにだけ保存され、ファイルには書かれません。</source>
        <translation>Register the signing key file (.p12) your bureau gave you. When you approve or decide, your decision is signed electronically with this key (in place of a seal). The passphrase is kept only in this PC&apos;s credential store, never in a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="73"/>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="75"/>
        <source>鍵ファイル</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="74"/>
        <source>例: yamada_taro.p12</source>
        <translation>e.g. yamada_taro.p12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="76"/>
        <source>参照…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="77"/>
        <source>鍵ファイルを選ぶ</source>
        <translation>Choose the key file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="78"/>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="79"/>
        <source>鍵のパスワード</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="80"/>
        <source>登録する</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="81"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="82"/>
        <source>鍵の登録の操作</source>
        <translation>Key registration actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="89"/>
        <source>登録しました: 職員ID {sid} の鍵（有効期限 {until}）</source>
        <translation>Registered: the key of staff ID {sid} (valid until {until})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="92"/>
        <source>登録済みの鍵: {name}（別の鍵を登録すると置き換わります）</source>
        <translation>Registered key: {name} (registering another key replaces it)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="94"/>
        <source>このPCには、まだ署名用の鍵が登録されていません。</source>
        <translation>No signing key is registered on this PC yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="100"/>
        <source>署名用の鍵ファイルを選ぶ</source>
        <translation>Choose your signing key file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="101"/>
        <source>署名用の鍵 (*.p12 *.pfx)</source>
        <translation>Signing keys (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="109"/>
        <source>鍵ファイルを開けませんでした。パスワードが違うか、署名用の鍵ファイル（.p12）ではありません。</source>
        <translation>The key file could not be opened: the passphrase is wrong or it is not a signing key file (.p12).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="112"/>
        <source>この鍵は職員ID {owner} のものです。サインイン中の職員（{me}）の鍵を選んでください。</source>
        <translation>This key belongs to staff ID {owner}. Choose the key of the signed-in staff member ({me}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approval/signing_key_dialog.py" line="115"/>
        <source>鍵ファイルを読み取れませんでした。ファイルの場所を確かめてください。</source>
        <translation>The key file could not be read. Check where the file is.</translation>
    </message>
</context>
</TS>
