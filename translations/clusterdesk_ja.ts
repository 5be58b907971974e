<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiClient</name>
    <message>
        <source>the request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed: the token answer has no access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed: the user name or password was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer answered 502: the node sent no valid answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer answered 504: the node did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer answered %1: no node is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request for node %1 reached %2, which refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request for node %1 was answered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON answer but got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL &quot;%1&quot;: an http or https URL with a host is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect from %1 to another server (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate fingerprint mismatch: %1 presented %2, the profile pins %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
SHA-256: %3
Valid from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterListModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 nodes answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed %1 (saved state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterProfile</name>
    <message>
        <source>is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a password; the secret is stored separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for password sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a certificate file or the PEM text, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits (a SHA-256 digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list the accepted TLS errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be TLS error codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than the warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;password&quot; or &quot;token&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold integers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1&apos;s clock is %2 ms ahead of the cluster median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s clock is %2 ms behind the cluster median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1 ms; %2 ms ahead of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1 ms; %2 ms behind this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the time service (NTP) on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports that its clock is not synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the time service (chrony, ntpd or systemd-timesyncd) runs on %1 and reaches its servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has revision %2 like the primary but a different configuration (checksums differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop changing the configuration, compare %1 with the primary and resynchronize %1 from the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 behind the primary for %3 and no longer advances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check replication on %1: its connection to the primary and its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 behind the primary for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the load and the network of %1: replication is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed yet: %1 is catching up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot reach the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network between %1 and the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer (%2 polls missed in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 runs and that this computer can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shutting down (draining)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports that it is degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the log of %1; restart it if it does not recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missed the last poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed unless %1 misses the next poll too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs server %2 while the others run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring %1 to server %2 like the other nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses configuration schema %2 while the others use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not change the configuration until %1 runs the same release as the others: it may misread it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole cluster is down and Clusterdesk never saw which node stopped last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the node that stopped last in the nodes&apos; logs and start it first, then the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole cluster is down: start %1 first (it stopped last, at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 first, wait until it is up, then start the other nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a renewed license now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the license before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusterdesk cannot reach the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusterdesk cannot reach the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cluster&apos;s address and the network between this computer and the load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the statistics address in the cluster&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers but HAProxy marks it DOWN%2: it gets no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check HAProxy&apos;s health check of %1 (GET /healthz) and the network between HAProxy and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy marks %1 UP but %1 does not answer this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network between this computer and %1; if %1 is really down, check HAProxy&apos;s health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy holds %1 in maintenance (%2): it gets no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 back into service in HAProxy when the maintenance is over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available (%1); the secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>No data directory is available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1 for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order must name every profile exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a Clusterdesk database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application; Clusterdesk leaves it alone. Choose another data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Clusterdesk (schema %2; this version understands up to %3). It was not changed; update Clusterdesk or choose another data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeSnapshot</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missed 1 poll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missed %2 polls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel NTP maximum error: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
