<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DocumentsView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/documents/view.py" line="+257"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/exchange/export_dialog.py" line="+169"/>
        <source>%n row(s) written to {0}</source>
        <translation>
            <numerusform>%n row written to {0}</numerusform>
            <numerusform>%n rows written to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n event(s) written to {0}</source>
        <translation>
            <numerusform>%n event written to {0}</numerusform>
            <numerusform>%n events written to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n follow-up action(s) as to-dos</source>
        <translation>
            <numerusform>with %n follow-up action as a to-do</numerusform>
            <numerusform>with %n follow-up actions as to-dos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/exchange/import_wizard.py" line="+336"/>
        <source>%n row(s) read, {0} with errors</source>
        <translation>
            <numerusform>%n row read, {0} with errors</numerusform>
            <numerusform>%n rows read, {0} with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n bad row(s) left out.</source>
        <translation>
            <numerusform>%n bad row left out.</numerusform>
            <numerusform>%n bad rows left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/exchange/report_text.py" line="+134"/>
        <source>%n new registration(s) waitlisted: the event is full</source>
        <translation>
            <numerusform>%n new registration waitlisted: the event is full</numerusform>
            <numerusform>%n new registrations waitlisted: the event is full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new registration(s) would be waitlisted: the event is full</source>
        <translation>
            <numerusform>%n new registration would be waitlisted: the event is full</numerusform>
            <numerusform>%n new registrations would be waitlisted: the event is full</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItineraryView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/itinerary/view.py" line="+278"/>
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n double booking</numerusform>
            <numerusform>%n double bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n tight connection(s)</source>
        <translation>
            <numerusform>%n tight connection</numerusform>
            <numerusform>%n tight connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/meetings/editor.py" line="+584"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/exchange/import_wizard.py" line="-73"/>
        <source>&lt;b&gt;%n row(s)&lt;/b&gt;: {0} correct, {1} with errors.</source>
        <translation>
            <numerusform>&lt;b&gt;%n row&lt;/b&gt;: {0} correct, {1} with errors.</numerusform>
            <numerusform>&lt;b&gt;%n rows&lt;/b&gt;: {0} correct, {1} with errors.</numerusform>
        </translation>
    </message>
</context>
</TS>
