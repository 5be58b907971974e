<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Export Activity</source>
        <translation>Exporter l&apos;activité</translation>
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
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>Le journal d&apos;activité ne peut pas être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Sélectionnez une entrée pour en voir les détails.</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tous les clusters</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Everything kept</source>
        <translation>Tout l&apos;historique conservé</translation>
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
        <translation>Heure : %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster : %1</translation>
    </message>
    <message>
        <source>Cluster user: %1</source>
        <translation>Utilisateur du cluster : %1</translation>
    </message>
    <message>
        <source>Local user: %1</source>
        <translation>Utilisateur local : %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action : %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Requête : %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête : %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Réponse reçue : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
</context>
<context>
    <name>ActivityQuery</name>
    <message>
        <source>The local store is not available.</source>
        <translation>Le stockage local n&apos;est pas disponible.</translation>
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
        <translation>%1 sur le nœud %2</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyé : %1</translation>
    </message>
    <message>
        <source>the answer was lost (%1); it may or may not have been applied</source>
        <translation>la réponse a été perdue (%1) ; la requête a pu être appliquée ou non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Refused locally</source>
        <translation>Refusé localement</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>the request was cancelled</source>
        <translation>la requête a été annulée</translation>
    </message>
    <message>
        <source>sign-in failed: the token answer has no access_token</source>
        <translation>échec de la connexion : la réponse du jeton ne contient pas d&apos;access_token</translation>
    </message>
    <message>
        <source>sign-in failed: the user name or password was rejected</source>
        <translation>échec de la connexion : le nom d&apos;utilisateur ou le mot de passe a été refusé</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>échec de la connexion : %1</translation>
    </message>
    <message>
        <source>the load balancer answered 502: the node sent no valid answer</source>
        <translation>le répartiteur de charge a répondu 502 : le nœud n&apos;a envoyé aucune réponse valide</translation>
    </message>
    <message>
        <source>the load balancer answered 504: the node did not answer in time</source>
        <translation>le répartiteur de charge a répondu 504 : le nœud n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the load balancer answered %1: no node is available</source>
        <translation>le répartiteur de charge a répondu %1 : aucun nœud n&apos;est disponible</translation>
    </message>
    <message>
        <source>an unknown node</source>
        <translation>un nœud inconnu</translation>
    </message>
    <message>
        <source>the request for node %1 reached %2, which refused it</source>
        <translation>la requête destinée au nœud %1 a atteint %2, qui l&apos;a refusée</translation>
    </message>
    <message>
        <source>the request for node %1 was answered by %2</source>
        <translation>la requête destinée au nœud %1 a reçu la réponse de %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>statut HTTP inattendu %1</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>expected a JSON answer but got %1</source>
        <translation>réponse JSON attendue, mais %1 reçu</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 (at byte %2)</source>
        <translation>la réponse n&apos;est pas du JSON valide : %1 (à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot;: an http or https URL with a host is needed</source>
        <translation>URL « %1 » non valide : une URL http ou https avec un hôte est nécessaire</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation>aucune réponse de %1 en %2 ms</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 bytes</source>
        <translation>la réponse de %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>refused a redirect from %1 to another server (%2)</source>
        <translation>redirection de %1 vers un autre serveur (%2) refusée</translation>
    </message>
    <message>
        <source>certificate fingerprint mismatch: %1 presented %2, the profile pins %3</source>
        <translation>empreinte du certificat différente : %1 a présenté %2, le profil épingle %3</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 a refusé la connexion</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>hôte %1 introuvable</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>la connexion à %1 a expiré</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>échec de la négociation TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>le certificat de %1 n&apos;est pas approuvé : %2</translation>
    </message>
    <message>
        <source>refused a redirect from %1: %2</source>
        <translation>redirection de %1 refusée : %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation>échec de la requête vers %1 : %2</translation>
    </message>
    <message>
        <source>the CA file holds no PEM certificate</source>
        <translation>le fichier CA ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
SHA-256: %3
Valid from %4 to %5</source>
        <translation>Sujet : %1
Émetteur : %2
SHA-256 : %3
Valide du %4 au %5</translation>
    </message>
    <message>
        <source>the console stopped waiting for the answer</source>
        <translation>la console a cessé d&apos;attendre la réponse</translation>
    </message>
    <message>
        <source>this cluster is read-only in Clusterdesk; change it in the cluster settings</source>
        <translation>ce cluster est en lecture seule dans Clusterdesk ; modifiez ce réglage dans les paramètres du cluster</translation>
    </message>
    <message>
        <source>sign-in failed: the session token answer has no session</source>
        <translation>échec de la connexion : la réponse du jeton de session ne contient pas de session</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>%1 (not yet valid)</source>
        <translation>%1 (pas encore valide)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
</context>
<context>
    <name>ChangeDetailsDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Modification %1</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Révision :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Modification :</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>Type de ressource :</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource :</translation>
    </message>
    <message>
        <source>%1 (UTC: %2)</source>
        <translation>%1 (UTC : %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Before and after: %1. The node did not keep this change&apos;s definitions (it was made before they were recorded).</source>
        <translation>Avant et après : %1. Le nœud n&apos;a pas conservé les définitions de cette modification (elle a été faite avant qu&apos;elles ne soient consignées).</translation>
    </message>
    <message>
        <source>Secret values are never kept in the log: a revert keeps the current secret of %1.</source>
        <translation>Les valeurs secrètes ne sont jamais conservées dans le journal : une annulation conserve le secret actuel de %1.</translation>
    </message>
    <message>
        <source>&amp;Fields (changed ones in bold):</source>
        <translation>&amp;Champs (ceux qui ont changé en gras) :</translation>
    </message>
    <message>
        <source>Show &amp;only the changed fields</source>
        <translation>Afficher &amp;uniquement les champs modifiés</translation>
    </message>
    <message>
        <source>&amp;Revert this change…</source>
        <translation>&amp;Annuler cette modification…</translation>
    </message>
</context>
<context>
    <name>ChangeDiff</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>set (changed)</source>
        <translation>défini (modifié)</translation>
    </message>
    <message>
        <source>set (unchanged)</source>
        <translation>défini (inchangé)</translation>
    </message>
</context>
<context>
    <name>ChangeDiffModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>ChangeLogExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ChangeLogFetcher</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>The change log could not be loaded: %1</source>
        <translation>Le journal des modifications n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>The server&apos;s change log could not be read: %1</source>
        <translation>Le journal des modifications du serveur n&apos;a pas pu être lu : %1</translation>
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
        <translation>Révision</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
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
        <translation>non connecté au cluster</translation>
    </message>
    <message>
        <source>the change log has more than %1 changes</source>
        <translation>le journal des modifications compte plus de %1 modifications</translation>
    </message>
    <message>
        <source>the change log could not be loaded: %1</source>
        <translation>le journal des modifications n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the server&apos;s change log could not be read: %1</source>
        <translation>le journal des modifications du serveur n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>ChangeLogText</name>
    <message>
        <source>%1: not an object</source>
        <translation>%1 : pas un objet</translation>
    </message>
    <message>
        <source>a revision &gt; 0 is required</source>
        <translation>une révision &gt; 0 est requise</translation>
    </message>
    <message>
        <source>not an RFC 3339 time</source>
        <translation>pas une heure RFC 3339</translation>
    </message>
    <message>
        <source>a revision &gt;= 0 is required</source>
        <translation>une révision &gt;= 0 est requise</translation>
    </message>
    <message>
        <source>a list of changes is required</source>
        <translation>une liste de modifications est requise</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>JDBC connection</source>
        <translation>Connexion JDBC</translation>
    </message>
    <message>
        <source>File server</source>
        <translation>Serveur de fichiers</translation>
    </message>
    <message>
        <source>Web service</source>
        <translation>Service web</translation>
    </message>
    <message>
        <source>before and after must be null or a definition</source>
        <translation>before et after doivent valoir null ou une définition</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>unknown resource type &apos;%1&apos; (one of: %2)</source>
        <translation>type de ressource « %1 » inconnu (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>invalid resource name &apos;%1&apos;: %2</source>
        <translation>nom de ressource « %1 » non valide : %2</translation>
    </message>
</context>
<context>
    <name>ChangeRevert</name>
    <message>
        <source>%1: the old secret cannot be restored (the log keeps no secret values); it is left unset</source>
        <translation>%1 : l&apos;ancien secret ne peut pas être restauré (le journal ne conserve aucune valeur secrète) ; il reste non défini</translation>
    </message>
    <message>
        <source>%1: the old secret cannot be restored (the log keeps no secret values); the current one is kept</source>
        <translation>%1 : l&apos;ancien secret ne peut pas être restauré (le journal ne conserve aucune valeur secrète) ; le secret actuel est conservé</translation>
    </message>
    <message>
        <source>conflict: deleted since revision %1; nothing to revert</source>
        <translation>conflit : supprimée depuis la révision %1 ; rien à annuler</translation>
    </message>
    <message>
        <source>conflict: changed since revision %1 (now revision %2 by %3); revert the newer changes first</source>
        <translation>conflit : modifiée depuis la révision %1 (désormais révision %2 par %3) ; annulez d&apos;abord les modifications plus récentes</translation>
    </message>
    <message>
        <source>conflict: created again since (revision %1 by %2)</source>
        <translation>conflit : recréée depuis (révision %1 par %2)</translation>
    </message>
    <message>
        <source>already deleted</source>
        <translation>déjà supprimée</translation>
    </message>
    <message>
        <source>the definition before this change was not recorded (an older node or an older change), so it cannot be reverted</source>
        <translation>la définition antérieure à cette modification n&apos;a pas été consignée (nœud ou modification plus ancien), cette modification ne peut donc pas être annulée</translation>
    </message>
    <message>
        <source>the change log does not say what this change did</source>
        <translation>le journal des modifications n&apos;indique pas ce que cette modification a fait</translation>
    </message>
    <message>
        <source>cannot read the cluster: %1</source>
        <translation>impossible de lire le cluster : %1</translation>
    </message>
    <message>
        <source>signed in as %1, a viewer: read-only</source>
        <translation>connecté en tant que %1, un observateur : lecture seule</translation>
    </message>
</context>
<context>
    <name>ClusterCapabilities</name>
    <message>
        <source>Clusterdesk management API</source>
        <translation>API de gestion Clusterdesk</translation>
    </message>
    <message>
        <source>Spectrum token service</source>
        <translation>service de jetons Spectrum</translation>
    </message>
    <message>
        <source>REST service catalogue</source>
        <translation>catalogue de services REST</translation>
    </message>
    <message>
        <source>SOAP service catalogue</source>
        <translation>catalogue de services SOAP</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Trouvé : %1.</translation>
    </message>
    <message>
        <source>Not offered: %1.</source>
        <translation>Non proposé : %1.</translation>
    </message>
    <message>
        <source>Could not be checked: %1.</source>
        <translation>Vérification impossible : %1.</translation>
    </message>
    <message>
        <source>A plain Spectrum cluster: nodes, service catalogues and clocks (from HTTP Date headers) are shown; versions, revisions and resources are not published.</source>
        <translation>Un cluster Spectrum simple : les nœuds, les catalogues de services et les horloges (d&apos;après les en-têtes HTTP Date) sont affichés ; les versions, les révisions et les ressources ne sont pas publiées.</translation>
    </message>
    <message>
        <source>This cluster does not publish node versions, configuration revisions, requests or memory: only reachability, latency and clocks are shown.</source>
        <translation>Ce cluster ne publie ni les versions des nœuds, ni les révisions de configuration, ni les requêtes, ni la mémoire : seules l&apos;accessibilité, la latence et les horloges sont affichées.</translation>
    </message>
    <message>
        <source>This cluster does not publish node clocks; they are estimated from HTTP Date headers.</source>
        <translation>Ce cluster ne publie pas les horloges des nœuds ; elles sont estimées d&apos;après les en-têtes HTTP Date.</translation>
    </message>
    <message>
        <source>This cluster does not publish its external resource definitions.</source>
        <translation>Ce cluster ne publie pas ses définitions de ressources externes.</translation>
    </message>
    <message>
        <source>This cluster does not publish a configuration change log.</source>
        <translation>Ce cluster ne publie pas de journal des modifications de configuration.</translation>
    </message>
    <message>
        <source>This cluster does not publish its license.</source>
        <translation>Ce cluster ne publie pas sa licence.</translation>
    </message>
    <message>
        <source>This cluster does not publish a REST or SOAP service catalogue.</source>
        <translation>Ce cluster ne publie pas de catalogue de services REST ou SOAP.</translation>
    </message>
</context>
<context>
    <name>ClusterEndpoint</name>
    <message>
        <source>no password stored for %1</source>
        <translation>aucun mot de passe enregistré pour %1</translation>
    </message>
</context>
<context>
    <name>ClusterListDelegate</name>
    <message>
        <source>Not refreshed yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>%1 nodes up</source>
        <translation>%1 nœuds actifs</translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation>%1 · enregistré %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>Password needed · Sign In…</source>
        <translation>Mot de passe requis · Se connecter…</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 nodes answer</source>
        <translation>%1 nœuds sur %2 répondent</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Injoignable : %1</translation>
    </message>
    <message>
        <source>Last refreshed %1 (saved state)</source>
        <translation>Dernière actualisation %1 (état enregistré)</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Dernière actualisation %1</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>Password needed (%1): use Sign In… to poll this cluster</source>
        <translation>Mot de passe requis (%1) : utilisez Se connecter… pour interroger ce cluster</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>Read-only in Clusterdesk: every write is refused</source>
        <translation>Lecture seule dans Clusterdesk : toute écriture est refusée</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
</context>
<context>
    <name>ClusterMonitor</name>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>impossible de lire le certificat CA %1 : %2</translation>
    </message>
    <message>
        <source>the profile&apos;s CA certificate is not usable: %1</source>
        <translation>le certificat CA du profil est inutilisable : %1</translation>
    </message>
    <message>
        <source>the pinned fingerprint is not a SHA-256 fingerprint</source>
        <translation>l&apos;empreinte épinglée n&apos;est pas une empreinte SHA-256</translation>
    </message>
    <message>
        <source>the node&apos;s answer is not usable: %1</source>
        <translation>la réponse du nœud est inutilisable : %1</translation>
    </message>
    <message>
        <source>asked %1, but the answer describes %2</source>
        <translation>%1 a été interrogé, mais la réponse décrit %2</translation>
    </message>
    <message>
        <source>the cluster answer is not a JSON object</source>
        <translation>la réponse du cluster n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the cluster answer has no &quot;nodes&quot; list</source>
        <translation>la réponse du cluster ne contient pas de liste « nodes »</translation>
    </message>
    <message>
        <source>the cluster answer lists no nodes</source>
        <translation>la réponse du cluster ne liste aucun nœud</translation>
    </message>
    <message>
        <source>the load balancer cannot route to %1 and the cluster lists no usable direct URL for it</source>
        <translation>le répartiteur de charge ne peut pas router vers %1 et le cluster n&apos;indique aucune URL directe utilisable pour ce nœud</translation>
    </message>
    <message>
        <source>the node answer is not a JSON object</source>
        <translation>la réponse du nœud n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the time answer is not a JSON object</source>
        <translation>la réponse d&apos;heure n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the license answer is not a JSON object</source>
        <translation>la réponse de licence n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>no answer within the poll&apos;s deadline of %1 ms</source>
        <translation>aucune réponse dans le délai d&apos;interrogation de %1 ms</translation>
    </message>
    <message>
        <source>Let the load balancer route requests by X-Cluster-Node, or list direct node URLs with the load balancer&apos;s scheme (https when it uses https) that the profile&apos;s CA vouches for, without a pin.</source>
        <translation>Faites router les requêtes par le répartiteur de charge selon X-Cluster-Node, ou indiquez des URL directes des nœuds avec le schéma du répartiteur de charge (https s&apos;il utilise https) dont l&apos;autorité de certification du profil se porte garante, sans épinglage.</translation>
    </message>
    <message>
        <source>%1 cannot be probed: the load balancer cannot target nodes and its direct URL %2 would send credentials over plain HTTP</source>
        <translation>impossible de sonder %1 : le répartiteur de charge ne peut pas cibler les nœuds et son URL directe %2 enverrait les identifiants en HTTP non chiffré</translation>
    </message>
    <message>
        <source>%1 cannot be probed: the load balancer cannot target nodes and its direct URL %2 does not use the load balancer&apos;s scheme (%3)</source>
        <translation>impossible de sonder %1 : le répartiteur de charge ne peut pas cibler les nœuds et son URL directe %2 n&apos;utilise pas le schéma du répartiteur de charge (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be probed: the load balancer cannot target nodes and the certificate pin set for the load balancer cannot vouch for its direct URL %2</source>
        <translation>impossible de sonder %1 : le répartiteur de charge ne peut pas cibler les nœuds et l&apos;empreinte de certificat épinglée pour le répartiteur de charge ne peut pas garantir son URL directe %2</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>The last poll took %1 ms, longer than the poll interval of %2 ms: this cluster is polled less often than set</source>
        <translation>La dernière interrogation a pris %1 ms, plus que l&apos;intervalle d&apos;interrogation de %2 ms : ce cluster est interrogé moins souvent que prévu</translation>
    </message>
    <message>
        <source>Set a longer poll interval for this cluster, or check why its nodes or this computer answer slowly.</source>
        <translation>Choisissez un intervalle d&apos;interrogation plus long pour ce cluster, ou cherchez pourquoi ses nœuds ou cet ordinateur répondent lentement.</translation>
    </message>
    <message>
        <source>Sign-in works, but the next request with the new token is refused as an invalid token: Spectrum ties tokens to the host that requested them, and the load balancer sent the request elsewhere.</source>
        <translation>La connexion fonctionne, mais la requête suivante avec le nouveau jeton est refusée pour jeton non valide : Spectrum lie les jetons à l&apos;hôte qui les a demandés, et le répartiteur de charge a envoyé la requête ailleurs.</translation>
    </message>
    <message>
        <source>Disable the host check of token authentication in spectrum-container.properties on every node (then restart them), or make the load balancer keep each client on one node (sticky sessions).</source>
        <translation>Désactivez la vérification de l&apos;hôte de l&apos;authentification par jeton dans spectrum-container.properties sur chaque nœud (puis redémarrez-les), ou faites en sorte que le répartiteur de charge maintienne chaque client sur un même nœud (sessions persistantes).</translation>
    </message>
    <message>
        <source>The nodes answer at their own addresses, but no request gets through the load balancer (%1): the cluster&apos;s clients cannot reach it.</source>
        <translation>Les nœuds répondent à leurs propres adresses, mais aucune requête ne passe par le répartiteur de charge (%1) : les clients du cluster ne peuvent pas l’atteindre.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Check the load balancer at %1: is it running, and does it forward to the nodes?</source>
        <translation>Vérifiez le répartiteur de charge à %1 : fonctionne-t-il et transmet-il aux nœuds ?</translation>
    </message>
</context>
<context>
    <name>ClusterPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Nœuds</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressources</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>A production cluster: deleting or copying onto it asks for its name first.</source>
        <translation>Un cluster de production : toute suppression ou copie vers ce cluster demande d&apos;abord de saisir son nom.</translation>
    </message>
    <message>
        <source>Serv&amp;ices</source>
        <translation>Serv&amp;ices</translation>
    </message>
</context>
<context>
    <name>ClusterProfile</name>
    <message>
        <source>is not a valid URL</source>
        <translation>n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>must name a host</source>
        <translation>doit indiquer un hôte</translation>
    </message>
    <message>
        <source>must not contain a password; the secret is stored separately</source>
        <translation>ne doit pas contenir de mot de passe ; le secret est stocké séparément</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>doit être un entier</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>doit être un UUID</translation>
    </message>
    <message>
        <source>is required for password sign-in</source>
        <translation>est requis pour la connexion par mot de passe</translation>
    </message>
    <message>
        <source>give either a certificate file or the PEM text, not both</source>
        <translation>indiquez soit un fichier de certificat, soit le texte PEM, pas les deux</translation>
    </message>
    <message>
        <source>is not a PEM certificate</source>
        <translation>n&apos;est pas un certificat PEM</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits (a SHA-256 digest)</source>
        <translation>doit compter 64 chiffres hexadécimaux (un condensat SHA-256)</translation>
    </message>
    <message>
        <source>must list the accepted TLS errors</source>
        <translation>doit lister les erreurs TLS acceptées</translation>
    </message>
    <message>
        <source>must be TLS error codes</source>
        <translation>doit être des codes d&apos;erreur TLS</translation>
    </message>
    <message>
        <source>must be greater than the warning threshold</source>
        <translation>doit être supérieur au seuil d&apos;avertissement</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be &quot;password&quot; or &quot;token&quot;</source>
        <translation>doit être « password » ou « token »</translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation>doit contenir des objets</translation>
    </message>
    <message>
        <source>must hold integers</source>
        <translation>doit contenir des entiers</translation>
    </message>
    <message>
        <source>give either a password file or a password command, not both</source>
        <translation>indiquez soit un fichier de mot de passe, soit une commande de mot de passe, pas les deux</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>doit être un chemin absolu</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>must name a program</source>
        <translation>doit nommer un programme</translation>
    </message>
    <message>
        <source>must be one line without surrounding spaces</source>
        <translation>doit tenir sur une ligne, sans espace au début ni à la fin</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>doit compter au plus %1 caractères</translation>
    </message>
    <message>
        <source>must be a colour written #rrggbb</source>
        <translation>doit être une couleur au format #rrggbb</translation>
    </message>
    <message>
        <source>needs an environment</source>
        <translation>requiert un environnement</translation>
    </message>
    <message>
        <source>must be folder names separated by &quot;/&quot;, none of them empty</source>
        <translation>doit être des noms de dossiers séparés par « / », aucun n&apos;étant vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>must hold strings</source>
        <translation>doit contenir des chaînes</translation>
    </message>
    <message>
        <source>must be &quot;session&quot; or &quot;open&quot;</source>
        <translation>doit être « session » ou « open »</translation>
    </message>
    <message>
        <source>names a node already listed</source>
        <translation>désigne un nœud déjà indiqué</translation>
    </message>
</context>
<context>
    <name>ClusterResourcesFetcher</name>
    <message>
        <source>no connection</source>
        <translation>aucune connexion</translation>
    </message>
    <message>
        <source>every answer was older than revision %1, written from this console; compare again in a moment</source>
        <translation>chaque réponse était antérieure à la révision %1, écrite depuis cette console ; comparez de nouveau dans un instant</translation>
    </message>
    <message>
        <source>this cluster does not publish its resource definitions (no Clusterdesk API; a plain Spectrum cluster keeps them out of reach)</source>
        <translation>ce cluster ne publie pas ses définitions de ressources (pas d&apos;API Clusterdesk ; un cluster Spectrum simple les garde hors de portée)</translation>
    </message>
</context>
<context>
    <name>ClusterSidebar</name>
    <message>
        <source>Remove cluster</source>
        <translation>Retirer le cluster</translation>
    </message>
    <message>
        <source>Remove “%1” from Clusterdesk?</source>
        <translation>Retirer « %1 » de Clusterdesk ?</translation>
    </message>
    <message>
        <source>Its saved connection, history and drafts are deleted. The cluster itself is not touched.</source>
        <translation>Sa connexion enregistrée, son historique et ses brouillons sont supprimés. Le cluster lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Saved clusters</source>
        <translation>Clusters enregistrés</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;Ajouter un cluster…</translation>
    </message>
    <message>
        <source>Add a cluster (%1)</source>
        <translation>Ajouter un cluster (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>&amp;Modifier le cluster…</translation>
    </message>
    <message>
        <source>Edit the selected cluster&apos;s connection</source>
        <translation>Modifier la connexion du cluster sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster</source>
        <translation>&amp;Retirer le cluster</translation>
    </message>
    <message>
        <source>Remove the selected cluster from Clusterdesk</source>
        <translation>Retirer le cluster sélectionné de Clusterdesk</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move the selected cluster up</source>
        <translation>Monter le cluster sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected cluster down</source>
        <translation>Descendre le cluster sélectionné</translation>
    </message>
    <message>
        <source>Move to &amp;Group…</source>
        <translation>Déplacer vers un &amp;groupe…</translation>
    </message>
    <message>
        <source>Put the selected cluster in a group (a folder)</source>
        <translation>Placer le cluster sélectionné dans un groupe (un dossier)</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>Make a folder for clusters</source>
        <translation>Créer un dossier pour des clusters</translation>
    </message>
    <message>
        <source>Re&amp;name Group…</source>
        <translation>Re&amp;nommer le groupe…</translation>
    </message>
    <message>
        <source>Rename the selected folder in every cluster it holds</source>
        <translation>Renommer le dossier choisi dans chaque cluster qu&apos;il contient</translation>
    </message>
    <message>
        <source>Remove &amp;Group</source>
        <translation>Supprimer le &amp;groupe</translation>
    </message>
    <message>
        <source>Remove the selected folder; its clusters move to the folder above</source>
        <translation>Supprimer le dossier choisi ; ses clusters passent dans le dossier parent</translation>
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
        <translation>vide</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n avec avertissements</numerusform>
            <numerusform>%n avec avertissements</numerusform>
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
        <translation>Groupe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or unreachable</source>
        <translation>
            <numerusform>%n critique ou injoignable</numerusform>
            <numerusform>%n critiques ou injoignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not refreshed yet</source>
        <translation>
            <numerusform>%n pas encore actualisé</numerusform>
            <numerusform>%n pas encore actualisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>see clusterdesk --help or clusterdesk &lt;command&gt; --help</source>
        <translation>voir clusterdesk --help ou clusterdesk &lt;commande&gt; --help</translation>
    </message>
    <message>
        <source>Keep the saved clusters in &lt;dir&gt; instead of the default location.</source>
        <translation>Conserver les clusters enregistrés dans &lt;dir&gt; au lieu de l&apos;emplacement par défaut.</translation>
    </message>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation>impossible de lire le fichier %1 %2 : %3</translation>
    </message>
    <message>
        <source>the %1 file %2 is too large</source>
        <translation>le fichier %1 %2 est trop volumineux</translation>
    </message>
    <message>
        <source>the %1 file %2 is empty</source>
        <translation>le fichier %1 %2 est vide</translation>
    </message>
    <message>
        <source>password</source>
        <translation>de mot de passe</translation>
    </message>
    <message>
        <source>Polls one cluster once and prints its nodes and findings.
Exit codes: 0 healthy, 1 warnings, 2 critical, 3 unreachable (connection, TLS or
sign-in failed), 64 usage error. The password comes from --password-file or the
environment variable CLUSTERDESK_PASSWORD, never from the command line.</source>
        <translation>Interroge une fois un cluster et affiche ses nœuds et ses constats.
Codes de sortie : 0 sain, 1 avertissements, 2 critique, 3 injoignable (échec de la connexion, de TLS ou
de l&apos;authentification), 64 erreur d&apos;utilisation. Le mot de passe provient de --password-file ou de la
variable d&apos;environnement CLUSTERDESK_PASSWORD, jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>The cluster&apos;s load balancer URL.</source>
        <translation>L&apos;URL du répartiteur de charge du cluster.</translation>
    </message>
    <message>
        <source>A saved cluster (see clusterdesk cluster list).</source>
        <translation>Un cluster enregistré (voir clusterdesk cluster list).</translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation>L&apos;utilisateur sous lequel se connecter.</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt;.</source>
        <translation>Lire le mot de passe dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Read a session token from &lt;file&gt;.</source>
        <translation>Lire un jeton de session dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Trust the CA certificate(s) in &lt;file&gt; (PEM).</source>
        <translation>Faire confiance aux certificats CA de &lt;file&gt; (PEM).</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page.</source>
        <translation>La page de statistiques de HAProxy.</translation>
    </message>
    <message>
        <source>Print JSON (the snapshot plus &quot;exitCode&quot;).</source>
        <translation>Afficher du JSON (l&apos;instantané plus « exitCode »).</translation>
    </message>
    <message>
        <source>Give up after &lt;seconds&gt; (default %1).</source>
        <translation>Abandonner après &lt;seconds&gt; (par défaut %1).</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>give either --url or --cluster</source>
        <translation>indiquez soit --url, soit --cluster</translation>
    </message>
    <message>
        <source>give either --password-file or --token-file, not both</source>
        <translation>indiquez soit --password-file, soit --token-file, pas les deux</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0</source>
        <translation>--timeout attend un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --cluster (it is saved in the profile)</source>
        <translation>--%1 ne peut pas être combiné avec --cluster (il est enregistré dans le profil)</translation>
    </message>
    <message>
        <source>invalid --url: %1</source>
        <translation>--url non valide : %1</translation>
    </message>
    <message>
        <source>--user is required with a password</source>
        <translation>--user est requis avec un mot de passe</translation>
    </message>
    <message>
        <source>cannot read the CA certificate %1</source>
        <translation>impossible de lire le certificat CA %1</translation>
    </message>
    <message>
        <source>invalid --stats-url: %1</source>
        <translation>--stats-url non valide : %1</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 non valide : %2</translation>
    </message>
    <message>
        <source>The cluster&apos;s name.</source>
        <translation>Le nom du cluster.</translation>
    </message>
    <message>
        <source>Poll every &lt;seconds&gt; (default %1).</source>
        <translation>Interroger toutes les &lt;seconds&gt; (par défaut %1).</translation>
    </message>
    <message>
        <source>cluster add needs --name and --url</source>
        <translation>cluster add requiert --name et --url</translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds greater than 0</source>
        <translation>--poll-interval attend un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <source>Saves a cluster.</source>
        <translation>Enregistre un cluster.</translation>
    </message>
    <message>
        <source>Lists the saved clusters.</source>
        <translation>Liste les clusters enregistrés.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Forgets a saved cluster and its password.</source>
        <translation>Oublie un cluster enregistré et son mot de passe.</translation>
    </message>
    <message>
        <source>The saved cluster&apos;s name.</source>
        <translation>Le nom du cluster enregistré.</translation>
    </message>
    <message>
        <source>cluster remove needs exactly one name</source>
        <translation>cluster remove requiert exactement un nom</translation>
    </message>
    <message>
        <source>unknown cluster action: %1</source>
        <translation>action de cluster inconnue : %1</translation>
    </message>
    <message>
        <source>Clusterdesk: a console for clustered servers.</source>
        <translation>Clusterdesk : une console pour serveurs en cluster.</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>commande inconnue : %1</translation>
    </message>
    <message>
        <source>see clusterdesk report --help</source>
        <translation>voir clusterdesk report --help</translation>
    </message>
    <message>
        <source>Every saved cluster in one document (fleet report).</source>
        <translation>Tous les clusters enregistrés dans un seul document (rapport de parc).</translation>
    </message>
    <message>
        <source>html, pdf, csv or json.</source>
        <translation>html, pdf, csv ou json.</translation>
    </message>
    <message>
        <source>The period covered: 24h, 7d, 14d, 90m, 2w or a date (default 24h).</source>
        <translation>La période couverte : 24h, 7d, 14d, 90m, 2w ou une date (par défaut 24h).</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>Write to &lt;path&gt; (csv: see below).</source>
        <translation>Écrire dans &lt;path&gt; (csv : voir ci-dessous).</translation>
    </message>
    <message>
        <source>Give up on a request after &lt;seconds&gt; (default 5).</source>
        <translation>Abandonner une requête après &lt;seconds&gt; (par défaut 5).</translation>
    </message>
    <message>
        <source>give exactly one of --url, --cluster and --all</source>
        <translation>indiquez exactement un de --url, --cluster et --all</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output est requis</translation>
    </message>
    <message>
        <source>unknown --format %1 (html, pdf, csv or json)</source>
        <translation>--format %1 inconnu (html, pdf, csv ou json)</translation>
    </message>
    <message>
        <source>unknown --paper %1 (a4 or letter)</source>
        <translation>--paper %1 inconnu (a4 ou letter)</translation>
    </message>
    <message>
        <source>invalid --since %1 (24h, 7d, 2w or a past date)</source>
        <translation>--since %1 non valide (24h, 7d, 2w ou une date passée)</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 600</translation>
    </message>
    <message>
        <source>--%1 goes with --url only (saved clusters keep their own)</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec --url (les clusters enregistrés ont leur propre valeur)</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk status --cluster Prod --json &gt; prod-status.json
  clusterdesk status --url https://lb.example:8443 --user admin --password-file pw.txt --ca ca.pem --timeout 5
  CLUSTERDESK_PASSWORD=secret clusterdesk status --url https://lb.example:8443 --user admin
</source>
        <translation>
Exemples :
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
Exemples :
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
Exemples :
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
Exemples :
  clusterdesk cluster add --name Prod --url https://lb.example:8443 --user admin --password-file pw.txt
  clusterdesk cluster list
  clusterdesk cluster remove Prod
Exécutez clusterdesk cluster &lt;action&gt; --help pour les options de l&apos;action.
</translation>
    </message>
    <message>
        <source>Window: select the saved cluster at &lt;url&gt; when it opens.</source>
        <translation>Fenêtre : sélectionner à l&apos;ouverture le cluster enregistré à l&apos;adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>cluster edit needs exactly one name</source>
        <translation>cluster edit demande exactement un nom</translation>
    </message>
    <message>
        <source>CLUSTERDESK_PASSWORD is one password but this command addresses several clusters: unset it and let each saved cluster find its own (clusterdesk cluster edit &lt;name&gt; --password-file &lt;file&gt; or --password-command &lt;command&gt;, or a systemd credential $CREDENTIALS_DIRECTORY/&lt;name&gt;)</source>
        <translation>CLUSTERDESK_PASSWORD est un seul mot de passe mais cette commande vise plusieurs clusters : supprimez la variable et laissez chaque cluster enregistré trouver le sien (clusterdesk cluster edit &lt;name&gt; --password-file &lt;file&gt; ou --password-command &lt;command&gt;, ou un identifiant systemd $CREDENTIALS_DIRECTORY/&lt;name&gt;)</translation>
    </message>
    <message>
        <source>Get the password from the first line of &lt;command&gt;&apos;s output, run at each use without a shell (pass show x, secret-tool lookup ...).</source>
        <translation>Lire le mot de passe sur la première ligne de la sortie de &lt;command&gt;, exécutée à chaque usage sans shell (pass show x, secret-tool lookup ...).</translation>
    </message>
    <message>
        <source>Forget the password file or command: use the system keychain (a new password comes from CLUSTERDESK_PASSWORD).</source>
        <translation>Oublier le fichier ou la commande de mot de passe : utiliser le trousseau du système (un nouveau mot de passe vient de CLUSTERDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt; at each use (its path is saved, never its content); the file must be private: chmod 600.</source>
        <translation>Lire le mot de passe dans &lt;file&gt; à chaque usage (son chemin est enregistré, jamais son contenu) ; le fichier doit être privé : chmod 600.</translation>
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
Le mot de passe d&apos;un cluster enregistré est cherché dans cet ordre :
  1. $CREDENTIALS_DIRECTORY/&lt;name&gt; (systemd LoadCredential=)
  2. son --password-file (refusé sauf avec chmod 600)
  3. sa --password-command (10 s au plus ; un code de sortie non nul est refusé)
  4. le trousseau du système
La commande de mot de passe s&apos;exécute sans shell : regroupez les mots avec des
guillemets doubles et écrivez sh -c &quot;...&quot; si elle a besoin d&apos;un tube ou d&apos;une variable.
</translation>
    </message>
    <message>
        <source>give the password one way: --password-file, --password-command or CLUSTERDESK_PASSWORD (for the keychain)</source>
        <translation>donnez le mot de passe d&apos;une seule façon : --password-file, --password-command ou CLUSTERDESK_PASSWORD (pour le trousseau)</translation>
    </message>
    <message>
        <source>--password-command needs a command</source>
        <translation>--password-command demande une commande</translation>
    </message>
    <message>
        <source>cluster edit needs one of --password-file, --password-command and --keychain</source>
        <translation>cluster edit demande une option parmi --password-file, --password-command et --keychain</translation>
    </message>
    <message>
        <source>see clusterdesk exporter --help</source>
        <translation>voir clusterdesk exporter --help</translation>
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
Sert GET /metrics (format texte Prometheus 0.0.4) et GET /healthz.
Les mots de passe des clusters enregistrés sont trouvés comme dans la fenêtre ;
rien n&apos;est écrit dans le stockage local. Métriques : docs/metrics.md.
Codes de sortie : 0 arrêté par SIGTERM ou SIGINT, 1 démarrage impossible (adresse
occupée, cluster inconnu, stockage), 64 erreur d&apos;utilisation ou configuration web invalide.

Exemples :
  clusterdesk exporter --all
  clusterdesk exporter --listen 127.0.0.1:9877 --cluster Prod --cluster Test
  clusterdesk exporter --listen 0.0.0.0:9877 --all --web.config.file web.yml
</translation>
    </message>
    <message>
        <source>Polls saved clusters and serves their state to Prometheus.</source>
        <translation>Interroge les clusters enregistrés et sert leur état à Prometheus.</translation>
    </message>
    <message>
        <source>Listen on &lt;address:port&gt; (default 127.0.0.1:9877; 0.0.0.0:9877 for all).</source>
        <translation>Écouter sur &lt;address:port&gt; (par défaut 127.0.0.1:9877 ; 0.0.0.0:9877 pour toutes).</translation>
    </message>
    <message>
        <source>Export the saved cluster &lt;name&gt; (repeatable).</source>
        <translation>Exporter le cluster enregistré &lt;name&gt; (répétable).</translation>
    </message>
    <message>
        <source>Export every saved cluster.</source>
        <translation>Exporter chaque cluster enregistré.</translation>
    </message>
    <message>
        <source>TLS and basic authentication from &lt;file&gt; (Prometheus exporter-toolkit format).</source>
        <translation>TLS et authentification basique depuis &lt;file&gt; (format de l&apos;exporter-toolkit de Prometheus).</translation>
    </message>
    <message>
        <source>give --all or at least one --cluster</source>
        <translation>indiquez --all ou au moins un --cluster</translation>
    </message>
    <message>
        <source>invalid --listen %1 (an IP address and a port, e.g. 127.0.0.1:9877)</source>
        <translation>--listen %1 invalide (une adresse IP et un port, par ex. 127.0.0.1:9877)</translation>
    </message>
    <message>
        <source>stopping (signal %1)</source>
        <translation>arrêt (signal %1)</translation>
    </message>
    <message>
        <source>listening on %1 port %2 (%3)</source>
        <translation>écoute sur %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>Writes a report of one cluster (--url or --cluster) or of every saved cluster
(--all) for audits, change reviews and hand-offs. Secrets never appear in it.
The password comes from --password-file or CLUSTERDESK_PASSWORD (not with
--all), or for saved clusters from where clusterdesk cluster edit said.</source>
        <translation>Écrit un rapport sur un cluster (--url ou --cluster) ou sur tous les clusters enregistrés
(--all) pour les audits, les revues de modifications et les passations. Les secrets n&apos;y figurent jamais.
Le mot de passe provient de --password-file ou de CLUSTERDESK_PASSWORD (pas avec
--all), ou pour les clusters enregistrés de là où clusterdesk cluster edit l&apos;a indiqué.</translation>
    </message>
    <message>
        <source>see clusterdesk activity --help</source>
        <translation>voir clusterdesk activity --help</translation>
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
Liste ce que cette console a envoyé aux clusters (chaque écriture et action sur un nœud) :
heure (UTC), cluster, utilisateur, action, résultat et identifiant de requête, les plus récentes d&apos;abord.
Le journal est conservé 180 jours ou 100 000 entrées ; il ne contient jamais de secret.
Codes de sortie : 0 liste affichée, 1 le stockage local n&apos;a pas pu être lu, 64 erreur d&apos;utilisation.

Exemples :
  clusterdesk activity --since 7d
  clusterdesk activity --cluster Prod --since 2026-11-01 --format csv
</translation>
    </message>
    <message>
        <source>Lists the console&apos;s own actions on clusters.</source>
        <translation>Liste les actions de la console elle-même sur les clusters.</translation>
    </message>
    <message>
        <source>Only this saved cluster (its name).</source>
        <translation>Uniquement ce cluster enregistré (son nom).</translation>
    </message>
    <message>
        <source>Only entries since: 24h, 7d, 90m, 2w or a date (default: all).</source>
        <translation>Uniquement les entrées depuis : 24h, 7d, 90m, 2w ou une date (par défaut : toutes).</translation>
    </message>
    <message>
        <source>text (default), csv or json.</source>
        <translation>text (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>unknown --format %1 (text, csv or json)</source>
        <translation>--format %1 inconnu (text, csv ou json)</translation>
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
Exemples :
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
Exemples :
  clusterdesk cluster edit Prod --password-file /etc/clusterdesk/prod.pw
  clusterdesk cluster edit Prod --password-command &quot;secret-tool lookup clusterdesk prod&quot;
  CLUSTERDESK_PASSWORD=secret clusterdesk cluster edit Prod --keychain
  clusterdesk cluster edit Prod --environment production --read-only
  clusterdesk cluster edit Lab --environment lab --environment-colour &quot;#7b1fa2&quot; --group &quot;&quot;
</translation>
    </message>
    <message>
        <source>Shows a saved cluster: address, environment, writes, group.</source>
        <translation>Affiche un cluster enregistré : adresse, environnement, écritures, groupe.</translation>
    </message>
    <message>
        <source>
Examples:
  clusterdesk cluster show Prod
  clusterdesk cluster show Prod --json
</source>
        <translation>
Exemples :
  clusterdesk cluster show Prod
  clusterdesk cluster show Prod --json
</translation>
    </message>
    <message>
        <source>cluster show needs exactly one name</source>
        <translation>cluster show requiert exactement un nom</translation>
    </message>
    <message>
        <source>Saved clusters: add, edit, list, show or remove them.</source>
        <translation>Clusters enregistrés : les ajouter, modifier, lister, afficher ou retirer.</translation>
    </message>
    <message>
        <source>add, edit, list, show or remove.</source>
        <translation>add, edit, list, show ou remove.</translation>
    </message>
    <message>
        <source>cluster needs an action: add, edit, list or remove (show prints one)</source>
        <translation>cluster requiert une action : add, edit, list ou remove (show en affiche un)</translation>
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
        <translation>Commandes :
  status           Une interrogation d&apos;un cluster : tableau des nœuds et constats.
  cluster add      Enregistrer un cluster (son mot de passe : trousseau du
                   système, fichier ou commande de mot de passe).
  cluster edit     Modifier la source du mot de passe, l&apos;environnement, le mode
                   lecture seule ou le groupe d&apos;un cluster enregistré.
  cluster list     Lister les clusters enregistrés.
  cluster show     Afficher un cluster enregistré.
  cluster remove   Oublier un cluster enregistré et son mot de passe.
  report           Écrire un rapport de cluster ou de parc (html, pdf, csv, json).
  resources        Comparer, exporter ou copier des définitions de ressources
                   entre clusters (diff, export, apply).
  node             Drainer un nœud, le mettre en maintenance ou le rendre prêt
                   au niveau du répartiteur de charge (page de statistiques de HAProxy).
  history          Les modifications de configuration d&apos;un cluster, avec ce que
                   chacune a changé, filtrées, en tableau, CSV ou JSON.
  exporter         Servir l&apos;état des clusters enregistrés à Prometheus (/metrics).
  activity         Lister ce que cette console a envoyé aux clusters (écritures,
                   actions sur les nœuds) avec leurs résultats.

Exemples :
  clusterdesk                      Ouvrir la fenêtre.
  clusterdesk status --cluster Prod
  clusterdesk report --all --output fleet.pdf
  clusterdesk resources diff --cluster Prod --cluster Test
  clusterdesk history --cluster Prod --since 2026-12-01
  clusterdesk exporter --all
  clusterdesk activity --cluster Prod --since 7d

Exécutez clusterdesk &lt;command&gt; --help pour les options et les exemples de la commande.
Sans argument, clusterdesk ouvre sa fenêtre.
</translation>
    </message>
    <message>
        <source>status, cluster, report, resources, node, history, exporter or activity.</source>
        <translation>status, cluster, report, resources, node, history, exporter ou activity.</translation>
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
Formats : html (un fichier autonome), pdf (paginé), json (schéma 1,
voir docs/report-schema.json), csv (trois fichiers : si --output est un
répertoire, nodes.csv, resources.csv et activity.csv dans celui-ci ; sinon
PATH-nodes.csv, PATH-resources.csv et PATH-activity.csv, sans le .csv final
de PATH). Sans --format, l&apos;extension de la sortie décide, à défaut
html. Chaque format inclut l&apos;activité de la console elle-même sur le cluster
pendant la période (clusterdesk activity).
Codes de sortie : 0 complet, 1 partiel (un cluster ou une partie d&apos;un cluster n&apos;a pas pu
être lu ; le rapport l&apos;indique), 2 échec (rien n&apos;est écrit), 64 erreur d&apos;utilisation.

Exemples :
  clusterdesk report --cluster Prod --output prod.html
  clusterdesk report --all --format pdf --paper letter --output fleet.pdf
  clusterdesk report --cluster Prod --since 7d --format csv --output reports/
  CLUSTERDESK_PASSWORD=secret clusterdesk report --url https://lb.example:8443 --user admin --output prod.json
</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>impossible d&apos;ouvrir le stockage local : %1</translation>
    </message>
    <message>
        <source>cannot read the activity log: %1</source>
        <translation>impossible de lire le journal d&apos;activité : %1</translation>
    </message>
    <message>
        <source>No activity in the period.
</source>
        <translation>Aucune activité sur la période.
</translation>
    </message>
    <message>
        <source>Changes where a saved cluster&apos;s password comes from, its environment, read-only switch, group, node URLs or Spectrum token kind.</source>
        <translation>Modifie la provenance du mot de passe d’un cluster enregistré, son environnement, sa lecture seule, son groupe, les URL de ses nœuds ou le type de jeton Spectrum.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Clusters</source>
        <translation>Comparer des clusters</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Clusters:</source>
        <translation>Clusters :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Copy from:</source>
        <translation>Copier depuis :</translation>
    </message>
    <message>
        <source>Copy selected to the other clusters…</source>
        <translation>Copier la sélection vers les autres clusters…</translation>
    </message>
    <message>
        <source>Export definitions…</source>
        <translation>Exporter les définitions…</translation>
    </message>
    <message>
        <source>Import definitions…</source>
        <translation>Importer des définitions…</translation>
    </message>
    <message>
        <source>Tick two or more clusters and press Compare.</source>
        <translation>Cochez deux clusters ou plus et appuyez sur Comparer.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n cluster(s)…</source>
        <translation>
            <numerusform>Lecture de %n cluster…</numerusform>
            <numerusform>Lecture de %n clusters…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 does not compare secrets for this account: where secrets are set everywhere, whether they are equal cannot be told.</source>
        <translation>%1 ne compare pas les secrets pour ce compte : là où les secrets sont définis partout, impossible de dire s&apos;ils sont identiques.</translation>
    </message>
    <message>
        <source>%1 resources: %2 identical, %3 differ, %4 not on every cluster.</source>
        <translation>%1 ressources : %2 identiques, %3 différentes, %4 absentes d&apos;au moins un cluster.</translation>
    </message>
    <message>
        <source>Compare including the cluster to copy from first.</source>
        <translation>Comparez d&apos;abord en incluant le cluster source.</translation>
    </message>
    <message>
        <source>None of the selected resources exists on %1.</source>
        <translation>Aucune des ressources sélectionnées n&apos;existe sur %1.</translation>
    </message>
    <message>
        <source>Tick the clusters to copy to.</source>
        <translation>Cochez les clusters de destination.</translation>
    </message>
    <message>
        <source>Export resource definitions</source>
        <translation>Exporter les définitions de ressources</translation>
    </message>
    <message>
        <source>Definitions (*.json)</source>
        <translation>Définitions (*.json)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Import resource definitions</source>
        <translation>Importer des définitions de ressources</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Importation impossible : %1</translation>
    </message>
    <message>
        <source>the file (%1)</source>
        <translation>le fichier (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Clusters read: %v of %m</source>
        <translation>Clusters lus : %v sur %m</translation>
    </message>
    <message>
        <source>Comparison cancelled: nothing was compared or changed.</source>
        <translation>Comparaison annulée : rien n&apos;a été comparé ni modifié.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(set)</source>
        <translation>(défini)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Les leurs</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>les vôtres</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>les leurs</translation>
    </message>
    <message>
        <source>Conflicting change to %1</source>
        <translation>Modification concurrente de %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Base (you started from)</source>
        <translation>Base (votre point de départ)</translation>
    </message>
    <message>
        <source>Theirs (now on the cluster)</source>
        <translation>Les leurs (sur le cluster)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Someone deleted &quot;%1&quot; while you were editing it. Rebase creates it again with your version; Reload discards your changes.</source>
        <translation>Quelqu&apos;un a supprimé « %1 » pendant que vous le modifiiez. Rebaser le recrée avec votre version ; Recharger abandonne vos modifications.</translation>
    </message>
    <message numerus="yes">
        <source>Someone changed &quot;%1&quot; while you were editing it. Your changes are kept in the draft. %n field(s) were changed on both sides: choose which value to keep, then Rebase to put your changes on top of theirs, or Reload to discard yours.</source>
        <translation>
            <numerusform>Quelqu&apos;un a modifié « %1 » pendant que vous le modifiiez. Vos modifications sont conservées dans le brouillon. %n champ a été modifié des deux côtés : choisissez la valeur à garder, puis Rebaser pour appliquer vos modifications par-dessus les leurs, ou Recharger pour abandonner les vôtres.</numerusform>
            <numerusform>Quelqu&apos;un a modifié « %1 » pendant que vous le modifiiez. Vos modifications sont conservées dans le brouillon. %n champs ont été modifiés des deux côtés : choisissez les valeurs à garder, puis Rebaser pour appliquer vos modifications par-dessus les leurs, ou Recharger pour abandonner les vôtres.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rebase my changes</source>
        <translation>&amp;Rebaser mes modifications</translation>
    </message>
    <message>
        <source>Re&amp;load theirs</source>
        <translation>Re&amp;charger les leurs</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation>%1 (secret)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot &amp;de passe :</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>The system keychain is not available: the password is kept for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation>Ajouter un cluster</translation>
    </message>
    <message>
        <source>Edit Cluster</source>
        <translation>Modifier le cluster</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Load balancer &amp;URL:</source>
        <translation>&amp;URL du répartiteur de charge :</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>https://lb.example.com:8443</source>
        <translation>https://lb.example.com:8443</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat &amp;CA :</translation>
    </message>
    <message>
        <source>A certificate stored in the profile</source>
        <translation>Un certificat enregistré dans le profil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Optional: the server certificate&apos;s fingerprint</source>
        <translation>Facultatif : l&apos;empreinte du certificat du serveur</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>HAProxy &amp;stats URL:</source>
        <translation>URL des &amp;statistiques HAProxy :</translation>
    </message>
    <message>
        <source>Optional: http://lb.example.com:8404/stats</source>
        <translation>Facultatif : http://lb.example.com:8404/stats</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock &amp;warning at:</source>
        <translation>&amp;Avertissement horloge à :</translation>
    </message>
    <message>
        <source>Clock c&amp;ritical at:</source>
        <translation>Horloge c&amp;ritique à :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Utilisat&amp;eur :</translation>
    </message>
    <message>
        <source>Pinned S&amp;HA-256:</source>
        <translation>S&amp;HA-256 épinglé :</translation>
    </message>
    <message>
        <source>Po&amp;ll every:</source>
        <translation>&amp;Interroger toutes les :</translation>
    </message>
    <message>
        <source>Trusted despite verification errors: %1</source>
        <translation>Approuvé malgré des erreurs de vérification : %1</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Optional: a PEM file</source>
        <translation>Facultatif : un fichier PEM</translation>
    </message>
    <message>
        <source>A CA to trust for this cluster, in addition to the system&apos;s CAs</source>
        <translation>Une autorité de certification à approuver pour ce cluster, en plus de celles du système</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Stalled after</source>
        <translation>Bloqué après</translation>
    </message>
    <message>
        <source>Position in the cluster list</source>
        <translation>Position dans la liste des clusters</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Stats adm&amp;in user:</source>
        <translation>Utilisateur admin des statistiques HAPro&amp;xy :</translation>
    </message>
    <message>
        <source>Optional: for drain, maintenance and ready (its password is asked at first use)</source>
        <translation>Facultatif : pour les actions Drainage, Maintenance et Prêt (son mot de passe est demandé à la première utilisation)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Checks the address, the sign-in and the certificate.</source>
        <translation>Vérifie l&apos;adresse, l&apos;authentification et le certificat.</translation>
    </message>
    <message>
        <source>The cluster&apos;s TLS certificate is not trusted. Compare its SHA-256 fingerprint with the one the cluster&apos;s administrator gives you before trusting it.</source>
        <translation>Le certificat TLS du cluster n&apos;est pas approuvé. Comparez son empreinte SHA-256 avec celle que vous fournit l&apos;administrateur du cluster avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Trust this certificate for this cluster</source>
        <translation>Approuver ce certificat pour ce cluster</translation>
    </message>
    <message numerus="yes">
        <source>Connected to cluster &quot;%1&quot; with %n node(s).</source>
        <translation>
            <numerusform>Connecté au cluster « %1 » avec %n nœud.</numerusform>
            <numerusform>Connecté au cluster « %1 » avec %n nœuds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2): can change the configuration.</source>
        <translation>Connecté en tant que %1 (%2) : peut modifier la configuration.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2): read-only.</source>
        <translation>Connecté en tant que %1 (%2) : lecture seule.</translation>
    </message>
    <message>
        <source>Connected: this is a plain Spectrum cluster, without Clusterdesk&apos;s management API.</source>
        <translation>Connecté : il s&apos;agit d&apos;un cluster Spectrum simple, sans l&apos;API de gestion de Clusterdesk.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>the answer is not a Clusterdesk cluster description</source>
        <translation>la réponse n&apos;est pas une description de cluster Clusterdesk</translation>
    </message>
    <message>
        <source>not stored: this system has no keychain</source>
        <translation>non stocké : ce système n&apos;a pas de trousseau</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non stocké</translation>
    </message>
    <message>
        <source>neither the Clusterdesk management API nor Spectrum&apos;s token service or service catalogues answered at this address</source>
        <translation>ni l&apos;API de gestion Clusterdesk, ni le service de jetons ou les catalogues de services de Spectrum n&apos;ont répondu à cette adresse</translation>
    </message>
    <message>
        <source>There is no such cluster any more.</source>
        <translation>Ce cluster n&apos;existe plus.</translation>
    </message>
    <message>
        <source>the cluster refused the token (HTTP 401)</source>
        <translation>le cluster a refusé le jeton (HTTP 401)</translation>
    </message>
    <message>
        <source>the cluster refused the password (HTTP 401)</source>
        <translation>le cluster a refusé le mot de passe (HTTP 401)</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>no password stored for %1; use --password-file &lt;file&gt;, or save where to find it with clusterdesk cluster edit %1 --password-file &lt;file&gt; or --password-command &lt;command&gt;, or provide the systemd credential $CREDENTIALS_DIRECTORY/%1</source>
        <translation>aucun mot de passe enregistré pour %1 ; utilisez --password-file &lt;file&gt;, ou enregistrez où le trouver avec clusterdesk cluster edit %1 --password-file &lt;file&gt; ou --password-command &lt;command&gt;, ou fournissez l&apos;identifiant systemd $CREDENTIALS_DIRECTORY/%1</translation>
    </message>
    <message>
        <source>the keychain could not give the password of %1: %2</source>
        <translation>le trousseau n&apos;a pas pu donner le mot de passe de %1 : %2</translation>
    </message>
    <message>
        <source>the password command of %1 is empty; set one with clusterdesk cluster edit %1 --password-command &lt;command&gt;</source>
        <translation>la commande de mot de passe de %1 est vide ; définissez-en une avec clusterdesk cluster edit %1 --password-command &lt;command&gt;</translation>
    </message>
    <message>
        <source>cannot run the password command of %1 (%2): %3; check clusterdesk cluster edit %1 --password-command &lt;command&gt;</source>
        <translation>impossible d&apos;exécuter la commande de mot de passe de %1 (%2) : %3 ; vérifiez clusterdesk cluster edit %1 --password-command &lt;command&gt;</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) printed more than %3 bytes; it must print the password only</source>
        <translation>la commande de mot de passe de %1 (%2) a écrit plus de %3 octets ; elle ne doit écrire que le mot de passe</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) crashed</source>
        <translation>la commande de mot de passe de %1 (%2) a planté</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) failed with exit code %3</source>
        <translation>la commande de mot de passe de %1 (%2) a échoué avec le code de sortie %3</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) failed with exit code %3: %4</source>
        <translation>la commande de mot de passe de %1 (%2) a échoué avec le code de sortie %3 : %4</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) printed no password; it must print the password on its first line</source>
        <translation>la commande de mot de passe de %1 (%2) n&apos;a écrit aucun mot de passe ; elle doit l&apos;écrire sur sa première ligne</translation>
    </message>
    <message>
        <source>the password command of %1 (%2) did not finish within %3 s and was stopped; it must not wait for input</source>
        <translation>la commande de mot de passe de %1 (%2) n&apos;a pas fini en %3 s et a été arrêtée ; elle ne doit pas attendre d&apos;entrée</translation>
    </message>
    <message>
        <source>cannot read the systemd credential %1: %2; give the service LoadCredential=%3:&lt;file&gt; or remove it from $CREDENTIALS_DIRECTORY</source>
        <translation>impossible de lire l&apos;identifiant systemd %1 : %2 ; donnez au service LoadCredential=%3:&lt;file&gt; ou retirez-le de $CREDENTIALS_DIRECTORY</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the systemd credential %1 is larger than %2 bytes; it should hold the password only</source>
        <translation>l&apos;identifiant systemd %1 dépasse %2 octets ; il ne doit contenir que le mot de passe</translation>
    </message>
    <message>
        <source>the systemd credential %1 is empty; put the password of %2 in it</source>
        <translation>l&apos;identifiant systemd %1 est vide ; mettez-y le mot de passe de %2</translation>
    </message>
    <message>
        <source>the password file %1 of %2 does not exist; create it with the password and chmod 600 %1, or change it with clusterdesk cluster edit %2 --password-file &lt;file&gt;</source>
        <translation>le fichier de mot de passe %1 de %2 n&apos;existe pas ; créez-le avec le mot de passe et chmod 600 %1, ou changez-le avec clusterdesk cluster edit %2 --password-file &lt;file&gt;</translation>
    </message>
    <message>
        <source>the password file %1 of %2 is a directory; give a file with clusterdesk cluster edit %2 --password-file &lt;file&gt;</source>
        <translation>le fichier de mot de passe %1 de %2 est un dossier ; indiquez un fichier avec clusterdesk cluster edit %2 --password-file &lt;file&gt;</translation>
    </message>
    <message>
        <source>the password file %1 of %2 can be read or changed by other users; run chmod 600 %1</source>
        <translation>le fichier de mot de passe %1 de %2 peut être lu ou modifié par d&apos;autres utilisateurs ; exécutez chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read the password file %1 of %2: %3</source>
        <translation>impossible de lire le fichier de mot de passe %1 de %2 : %3</translation>
    </message>
    <message>
        <source>the password file %1 of %2 is larger than %3 bytes; it should hold the password only</source>
        <translation>le fichier de mot de passe %1 de %2 dépasse %3 octets ; il ne doit contenir que le mot de passe</translation>
    </message>
    <message>
        <source>the password file %1 of %2 is empty; put the password in it</source>
        <translation>le fichier de mot de passe %1 de %2 est vide ; mettez-y le mot de passe</translation>
    </message>
</context>
<context>
    <name>CrossClusterController</name>
    <message>
        <source>Export Resource Definitions</source>
        <translation>Exporter les définitions de ressources</translation>
    </message>
    <message>
        <source>Definitions (*.json)</source>
        <translation>Définitions (*.json)</translation>
    </message>
    <message>
        <source>Import Resource Definitions</source>
        <translation>Importer des définitions de ressources</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>the file (%1)</source>
        <translation>le fichier (%1)</translation>
    </message>
</context>
<context>
    <name>DateHeaderClock</name>
    <message>
        <source>the Date header is missing or empty</source>
        <translation>l&apos;en-tête Date est absent ou vide</translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; uses the obsolete RFC 850 form, not an RFC 7231 IMF-fixdate</source>
        <translation>l&apos;en-tête Date « %1 » utilise la forme obsolète RFC 850, et non une IMF-fixdate RFC 7231</translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; uses the obsolete asctime form, not an RFC 7231 IMF-fixdate</source>
        <translation>l&apos;en-tête Date « %1 » utilise la forme obsolète asctime, et non une IMF-fixdate RFC 7231</translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; is not an RFC 7231 IMF-fixdate such as &quot;Sun, 06 Nov 1994 08:49:37 GMT&quot;</source>
        <translation>l&apos;en-tête Date « %1 » n&apos;est pas une IMF-fixdate RFC 7231 telle que « Sun, 06 Nov 1994 08:49:37 GMT »</translation>
    </message>
</context>
<context>
    <name>DefinitionsExporter</name>
    <message>
        <source>the cluster is gone</source>
        <translation>le cluster n&apos;existe plus</translation>
    </message>
    <message>
        <source>The definitions could not be read: %1</source>
        <translation>Impossible de lire les définitions : %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n definition(s) to %1.</source>
        <translation>
            <numerusform>%n définition exportée vers %1.</numerusform>
            <numerusform>%n définitions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets were left out; they need a value on import: %1.</source>
        <translation>Les secrets ont été omis ; ils devront recevoir une valeur à l&apos;importation : %1.</translation>
    </message>
</context>
<context>
    <name>DefinitionsFile</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>secrets are not kept in definition files; list the field under secretsNeeded</source>
        <translation>les secrets ne sont pas conservés dans les fichiers de définitions ; indiquez le champ dans secretsNeeded</translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation>doit être un tableau de noms de champs</translation>
    </message>
    <message>
        <source>not a secret field of %1</source>
        <translation>pas un champ secret de %1</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>format: not a Clusterdesk definitions file (expected &quot;%1&quot;)</source>
        <translation>format : pas un fichier de définitions Clusterdesk (« %1 » attendu)</translation>
    </message>
    <message>
        <source>version: must be a whole number</source>
        <translation>version : doit être un nombre entier</translation>
    </message>
    <message>
        <source>version: %1 is not supported (this Clusterdesk reads version %2)</source>
        <translation>version : %1 n&apos;est pas prise en charge (ce Clusterdesk lit la version %2)</translation>
    </message>
    <message>
        <source>resources: must be an array</source>
        <translation>resources : doit être un tableau</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; appears twice</source>
        <translation>%1 : %2 « %3 » apparaît deux fois</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a definitions file</source>
        <translation>%1 est trop volumineux pour un fichier de définitions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>DemoClusterLauncher</name>
    <message>
        <source>The demo cluster wrote no cluster.json in %1.</source>
        <translation>Le cluster de démonstration n&apos;a écrit aucun cluster.json dans %1.</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s cluster.json is not valid JSON: %1</source>
        <translation>Le cluster.json du cluster de démonstration n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s cluster.json names no load balancer address.</source>
        <translation>Le cluster.json du cluster de démonstration n&apos;indique aucune adresse de répartiteur de charge.</translation>
    </message>
    <message>
        <source>A demo cluster is already starting.</source>
        <translation>Un cluster de démonstration est déjà en cours de démarrage.</translation>
    </message>
    <message>
        <source>The demo cluster needs scripts/cluster, clusterdesk-node and haproxy, and not all of them were found.</source>
        <translation>Le cluster de démonstration nécessite scripts/cluster, clusterdesk-node et haproxy, et ils n&apos;ont pas tous été trouvés.</translation>
    </message>
    <message>
        <source>No free ports on 127.0.0.1 for the demo cluster.</source>
        <translation>Aucun port libre sur 127.0.0.1 pour le cluster de démonstration.</translation>
    </message>
    <message>
        <source>Could not create a state directory for the demo cluster in %1.</source>
        <translation>Impossible de créer un répertoire d&apos;état pour le cluster de démonstration dans %1.</translation>
    </message>
    <message>
        <source>The demo cluster did not start: %1</source>
        <translation>Le cluster de démonstration n&apos;a pas démarré : %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>Read-only in Clusterdesk</source>
        <translation>Lecture seule dans Clusterdesk</translation>
    </message>
    <message>
        <source>%1 · read-only in Clusterdesk</source>
        <translation>%1 · lecture seule dans Clusterdesk</translation>
    </message>
</context>
<context>
    <name>EnvironmentSettingsGroup</name>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Other (name it)</source>
        <translation>Autre (à nommer)</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>En&amp;vironnement :</translation>
    </message>
    <message>
        <source>Environment n&amp;ame:</source>
        <translation>Nom de &amp;l&apos;environnement :</translation>
    </message>
    <message>
        <source>Label c&amp;olour:</source>
        <translation>Couleur de l&apos;éti&amp;quette :</translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation>Écritures :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>e.g. Lab</source>
        <translation>p. ex. Lab</translation>
    </message>
    <message>
        <source>P&amp;ick…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Read-onl&amp;y: refuse every write, whatever my role</source>
        <translation>Lecture seule : &amp;bloquer toute écriture, quel que soit mon rôle</translation>
    </message>
    <message>
        <source>No group (e.g. EMEA/Production)</source>
        <translation>Aucun groupe (p. ex. EMEA/Production)</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>This cluster</source>
        <translation>Ce cluster</translation>
    </message>
    <message>
        <source>All saved clusters (fleet report)</source>
        <translation>Tous les clusters enregistrés (rapport de parc)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un fichier autonome)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV (nodes and resources)</source>
        <translation>CSV (nœuds et ressources)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
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
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>14 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation>Ouvrir une fois terminé</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Preview shows the report here before you save it.</source>
        <translation>L&apos;aperçu affiche le rapport ici avant que vous l&apos;enregistriez.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Writes %1 and %2.</source>
        <translation>Écrit %1 et %2.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>La période doit se terminer après son début.</translation>
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
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Aperçu prêt.</translation>
    </message>
    <message>
        <source>Preview ready; some clusters or parts could not be read (the report says which).</source>
        <translation>Aperçu prêt ; certains clusters ou parties n&apos;ont pas pu être lus (le rapport indique lesquels).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Saved %1. Some clusters or parts could not be read; the report says which.</source>
        <translation>%1 enregistré. Certains clusters ou parties n&apos;ont pas pu être lus ; le rapport indique lesquels.</translation>
    </message>
    <message>
        <source>Reading 1 cluster…</source>
        <translation>Lecture d&apos;1 cluster…</translation>
    </message>
    <message>
        <source>Reading %1 clusters…</source>
        <translation>Lecture de %1 clusters…</translation>
    </message>
    <message>
        <source>Only %1 was saved; the rest was not: %2</source>
        <translation>Seul %1 a été enregistré, le reste ne l&apos;a pas été : %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>impossible d&apos;ouvrir le stockage local : %1</translation>
    </message>
    <message>
        <source>no saved cluster is named &quot;%1&quot; (see clusterdesk cluster list)</source>
        <translation>aucun cluster enregistré ne s&apos;appelle « %1 » (voir clusterdesk cluster list)</translation>
    </message>
    <message>
        <source>there are no saved clusters to export (add one with clusterdesk cluster add)</source>
        <translation>il n&apos;y a aucun cluster enregistré à exporter (ajoutez-en un avec clusterdesk cluster add)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; is not polled: no password: %2</source>
        <translation>le cluster « %1 » n&apos;est pas interrogé : pas de mot de passe : %2</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: %2</source>
        <translation>cluster « %1 » : %2</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: polled</source>
        <translation>cluster « %1 » : interrogé</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: unreachable (%2)</source>
        <translation>cluster « %1 » : injoignable (%2)</translation>
    </message>
    <message>
        <source>web config: %1: %2</source>
        <translation>configuration web : %1 : %2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (NoClientCert or RequireAndVerifyClientCert)</source>
        <translation>« %1 » n&apos;est pas pris en charge (NoClientCert ou RequireAndVerifyClientCert)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (TLS12 or TLS13)</source>
        <translation>« %1 » n&apos;est pas pris en charge (TLS12 ou TLS13)</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>table de correspondance attendue</translation>
    </message>
    <message>
        <source>unknown or unsupported field</source>
        <translation>champ inconnu ou non pris en charge</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>required by RequireAndVerifyClientCert</source>
        <translation>exigé par RequireAndVerifyClientCert</translation>
    </message>
    <message>
        <source>expected a mapping of user names to bcrypt hashes</source>
        <translation>table de noms d&apos;utilisateur vers des empreintes bcrypt attendue</translation>
    </message>
    <message>
        <source>a user name must be non-empty and without &apos;:&apos;</source>
        <translation>un nom d&apos;utilisateur doit être non vide et sans &apos;:&apos;</translation>
    </message>
    <message>
        <source>not a bcrypt hash ($2y$ or $2b$, 60 characters; make one with htpasswd -nBC 10 &quot;&quot; | tr -d &apos;:\n&apos;)</source>
        <translation>pas une empreinte bcrypt ($2y$ ou $2b$, 60 caractères ; créez-en une avec htpasswd -nBC 10 &quot;&quot; | tr -d &apos;:\n&apos;)</translation>
    </message>
    <message>
        <source>web config: cannot read %1: %2</source>
        <translation>configuration web : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>web config: %1 is larger than 1 MiB</source>
        <translation>configuration web : %1 dépasse 1 Mio</translation>
    </message>
    <message>
        <source>web config: not valid YAML (line %1, column %2): %3</source>
        <translation>configuration web : YAML invalide (ligne %1, colonne %2) : %3</translation>
    </message>
    <message>
        <source>web config: %1</source>
        <translation>configuration web : %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM RSA or EC private key</source>
        <translation>%1 ne contient aucune clé privée PEM RSA ou EC non chiffrée</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of the cluster median</source>
        <translation>L&apos;horloge de %1 avance de %2 ms sur la médiane du cluster</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind the cluster median</source>
        <translation>L&apos;horloge de %1 retarde de %2 ms sur la médiane du cluster</translation>
    </message>
    <message>
        <source>Check the time service (NTP) on %1.</source>
        <translation>Vérifiez le service de temps (NTP) sur %1.</translation>
    </message>
    <message>
        <source>%1 reports that its clock is not synchronized</source>
        <translation>%1 signale que son horloge n&apos;est pas synchronisée</translation>
    </message>
    <message>
        <source>Check that the time service (chrony, ntpd or systemd-timesyncd) runs on %1 and reaches its servers.</source>
        <translation>Vérifiez que le service de temps (chrony, ntpd ou systemd-timesyncd) tourne sur %1 et joint ses serveurs.</translation>
    </message>
    <message>
        <source>1 revision</source>
        <translation>1 révision</translation>
    </message>
    <message>
        <source>%1 revisions</source>
        <translation>%1 révisions</translation>
    </message>
    <message>
        <source>%1 has revision %2 like the primary but a different configuration (checksums differ)</source>
        <translation>%1 a la révision %2 comme le nœud primaire, mais une configuration différente (les sommes de contrôle diffèrent)</translation>
    </message>
    <message>
        <source>Stop changing the configuration, compare %1 with the primary and resynchronize %1 from the primary.</source>
        <translation>Cessez de modifier la configuration, comparez %1 avec le nœud primaire et resynchronisez %1 depuis le nœud primaire.</translation>
    </message>
    <message>
        <source>%1 is %2 behind the primary for %3 and no longer advances</source>
        <translation>%1 a %2 de retard sur le nœud primaire depuis %3 et ne progresse plus</translation>
    </message>
    <message>
        <source>Check replication on %1: its connection to the primary and its log.</source>
        <translation>Vérifiez la réplication sur %1 : sa connexion au nœud primaire et son journal.</translation>
    </message>
    <message>
        <source>%1 is %2 behind the primary for %3</source>
        <translation>%1 a %2 de retard sur le nœud primaire depuis %3</translation>
    </message>
    <message>
        <source>Check the load and the network of %1: replication is slow.</source>
        <translation>Vérifiez la charge et le réseau de %1 : la réplication est lente.</translation>
    </message>
    <message>
        <source>No action needed yet: %1 is catching up.</source>
        <translation>Aucune action nécessaire pour l&apos;instant : %1 rattrape son retard.</translation>
    </message>
    <message>
        <source>%1 cannot reach the primary</source>
        <translation>%1 ne peut pas joindre le nœud primaire</translation>
    </message>
    <message>
        <source>Check the network between %1 and the primary.</source>
        <translation>Vérifiez le réseau entre %1 et le nœud primaire.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 does not answer (%2 polls missed in a row)</source>
        <translation>%1 ne répond pas (%2 interrogations manquées d&apos;affilée)</translation>
    </message>
    <message>
        <source>Check that %1 runs and that this computer can reach it.</source>
        <translation>Vérifiez que %1 tourne et que cet ordinateur peut le joindre.</translation>
    </message>
    <message>
        <source>%1 is shutting down (draining)</source>
        <translation>%1 est en cours d&apos;arrêt (drainage)</translation>
    </message>
    <message>
        <source>%1 reports that it is degraded</source>
        <translation>%1 signale un état dégradé</translation>
    </message>
    <message>
        <source>Look at the log of %1; restart it if it does not recover.</source>
        <translation>Consultez le journal de %1 ; redémarrez-le s&apos;il ne se rétablit pas.</translation>
    </message>
    <message>
        <source>%1 missed the last poll</source>
        <translation>%1 a manqué la dernière interrogation</translation>
    </message>
    <message>
        <source>No action needed unless %1 misses the next poll too.</source>
        <translation>Aucune action nécessaire, sauf si %1 manque aussi la prochaine interrogation.</translation>
    </message>
    <message>
        <source>%1 runs server %2 while the others run %3</source>
        <translation>%1 exécute le serveur %2 alors que les autres exécutent %3</translation>
    </message>
    <message>
        <source>Bring %1 to server %2 like the other nodes.</source>
        <translation>Mettez %1 au serveur %2 comme les autres nœuds.</translation>
    </message>
    <message>
        <source>%1 uses configuration schema %2 while the others use %3</source>
        <translation>%1 utilise le schéma de configuration %2 alors que les autres utilisent %3</translation>
    </message>
    <message>
        <source>Do not change the configuration until %1 runs the same release as the others: it may misread it.</source>
        <translation>Ne modifiez pas la configuration tant que %1 n&apos;exécute pas la même version que les autres : il pourrait mal la lire.</translation>
    </message>
    <message>
        <source>The whole cluster is down and Clusterdesk never saw which node stopped last</source>
        <translation>Tout le cluster est arrêté et Clusterdesk n&apos;a jamais vu quel nœud s&apos;est arrêté en dernier</translation>
    </message>
    <message>
        <source>Find the node that stopped last in the nodes&apos; logs and start it first, then the others.</source>
        <translation>Trouvez dans les journaux des nœuds celui qui s&apos;est arrêté en dernier et démarrez-le en premier, puis les autres.</translation>
    </message>
    <message>
        <source>The whole cluster is down: start %1 first (it stopped last, at %2)</source>
        <translation>Tout le cluster est arrêté : démarrez d&apos;abord %1 (arrêté en dernier, à %2)</translation>
    </message>
    <message>
        <source>Start %1 first, wait until it is up, then start the other nodes.</source>
        <translation>Démarrez d&apos;abord %1, attendez qu&apos;il soit actif, puis démarrez les autres nœuds.</translation>
    </message>
    <message>
        <source>The license expired on %1</source>
        <translation>La licence a expiré le %1</translation>
    </message>
    <message>
        <source>Install a renewed license now.</source>
        <translation>Installez dès maintenant une licence renouvelée.</translation>
    </message>
    <message>
        <source>The license expires today</source>
        <translation>La licence expire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>The license expires tomorrow</source>
        <translation>La licence expire demain</translation>
    </message>
    <message>
        <source>The license expires in %1 days</source>
        <translation>La licence expire dans %1 jours</translation>
    </message>
    <message>
        <source>Renew the license before %1.</source>
        <translation>Renouvelez la licence avant le %1.</translation>
    </message>
    <message>
        <source>Clusterdesk cannot reach the cluster</source>
        <translation>Clusterdesk ne peut pas joindre le cluster</translation>
    </message>
    <message>
        <source>Clusterdesk cannot reach the cluster: %1</source>
        <translation>Clusterdesk ne peut pas joindre le cluster : %1</translation>
    </message>
    <message>
        <source>Check the cluster&apos;s address and the network between this computer and the load balancer.</source>
        <translation>Vérifiez l&apos;adresse du cluster et le réseau entre cet ordinateur et le répartiteur de charge.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics could not be read: %1</source>
        <translation>Les statistiques de HAProxy n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Check the statistics address in the cluster&apos;s settings.</source>
        <translation>Vérifiez l&apos;adresse des statistiques dans les paramètres du cluster.</translation>
    </message>
    <message>
        <source>%1 answers but HAProxy marks it DOWN%2: it gets no traffic</source>
        <translation>%1 répond mais HAProxy le marque DOWN%2 : il ne reçoit aucun trafic</translation>
    </message>
    <message>
        <source>Check HAProxy&apos;s health check of %1 (GET /healthz) and the network between HAProxy and %1.</source>
        <translation>Vérifiez le contrôle de santé de HAProxy pour %1 (GET /healthz) et le réseau entre HAProxy et %1.</translation>
    </message>
    <message>
        <source>HAProxy marks %1 UP but %1 does not answer this computer</source>
        <translation>HAProxy marque %1 UP mais %1 ne répond pas à cet ordinateur</translation>
    </message>
    <message>
        <source>Check the network between this computer and %1; if %1 is really down, check HAProxy&apos;s health check.</source>
        <translation>Vérifiez le réseau entre cet ordinateur et %1 ; si %1 est vraiment arrêté, vérifiez le contrôle de santé de HAProxy.</translation>
    </message>
    <message>
        <source>HAProxy holds %1 in maintenance (%2): it gets no traffic</source>
        <translation>HAProxy maintient %1 en maintenance (%2) : il ne reçoit aucun trafic</translation>
    </message>
    <message>
        <source>Put %1 back into service in HAProxy when the maintenance is over.</source>
        <translation>Remettez %1 en service dans HAProxy une fois la maintenance terminée.</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of the nodes whose clocks are synchronized</source>
        <translation>L&apos;horloge de %1 avance de %2 ms sur les nœuds dont l&apos;horloge est synchronisée</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind the nodes whose clocks are synchronized</source>
        <translation>L&apos;horloge de %1 retarde de %2 ms sur les nœuds dont l&apos;horloge est synchronisée</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of this computer&apos;s synchronized clock</source>
        <translation>L&apos;horloge de %1 avance de %2 ms sur l&apos;horloge synchronisée de cet ordinateur</translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind this computer&apos;s synchronized clock</source>
        <translation>L&apos;horloge de %1 retarde de %2 ms sur l&apos;horloge synchronisée de cet ordinateur</translation>
    </message>
    <message>
        <source>%1 and %2 disagree by %3 ms; cannot tell which is wrong</source>
        <translation>%1 et %2 divergent de %3 ms ; impossible de dire lequel a tort</translation>
    </message>
    <message>
        <source>Check the time service (NTP) on %1 and %2; once either reports a synchronized clock, Clusterdesk can tell which one is off.</source>
        <translation>Vérifiez le service de temps (NTP) sur %1 et %2 ; dès que l&apos;un d&apos;eux signale une horloge synchronisée, Clusterdesk peut dire lequel est décalé.</translation>
    </message>
    <message>
        <source>±%1 ms network bound; %2 ms ahead of this computer</source>
        <translation>borne réseau ±%1 ms ; %2 ms d&apos;avance sur cet ordinateur</translation>
    </message>
    <message>
        <source>±%1 ms network bound; %2 ms behind this computer</source>
        <translation>borne réseau ±%1 ms ; %2 ms de retard sur cet ordinateur</translation>
    </message>
    <message>
        <source>Replication to %1 is paused; it is %2 behind the primary and will not catch up until it resumes</source>
        <translation>La réplication vers %1 est suspendue ; il a %2 de retard sur le nœud primaire et ne rattrapera pas ce retard avant la reprise</translation>
    </message>
    <message>
        <source>Replication to %1 is paused: it will not receive new changes until it resumes</source>
        <translation>La réplication vers %1 est suspendue : il ne recevra pas de nouvelles modifications avant la reprise</translation>
    </message>
    <message>
        <source>Resume replication on %1, or find out who paused it.</source>
        <translation>Reprenez la réplication sur %1, ou découvrez qui l&apos;a suspendue.</translation>
    </message>
    <message>
        <source>primary revision %1 is behind replicas at %2: the primary may have lost its data; do not write</source>
        <translation>la révision %1 du nœud primaire est en retard sur les répliques, à %2 : le nœud primaire a peut-être perdu ses données ; n&apos;écrivez pas</translation>
    </message>
    <message>
        <source>%1 refuses writes: it is behind its replicas (%2); do not write</source>
        <translation>%1 refuse les écritures : il est en retard sur ses répliques (%2) ; n&apos;écrivez pas</translation>
    </message>
    <message>
        <source>Do not change the configuration. Restore %1&apos;s data from the replica with the highest revision (%2) before writing again.</source>
        <translation>Ne modifiez pas la configuration. Restaurez les données de %1 depuis la réplique ayant la révision la plus élevée (%2) avant d&apos;écrire à nouveau.</translation>
    </message>
    <message>
        <source>%1 has another configuration history than the primary: %2</source>
        <translation>%1 a un autre historique de configuration que le nœud primaire : %2</translation>
    </message>
    <message>
        <source>%1 has another configuration history than the primary: its revisions are not the primary&apos;s</source>
        <translation>%1 a un autre historique de configuration que le nœud primaire : ses révisions ne sont pas celles du nœud primaire</translation>
    </message>
    <message>
        <source>Do not write; decide which history is right and resynchronize %1 from it.</source>
        <translation>N&apos;écrivez pas ; déterminez quel historique est le bon et resynchronisez %1 à partir de celui-ci.</translation>
    </message>
    <message>
        <source>%1 is slow: it answered after %2 ms</source>
        <translation>%1 est lent : il a répondu après %2 ms</translation>
    </message>
    <message>
        <source>%1 is slow: %2 (it answered after %3 ms)</source>
        <translation>%1 est lent : %2 (il a répondu après %3 ms)</translation>
    </message>
    <message>
        <source>Look at the load and the log of %1; the other nodes are judged normally.</source>
        <translation>Consultez la charge et le journal de %1 ; les autres nœuds sont évalués normalement.</translation>
    </message>
    <message>
        <source>%1 answers slowly: %2 ms, more than %3 times the other nodes&apos; median of %4 ms</source>
        <translation>%1 répond lentement : %2 ms, plus de %3 fois la médiane des autres nœuds (%4 ms)</translation>
    </message>
    <message>
        <source>Look at the load and the log of %1 before it misses its deadline.</source>
        <translation>Consultez la charge et le journal de %1 avant qu&apos;il ne dépasse son délai.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Use an account that may read the cluster.</source>
        <translation>Utilisez un compte autorisé à lire le cluster.</translation>
    </message>
    <message>
        <source>Check the user name and the password or token in the cluster&apos;s settings.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe ou le jeton dans les paramètres du cluster.</translation>
    </message>
    <message>
        <source>Clusterdesk cannot connect to the load balancer: %1</source>
        <translation>Clusterdesk ne peut pas se connecter au répartiteur de charge : %1</translation>
    </message>
    <message>
        <source>%1 lists %2 of the %3 known members: it does not know %4</source>
        <translation>%1 indique %2 des %3 membres connus : il ne connaît pas %4</translation>
    </message>
    <message>
        <source>Give %1 the full peer list (restart it with every member) so that it replicates and reports like the others.</source>
        <translation>Donnez à %1 la liste complète des pairs (redémarrez-le avec tous les membres) pour qu&apos;il réplique et rende compte comme les autres.</translation>
    </message>
    <message>
        <source>Give %1 the full peer list; %2 is in the load balancer but no node lists it.</source>
        <translation>Donnez à %1 la liste complète des pairs ; %2 est dans le répartiteur de charge, mais aucun nœud ne l&apos;indique.</translation>
    </message>
    <message>
        <source>Clocks are judged against trusted references first: nodes whose kernel reports synchronized time with a maximum error within the warning limit, and this computer&apos;s clock when its kernel reports the same. Without a trusted reference, three or more nodes are compared with their median; two nodes that disagree are reported as a pair and neither is blamed. ± is the bound of the measurement only: half the round trip of the best of the node&apos;s last %1 samples plus %2 ppm of that sample&apos;s age; the node&apos;s own NTP error is shown beside it.</source>
        <translation>Les horloges sont d&apos;abord évaluées par rapport à des références fiables : les nœuds dont le noyau signale une heure synchronisée avec une erreur maximale ne dépassant pas le seuil d&apos;avertissement, et l&apos;horloge de cet ordinateur lorsque son noyau signale la même chose. Sans référence fiable, trois nœuds ou plus sont comparés à leur médiane ; deux nœuds en désaccord sont signalés comme une paire et aucun n&apos;est mis en cause. ± n&apos;est que la borne de la mesure : la moitié de l&apos;aller-retour du meilleur des %1 derniers échantillons du nœud plus %2 ppm de l&apos;âge de cet échantillon ; l&apos;erreur NTP propre au nœud est affichée à côté.</translation>
    </message>
    <message>
        <source>Node %1 does not expose the %2 service %3 (exposed by %4): its configuration is not synchronised.</source>
        <translation>Le nœud %1 n&apos;expose pas le service %2 %3 (exposé par %4) : sa configuration n&apos;est pas synchronisée.</translation>
    </message>
    <message>
        <source>Check the node&apos;s configuration database synchronisation (its log), then restart the node so it catches up with the cluster.</source>
        <translation>Vérifiez la synchronisation de la base de données de configuration du nœud (son journal), puis redémarrez le nœud pour qu&apos;il rattrape le cluster.</translation>
    </message>
    <message>
        <source>Compare the service&apos;s definition on these nodes; the configuration database is not synchronised.</source>
        <translation>Comparez la définition du service sur ces nœuds ; la base de données de configuration n&apos;est pas synchronisée.</translation>
    </message>
    <message>
        <source>The %1 service %2 is described differently on %3.</source>
        <translation>Le service %1 %2 est décrit différemment sur %3.</translation>
    </message>
    <message>
        <source>Node %1 describes the %2 service %3 differently from the other nodes.</source>
        <translation>Le nœud %1 décrit le service %2 %3 différemment des autres nœuds.</translation>
    </message>
    <message>
        <source>%1 does not answer and HAProxy marks it DOWN%2</source>
        <translation>%1 ne répond pas et HAProxy le marque DOWN%2</translation>
    </message>
    <message>
        <source>Start %1 again, or find out why it stopped (its log, the machine, the network).</source>
        <translation>Redémarrez %1, ou cherchez pourquoi il s&apos;est arrêté (son journal, la machine, le réseau).</translation>
    </message>
    <message>
        <source>HAProxy drains %1 (%2): it gets no new connections</source>
        <translation>HAProxy draine %1 (%2) : il ne reçoit plus de nouvelles connexions</translation>
    </message>
</context>
<context>
    <name>FleetSummary</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>Nœuds actifs</translation>
    </message>
    <message>
        <source>Worst offset</source>
        <translation>Pire décalage</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>pas encore interrogé</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
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
            <numerusform>%n divergent</numerusform>
            <numerusform>%n divergents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>all in sync</source>
        <translation>tous synchronisés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 (stored)</source>
        <translation>%1 (enregistré)</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 nodes up</source>
        <translation>%1/%2 nœuds actifs</translation>
    </message>
    <message>
        <source>worst offset %1 ms</source>
        <translation>pire décalage %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>services agree</source>
        <translation>services identiques</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) differ</source>
        <translation>
            <numerusform>%n service diffère</numerusform>
            <numerusform>%n services diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <source>This cluster publishes no configuration revision: each node&apos;s REST and SOAP service catalogue is compared instead.</source>
        <translation>Ce cluster ne publie aucune révision de configuration : le catalogue de services REST et SOAP de chaque nœud est comparé à la place.</translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation>Double-cliquez pour ouvrir %1</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Refresh all</source>
        <translation>Tout actualiser</translation>
    </message>
    <message>
        <source>All saved clusters, worst first. Double-click a cluster to open it.</source>
        <translation>Tous les clusters enregistrés, les plus graves d&apos;abord. Double-cliquez sur un cluster pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Filter by name or state (Ctrl+F)</source>
        <translation>Filtrer par nom ou état (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>Filtrer les clusters</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All clusters: %1</source>
        <translation>Tous les clusters : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>HaproxyAdmin</name>
    <message>
        <source>HAProxy&apos;s statistics cannot be read: %1</source>
        <translation>Les statistiques de HAProxy ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>HAProxy lists no server named %1</source>
        <translation>HAProxy ne liste aucun serveur nommé %1</translation>
    </message>
    <message>
        <source>%1 is the last node serving requests: nothing was sent</source>
        <translation>%1 est le dernier nœud à servir des requêtes : rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>HAProxy refused the stats user %1: check the user name and password of the statistics page</source>
        <translation>HAProxy a refusé l&apos;utilisateur des statistiques %1 : vérifiez le nom d&apos;utilisateur et le mot de passe de la page de statistiques</translation>
    </message>
    <message>
        <source>HAProxy denied the action: its statistics page grants no admin rights to %1 (&quot;stats admin&quot; is off)</source>
        <translation>HAProxy a refusé l&apos;action : sa page de statistiques n&apos;accorde aucun droit d&apos;administration à %1 (« stats admin » est désactivé)</translation>
    </message>
    <message>
        <source>HAProxy rejected the request for %1 (answer %2)</source>
        <translation>HAProxy a rejeté la requête pour %1 (réponse %2)</translation>
    </message>
    <message>
        <source>the action on %1 was sent but HAProxy&apos;s statistics cannot be read back: its outcome is unknown</source>
        <translation>l&apos;action sur %1 a été envoyée, mais les statistiques de HAProxy ne peuvent pas être relues : son résultat est inconnu</translation>
    </message>
    <message>
        <source>HAProxy shows %1 as %2</source>
        <translation>HAProxy affiche %1 à l&apos;état %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s answer was lost and it shows %1 as %2: the action&apos;s outcome is unknown</source>
        <translation>la réponse de HAProxy a été perdue et il affiche %1 à l&apos;état %2 : le résultat de l&apos;action est inconnu</translation>
    </message>
    <message>
        <source>HAProxy applied the action only in part; it shows %1 as %2</source>
        <translation>HAProxy n&apos;a appliqué l&apos;action qu&apos;en partie ; il affiche %1 à l&apos;état %2</translation>
    </message>
    <message>
        <source>HAProxy changed nothing; it shows %1 as %2</source>
        <translation>HAProxy n&apos;a rien changé ; il affiche %1 à l&apos;état %2</translation>
    </message>
    <message>
        <source>HAProxy accepted the action but shows %1 as %2</source>
        <translation>HAProxy a accepté l&apos;action mais affiche %1 à l&apos;état %2</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page does not answer: %1</source>
        <translation>La page de statistiques de HAProxy ne répond pas : %1</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Clusterdesk User Guide</source>
        <translation>Guide de l&apos;utilisateur de Clusterdesk</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>no answer from %1 within %2 s
</source>
        <translation>aucune réponse de %1 en %2 s
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1 : %2
</translation>
    </message>
    <message>
        <source>No change matches.
</source>
        <translation>Aucune modification ne correspond.
</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>RÉVISION</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HEURE (UTC)</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>MODIFICATION</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>RESSOURCE</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>CHAMPS</translation>
    </message>
</context>
<context>
    <name>HistoryCommandLine</name>
    <message>
        <source>see clusterdesk history --help</source>
        <translation>voir clusterdesk history --help</translation>
    </message>
    <message>
        <source>The saved cluster whose log to read.</source>
        <translation>Le cluster enregistré dont le journal est à lire.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Only changes of this resource (or of every resource of this type).</source>
        <translation>Uniquement les modifications de cette ressource (ou de toutes les ressources de ce type).</translation>
    </message>
    <message>
        <source>Only changes made by &lt;user&gt;.</source>
        <translation>Uniquement les modifications faites par &lt;user&gt;.</translation>
    </message>
    <message>
        <source>Only changes at or before &lt;time&gt;.</source>
        <translation>Uniquement les modifications jusqu&apos;à &lt;time&gt; inclus.</translation>
    </message>
    <message>
        <source>text (the default), csv or json.</source>
        <translation>text (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>--resource: %1</source>
        <translation>--resource : %1</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time, such as 2026-12-01 or 2026-12-01T08:00:00Z: %2</source>
        <translation>--%1 attend une date ou une heure ISO 8601, comme 2026-12-01 ou 2026-12-01T08:00:00Z : %2</translation>
    </message>
    <message>
        <source>unknown --format %1 (text, csv or json)</source>
        <translation>--format %1 inconnu (text, csv ou json)</translation>
    </message>
    <message>
        <source>Shows and exports a cluster&apos;s configuration change history.</source>
        <translation>Affiche et exporte l&apos;historique des modifications de configuration d&apos;un cluster.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>history needs one --cluster</source>
        <translation>history requiert un --cluster</translation>
    </message>
    <message>
        <source>--since needs a span such as 7d or 24h, or an ISO 8601 date or time such as 2026-12-01 or 2026-12-01T08:00:00Z: %1</source>
        <translation>--since attend une durée comme 7d ou 24h, ou une date ou une heure ISO 8601 comme 2026-12-01 ou 2026-12-01T08:00:00Z : %1</translation>
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
        <translation>Affiche le journal des modifications de configuration d&apos;un cluster enregistré, les plus anciennes
d&apos;abord : qui a modifié quelle ressource et quand, et les champs changés par chaque modification
(les secrets uniquement comme modifiés ou inchangés, jamais leurs valeurs). Les filtres sont
appliqués par la console sur l&apos;ensemble du journal. --since accepte une durée avant maintenant
(24h, 7d, 90m, 2w) ou, comme --until, une date ISO 8601 ou une date et une heure (UTC sauf si
un décalage est indiqué). Code de sortie 2 en cas d&apos;erreur.

Exemples :
  clusterdesk history --cluster Prod
  clusterdesk history --cluster Prod --resource jdbc/orders-db --format json
  clusterdesk history --cluster Prod --since 7d
  clusterdesk history --cluster Prod --user admin --since 2026-12-01 --format csv &gt; changes.csv
</translation>
    </message>
    <message>
        <source>Only changes at or after &lt;when&gt;: a span back from now (24h, 7d, 90m, 2w) or an ISO 8601 date or time.</source>
        <translation>Uniquement les modifications à partir de &lt;when&gt; : une durée avant maintenant (24h, 7d, 90m, 2w) ou une date ou heure ISO 8601.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Non connecté à un cluster.</translation>
    </message>
    <message>
        <source>Loading the change log…</source>
        <translation>Chargement du journal des modifications…</translation>
    </message>
    <message>
        <source>No configuration change has been made yet.</source>
        <translation>Aucune modification de configuration n&apos;a encore été faite.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load &amp;older changes</source>
        <translation>Charger les modifications &amp;plus anciennes</translation>
    </message>
    <message>
        <source>Configuration change log</source>
        <translation>Journal des modifications de configuration</translation>
    </message>
    <message>
        <source>Showing the newest %1 changes (up to revision %2).</source>
        <translation>Affichage des %1 modifications les plus récentes (jusqu&apos;à la révision %2).</translation>
    </message>
    <message>
        <source>Showing the only change.</source>
        <translation>Affichage de l&apos;unique modification.</translation>
    </message>
    <message>
        <source>Showing all %1 changes.</source>
        <translation>Affichage des %1 modifications.</translation>
    </message>
    <message>
        <source>Export the change log as CSV</source>
        <translation>Exporter le journal des modifications en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>%n modification exportée vers %1.</numerusform>
            <numerusform>%n modifications exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>%1 of %2 changes loaded match the filters.</source>
        <translation>%1 des %2 modifications chargées correspondent aux filtres.</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Reso&amp;urce:</source>
        <translation>Re&amp;ssource :</translation>
    </message>
    <message>
        <source>type/name</source>
        <translation>type/nom</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>Périod&amp;e :</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available (%1); the secret is kept for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1) ; le secret n&apos;est conservé que pour cette session.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>No data directory is available on this system.</source>
        <translation>Aucun répertoire de données n&apos;est disponible sur ce système.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le répertoire de données %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for use.</source>
        <translation>Impossible de préparer %1 à l&apos;utilisation.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>Le stockage local n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Un autre profil s&apos;appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Aucun profil n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The new order must name every profile exactly once.</source>
        <translation>Le nouvel ordre doit nommer chaque profil exactement une fois.</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>La durée de conservation ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>Erreur de base de données dans « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Clusterdesk database: %2</source>
        <translation>%1 ne peut pas être lu comme base de données Clusterdesk : %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; Clusterdesk leaves it alone. Choose another data directory.</source>
        <translation>%1 est une base SQLite d&apos;une autre application ; Clusterdesk n&apos;y touche pas. Choisissez un autre répertoire de données.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Clusterdesk (schema %2; this version understands up to %3). It was not changed; update Clusterdesk or choose another data directory.</source>
        <translation>%1 a été écrit par une version plus récente de Clusterdesk (schéma %2 ; cette version comprend jusqu&apos;au %3). Il n&apos;a pas été modifié ; mettez à jour Clusterdesk ou choisissez un autre répertoire de données.</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging: %2</source>
        <translation>%1 : impossible de passer en journalisation WAL : %2</translation>
    </message>
    <message>
        <source>An activity entry needs a request id.</source>
        <translation>Une entrée d&apos;activité requiert un identifiant de requête.</translation>
    </message>
    <message>
        <source>Unknown activity column %1.</source>
        <translation>Colonne d&apos;activité %1 inconnue.</translation>
    </message>
    <message>
        <source>the console stopped before the answer arrived; check the cluster</source>
        <translation>la console s&apos;est arrêtée avant l&apos;arrivée de la réponse ; vérifiez le cluster</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group: folder names separated by &quot;/&quot;, none of them empty.</source>
        <translation>« %1 » n&apos;est pas un groupe : des noms de dossiers séparés par « / », aucun vide.</translation>
    </message>
    <message>
        <source>%1 cannot move to group &quot;%2&quot;: %3</source>
        <translation>%1 ne peut pas passer dans le groupe « %2 » : %3</translation>
    </message>
    <message>
        <source>A group cannot move into its own folder &quot;%1&quot;.</source>
        <translation>Un groupe ne peut pas passer dans son propre dossier « %1 ».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clusterdesk could not open its data</source>
        <translation>Clusterdesk n&apos;a pas pu ouvrir ses données</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>Démo locale</translation>
    </message>
    <message>
        <source>Starting the local demo cluster…</source>
        <translation>Démarrage du cluster de démonstration local…</translation>
    </message>
    <message>
        <source>Nothing to filter here.</source>
        <translation>Rien à filtrer ici.</translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation>Clusterdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Start &amp;Local Demo Cluster</source>
        <translation>Démarrer le cluster de démonstration &amp;local</translation>
    </message>
    <message>
        <source>Run three reference nodes behind HAProxy on this computer</source>
        <translation>Exécuter trois nœuds de référence derrière HAProxy sur cet ordinateur</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter un rapport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>A&amp;nnuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Filter the current view (%1)</source>
        <translation>Filtrer la vue actuelle (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Poll the selected cluster now (%1)</source>
        <translation>Interroger le cluster sélectionné maintenant (%1)</translation>
    </message>
    <message>
        <source>Refresh &amp;All Clusters</source>
        <translation>Actualiser &amp;tous les clusters</translation>
    </message>
    <message>
        <source>Show &amp;Cluster List</source>
        <translation>Afficher la liste des &amp;clusters</translation>
    </message>
    <message>
        <source>&amp;About Clusterdesk</source>
        <translation>À &amp;propos de Clusterdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Selected cluster</source>
        <translation>Cluster sélectionné</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>Backing off: unreachable</source>
        <translation>En attente : injoignable</translation>
    </message>
    <message>
        <source>Backing off: unreachable, next try in %1</source>
        <translation>En attente : injoignable, prochain essai dans %1</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>Pas d&apos;interrogation</translation>
    </message>
    <message>
        <source>Not polling: unreachable</source>
        <translation>Pas d&apos;interrogation : injoignable</translation>
    </message>
    <message numerus="yes">
        <source>Next refresh in %n s</source>
        <translation>
            <numerusform>Prochaine actualisation dans %n s</numerusform>
            <numerusform>Prochaine actualisation dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clusters: %1</source>
        <translation>Clusters : %1</translation>
    </message>
    <message>
        <source>The cluster was not saved</source>
        <translation>Le cluster n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Cluster added.</source>
        <translation>Cluster ajouté.</translation>
    </message>
    <message>
        <source>The cluster was not removed</source>
        <translation>Le cluster n&apos;a pas été retiré</translation>
    </message>
    <message>
        <source>The local store refused it.</source>
        <translation>Le stockage local l&apos;a refusé.</translation>
    </message>
    <message>
        <source>The new order could not be saved.</source>
        <translation>Le nouvel ordre n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>About Clusterdesk</source>
        <translation>À propos de Clusterdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clusterdesk %1&lt;/h3&gt;&lt;p&gt;A console for clustered server platforms: nodes, health, clocks, configuration and shared resources.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clusterdesk %1&lt;/h3&gt;&lt;p&gt;Une console pour plateformes de serveurs en cluster : nœuds, santé, horloges, configuration et ressources partagées.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Resource definitions</source>
        <translation>Définitions de ressources</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Export Resource &amp;Definitions…</source>
        <translation>Exporter les &amp;définitions de ressources…</translation>
    </message>
    <message>
        <source>Save the selected cluster&apos;s resource definitions to a file, without secrets (%1)</source>
        <translation>Enregistrer les définitions de ressources du cluster sélectionné dans un fichier, sans les secrets (%1)</translation>
    </message>
    <message>
        <source>&amp;Import Resource Definitions…</source>
        <translation>&amp;Importer des définitions de ressources…</translation>
    </message>
    <message>
        <source>Copy the definitions of a file into the selected cluster, after a dry run (%1)</source>
        <translation>Copier les définitions d&apos;un fichier dans le cluster sélectionné, après une simulation (%1)</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>&amp;Parc</translation>
    </message>
    <message>
        <source>Every saved cluster in one table (%1)</source>
        <translation>Tous les clusters enregistrés dans un seul tableau (%1)</translation>
    </message>
    <message>
        <source>&amp;Compare Clusters…</source>
        <translation>&amp;Comparer des clusters…</translation>
    </message>
    <message>
        <source>Compare and copy resource definitions between clusters (%1)</source>
        <translation>Comparer et copier des définitions de ressources entre clusters (%1)</translation>
    </message>
    <message>
        <source>%1 needs a password (%2): Cluster &gt; Sign In…</source>
        <translation>%1 requiert un mot de passe (%2) : Cluster &gt; Se connecter…</translation>
    </message>
    <message>
        <source>%1 – Clusterdesk</source>
        <translation>%1 – Clusterdesk</translation>
    </message>
    <message>
        <source>Fleet – Clusterdesk</source>
        <translation>Parc – Clusterdesk</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Type the password of the selected cluster when none is stored</source>
        <translation>Saisir le mot de passe du cluster sélectionné lorsqu&apos;aucun n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Clusterdesk &amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur de Clusterdesk</translation>
    </message>
    <message>
        <source>How to use the console (%1)</source>
        <translation>Comment utiliser la console (%1)</translation>
    </message>
    <message>
        <source>Password needed (%1): this cluster is not polled until you sign in with Cluster &gt; Sign In…</source>
        <translation>Mot de passe requis (%1) : ce cluster n’est pas interrogé tant que vous ne vous connectez pas avec Cluster &gt; Se connecter…</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Activité…</translation>
    </message>
    <message>
        <source>What this console sent to clusters, with each outcome</source>
        <translation>Ce que cette console a envoyé aux clusters, avec chaque résultat</translation>
    </message>
    <message>
        <source>Move to Group</source>
        <translation>Déplacer vers un groupe</translation>
    </message>
    <message>
        <source>&amp;Group of “%1” (folders separated by /, empty for none):</source>
        <translation>&amp;Groupe de « %1 » (dossiers séparés par /, vide pour aucun) :</translation>
    </message>
    <message>
        <source>The group was not changed</source>
        <translation>Le groupe n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>&amp;Name of the new group (folders separated by /):</source>
        <translation>&amp;Nom du nouveau groupe (dossiers séparés par /) :</translation>
    </message>
    <message>
        <source>The group was not made</source>
        <translation>Le groupe n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>New &amp;name of “%1” (folders separated by /):</source>
        <translation>Nouveau &amp;nom de « %1 » (dossiers séparés par /) :</translation>
    </message>
    <message>
        <source>The group was not renamed</source>
        <translation>Le groupe n&apos;a pas été renommé</translation>
    </message>
    <message>
        <source>The group was not removed</source>
        <translation>Le groupe n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <source>Group “%1” removed; its clusters are at the top level.</source>
        <translation>Groupe « %1 » supprimé ; ses clusters sont au premier niveau.</translation>
    </message>
    <message>
        <source>Group “%1” removed; its clusters moved to “%2”.</source>
        <translation>Groupe « %1 » supprimé ; ses clusters sont passés dans « %2 ».</translation>
    </message>
</context>
<context>
    <name>NodeActionConfirmation</name>
    <message>
        <source>Drain %1 in %2? HAProxy sends it no new connections; those already persisting to it stay until they end.</source>
        <translation>Drainer %1 dans %2 ? HAProxy ne lui envoie plus de nouvelles connexions ; celles qui lui sont déjà attachées restent jusqu&apos;à leur fin.</translation>
    </message>
    <message>
        <source>Put %1 in %2 into maintenance? HAProxy sends it no traffic at all, open requests included.</source>
        <translation>Mettre %1 dans %2 en maintenance ? HAProxy ne lui envoie plus aucun trafic, requêtes en cours comprises.</translation>
    </message>
    <message>
        <source>Make %1 in %2 ready? HAProxy sends it traffic again once its health check passes.</source>
        <translation>Rendre prêt %1 dans %2 ? HAProxy lui envoie de nouveau du trafic dès que son contrôle de santé réussit.</translation>
    </message>
    <message>
        <source>%1 is the last node serving requests in %2. After this, the cluster answers no one until another node is ready. Do it anyway?</source>
        <translation>%1 est le dernier nœud à servir des requêtes dans %2. Ensuite, le cluster ne répondra à personne tant qu&apos;un autre nœud ne sera pas prêt. Continuer quand même ?</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Do It Anyway</source>
        <translation>Continuer quand même</translation>
    </message>
    <message>
        <source>A production cluster: type its name to go ahead.</source>
        <translation>Un cluster de production : saisissez son nom pour continuer.</translation>
    </message>
</context>
<context>
    <name>NodeActionController</name>
    <message>
        <source>The cluster is not saved.</source>
        <translation>Le cluster n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Node actions need the cluster&apos;s HAProxy statistics URL (Edit Cluster).</source>
        <translation>Les actions sur les nœuds requièrent l&apos;URL des statistiques HAProxy du cluster (Modifier le cluster).</translation>
    </message>
    <message>
        <source>Node actions need the HAProxy statistics user (Edit Cluster).</source>
        <translation>Les actions sur les nœuds requièrent l&apos;utilisateur des statistiques HAProxy (Modifier le cluster).</translation>
    </message>
</context>
<context>
    <name>NodeActionText</name>
    <message>
        <source>Drain</source>
        <translation>Drainage</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>No node is serving requests. When the whole cluster is restarted, start the node that stopped last first: it holds the newest configuration, and the others catch up from it. Then start the others and set each to Ready.</source>
        <translation>Aucun nœud ne sert de requêtes. Lorsque tout le cluster redémarre, démarrez d&apos;abord le nœud qui s&apos;est arrêté en dernier : il détient la configuration la plus récente, et les autres se mettent à jour à partir de lui. Démarrez ensuite les autres et passez chacun à l&apos;état Prêt.</translation>
    </message>
</context>
<context>
    <name>NodeCommand</name>
    <message>
        <source>cluster %1 has no HAProxy statistics URL: pass --stats-url</source>
        <translation>le cluster %1 n&apos;a pas d&apos;URL de statistiques HAProxy : indiquez --stats-url</translation>
    </message>
    <message>
        <source>cluster %1 has no HAProxy statistics user: pass --stats-user</source>
        <translation>le cluster %1 n&apos;a pas d&apos;utilisateur des statistiques HAProxy : indiquez --stats-user</translation>
    </message>
    <message>
        <source>no password for the statistics user: pass --stats-password-file</source>
        <translation>aucun mot de passe pour l&apos;utilisateur des statistiques : indiquez --stats-password-file</translation>
    </message>
    <message>
        <source>no password for the statistics user of %1 is saved (%2): pass --stats-password-file or set CLUSTERDESK_STATS_PASSWORD</source>
        <translation>aucun mot de passe n&apos;est enregistré pour l&apos;utilisateur des statistiques de %1 (%2) : indiquez --stats-password-file ou définissez CLUSTERDESK_STATS_PASSWORD</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 sur %3 : %4</translation>
    </message>
    <message>
        <source> (pass --force to do it anyway)</source>
        <translation> (indiquez --force pour le faire quand même)</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <source>see clusterdesk node --help</source>
        <translation>voir clusterdesk node --help</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>drain, maint or ready.</source>
        <translation>drain, maint ou ready.</translation>
    </message>
    <message>
        <source>The node (HAProxy&apos;s server name).</source>
        <translation>Le nœud (nom du serveur dans HAProxy).</translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page, instead of the saved one.</source>
        <translation>La page de statistiques de HAProxy, au lieu de celle enregistrée.</translation>
    </message>
    <message>
        <source>The statistics page&apos;s admin user, instead of the saved one.</source>
        <translation>L&apos;utilisateur admin de la page de statistiques, au lieu de celui enregistré.</translation>
    </message>
    <message>
        <source>Read the statistics user&apos;s password from &lt;file&gt;.</source>
        <translation>Lire le mot de passe de l&apos;utilisateur des statistiques dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Also when the node is the last one serving requests.</source>
        <translation>Même si le nœud est le dernier à servir des requêtes.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>node needs --cluster and --node</source>
        <translation>node requiert --cluster et --node</translation>
    </message>
    <message>
        <source>invalid --stats-url: %1</source>
        <translation>--stats-url non valide : %1</translation>
    </message>
    <message>
        <source>stats password</source>
        <translation>de mot de passe des statistiques</translation>
    </message>
    <message>
        <source>Sets a node to drain, maintenance or ready at the load balancer.</source>
        <translation>Passe un nœud en drainage, en maintenance ou à l&apos;état prêt au niveau du répartiteur de charge.</translation>
    </message>
    <message>
        <source>node needs an action: drain, maint or ready</source>
        <translation>node requiert une action : drain, maint ou ready</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>unknown node action: %1</source>
        <translation>action node inconnue : %1</translation>
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
        <translation>Actions (page de statistiques de HAProxy, qui requiert « stats admin » pour l&apos;utilisateur) :
  drain    Aucune nouvelle connexion vers le nœud ; celles qui lui sont attachées restent.
  maint    Maintenance : aucun trafic.
  ready    Remise en service.

Mot de passe de l&apos;utilisateur des statistiques : --stats-password-file, sinon la variable
d&apos;environnement CLUSTERDESK_STATS_PASSWORD, sinon celui que la fenêtre a enregistré pour le
cluster. Drainer ou mettre en maintenance le dernier nœud qui sert des requêtes requiert
--force. Le résultat est la vue propre de HAProxy sur le nœud après l&apos;action.
Un cluster enregistré en lecture seule est refusé ; un cluster marqué production requiert
--confirm &lt;son nom&gt;, exactement. Chaque action est conservée dans le journal d&apos;activité.
Code de sortie 0 appliqué, 1 non appliqué, 2 erreur ou refus.

Exemples :
  clusterdesk node drain --cluster Test --node node-2
  clusterdesk node ready --cluster Prod --node node-2 --confirm Prod --json
</translation>
    </message>
    <message>
        <source>Act on the production cluster called exactly &lt;name&gt;.</source>
        <translation>Agir sur le cluster de production nommé exactement &lt;name&gt;.</translation>
    </message>
</context>
<context>
    <name>NodeHistoryCharts</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (auparavant %2)</translation>
    </message>
    <message>
        <source>%1 (first seen)</source>
        <translation>%1 (vu pour la première fois)</translation>
    </message>
    <message>
        <source>No samples in this period yet.</source>
        <translation>Pas encore d&apos;échantillons sur cette période.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Clock offset against this computer</source>
        <translation>Décalage d&apos;horloge par rapport à cet ordinateur</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>± error bound</source>
        <translation>± marge d&apos;erreur</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Round-trip latency</source>
        <translation>Latence aller-retour</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Configuration &amp;revisions</source>
        <translation>&amp;Révisions de configuration</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Vue le</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 échantillon</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 échantillons</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Mémoire (Mio)</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
</context>
<context>
    <name>NodeSnapshot</name>
    <message>
        <source>Up</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergent</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>En drainage</translation>
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
        <translation>Nœud primaire</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplique</translation>
    </message>
    <message>
        <source>%1 (missed 1 poll)</source>
        <translation>%1 (1 interrogation manquée)</translation>
    </message>
    <message>
        <source>%1 (missed %2 polls)</source>
        <translation>%1 (%2 interrogations manquées)</translation>
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
        <translation>%1 j %2 h</translation>
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
        <translation>%1 (schéma %2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant : %1</translation>
    </message>
    <message>
        <source>HAProxy: %1</source>
        <translation>HAProxy : %1</translation>
    </message>
    <message>
        <source>Kernel NTP maximum error: %1 ms</source>
        <translation>Erreur maximale NTP du noyau : %1 ms</translation>
    </message>
    <message>
        <source>The node says: %1</source>
        <translation>Le nœud indique : %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Décalage d&apos;horloge</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Slow (%1 ms)</source>
        <translation>Lent (%1 ms)</translation>
    </message>
    <message>
        <source>%1 ms ± %2 net</source>
        <translation>%1 ms ± %2 réseau</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Not synced, ± %1 ms</source>
        <translation>Non synchronisé, ± %1 ms</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <source>Synced, ± %1 ms</source>
        <translation>Synchronisé, ± %1 ms</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Replication paused</source>
        <translation>Réplication suspendue</translation>
    </message>
    <message>
        <source>± … net is the network bound of this measurement (half the round trip), not the node&apos;s own clock error (see Time sync).</source>
        <translation>« ± … réseau » est la borne réseau de cette mesure (la moitié de l&apos;aller-retour), et non l&apos;erreur propre de l&apos;horloge du nœud (voir Synchro horaire).</translation>
    </message>
    <message>
        <source>Against the nodes whose clocks are synchronized.</source>
        <translation>Par rapport aux nœuds dont l&apos;horloge est synchronisée.</translation>
    </message>
    <message>
        <source>Against this computer&apos;s synchronized clock.</source>
        <translation>Par rapport à l&apos;horloge synchronisée de cet ordinateur.</translation>
    </message>
    <message>
        <source>Against the median of the nodes (no synchronized clock to trust).</source>
        <translation>Par rapport à la médiane des nœuds (aucune horloge synchronisée fiable).</translation>
    </message>
    <message>
        <source>Not judged: fewer than three nodes and no synchronized clock to trust.</source>
        <translation>Non évalué : moins de trois nœuds et aucune horloge synchronisée fiable.</translation>
    </message>
    <message>
        <source>A trusted clock reference.</source>
        <translation>Une référence d&apos;horloge fiable.</translation>
    </message>
    <message>
        <source>Not a clock reference: not synchronized or its maximum error is above the warning limit.</source>
        <translation>Pas une référence d&apos;horloge : non synchronisée ou son erreur maximale dépasse le seuil d&apos;avertissement.</translation>
    </message>
    <message>
        <source>Kernel NTP estimated error: %1 ms</source>
        <translation>Erreur estimée NTP du noyau : %1 ms</translation>
    </message>
    <message>
        <source>This node&apos;s clock minus this computer&apos;s; ± is the network bound of the measurement only.</source>
        <translation>L&apos;horloge de ce nœud moins celle de cet ordinateur ; ± n&apos;est que la borne réseau de la mesure.</translation>
    </message>
    <message>
        <source>Whether the node&apos;s kernel reports its clock as synchronized, and the kernel&apos;s maximum error.</source>
        <translation>Indique si le noyau du nœud signale son horloge comme synchronisée, et l&apos;erreur maximale du noyau.</translation>
    </message>
    <message>
        <source>The first 12 hex digits of the configuration checksum.</source>
        <translation>Les 12 premiers chiffres hexadécimaux de la somme de contrôle de la configuration.</translation>
    </message>
    <message>
        <source>vs reference</source>
        <translation>vs référence</translation>
    </message>
    <message>
        <source>Time sync</source>
        <translation>Synchro horaire</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
</context>
<context>
    <name>NodesPanel</name>
    <message>
        <source>Probes reach this node through the load balancer.</source>
        <translation>Les sondes atteignent ce nœud via le répartiteur de charge.</translation>
    </message>
    <message>
        <source>Probes reach this node directly at %1: the load balancer could not route to it.</source>
        <translation>Les sondes atteignent ce nœud directement à %1 : le répartiteur de charge n&apos;a pas pu router vers lui.</translation>
    </message>
    <message>
        <source>No probe has reached this node in the last poll.</source>
        <translation>Aucune sonde n&apos;a atteint ce nœud lors de la dernière interrogation.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
    <message>
        <source>This node has not answered yet.</source>
        <translation>Ce nœud n&apos;a pas encore répondu.</translation>
    </message>
    <message>
        <source>This node has not answered: %1</source>
        <translation>Ce nœud n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>Filter by name, id or state (Ctrl+F)</source>
        <translation>Filtrer par nom, identifiant ou état (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Filtrer les nœuds</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>&amp;Problèmes uniquement</translation>
    </message>
    <message>
        <source>Show only nodes with a warning or a critical problem</source>
        <translation>Afficher uniquement les nœuds avec un avertissement ou un problème critique</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Select a node to see its answer, its history and how it was reached.</source>
        <translation>Sélectionnez un nœud pour voir sa réponse, son historique et la façon dont il a été joint.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Node &amp;answer</source>
        <translation>&amp;Réponse du nœud</translation>
    </message>
    <message>
        <source>The node&apos;s raw /api/v1/node answer</source>
        <translation>La réponse brute de /api/v1/node du nœud</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 nœud</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 nœuds</translation>
    </message>
    <message>
        <source>Showing %1 of %2 nodes</source>
        <translation>%1 nœuds affichés sur %2</translation>
    </message>
    <message>
        <source>Error bound up to ±%1 ms.</source>
        <translation>Marge d&apos;erreur jusqu&apos;à ±%1 ms.</translation>
    </message>
    <message>
        <source>Dra&amp;in</source>
        <translation>Draina&amp;ge</translation>
    </message>
    <message>
        <source>Main&amp;tenance</source>
        <translation>&amp;Maintenance</translation>
    </message>
    <message>
        <source>Rea&amp;dy</source>
        <translation>Prê&amp;t</translation>
    </message>
    <message>
        <source>HAProxy sends the selected node no new connections</source>
        <translation>HAProxy n&apos;envoie plus de nouvelles connexions au nœud sélectionné</translation>
    </message>
    <message>
        <source>HAProxy sends the selected node no traffic at all</source>
        <translation>HAProxy n&apos;envoie plus aucun trafic au nœud sélectionné</translation>
    </message>
    <message>
        <source>HAProxy sends the selected node traffic again</source>
        <translation>HAProxy envoie de nouveau du trafic au nœud sélectionné</translation>
    </message>
    <message>
        <source>%1 %2: waiting for HAProxy…</source>
        <translation>%1 %2 : en attente de HAProxy…</translation>
    </message>
    <message>
        <source>Node actions are not available here.</source>
        <translation>Les actions sur les nœuds ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <source>HAProxy Statistics Password</source>
        <translation>Mot de passe des statistiques HAProxy</translation>
    </message>
    <message>
        <source>The password of HAProxy&apos;s statistics user (kept in the system keychain):</source>
        <translation>Le mot de passe de l&apos;utilisateur des statistiques de HAProxy (conservé dans le trousseau du système) :</translation>
    </message>
    <message>
        <source>The password of HAProxy&apos;s statistics user could not be read (%1). Type it:</source>
        <translation>Le mot de passe de l&apos;utilisateur des statistiques de HAProxy n&apos;a pas pu être lu (%1). Saisissez-le :</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No node known yet.</source>
        <translation>Aucun nœud connu pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n dégradé</numerusform>
            <numerusform>%n dégradés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n injoignable</numerusform>
            <numerusform>%n injoignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked yet</source>
        <translation>
            <numerusform>%n pas encore vérifié</numerusform>
            <numerusform>%n pas encore vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 up</source>
        <translation>%1 / %2 actifs</translation>
    </message>
    <message>
        <source>Every node answers.</source>
        <translation>Tous les nœuds répondent.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No clock measured yet.</source>
        <translation>Aucune horloge mesurée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No revision known yet.</source>
        <translation>Aucune révision connue pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation>
            <numerusform>%n divergent</numerusform>
            <numerusform>%n divergents</numerusform>
        </translation>
    </message>
    <message>
        <source>Same revision, different content: %1</source>
        <translation>Même révision, contenu différent : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>All in sync</source>
        <translation>Tous synchronisés</translation>
    </message>
    <message>
        <source>Revision %1 on every node</source>
        <translation>Révision %1 sur tous les nœuds</translation>
    </message>
    <message>
        <source>Every node has the same configuration.</source>
        <translation>Tous les nœuds ont la même configuration.</translation>
    </message>
    <message>
        <source>%1 of %2 in sync</source>
        <translation>%1 sur %2 synchronisés</translation>
    </message>
    <message>
        <source>Servers in the load balancer&apos;s statistics</source>
        <translation>Serveurs dans les statistiques du répartiteur de charge</translation>
    </message>
    <message>
        <source>No statistics URL</source>
        <translation>Aucune URL de statistiques</translation>
    </message>
    <message>
        <source>Add the HAProxy statistics URL to this cluster&apos;s settings to see the load balancer&apos;s view.</source>
        <translation>Ajoutez l&apos;URL des statistiques HAProxy aux paramètres de ce cluster pour voir la vue du répartiteur de charge.</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>Les statistiques n&apos;ont pas pu être lues : %1</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the snapshot from %1 ago; refreshing…</source>
        <translation>Affichage de l&apos;instantané d&apos;il y a %1 ; actualisation…</translation>
    </message>
    <message>
        <source>Showing a saved snapshot; refreshing…</source>
        <translation>Affichage d&apos;un instantané enregistré ; actualisation…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <source>Nothing to report: every check passed.</source>
        <translation>Rien à signaler : toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Waiting for the first poll.</source>
        <translation>En attente de la première interrogation.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Worst clock offset</source>
        <translation>Pire décalage d&apos;horloge</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>&amp;Findings, worst first</source>
        <translation>&amp;Constats, les plus graves d&apos;abord</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>%1 is 1 revision behind the primary</source>
        <translation>%1 a 1 révision de retard sur le nœud primaire</translation>
    </message>
    <message>
        <source>%1 is %2 revisions behind the primary</source>
        <translation>%1 a %2 révisions de retard sur le nœud primaire</translation>
    </message>
    <message numerus="yes">
        <source>%n slow</source>
        <translation>
            <numerusform>%n lent</numerusform>
            <numerusform>%n lents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed the last poll</source>
        <translation>
            <numerusform>%n a manqué la dernière interrogation</numerusform>
            <numerusform>%n ont manqué la dernière interrogation</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Measured: %1. Without a synchronized clock to trust, fewer than three nodes are not judged.</source>
        <translation>Mesuré : %1. Sans horloge synchronisée fiable, rien n&apos;est évalué avec moins de trois nœuds.</translation>
    </message>
    <message>
        <source>%1 against the synchronized nodes (±&#xa0;%2&#xa0;ms network)</source>
        <translation>%1 par rapport aux nœuds synchronisés (±&#xa0;%2&#xa0;ms réseau)</translation>
    </message>
    <message>
        <source>%1 against this computer&apos;s synchronized clock (±&#xa0;%2&#xa0;ms network)</source>
        <translation>%1 par rapport à l&apos;horloge synchronisée de cet ordinateur (±&#xa0;%2&#xa0;ms réseau)</translation>
    </message>
    <message>
        <source>%1 against the cluster median (±&#xa0;%2&#xa0;ms network)</source>
        <translation>%1 par rapport à la médiane du cluster (±&#xa0;%2&#xa0;ms réseau)</translation>
    </message>
    <message>
        <source>Primary behind</source>
        <translation>Primaire en retard</translation>
    </message>
    <message>
        <source>No node has reported its time sync yet.</source>
        <translation>Aucun nœud n&apos;a encore indiqué sa synchronisation horaire.</translation>
    </message>
    <message>
        <source>Not synchronized: %1</source>
        <translation>Sans synchronisation : %1</translation>
    </message>
    <message>
        <source>Largest NTP maximum error: %1&#xa0;ms</source>
        <translation>Plus grande erreur maximale NTP : %1&#xa0;ms</translation>
    </message>
    <message>
        <source>No node is a trusted clock reference.</source>
        <translation>Aucun nœud n&apos;est une référence d&apos;horloge fiable.</translation>
    </message>
    <message>
        <source>1 trusted clock reference</source>
        <translation>1 référence d&apos;horloge fiable</translation>
    </message>
    <message>
        <source>%1 trusted clock references</source>
        <translation>%1 références d&apos;horloge fiables</translation>
    </message>
    <message>
        <source>%1 / %2 synced</source>
        <translation>%1 / %2 synchronisés</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Time sync</source>
        <translation>Synchro horaire</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The primary&apos;s revision is not known, so agreement cannot be judged. Reported: %1.</source>
        <translation>La révision du nœud primaire est inconnue : la concordance ne peut pas être évaluée. Signalé : %1.</translation>
    </message>
    <message>
        <source>Not reported by: %1.</source>
        <translation>Non signalé par : %1.</translation>
    </message>
    <message>
        <source>Agreement is not judged yet.</source>
        <translation>La concordance n&apos;est pas encore évaluée.</translation>
    </message>
</context>
<context>
    <name>PollCycle</name>
    <message>
        <source>the node answered only after %1 ms</source>
        <translation>le nœud n&apos;a répondu qu&apos;après %1 ms</translation>
    </message>
    <message>
        <source>the request for node %1 was answered by %2</source>
        <translation>la requête destinée au nœud %1 a reçu la réponse de %2</translation>
    </message>
    <message>
        <source>the sign-in worked, but the new token was refused as invalid: Spectrum&apos;s host check (see the findings)</source>
        <translation>la connexion a fonctionné, mais le nouveau jeton a été refusé comme non valide : vérification de l&apos;hôte par Spectrum (voir les constats)</translation>
    </message>
    <message>
        <source>no node is known: give the nodes&apos; URLs or the load balancer&apos;s statistics page in the cluster&apos;s settings</source>
        <translation>aucun nœud n&apos;est connu : indiquez les URL des nœuds ou la page de statistiques du répartiteur de charge dans les paramètres du cluster</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>New clusters</source>
        <translation>Nouveaux clusters</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>Intervalle d&apos;&amp;interrogation :</translation>
    </message>
    <message>
        <source>Clock offset &amp;warning above:</source>
        <translation>&amp;Avertissement de décalage d&apos;horloge au-delà de :</translation>
    </message>
    <message>
        <source>Clock offset &amp;critical above:</source>
        <translation>Décalage d&apos;horloge &amp;critique au-delà de :</translation>
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
        <translation>Fréquence d&apos;interrogation d&apos;un cluster nouvellement ajouté. Chaque cluster enregistré garde son propre intervalle.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Notify me when a node changes state</source>
        <translation>&amp;M&apos;avertir quand un nœud change d&apos;état</translation>
    </message>
    <message>
        <source>Notifications appear only where the desktop offers a system tray.</source>
        <translation>Les notifications n&apos;apparaissent que si le bureau offre une zone de notification.</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>cannot open the store: %1</source>
        <translation>impossible d&apos;ouvrir le stockage : %1</translation>
    </message>
    <message>
        <source>no saved cluster is called &quot;%1&quot; (see clusterdesk cluster list)</source>
        <translation>aucun cluster enregistré ne s&apos;appelle « %1 » (voir clusterdesk cluster list)</translation>
    </message>
    <message>
        <source>cannot open the store: %1
</source>
        <translation>impossible d&apos;ouvrir le stockage : %1
</translation>
    </message>
    <message>
        <source>--name is required
</source>
        <translation>--name est requis
</translation>
    </message>
    <message>
        <source>invalid %1: %2
</source>
        <translation>%1 non valide : %2
</translation>
    </message>
    <message>
        <source>cannot save the cluster: %1
</source>
        <translation>impossible d&apos;enregistrer le cluster : %1
</translation>
    </message>
    <message>
        <source>cannot add %1: %2
</source>
        <translation>impossible d&apos;ajouter %1 : %2
</translation>
    </message>
    <message>
        <source>Added cluster %1 (%2).
</source>
        <translation>Cluster %1 ajouté (%2).
</translation>
    </message>
    <message>
        <source>cannot store the password: %1; %2 was not added
</source>
        <translation>impossible de stocker le mot de passe : %1 ; %2 n&apos;a pas été ajouté
</translation>
    </message>
    <message>
        <source>cannot read the saved clusters: %1
</source>
        <translation>impossible de lire les clusters enregistrés : %1
</translation>
    </message>
    <message>
        <source>No saved clusters.
</source>
        <translation>Aucun cluster enregistré.
</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>POLL</source>
        <translation>INTERROGATION</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>no saved cluster is called &quot;%1&quot;
</source>
        <translation>aucun cluster enregistré ne s&apos;appelle « %1 »
</translation>
    </message>
    <message>
        <source>cannot remove %1: %2
</source>
        <translation>impossible de retirer %1 : %2
</translation>
    </message>
    <message>
        <source>Removed cluster %1.
</source>
        <translation>Cluster %1 retiré.
</translation>
    </message>
    <message>
        <source>warning: the stored password could not be deleted: %1
</source>
        <translation>avertissement : le mot de passe stocké n&apos;a pas pu être supprimé : %1
</translation>
    </message>
    <message>
        <source>cannot store the password: %1
</source>
        <translation>impossible d&apos;enregistrer le mot de passe : %1
</translation>
    </message>
    <message>
        <source>warning: the password could not be stored in the system keychain (%1); it will have to be given with --password-file, or saved with clusterdesk cluster edit %2 --password-file &lt;file&gt; or --password-command &lt;command&gt;
</source>
        <translation>avertissement : le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système (%1) ; il faudra le donner avec --password-file, ou l&apos;enregistrer avec clusterdesk cluster edit %2 --password-file &lt;file&gt; ou --password-command &lt;command&gt;
</translation>
    </message>
    <message>
        <source>Cluster %1 reads its password from %2.
</source>
        <translation>Le cluster %1 lit son mot de passe dans %2.
</translation>
    </message>
    <message>
        <source>Cluster %1 gets its password from a command.
</source>
        <translation>Le cluster %1 obtient son mot de passe d&apos;une commande.
</translation>
    </message>
    <message>
        <source>Cluster %1 reads its password from the system keychain.
</source>
        <translation>Le cluster %1 lit son mot de passe dans le trousseau du système.
</translation>
    </message>
    <message>
        <source>cluster edit needs something to change
</source>
        <translation>cluster edit requiert quelque chose à modifier
</translation>
    </message>
    <message>
        <source>Saved cluster %1.
</source>
        <translation>Cluster %1 enregistré.
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Environment: %1
</source>
        <translation>Environnement : %1
</translation>
    </message>
    <message>
        <source>Writes: %1
</source>
        <translation>Écritures : %1
</translation>
    </message>
    <message>
        <source>read-only in Clusterdesk</source>
        <translation>lecture seule dans Clusterdesk</translation>
    </message>
    <message>
        <source>allowed with --confirm %1 on the command line</source>
        <translation>autorisées avec --confirm %1 sur la ligne de commande</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisées</translation>
    </message>
    <message>
        <source>Group: %1
</source>
        <translation>Groupe : %1
</translation>
    </message>
    <message>
        <source>Name: %1
</source>
        <translation>Nom : %1
</translation>
    </message>
    <message>
        <source>URL: %1
</source>
        <translation>URL : %1
</translation>
    </message>
    <message>
        <source>User: %1
</source>
        <translation>Utilisateur : %1
</translation>
    </message>
    <message>
        <source>ID: %1
</source>
        <translation>ID : %1
</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>WRITES</source>
        <translation>ÉCRITURES</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUPE</translation>
    </message>
    <message>
        <source>Node URLs: %1
</source>
        <translation>URL des nœuds : %1
</translation>
    </message>
    <message>
        <source>Spectrum token: open (no session)
</source>
        <translation>Jeton Spectrum : open (sans session)
</translation>
    </message>
    <message>
        <source>Statistics page: %1
</source>
        <translation>Page de statistiques : %1
</translation>
    </message>
    <message>
        <source>Statistics admin user: %1
</source>
        <translation>Utilisateur admin des statistiques : %1
</translation>
    </message>
</context>
<context>
    <name>ProfileFormValidator</name>
    <message>
        <source>is required</source>
        <translation>est requis</translation>
    </message>
    <message>
        <source>another cluster is already called &quot;%1&quot;</source>
        <translation>un autre cluster s&apos;appelle déjà « %1 »</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>holds no PEM certificate</source>
        <translation>ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the saved cluster &quot;%1&quot; already uses this URL</source>
        <translation>le cluster enregistré « %1 » utilise déjà cette URL</translation>
    </message>
</context>
<context>
    <name>ProfileLabelOptions</name>
    <message>
        <source>The environment label: production, staging, test or a name of your own (empty: none). Writes to production need --confirm &lt;name&gt;.</source>
        <translation>L&apos;étiquette d&apos;environnement : production, staging, test ou un nom de votre choix (vide : aucune). Les écritures vers la production requièrent --confirm &lt;name&gt;.</translation>
    </message>
    <message>
        <source>The label&apos;s colour as #rrggbb (default: production red, staging amber, test green, others blue).</source>
        <translation>La couleur de l&apos;étiquette au format #rrggbb (par défaut : production en rouge, staging en ambre, test en vert, les autres en bleu).</translation>
    </message>
    <message>
        <source>Refuse every write to this cluster, whatever the account may do.</source>
        <translation>Refuser toute écriture vers ce cluster, quels que soient les droits du compte.</translation>
    </message>
    <message>
        <source>Allow writes again (the default).</source>
        <translation>Autoriser de nouveau les écritures (par défaut).</translation>
    </message>
    <message>
        <source>The folder in the sidebar and the fleet, e.g. EMEA/Production (empty: none).</source>
        <translation>Le dossier dans la barre latérale et le parc, p. ex. EMEA/Production (vide : aucun).</translation>
    </message>
    <message>
        <source>give either --read-only or --read-write, not both</source>
        <translation>indiquez soit --read-only, soit --read-write, pas les deux</translation>
    </message>
    <message>
        <source>A node&apos;s own URL, for a plain Spectrum cluster that no statistics page lists; repeat it for every node (all of them replace the saved ones; one empty value forgets them).</source>
        <translation>L’URL propre d’un nœud, pour un cluster Spectrum seul qu’aucune page de statistiques ne liste ; à répéter pour chaque nœud (elles remplacent toutes celles enregistrées ; une valeur vide les oublie).</translation>
    </message>
    <message>
        <source>The Spectrum token a password sign-in asks for: session (the default, ended when the command or window is done) or open (no session).</source>
        <translation>Le jeton Spectrum demandé par une connexion par mot de passe : session (par défaut, fermée à la fin de la commande ou de la fenêtre) ou open (sans session).</translation>
    </message>
    <message>
        <source>invalid --node-url: %1</source>
        <translation>--node-url non valide : %1</translation>
    </message>
    <message>
        <source>--token is session or open, not %1</source>
        <translation>--token vaut session ou open, pas %1</translation>
    </message>
    <message>
        <source>The admin user of HAProxy&apos;s statistics page, with which the window and clusterdesk node drain a node, put it into maintenance or make it ready (empty: none).</source>
        <translation>L&apos;utilisateur admin de la page de statistiques HAProxy, avec lequel la fenêtre et clusterdesk node drainent un nœud, le mettent en maintenance ou le remettent en service (vide : aucun).</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add property</source>
        <translation>Ajouter une propriété</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Supprimer la propriété</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>no password is stored for %1</source>
        <translation>aucun mot de passe n&apos;est enregistré pour %1</translation>
    </message>
    <message>
        <source>the local store could not be read</source>
        <translation>le stockage local n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>réponse illisible</translation>
    </message>
    <message>
        <source>change log</source>
        <translation>journal des modifications</translation>
    </message>
    <message>
        <source>license</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>dataflows</source>
        <translation>flux de données</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <source>a resource was unreadable: %1</source>
        <translation>une ressource était illisible : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3: read, gathering details</source>
        <translation>[%1/%2] %3 : lu, collecte des détails</translation>
    </message>
    <message>
        <source>[%1/%2] %3: done</source>
        <translation>[%1/%2] %3 : terminé</translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation>impossible d&apos;ouvrir le stockage local : %1</translation>
    </message>
    <message>
        <source>no history: cannot open the local store: %1
</source>
        <translation>pas d&apos;historique : impossible d&apos;ouvrir le stockage local : %1
</translation>
    </message>
    <message>
        <source>no saved cluster is called %1 (see clusterdesk cluster list)</source>
        <translation>aucun cluster enregistré ne s&apos;appelle %1 (voir clusterdesk cluster list)</translation>
    </message>
    <message>
        <source>there are no saved clusters to report on</source>
        <translation>il n&apos;y a aucun cluster enregistré sur lequel faire un rapport</translation>
    </message>
    <message>
        <source>cannot reach %1: %2
</source>
        <translation>impossible de joindre %1 : %2
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1 : %2
</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>this program cannot write PDF</source>
        <translation>ce programme ne peut pas écrire de PDF</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 of %2 in sync, %3 behind, %4 diverged</source>
        <translation>%1 sur %2 synchronisés, %3 en retard, %4 divergents</translation>
    </message>
    <message>
        <source>not read (no statistics URL)</source>
        <translation>non lu (aucune URL de statistiques)</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>non lu : %1</translation>
    </message>
    <message>
        <source>%1 of %2 servers up</source>
        <translation>%1 serveurs actifs sur %2</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Cluster report: %1</source>
        <translation>Rapport de cluster : %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>Décalage d&apos;horloge par rapport à cet ordinateur</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No period to chart.</source>
        <translation>Aucune période à représenter.</translation>
    </message>
    <message>
        <source>No clock samples in the local store for this period.</source>
        <translation>Aucun échantillon d&apos;horloge dans le stockage local pour cette période.</translation>
    </message>
    <message>
        <source>Showing the %1 nodes with the largest offsets of %2.</source>
        <translation>Affichage des %1 nœuds aux plus grands décalages sur %2.</translation>
    </message>
    <message>
        <source>gathering 1 cluster</source>
        <translation>collecte d&apos;1 cluster</translation>
    </message>
    <message>
        <source>gathering %1 clusters</source>
        <translation>collecte de %1 clusters</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 node, in sync</source>
        <translation>1 nœud, synchronisé</translation>
    </message>
    <message>
        <source>all %1 nodes agree</source>
        <translation>les %1 nœuds concordent</translation>
    </message>
    <message>
        <source>Fleet report: 1 cluster</source>
        <translation>Rapport de parc : 1 cluster</translation>
    </message>
    <message>
        <source>Fleet report: %1 clusters</source>
        <translation>Rapport de parc : %1 clusters</translation>
    </message>
    <message>
        <source>%1 ±%2 ms</source>
        <translation>%1 ±%2 ms</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>cannot write the PDF %1</source>
        <translation>impossible d&apos;écrire le PDF %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1</source>
        <translation>impossible de terminer le PDF %1</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <source>Console version</source>
        <translation>Version de la console</translation>
    </message>
    <message>
        <source>No saved clusters.</source>
        <translation>Aucun cluster enregistré.</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>Résumé du parc</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Constat le plus grave</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Nom du cluster</translation>
    </message>
    <message>
        <source>Cluster id</source>
        <translation>Identifiant du cluster</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Enregistré sous</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Répartiteur de charge</translation>
    </message>
    <message>
        <source>Polled at</source>
        <translation>Interrogé le</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The cluster could not be reached: %1. The sections below show only what the local store holds.</source>
        <translation>Le cluster n&apos;a pas pu être joint : %1. Les sections ci-dessous ne montrent que le contenu du stockage local.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Some parts could not be read: %1</source>
        <translation>Certaines parties n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>Nœuds actifs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Worst clock offset (vs median)</source>
        <translation>Pire décalage d&apos;horloge (par rapport à la médiane)</translation>
    </message>
    <message>
        <source>Configuration agreement</source>
        <translation>Concordance de la configuration</translation>
    </message>
    <message>
        <source>Load balancer view</source>
        <translation>Vue du répartiteur de charge</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Action recommandée</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>No node is known.</source>
        <translation>Aucun nœud n&apos;est connu.</translation>
    </message>
    <message>
        <source> · primary</source>
        <translation> · nœud primaire</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>LB state</source>
        <translation>État RC</translation>
    </message>
    <message>
        <source>Offset ± error</source>
        <translation>Décalage ± erreur</translation>
    </message>
    <message>
        <source>NTP sync (node)</source>
        <translation>Synchronisation NTP (nœud)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Time synchronization</source>
        <translation>Synchronisation de l&apos;heure</translation>
    </message>
    <message>
        <source>No history: the local store was not available.</source>
        <translation>Pas d&apos;historique : le stockage local n&apos;était pas disponible.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Lowest offset</source>
        <translation>Décalage minimal</translation>
    </message>
    <message>
        <source>Highest offset</source>
        <translation>Décalage maximal</translation>
    </message>
    <message>
        <source>Latest offset</source>
        <translation>Dernier décalage</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>revision %1, checksum %2</source>
        <translation>révision %1, somme de contrôle %2</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>%1 %2 for %3, up to %4 nodes, expires %5</source>
        <translation>%1 %2 pour %3, jusqu&apos;à %4 nœuds, expire le %5</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Fonctionnalités sous licence</translation>
    </message>
    <message>
        <source>%1 (%2; %3 exposed)</source>
        <translation>%1 (%2 ; %3 exposés)</translation>
    </message>
    <message>
        <source>Dataflows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation>Aucune modification sur cette période.</translation>
    </message>
    <message>
        <source>The change log was not read.</source>
        <translation>Le journal des modifications n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>External resources</source>
        <translation>Ressources externes</translation>
    </message>
    <message>
        <source>The resources were not read.</source>
        <translation>Les ressources n&apos;ont pas été lues.</translation>
    </message>
    <message>
        <source>1 resource.</source>
        <translation>1 ressource.</translation>
    </message>
    <message>
        <source>%1 resources.</source>
        <translation>%1 ressources.</translation>
    </message>
    <message>
        <source>Secrets are shown only as set or not set.</source>
        <translation>Les secrets sont seulement indiqués comme définis ou non définis.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute: this translation&apos;s language code</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>vs reference</source>
        <translation>vs référence</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Console activity</source>
        <translation>Activité de la console</translation>
    </message>
    <message>
        <source>This console sent no changes in the period.</source>
        <translation>Cette console n&apos;a envoyé aucune modification sur la période.</translation>
    </message>
    <message>
        <source>The activity log was not read.</source>
        <translation>Le journal d&apos;activité n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>Cluster user</source>
        <translation>Utilisateur du cluster</translation>
    </message>
    <message>
        <source>Local user</source>
        <translation>Utilisateur local</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
</context>
<context>
    <name>ResourceDiffModel</name>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>as reference</source>
        <translation>comme référence</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Diffère par : %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>Champs différents</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
</context>
<context>
    <name>ResourceDiffText</name>
    <message>
        <source>unset</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>set on some only</source>
        <translation>défini sur certains seulement</translation>
    </message>
    <message>
        <source>set on all, equal</source>
        <translation>défini partout, identique</translation>
    </message>
    <message>
        <source>set on all, different</source>
        <translation>défini partout, différent</translation>
    </message>
    <message>
        <source>set on all, cannot tell</source>
        <translation>défini partout, indéterminable</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>identical (secrets: cannot tell)</source>
        <translation>identique (secrets : indéterminable)</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>uniquement sur %1</translation>
    </message>
</context>
<context>
    <name>ResourceEditorController</name>
    <message>
        <source>Saved (revision %1).</source>
        <translation>Enregistré (révision %1).</translation>
    </message>
    <message>
        <source>Someone else changed this resource (now revision %1).</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette ressource (désormais révision %1).</translation>
    </message>
    <message>
        <source>Someone else deleted this resource.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé cette ressource.</translation>
    </message>
    <message>
        <source>The cluster refused the change: %1 %2</source>
        <translation>Le cluster a refusé la modification : %1 %2</translation>
    </message>
    <message>
        <source>Your account may not change resources (the cluster answered 403).</source>
        <translation>Votre compte ne peut pas modifier les ressources (le cluster a répondu 403).</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %1 Your draft is kept; retry in %n second(s).</source>
        <translation>
            <numerusform>Non enregistré : %1 Votre brouillon est conservé ; nouvel essai dans %n seconde.</numerusform>
            <numerusform>Non enregistré : %1 Votre brouillon est conservé ; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Your draft is kept; retry when the cluster is back.</source>
        <translation>Non enregistré : %1 Votre brouillon est conservé ; nouvel essai dès le retour du cluster.</translation>
    </message>
    <message>
        <source>Your changes now sit on top of the current version; apply to save them.</source>
        <translation>Vos modifications reposent désormais sur la version actuelle ; appliquez-les pour les enregistrer.</translation>
    </message>
    <message>
        <source>Your unsaved draft is back.</source>
        <translation>Votre brouillon non enregistré a été restauré.</translation>
    </message>
    <message>
        <source>Your unsaved draft is back. Secrets are never kept in drafts: type %1 again.</source>
        <translation>Votre brouillon non enregistré a été restauré. Les secrets ne sont jamais conservés dans les brouillons : saisissez à nouveau %1.</translation>
    </message>
    <message>
        <source>A resource with this name already exists.</source>
        <translation>Une ressource portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>A resource named “%1” already exists on the cluster; nothing was written. Open the existing one, or choose another name for yours.</source>
        <translation>Une ressource nommée « %1 » existe déjà sur le cluster ; rien n&apos;a été écrit. Ouvrez la ressource existante ou choisissez un autre nom pour la vôtre.</translation>
    </message>
    <message>
        <source>%1 Your draft is kept.</source>
        <translation>%1 Votre brouillon est conservé.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you looked (now revision %2); it was not deleted. The current version is shown: look at it, then delete again if you still mean to.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis votre consultation (révision %2 désormais) ; il n’a pas été supprimé. La version actuelle est affichée : examinez-la, puis supprimez à nouveau si vous le souhaitez toujours.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you looked; it was not deleted. Reload the list before deciding again.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis votre consultation ; il n’a pas été supprimé. Rechargez la liste avant de décider à nouveau.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>Not applied: %1. Your draft is kept.</source>
        <translation>Non appliqué : %1. Votre brouillon est conservé.</translation>
    </message>
</context>
<context>
    <name>ResourceFieldTitle</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>Taille du pool</translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation>Millésime</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Driver class</source>
        <translation>Classe du pilote</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Pool minimum</source>
        <translation>Minimum du pool</translation>
    </message>
    <message>
        <source>Pool maximum</source>
        <translation>Maximum du pool</translation>
    </message>
    <message>
        <source>Connect timeout (ms)</source>
        <translation>Délai de connexion (ms)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Root path</source>
        <translation>Chemin racine</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Délai (ms)</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>will be cleared</source>
        <translation>sera effacé</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the stored secret when applying</source>
        <translation>Supprimer le secret stocké lors de l&apos;application</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(par défaut : %1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The name of an existing resource cannot be changed.</source>
        <translation>Le nom d&apos;une ressource existante ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>The cluster cannot accept writes right now.</source>
        <translation>Le cluster ne peut pas accepter d&apos;écritures pour le moment.</translation>
    </message>
    <message>
        <source>No usable answer from the cluster (%1).</source>
        <translation>Aucune réponse utilisable du cluster (%1).</translation>
    </message>
    <message>
        <source>The cluster applied the change (revision %1, request id %2) but its answer could not be fetched. Reload to see it.</source>
        <translation>Le cluster a appliqué la modification (révision %1, identifiant de requête %2), mais sa réponse n&apos;a pas pu être récupérée. Rechargez pour la voir.</translation>
    </message>
    <message>
        <source>The cluster did not answer and did not apply the change (request id %1): nothing was written.</source>
        <translation>Le cluster n&apos;a pas répondu et n&apos;a pas appliqué la modification (identifiant de requête %1) : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The outcome is unknown: the cluster did not answer and its change log could not be checked. The change log will show request id %1 if the change was applied; reload before trying again.</source>
        <translation>Le résultat est inconnu : le cluster n&apos;a pas répondu et son journal des modifications n&apos;a pas pu être vérifié. Le journal des modifications indiquera l&apos;identifiant de requête %1 si la modification a été appliquée ; rechargez avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>ResourceResult</name>
    <message>
        <source>the primary is behind its replicas</source>
        <translation>le primaire est en retard sur ses réplicas</translation>
    </message>
    <message>
        <source>the nodes hold different configuration histories</source>
        <translation>les nœuds ont des historiques de configuration différents</translation>
    </message>
    <message>
        <source>the primary is waiting to hear from the other nodes</source>
        <translation>le primaire attend des nouvelles des autres nœuds</translation>
    </message>
    <message>
        <source>The cluster refuses writes: %1; nothing was written.</source>
        <translation>Le cluster refuse les écritures : %1 ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Has unsaved changes</source>
        <translation>A des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Mis à jour par</translation>
    </message>
    <message>
        <source>%1 (changed on the cluster)</source>
        <translation>%1 (modifié sur le cluster)</translation>
    </message>
    <message>
        <source>Changed on the cluster since your draft began: applying it shows both versions side by side.</source>
        <translation>Modifié sur le cluster depuis le début de votre brouillon : l&apos;appliquer affiche les deux versions côte à côte.</translation>
    </message>
</context>
<context>
    <name>ResourceTestDialog</name>
    <message>
        <source>Nothing to test: no resource selected or no node known.</source>
        <translation>Rien à tester : aucune ressource sélectionnée ou aucun nœud connu.</translation>
    </message>
    <message>
        <source>Testing on every node: %1 of %2 answered, %3 failed.</source>
        <translation>Test sur tous les nœuds : %1 sur %2 ont répondu, %3 en échec.</translation>
    </message>
    <message>
        <source>Every node passed every test (%1 tests).</source>
        <translation>Tous les nœuds ont réussi tous les tests (%1 tests).</translation>
    </message>
    <message>
        <source>%1 of %2 tests failed; hover over a cell for every check.</source>
        <translation>%1 tests sur %2 ont échoué ; survolez une cellule pour voir chaque vérification.</translation>
    </message>
    <message>
        <source>Test on All Nodes</source>
        <translation>Tester sur tous les nœuds</translation>
    </message>
    <message>
        <source>&amp;Results (rows: resources, columns: nodes):</source>
        <translation>&amp;Résultats (lignes : ressources, colonnes : nœuds) :</translation>
    </message>
    <message>
        <source>Resource test results</source>
        <translation>Résultats des tests de ressources</translation>
    </message>
</context>
<context>
    <name>ResourceTestText</name>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>pas de réponse : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>%1 ok (%2 ms)</source>
        <translation>%1 ok (%2 ms)</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3 ms)</source>
        <translation>%1 en échec : %2 (%3 ms)</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source>the node&apos;s answer is not a test result</source>
        <translation>la réponse du nœud n&apos;est pas un résultat de test</translation>
    </message>
</context>
<context>
    <name>ResourceTypePanel</name>
    <message>
        <source>the new resource</source>
        <translation>la nouvelle ressource</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1. Discard them?</source>
        <translation>Vous avez des modifications non enregistrées de %1. Les abandonner ?</translation>
    </message>
    <message>
        <source>Delete resource?</source>
        <translation>Supprimer la ressource ?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>Reload the current version of %1 and discard your changes?</source>
        <translation>Recharger la version actuelle de %1 et abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>No resource selected</source>
        <translation>Aucune ressource sélectionnée</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Save to the cluster (Ctrl+S)</source>
        <translation>Enregistrer sur le cluster (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Discard your changes (Esc)</source>
        <translation>Abandonner vos modifications (Échap)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation>Résoudre le &amp;conflit…</translation>
    </message>
    <message>
        <source>&amp;Open the existing one</source>
        <translation>&amp;Ouvrir la ressource existante</translation>
    </message>
    <message>
        <source>C&amp;hoose another name</source>
        <translation>C&amp;hoisir un autre nom</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open the &amp;draft</source>
        <translation>Ouvrir le &amp;brouillon</translation>
    </message>
    <message>
        <source>Delete the database resource “%1” from the cluster “%2”?</source>
        <translation>Supprimer la ressource de base de données « %1 » du cluster « %2 » ?</translation>
    </message>
    <message>
        <source>Delete the JDBC connection “%1” from the cluster “%2”?</source>
        <translation>Supprimer la connexion JDBC « %1 » du cluster « %2 » ?</translation>
    </message>
    <message>
        <source>Delete the file server “%1” from the cluster “%2”?</source>
        <translation>Supprimer le serveur de fichiers « %1 » du cluster « %2 » ?</translation>
    </message>
    <message>
        <source>Delete the web service “%1” from the cluster “%2”?</source>
        <translation>Supprimer le service web « %1 » du cluster « %2 » ?</translation>
    </message>
    <message>
        <source>Delete the resource “%1” from the cluster “%2”?</source>
        <translation>Supprimer la ressource « %1 » du cluster « %2 » ?</translation>
    </message>
    <message>
        <source>Every node of the cluster removes it. This cannot be undone.</source>
        <translation>La suppression s&apos;applique à tous les nœuds du cluster. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Could not reload the list: %1 The rows below are from the last successful load.</source>
        <translation>Impossible de recharger la liste : %1 Les lignes ci-dessous proviennent du dernier chargement réussi.</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Impossible de charger la liste : %1</translation>
    </message>
    <message>
        <source>%1 was changed on the cluster while you were editing it; applying your draft will show both versions.</source>
        <translation>%1 a été modifié sur le cluster pendant que vous le modifiiez ; appliquer votre brouillon affichera les deux versions.</translation>
    </message>
    <message>
        <source>A new resource you had started is kept as a draft.</source>
        <translation>Une nouvelle ressource que vous aviez commencée est conservée comme brouillon.</translation>
    </message>
    <message>
        <source>The new resource “%1” you had started is kept as a draft; it is not on the cluster yet.</source>
        <translation>La nouvelle ressource « %1 » que vous aviez commencée est conservée comme brouillon ; elle n&apos;est pas encore sur le cluster.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1.</source>
        <translation>Vous avez des modifications non enregistrées de %1.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Conserver comme brouillon</translation>
    </message>
    <message>
        <source>A kept draft stays marked “•” and comes back when you open the resource again, also after a restart.</source>
        <translation>Un brouillon conservé reste marqué « • » et revient lorsque vous rouvrez la ressource, même après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Aban&amp;donner</translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>no result within %1 s
</source>
        <translation>aucun résultat en %1 s
</translation>
    </message>
    <message>
        <source>secret file: &quot;%1&quot; is not &lt;type&gt;/&lt;name&gt; with an object of secrets</source>
        <translation>fichier de secrets : « %1 » n&apos;est pas &lt;type&gt;/&lt;name&gt; avec un objet de secrets</translation>
    </message>
    <message>
        <source>secret file: %1 %2 is not a secret this batch needs</source>
        <translation>fichier de secrets : %1 %2 n&apos;est pas un secret nécessaire à ce lot</translation>
    </message>
    <message>
        <source>secret file: empty</source>
        <translation>fichier de secrets : vide</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DÉTAILS</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>secrets : %1</translation>
    </message>
    <message>
        <source>%1 resources: %2 identical, %3 differ, %4 not on every cluster
</source>
        <translation>%1 ressources : %2 identiques, %3 différentes, %4 absentes d&apos;au moins un cluster
</translation>
    </message>
    <message>
        <source>Cluster %1:
</source>
        <translation>Cluster %1 :
</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 blocked
</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 inchangées, %4 bloquées
</translation>
    </message>
    <message>
        <source>no cluster given
</source>
        <translation>aucun cluster indiqué
</translation>
    </message>
    <message>
        <source>cannot read %1: %2
</source>
        <translation>impossible de lire %1 : %2
</translation>
    </message>
    <message>
        <source>%1 does not compare secrets for this account: where secrets are set on every cluster, whether they are equal cannot be told
</source>
        <translation>%1 ne compare pas les secrets pour ce compte : là où les secrets sont définis sur tous les clusters, impossible de dire s&apos;ils sont identiques
</translation>
    </message>
    <message numerus="yes">
        <source>exported %n resource definition(s) of %1 to %2
</source>
        <translation>
            <numerusform>%n définition de ressource de %1 exportée vers %2
</numerusform>
            <numerusform>%n définitions de ressources de %1 exportées vers %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets not exported, they need a value on import: %1
</source>
        <translation>secrets non exportés, ils devront recevoir une valeur à l&apos;importation : %1
</translation>
    </message>
    <message>
        <source>Results:
</source>
        <translation>Résultats :
</translation>
    </message>
    <message>
        <source>refused: %1 is read-only in Clusterdesk; nothing was sent (change it with clusterdesk cluster edit %1 --read-write)
</source>
        <translation>refusé : %1 est en lecture seule dans Clusterdesk ; rien n&apos;a été envoyé (modifiez-le avec clusterdesk cluster edit %1 --read-write)
</translation>
    </message>
    <message>
        <source>refused: %1 is a production cluster; nothing was sent. Repeat with --confirm %1 (its name exactly) to change it
</source>
        <translation>refusé : %1 est un cluster de production ; rien n&apos;a été envoyé. Recommencez avec --confirm %1 (son nom exact) pour le modifier
</translation>
    </message>
</context>
<context>
    <name>ResourcesCommandLine</name>
    <message>
        <source>see clusterdesk resources --help</source>
        <translation>voir clusterdesk resources --help</translation>
    </message>
    <message>
        <source>Compares, exports and copies resource definitions across clusters.</source>
        <translation>Compare, exporte et copie des définitions de ressources entre clusters.</translation>
    </message>
    <message>
        <source>A saved cluster (repeatable).</source>
        <translation>Un cluster enregistré (répétable).</translation>
    </message>
    <message>
        <source>An unsaved cluster&apos;s load balancer URL (repeatable).</source>
        <translation>L&apos;URL du répartiteur de charge d&apos;un cluster non enregistré (répétable).</translation>
    </message>
    <message>
        <source>The user for the --url of the same position.</source>
        <translation>L&apos;utilisateur pour la --url de même position.</translation>
    </message>
    <message>
        <source>The password for the --url of the same position, from &lt;file&gt;.</source>
        <translation>Le mot de passe pour la --url de même position, lu dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>diff: only this type.</source>
        <translation>diff : uniquement ce type.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export : le fichier à écrire.</translation>
    </message>
    <message>
        <source>apply: the definitions file to apply.</source>
        <translation>apply : le fichier de définitions à appliquer.</translation>
    </message>
    <message>
        <source>apply: print the plan, write nothing.</source>
        <translation>apply : afficher le plan, ne rien écrire.</translation>
    </message>
    <message>
        <source>apply: never update an existing resource (a different one is reported).</source>
        <translation>apply : ne jamais mettre à jour une ressource existante (une ressource différente est signalée).</translation>
    </message>
    <message>
        <source>apply: the secrets for the batch.</source>
        <translation>apply : les secrets du lot.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>diff, export or apply.</source>
        <translation>diff, export ou apply.</translation>
    </message>
    <message>
        <source>resources needs an action: diff, export or apply</source>
        <translation>resources requiert une action : diff, export ou apply</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>unknown resources action: %1</source>
        <translation>action resources inconnue : %1</translation>
    </message>
    <message>
        <source>--user and --password-file go with a --url each</source>
        <translation>--user et --password-file accompagnent chacun une --url</translation>
    </message>
    <message>
        <source>invalid --url: %1</source>
        <translation>--url non valide : %1</translation>
    </message>
    <message>
        <source>--url %1 needs --user and a password</source>
        <translation>--url %1 requiert --user et un mot de passe</translation>
    </message>
    <message>
        <source>diff needs two or more clusters</source>
        <translation>diff requiert deux clusters ou plus</translation>
    </message>
    <message>
        <source>export needs one cluster and --output</source>
        <translation>export requiert un cluster et --output</translation>
    </message>
    <message>
        <source>apply needs --file and one or more clusters</source>
        <translation>apply requiert --file et un ou plusieurs clusters</translation>
    </message>
    <message>
        <source>unknown --type %1 (one of %2)</source>
        <translation>--type %1 inconnu (un parmi %2)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>de mot de passe</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>de secrets</translation>
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
        <translation>Actions :
  diff     Comparer deux clusters ou plus : code de sortie 0 identiques, 1 différents.
  export   Écrire les définitions d&apos;un cluster dans --output (sans les secrets).
  apply    Planifier et appliquer un fichier de définitions --file aux clusters --cluster.

Clusters : --cluster &lt;saved name&gt; (répétable), ou --url &lt;url&gt; --user &lt;user&gt;
--password-file &lt;file&gt; (répétables, appariés dans l&apos;ordre ; CLUSTERDESK_PASSWORD
remplace un fichier de mot de passe manquant). Les clusters enregistrés viennent en premier.
--secret-file : un seul secret pour tous les secrets dont le fichier a besoin, ou du JSON
{&quot;&lt;type&gt;/&lt;name&gt;&quot;: {&quot;&lt;field&gt;&quot;: &quot;&lt;secret&gt;&quot;}}. Les secrets non fournis restent
non définis à la création et sont conservés à la mise à jour. Code de sortie 2 en cas d&apos;erreur.
Un cluster enregistré en lecture seule ne reçoit jamais d&apos;écriture ; un cluster étiqueté
production n&apos;en reçoit qu&apos;avec --confirm &lt;its name&gt;, exactement.

Exemples :
  clusterdesk resources diff --cluster Prod --cluster Test --json
  clusterdesk resources export --cluster Prod --output prod-resources.json
  clusterdesk resources apply --file prod-resources.json --cluster Test --dry-run
  clusterdesk resources apply --file prod-resources.json --cluster Test --secret-file secrets.json
  clusterdesk resources apply --file test-resources.json --cluster Prod --confirm Prod
</translation>
    </message>
    <message>
        <source>apply: write to the production cluster called exactly &lt;name&gt; (repeatable).</source>
        <translation>apply : écrire sur le cluster de production nommé exactement &lt;name&gt; (répétable).</translation>
    </message>
    <message>
        <source>the activity log cannot be written: %1</source>
        <translation>le journal d&apos;activité ne peut pas être écrit : %1</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Database resources</source>
        <translation>Ressources de base de données</translation>
    </message>
    <message>
        <source>JDBC connections</source>
        <translation>Connexions JDBC</translation>
    </message>
    <message>
        <source>File servers</source>
        <translation>Serveurs de fichiers</translation>
    </message>
    <message>
        <source>Web services</source>
        <translation>Services web</translation>
    </message>
    <message>
        <source>This cluster is read-only in Clusterdesk; change it in the cluster settings (Cluster &gt; Edit).</source>
        <translation>Ce cluster est en lecture seule dans Clusterdesk ; modifiez ce réglage dans les paramètres du cluster (Cluster &gt; Modifier le cluster).</translation>
    </message>
    <message>
        <source>Test on &amp;All Nodes…</source>
        <translation>Tester sur &amp;tous les nœuds…</translation>
    </message>
    <message>
        <source>Test the selected resources (or all of this type) from every node: host, port, TLS, HTTP or location</source>
        <translation>Tester les ressources sélectionnées (ou toutes celles de ce type) depuis chaque nœud : hôte, port, TLS, HTTP ou emplacement</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>the %1 service list is not an HTML page</source>
        <translation>la liste des services %1 n&apos;est pas une page HTML</translation>
    </message>
    <message>
        <source>the %1 service list names more than %2 services</source>
        <translation>la liste des services %1 nomme plus de %2 services</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>missing on %1</source>
        <translation>absent sur %1</translation>
    </message>
    <message>
        <source>differs on %1</source>
        <translation>diffère sur %1</translation>
    </message>
    <message>
        <source>same on every node</source>
        <translation>identique sur tous les nœuds</translation>
    </message>
    <message>
        <source>SHA-256 of the description: %1</source>
        <translation>SHA-256 de la description : %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>Description digest</source>
        <translation>Condensat de la description</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <source>The nodes&apos; catalogues list no services.</source>
        <translation>Les catalogues des nœuds ne listent aucun service.</translation>
    </message>
    <message>
        <source>Every service the nodes&apos; REST and SOAP catalogues list; a service missing on a node or described differently means the configuration is not synchronised.</source>
        <translation>Tous les services listés par les catalogues REST et SOAP des nœuds ; un service absent d&apos;un nœud ou décrit différemment signifie que la configuration n&apos;est pas synchronisée.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>No services to list: this cluster answers through Clusterdesk&apos;s management API, which publishes no REST or SOAP service catalogue (only a plain Spectrum cluster&apos;s catalogues are read).</source>
        <translation>Aucun service à afficher : ce cluster répond via l&apos;API de gestion de Clusterdesk, qui ne publie aucun catalogue de services REST ou SOAP (seuls les catalogues d&apos;un cluster Spectrum simple sont lus).</translation>
    </message>
    <message>
        <source>No services to list yet: whether this cluster publishes a REST or SOAP service catalogue is known once it has answered a poll.</source>
        <translation>Aucun service à afficher pour l&apos;instant : on saura si ce cluster publie un catalogue de services REST ou SOAP dès qu&apos;il aura répondu à une interrogation.</translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <source>You are signed in as %1: read-only</source>
        <translation>Vous êtes connecté en tant que %1 : lecture seule</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>The password is %1.
&amp;Token:</source>
        <translation>Mot de passe : %1.
&amp;Jeton :</translation>
    </message>
    <message>
        <source>The password is %1.
&amp;Password:</source>
        <translation>Mot de passe : %1.
Mot &amp;de passe :</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SpectrumSettingsGroup</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Plain Spectrum cluster</source>
        <translation>Cluster Spectrum seul</translation>
    </message>
    <message>
        <source>No&amp;de URLs:</source>
        <translation>URL des &amp;nœuds :</translation>
    </message>
    <message>
        <source>Optional, one a line, when neither the Clusterdesk API nor a statistics page lists the nodes:
http://node1.example.com:8080</source>
        <translation>Facultatif, une par ligne, si ni l’API Clusterdesk ni une page de statistiques ne liste les nœuds :
http://node1.example.com:8080</translation>
    </message>
    <message>
        <source>Spectrum to&amp;ken:</source>
        <translation>&amp;Jeton Spectrum :</translation>
    </message>
    <message>
        <source>Session token (ended when the cluster is closed)</source>
        <translation>Jeton de session (fermée avec le cluster)</translation>
    </message>
    <message>
        <source>Open token (no session)</source>
        <translation>Jeton ouvert (sans session)</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>no password stored for %1; use --password-file
</source>
        <translation>aucun mot de passe enregistré pour %1 ; utilisez --password-file
</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>cannot reach the cluster at %1: %2
</source>
        <translation>impossible de joindre le cluster à %1 : %2
</translation>
    </message>
    <message>
        <source>the cluster at %1 refused the sign-in: %2
</source>
        <translation>le cluster à l&apos;adresse %1 a refusé la connexion : %2
</translation>
    </message>
</context>
<context>
    <name>StatusFormatter</name>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>réplique</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>SANTÉ</translation>
    </message>
    <message>
        <source>LB</source>
        <translation>RC</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCE</translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation>DÉCALAGE</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>RÉVISION</translation>
    </message>
    <message>
        <source>LAG</source>
        <translation>RETARD</translation>
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
        <translation>%1 (schéma %2)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Cluster %1: unreachable: %2
</source>
        <translation>Cluster %1 : injoignable : %2
</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>Aucun constat.
</translation>
    </message>
    <message>
        <source>Findings (worst first):
</source>
        <translation>Constats (les plus graves d&apos;abord) :
</translation>
    </message>
    <message>
        <source>-&gt; %1</source>
        <translation>-&gt; %1</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>unsynced</source>
        <translation>non synchronisé</translation>
    </message>
    <message>
        <source>%1 ±%2 ms</source>
        <translation>%1 ±%2 ms</translation>
    </message>
    <message>
        <source>VS REF</source>
        <translation>VS RÉF</translation>
    </message>
    <message>
        <source>NTP</source>
        <translation>NTP</translation>
    </message>
    <message>
        <source>CHECKSUM</source>
        <translation>SOMME CTRL</translation>
    </message>
    <message>
        <source>%1 ms ± %2 net</source>
        <translation>%1 ms ± %2 réseau</translation>
    </message>
    <message>
        <source>Cluster %1: sign-in refused: %2
</source>
        <translation>Cluster %1 : connexion refusée : %2
</translation>
    </message>
    <message>
        <source>Cluster %1: %2 nodes, %3 up, %4 degraded, %5 slow, %6 missed the last poll, %7 unreachable; primary %8
</source>
        <translation>Cluster %1 : %2 nœuds, %3 actifs, %4 dégradés, %5 lents, %6 ont manqué la dernière interrogation, %7 injoignables ; primaire %8
</translation>
    </message>
    <message>
        <source>Services: %1 REST, %2 SOAP; %3 not the same on every node
</source>
        <translation>Services : %1 REST, %2 SOAP ; %3 différents d&apos;un nœud à l&apos;autre
</translation>
    </message>
    <message>
        <source>A plain Spectrum cluster (no Clusterdesk management API):
</source>
        <translation>Un cluster Spectrum simple (sans API de gestion Clusterdesk) :
</translation>
    </message>
</context>
<context>
    <name>SyncApplier</name>
    <message>
        <source>no connection to %1</source>
        <translation>aucune connexion à %1</translation>
    </message>
    <message>
        <source>created on %1 by someone else since planning; plan again</source>
        <translation>créée sur %1 par quelqu&apos;un d&apos;autre depuis la planification ; replanifiez</translation>
    </message>
    <message>
        <source>changed on %1 since planning; their version was kept, plan again</source>
        <translation>modifiée sur %1 depuis la planification ; leur version a été conservée, replanifiez</translation>
    </message>
    <message>
        <source>deleted on %1 since planning; plan again</source>
        <translation>supprimée sur %1 depuis la planification ; replanifiez</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>refusé (%1) : %2</translation>
    </message>
    <message>
        <source>this account may not write on %1</source>
        <translation>ce compte ne peut pas écrire sur %1</translation>
    </message>
    <message>
        <source>not written: cancelled before it was sent</source>
        <translation>non écrit : annulé avant l&apos;envoi</translation>
    </message>
    <message>
        <source>not sent to %1: %2</source>
        <translation>non envoyé à %1 : %2</translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>cannot read the cluster: %1</source>
        <translation>impossible de lire le cluster : %1</translation>
    </message>
    <message>
        <source>signed in as %1, a viewer: read-only</source>
        <translation>connecté en tant que %1, un observateur : lecture seule</translation>
    </message>
    <message>
        <source>%1 left unset</source>
        <translation>%1 laissé non défini</translation>
    </message>
    <message>
        <source>already exists with different content (%1) and only creating was chosen</source>
        <translation>existe déjà avec un contenu différent (%1) et seule la création a été choisie</translation>
    </message>
</context>
<context>
    <name>SyncPlanDialog</name>
    <message>
        <source>Copy resource definitions</source>
        <translation>Copier des définitions de ressources</translation>
    </message>
    <message>
        <source>Nothing selected to copy.</source>
        <translation>Rien n&apos;est sélectionné pour la copie.</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n definition(s) from %1. This is a dry run: nothing is written until you press Apply.</source>
        <translation>
            <numerusform>Copier %n définition depuis %1. Ceci est une simulation : rien n&apos;est écrit avant que vous appuyiez sur Appliquer.</numerusform>
            <numerusform>Copier %n définitions depuis %1. Ceci est une simulation : rien n&apos;est écrit avant que vous appuyiez sur Appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing resources:</source>
        <translation>Ressources existantes :</translation>
    </message>
    <message>
        <source>Update them to match</source>
        <translation>Les mettre à jour pour correspondre</translation>
    </message>
    <message>
        <source>Leave them alone (create only)</source>
        <translation>Les laisser telles quelles (création uniquement)</translation>
    </message>
    <message>
        <source>Secrets are never read from the source. Type each one once for every target, or leave it unset (a new resource gets none, an existing one keeps its own).</source>
        <translation>Les secrets ne sont jamais lus depuis la source. Saisissez chacun une fois pour toutes les cibles, ou laissez-le non défini (une nouvelle ressource n&apos;en reçoit aucun, une ressource existante garde le sien).</translation>
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
        <translation>Détails</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Leave unset</source>
        <translation>Laisser non défini</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n target cluster(s)…</source>
        <translation>
            <numerusform>Lecture de %n cluster cible…</numerusform>
            <numerusform>Lecture de %n clusters cibles…</numerusform>
        </translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 cannot be applied</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 non applicables</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 cannot be applied.</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 inchangées, %4 non applicables.</translation>
    </message>
    <message>
        <source>Nothing to write: every target already matches (or cannot be written).</source>
        <translation>Rien à écrire : toutes les cibles correspondent déjà (ou ne sont pas accessibles en écriture).</translation>
    </message>
    <message>
        <source>Applied %1, conflicts %2, failed %3. Plan again to see what is left.</source>
        <translation>Appliquées %1, conflits %2, échecs %3. Replanifiez pour voir ce qui reste.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>non appliqué</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflit : %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading target clusters: %v of %m</source>
        <translation>Lecture des clusters cibles : %v sur %m</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was planned or written. Plan again to start over.</source>
        <translation>Lecture annulée : rien n&apos;a été planifié ni écrit. Replanifiez pour recommencer.</translation>
    </message>
    <message>
        <source>Applying: %v of %m writes</source>
        <translation>Application : écriture %v sur %m</translation>
    </message>
    <message>
        <source>Cancelled: applied %1, conflicts %2, failed %3, not sent %4 (each item says which). Plan again to see what is left.</source>
        <translation>Annulé : appliquées %1, conflits %2, échecs %3, non envoyées %4 (chaque élément indique lesquelles). Replanifiez pour voir ce qui reste.</translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation>non envoyé (annulé)</translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n write(s) is unknown: the change log shows their request ids if they were applied.</source>
        <translation>
            <numerusform>Le résultat de %n écriture est inconnu : le journal des modifications montre son identifiant de requête si elle a été appliquée.</numerusform>
            <numerusform>Le résultat de %n écritures est inconnu : le journal des modifications montre leurs identifiants de requête si elles ont été appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert change %1</source>
        <translation>Annuler la modification %1</translation>
    </message>
    <message>
        <source>Undo change %1 (%2 %3/%4 by %5) on %6. A resource changed since is a conflict and is never overwritten. This is a dry run: nothing is written until you press Apply.</source>
        <translation>Annuler la modification %1 (%2 %3/%4 par %5) sur %6. Une ressource modifiée depuis constitue un conflit et n&apos;est jamais écrasée. Ceci est une simulation : rien n&apos;est écrit avant que vous appuyiez sur Appliquer.</translation>
    </message>
    <message>
        <source>its cluster</source>
        <translation>son cluster</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n à supprimer</numerusform>
            <numerusform>%n à supprimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete.</source>
        <translation>
            <numerusform>%n à supprimer.</numerusform>
            <numerusform>%n à supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert on a production cluster?</source>
        <translation>Annuler sur un cluster de production ?</translation>
    </message>
    <message>
        <source>Copy onto a production cluster?</source>
        <translation>Copier vers un cluster de production ?</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n write(s) to the production cluster “%1”?</source>
        <translation>
            <numerusform>Appliquer %n écriture au cluster de production « %1 » ?</numerusform>
            <numerusform>Appliquer %n écritures au cluster de production « %1 » ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every production cluster the plan writes to is confirmed on its own.</source>
        <translation>Chaque cluster de production sur lequel le plan écrit est confirmé séparément.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>TcpListen</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1 port %2 : %3</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>%1 joined (%2)</source>
        <translation>%1 a rejoint (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 left the cluster</source>
        <translation>%1 a quitté le cluster</translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation>Clusterdesk</translation>
    </message>
    <message>
        <source>%1: node state changed</source>
        <translation>%1 : l&apos;état du nœud a changé</translation>
    </message>
</context>
<context>
    <name>TypedConfirmationDialog</name>
    <message>
        <source>This is a production cluster. To go on, type its name, &lt;b&gt;%1&lt;/b&gt;, exactly:</source>
        <translation>Ceci est un cluster de production. Pour continuer, saisissez son nom, &lt;b&gt;%1&lt;/b&gt;, exactement :</translation>
    </message>
</context>
<context>
    <name>UnsavedDraftsPrompt</name>
    <message>
        <source>database resource</source>
        <translation>ressource de base de données</translation>
    </message>
    <message>
        <source>JDBC connection</source>
        <translation>connexion JDBC</translation>
    </message>
    <message>
        <source>file server</source>
        <translation>serveur de fichiers</translation>
    </message>
    <message>
        <source>web service</source>
        <translation>service web</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>%1, a new %2 not yet on the cluster</source>
        <translation>%1 (nouveau : %2), pas encore sur le cluster</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>You have unsaved changes to %n resource(s):</source>
        <translation>
            <numerusform>Vous avez des modifications non enregistrées de %n ressource :</numerusform>
            <numerusform>Vous avez des modifications non enregistrées de %n ressources :</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts you keep are offered again next time; secrets you typed are never stored and must be typed again.</source>
        <translation>Les brouillons que vous conservez vous seront proposés à nouveau la prochaine fois ; les secrets saisis ne sont jamais stockés et devront être saisis à nouveau.</translation>
    </message>
    <message>
        <source>Drafts of a removed cluster cannot be kept.</source>
        <translation>Les brouillons d&apos;un cluster retiré ne peuvent pas être conservés.</translation>
    </message>
    <message>
        <source>&amp;Apply all</source>
        <translation>&amp;Tout appliquer</translation>
    </message>
    <message>
        <source>&amp;Keep as drafts</source>
        <translation>&amp;Conserver comme brouillons</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Aban&amp;donner</translation>
    </message>
    <message>
        <source>Not everything was saved</source>
        <translation>Tout n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>These changes were not saved and are still open:</source>
        <translation>Ces modifications n&apos;ont pas été enregistrées et sont toujours ouvertes :</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Starting the demo cluster…</source>
        <translation>Démarrage du cluster de démonstration…</translation>
    </message>
    <message>
        <source>Starting the demo cluster… %1</source>
        <translation>Démarrage du cluster de démonstration… %1</translation>
    </message>
    <message>
        <source>Welcome to Clusterdesk</source>
        <translation>Bienvenue dans Clusterdesk</translation>
    </message>
    <message>
        <source>Watch the nodes of your clusters, their health, clocks and configuration, and manage the resources they share. Start by adding a cluster: the address of its load balancer and a user.</source>
        <translation>Surveillez les nœuds de vos clusters, leur santé, leurs horloges et leur configuration, et gérez les ressources qu&apos;ils partagent. Commencez par ajouter un cluster : l&apos;adresse de son répartiteur de charge et un utilisateur.</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;Ajouter un cluster…</translation>
    </message>
    <message>
        <source>Start &amp;Local Demo Cluster</source>
        <translation>Démarrer le cluster de démonstration &amp;local</translation>
    </message>
    <message>
        <source>Runs three reference nodes behind HAProxy on this computer and adds them as a cluster. They stop when Clusterdesk quits.</source>
        <translation>Exécute trois nœuds de référence derrière HAProxy sur cet ordinateur et les ajoute comme cluster. Ils s&apos;arrêtent quand Clusterdesk se ferme.</translation>
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
        <translation>&amp;Copier en CSV</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom into a period; double-click to show it all.</source>
        <translation>Faites glisser sur le graphique pour zoomer sur une période ; double-cliquez pour tout afficher.</translation>
    </message>
</context>
</TS>
