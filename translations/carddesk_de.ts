<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CardDesk::Core</name>
    <message>
        <location filename="../app/core/updateresult.cpp" line="49"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/core/updateresult.cpp" line="51"/>
        <source>Partial update</source>
        <translation>Teilweise aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/core/updateresult.cpp" line="53"/>
        <source>Card update failed</source>
        <translation>Kartenänderung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/updateresult.cpp" line="55"/>
        <source>User not found</source>
        <translation>Benutzer nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/updateresult.cpp" line="57"/>
        <source>Unrecognised result</source>
        <translation>Unbekanntes Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/core/updateresult.cpp" line="59"/>
        <location filename="../app/core/outboxentry.cpp" line="25"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../app/core/outboxentry.cpp" line="21"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/core/outboxentry.cpp" line="22"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../app/core/outboxentry.cpp" line="23"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../app/core/outboxentry.cpp" line="24"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/core/outboxentry.cpp" line="26"/>
        <source>Needs attention</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location filename="../app/core/outboxentry.cpp" line="27"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../app/core/outboxentry.cpp" line="28"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>CardDesk::Models</name>
    <message>
        <location filename="../models/credentialchanges.cpp" line="84"/>
        <source>No pending changes</source>
        <translation>Keine offenen Änderungen</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="97"/>
        <source>%1 card added</source>
        <translation>%1 Karte hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="98"/>
        <source>%1 cards added</source>
        <translation>%1 Karten hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="99"/>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="100"/>
        <source>%1 card changed</source>
        <translation>%1 Karte geändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="101"/>
        <source>%1 cards changed</source>
        <translation>%1 Karten geändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="102"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="103"/>
        <source>%1 card deactivated</source>
        <translation>%1 Karte deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="104"/>
        <source>%1 cards deactivated</source>
        <translation>%1 Karten deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="105"/>
        <source>%1 deactivated</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="106"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="113"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="115"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="117"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="119"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Deactivated: %1</source>
        <translation>Deaktiviert: %1</translation>
    </message>
    <message>
        <source>Changed: %1 (%2)</source>
        <translation>Geändert: %1 (%2)</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>credentialType</source>
        <translation>credentialType</translation>
    </message>
    <message>
        <source>scanData</source>
        <translation>scanData</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>CardDesk::Models::CredentialListModel</name>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="101"/>
        <location filename="../models/credentiallistmodel.cpp" line="123"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="101"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="115"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="117"/>
        <source>Facility code</source>
        <translation>Anlagencode</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="119"/>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="121"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="125"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>CardDesk::Models::FailureTableModel</name>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="145"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="147"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="149"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="151"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="153"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="155"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="157"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>CardDesk::Models::UserTableModel</name>
    <message>
        <location filename="../models/usertablemodel.cpp" line="130"/>
        <source>Location %1 is not in the cached location list.</source>
        <translation>Standort %1 fehlt in der zwischengespeicherten Standortliste.</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="191"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="193"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="197"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="199"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="201"/>
        <source>Last push</source>
        <translation>Letzte Übertragung</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="8"/>
        <source>About CardDesk</source>
        <translation>Über CardDesk</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="31"/>
        <source>CardDesk</source>
        <translation>CardDesk</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="38"/>
        <source>Fix employees&apos; access-card credentials in Calven and review the updates that failed.</source>
        <translation>Zutrittskarten von Mitarbeitenden in Calven korrigieren und fehlgeschlagene Änderungen prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="50"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="64"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="78"/>
        <source>TLS backend:</source>
        <translation>TLS-Backend:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="92"/>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.ui" line="99"/>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later). CardDesk comes with no warranty.</source>
        <translation>GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). CardDesk wird ohne Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="26"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="34"/>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::CardDialog</name>
    <message>
        <location filename="../ui/carddialog.ui" line="8"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.ui" line="28"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.ui" line="51"/>
        <source>Fa&amp;cility code:</source>
        <translation>&amp;Anlagencode:</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.ui" line="71"/>
        <source>Card &amp;number:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.ui" line="91"/>
        <source>&amp;Active: the card opens doors</source>
        <translation>A&amp;ktiv: die Karte öffnet Türen</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.ui" line="103"/>
        <source>Sent to Calven</source>
        <translation>An Calven gesendet</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.ui" line="109"/>
        <source>credentialType:</source>
        <translation>credentialType:</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.ui" line="123"/>
        <source>scanData:</source>
        <translation>scanData:</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="34"/>
        <source>Facility code %1%2.</source>
        <translation>Anlagencode %1%2.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="37"/>
        <source>, optional</source>
        <translation>, optional</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="40"/>
        <source>No facility code.</source>
        <translation>Kein Anlagencode.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="44"/>
        <source>Card number %1, decimal.</source>
        <translation>Kartennummer %1, dezimal.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="48"/>
        <source>Card number: the %1-byte chip serial in hex (%2 digits), in reading order.</source>
        <translation>Kartennummer: die %1-Byte-Seriennummer des Chips in Hex (%2 Ziffern), in Lesereihenfolge.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="53"/>
        <source>Card number: the card data as letters and digits.</source>
        <translation>Kartennummer: die Kartendaten als Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="67"/>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="92"/>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="103"/>
        <source>This card was stored with format &quot;%1&quot;, which CardDesk does not know. Choose its format.</source>
        <translation>Diese Karte wurde mit dem Format „%1“ gespeichert, das CardDesk nicht kennt. Wählen Sie ihr Format.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="156"/>
        <source>(enter a valid card)</source>
        <translation>(gültige Karte eingeben)</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Stolen</source>
        <translation>Gestohlen</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Other (describe)</source>
        <translation>Anderer Grund (beschreiben)</translation>
    </message>
    <message>
        <source>Why the old card is replaced</source>
        <translation>Warum die alte Karte ersetzt wird</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Replace lost or stolen card %1</source>
        <translation>Verlorene oder gestohlene Karte %1 ersetzen</translation>
    </message>
    <message>
        <source>The new card %1 is the card being replaced. Enter the number of the new card.</source>
        <translation>Die neue Karte %1 ist die Karte, die ersetzt wird. Geben Sie die Nummer der neuen Karte ein.</translation>
    </message>
    <message>
        <source>Describe why the card is replaced, or choose Lost, Stolen or Damaged.</source>
        <translation>Beschreiben Sie, warum die Karte ersetzt wird, oder wählen Sie Verloren, Gestohlen oder Beschädigt.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::FailureDetailView</name>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="41"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="41"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="41"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="51"/>
        <source>Card results</source>
        <translation>Kartenergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="52"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="53"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="61"/>
        <source>Select a failure to see its details.</source>
        <translation>Wählen Sie einen Fehler, um Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="80"/>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="80"/>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="86"/>
        <source>Calven returned no message.</source>
        <translation>Calven hat keine Meldung geliefert.</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="92"/>
        <source>%1: %2
Update %3</source>
        <translation>%1: %2
Änderung %3</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="110"/>
        <source>No per-card results were returned.</source>
        <translation>Es wurden keine Ergebnisse pro Karte geliefert.</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="144"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::FailuresPage</name>
    <message>
        <location filename="../ui/failurespage.cpp" line="34"/>
        <source>Why is this failure resolved? The note goes to the audit log.</source>
        <translation>Warum ist dieser Fehler erledigt? Die Notiz kommt ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="35"/>
        <source>Why are these %1 failures resolved? The note goes to the audit log.</source>
        <translation>Warum sind diese %1 Fehler erledigt? Die Notiz kommt ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="41"/>
        <source>Resolve failures</source>
        <translation>Fehler erledigen</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="46"/>
        <source>The note is empty. Write what was done, for example &quot;Card replaced in Calven by hand&quot;, or press Cancel.</source>
        <translation>Die Notiz ist leer. Schreiben Sie, was getan wurde, zum Beispiel „Karte in Calven von Hand ersetzt“, oder wählen Sie Abbrechen.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="83"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="116"/>
        <source>Result filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="117"/>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="127"/>
        <source>Filter by user, card, update id or message  (Ctrl+F)</source>
        <translation>Nach Benutzer, Karte, Änderungs-ID oder Meldung filtern  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="129"/>
        <source>Filter failures</source>
        <translation>Fehler filtern</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="132"/>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="151"/>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="153"/>
        <source>Send the selected updates again with their current card sets</source>
        <translation>Die gewählten Änderungen mit ihren aktuellen Kartensätzen erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="154"/>
        <source>Re&amp;solve…</source>
        <translation>E&amp;rledigen…</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="156"/>
        <source>Close the selected failures with a note, without sending anything</source>
        <translation>Die gewählten Fehler mit einer Notiz schließen, ohne etwas zu senden</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="239"/>
        <source>No failures to show.</source>
        <translation>Keine Fehler vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="240"/>
        <source>Select a failure to see its details.</source>
        <translation>Wählen Sie einen Fehler, um Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="242"/>
        <source>%1 failures selected.</source>
        <translation>%1 Fehler gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="247"/>
        <source>%1 of %2 open failures</source>
        <translation>%1 von %2 offenen Fehlern</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="249"/>
        <source>1 open failure</source>
        <translation>1 offener Fehler</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="249"/>
        <source>%1 open failures</source>
        <translation>%1 offene Fehler</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Send &amp;pending updates</source>
        <translation>&amp;Wartende Änderungen senden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;About CardDesk</source>
        <translation>Ü&amp;ber CardDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>CardDesk (training: simulator, not Calven)</source>
        <translation>CardDesk (Übung: Simulator, nicht Calven)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>CardDesk</source>
        <translation>CardDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>No updates waiting to be sent</source>
        <translation>Keine Änderungen warten auf den Versand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>1 update waiting</source>
        <translation>1 Änderung wartet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>%1 updates waiting</source>
        <translation>%1 Änderungen warten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>Directory refreshed %1</source>
        <translation>Verzeichnis aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Directory never refreshed</source>
        <translation>Verzeichnis noch nie aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>1 open failure</source>
        <translation>1 offener Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>%1 open failures</source>
        <translation>%1 offene Fehler</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::ProfileDialog</name>
    <message>
        <location filename="../ui/profiledialog.ui" line="8"/>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="38"/>
        <source>For example &quot;Head office&quot;</source>
        <translation>Zum Beispiel „Hauptsitz“</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="45"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="62"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="75"/>
        <source>&amp;Sign-in method:</source>
        <translation>&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="88"/>
        <source>API &amp;key id:</source>
        <translation>API-&amp;Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="101"/>
        <source>S&amp;ecret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="129"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="40"/>
        <source>United States (usce1)</source>
        <translation>USA (usce1)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="41"/>
        <source>Australia (ause1)</source>
        <translation>Australien (ause1)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="42"/>
        <source>API key with HMAC token (recommended)</source>
        <translation>API-Schlüssel mit HMAC-Token (empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="44"/>
        <source>API key with client secret</source>
        <translation>API-Schlüssel mit Client-Secret</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="46"/>
        <source>Basic authentication (read-only directory)</source>
        <translation>Basic-Authentifizierung (Verzeichnis nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="87"/>
        <source>Stored in the system keychain; type to replace it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="88"/>
        <source>Stored only in the system keychain</source>
        <translation>Wird nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="103"/>
        <source>Enter a profile name, for example &quot;Head office&quot;.</source>
        <translation>Geben Sie einen Profilnamen ein, zum Beispiel „Hauptsitz“.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="107"/>
        <source>Base URL &quot;%1&quot; is not a web address. Enter one such as https://api.calven.com.</source>
        <translation>Die Basis-URL „%1“ ist keine Webadresse. Geben Sie eine wie https://api.calven.com ein.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="111"/>
        <source>Base URL &quot;%1&quot; uses unencrypted http. Use https; http is accepted only for a simulator on this computer (127.0.0.1).</source>
        <translation>Die Basis-URL „%1“ nutzt unverschlüsseltes http. Verwenden Sie https; http ist nur für einen Simulator auf diesem Computer (127.0.0.1) erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="117"/>
        <source>Enter the API key id that Calven issued for this tenant.</source>
        <translation>Geben Sie die API-Schlüssel-ID ein, die Calven für diesen Mandanten ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="119"/>
        <source>Enter the secret for API key %1. It is kept in the system keychain, never in a file.</source>
        <translation>Geben Sie das Geheimnis für den API-Schlüssel %1 ein. Es liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="137"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::Sidebar</name>
    <message>
        <location filename="../ui/sidebar.cpp" line="67"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::TrainingBanner</name>
    <message>
        <location filename="../ui/trainingbanner.cpp" line="28"/>
        <source>&lt;b&gt;Training mode.&lt;/b&gt; Changes go to the built-in simulator, not to Calven. No real access card is changed.</source>
        <translation>&lt;b&gt;Übungsmodus.&lt;/b&gt; Änderungen gehen an den eingebauten Simulator, nicht an Calven. Keine echte Zutrittskarte wird geändert.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::UserPanel</name>
    <message>
        <location filename="../ui/userpanel.cpp" line="63"/>
        <source>Select a user to see and edit their cards.</source>
        <translation>Wählen Sie einen Benutzer, um seine Karten zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="127"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="146"/>
        <source>&amp;Add card…</source>
        <translation>Karte &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="148"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="149"/>
        <location filename="../ui/userpanel.cpp" line="379"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="152"/>
        <source>&amp;Undo changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="153"/>
        <source>Add a card to this user&apos;s set (Insert)</source>
        <translation>Diesem Benutzer eine Karte hinzufügen (Einfg)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="154"/>
        <source>Edit the selected card (F2)</source>
        <translation>Die gewählte Karte bearbeiten (F2)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="155"/>
        <source>Deactivate the selected card, or reactivate it (Delete)</source>
        <translation>Die gewählte Karte deaktivieren oder wieder aktivieren (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="156"/>
        <source>Return to the card set Calven last confirmed</source>
        <translation>Zum zuletzt von Calven bestätigten Kartensatz zurückkehren</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="201"/>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="194"/>
        <source>Send this user&apos;s complete card set to Calven (Ctrl+Return)</source>
        <translation>Den vollständigen Kartensatz dieses Benutzers an Calven senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="223"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="224"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="224"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="225"/>
        <source>No location</source>
        <translation>Kein Standort</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="263"/>
        <source>Last push %1: %2</source>
        <translation>Letzte Übertragung %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="270"/>
        <source>Not pushed from CardDesk yet.</source>
        <translation>Noch nicht aus CardDesk übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="375"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="377"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <source>Re&amp;place lost or stolen…</source>
        <translation>&amp;Verlorene oder gestohlene ersetzen…</translation>
    </message>
    <message>
        <source>De&amp;code a read…</source>
        <translation>Lesewert de&amp;codieren…</translation>
    </message>
    <message>
        <source>Deactivate the selected card and add its replacement in one step, with a reason (Ctrl+R)</source>
        <translation>Die gewählte Karte deaktivieren und ihren Ersatz in einem Schritt hinzufügen, mit Grund (Strg+R)</translation>
    </message>
    <message>
        <source>Decode a raw reader value and assign the card it shows (Ctrl+D)</source>
        <translation>Einen rohen Leserwert decodieren und die erkannte Karte zuweisen (Strg+D)</translation>
    </message>
    <message>
        <source>Return to the card set Calven last confirmed (Ctrl+Z)</source>
        <translation>Zum zuletzt von Calven bestätigten Kartensatz zurückkehren (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="84"/>
        <source>Search name, email, user name, id or location  (Ctrl+F)</source>
        <translation>Name, E-Mail, Benutzername, ID oder Standort suchen  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="86"/>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="105"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="280"/>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="281"/>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::DecoderDialog</name>
    <message>
        <source>Decode a card read</source>
        <translation>Kartenlesewert decodieren</translation>
    </message>
    <message>
        <source>For example 0x1940887, 1940887/26, 0b0110…, E4 3A C9 D2 or 3536403172</source>
        <translation>Zum Beispiel 0x1940887, 1940887/26, 0b0110…, E4 3A C9 D2 oder 3536403172</translation>
    </message>
    <message>
        <source>From the read</source>
        <translation>Aus dem Lesewert</translation>
    </message>
    <message>
        <source> bits</source>
        <translation> Bit</translation>
    </message>
    <message>
        <source>The frame length in bits if the reader reported it; leave at &quot;From the read&quot; to use a length written with the value or to try every length.</source>
        <translation>Die Rahmenlänge in Bit, falls der Leser sie meldet. Bei „Aus dem Lesewert“ gilt eine mit dem Wert geschriebene Länge, sonst wird jede Länge probiert.</translation>
    </message>
    <message>
        <source>&amp;Raw read:</source>
        <translation>&amp;Rohwert:</translation>
    </message>
    <message>
        <source>&amp;Bit length:</source>
        <translation>&amp;Bitlänge:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Anlagencode</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Candidate formats</source>
        <translation>Mögliche Formate</translation>
    </message>
    <message>
        <source>&amp;Assign to user</source>
        <translation>Benutzer &amp;zuweisen</translation>
    </message>
    <message>
        <source>&amp;Assign to %1</source>
        <translation>&amp;%1 zuweisen</translation>
    </message>
    <message>
        <source>%1 (this user)</source>
        <translation>%1 (dieser Benutzer)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Serial %1 · bytes reversed %2 · little-endian decimal %3 · big-endian decimal %4</source>
        <translation>Seriennummer %1 · Bytes umgekehrt %2 · Little-Endian dezimal %3 · Big-Endian dezimal %4</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::DecoderInput</name>
    <message>
        <source>%1 bits after a start sentinel</source>
        <translation>%1 Bit nach einem Startbit</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>serial as typed</source>
        <translation>Seriennummer wie eingegeben</translation>
    </message>
    <message>
        <source>serial, bytes reversed</source>
        <translation>Seriennummer, Bytes umgekehrt</translation>
    </message>
    <message>
        <source>serial read little-endian</source>
        <translation>Seriennummer Little-Endian gelesen</translation>
    </message>
    <message>
        <source>serial read big-endian</source>
        <translation>Seriennummer Big-Endian gelesen</translation>
    </message>
    <message>
        <source>Paste a raw read: hex (0x1940887), binary (0b…) or decimal digits.</source>
        <translation>Fügen Sie einen Rohwert ein: hexadezimal (0x1940887), binär (0b…) oder dezimal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not hex, binary or decimal of at most 64 bits. Check the read and paste it again.</source>
        <translation>„%1“ ist weder hexadezimal, binär noch dezimal mit höchstens 64 Bit. Prüfen Sie den Lesewert und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>No catalogue format matches &quot;%1&quot;. Check the bit length, or enter the card as raw card data.</source>
        <translation>Kein Format des Katalogs passt zu „%1“. Prüfen Sie die Bitlänge oder erfassen Sie die Karte als Rohdaten.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hexadezimal</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>dezimal</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>none (serial)</source>
        <translation>keine (Seriennummer)</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The credentialType sent to Calven for each card format. Change a value only when your Calven tenant expects another name; a blank value uses the default.</source>
        <translation>Der credentialType, der für jedes Kartenformat an Calven gesendet wird. Ändern Sie einen Wert nur, wenn Ihr Calven-Mandant einen anderen Namen erwartet. Ein leerer Wert verwendet die Vorgabe.</translation>
    </message>
    <message>
        <source>Card format</source>
        <translation>Kartenformat</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>credentialType sent</source>
        <translation>Gesendeter credentialType</translation>
    </message>
    <message>
        <source>credentialType per card format</source>
        <translation>credentialType je Kartenformat</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Vorgaben wiederherstellen</translation>
    </message>
</context>
</TS>
