<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityDialog</name>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterTreeModel</name>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
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
            <numerusform>%n critical or unreachable</numerusform>
            <numerusform>%n critical or unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not refreshed yet</source>
        <translation>
            <numerusform>%n not refreshed yet</numerusform>
            <numerusform>%n not refreshed yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>Reading %n cluster(s)…</source>
        <translation>
            <numerusform>Reading %n cluster…</numerusform>
            <numerusform>Reading %n clusters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>Someone changed &quot;%1&quot; while you were editing it. Your changes are kept in the draft. %n field(s) were changed on both sides: choose which value to keep, then Rebase to put your changes on top of theirs, or Reload to discard yours.</source>
        <translation>
            <numerusform>Someone changed &quot;%1&quot; while you were editing it. Your changes are kept in the draft. %n field was changed on both sides: choose which value to keep, then Rebase to put your changes on top of theirs, or Reload to discard yours.</numerusform>
            <numerusform>Someone changed &quot;%1&quot; while you were editing it. Your changes are kept in the draft. %n fields were changed on both sides: choose which value to keep, then Rebase to put your changes on top of theirs, or Reload to discard yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message numerus="yes">
        <source>Connected to cluster &quot;%1&quot; with %n node(s).</source>
        <translation>
            <numerusform>Connected to cluster &quot;%1&quot; with %n node.</numerusform>
            <numerusform>Connected to cluster &quot;%1&quot; with %n nodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefinitionsExporter</name>
    <message numerus="yes">
        <source>Exported %n definition(s) to %1.</source>
        <translation>
            <numerusform>Exported %n definition to %1.</numerusform>
            <numerusform>Exported %n definitions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetSummary</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation>
            <numerusform>%n diverged</numerusform>
            <numerusform>%n diverged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n behind</numerusform>
            <numerusform>%n behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) differ</source>
        <translation>
            <numerusform>%n service differs</numerusform>
            <numerusform>%n services differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>Exported %n change to %1.</numerusform>
            <numerusform>Exported %n changes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Next refresh in %n s</source>
        <translation>
            <numerusform>Next refresh in %n s</numerusform>
            <numerusform>Next refresh in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked yet</source>
        <translation>
            <numerusform>%n not checked yet</numerusform>
            <numerusform>%n not checked yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation>
            <numerusform>%n diverged</numerusform>
            <numerusform>%n diverged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n behind</numerusform>
            <numerusform>%n behind</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n slow</source>
        <translation>
            <numerusform>%n slow</numerusform>
            <numerusform>%n slow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed the last poll</source>
        <translation>
            <numerusform>%n missed the last poll</numerusform>
            <numerusform>%n missed the last poll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceEditorController</name>
    <message numerus="yes">
        <source>Not saved: %1 Your draft is kept; retry in %n second(s).</source>
        <translation>
            <numerusform>Not saved: %1 Your draft is kept; retry in %n second.</numerusform>
            <numerusform>Not saved: %1 Your draft is kept; retry in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message numerus="yes">
        <source>exported %n resource definition(s) of %1 to %2
</source>
        <translation>
            <numerusform>exported %n resource definition of %1 to %2
</numerusform>
            <numerusform>exported %n resource definitions of %1 to %2
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPlanDialog</name>
    <message numerus="yes">
        <source>Copy %n definition(s) from %1. This is a dry run: nothing is written until you press Apply.</source>
        <translation>
            <numerusform>Copy %n definition from %1. This is a dry run: nothing is written until you press Apply.</numerusform>
            <numerusform>Copy %n definitions from %1. This is a dry run: nothing is written until you press Apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n target cluster(s)…</source>
        <translation>
            <numerusform>Reading %n target cluster…</numerusform>
            <numerusform>Reading %n target clusters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n write(s) is unknown: the change log shows their request ids if they were applied.</source>
        <translation>
            <numerusform>The outcome of %n write is unknown: the change log shows its request id if it was applied.</numerusform>
            <numerusform>The outcome of %n writes is unknown: the change log shows their request ids if they were applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete.</source>
        <translation>
            <numerusform>%n to delete.</numerusform>
            <numerusform>%n to delete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n write(s) to the production cluster “%1”?</source>
        <translation>
            <numerusform>Apply %n write to the production cluster “%1”?</numerusform>
            <numerusform>Apply %n writes to the production cluster “%1”?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedDraftsPrompt</name>
    <message numerus="yes">
        <source>You have unsaved changes to %n resource(s):</source>
        <translation>
            <numerusform>You have unsaved changes to %n resource:</numerusform>
            <numerusform>You have unsaved changes to %n resources:</numerusform>
        </translation>
    </message>
</context>
</TS>
