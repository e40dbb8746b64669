<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>CaptionsWindow</name>
    <message>
        <location filename="../../desktop/ui/minutes/captions.py" line="44"/>
        <location filename="../../desktop/ui/minutes/captions.py" line="45"/>
        <source>ライブ字幕</source>
        <translation>Live captions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/captions.py" line="46"/>
        <source>字幕の状態</source>
        <translation>Caption status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/captions.py" line="47"/>
        <source>通常表示に戻す</source>
        <translation>Exit full screen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/captions.py" line="47"/>
        <source>全画面表示</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/captions.py" line="51"/>
        <source>音声を待っています…</source>
        <translation>Waiting for speech…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/captions.py" line="125"/>
        <source>録音が終了しました。</source>
        <translation>Recording finished.</translation>
    </message>
</context>
<context>
    <name>MetaForm</name>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="67"/>
        <source>会議名</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="67"/>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="67"/>
        <source>場所</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="67"/>
        <source>出席者</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="67"/>
        <source>欠席者</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="68"/>
        <source>作成者</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="68"/>
        <source>議題（1行に1件）</source>
        <translation>Agenda (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="68"/>
        <source>配布資料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="68"/>
        <source>要旨（1行に1件）</source>
        <translation>Summary (one point a line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="69"/>
        <source>決定事項（1行に1件）</source>
        <translation>Decisions (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="69"/>
        <source>次回予定</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="69"/>
        <source>ToDo（1行に1件）</source>
        <translation>To-do (one a line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="75"/>
        <source>読点（、）またはカンマで区切る</source>
        <translation>Separated by 、 or commas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/meta_form.py" line="76"/>
        <source>例: 令和8年11月25日 10:00</source>
        <translation>e.g. 2026-11-25 10:00</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../desktop/ui/minutes/segments_model.py" line="128"/>
        <source>時間</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/segments_model.py" line="129"/>
        <source>話者</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/segments_model.py" line="130"/>
        <source>発言</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/segments_model.py" line="162"/>
        <source>発言の編集</source>
        <translation>Edit line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/segments_model.py" line="165"/>
        <source>話者の変更</source>
        <translation>Change speaker</translation>
    </message>
</context>
<context>
    <name>MinutesErrors</name>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="10"/>
        <source>ファイル {path} は音声として読み込めませんでした。壊れているか、音声ではないファイルです。</source>
        <translation>The file {path} could not be read as audio. It is damaged or not an audio file.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="16"/>
        <source>ファイル {path} には音声が入っていません。</source>
        <translation>The file {path} contains no audio.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="20"/>
        <source>文字起こしモデル「{name}」はこのパソコンにありません。モデルのダウンロードは許可されていません。情報システム担当にモデルフォルダへの配置を依頼してください。</source>
        <translation>The transcription model &quot;{name}&quot; is not on this PC and downloading models is not allowed. Ask IT to place it in the model folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="26"/>
        <source>モデルフォルダ {path} が見つからないか、Whisper モデルではありません。設定を確認してください。</source>
        <translation>The model folder {path} does not exist or is not a Whisper model. Please check the settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="32"/>
        <source>モデルファイル {file} が破損しているか、想定と異なるため使用しませんでした。</source>
        <translation>The model file {file} is damaged or not the expected file, so it was not used.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="37"/>
        <source>モデル「{model}」は英語専用のため、この言語は文字起こしできません。</source>
        <translation>The model &quot;{model}&quot; understands English only and cannot transcribe this language.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="43"/>
        <source>書き出しに失敗しました。</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="49"/>
        <source>文字起こしサーバーがシングルサインオンのトークンを受け付けませんでした。ホーム画面でサインインし直すか、このパソコンで文字起こししてください。</source>
        <translation>The transcription server did not accept your single sign-on token. Sign in again on the home page, or transcribe on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="52"/>
        <source>文字起こしサーバーがアクセストークンを受け付けませんでした（未保存か、正しくありません）。設定の「局の文字起こしサーバー」で情報システム担当から受け取ったトークンを保存し直すか、このパソコンで文字起こししてください。</source>
        <translation>The transcription server did not accept the access token (none is saved, or it is wrong). Save the token you received from IT again under Settings → “Bureau transcription server”, or transcribe on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="55"/>
        <source>文字起こしサーバーが録音の受け付けを拒否しました（組織の設定で送信が許可されていないか、トークンが正しくありません）。設定を確認するか、このパソコンで文字起こししてください。</source>
        <translation>The transcription server refused the recording (sending is not allowed by your organisation&apos;s policy, or the token is wrong). Check the settings, or transcribe on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="60"/>
        <source>文字起こしサーバーに接続できないか、正しく応答しません。ネットワークを確認して、しばらくしてからもう一度お試しください。このパソコンで文字起こしすることもできます。</source>
        <translation>The transcription server cannot be reached or does not answer properly. Check the network and try again later. You can also transcribe on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="65"/>
        <source>アクセストークンが空か、空白を含んでいます。情報システム担当から受け取ったトークンをそのまま貼り付けてください。</source>
        <translation>The access token is empty or contains spaces. Paste the token you received from IT exactly as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/minutes.py" line="69"/>
        <source>議事録の処理でエラーが発生しました。ファイルと設定を確認して、もう一度お試しください。</source>
        <translation>The minutes step failed. Check the file and the settings, then try again.</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="175"/>
        <source>議事録</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="177"/>
        <source>録音ファイルを開く…</source>
        <translation>Open recording…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="177"/>
        <source>録音ファイルを開いて文字起こし</source>
        <translation>Open a recording and transcribe it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="178"/>
        <source>保存した文字起こしを開く…</source>
        <translation>Open saved transcript…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="178"/>
        <location filename="../../desktop/ui/minutes/page.py" line="492"/>
        <source>保存した文字起こしを開く</source>
        <translation>Open saved transcript</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="179"/>
        <location filename="../../desktop/ui/minutes/page.py" line="391"/>
        <source>文字起こし</source>
        <translation>Transcribe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="179"/>
        <source>文字起こしを開始</source>
        <translation>Start transcription</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="180"/>
        <location filename="../../desktop/ui/minutes/page.py" line="360"/>
        <source>ライブ字幕</source>
        <translation>Live captions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="180"/>
        <source>録音中の音声をライブ字幕で表示</source>
        <translation>Show live captions of the recording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="181"/>
        <source>中止</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="181"/>
        <source>文字起こしを中止</source>
        <translation>Cancel transcription</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="182"/>
        <source>時間を含める</source>
        <translation>Include times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="182"/>
        <source>書き出しに時間を含める</source>
        <translation>Include times in exports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="187"/>
        <source>議事録を書き出す（Word）</source>
        <translation>Export minutes (Word)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="187"/>
        <source>テキストを書き出す</source>
        <translation>Export text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="187"/>
        <source>議事録を書き出す（PDF）</source>
        <translation>Export minutes (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="188"/>
        <source>字幕 SRT を書き出す</source>
        <translation>Export SRT subtitles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="188"/>
        <source>字幕 VTT を書き出す</source>
        <translation>Export VTT subtitles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="189"/>
        <source>JSON を書き出す（単語・話者付き）</source>
        <translation>Export JSON (with words and speakers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/export_actions.py" line="27"/>
        <location filename="../../desktop/ui/minutes/page.py" line="196"/>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="198"/>
        <source>決定事項から起案する</source>
        <translation>Start approval draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="199"/>
        <source>書き出したファイルを送信する</source>
        <translation>Send exported file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="205"/>
        <source>モデル</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="206"/>
        <source>言語</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="214"/>
        <source>文字起こしモデル</source>
        <translation>Transcription model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="215"/>
        <source>録音の言語</source>
        <translation>Language of the recording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="216"/>
        <source>日本語</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="216"/>
        <source>英語</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="216"/>
        <source>自動判定</source>
        <translation>Auto-detect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="218"/>
        <source>文字起こしの進み具合</source>
        <translation>Transcription progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="220"/>
        <source>録音中に使えます（「マイクで録音」を押してから）</source>
        <translation>Available while recording (press “Record from microphone” first)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="226"/>
        <source>録音ファイルを開くか、マイクで録音してください。</source>
        <translation>Open a recording or record from the microphone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="228"/>
        <source>録音: {name}</source>
        <translation>Recording: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="238"/>
        <source>{name}（{languages}、{size} MB）</source>
        <translation>{name} ({languages}, {size} MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="243"/>
        <source>モデルを読み込んでいます…</source>
        <translation>Loading the model…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="243"/>
        <source>音声を読み込んでいます…</source>
        <translation>Reading the audio…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="244"/>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="245"/>
        <source>{done} / {total} を処理しました</source>
        <translation>{done} of {total} processed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="237"/>
        <source>多言語</source>
        <translation>multilingual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="190"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="190"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="190"/>
        <source>テキスト</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="190"/>
        <source>字幕 SRT</source>
        <translation>SRT subtitles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="191"/>
        <source>字幕 VTT</source>
        <translation>VTT subtitles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="191"/>
        <source>JSON（単語・話者付き）</source>
        <translation>JSON (words, speakers)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="197"/>
        <source>決定事項・ToDo の候補を確認…</source>
        <translation>Review suggested decisions and to-dos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="202"/>
        <source>最近の会議</source>
        <translation>Recent meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="203"/>
        <location filename="../../desktop/ui/minutes/page.py" line="204"/>
        <source>最近の会議の文字起こしを開く</source>
        <translation>Open the transcript of a recent meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="207"/>
        <source>話者</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="208"/>
        <source>話者の人数</source>
        <translation>Number of speakers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="209"/>
        <source>声で話者を聞き分けます（ステレオ録音で左右の声が違えば左右で分けます）</source>
        <translation>Tells speakers apart by voice (a stereo recording with different people left and right is split by side)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="212"/>
        <source>自動（人数を推定）</source>
        <translation>Automatic (estimate how many)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="213"/>
        <source>1人（分けない）</source>
        <translation>One (do not separate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="213"/>
        <source>{n}人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="237"/>
        <source>英語のみ</source>
        <translation>English only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="244"/>
        <source>話者を聞き分けています…</source>
        <translation>Telling the speakers apart…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="245"/>
        <source>文字起こしサーバーに送信しています…</source>
        <translation>Sending to the transcription server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="287"/>
        <source>録音ファイルを開く</source>
        <translation>Open recording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="288"/>
        <source>音声・動画</source>
        <translation>Audio and video</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="288"/>
        <source>すべて</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="319"/>
        <source>（まだありません）</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="324"/>
        <source>{title}（{when}、{n} 件）</source>
        <translation>{title} ({when}, {n} lines)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="334"/>
        <source>実行中の文字起こしが終わったら {name} を開きます。</source>
        <translation>{name} will open when the running transcription ends.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="342"/>
        <source>前回の編集内容を復元しました。</source>
        <translation>Restored your previous edits.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="392"/>
        <source>もう一度文字起こしすると、表示中の文字起こしと編集内容は置き換えられます。続けますか？</source>
        <translation>Transcribing again replaces the transcript shown and your edits. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="406"/>
        <source>準備中…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="410"/>
        <source>文字起こし: {name}</source>
        <translation>Transcribing: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="457"/>
        <source>文字起こしが完了しました（{n} 件）。</source>
        <translation>Transcription finished ({n} lines).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="471"/>
        <source>録音から発言を認識できませんでした。音量や言語の設定を確認してください。</source>
        <translation>No speech was recognised in the recording. Check the volume and the language setting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="472"/>
        <source>音声ファイルが壊れているか途中で切れています。文字起こしは途中までかもしれません。</source>
        <translation>The audio file is damaged or cut short. The transcript may be incomplete.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="473"/>
        <source>{n} か所の発言から文字を起こせませんでした（最初は {at}）。言語の設定（自動判定）を確認してください。</source>
        <translation>{n} stretches of speech produced no text (the first at {at}). Check the language setting (automatic detection).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="475"/>
        <source>{n} か所は時間がかかりすぎたため、簡易な方法で文字起こししました（最初は {at}）。</source>
        <translation>{n} stretches took too long and were transcribed the simple way (the first at {at}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="476"/>
        <source>文字起こしサーバーに接続できなかったため、このパソコンで文字起こししました。</source>
        <translation>The transcription server could not be reached; the recording was transcribed on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="477"/>
        <source>{n} か所で同じ語の繰り返しを検出し、簡易な方法で文字起こしし直しました（最初は {at}）。</source>
        <translation>{n} stretches repeated the same words and were transcribed again the simple way (the first at {at}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="507"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/export_actions.py" line="43"/>
        <source>書き出し: {name}</source>
        <translation>Exporting: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/export_actions.py" line="49"/>
        <source>{path} に書き出しました。</source>
        <translation>Exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/page.py" line="62"/>
        <source>録音ファイル（または保存した文字起こし）をドロップして開く</source>
        <translation>Drop a recording (or a saved transcript) to open it</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../desktop/ui/minutes/player.py" line="47"/>
        <source>一時停止</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/player.py" line="47"/>
        <source>再生</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/player.py" line="48"/>
        <source>再生／一時停止</source>
        <translation>Play/pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/player.py" line="49"/>
        <source>再生位置</source>
        <translation>Playback position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/player.py" line="50"/>
        <source>再生速度</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/player.py" line="51"/>
        <source>再生時間</source>
        <translation>Playback time</translation>
    </message>
</context>
<context>
    <name>RecorderBar</name>
    <message>
        <location filename="../../desktop/ui/minutes/recorder.py" line="46"/>
        <source>録音停止</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/recorder.py" line="46"/>
        <source>マイクで録音</source>
        <translation>Record from microphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/recorder.py" line="47"/>
        <source>録音の開始／停止</source>
        <translation>Start/stop recording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/recorder.py" line="48"/>
        <source>録音の状態</source>
        <translation>Recording status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/recorder.py" line="59"/>
        <source>マイクが見つかりません。</source>
        <translation>No microphone found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/recorder.py" line="89"/>
        <source>録音中 {time}（{path}）</source>
        <translation>Recording {time} ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/recorder.py" line="102"/>
        <source>録音を保存しました: {path}</source>
        <translation>Recording saved: {path}</translation>
    </message>
</context>
<context>
    <name>ServerTokenBox</name>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="72"/>
        <source>局の文字起こしサーバーは設定されていません。文字起こしはこのパソコンで行います。</source>
        <translation>No bureau transcription server is set up. Recordings are transcribed on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="74"/>
        <source>局の文字起こしサーバー: {url}
組織の設定で録音の送信が許可されていないため、文字起こしはこのパソコンで行います。</source>
        <translation>Bureau transcription server: {url}
Your organisation's settings do not allow sending recordings, so they are transcribed on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="77"/>
        <source>局の文字起こしサーバー: {url}
接続にはサインイン中の職員ID（シングルサインオン）を使います。トークンの入力は不要です。</source>
        <translation>Bureau transcription server: {url}
It uses your signed-in staff ID (single sign-on). No token needs to be entered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="80"/>
        <source>局の文字起こしサーバー: {url}
接続には、情報システム担当から受け取ったアクセストークンをこの端末の資格情報ストアに保存して使います。</source>
        <translation>Bureau transcription server: {url}
It uses the access token you received from IT, saved in this PC's credential store.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="92"/>
        <source>資格情報ストアを利用できないため、トークンを保存できません。平文で保存することはありません。</source>
        <translation>The credential store is not available, so the token cannot be saved. It is never saved as plain text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="102"/>
        <source>トークン: 保存済み（資格情報ストア）</source>
        <translation>Token: saved (credential store)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="103"/>
        <source>トークン: 未保存</source>
        <translation>Token: not stored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="120"/>
        <location filename="../../desktop/ui/minutes/server_box.py" line="131"/>
        <source>文字起こしサーバー</source>
        <translation>Transcription server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="122"/>
        <source>文字起こしサーバーのトークンを保存しました。</source>
        <translation>The transcription server token was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="133"/>
        <source>文字起こしサーバーのトークンを削除しました。</source>
        <translation>The transcription server token was removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="142"/>
        <source>局の文字起こしサーバー</source>
        <translation>Bureau transcription server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="143"/>
        <source>アクセストークン</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="144"/>
        <source>情報システム担当から受け取ったトークンを貼り付け</source>
        <translation>Paste the token you received from IT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="145"/>
        <source>文字起こしサーバーのアクセストークン</source>
        <translation>Access token of the transcription server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="146"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/server_box.py" line="147"/>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="21"/>
        <source>議事録の提案</source>
        <translation>Suggestions for the minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="23"/>
        <source>決定事項</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="23"/>
        <source>次回予定</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="23"/>
        <source>ToDo</source>
        <translation>To-do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="24"/>
        <source>要旨</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="25"/>
        <source>文字起こしから見つけた候補です。議事録に入れるものにチェックを付けてください。行番号と時間で元の発言を確認できます。</source>
        <translation>Candidates found in the transcript. Tick those that belong in the minutes; the line number and time lead to what was said.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="28"/>
        <source>区分</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="28"/>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="28"/>
        <source>時間</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="28"/>
        <source>話者</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="28"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="37"/>
        <source>文字起こしから候補は見つかりませんでした。</source>
        <translation>No candidates were found in the transcript.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="39"/>
        <source>チェックした候補を追加</source>
        <translation>Add the ticked candidates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/suggestions_dialog.py" line="40"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="124"/>
        <source>話者名を変更…</source>
        <translation>Rename speaker…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="124"/>
        <source>選択した話者の名前を変更</source>
        <translation>Rename the selected speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="125"/>
        <source>話者を割り当て…</source>
        <translation>Assign speaker…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="125"/>
        <source>選択した発言に話者を割り当て</source>
        <translation>Assign a speaker to the selected lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="126"/>
        <source>結合</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="126"/>
        <source>選択した発言を結合</source>
        <translation>Merge the selected lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="127"/>
        <source>分割</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="127"/>
        <source>選択した発言を分割</source>
        <translation>Split the selected line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="128"/>
        <source>同じ話者を結合</source>
        <translation>Merge speaker turns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="128"/>
        <source>同じ話者の連続した発言を結合</source>
        <translation>Merge consecutive lines of the same speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="129"/>
        <source>決定事項に追加</source>
        <translation>Add to decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="129"/>
        <source>選択した発言を決定事項に追加</source>
        <translation>Add the selected lines to the decisions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="130"/>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="131"/>
        <source>やり直し</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="132"/>
        <source>すべて置換</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="133"/>
        <source>置換…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="133"/>
        <source>置換の欄を表示（Ctrl+H）</source>
        <translation>Show the replace field (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="134"/>
        <source>次を検索</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="134"/>
        <source>次を検索（Enter）</source>
        <translation>Find next (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="135"/>
        <source>前を検索</source>
        <translation>Find previous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="135"/>
        <source>前を検索（Shift+Enter）</source>
        <translation>Find previous (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="140"/>
        <source>検索:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="141"/>
        <source>置換後:</source>
        <translation>Replace with:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="142"/>
        <location filename="../../desktop/ui/minutes/editor.py" line="143"/>
        <source>検索する語</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="144"/>
        <location filename="../../desktop/ui/minutes/editor.py" line="145"/>
        <source>置換後の語</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="146"/>
        <source>発言の一覧</source>
        <translation>Transcript lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="200"/>
        <source>話者名の変更</source>
        <translation>Rename speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="205"/>
        <source>話者名を変更</source>
        <translation>Rename speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="206"/>
        <source>「{old}」の新しい名前:</source>
        <translation>New name for &quot;{old}&quot;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="216"/>
        <source>話者の割り当て</source>
        <translation>Assign speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="223"/>
        <source>話者を割り当て</source>
        <translation>Assign speaker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="223"/>
        <source>話者:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="231"/>
        <source>発言の結合</source>
        <translation>Merge lines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="240"/>
        <source>発言の分割</source>
        <translation>Split line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="243"/>
        <source>同じ話者の結合</source>
        <translation>Merge speaker turns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="278"/>
        <source>見つかりません</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="292"/>
        <source>{n} 件中 {k} 件目</source>
        <translation>{k} of {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="302"/>
        <source>「{find}」は見つかりませんでした。</source>
        <translation>“{find}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="304"/>
        <source>置換</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/minutes/editor.py" line="305"/>
        <source>{n} か所を置換しました。</source>
        <translation>Replaced {n} occurrence(s).</translation>
    </message>
</context>
</TS>
