<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Export Activity</source>
        <translation>アクティビティのエクスポート</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 件のエントリ</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 件のエントリ</translation>
    </message>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>アクティビティログを読み取れません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n 件のエントリを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>エントリを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>すべてのクラスター</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>クラスター(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>詳細(&amp;D):</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON をエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Everything kept</source>
        <translation>保持されている全期間</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>cluster user (local user)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time: %1 (%2 UTC)</source>
        <translation>時刻: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>クラスター: %1</translation>
    </message>
    <message>
        <source>Cluster user: %1</source>
        <translation>クラスターのユーザー: %1</translation>
    </message>
    <message>
        <source>Local user: %1</source>
        <translation>ローカルユーザー: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>操作: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>リクエスト: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>応答日時: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>リクエスト ID</translation>
    </message>
</context>
<context>
    <name>ActivityQuery</name>
    <message>
        <source>The local store is not available.</source>
        <translation>ローカルストアを利用できません。</translation>
    </message>
</context>
<context>
    <name>ActivityRecorder</name>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on node %2</source>
        <translation>ノード %2 で %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>the answer was lost (%1); it may or may not have been applied</source>
        <translation>応答が失われました (%1)。適用されたかどうかは不明です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>結果不明</translation>
    </message>
    <message>
        <source>Refused locally</source>
        <translation>ローカルで拒否</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>まだ応答なし</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>the request was cancelled</source>
        <translation>リクエストはキャンセルされました</translation>
    </message>
    <message>
        <source>sign-in failed: the token answer has no access_token</source>
        <translation>サインインに失敗しました: トークンの応答に access_token がありません</translation>
    </message>
    <message>
        <source>sign-in failed: the user name or password was rejected</source>
        <translation>サインインに失敗しました: ユーザー名またはパスワードが拒否されました</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>the load balancer answered 502: the node sent no valid answer</source>
        <translation>ロードバランサーが 502 を返しました: ノードから有効な応答がありませんでした</translation>
    </message>
    <message>
        <source>the load balancer answered 504: the node did not answer in time</source>
        <translation>ロードバランサーが 504 を返しました: ノードが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the load balancer answered %1: no node is available</source>
        <translation>ロードバランサーが %1 を返しました: 利用可能なノードがありません</translation>
    </message>
    <message>
        <source>an unknown node</source>
        <translation>不明なノード</translation>
    </message>
    <message>
        <source>the request for node %1 reached %2, which refused it</source>
        <translation>ノード %1 宛てのリクエストが %2 に届き、拒否されました</translation>
    </message>
    <message>
        <source>the request for node %1 was answered by %2</source>
        <translation>ノード %1 宛てのリクエストに %2 が応答しました</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>予期しない HTTP ステータス %1</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>コンテンツタイプがありません</translation>
    </message>
    <message>
        <source>expected a JSON answer but got %1</source>
        <translation>JSON の応答を期待しましたが、%1 を受け取りました</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>本文が空です</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 (at byte %2)</source>
        <translation>応答が有効な JSON ではありません: %1 (%2 バイト目)</translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot;: an http or https URL with a host is needed</source>
        <translation>無効な URL &quot;%1&quot;: ホストを含む http または https の URL が必要です</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>%1 から %2 ms 以内に応答がありません</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 bytes</source>
        <translation>%1 からの応答が %2 バイトを超えています</translation>
    </message>
    <message>
        <source>refused a redirect from %1 to another server (%2)</source>
        <translation>%1 から別のサーバー (%2) へのリダイレクトを拒否しました</translation>
    </message>
    <message>
        <source>certificate fingerprint mismatch: %1 presented %2, the profile pins %3</source>
        <translation>証明書のフィンガープリントが一致しません: %1 は %2 を提示しましたが、プロファイルでは %3 に固定されています</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 が接続を拒否しました</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>ホスト %1 が見つかりません</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>%1 への接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>%1 の証明書は信頼されていません: %2</translation>
    </message>
    <message>
        <source>refused a redirect from %1: %2</source>
        <translation>%1 からのリダイレクトを拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 が応答前に接続を閉じました</translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation>%1 へのリクエストに失敗しました: %2</translation>
    </message>
    <message>
        <source>the CA file holds no PEM certificate</source>
        <translation>CA ファイルに PEM 証明書がありません</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>証明書なし</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
SHA-256: %3
Valid from %4 to %5</source>
        <translation>サブジェクト: %1
発行者: %2
SHA-256: %3
有効期間: %4 から %5 まで</translation>
    </message>
    <message>
        <source>the console stopped waiting for the answer</source>
        <translation>コンソールは応答の待機を停止しました</translation>
    </message>
    <message>
        <source>this cluster is read-only in Clusterdesk; change it in the cluster settings</source>
        <translation>このクラスターは Clusterdesk で読み取り専用に設定されています。クラスターの設定で変更してください</translation>
    </message>
    <message>
        <source>sign-in failed: the session token answer has no session</source>
        <translation>サインインに失敗しました: セッショントークンの応答にセッションがありません</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (期限切れ)</translation>
    </message>
    <message>
        <source>%1 (not yet valid)</source>
        <translation>%1 (まだ有効ではありません)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>問題:</translation>
    </message>
</context>
<context>
    <name>ChangeDetailsDialog</name>
    <message>
        <source>Change %1</source>
        <translation>変更 %1</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>リビジョン:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時刻:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>変更:</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>リソースの種類:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>リソース:</translation>
    </message>
    <message>
        <source>%1 (UTC: %2)</source>
        <translation>%1 (UTC: %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Before and after: %1. The node did not keep this change&apos;s definitions (it was made before they were recorded).</source>
        <translation>変更前と変更後: %1。ノードはこの変更の定義を保持していません (定義が記録されるようになる前に行われた変更です)。</translation>
    </message>
    <message>
        <source>Secret values are never kept in the log: a revert keeps the current secret of %1.</source>
        <translation>シークレットの値はログに保持されません: 元に戻しても %1 の現在のシークレットが維持されます。</translation>
    </message>
    <message>
        <source>&amp;Fields (changed ones in bold):</source>
        <translation>フィールド (変更されたものは太字)(&amp;F):</translation>
    </message>
    <message>
        <source>Show &amp;only the changed fields</source>
        <translation>変更されたフィールドのみ表示(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Revert this change…</source>
        <translation>この変更を元に戻す(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ChangeDiff</name>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>set (changed)</source>
        <translation>設定済み (変更あり)</translation>
    </message>
    <message>
        <source>set (unchanged)</source>
        <translation>設定済み (変更なし)</translation>
    </message>
</context>
<context>
    <name>ChangeDiffModel</name>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>ChangeLogExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ChangeLogFetcher</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>クラスターに接続されていません。</translation>
    </message>
    <message>
        <source>The change log could not be loaded: %1</source>
        <translation>変更ログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The server&apos;s change log could not be read: %1</source>
        <translation>サーバーの変更ログを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>リソースの種類</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
</context>
<context>
    <name>ChangeLogReader</name>
    <message>
        <source>not connected to the cluster</source>
        <translation>クラスターに接続されていません</translation>
    </message>
    <message>
        <source>the change log has more than %1 changes</source>
        <translation>変更ログの変更が %1 件を超えています</translation>
    </message>
    <message>
        <source>the change log could not be loaded: %1</source>
        <translation>変更ログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the server&apos;s change log could not be read: %1</source>
        <translation>サーバーの変更ログを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ChangeLogText</name>
    <message>
        <source>%1: not an object</source>
        <translation>%1: オブジェクトではありません</translation>
    </message>
    <message>
        <source>a revision &gt; 0 is required</source>
        <translation>0 より大きいリビジョンが必要です</translation>
    </message>
    <message>
        <source>not an RFC 3339 time</source>
        <translation>RFC 3339 形式の時刻ではありません</translation>
    </message>
    <message>
        <source>a revision &gt;= 0 is required</source>
        <translation>0 以上のリビジョンが必要です</translation>
    </message>
    <message>
        <source>a list of changes is required</source>
        <translation>変更のリストが必要です</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>JDBC connection</source>
        <translation>JDBC 接続</translation>
    </message>
    <message>
        <source>File server</source>
        <translation>ファイルサーバー</translation>
    </message>
    <message>
        <source>Web service</source>
        <translation>Web サービス</translation>
    </message>
    <message>
        <source>before and after must be null or a definition</source>
        <translation>before と after は null または定義である必要があります</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>unknown resource type &apos;%1&apos; (one of: %2)</source>
        <translation>不明なリソースの種類 &apos;%1&apos; (%2 のいずれか)</translation>
    </message>
    <message>
        <source>invalid resource name &apos;%1&apos;: %2</source>
        <translation>無効なリソース名 &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>ChangeRevert</name>
    <message>
        <source>%1: the old secret cannot be restored (the log keeps no secret values); it is left unset</source>
        <translation>%1: 以前のシークレットは復元できません (ログにはシークレットの値が保持されません)。未設定のままになります</translation>
    </message>
    <message>
        <source>%1: the old secret cannot be restored (the log keeps no secret values); the current one is kept</source>
        <translation>%1: 以前のシークレットは復元できません (ログにはシークレットの値が保持されません)。現在のシークレットが維持されます</translation>
    </message>
    <message>
        <source>conflict: deleted since revision %1; nothing to revert</source>
        <translation>競合: リビジョン %1 以降に削除されています。元に戻すものはありません</translation>
    </message>
    <message>
        <source>conflict: changed since revision %1 (now revision %2 by %3); revert the newer changes first</source>
        <translation>競合: リビジョン %1 以降に変更されています (現在は %3 によるリビジョン %2)。先に新しい変更を元に戻してください</translation>
    </message>
    <message>
        <source>conflict: created again since (revision %1 by %2)</source>
        <translation>競合: その後再作成されています (%2 によるリビジョン %1)</translation>
    </message>
    <message>
        <source>already deleted</source>
        <translation>すでに削除されています</translation>
    </message>
    <message>
        <source>the definition before this change was not recorded (an older node or an older change), so it cannot be reverted</source>
        <translation>この変更前の定義が記録されていないため (古いノードまたは古い変更)、元に戻せません</translation>
    </message>
    <message>
        <source>the change log does not say what this change did</source>
        <translation>この変更で何が行われたかが変更ログに記載されていません</translation>
    </message>
    <message>
        <source>cannot read the cluster: %1</source>
        <translation>クラスターを読み取れません: %1</translation>
    </message>
    <message>
        <source>signed in as %1, a viewer: read-only</source>
        <translation>閲覧者 %1 としてサインイン: 読み取り専用</translation>
    </message>
</context>
<context>
    <name>ClusterCapabilities</name>
    <message>
        <source>Clusterdesk management API</source>
        <translation>Clusterdesk 管理 API</translation>
    </message>
    <message>
        <source>Spectrum token service</source>
        <translation>Spectrum トークンサービス</translation>
    </message>
    <message>
        <source>REST service catalogue</source>
        <translation>REST サービスカタログ</translation>
    </message>
    <message>
        <source>SOAP service catalogue</source>
        <translation>SOAP サービスカタログ</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>利用可能: %1。</translation>
    </message>
    <message>
        <source>Not offered: %1.</source>
        <translation>提供されていません: %1。</translation>
    </message>
    <message>
        <source>Could not be checked: %1.</source>
        <translation>確認できませんでした: %1。</translation>
    </message>
    <message>
        <source>A plain Spectrum cluster: nodes, service catalogues and clocks (from HTTP Date headers) are shown; versions, revisions and resources are not published.</source>
        <translation>プレーンな Spectrum クラスター: ノード、サービスカタログ、クロック (HTTP Date ヘッダーから取得) を表示します。バージョン、リビジョン、リソースは公開されていません。</translation>
    </message>
    <message>
        <source>This cluster does not publish node versions, configuration revisions, requests or memory: only reachability, latency and clocks are shown.</source>
        <translation>このクラスターはノードのバージョン、構成リビジョン、リクエスト数、メモリを公開していません: 到達性、遅延、クロックのみを表示します。</translation>
    </message>
    <message>
        <source>This cluster does not publish node clocks; they are estimated from HTTP Date headers.</source>
        <translation>このクラスターはノードのクロックを公開していません。HTTP Date ヘッダーから推定します。</translation>
    </message>
    <message>
        <source>This cluster does not publish its external resource definitions.</source>
        <translation>このクラスターは外部リソースの定義を公開していません。</translation>
    </message>
    <message>
        <source>This cluster does not publish a configuration change log.</source>
        <translation>このクラスターは構成の変更ログを公開していません。</translation>
    </message>
    <message>
        <source>This cluster does not publish its license.</source>
        <translation>このクラスターはライセンスを公開していません。</translation>
    </message>
    <message>
        <source>This cluster does not publish a REST or SOAP service catalogue.</source>
        <translation>このクラスターは REST または SOAP のサービスカタログを公開していません。</translation>
    </message>
</context>
<context>
    <name>ClusterEndpoint</name>
    <message>
        <source>no password stored for %1</source>
        <translation>%1 のパスワードが保存されていません</translation>
    </message>
</context>
<context>
    <name>ClusterListDelegate</name>
    <message>
        <source>Not refreshed yet</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>%1 nodes up</source>
        <translation>%1 ノード稼働中</translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation>%1 · %2 に保存</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>パスワードが必要</translation>
    </message>
    <message>
        <source>Password needed · Sign In…</source>
        <translation>パスワードが必要 · サインイン…</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ClusterListModel</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 nodes answer</source>
        <translation>%2 ノード中 %1 ノードが応答</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>到達不能: %1</translation>
    </message>
    <message>
        <source>Last refreshed %1 (saved state)</source>
        <translation>最終更新 %1 (保存済みの状態)</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>最終更新 %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>Password needed (%1): use Sign In… to poll this cluster</source>
        <translation>パスワードが必要です (%1): このクラスターをポーリングするには「サインイン…」を使用してください</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
    <message>
        <source>Read-only in Clusterdesk: every write is refused</source>
        <translation>Clusterdesk で読み取り専用: すべての書き込みは拒否されます</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>グループ: %1</translation>
    </message>
</context>
<context>
    <name>ClusterMonitor</name>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>CA 証明書 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the profile&apos;s CA certificate is not usable: %1</source>
        <translation>プロファイルの CA 証明書は使用できません: %1</translation>
    </message>
    <message>
        <source>the pinned fingerprint is not a SHA-256 fingerprint</source>
        <translation>固定されたフィンガープリントは SHA-256 フィンガープリントではありません</translation>
    </message>
    <message>
        <source>the node&apos;s answer is not usable: %1</source>
        <translation>ノードの応答は使用できません: %1</translation>
    </message>
    <message>
        <source>asked %1, but the answer describes %2</source>
        <translation>%1 に問い合わせましたが、応答は %2 について記述しています</translation>
    </message>
    <message>
        <source>the cluster answer is not a JSON object</source>
        <translation>クラスターの応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the cluster answer has no &quot;nodes&quot; list</source>
        <translation>クラスターの応答に &quot;nodes&quot; リストがありません</translation>
    </message>
    <message>
        <source>the cluster answer lists no nodes</source>
        <translation>クラスターの応答にノードが記載されていません</translation>
    </message>
    <message>
        <source>the load balancer cannot route to %1 and the cluster lists no usable direct URL for it</source>
        <translation>ロードバランサーは %1 にルーティングできず、クラスターにも使用可能な直接 URL が記載されていません</translation>
    </message>
    <message>
        <source>the node answer is not a JSON object</source>
        <translation>ノードの応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the time answer is not a JSON object</source>
        <translation>時刻の応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the license answer is not a JSON object</source>
        <translation>ライセンスの応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>no answer within the poll&apos;s deadline of %1 ms</source>
        <translation>ポーリングの期限 %1 ms 以内に応答がありません</translation>
    </message>
    <message>
        <source>Let the load balancer route requests by X-Cluster-Node, or list direct node URLs with the load balancer&apos;s scheme (https when it uses https) that the profile&apos;s CA vouches for, without a pin.</source>
        <translation>ロードバランサーが X-Cluster-Node でリクエストをルーティングするよう設定するか、ロードバランサーと同じスキーム (ロードバランサーが https なら https) で、プロファイルの CA が保証するノードの直接 URL をピン留めなしで記載してください。</translation>
    </message>
    <message>
        <source>%1 cannot be probed: the load balancer cannot target nodes and its direct URL %2 would send credentials over plain HTTP</source>
        <translation>%1 を確認できません: ロードバランサーはノードを指定できず、直接 URL %2 では認証情報が暗号化されていない HTTP で送信されます</translation>
    </message>
    <message>
        <source>%1 cannot be probed: the load balancer cannot target nodes and its direct URL %2 does not use the load balancer&apos;s scheme (%3)</source>
        <translation>%1 を確認できません: ロードバランサーはノードを指定できず、直接 URL %2 はロードバランサーのスキーム (%3) を使用していません</translation>
    </message>
    <message>
        <source>%1 cannot be probed: the load balancer cannot target nodes and the certificate pin set for the load balancer cannot vouch for its direct URL %2</source>
        <translation>%1 を確認できません: ロードバランサーはノードを指定できず、ロードバランサー用にピン留めされた証明書では直接 URL %2 を保証できません</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 以内に応答がありません</translation>
    </message>
    <message>
        <source>The last poll took %1 ms, longer than the poll interval of %2 ms: this cluster is polled less often than set</source>
        <translation>前回のポーリングに %1 ms かかり、ポーリング間隔 %2 ms を超えました: このクラスターは設定より少ない頻度でポーリングされています</translation>
    </message>
    <message>
        <source>Set a longer poll interval for this cluster, or check why its nodes or this computer answer slowly.</source>
        <translation>このクラスターのポーリング間隔を長くするか、ノードまたはこのコンピューターの応答が遅い原因を確認してください。</translation>
    </message>
    <message>
        <source>Sign-in works, but the next request with the new token is refused as an invalid token: Spectrum ties tokens to the host that requested them, and the load balancer sent the request elsewhere.</source>
        <translation>サインインはできますが、新しいトークンを使った次のリクエストが無効なトークンとして拒否されます: Spectrum はトークンを要求元のホストに結び付けており、ロードバランサーがそのリクエストを別のノードに送りました。</translation>
    </message>
    <message>
        <source>Disable the host check of token authentication in spectrum-container.properties on every node (then restart them), or make the load balancer keep each client on one node (sticky sessions).</source>
        <translation>すべてのノードの spectrum-container.properties でトークン認証のホストチェックを無効にする (その後ノードを再起動する) か、ロードバランサーで各クライアントを 1 つのノードに固定してください (スティッキーセッション)。</translation>
    </message>
    <message>
        <source>The nodes answer at their own addresses, but no request gets through the load balancer (%1): the cluster&apos;s clients cannot reach it.</source>
        <translation>ノードはそれぞれのアドレスで応答しますが、ロードバランサーを通るリクエストがありません（%1）。クラスターのクライアントはクラスターに到達できません。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Check the load balancer at %1: is it running, and does it forward to the nodes?</source>
        <translation>%1 のロードバランサーを確認してください。動作していますか？ノードに転送していますか？</translation>
    </message>
</context>
<context>
    <name>ClusterPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>ノード(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>リソース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>A production cluster: deleting or copying onto it asks for its name first.</source>
        <translation>本番クラスター: 削除やこのクラスターへのコピーの前に、クラスター名の入力を求めます。</translation>
    </message>
    <message>
        <source>Serv&amp;ices</source>
        <translation>サービス(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ClusterProfile</name>
    <message>
        <source>is not a valid URL</source>
        <translation>有効な URL ではありません</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>http:// または https:// で始まる必要があります</translation>
    </message>
    <message>
        <source>must name a host</source>
        <translation>ホストを指定する必要があります</translation>
    </message>
    <message>
        <source>must not contain a password; the secret is stored separately</source>
        <translation>パスワードを含めてはいけません。シークレットは別に保存されます</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>%1 から %2 の範囲である必要があります</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>整数である必要があります</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列である必要があります</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>UUID である必要があります</translation>
    </message>
    <message>
        <source>is required for password sign-in</source>
        <translation>パスワードによるサインインには必須です</translation>
    </message>
    <message>
        <source>give either a certificate file or the PEM text, not both</source>
        <translation>証明書ファイルか PEM テキストのどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>is not a PEM certificate</source>
        <translation>PEM 証明書ではありません</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits (a SHA-256 digest)</source>
        <translation>16 進数 64 桁 (SHA-256 ダイジェスト) である必要があります</translation>
    </message>
    <message>
        <source>must list the accepted TLS errors</source>
        <translation>許可する TLS エラーを列挙する必要があります</translation>
    </message>
    <message>
        <source>must be TLS error codes</source>
        <translation>TLS エラーコードである必要があります</translation>
    </message>
    <message>
        <source>must be greater than the warning threshold</source>
        <translation>警告のしきい値より大きい必要があります</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>負の値にはできません</translation>
    </message>
    <message>
        <source>must be &quot;password&quot; or &quot;token&quot;</source>
        <translation>&quot;password&quot; または &quot;token&quot; である必要があります</translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation>オブジェクトを含む必要があります</translation>
    </message>
    <message>
        <source>must hold integers</source>
        <translation>整数を含む必要があります</translation>
    </message>
    <message>
        <source>give either a password file or a password command, not both</source>
        <translation>パスワードファイルかパスワードコマンドのどちらか一方を指定してください (両方は不可)</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>絶対パスでなければなりません</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>1 行でなければなりません</translation>
    </message>
    <message>
        <source>must name a program</source>
        <translation>プログラムを指定しなければなりません</translation>
    </message>
    <message>
        <source>must be one line without surrounding spaces</source>
        <translation>前後に空白のない 1 行でなければなりません</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>%1 文字以内である必要があります</translation>
    </message>
    <message>
        <source>must be a colour written #rrggbb</source>
        <translation>#rrggbb 形式の色である必要があります</translation>
    </message>
    <message>
        <source>needs an environment</source>
        <translation>環境が必要です</translation>
    </message>
    <message>
        <source>must be folder names separated by &quot;/&quot;, none of them empty</source>
        <translation>&quot;/&quot; で区切ったフォルダー名である必要があります (空の名前は不可)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>ステージング</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>must hold strings</source>
        <translation>文字列を含む必要があります</translation>
    </message>
    <message>
        <source>must be &quot;session&quot; or &quot;open&quot;</source>
        <translation>&quot;session&quot; または &quot;open&quot; である必要があります</translation>
    </message>
    <message>
        <source>names a node already listed</source>
        <translation>すでに指定されたノードです</translation>
    </message>
</context>
<context>
    <name>ClusterResourcesFetcher</name>
    <message>
        <source>no connection</source>
        <translation>接続なし</translation>
    </message>
    <message>
        <source>every answer was older than revision %1, written from this console; compare again in a moment</source>
        <translation>どの応答も、このコンソールから書き込んだリビジョン %1 より古いものでした。少し待ってから再度比較してください</translation>
    </message>
    <message>
        <source>this cluster does not publish its resource definitions (no Clusterdesk API; a plain Spectrum cluster keeps them out of reach)</source>
        <translation>このクラスターはリソース定義を公開していません (Clusterdesk API がありません。プレーンな Spectrum クラスターでは取得できません)</translation>
    </message>
</context>
<context>
    <name>ClusterSidebar</name>
    <message>
        <source>Remove cluster</source>
        <translation>クラスターの削除</translation>
    </message>
    <message>
        <source>Remove “%1” from Clusterdesk?</source>
        <translation>「%1」を Clusterdesk から削除しますか?</translation>
    </message>
    <message>
        <source>Its saved connection, history and drafts are deleted. The cluster itself is not touched.</source>
        <translation>保存された接続、履歴、下書きが削除されます。クラスター自体には影響しません。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Saved clusters</source>
        <translation>保存済みのクラスター</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>クラスターを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a cluster (%1)</source>
        <translation>クラスターを追加 (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>クラスターを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected cluster&apos;s connection</source>
        <translation>選択したクラスターの接続を編集</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster</source>
        <translation>クラスターを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected cluster from Clusterdesk</source>
        <translation>選択したクラスターを Clusterdesk から削除</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected cluster up</source>
        <translation>選択したクラスターを上へ移動</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected cluster down</source>
        <translation>選択したクラスターを下へ移動</translation>
    </message>
    <message>
        <source>Move to &amp;Group…</source>
        <translation>グループへ移動(&amp;G)…</translation>
    </message>
    <message>
        <source>Put the selected cluster in a group (a folder)</source>
        <translation>選択したクラスターをグループ (フォルダー) に配置</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>新しいグループ(&amp;N)…</translation>
    </message>
    <message>
        <source>Make a folder for clusters</source>
        <translation>クラスター用のフォルダーを作成します</translation>
    </message>
    <message>
        <source>Re&amp;name Group…</source>
        <translation>グループ名を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the selected folder in every cluster it holds</source>
        <translation>選択したフォルダーの名前を、含まれるすべてのクラスターで変更します</translation>
    </message>
    <message>
        <source>Remove &amp;Group</source>
        <translation>グループを削除(&amp;G)</translation>
    </message>
    <message>
        <source>Remove the selected folder; its clusters move to the folder above</source>
        <translation>選択したフォルダーを削除します。クラスターは上のフォルダーに移ります</translation>
    </message>
</context>
<context>
    <name>ClusterTreeModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n 件が重大</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n 件に警告</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n 個のクラスター</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or unreachable</source>
        <translation>
            <numerusform>%n 件が重大または到達不能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not refreshed yet</source>
        <translation>
            <numerusform>%n 件が未更新</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>see clusterdesk --help or clusterdesk &lt;command&gt; --help</source>
        <translation>clusterdesk --help または clusterdesk &lt;コマンド&gt; --help を参照してください</translation>
    </message>
    <message>
        <source>Keep the saved clusters in &lt;dir&gt; instead of the default location.</source>
        <translation>保存済みのクラスターを既定の場所ではなく &lt;dir&gt; に保持します。</translation>
    </message>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation>%1 ファイル %2 を読み取れません: %3</translation>
    </message>
    <message>
        <source>the %1 file %2 is too large</source>
        <translation>%1 ファイル %2 が大きすぎます</translation>
    </message>
    <message>
        <source>the %1 file %2 is empty</source>
        <translation>%1 ファイル %2 が空です</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Polls one cluster once and prints its nodes and findings.
Exit codes: 0 healthy, 1 warnings, 2 critical, 3 unreachable (connection, TLS or
sign-in failed), 64 usage error. The password comes from --password-file or the
environment variable CLUSTERDESK_PASSWORD, never from the command line.</source>
        <translation>クラスターを 1 回ポーリングし、ノードと検出事項を出力します。
終了コード: 0 正常、1 警告、2 重大、3 到達不能 (接続、TLS または
サインインの失敗)、64 使用法の誤り。パスワードは --password-file または
環境変数 CLUSTERDESK_PASSWORD から取得し、コマンドラインからは受け付けません。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>The cluster&apos;s load balancer URL.</source>
        <translation>クラスターのロードバランサーの URL。</translation>
    </message>
    <message>
        <source>A saved cluster (see clusterdesk cluster list).</source>
        <translation>保存済みのクラスター (clusterdesk cluster list を参照)。</translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation>サインインするユーザー。</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt;.</source>
        <translation>&lt;file&gt; からパスワードを読み取ります。</translation>
    </message>
    <message>
        <source>Read a session token from &lt;file&gt;.</source>
        <translation>&lt;file&gt; からセッショントークンを読み取ります。</translation>
    </message>
    <message>
        <source>Trust the CA certificate(s) in &lt;file&gt; (PEM).</source>
        <translation>&lt;file&gt; 内の CA 証明書 (PEM) を信頼します。</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page.</source>
        <translation>HAProxy の統計ページ。</translation>
    </message>
    <message>
        <source>Print JSON (the snapshot plus &quot;exitCode&quot;).</source>
        <translation>JSON を出力します (スナップショットと &quot;exitCode&quot;)。</translation>
    </message>
    <message>
        <source>Give up after &lt;seconds&gt; (default %1).</source>
        <translation>&lt;seconds&gt; 秒後に中止します (既定値 %1)。</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>give either --url or --cluster</source>
        <translation>--url または --cluster のどちらかを指定してください</translation>
    </message>
    <message>
        <source>give either --password-file or --token-file, not both</source>
        <translation>--password-file と --token-file のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0</source>
        <translation>--timeout には 0 より大きい秒数が必要です</translation>
    </message>
    <message>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --cluster (it is saved in the profile)</source>
        <translation>--%1 は --cluster と併用できません (プロファイルに保存されています)</translation>
    </message>
    <message>
        <source>invalid --url: %1</source>
        <translation>無効な --url: %1</translation>
    </message>
    <message>
        <source>--user is required with a password</source>
        <translation>パスワードを使う場合は --user が必須です</translation>
    </message>
    <message>
        <source>cannot read the CA certificate %1</source>
        <translation>CA 証明書 %1 を読み取れません</translation>
    </message>
    <message>
        <source>invalid --stats-url: %1</source>
        <translation>無効な --stats-url: %1</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>無効な %1: %2</translation>
    </message>
    <message>
        <source>The cluster&apos;s name.</source>
        <translation>クラスターの名前。</translation>
    </message>
    <message>
        <source>Poll every &lt;seconds&gt; (default %1).</source>
        <translation>&lt;seconds&gt; 秒ごとにポーリングします (既定値 %1)。</translation>
    </message>
    <message>
        <source>cluster add needs --name and --url</source>
        <translation>cluster add には --name と --url が必要です</translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds greater than 0</source>
        <translation>--poll-interval には 0 より大きい秒数が必要です</translation>
    </message>
    <message>
        <source>Saves a cluster.</source>
        <translation>クラスターを保存します。</translation>
    </message>
    <message>
        <source>Lists the saved clusters.</source>
        <translation>保存済みのクラスターを一覧表示します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>Forgets a saved cluster and its password.</source>
        <translation>保存済みのクラスターとそのパスワードを削除します。</translation>
    </message>
    <message>
        <source>The saved cluster&apos;s name.</source>
        <translation>保存済みのクラスターの名前。</translation>
    </message>
    <message>
        <source>cluster remove needs exactly one name</source>
        <translation>cluster remove には名前を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>unknown cluster action: %1</source>
        <translation>不明なクラスターアクション: %1</translation>
    </message>
    <message>
        <source>Clusterdesk: a console for clustered servers.</source>
        <translation>Clusterdesk: クラスター構成サーバーのためのコンソール。</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <source>see clusterdesk report --help</source>
        <translation>clusterdesk report --help を参照してください</translation>
    </message>
    <message>
        <source>Every saved cluster in one document (fleet report).</source>
        <translation>保存済みのすべてのクラスターを 1 つのドキュメントに (フリートレポート)。</translation>
    </message>
    <message>
        <source>html, pdf, csv or json.</source>
        <translation>html、pdf、csv または json。</translation>
    </message>
    <message>
        <source>The period covered: 24h, 7d, 14d, 90m, 2w or a date (default 24h).</source>
        <translation>対象期間: 24h、7d、14d、90m、2w または日付 (既定値 24h)。</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (既定値) または letter。</translation>
    </message>
    <message>
        <source>Write to &lt;path&gt; (csv: see below).</source>
        <translation>&lt;path&gt; に出力します (csv: 下記参照)。</translation>
    </message>
    <message>
        <source>Give up on a request after &lt;seconds&gt; (default 5).</source>
        <translation>&lt;seconds&gt; 秒後にリクエストを中止します (既定値 5)。</translation>
    </message>
    <message>
        <source>give exactly one of --url, --cluster and --all</source>
        <translation>--url、--cluster、--all のいずれか 1 つだけを指定してください</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output は必須です</translation>
    </message>
    <message>
        <source>unknown --format %1 (html, pdf, csv or json)</source>
        <translation>不明な --format %1 (html、pdf、csv または json)</translation>
    </message>
    <message>
        <source>unknown --paper %1 (a4 or letter)</source>
        <translation>不明な --paper %1 (a4 または letter)</translation>
    </message>
    <message>
        <source>invalid --since %1 (24h, 7d, 2w or a past date)</source>
        <translation>無効な --since %1 (24h、7d、2w または過去の日付)</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600</source>
        <translation>--timeout には 0 から 600 までの秒数が必要です</translation>
    </message>
    <message>
        <source>--%1 goes with --url only (saved clusters keep their own)</source>
        <translation>--%1 は --url とのみ併用できます (保存済みのクラスターは独自の値を持ちます)</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk status --cluster Prod --json &gt; prod-status.json
  clusterdesk status --url https://lb.example:8443 --user admin --password-file pw.txt --ca ca.pem --timeout 5
  CLUSTERDESK_PASSWORD=secret clusterdesk status --url https://lb.example:8443 --user admin
</source>
        <translation>
例:
  clusterdesk status --cluster Prod --json &gt; prod-status.json
  clusterdesk status --url https://lb.example:8443 --user admin --password-file pw.txt --ca ca.pem --timeout 5
  CLUSTERDESK_PASSWORD=secret clusterdesk status --url https://lb.example:8443 --user admin
</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk cluster list
  clusterdesk cluster list --json
</source>
        <translation>
例:
  clusterdesk cluster list
  clusterdesk cluster list --json
</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk cluster remove Prod
  clusterdesk cluster remove &quot;Local demo&quot;
</source>
        <translation>
例:
  clusterdesk cluster remove Prod
  clusterdesk cluster remove &quot;Local demo&quot;
</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk cluster add --name Prod --url https://lb.example:8443 --user admin --password-file pw.txt
  clusterdesk cluster list
  clusterdesk cluster remove Prod
Run clusterdesk cluster &lt;action&gt; --help for the action&apos;s options.
</source>
        <translation>
例:
  clusterdesk cluster add --name Prod --url https://lb.example:8443 --user admin --password-file pw.txt
  clusterdesk cluster list
  clusterdesk cluster remove Prod
アクションのオプションは clusterdesk cluster &lt;action&gt; --help で表示されます。
</translation>
    </message>
    <message>
        <source>Window: select the saved cluster at &lt;url&gt; when it opens.</source>
        <translation>ウィンドウ: 開いたときに &lt;url&gt; の保存済みクラスターを選択します。</translation>
    </message>
    <message>
        <source>cluster edit needs exactly one name</source>
        <translation>cluster edit には名前を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>CLUSTERDESK_PASSWORD is one password but this command addresses several clusters: unset it and let each saved cluster find its own (clusterdesk cluster edit &lt;name&gt; --password-file &lt;file&gt; or --password-command &lt;command&gt;, or a systemd credential $CREDENTIALS_DIRECTORY/&lt;name&gt;)</source>
        <translation>CLUSTERDESK_PASSWORD は 1 つのパスワードですが、このコマンドは複数のクラスターを対象にしています。変数を解除し、保存済みの各クラスターに自分のパスワードを探させてください (clusterdesk cluster edit &lt;name&gt; --password-file &lt;file&gt; または --password-command &lt;command&gt;、または systemd 資格情報 $CREDENTIALS_DIRECTORY/&lt;name&gt;)</translation>
    </message>
    <message>
        <source>Get the password from the first line of &lt;command&gt;&apos;s output, run at each use without a shell (pass show x, secret-tool lookup ...).</source>
        <translation>&lt;command&gt; の出力の 1 行目からパスワードを読み取ります。使用のたびにシェルなしで実行されます (pass show x、secret-tool lookup ...)。</translation>
    </message>
    <message>
        <source>Forget the password file or command: use the system keychain (a new password comes from CLUSTERDESK_PASSWORD).</source>
        <translation>パスワードファイルまたはコマンドの設定を解除し、システムのキーチェーンを使います (新しいパスワードは CLUSTERDESK_PASSWORD から)。</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt; at each use (its path is saved, never its content); the file must be private: chmod 600.</source>
        <translation>使用のたびに &lt;file&gt; からパスワードを読み取ります (保存されるのはパスのみで内容は保存されません)。ファイルは非公開でなければなりません: chmod 600。</translation>
    </message>
    <message>
        <source>
A saved cluster&apos;s password is looked for in this order:
  1. $CREDENTIALS_DIRECTORY/&lt;name&gt; (systemd LoadCredential=)
  2. its --password-file (refused unless chmod 600)
  3. its --password-command (10 s at most; a non-zero exit is refused)
  4. the system keychain
The password command runs without a shell: group words with double quotes
and write sh -c &quot;...&quot; when it needs a pipe or a variable.
</source>
        <translation>
保存済みクラスターのパスワードは次の順に探されます:
  1. $CREDENTIALS_DIRECTORY/&lt;name&gt; (systemd LoadCredential=)
  2. その --password-file (chmod 600 でなければ拒否)
  3. その --password-command (最大 10 秒。0 以外の終了コードは拒否)
  4. システムのキーチェーン
パスワードコマンドはシェルなしで実行されます。単語は二重引用符でまとめ、
パイプや変数が必要なときは sh -c &quot;...&quot; と書いてください。
</translation>
    </message>
    <message>
        <source>give the password one way: --password-file, --password-command or CLUSTERDESK_PASSWORD (for the keychain)</source>
        <translation>パスワードは 1 つの方法で指定してください: --password-file、--password-command、または CLUSTERDESK_PASSWORD (キーチェーン用)</translation>
    </message>
    <message>
        <source>--password-command needs a command</source>
        <translation>--password-command にはコマンドが必要です</translation>
    </message>
    <message>
        <source>cluster edit needs one of --password-file, --password-command and --keychain</source>
        <translation>cluster edit には --password-file、--password-command、--keychain のいずれかが必要です</translation>
    </message>
    <message>
        <source>see clusterdesk exporter --help</source>
        <translation>clusterdesk exporter --help を参照してください</translation>
    </message>
    <message>
        <source>
Serves GET /metrics (Prometheus text format 0.0.4) and GET /healthz.
Passwords of saved clusters are found as the window finds them; nothing is
written to the local store. Metrics: docs/metrics.md.
Exit codes: 0 stopped by SIGTERM or SIGINT, 1 could not start (address in
use, unknown cluster, store), 64 usage error or invalid web config.

Examples:
  clusterdesk exporter --all
  clusterdesk exporter --listen 127.0.0.1:9877 --cluster Prod --cluster Test
  clusterdesk exporter --listen 0.0.0.0:9877 --all --web.config.file web.yml
</source>
        <translation>
GET /metrics (Prometheus テキスト形式 0.0.4) と GET /healthz を提供します。
保存済みクラスターのパスワードはウィンドウと同じ方法で探されます。ローカル
ストアには何も書き込みません。メトリクス: docs/metrics.md。
終了コード: 0 SIGTERM または SIGINT で停止、1 起動できない (アドレス使用中、
不明なクラスター、ストア)、64 使用方法の誤りまたは無効な Web 設定。

例:
  clusterdesk exporter --all
  clusterdesk exporter --listen 127.0.0.1:9877 --cluster Prod --cluster Test
  clusterdesk exporter --listen 0.0.0.0:9877 --all --web.config.file web.yml
</translation>
    </message>
    <message>
        <source>Polls saved clusters and serves their state to Prometheus.</source>
        <translation>保存済みクラスターをポーリングし、その状態を Prometheus に提供します。</translation>
    </message>
    <message>
        <source>Listen on &lt;address:port&gt; (default 127.0.0.1:9877; 0.0.0.0:9877 for all).</source>
        <translation>&lt;address:port&gt; で待ち受けます (既定 127.0.0.1:9877、すべてのアドレスは 0.0.0.0:9877)。</translation>
    </message>
    <message>
        <source>Export the saved cluster &lt;name&gt; (repeatable).</source>
        <translation>保存済みクラスター &lt;name&gt; をエクスポートします (複数指定可)。</translation>
    </message>
    <message>
        <source>Export every saved cluster.</source>
        <translation>保存済みのすべてのクラスターをエクスポートします。</translation>
    </message>
    <message>
        <source>TLS and basic authentication from &lt;file&gt; (Prometheus exporter-toolkit format).</source>
        <translation>&lt;file&gt; から TLS と Basic 認証を設定します (Prometheus exporter-toolkit 形式)。</translation>
    </message>
    <message>
        <source>give --all or at least one --cluster</source>
        <translation>--all か、少なくとも 1 つの --cluster を指定してください</translation>
    </message>
    <message>
        <source>invalid --listen %1 (an IP address and a port, e.g. 127.0.0.1:9877)</source>
        <translation>無効な --listen %1 (IP アドレスとポート。例: 127.0.0.1:9877)</translation>
    </message>
    <message>
        <source>stopping (signal %1)</source>
        <translation>停止しています (シグナル %1)</translation>
    </message>
    <message>
        <source>listening on %1 port %2 (%3)</source>
        <translation>%1 ポート %2 で待ち受け中 (%3)</translation>
    </message>
    <message>
        <source>Writes a report of one cluster (--url or --cluster) or of every saved cluster
(--all) for audits, change reviews and hand-offs. Secrets never appear in it.
The password comes from --password-file or CLUSTERDESK_PASSWORD (not with
--all), or for saved clusters from where clusterdesk cluster edit said.</source>
        <translation>監査、変更レビュー、引き継ぎのために、1 つのクラスター (--url または --cluster) または
保存済みのすべてのクラスター (--all) のレポートを出力します。シークレットは含まれません。
パスワードは --password-file または CLUSTERDESK_PASSWORD (--all では不可) から、
保存済みクラスターの場合は clusterdesk cluster edit で指定した取得元から取得します。</translation>
    </message>
    <message>
        <source>see clusterdesk activity --help</source>
        <translation>clusterdesk activity --help を参照してください</translation>
    </message>
    <message>
        <source>
Lists what this console sent to clusters (every write and node action):
time (UTC), cluster, user, action, outcome and request id, newest first.
The log is kept for 180 days or 100,000 entries; it never holds a secret.
Exit codes: 0 listed, 1 the local store could not be read, 64 usage error.

Examples:
  clusterdesk activity --since 7d
  clusterdesk activity --cluster Prod --since 2026-11-01 --format csv
</source>
        <translation>
このコンソールがクラスターに送信した内容 (すべての書き込みとノード操作) を一覧表示します:
時刻 (UTC)、クラスター、ユーザー、操作、結果、リクエスト ID を新しい順に表示します。
ログは 180 日間または 100,000 件まで保持され、シークレットは一切含まれません。
終了コード: 0 一覧表示、1 ローカルストアを読み取れない、64 使用法の誤り。

例:
  clusterdesk activity --since 7d
  clusterdesk activity --cluster Prod --since 2026-11-01 --format csv
</translation>
    </message>
    <message>
        <source>Lists the console&apos;s own actions on clusters.</source>
        <translation>コンソール自身がクラスターに対して行った操作を一覧表示します。</translation>
    </message>
    <message>
        <source>Only this saved cluster (its name).</source>
        <translation>この保存済みクラスターのみ (名前で指定)。</translation>
    </message>
    <message>
        <source>Only entries since: 24h, 7d, 90m, 2w or a date (default: all).</source>
        <translation>この時点以降のエントリのみ: 24h、7d、90m、2w または日付 (既定値: すべて)。</translation>
    </message>
    <message>
        <source>text (default), csv or json.</source>
        <translation>text (既定値)、csv または json。</translation>
    </message>
    <message>
        <source>unknown --format %1 (text, csv or json)</source>
        <translation>不明な --format %1 (text、csv または json)</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk cluster add --name Prod --url https://lb.example:8443 --user admin --password-file ~/.config/clusterdesk/prod.pw
  clusterdesk cluster add --name Test --url http://127.0.0.1:8080 --user viewer --password-command &quot;pass show clusters/test&quot;
  CLUSTERDESK_PASSWORD=secret clusterdesk cluster add --name Lab --url http://127.0.0.1:8080 --user admin --poll-interval 10
  clusterdesk cluster add --name Prod --url https://lb.example:8443 --user admin --environment production --group EMEA/Production
</source>
        <translation>
例:
  clusterdesk cluster add --name Prod --url https://lb.example:8443 --user admin --password-file ~/.config/clusterdesk/prod.pw
  clusterdesk cluster add --name Test --url http://127.0.0.1:8080 --user viewer --password-command &quot;pass show clusters/test&quot;
  CLUSTERDESK_PASSWORD=secret clusterdesk cluster add --name Lab --url http://127.0.0.1:8080 --user admin --poll-interval 10
  clusterdesk cluster add --name Prod --url https://lb.example:8443 --user admin --environment production --group EMEA/Production
</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk cluster edit Prod --password-file /etc/clusterdesk/prod.pw
  clusterdesk cluster edit Prod --password-command &quot;secret-tool lookup clusterdesk prod&quot;
  CLUSTERDESK_PASSWORD=secret clusterdesk cluster edit Prod --keychain
  clusterdesk cluster edit Prod --environment production --read-only
  clusterdesk cluster edit Lab --environment lab --environment-colour &quot;#7b1fa2&quot; --group &quot;&quot;
</source>
        <translation>
例:
  clusterdesk cluster edit Prod --password-file /etc/clusterdesk/prod.pw
  clusterdesk cluster edit Prod --password-command &quot;secret-tool lookup clusterdesk prod&quot;
  CLUSTERDESK_PASSWORD=secret clusterdesk cluster edit Prod --keychain
  clusterdesk cluster edit Prod --environment production --read-only
  clusterdesk cluster edit Lab --environment lab --environment-colour &quot;#7b1fa2&quot; --group &quot;&quot;
</translation>
    </message>
    <message>
        <source>Shows a saved cluster: address, environment, writes, group.</source>
        <translation>保存済みのクラスターを表示します: アドレス、環境、書き込み可否、グループ。</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk cluster show Prod
  clusterdesk cluster show Prod --json
</source>
        <translation>
例:
  clusterdesk cluster show Prod
  clusterdesk cluster show Prod --json
</translation>
    </message>
    <message>
        <source>cluster show needs exactly one name</source>
        <translation>cluster show には名前を 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>Saved clusters: add, edit, list, show or remove them.</source>
        <translation>保存済みのクラスター: 追加、編集、一覧表示、表示、削除を行います。</translation>
    </message>
    <message>
        <source>add, edit, list, show or remove.</source>
        <translation>add、edit、list、show または remove。</translation>
    </message>
    <message>
        <source>cluster needs an action: add, edit, list or remove (show prints one)</source>
        <translation>cluster にはアクションが必要です: add、edit、list または remove (show は 1 つを表示)</translation>
    </message>
    <message>
        <source>Commands:
  status           One poll of one cluster: a node table and findings.
  cluster add      Save a cluster (its password: the system keychain, a
                   password file or a password command).
  cluster edit     Change a saved cluster&apos;s password source, environment,
                   read-only switch or group.
  cluster list     List the saved clusters.
  cluster show     Show one saved cluster.
  cluster remove   Forget a saved cluster and its password.
  report           Write a cluster or fleet report (html, pdf, csv, json).
  resources        Compare, export or copy resource definitions across
                   clusters (diff, export, apply).
  node             Drain a node, put it into maintenance or make it ready
                   at the load balancer (HAProxy&apos;s statistics page).
  history          A cluster&apos;s configuration changes with what each one
                   altered, filtered, as a table, CSV or JSON.
  exporter         Serve saved clusters&apos; state to Prometheus (/metrics).
  activity         List what this console sent to clusters (writes, node
                   actions) with their outcomes.

Examples:
  clusterdesk                      Open the window.
  clusterdesk status --cluster Prod
  clusterdesk report --all --output fleet.pdf
  clusterdesk resources diff --cluster Prod --cluster Test
  clusterdesk history --cluster Prod --since 2026-12-01
  clusterdesk exporter --all
  clusterdesk activity --cluster Prod --since 7d

Run clusterdesk &lt;command&gt; --help for the command&apos;s options and examples.
Without arguments clusterdesk opens its window.
</source>
        <translation>コマンド:
  status           1 つのクラスターを 1 回ポーリング: ノードの表と検出事項。
  cluster add      クラスターを保存 (パスワード: システムのキーチェーン、
                   パスワードファイルまたはパスワードコマンド)。
  cluster edit     保存済みクラスターのパスワードの取得元、環境、
                   読み取り専用の切り替え、グループを変更。
  cluster list     保存済みのクラスターを一覧表示。
  cluster show     保存済みのクラスターを 1 つ表示。
  cluster remove   保存済みのクラスターとそのパスワードを削除。
  report           クラスターまたはフリートのレポートを出力 (html、pdf、csv、json)。
  resources        クラスター間でリソース定義を比較、エクスポート、コピー
                   (diff、export、apply)。
  node             ロードバランサー (HAProxy の統計ページ) でノードをドレイン、
                   メンテナンス、または準備完了に設定。
  history          クラスターの構成変更と各変更で変わった内容を、フィルターして
                   表、CSV または JSON で表示。
  exporter         保存済みクラスターの状態を Prometheus に提供 (/metrics)。
  activity         このコンソールがクラスターに送信した内容 (書き込み、
                   ノード操作) とその結果を一覧表示。

例:
  clusterdesk                      ウィンドウを開きます。
  clusterdesk status --cluster Prod
  clusterdesk report --all --output fleet.pdf
  clusterdesk resources diff --cluster Prod --cluster Test
  clusterdesk history --cluster Prod --since 2026-12-01
  clusterdesk exporter --all
  clusterdesk activity --cluster Prod --since 7d

コマンドのオプションと例は clusterdesk &lt;command&gt; --help で表示されます。
引数なしで実行すると、clusterdesk はウィンドウを開きます。
</translation>
    </message>
    <message>
        <source>status, cluster, report, resources, node, history, exporter or activity.</source>
        <translation>status、cluster、report、resources、node、history、exporter または activity。</translation>
    </message>
    <message>
        <source>
Formats: html (one self-contained file), pdf (paginated), json (schema 1,
see docs/report-schema.json), csv (three files: when --output is a
directory, nodes.csv, resources.csv and activity.csv in it; otherwise
PATH-nodes.csv, PATH-resources.csv and PATH-activity.csv, a trailing .csv
of PATH dropped). Without --format the output&apos;s extension decides, else
html. Every format includes the console&apos;s own activity on the cluster in
the period (clusterdesk activity).
Exit codes: 0 complete, 1 partial (a cluster or part of one could not be
read; the report says so), 2 failure (nothing written), 64 usage error.

Examples:
  clusterdesk report --cluster Prod --output prod.html
  clusterdesk report --all --format pdf --paper letter --output fleet.pdf
  clusterdesk report --cluster Prod --since 7d --format csv --output reports/
  CLUSTERDESK_PASSWORD=secret clusterdesk report --url https://lb.example:8443 --user admin --output prod.json
</source>
        <translation>
形式: html (自己完結した 1 ファイル)、pdf (ページ分割)、json (スキーマ 1、
docs/report-schema.json を参照)、csv (3 つのファイル: --output がディレクトリの
場合はその中に nodes.csv、resources.csv、activity.csv、それ以外の場合は
PATH-nodes.csv、PATH-resources.csv、PATH-activity.csv。PATH の末尾の .csv は
除かれます)。--format を省略すると出力先の拡張子で決まり、それ以外は html に
なります。どの形式にも、期間内にこのコンソールがクラスターに対して行った操作
(clusterdesk activity) が含まれます。
終了コード: 0 完了、1 一部のみ (クラスターまたはその一部を読み取れなかった。
レポートにその旨を記載)、2 失敗 (何も出力されない)、64 使用法の誤り。

例:
  clusterdesk report --cluster Prod --output prod.html
  clusterdesk report --all --format pdf --paper letter --output fleet.pdf
  clusterdesk report --cluster Prod --since 7d --format csv --output reports/
  CLUSTERDESK_PASSWORD=secret clusterdesk report --url https://lb.example:8443 --user admin --output prod.json
</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>ローカルストアを開けません: %1</translation>
    </message>
    <message>
        <source>cannot read the activity log: %1</source>
        <translation>アクティビティログを読み取れません: %1</translation>
    </message>
    <message>
        <source>No activity in the period.
</source>
        <translation>この期間のアクティビティはありません。
</translation>
    </message>
    <message>
        <source>Changes where a saved cluster&apos;s password comes from, its environment, read-only switch, group, node URLs or Spectrum token kind.</source>
        <translation>保存済みクラスターのパスワードの取得元、環境、読み取り専用、グループ、ノード URL、Spectrum トークンの種類を変更します。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Clusters</source>
        <translation>クラスターの比較</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Clusters:</source>
        <translation>クラスター:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Copy from:</source>
        <translation>コピー元:</translation>
    </message>
    <message>
        <source>Copy selected to the other clusters…</source>
        <translation>選択項目を他のクラスターにコピー…</translation>
    </message>
    <message>
        <source>Export definitions…</source>
        <translation>定義をエクスポート…</translation>
    </message>
    <message>
        <source>Import definitions…</source>
        <translation>定義をインポート…</translation>
    </message>
    <message>
        <source>Tick two or more clusters and press Compare.</source>
        <translation>2 つ以上のクラスターにチェックを付けて「比較」を押してください。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n cluster(s)…</source>
        <translation>
            <numerusform>%n 個のクラスターを読み取り中…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 does not compare secrets for this account: where secrets are set everywhere, whether they are equal cannot be told.</source>
        <translation>%1 はこのアカウントではシークレットを比較しません: シークレットがすべてに設定されている場合、それらが等しいかどうかは判断できません。</translation>
    </message>
    <message>
        <source>%1 resources: %2 identical, %3 differ, %4 not on every cluster.</source>
        <translation>%1 件のリソース: 同一 %2、相違 %3、一部のクラスターにのみ存在 %4。</translation>
    </message>
    <message>
        <source>Compare including the cluster to copy from first.</source>
        <translation>まずコピー元のクラスターを含めて比較してください。</translation>
    </message>
    <message>
        <source>None of the selected resources exists on %1.</source>
        <translation>選択したリソースはいずれも %1 に存在しません。</translation>
    </message>
    <message>
        <source>Tick the clusters to copy to.</source>
        <translation>コピー先のクラスターにチェックを付けてください。</translation>
    </message>
    <message>
        <source>Export resource definitions</source>
        <translation>リソース定義のエクスポート</translation>
    </message>
    <message>
        <source>Definitions (*.json)</source>
        <translation>定義 (*.json)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取り中…</translation>
    </message>
    <message>
        <source>Import resource definitions</source>
        <translation>リソース定義のインポート</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>インポートできません: %1</translation>
    </message>
    <message>
        <source>the file (%1)</source>
        <translation>ファイル (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Clusters read: %v of %m</source>
        <translation>読み取ったクラスター: %v / %m</translation>
    </message>
    <message>
        <source>Comparison cancelled: nothing was compared or changed.</source>
        <translation>比較をキャンセルしました: 何も比較・変更されていません。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(set)</source>
        <translation>(設定済み)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Conflicting change to %1</source>
        <translation>%1 への競合する変更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Base (you started from)</source>
        <translation>ベース (編集開始時)</translation>
    </message>
    <message>
        <source>Theirs (now on the cluster)</source>
        <translation>相手 (現在のクラスター)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Someone deleted &quot;%1&quot; while you were editing it. Rebase creates it again with your version; Reload discards your changes.</source>
        <translation>編集中に誰かが「%1」を削除しました。「リベース」はあなたのバージョンで再作成し、「再読み込み」はあなたの変更を破棄します。</translation>
    </message>
    <message numerus="yes">
        <source>Someone changed &quot;%1&quot; while you were editing it. Your changes are kept in the draft. %n field(s) were changed on both sides: choose which value to keep, then Rebase to put your changes on top of theirs, or Reload to discard yours.</source>
        <translation>
            <numerusform>編集中に誰かが「%1」を変更しました。あなたの変更は下書きに保持されています。%n 個のフィールドが双方で変更されました: 残す値を選んでから「リベース」で相手の変更の上にあなたの変更を適用するか、「再読み込み」であなたの変更を破棄してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rebase my changes</source>
        <translation>変更をリベース(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load theirs</source>
        <translation>相手の版を再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>後で決める(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (シークレット)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>削除(&amp;F)</translation>
    </message>
    <message>
        <source>The system keychain is not available: the password is kept for this session only.</source>
        <translation>システムのキーチェーンを利用できません: パスワードはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation>クラスターの追加</translation>
    </message>
    <message>
        <source>Edit Cluster</source>
        <translation>クラスターの編集</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Load balancer &amp;URL:</source>
        <translation>ロードバランサーの URL(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>https://lb.example.com:8443</source>
        <translation>https://lb.example.com:8443</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M):</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>ユーザー名とパスワード</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>A certificate stored in the profile</source>
        <translation>プロファイルに保存された証明書</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Optional: the server certificate&apos;s fingerprint</source>
        <translation>任意: サーバー証明書のフィンガープリント</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>HAProxy &amp;stats URL:</source>
        <translation>HAProxy 統計 URL(&amp;S):</translation>
    </message>
    <message>
        <source>Optional: http://lb.example.com:8404/stats</source>
        <translation>任意: http://lb.example.com:8404/stats</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Clock &amp;warning at:</source>
        <translation>クロック警告のしきい値(&amp;W):</translation>
    </message>
    <message>
        <source>Clock c&amp;ritical at:</source>
        <translation>クロック重大のしきい値(&amp;R):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>トークン(&amp;K):</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>ユーザー(&amp;E):</translation>
    </message>
    <message>
        <source>Pinned S&amp;HA-256:</source>
        <translation>固定 SHA-256(&amp;H):</translation>
    </message>
    <message>
        <source>Po&amp;ll every:</source>
        <translation>ポーリング間隔(&amp;L):</translation>
    </message>
    <message>
        <source>Trusted despite verification errors: %1</source>
        <translation>検証エラーがあっても信頼: %1</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Optional: a PEM file</source>
        <translation>任意: PEM ファイル</translation>
    </message>
    <message>
        <source>A CA to trust for this cluster, in addition to the system&apos;s CAs</source>
        <translation>システムの CA に加えて、このクラスターで信頼する CA</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stalled after</source>
        <translation>停滞した段階</translation>
    </message>
    <message>
        <source>Position in the cluster list</source>
        <translation>クラスター一覧での位置</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Stats adm&amp;in user:</source>
        <translation>統計の管理ユーザー(&amp;I):</translation>
    </message>
    <message>
        <source>Optional: for drain, maintenance and ready (its password is asked at first use)</source>
        <translation>任意: ドレイン、メンテナンス、準備完了の操作用 (パスワードは初回使用時に確認します)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Checks the address, the sign-in and the certificate.</source>
        <translation>アドレス、サインイン、証明書を確認します。</translation>
    </message>
    <message>
        <source>The cluster&apos;s TLS certificate is not trusted. Compare its SHA-256 fingerprint with the one the cluster&apos;s administrator gives you before trusting it.</source>
        <translation>クラスターの TLS 証明書は信頼されていません。信頼する前に、その SHA-256 フィンガープリントをクラスター管理者から伝えられたものと照合してください。</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Trust this certificate for this cluster</source>
        <translation>このクラスターでこの証明書を信頼する</translation>
    </message>
    <message numerus="yes">
        <source>Connected to cluster &quot;%1&quot; with %n node(s).</source>
        <translation>
            <numerusform>クラスター「%1」(%n ノード) に接続しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2): can change the configuration.</source>
        <translation>%1 (%2) としてサインインしました: 構成を変更できます。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2): read-only.</source>
        <translation>%1 (%2) としてサインインしました: 読み取り専用です。</translation>
    </message>
    <message>
        <source>Connected: this is a plain Spectrum cluster, without Clusterdesk&apos;s management API.</source>
        <translation>接続しました: これは Clusterdesk 管理 API のないプレーンな Spectrum クラスターです。</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>the answer is not a Clusterdesk cluster description</source>
        <translation>応答は Clusterdesk のクラスター記述ではありません</translation>
    </message>
    <message>
        <source>not stored: this system has no keychain</source>
        <translation>保存されていません: このシステムにはキーチェーンがありません</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>neither the Clusterdesk management API nor Spectrum&apos;s token service or service catalogues answered at this address</source>
        <translation>このアドレスでは、Clusterdesk 管理 API も、Spectrum のトークンサービスやサービスカタログも応答しませんでした</translation>
    </message>
    <message>
        <source>There is no such cluster any more.</source>
        <translation>このクラスターはもうありません。</translation>
    </message>
    <message>
        <source>the cluster refused the token (HTTP 401)</source>
        <translation>クラスターがトークンを拒否しました (HTTP 401)</translation>
    </message>
    <message>
        <source>the cluster refused the password (HTTP 401)</source>
        <translation>クラスターがパスワードを拒否しました (HTTP 401)</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>no password stored for %1; use --password-file &lt;file&gt;, or save where to find it with clusterdesk cluster edit %1 --password-file &lt;file&gt; or --password-command &lt;command&gt;, or provide the systemd credential $CREDENTIALS_DIRECTORY/%1</source>
        <translation>%1 のパスワードが保存されていません。--password-file &lt;file&gt; を使うか、clusterdesk cluster edit %1 --password-file &lt;file&gt; または --password-command &lt;command&gt; で取得元を保存するか、systemd 資格情報 $CREDENTIALS_DIRECTORY/%1 を用意してください</translation>
    </message>
    <message>
        <source>the keychain could not give the password of %1: %2</source>
        <translation>キーチェーンから %1 のパスワードを取得できませんでした: %2</translation>
    </message>
    <message>
        <source>the password command of %1 is empty; set one with clusterdesk cluster edit %1 --password-command &lt;command&gt;</source>
        <translation>%1 のパスワードコマンドが空です。clusterdesk cluster edit %1 --password-command &lt;command&gt; で設定してください</translation>
    </message>
    <message>
        <source>cannot run the password command of %1 (%2): %3; check clusterdesk cluster edit %1 --password-command &lt;command&gt;</source>
        <translation>%1 のパスワードコマンド (%2) を実行できません: %3。clusterdesk cluster edit %1 --password-command &lt;command&gt; を確認してください</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) printed more than %3 bytes; it must print the password only</source>
        <translation>%1 のパスワードコマンド (%2) が %3 バイトを超えて出力しました。パスワードだけを出力しなければなりません</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) crashed</source>
        <translation>%1 のパスワードコマンド (%2) がクラッシュしました</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) failed with exit code %3</source>
        <translation>%1 のパスワードコマンド (%2) が終了コード %3 で失敗しました</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) failed with exit code %3: %4</source>
        <translation>%1 のパスワードコマンド (%2) が終了コード %3 で失敗しました: %4</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) printed no password; it must print the password on its first line</source>
        <translation>%1 のパスワードコマンド (%2) がパスワードを出力しませんでした。1 行目にパスワードを出力しなければなりません</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) did not finish within %3 s and was stopped; it must not wait for input</source>
        <translation>%1 のパスワードコマンド (%2) が %3 秒以内に終わらなかったため停止しました。入力を待ってはいけません</translation>
    </message>
    <message>
        <source>cannot read the systemd credential %1: %2; give the service LoadCredential=%3:&lt;file&gt; or remove it from $CREDENTIALS_DIRECTORY</source>
        <translation>systemd 資格情報 %1 を読み取れません: %2。サービスに LoadCredential=%3:&lt;file&gt; を指定するか、$CREDENTIALS_DIRECTORY から削除してください</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>ディレクトリです</translation>
    </message>
    <message>
        <source>the systemd credential %1 is larger than %2 bytes; it should hold the password only</source>
        <translation>systemd 資格情報 %1 が %2 バイトを超えています。パスワードだけを含めてください</translation>
    </message>
    <message>
        <source>the systemd credential %1 is empty; put the password of %2 in it</source>
        <translation>systemd 資格情報 %1 が空です。%2 のパスワードを入れてください</translation>
    </message>
    <message>
        <source>the password file %1 of %2 does not exist; create it with the password and chmod 600 %1, or change it with clusterdesk cluster edit %2 --password-file &lt;file&gt;</source>
        <translation>%2 のパスワードファイル %1 が存在しません。パスワードを入れて作成し chmod 600 %1 を実行するか、clusterdesk cluster edit %2 --password-file &lt;file&gt; で変更してください</translation>
    </message>
    <message>
        <source>the password file %1 of %2 is a directory; give a file with clusterdesk cluster edit %2 --password-file &lt;file&gt;</source>
        <translation>%2 のパスワードファイル %1 はディレクトリです。clusterdesk cluster edit %2 --password-file &lt;file&gt; でファイルを指定してください</translation>
    </message>
    <message>
        <source>the password file %1 of %2 can be read or changed by other users; run chmod 600 %1</source>
        <translation>%2 のパスワードファイル %1 は他のユーザーが読み取りまたは変更できます。chmod 600 %1 を実行してください</translation>
    </message>
    <message>
        <source>cannot read the password file %1 of %2: %3</source>
        <translation>%2 のパスワードファイル %1 を読み取れません: %3</translation>
    </message>
    <message>
        <source>the password file %1 of %2 is larger than %3 bytes; it should hold the password only</source>
        <translation>%2 のパスワードファイル %1 が %3 バイトを超えています。パスワードだけを含めてください</translation>
    </message>
    <message>
        <source>the password file %1 of %2 is empty; put the password in it</source>
        <translation>%2 のパスワードファイル %1 が空です。パスワードを入れてください</translation>
    </message>
</context>
<context>
    <name>CrossClusterController</name>
    <message>
        <source>Export Resource Definitions</source>
        <translation>リソース定義のエクスポート</translation>
    </message>
    <message>
        <source>Definitions (*.json)</source>
        <translation>定義 (*.json)</translation>
    </message>
    <message>
        <source>Import Resource Definitions</source>
        <translation>リソース定義のインポート</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 をインポートできません: %2</translation>
    </message>
    <message>
        <source>the file (%1)</source>
        <translation>ファイル (%1)</translation>
    </message>
</context>
<context>
    <name>DateHeaderClock</name>
    <message>
        <source>the Date header is missing or empty</source>
        <translation>Date ヘッダーがないか空です</translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; uses the obsolete RFC 850 form, not an RFC 7231 IMF-fixdate</source>
        <translation>Date ヘッダー &quot;%1&quot; は RFC 7231 の IMF-fixdate ではなく、廃止された RFC 850 形式を使用しています</translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; uses the obsolete asctime form, not an RFC 7231 IMF-fixdate</source>
        <translation>Date ヘッダー &quot;%1&quot; は RFC 7231 の IMF-fixdate ではなく、廃止された asctime 形式を使用しています</translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; is not an RFC 7231 IMF-fixdate such as &quot;Sun, 06 Nov 1994 08:49:37 GMT&quot;</source>
        <translation>Date ヘッダー &quot;%1&quot; は &quot;Sun, 06 Nov 1994 08:49:37 GMT&quot; のような RFC 7231 の IMF-fixdate ではありません</translation>
    </message>
</context>
<context>
    <name>DefinitionsExporter</name>
    <message>
        <source>the cluster is gone</source>
        <translation>クラスターがなくなりました</translation>
    </message>
    <message>
        <source>The definitions could not be read: %1</source>
        <translation>定義を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n definition(s) to %1.</source>
        <translation>
            <numerusform>%n 件の定義を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets were left out; they need a value on import: %1.</source>
        <translation>シークレットは含めていません。インポート時に値が必要です: %1。</translation>
    </message>
</context>
<context>
    <name>DefinitionsFile</name>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>不明なフィールド</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>%1 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>secrets are not kept in definition files; list the field under secretsNeeded</source>
        <translation>シークレットは定義ファイルに保持されません。secretsNeeded にフィールドを記載してください</translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation>フィールド名の配列である必要があります</translation>
    </message>
    <message>
        <source>not a secret field of %1</source>
        <translation>%1 のシークレットフィールドではありません</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>JSON ではありません: %1 (位置 %2)</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>ファイルには JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>format: not a Clusterdesk definitions file (expected &quot;%1&quot;)</source>
        <translation>format: Clusterdesk の定義ファイルではありません (&quot;%1&quot; が必要)</translation>
    </message>
    <message>
        <source>version: must be a whole number</source>
        <translation>version: 整数である必要があります</translation>
    </message>
    <message>
        <source>version: %1 is not supported (this Clusterdesk reads version %2)</source>
        <translation>version: %1 はサポートされていません (この Clusterdesk はバージョン %2 を読み取ります)</translation>
    </message>
    <message>
        <source>resources: must be an array</source>
        <translation>resources: 配列である必要があります</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; appears twice</source>
        <translation>%1: %2 &quot;%3&quot; が重複しています</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a definitions file</source>
        <translation>%1 は定義ファイルとしては大きすぎます</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DemoClusterLauncher</name>
    <message>
        <source>The demo cluster wrote no cluster.json in %1.</source>
        <translation>デモクラスターは %1 に cluster.json を書き込みませんでした。</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s cluster.json is not valid JSON: %1</source>
        <translation>デモクラスターの cluster.json は有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s cluster.json names no load balancer address.</source>
        <translation>デモクラスターの cluster.json にロードバランサーのアドレスがありません。</translation>
    </message>
    <message>
        <source>A demo cluster is already starting.</source>
        <translation>デモクラスターはすでに起動中です。</translation>
    </message>
    <message>
        <source>The demo cluster needs scripts/cluster, clusterdesk-node and haproxy, and not all of them were found.</source>
        <translation>デモクラスターには scripts/cluster、clusterdesk-node、haproxy が必要ですが、一部が見つかりませんでした。</translation>
    </message>
    <message>
        <source>No free ports on 127.0.0.1 for the demo cluster.</source>
        <translation>デモクラスター用の空きポートが 127.0.0.1 にありません。</translation>
    </message>
    <message>
        <source>Could not create a state directory for the demo cluster in %1.</source>
        <translation>%1 にデモクラスター用の状態ディレクトリを作成できませんでした。</translation>
    </message>
    <message>
        <source>The demo cluster did not start: %1</source>
        <translation>デモクラスターが起動しませんでした: %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>Read-only in Clusterdesk</source>
        <translation>Clusterdesk で読み取り専用</translation>
    </message>
    <message>
        <source>%1 · read-only in Clusterdesk</source>
        <translation>%1 · Clusterdesk で読み取り専用</translation>
    </message>
</context>
<context>
    <name>EnvironmentSettingsGroup</name>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>ステージング</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Other (name it)</source>
        <translation>その他 (名前を指定)</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>環境(&amp;V):</translation>
    </message>
    <message>
        <source>Environment n&amp;ame:</source>
        <translation>環境名(&amp;A):</translation>
    </message>
    <message>
        <source>Label c&amp;olour:</source>
        <translation>ラベルの色(&amp;O):</translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation>書き込み:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>e.g. Lab</source>
        <translation>例: ラボ</translation>
    </message>
    <message>
        <source>P&amp;ick…</source>
        <translation>選択(&amp;I)…</translation>
    </message>
    <message>
        <source>Read-onl&amp;y: refuse every write, whatever my role</source>
        <translation>読み取り専用: ロールにかかわらず、すべての書き込みを拒否する(&amp;Y)</translation>
    </message>
    <message>
        <source>No group (e.g. EMEA/Production)</source>
        <translation>グループなし (例: EMEA/Production)</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取り中…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>This cluster</source>
        <translation>このクラスター</translation>
    </message>
    <message>
        <source>All saved clusters (fleet report)</source>
        <translation>保存済みのすべてのクラスター (フリートレポート)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (単一の自己完結ファイル)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV (nodes and resources)</source>
        <translation>CSV (ノードとリソース)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>用紙:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>過去 14 日間</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>完了後に開く</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Preview shows the report here before you save it.</source>
        <translation>保存する前に、ここにレポートのプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Writes %1 and %2.</source>
        <translation>%1 と %2 を出力します。</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>期間の終了は開始より後である必要があります。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>プレビューの準備ができました。</translation>
    </message>
    <message>
        <source>Preview ready; some clusters or parts could not be read (the report says which).</source>
        <translation>プレビューの準備ができました。一部のクラスターまたは項目を読み取れませんでした (レポートに記載されています)。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Saved %1. Some clusters or parts could not be read; the report says which.</source>
        <translation>%1 を保存しました。一部のクラスターまたは項目を読み取れませんでした。レポートに記載されています。</translation>
    </message>
    <message>
        <source>Reading 1 cluster…</source>
        <translation>1 個のクラスターを読み取り中…</translation>
    </message>
    <message>
        <source>Reading %1 clusters…</source>
        <translation>%1 個のクラスターを読み取り中…</translation>
    </message>
    <message>
        <source>Only %1 was saved; the rest was not: %2</source>
        <translation>%1 のみ保存され、残りは保存されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>ローカルストアを開けません: %1</translation>
    </message>
    <message>
        <source>no saved cluster is named &quot;%1&quot; (see clusterdesk cluster list)</source>
        <translation>「%1」という名前の保存済みクラスターはありません (clusterdesk cluster list を参照)</translation>
    </message>
    <message>
        <source>there are no saved clusters to export (add one with clusterdesk cluster add)</source>
        <translation>エクスポートする保存済みクラスターがありません (clusterdesk cluster add で追加してください)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; is not polled: no password: %2</source>
        <translation>クラスター「%1」はポーリングされません: パスワードがありません: %2</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: %2</source>
        <translation>クラスター「%1」: %2</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: polled</source>
        <translation>クラスター「%1」: ポーリング済み</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: unreachable (%2)</source>
        <translation>クラスター「%1」: 到達不能 (%2)</translation>
    </message>
    <message>
        <source>web config: %1: %2</source>
        <translation>Web 設定: %1: %2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (NoClientCert or RequireAndVerifyClientCert)</source>
        <translation>「%1」はサポートされていません (NoClientCert または RequireAndVerifyClientCert)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (TLS12 or TLS13)</source>
        <translation>「%1」はサポートされていません (TLS12 または TLS13)</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>マッピングが必要です</translation>
    </message>
    <message>
        <source>unknown or unsupported field</source>
        <translation>不明またはサポートされていないフィールド</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>required by RequireAndVerifyClientCert</source>
        <translation>RequireAndVerifyClientCert で必要です</translation>
    </message>
    <message>
        <source>expected a mapping of user names to bcrypt hashes</source>
        <translation>ユーザー名から bcrypt ハッシュへのマッピングが必要です</translation>
    </message>
    <message>
        <source>a user name must be non-empty and without &apos;:&apos;</source>
        <translation>ユーザー名は空でなく &apos;:&apos; を含まないものにしてください</translation>
    </message>
    <message>
        <source>not a bcrypt hash ($2y$ or $2b$, 60 characters; make one with htpasswd -nBC 10 &quot;&quot; | tr -d &apos;:\n&apos;)</source>
        <translation>bcrypt ハッシュではありません ($2y$ または $2b$、60 文字。htpasswd -nBC 10 &quot;&quot; | tr -d &apos;:\n&apos; で作成してください)</translation>
    </message>
    <message>
        <source>web config: cannot read %1: %2</source>
        <translation>Web 設定: %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>web config: %1 is larger than 1 MiB</source>
        <translation>Web 設定: %1 が 1 MiB を超えています</translation>
    </message>
    <message>
        <source>web config: not valid YAML (line %1, column %2): %3</source>
        <translation>Web 設定: 有効な YAML ではありません (%1 行目、%2 列目): %3</translation>
    </message>
    <message>
        <source>web config: %1</source>
        <translation>Web 設定: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM RSA or EC private key</source>
        <translation>%1 に暗号化されていない PEM の RSA または EC 秘密鍵がありません</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of the cluster median</source>
        <translation>%1 のクロックはクラスターの中央値より %2 ms 進んでいます</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind the cluster median</source>
        <translation>%1 のクロックはクラスターの中央値より %2 ms 遅れています</translation>
    </message>
    <message>
        <source>Check the time service (NTP) on %1.</source>
        <translation>%1 の時刻サービス (NTP) を確認してください。</translation>
    </message>
    <message>
        <source>%1 reports that its clock is not synchronized</source>
        <translation>%1 はクロックが同期されていないと報告しています</translation>
    </message>
    <message>
        <source>Check that the time service (chrony, ntpd or systemd-timesyncd) runs on %1 and reaches its servers.</source>
        <translation>%1 で時刻サービス (chrony、ntpd または systemd-timesyncd) が動作し、サーバーに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>1 revision</source>
        <translation>1 リビジョン</translation>
    </message>
    <message>
        <source>%1 revisions</source>
        <translation>%1 リビジョン</translation>
    </message>
    <message>
        <source>%1 has revision %2 like the primary but a different configuration (checksums differ)</source>
        <translation>%1 はプライマリと同じリビジョン %2 ですが、構成が異なります (チェックサムが不一致)</translation>
    </message>
    <message>
        <source>Stop changing the configuration, compare %1 with the primary and resynchronize %1 from the primary.</source>
        <translation>構成の変更を止め、%1 をプライマリと比較し、プライマリから %1 を再同期してください。</translation>
    </message>
    <message>
        <source>%1 is %2 behind the primary for %3 and no longer advances</source>
        <translation>%1 は %3 前からプライマリより %2 遅れており、進んでいません</translation>
    </message>
    <message>
        <source>Check replication on %1: its connection to the primary and its log.</source>
        <translation>%1 のレプリケーション (プライマリへの接続とログ) を確認してください。</translation>
    </message>
    <message>
        <source>%1 is %2 behind the primary for %3</source>
        <translation>%1 は %3 前からプライマリより %2 遅れています</translation>
    </message>
    <message>
        <source>Check the load and the network of %1: replication is slow.</source>
        <translation>%1 の負荷とネットワークを確認してください: レプリケーションが遅れています。</translation>
    </message>
    <message>
        <source>No action needed yet: %1 is catching up.</source>
        <translation>まだ対処は不要です: %1 は追いついています。</translation>
    </message>
    <message>
        <source>%1 cannot reach the primary</source>
        <translation>%1 はプライマリに到達できません</translation>
    </message>
    <message>
        <source>Check the network between %1 and the primary.</source>
        <translation>%1 とプライマリの間のネットワークを確認してください。</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>クロック</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 does not answer (%2 polls missed in a row)</source>
        <translation>%1 が応答しません (%2 回連続でポーリングに失敗)</translation>
    </message>
    <message>
        <source>Check that %1 runs and that this computer can reach it.</source>
        <translation>%1 が動作していて、このコンピューターから到達できることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is shutting down (draining)</source>
        <translation>%1 はシャットダウン中です (ドレイン)</translation>
    </message>
    <message>
        <source>%1 reports that it is degraded</source>
        <translation>%1 は縮退状態を報告しています</translation>
    </message>
    <message>
        <source>Look at the log of %1; restart it if it does not recover.</source>
        <translation>%1 のログを確認し、回復しない場合は再起動してください。</translation>
    </message>
    <message>
        <source>%1 missed the last poll</source>
        <translation>%1 は前回のポーリングに応答しませんでした</translation>
    </message>
    <message>
        <source>No action needed unless %1 misses the next poll too.</source>
        <translation>%1 が次のポーリングにも応答しない場合を除き、対処は不要です。</translation>
    </message>
    <message>
        <source>%1 runs server %2 while the others run %3</source>
        <translation>%1 はサーバー %2 を実行していますが、他は %3 を実行しています</translation>
    </message>
    <message>
        <source>Bring %1 to server %2 like the other nodes.</source>
        <translation>%1 を他のノードと同じサーバー %2 にしてください。</translation>
    </message>
    <message>
        <source>%1 uses configuration schema %2 while the others use %3</source>
        <translation>%1 は構成スキーマ %2 を使用していますが、他は %3 を使用しています</translation>
    </message>
    <message>
        <source>Do not change the configuration until %1 runs the same release as the others: it may misread it.</source>
        <translation>%1 が他と同じリリースを実行するまで構成を変更しないでください: 誤って読み込む可能性があります。</translation>
    </message>
    <message>
        <source>The whole cluster is down and Clusterdesk never saw which node stopped last</source>
        <translation>クラスター全体が停止しており、最後に停止したノードを Clusterdesk は確認していません</translation>
    </message>
    <message>
        <source>Find the node that stopped last in the nodes&apos; logs and start it first, then the others.</source>
        <translation>ノードのログから最後に停止したノードを探して最初に起動し、その後に他のノードを起動してください。</translation>
    </message>
    <message>
        <source>The whole cluster is down: start %1 first (it stopped last, at %2)</source>
        <translation>クラスター全体が停止しています: 最初に %1 を起動してください (最後に停止、%2)</translation>
    </message>
    <message>
        <source>Start %1 first, wait until it is up, then start the other nodes.</source>
        <translation>まず %1 を起動し、稼働するのを待ってから他のノードを起動してください。</translation>
    </message>
    <message>
        <source>The license expired on %1</source>
        <translation>ライセンスは %1 に期限切れになりました</translation>
    </message>
    <message>
        <source>Install a renewed license now.</source>
        <translation>今すぐ更新済みのライセンスをインストールしてください。</translation>
    </message>
    <message>
        <source>The license expires today</source>
        <translation>ライセンスは今日で期限切れになります</translation>
    </message>
    <message>
        <source>The license expires tomorrow</source>
        <translation>ライセンスは明日で期限切れになります</translation>
    </message>
    <message>
        <source>The license expires in %1 days</source>
        <translation>ライセンスはあと %1 日で期限切れになります</translation>
    </message>
    <message>
        <source>Renew the license before %1.</source>
        <translation>%1 より前にライセンスを更新してください。</translation>
    </message>
    <message>
        <source>Clusterdesk cannot reach the cluster</source>
        <translation>Clusterdesk はクラスターに到達できません</translation>
    </message>
    <message>
        <source>Clusterdesk cannot reach the cluster: %1</source>
        <translation>Clusterdesk はクラスターに到達できません: %1</translation>
    </message>
    <message>
        <source>Check the cluster&apos;s address and the network between this computer and the load balancer.</source>
        <translation>クラスターのアドレスと、このコンピューターとロードバランサーの間のネットワークを確認してください。</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics could not be read: %1</source>
        <translation>HAProxy の統計を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Check the statistics address in the cluster&apos;s settings.</source>
        <translation>クラスターの設定にある統計のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>%1 answers but HAProxy marks it DOWN%2: it gets no traffic</source>
        <translation>%1 は応答していますが、HAProxy では DOWN%2 になっています: トラフィックを受け取りません</translation>
    </message>
    <message>
        <source>Check HAProxy&apos;s health check of %1 (GET /healthz) and the network between HAProxy and %1.</source>
        <translation>HAProxy による %1 のヘルスチェック (GET /healthz) と、HAProxy と %1 の間のネットワークを確認してください。</translation>
    </message>
    <message>
        <source>HAProxy marks %1 UP but %1 does not answer this computer</source>
        <translation>HAProxy では %1 は UP ですが、%1 はこのコンピューターに応答しません</translation>
    </message>
    <message>
        <source>Check the network between this computer and %1; if %1 is really down, check HAProxy&apos;s health check.</source>
        <translation>このコンピューターと %1 の間のネットワークを確認してください。%1 が本当に停止している場合は HAProxy のヘルスチェックを確認してください。</translation>
    </message>
    <message>
        <source>HAProxy holds %1 in maintenance (%2): it gets no traffic</source>
        <translation>HAProxy は %1 をメンテナンス中 (%2) にしています: トラフィックを受け取りません</translation>
    </message>
    <message>
        <source>Put %1 back into service in HAProxy when the maintenance is over.</source>
        <translation>メンテナンスが終わったら HAProxy で %1 をサービスに戻してください。</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of the nodes whose clocks are synchronized</source>
        <translation>%1 のクロックは、クロックが同期されているノードより %2 ms 進んでいます</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind the nodes whose clocks are synchronized</source>
        <translation>%1 のクロックは、クロックが同期されているノードより %2 ms 遅れています</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of this computer&apos;s synchronized clock</source>
        <translation>%1 のクロックは、このコンピューターの同期済みクロックより %2 ms 進んでいます</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind this computer&apos;s synchronized clock</source>
        <translation>%1 のクロックは、このコンピューターの同期済みクロックより %2 ms 遅れています</translation>
    </message>
    <message>
        <source>%1 and %2 disagree by %3 ms; cannot tell which is wrong</source>
        <translation>%1 と %2 のクロックが %3 ms ずれています。どちらが誤っているかは判断できません</translation>
    </message>
    <message>
        <source>Check the time service (NTP) on %1 and %2; once either reports a synchronized clock, Clusterdesk can tell which one is off.</source>
        <translation>%1 と %2 の時刻サービス (NTP) を確認してください。どちらかがクロックの同期を報告すれば、Clusterdesk はどちらがずれているかを判断できます。</translation>
    </message>
    <message>
        <source>±%1 ms network bound; %2 ms ahead of this computer</source>
        <translation>ネットワーク誤差 ±%1 ms。このコンピューターより %2 ms 進んでいます</translation>
    </message>
    <message>
        <source>±%1 ms network bound; %2 ms behind this computer</source>
        <translation>ネットワーク誤差 ±%1 ms。このコンピューターより %2 ms 遅れています</translation>
    </message>
    <message>
        <source>Replication to %1 is paused; it is %2 behind the primary and will not catch up until it resumes</source>
        <translation>%1 へのレプリケーションが一時停止しています。プライマリより %2 遅れており、再開するまで追いつきません</translation>
    </message>
    <message>
        <source>Replication to %1 is paused: it will not receive new changes until it resumes</source>
        <translation>%1 へのレプリケーションが一時停止しています: 再開するまで新しい変更を受け取りません</translation>
    </message>
    <message>
        <source>Resume replication on %1, or find out who paused it.</source>
        <translation>%1 のレプリケーションを再開するか、誰が一時停止したかを確認してください。</translation>
    </message>
    <message>
        <source>primary revision %1 is behind replicas at %2: the primary may have lost its data; do not write</source>
        <translation>プライマリのリビジョン %1 はリビジョン %2 のレプリカより遅れています: プライマリのデータが失われた可能性があります。書き込まないでください</translation>
    </message>
    <message>
        <source>%1 refuses writes: it is behind its replicas (%2); do not write</source>
        <translation>%1 は書き込みを拒否しています: レプリカより遅れています (%2)。書き込まないでください</translation>
    </message>
    <message>
        <source>Do not change the configuration. Restore %1&apos;s data from the replica with the highest revision (%2) before writing again.</source>
        <translation>構成を変更しないでください。再び書き込む前に、リビジョンが最も新しいレプリカ (%2) から %1 のデータを復元してください。</translation>
    </message>
    <message>
        <source>%1 has another configuration history than the primary: %2</source>
        <translation>%1 の構成履歴がプライマリと異なります: %2</translation>
    </message>
    <message>
        <source>%1 has another configuration history than the primary: its revisions are not the primary&apos;s</source>
        <translation>%1 の構成履歴がプライマリと異なります: そのリビジョンはプライマリのものではありません</translation>
    </message>
    <message>
        <source>Do not write; decide which history is right and resynchronize %1 from it.</source>
        <translation>書き込まないでください。どちらの履歴が正しいかを決め、そこから %1 を再同期してください。</translation>
    </message>
    <message>
        <source>%1 is slow: it answered after %2 ms</source>
        <translation>%1 が低速です: 応答まで %2 ms かかりました</translation>
    </message>
    <message>
        <source>%1 is slow: %2 (it answered after %3 ms)</source>
        <translation>%1 が低速です: %2 (応答まで %3 ms かかりました)</translation>
    </message>
    <message>
        <source>Look at the load and the log of %1; the other nodes are judged normally.</source>
        <translation>%1 の負荷とログを確認してください。他のノードは通常どおり判定されます。</translation>
    </message>
    <message>
        <source>%1 answers slowly: %2 ms, more than %3 times the other nodes&apos; median of %4 ms</source>
        <translation>%1 の応答が遅くなっています: %2 ms で、他のノードの中央値 %4 ms の %3 倍を超えています</translation>
    </message>
    <message>
        <source>Look at the load and the log of %1 before it misses its deadline.</source>
        <translation>期限に間に合わなくなる前に、%1 の負荷とログを確認してください。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Use an account that may read the cluster.</source>
        <translation>クラスターを読み取れるアカウントを使用してください。</translation>
    </message>
    <message>
        <source>Check the user name and the password or token in the cluster&apos;s settings.</source>
        <translation>クラスターの設定でユーザー名とパスワードまたはトークンを確認してください。</translation>
    </message>
    <message>
        <source>Clusterdesk cannot connect to the load balancer: %1</source>
        <translation>Clusterdesk はロードバランサーに接続できません: %1</translation>
    </message>
    <message>
        <source>%1 lists %2 of the %3 known members: it does not know %4</source>
        <translation>%1 は既知のメンバー %3 個のうち %2 個を記載しています: %4 を認識していません</translation>
    </message>
    <message>
        <source>Give %1 the full peer list (restart it with every member) so that it replicates and reports like the others.</source>
        <translation>他のノードと同様にレプリケーションと報告を行えるよう、%1 に完全なピアリストを与えてください (すべてのメンバーを指定して再起動)。</translation>
    </message>
    <message>
        <source>Give %1 the full peer list; %2 is in the load balancer but no node lists it.</source>
        <translation>%1 に完全なピアリストを与えてください。%2 はロードバランサーにありますが、どのノードにも記載されていません。</translation>
    </message>
    <message>
        <source>Clocks are judged against trusted references first: nodes whose kernel reports synchronized time with a maximum error within the warning limit, and this computer&apos;s clock when its kernel reports the same. Without a trusted reference, three or more nodes are compared with their median; two nodes that disagree are reported as a pair and neither is blamed. ± is the bound of the measurement only: half the round trip of the best of the node&apos;s last %1 samples plus %2 ppm of that sample&apos;s age; the node&apos;s own NTP error is shown beside it.</source>
        <translation>クロックはまず信頼できる基準と比較して判定されます: カーネルが時刻の同期を報告し、その最大誤差が警告しきい値以内のノード、および同様にカーネルが報告しているこのコンピューターのクロックです。信頼できる基準がない場合、3 つ以上のノードはその中央値と比較されます。食い違う 2 つのノードはペアとして報告され、どちらも原因とはみなされません。± は測定の誤差範囲のみを示し (ノードの直近 %1 サンプルのうち最良のもののラウンドトリップの半分に、そのサンプルの経過時間の %2 ppm を加えたもの)、ノード自身の NTP 誤差はその横に表示されます。</translation>
    </message>
    <message>
        <source>Node %1 does not expose the %2 service %3 (exposed by %4): its configuration is not synchronised.</source>
        <translation>ノード %1 は %2 サービス %3 を公開していません (%4 では公開): 構成が同期されていません。</translation>
    </message>
    <message>
        <source>Check the node&apos;s configuration database synchronisation (its log), then restart the node so it catches up with the cluster.</source>
        <translation>ノードの構成データベースの同期 (ログ) を確認し、クラスターに追いつくようノードを再起動してください。</translation>
    </message>
    <message>
        <source>Compare the service&apos;s definition on these nodes; the configuration database is not synchronised.</source>
        <translation>これらのノードでサービスの定義を比較してください。構成データベースが同期されていません。</translation>
    </message>
    <message>
        <source>The %1 service %2 is described differently on %3.</source>
        <translation>%1 サービス %2 の記述が %3 で異なります。</translation>
    </message>
    <message>
        <source>Node %1 describes the %2 service %3 differently from the other nodes.</source>
        <translation>ノード %1 の %2 サービス %3 の記述が他のノードと異なります。</translation>
    </message>
    <message>
        <source>%1 does not answer and HAProxy marks it DOWN%2</source>
        <translation>%1 は応答せず、HAProxy も DOWN%2 としています</translation>
    </message>
    <message>
        <source>Start %1 again, or find out why it stopped (its log, the machine, the network).</source>
        <translation>%1 を再起動するか、停止した理由 (ログ、マシン、ネットワーク) を調べてください。</translation>
    </message>
    <message>
        <source>HAProxy drains %1 (%2): it gets no new connections</source>
        <translation>HAProxy は %1 をドレイン中です (%2): 新しい接続は届きません</translation>
    </message>
</context>
<context>
    <name>FleetSummary</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>稼働ノード</translation>
    </message>
    <message>
        <source>Worst offset</source>
        <translation>最大オフセット</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>未ポーリング</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation>
            <numerusform>%n 件の不一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n 件の遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>all in sync</source>
        <translation>すべて同期</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (stored)</source>
        <translation>%1 (保存済み)</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n クラスター</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 nodes up</source>
        <translation>%1/%2 ノード稼働</translation>
    </message>
    <message>
        <source>worst offset %1 ms</source>
        <translation>最大オフセット %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 件の検出事項</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>非公開</translation>
    </message>
    <message>
        <source>services agree</source>
        <translation>サービス一致</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) differ</source>
        <translation>
            <numerusform>%n 件のサービスが不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster publishes no configuration revision: each node&apos;s REST and SOAP service catalogue is compared instead.</source>
        <translation>このクラスターは構成リビジョンを公開していません。代わりに各ノードの REST と SOAP のサービスカタログを比較します。</translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>ダブルクリックで %1 を開く</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Refresh all</source>
        <translation>すべて更新</translation>
    </message>
    <message>
        <source>All saved clusters, worst first. Double-click a cluster to open it.</source>
        <translation>保存済みのすべてのクラスター (重大なものから)。ダブルクリックでクラスターを開きます。</translation>
    </message>
    <message>
        <source>Filter by name or state (Ctrl+F)</source>
        <translation>名前または状態でフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>クラスターをフィルター</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <source>All clusters: %1</source>
        <translation>すべてのクラスター: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HaproxyAdmin</name>
    <message>
        <source>HAProxy&apos;s statistics cannot be read: %1</source>
        <translation>HAProxy の統計を読み取れません: %1</translation>
    </message>
    <message>
        <source>HAProxy lists no server named %1</source>
        <translation>HAProxy に %1 という名前のサーバーはありません</translation>
    </message>
    <message>
        <source>%1 is the last node serving requests: nothing was sent</source>
        <translation>%1 はリクエストを処理している最後のノードです: 何も送信しませんでした</translation>
    </message>
    <message>
        <source>HAProxy refused the stats user %1: check the user name and password of the statistics page</source>
        <translation>HAProxy が統計ユーザー %1 を拒否しました: 統計ページのユーザー名とパスワードを確認してください</translation>
    </message>
    <message>
        <source>HAProxy denied the action: its statistics page grants no admin rights to %1 (&quot;stats admin&quot; is off)</source>
        <translation>HAProxy が操作を拒否しました: 統計ページで %1 に管理者権限が付与されていません (&quot;stats admin&quot; が無効)</translation>
    </message>
    <message>
        <source>HAProxy rejected the request for %1 (answer %2)</source>
        <translation>HAProxy が %1 に対するリクエストを拒否しました (応答 %2)</translation>
    </message>
    <message>
        <source>the action on %1 was sent but HAProxy&apos;s statistics cannot be read back: its outcome is unknown</source>
        <translation>%1 に対する操作は送信されましたが、HAProxy の統計を読み戻せません: 結果は不明です</translation>
    </message>
    <message>
        <source>HAProxy shows %1 as %2</source>
        <translation>HAProxy では %1 は %2 と表示されています</translation>
    </message>
    <message>
        <source>HAProxy&apos;s answer was lost and it shows %1 as %2: the action&apos;s outcome is unknown</source>
        <translation>HAProxy の応答が失われ、%1 は %2 と表示されています: 操作の結果は不明です</translation>
    </message>
    <message>
        <source>HAProxy applied the action only in part; it shows %1 as %2</source>
        <translation>HAProxy は操作を一部しか適用しませんでした。%1 は %2 と表示されています</translation>
    </message>
    <message>
        <source>HAProxy changed nothing; it shows %1 as %2</source>
        <translation>HAProxy は何も変更しませんでした。%1 は %2 と表示されています</translation>
    </message>
    <message>
        <source>HAProxy accepted the action but shows %1 as %2</source>
        <translation>HAProxy は操作を受け付けましたが、%1 は %2 と表示されています</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page does not answer: %1</source>
        <translation>HAProxy の統計ページが応答しません: %1</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Clusterdesk User Guide</source>
        <translation>Clusterdesk ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>no answer from %1 within %2 s
</source>
        <translation>%1 から %2 秒以内に応答がありません
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>No change matches.
</source>
        <translation>一致する変更はありません。
</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>フィールド</translation>
    </message>
</context>
<context>
    <name>HistoryCommandLine</name>
    <message>
        <source>see clusterdesk history --help</source>
        <translation>clusterdesk history --help を参照してください</translation>
    </message>
    <message>
        <source>The saved cluster whose log to read.</source>
        <translation>ログを読み取る保存済みクラスター。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>Only changes of this resource (or of every resource of this type).</source>
        <translation>このリソース (またはこの種類のすべてのリソース) の変更のみ。</translation>
    </message>
    <message>
        <source>Only changes made by &lt;user&gt;.</source>
        <translation>&lt;user&gt; による変更のみ。</translation>
    </message>
    <message>
        <source>Only changes at or before &lt;time&gt;.</source>
        <translation>&lt;time&gt; 以前の変更のみ。</translation>
    </message>
    <message>
        <source>text (the default), csv or json.</source>
        <translation>text (既定値)、csv または json。</translation>
    </message>
    <message>
        <source>--resource: %1</source>
        <translation>--resource: %1</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time, such as 2026-12-01 or 2026-12-01T08:00:00Z: %2</source>
        <translation>--%1 には 2026-12-01 や 2026-12-01T08:00:00Z のような ISO 8601 の日付または時刻が必要です: %2</translation>
    </message>
    <message>
        <source>unknown --format %1 (text, csv or json)</source>
        <translation>不明な --format %1 (text、csv または json)</translation>
    </message>
    <message>
        <source>Shows and exports a cluster&apos;s configuration change history.</source>
        <translation>クラスターの構成変更履歴を表示、エクスポートします。</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>history needs one --cluster</source>
        <translation>history には --cluster を 1 つ指定してください</translation>
    </message>
    <message>
        <source>--since needs a span such as 7d or 24h, or an ISO 8601 date or time such as 2026-12-01 or 2026-12-01T08:00:00Z: %1</source>
        <translation>--since には 7d や 24h のような期間、または 2026-12-01 や 2026-12-01T08:00:00Z のような ISO 8601 の日付か日時が必要です: %1</translation>
    </message>
    <message>
        <source>Prints a saved cluster&apos;s configuration change log, oldest first: who changed
which resource when, and the fields each change altered (secrets only as
changed or unchanged, never their values). Filters are applied by the
console over the whole log. --since takes a span back from now (24h, 7d,
90m, 2w) or, like --until, an ISO 8601 date or date and time (UTC unless it
names an offset). Exit code 2 on any error.

Examples:
  clusterdesk history --cluster Prod
  clusterdesk history --cluster Prod --resource jdbc/orders-db --format json
  clusterdesk history --cluster Prod --since 7d
  clusterdesk history --cluster Prod --user admin --since 2026-12-01 --format csv &gt; changes.csv
</source>
        <translation>保存済みクラスターの構成変更ログを古い順に出力します: 誰がいつどのリソースを
変更したか、および各変更で変わったフィールド (シークレットは変更あり/なしのみ
で、値は表示しません)。フィルターはコンソールがログ全体に適用します。
--since には現在からさかのぼる期間 (24h、7d、90m、2w) を、また --until と同じく
ISO 8601 の日付または日時を指定できます (タイムゾーンオフセットの指定がなければ
UTC)。エラー時の終了コードは 2 です。

例:
  clusterdesk history --cluster Prod
  clusterdesk history --cluster Prod --resource jdbc/orders-db --format json
  clusterdesk history --cluster Prod --since 7d
  clusterdesk history --cluster Prod --user admin --since 2026-12-01 --format csv &gt; changes.csv
</translation>
    </message>
    <message>
        <source>Only changes at or after &lt;when&gt;: a span back from now (24h, 7d, 90m, 2w) or an ISO 8601 date or time.</source>
        <translation>&lt;when&gt; 以降の変更のみ: 現在からさかのぼる期間 (24h、7d、90m、2w) または ISO 8601 の日付か日時。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>クラスターに接続されていません。</translation>
    </message>
    <message>
        <source>Loading the change log…</source>
        <translation>変更ログを読み込み中…</translation>
    </message>
    <message>
        <source>No configuration change has been made yet.</source>
        <translation>構成の変更はまだありません。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Load &amp;older changes</source>
        <translation>古い変更を読み込む(&amp;O)</translation>
    </message>
    <message>
        <source>Configuration change log</source>
        <translation>構成の変更ログ</translation>
    </message>
    <message>
        <source>Showing the newest %1 changes (up to revision %2).</source>
        <translation>最新の %1 件の変更を表示しています (リビジョン %2 まで)。</translation>
    </message>
    <message>
        <source>Showing the only change.</source>
        <translation>唯一の変更を表示しています。</translation>
    </message>
    <message>
        <source>Showing all %1 changes.</source>
        <translation>全 %1 件の変更を表示しています。</translation>
    </message>
    <message>
        <source>Export the change log as CSV</source>
        <translation>変更ログを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>%n 件の変更を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>%1 of %2 changes loaded match the filters.</source>
        <translation>読み込んだ %2 件の変更のうち %1 件がフィルターに一致します。</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>CSV としてエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Reso&amp;urce:</source>
        <translation>リソース(&amp;U):</translation>
    </message>
    <message>
        <source>type/name</source>
        <translation>種類/名前</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>ユーザー(&amp;S):</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>期間(&amp;M):</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available (%1); the secret is kept for this session only.</source>
        <translation>システムのキーチェーンを利用できません (%1)。シークレットはこのセッションの間だけ保持されます。</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>No data directory is available on this system.</source>
        <translation>このシステムではデータディレクトリを利用できません。</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>データディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for use.</source>
        <translation>%1 を使用できるよう準備できません。</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>ローカルストアが開かれていません。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルがすでにあります。</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>ID %1 のプロファイルはありません。</translation>
    </message>
    <message>
        <source>The new order must name every profile exactly once.</source>
        <translation>新しい順序にはすべてのプロファイルをちょうど 1 回ずつ含める必要があります。</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>保持期間を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; でデータベースエラー: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Clusterdesk database: %2</source>
        <translation>%1 を Clusterdesk のデータベースとして読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; Clusterdesk leaves it alone. Choose another data directory.</source>
        <translation>%1 は別のアプリケーションの SQLite データベースです。Clusterdesk は変更しません。別のデータディレクトリを選択してください。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Clusterdesk (schema %2; this version understands up to %3). It was not changed; update Clusterdesk or choose another data directory.</source>
        <translation>%1 は新しい Clusterdesk で書き込まれています (スキーマ %2。このバージョンは %3 まで対応)。変更はしていません。Clusterdesk を更新するか、別のデータディレクトリを選択してください。</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging: %2</source>
        <translation>%1: ログ先行書き込み (WAL) に切り替えられません: %2</translation>
    </message>
    <message>
        <source>An activity entry needs a request id.</source>
        <translation>アクティビティのエントリにはリクエスト ID が必要です。</translation>
    </message>
    <message>
        <source>Unknown activity column %1.</source>
        <translation>不明なアクティビティ列 %1。</translation>
    </message>
    <message>
        <source>the console stopped before the answer arrived; check the cluster</source>
        <translation>応答が届く前にコンソールが停止しました。クラスターを確認してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group: folder names separated by &quot;/&quot;, none of them empty.</source>
        <translation>&quot;%1&quot; はグループではありません: フォルダー名を &quot;/&quot; で区切り、空の名前は使えません。</translation>
    </message>
    <message>
        <source>%1 cannot move to group &quot;%2&quot;: %3</source>
        <translation>%1 をグループ &quot;%2&quot; に移動できません: %3</translation>
    </message>
    <message>
        <source>A group cannot move into its own folder &quot;%1&quot;.</source>
        <translation>グループを自身のフォルダー &quot;%1&quot; の中へ移動することはできません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clusterdesk could not open its data</source>
        <translation>Clusterdesk はデータを開けませんでした</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>ローカルデモ</translation>
    </message>
    <message>
        <source>Starting the local demo cluster…</source>
        <translation>ローカルのデモクラスターを起動中…</translation>
    </message>
    <message>
        <source>Nothing to filter here.</source>
        <translation>ここにはフィルターするものがありません。</translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation>Clusterdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>クラスター(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Start &amp;Local Demo Cluster</source>
        <translation>ローカルデモクラスターを起動(&amp;L)</translation>
    </message>
    <message>
        <source>Run three reference nodes behind HAProxy on this computer</source>
        <translation>このコンピューター上で HAProxy の背後に 3 つのリファレンスノードを実行します</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>レポートをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>変更を適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>変更を元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter the current view (%1)</source>
        <translation>現在の表示をフィルター (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Poll the selected cluster now (%1)</source>
        <translation>選択したクラスターを今すぐポーリング (%1)</translation>
    </message>
    <message>
        <source>Refresh &amp;All Clusters</source>
        <translation>すべてのクラスターを更新(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Cluster List</source>
        <translation>クラスター一覧を表示(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Clusterdesk</source>
        <translation>Clusterdesk について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Selected cluster</source>
        <translation>選択中のクラスター</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>ポーリング中…</translation>
    </message>
    <message>
        <source>Backing off: unreachable</source>
        <translation>待機中: 到達不能</translation>
    </message>
    <message>
        <source>Backing off: unreachable, next try in %1</source>
        <translation>待機中: 到達不能、次の試行まで %1</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>ポーリング停止中</translation>
    </message>
    <message>
        <source>Not polling: unreachable</source>
        <translation>ポーリング停止中: 到達不能</translation>
    </message>
    <message numerus="yes">
        <source>Next refresh in %n s</source>
        <translation>
            <numerusform>次の更新まで %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Clusters: %1</source>
        <translation>クラスター: %1</translation>
    </message>
    <message>
        <source>The cluster was not saved</source>
        <translation>クラスターは保存されませんでした</translation>
    </message>
    <message>
        <source>Cluster added.</source>
        <translation>クラスターを追加しました。</translation>
    </message>
    <message>
        <source>The cluster was not removed</source>
        <translation>クラスターは削除されませんでした</translation>
    </message>
    <message>
        <source>The local store refused it.</source>
        <translation>ローカルストアが拒否しました。</translation>
    </message>
    <message>
        <source>The new order could not be saved.</source>
        <translation>新しい順序を保存できませんでした。</translation>
    </message>
    <message>
        <source>About Clusterdesk</source>
        <translation>Clusterdesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clusterdesk %1&lt;/h3&gt;&lt;p&gt;A console for clustered server platforms: nodes, health, clocks, configuration and shared resources.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clusterdesk %1&lt;/h3&gt;&lt;p&gt;クラスター構成のサーバープラットフォームのためのコンソール: ノード、ヘルス、クロック、構成、共有リソース。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Resource definitions</source>
        <translation>リソース定義</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Export Resource &amp;Definitions…</source>
        <translation>リソース定義のエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the selected cluster&apos;s resource definitions to a file, without secrets (%1)</source>
        <translation>選択したクラスターのリソース定義をシークレットなしでファイルに保存します (%1)</translation>
    </message>
    <message>
        <source>&amp;Import Resource Definitions…</source>
        <translation>リソース定義のインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy the definitions of a file into the selected cluster, after a dry run (%1)</source>
        <translation>ファイルの定義を、試行実行の後で選択したクラスターにコピーします (%1)</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>フリート(&amp;F)</translation>
    </message>
    <message>
        <source>Every saved cluster in one table (%1)</source>
        <translation>保存済みのすべてのクラスターを 1 つの表に表示します (%1)</translation>
    </message>
    <message>
        <source>&amp;Compare Clusters…</source>
        <translation>クラスターの比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare and copy resource definitions between clusters (%1)</source>
        <translation>クラスター間でリソース定義を比較、コピーします (%1)</translation>
    </message>
    <message>
        <source>%1 needs a password (%2): Cluster &gt; Sign In…</source>
        <translation>%1 にはパスワードが必要です (%2): クラスター &gt; サインイン…</translation>
    </message>
    <message>
        <source>%1 – Clusterdesk</source>
        <translation>%1 – Clusterdesk</translation>
    </message>
    <message>
        <source>Fleet – Clusterdesk</source>
        <translation>フリート – Clusterdesk</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Type the password of the selected cluster when none is stored</source>
        <translation>パスワードが保存されていない場合に、選択したクラスターのパスワードを入力します</translation>
    </message>
    <message>
        <source>Clusterdesk &amp;User Guide</source>
        <translation>Clusterdesk ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>How to use the console (%1)</source>
        <translation>コンソールの使い方 (%1)</translation>
    </message>
    <message>
        <source>Password needed (%1): this cluster is not polled until you sign in with Cluster &gt; Sign In…</source>
        <translation>パスワードが必要です (%1): クラスター &gt; サインイン… でサインインするまで、このクラスターはポーリングされません</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>アクティビティ(&amp;A)…</translation>
    </message>
    <message>
        <source>What this console sent to clusters, with each outcome</source>
        <translation>このコンソールがクラスターに送信した内容とそれぞれの結果</translation>
    </message>
    <message>
        <source>Move to Group</source>
        <translation>グループへ移動</translation>
    </message>
    <message>
        <source>&amp;Group of “%1” (folders separated by /, empty for none):</source>
        <translation>「%1」のグループ (フォルダーを / で区切る。なしの場合は空欄)(&amp;G):</translation>
    </message>
    <message>
        <source>The group was not changed</source>
        <translation>グループは変更されませんでした</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <source>&amp;Name of the new group (folders separated by /):</source>
        <translation>新しいグループの名前 (フォルダーを / で区切る)(&amp;N):</translation>
    </message>
    <message>
        <source>The group was not made</source>
        <translation>グループは作成されませんでした</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>グループ名の変更</translation>
    </message>
    <message>
        <source>New &amp;name of “%1” (folders separated by /):</source>
        <translation>「%1」の新しい名前 (フォルダーを / で区切る)(&amp;N):</translation>
    </message>
    <message>
        <source>The group was not renamed</source>
        <translation>グループ名は変更されませんでした</translation>
    </message>
    <message>
        <source>The group was not removed</source>
        <translation>グループは削除されませんでした</translation>
    </message>
    <message>
        <source>Group “%1” removed; its clusters are at the top level.</source>
        <translation>グループ「%1」を削除しました。クラスターは最上位にあります。</translation>
    </message>
    <message>
        <source>Group “%1” removed; its clusters moved to “%2”.</source>
        <translation>グループ「%1」を削除しました。クラスターは「%2」に移りました。</translation>
    </message>
</context>
<context>
    <name>NodeActionConfirmation</name>
    <message>
        <source>Drain %1 in %2? HAProxy sends it no new connections; those already persisting to it stay until they end.</source>
        <translation>%2 の %1 をドレインしますか? HAProxy は新しい接続を送らなくなります。すでに維持されている接続は終了するまで残ります。</translation>
    </message>
    <message>
        <source>Put %1 in %2 into maintenance? HAProxy sends it no traffic at all, open requests included.</source>
        <translation>%2 の %1 をメンテナンスにしますか? HAProxy は処理中のリクエストも含め、トラフィックを一切送らなくなります。</translation>
    </message>
    <message>
        <source>Make %1 in %2 ready? HAProxy sends it traffic again once its health check passes.</source>
        <translation>%2 の %1 を準備完了にしますか? ヘルスチェックに合格すると、HAProxy は再びトラフィックを送ります。</translation>
    </message>
    <message>
        <source>%1 is the last node serving requests in %2. After this, the cluster answers no one until another node is ready. Do it anyway?</source>
        <translation>%1 は %2 でリクエストを処理している最後のノードです。実行すると、別のノードが準備完了になるまでクラスターは誰にも応答しません。それでも実行しますか?</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Do It Anyway</source>
        <translation>それでも実行</translation>
    </message>
    <message>
        <source>A production cluster: type its name to go ahead.</source>
        <translation>本番クラスター: 続行するにはクラスター名を入力してください。</translation>
    </message>
</context>
<context>
    <name>NodeActionController</name>
    <message>
        <source>The cluster is not saved.</source>
        <translation>クラスターが保存されていません。</translation>
    </message>
    <message>
        <source>Node actions need the cluster&apos;s HAProxy statistics URL (Edit Cluster).</source>
        <translation>ノード操作にはクラスターの HAProxy 統計 URL が必要です (クラスターの編集)。</translation>
    </message>
    <message>
        <source>Node actions need the HAProxy statistics user (Edit Cluster).</source>
        <translation>ノード操作には HAProxy の統計ユーザーが必要です (クラスターの編集)。</translation>
    </message>
</context>
<context>
    <name>NodeActionText</name>
    <message>
        <source>Drain</source>
        <translation>ドレイン</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>No node is serving requests. When the whole cluster is restarted, start the node that stopped last first: it holds the newest configuration, and the others catch up from it. Then start the others and set each to Ready.</source>
        <translation>リクエストを処理しているノードがありません。クラスター全体を再起動する場合は、最後に停止したノードを最初に起動してください: そのノードが最新の構成を保持しており、他のノードはそこから追いつきます。その後、他のノードを起動し、それぞれを準備完了に設定してください。</translation>
    </message>
</context>
<context>
    <name>NodeCommand</name>
    <message>
        <source>cluster %1 has no HAProxy statistics URL: pass --stats-url</source>
        <translation>クラスター %1 には HAProxy の統計 URL がありません: --stats-url を指定してください</translation>
    </message>
    <message>
        <source>cluster %1 has no HAProxy statistics user: pass --stats-user</source>
        <translation>クラスター %1 には HAProxy の統計ユーザーがありません: --stats-user を指定してください</translation>
    </message>
    <message>
        <source>no password for the statistics user: pass --stats-password-file</source>
        <translation>統計ユーザーのパスワードがありません: --stats-password-file を指定してください</translation>
    </message>
    <message>
        <source>no password for the statistics user of %1 is saved (%2): pass --stats-password-file or set CLUSTERDESK_STATS_PASSWORD</source>
        <translation>%1 の統計ユーザーのパスワードが保存されていません (%2): --stats-password-file を指定するか、CLUSTERDESK_STATS_PASSWORD を設定してください</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source> (pass --force to do it anyway)</source>
        <translation> (それでも実行するには --force を指定してください)</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>see clusterdesk node --help</source>
        <translation>clusterdesk node --help を参照してください</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>drain, maint or ready.</source>
        <translation>drain、maint または ready。</translation>
    </message>
    <message>
        <source>The node (HAProxy&apos;s server name).</source>
        <translation>ノード (HAProxy のサーバー名)。</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page, instead of the saved one.</source>
        <translation>保存済みのものの代わりに使う HAProxy の統計ページ。</translation>
    </message>
    <message>
        <source>The statistics page&apos;s admin user, instead of the saved one.</source>
        <translation>保存済みのものの代わりに使う統計ページの管理ユーザー。</translation>
    </message>
    <message>
        <source>Read the statistics user&apos;s password from &lt;file&gt;.</source>
        <translation>&lt;file&gt; から統計ユーザーのパスワードを読み取ります。</translation>
    </message>
    <message>
        <source>Also when the node is the last one serving requests.</source>
        <translation>ノードがリクエストを処理している最後のノードであっても実行します。</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>node needs --cluster and --node</source>
        <translation>node には --cluster と --node が必要です</translation>
    </message>
    <message>
        <source>invalid --stats-url: %1</source>
        <translation>無効な --stats-url: %1</translation>
    </message>
    <message>
        <source>stats password</source>
        <translation>統計パスワード</translation>
    </message>
    <message>
        <source>Sets a node to drain, maintenance or ready at the load balancer.</source>
        <translation>ロードバランサーでノードをドレイン、メンテナンス、準備完了のいずれかに設定します。</translation>
    </message>
    <message>
        <source>node needs an action: drain, maint or ready</source>
        <translation>node にはアクションが必要です: drain、maint または ready</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>unknown node action: %1</source>
        <translation>不明なノードアクション: %1</translation>
    </message>
    <message>
        <source>Actions (HAProxy&apos;s statistics page, which needs &quot;stats admin&quot; for the user):
  drain    No new connections to the node; those persisting to it stay.
  maint    Maintenance: no traffic at all.
  ready    Back into service.

The stats user&apos;s password: --stats-password-file, else the environment
variable CLUSTERDESK_STATS_PASSWORD, else the one the window saved for the
cluster. Draining or maintaining the last node serving requests needs
--force. The result is HAProxy&apos;s own view of the node afterwards.
A cluster saved as read-only is refused; one labelled production needs
--confirm &lt;its name&gt;, exactly. Each action is kept in the activity log.
Exit code 0 applied, 1 not applied, 2 error or refused.

Examples:
  clusterdesk node drain --cluster Test --node node-2
  clusterdesk node ready --cluster Prod --node node-2 --confirm Prod --json
</source>
        <translation>アクション (HAProxy の統計ページ。ユーザーに &quot;stats admin&quot; が必要):
  drain    ノードへの新しい接続を止めます。維持されている接続は残ります。
  maint    メンテナンス: トラフィックを一切送りません。
  ready    サービスに戻します。

統計ユーザーのパスワード: --stats-password-file、なければ環境変数
CLUSTERDESK_STATS_PASSWORD、なければウィンドウでそのクラスター用に保存した
パスワード。リクエストを処理している最後のノードをドレインまたはメンテナンスに
するには --force が必要です。結果は、操作後に HAProxy 自身から見たノードの
状態です。
読み取り専用で保存したクラスターは拒否されます。本番のラベルが付いたクラスターには
--confirm &lt;名前&gt; (正確に) が必要です。各操作はアクティビティログに記録されます。
終了コード 0 適用、1 未適用、2 エラーまたは拒否。

例:
  clusterdesk node drain --cluster Test --node node-2
  clusterdesk node ready --cluster Prod --node node-2 --confirm Prod --json
</translation>
    </message>
    <message>
        <source>Act on the production cluster called exactly &lt;name&gt;.</source>
        <translation>名前が正確に &lt;name&gt; の本番クラスターを操作します。</translation>
    </message>
</context>
<context>
    <name>NodeHistoryCharts</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (以前は %2)</translation>
    </message>
    <message>
        <source>%1 (first seen)</source>
        <translation>%1 (初回検出)</translation>
    </message>
    <message>
        <source>No samples in this period yet.</source>
        <translation>この期間のサンプルはまだありません。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>過去 15 分</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>過去 6 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Clock offset against this computer</source>
        <translation>このコンピューターに対するクロックオフセット</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>± error bound</source>
        <translation>± 誤差範囲</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Round-trip latency</source>
        <translation>往復遅延</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Configuration &amp;revisions</source>
        <translation>構成のリビジョン(&amp;R)</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>検出日時</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 サンプル</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 サンプル</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>メモリ (MiB)</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
</context>
<context>
    <name>NodeSnapshot</name>
    <message>
        <source>Up</source>
        <translation>稼働</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>縮退</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>低速</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>ドレイン中</translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>%1 (missed 1 poll)</source>
        <translation>%1 (ポーリング 1 回失敗)</translation>
    </message>
    <message>
        <source>%1 (missed %2 polls)</source>
        <translation>%1 (ポーリング %2 回失敗)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (スキーマ %2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>HAProxy: %1</source>
        <translation>HAProxy: %1</translation>
    </message>
    <message>
        <source>Kernel NTP maximum error: %1 ms</source>
        <translation>カーネル NTP の最大誤差: %1 ms</translation>
    </message>
    <message>
        <source>The node says: %1</source>
        <translation>ノードからのメッセージ: %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>クロックオフセット</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>Slow (%1 ms)</source>
        <translation>低速 (%1 ms)</translation>
    </message>
    <message>
        <source>%1 ms ± %2 net</source>
        <translation>%1 ms ± %2 ネットワーク</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>Not synced, ± %1 ms</source>
        <translation>未同期、± %1 ms</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Synced, ± %1 ms</source>
        <translation>同期済み、± %1 ms</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Replication paused</source>
        <translation>レプリケーション一時停止</translation>
    </message>
    <message>
        <source>± … net is the network bound of this measurement (half the round trip), not the node&apos;s own clock error (see Time sync).</source>
        <translation>± … ネットワーク は、この測定のネットワーク誤差 (往復時間の半分) であり、ノード自身のクロック誤差ではありません (「時刻同期」を参照)。</translation>
    </message>
    <message>
        <source>Against the nodes whose clocks are synchronized.</source>
        <translation>クロックが同期されているノードとの比較。</translation>
    </message>
    <message>
        <source>Against this computer&apos;s synchronized clock.</source>
        <translation>このコンピューターの同期済みクロックとの比較。</translation>
    </message>
    <message>
        <source>Against the median of the nodes (no synchronized clock to trust).</source>
        <translation>ノードの中央値との比較 (信頼できる同期済みクロックなし)。</translation>
    </message>
    <message>
        <source>Not judged: fewer than three nodes and no synchronized clock to trust.</source>
        <translation>判定なし: ノードが 3 つ未満で、信頼できる同期済みクロックがありません。</translation>
    </message>
    <message>
        <source>A trusted clock reference.</source>
        <translation>信頼できるクロック基準。</translation>
    </message>
    <message>
        <source>Not a clock reference: not synchronized or its maximum error is above the warning limit.</source>
        <translation>クロック基準ではありません: 同期されていないか、最大誤差が警告しきい値を超えています。</translation>
    </message>
    <message>
        <source>Kernel NTP estimated error: %1 ms</source>
        <translation>カーネル NTP の推定誤差: %1 ms</translation>
    </message>
    <message>
        <source>This node&apos;s clock minus this computer&apos;s; ± is the network bound of the measurement only.</source>
        <translation>このノードのクロックからこのコンピューターのクロックを引いた値。± は測定のネットワーク誤差のみを示します。</translation>
    </message>
    <message>
        <source>Whether the node&apos;s kernel reports its clock as synchronized, and the kernel&apos;s maximum error.</source>
        <translation>ノードのカーネルがクロックを同期済みと報告しているかどうかと、カーネルの最大誤差。</translation>
    </message>
    <message>
        <source>The first 12 hex digits of the configuration checksum.</source>
        <translation>構成チェックサムの先頭 12 桁の 16 進数。</translation>
    </message>
    <message>
        <source>vs reference</source>
        <translation>基準との差</translation>
    </message>
    <message>
        <source>Time sync</source>
        <translation>時刻同期</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>チェックサム</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
</context>
<context>
    <name>NodesPanel</name>
    <message>
        <source>Probes reach this node through the load balancer.</source>
        <translation>プローブはロードバランサー経由でこのノードに到達します。</translation>
    </message>
    <message>
        <source>Probes reach this node directly at %1: the load balancer could not route to it.</source>
        <translation>プローブは %1 でこのノードに直接到達します: ロードバランサーがこのノードにルーティングできませんでした。</translation>
    </message>
    <message>
        <source>No probe has reached this node in the last poll.</source>
        <translation>前回のポーリングでこのノードに到達したプローブはありません。</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>This node has not answered yet.</source>
        <translation>このノードはまだ応答していません。</translation>
    </message>
    <message>
        <source>This node has not answered: %1</source>
        <translation>このノードは応答しませんでした: %1</translation>
    </message>
    <message>
        <source>Filter by name, id or state (Ctrl+F)</source>
        <translation>名前、ID、状態でフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>ノードをフィルター</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>問題のみ(&amp;P)</translation>
    </message>
    <message>
        <source>Show only nodes with a warning or a critical problem</source>
        <translation>警告または重大な問題のあるノードのみ表示</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Select a node to see its answer, its history and how it was reached.</source>
        <translation>ノードを選択すると、その応答、履歴、到達経路が表示されます。</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Node &amp;answer</source>
        <translation>ノードの応答(&amp;A)</translation>
    </message>
    <message>
        <source>The node&apos;s raw /api/v1/node answer</source>
        <translation>ノードの /api/v1/node の生の応答</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 ノード</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 ノード</translation>
    </message>
    <message>
        <source>Showing %1 of %2 nodes</source>
        <translation>%2 ノード中 %1 ノードを表示</translation>
    </message>
    <message>
        <source>Error bound up to ±%1 ms.</source>
        <translation>誤差は最大 ±%1 ms です。</translation>
    </message>
    <message>
        <source>Dra&amp;in</source>
        <translation>ドレイン(&amp;I)</translation>
    </message>
    <message>
        <source>Main&amp;tenance</source>
        <translation>メンテナンス(&amp;T)</translation>
    </message>
    <message>
        <source>Rea&amp;dy</source>
        <translation>準備完了(&amp;D)</translation>
    </message>
    <message>
        <source>HAProxy sends the selected node no new connections</source>
        <translation>HAProxy は選択したノードに新しい接続を送らなくなります</translation>
    </message>
    <message>
        <source>HAProxy sends the selected node no traffic at all</source>
        <translation>HAProxy は選択したノードにトラフィックを一切送らなくなります</translation>
    </message>
    <message>
        <source>HAProxy sends the selected node traffic again</source>
        <translation>HAProxy は選択したノードに再びトラフィックを送ります</translation>
    </message>
    <message>
        <source>%1 %2: waiting for HAProxy…</source>
        <translation>%1 %2: HAProxy を待っています…</translation>
    </message>
    <message>
        <source>Node actions are not available here.</source>
        <translation>ここではノード操作を利用できません。</translation>
    </message>
    <message>
        <source>HAProxy Statistics Password</source>
        <translation>HAProxy 統計のパスワード</translation>
    </message>
    <message>
        <source>The password of HAProxy&apos;s statistics user (kept in the system keychain):</source>
        <translation>HAProxy の統計ユーザーのパスワード (システムのキーチェーンに保持):</translation>
    </message>
    <message>
        <source>The password of HAProxy&apos;s statistics user could not be read (%1). Type it:</source>
        <translation>HAProxy の統計ユーザーのパスワードを読み取れませんでした (%1)。入力してください:</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2。%3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No node known yet.</source>
        <translation>既知のノードはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n 件が縮退</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n 件が到達不能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked yet</source>
        <translation>
            <numerusform>%n 件が未確認</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 up</source>
        <translation>%1 / %2 稼働</translation>
    </message>
    <message>
        <source>Every node answers.</source>
        <translation>すべてのノードが応答しています。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No clock measured yet.</source>
        <translation>クロックはまだ測定されていません。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No revision known yet.</source>
        <translation>リビジョンはまだ不明です。</translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation>
            <numerusform>%n 件の不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Same revision, different content: %1</source>
        <translation>リビジョンは同じだが内容が異なる: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n 件の遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>All in sync</source>
        <translation>すべて同期済み</translation>
    </message>
    <message>
        <source>Revision %1 on every node</source>
        <translation>すべてのノードでリビジョン %1</translation>
    </message>
    <message>
        <source>Every node has the same configuration.</source>
        <translation>すべてのノードの構成が同じです。</translation>
    </message>
    <message>
        <source>%1 of %2 in sync</source>
        <translation>%2 中 %1 が同期済み</translation>
    </message>
    <message>
        <source>Servers in the load balancer&apos;s statistics</source>
        <translation>ロードバランサーの統計に含まれるサーバー</translation>
    </message>
    <message>
        <source>No statistics URL</source>
        <translation>統計 URL なし</translation>
    </message>
    <message>
        <source>Add the HAProxy statistics URL to this cluster&apos;s settings to see the load balancer&apos;s view.</source>
        <translation>ロードバランサーから見た状態を表示するには、このクラスターの設定に HAProxy の統計 URL を追加してください。</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>統計を読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the snapshot from %1 ago; refreshing…</source>
        <translation>%1 前のスナップショットを表示中。更新しています…</translation>
    </message>
    <message>
        <source>Showing a saved snapshot; refreshing…</source>
        <translation>保存済みのスナップショットを表示中。更新しています…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>Nothing to report: every check passed.</source>
        <translation>報告事項なし: すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Waiting for the first poll.</source>
        <translation>最初のポーリングを待っています。</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Worst clock offset</source>
        <translation>最大クロックオフセット</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>&amp;Findings, worst first</source>
        <translation>検出事項 (重大なものから)(&amp;F)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>%1 is 1 revision behind the primary</source>
        <translation>%1 はプライマリより 1 リビジョン遅れています</translation>
    </message>
    <message>
        <source>%1 is %2 revisions behind the primary</source>
        <translation>%1 はプライマリより %2 リビジョン遅れています</translation>
    </message>
    <message numerus="yes">
        <source>%n slow</source>
        <translation>
            <numerusform>%n 件が低速</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed the last poll</source>
        <translation>
            <numerusform>%n 件が前回のポーリングに応答なし</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>判断できません</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>Measured: %1. Without a synchronized clock to trust, fewer than three nodes are not judged.</source>
        <translation>測定値: %1。信頼できる同期済みクロックがない場合、ノードが 3 つ未満では判定されません。</translation>
    </message>
    <message>
        <source>%1 against the synchronized nodes (±&#xa0;%2&#xa0;ms network)</source>
        <translation>同期済みノードに対して %1 (ネットワーク ±&#xa0;%2&#xa0;ms)</translation>
    </message>
    <message>
        <source>%1 against this computer&apos;s synchronized clock (±&#xa0;%2&#xa0;ms network)</source>
        <translation>このコンピューターの同期済みクロックに対して %1 (ネットワーク ±&#xa0;%2&#xa0;ms)</translation>
    </message>
    <message>
        <source>%1 against the cluster median (±&#xa0;%2&#xa0;ms network)</source>
        <translation>クラスターの中央値に対して %1 (ネットワーク ±&#xa0;%2&#xa0;ms)</translation>
    </message>
    <message>
        <source>Primary behind</source>
        <translation>プライマリが遅延</translation>
    </message>
    <message>
        <source>No node has reported its time sync yet.</source>
        <translation>時刻同期を報告したノードはまだありません。</translation>
    </message>
    <message>
        <source>Not synchronized: %1</source>
        <translation>未同期: %1</translation>
    </message>
    <message>
        <source>Largest NTP maximum error: %1&#xa0;ms</source>
        <translation>NTP 最大誤差の最大値: %1&#xa0;ms</translation>
    </message>
    <message>
        <source>No node is a trusted clock reference.</source>
        <translation>信頼できるクロック基準となるノードはありません。</translation>
    </message>
    <message>
        <source>1 trusted clock reference</source>
        <translation>信頼できるクロック基準 1 個</translation>
    </message>
    <message>
        <source>%1 trusted clock references</source>
        <translation>信頼できるクロック基準 %1 個</translation>
    </message>
    <message>
        <source>%1 / %2 synced</source>
        <translation>%1 / %2 同期済み</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Time sync</source>
        <translation>時刻同期</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The primary&apos;s revision is not known, so agreement cannot be judged. Reported: %1.</source>
        <translation>プライマリーのリビジョンが不明なため、一致を判定できません。報告: %1。</translation>
    </message>
    <message>
        <source>Not reported by: %1.</source>
        <translation>未報告: %1。</translation>
    </message>
    <message>
        <source>Agreement is not judged yet.</source>
        <translation>一致はまだ判定されていません。</translation>
    </message>
</context>
<context>
    <name>PollCycle</name>
    <message>
        <source>the node answered only after %1 ms</source>
        <translation>ノードの応答に %1 ms かかりました</translation>
    </message>
    <message>
        <source>the request for node %1 was answered by %2</source>
        <translation>ノード %1 宛てのリクエストに %2 が応答しました</translation>
    </message>
    <message>
        <source>the sign-in worked, but the new token was refused as invalid: Spectrum&apos;s host check (see the findings)</source>
        <translation>サインインはできましたが、新しいトークンが無効として拒否されました: Spectrum のホストチェック (検出事項を参照)</translation>
    </message>
    <message>
        <source>no node is known: give the nodes&apos; URLs or the load balancer&apos;s statistics page in the cluster&apos;s settings</source>
        <translation>既知のノードがありません: クラスターの設定でノードの URL またはロードバランサーの統計ページを指定してください</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 以内に応答がありません</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>New clusters</source>
        <translation>新しいクラスター</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>ポーリング間隔(&amp;P):</translation>
    </message>
    <message>
        <source>Clock offset &amp;warning above:</source>
        <translation>クロックオフセットの警告しきい値(&amp;W):</translation>
    </message>
    <message>
        <source>Clock offset &amp;critical above:</source>
        <translation>クロックオフセットの重大しきい値(&amp;C):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How often a newly added cluster is polled. Each saved cluster keeps its own interval.</source>
        <translation>新しく追加したクラスターをポーリングする間隔。保存済みの各クラスターは独自の間隔を保持します。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Notify me when a node changes state</source>
        <translation>ノードの状態が変化したら通知する(&amp;N)</translation>
    </message>
    <message>
        <source>Notifications appear only where the desktop offers a system tray.</source>
        <translation>通知はデスクトップにシステムトレイがある場合にのみ表示されます。</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>cannot open the store: %1</source>
        <translation>ストアを開けません: %1</translation>
    </message>
    <message>
        <source>no saved cluster is called &quot;%1&quot; (see clusterdesk cluster list)</source>
        <translation>&quot;%1&quot; という名前の保存済みクラスターはありません (clusterdesk cluster list を参照)</translation>
    </message>
    <message>
        <source>cannot open the store: %1
</source>
        <translation>ストアを開けません: %1
</translation>
    </message>
    <message>
        <source>--name is required
</source>
        <translation>--name は必須です
</translation>
    </message>
    <message>
        <source>invalid %1: %2
</source>
        <translation>無効な %1: %2
</translation>
    </message>
    <message>
        <source>cannot save the cluster: %1
</source>
        <translation>クラスターを保存できません: %1
</translation>
    </message>
    <message>
        <source>cannot add %1: %2
</source>
        <translation>%1 を追加できません: %2
</translation>
    </message>
    <message>
        <source>Added cluster %1 (%2).
</source>
        <translation>クラスター %1 (%2) を追加しました。
</translation>
    </message>
    <message>
        <source>cannot store the password: %1; %2 was not added
</source>
        <translation>パスワードを保存できません: %1。%2 は追加されませんでした
</translation>
    </message>
    <message>
        <source>cannot read the saved clusters: %1
</source>
        <translation>保存済みのクラスターを読み取れません: %1
</translation>
    </message>
    <message>
        <source>No saved clusters.
</source>
        <translation>保存済みのクラスターはありません。
</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>POLL</source>
        <translation>ポーリング</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>no saved cluster is called &quot;%1&quot;
</source>
        <translation>&quot;%1&quot; という名前の保存済みクラスターはありません
</translation>
    </message>
    <message>
        <source>cannot remove %1: %2
</source>
        <translation>%1 を削除できません: %2
</translation>
    </message>
    <message>
        <source>Removed cluster %1.
</source>
        <translation>クラスター %1 を削除しました。
</translation>
    </message>
    <message>
        <source>warning: the stored password could not be deleted: %1
</source>
        <translation>警告: 保存されたパスワードを削除できませんでした: %1
</translation>
    </message>
    <message>
        <source>cannot store the password: %1
</source>
        <translation>パスワードを保存できません: %1
</translation>
    </message>
    <message>
        <source>warning: the password could not be stored in the system keychain (%1); it will have to be given with --password-file, or saved with clusterdesk cluster edit %2 --password-file &lt;file&gt; or --password-command &lt;command&gt;
</source>
        <translation>警告: パスワードをシステムのキーチェーンに保存できませんでした (%1)。--password-file で指定するか、clusterdesk cluster edit %2 --password-file &lt;file&gt; または --password-command &lt;command&gt; で保存する必要があります
</translation>
    </message>
    <message>
        <source>Cluster %1 reads its password from %2.
</source>
        <translation>クラスター %1 はパスワードを %2 から読み取ります。
</translation>
    </message>
    <message>
        <source>Cluster %1 gets its password from a command.
</source>
        <translation>クラスター %1 はパスワードをコマンドから取得します。
</translation>
    </message>
    <message>
        <source>Cluster %1 reads its password from the system keychain.
</source>
        <translation>クラスター %1 はパスワードをシステムのキーチェーンから読み取ります。
</translation>
    </message>
    <message>
        <source>cluster edit needs something to change
</source>
        <translation>cluster edit には変更する項目が必要です
</translation>
    </message>
    <message>
        <source>Saved cluster %1.
</source>
        <translation>クラスター %1 を保存しました。
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Environment: %1
</source>
        <translation>環境: %1
</translation>
    </message>
    <message>
        <source>Writes: %1
</source>
        <translation>書き込み: %1
</translation>
    </message>
    <message>
        <source>read-only in Clusterdesk</source>
        <translation>Clusterdesk で読み取り専用</translation>
    </message>
    <message>
        <source>allowed with --confirm %1 on the command line</source>
        <translation>コマンドラインでは --confirm %1 で許可</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Group: %1
</source>
        <translation>グループ: %1
</translation>
    </message>
    <message>
        <source>Name: %1
</source>
        <translation>名前: %1
</translation>
    </message>
    <message>
        <source>URL: %1
</source>
        <translation>URL: %1
</translation>
    </message>
    <message>
        <source>User: %1
</source>
        <translation>ユーザー: %1
</translation>
    </message>
    <message>
        <source>ID: %1
</source>
        <translation>ID: %1
</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>読み書き可能</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>WRITES</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Node URLs: %1
</source>
        <translation>ノード URL: %1
</translation>
    </message>
    <message>
        <source>Spectrum token: open (no session)
</source>
        <translation>Spectrum トークン: open(セッションなし)
</translation>
    </message>
    <message>
        <source>Statistics page: %1
</source>
        <translation>統計ページ: %1
</translation>
    </message>
    <message>
        <source>Statistics admin user: %1
</source>
        <translation>統計管理ユーザー: %1
</translation>
    </message>
</context>
<context>
    <name>ProfileFormValidator</name>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>another cluster is already called &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のクラスターがすでにあります</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>holds no PEM certificate</source>
        <translation>PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>the saved cluster &quot;%1&quot; already uses this URL</source>
        <translation>保存済みのクラスター「%1」がすでにこの URL を使用しています</translation>
    </message>
</context>
<context>
    <name>ProfileLabelOptions</name>
    <message>
        <source>The environment label: production, staging, test or a name of your own (empty: none). Writes to production need --confirm &lt;name&gt;.</source>
        <translation>環境ラベル: production、staging、test または独自の名前 (空: なし)。production への書き込みには --confirm &lt;name&gt; が必要です。</translation>
    </message>
    <message>
        <source>The label&apos;s colour as #rrggbb (default: production red, staging amber, test green, others blue).</source>
        <translation>ラベルの色 (#rrggbb 形式。既定値: production は赤、staging は琥珀色、test は緑、その他は青)。</translation>
    </message>
    <message>
        <source>Refuse every write to this cluster, whatever the account may do.</source>
        <translation>アカウントの権限にかかわらず、このクラスターへのすべての書き込みを拒否します。</translation>
    </message>
    <message>
        <source>Allow writes again (the default).</source>
        <translation>書き込みを再び許可します (既定値)。</translation>
    </message>
    <message>
        <source>The folder in the sidebar and the fleet, e.g. EMEA/Production (empty: none).</source>
        <translation>サイドバーとフリートでのフォルダー。例: EMEA/Production (空: なし)。</translation>
    </message>
    <message>
        <source>give either --read-only or --read-write, not both</source>
        <translation>--read-only と --read-write のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>A node&apos;s own URL, for a plain Spectrum cluster that no statistics page lists; repeat it for every node (all of them replace the saved ones; one empty value forgets them).</source>
        <translation>統計ページが示さない Spectrum のみのクラスターの、ノード自身の URL。ノードごとに繰り返します(保存済みのものをすべて置き換え、空の値 1 つで消去)。</translation>
    </message>
    <message>
        <source>The Spectrum token a password sign-in asks for: session (the default, ended when the command or window is done) or open (no session).</source>
        <translation>パスワードでのサインインが要求する Spectrum トークン: session(既定。コマンドまたはウィンドウの終了時に終了)または open(セッションなし)。</translation>
    </message>
    <message>
        <source>invalid --node-url: %1</source>
        <translation>無効な --node-url: %1</translation>
    </message>
    <message>
        <source>--token is session or open, not %1</source>
        <translation>--token は session または open です(%1 ではありません)</translation>
    </message>
    <message>
        <source>The admin user of HAProxy&apos;s statistics page, with which the window and clusterdesk node drain a node, put it into maintenance or make it ready (empty: none).</source>
        <translation>HAProxy 統計ページの管理ユーザー。ウィンドウと clusterdesk node はこのユーザーでノードのドレイン、メンテナンス、準備完了への切り替えを行います (空: なし)。</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add property</source>
        <translation>プロパティを追加</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>プロパティを削除</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答なし</translation>
    </message>
    <message>
        <source>no password is stored for %1</source>
        <translation>%1 のパスワードが保存されていません</translation>
    </message>
    <message>
        <source>the local store could not be read</source>
        <translation>ローカルストアを読み取れませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>読み取れない応答</translation>
    </message>
    <message>
        <source>change log</source>
        <translation>変更ログ</translation>
    </message>
    <message>
        <source>license</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>dataflows</source>
        <translation>データフロー</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>a resource was unreadable: %1</source>
        <translation>リソースを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3: read, gathering details</source>
        <translation>[%1/%2] %3: 読み取り完了、詳細を収集中</translation>
    </message>
    <message>
        <source>[%1/%2] %3: done</source>
        <translation>[%1/%2] %3: 完了</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>ローカルストアを開けません: %1</translation>
    </message>
    <message>
        <source>no history: cannot open the local store: %1
</source>
        <translation>履歴なし: ローカルストアを開けません: %1
</translation>
    </message>
    <message>
        <source>no saved cluster is called %1 (see clusterdesk cluster list)</source>
        <translation>%1 という名前の保存済みクラスターはありません (clusterdesk cluster list を参照)</translation>
    </message>
    <message>
        <source>there are no saved clusters to report on</source>
        <translation>レポート対象の保存済みクラスターがありません</translation>
    </message>
    <message>
        <source>cannot reach %1: %2
</source>
        <translation>%1 に到達できません: %2
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>ディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>this program cannot write PDF</source>
        <translation>このプログラムは PDF を出力できません</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 of %2 in sync, %3 behind, %4 diverged</source>
        <translation>%2 中 %1 が同期済み、%3 が遅延、%4 が不一致</translation>
    </message>
    <message>
        <source>not read (no statistics URL)</source>
        <translation>未読み取り (統計 URL なし)</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>未読み取り: %1</translation>
    </message>
    <message>
        <source>%1 of %2 servers up</source>
        <translation>%2 台中 %1 台のサーバーが稼働</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 から %2 (%3)</translation>
    </message>
    <message>
        <source>Cluster report: %1</source>
        <translation>クラスターレポート: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Clock offset against this computer</source>
        <translation>このコンピューターに対するクロックオフセット</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No period to chart.</source>
        <translation>グラフにする期間がありません。</translation>
    </message>
    <message>
        <source>No clock samples in the local store for this period.</source>
        <translation>この期間のクロックのサンプルはローカルストアにありません。</translation>
    </message>
    <message>
        <source>Showing the %1 nodes with the largest offsets of %2.</source>
        <translation>%2 ノードのうち、オフセットが最も大きい %1 ノードを表示しています。</translation>
    </message>
    <message>
        <source>gathering 1 cluster</source>
        <translation>1 個のクラスターを収集中</translation>
    </message>
    <message>
        <source>gathering %1 clusters</source>
        <translation>%1 個のクラスターを収集中</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>1 node, in sync</source>
        <translation>1 ノード、同期済み</translation>
    </message>
    <message>
        <source>all %1 nodes agree</source>
        <translation>%1 ノードすべてが一致</translation>
    </message>
    <message>
        <source>Fleet report: 1 cluster</source>
        <translation>フリートレポート: 1 クラスター</translation>
    </message>
    <message>
        <source>Fleet report: %1 clusters</source>
        <translation>フリートレポート: %1 クラスター</translation>
    </message>
    <message>
        <source>%1 ±%2 ms</source>
        <translation>%1 ±%2 ms</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>cannot write the PDF %1</source>
        <translation>PDF %1 を書き込めません</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>作成日時 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1</source>
        <translation>PDF %1 を完成できません</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成日時</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <source>Console version</source>
        <translation>コンソールのバージョン</translation>
    </message>
    <message>
        <source>No saved clusters.</source>
        <translation>保存済みのクラスターはありません。</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>フリートの概要</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>最も重大な検出事項</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>クラスター名</translation>
    </message>
    <message>
        <source>Cluster id</source>
        <translation>クラスター ID</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>保存名</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>ロードバランサー</translation>
    </message>
    <message>
        <source>Polled at</source>
        <translation>ポーリング日時</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The cluster could not be reached: %1. The sections below show only what the local store holds.</source>
        <translation>クラスターに接続できませんでした: %1。以下のセクションにはローカルストアの内容のみを表示しています。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Some parts could not be read: %1</source>
        <translation>一部を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>稼働ノード</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Worst clock offset (vs median)</source>
        <translation>最大クロックオフセット (中央値との差)</translation>
    </message>
    <message>
        <source>Configuration agreement</source>
        <translation>構成の一致</translation>
    </message>
    <message>
        <source>Load balancer view</source>
        <translation>ロードバランサーから見た状態</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>検出事項はありません。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>推奨される対処</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>No node is known.</source>
        <translation>既知のノードはありません。</translation>
    </message>
    <message>
        <source> · primary</source>
        <translation> · プライマリ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>LB state</source>
        <translation>LB の状態</translation>
    </message>
    <message>
        <source>Offset ± error</source>
        <translation>オフセット ± 誤差</translation>
    </message>
    <message>
        <source>NTP sync (node)</source>
        <translation>NTP 同期 (ノード)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>同期状態</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Time synchronization</source>
        <translation>時刻同期</translation>
    </message>
    <message>
        <source>No history: the local store was not available.</source>
        <translation>履歴なし: ローカルストアを利用できませんでした。</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル数</translation>
    </message>
    <message>
        <source>Lowest offset</source>
        <translation>最小オフセット</translation>
    </message>
    <message>
        <source>Highest offset</source>
        <translation>最大オフセット</translation>
    </message>
    <message>
        <source>Latest offset</source>
        <translation>最新オフセット</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>revision %1, checksum %2</source>
        <translation>リビジョン %1、チェックサム %2</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致状況</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>%1 %2 for %3, up to %4 nodes, expires %5</source>
        <translation>%1 %2 (%3 向け、最大 %4 ノード、有効期限 %5)</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>ライセンス済みの機能</translation>
    </message>
    <message>
        <source>%1 (%2; %3 exposed)</source>
        <translation>%1 (%2、%3 公開)</translation>
    </message>
    <message>
        <source>Dataflows</source>
        <translation>データフロー</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近の変更</translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation>この期間に変更はありません。</translation>
    </message>
    <message>
        <source>The change log was not read.</source>
        <translation>変更ログは読み取られていません。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>External resources</source>
        <translation>外部リソース</translation>
    </message>
    <message>
        <source>The resources were not read.</source>
        <translation>リソースは読み取られていません。</translation>
    </message>
    <message>
        <source>1 resource.</source>
        <translation>1 件のリソース。</translation>
    </message>
    <message>
        <source>%1 resources.</source>
        <translation>%1 件のリソース。</translation>
    </message>
    <message>
        <source>Secrets are shown only as set or not set.</source>
        <translation>シークレットは設定済みか未設定かのみ表示されます。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2 による)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>到達不能: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute: this translation&apos;s language code</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>vs reference</source>
        <translation>基準との差</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>チェックサム</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>Console activity</source>
        <translation>コンソールのアクティビティ</translation>
    </message>
    <message>
        <source>This console sent no changes in the period.</source>
        <translation>この期間にこのコンソールが送信した変更はありません。</translation>
    </message>
    <message>
        <source>The activity log was not read.</source>
        <translation>アクティビティログは読み取られていません。</translation>
    </message>
    <message>
        <source>Cluster user</source>
        <translation>クラスターのユーザー</translation>
    </message>
    <message>
        <source>Local user</source>
        <translation>ローカルユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>リクエスト ID</translation>
    </message>
</context>
<context>
    <name>ResourceDiffModel</name>
    <message>
        <source>identical</source>
        <translation>同一</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>as reference</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>相違点: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>相違するフィールド</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
</context>
<context>
    <name>ResourceDiffText</name>
    <message>
        <source>unset</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>set on some only</source>
        <translation>一部のみ設定</translation>
    </message>
    <message>
        <source>set on all, equal</source>
        <translation>すべて設定済み、同一</translation>
    </message>
    <message>
        <source>set on all, different</source>
        <translation>すべて設定済み、相違あり</translation>
    </message>
    <message>
        <source>set on all, cannot tell</source>
        <translation>すべて設定済み、判断不可</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>identical (secrets: cannot tell)</source>
        <translation>同一 (シークレット: 判断不可)</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>同一</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>%1 のみ</translation>
    </message>
</context>
<context>
    <name>ResourceEditorController</name>
    <message>
        <source>Saved (revision %1).</source>
        <translation>保存しました (リビジョン %1)。</translation>
    </message>
    <message>
        <source>Someone else changed this resource (now revision %1).</source>
        <translation>他のユーザーがこのリソースを変更しました (現在のリビジョン %1)。</translation>
    </message>
    <message>
        <source>Someone else deleted this resource.</source>
        <translation>他のユーザーがこのリソースを削除しました。</translation>
    </message>
    <message>
        <source>The cluster refused the change: %1 %2</source>
        <translation>クラスターが変更を拒否しました: %1 %2</translation>
    </message>
    <message>
        <source>Your account may not change resources (the cluster answered 403).</source>
        <translation>お使いのアカウントにはリソースを変更する権限がありません (クラスターの応答は 403)。</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %1 Your draft is kept; retry in %n second(s).</source>
        <translation>
            <numerusform>保存されませんでした: %1 下書きは保持されています。%n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Your draft is kept; retry when the cluster is back.</source>
        <translation>保存されませんでした: %1 下書きは保持されています。クラスターが復旧したら再試行します。</translation>
    </message>
    <message>
        <source>Your changes now sit on top of the current version; apply to save them.</source>
        <translation>変更は現在のバージョンの上に適用されました。保存するには適用してください。</translation>
    </message>
    <message>
        <source>Your unsaved draft is back.</source>
        <translation>未保存の下書きを復元しました。</translation>
    </message>
    <message>
        <source>Your unsaved draft is back. Secrets are never kept in drafts: type %1 again.</source>
        <translation>未保存の下書きを復元しました。シークレットは下書きに保持されないため、%1 をもう一度入力してください。</translation>
    </message>
    <message>
        <source>A resource with this name already exists.</source>
        <translation>この名前のリソースはすでに存在します。</translation>
    </message>
    <message>
        <source>A resource named “%1” already exists on the cluster; nothing was written. Open the existing one, or choose another name for yours.</source>
        <translation>「%1」という名前のリソースがクラスターにすでに存在します。何も書き込まれていません。既存のリソースを開くか、別の名前を選択してください。</translation>
    </message>
    <message>
        <source>%1 Your draft is kept.</source>
        <translation>%1 下書きは保持されています。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you looked (now revision %2); it was not deleted. The current version is shown: look at it, then delete again if you still mean to.</source>
        <translation>%1 は確認後に他の人によって変更されました(現在のリビジョン %2)。削除していません。現在のバージョンを表示しています。内容を確認し、それでも削除する場合はもう一度削除してください。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you looked; it was not deleted. Reload the list before deciding again.</source>
        <translation>%1 は確認後に他の人によって変更されました。削除していません。もう一度判断する前に一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>削除されませんでした: %1</translation>
    </message>
    <message>
        <source>Not applied: %1. Your draft is kept.</source>
        <translation>適用されませんでした: %1。下書きは保持されています。</translation>
    </message>
</context>
<context>
    <name>ResourceFieldTitle</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>プールサイズ</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>ビンテージ</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>Driver class</source>
        <translation>ドライバークラス</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Pool minimum</source>
        <translation>プールの最小数</translation>
    </message>
    <message>
        <source>Pool maximum</source>
        <translation>プールの最大数</translation>
    </message>
    <message>
        <source>Connect timeout (ms)</source>
        <translation>接続タイムアウト (ms)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Root path</source>
        <translation>ルートパス</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>タイムアウト (ms)</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>will be cleared</source>
        <translation>クリアされます</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Remove the stored secret when applying</source>
        <translation>適用時に保存済みのシークレットを削除</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>既定値 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 から %2</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(既定値: %1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>The name of an existing resource cannot be changed.</source>
        <translation>既存のリソースの名前は変更できません。</translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>The cluster cannot accept writes right now.</source>
        <translation>クラスターは現在書き込みを受け付けられません。</translation>
    </message>
    <message>
        <source>No usable answer from the cluster (%1).</source>
        <translation>クラスターから使用可能な応答がありません (%1)。</translation>
    </message>
    <message>
        <source>The cluster applied the change (revision %1, request id %2) but its answer could not be fetched. Reload to see it.</source>
        <translation>クラスターは変更を適用しました (リビジョン %1、リクエスト ID %2) が、その応答を取得できませんでした。再読み込みして確認してください。</translation>
    </message>
    <message>
        <source>The cluster did not answer and did not apply the change (request id %1): nothing was written.</source>
        <translation>クラスターは応答せず、変更も適用しませんでした (リクエスト ID %1): 何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The outcome is unknown: the cluster did not answer and its change log could not be checked. The change log will show request id %1 if the change was applied; reload before trying again.</source>
        <translation>結果は不明です: クラスターが応答せず、変更ログも確認できませんでした。変更が適用されていれば、変更ログにリクエスト ID %1 が表示されます。再試行する前に再読み込みしてください。</translation>
    </message>
</context>
<context>
    <name>ResourceResult</name>
    <message>
        <source>the primary is behind its replicas</source>
        <translation>プライマリがレプリカより遅れています</translation>
    </message>
    <message>
        <source>the nodes hold different configuration histories</source>
        <translation>ノードごとに構成履歴が異なります</translation>
    </message>
    <message>
        <source>the primary is waiting to hear from the other nodes</source>
        <translation>プライマリが他のノードからの応答を待っています</translation>
    </message>
    <message>
        <source>The cluster refuses writes: %1; nothing was written.</source>
        <translation>クラスターは書き込みを拒否しています: %1。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Has unsaved changes</source>
        <translation>未保存の変更あり</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>更新者</translation>
    </message>
    <message>
        <source>%1 (changed on the cluster)</source>
        <translation>%1 (クラスター上で変更あり)</translation>
    </message>
    <message>
        <source>Changed on the cluster since your draft began: applying it shows both versions side by side.</source>
        <translation>下書きの作成後にクラスター上で変更されました: 適用すると両方のバージョンが並べて表示されます。</translation>
    </message>
</context>
<context>
    <name>ResourceTestDialog</name>
    <message>
        <source>Nothing to test: no resource selected or no node known.</source>
        <translation>テストするものがありません: リソースが選択されていないか、既知のノードがありません。</translation>
    </message>
    <message>
        <source>Testing on every node: %1 of %2 answered, %3 failed.</source>
        <translation>すべてのノードでテスト中: %2 件中 %1 件が応答、%3 件が失敗。</translation>
    </message>
    <message>
        <source>Every node passed every test (%1 tests).</source>
        <translation>すべてのノードがすべてのテストに合格しました (%1 件のテスト)。</translation>
    </message>
    <message>
        <source>%1 of %2 tests failed; hover over a cell for every check.</source>
        <translation>%2 件中 %1 件のテストが失敗しました。各チェックの結果はセルにポインターを合わせると表示されます。</translation>
    </message>
    <message>
        <source>Test on All Nodes</source>
        <translation>すべてのノードでテスト</translation>
    </message>
    <message>
        <source>&amp;Results (rows: resources, columns: nodes):</source>
        <translation>結果 (行: リソース、列: ノード)(&amp;R):</translation>
    </message>
    <message>
        <source>Resource test results</source>
        <translation>リソースのテスト結果</translation>
    </message>
</context>
<context>
    <name>ResourceTestText</name>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>応答なし: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>%1 ok (%2 ms)</source>
        <translation>%1 OK (%2 ms)</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3 ms)</source>
        <translation>%1 失敗: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>、HTTP %1</translation>
    </message>
    <message>
        <source>the node&apos;s answer is not a test result</source>
        <translation>ノードの応答はテスト結果ではありません</translation>
    </message>
</context>
<context>
    <name>ResourceTypePanel</name>
    <message>
        <source>the new resource</source>
        <translation>新しいリソース</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1. Discard them?</source>
        <translation>%1 に未保存の変更があります。破棄しますか?</translation>
    </message>
    <message>
        <source>Delete resource?</source>
        <translation>リソースを削除しますか?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <source>Reload the current version of %1 and discard your changes?</source>
        <translation>%1 の現在のバージョンを再読み込みし、変更を破棄しますか?</translation>
    </message>
    <message>
        <source>No resource selected</source>
        <translation>リソースが選択されていません</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>新しいリソース</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前でフィルター</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Save to the cluster (Ctrl+S)</source>
        <translation>クラスターに保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Discard your changes (Esc)</source>
        <translation>変更を破棄 (Esc)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>競合を解決(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open the existing one</source>
        <translation>既存のリソースを開く(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hoose another name</source>
        <translation>別の名前を選択(&amp;H)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Open the &amp;draft</source>
        <translation>下書きを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the database resource “%1” from the cluster “%2”?</source>
        <translation>データベースリソース「%1」をクラスター「%2」から削除しますか?</translation>
    </message>
    <message>
        <source>Delete the JDBC connection “%1” from the cluster “%2”?</source>
        <translation>JDBC 接続「%1」をクラスター「%2」から削除しますか?</translation>
    </message>
    <message>
        <source>Delete the file server “%1” from the cluster “%2”?</source>
        <translation>ファイルサーバー「%1」をクラスター「%2」から削除しますか?</translation>
    </message>
    <message>
        <source>Delete the web service “%1” from the cluster “%2”?</source>
        <translation>Web サービス「%1」をクラスター「%2」から削除しますか?</translation>
    </message>
    <message>
        <source>Delete the resource “%1” from the cluster “%2”?</source>
        <translation>リソース「%1」をクラスター「%2」から削除しますか?</translation>
    </message>
    <message>
        <source>Every node of the cluster removes it. This cannot be undone.</source>
        <translation>クラスターのすべてのノードから削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Could not reload the list: %1 The rows below are from the last successful load.</source>
        <translation>一覧を再読み込みできませんでした: %1 以下の行は最後に正常に読み込んだときのものです。</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 was changed on the cluster while you were editing it; applying your draft will show both versions.</source>
        <translation>編集中に %1 がクラスター上で変更されました。下書きを適用すると両方のバージョンが表示されます。</translation>
    </message>
    <message>
        <source>A new resource you had started is kept as a draft.</source>
        <translation>作成を開始した新しいリソースは下書きとして保持されています。</translation>
    </message>
    <message>
        <source>The new resource “%1” you had started is kept as a draft; it is not on the cluster yet.</source>
        <translation>作成を開始した新しいリソース「%1」は下書きとして保持されています。まだクラスターにはありません。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1.</source>
        <translation>%1 に未保存の変更があります。</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>下書きとして保持(&amp;K)</translation>
    </message>
    <message>
        <source>A kept draft stays marked “•” and comes back when you open the resource again, also after a restart.</source>
        <translation>保持した下書きには「•」が付き、リソースを再び開いたとき (再起動後も) に復元されます。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>no result within %1 s
</source>
        <translation>%1 秒以内に結果がありません
</translation>
    </message>
    <message>
        <source>secret file: &quot;%1&quot; is not &lt;type&gt;/&lt;name&gt; with an object of secrets</source>
        <translation>シークレットファイル: &quot;%1&quot; はシークレットのオブジェクトを持つ &lt;type&gt;/&lt;name&gt; ではありません</translation>
    </message>
    <message>
        <source>secret file: %1 %2 is not a secret this batch needs</source>
        <translation>シークレットファイル: %1 %2 はこの一括処理に必要なシークレットではありません</translation>
    </message>
    <message>
        <source>secret file: empty</source>
        <translation>シークレットファイル: 空です</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>シークレット: %1</translation>
    </message>
    <message>
        <source>%1 resources: %2 identical, %3 differ, %4 not on every cluster
</source>
        <translation>%1 件のリソース: 同一 %2、相違 %3、一部のクラスターにのみ存在 %4
</translation>
    </message>
    <message>
        <source>Cluster %1:
</source>
        <translation>クラスター %1:
</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 blocked
</source>
        <translation>作成 %1、更新 %2、変更なし %3、ブロック %4
</translation>
    </message>
    <message>
        <source>no cluster given
</source>
        <translation>クラスターが指定されていません
</translation>
    </message>
    <message>
        <source>cannot read %1: %2
</source>
        <translation>%1 を読み取れません: %2
</translation>
    </message>
    <message>
        <source>%1 does not compare secrets for this account: where secrets are set on every cluster, whether they are equal cannot be told
</source>
        <translation>%1 はこのアカウントではシークレットを比較しません: シークレットがすべてのクラスターに設定されている場合、それらが等しいかどうかは判断できません
</translation>
    </message>
    <message numerus="yes">
        <source>exported %n resource definition(s) of %1 to %2
</source>
        <translation>
            <numerusform>%1 の %n 件のリソース定義を %2 にエクスポートしました
</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets not exported, they need a value on import: %1
</source>
        <translation>シークレットはエクスポートされていません。インポート時に値が必要です: %1
</translation>
    </message>
    <message>
        <source>Results:
</source>
        <translation>結果:
</translation>
    </message>
    <message>
        <source>refused: %1 is read-only in Clusterdesk; nothing was sent (change it with clusterdesk cluster edit %1 --read-write)
</source>
        <translation>拒否: %1 は Clusterdesk で読み取り専用です。何も送信されていません (clusterdesk cluster edit %1 --read-write で変更できます)
</translation>
    </message>
    <message>
        <source>refused: %1 is a production cluster; nothing was sent. Repeat with --confirm %1 (its name exactly) to change it
</source>
        <translation>拒否: %1 は本番クラスターです。何も送信されていません。変更するには --confirm %1 (名前を正確に) を付けて再実行してください
</translation>
    </message>
</context>
<context>
    <name>ResourcesCommandLine</name>
    <message>
        <source>see clusterdesk resources --help</source>
        <translation>clusterdesk resources --help を参照してください</translation>
    </message>
    <message>
        <source>Compares, exports and copies resource definitions across clusters.</source>
        <translation>クラスター間でリソース定義を比較、エクスポート、コピーします。</translation>
    </message>
    <message>
        <source>A saved cluster (repeatable).</source>
        <translation>保存済みのクラスター (複数指定可)。</translation>
    </message>
    <message>
        <source>An unsaved cluster&apos;s load balancer URL (repeatable).</source>
        <translation>未保存のクラスターのロードバランサー URL (複数指定可)。</translation>
    </message>
    <message>
        <source>The user for the --url of the same position.</source>
        <translation>同じ位置の --url に対応するユーザー。</translation>
    </message>
    <message>
        <source>The password for the --url of the same position, from &lt;file&gt;.</source>
        <translation>同じ位置の --url に対応するパスワード (&lt;file&gt; から読み取り)。</translation>
    </message>
    <message>
        <source>diff: only this type.</source>
        <translation>diff: この種類のみ。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: 出力先のファイル。</translation>
    </message>
    <message>
        <source>apply: the definitions file to apply.</source>
        <translation>apply: 適用する定義ファイル。</translation>
    </message>
    <message>
        <source>apply: print the plan, write nothing.</source>
        <translation>apply: 計画を出力し、何も書き込みません。</translation>
    </message>
    <message>
        <source>apply: never update an existing resource (a different one is reported).</source>
        <translation>apply: 既存のリソースを更新しません (内容が異なるものは報告されます)。</translation>
    </message>
    <message>
        <source>apply: the secrets for the batch.</source>
        <translation>apply: 一括処理用のシークレット。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>diff, export or apply.</source>
        <translation>diff、export または apply。</translation>
    </message>
    <message>
        <source>resources needs an action: diff, export or apply</source>
        <translation>resources にはアクションが必要です: diff、export または apply</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>unknown resources action: %1</source>
        <translation>不明な resources アクション: %1</translation>
    </message>
    <message>
        <source>--user and --password-file go with a --url each</source>
        <translation>--user と --password-file はそれぞれ --url と組で指定します</translation>
    </message>
    <message>
        <source>invalid --url: %1</source>
        <translation>無効な --url: %1</translation>
    </message>
    <message>
        <source>--url %1 needs --user and a password</source>
        <translation>--url %1 には --user とパスワードが必要です</translation>
    </message>
    <message>
        <source>diff needs two or more clusters</source>
        <translation>diff には 2 つ以上のクラスターが必要です</translation>
    </message>
    <message>
        <source>export needs one cluster and --output</source>
        <translation>export には 1 つのクラスターと --output が必要です</translation>
    </message>
    <message>
        <source>apply needs --file and one or more clusters</source>
        <translation>apply には --file と 1 つ以上のクラスターが必要です</translation>
    </message>
    <message>
        <source>unknown --type %1 (one of %2)</source>
        <translation>不明な --type %1 (%2 のいずれか)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Actions:
  diff     Compare two or more clusters: exit 0 identical, 1 differ.
  export   Write one cluster&apos;s definitions to --output (secrets left out).
  apply    Plan and apply a definitions --file to the --cluster(s).

Clusters: --cluster &lt;saved name&gt; (repeatable), or --url &lt;url&gt; --user &lt;user&gt;
--password-file &lt;file&gt; (repeatable, paired in order; CLUSTERDESK_PASSWORD
stands in for a missing password file). Saved clusters come first.
--secret-file: one secret for every secret the file needs, or JSON
{&quot;&lt;type&gt;/&lt;name&gt;&quot;: {&quot;&lt;field&gt;&quot;: &quot;&lt;secret&gt;&quot;}}. Secrets not given are left
unset on create and kept on update. Exit code 2 on any error.
A cluster saved as read-only is never written; one labelled production is
written only with --confirm &lt;its name&gt;, exactly.

Examples:
  clusterdesk resources diff --cluster Prod --cluster Test --json
  clusterdesk resources export --cluster Prod --output prod-resources.json
  clusterdesk resources apply --file prod-resources.json --cluster Test --dry-run
  clusterdesk resources apply --file prod-resources.json --cluster Test --secret-file secrets.json
  clusterdesk resources apply --file test-resources.json --cluster Prod --confirm Prod
</source>
        <translation>アクション:
  diff     2 つ以上のクラスターを比較します: 同一なら終了コード 0、相違があれば 1。
  export   1 つのクラスターの定義を --output に出力します (シークレットは除外)。
  apply    定義ファイル --file を --cluster に対して計画し、適用します。

クラスター: --cluster &lt;saved name&gt; (複数指定可)、または --url &lt;url&gt; --user &lt;user&gt;
--password-file &lt;file&gt; (複数指定可、順番に対応。パスワードファイルがない場合は
CLUSTERDESK_PASSWORD で代用)。保存済みのクラスターが先になります。
--secret-file: ファイルが必要とするすべてのシークレットに使う 1 つのシークレット、
または JSON {&quot;&lt;type&gt;/&lt;name&gt;&quot;: {&quot;&lt;field&gt;&quot;: &quot;&lt;secret&gt;&quot;}}。指定されなかった
シークレットは、作成時には未設定のまま、更新時には維持されます。エラー時の
終了コードは 2 です。
読み取り専用として保存されたクラスターには書き込みません。production ラベルの
付いたクラスターには、--confirm &lt;its name&gt; を正確に指定した場合にのみ書き込みます。

例:
  clusterdesk resources diff --cluster Prod --cluster Test --json
  clusterdesk resources export --cluster Prod --output prod-resources.json
  clusterdesk resources apply --file prod-resources.json --cluster Test --dry-run
  clusterdesk resources apply --file prod-resources.json --cluster Test --secret-file secrets.json
  clusterdesk resources apply --file test-resources.json --cluster Prod --confirm Prod
</translation>
    </message>
    <message>
        <source>apply: write to the production cluster called exactly &lt;name&gt; (repeatable).</source>
        <translation>apply: 名前が正確に &lt;name&gt; である本番クラスターへの書き込みを許可します (複数指定可)。</translation>
    </message>
    <message>
        <source>the activity log cannot be written: %1</source>
        <translation>アクティビティログに書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Database resources</source>
        <translation>データベースリソース</translation>
    </message>
    <message>
        <source>JDBC connections</source>
        <translation>JDBC 接続</translation>
    </message>
    <message>
        <source>File servers</source>
        <translation>ファイルサーバー</translation>
    </message>
    <message>
        <source>Web services</source>
        <translation>Web サービス</translation>
    </message>
    <message>
        <source>This cluster is read-only in Clusterdesk; change it in the cluster settings (Cluster &gt; Edit).</source>
        <translation>このクラスターは Clusterdesk で読み取り専用に設定されています。クラスターの設定 (クラスター &gt; クラスターを編集) で変更してください。</translation>
    </message>
    <message>
        <source>Test on &amp;All Nodes…</source>
        <translation>すべてのノードでテスト(&amp;A)…</translation>
    </message>
    <message>
        <source>Test the selected resources (or all of this type) from every node: host, port, TLS, HTTP or location</source>
        <translation>選択したリソース (またはこの種類のすべて) をすべてのノードからテスト: ホスト、ポート、TLS、HTTP または場所</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>the %1 service list is not an HTML page</source>
        <translation>%1 のサービス一覧が HTML ページではありません</translation>
    </message>
    <message>
        <source>the %1 service list names more than %2 services</source>
        <translation>%1 のサービス一覧に %2 を超えるサービスが記載されています</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>missing on %1</source>
        <translation>%1 にありません</translation>
    </message>
    <message>
        <source>differs on %1</source>
        <translation>%1 で異なります</translation>
    </message>
    <message>
        <source>same on every node</source>
        <translation>すべてのノードで同一</translation>
    </message>
    <message>
        <source>SHA-256 of the description: %1</source>
        <translation>記述の SHA-256: %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致状況</translation>
    </message>
    <message>
        <source>Description digest</source>
        <translation>記述のダイジェスト</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <source>The nodes&apos; catalogues list no services.</source>
        <translation>ノードのカタログにサービスが記載されていません。</translation>
    </message>
    <message>
        <source>Every service the nodes&apos; REST and SOAP catalogues list; a service missing on a node or described differently means the configuration is not synchronised.</source>
        <translation>ノードの REST および SOAP カタログに記載されているすべてのサービス。あるノードにサービスがない場合や記述が異なる場合は、構成が同期されていません。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>No services to list: this cluster answers through Clusterdesk&apos;s management API, which publishes no REST or SOAP service catalogue (only a plain Spectrum cluster&apos;s catalogues are read).</source>
        <translation>表示するサービスはありません: このクラスターは Clusterdesk の管理 API で応答しており、この API は REST/SOAP サービスカタログを公開しません (読み取るのは純粋な Spectrum クラスターのカタログのみです)。</translation>
    </message>
    <message>
        <source>No services to list yet: whether this cluster publishes a REST or SOAP service catalogue is known once it has answered a poll.</source>
        <translation>まだ表示するサービスはありません: このクラスターが REST/SOAP サービスカタログを公開しているかどうかは、ポーリングに応答した後にわかります。</translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <source>You are signed in as %1: read-only</source>
        <translation>%1 としてサインインしています: 読み取り専用</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <source>Sign In to %1</source>
        <translation>%1 にサインイン</translation>
    </message>
    <message>
        <source>The password is %1.
&amp;Token:</source>
        <translation>パスワードは%1。
トークン(&amp;T):</translation>
    </message>
    <message>
        <source>The password is %1.
&amp;Password:</source>
        <translation>パスワードは%1。
パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>SpectrumSettingsGroup</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Plain Spectrum cluster</source>
        <translation>Spectrum のみのクラスター</translation>
    </message>
    <message>
        <source>No&amp;de URLs:</source>
        <translation>ノード URL(&amp;D):</translation>
    </message>
    <message>
        <source>Optional, one a line, when neither the Clusterdesk API nor a statistics page lists the nodes:
http://node1.example.com:8080</source>
        <translation>任意。Clusterdesk API も統計ページもノードを示さない場合に 1 行に 1 つ:
http://node1.example.com:8080</translation>
    </message>
    <message>
        <source>Spectrum to&amp;ken:</source>
        <translation>Spectrum トークン(&amp;K):</translation>
    </message>
    <message>
        <source>Session token (ended when the cluster is closed)</source>
        <translation>セッショントークン(クラスターを閉じると終了)</translation>
    </message>
    <message>
        <source>Open token (no session)</source>
        <translation>オープントークン(セッションなし)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>no password stored for %1; use --password-file
</source>
        <translation>%1 のパスワードが保存されていません。--password-file を使用してください
</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>cannot reach the cluster at %1: %2
</source>
        <translation>%1 のクラスターに到達できません: %2
</translation>
    </message>
    <message>
        <source>the cluster at %1 refused the sign-in: %2
</source>
        <translation>%1 のクラスターがサインインを拒否しました: %2
</translation>
    </message>
</context>
<context>
    <name>StatusFormatter</name>
    <message>
        <source>primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>レプリカ</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>LB</source>
        <translation>LB</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>LAG</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>SYNC</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (スキーマ %2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Cluster %1: unreachable: %2
</source>
        <translation>クラスター %1: 到達不能: %2
</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>検出事項はありません。
</translation>
    </message>
    <message>
        <source>Findings (worst first):
</source>
        <translation>検出事項 (重大なものから):
</translation>
    </message>
    <message>
        <source>-&gt; %1</source>
        <translation>-&gt; %1</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>unsynced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>%1 ±%2 ms</source>
        <translation>%1 ±%2 ms</translation>
    </message>
    <message>
        <source>VS REF</source>
        <translation>基準との差</translation>
    </message>
    <message>
        <source>NTP</source>
        <translation>NTP</translation>
    </message>
    <message>
        <source>CHECKSUM</source>
        <translation>チェックサム</translation>
    </message>
    <message>
        <source>%1 ms ± %2 net</source>
        <translation>%1 ms ± %2 ネットワーク</translation>
    </message>
    <message>
        <source>Cluster %1: sign-in refused: %2
</source>
        <translation>クラスター %1: サインインが拒否されました: %2
</translation>
    </message>
    <message>
        <source>Cluster %1: %2 nodes, %3 up, %4 degraded, %5 slow, %6 missed the last poll, %7 unreachable; primary %8
</source>
        <translation>クラスター %1: ノード %2 個、稼働 %3、縮退 %4、低速 %5、前回のポーリングに応答なし %6、到達不能 %7。プライマリ %8
</translation>
    </message>
    <message>
        <source>Services: %1 REST, %2 SOAP; %3 not the same on every node
</source>
        <translation>サービス: REST %1 件、SOAP %2 件。すべてのノードで同一でないもの %3 件
</translation>
    </message>
    <message>
        <source>A plain Spectrum cluster (no Clusterdesk management API):
</source>
        <translation>プレーンな Spectrum クラスター (Clusterdesk 管理 API なし):
</translation>
    </message>
</context>
<context>
    <name>SyncApplier</name>
    <message>
        <source>no connection to %1</source>
        <translation>%1 への接続がありません</translation>
    </message>
    <message>
        <source>created on %1 by someone else since planning; plan again</source>
        <translation>計画後に他のユーザーが %1 に作成しました。再計画してください</translation>
    </message>
    <message>
        <source>changed on %1 since planning; their version was kept, plan again</source>
        <translation>計画後に %1 で変更されました。相手のバージョンを保持しました。再計画してください</translation>
    </message>
    <message>
        <source>deleted on %1 since planning; plan again</source>
        <translation>計画後に %1 で削除されました。再計画してください</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>拒否されました (%1): %2</translation>
    </message>
    <message>
        <source>this account may not write on %1</source>
        <translation>このアカウントには %1 への書き込み権限がありません</translation>
    </message>
    <message>
        <source>not written: cancelled before it was sent</source>
        <translation>書き込まれていません: 送信前にキャンセルされました</translation>
    </message>
    <message>
        <source>not sent to %1: %2</source>
        <translation>%1 に送信されていません: %2</translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>cannot read the cluster: %1</source>
        <translation>クラスターを読み取れません: %1</translation>
    </message>
    <message>
        <source>signed in as %1, a viewer: read-only</source>
        <translation>閲覧者 %1 としてサインイン: 読み取り専用</translation>
    </message>
    <message>
        <source>%1 left unset</source>
        <translation>%1 は未設定のまま</translation>
    </message>
    <message>
        <source>already exists with different content (%1) and only creating was chosen</source>
        <translation>異なる内容 (%1) ですでに存在し、作成のみが選択されています</translation>
    </message>
</context>
<context>
    <name>SyncPlanDialog</name>
    <message>
        <source>Copy resource definitions</source>
        <translation>リソース定義のコピー</translation>
    </message>
    <message>
        <source>Nothing selected to copy.</source>
        <translation>コピーする項目が選択されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n definition(s) from %1. This is a dry run: nothing is written until you press Apply.</source>
        <translation>
            <numerusform>%1 から %n 件の定義をコピーします。これはドライランです: 「適用」を押すまで何も書き込まれません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing resources:</source>
        <translation>既存のリソース:</translation>
    </message>
    <message>
        <source>Update them to match</source>
        <translation>一致するよう更新する</translation>
    </message>
    <message>
        <source>Leave them alone (create only)</source>
        <translation>そのままにする (作成のみ)</translation>
    </message>
    <message>
        <source>Secrets are never read from the source. Type each one once for every target, or leave it unset (a new resource gets none, an existing one keeps its own).</source>
        <translation>シークレットはコピー元から読み取られません。各シークレットをすべてのコピー先に対して 1 回入力するか、未設定のままにしてください (新しいリソースには設定されず、既存のリソースは独自の値を保持します)。</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>再計画</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Leave unset</source>
        <translation>未設定のままにする</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n target cluster(s)…</source>
        <translation>
            <numerusform>%n 個のコピー先クラスターを読み取り中…</numerusform>
        </translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation>適用不可</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 cannot be applied</source>
        <translation>作成 %1、更新 %2、適用不可 %3</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 cannot be applied.</source>
        <translation>作成 %1、更新 %2、変更なし %3、適用不可 %4。</translation>
    </message>
    <message>
        <source>Nothing to write: every target already matches (or cannot be written).</source>
        <translation>書き込むものはありません: すべてのコピー先がすでに一致しています (または書き込めません)。</translation>
    </message>
    <message>
        <source>Applied %1, conflicts %2, failed %3. Plan again to see what is left.</source>
        <translation>適用 %1、競合 %2、失敗 %3。残りを確認するには再計画してください。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>競合: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Reading target clusters: %v of %m</source>
        <translation>コピー先クラスターを読み取り中: %v / %m</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was planned or written. Plan again to start over.</source>
        <translation>読み取りをキャンセルしました: 何も計画・書き込みされていません。最初からやり直すには再計画してください。</translation>
    </message>
    <message>
        <source>Applying: %v of %m writes</source>
        <translation>適用中: %v / %m 件の書き込み</translation>
    </message>
    <message>
        <source>Cancelled: applied %1, conflicts %2, failed %3, not sent %4 (each item says which). Plan again to see what is left.</source>
        <translation>キャンセルしました: 適用 %1、競合 %2、失敗 %3、未送信 %4 (各項目に内訳を表示)。残りを確認するには再計画してください。</translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation>未送信 (キャンセル)</translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n write(s) is unknown: the change log shows their request ids if they were applied.</source>
        <translation>
            <numerusform>%n 件の書き込みの結果は不明です: 適用されていれば、変更ログにそのリクエスト ID が表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert change %1</source>
        <translation>変更 %1 を元に戻す</translation>
    </message>
    <message>
        <source>Undo change %1 (%2 %3/%4 by %5) on %6. A resource changed since is a conflict and is never overwritten. This is a dry run: nothing is written until you press Apply.</source>
        <translation>%6 で変更 %1 (%5 による %2 %3/%4) を元に戻します。その後に変更されたリソースは競合として扱われ、上書きされることはありません。これはドライランです: 「適用」を押すまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>its cluster</source>
        <translation>そのクラスター</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>削除 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete.</source>
        <translation>
            <numerusform>削除 %n。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert on a production cluster?</source>
        <translation>本番クラスターで元に戻しますか?</translation>
    </message>
    <message>
        <source>Copy onto a production cluster?</source>
        <translation>本番クラスターにコピーしますか?</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n write(s) to the production cluster “%1”?</source>
        <translation>
            <numerusform>本番クラスター「%1」に %n 件の書き込みを適用しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every production cluster the plan writes to is confirmed on its own.</source>
        <translation>計画で書き込み先となる本番クラスターは、それぞれ個別に確認します。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TcpListen</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 ポート %2 で待ち受けできません: %3</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>%1 joined (%2)</source>
        <translation>%1 が参加しました (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 left the cluster</source>
        <translation>%1 がクラスターから離脱しました</translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation>Clusterdesk</translation>
    </message>
    <message>
        <source>%1: node state changed</source>
        <translation>%1: ノードの状態が変化しました</translation>
    </message>
</context>
<context>
    <name>TypedConfirmationDialog</name>
    <message>
        <source>This is a production cluster. To go on, type its name, &lt;b&gt;%1&lt;/b&gt;, exactly:</source>
        <translation>これは本番クラスターです。続行するには、クラスター名 &lt;b&gt;%1&lt;/b&gt; を正確に入力してください:</translation>
    </message>
</context>
<context>
    <name>UnsavedDraftsPrompt</name>
    <message>
        <source>database resource</source>
        <translation>データベースリソース</translation>
    </message>
    <message>
        <source>JDBC connection</source>
        <translation>JDBC 接続</translation>
    </message>
    <message>
        <source>file server</source>
        <translation>ファイルサーバー</translation>
    </message>
    <message>
        <source>web service</source>
        <translation>Web サービス</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(名前未設定)</translation>
    </message>
    <message>
        <source>%1, a new %2 not yet on the cluster</source>
        <translation>%1 (まだクラスターにない新しい%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message numerus="yes">
        <source>You have unsaved changes to %n resource(s):</source>
        <translation>
            <numerusform>%n 件のリソースに未保存の変更があります:</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts you keep are offered again next time; secrets you typed are never stored and must be typed again.</source>
        <translation>保持した下書きは次回また表示されます。入力したシークレットは保存されないため、もう一度入力する必要があります。</translation>
    </message>
    <message>
        <source>Drafts of a removed cluster cannot be kept.</source>
        <translation>削除されたクラスターの下書きは保持できません。</translation>
    </message>
    <message>
        <source>&amp;Apply all</source>
        <translation>すべて適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep as drafts</source>
        <translation>下書きとして保持(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Not everything was saved</source>
        <translation>一部が保存されませんでした</translation>
    </message>
    <message>
        <source>These changes were not saved and are still open:</source>
        <translation>以下の変更は保存されておらず、まだ開いたままです:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Starting the demo cluster…</source>
        <translation>デモクラスターを起動中…</translation>
    </message>
    <message>
        <source>Starting the demo cluster… %1</source>
        <translation>デモクラスターを起動中… %1</translation>
    </message>
    <message>
        <source>Welcome to Clusterdesk</source>
        <translation>Clusterdesk へようこそ</translation>
    </message>
    <message>
        <source>Watch the nodes of your clusters, their health, clocks and configuration, and manage the resources they share. Start by adding a cluster: the address of its load balancer and a user.</source>
        <translation>クラスターのノード、ヘルス、クロック、構成を監視し、共有リソースを管理します。まずクラスターを追加してください: ロードバランサーのアドレスとユーザーを指定します。</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>クラスターを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Start &amp;Local Demo Cluster</source>
        <translation>ローカルデモクラスターを起動(&amp;L)</translation>
    </message>
    <message>
        <source>Runs three reference nodes behind HAProxy on this computer and adds them as a cluster. They stop when Clusterdesk quits.</source>
        <translation>このコンピューター上で HAProxy の背後に 3 つのリファレンスノードを実行し、クラスターとして追加します。Clusterdesk の終了時に停止します。</translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation>Clusterdesk</translation>
    </message>
</context>
<context>
    <name>ZoomableChartView</name>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>CSV としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom into a period; double-click to show it all.</source>
        <translation>グラフ上をドラッグすると期間を拡大し、ダブルクリックすると全体を表示します。</translation>
    </message>
</context>
</TS>
