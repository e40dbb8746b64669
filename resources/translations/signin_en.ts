<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../desktop/messages/identity.py" line="9"/>
        <source>認証サーバーに接続できません。ネットワーク（庁内LAN・VPN）と証明書の設定を確認してください。</source>
        <translation>The identity provider cannot be reached. Check the network (office LAN / VPN) and the certificate settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/identity.py" line="10"/>
        <location filename="../../desktop/ui/signin/status_text.py" line="21"/>
        <source>サインインの有効期限が切れました。もう一度サインインしてください。</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/status_text.py" line="19"/>
        <source>サインイン中: {who}</source>
        <translation>Signed in: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/status_text.py" line="23"/>
        <source>認証サーバーに接続できません。ネットワーク（庁内LAN・VPN）を確認してください。</source>
        <translation>The identity provider cannot be reached. Check the network (office LAN / VPN).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/status_text.py" line="25"/>
        <source>前回のサインイン: {who}</source>
        <translation>Last signed in: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/status_text.py" line="29"/>
        <source>サインインしていません。</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/identity.py" line="11"/>
        <source>サインインしていません。ホーム画面でサインインしてください。</source>
        <translation>You are not signed in. Sign in on the Home page.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/identity.py" line="12"/>
        <source>ブラウザでのサインインが時間内に終わりませんでした。もう一度お試しください。</source>
        <translation>The sign-in in the browser did not finish in time. Please try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/identity.py" line="13"/>
        <source>サインイン用のコードの有効期限が切れました。もう一度お試しください。</source>
        <translation>The sign-in code has expired. Please try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/identity.py" line="14"/>
        <source>ブラウザから別のサインインの応答が届きました。もう一度お試しください。</source>
        <translation>The browser returned the answer of a different sign-in. Please try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/identity.py" line="15"/>
        <location filename="../../desktop/ui/signin/status_text.py" line="28"/>
        <source>シングルサインオンが設定されていません。情報システム担当にお問い合わせください。</source>
        <translation>Single sign-on is not set up. Please contact your IT department.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/identity.py" line="16"/>
        <source>認証サーバーがコードでのサインインに対応していません。ブラウザでサインインしてください。</source>
        <translation>The identity provider does not support signing in with a code. Please sign in with the browser.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/identity.py" line="17"/>
        <source>サーバーがシングルサインオンのトークンを受け付けませんでした。ホーム画面でサインインし直してください。</source>
        <translation>The server did not accept the single sign-on token. Sign in again on the Home page.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages/identity.py" line="18"/>
        <source>認証サーバーがサインインを受け付けませんでした。もう一度サインインしてください。続く場合は情報システム担当に連絡してください。</source>
        <translation>The sign-in server refused the sign-in. Sign in again; if it keeps happening, contact IT support.</translation>
    </message>
</context>
<context>
    <name>SignInBadge</name>
    <message>
        <location filename="../../desktop/ui/signin/badge.py" line="44"/>
        <source>サインイン</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/badge.py" line="45"/>
        <location filename="../../desktop/ui/signin/badge.py" line="101"/>
        <source>サインアウト</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/badge.py" line="48"/>
        <source>サインインの状態</source>
        <translation>Sign-in state</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/badge.py" line="58"/>
        <source>職員IDが未設定です（「クラウド同期」で設定できます）。</source>
        <translation>No staff ID is set up (set it on the Cloud sync page).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/badge.py" line="61"/>
        <source>職員: {name}&#x3000;{org}</source>
        <translation>Staff: {name}  {org}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/badge.py" line="67"/>
        <source>サインインを確認しています…</source>
        <translation>Checking the sign-in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/badge.py" line="102"/>
        <source>このPCに保存したサインインの情報（トークン）をすべて削除します。よろしいですか？</source>
        <translation>This removes all sign-in information (tokens) stored on this PC. Continue?</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <location filename="../../desktop/ui/signin/controller.py" line="71"/>
        <source>サインインの確認</source>
        <translation>Checking the sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/controller.py" line="74"/>
        <source>ブラウザでサインイン</source>
        <translation>Sign in with the browser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/controller.py" line="84"/>
        <source>コードでサインイン</source>
        <translation>Sign in with a code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/controller.py" line="95"/>
        <source>サインアウト</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="141"/>
        <source>サインイン</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="142"/>
        <source>職員IDでサインイン</source>
        <translation>Sign in with your staff ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="143"/>
        <source>組織の認証サーバー（シングルサインオン）で一度サインインすると、メール送信とクラウド同期が同じ職員IDで使えます。パスワードはこのアプリに入力しません。</source>
        <translation>Sign in once at your organisation&apos;s identity provider (single sign-on); mail and cloud sync then use the same staff ID. You never type your password into this app.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="146"/>
        <source>認証サーバー: {host}</source>
        <translation>Identity provider: {host}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="146"/>
        <source>（未設定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="147"/>
        <source>ブラウザでサインイン</source>
        <translation>Sign in with the browser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="148"/>
        <source>別の端末でサインイン（コードを表示）</source>
        <translation>Sign in on another device (show a code)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="149"/>
        <source>ブラウザが開きました。ブラウザでサインインを終えると、ここに自動で戻ります。</source>
        <translation>The browser has opened. When you finish signing in there, this window continues by itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="150"/>
        <location filename="../../desktop/ui/signin/dialog.py" line="153"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="151"/>
        <source>スマートフォンや自分のPCのブラウザで次のアドレスを開き、下のコードを入力してください。</source>
        <translation>Open this address in the browser of your smartphone or your own PC and enter the code below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="152"/>
        <source>コードをコピー</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="154"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="158"/>
        <source>サインイン用のコード</source>
        <translation>Sign-in code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="159"/>
        <source>コードを入力するアドレス</source>
        <translation>Address where the code is entered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="170"/>
        <source>コードを準備しています…</source>
        <translation>Preparing the code…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="177"/>
        <source>キャンセルしました。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signin/dialog.py" line="206"/>
        <source>コードの有効期限まで {m}分{s:02d}秒</source>
        <translation>The code expires in {m} min {s:02d} s</translation>
    </message>
</context>
</TS>
