<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Export Activity</source>
        <translation>Aktivität exportieren</translation>
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
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>Das Aktivitätsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Wählen Sie einen Eintrag, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Everything kept</source>
        <translation>Gesamter gespeicherter Zeitraum</translation>
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
        <translation>Zeit: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Cluster user: %1</source>
        <translation>Cluster-Benutzer: %1</translation>
    </message>
    <message>
        <source>Local user: %1</source>
        <translation>Lokaler Benutzer: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Beantwortet: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>ActivityQuery</name>
    <message>
        <source>The local store is not available.</source>
        <translation>Der lokale Speicher ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ActivityRecorder</name>
    <message>
        <source>%1 %2 %3</source>
        <translation>%2 %3 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on node %2</source>
        <translation>%1 auf Knoten %2</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the answer was lost (%1); it may or may not have been applied</source>
        <translation>die Antwort ging verloren (%1); die Aktion wurde möglicherweise ausgeführt, möglicherweise nicht</translation>
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
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Refused locally</source>
        <translation>Lokal abgelehnt</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
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
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>sign-in failed: the token answer has no access_token</source>
        <translation>Anmeldung fehlgeschlagen: Die Token-Antwort enthält kein access_token</translation>
    </message>
    <message>
        <source>sign-in failed: the user name or password was rejected</source>
        <translation>Anmeldung fehlgeschlagen: Benutzername oder Passwort wurde abgelehnt</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the load balancer answered 502: the node sent no valid answer</source>
        <translation>der Lastverteiler antwortete mit 502: Der Knoten lieferte keine gültige Antwort</translation>
    </message>
    <message>
        <source>the load balancer answered 504: the node did not answer in time</source>
        <translation>der Lastverteiler antwortete mit 504: Der Knoten antwortete nicht rechtzeitig</translation>
    </message>
    <message>
        <source>the load balancer answered %1: no node is available</source>
        <translation>der Lastverteiler antwortete mit %1: Kein Knoten ist verfügbar</translation>
    </message>
    <message>
        <source>an unknown node</source>
        <translation>ein unbekannter Knoten</translation>
    </message>
    <message>
        <source>the request for node %1 reached %2, which refused it</source>
        <translation>die Anfrage für Knoten %1 erreichte %2, der sie ablehnte</translation>
    </message>
    <message>
        <source>the request for node %1 was answered by %2</source>
        <translation>die Anfrage für Knoten %1 wurde von %2 beantwortet</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>expected a JSON answer but got %1</source>
        <translation>JSON-Antwort erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 (at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON: %1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot;: an http or https URL with a host is needed</source>
        <translation>ungültige URL „%1“: Eine http- oder https-URL mit Host ist erforderlich</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 bytes</source>
        <translation>die Antwort von %1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>refused a redirect from %1 to another server (%2)</source>
        <translation>Weiterleitung von %1 auf einen anderen Server (%2) abgelehnt</translation>
    </message>
    <message>
        <source>certificate fingerprint mismatch: %1 presented %2, the profile pins %3</source>
        <translation>Zertifikat-Fingerabdruck stimmt nicht überein: %1 legte %2 vor, das Profil legt %3 fest</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>refused a redirect from %1: %2</source>
        <translation>Weiterleitung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the CA file holds no PEM certificate</source>
        <translation>die CA-Datei enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
SHA-256: %3
Valid from %4 to %5</source>
        <translation>Inhaber: %1
Aussteller: %2
SHA-256: %3
Gültig von %4 bis %5</translation>
    </message>
    <message>
        <source>the console stopped waiting for the answer</source>
        <translation>die Konsole hat nicht länger auf die Antwort gewartet</translation>
    </message>
    <message>
        <source>this cluster is read-only in Clusterdesk; change it in the cluster settings</source>
        <translation>dieser Cluster hat in Clusterdesk nur Lesezugriff; dies in den Clustereinstellungen ändern</translation>
    </message>
    <message>
        <source>sign-in failed: the session token answer has no session</source>
        <translation>Anmeldung fehlgeschlagen: Die Sitzungstoken-Antwort enthält keine Sitzung</translation>
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
        <translation>keine</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (not yet valid)</source>
        <translation>%1 (noch nicht gültig)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
</context>
<context>
    <name>ChangeDetailsDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>Ressourcentyp:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>%1 (UTC: %2)</source>
        <translation>%1 (UTC: %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Before and after: %1. The node did not keep this change&apos;s definitions (it was made before they were recorded).</source>
        <translation>Vorher und nachher: %1. Der Knoten hat die Definitionen dieser Änderung nicht gespeichert (sie wurde vorgenommen, bevor sie aufgezeichnet wurden).</translation>
    </message>
    <message>
        <source>Secret values are never kept in the log: a revert keeps the current secret of %1.</source>
        <translation>Geheime Werte werden nie im Protokoll gespeichert: Beim Rückgängigmachen bleibt das aktuelle Geheimnis von %1 erhalten.</translation>
    </message>
    <message>
        <source>&amp;Fields (changed ones in bold):</source>
        <translation>&amp;Felder (geänderte in Fettschrift):</translation>
    </message>
    <message>
        <source>Show &amp;only the changed fields</source>
        <translation>&amp;Nur die geänderten Felder anzeigen</translation>
    </message>
    <message>
        <source>&amp;Revert this change…</source>
        <translation>Diese Änderung &amp;rückgängig machen…</translation>
    </message>
</context>
<context>
    <name>ChangeDiff</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set (changed)</source>
        <translation>gesetzt (geändert)</translation>
    </message>
    <message>
        <source>set (unchanged)</source>
        <translation>gesetzt (unverändert)</translation>
    </message>
</context>
<context>
    <name>ChangeDiffModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>ChangeLogExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChangeLogFetcher</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>The change log could not be loaded: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s change log could not be read: %1</source>
        <translation>Das Änderungsprotokoll des Servers konnte nicht gelesen werden: %1</translation>
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
        <translation>Revision</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
</context>
<context>
    <name>ChangeLogReader</name>
    <message>
        <source>not connected to the cluster</source>
        <translation>nicht mit dem Cluster verbunden</translation>
    </message>
    <message>
        <source>the change log has more than %1 changes</source>
        <translation>das Änderungsprotokoll enthält mehr als %1 Änderungen</translation>
    </message>
    <message>
        <source>the change log could not be loaded: %1</source>
        <translation>das Änderungsprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the server&apos;s change log could not be read: %1</source>
        <translation>das Änderungsprotokoll des Servers konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ChangeLogText</name>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message>
        <source>a revision &gt; 0 is required</source>
        <translation>eine Revision &gt; 0 ist erforderlich</translation>
    </message>
    <message>
        <source>not an RFC 3339 time</source>
        <translation>keine Zeit im Format RFC 3339</translation>
    </message>
    <message>
        <source>a revision &gt;= 0 is required</source>
        <translation>eine Revision &gt;= 0 ist erforderlich</translation>
    </message>
    <message>
        <source>a list of changes is required</source>
        <translation>eine Liste von Änderungen ist erforderlich</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>JDBC connection</source>
        <translation>JDBC-Verbindung</translation>
    </message>
    <message>
        <source>File server</source>
        <translation>Dateiserver</translation>
    </message>
    <message>
        <source>Web service</source>
        <translation>Webdienst</translation>
    </message>
    <message>
        <source>before and after must be null or a definition</source>
        <translation>before und after müssen null oder eine Definition sein</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>unknown resource type &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannter Ressourcentyp „%1“ (einer von: %2)</translation>
    </message>
    <message>
        <source>invalid resource name &apos;%1&apos;: %2</source>
        <translation>ungültiger Ressourcenname „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ChangeRevert</name>
    <message>
        <source>%1: the old secret cannot be restored (the log keeps no secret values); it is left unset</source>
        <translation>%1: Das alte Geheimnis kann nicht wiederhergestellt werden (das Protokoll speichert keine geheimen Werte); es bleibt ungesetzt</translation>
    </message>
    <message>
        <source>%1: the old secret cannot be restored (the log keeps no secret values); the current one is kept</source>
        <translation>%1: Das alte Geheimnis kann nicht wiederhergestellt werden (das Protokoll speichert keine geheimen Werte); das aktuelle bleibt erhalten</translation>
    </message>
    <message>
        <source>conflict: deleted since revision %1; nothing to revert</source>
        <translation>Konflikt: seit Revision %1 gelöscht; nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>conflict: changed since revision %1 (now revision %2 by %3); revert the newer changes first</source>
        <translation>Konflikt: seit Revision %1 geändert (jetzt Revision %2 von %3); zuerst die neueren Änderungen rückgängig machen</translation>
    </message>
    <message>
        <source>conflict: created again since (revision %1 by %2)</source>
        <translation>Konflikt: seitdem erneut angelegt (Revision %1 von %2)</translation>
    </message>
    <message>
        <source>already deleted</source>
        <translation>bereits gelöscht</translation>
    </message>
    <message>
        <source>the definition before this change was not recorded (an older node or an older change), so it cannot be reverted</source>
        <translation>die Definition vor dieser Änderung wurde nicht aufgezeichnet (ein älterer Knoten oder eine ältere Änderung), daher kann sie nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>the change log does not say what this change did</source>
        <translation>das Änderungsprotokoll gibt nicht an, was diese Änderung bewirkt hat</translation>
    </message>
    <message>
        <source>cannot read the cluster: %1</source>
        <translation>der Cluster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>signed in as %1, a viewer: read-only</source>
        <translation>angemeldet als %1, ein Betrachter: nur Lesezugriff</translation>
    </message>
</context>
<context>
    <name>ClusterCapabilities</name>
    <message>
        <source>Clusterdesk management API</source>
        <translation>Clusterdesk-Verwaltungs-API</translation>
    </message>
    <message>
        <source>Spectrum token service</source>
        <translation>Spectrum-Tokendienst</translation>
    </message>
    <message>
        <source>REST service catalogue</source>
        <translation>REST-Dienstkatalog</translation>
    </message>
    <message>
        <source>SOAP service catalogue</source>
        <translation>SOAP-Dienstkatalog</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <source>Not offered: %1.</source>
        <translation>Nicht angeboten: %1.</translation>
    </message>
    <message>
        <source>Could not be checked: %1.</source>
        <translation>Nicht prüfbar: %1.</translation>
    </message>
    <message>
        <source>A plain Spectrum cluster: nodes, service catalogues and clocks (from HTTP Date headers) are shown; versions, revisions and resources are not published.</source>
        <translation>Ein reiner Spectrum-Cluster: Knoten, Dienstkataloge und Uhren (aus HTTP-Date-Headern) werden angezeigt; Versionen, Revisionen und Ressourcen werden nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>This cluster does not publish node versions, configuration revisions, requests or memory: only reachability, latency and clocks are shown.</source>
        <translation>Dieser Cluster veröffentlicht keine Knotenversionen, Konfigurationsrevisionen, Anfragen oder Speicherwerte: Nur Erreichbarkeit, Latenz und Uhren werden angezeigt.</translation>
    </message>
    <message>
        <source>This cluster does not publish node clocks; they are estimated from HTTP Date headers.</source>
        <translation>Dieser Cluster veröffentlicht keine Knotenuhren; sie werden aus HTTP-Date-Headern geschätzt.</translation>
    </message>
    <message>
        <source>This cluster does not publish its external resource definitions.</source>
        <translation>Dieser Cluster veröffentlicht seine externen Ressourcendefinitionen nicht.</translation>
    </message>
    <message>
        <source>This cluster does not publish a configuration change log.</source>
        <translation>Dieser Cluster veröffentlicht kein Änderungsprotokoll der Konfiguration.</translation>
    </message>
    <message>
        <source>This cluster does not publish its license.</source>
        <translation>Dieser Cluster veröffentlicht seine Lizenz nicht.</translation>
    </message>
    <message>
        <source>This cluster does not publish a REST or SOAP service catalogue.</source>
        <translation>Dieser Cluster veröffentlicht keinen REST- oder SOAP-Dienstkatalog.</translation>
    </message>
</context>
<context>
    <name>ClusterEndpoint</name>
    <message>
        <source>no password stored for %1</source>
        <translation>kein Passwort für %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ClusterListDelegate</name>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 nodes up</source>
        <translation>%1 Knoten aktiv</translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation>%1 · gespeichert %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>Password needed · Sign In…</source>
        <translation>Passwort erforderlich · Anmelden…</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur Lesezugriff</translation>
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
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 nodes answer</source>
        <translation>%1 von %2 Knoten antworten</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Last refreshed %1 (saved state)</source>
        <translation>Zuletzt aktualisiert %1 (gespeicherter Stand)</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Password needed (%1): use Sign In… to poll this cluster</source>
        <translation>Passwort erforderlich (%1): „Anmelden…“ verwenden, um diesen Cluster abzufragen</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Read-only in Clusterdesk: every write is refused</source>
        <translation>In Clusterdesk nur Lesezugriff: Jeder Schreibzugriff wird abgelehnt</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
</context>
<context>
    <name>ClusterMonitor</name>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>das CA-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the profile&apos;s CA certificate is not usable: %1</source>
        <translation>das CA-Zertifikat des Profils ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>the pinned fingerprint is not a SHA-256 fingerprint</source>
        <translation>der festgelegte Fingerabdruck ist kein SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>the node&apos;s answer is not usable: %1</source>
        <translation>die Antwort des Knotens ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>asked %1, but the answer describes %2</source>
        <translation>%1 wurde gefragt, aber die Antwort beschreibt %2</translation>
    </message>
    <message>
        <source>the cluster answer is not a JSON object</source>
        <translation>die Cluster-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the cluster answer has no &quot;nodes&quot; list</source>
        <translation>die Cluster-Antwort enthält keine Liste „nodes“</translation>
    </message>
    <message>
        <source>the cluster answer lists no nodes</source>
        <translation>die Cluster-Antwort nennt keine Knoten</translation>
    </message>
    <message>
        <source>the load balancer cannot route to %1 and the cluster lists no usable direct URL for it</source>
        <translation>der Lastverteiler kann nicht zu %1 weiterleiten, und der Cluster nennt keine verwendbare direkte URL dafür</translation>
    </message>
    <message>
        <source>the node answer is not a JSON object</source>
        <translation>die Knoten-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the time answer is not a JSON object</source>
        <translation>die Zeit-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the license answer is not a JSON object</source>
        <translation>die Lizenz-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no answer within the poll&apos;s deadline of %1 ms</source>
        <translation>keine Antwort innerhalb der Abfragefrist von %1 ms</translation>
    </message>
    <message>
        <source>Let the load balancer route requests by X-Cluster-Node, or list direct node URLs with the load balancer&apos;s scheme (https when it uses https) that the profile&apos;s CA vouches for, without a pin.</source>
        <translation>Den Lastverteiler Anfragen anhand von X-Cluster-Node weiterleiten lassen oder direkte Knoten-URLs mit dem Schema des Lastverteilers (https, wenn er https verwendet) angeben, für die die CA des Profils bürgt, ohne festgelegten Fingerabdruck.</translation>
    </message>
    <message>
        <source>%1 cannot be probed: the load balancer cannot target nodes and its direct URL %2 would send credentials over plain HTTP</source>
        <translation>%1 kann nicht abgefragt werden: Der Lastverteiler kann keine einzelnen Knoten ansprechen, und seine direkte URL %2 würde Anmeldedaten über unverschlüsseltes HTTP senden</translation>
    </message>
    <message>
        <source>%1 cannot be probed: the load balancer cannot target nodes and its direct URL %2 does not use the load balancer&apos;s scheme (%3)</source>
        <translation>%1 kann nicht abgefragt werden: Der Lastverteiler kann keine einzelnen Knoten ansprechen, und seine direkte URL %2 verwendet nicht das Schema des Lastverteilers (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be probed: the load balancer cannot target nodes and the certificate pin set for the load balancer cannot vouch for its direct URL %2</source>
        <translation>%1 kann nicht abgefragt werden: Der Lastverteiler kann keine einzelnen Knoten ansprechen, und der für den Lastverteiler festgelegte Zertifikat-Fingerabdruck kann nicht für seine direkte URL %2 bürgen</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>The last poll took %1 ms, longer than the poll interval of %2 ms: this cluster is polled less often than set</source>
        <translation>Die letzte Abfrage dauerte %1 ms, länger als das Abfrageintervall von %2 ms: dieser Cluster wird seltener abgefragt als eingestellt</translation>
    </message>
    <message>
        <source>Set a longer poll interval for this cluster, or check why its nodes or this computer answer slowly.</source>
        <translation>Stellen Sie für diesen Cluster ein längeres Abfrageintervall ein oder prüfen Sie, warum seine Knoten oder dieser Computer langsam antworten.</translation>
    </message>
    <message>
        <source>Sign-in works, but the next request with the new token is refused as an invalid token: Spectrum ties tokens to the host that requested them, and the load balancer sent the request elsewhere.</source>
        <translation>Die Anmeldung funktioniert, aber die nächste Anfrage mit dem neuen Token wird als ungültiges Token abgelehnt: Spectrum bindet Tokens an den Host, der sie angefordert hat, und der Lastverteiler hat die Anfrage an einen anderen Knoten gesendet.</translation>
    </message>
    <message>
        <source>Disable the host check of token authentication in spectrum-container.properties on every node (then restart them), or make the load balancer keep each client on one node (sticky sessions).</source>
        <translation>Die Hostprüfung der Token-Authentifizierung in spectrum-container.properties auf jedem Knoten deaktivieren (und die Knoten danach neu starten) oder den Lastverteiler jeden Client bei einem Knoten halten lassen (Sticky Sessions).</translation>
    </message>
    <message>
        <source>The nodes answer at their own addresses, but no request gets through the load balancer (%1): the cluster&apos;s clients cannot reach it.</source>
        <translation>Die Knoten antworten unter ihren eigenen Adressen, aber keine Anfrage kommt durch den Lastverteiler (%1): Die Clients des Clusters erreichen ihn nicht.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Check the load balancer at %1: is it running, and does it forward to the nodes?</source>
        <translation>Prüfen Sie den Lastverteiler unter %1: Läuft er, und leitet er an die Knoten weiter?</translation>
    </message>
</context>
<context>
    <name>ClusterPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>A production cluster: deleting or copying onto it asks for its name first.</source>
        <translation>Ein Produktionscluster: Vor dem Löschen oder dem Kopieren in diesen Cluster wird sein Name abgefragt.</translation>
    </message>
    <message>
        <source>Serv&amp;ices</source>
        <translation>&amp;Dienste</translation>
    </message>
</context>
<context>
    <name>ClusterProfile</name>
    <message>
        <source>is not a valid URL</source>
        <translation>ist keine gültige URL</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>must name a host</source>
        <translation>muss einen Host nennen</translation>
    </message>
    <message>
        <source>must not contain a password; the secret is stored separately</source>
        <translation>darf kein Passwort enthalten; das Geheimnis wird getrennt gespeichert</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>muss eine UUID sein</translation>
    </message>
    <message>
        <source>is required for password sign-in</source>
        <translation>ist für die Anmeldung mit Passwort erforderlich</translation>
    </message>
    <message>
        <source>give either a certificate file or the PEM text, not both</source>
        <translation>entweder eine Zertifikatsdatei oder den PEM-Text angeben, nicht beides</translation>
    </message>
    <message>
        <source>is not a PEM certificate</source>
        <translation>ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits (a SHA-256 digest)</source>
        <translation>muss aus 64 Hexadezimalziffern bestehen (ein SHA-256-Hash)</translation>
    </message>
    <message>
        <source>must list the accepted TLS errors</source>
        <translation>muss die akzeptierten TLS-Fehler auflisten</translation>
    </message>
    <message>
        <source>must be TLS error codes</source>
        <translation>muss aus TLS-Fehlercodes bestehen</translation>
    </message>
    <message>
        <source>must be greater than the warning threshold</source>
        <translation>muss größer als der Warnschwellenwert sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be &quot;password&quot; or &quot;token&quot;</source>
        <translation>muss „password“ oder „token“ sein</translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation>muss Objekte enthalten</translation>
    </message>
    <message>
        <source>must hold integers</source>
        <translation>muss ganze Zahlen enthalten</translation>
    </message>
    <message>
        <source>give either a password file or a password command, not both</source>
        <translation>entweder eine Passwortdatei oder einen Passwortbefehl angeben, nicht beides</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>muss eine einzige Zeile sein</translation>
    </message>
    <message>
        <source>must name a program</source>
        <translation>muss ein Programm nennen</translation>
    </message>
    <message>
        <source>must be one line without surrounding spaces</source>
        <translation>muss eine einzige Zeile ohne umgebende Leerzeichen sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be a colour written #rrggbb</source>
        <translation>muss eine Farbe im Format #rrggbb sein</translation>
    </message>
    <message>
        <source>needs an environment</source>
        <translation>erfordert eine Umgebung</translation>
    </message>
    <message>
        <source>must be folder names separated by &quot;/&quot;, none of them empty</source>
        <translation>muss aus durch „/“ getrennten Ordnernamen bestehen, von denen keiner leer ist</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>must hold strings</source>
        <translation>muss Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>must be &quot;session&quot; or &quot;open&quot;</source>
        <translation>muss „session“ oder „open“ sein</translation>
    </message>
    <message>
        <source>names a node already listed</source>
        <translation>nennt einen bereits aufgeführten Knoten</translation>
    </message>
</context>
<context>
    <name>ClusterResourcesFetcher</name>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>every answer was older than revision %1, written from this console; compare again in a moment</source>
        <translation>jede Antwort war älter als Revision %1, die von dieser Konsole geschrieben wurde; gleich noch einmal vergleichen</translation>
    </message>
    <message>
        <source>this cluster does not publish its resource definitions (no Clusterdesk API; a plain Spectrum cluster keeps them out of reach)</source>
        <translation>dieser Cluster veröffentlicht seine Ressourcendefinitionen nicht (keine Clusterdesk-API; ein reiner Spectrum-Cluster hält sie unerreichbar)</translation>
    </message>
</context>
<context>
    <name>ClusterSidebar</name>
    <message>
        <source>Remove cluster</source>
        <translation>Cluster entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from Clusterdesk?</source>
        <translation>„%1“ aus Clusterdesk entfernen?</translation>
    </message>
    <message>
        <source>Its saved connection, history and drafts are deleted. The cluster itself is not touched.</source>
        <translation>Die gespeicherte Verbindung, der Verlauf und die Entwürfe werden gelöscht. Der Cluster selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Saved clusters</source>
        <translation>Gespeicherte Cluster</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a cluster (%1)</source>
        <translation>Cluster hinzufügen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>Cluster &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected cluster&apos;s connection</source>
        <translation>Verbindung des ausgewählten Clusters bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster</source>
        <translation>Cluster &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected cluster from Clusterdesk</source>
        <translation>Den ausgewählten Cluster aus Clusterdesk entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected cluster up</source>
        <translation>Den ausgewählten Cluster nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected cluster down</source>
        <translation>Den ausgewählten Cluster nach unten verschieben</translation>
    </message>
    <message>
        <source>Move to &amp;Group…</source>
        <translation>In &amp;Gruppe verschieben…</translation>
    </message>
    <message>
        <source>Put the selected cluster in a group (a folder)</source>
        <translation>Den ausgewählten Cluster in eine Gruppe (einen Ordner) verschieben</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Neue Gruppe…</translation>
    </message>
    <message>
        <source>Make a folder for clusters</source>
        <translation>Einen Ordner für Cluster anlegen</translation>
    </message>
    <message>
        <source>Re&amp;name Group…</source>
        <translation>Gruppe &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected folder in every cluster it holds</source>
        <translation>Den gewählten Ordner in jedem seiner Cluster umbenennen</translation>
    </message>
    <message>
        <source>Remove &amp;Group</source>
        <translation>&amp;Gruppe entfernen</translation>
    </message>
    <message>
        <source>Remove the selected folder; its clusters move to the folder above</source>
        <translation>Den gewählten Ordner entfernen; seine Cluster wandern in den Ordner darüber</translation>
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
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnungen</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or unreachable</source>
        <translation>
            <numerusform>%n kritisch oder nicht erreichbar</numerusform>
            <numerusform>%n kritisch oder nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not refreshed yet</source>
        <translation>
            <numerusform>%n noch nicht aktualisiert</numerusform>
            <numerusform>%n noch nicht aktualisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>see clusterdesk --help or clusterdesk &lt;command&gt; --help</source>
        <translation>siehe clusterdesk --help oder clusterdesk &lt;Befehl&gt; --help</translation>
    </message>
    <message>
        <source>Keep the saved clusters in &lt;dir&gt; instead of the default location.</source>
        <translation>Die gespeicherten Cluster in &lt;dir&gt; statt am Standardort ablegen.</translation>
    </message>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation>die %1-Datei %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the %1 file %2 is too large</source>
        <translation>die %1-Datei %2 ist zu groß</translation>
    </message>
    <message>
        <source>the %1 file %2 is empty</source>
        <translation>die %1-Datei %2 ist leer</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Polls one cluster once and prints its nodes and findings.
Exit codes: 0 healthy, 1 warnings, 2 critical, 3 unreachable (connection, TLS or
sign-in failed), 64 usage error. The password comes from --password-file or the
environment variable CLUSTERDESK_PASSWORD, never from the command line.</source>
        <translation>Fragt einen Cluster einmal ab und gibt seine Knoten und Befunde aus.
Exit-Codes: 0 gesund, 1 Warnungen, 2 kritisch, 3 nicht erreichbar (Verbindung, TLS oder
Anmeldung fehlgeschlagen), 64 Aufruffehler. Das Passwort kommt aus --password-file oder der
Umgebungsvariable CLUSTERDESK_PASSWORD, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The cluster&apos;s load balancer URL.</source>
        <translation>Die URL des Lastverteilers des Clusters.</translation>
    </message>
    <message>
        <source>A saved cluster (see clusterdesk cluster list).</source>
        <translation>Ein gespeicherter Cluster (siehe clusterdesk cluster list).</translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation>Der Benutzer, als der angemeldet wird.</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt;.</source>
        <translation>Das Passwort aus &lt;file&gt; lesen.</translation>
    </message>
    <message>
        <source>Read a session token from &lt;file&gt;.</source>
        <translation>Ein Sitzungstoken aus &lt;file&gt; lesen.</translation>
    </message>
    <message>
        <source>Trust the CA certificate(s) in &lt;file&gt; (PEM).</source>
        <translation>Den CA-Zertifikaten in &lt;file&gt; (PEM) vertrauen.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page.</source>
        <translation>Die Statistikseite von HAProxy.</translation>
    </message>
    <message>
        <source>Print JSON (the snapshot plus &quot;exitCode&quot;).</source>
        <translation>JSON ausgeben (den Schnappschuss plus „exitCode“).</translation>
    </message>
    <message>
        <source>Give up after &lt;seconds&gt; (default %1).</source>
        <translation>Nach &lt;seconds&gt; aufgeben (Standard %1).</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>give either --url or --cluster</source>
        <translation>entweder --url oder --cluster angeben</translation>
    </message>
    <message>
        <source>give either --password-file or --token-file, not both</source>
        <translation>entweder --password-file oder --token-file angeben, nicht beides</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0</source>
        <translation>--timeout erfordert eine Anzahl Sekunden größer als 0</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --cluster (it is saved in the profile)</source>
        <translation>--%1 kann nicht mit --cluster kombiniert werden (es ist im Profil gespeichert)</translation>
    </message>
    <message>
        <source>invalid --url: %1</source>
        <translation>ungültige --url: %1</translation>
    </message>
    <message>
        <source>--user is required with a password</source>
        <translation>--user ist bei einem Passwort erforderlich</translation>
    </message>
    <message>
        <source>cannot read the CA certificate %1</source>
        <translation>das CA-Zertifikat %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>invalid --stats-url: %1</source>
        <translation>ungültige --stats-url: %1</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>ungültig: %1: %2</translation>
    </message>
    <message>
        <source>The cluster&apos;s name.</source>
        <translation>Der Name des Clusters.</translation>
    </message>
    <message>
        <source>Poll every &lt;seconds&gt; (default %1).</source>
        <translation>Alle &lt;seconds&gt; abfragen (Standard %1).</translation>
    </message>
    <message>
        <source>cluster add needs --name and --url</source>
        <translation>cluster add erfordert --name und --url</translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds greater than 0</source>
        <translation>--poll-interval erfordert eine Anzahl Sekunden größer als 0</translation>
    </message>
    <message>
        <source>Saves a cluster.</source>
        <translation>Speichert einen Cluster.</translation>
    </message>
    <message>
        <source>Lists the saved clusters.</source>
        <translation>Listet die gespeicherten Cluster auf.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Forgets a saved cluster and its password.</source>
        <translation>Vergisst einen gespeicherten Cluster und sein Passwort.</translation>
    </message>
    <message>
        <source>The saved cluster&apos;s name.</source>
        <translation>Der Name des gespeicherten Clusters.</translation>
    </message>
    <message>
        <source>cluster remove needs exactly one name</source>
        <translation>cluster remove erfordert genau einen Namen</translation>
    </message>
    <message>
        <source>unknown cluster action: %1</source>
        <translation>unbekannte Cluster-Aktion: %1</translation>
    </message>
    <message>
        <source>Clusterdesk: a console for clustered servers.</source>
        <translation>Clusterdesk: eine Konsole für geclusterte Server.</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>see clusterdesk report --help</source>
        <translation>siehe clusterdesk report --help</translation>
    </message>
    <message>
        <source>Every saved cluster in one document (fleet report).</source>
        <translation>Alle gespeicherten Cluster in einem Dokument (Flottenbericht).</translation>
    </message>
    <message>
        <source>html, pdf, csv or json.</source>
        <translation>html, pdf, csv oder json.</translation>
    </message>
    <message>
        <source>The period covered: 24h, 7d, 14d, 90m, 2w or a date (default 24h).</source>
        <translation>Der Zeitraum: 24h, 7d, 14d, 90m, 2w oder ein Datum (Standard 24h).</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>Write to &lt;path&gt; (csv: see below).</source>
        <translation>Nach &lt;path&gt; schreiben (csv: siehe unten).</translation>
    </message>
    <message>
        <source>Give up on a request after &lt;seconds&gt; (default 5).</source>
        <translation>Eine Anfrage nach &lt;seconds&gt; aufgeben (Standard 5).</translation>
    </message>
    <message>
        <source>give exactly one of --url, --cluster and --all</source>
        <translation>genau eines von --url, --cluster und --all angeben</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message>
        <source>unknown --format %1 (html, pdf, csv or json)</source>
        <translation>unbekanntes --format %1 (html, pdf, csv oder json)</translation>
    </message>
    <message>
        <source>unknown --paper %1 (a4 or letter)</source>
        <translation>unbekanntes --paper %1 (a4 oder letter)</translation>
    </message>
    <message>
        <source>invalid --since %1 (24h, 7d, 2w or a past date)</source>
        <translation>ungültiges --since %1 (24h, 7d, 2w oder ein vergangenes Datum)</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600</source>
        <translation>--timeout erfordert eine Anzahl Sekunden zwischen 0 und 600</translation>
    </message>
    <message>
        <source>--%1 goes with --url only (saved clusters keep their own)</source>
        <translation>--%1 gilt nur mit --url (gespeicherte Cluster haben ihre eigenen Werte)</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk status --cluster Prod --json &gt; prod-status.json
  clusterdesk status --url https://lb.example:8443 --user admin --password-file pw.txt --ca ca.pem --timeout 5
  CLUSTERDESK_PASSWORD=secret clusterdesk status --url https://lb.example:8443 --user admin
</source>
        <translation>
Beispiele:
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
Beispiele:
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
Beispiele:
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
Beispiele:
  clusterdesk cluster add --name Prod --url https://lb.example:8443 --user admin --password-file pw.txt
  clusterdesk cluster list
  clusterdesk cluster remove Prod
clusterdesk cluster &lt;Aktion&gt; --help zeigt die Optionen der Aktion.
</translation>
    </message>
    <message>
        <source>Window: select the saved cluster at &lt;url&gt; when it opens.</source>
        <translation>Fenster: beim Öffnen den gespeicherten Cluster unter &lt;url&gt; auswählen.</translation>
    </message>
    <message>
        <source>cluster edit needs exactly one name</source>
        <translation>cluster edit braucht genau einen Namen</translation>
    </message>
    <message>
        <source>CLUSTERDESK_PASSWORD is one password but this command addresses several clusters: unset it and let each saved cluster find its own (clusterdesk cluster edit &lt;name&gt; --password-file &lt;file&gt; or --password-command &lt;command&gt;, or a systemd credential $CREDENTIALS_DIRECTORY/&lt;name&gt;)</source>
        <translation>CLUSTERDESK_PASSWORD ist ein einziges Passwort, aber dieser Befehl betrifft mehrere Cluster: die Variable entfernen und jeden gespeicherten Cluster sein eigenes finden lassen (clusterdesk cluster edit &lt;name&gt; --password-file &lt;file&gt; oder --password-command &lt;command&gt;, oder ein systemd-Credential $CREDENTIALS_DIRECTORY/&lt;name&gt;)</translation>
    </message>
    <message>
        <source>Get the password from the first line of &lt;command&gt;&apos;s output, run at each use without a shell (pass show x, secret-tool lookup ...).</source>
        <translation>Das Passwort aus der ersten Ausgabezeile von &lt;command&gt; lesen, bei jeder Verwendung ohne Shell ausgeführt (pass show x, secret-tool lookup ...).</translation>
    </message>
    <message>
        <source>Forget the password file or command: use the system keychain (a new password comes from CLUSTERDESK_PASSWORD).</source>
        <translation>Passwortdatei oder -befehl vergessen: den Schlüsselbund des Systems verwenden (ein neues Passwort kommt aus CLUSTERDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt; at each use (its path is saved, never its content); the file must be private: chmod 600.</source>
        <translation>Das Passwort bei jeder Verwendung aus &lt;file&gt; lesen (gespeichert wird der Pfad, nie der Inhalt); die Datei muss privat sein: chmod 600.</translation>
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
Das Passwort eines gespeicherten Clusters wird in dieser Reihenfolge gesucht:
  1. $CREDENTIALS_DIRECTORY/&lt;name&gt; (systemd LoadCredential=)
  2. seine --password-file (abgelehnt, außer bei chmod 600)
  3. sein --password-command (höchstens 10 s; ein Exit-Code ungleich 0 wird abgelehnt)
  4. der Schlüsselbund des Systems
Der Passwortbefehl läuft ohne Shell: Wörter mit doppelten Anführungszeichen
gruppieren und sh -c &quot;...&quot; schreiben, wenn er eine Pipe oder Variable braucht.
</translation>
    </message>
    <message>
        <source>give the password one way: --password-file, --password-command or CLUSTERDESK_PASSWORD (for the keychain)</source>
        <translation>das Passwort auf einem Weg angeben: --password-file, --password-command oder CLUSTERDESK_PASSWORD (für den Schlüsselbund)</translation>
    </message>
    <message>
        <source>--password-command needs a command</source>
        <translation>--password-command braucht einen Befehl</translation>
    </message>
    <message>
        <source>cluster edit needs one of --password-file, --password-command and --keychain</source>
        <translation>cluster edit braucht eine der Optionen --password-file, --password-command und --keychain</translation>
    </message>
    <message>
        <source>see clusterdesk exporter --help</source>
        <translation>siehe clusterdesk exporter --help</translation>
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
Stellt GET /metrics (Prometheus-Textformat 0.0.4) und GET /healthz bereit.
Passwörter gespeicherter Cluster werden wie im Fenster gefunden; in den lokalen
Speicher wird nichts geschrieben. Metriken: docs/metrics.md.
Exit-Codes: 0 durch SIGTERM oder SIGINT beendet, 1 Start nicht möglich (Adresse
belegt, unbekannter Cluster, Speicher), 64 Bedienfehler oder ungültige Web-Konfiguration.

Beispiele:
  clusterdesk exporter --all
  clusterdesk exporter --listen 127.0.0.1:9877 --cluster Prod --cluster Test
  clusterdesk exporter --listen 0.0.0.0:9877 --all --web.config.file web.yml
</translation>
    </message>
    <message>
        <source>Polls saved clusters and serves their state to Prometheus.</source>
        <translation>Fragt gespeicherte Cluster ab und stellt ihren Zustand für Prometheus bereit.</translation>
    </message>
    <message>
        <source>Listen on &lt;address:port&gt; (default 127.0.0.1:9877; 0.0.0.0:9877 for all).</source>
        <translation>Auf &lt;address:port&gt; lauschen (Standard 127.0.0.1:9877; 0.0.0.0:9877 für alle).</translation>
    </message>
    <message>
        <source>Export the saved cluster &lt;name&gt; (repeatable).</source>
        <translation>Den gespeicherten Cluster &lt;name&gt; exportieren (wiederholbar).</translation>
    </message>
    <message>
        <source>Export every saved cluster.</source>
        <translation>Jeden gespeicherten Cluster exportieren.</translation>
    </message>
    <message>
        <source>TLS and basic authentication from &lt;file&gt; (Prometheus exporter-toolkit format).</source>
        <translation>TLS und Basic-Authentifizierung aus &lt;file&gt; (Format des Prometheus exporter-toolkit).</translation>
    </message>
    <message>
        <source>give --all or at least one --cluster</source>
        <translation>--all oder mindestens ein --cluster angeben</translation>
    </message>
    <message>
        <source>invalid --listen %1 (an IP address and a port, e.g. 127.0.0.1:9877)</source>
        <translation>ungültiges --listen %1 (eine IP-Adresse und ein Port, z. B. 127.0.0.1:9877)</translation>
    </message>
    <message>
        <source>stopping (signal %1)</source>
        <translation>wird beendet (Signal %1)</translation>
    </message>
    <message>
        <source>listening on %1 port %2 (%3)</source>
        <translation>lauscht auf %1 Port %2 (%3)</translation>
    </message>
    <message>
        <source>Writes a report of one cluster (--url or --cluster) or of every saved cluster
(--all) for audits, change reviews and hand-offs. Secrets never appear in it.
The password comes from --password-file or CLUSTERDESK_PASSWORD (not with
--all), or for saved clusters from where clusterdesk cluster edit said.</source>
        <translation>Schreibt einen Bericht über einen Cluster (--url oder --cluster) oder über alle gespeicherten
Cluster (--all) für Audits, Änderungsprüfungen und Übergaben. Geheimnisse erscheinen nie darin.
Das Passwort kommt aus --password-file oder CLUSTERDESK_PASSWORD (nicht mit
--all) oder bei gespeicherten Clustern von dort, wo clusterdesk cluster edit es festgelegt hat.</translation>
    </message>
    <message>
        <source>see clusterdesk activity --help</source>
        <translation>siehe clusterdesk activity --help</translation>
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
Listet auf, was diese Konsole an Cluster gesendet hat (jeden Schreibzugriff und jede
Knotenaktion): Zeit (UTC), Cluster, Benutzer, Aktion, Ergebnis und Anfrage-ID, neueste zuerst.
Das Protokoll wird 180 Tage oder 100.000 Einträge lang aufbewahrt; es enthält nie ein Geheimnis.
Exit-Codes: 0 aufgelistet, 1 der lokale Speicher konnte nicht gelesen werden, 64 Bedienfehler.

Beispiele:
  clusterdesk activity --since 7d
  clusterdesk activity --cluster Prod --since 2026-11-01 --format csv
</translation>
    </message>
    <message>
        <source>Lists the console&apos;s own actions on clusters.</source>
        <translation>Listet die eigenen Aktionen der Konsole auf Clustern auf.</translation>
    </message>
    <message>
        <source>Only this saved cluster (its name).</source>
        <translation>Nur dieser gespeicherte Cluster (sein Name).</translation>
    </message>
    <message>
        <source>Only entries since: 24h, 7d, 90m, 2w or a date (default: all).</source>
        <translation>Nur Einträge seit: 24h, 7d, 90m, 2w oder einem Datum (Standard: alle).</translation>
    </message>
    <message>
        <source>text (default), csv or json.</source>
        <translation>text (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>unknown --format %1 (text, csv or json)</source>
        <translation>unbekanntes --format %1 (text, csv oder json)</translation>
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
Beispiele:
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
Beispiele:
  clusterdesk cluster edit Prod --password-file /etc/clusterdesk/prod.pw
  clusterdesk cluster edit Prod --password-command &quot;secret-tool lookup clusterdesk prod&quot;
  CLUSTERDESK_PASSWORD=secret clusterdesk cluster edit Prod --keychain
  clusterdesk cluster edit Prod --environment production --read-only
  clusterdesk cluster edit Lab --environment lab --environment-colour &quot;#7b1fa2&quot; --group &quot;&quot;
</translation>
    </message>
    <message>
        <source>Shows a saved cluster: address, environment, writes, group.</source>
        <translation>Zeigt einen gespeicherten Cluster: Adresse, Umgebung, Schreibzugriffe, Gruppe.</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk cluster show Prod
  clusterdesk cluster show Prod --json
</source>
        <translation>
Beispiele:
  clusterdesk cluster show Prod
  clusterdesk cluster show Prod --json
</translation>
    </message>
    <message>
        <source>cluster show needs exactly one name</source>
        <translation>cluster show erfordert genau einen Namen</translation>
    </message>
    <message>
        <source>Saved clusters: add, edit, list, show or remove them.</source>
        <translation>Gespeicherte Cluster: hinzufügen, bearbeiten, auflisten, anzeigen oder entfernen.</translation>
    </message>
    <message>
        <source>add, edit, list, show or remove.</source>
        <translation>add, edit, list, show oder remove.</translation>
    </message>
    <message>
        <source>cluster needs an action: add, edit, list or remove (show prints one)</source>
        <translation>cluster erfordert eine Aktion: add, edit, list oder remove (show gibt einen Cluster aus)</translation>
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
        <translation>Befehle:
  status           Eine Abfrage eines Clusters: eine Knotentabelle und Befunde.
  cluster add      Einen Cluster speichern (sein Passwort: der Schlüsselbund des
                   Systems, eine Passwortdatei oder ein Passwortbefehl).
  cluster edit     Passwortquelle, Umgebung, Schalter für Nur-Lesezugriff oder
                   Gruppe eines gespeicherten Clusters ändern.
  cluster list     Die gespeicherten Cluster auflisten.
  cluster show     Einen gespeicherten Cluster anzeigen.
  cluster remove   Einen gespeicherten Cluster und sein Passwort vergessen.
  report           Einen Cluster- oder Flottenbericht schreiben (html, pdf, csv, json).
  resources        Ressourcendefinitionen zwischen Clustern vergleichen, exportieren
                   oder kopieren (diff, export, apply).
  node             Einen Knoten am Lastverteiler auslaufen lassen, in Wartung
                   versetzen oder bereit machen (Statistikseite von HAProxy).
  history          Die Konfigurationsänderungen eines Clusters mit dem, was jede
                   geändert hat, gefiltert, als Tabelle, CSV oder JSON.
  exporter         Den Zustand gespeicherter Cluster für Prometheus bereitstellen (/metrics).
  activity         Auflisten, was diese Konsole an Cluster gesendet hat
                   (Schreibzugriffe, Knotenaktionen), mit den Ergebnissen.

Beispiele:
  clusterdesk                      Das Fenster öffnen.
  clusterdesk status --cluster Prod
  clusterdesk report --all --output fleet.pdf
  clusterdesk resources diff --cluster Prod --cluster Test
  clusterdesk history --cluster Prod --since 2026-12-01
  clusterdesk exporter --all
  clusterdesk activity --cluster Prod --since 7d

clusterdesk &lt;command&gt; --help zeigt die Optionen und Beispiele des Befehls.
Ohne Argumente öffnet clusterdesk sein Fenster.
</translation>
    </message>
    <message>
        <source>status, cluster, report, resources, node, history, exporter or activity.</source>
        <translation>status, cluster, report, resources, node, history, exporter oder activity.</translation>
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
Formate: html (eine eigenständige Datei), pdf (mit Seitenumbruch), json (Schema 1,
siehe docs/report-schema.json), csv (drei Dateien: Ist --output ein Verzeichnis,
nodes.csv, resources.csv und activity.csv darin; andernfalls PATH-nodes.csv,
PATH-resources.csv und PATH-activity.csv, wobei eine abschließende .csv-Endung
von PATH entfällt). Ohne --format entscheidet die Dateiendung der Ausgabe, sonst
html. Jedes Format enthält die eigene Aktivität der Konsole auf dem Cluster im
Zeitraum (clusterdesk activity).
Exit-Codes: 0 vollständig, 1 teilweise (ein Cluster oder ein Teil davon konnte nicht
gelesen werden; der Bericht nennt dies), 2 Fehler (nichts geschrieben), 64 Bedienfehler.

Beispiele:
  clusterdesk report --cluster Prod --output prod.html
  clusterdesk report --all --format pdf --paper letter --output fleet.pdf
  clusterdesk report --cluster Prod --since 7d --format csv --output reports/
  CLUSTERDESK_PASSWORD=secret clusterdesk report --url https://lb.example:8443 --user admin --output prod.json
</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>der lokale Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the activity log: %1</source>
        <translation>das Aktivitätsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No activity in the period.
</source>
        <translation>Keine Aktivität im Zeitraum.
</translation>
    </message>
    <message>
        <source>Changes where a saved cluster&apos;s password comes from, its environment, read-only switch, group, node URLs or Spectrum token kind.</source>
        <translation>Ändert, woher das Passwort eines gespeicherten Clusters kommt, seine Umgebung, den Schreibschutz, die Gruppe, die Knoten-URLs oder die Art des Spectrum-Tokens.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Clusters</source>
        <translation>Cluster vergleichen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Clusters:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Copy from:</source>
        <translation>Kopieren von:</translation>
    </message>
    <message>
        <source>Copy selected to the other clusters…</source>
        <translation>Auswahl in die anderen Cluster kopieren…</translation>
    </message>
    <message>
        <source>Export definitions…</source>
        <translation>Definitionen exportieren…</translation>
    </message>
    <message>
        <source>Import definitions…</source>
        <translation>Definitionen importieren…</translation>
    </message>
    <message>
        <source>Tick two or more clusters and press Compare.</source>
        <translation>Zwei oder mehr Cluster ankreuzen und „Vergleichen“ drücken.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n cluster(s)…</source>
        <translation>
            <numerusform>%n Cluster wird gelesen…</numerusform>
            <numerusform>%n Cluster werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not compare secrets for this account: where secrets are set everywhere, whether they are equal cannot be told.</source>
        <translation>%1 vergleicht für dieses Konto keine Geheimnisse: Wo Geheimnisse überall gesetzt sind, lässt sich nicht feststellen, ob sie gleich sind.</translation>
    </message>
    <message>
        <source>%1 resources: %2 identical, %3 differ, %4 not on every cluster.</source>
        <translation>%1 Ressourcen: %2 identisch, %3 unterschiedlich, %4 nicht in jedem Cluster.</translation>
    </message>
    <message>
        <source>Compare including the cluster to copy from first.</source>
        <translation>Zuerst einschließlich des Quellclusters vergleichen.</translation>
    </message>
    <message>
        <source>None of the selected resources exists on %1.</source>
        <translation>Keine der ausgewählten Ressourcen existiert in %1.</translation>
    </message>
    <message>
        <source>Tick the clusters to copy to.</source>
        <translation>Die Zielcluster ankreuzen.</translation>
    </message>
    <message>
        <source>Export resource definitions</source>
        <translation>Ressourcendefinitionen exportieren</translation>
    </message>
    <message>
        <source>Definitions (*.json)</source>
        <translation>Definitionen (*.json)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Import resource definitions</source>
        <translation>Ressourcendefinitionen importieren</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>the file (%1)</source>
        <translation>die Datei (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Clusters read: %v of %m</source>
        <translation>Cluster gelesen: %v von %m</translation>
    </message>
    <message>
        <source>Comparison cancelled: nothing was compared or changed.</source>
        <translation>Vergleich abgebrochen: Es wurde nichts verglichen oder geändert.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(set)</source>
        <translation>(gesetzt)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deren</translation>
    </message>
    <message>
        <source>Conflicting change to %1</source>
        <translation>Konkurrierende Änderung an %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Base (you started from)</source>
        <translation>Basis (Ihr Ausgangsstand)</translation>
    </message>
    <message>
        <source>Theirs (now on the cluster)</source>
        <translation>Deren (jetzt im Cluster)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Someone deleted &quot;%1&quot; while you were editing it. Rebase creates it again with your version; Reload discards your changes.</source>
        <translation>Jemand hat „%1“ gelöscht, während Sie es bearbeitet haben. „Neu aufsetzen“ legt es mit Ihrer Version wieder an; „Neu laden“ verwirft Ihre Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>Someone changed &quot;%1&quot; while you were editing it. Your changes are kept in the draft. %n field(s) were changed on both sides: choose which value to keep, then Rebase to put your changes on top of theirs, or Reload to discard yours.</source>
        <translation>
            <numerusform>Jemand hat „%1“ geändert, während Sie es bearbeitet haben. Ihre Änderungen bleiben im Entwurf erhalten. %n Feld wurde auf beiden Seiten geändert: Wählen Sie den zu behaltenden Wert und setzen Sie Ihre Änderungen dann neu auf deren Stand auf, oder laden Sie neu, um Ihre zu verwerfen.</numerusform>
            <numerusform>Jemand hat „%1“ geändert, während Sie es bearbeitet haben. Ihre Änderungen bleiben im Entwurf erhalten. %n Felder wurden auf beiden Seiten geändert: Wählen Sie die zu behaltenden Werte und setzen Sie Ihre Änderungen dann neu auf deren Stand auf, oder laden Sie neu, um Ihre zu verwerfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rebase my changes</source>
        <translation>Meine Änderungen neu &amp;aufsetzen</translation>
    </message>
    <message>
        <source>Re&amp;load theirs</source>
        <translation>Deren Stand neu &amp;laden</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (geheim)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>The system keychain is not available: the password is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: Das Passwort wird nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
    <message>
        <source>Edit Cluster</source>
        <translation>Cluster bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Load balancer &amp;URL:</source>
        <translation>&amp;URL des Lastverteilers:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>https://lb.example.com:8443</source>
        <translation>https://lb.example.com:8443</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>A certificate stored in the profile</source>
        <translation>Ein im Profil gespeichertes Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Optional: the server certificate&apos;s fingerprint</source>
        <translation>Optional: der Fingerabdruck des Serverzertifikats</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>HAProxy &amp;stats URL:</source>
        <translation>HAProxy-&amp;Statistik-URL:</translation>
    </message>
    <message>
        <source>Optional: http://lb.example.com:8404/stats</source>
        <translation>Optional: http://lb.example.com:8404/stats</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock &amp;warning at:</source>
        <translation>Uhr-&amp;Warnung ab:</translation>
    </message>
    <message>
        <source>Clock c&amp;ritical at:</source>
        <translation>Uhr-&amp;kritisch ab:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>B&amp;enutzer:</translation>
    </message>
    <message>
        <source>Pinned S&amp;HA-256:</source>
        <translation>Festgelegter S&amp;HA-256:</translation>
    </message>
    <message>
        <source>Po&amp;ll every:</source>
        <translation>Abfrage a&amp;lle:</translation>
    </message>
    <message>
        <source>Trusted despite verification errors: %1</source>
        <translation>Trotz Prüffehlern vertraut: %1</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Optional: a PEM file</source>
        <translation>Optional: eine PEM-Datei</translation>
    </message>
    <message>
        <source>A CA to trust for this cluster, in addition to the system&apos;s CAs</source>
        <translation>Eine CA, der für diesen Cluster zusätzlich zu den CAs des Systems vertraut wird</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stalled after</source>
        <translation>Stillstand nach</translation>
    </message>
    <message>
        <source>Position in the cluster list</source>
        <translation>Position in der Clusterliste</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Stats adm&amp;in user:</source>
        <translation>Statistik-Adm&amp;in-Benutzer:</translation>
    </message>
    <message>
        <source>Optional: for drain, maintenance and ready (its password is asked at first use)</source>
        <translation>Optional: für Auslaufen lassen, Wartung und Bereit (das Passwort wird bei der ersten Verwendung abgefragt)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Checks the address, the sign-in and the certificate.</source>
        <translation>Prüft die Adresse, die Anmeldung und das Zertifikat.</translation>
    </message>
    <message>
        <source>The cluster&apos;s TLS certificate is not trusted. Compare its SHA-256 fingerprint with the one the cluster&apos;s administrator gives you before trusting it.</source>
        <translation>Dem TLS-Zertifikat des Clusters wird nicht vertraut. Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem, den Ihnen der Administrator des Clusters nennt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Trust this certificate for this cluster</source>
        <translation>Diesem Zertifikat für diesen Cluster vertrauen</translation>
    </message>
    <message numerus="yes">
        <source>Connected to cluster &quot;%1&quot; with %n node(s).</source>
        <translation>
            <numerusform>Mit dem Cluster „%1“ verbunden (%n Knoten).</numerusform>
            <numerusform>Mit dem Cluster „%1“ verbunden (%n Knoten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2): can change the configuration.</source>
        <translation>Angemeldet als %1 (%2): darf die Konfiguration ändern.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2): read-only.</source>
        <translation>Angemeldet als %1 (%2): nur Lesezugriff.</translation>
    </message>
    <message>
        <source>Connected: this is a plain Spectrum cluster, without Clusterdesk&apos;s management API.</source>
        <translation>Verbunden: Dies ist ein reiner Spectrum-Cluster ohne die Verwaltungs-API von Clusterdesk.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>the answer is not a Clusterdesk cluster description</source>
        <translation>die Antwort ist keine Clusterdesk-Clusterbeschreibung</translation>
    </message>
    <message>
        <source>not stored: this system has no keychain</source>
        <translation>nicht gespeichert: Dieses System hat keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>neither the Clusterdesk management API nor Spectrum&apos;s token service or service catalogues answered at this address</source>
        <translation>unter dieser Adresse haben weder die Verwaltungs-API von Clusterdesk noch der Tokendienst oder die Dienstkataloge von Spectrum geantwortet</translation>
    </message>
    <message>
        <source>There is no such cluster any more.</source>
        <translation>Diesen Cluster gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>the cluster refused the token (HTTP 401)</source>
        <translation>der Cluster hat das Token abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>the cluster refused the password (HTTP 401)</source>
        <translation>der Cluster hat das Passwort abgelehnt (HTTP 401)</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>no password stored for %1; use --password-file &lt;file&gt;, or save where to find it with clusterdesk cluster edit %1 --password-file &lt;file&gt; or --password-command &lt;command&gt;, or provide the systemd credential $CREDENTIALS_DIRECTORY/%1</source>
        <translation>kein Passwort für %1 gespeichert; --password-file &lt;file&gt; verwenden oder mit clusterdesk cluster edit %1 --password-file &lt;file&gt; oder --password-command &lt;command&gt; speichern, wo es zu finden ist, oder das systemd-Credential $CREDENTIALS_DIRECTORY/%1 bereitstellen</translation>
    </message>
    <message>
        <source>the keychain could not give the password of %1: %2</source>
        <translation>der Schlüsselbund konnte das Passwort von %1 nicht liefern: %2</translation>
    </message>
    <message>
        <source>the password command of %1 is empty; set one with clusterdesk cluster edit %1 --password-command &lt;command&gt;</source>
        <translation>der Passwortbefehl von %1 ist leer; einen mit clusterdesk cluster edit %1 --password-command &lt;command&gt; festlegen</translation>
    </message>
    <message>
        <source>cannot run the password command of %1 (%2): %3; check clusterdesk cluster edit %1 --password-command &lt;command&gt;</source>
        <translation>der Passwortbefehl von %1 (%2) kann nicht ausgeführt werden: %3; clusterdesk cluster edit %1 --password-command &lt;command&gt; prüfen</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) printed more than %3 bytes; it must print the password only</source>
        <translation>der Passwortbefehl von %1 (%2) hat mehr als %3 Bytes ausgegeben; er darf nur das Passwort ausgeben</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) crashed</source>
        <translation>der Passwortbefehl von %1 (%2) ist abgestürzt</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) failed with exit code %3</source>
        <translation>der Passwortbefehl von %1 (%2) ist mit Exit-Code %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) failed with exit code %3: %4</source>
        <translation>der Passwortbefehl von %1 (%2) ist mit Exit-Code %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) printed no password; it must print the password on its first line</source>
        <translation>der Passwortbefehl von %1 (%2) hat kein Passwort ausgegeben; er muss das Passwort in seiner ersten Zeile ausgeben</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) did not finish within %3 s and was stopped; it must not wait for input</source>
        <translation>der Passwortbefehl von %1 (%2) war nach %3 s nicht fertig und wurde beendet; er darf nicht auf Eingaben warten</translation>
    </message>
    <message>
        <source>cannot read the systemd credential %1: %2; give the service LoadCredential=%3:&lt;file&gt; or remove it from $CREDENTIALS_DIRECTORY</source>
        <translation>das systemd-Credential %1 kann nicht gelesen werden: %2; dem Dienst LoadCredential=%3:&lt;file&gt; geben oder es aus $CREDENTIALS_DIRECTORY entfernen</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>the systemd credential %1 is larger than %2 bytes; it should hold the password only</source>
        <translation>das systemd-Credential %1 ist größer als %2 Bytes; es sollte nur das Passwort enthalten</translation>
    </message>
    <message>
        <source>the systemd credential %1 is empty; put the password of %2 in it</source>
        <translation>das systemd-Credential %1 ist leer; das Passwort von %2 hineinschreiben</translation>
    </message>
    <message>
        <source>the password file %1 of %2 does not exist; create it with the password and chmod 600 %1, or change it with clusterdesk cluster edit %2 --password-file &lt;file&gt;</source>
        <translation>die Passwortdatei %1 von %2 existiert nicht; sie mit dem Passwort anlegen und chmod 600 %1 ausführen oder sie mit clusterdesk cluster edit %2 --password-file &lt;file&gt; ändern</translation>
    </message>
    <message>
        <source>the password file %1 of %2 is a directory; give a file with clusterdesk cluster edit %2 --password-file &lt;file&gt;</source>
        <translation>die Passwortdatei %1 von %2 ist ein Verzeichnis; mit clusterdesk cluster edit %2 --password-file &lt;file&gt; eine Datei angeben</translation>
    </message>
    <message>
        <source>the password file %1 of %2 can be read or changed by other users; run chmod 600 %1</source>
        <translation>die Passwortdatei %1 von %2 kann von anderen Benutzern gelesen oder geändert werden; chmod 600 %1 ausführen</translation>
    </message>
    <message>
        <source>cannot read the password file %1 of %2: %3</source>
        <translation>die Passwortdatei %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the password file %1 of %2 is larger than %3 bytes; it should hold the password only</source>
        <translation>die Passwortdatei %1 von %2 ist größer als %3 Bytes; sie sollte nur das Passwort enthalten</translation>
    </message>
    <message>
        <source>the password file %1 of %2 is empty; put the password in it</source>
        <translation>die Passwortdatei %1 von %2 ist leer; das Passwort hineinschreiben</translation>
    </message>
</context>
<context>
    <name>CrossClusterController</name>
    <message>
        <source>Export Resource Definitions</source>
        <translation>Ressourcendefinitionen exportieren</translation>
    </message>
    <message>
        <source>Definitions (*.json)</source>
        <translation>Definitionen (*.json)</translation>
    </message>
    <message>
        <source>Import Resource Definitions</source>
        <translation>Ressourcendefinitionen importieren</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>the file (%1)</source>
        <translation>die Datei (%1)</translation>
    </message>
</context>
<context>
    <name>DateHeaderClock</name>
    <message>
        <source>the Date header is missing or empty</source>
        <translation>der Date-Header fehlt oder ist leer</translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; uses the obsolete RFC 850 form, not an RFC 7231 IMF-fixdate</source>
        <translation>der Date-Header „%1“ verwendet die veraltete Form nach RFC 850, kein IMF-fixdate nach RFC 7231</translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; uses the obsolete asctime form, not an RFC 7231 IMF-fixdate</source>
        <translation>der Date-Header „%1“ verwendet die veraltete asctime-Form, kein IMF-fixdate nach RFC 7231</translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; is not an RFC 7231 IMF-fixdate such as &quot;Sun, 06 Nov 1994 08:49:37 GMT&quot;</source>
        <translation>der Date-Header „%1“ ist kein IMF-fixdate nach RFC 7231 wie „Sun, 06 Nov 1994 08:49:37 GMT“</translation>
    </message>
</context>
<context>
    <name>DefinitionsExporter</name>
    <message>
        <source>the cluster is gone</source>
        <translation>der Cluster ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>The definitions could not be read: %1</source>
        <translation>Die Definitionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n definition(s) to %1.</source>
        <translation>
            <numerusform>%n Definition nach %1 exportiert.</numerusform>
            <numerusform>%n Definitionen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets were left out; they need a value on import: %1.</source>
        <translation>Geheimnisse wurden weggelassen; sie benötigen beim Import einen Wert: %1.</translation>
    </message>
</context>
<context>
    <name>DefinitionsFile</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>secrets are not kept in definition files; list the field under secretsNeeded</source>
        <translation>Geheimnisse werden nicht in Definitionsdateien gespeichert; das Feld unter secretsNeeded aufführen</translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation>muss ein Array von Feldnamen sein</translation>
    </message>
    <message>
        <source>not a secret field of %1</source>
        <translation>kein geheimes Feld von %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Position %2</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>format: not a Clusterdesk definitions file (expected &quot;%1&quot;)</source>
        <translation>format: keine Clusterdesk-Definitionsdatei („%1“ erwartet)</translation>
    </message>
    <message>
        <source>version: must be a whole number</source>
        <translation>version: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>version: %1 is not supported (this Clusterdesk reads version %2)</source>
        <translation>version: %1 wird nicht unterstützt (dieses Clusterdesk liest Version %2)</translation>
    </message>
    <message>
        <source>resources: must be an array</source>
        <translation>resources: muss ein Array sein</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; appears twice</source>
        <translation>%1: %2 „%3“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a definitions file</source>
        <translation>%1 ist zu groß für eine Definitionsdatei</translation>
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
        <translation>Der Demo-Cluster hat keine cluster.json in %1 geschrieben.</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s cluster.json is not valid JSON: %1</source>
        <translation>Die cluster.json des Demo-Clusters ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s cluster.json names no load balancer address.</source>
        <translation>Die cluster.json des Demo-Clusters nennt keine Adresse des Lastverteilers.</translation>
    </message>
    <message>
        <source>A demo cluster is already starting.</source>
        <translation>Ein Demo-Cluster wird bereits gestartet.</translation>
    </message>
    <message>
        <source>The demo cluster needs scripts/cluster, clusterdesk-node and haproxy, and not all of them were found.</source>
        <translation>Der Demo-Cluster benötigt scripts/cluster, clusterdesk-node und haproxy, und nicht alle wurden gefunden.</translation>
    </message>
    <message>
        <source>No free ports on 127.0.0.1 for the demo cluster.</source>
        <translation>Keine freien Ports auf 127.0.0.1 für den Demo-Cluster.</translation>
    </message>
    <message>
        <source>Could not create a state directory for the demo cluster in %1.</source>
        <translation>Für den Demo-Cluster konnte in %1 kein Statusverzeichnis angelegt werden.</translation>
    </message>
    <message>
        <source>The demo cluster did not start: %1</source>
        <translation>Der Demo-Cluster ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>Read-only in Clusterdesk</source>
        <translation>In Clusterdesk nur Lesezugriff</translation>
    </message>
    <message>
        <source>%1 · read-only in Clusterdesk</source>
        <translation>%1 · in Clusterdesk nur Lesezugriff</translation>
    </message>
</context>
<context>
    <name>EnvironmentSettingsGroup</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Other (name it)</source>
        <translation>Andere (mit Namen)</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>Umge&amp;bung:</translation>
    </message>
    <message>
        <source>Environment n&amp;ame:</source>
        <translation>N&amp;ame der Umgebung:</translation>
    </message>
    <message>
        <source>Label c&amp;olour:</source>
        <translation>Farbe der Kenn&amp;zeichnung:</translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation>Schreibzugriffe:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>e.g. Lab</source>
        <translation>z. B. Labor</translation>
    </message>
    <message>
        <source>P&amp;ick…</source>
        <translation>&amp;Farbe wählen…</translation>
    </message>
    <message>
        <source>Read-onl&amp;y: refuse every write, whatever my role</source>
        <translation>Nu&amp;r Lesezugriff: jeden Schreibzugriff ablehnen, unabhängig von meiner Rolle</translation>
    </message>
    <message>
        <source>No group (e.g. EMEA/Production)</source>
        <translation>Keine Gruppe (z. B. EMEA/Produktion)</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>This cluster</source>
        <translation>Dieser Cluster</translation>
    </message>
    <message>
        <source>All saved clusters (fleet report)</source>
        <translation>Alle gespeicherten Cluster (Flottenbericht)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV (nodes and resources)</source>
        <translation>CSV (Knoten und Ressourcen)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>Nach Abschluss öffnen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Preview shows the report here before you save it.</source>
        <translation>Die Vorschau zeigt den Bericht hier, bevor Sie ihn speichern.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Writes %1 and %2.</source>
        <translation>Schreibt %1 und %2.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Der Zeitraum muss nach seinem Beginn enden.</translation>
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
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Vorschau bereit.</translation>
    </message>
    <message>
        <source>Preview ready; some clusters or parts could not be read (the report says which).</source>
        <translation>Vorschau bereit; einige Cluster oder Teile konnten nicht gelesen werden (der Bericht nennt sie).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1. Some clusters or parts could not be read; the report says which.</source>
        <translation>%1 gespeichert. Einige Cluster oder Teile konnten nicht gelesen werden; der Bericht nennt sie.</translation>
    </message>
    <message>
        <source>Reading 1 cluster…</source>
        <translation>1 Cluster wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1 clusters…</source>
        <translation>%1 Cluster werden gelesen…</translation>
    </message>
    <message>
        <source>Only %1 was saved; the rest was not: %2</source>
        <translation>Nur %1 wurde gespeichert, der Rest nicht: %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>der lokale Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no saved cluster is named &quot;%1&quot; (see clusterdesk cluster list)</source>
        <translation>kein gespeicherter Cluster heißt „%1“ (siehe clusterdesk cluster list)</translation>
    </message>
    <message>
        <source>there are no saved clusters to export (add one with clusterdesk cluster add)</source>
        <translation>es gibt keine gespeicherten Cluster zum Exportieren (mit clusterdesk cluster add hinzufügen)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; is not polled: no password: %2</source>
        <translation>Cluster „%1“ wird nicht abgefragt: kein Passwort: %2</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: %2</source>
        <translation>Cluster „%1“: %2</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: polled</source>
        <translation>Cluster „%1“: abgefragt</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: unreachable (%2)</source>
        <translation>Cluster „%1“: nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>web config: %1: %2</source>
        <translation>Web-Konfiguration: %1: %2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (NoClientCert or RequireAndVerifyClientCert)</source>
        <translation>„%1“ wird nicht unterstützt (NoClientCert oder RequireAndVerifyClientCert)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (TLS12 or TLS13)</source>
        <translation>„%1“ wird nicht unterstützt (TLS12 oder TLS13)</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>Zuordnung erwartet</translation>
    </message>
    <message>
        <source>unknown or unsupported field</source>
        <translation>unbekanntes oder nicht unterstütztes Feld</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>required by RequireAndVerifyClientCert</source>
        <translation>von RequireAndVerifyClientCert verlangt</translation>
    </message>
    <message>
        <source>expected a mapping of user names to bcrypt hashes</source>
        <translation>Zuordnung von Benutzernamen zu bcrypt-Hashes erwartet</translation>
    </message>
    <message>
        <source>a user name must be non-empty and without &apos;:&apos;</source>
        <translation>ein Benutzername darf nicht leer sein und kein &apos;:&apos; enthalten</translation>
    </message>
    <message>
        <source>not a bcrypt hash ($2y$ or $2b$, 60 characters; make one with htpasswd -nBC 10 &quot;&quot; | tr -d &apos;:\n&apos;)</source>
        <translation>kein bcrypt-Hash ($2y$ oder $2b$, 60 Zeichen; erzeugen mit htpasswd -nBC 10 &quot;&quot; | tr -d &apos;:\n&apos;)</translation>
    </message>
    <message>
        <source>web config: cannot read %1: %2</source>
        <translation>Web-Konfiguration: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>web config: %1 is larger than 1 MiB</source>
        <translation>Web-Konfiguration: %1 ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>web config: not valid YAML (line %1, column %2): %3</source>
        <translation>Web-Konfiguration: kein gültiges YAML (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <source>web config: %1</source>
        <translation>Web-Konfiguration: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM RSA or EC private key</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-RSA- oder -EC-Schlüssel</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of the cluster median</source>
        <translation>Die Uhr von %1 geht %2 ms gegenüber dem Cluster-Median vor</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind the cluster median</source>
        <translation>Die Uhr von %1 geht %2 ms gegenüber dem Cluster-Median nach</translation>
    </message>
    <message>
        <source>Check the time service (NTP) on %1.</source>
        <translation>Den Zeitdienst (NTP) auf %1 prüfen.</translation>
    </message>
    <message>
        <source>%1 reports that its clock is not synchronized</source>
        <translation>%1 meldet, dass seine Uhr nicht synchronisiert ist</translation>
    </message>
    <message>
        <source>Check that the time service (chrony, ntpd or systemd-timesyncd) runs on %1 and reaches its servers.</source>
        <translation>Prüfen, ob der Zeitdienst (chrony, ntpd oder systemd-timesyncd) auf %1 läuft und seine Server erreicht.</translation>
    </message>
    <message>
        <source>1 revision</source>
        <translation>1 Revision</translation>
    </message>
    <message>
        <source>%1 revisions</source>
        <translation>%1 Revisionen</translation>
    </message>
    <message>
        <source>%1 has revision %2 like the primary but a different configuration (checksums differ)</source>
        <translation>%1 hat wie der Primärknoten Revision %2, aber eine andere Konfiguration (Prüfsummen unterscheiden sich)</translation>
    </message>
    <message>
        <source>Stop changing the configuration, compare %1 with the primary and resynchronize %1 from the primary.</source>
        <translation>Die Konfiguration nicht mehr ändern, %1 mit dem Primärknoten vergleichen und %1 vom Primärknoten neu synchronisieren.</translation>
    </message>
    <message>
        <source>%1 is %2 behind the primary for %3 and no longer advances</source>
        <translation>%1 liegt seit %3 %2 hinter dem Primärknoten und holt nicht mehr auf</translation>
    </message>
    <message>
        <source>Check replication on %1: its connection to the primary and its log.</source>
        <translation>Die Replikation auf %1 prüfen: seine Verbindung zum Primärknoten und sein Protokoll.</translation>
    </message>
    <message>
        <source>%1 is %2 behind the primary for %3</source>
        <translation>%1 liegt seit %3 %2 hinter dem Primärknoten</translation>
    </message>
    <message>
        <source>Check the load and the network of %1: replication is slow.</source>
        <translation>Last und Netzwerk von %1 prüfen: Die Replikation ist langsam.</translation>
    </message>
    <message>
        <source>No action needed yet: %1 is catching up.</source>
        <translation>Noch keine Maßnahme nötig: %1 holt auf.</translation>
    </message>
    <message>
        <source>%1 cannot reach the primary</source>
        <translation>%1 kann den Primärknoten nicht erreichen</translation>
    </message>
    <message>
        <source>Check the network between %1 and the primary.</source>
        <translation>Das Netzwerk zwischen %1 und dem Primärknoten prüfen.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Lastverteiler</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 does not answer (%2 polls missed in a row)</source>
        <translation>%1 antwortet nicht (%2 Abfragen in Folge verpasst)</translation>
    </message>
    <message>
        <source>Check that %1 runs and that this computer can reach it.</source>
        <translation>Prüfen, ob %1 läuft und von diesem Computer erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 is shutting down (draining)</source>
        <translation>%1 wird heruntergefahren (Draining)</translation>
    </message>
    <message>
        <source>%1 reports that it is degraded</source>
        <translation>%1 meldet einen beeinträchtigten Zustand</translation>
    </message>
    <message>
        <source>Look at the log of %1; restart it if it does not recover.</source>
        <translation>Das Protokoll von %1 ansehen; neu starten, falls er sich nicht erholt.</translation>
    </message>
    <message>
        <source>%1 missed the last poll</source>
        <translation>%1 hat die letzte Abfrage verpasst</translation>
    </message>
    <message>
        <source>No action needed unless %1 misses the next poll too.</source>
        <translation>Keine Maßnahme nötig, es sei denn, %1 verpasst auch die nächste Abfrage.</translation>
    </message>
    <message>
        <source>%1 runs server %2 while the others run %3</source>
        <translation>%1 läuft mit Server %2, die anderen mit %3</translation>
    </message>
    <message>
        <source>Bring %1 to server %2 like the other nodes.</source>
        <translation>%1 wie die anderen Knoten auf Server %2 bringen.</translation>
    </message>
    <message>
        <source>%1 uses configuration schema %2 while the others use %3</source>
        <translation>%1 verwendet Konfigurationsschema %2, die anderen %3</translation>
    </message>
    <message>
        <source>Do not change the configuration until %1 runs the same release as the others: it may misread it.</source>
        <translation>Die Konfiguration nicht ändern, bis %1 dieselbe Version wie die anderen ausführt: Er könnte sie falsch lesen.</translation>
    </message>
    <message>
        <source>The whole cluster is down and Clusterdesk never saw which node stopped last</source>
        <translation>Der gesamte Cluster ist ausgefallen, und Clusterdesk hat nie gesehen, welcher Knoten zuletzt gestoppt wurde</translation>
    </message>
    <message>
        <source>Find the node that stopped last in the nodes&apos; logs and start it first, then the others.</source>
        <translation>Den zuletzt gestoppten Knoten in den Protokollen der Knoten suchen und ihn zuerst starten, dann die anderen.</translation>
    </message>
    <message>
        <source>The whole cluster is down: start %1 first (it stopped last, at %2)</source>
        <translation>Der gesamte Cluster ist ausgefallen: %1 zuerst starten (zuletzt gestoppt um %2)</translation>
    </message>
    <message>
        <source>Start %1 first, wait until it is up, then start the other nodes.</source>
        <translation>%1 zuerst starten, warten, bis er läuft, dann die anderen Knoten starten.</translation>
    </message>
    <message>
        <source>The license expired on %1</source>
        <translation>Die Lizenz ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>Install a renewed license now.</source>
        <translation>Jetzt eine erneuerte Lizenz installieren.</translation>
    </message>
    <message>
        <source>The license expires today</source>
        <translation>Die Lizenz läuft heute ab</translation>
    </message>
    <message>
        <source>The license expires tomorrow</source>
        <translation>Die Lizenz läuft morgen ab</translation>
    </message>
    <message>
        <source>The license expires in %1 days</source>
        <translation>Die Lizenz läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>Renew the license before %1.</source>
        <translation>Die Lizenz vor dem %1 erneuern.</translation>
    </message>
    <message>
        <source>Clusterdesk cannot reach the cluster</source>
        <translation>Clusterdesk kann den Cluster nicht erreichen</translation>
    </message>
    <message>
        <source>Clusterdesk cannot reach the cluster: %1</source>
        <translation>Clusterdesk kann den Cluster nicht erreichen: %1</translation>
    </message>
    <message>
        <source>Check the cluster&apos;s address and the network between this computer and the load balancer.</source>
        <translation>Die Adresse des Clusters und das Netzwerk zwischen diesem Computer und dem Lastverteiler prüfen.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics could not be read: %1</source>
        <translation>Die Statistik von HAProxy konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Check the statistics address in the cluster&apos;s settings.</source>
        <translation>Die Statistikadresse in den Einstellungen des Clusters prüfen.</translation>
    </message>
    <message>
        <source>%1 answers but HAProxy marks it DOWN%2: it gets no traffic</source>
        <translation>%1 antwortet, aber HAProxy markiert ihn als DOWN%2: Er erhält keinen Verkehr</translation>
    </message>
    <message>
        <source>Check HAProxy&apos;s health check of %1 (GET /healthz) and the network between HAProxy and %1.</source>
        <translation>Die Zustandsprüfung von HAProxy für %1 (GET /healthz) und das Netzwerk zwischen HAProxy und %1 prüfen.</translation>
    </message>
    <message>
        <source>HAProxy marks %1 UP but %1 does not answer this computer</source>
        <translation>HAProxy markiert %1 als UP, aber %1 antwortet diesem Computer nicht</translation>
    </message>
    <message>
        <source>Check the network between this computer and %1; if %1 is really down, check HAProxy&apos;s health check.</source>
        <translation>Das Netzwerk zwischen diesem Computer und %1 prüfen; ist %1 wirklich ausgefallen, die Zustandsprüfung von HAProxy prüfen.</translation>
    </message>
    <message>
        <source>HAProxy holds %1 in maintenance (%2): it gets no traffic</source>
        <translation>HAProxy hält %1 in Wartung (%2): Er erhält keinen Verkehr</translation>
    </message>
    <message>
        <source>Put %1 back into service in HAProxy when the maintenance is over.</source>
        <translation>%1 nach Ende der Wartung in HAProxy wieder in Betrieb nehmen.</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of the nodes whose clocks are synchronized</source>
        <translation>Die Uhr von %1 geht %2 ms gegenüber den Knoten mit synchronisierter Uhr vor</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind the nodes whose clocks are synchronized</source>
        <translation>Die Uhr von %1 geht %2 ms gegenüber den Knoten mit synchronisierter Uhr nach</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of this computer&apos;s synchronized clock</source>
        <translation>Die Uhr von %1 geht %2 ms gegenüber der synchronisierten Uhr dieses Computers vor</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind this computer&apos;s synchronized clock</source>
        <translation>Die Uhr von %1 geht %2 ms gegenüber der synchronisierten Uhr dieses Computers nach</translation>
    </message>
    <message>
        <source>%1 and %2 disagree by %3 ms; cannot tell which is wrong</source>
        <translation>%1 und %2 weichen um %3 ms voneinander ab; nicht feststellbar, welche Uhr falsch geht</translation>
    </message>
    <message>
        <source>Check the time service (NTP) on %1 and %2; once either reports a synchronized clock, Clusterdesk can tell which one is off.</source>
        <translation>Den Zeitdienst (NTP) auf %1 und %2 prüfen; sobald einer von beiden eine synchronisierte Uhr meldet, kann Clusterdesk feststellen, welche Uhr abweicht.</translation>
    </message>
    <message>
        <source>±%1 ms network bound; %2 ms ahead of this computer</source>
        <translation>±%1 ms Netzwerkunsicherheit; %2 ms vor diesem Computer</translation>
    </message>
    <message>
        <source>±%1 ms network bound; %2 ms behind this computer</source>
        <translation>±%1 ms Netzwerkunsicherheit; %2 ms hinter diesem Computer</translation>
    </message>
    <message>
        <source>Replication to %1 is paused; it is %2 behind the primary and will not catch up until it resumes</source>
        <translation>Die Replikation auf %1 ist pausiert; der Knoten liegt %2 hinter dem Primärknoten und holt erst auf, wenn sie fortgesetzt wird</translation>
    </message>
    <message>
        <source>Replication to %1 is paused: it will not receive new changes until it resumes</source>
        <translation>Die Replikation auf %1 ist pausiert: Der Knoten erhält keine neuen Änderungen, bis sie fortgesetzt wird</translation>
    </message>
    <message>
        <source>Resume replication on %1, or find out who paused it.</source>
        <translation>Die Replikation auf %1 fortsetzen oder herausfinden, wer sie pausiert hat.</translation>
    </message>
    <message>
        <source>primary revision %1 is behind replicas at %2: the primary may have lost its data; do not write</source>
        <translation>Die Revision %1 des Primärknotens liegt hinter den Replikaten bei %2: Der Primärknoten hat möglicherweise seine Daten verloren; nicht schreiben</translation>
    </message>
    <message>
        <source>%1 refuses writes: it is behind its replicas (%2); do not write</source>
        <translation>%1 lehnt Schreibvorgänge ab: Er liegt hinter seinen Replikaten (%2); nicht schreiben</translation>
    </message>
    <message>
        <source>Do not change the configuration. Restore %1&apos;s data from the replica with the highest revision (%2) before writing again.</source>
        <translation>Die Konfiguration nicht ändern. Die Daten von %1 aus dem Replikat mit der höchsten Revision (%2) wiederherstellen, bevor wieder geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 has another configuration history than the primary: %2</source>
        <translation>%1 hat einen anderen Konfigurationsverlauf als der Primärknoten: %2</translation>
    </message>
    <message>
        <source>%1 has another configuration history than the primary: its revisions are not the primary&apos;s</source>
        <translation>%1 hat einen anderen Konfigurationsverlauf als der Primärknoten: Seine Revisionen sind nicht die des Primärknotens</translation>
    </message>
    <message>
        <source>Do not write; decide which history is right and resynchronize %1 from it.</source>
        <translation>Nicht schreiben; entscheiden, welcher Verlauf richtig ist, und %1 daraus neu synchronisieren.</translation>
    </message>
    <message>
        <source>%1 is slow: it answered after %2 ms</source>
        <translation>%1 ist langsam: Antwort nach %2 ms</translation>
    </message>
    <message>
        <source>%1 is slow: %2 (it answered after %3 ms)</source>
        <translation>%1 ist langsam: %2 (Antwort nach %3 ms)</translation>
    </message>
    <message>
        <source>Look at the load and the log of %1; the other nodes are judged normally.</source>
        <translation>Last und Protokoll von %1 prüfen; die anderen Knoten werden normal bewertet.</translation>
    </message>
    <message>
        <source>%1 answers slowly: %2 ms, more than %3 times the other nodes&apos; median of %4 ms</source>
        <translation>%1 antwortet langsam: %2 ms, mehr als das %3-Fache des Medians der anderen Knoten von %4 ms</translation>
    </message>
    <message>
        <source>Look at the load and the log of %1 before it misses its deadline.</source>
        <translation>Last und Protokoll von %1 prüfen, bevor %1 die Abfragefrist verpasst.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Use an account that may read the cluster.</source>
        <translation>Ein Konto verwenden, das den Cluster lesen darf.</translation>
    </message>
    <message>
        <source>Check the user name and the password or token in the cluster&apos;s settings.</source>
        <translation>Benutzername und Passwort bzw. Token in den Einstellungen des Clusters prüfen.</translation>
    </message>
    <message>
        <source>Clusterdesk cannot connect to the load balancer: %1</source>
        <translation>Clusterdesk kann keine Verbindung zum Lastverteiler herstellen: %1</translation>
    </message>
    <message>
        <source>%1 lists %2 of the %3 known members: it does not know %4</source>
        <translation>%1 führt %2 der %3 bekannten Mitglieder auf: %4 kennt er nicht</translation>
    </message>
    <message>
        <source>Give %1 the full peer list (restart it with every member) so that it replicates and reports like the others.</source>
        <translation>%1 die vollständige Peer-Liste geben (mit allen Mitgliedern neu starten), damit er wie die anderen repliziert und meldet.</translation>
    </message>
    <message>
        <source>Give %1 the full peer list; %2 is in the load balancer but no node lists it.</source>
        <translation>%1 die vollständige Peer-Liste geben; %2 ist im Lastverteiler eingetragen, aber kein Knoten führt ihn auf.</translation>
    </message>
    <message>
        <source>Clocks are judged against trusted references first: nodes whose kernel reports synchronized time with a maximum error within the warning limit, and this computer&apos;s clock when its kernel reports the same. Without a trusted reference, three or more nodes are compared with their median; two nodes that disagree are reported as a pair and neither is blamed. ± is the bound of the measurement only: half the round trip of the best of the node&apos;s last %1 samples plus %2 ppm of that sample&apos;s age; the node&apos;s own NTP error is shown beside it.</source>
        <translation>Uhren werden zuerst an vertrauenswürdigen Referenzen gemessen: an Knoten, deren Kernel eine synchronisierte Zeit mit einem maximalen Fehler innerhalb der Warnschwelle meldet, und an der Uhr dieses Computers, wenn dessen Kernel dasselbe meldet. Ohne vertrauenswürdige Referenz werden drei oder mehr Knoten mit ihrem Median verglichen; zwei Knoten, die voneinander abweichen, werden als Paar gemeldet, ohne einem von beiden die Schuld zu geben. ± ist nur die Schranke der Messung: die halbe Umlaufzeit der besten der letzten %1 Stichproben des Knotens plus %2 ppm des Alters dieser Stichprobe; der eigene NTP-Fehler des Knotens wird daneben angezeigt.</translation>
    </message>
    <message>
        <source>Node %1 does not expose the %2 service %3 (exposed by %4): its configuration is not synchronised.</source>
        <translation>Knoten %1 gibt den %2-Dienst %3 nicht frei (freigegeben von %4): Seine Konfiguration ist nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Check the node&apos;s configuration database synchronisation (its log), then restart the node so it catches up with the cluster.</source>
        <translation>Die Synchronisierung der Konfigurationsdatenbank des Knotens prüfen (sein Protokoll) und den Knoten dann neu starten, damit er zum Cluster aufholt.</translation>
    </message>
    <message>
        <source>Compare the service&apos;s definition on these nodes; the configuration database is not synchronised.</source>
        <translation>Die Definition des Dienstes auf diesen Knoten vergleichen; die Konfigurationsdatenbank ist nicht synchronisiert.</translation>
    </message>
    <message>
        <source>The %1 service %2 is described differently on %3.</source>
        <translation>Der %1-Dienst %2 ist auf %3 unterschiedlich beschrieben.</translation>
    </message>
    <message>
        <source>Node %1 describes the %2 service %3 differently from the other nodes.</source>
        <translation>Knoten %1 beschreibt den %2-Dienst %3 anders als die anderen Knoten.</translation>
    </message>
    <message>
        <source>%1 does not answer and HAProxy marks it DOWN%2</source>
        <translation>%1 antwortet nicht und HAProxy markiert ihn als DOWN%2</translation>
    </message>
    <message>
        <source>Start %1 again, or find out why it stopped (its log, the machine, the network).</source>
        <translation>Starten Sie %1 erneut oder finden Sie heraus, warum er angehalten hat (Protokoll, Rechner, Netzwerk).</translation>
    </message>
    <message>
        <source>HAProxy drains %1 (%2): it gets no new connections</source>
        <translation>HAProxy lässt %1 auslaufen (%2): er erhält keine neuen Verbindungen</translation>
    </message>
</context>
<context>
    <name>FleetSummary</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>Aktive Knoten</translation>
    </message>
    <message>
        <source>Worst offset</source>
        <translation>Größte Abweichung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
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
            <numerusform>%n abweichend</numerusform>
            <numerusform>%n abweichend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n im Rückstand</numerusform>
            <numerusform>%n im Rückstand</numerusform>
        </translation>
    </message>
    <message>
        <source>all in sync</source>
        <translation>alle synchron</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (stored)</source>
        <translation>%1 (gespeichert)</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 nodes up</source>
        <translation>%1/%2 Knoten aktiv</translation>
    </message>
    <message>
        <source>worst offset %1 ms</source>
        <translation>größte Abweichung %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>services agree</source>
        <translation>Dienste stimmen überein</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) differ</source>
        <translation>
            <numerusform>%n Dienst weicht ab</numerusform>
            <numerusform>%n Dienste weichen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster publishes no configuration revision: each node&apos;s REST and SOAP service catalogue is compared instead.</source>
        <translation>Dieser Cluster veröffentlicht keine Konfigurationsrevision: Stattdessen wird der REST- und SOAP-Dienstkatalog jedes Knotens verglichen.</translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklicken, um %1 zu öffnen</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Refresh all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>All saved clusters, worst first. Double-click a cluster to open it.</source>
        <translation>Alle gespeicherten Cluster, schlechtester Zustand zuerst. Doppelklicken Sie auf einen Cluster, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Filter by name or state (Ctrl+F)</source>
        <translation>Nach Name oder Status filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>Cluster filtern</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>All clusters: %1</source>
        <translation>Alle Cluster: %1</translation>
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
        <translation>die Statistik von HAProxy kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>HAProxy lists no server named %1</source>
        <translation>HAProxy führt keinen Server namens %1</translation>
    </message>
    <message>
        <source>%1 is the last node serving requests: nothing was sent</source>
        <translation>%1 ist der letzte Knoten, der Anfragen bedient: Es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>HAProxy refused the stats user %1: check the user name and password of the statistics page</source>
        <translation>HAProxy hat den Statistik-Benutzer %1 abgelehnt: Benutzername und Passwort der Statistikseite prüfen</translation>
    </message>
    <message>
        <source>HAProxy denied the action: its statistics page grants no admin rights to %1 (&quot;stats admin&quot; is off)</source>
        <translation>HAProxy hat die Aktion verweigert: Seine Statistikseite gewährt %1 keine Administratorrechte („stats admin“ ist aus)</translation>
    </message>
    <message>
        <source>HAProxy rejected the request for %1 (answer %2)</source>
        <translation>HAProxy hat die Anfrage für %1 zurückgewiesen (Antwort %2)</translation>
    </message>
    <message>
        <source>the action on %1 was sent but HAProxy&apos;s statistics cannot be read back: its outcome is unknown</source>
        <translation>die Aktion für %1 wurde gesendet, aber die Statistik von HAProxy kann nicht zurückgelesen werden: Ihr Ergebnis ist unbekannt</translation>
    </message>
    <message>
        <source>HAProxy shows %1 as %2</source>
        <translation>HAProxy zeigt %1 als %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s answer was lost and it shows %1 as %2: the action&apos;s outcome is unknown</source>
        <translation>die Antwort von HAProxy ging verloren, und es zeigt %1 als %2: Das Ergebnis der Aktion ist unbekannt</translation>
    </message>
    <message>
        <source>HAProxy applied the action only in part; it shows %1 as %2</source>
        <translation>HAProxy hat die Aktion nur teilweise ausgeführt; es zeigt %1 als %2</translation>
    </message>
    <message>
        <source>HAProxy changed nothing; it shows %1 as %2</source>
        <translation>HAProxy hat nichts geändert; es zeigt %1 als %2</translation>
    </message>
    <message>
        <source>HAProxy accepted the action but shows %1 as %2</source>
        <translation>HAProxy hat die Aktion angenommen, zeigt %1 aber als %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page does not answer: %1</source>
        <translation>die Statistikseite von HAProxy antwortet nicht: %1</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Clusterdesk User Guide</source>
        <translation>Clusterdesk-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>no answer from %1 within %2 s
</source>
        <translation>keine Antwort von %1 innerhalb von %2 s
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
        <translation>Keine Änderung passt.
</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>REVISION</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>FELDER</translation>
    </message>
</context>
<context>
    <name>HistoryCommandLine</name>
    <message>
        <source>see clusterdesk history --help</source>
        <translation>siehe clusterdesk history --help</translation>
    </message>
    <message>
        <source>The saved cluster whose log to read.</source>
        <translation>Der gespeicherte Cluster, dessen Protokoll gelesen wird.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Only changes of this resource (or of every resource of this type).</source>
        <translation>Nur Änderungen dieser Ressource (oder jeder Ressource dieses Typs).</translation>
    </message>
    <message>
        <source>Only changes made by &lt;user&gt;.</source>
        <translation>Nur Änderungen von &lt;user&gt;.</translation>
    </message>
    <message>
        <source>Only changes at or before &lt;time&gt;.</source>
        <translation>Nur Änderungen zu oder vor &lt;time&gt;.</translation>
    </message>
    <message>
        <source>text (the default), csv or json.</source>
        <translation>text (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>--resource: %1</source>
        <translation>--resource: %1</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time, such as 2026-12-01 or 2026-12-01T08:00:00Z: %2</source>
        <translation>--%1 erfordert ein Datum oder eine Uhrzeit nach ISO 8601, etwa 2026-12-01 oder 2026-12-01T08:00:00Z: %2</translation>
    </message>
    <message>
        <source>unknown --format %1 (text, csv or json)</source>
        <translation>unbekanntes --format %1 (text, csv oder json)</translation>
    </message>
    <message>
        <source>Shows and exports a cluster&apos;s configuration change history.</source>
        <translation>Zeigt und exportiert den Verlauf der Konfigurationsänderungen eines Clusters.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>history needs one --cluster</source>
        <translation>history erfordert genau ein --cluster</translation>
    </message>
    <message>
        <source>--since needs a span such as 7d or 24h, or an ISO 8601 date or time such as 2026-12-01 or 2026-12-01T08:00:00Z: %1</source>
        <translation>--since braucht eine Zeitspanne wie 7d oder 24h oder ein Datum bzw. eine Uhrzeit nach ISO 8601 wie 2026-12-01 oder 2026-12-01T08:00:00Z: %1</translation>
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
        <translation>Gibt das Änderungsprotokoll der Konfiguration eines gespeicherten Clusters aus, älteste
zuerst: wer welche Ressource wann geändert hat und welche Felder jede Änderung geändert
hat (Geheimnisse nur als geändert oder unverändert, nie ihre Werte). Die Filter wendet
die Konsole auf das gesamte Protokoll an. --since nimmt eine Zeitspanne zurück ab jetzt
(24h, 7d, 90m, 2w) oder, wie --until, ein Datum oder Datum mit Uhrzeit nach ISO 8601 an
(UTC, sofern kein Offset angegeben ist). Exit-Code 2 bei jedem Fehler.

Beispiele:
  clusterdesk history --cluster Prod
  clusterdesk history --cluster Prod --resource jdbc/orders-db --format json
  clusterdesk history --cluster Prod --since 7d
  clusterdesk history --cluster Prod --user admin --since 2026-12-01 --format csv &gt; changes.csv
</translation>
    </message>
    <message>
        <source>Only changes at or after &lt;when&gt;: a span back from now (24h, 7d, 90m, 2w) or an ISO 8601 date or time.</source>
        <translation>Nur Änderungen ab &lt;when&gt;: eine Zeitspanne zurück ab jetzt (24h, 7d, 90m, 2w) oder ein Datum oder eine Uhrzeit nach ISO 8601.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>Loading the change log…</source>
        <translation>Änderungsprotokoll wird geladen…</translation>
    </message>
    <message>
        <source>No configuration change has been made yet.</source>
        <translation>Es wurde noch keine Konfigurationsänderung vorgenommen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load &amp;older changes</source>
        <translation>Ä&amp;ltere Änderungen laden</translation>
    </message>
    <message>
        <source>Configuration change log</source>
        <translation>Änderungsprotokoll der Konfiguration</translation>
    </message>
    <message>
        <source>Showing the newest %1 changes (up to revision %2).</source>
        <translation>Die neuesten %1 Änderungen werden angezeigt (bis Revision %2).</translation>
    </message>
    <message>
        <source>Showing the only change.</source>
        <translation>Die einzige Änderung wird angezeigt.</translation>
    </message>
    <message>
        <source>Showing all %1 changes.</source>
        <translation>Alle %1 Änderungen werden angezeigt.</translation>
    </message>
    <message>
        <source>Export the change log as CSV</source>
        <translation>Das Änderungsprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>%n Änderung nach %1 exportiert.</numerusform>
            <numerusform>%n Änderungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 of %2 changes loaded match the filters.</source>
        <translation>%1 von %2 geladenen Änderungen entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Reso&amp;urce:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>type/name</source>
        <translation>Typ/Name</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available (%1); the secret is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1); das Geheimnis wird nur für diese Sitzung gespeichert.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>No data directory is available on this system.</source>
        <translation>Auf diesem System ist kein Datenverzeichnis verfügbar.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for use.</source>
        <translation>%1 kann nicht zur Verwendung vorbereitet werden.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Es gibt kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>The new order must name every profile exactly once.</source>
        <translation>Die neue Reihenfolge muss jedes Profil genau einmal nennen.</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>Die Aufbewahrungsdauer darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>Datenbankfehler in „%1“: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Clusterdesk database: %2</source>
        <translation>%1 kann nicht als Clusterdesk-Datenbank gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; Clusterdesk leaves it alone. Choose another data directory.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung; Clusterdesk lässt sie unverändert. Wählen Sie ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Clusterdesk (schema %2; this version understands up to %3). It was not changed; update Clusterdesk or choose another data directory.</source>
        <translation>%1 wurde von einem neueren Clusterdesk geschrieben (Schema %2; diese Version versteht bis %3). Die Datei wurde nicht geändert; aktualisieren Sie Clusterdesk oder wählen Sie ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging: %2</source>
        <translation>%1: Umstellung auf Write-Ahead-Logging nicht möglich: %2</translation>
    </message>
    <message>
        <source>An activity entry needs a request id.</source>
        <translation>Ein Aktivitätseintrag erfordert eine Anfrage-ID.</translation>
    </message>
    <message>
        <source>Unknown activity column %1.</source>
        <translation>Unbekannte Aktivitätsspalte %1.</translation>
    </message>
    <message>
        <source>the console stopped before the answer arrived; check the cluster</source>
        <translation>die Konsole wurde beendet, bevor die Antwort eintraf; den Cluster prüfen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group: folder names separated by &quot;/&quot;, none of them empty.</source>
        <translation>„%1“ ist keine Gruppe: Ordnernamen durch „/“ getrennt, keiner davon leer.</translation>
    </message>
    <message>
        <source>%1 cannot move to group &quot;%2&quot;: %3</source>
        <translation>%1 kann nicht in die Gruppe „%2“: %3</translation>
    </message>
    <message>
        <source>A group cannot move into its own folder &quot;%1&quot;.</source>
        <translation>Eine Gruppe kann nicht in ihren eigenen Ordner „%1“ wandern.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clusterdesk could not open its data</source>
        <translation>Clusterdesk konnte seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Lokale Demo</translation>
    </message>
    <message>
        <source>Starting the local demo cluster…</source>
        <translation>Der lokale Demo-Cluster wird gestartet…</translation>
    </message>
    <message>
        <source>Nothing to filter here.</source>
        <translation>Hier gibt es nichts zu filtern.</translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation>Clusterdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Start &amp;Local Demo Cluster</source>
        <translation>&amp;Lokalen Demo-Cluster starten</translation>
    </message>
    <message>
        <source>Run three reference nodes behind HAProxy on this computer</source>
        <translation>Drei Referenzknoten hinter HAProxy auf diesem Computer ausführen</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the current view (%1)</source>
        <translation>Die aktuelle Ansicht filtern (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Poll the selected cluster now (%1)</source>
        <translation>Den ausgewählten Cluster jetzt abfragen (%1)</translation>
    </message>
    <message>
        <source>Refresh &amp;All Clusters</source>
        <translation>&amp;Alle Cluster aktualisieren</translation>
    </message>
    <message>
        <source>Show &amp;Cluster List</source>
        <translation>&amp;Clusterliste anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Clusterdesk</source>
        <translation>&amp;Über Clusterdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Selected cluster</source>
        <translation>Ausgewählter Cluster</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Abfrage läuft…</translation>
    </message>
    <message>
        <source>Backing off: unreachable</source>
        <translation>Pausiert: nicht erreichbar</translation>
    </message>
    <message>
        <source>Backing off: unreachable, next try in %1</source>
        <translation>Pausiert: nicht erreichbar, nächster Versuch in %1</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>Keine Abfrage</translation>
    </message>
    <message>
        <source>Not polling: unreachable</source>
        <translation>Keine Abfrage: nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>Next refresh in %n s</source>
        <translation>
            <numerusform>Nächste Aktualisierung in %n s</numerusform>
            <numerusform>Nächste Aktualisierung in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clusters: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>The cluster was not saved</source>
        <translation>Der Cluster wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Cluster added.</source>
        <translation>Cluster hinzugefügt.</translation>
    </message>
    <message>
        <source>The cluster was not removed</source>
        <translation>Der Cluster wurde nicht entfernt</translation>
    </message>
    <message>
        <source>The local store refused it.</source>
        <translation>Der lokale Speicher hat es abgelehnt.</translation>
    </message>
    <message>
        <source>The new order could not be saved.</source>
        <translation>Die neue Reihenfolge konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>About Clusterdesk</source>
        <translation>Über Clusterdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clusterdesk %1&lt;/h3&gt;&lt;p&gt;A console for clustered server platforms: nodes, health, clocks, configuration and shared resources.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clusterdesk %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für geclusterte Serverplattformen: Knoten, Zustand, Uhren, Konfiguration und gemeinsame Ressourcen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Resource definitions</source>
        <translation>Ressourcendefinitionen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Export Resource &amp;Definitions…</source>
        <translation>Ressourcen&amp;definitionen exportieren…</translation>
    </message>
    <message>
        <source>Save the selected cluster&apos;s resource definitions to a file, without secrets (%1)</source>
        <translation>Die Ressourcendefinitionen des ausgewählten Clusters ohne Geheimnisse in einer Datei speichern (%1)</translation>
    </message>
    <message>
        <source>&amp;Import Resource Definitions…</source>
        <translation>Ressourcendefinitionen &amp;importieren…</translation>
    </message>
    <message>
        <source>Copy the definitions of a file into the selected cluster, after a dry run (%1)</source>
        <translation>Die Definitionen einer Datei nach einem Probelauf in den ausgewählten Cluster kopieren (%1)</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <source>Every saved cluster in one table (%1)</source>
        <translation>Alle gespeicherten Cluster in einer Tabelle (%1)</translation>
    </message>
    <message>
        <source>&amp;Compare Clusters…</source>
        <translation>Cluster &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare and copy resource definitions between clusters (%1)</source>
        <translation>Ressourcendefinitionen zwischen Clustern vergleichen und kopieren (%1)</translation>
    </message>
    <message>
        <source>%1 needs a password (%2): Cluster &gt; Sign In…</source>
        <translation>%1 benötigt ein Passwort (%2): Cluster &gt; Anmelden…</translation>
    </message>
    <message>
        <source>%1 – Clusterdesk</source>
        <translation>%1 – Clusterdesk</translation>
    </message>
    <message>
        <source>Fleet – Clusterdesk</source>
        <translation>Flotte – Clusterdesk</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Type the password of the selected cluster when none is stored</source>
        <translation>Das Passwort des ausgewählten Clusters eingeben, wenn keines gespeichert ist</translation>
    </message>
    <message>
        <source>Clusterdesk &amp;User Guide</source>
        <translation>Clusterdesk-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to use the console (%1)</source>
        <translation>Anleitung zur Konsole (%1)</translation>
    </message>
    <message>
        <source>Password needed (%1): this cluster is not polled until you sign in with Cluster &gt; Sign In…</source>
        <translation>Passwort benötigt (%1): Dieser Cluster wird erst abgefragt, wenn Sie sich über Cluster &gt; Anmelden… anmelden</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>A&amp;ktivität…</translation>
    </message>
    <message>
        <source>What this console sent to clusters, with each outcome</source>
        <translation>Was diese Konsole an Cluster gesendet hat, jeweils mit Ergebnis</translation>
    </message>
    <message>
        <source>Move to Group</source>
        <translation>In Gruppe verschieben</translation>
    </message>
    <message>
        <source>&amp;Group of “%1” (folders separated by /, empty for none):</source>
        <translation>&amp;Gruppe von „%1“ (Ordner durch / getrennt, leer für keine):</translation>
    </message>
    <message>
        <source>The group was not changed</source>
        <translation>Die Gruppe wurde nicht geändert</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>&amp;Name of the new group (folders separated by /):</source>
        <translation>&amp;Name der neuen Gruppe (Ordner durch / getrennt):</translation>
    </message>
    <message>
        <source>The group was not made</source>
        <translation>Die Gruppe wurde nicht angelegt</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name of “%1” (folders separated by /):</source>
        <translation>Neuer &amp;Name von „%1“ (Ordner durch / getrennt):</translation>
    </message>
    <message>
        <source>The group was not renamed</source>
        <translation>Die Gruppe wurde nicht umbenannt</translation>
    </message>
    <message>
        <source>The group was not removed</source>
        <translation>Die Gruppe wurde nicht entfernt</translation>
    </message>
    <message>
        <source>Group “%1” removed; its clusters are at the top level.</source>
        <translation>Gruppe „%1“ entfernt; ihre Cluster stehen auf oberster Ebene.</translation>
    </message>
    <message>
        <source>Group “%1” removed; its clusters moved to “%2”.</source>
        <translation>Gruppe „%1“ entfernt; ihre Cluster liegen jetzt in „%2“.</translation>
    </message>
</context>
<context>
    <name>NodeActionConfirmation</name>
    <message>
        <source>Drain %1 in %2? HAProxy sends it no new connections; those already persisting to it stay until they end.</source>
        <translation>%1 in %2 auslaufen lassen? HAProxy sendet ihm keine neuen Verbindungen; bereits an ihn gebundene bleiben bestehen, bis sie enden.</translation>
    </message>
    <message>
        <source>Put %1 in %2 into maintenance? HAProxy sends it no traffic at all, open requests included.</source>
        <translation>%1 in %2 in Wartung versetzen? HAProxy sendet ihm überhaupt keinen Verkehr mehr, auch keine offenen Anfragen.</translation>
    </message>
    <message>
        <source>Make %1 in %2 ready? HAProxy sends it traffic again once its health check passes.</source>
        <translation>%1 in %2 bereit machen? HAProxy sendet ihm wieder Verkehr, sobald seine Zustandsprüfung erfolgreich ist.</translation>
    </message>
    <message>
        <source>%1 is the last node serving requests in %2. After this, the cluster answers no one until another node is ready. Do it anyway?</source>
        <translation>%1 ist der letzte Knoten, der in %2 Anfragen bedient. Danach antwortet der Cluster niemandem mehr, bis ein anderer Knoten bereit ist. Trotzdem ausführen?</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Do It Anyway</source>
        <translation>Trotzdem ausführen</translation>
    </message>
    <message>
        <source>A production cluster: type its name to go ahead.</source>
        <translation>Ein Produktionscluster: Geben Sie seinen Namen ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>NodeActionController</name>
    <message>
        <source>The cluster is not saved.</source>
        <translation>Der Cluster ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>Node actions need the cluster&apos;s HAProxy statistics URL (Edit Cluster).</source>
        <translation>Knotenaktionen erfordern die HAProxy-Statistik-URL des Clusters (Cluster bearbeiten).</translation>
    </message>
    <message>
        <source>Node actions need the HAProxy statistics user (Edit Cluster).</source>
        <translation>Knotenaktionen erfordern den HAProxy-Statistik-Benutzer (Cluster bearbeiten).</translation>
    </message>
</context>
<context>
    <name>NodeActionText</name>
    <message>
        <source>Drain</source>
        <translation>Auslaufen lassen</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No node is serving requests. When the whole cluster is restarted, start the node that stopped last first: it holds the newest configuration, and the others catch up from it. Then start the others and set each to Ready.</source>
        <translation>Kein Knoten bedient Anfragen. Wenn der gesamte Cluster neu gestartet wird, zuerst den Knoten starten, der zuletzt gestoppt wurde: Er hat die neueste Konfiguration, und die anderen holen von ihm auf. Dann die anderen starten und jeden auf Bereit setzen.</translation>
    </message>
</context>
<context>
    <name>NodeCommand</name>
    <message>
        <source>cluster %1 has no HAProxy statistics URL: pass --stats-url</source>
        <translation>Cluster %1 hat keine HAProxy-Statistik-URL: --stats-url angeben</translation>
    </message>
    <message>
        <source>cluster %1 has no HAProxy statistics user: pass --stats-user</source>
        <translation>Cluster %1 hat keinen HAProxy-Statistik-Benutzer: --stats-user angeben</translation>
    </message>
    <message>
        <source>no password for the statistics user: pass --stats-password-file</source>
        <translation>kein Passwort für den Statistik-Benutzer: --stats-password-file angeben</translation>
    </message>
    <message>
        <source>no password for the statistics user of %1 is saved (%2): pass --stats-password-file or set CLUSTERDESK_STATS_PASSWORD</source>
        <translation>für den Statistik-Benutzer von %1 ist kein Passwort gespeichert (%2): --stats-password-file angeben oder CLUSTERDESK_STATS_PASSWORD setzen</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 (%2 in %3): %4</translation>
    </message>
    <message>
        <source> (pass --force to do it anyway)</source>
        <translation> (mit --force trotzdem ausführen)</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>see clusterdesk node --help</source>
        <translation>siehe clusterdesk node --help</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>drain, maint or ready.</source>
        <translation>drain, maint oder ready.</translation>
    </message>
    <message>
        <source>The node (HAProxy&apos;s server name).</source>
        <translation>Der Knoten (Servername in HAProxy).</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page, instead of the saved one.</source>
        <translation>Die Statistikseite von HAProxy statt der gespeicherten.</translation>
    </message>
    <message>
        <source>The statistics page&apos;s admin user, instead of the saved one.</source>
        <translation>Der Admin-Benutzer der Statistikseite statt des gespeicherten.</translation>
    </message>
    <message>
        <source>Read the statistics user&apos;s password from &lt;file&gt;.</source>
        <translation>Das Passwort des Statistik-Benutzers aus &lt;file&gt; lesen.</translation>
    </message>
    <message>
        <source>Also when the node is the last one serving requests.</source>
        <translation>Auch wenn der Knoten der letzte ist, der Anfragen bedient.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>node needs --cluster and --node</source>
        <translation>node erfordert --cluster und --node</translation>
    </message>
    <message>
        <source>invalid --stats-url: %1</source>
        <translation>ungültige --stats-url: %1</translation>
    </message>
    <message>
        <source>stats password</source>
        <translation>Statistik-Passwort</translation>
    </message>
    <message>
        <source>Sets a node to drain, maintenance or ready at the load balancer.</source>
        <translation>Setzt einen Knoten am Lastverteiler auf Auslaufen, Wartung oder Bereit.</translation>
    </message>
    <message>
        <source>node needs an action: drain, maint or ready</source>
        <translation>node erfordert eine Aktion: drain, maint oder ready</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>unknown node action: %1</source>
        <translation>unbekannte node-Aktion: %1</translation>
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
        <translation>Aktionen (Statistikseite von HAProxy, die für den Benutzer „stats admin“ erfordert):
  drain    Keine neuen Verbindungen zum Knoten; an ihn gebundene bleiben bestehen.
  maint    Wartung: überhaupt kein Verkehr.
  ready    Wieder in Betrieb.

Das Passwort des Statistik-Benutzers: --stats-password-file, sonst die Umgebungsvariable
CLUSTERDESK_STATS_PASSWORD, sonst das im Fenster für den Cluster gespeicherte.
Den letzten Knoten, der Anfragen bedient, auslaufen zu lassen oder in Wartung zu
versetzen, erfordert --force. Das Ergebnis ist die Sicht von HAProxy auf den Knoten danach.
Ein als schreibgeschützt gespeicherter Cluster wird abgelehnt; ein als Produktion
markierter erfordert --confirm &lt;sein Name&gt;, genau. Jede Aktion steht im Aktivitätsprotokoll.
Exit-Code 0 ausgeführt, 1 nicht ausgeführt, 2 Fehler oder abgelehnt.

Beispiele:
  clusterdesk node drain --cluster Test --node node-2
  clusterdesk node ready --cluster Prod --node node-2 --confirm Prod --json
</translation>
    </message>
    <message>
        <source>Act on the production cluster called exactly &lt;name&gt;.</source>
        <translation>Auf den Produktionscluster mit genau diesem &lt;name&gt; wirken.</translation>
    </message>
</context>
<context>
    <name>NodeHistoryCharts</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>%1 (first seen)</source>
        <translation>%1 (erstmals gesehen)</translation>
    </message>
    <message>
        <source>No samples in this period yet.</source>
        <translation>Noch keine Messwerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Clock offset against this computer</source>
        <translation>Uhrabweichung gegenüber diesem Computer</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>± error bound</source>
        <translation>± Fehlergrenze</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Round-trip latency</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Configuration &amp;revisions</source>
        <translation>Konfigurations&amp;revisionen</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Gesehen am</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 Messwert</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 Messwerte</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Speicher (MiB)</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
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
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Läuft aus</translation>
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
        <translation>Primärknoten</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>%1 (missed 1 poll)</source>
        <translation>%1 (1 Abfrage verpasst)</translation>
    </message>
    <message>
        <source>%1 (missed %2 polls)</source>
        <translation>%1 (%2 Abfragen verpasst)</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (Schema %2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
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
        <translation>Maximaler NTP-Fehler des Kernels: %1 ms</translation>
    </message>
    <message>
        <source>The node says: %1</source>
        <translation>Der Knoten meldet: %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Lastverteiler</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Slow (%1 ms)</source>
        <translation>Langsam (%1 ms)</translation>
    </message>
    <message>
        <source>%1 ms ± %2 net</source>
        <translation>%1 ms ± %2 Netz</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Not synced, ± %1 ms</source>
        <translation>Nicht synchronisiert, ± %1 ms</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced, ± %1 ms</source>
        <translation>Synchronisiert, ± %1 ms</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Replication paused</source>
        <translation>Replikation pausiert</translation>
    </message>
    <message>
        <source>± … net is the network bound of this measurement (half the round trip), not the node&apos;s own clock error (see Time sync).</source>
        <translation>± … Netz ist die Netzwerkunsicherheit dieser Messung (die halbe Umlaufzeit), nicht der eigene Uhrfehler des Knotens (siehe Zeitsync).</translation>
    </message>
    <message>
        <source>Against the nodes whose clocks are synchronized.</source>
        <translation>Gegenüber den Knoten mit synchronisierter Uhr.</translation>
    </message>
    <message>
        <source>Against this computer&apos;s synchronized clock.</source>
        <translation>Gegenüber der synchronisierten Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>Against the median of the nodes (no synchronized clock to trust).</source>
        <translation>Gegenüber dem Median der Knoten (keine vertrauenswürdige synchronisierte Uhr).</translation>
    </message>
    <message>
        <source>Not judged: fewer than three nodes and no synchronized clock to trust.</source>
        <translation>Nicht bewertet: weniger als drei Knoten und keine vertrauenswürdige synchronisierte Uhr.</translation>
    </message>
    <message>
        <source>A trusted clock reference.</source>
        <translation>Eine vertrauenswürdige Uhrreferenz.</translation>
    </message>
    <message>
        <source>Not a clock reference: not synchronized or its maximum error is above the warning limit.</source>
        <translation>Keine Uhrreferenz: nicht synchronisiert oder der maximale Fehler liegt über der Warnschwelle.</translation>
    </message>
    <message>
        <source>Kernel NTP estimated error: %1 ms</source>
        <translation>Geschätzter NTP-Fehler des Kernels: %1 ms</translation>
    </message>
    <message>
        <source>This node&apos;s clock minus this computer&apos;s; ± is the network bound of the measurement only.</source>
        <translation>Uhr dieses Knotens minus Uhr dieses Computers; ± ist nur die Netzwerkunsicherheit der Messung.</translation>
    </message>
    <message>
        <source>Whether the node&apos;s kernel reports its clock as synchronized, and the kernel&apos;s maximum error.</source>
        <translation>Ob der Kernel des Knotens seine Uhr als synchronisiert meldet, und der maximale Fehler des Kernels.</translation>
    </message>
    <message>
        <source>The first 12 hex digits of the configuration checksum.</source>
        <translation>Die ersten 12 Hexadezimalstellen der Konfigurationsprüfsumme.</translation>
    </message>
    <message>
        <source>vs reference</source>
        <translation>vs. Referenz</translation>
    </message>
    <message>
        <source>Time sync</source>
        <translation>Zeitsync</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>NodesPanel</name>
    <message>
        <source>Probes reach this node through the load balancer.</source>
        <translation>Abfragen erreichen diesen Knoten über den Lastverteiler.</translation>
    </message>
    <message>
        <source>Probes reach this node directly at %1: the load balancer could not route to it.</source>
        <translation>Abfragen erreichen diesen Knoten direkt unter %1: Der Lastverteiler konnte nicht zu ihm weiterleiten.</translation>
    </message>
    <message>
        <source>No probe has reached this node in the last poll.</source>
        <translation>Keine Abfrage hat diesen Knoten bei der letzten Runde erreicht.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>This node has not answered yet.</source>
        <translation>Dieser Knoten hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>This node has not answered: %1</source>
        <translation>Dieser Knoten hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Filter by name, id or state (Ctrl+F)</source>
        <translation>Nach Name, ID oder Status filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Knoten filtern</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Show only nodes with a warning or a critical problem</source>
        <translation>Nur Knoten mit einer Warnung oder einem kritischen Problem anzeigen</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Select a node to see its answer, its history and how it was reached.</source>
        <translation>Wählen Sie einen Knoten, um seine Antwort, seinen Verlauf und den Abfrageweg zu sehen.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Node &amp;answer</source>
        <translation>&amp;Antwort des Knotens</translation>
    </message>
    <message>
        <source>The node&apos;s raw /api/v1/node answer</source>
        <translation>Die unverarbeitete Antwort von /api/v1/node</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>Showing %1 of %2 nodes</source>
        <translation>%1 von %2 Knoten angezeigt</translation>
    </message>
    <message>
        <source>Error bound up to ±%1 ms.</source>
        <translation>Fehlerschranke bis zu ±%1 ms.</translation>
    </message>
    <message>
        <source>Dra&amp;in</source>
        <translation>Aus&amp;laufen lassen</translation>
    </message>
    <message>
        <source>Main&amp;tenance</source>
        <translation>&amp;Wartung</translation>
    </message>
    <message>
        <source>Rea&amp;dy</source>
        <translation>Be&amp;reit</translation>
    </message>
    <message>
        <source>HAProxy sends the selected node no new connections</source>
        <translation>HAProxy sendet dem ausgewählten Knoten keine neuen Verbindungen</translation>
    </message>
    <message>
        <source>HAProxy sends the selected node no traffic at all</source>
        <translation>HAProxy sendet dem ausgewählten Knoten überhaupt keinen Verkehr</translation>
    </message>
    <message>
        <source>HAProxy sends the selected node traffic again</source>
        <translation>HAProxy sendet dem ausgewählten Knoten wieder Verkehr</translation>
    </message>
    <message>
        <source>%1 %2: waiting for HAProxy…</source>
        <translation>%1 (%2): Warten auf HAProxy…</translation>
    </message>
    <message>
        <source>Node actions are not available here.</source>
        <translation>Knotenaktionen sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>HAProxy Statistics Password</source>
        <translation>HAProxy-Statistik-Passwort</translation>
    </message>
    <message>
        <source>The password of HAProxy&apos;s statistics user (kept in the system keychain):</source>
        <translation>Das Passwort des Statistik-Benutzers von HAProxy (im Schlüsselbund des Systems gespeichert):</translation>
    </message>
    <message>
        <source>The password of HAProxy&apos;s statistics user could not be read (%1). Type it:</source>
        <translation>Das Passwort des Statistik-Benutzers von HAProxy konnte nicht gelesen werden (%1). Geben Sie es ein:</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No node known yet.</source>
        <translation>Noch kein Knoten bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked yet</source>
        <translation>
            <numerusform>%n noch nicht geprüft</numerusform>
            <numerusform>%n noch nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 up</source>
        <translation>%1 / %2 aktiv</translation>
    </message>
    <message>
        <source>Every node answers.</source>
        <translation>Jeder Knoten antwortet.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No clock measured yet.</source>
        <translation>Noch keine Uhr gemessen.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No revision known yet.</source>
        <translation>Noch keine Revision bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation>
            <numerusform>%n abweichend</numerusform>
            <numerusform>%n abweichend</numerusform>
        </translation>
    </message>
    <message>
        <source>Same revision, different content: %1</source>
        <translation>Gleiche Revision, anderer Inhalt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n im Rückstand</numerusform>
            <numerusform>%n im Rückstand</numerusform>
        </translation>
    </message>
    <message>
        <source>All in sync</source>
        <translation>Alle synchron</translation>
    </message>
    <message>
        <source>Revision %1 on every node</source>
        <translation>Revision %1 auf jedem Knoten</translation>
    </message>
    <message>
        <source>Every node has the same configuration.</source>
        <translation>Jeder Knoten hat dieselbe Konfiguration.</translation>
    </message>
    <message>
        <source>%1 of %2 in sync</source>
        <translation>%1 von %2 synchron</translation>
    </message>
    <message>
        <source>Servers in the load balancer&apos;s statistics</source>
        <translation>Server in der Statistik des Lastverteilers</translation>
    </message>
    <message>
        <source>No statistics URL</source>
        <translation>Keine Statistik-URL</translation>
    </message>
    <message>
        <source>Add the HAProxy statistics URL to this cluster&apos;s settings to see the load balancer&apos;s view.</source>
        <translation>Fügen Sie die HAProxy-Statistik-URL in den Einstellungen dieses Clusters hinzu, um die Sicht des Lastverteilers zu sehen.</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>Die Statistik konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the snapshot from %1 ago; refreshing…</source>
        <translation>Schnappschuss von vor %1 wird angezeigt; wird aktualisiert…</translation>
    </message>
    <message>
        <source>Showing a saved snapshot; refreshing…</source>
        <translation>Gespeicherter Schnappschuss wird angezeigt; wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Zu tun: %1</translation>
    </message>
    <message>
        <source>Nothing to report: every check passed.</source>
        <translation>Nichts zu melden: Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Waiting for the first poll.</source>
        <translation>Warten auf die erste Abfrage.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Worst clock offset</source>
        <translation>Größte Uhrabweichung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Lastverteiler</translation>
    </message>
    <message>
        <source>&amp;Findings, worst first</source>
        <translation>&amp;Befunde, schwerwiegendste zuerst</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1 is 1 revision behind the primary</source>
        <translation>%1 liegt 1 Revision hinter dem Primärknoten</translation>
    </message>
    <message>
        <source>%1 is %2 revisions behind the primary</source>
        <translation>%1 liegt %2 Revisionen hinter dem Primärknoten</translation>
    </message>
    <message numerus="yes">
        <source>%n slow</source>
        <translation>
            <numerusform>%n langsam</numerusform>
            <numerusform>%n langsam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed the last poll</source>
        <translation>
            <numerusform>%n hat die letzte Abfrage verpasst</numerusform>
            <numerusform>%n haben die letzte Abfrage verpasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Measured: %1. Without a synchronized clock to trust, fewer than three nodes are not judged.</source>
        <translation>Gemessen: %1. Ohne vertrauenswürdige synchronisierte Uhr werden weniger als drei Knoten nicht bewertet.</translation>
    </message>
    <message>
        <source>%1 against the synchronized nodes (±&#xa0;%2&#xa0;ms network)</source>
        <translation>%1 gegenüber den synchronisierten Knoten (±&#xa0;%2&#xa0;ms Netzwerk)</translation>
    </message>
    <message>
        <source>%1 against this computer&apos;s synchronized clock (±&#xa0;%2&#xa0;ms network)</source>
        <translation>%1 gegenüber der synchronisierten Uhr dieses Computers (±&#xa0;%2&#xa0;ms Netzwerk)</translation>
    </message>
    <message>
        <source>%1 against the cluster median (±&#xa0;%2&#xa0;ms network)</source>
        <translation>%1 gegenüber dem Cluster-Median (±&#xa0;%2&#xa0;ms Netzwerk)</translation>
    </message>
    <message>
        <source>Primary behind</source>
        <translation>Primärknoten im Rückstand</translation>
    </message>
    <message>
        <source>No node has reported its time sync yet.</source>
        <translation>Noch kein Knoten hat seine Zeitsynchronisierung gemeldet.</translation>
    </message>
    <message>
        <source>Not synchronized: %1</source>
        <translation>Nicht synchronisiert: %1</translation>
    </message>
    <message>
        <source>Largest NTP maximum error: %1&#xa0;ms</source>
        <translation>Größter maximaler NTP-Fehler: %1&#xa0;ms</translation>
    </message>
    <message>
        <source>No node is a trusted clock reference.</source>
        <translation>Kein Knoten ist eine vertrauenswürdige Uhrreferenz.</translation>
    </message>
    <message>
        <source>1 trusted clock reference</source>
        <translation>1 vertrauenswürdige Uhrreferenz</translation>
    </message>
    <message>
        <source>%1 trusted clock references</source>
        <translation>%1 vertrauenswürdige Uhrreferenzen</translation>
    </message>
    <message>
        <source>%1 / %2 synced</source>
        <translation>%1 / %2 synchronisiert</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Time sync</source>
        <translation>Zeitsync</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The primary&apos;s revision is not known, so agreement cannot be judged. Reported: %1.</source>
        <translation>Die Revision des Primärknotens ist nicht bekannt, daher kann die Übereinstimmung nicht beurteilt werden. Gemeldet: %1.</translation>
    </message>
    <message>
        <source>Not reported by: %1.</source>
        <translation>Nicht gemeldet von: %1.</translation>
    </message>
    <message>
        <source>Agreement is not judged yet.</source>
        <translation>Die Übereinstimmung ist noch nicht beurteilt.</translation>
    </message>
</context>
<context>
    <name>PollCycle</name>
    <message>
        <source>the node answered only after %1 ms</source>
        <translation>der Knoten hat erst nach %1 ms geantwortet</translation>
    </message>
    <message>
        <source>the request for node %1 was answered by %2</source>
        <translation>die Anfrage für Knoten %1 wurde von %2 beantwortet</translation>
    </message>
    <message>
        <source>the sign-in worked, but the new token was refused as invalid: Spectrum&apos;s host check (see the findings)</source>
        <translation>die Anmeldung hat funktioniert, aber das neue Token wurde als ungültig abgelehnt: Hostprüfung von Spectrum (siehe Befunde)</translation>
    </message>
    <message>
        <source>no node is known: give the nodes&apos; URLs or the load balancer&apos;s statistics page in the cluster&apos;s settings</source>
        <translation>kein Knoten ist bekannt: die URLs der Knoten oder die Statistikseite des Lastverteilers in den Einstellungen des Clusters angeben</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>New clusters</source>
        <translation>Neue Cluster</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>&amp;Abfrageintervall:</translation>
    </message>
    <message>
        <source>Clock offset &amp;warning above:</source>
        <translation>Uhrabweichung &amp;Warnung über:</translation>
    </message>
    <message>
        <source>Clock offset &amp;critical above:</source>
        <translation>Uhrabweichung &amp;kritisch über:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How often a newly added cluster is polled. Each saved cluster keeps its own interval.</source>
        <translation>Wie oft ein neu hinzugefügter Cluster abgefragt wird. Jeder gespeicherte Cluster behält sein eigenes Intervall.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Notify me when a node changes state</source>
        <translation>&amp;Benachrichtigen, wenn ein Knoten seinen Status ändert</translation>
    </message>
    <message>
        <source>Notifications appear only where the desktop offers a system tray.</source>
        <translation>Benachrichtigungen erscheinen nur, wenn die Arbeitsumgebung einen Systemabschnitt der Kontrollleiste bietet.</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>cannot open the store: %1</source>
        <translation>der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no saved cluster is called &quot;%1&quot; (see clusterdesk cluster list)</source>
        <translation>kein gespeicherter Cluster heißt „%1“ (siehe clusterdesk cluster list)</translation>
    </message>
    <message>
        <source>cannot open the store: %1
</source>
        <translation>der Speicher kann nicht geöffnet werden: %1
</translation>
    </message>
    <message>
        <source>--name is required
</source>
        <translation>--name ist erforderlich
</translation>
    </message>
    <message>
        <source>invalid %1: %2
</source>
        <translation>ungültig: %1: %2
</translation>
    </message>
    <message>
        <source>cannot save the cluster: %1
</source>
        <translation>der Cluster kann nicht gespeichert werden: %1
</translation>
    </message>
    <message>
        <source>cannot add %1: %2
</source>
        <translation>%1 kann nicht hinzugefügt werden: %2
</translation>
    </message>
    <message>
        <source>Added cluster %1 (%2).
</source>
        <translation>Cluster %1 (%2) hinzugefügt.
</translation>
    </message>
    <message>
        <source>cannot store the password: %1; %2 was not added
</source>
        <translation>das Passwort kann nicht gespeichert werden: %1; %2 wurde nicht hinzugefügt
</translation>
    </message>
    <message>
        <source>cannot read the saved clusters: %1
</source>
        <translation>die gespeicherten Cluster können nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <source>No saved clusters.
</source>
        <translation>Keine gespeicherten Cluster.
</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>POLL</source>
        <translation>ABFRAGE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>no saved cluster is called &quot;%1&quot;
</source>
        <translation>kein gespeicherter Cluster heißt „%1“
</translation>
    </message>
    <message>
        <source>cannot remove %1: %2
</source>
        <translation>%1 kann nicht entfernt werden: %2
</translation>
    </message>
    <message>
        <source>Removed cluster %1.
</source>
        <translation>Cluster %1 entfernt.
</translation>
    </message>
    <message>
        <source>warning: the stored password could not be deleted: %1
</source>
        <translation>Warnung: Das gespeicherte Passwort konnte nicht gelöscht werden: %1
</translation>
    </message>
    <message>
        <source>cannot store the password: %1
</source>
        <translation>das Passwort kann nicht gespeichert werden: %1
</translation>
    </message>
    <message>
        <source>warning: the password could not be stored in the system keychain (%1); it will have to be given with --password-file, or saved with clusterdesk cluster edit %2 --password-file &lt;file&gt; or --password-command &lt;command&gt;
</source>
        <translation>Warnung: das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden (%1); es muss mit --password-file angegeben oder mit clusterdesk cluster edit %2 --password-file &lt;file&gt; oder --password-command &lt;command&gt; gespeichert werden
</translation>
    </message>
    <message>
        <source>Cluster %1 reads its password from %2.
</source>
        <translation>Cluster %1 liest sein Passwort aus %2.
</translation>
    </message>
    <message>
        <source>Cluster %1 gets its password from a command.
</source>
        <translation>Cluster %1 bekommt sein Passwort von einem Befehl.
</translation>
    </message>
    <message>
        <source>Cluster %1 reads its password from the system keychain.
</source>
        <translation>Cluster %1 liest sein Passwort aus dem Schlüsselbund des Systems.
</translation>
    </message>
    <message>
        <source>cluster edit needs something to change
</source>
        <translation>cluster edit erfordert etwas zu ändern
</translation>
    </message>
    <message>
        <source>Saved cluster %1.
</source>
        <translation>Cluster %1 gespeichert.
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Environment: %1
</source>
        <translation>Umgebung: %1
</translation>
    </message>
    <message>
        <source>Writes: %1
</source>
        <translation>Schreibzugriffe: %1
</translation>
    </message>
    <message>
        <source>read-only in Clusterdesk</source>
        <translation>in Clusterdesk nur Lesezugriff</translation>
    </message>
    <message>
        <source>allowed with --confirm %1 on the command line</source>
        <translation>erlaubt mit --confirm %1 auf der Befehlszeile</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>Group: %1
</source>
        <translation>Gruppe: %1
</translation>
    </message>
    <message>
        <source>Name: %1
</source>
        <translation>Name: %1
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
        <translation>Benutzer: %1
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
        <translation>nur Lesezugriff</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>Lese-/Schreibzugriff</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>WRITES</source>
        <translation>SCHREIBZUGRIFFE</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Node URLs: %1
</source>
        <translation>Knoten-URLs: %1
</translation>
    </message>
    <message>
        <source>Spectrum token: open (no session)
</source>
        <translation>Spectrum-Token: open (ohne Sitzung)
</translation>
    </message>
    <message>
        <source>Statistics page: %1
</source>
        <translation>Statistikseite: %1
</translation>
    </message>
    <message>
        <source>Statistics admin user: %1
</source>
        <translation>Statistik-Admin-Benutzer: %1
</translation>
    </message>
</context>
<context>
    <name>ProfileFormValidator</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>another cluster is already called &quot;%1&quot;</source>
        <translation>ein anderer Cluster heißt bereits „%1“</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>holds no PEM certificate</source>
        <translation>enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the saved cluster &quot;%1&quot; already uses this URL</source>
        <translation>der gespeicherte Cluster „%1“ verwendet diese URL bereits</translation>
    </message>
</context>
<context>
    <name>ProfileLabelOptions</name>
    <message>
        <source>The environment label: production, staging, test or a name of your own (empty: none). Writes to production need --confirm &lt;name&gt;.</source>
        <translation>Die Umgebungskennzeichnung: production, staging, test oder ein eigener Name (leer: keine). Schreibzugriffe auf Produktionscluster erfordern --confirm &lt;name&gt;.</translation>
    </message>
    <message>
        <source>The label&apos;s colour as #rrggbb (default: production red, staging amber, test green, others blue).</source>
        <translation>Die Farbe der Kennzeichnung als #rrggbb (Standard: production rot, staging bernsteinfarben, test grün, andere blau).</translation>
    </message>
    <message>
        <source>Refuse every write to this cluster, whatever the account may do.</source>
        <translation>Jeden Schreibzugriff auf diesen Cluster ablehnen, unabhängig davon, was das Konto darf.</translation>
    </message>
    <message>
        <source>Allow writes again (the default).</source>
        <translation>Schreibzugriffe wieder erlauben (Standard).</translation>
    </message>
    <message>
        <source>The folder in the sidebar and the fleet, e.g. EMEA/Production (empty: none).</source>
        <translation>Der Ordner in der Seitenleiste und in der Flotte, z. B. EMEA/Production (leer: keiner).</translation>
    </message>
    <message>
        <source>give either --read-only or --read-write, not both</source>
        <translation>entweder --read-only oder --read-write angeben, nicht beides</translation>
    </message>
    <message>
        <source>A node&apos;s own URL, for a plain Spectrum cluster that no statistics page lists; repeat it for every node (all of them replace the saved ones; one empty value forgets them).</source>
        <translation>Die eigene URL eines Knotens, für einen reinen Spectrum-Cluster, den keine Statistikseite auflistet; für jeden Knoten wiederholen (alle ersetzen die gespeicherten; ein leerer Wert entfernt sie).</translation>
    </message>
    <message>
        <source>The Spectrum token a password sign-in asks for: session (the default, ended when the command or window is done) or open (no session).</source>
        <translation>Das Spectrum-Token, das eine Anmeldung mit Passwort anfordert: session (Standard, beendet, wenn Befehl oder Fenster fertig sind) oder open (ohne Sitzung).</translation>
    </message>
    <message>
        <source>invalid --node-url: %1</source>
        <translation>ungültige --node-url: %1</translation>
    </message>
    <message>
        <source>--token is session or open, not %1</source>
        <translation>--token ist session oder open, nicht %1</translation>
    </message>
    <message>
        <source>The admin user of HAProxy&apos;s statistics page, with which the window and clusterdesk node drain a node, put it into maintenance or make it ready (empty: none).</source>
        <translation>Der Admin-Benutzer der HAProxy-Statistikseite, mit dem das Fenster und clusterdesk node einen Knoten leeren, in Wartung versetzen oder wieder bereit machen (leer: keiner).</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Eigenschaft entfernen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>no password is stored for %1</source>
        <translation>für %1 ist kein Passwort gespeichert</translation>
    </message>
    <message>
        <source>the local store could not be read</source>
        <translation>der lokale Speicher konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>dataflows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>a resource was unreadable: %1</source>
        <translation>eine Ressource war nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3: read, gathering details</source>
        <translation>[%1/%2] %3: gelesen, Details werden gesammelt</translation>
    </message>
    <message>
        <source>[%1/%2] %3: done</source>
        <translation>[%1/%2] %3: fertig</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>der lokale Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no history: cannot open the local store: %1
</source>
        <translation>kein Verlauf: Der lokale Speicher kann nicht geöffnet werden: %1
</translation>
    </message>
    <message>
        <source>no saved cluster is called %1 (see clusterdesk cluster list)</source>
        <translation>kein gespeicherter Cluster heißt %1 (siehe clusterdesk cluster list)</translation>
    </message>
    <message>
        <source>there are no saved clusters to report on</source>
        <translation>es gibt keine gespeicherten Cluster für einen Bericht</translation>
    </message>
    <message>
        <source>cannot reach %1: %2
</source>
        <translation>%1 nicht erreichbar: %2
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
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>this program cannot write PDF</source>
        <translation>dieses Programm kann kein PDF schreiben</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 in sync, %3 behind, %4 diverged</source>
        <translation>%1 von %2 synchron, %3 im Rückstand, %4 abweichend</translation>
    </message>
    <message>
        <source>not read (no statistics URL)</source>
        <translation>nicht gelesen (keine Statistik-URL)</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 servers up</source>
        <translation>%1 von %2 Servern aktiv</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Cluster report: %1</source>
        <translation>Clusterbericht: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Clock offset against this computer</source>
        <translation>Uhrabweichung gegenüber diesem Computer</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No period to chart.</source>
        <translation>Kein Zeitraum für ein Diagramm.</translation>
    </message>
    <message>
        <source>No clock samples in the local store for this period.</source>
        <translation>Keine Uhr-Messwerte im lokalen Speicher für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>Showing the %1 nodes with the largest offsets of %2.</source>
        <translation>Die %1 Knoten mit den größten Abweichungen von %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>gathering 1 cluster</source>
        <translation>1 Cluster wird erfasst</translation>
    </message>
    <message>
        <source>gathering %1 clusters</source>
        <translation>%1 Cluster werden erfasst</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 node, in sync</source>
        <translation>1 Knoten, synchron</translation>
    </message>
    <message>
        <source>all %1 nodes agree</source>
        <translation>alle %1 Knoten stimmen überein</translation>
    </message>
    <message>
        <source>Fleet report: 1 cluster</source>
        <translation>Flottenbericht: 1 Cluster</translation>
    </message>
    <message>
        <source>Fleet report: %1 clusters</source>
        <translation>Flottenbericht: %1 Cluster</translation>
    </message>
    <message>
        <source>%1 ±%2 ms</source>
        <translation>%1 ±%2 ms</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>cannot write the PDF %1</source>
        <translation>das PDF %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1</source>
        <translation>das PDF %1 kann nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Console version</source>
        <translation>Konsolenversion</translation>
    </message>
    <message>
        <source>No saved clusters.</source>
        <translation>Keine gespeicherten Cluster.</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>Flottenübersicht</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Schwerwiegendster Befund</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Clustername</translation>
    </message>
    <message>
        <source>Cluster id</source>
        <translation>Cluster-ID</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Lastverteiler</translation>
    </message>
    <message>
        <source>Polled at</source>
        <translation>Abgefragt am</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The cluster could not be reached: %1. The sections below show only what the local store holds.</source>
        <translation>Der Cluster war nicht erreichbar: %1. Die folgenden Abschnitte zeigen nur, was der lokale Speicher enthält.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Some parts could not be read: %1</source>
        <translation>Einige Teile konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>Aktive Knoten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Worst clock offset (vs median)</source>
        <translation>Größte Uhrabweichung (gegenüber Median)</translation>
    </message>
    <message>
        <source>Configuration agreement</source>
        <translation>Übereinstimmung der Konfiguration</translation>
    </message>
    <message>
        <source>Load balancer view</source>
        <translation>Sicht des Lastverteilers</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>No node is known.</source>
        <translation>Es ist kein Knoten bekannt.</translation>
    </message>
    <message>
        <source> · primary</source>
        <translation> · Primärknoten</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>LB state</source>
        <translation>LV-Status</translation>
    </message>
    <message>
        <source>Offset ± error</source>
        <translation>Abweichung ± Fehler</translation>
    </message>
    <message>
        <source>NTP sync (node)</source>
        <translation>NTP-Synchronisierung (Knoten)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Time synchronization</source>
        <translation>Zeitsynchronisierung</translation>
    </message>
    <message>
        <source>No history: the local store was not available.</source>
        <translation>Kein Verlauf: Der lokale Speicher war nicht verfügbar.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Lowest offset</source>
        <translation>Kleinste Abweichung</translation>
    </message>
    <message>
        <source>Highest offset</source>
        <translation>Größte Abweichung</translation>
    </message>
    <message>
        <source>Latest offset</source>
        <translation>Letzte Abweichung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>revision %1, checksum %2</source>
        <translation>Revision %1, Prüfsumme %2</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>%1 %2 for %3, up to %4 nodes, expires %5</source>
        <translation>%1 %2 für %3, bis zu %4 Knoten, läuft ab am %5</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Lizenzierte Funktionen</translation>
    </message>
    <message>
        <source>%1 (%2; %3 exposed)</source>
        <translation>%1 (%2; %3 freigegeben)</translation>
    </message>
    <message>
        <source>Dataflows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation>Keine Änderungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The change log was not read.</source>
        <translation>Das Änderungsprotokoll wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External resources</source>
        <translation>Externe Ressourcen</translation>
    </message>
    <message>
        <source>The resources were not read.</source>
        <translation>Die Ressourcen wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>1 resource.</source>
        <translation>1 Ressource.</translation>
    </message>
    <message>
        <source>%1 resources.</source>
        <translation>%1 Ressourcen.</translation>
    </message>
    <message>
        <source>Secrets are shown only as set or not set.</source>
        <translation>Geheimnisse werden nur als gesetzt oder nicht gesetzt angezeigt.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute: this translation&apos;s language code</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>vs reference</source>
        <translation>vs. Referenz</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Console activity</source>
        <translation>Aktivität der Konsole</translation>
    </message>
    <message>
        <source>This console sent no changes in the period.</source>
        <translation>Diese Konsole hat im Zeitraum keine Änderungen gesendet.</translation>
    </message>
    <message>
        <source>The activity log was not read.</source>
        <translation>Das Aktivitätsprotokoll wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Cluster user</source>
        <translation>Cluster-Benutzer</translation>
    </message>
    <message>
        <source>Local user</source>
        <translation>Lokaler Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>ResourceDiffModel</name>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>as reference</source>
        <translation>als Referenz</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Unterschiede in: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
</context>
<context>
    <name>ResourceDiffText</name>
    <message>
        <source>unset</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set on some only</source>
        <translation>nur teilweise gesetzt</translation>
    </message>
    <message>
        <source>set on all, equal</source>
        <translation>überall gesetzt, gleich</translation>
    </message>
    <message>
        <source>set on all, different</source>
        <translation>überall gesetzt, unterschiedlich</translation>
    </message>
    <message>
        <source>set on all, cannot tell</source>
        <translation>überall gesetzt, nicht feststellbar</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>identical (secrets: cannot tell)</source>
        <translation>identisch (Geheimnisse: nicht feststellbar)</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>nur in %1</translation>
    </message>
</context>
<context>
    <name>ResourceEditorController</name>
    <message>
        <source>Saved (revision %1).</source>
        <translation>Gespeichert (Revision %1).</translation>
    </message>
    <message>
        <source>Someone else changed this resource (now revision %1).</source>
        <translation>Jemand anderes hat diese Ressource geändert (jetzt Revision %1).</translation>
    </message>
    <message>
        <source>Someone else deleted this resource.</source>
        <translation>Jemand anderes hat diese Ressource gelöscht.</translation>
    </message>
    <message>
        <source>The cluster refused the change: %1 %2</source>
        <translation>Der Cluster hat die Änderung abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>Your account may not change resources (the cluster answered 403).</source>
        <translation>Ihr Konto darf keine Ressourcen ändern (der Cluster antwortete mit 403).</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %1 Your draft is kept; retry in %n second(s).</source>
        <translation>
            <numerusform>Nicht gespeichert: %1 Ihr Entwurf bleibt erhalten; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Nicht gespeichert: %1 Ihr Entwurf bleibt erhalten; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Your draft is kept; retry when the cluster is back.</source>
        <translation>Nicht gespeichert: %1 Ihr Entwurf bleibt erhalten; neuer Versuch, sobald der Cluster wieder da ist.</translation>
    </message>
    <message>
        <source>Your changes now sit on top of the current version; apply to save them.</source>
        <translation>Ihre Änderungen setzen jetzt auf der aktuellen Version auf; übernehmen Sie sie, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Your unsaved draft is back.</source>
        <translation>Ihr ungespeicherter Entwurf ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your unsaved draft is back. Secrets are never kept in drafts: type %1 again.</source>
        <translation>Ihr ungespeicherter Entwurf ist wiederhergestellt. Geheimnisse werden nie in Entwürfen gespeichert: Geben Sie %1 erneut ein.</translation>
    </message>
    <message>
        <source>A resource with this name already exists.</source>
        <translation>Eine Ressource mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>A resource named “%1” already exists on the cluster; nothing was written. Open the existing one, or choose another name for yours.</source>
        <translation>Eine Ressource namens „%1“ existiert bereits im Cluster; es wurde nichts geschrieben. Öffnen Sie die vorhandene oder wählen Sie einen anderen Namen für Ihre.</translation>
    </message>
    <message>
        <source>%1 Your draft is kept.</source>
        <translation>%1 Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you looked (now revision %2); it was not deleted. The current version is shown: look at it, then delete again if you still mean to.</source>
        <translation>%1 wurde seit Ihrem letzten Blick von jemand anderem geändert (jetzt Revision %2); es wurde nicht gelöscht. Die aktuelle Version wird angezeigt: Prüfen Sie sie und löschen Sie dann erneut, wenn Sie es weiterhin wollen.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you looked; it was not deleted. Reload the list before deciding again.</source>
        <translation>%1 wurde seit Ihrem letzten Blick von jemand anderem geändert; es wurde nicht gelöscht. Laden Sie die Liste neu, bevor Sie erneut entscheiden.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Not applied: %1. Your draft is kept.</source>
        <translation>Nicht übernommen: %1. Ihr Entwurf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ResourceFieldTitle</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>Poolgröße</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>Jahrgang</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Driver class</source>
        <translation>Treiberklasse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Pool minimum</source>
        <translation>Pool-Minimum</translation>
    </message>
    <message>
        <source>Pool maximum</source>
        <translation>Pool-Maximum</translation>
    </message>
    <message>
        <source>Connect timeout (ms)</source>
        <translation>Verbindungs-Timeout (ms)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Root path</source>
        <translation>Stammpfad</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Timeout (ms)</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>will be cleared</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the stored secret when applying</source>
        <translation>Das gespeicherte Geheimnis beim Übernehmen entfernen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The name of an existing resource cannot be changed.</source>
        <translation>Der Name einer vorhandenen Ressource kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>The cluster cannot accept writes right now.</source>
        <translation>Der Cluster kann gerade keine Schreibvorgänge annehmen.</translation>
    </message>
    <message>
        <source>No usable answer from the cluster (%1).</source>
        <translation>Keine verwendbare Antwort vom Cluster (%1).</translation>
    </message>
    <message>
        <source>The cluster applied the change (revision %1, request id %2) but its answer could not be fetched. Reload to see it.</source>
        <translation>Der Cluster hat die Änderung übernommen (Revision %1, Anfrage-ID %2), aber seine Antwort konnte nicht abgerufen werden. Laden Sie neu, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The cluster did not answer and did not apply the change (request id %1): nothing was written.</source>
        <translation>Der Cluster hat nicht geantwortet und die Änderung nicht übernommen (Anfrage-ID %1): Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The outcome is unknown: the cluster did not answer and its change log could not be checked. The change log will show request id %1 if the change was applied; reload before trying again.</source>
        <translation>Das Ergebnis ist unbekannt: Der Cluster hat nicht geantwortet, und sein Änderungsprotokoll konnte nicht geprüft werden. Wurde die Änderung übernommen, zeigt das Änderungsprotokoll die Anfrage-ID %1; laden Sie neu, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>ResourceResult</name>
    <message>
        <source>the primary is behind its replicas</source>
        <translation>die Primärinstanz liegt hinter ihren Replikaten zurück</translation>
    </message>
    <message>
        <source>the nodes hold different configuration histories</source>
        <translation>die Knoten haben unterschiedliche Konfigurationsverläufe</translation>
    </message>
    <message>
        <source>the primary is waiting to hear from the other nodes</source>
        <translation>die Primärinstanz wartet auf Antwort der anderen Knoten</translation>
    </message>
    <message>
        <source>The cluster refuses writes: %1; nothing was written.</source>
        <translation>Der Cluster lehnt Schreibvorgänge ab: %1; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Has unsaved changes</source>
        <translation>Hat ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
    <message>
        <source>%1 (changed on the cluster)</source>
        <translation>%1 (im Cluster geändert)</translation>
    </message>
    <message>
        <source>Changed on the cluster since your draft began: applying it shows both versions side by side.</source>
        <translation>Seit Beginn Ihres Entwurfs im Cluster geändert: Beim Übernehmen werden beide Versionen nebeneinander angezeigt.</translation>
    </message>
</context>
<context>
    <name>ResourceTestDialog</name>
    <message>
        <source>Nothing to test: no resource selected or no node known.</source>
        <translation>Nichts zu testen: keine Ressource ausgewählt oder kein Knoten bekannt.</translation>
    </message>
    <message>
        <source>Testing on every node: %1 of %2 answered, %3 failed.</source>
        <translation>Test auf allen Knoten: %1 von %2 haben geantwortet, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Every node passed every test (%1 tests).</source>
        <translation>Jeder Knoten hat jeden Test bestanden (%1 Tests).</translation>
    </message>
    <message>
        <source>%1 of %2 tests failed; hover over a cell for every check.</source>
        <translation>%1 von %2 Tests fehlgeschlagen; für alle Prüfungen den Mauszeiger über eine Zelle bewegen.</translation>
    </message>
    <message>
        <source>Test on All Nodes</source>
        <translation>Auf allen Knoten testen</translation>
    </message>
    <message>
        <source>&amp;Results (rows: resources, columns: nodes):</source>
        <translation>&amp;Ergebnisse (Zeilen: Ressourcen, Spalten: Knoten):</translation>
    </message>
    <message>
        <source>Resource test results</source>
        <translation>Ergebnisse des Ressourcentests</translation>
    </message>
</context>
<context>
    <name>ResourceTestText</name>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
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
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 ok (%2 ms)</source>
        <translation>%1 OK (%2 ms)</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3 ms)</source>
        <translation>%1 fehlgeschlagen: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>the node&apos;s answer is not a test result</source>
        <translation>die Antwort des Knotens ist kein Testergebnis</translation>
    </message>
</context>
<context>
    <name>ResourceTypePanel</name>
    <message>
        <source>the new resource</source>
        <translation>die neue Ressource</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1. Discard them?</source>
        <translation>Sie haben ungespeicherte Änderungen an %1. Verwerfen?</translation>
    </message>
    <message>
        <source>Delete resource?</source>
        <translation>Ressource löschen?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Reload the current version of %1 and discard your changes?</source>
        <translation>Die aktuelle Version von %1 neu laden und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>No resource selected</source>
        <translation>Keine Ressource ausgewählt</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Neue Ressource</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Save to the cluster (Ctrl+S)</source>
        <translation>Im Cluster speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard your changes (Esc)</source>
        <translation>Ihre Änderungen verwerfen (Esc)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>&amp;Konflikt lösen…</translation>
    </message>
    <message>
        <source>&amp;Open the existing one</source>
        <translation>Vorhandene &amp;öffnen</translation>
    </message>
    <message>
        <source>C&amp;hoose another name</source>
        <translation>&amp;Anderen Namen wählen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Open the &amp;draft</source>
        <translation>&amp;Entwurf öffnen</translation>
    </message>
    <message>
        <source>Delete the database resource “%1” from the cluster “%2”?</source>
        <translation>Die Datenbankressource „%1“ aus dem Cluster „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete the JDBC connection “%1” from the cluster “%2”?</source>
        <translation>Die JDBC-Verbindung „%1“ aus dem Cluster „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete the file server “%1” from the cluster “%2”?</source>
        <translation>Den Dateiserver „%1“ aus dem Cluster „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete the web service “%1” from the cluster “%2”?</source>
        <translation>Den Webdienst „%1“ aus dem Cluster „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete the resource “%1” from the cluster “%2”?</source>
        <translation>Die Ressource „%1“ aus dem Cluster „%2“ löschen?</translation>
    </message>
    <message>
        <source>Every node of the cluster removes it. This cannot be undone.</source>
        <translation>Alle Knoten des Clusters entfernen den Eintrag. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not reload the list: %1 The rows below are from the last successful load.</source>
        <translation>Die Liste konnte nicht neu geladen werden: %1 Die Zeilen unten stammen vom letzten erfolgreichen Laden.</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 was changed on the cluster while you were editing it; applying your draft will show both versions.</source>
        <translation>%1 wurde im Cluster geändert, während Sie es bearbeitet haben; beim Übernehmen Ihres Entwurfs werden beide Versionen angezeigt.</translation>
    </message>
    <message>
        <source>A new resource you had started is kept as a draft.</source>
        <translation>Eine begonnene neue Ressource wird als Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <source>The new resource “%1” you had started is kept as a draft; it is not on the cluster yet.</source>
        <translation>Die begonnene neue Ressource „%1“ wird als Entwurf aufbewahrt; sie ist noch nicht im Cluster.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1.</source>
        <translation>Sie haben ungespeicherte Änderungen an %1.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Als Entwurf &amp;behalten</translation>
    </message>
    <message>
        <source>A kept draft stays marked “•” and comes back when you open the resource again, also after a restart.</source>
        <translation>Ein behaltener Entwurf bleibt mit „•“ markiert und wird beim erneuten Öffnen der Ressource wiederhergestellt, auch nach einem Neustart.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>no result within %1 s
</source>
        <translation>kein Ergebnis innerhalb von %1 s
</translation>
    </message>
    <message>
        <source>secret file: &quot;%1&quot; is not &lt;type&gt;/&lt;name&gt; with an object of secrets</source>
        <translation>Geheimnisdatei: „%1“ ist nicht &lt;type&gt;/&lt;name&gt; mit einem Objekt aus Geheimnissen</translation>
    </message>
    <message>
        <source>secret file: %1 %2 is not a secret this batch needs</source>
        <translation>Geheimnisdatei: %1 %2 ist kein Geheimnis, das dieser Vorgang benötigt</translation>
    </message>
    <message>
        <source>secret file: empty</source>
        <translation>Geheimnisdatei: leer</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>%1 resources: %2 identical, %3 differ, %4 not on every cluster
</source>
        <translation>%1 Ressourcen: %2 identisch, %3 unterschiedlich, %4 nicht in jedem Cluster
</translation>
    </message>
    <message>
        <source>Cluster %1:
</source>
        <translation>Cluster %1:
</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 blocked
</source>
        <translation>%1 anzulegen, %2 zu aktualisieren, %3 unverändert, %4 blockiert
</translation>
    </message>
    <message>
        <source>no cluster given
</source>
        <translation>kein Cluster angegeben
</translation>
    </message>
    <message>
        <source>cannot read %1: %2
</source>
        <translation>%1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>%1 does not compare secrets for this account: where secrets are set on every cluster, whether they are equal cannot be told
</source>
        <translation>%1 vergleicht für dieses Konto keine Geheimnisse: Wo Geheimnisse in jedem Cluster gesetzt sind, lässt sich nicht feststellen, ob sie gleich sind
</translation>
    </message>
    <message numerus="yes">
        <source>exported %n resource definition(s) of %1 to %2
</source>
        <translation>
            <numerusform>%n Ressourcendefinition von %1 nach %2 exportiert
</numerusform>
            <numerusform>%n Ressourcendefinitionen von %1 nach %2 exportiert
</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets not exported, they need a value on import: %1
</source>
        <translation>Geheimnisse nicht exportiert, sie benötigen beim Import einen Wert: %1
</translation>
    </message>
    <message>
        <source>Results:
</source>
        <translation>Ergebnisse:
</translation>
    </message>
    <message>
        <source>refused: %1 is read-only in Clusterdesk; nothing was sent (change it with clusterdesk cluster edit %1 --read-write)
</source>
        <translation>abgelehnt: %1 hat in Clusterdesk nur Lesezugriff; es wurde nichts gesendet (ändern mit clusterdesk cluster edit %1 --read-write)
</translation>
    </message>
    <message>
        <source>refused: %1 is a production cluster; nothing was sent. Repeat with --confirm %1 (its name exactly) to change it
</source>
        <translation>abgelehnt: %1 ist ein Produktionscluster; es wurde nichts gesendet. Mit --confirm %1 (genau sein Name) wiederholen, um ihn zu ändern
</translation>
    </message>
</context>
<context>
    <name>ResourcesCommandLine</name>
    <message>
        <source>see clusterdesk resources --help</source>
        <translation>siehe clusterdesk resources --help</translation>
    </message>
    <message>
        <source>Compares, exports and copies resource definitions across clusters.</source>
        <translation>Vergleicht, exportiert und kopiert Ressourcendefinitionen zwischen Clustern.</translation>
    </message>
    <message>
        <source>A saved cluster (repeatable).</source>
        <translation>Ein gespeicherter Cluster (wiederholbar).</translation>
    </message>
    <message>
        <source>An unsaved cluster&apos;s load balancer URL (repeatable).</source>
        <translation>Die Lastverteiler-URL eines nicht gespeicherten Clusters (wiederholbar).</translation>
    </message>
    <message>
        <source>The user for the --url of the same position.</source>
        <translation>Der Benutzer für die --url an derselben Position.</translation>
    </message>
    <message>
        <source>The password for the --url of the same position, from &lt;file&gt;.</source>
        <translation>Das Passwort für die --url an derselben Position, aus &lt;file&gt;.</translation>
    </message>
    <message>
        <source>diff: only this type.</source>
        <translation>diff: nur dieser Typ.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>apply: the definitions file to apply.</source>
        <translation>apply: die anzuwendende Definitionsdatei.</translation>
    </message>
    <message>
        <source>apply: print the plan, write nothing.</source>
        <translation>apply: den Plan ausgeben, nichts schreiben.</translation>
    </message>
    <message>
        <source>apply: never update an existing resource (a different one is reported).</source>
        <translation>apply: nie eine vorhandene Ressource aktualisieren (eine abweichende wird gemeldet).</translation>
    </message>
    <message>
        <source>apply: the secrets for the batch.</source>
        <translation>apply: die Geheimnisse für den Vorgang.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>diff, export or apply.</source>
        <translation>diff, export oder apply.</translation>
    </message>
    <message>
        <source>resources needs an action: diff, export or apply</source>
        <translation>resources erfordert eine Aktion: diff, export oder apply</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>unknown resources action: %1</source>
        <translation>unbekannte resources-Aktion: %1</translation>
    </message>
    <message>
        <source>--user and --password-file go with a --url each</source>
        <translation>--user und --password-file gehören jeweils zu einer --url</translation>
    </message>
    <message>
        <source>invalid --url: %1</source>
        <translation>ungültige --url: %1</translation>
    </message>
    <message>
        <source>--url %1 needs --user and a password</source>
        <translation>--url %1 erfordert --user und ein Passwort</translation>
    </message>
    <message>
        <source>diff needs two or more clusters</source>
        <translation>diff erfordert zwei oder mehr Cluster</translation>
    </message>
    <message>
        <source>export needs one cluster and --output</source>
        <translation>export erfordert einen Cluster und --output</translation>
    </message>
    <message>
        <source>apply needs --file and one or more clusters</source>
        <translation>apply erfordert --file und einen oder mehrere Cluster</translation>
    </message>
    <message>
        <source>unknown --type %1 (one of %2)</source>
        <translation>unbekannter --type %1 (einer von %2)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
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
        <translation>Aktionen:
  diff     Zwei oder mehr Cluster vergleichen: Exit 0 identisch, 1 unterschiedlich.
  export   Die Definitionen eines Clusters nach --output schreiben (ohne Geheimnisse).
  apply    Eine Definitionsdatei (--file) für die --cluster planen und anwenden.

Cluster: --cluster &lt;gespeicherter Name&gt; (wiederholbar) oder --url &lt;url&gt; --user &lt;user&gt;
--password-file &lt;file&gt; (wiederholbar, der Reihe nach gepaart; CLUSTERDESK_PASSWORD
ersetzt eine fehlende Passwortdatei). Gespeicherte Cluster kommen zuerst.
--secret-file: ein Geheimnis für jedes Geheimnis, das die Datei benötigt, oder JSON
{&quot;&lt;type&gt;/&lt;name&gt;&quot;: {&quot;&lt;field&gt;&quot;: &quot;&lt;secret&gt;&quot;}}. Nicht angegebene Geheimnisse bleiben
beim Anlegen ungesetzt und beim Aktualisieren erhalten. Exit-Code 2 bei jedem Fehler.
In einen mit Nur-Lesezugriff gespeicherten Cluster wird nie geschrieben; in einen
als production gekennzeichneten nur mit --confirm &lt;sein Name&gt;, exakt.

Beispiele:
  clusterdesk resources diff --cluster Prod --cluster Test --json
  clusterdesk resources export --cluster Prod --output prod-resources.json
  clusterdesk resources apply --file prod-resources.json --cluster Test --dry-run
  clusterdesk resources apply --file prod-resources.json --cluster Test --secret-file secrets.json
  clusterdesk resources apply --file test-resources.json --cluster Prod --confirm Prod
</translation>
    </message>
    <message>
        <source>apply: write to the production cluster called exactly &lt;name&gt; (repeatable).</source>
        <translation>apply: in den Produktionscluster mit genau dem Namen &lt;name&gt; schreiben (wiederholbar).</translation>
    </message>
    <message>
        <source>the activity log cannot be written: %1</source>
        <translation>das Aktivitätsprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Database resources</source>
        <translation>Datenbankressourcen</translation>
    </message>
    <message>
        <source>JDBC connections</source>
        <translation>JDBC-Verbindungen</translation>
    </message>
    <message>
        <source>File servers</source>
        <translation>Dateiserver</translation>
    </message>
    <message>
        <source>Web services</source>
        <translation>Webdienste</translation>
    </message>
    <message>
        <source>This cluster is read-only in Clusterdesk; change it in the cluster settings (Cluster &gt; Edit).</source>
        <translation>Dieser Cluster hat in Clusterdesk nur Lesezugriff; ändern Sie dies in den Clustereinstellungen (Cluster &gt; Bearbeiten).</translation>
    </message>
    <message>
        <source>Test on &amp;All Nodes…</source>
        <translation>Auf &amp;allen Knoten testen…</translation>
    </message>
    <message>
        <source>Test the selected resources (or all of this type) from every node: host, port, TLS, HTTP or location</source>
        <translation>Die ausgewählten Ressourcen (oder alle dieses Typs) von jedem Knoten aus testen: Host, Port, TLS, HTTP oder Ort</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>the %1 service list is not an HTML page</source>
        <translation>die %1-Dienstliste ist keine HTML-Seite</translation>
    </message>
    <message>
        <source>the %1 service list names more than %2 services</source>
        <translation>die %1-Dienstliste nennt mehr als %2 Dienste</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>missing on %1</source>
        <translation>fehlt auf %1</translation>
    </message>
    <message>
        <source>differs on %1</source>
        <translation>weicht auf %1 ab</translation>
    </message>
    <message>
        <source>same on every node</source>
        <translation>auf allen Knoten gleich</translation>
    </message>
    <message>
        <source>SHA-256 of the description: %1</source>
        <translation>SHA-256 der Beschreibung: %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Description digest</source>
        <translation>Beschreibungs-Hash</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <source>The nodes&apos; catalogues list no services.</source>
        <translation>Die Kataloge der Knoten listen keine Dienste auf.</translation>
    </message>
    <message>
        <source>Every service the nodes&apos; REST and SOAP catalogues list; a service missing on a node or described differently means the configuration is not synchronised.</source>
        <translation>Alle Dienste, die die REST- und SOAP-Kataloge der Knoten auflisten; ein Dienst, der auf einem Knoten fehlt oder anders beschrieben ist, bedeutet, dass die Konfiguration nicht synchronisiert ist.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>No services to list: this cluster answers through Clusterdesk&apos;s management API, which publishes no REST or SOAP service catalogue (only a plain Spectrum cluster&apos;s catalogues are read).</source>
        <translation>Keine Dienste aufzulisten: Dieser Cluster antwortet über die Verwaltungs-API von Clusterdesk, die keinen REST- oder SOAP-Dienstkatalog veröffentlicht (gelesen werden nur die Kataloge eines reinen Spectrum-Clusters).</translation>
    </message>
    <message>
        <source>No services to list yet: whether this cluster publishes a REST or SOAP service catalogue is known once it has answered a poll.</source>
        <translation>Noch keine Dienste aufzulisten: Ob dieser Cluster einen REST- oder SOAP-Dienstkatalog veröffentlicht, ist bekannt, sobald er auf eine Abfrage geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <source>You are signed in as %1: read-only</source>
        <translation>Sie sind als %1 angemeldet: nur Lesezugriff</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>The password is %1.
&amp;Token:</source>
        <translation>Kein Passwort verfügbar (%1).
&amp;Token:</translation>
    </message>
    <message>
        <source>The password is %1.
&amp;Password:</source>
        <translation>Kein Passwort verfügbar (%1).
&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>SpectrumSettingsGroup</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Plain Spectrum cluster</source>
        <translation>Reiner Spectrum-Cluster</translation>
    </message>
    <message>
        <source>No&amp;de URLs:</source>
        <translation>K&amp;noten-URLs:</translation>
    </message>
    <message>
        <source>Optional, one a line, when neither the Clusterdesk API nor a statistics page lists the nodes:
http://node1.example.com:8080</source>
        <translation>Optional, eine pro Zeile, wenn weder die Clusterdesk-API noch eine Statistikseite die Knoten auflistet:
http://node1.example.com:8080</translation>
    </message>
    <message>
        <source>Spectrum to&amp;ken:</source>
        <translation>Spectrum-To&amp;ken:</translation>
    </message>
    <message>
        <source>Session token (ended when the cluster is closed)</source>
        <translation>Sitzungstoken (beim Schließen des Clusters beendet)</translation>
    </message>
    <message>
        <source>Open token (no session)</source>
        <translation>Offenes Token (ohne Sitzung)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>no password stored for %1; use --password-file
</source>
        <translation>kein Passwort für %1 gespeichert; --password-file verwenden
</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>cannot reach the cluster at %1: %2
</source>
        <translation>der Cluster unter %1 ist nicht erreichbar: %2
</translation>
    </message>
    <message>
        <source>the cluster at %1 refused the sign-in: %2
</source>
        <translation>der Cluster unter %1 hat die Anmeldung abgelehnt: %2
</translation>
    </message>
</context>
<context>
    <name>StatusFormatter</name>
    <message>
        <source>primary</source>
        <translation>Primärknoten</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>LB</source>
        <translation>LV</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation>ABWEICHUNG</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>REVISION</translation>
    </message>
    <message>
        <source>LAG</source>
        <translation>RÜCKSTAND</translation>
    </message>
    <message>
        <source>SYNC</source>
        <translation>SYNC</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (Schema %2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Cluster %1: unreachable: %2
</source>
        <translation>Cluster %1: nicht erreichbar: %2
</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>Keine Befunde.
</translation>
    </message>
    <message>
        <source>Findings (worst first):
</source>
        <translation>Befunde (schwerwiegendste zuerst):
</translation>
    </message>
    <message>
        <source>-&gt; %1</source>
        <translation>-&gt; %1</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>unsynced</source>
        <translation>nicht synchron</translation>
    </message>
    <message>
        <source>%1 ±%2 ms</source>
        <translation>%1 ±%2 ms</translation>
    </message>
    <message>
        <source>VS REF</source>
        <translation>VS. REF</translation>
    </message>
    <message>
        <source>NTP</source>
        <translation>NTP</translation>
    </message>
    <message>
        <source>CHECKSUM</source>
        <translation>PRÜFSUMME</translation>
    </message>
    <message>
        <source>%1 ms ± %2 net</source>
        <translation>%1 ms ± %2 Netz</translation>
    </message>
    <message>
        <source>Cluster %1: sign-in refused: %2
</source>
        <translation>Cluster %1: Anmeldung abgelehnt: %2
</translation>
    </message>
    <message>
        <source>Cluster %1: %2 nodes, %3 up, %4 degraded, %5 slow, %6 missed the last poll, %7 unreachable; primary %8
</source>
        <translation>Cluster %1: %2 Knoten, %3 aktiv, %4 beeinträchtigt, %5 langsam, %6 letzte Abfrage verpasst, %7 nicht erreichbar; Primärknoten %8
</translation>
    </message>
    <message>
        <source>Services: %1 REST, %2 SOAP; %3 not the same on every node
</source>
        <translation>Dienste: %1 REST, %2 SOAP; %3 nicht auf allen Knoten gleich
</translation>
    </message>
    <message>
        <source>A plain Spectrum cluster (no Clusterdesk management API):
</source>
        <translation>Ein reiner Spectrum-Cluster (ohne Clusterdesk-Verwaltungs-API):
</translation>
    </message>
</context>
<context>
    <name>SyncApplier</name>
    <message>
        <source>no connection to %1</source>
        <translation>keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>created on %1 by someone else since planning; plan again</source>
        <translation>seit der Planung von jemand anderem in %1 angelegt; neu planen</translation>
    </message>
    <message>
        <source>changed on %1 since planning; their version was kept, plan again</source>
        <translation>seit der Planung in %1 geändert; deren Version wurde behalten, neu planen</translation>
    </message>
    <message>
        <source>deleted on %1 since planning; plan again</source>
        <translation>seit der Planung in %1 gelöscht; neu planen</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>this account may not write on %1</source>
        <translation>dieses Konto darf in %1 nicht schreiben</translation>
    </message>
    <message>
        <source>not written: cancelled before it was sent</source>
        <translation>nicht geschrieben: vor dem Senden abgebrochen</translation>
    </message>
    <message>
        <source>not sent to %1: %2</source>
        <translation>nicht an %1 gesendet: %2</translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>cannot read the cluster: %1</source>
        <translation>der Cluster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>signed in as %1, a viewer: read-only</source>
        <translation>angemeldet als %1, ein Betrachter: nur Lesezugriff</translation>
    </message>
    <message>
        <source>%1 left unset</source>
        <translation>%1 nicht gesetzt</translation>
    </message>
    <message>
        <source>already exists with different content (%1) and only creating was chosen</source>
        <translation>existiert bereits mit anderem Inhalt (%1), und es wurde nur Anlegen gewählt</translation>
    </message>
</context>
<context>
    <name>SyncPlanDialog</name>
    <message>
        <source>Copy resource definitions</source>
        <translation>Ressourcendefinitionen kopieren</translation>
    </message>
    <message>
        <source>Nothing selected to copy.</source>
        <translation>Nichts zum Kopieren ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n definition(s) from %1. This is a dry run: nothing is written until you press Apply.</source>
        <translation>
            <numerusform>%n Definition aus %1 kopieren. Dies ist ein Probelauf: Nichts wird geschrieben, bis Sie „Übernehmen“ drücken.</numerusform>
            <numerusform>%n Definitionen aus %1 kopieren. Dies ist ein Probelauf: Nichts wird geschrieben, bis Sie „Übernehmen“ drücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing resources:</source>
        <translation>Vorhandene Ressourcen:</translation>
    </message>
    <message>
        <source>Update them to match</source>
        <translation>Angleichen</translation>
    </message>
    <message>
        <source>Leave them alone (create only)</source>
        <translation>Unverändert lassen (nur anlegen)</translation>
    </message>
    <message>
        <source>Secrets are never read from the source. Type each one once for every target, or leave it unset (a new resource gets none, an existing one keeps its own).</source>
        <translation>Geheimnisse werden nie aus der Quelle gelesen. Geben Sie jedes einmal für alle Ziele ein oder lassen Sie es ungesetzt (eine neue Ressource erhält keins, eine vorhandene behält ihr eigenes).</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Neu planen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Leave unset</source>
        <translation>Nicht setzen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n target cluster(s)…</source>
        <translation>
            <numerusform>%n Zielcluster wird gelesen…</numerusform>
            <numerusform>%n Zielcluster werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 cannot be applied</source>
        <translation>%1 anzulegen, %2 zu aktualisieren, %3 nicht anwendbar</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 cannot be applied.</source>
        <translation>%1 anzulegen, %2 zu aktualisieren, %3 unverändert, %4 nicht anwendbar.</translation>
    </message>
    <message>
        <source>Nothing to write: every target already matches (or cannot be written).</source>
        <translation>Nichts zu schreiben: Jedes Ziel stimmt bereits überein (oder ist nicht beschreibbar).</translation>
    </message>
    <message>
        <source>Applied %1, conflicts %2, failed %3. Plan again to see what is left.</source>
        <translation>Übernommen %1, Konflikte %2, fehlgeschlagen %3. Neu planen, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen…</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading target clusters: %v of %m</source>
        <translation>Zielcluster werden gelesen: %v von %m</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was planned or written. Plan again to start over.</source>
        <translation>Lesen abgebrochen: Es wurde nichts geplant oder geschrieben. Neu planen, um von vorn zu beginnen.</translation>
    </message>
    <message>
        <source>Applying: %v of %m writes</source>
        <translation>Wird übernommen: %v von %m Schreibvorgängen</translation>
    </message>
    <message>
        <source>Cancelled: applied %1, conflicts %2, failed %3, not sent %4 (each item says which). Plan again to see what is left.</source>
        <translation>Abgebrochen: übernommen %1, Konflikte %2, fehlgeschlagen %3, nicht gesendet %4 (jeder Eintrag nennt seinen Stand). Neu planen, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation>nicht gesendet (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n write(s) is unknown: the change log shows their request ids if they were applied.</source>
        <translation>
            <numerusform>Das Ergebnis von %n Schreibvorgang ist unbekannt: Das Änderungsprotokoll zeigt seine Anfrage-ID, falls er ausgeführt wurde.</numerusform>
            <numerusform>Das Ergebnis von %n Schreibvorgängen ist unbekannt: Das Änderungsprotokoll zeigt ihre Anfrage-IDs, falls sie ausgeführt wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert change %1</source>
        <translation>Änderung %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Undo change %1 (%2 %3/%4 by %5) on %6. A resource changed since is a conflict and is never overwritten. This is a dry run: nothing is written until you press Apply.</source>
        <translation>Änderung %1 (%2 %3/%4 von %5) in %6 rückgängig machen. Eine seitdem geänderte Ressource ist ein Konflikt und wird nie überschrieben. Dies ist ein Probelauf: Nichts wird geschrieben, bis Sie „Übernehmen“ drücken.</translation>
    </message>
    <message>
        <source>its cluster</source>
        <translation>seinem Cluster</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n zu löschen</numerusform>
            <numerusform>%n zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete.</source>
        <translation>
            <numerusform>%n zu löschen.</numerusform>
            <numerusform>%n zu löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert on a production cluster?</source>
        <translation>In einem Produktionscluster rückgängig machen?</translation>
    </message>
    <message>
        <source>Copy onto a production cluster?</source>
        <translation>In einen Produktionscluster kopieren?</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n write(s) to the production cluster “%1”?</source>
        <translation>
            <numerusform>%n Schreibvorgang im Produktionscluster „%1“ ausführen?</numerusform>
            <numerusform>%n Schreibvorgänge im Produktionscluster „%1“ ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every production cluster the plan writes to is confirmed on its own.</source>
        <translation>Jeder Produktionscluster, in den der Plan schreibt, wird einzeln bestätigt.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
</context>
<context>
    <name>TcpListen</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>%1 joined (%2)</source>
        <translation>%1 beigetreten (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 left the cluster</source>
        <translation>%1 hat den Cluster verlassen</translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation>Clusterdesk</translation>
    </message>
    <message>
        <source>%1: node state changed</source>
        <translation>%1: Knotenstatus geändert</translation>
    </message>
</context>
<context>
    <name>TypedConfirmationDialog</name>
    <message>
        <source>This is a production cluster. To go on, type its name, &lt;b&gt;%1&lt;/b&gt;, exactly:</source>
        <translation>Dies ist ein Produktionscluster. Geben Sie zum Fortfahren seinen Namen, &lt;b&gt;%1&lt;/b&gt;, exakt ein:</translation>
    </message>
</context>
<context>
    <name>UnsavedDraftsPrompt</name>
    <message>
        <source>database resource</source>
        <translation>Datenbankressource</translation>
    </message>
    <message>
        <source>JDBC connection</source>
        <translation>JDBC-Verbindung</translation>
    </message>
    <message>
        <source>file server</source>
        <translation>Dateiserver</translation>
    </message>
    <message>
        <source>web service</source>
        <translation>Webdienst</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(noch kein Name)</translation>
    </message>
    <message>
        <source>%1, a new %2 not yet on the cluster</source>
        <translation>%1, neu (%2), noch nicht im Cluster</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>You have unsaved changes to %n resource(s):</source>
        <translation>
            <numerusform>Sie haben ungespeicherte Änderungen an %n Ressource:</numerusform>
            <numerusform>Sie haben ungespeicherte Änderungen an %n Ressourcen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts you keep are offered again next time; secrets you typed are never stored and must be typed again.</source>
        <translation>Behaltene Entwürfe werden beim nächsten Mal wieder angeboten; eingegebene Geheimnisse werden nie gespeichert und müssen erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Drafts of a removed cluster cannot be kept.</source>
        <translation>Entwürfe eines entfernten Clusters können nicht behalten werden.</translation>
    </message>
    <message>
        <source>&amp;Apply all</source>
        <translation>&amp;Alle übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep as drafts</source>
        <translation>Als Entwürfe &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Not everything was saved</source>
        <translation>Nicht alles wurde gespeichert</translation>
    </message>
    <message>
        <source>These changes were not saved and are still open:</source>
        <translation>Diese Änderungen wurden nicht gespeichert und sind noch offen:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Starting the demo cluster…</source>
        <translation>Demo-Cluster wird gestartet…</translation>
    </message>
    <message>
        <source>Starting the demo cluster… %1</source>
        <translation>Demo-Cluster wird gestartet… %1</translation>
    </message>
    <message>
        <source>Welcome to Clusterdesk</source>
        <translation>Willkommen bei Clusterdesk</translation>
    </message>
    <message>
        <source>Watch the nodes of your clusters, their health, clocks and configuration, and manage the resources they share. Start by adding a cluster: the address of its load balancer and a user.</source>
        <translation>Überwachen Sie die Knoten Ihrer Cluster, ihren Zustand, ihre Uhren und ihre Konfiguration, und verwalten Sie die gemeinsam genutzten Ressourcen. Fügen Sie zunächst einen Cluster hinzu: die Adresse seines Lastverteilers und einen Benutzer.</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Start &amp;Local Demo Cluster</source>
        <translation>&amp;Lokalen Demo-Cluster starten</translation>
    </message>
    <message>
        <source>Runs three reference nodes behind HAProxy on this computer and adds them as a cluster. They stop when Clusterdesk quits.</source>
        <translation>Führt drei Referenzknoten hinter HAProxy auf diesem Computer aus und fügt sie als Cluster hinzu. Sie werden beendet, wenn Clusterdesk beendet wird.</translation>
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
        <translation>Als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom into a period; double-click to show it all.</source>
        <translation>Über das Diagramm ziehen, um einen Zeitraum zu vergrößern; Doppelklick zeigt alles.</translation>
    </message>
</context>
</TS>
