<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes up / total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst clock offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster could not be reached: %1. The sections below show only what the local store holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some parts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst clock offset (vs median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset ± error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTP (node)</source>
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
        <source>Sync state</source>
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
        <source>Time synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history: the local store was not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1, checksum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 for %3, up to %4 nodes, expires %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; %3 exposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resources were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are shown only as set or not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CertificateView</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>a revision &gt;= 0 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of changes is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revision &gt; 0 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s change log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDBC connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterEndpoint</name>
    <message>
        <source>no password stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterListDelegate</name>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
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
    <name>ClusterMonitor</name>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s CA certificate is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pinned fingerprint is not a SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s answer is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked %1, but the answer describes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster answer has no &quot;nodes&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster answer lists no nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer cannot route to %1 and the cluster lists no usable direct URL for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within the poll&apos;s deadline of %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
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
    <name>ClusterResourcesFetcher</name>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterSidebar</name>
    <message>
        <source>Remove cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from Clusterdesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its saved connection, history and drafts are deleted. The cluster itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cluster (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected cluster&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected cluster from Clusterdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected cluster up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected cluster down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>see clusterdesk --help or clusterdesk &lt;command&gt; --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the saved clusters in &lt;dir&gt; instead of the default location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 file %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 file %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls one cluster once and prints its nodes and findings.
Exit codes: 0 healthy, 1 warnings, 2 critical, 3 unreachable (connection, TLS or
sign-in failed), 64 usage error. The password comes from --password-file or the
environment variable CLUSTERDESK_PASSWORD, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s load balancer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved cluster (see clusterdesk cluster list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a session token from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificate(s) in &lt;file&gt; (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (the snapshot plus &quot;exitCode&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after &lt;seconds&gt; (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --url or --cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --password-file or --token-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --cluster (it is saved in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is required with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --stats-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from &lt;file&gt; (or set CLUSTERDESK_PASSWORD); it is stored in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every &lt;seconds&gt; (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster add needs --name and --url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved clusters: add, list or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the saved clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets a saved cluster and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved cluster&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster remove needs exactly one name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster needs an action: add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cluster action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusterdesk: a console for clustered servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status or cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see clusterdesk report --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Formats: html (one self-contained file), pdf (paginated), json (schema 1,
see docs/report-schema.json), csv (two files: when --output is a directory,
nodes.csv and resources.csv in it; otherwise PATH-nodes.csv and
PATH-resources.csv, a trailing .csv of PATH dropped). Without --format the
output&apos;s extension decides, else html.
Exit codes: 0 complete, 1 partial (a cluster or part of one could not be
read; the report says so), 2 failure (nothing written), 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a report of one cluster (--url or --cluster) or of every saved cluster
(--all) for audits, change reviews and hand-offs. Secrets never appear in it.
The password comes from --password-file or CLUSTERDESK_PASSWORD, or the
system keychain for saved clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved clusters and their history are in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved cluster in one document (fleet report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy&apos;s statistics page (with --url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html, pdf, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period covered: 24h, 7d, 14d, 90m, 2w or a date (default 24h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;path&gt; (csv: see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a request after &lt;seconds&gt; (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --url, --cluster and --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format %1 (html, pdf, csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --paper %1 (a4 or letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --since %1 (24h, 7d, 2w or a past date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --url only (saved clusters keep their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  status           One poll of one cluster: a node table and findings.
  cluster add      Save a cluster (its password goes to the system keychain).
  cluster list     List the saved clusters.
  cluster remove   Forget a saved cluster and its password.
  resources        Compare, export or copy resource definitions across
                   clusters (diff, export, apply).
  report           Write a cluster or fleet report (html, pdf, csv, json).

Run clusterdesk &lt;command&gt; --help for the command&apos;s options. Without arguments
clusterdesk opens its window.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Clusters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected to the other clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export definitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import definitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two or more clusters and press Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n cluster(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not compare secrets for this account: where secrets are set everywhere, whether they are equal cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources: %2 identical, %3 differ, %4 not on every cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare including the cluster to copy from first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected resources exists on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the clusters to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export resource definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n definition(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets were left out; they need a value on import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import resource definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (you started from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (now on the cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone deleted &quot;%1&quot; while you were editing it. Rebase creates it again with your version; Reload discards your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Someone changed &quot;%1&quot; while you were editing it. Your changes are kept in the draft. %n field(s) were changed on both sides: choose which value to keep, then Rebase to put your changes on top of theirs, or Reload to discard yours.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rebase my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (secret)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://lb.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate stored in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the server certificate&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAProxy &amp;stats URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: http://lb.example.com:8404/stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock &amp;warning at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock c&amp;ritical at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned S&amp;HA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;ll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted despite verification errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA to trust for this cluster, in addition to the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the address, the sign-in and the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s TLS certificate is not trusted. Compare its SHA-256 fingerprint with the one the cluster&apos;s administrator gives you before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to cluster &quot;%1&quot; with 1 node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to cluster &quot;%1&quot; with %2 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>the answer is not a Clusterdesk cluster description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefinitionsFile</name>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets are not kept in definition files; list the field under secretsNeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a secret field of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: not a Clusterdesk definitions file (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: %1 is not supported (this Clusterdesk reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources: must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a definitions file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoClusterLauncher</name>
    <message>
        <source>The demo cluster wrote no cluster.json in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster&apos;s cluster.json is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster&apos;s cluster.json names no load balancer address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo cluster is already starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster needs scripts/cluster, clusterdesk-node and haproxy, and not all of them were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free ports on 127.0.0.1 for the demo cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a state directory for the demo cluster in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All saved clusters (fleet report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (nodes and resources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows the report here before you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview ready; some clusters or parts could not be read (the report says which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Some clusters or parts could not be read; the report says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading 1 cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 clusters…</source>
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
    <name>FleetSummary</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>Double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>All saved clusters. Double-click a cluster to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the change log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration change has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;older changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 changes (up to revision %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the only change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all %1 changes.</source>
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
    <name>LanguageSwitcher</name>
    <message>
        <source>System</source>
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
    <name>MainWindow</name>
    <message>
        <source>Clusterdesk could not open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local demo cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to filter here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Local Demo Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run three reference nodes behind HAProxy on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the current view (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the selected cluster now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;All Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Cluster List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Clusterdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing off: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing off: unreachable, next try in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not polling: unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next refresh in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clusters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Clusterdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clusterdesk %1&lt;/h3&gt;&lt;p&gt;A console for clustered server platforms: nodes, health, clocks, configuration and shared resources.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeHistoryCharts</name>
    <message>
        <source>%1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset against this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± error bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration &amp;revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples</source>
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
<context>
    <name>NodesPanel</name>
    <message>
        <source>Probes reach this node through the load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes reach this node directly at %1: the load balancer could not route to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probe has reached this node in the last poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, id or state (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only nodes with a warning or a critical problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node to see its answer, its history and how it was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s raw /api/v1/node answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Same revision, different content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node has the same configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other nodes have not reported their revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers in the load balancer&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statistics URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the HAProxy statistics URL to this cluster&apos;s settings to see the load balancer&apos;s view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the snapshot from %1 ago; refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing a saved snapshot; refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst clock offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings, worst first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the cluster median (±&#xa0;%2&#xa0;ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is 1 revision behind the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 revisions behind the primary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset &amp;warning above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock offset &amp;critical above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a newly added cluster is polled. Each saved cluster keeps its own interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me when a node changes state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications appear only where the desktop offers a system tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved cluster is called &quot;%1&quot; (see clusterdesk cluster list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the store: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the cluster: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added cluster %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the password: %1; %2 was not added
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the password could not be stored in the system keychain (%1); it will have to be given with --password-file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the saved clusters: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved clusters.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved cluster is called &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed cluster %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the stored password could not be deleted: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFormValidator</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another cluster is already called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password is stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local store could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource was unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3: read, gathering details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the local store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history: cannot open the local store: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved cluster is called %1 (see clusterdesk cluster list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no saved clusters to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program cannot write PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in sync, %3 behind, %4 diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read (no statistics URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 servers up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronized</source>
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
        <source>Clock offset against this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock samples in the local store for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %1 nodes with the largest offsets of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gathering 1 cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gathering %1 clusters</source>
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
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
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
        <source>1 node, in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 nodes agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet report: 1 cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet report: %1 clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsynchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ±%2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDiffModel</name>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set on some only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set on all, equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set on all, different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set on all, cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical (secrets: cannot tell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceEditorController</name>
    <message>
        <source>Saved (revision %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this resource (now revision %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else deleted this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster refused the change: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not change resources (the cluster answered 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %1 Your draft is kept; retry in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Your draft is kept; retry when the cluster is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes now sit on top of the current version; apply to save them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vintage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored secret when applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>The cluster cannot accept writes right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable answer from the cluster (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTypePanel</name>
    <message>
        <source>Could not list resources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes to %1. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete resource?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the cluster? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else; it was not deleted. Look at the new version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not change resources (the cluster answered 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the current version of %1 and discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the cluster (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;conflict…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>no result within %1 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret file: &quot;%1&quot; is not &lt;type&gt;/&lt;name&gt; with an object of secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret file: %1 %2 is not a secret this batch needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret file: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources: %2 identical, %3 differ, %4 not on every cluster
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 blocked
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster given
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not compare secrets for this account: where secrets are set on every cluster, whether they are equal cannot be told
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n resource definition(s) of %1 to %2
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>secrets not exported, they need a value on import: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesCommandLine</name>
    <message>
        <source>see clusterdesk resources --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
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
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares, exports and copies resource definitions across clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the saved clusters in &lt;dir&gt; instead of the default location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved cluster (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved cluster&apos;s load balancer URL (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user for the --url of the same position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for the --url of the same position, from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: only this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: the definitions file to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: print the plan, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: never update an existing resource (a different one is reported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: the secrets for the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff, export or apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources needs an action: diff, export or apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown resources action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user and --password-file go with a --url each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url %1 needs --user and a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff needs two or more clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs one cluster and --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply needs --file and one or more clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --type %1 (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Database resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDBC connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <source>You are signed in as %1: read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>no password stored for %1; use --password-file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the keychain said: %1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the cluster at %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusFormatter</name>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS MEDIAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
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
        <source>%1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: unreachable: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2 nodes, %3 up, %4 degraded, %5 unreachable; primary %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (worst first):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncApplier</name>
    <message>
        <source>no connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created on %1 by someone else since planning; plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on %1 since planning; their version was kept, plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on %1 since planning; plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account may not write on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>cannot read the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as %1, a viewer: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists with different content (%1) and only creating was chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPlanDialog</name>
    <message>
        <source>Copy resource definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy %n definition(s) from %1. This is a dry run: nothing is written until you press Apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Existing resources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them alone (create only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are never read from the source. Type each one once for every target, or leave it unset (a new resource gets none, an existing one keeps its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n target cluster(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 cannot be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write: every target already matches (or cannot be written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1, conflicts %2, failed %3. Plan again to see what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>%1 joined (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node state changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Starting the demo cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo cluster… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Clusterdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the nodes of your clusters, their health, clocks and configuration, and manage the resources they share. Start by adding a cluster: the address of its load balancer and a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Local Demo Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs three reference nodes behind HAProxy on this computer and adds them as a cluster. They stop when Clusterdesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusterdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
