<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="30"/>
        <source>必須項目が空です</source>
        <translation>This field is required but empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="31"/>
        <source>日付として正しくありません</source>
        <translation>Not a valid date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="32"/>
        <source>郵便番号の形式（123-4567）ではありません</source>
        <translation>Not a postal code (123-4567)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="33"/>
        <source>電話番号の形式ではありません</source>
        <translation>Not a phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="34"/>
        <source>数値ではありません</source>
        <translation>Not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="35"/>
        <source>カタカナではありません</source>
        <translation>Not written in katakana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="36"/>
        <source>決められた形式と一致しません</source>
        <translation>Does not match the required format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="37"/>
        <source>文字数が多すぎます</source>
        <translation>Too many characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="38"/>
        <source>選択されていません</source>
        <translation>Nothing is ticked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="39"/>
        <source>複数選択されています（1つだけ選んでください）</source>
        <translation>More than one is ticked (tick exactly one)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="44"/>
        <source>長音記号</source>
        <translation>long vowel mark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="44"/>
        <source>漢数字のいち</source>
        <translation>kanji one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="45"/>
        <source>ハイフン</source>
        <translation>hyphen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="45"/>
        <source>カタカナのト</source>
        <translation>katakana to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="46"/>
        <source>漢字のぼく</source>
        <translation>kanji boku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="46"/>
        <source>カタカナのロ</source>
        <translation>katakana ro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="47"/>
        <source>漢字のくち</source>
        <translation>kanji kuchi (mouth)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="47"/>
        <source>カタカナのニ</source>
        <translation>katakana ni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="48"/>
        <source>漢数字のに</source>
        <translation>kanji two</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="48"/>
        <source>カタカナのカ</source>
        <translation>katakana ka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="49"/>
        <source>漢字のちから</source>
        <translation>kanji chikara (power)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="49"/>
        <source>カタカナのエ</source>
        <translation>katakana e</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="50"/>
        <source>漢字のこう</source>
        <translation>kanji kō (craft)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="50"/>
        <source>全角スペース</source>
        <translation>full-width space</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="51"/>
        <source>スペース</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="93"/>
        <source>{name} の読み取り画像</source>
        <translation>Scanned image of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="109"/>
        <source>チェックあり</source>
        <translation>Ticked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="157"/>
        <source>漢字</source>
        <translation>kanji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="159"/>
        <source>カタカナ</source>
        <translation>katakana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="161"/>
        <source>ひらがな</source>
        <translation>hiragana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="184"/>
        <source>{n}文字目「{ch}」（{name}）</source>
        <translation>character {n} “{ch}” ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="186"/>
        <source> 候補「{alt}」（{name}）</source>
        <translation> runner-up “{alt}” ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="188"/>
        <source>要確認の文字</source>
        <translation>Characters to check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="191"/>
        <source>{name} の要確認の文字</source>
        <translation>Doubtful characters of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="242"/>
        <source>PDFの文字情報から読み取り</source>
        <translation>Read from the PDF&apos;s own text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="244"/>
        <source>PDFの入力欄から読み取り</source>
        <translation>Read from the PDF&apos;s form field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="246"/>
        <source>信頼度 {pct}%</source>
        <translation>Confidence {pct}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/field_rows.py" line="249"/>
        <source>読み取りの信頼度が低いため確認してください</source>
        <translation>Low reading confidence: please check</translation>
    </message>
</context>
<context>
    <name>FormsErrors</name>
    <message>
        <location filename="../../desktop/messages/forms.py" line="16"/>
        <source>台帳ファイルが他のプログラム（Excel など）で開かれています。閉じてから「台帳に書き出す」を押してください。確定済みの記録は保存されています。</source>
        <translation>The ledger is open in another program (such as Excel). Close it, then press &quot;Write to ledger&quot;. Confirmed records are kept safe.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/forms.py" line="22"/>
        <source>台帳ファイルが書き込み中に他の人に変更されました。何も書き込んでいません。もう一度「台帳に書き出す」を押してください。</source>
        <translation>Someone else changed the ledger while it was being written. Nothing was written. Press &quot;Write to ledger&quot; again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/forms.py" line="28"/>
        <source>このファイルには書き出せません（この帳票の台帳ではないか、Excel（.xlsx）・CSV ではありません）。別の台帳ファイルを選ぶか、新しい名前で書き出してください。</source>
        <translation>Cannot write to this file (it is not this form&apos;s ledger, or not an Excel (.xlsx) or CSV file). Choose another ledger file or export under a new name.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/forms.py" line="34"/>
        <source>パスワード付きのPDFは読み取れません。パスワードを外してから読み込んでください。</source>
        <translation>Password-protected PDFs cannot be read. Remove the password and load it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/forms.py" line="39"/>
        <source>ファイルを読み取れませんでした（画像・PDFではないか、壊れています）。</source>
        <translation>The file could not be read (it is not an image or PDF, or it is damaged).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/forms.py" line="44"/>
        <source>ページの画素数が多すぎるため読み取りませんでした。300 dpi 程度でスキャンし直してください。</source>
        <translation>The page has too many pixels and was not read. Scan it again at about 300 dpi.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/forms.py" line="49"/>
        <source>テンプレートに問題があります。</source>
        <translation>There is a problem with the template.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/forms.py" line="53"/>
        <source>帳票の読み取りでエラーが発生しました。ファイルとテンプレートを確認して、もう一度お試しください。</source>
        <translation>Reading the form failed. Check the file and the template, then try again.</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <location filename="../../desktop/ui/forms/__init__.py" line="35"/>
        <source>読み取りと確認</source>
        <translation>Read and review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/__init__.py" line="36"/>
        <source>テンプレート編集</source>
        <translation>Template editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/__init__.py" line="37"/>
        <source>紙→デジタル</source>
        <translation>Paper to digital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/__init__.py" line="27"/>
        <source>ドロップしたスキャン・PDFを読み取る</source>
        <translation>Drop scans or PDFs to read them</translation>
    </message>
</context>
<context>
    <name>LedgerBar</name>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="57"/>
        <source>台帳の場所…</source>
        <translation>Ledger location…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="58"/>
        <source>台帳ファイルを選ぶ</source>
        <translation>Choose the ledger file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="59"/>
        <source>台帳を送信…</source>
        <translation>Send the ledger…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="60"/>
        <source>台帳を FAXレス送信 で送る</source>
        <translation>Send the ledger with FAX-less send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="71"/>
        <source>台帳: {path}</source>
        <translation>Ledger: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="73"/>
        <source>台帳に書き出す（未書き出し {n} 件）</source>
        <translation>Write to ledger ({n} not yet written)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="104"/>
        <source>台帳ファイル</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="105"/>
        <source>Excel ブック (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="118"/>
        <source>台帳への書き出し</source>
        <translation>Writing to the ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="134"/>
        <source>台帳に {n} 件追加しました: {path}</source>
        <translation>{n} row(s) added to the ledger: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/ledger_bar.py" line="135"/>
        <source>台帳に {n} 件追加しました: {name}</source>
        <translation>Added {n} records to the ledger: {name}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="127"/>
        <location filename="../../desktop/ui/forms/review_page.py" line="128"/>
        <source>テンプレート</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="130"/>
        <source>確認済み（修正）</source>
        <translation>Confirmed (correct)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="131"/>
        <source>表示する記録</source>
        <translation>Records shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="132"/>
        <source>スキャン/PDFを読み込む…</source>
        <translation>Load scans/PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="133"/>
        <source>スキャンまたはPDFを読み込む</source>
        <translation>Load scans or a PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="134"/>
        <source>フォルダーを読み込む…</source>
        <translation>Load folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="135"/>
        <source>フォルダーのスキャンをまとめて読み込む</source>
        <translation>Load all scans in a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="136"/>
        <source>確認待ちの申請書</source>
        <translation>Forms waiting for review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="137"/>
        <source>スキャン画像</source>
        <translation>Scanned image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="138"/>
        <source>読み取った項目</source>
        <translation>Fields read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="139"/>
        <location filename="../../desktop/ui/forms/review_page.py" line="236"/>
        <source>確定して次へ (Ctrl+Enter)</source>
        <translation>Confirm and next (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="139"/>
        <location filename="../../desktop/ui/forms/review_page.py" line="236"/>
        <source>修正を保存 (Ctrl+Enter)</source>
        <translation>Save correction (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="140"/>
        <source>この申請書を確定して次へ</source>
        <translation>Confirm this form and go to the next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="141"/>
        <location filename="../../desktop/ui/forms/review_page.py" line="142"/>
        <source>この記録を破棄</source>
        <translation>Discard this record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="143"/>
        <source>読み取りは活字（印字）向けです。手書きの文字は正確に読めないため、信頼度が低くなり確認に回ります。Enterで次の項目へ、最後の項目でEnterを押すと確定します。</source>
        <translation>Reading works on printed (typed) text. Handwriting cannot be read reliably, so such fields get a low confidence and go to review. Enter moves to the next field; Enter on the last field confirms.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="175"/>
        <source>スキャンまたはPDFを選ぶ</source>
        <translation>Choose scans or a PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="176"/>
        <source>スキャン (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="181"/>
        <source>スキャンのフォルダー</source>
        <translation>Folder of scans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="192"/>
        <source>申請書の読み取り</source>
        <translation>Reading forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="200"/>
        <source>{n} 枚の申請書を読み取りました。</source>
        <translation>{n} form(s) read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="202"/>
        <source>{file} の {page} ページ目は読み取り済みのスキャンと同じため、追加しませんでした（{status}）。</source>
        <translation>Page {page} of {file} is the same scan as one read before, so it was not added again ({status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="207"/>
        <source>{file} の {page} ページ目は白紙のため読み飛ばしました。</source>
        <translation>Page {page} of {file} is blank and was skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="209"/>
        <source>{file} は読み込めないため読み飛ばしました（{detail}）。</source>
        <translation>{file} cannot be read and was skipped ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="211"/>
        <source>{file} の {page} ページ目はこのテンプレートの様式と一致しないため読み取りませんでした。</source>
        <translation>Page {page} of {file} does not match this template&apos;s form and was not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="129"/>
        <location filename="../../desktop/ui/forms/review_page.py" line="222"/>
        <source>確認待ち</source>
        <translation>waiting for review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="222"/>
        <source>確認済み</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="223"/>
        <source>台帳に追加済み</source>
        <translation>already in the ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="245"/>
        <source>要確認 {n} 項目</source>
        <translation>{n} field(s) to check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="245"/>
        <source>問題なし</source>
        <translation>No problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="264"/>
        <source>確認待ちの申請書はありません。「スキャン/PDFを読み込む…」から始めてください。</source>
        <translation>No forms are waiting for review. Start with &quot;Load scans/PDF…&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="355"/>
        <source>「{name}」に問題があります。修正してから確定してください。</source>
        <translation>&quot;{name}&quot; has a problem. Correct it before confirming.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="360"/>
        <source>修正を記録しました（{n} 項目）: {file} p.{page}</source>
        <translation>Correction recorded ({n} fields): {file} p.{page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="368"/>
        <source>確定しました: {file} p.{page}</source>
        <translation>Confirmed: {file} p.{page}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="377"/>
        <source>記録の破棄</source>
        <translation>Discard record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/review_page.py" line="378"/>
        <source>この記録を台帳に入れずに破棄しますか？</source>
        <translation>Discard this record without adding it to the ledger?</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="28"/>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="29"/>
        <source>フリガナ</source>
        <translation>Furigana (katakana)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="30"/>
        <source>数字の並び（口座番号など・先頭の0を保持）</source>
        <translation>Digit string (account number etc., leading zeros kept)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="31"/>
        <source>日付（和暦）</source>
        <translation>Date (Japanese era)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="32"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="33"/>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="34"/>
        <source>電話番号</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="35"/>
        <source>数値</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="36"/>
        <source>チェック欄</source>
        <translation>Checkbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="39"/>
        <source>1つだけ選ぶ</source>
        <translation>Exactly one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="40"/>
        <source>1つ以上選ぶ（複数可）</source>
        <translation>At least one (multi-select)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="41"/>
        <source>いくつでも（未選択も可）</source>
        <translation>Any number (none allowed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="44"/>
        <source>種類に合わせる</source>
        <translation>By field type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="45"/>
        <source>漢字・かな</source>
        <translation>Kanji and kana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="46"/>
        <source>カタカナのみ（カ）・ユ）を含む）</source>
        <translation>Katakana only (incl. カ） and ユ）)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="47"/>
        <source>数字のみ</source>
        <translation>Digits only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="48"/>
        <source>郵便番号の文字</source>
        <translation>Postal code characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="49"/>
        <source>電話番号の文字</source>
        <translation>Phone number characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="50"/>
        <source>数値の文字</source>
        <translation>Number characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="51"/>
        <source>日付の文字</source>
        <translation>Date characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="52"/>
        <source>制限なし</source>
        <translation>No restriction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="126"/>
        <source>白紙の様式を開く…</source>
        <translation>Open blank form…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="127"/>
        <source>白紙の様式（画像またはPDF）を開く</source>
        <translation>Open a blank form (image or PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="128"/>
        <location filename="../../desktop/ui/forms/template_editor.py" line="129"/>
        <source>テンプレート名</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="130"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="131"/>
        <source>テンプレートを保存</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="132"/>
        <source>記入済みスキャンで試す…</source>
        <translation>Test on a filled scan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="133"/>
        <source>記入済みスキャンでテンプレートを試す</source>
        <translation>Test the template on a filled scan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="134"/>
        <source>表の枠に合わせる</source>
        <translation>Snap to table cells</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="135"/>
        <source>描いた枠を表のマス目に合わせる</source>
        <translation>Snap drawn rectangles to the table cells</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="136"/>
        <source>描いた枠の各辺が罫線の近くにあれば、マス目の内側に合わせます。Ctrl キーを押しながら描くと、描いたとおりの枠になります。</source>
        <translation>When every edge of a drawn rectangle is near a ruled line, it snaps to the inside of that cell. Hold Ctrl while drawing to keep the rectangle as drawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="138"/>
        <location filename="../../desktop/ui/forms/template_editor.py" line="139"/>
        <source>選択した項目を削除</source>
        <translation>Delete selected field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="140"/>
        <source>項目の一覧</source>
        <translation>List of fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="141"/>
        <source>様式の画像。ドラッグして項目の枠を描きます</source>
        <translation>Form image. Drag to draw a field&apos;s box</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="142"/>
        <source>試し読みの結果</source>
        <translation>Test reading result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="143"/>
        <source>「記入済みスキャンで試す…」を押すと、保存したテンプレートで読み取った結果がここに表示されます。</source>
        <translation>Press &quot;Test on a filled scan…&quot; to see here what the saved template reads.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="145"/>
        <source>項目名</source>
        <translation>Field name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="145"/>
        <location filename="../../desktop/ui/forms/template_editor.py" line="218"/>
        <source>種類</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="145"/>
        <source>グループ</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="145"/>
        <location filename="../../desktop/ui/forms/template_editor.py" line="224"/>
        <source>選び方</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="146"/>
        <location filename="../../desktop/ui/forms/template_editor.py" line="165"/>
        <location filename="../../desktop/ui/forms/template_editor.py" line="227"/>
        <source>必須</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="146"/>
        <location filename="../../desktop/ui/forms/template_editor.py" line="232"/>
        <source>文字の種類</source>
        <translation>Characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="146"/>
        <source>形式（正規表現）</source>
        <translation>Pattern (regular expression)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="146"/>
        <source>形式</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="147"/>
        <source>枠</source>
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="147"/>
        <source>枠の位置と大きさ (x, y, 幅, 高さ)</source>
        <translation>Box position and size (x, y, width, height)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="151"/>
        <source>白紙の様式を300dpiで開き、記入欄をドラッグで囲んで項目名と種類を付けます。チェック欄に同じグループ名を付けるとグループになり、「選び方」で1つだけか複数可かを決めます。表のマス目を囲むように描くと枠はマス目の内側に合わせられます（Ctrl を押しながら描くと合わせません）。チェック欄の枠は印刷された四角に合わせて調整されます。</source>
        <translation>Open the blank form at 300 dpi, drag a rectangle around each field and give it a name and a type. Checkboxes with the same group name form a group; “Choice” says whether exactly one or several may be ticked. A rectangle drawn around a table cell snaps to the inside of the cell (hold Ctrl while drawing to keep it as drawn). A checkbox rectangle snaps to the printed box.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="170"/>
        <location filename="../../desktop/ui/forms/template_editor.py" line="182"/>
        <source>白紙の様式</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="171"/>
        <location filename="../../desktop/ui/forms/template_editor.py" line="361"/>
        <source>画像またはPDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Image or PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="213"/>
        <source>項目{n}</source>
        <translation>Field {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="295"/>
        <source>{n} 行目の項目に名前がありません。</source>
        <translation>The field in row {n} has no name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="300"/>
        <source>「{name}」の形式（正規表現）が正しくありません: {err}</source>
        <translation>The pattern (regular expression) of “{name}” is invalid: {err}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="331"/>
        <source>項目名が重複しています: {names}</source>
        <translation>Duplicate field names: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="334"/>
        <source>グループ「{name}」にはチェック欄が2つ以上必要です。</source>
        <translation>Group &quot;{name}&quot; needs at least two checkboxes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="336"/>
        <source>項目がありません。様式の上をドラッグして枠を描いてください。</source>
        <translation>There are no fields. Drag on the form to draw boxes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="345"/>
        <source>先に白紙の様式を開いてください。</source>
        <translation>Open a blank form first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="351"/>
        <source>テンプレートの保存</source>
        <translation>Saving the template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="353"/>
        <source>テンプレートを保存しました: {path}</source>
        <translation>Template saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="360"/>
        <source>記入済みスキャン</source>
        <translation>Filled scan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="370"/>
        <source>テンプレートの試し読み</source>
        <translation>Test reading with the template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms/template_editor.py" line="384"/>
        <source>一致しないページ: {msg}</source>
        <translation>Page not matching: {msg}</translation>
    </message>
</context>
</TS>
