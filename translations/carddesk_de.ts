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
        <location filename="../app/core/outboxentry.cpp" line="25"/>
        <location filename="../app/core/updateresult.cpp" line="59"/>
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
    <name>CardDesk::Core::AccessCredentialsJson</name>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="28"/>
        <source>%1 must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="47"/>
        <source>%1.cardNumber must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="124"/>
        <source>The result is the JSON value %1, not a text value such as &quot;OK&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="159"/>
        <source>The response has no result for this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="171"/>
        <source>The response has no result value for this update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="231"/>
        <source>The body is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="237"/>
        <source>The body must be a JSON object with a &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="248"/>
        <source>data must contain 1 to %1 updates, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="294"/>
        <source>The response is not JSON (%1), starting with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="321"/>
        <source>The response has no result for this update, so its outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/accesscredentialsjson.cpp" line="338"/>
        <source>The response contains no result with a known updateId</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Core::CardFormat</name>
    <message>
        <location filename="../app/core/cardformat.cpp" line="121"/>
        <source>HID H10301 26-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="123"/>
        <source>HID H10306 34-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="125"/>
        <source>HID Corporate 1000 35-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="127"/>
        <source>HID Corporate 1000 48-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="130"/>
        <source>HID H10302 37-bit (no facility code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="133"/>
        <source>HID H10304 37-bit (with facility code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="138"/>
        <source>HID iCLASS, H10301 26-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="141"/>
        <source>HID iCLASS, H10306 34-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="144"/>
        <source>HID iCLASS, Corporate 1000 35-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="147"/>
        <source>HID iCLASS, Corporate 1000 48-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="150"/>
        <source>HID iCLASS, H10302 37-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="153"/>
        <source>HID iCLASS, H10304 37-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="155"/>
        <source>HID iCLASS CSN, 8-byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="159"/>
        <source>MIFARE Classic CSN, 4-byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="162"/>
        <source>MIFARE Classic CSN, 7-byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="165"/>
        <source>MIFARE DESFire CSN, 7-byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="168"/>
        <source>EM4100 40-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardformat.cpp" line="173"/>
        <source>Raw card data (other format)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Core::CardValidation</name>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="41"/>
        <source>Card format</source>
        <translation type="unfinished">Kartenformat</translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="43"/>
        <source>Facility code</source>
        <translation type="unfinished">Anlagencode</translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="45"/>
        <source>Card number</source>
        <translation type="unfinished">Kartennummer</translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="47"/>
        <source>Credential type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="129"/>
        <source>%1 %2 is in scientific notation, which Excel shows for long numbers, so its last digits are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="132"/>
        <source>Copy the number from the card or the original file, and format the column as Text before opening the file in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="136"/>
        <source>%1 %2 contains thousands separators, which Excel adds when it formats the column as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="139"/>
        <source>Remove the separators, and format the column as Text in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="142"/>
        <source>%1 %2 has a decimal part, which Excel adds when it stores the value as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="145"/>
        <source>Remove the decimal part and check that no leading zeros were dropped. Format the column as Text in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="169"/>
        <source>%1 %2 is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="171"/>
        <source>Check that only one value was pasted into the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="186"/>
        <source>Remove the other characters, or choose a format whose card numbers are hex serials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="188"/>
        <source>Remove the other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="190"/>
        <source>%1 %2 must contain only the digits 0–9 for %3.</source>
        <translation>%1 %2 darf für %3 nur die Ziffern 0–9 enthalten.</translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="198"/>
        <source>%1 %2 is out of range for %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="200"/>
        <source>Check the format or the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="210"/>
        <source>A 4-byte serial that starts with 08 is a random ID that changes on every read. Use the card&apos;s fixed UID instead, which the system that issued the card can provide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="215"/>
        <source>If this is a decimal reading from a reader, convert it to hex first, or check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="218"/>
        <source>Check for a missing or extra digit, or choose the format with the matching serial length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="233"/>
        <source>Card number %1 is not valid hex. %2 serials use only the digits 0–9 and the letters A–F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="236"/>
        <source>Check the number, or choose a format whose card numbers are decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="240"/>
        <source>Card number %1 has an odd number of hex digits, but %2 serials are %3 whole bytes (%4 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="249"/>
        <source>Card number %1 has %2 bytes, but %3 serials have %4 bytes (%5 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="266"/>
        <source>Card number %1 contains characters other than the letters A–Z and the digits 0–9, which %2 does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="269"/>
        <source>Remove spaces, punctuation and other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="286"/>
        <source>Card %1 has no card format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="287"/>
        <location filename="../app/core/cardvalidation.cpp" line="293"/>
        <source>Edit the card and choose its format from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="290"/>
        <source>Card %1 has the card format &quot;%2&quot;, which this version of CardDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="326"/>
        <source>The card number is missing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="327"/>
        <source>Enter the number from the card or from the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="348"/>
        <source>%1 has no facility code, but %2 was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="349"/>
        <source>Leave the facility code empty, or choose a format with a facility code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="357"/>
        <source>The facility code is missing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="358"/>
        <source>Enter the facility code (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="413"/>
        <source>Card %1 is listed twice for this user (cards %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="415"/>
        <source>Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="438"/>
        <source>Card %1 is already active for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="440"/>
        <source>Deactivate it there first, or check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="461"/>
        <source>Card %1 has no credential type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/cardvalidation.cpp" line="462"/>
        <source>Set the credential type for its card format in the settings, then edit the card again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Core::DirectoryJson</name>
    <message>
        <location filename="../app/core/directoryjson.cpp" line="41"/>
        <location filename="../app/core/directoryjsonondemand.cpp" line="358"/>
        <source>The %1 response is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjson.cpp" line="47"/>
        <location filename="../app/core/directoryjsonondemand.cpp" line="301"/>
        <source>The %1 response must be a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjson.cpp" line="69"/>
        <location filename="../app/core/directoryjsonondemand.cpp" line="423"/>
        <source>Users entry %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjson.cpp" line="77"/>
        <location filename="../app/core/directoryjsonondemand.cpp" line="435"/>
        <source>Users entry %1 has no userId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjson.cpp" line="82"/>
        <location filename="../app/core/directoryjsonondemand.cpp" line="437"/>
        <source>Users entry %1 repeats userId %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjson.cpp" line="114"/>
        <location filename="../app/core/directoryjsonondemand.cpp" line="499"/>
        <source>Locations entry %1 has no locationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjsonondemand.cpp" line="39"/>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjsonondemand.cpp" line="41"/>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjsonondemand.cpp" line="43"/>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjsonondemand.cpp" line="45"/>
        <source>unescaped control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjsonondemand.cpp" line="347"/>
        <source>unexpected content after the array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/directoryjsonondemand.cpp" line="442"/>
        <source>The users response is too large: its text passes 4 GiB at entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Gui::AppController</name>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="58"/>
        <source>Check the key id and secret in the profile editor (File &gt; Profiles…), then sign in again.</source>
        <translation>Prüfen Sie Schlüssel-ID und Geheimnis im Profileditor (Datei &gt; Profile…) und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="103"/>
        <source>Refreshing the directory…</source>
        <translation>Verzeichnis wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="124"/>
        <source>This PC&apos;s clock differs from Calven&apos;s by %1 seconds. Fix the clock: sign-in depends on it.</source>
        <translation>Die Uhr dieses PCs weicht um %1 Sekunden von der Uhr von Calven ab. Stellen Sie die Uhr richtig, denn die Anmeldung hängt davon ab.</translation>
    </message>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="139"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="265"/>
        <source>Directory refreshed: %1 users, %2 added, %3 changed, %4 removed.</source>
        <translation>Verzeichnis aktualisiert: %1 Benutzer, %2 hinzugefügt, %3 geändert, %4 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="348"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/appcontroller.cpp" line="349"/>
        <source>%n update(s) queued again.</source>
        <translation>
            <numerusform>%n Änderung wurde erneut in die Warteschlange gestellt.</numerusform>
            <numerusform>%n Änderungen wurden erneut in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="358"/>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="546"/>
        <source>CardDesk</source>
        <translation>CardDesk</translation>
    </message>
</context>
<context>
    <name>CardDesk::Gui::AuditReader</name>
    <message>
        <location filename="../app/gui/auditreader.cpp" line="32"/>
        <source>Removed profile %1</source>
        <translation>Entferntes Profil %1</translation>
    </message>
    <message>
        <location filename="../app/gui/auditreader.cpp" line="101"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/auditreader.cpp" line="126"/>
        <location filename="../app/gui/auditreader.cpp" line="133"/>
        <source>Cannot finish %1: %2. Check the free disk space and try again.</source>
        <translation>%1 kann nicht fertiggestellt werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/gui/auditreader.cpp" line="131"/>
        <source>The export to %1 was cancelled.</source>
        <translation>Der Export nach %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Gui::ConnectionTester</name>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="38"/>
        <source>API key %1 (%2)</source>
        <translation>API-Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="40"/>
        <source>Write key %1 (%2)</source>
        <translation>Schreibschlüssel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="41"/>
        <source>Read key %1 (%2)</source>
        <translation>Leseschlüssel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="61"/>
        <source>Enter the secret of key %1 to test it.</source>
        <translation>Geben Sie das Geheimnis des Schlüssels %1 ein, um ihn zu testen.</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="76"/>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="127"/>
        <source>Calven not reached</source>
        <translation>Calven nicht erreicht</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="129"/>
        <source>Basic authentication needs no sign-in</source>
        <translation>Basic-Authentifizierung braucht keine Anmeldung</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="131"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="133"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/connectiontester.cpp" line="138"/>
        <source>Can read the directory (%n location(s))</source>
        <translation>
            <numerusform>Verzeichnis lesbar (%n Standort)</numerusform>
            <numerusform>Verzeichnis lesbar (%n Standorte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="140"/>
        <source>Cannot read the directory</source>
        <translation>Verzeichnis nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="142"/>
        <source>Reading the directory not checked</source>
        <translation>Lesen des Verzeichnisses nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="146"/>
        <source>Cannot send card updates: Basic authentication only reads</source>
        <translation>Keine Kartenänderungen möglich: Basic-Authentifizierung kann nur lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="150"/>
        <source>Can submit credentials if the key has the %1 role; not checked without sending an update</source>
        <translation>Kann Kartenänderungen senden, wenn der Schlüssel die Rolle %1 hat; ohne das Senden einer Änderung nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/gui/connectiontester.cpp" line="154"/>
        <source>Sending card updates not checked</source>
        <translation>Senden von Kartenänderungen nicht geprüft</translation>
    </message>
</context>
<context>
    <name>CardDesk::Gui::DiagnosticsExporter</name>
    <message>
        <location filename="../app/gui/diagnosticsexporter.cpp" line="57"/>
        <location filename="../app/gui/diagnosticsexporter.cpp" line="98"/>
        <location filename="../app/gui/diagnosticsexporter.cpp" line="106"/>
        <source>Export diagnostics</source>
        <translation>Diagnosedaten exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/diagnosticsexporter.cpp" line="57"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/gui/diagnosticsexporter.cpp" line="79"/>
        <source>Writing diagnostics to %1…</source>
        <translation>Diagnosedaten werden nach %1 geschrieben…</translation>
    </message>
    <message>
        <location filename="../app/gui/diagnosticsexporter.cpp" line="97"/>
        <source>Diagnostics were not written.</source>
        <translation>Die Diagnosedaten wurden nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/diagnosticsexporter.cpp" line="105"/>
        <source>Diagnostics saved to %1</source>
        <translation>Diagnosedaten gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/diagnosticsexporter.cpp" line="107"/>
        <source>Diagnostics saved to:
%1</source>
        <translation>Diagnosedaten gespeichert in:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/diagnosticsexporter.cpp" line="109"/>
        <source>The file contains no secrets or tokens. Read it before you send it to support.</source>
        <translation>Die Datei enthält keine Geheimnisse oder Tokens. Lesen Sie sie, bevor Sie sie an den Support senden.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Gui::NetworkPrompts</name>
    <message>
        <location filename="../app/gui/networkprompts.cpp" line="138"/>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/gui/networkprompts.cpp" line="139"/>
        <source>The proxy password was used but not stored, so CardDesk will ask for it again next time. %1</source>
        <translation>Das Proxy-Passwort wurde verwendet, aber nicht gespeichert, daher fragt CardDesk beim nächsten Mal erneut danach. %1</translation>
    </message>
    <message>
        <location filename="../app/gui/networkprompts.cpp" line="142"/>
        <source>The system keychain gave no reason.</source>
        <translation>Der Schlüsselbund des Systems hat keinen Grund genannt.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Gui::ProfileController</name>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="71"/>
        <source>No profile yet: choose File → Profiles… to connect to Calven.</source>
        <translation>Noch kein Profil: Wählen Sie Datei → Profile…, um eine Verbindung zu Calven herzustellen.</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="72"/>
        <source>No active profile: choose one in File → Profiles…</source>
        <translation>Kein aktives Profil: Wählen Sie eines unter Datei → Profile…</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="109"/>
        <source>Signed out: enter the API secret in File → Profiles…</source>
        <translation>Abgemeldet: Das Geheimnis des API-Schlüssels fehlt, siehe Datei → Profile…</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="141"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="142"/>
        <source>Training mode uses the built-in simulator profile. Start CardDesk without --training to connect to a Calven tenant.</source>
        <translation>Der Übungsmodus verwendet das eingebaute Simulatorprofil. Starten Sie CardDesk ohne --training, um eine Verbindung zu einem Calven-Mandanten herzustellen.</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="171"/>
        <source>Calven</source>
        <translation>Calven</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="187"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="264"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="265"/>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="272"/>
        <source>The stored secrets of API key %1 and of the profile&apos;s proxy are deleted from the system keychain, unless another profile uses the same ones. Card updates queued for this profile stay in the outbox.</source>
        <translation>Die gespeicherten Geheimnisse des API-Schlüssels %1 und des Proxys dieses Profils werden aus dem Schlüsselbund des Systems gelöscht, sofern kein anderes Profil sie ebenfalls verwendet. Kartenänderungen, die für dieses Profil in der Warteschlange stehen, bleiben dort erhalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="275"/>
        <source>The stored secrets of API keys %1 and of the profile&apos;s proxy are deleted from the system keychain, unless another profile uses the same ones. Card updates queued for this profile stay in the outbox.</source>
        <translation>Die gespeicherten Geheimnisse der API-Schlüssel %1 und des Proxys dieses Profils werden aus dem Schlüsselbund des Systems gelöscht, sofern kein anderes Profil sie ebenfalls verwendet. Kartenänderungen, die für dieses Profil in der Warteschlange stehen, bleiben dort erhalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="278"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="279"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="291"/>
        <source>Deleting the secrets of &quot;%1&quot; from the system keychain…</source>
        <translation>Die Geheimnisse von „%1“ werden aus dem Schlüsselbund des Systems gelöscht…</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="299"/>
        <source>The profile &quot;%1&quot; was kept because its secrets could not be deleted from the keychain. %2</source>
        <translation>Das Profil „%1“ wurde beibehalten, weil seine Geheimnisse nicht aus dem Schlüsselbund gelöscht werden konnten. %2</translation>
    </message>
    <message>
        <location filename="../app/gui/profilecontroller.cpp" line="310"/>
        <source>Removed the profile &quot;%1&quot; and its stored secrets.</source>
        <translation>Das Profil „%1“ und seine gespeicherten Geheimnisse wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Gui::ProfileEditor</name>
    <message>
        <location filename="../app/gui/profileeditor.cpp" line="28"/>
        <source>The system keychain failed for API key %1 and gave no reason. Try again, or check the keychain application.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems ist für den API-Schlüssel %1 ohne Angabe eines Grundes fehlgeschlagen. Versuchen Sie es erneut oder prüfen Sie die Schlüsselbund-Anwendung.</translation>
    </message>
    <message>
        <location filename="../app/gui/profileeditor.cpp" line="47"/>
        <source>Edit profile &quot;%1&quot;</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/profileeditor.cpp" line="47"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location filename="../app/gui/profileeditor.cpp" line="75"/>
        <source>Checking the system keychain for stored secrets…</source>
        <translation>Schlüsselbund des Systems wird nach gespeicherten Geheimnissen durchsucht…</translation>
    </message>
    <message>
        <location filename="../app/gui/profileeditor.cpp" line="136"/>
        <location filename="../app/gui/profileeditor.cpp" line="176"/>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/profileeditor.cpp" line="155"/>
        <source>Saving the secret of API key %1 in the system keychain…</source>
        <translation>Das Geheimnis des API-Schlüssels %1 wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/gui/profileeditor.cpp" line="162"/>
        <source>The profile was not saved because the secret could not be stored. %1</source>
        <translation>Das Profil wurde nicht gespeichert, weil das Geheimnis nicht gespeichert werden konnte. %1</translation>
    </message>
</context>
<context>
    <name>CardDesk::Io::CsvWriter</name>
    <message>
        <location filename="../app/io/csvwriter.cpp" line="29"/>
        <source>the export target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/csvwriter.cpp" line="103"/>
        <source>Cannot write CSV to %1: it is not open for writing. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/io/csvwriter.cpp" line="110"/>
        <source>Cannot write CSV to %1: %2. Check free disk space and permissions, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Io::FailuresCsv</name>
    <message>
        <location filename="../app/io/failurescsv.cpp" line="29"/>
        <source>%1 (inactive)</source>
        <translation type="unfinished">%1 (inaktiv)</translation>
    </message>
    <message>
        <location filename="../app/io/failurescsv.cpp" line="37"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/io/failurescsv.cpp" line="45"/>
        <source>Time</source>
        <translation type="unfinished">Zeit</translation>
    </message>
    <message>
        <location filename="../app/io/failurescsv.cpp" line="45"/>
        <source>User</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
    <message>
        <location filename="../app/io/failurescsv.cpp" line="45"/>
        <source>Cards</source>
        <translation type="unfinished">Karten</translation>
    </message>
    <message>
        <location filename="../app/io/failurescsv.cpp" line="45"/>
        <source>Result</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/io/failurescsv.cpp" line="46"/>
        <source>Message</source>
        <translation type="unfinished">Meldung</translation>
    </message>
    <message>
        <location filename="../app/io/failurescsv.cpp" line="46"/>
        <source>Attempts</source>
        <translation type="unfinished">Versuche</translation>
    </message>
    <message>
        <location filename="../app/io/failurescsv.cpp" line="46"/>
        <source>State</source>
        <translation type="unfinished">Zustand</translation>
    </message>
</context>
<context>
    <name>CardDesk::Models</name>
    <message>
        <location filename="../models/credentialchanges.cpp" line="116"/>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="119"/>
        <source>Unchanged: %1</source>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="120"/>
        <source>Unchanged: %1 (inactive)</source>
        <translation>Unverändert: %1 (inaktiv)</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="125"/>
        <source>Reactivated: %1</source>
        <translation>Reaktiviert: %1</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="198"/>
        <source>No pending changes</source>
        <translation>Keine offenen Änderungen</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="211"/>
        <source>%1 card added</source>
        <translation>%1 Karte hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="212"/>
        <source>%1 cards added</source>
        <translation>%1 Karten hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="213"/>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="214"/>
        <source>%1 card changed</source>
        <translation>%1 Karte geändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="215"/>
        <source>%1 cards changed</source>
        <translation>%1 Karten geändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="216"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="217"/>
        <source>%1 card deactivated</source>
        <translation>%1 Karte deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="218"/>
        <source>%1 cards deactivated</source>
        <translation>%1 Karten deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="219"/>
        <source>%1 deactivated</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="220"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="227"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="229"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="231"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="233"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="87"/>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="91"/>
        <source>Deactivated: %1</source>
        <translation>Deaktiviert: %1</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="96"/>
        <source>Changed: %1 (%2)</source>
        <translation>Geändert: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="64"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="66"/>
        <source>credentialType</source>
        <translation>credentialType</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="67"/>
        <source>scanData</source>
        <translation>scanData</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="70"/>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <location filename="../models/credentialchanges.cpp" line="71"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>CardDesk::Models::AuditTableModel</name>
    <message>
        <location filename="../models/audittablemodel.cpp" line="20"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Zeit</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="51"/>
        <location filename="../models/audittablemodel.cpp" line="100"/>
        <source>OS user</source>
        <translation>Systembenutzer</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="51"/>
        <location filename="../models/audittablemodel.cpp" line="100"/>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="51"/>
        <location filename="../models/audittablemodel.cpp" line="101"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="51"/>
        <location filename="../models/audittablemodel.cpp" line="101"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="51"/>
        <location filename="../models/audittablemodel.cpp" line="102"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="51"/>
        <location filename="../models/audittablemodel.cpp" line="100"/>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="52"/>
        <location filename="../models/audittablemodel.cpp" line="102"/>
        <source>Cards before</source>
        <translation>Karten vorher</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="52"/>
        <location filename="../models/audittablemodel.cpp" line="102"/>
        <source>Cards after</source>
        <translation>Karten nachher</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="52"/>
        <location filename="../models/audittablemodel.cpp" line="103"/>
        <source>Update id</source>
        <translation>Änderungs-ID</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="52"/>
        <location filename="../models/audittablemodel.cpp" line="103"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="52"/>
        <location filename="../models/audittablemodel.cpp" line="103"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="100"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="101"/>
        <source>Profile id</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="101"/>
        <source>Action name</source>
        <translation>Aktionsname</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="102"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="103"/>
        <source>Result name</source>
        <translation>Ergebnisname</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="160"/>
        <source>Profile id: %1</source>
        <translation>Profil-ID: %1</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="162"/>
        <location filename="../models/audittablemodel.cpp" line="164"/>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="166"/>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="179"/>
        <source>Local time of this computer with its offset from UTC. Hover a time for UTC.</source>
        <translation>Ortszeit dieses Computers mit ihrer Abweichung von UTC. Zeigen Sie mit der Maus auf eine Zeit, um sie in UTC zu sehen.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Models::CredentialListModel</name>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="139"/>
        <location filename="../models/credentiallistmodel.cpp" line="161"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="139"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="153"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="155"/>
        <source>Facility code</source>
        <translation>Anlagencode</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="157"/>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="159"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/credentiallistmodel.cpp" line="163"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>CardDesk::Models::FailureTableModel</name>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="32"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="34"/>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="36"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="205"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="207"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="209"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="211"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="213"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="215"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../models/failuretablemodel.cpp" line="217"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>CardDesk::Models::UserTableModel</name>
    <message>
        <location filename="../models/usertablemodel.cpp" line="321"/>
        <source>Location %1 is not in the cached location list.</source>
        <translation>Standort %1 fehlt in der zwischengespeicherten Standortliste.</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="383"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="385"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="387"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="389"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="391"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../models/usertablemodel.cpp" line="393"/>
        <source>Last push</source>
        <translation>Übertragung</translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::ApiClient</name>
    <message>
        <location filename="../app/net/errortext.cpp" line="35"/>
        <source>Nothing was sent, so it is safe to send again.</source>
        <translation>Es wurde nichts gesendet, daher kann gefahrlos erneut gesendet werden.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="37"/>
        <source>Calven may have received and applied it, so its outcome is unknown. Check the result before counting it as sent or failed.</source>
        <translation>Calven hat die Anfrage möglicherweise empfangen und übernommen, daher ist ihr Ergebnis unbekannt. Prüfen Sie das Ergebnis, bevor Sie die Anfrage als gesendet oder fehlgeschlagen werten.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="54"/>
        <source>Calven&apos;s message: %1.</source>
        <translation>Meldung von Calven: %1.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="69"/>
        <source>Check the key id and secret of the API key, then sign in again.</source>
        <translation>Prüfen Sie Schlüssel-ID und Geheimnis des API-Schlüssels und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="91"/>
        <source>%1 failed: %2. Check the network connection and the base URL in the profile, then try again.</source>
        <translation>%1 ist fehlgeschlagen: %2. Prüfen Sie die Netzwerkverbindung und die Basis-URL im Profil und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="98"/>
        <source>%1 was redirected to another scheme, host or port (%2). CardDesk follows redirects only within the same origin, so keys are never sent elsewhere. Check the base URL in the profile.</source>
        <translation>%1 wurde auf ein anderes Schema, einen anderen Host oder einen anderen Port umgeleitet (%2). CardDesk folgt Umleitungen nur innerhalb desselben Ursprungs, damit Schlüssel nie anderswohin gesendet werden. Prüfen Sie die Basis-URL im Profil.</translation>
    </message>
    <message>
        <source>%1 timed out: no complete response within %2 seconds.</source>
        <translation type="vanished">Zeitüberschreitung bei %1: keine vollständige Antwort innerhalb von %2 Sekunden.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="106"/>
        <source>%1 timed out: no complete response within %L2 seconds.</source>
        <translation>Zeitüberschreitung bei %1: keine vollständige Antwort innerhalb von %L2 Sekunden.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="110"/>
        <source>Check the network connection, or try again later if Calven is slow.</source>
        <translation>Prüfen Sie die Netzwerkverbindung oder versuchen Sie es später erneut, falls Calven langsam antwortet.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="116"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="124"/>
        <source>The secure (TLS) connection to %1 failed: %2. CardDesk never ignores TLS errors. The certificates in the profile&apos;s CA bundle &quot;%3&quot; and the system CAs do not make this server trusted: check the PC&apos;s date and time, and that the bundle holds the root certificate of your network&apos;s TLS-inspecting proxy. Nothing was sent.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2. CardDesk ignoriert TLS-Fehler nie. Weder die Zertifikate im CA-Bundle „%3“ des Profils noch die CAs des Systems weisen diesen Server als vertrauenswürdig aus: Prüfen Sie Datum und Uhrzeit des PCs und ob das Bundle das Stammzertifikat des TLS-Inspektionsproxys Ihres Netzwerks enthält. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="129"/>
        <source>The secure (TLS) connection to %1 failed: %2. CardDesk never ignores TLS errors. Check the PC&apos;s date and time; if your network inspects TLS traffic through a proxy, add its root certificate (a PEM file from IT) as the CA bundle in the profile&apos;s network settings. Nothing was sent.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2. CardDesk ignoriert TLS-Fehler nie. Prüfen Sie Datum und Uhrzeit des PCs. Falls Ihr Netzwerk den TLS-Verkehr über einen Proxy prüft, tragen Sie dessen Stammzertifikat (eine PEM-Datei von der IT) in den Netzwerkeinstellungen des Profils als CA-Bundle ein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="139"/>
        <source>%1 was not sent: the proxy requires a user name and password. Enter them when CardDesk asks, or set the proxy user in the profile&apos;s network settings.</source>
        <translation>%1 wurde nicht gesendet: Der Proxy verlangt einen Benutzernamen und ein Passwort. Geben Sie beides ein, wenn CardDesk danach fragt, oder legen Sie den Proxy-Benutzer in den Netzwerkeinstellungen des Profils fest.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="142"/>
        <source>%1 was not sent: the proxy rejected or did not receive the password of user &quot;%2&quot;. Enter the proxy password when CardDesk asks, then try again.</source>
        <translation>%1 wurde nicht gesendet: Der Proxy hat das Passwort des Benutzers „%2“ abgelehnt oder nicht erhalten. Geben Sie das Proxy-Passwort ein, wenn CardDesk danach fragt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="152"/>
        <source>Calven had a server error; try again later.</source>
        <translation>Bei Calven ist ein Serverfehler aufgetreten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="154"/>
        <source>Check the base URL in the profile.</source>
        <translation>Prüfen Sie die Basis-URL im Profil.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="156"/>
        <source>Calven is limiting requests; wait a few minutes before trying again.</source>
        <translation>Calven begrenzt die Anfragen; warten Sie einige Minuten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="158"/>
        <source>Calven rejected the request.</source>
        <translation>Calven hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="159"/>
        <source>%1 returned HTTP %2 %3.</source>
        <translation>%1 hat HTTP %2 %3 geliefert.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="172"/>
        <source>%1 rejected key id &quot;%2&quot; with HTTP 401. Check that Calven enabled this key for Basic authentication.</source>
        <translation>%1 hat die Schlüssel-ID „%2“ mit HTTP 401 abgelehnt. Prüfen Sie, ob Calven diesen Schlüssel für Basic-Authentifizierung freigeschaltet hat.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="217"/>
        <source>Sign-in at %1 failed: Calven rejected key id &quot;%2&quot; (HTTP %3).</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: Calven hat die Schlüssel-ID „%2“ abgelehnt (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="53"/>
        <source>Calven&apos;s message: %1</source>
        <translation>Meldung von Calven: %1</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="165"/>
        <source>%1 returned HTTP 401 even with a freshly issued token. Check that the key is still enabled in Calven, then sign in again.</source>
        <translation>%1 hat selbst mit einem frisch ausgestellten Token HTTP 401 geliefert. Prüfen Sie, ob der Schlüssel in Calven noch aktiviert ist, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>%1 rejected key id &quot;%2&quot; with HTTP 401. Check the key id and secret, and that Calven enabled this key for Basic authentication; then sign in again.</source>
        <translation type="vanished">%1 hat die Schlüssel-ID „%2“ mit HTTP 401 abgelehnt. Prüfen Sie Schlüssel-ID und Geheimnis und ob Calven diesen Schlüssel für Basic-Authentifizierung freigeschaltet hat; melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="182"/>
        <source>&quot;Data Warehouse&quot; or &quot;All permissions&quot;</source>
        <translation>„Data Warehouse“ oder „All permissions“</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="184"/>
        <source>&quot;Submitting Events&quot; or &quot;All permissions&quot;</source>
        <translation>„Submitting Events“ oder „All permissions“</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="191"/>
        <source>A &quot;Submitting Events&quot; key can send card updates but cannot read the directory.</source>
        <translation>Ein Schlüssel mit der Rolle „Submitting Events“ kann Kartenänderungen senden, aber nicht das Verzeichnis lesen.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="193"/>
        <source>A &quot;Data Warehouse&quot; key can read the directory but cannot send card updates.</source>
        <translation>Ein Schlüssel mit der Rolle „Data Warehouse“ kann das Verzeichnis lesen, aber keine Kartenänderungen senden.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="195"/>
        <source>%1 returned HTTP 403: the API key is valid but lacks the role for this call, which needs a key with the %2 role.</source>
        <translation>%1 hat HTTP 403 geliefert: Der API-Schlüssel ist gültig, hat aber nicht die Rolle für diesen Aufruf, der einen Schlüssel mit der Rolle %2 braucht.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="198"/>
        <source>Ask Calven support for a key with that role.</source>
        <translation>Bitten Sie den Calven-Support um einen Schlüssel mit dieser Rolle.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="204"/>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="204"/>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="205"/>
        <source>This PC&apos;s clock is %1 seconds %2 Calven&apos;s clock. Sign-in with an HMAC token signs the PC&apos;s time, so correct the clock (turn on automatic time synchronisation) and sign in again.</source>
        <translation>Die Uhr dieses PCs geht gegenüber der Uhr von Calven %1 Sekunden %2. Die Anmeldung mit HMAC-Token signiert die Uhrzeit des PCs, stellen Sie daher die Uhr richtig (schalten Sie die automatische Zeitsynchronisierung ein) und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in at %1 failed: Calven rejected key id &quot;%2&quot; (HTTP %3). Check the key id and secret in the profile and sign in again.</source>
        <translation type="vanished">Die Anmeldung bei %1 ist fehlgeschlagen: Calven hat die Schlüssel-ID „%2“ abgelehnt (HTTP %3). Prüfen Sie Schlüssel-ID und Geheimnis im Profil und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="222"/>
        <source>Sign-in at %1 failed with HTTP %2 for key id &quot;%3&quot;. Check the profile&apos;s base URL and authentication mode, then sign in again.</source>
        <translation>Die Anmeldung bei %1 ist für die Schlüssel-ID „%3“ mit HTTP %2 fehlgeschlagen. Prüfen Sie Basis-URL und Anmeldeverfahren des Profils und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="234"/>
        <source>The profile uses Basic authentication, which Calven accepts only for reading, so %1 is not possible. Use a key with HMAC token or client secret authentication.</source>
        <translation>Das Profil verwendet Basic-Authentifizierung, die Calven nur zum Lesen akzeptiert, daher ist diese Aktion (%1) nicht möglich. Verwenden Sie einen Schlüssel mit HMAC-Token oder Client-Secret.</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="241"/>
        <source>Sign-in failed, so %1 did not start. %2</source>
        <translation>Die Anmeldung ist fehlgeschlagen, daher wurde die Anfrage (%1) nicht gestartet. %2</translation>
    </message>
    <message>
        <source>Sign-in failed, so %1 was not sent. %2</source>
        <translation type="vanished">Die Anmeldung ist fehlgeschlagen, daher wurde die Anfrage (%1) nicht gesendet. %2</translation>
    </message>
    <message>
        <location filename="../app/net/errortext.cpp" line="246"/>
        <source>A request must carry between 1 and %1 user updates, not %2. Nothing was sent.</source>
        <translation>Eine Anfrage muss zwischen 1 und %1 Benutzeränderungen enthalten, nicht %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/net/apiclient.cpp" line="92"/>
        <source>reading users</source>
        <translation>Lesen der Benutzer</translation>
    </message>
    <message>
        <location filename="../app/net/apiclient.cpp" line="102"/>
        <source>reading locations</source>
        <translation>Lesen der Standorte</translation>
    </message>
    <message>
        <location filename="../app/net/apiclient.cpp" line="116"/>
        <source>sending card updates</source>
        <translation>Senden von Kartenänderungen</translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::AuthSigning</name>
    <message>
        <location filename="../app/net/authsigning.cpp" line="41"/>
        <source>The token response is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/authsigning.cpp" line="88"/>
        <source>Calven answered authenticated=false: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/authsigning.cpp" line="95"/>
        <source>The token response has no token or no integer expiration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/authsigning.cpp" line="114"/>
        <source>The token response has no access_token or no positive expires_in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::ConnectionCheck</name>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="26"/>
        <source>key &quot;%1&quot;</source>
        <translation>Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="27"/>
        <source>read key &quot;%1&quot;</source>
        <translation>Leseschlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="28"/>
        <source>write key &quot;%1&quot;</source>
        <translation>Schreibschlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="34"/>
        <source>Ask Calven support (support@calven.com) for a key with the &quot;Data Warehouse&quot; role and enter it as the read key.</source>
        <translation>Bitten Sie den Calven-Support (support@calven.com) um einen Schlüssel mit der Rolle „Data Warehouse“ und tragen Sie ihn als Leseschlüssel ein.</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="36"/>
        <source>Ask Calven support (support@calven.com) for an &quot;All permissions&quot; key, or for a &quot;Data Warehouse&quot; key to add as a separate read key.</source>
        <translation>Bitten Sie den Calven-Support (support@calven.com) um einen Schlüssel mit der Rolle „All permissions“ oder um einen Schlüssel mit der Rolle „Data Warehouse“, den Sie als getrennten Leseschlüssel hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="39"/>
        <source>Sign-in worked with %1, but it may not read the directory (HTTP 403): reading users and locations needs the %2 role. A &quot;Submitting Events&quot; key can send card updates but cannot read. %3</source>
        <translation>Die Anmeldung mit dem %1 hat funktioniert, aber er darf das Verzeichnis nicht lesen (HTTP 403): Zum Lesen von Benutzern und Standorten ist die Rolle %2 nötig. Ein Schlüssel mit der Rolle „Submitting Events“ kann Kartenänderungen senden, aber nicht lesen. %3</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="81"/>
        <source>The %1 uses Basic authentication, which cannot send card updates.</source>
        <translation>Der %1 verwendet Basic-Authentifizierung, mit der keine Kartenänderungen gesendet werden können.</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="102"/>
        <source>The %1 (%2) signed in at %3. Sending card updates needs the %4 role. Calven has no request that confirms that role without sending an update, so the first update will show it.</source>
        <translation>Der %1 (%2) hat sich bei %3 angemeldet. Zum Senden von Kartenänderungen ist die Rolle %4 nötig. Calven bietet keine Anfrage, die diese Rolle bestätigt, ohne eine Änderung zu senden, daher zeigt erst die erste Änderung, ob der Schlüssel sie hat.</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="130"/>
        <source>Reading locations with the %1 failed.</source>
        <translation>Das Lesen der Standorte mit dem %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="131"/>
        <source>Sign-in worked with the %1, but reading locations failed.</source>
        <translation>Die Anmeldung mit dem %1 hat funktioniert, aber das Lesen der Standorte ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="138"/>
        <source>%1 answered, but not with a list of locations (%2). Check the base URL in the profile.</source>
        <translation>%1 hat geantwortet, aber nicht mit einer Standortliste (%2). Prüfen Sie die Basis-URL im Profil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/net/connectioncheck.cpp" line="147"/>
        <source>Connected to %1 with %2 (%3) and read %n location(s).</source>
        <translation>
            <numerusform>Über den %2 (%3) mit %1 verbunden und %n Standort gelesen.</numerusform>
            <numerusform>Über den %2 (%3) mit %1 verbunden und %n Standorte gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="152"/>
        <source>A Basic key cannot send card updates; use an HMAC token or client secret key with the %1 role for that.</source>
        <translation>Ein Basic-Schlüssel kann keine Kartenänderungen senden; verwenden Sie dafür einen Schlüssel mit HMAC-Token oder Client-Secret und der Rolle %1.</translation>
    </message>
    <message>
        <location filename="../app/net/connectioncheck.cpp" line="155"/>
        <source>Sending card updates needs the %1 role, which this check cannot confirm without sending an update.</source>
        <translation>Zum Senden von Kartenänderungen ist die Rolle %1 nötig, die diese Prüfung nicht bestätigen kann, ohne eine Änderung zu senden.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::Diagnostics</name>
    <message>
        <location filename="../app/net/diagnostics.cpp" line="163"/>
        <source>The diagnostics file &quot;%1&quot; cannot be created: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/diagnostics.cpp" line="172"/>
        <source>The diagnostics file &quot;%1&quot; could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::KeychainSecretStore</name>
    <message>
        <location filename="../app/net/keychainsecretstore.cpp" line="49"/>
        <source>No keychain service is available (%1). CardDesk keeps API secrets only in the system keychain. On Linux, start a Secret Service such as GNOME Keyring or KWallet and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/keychainsecretstore.cpp" line="57"/>
        <source>The keychain denied access to the secret &quot;%1&quot; (%2). Unlock the keychain or allow CardDesk access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/keychainsecretstore.cpp" line="64"/>
        <source>The keychain reported an error for the secret &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/keychainsecretstore.cpp" line="101"/>
        <source>The profile has no valid base URL or key id, so CardDesk cannot look up its secret. Complete the profile and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/keychainsecretstore.cpp" line="188"/>
        <source>The keychain did not answer within %1 seconds. If it shows an unlock prompt, answer it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::LogFile</name>
    <message>
        <location filename="../app/net/logfile.cpp" line="101"/>
        <source>Cannot create the log folder %1. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/logfile.cpp" line="112"/>
        <source>Cannot open the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::Profile</name>
    <message>
        <location filename="../app/net/profile.cpp" line="69"/>
        <source>API key + HMAC token</source>
        <translation>API-Schlüssel + HMAC-Token</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="71"/>
        <source>API key + client secret</source>
        <translation>API-Schlüssel + Client-Secret</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="73"/>
        <source>Basic (read only)</source>
        <translation>Basic (nur lesen)</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="108"/>
        <source>The transfer timeout %1 ms is out of range. Enter %2 to %3 ms.</source>
        <translation>Das Übertragungszeitlimit %1 ms liegt außerhalb des zulässigen Bereichs. Geben Sie %2 bis %3 ms ein.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="116"/>
        <source>The proxy host is empty. Enter the host name or address of the proxy, or choose the system proxy settings.</source>
        <translation>Der Proxy-Host ist leer. Geben Sie den Hostnamen oder die Adresse des Proxys ein oder wählen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="119"/>
        <source>The proxy host &quot;%1&quot; is not a host name. Enter only the host, such as proxy.example.com, and the port separately.</source>
        <translation>Der Proxy-Host „%1“ ist kein Hostname. Geben Sie nur den Host ein, etwa proxy.example.com, und den Port getrennt davon.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="123"/>
        <source>The proxy port is missing. Enter the port of the proxy (1 to 65535).</source>
        <translation>Der Proxy-Port fehlt. Geben Sie den Port des Proxys ein (1 bis 65535).</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="125"/>
        <source>The proxy user name &quot;%1&quot; contains &apos;:&apos;, which proxy authentication cannot carry.</source>
        <translation>Der Proxy-Benutzername „%1“ enthält „:“, das die Proxy-Authentifizierung nicht übertragen kann.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="129"/>
        <source>The proxy password is set to be kept in the keychain, but the proxy user name is empty. Enter the user name or turn off the stored password.</source>
        <translation>Das Proxy-Passwort soll im Schlüsselbund gespeichert werden, aber der Proxy-Benutzername ist leer. Geben Sie den Benutzernamen ein oder schalten Sie das gespeicherte Passwort aus.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="153"/>
        <source>The %1 id is empty. Enter the key id Calven support issued.</source>
        <translation>Die %1-ID ist leer. Geben Sie die Schlüssel-ID ein, die der Calven-Support ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="155"/>
        <source>The %1 id &quot;%2&quot; contains &apos;:&apos;. Key ids cannot contain &apos;:&apos; because Basic authentication separates the key id from the secret with it. Check that the key id and the secret are in the right fields.</source>
        <translation>Die %1-ID „%2“ enthält „:“. Schlüssel-IDs dürfen kein „:“ enthalten, weil die Basic-Authentifizierung damit die Schlüssel-ID vom Geheimnis trennt. Prüfen Sie, ob Schlüssel-ID und Geheimnis in den richtigen Feldern stehen.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="167"/>
        <source>The profile name is empty. Enter a name such as the tenant or site.</source>
        <translation>Der Profilname ist leer. Geben Sie einen Namen ein, etwa den des Mandanten oder Standorts.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="169"/>
        <source>The base URL &quot;%1&quot; is not a valid URL. Enter a URL such as https://api.calven.com.</source>
        <translation>Die Basis-URL „%1“ ist keine gültige URL. Geben Sie eine URL wie https://api.calven.com ein.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="174"/>
        <source>The base URL &quot;%1&quot; must start with https://.</source>
        <translation>Die Basis-URL „%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="177"/>
        <source>The base URL &quot;%1&quot; uses plain http, which would send keys and tokens unencrypted. Use https://.</source>
        <translation>Die Basis-URL „%1“ nutzt einfaches http, das Schlüssel und Tokens unverschlüsselt senden würde. Verwenden Sie https://.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="182"/>
        <source>The base URL &quot;%1&quot; must not contain a user name, query or fragment.</source>
        <translation>Die Basis-URL „%1“ darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="185"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="189"/>
        <source>write key</source>
        <translation>Schreibschlüssel</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="191"/>
        <source>read key</source>
        <translation>Leseschlüssel</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="194"/>
        <source>The write key &quot;%1&quot; uses Basic authentication, which cannot send card updates. Choose HMAC token or client secret for the write key.</source>
        <translation>Der Schreibschlüssel „%1“ verwendet Basic-Authentifizierung, mit der keine Kartenänderungen gesendet werden können. Wählen Sie HMAC-Token oder Client-Secret für den Schreibschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/net/profile.cpp" line="198"/>
        <source>The read key and the write key are both &quot;%1&quot;. Use one key for both uses instead of a separate read key.</source>
        <translation>Leseschlüssel und Schreibschlüssel sind beide „%1“. Verwenden Sie einen Schlüssel für beides statt eines getrennten Leseschlüssels.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::ProfileStore</name>
    <message>
        <location filename="../app/net/profilestore.cpp" line="132"/>
        <source>The profile id &quot;%1&quot; is empty or contains &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::TlsConfig</name>
    <message>
        <location filename="../app/net/tlsconfig.cpp" line="39"/>
        <source>The CA bundle file &quot;%1&quot; does not exist. Choose the PEM file your IT department provided, or clear the CA bundle in the profile&apos;s network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsconfig.cpp" line="46"/>
        <source>The CA bundle file &quot;%1&quot; cannot be read (%2). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsconfig.cpp" line="51"/>
        <source>The CA bundle file &quot;%1&quot; is %2 bytes, too large for a CA bundle. Choose the PEM file with the proxy&apos;s root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsconfig.cpp" line="62"/>
        <source>The CA bundle file &quot;%1&quot; contains no PEM certificate. It may be in DER (binary) form; convert it with &quot;openssl x509 -inform der -in FILE -out FILE.pem&quot; and choose the .pem file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/tlsconfig.cpp" line="66"/>
        <source>The CA bundle file &quot;%1&quot; contains no readable certificate. Check that it holds &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Net::Transport</name>
    <message>
        <location filename="../app/net/transport.cpp" line="410"/>
        <source>the connection closed after %1 of the %2 response bytes the server announced</source>
        <translation>die Verbindung wurde nach %1 der %2 vom Server angekündigten Antwortbytes geschlossen</translation>
    </message>
</context>
<context>
    <name>CardDesk::Store::AuditLog</name>
    <message>
        <location filename="../app/store/auditlog.cpp" line="47"/>
        <source>Cards submitted</source>
        <translation>Karten übermittelt</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="48"/>
        <source>Update retried</source>
        <translation>Änderung wiederholt</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="49"/>
        <source>Failure resolved</source>
        <translation>Fehler erledigt</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="50"/>
        <source>Update result</source>
        <translation>Ergebnis der Änderung</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="52"/>
        <source>Queued update replaced</source>
        <translation>Wartende Änderung ersetzt</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="53"/>
        <source>Directory refreshed</source>
        <translation>Verzeichnis aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="57"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="58"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="59"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="60"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="61"/>
        <source>Partly applied</source>
        <translation>Teilweise übernommen</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="62"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="63"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="64"/>
        <source>Needs attention</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="65"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="354"/>
        <source>An audit record needs an action name; the record for user %1 was not written.</source>
        <translation>Ein Eintrag im Prüfprotokoll braucht einen Aktionsnamen; der Eintrag für den Benutzer %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="364"/>
        <source>Cannot write the audit record &quot;%1&quot; for user %2 to %3: %4. Check free disk space; the action itself may already have happened.</source>
        <translation>Der Eintrag „%1“ im Prüfprotokoll für den Benutzer %2 kann nicht in %3 geschrieben werden: %4. Prüfen Sie den freien Speicherplatz; die Aktion selbst ist möglicherweise bereits erfolgt.</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="406"/>
        <location filename="../app/store/auditlog.cpp" line="413"/>
        <source>Cannot read the audit log from %1: %2.</source>
        <translation>Das Prüfprotokoll kann nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/store/auditlog.cpp" line="429"/>
        <source>Cannot count the audit records in %1: %2.</source>
        <translation>Die Einträge des Prüfprotokolls in %1 können nicht gezählt werden: %2.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Store::CredentialRegister</name>
    <message>
        <location filename="../app/store/credentialregister.cpp" line="88"/>
        <source>Cannot store a card set for user &quot;%1&quot; without a user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/credentialregister.cpp" line="97"/>
        <source>Cannot save the card set of user %1 in %2: %3. Nothing was changed; check free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/credentialregister.cpp" line="113"/>
        <source>Cannot store a confirmed card set for user &quot;%1&quot; without a user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/credentialregister.cpp" line="122"/>
        <source>Cannot save the confirmed card set of user %1 in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/credentialregister.cpp" line="142"/>
        <source>Cannot read the card set of user %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/credentialregister.cpp" line="172"/>
        <source>Cannot read the card history of user %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/credentialregister.cpp" line="205"/>
        <source>Cannot look up the holders of card %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/credentialregister.cpp" line="221"/>
        <source>Cannot count the cards in the register: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/credentialregister.cpp" line="236"/>
        <source>Cannot read the card numbers in the register: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Store::Database</name>
    <message>
        <location filename="../app/store/database.cpp" line="94"/>
        <source>Cannot create the folder %1 for the CardDesk database. Check that the location exists and is writable, or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="103"/>
        <source>Cannot open the CardDesk database %1: %2. Check that the file is readable and writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="124"/>
        <source>%1 is not a CardDesk database (SQLite reports: %2). Choose another file, or move this one away so that CardDesk can create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="131"/>
        <source>%1 is an SQLite database of another program, not a CardDesk database. Choose another file, or move this one away so that CardDesk can create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="137"/>
        <source>%1 was written by a newer CardDesk (schema version %2; this version reads up to %3). Update CardDesk, or open another database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="153"/>
        <source>SQLite kept journal mode &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="154"/>
        <source>Cannot switch the CardDesk database %1 to write-ahead logging: %2. Put the database on a local disk; network shares often do not support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="171"/>
        <source>Cannot configure the CardDesk database %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="196"/>
        <source>Cannot update the schema of the CardDesk database %1: %2. Close other programs that use the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="204"/>
        <source>Cannot read the schema version of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="214"/>
        <source>Cannot update the CardDesk database %1 to schema version %2: %3. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="233"/>
        <source>Cannot record the schema version in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="238"/>
        <source>Cannot save the schema update of the CardDesk database %1: %2. Check free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/database.cpp" line="251"/>
        <source>No CardDesk database was opened, so there is no file to open a second connection to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Store::DirectoryCache</name>
    <message>
        <location filename="../app/store/directorycache.cpp" line="46"/>
        <source>%1 The cached directory was kept; refresh again later, and report this to the Calven administrator if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/directorycache.cpp" line="60"/>
        <location filename="../app/store/directorycache.cpp" line="326"/>
        <source>The fetched directory has a %1 without an id at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/directorycache.cpp" line="66"/>
        <location filename="../app/store/directorycache.cpp" line="331"/>
        <source>The fetched directory lists %1 id &quot;%2&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/directorycache.cpp" line="336"/>
        <source>The fetched directory is too large: its text passes 4 GiB at user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/directorycache.cpp" line="365"/>
        <location filename="../app/store/directorycache.cpp" line="391"/>
        <source>Cannot save the refreshed directory in %1: %2. The previous directory was kept; check free disk space and refresh again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/directorycache.cpp" line="375"/>
        <source>Cannot count the cached users in %1: %2. The previous directory was kept.</source>
        <translation>Die zwischengespeicherten Benutzer in %1 können nicht gezählt werden: %2. Das bisherige Verzeichnis wurde beibehalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/store/directorycache.cpp" line="381"/>
        <source>Calven returned an empty user list, while the cached directory has %n user(s).</source>
        <translation>
            <numerusform>Calven hat eine leere Benutzerliste geliefert, während das zwischengespeicherte Verzeichnis %n Benutzer enthält.</numerusform>
            <numerusform>Calven hat eine leere Benutzerliste geliefert, während das zwischengespeicherte Verzeichnis %n Benutzer enthält.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/store/directorycache.cpp" line="459"/>
        <location filename="../app/store/directorycache.cpp" line="483"/>
        <location filename="../app/store/directorycache.cpp" line="608"/>
        <source>Cannot read the cached users from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/directorycache.cpp" line="470"/>
        <source>Cannot read the cached locations from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/directorycache.cpp" line="578"/>
        <source>Cannot read the cached users from %1: the users up to id &quot;%2&quot; have an unexpected layout. Refresh the directory to rewrite the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/directorycache.cpp" line="620"/>
        <source>Cannot read the directory refresh time from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Store::Outbox</name>
    <message>
        <location filename="../app/store/outbox.cpp" line="515"/>
        <source>Cannot take queued updates from %1: %2. They stay queued; sending resumes on the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outbox.cpp" line="565"/>
        <source>Cannot save the results of updates %1 in %2: %3. They stay in Sending and are sent again with the same updateId after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outbox.cpp" line="586"/>
        <source>Cannot put updates %1 back in the queue in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outbox.cpp" line="626"/>
        <source>Cannot return unsent updates %1 to the queue in %2: %3. They stay in Sending and are sent again with the same updateId after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outbox.cpp" line="661"/>
        <source>Cannot mark update %1 as needing attention in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outbox.cpp" line="665"/>
        <source>Update %1 is not queued, sending or unknown, so it was not marked as needing attention and keeps its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outbox.cpp" line="689"/>
        <source>Cannot read the next retry time from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outbox.cpp" line="712"/>
        <source>CardDesk stopped while this update was being sent. It is sent again with the same updateId, so Calven can match it with a copy it may already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outbox.cpp" line="719"/>
        <source>Cannot return interrupted updates to the queue in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxenqueue.cpp" line="38"/>
        <source>Cannot queue an update for user &quot;%1&quot;: the user id and the username are both required. Refresh the directory and select the user again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxenqueue.cpp" line="44"/>
        <source>The update for user %1 has no cards, so there is nothing to send. Add a card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxenqueue.cpp" line="53"/>
        <source>Replaced by the newer update %1 before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxenqueue.cpp" line="182"/>
        <source>None of the %1 updates was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxenqueue.cpp" line="215"/>
        <source>Cannot save the update for user %1 in %2: %3. Nothing was queued; check free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxenqueue.cpp" line="220"/>
        <source>Cannot save the update for user %1 in %2: %3. None of the %4 updates was queued; check free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxenqueue.cpp" line="226"/>
        <source>Cannot save %1 updates in %2: %3. None of them was queued; check free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="43"/>
        <source>Refresh the Failures page or run &quot;carddesk-cli failures&quot; to see the open failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="109"/>
        <source>Cannot read the failed updates from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="125"/>
        <source>Cannot count the failed updates in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="138"/>
        <source>Cannot count the failed updates by reason in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="156"/>
        <location filename="../app/store/outboxreview.cpp" line="173"/>
        <source>Cannot count the failed updates per day in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="206"/>
        <source>Cannot read the retries of update %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="233"/>
        <source>Cannot read the updates of user %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="265"/>
        <source>Cannot read the pending updates of profile %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="285"/>
        <source>Cannot read the latest results from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="301"/>
        <source>Cannot read update %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="314"/>
        <source>Enter a note that says why update %1 is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="323"/>
        <location filename="../app/store/outboxreview.cpp" line="337"/>
        <source>Cannot resolve update %1 in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="327"/>
        <source>Update %1 was not found, so it cannot be resolved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="330"/>
        <source>Update %1 has the state &quot;%2&quot;, so it cannot be resolved: only failed, unknown and needs-attention updates can. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="364"/>
        <source>Retried as update %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="371"/>
        <source>Cannot retry update %1 in %2: %3. Nothing was queued; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="391"/>
        <source>Update %1 was not found, so it cannot be retried. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="396"/>
        <source>Update %1 has the state &quot;%2&quot;, so it cannot be retried: only failed, unknown and needs-attention updates can. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="407"/>
        <source>User %1 already has update %2 waiting to be sent with the newest card set, so update %3 is not sent again. Resolve it with a note instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="420"/>
        <source>The card set of user %1 was changed after update %2, so resending it would undo that change. Open the user and send the current card set instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/outboxreview.cpp" line="443"/>
        <source>Cannot count the updates in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Sync</name>
    <message>
        <source>The directory was not changed: %1</source>
        <translation type="vanished">Das Verzeichnis wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>CardDesk::Sync::DirectoryRefresher</name>
    <message>
        <location filename="../app/sync/directoryrefresher.cpp" line="89"/>
        <source>Not signed in: connect a profile to refresh the directory.</source>
        <translation>Nicht angemeldet: Verbinden Sie ein Profil, um das Verzeichnis zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/sync/directoryrefresher.cpp" line="140"/>
        <source>Refresh cancelled; the directory was not changed.</source>
        <translation>Aktualisierung abgebrochen; das Verzeichnis wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/sync/directoryrefresher.cpp" line="38"/>
        <location filename="../app/sync/directoryrefresher.cpp" line="43"/>
        <location filename="../app/sync/directoryrefresher.cpp" line="55"/>
        <location filename="../app/sync/directoryrefresher.cpp" line="146"/>
        <source>The directory was not changed: %1</source>
        <translation>Das Verzeichnis wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>CardDesk::Sync::Sender</name>
    <message>
        <location filename="../app/sync/sender.cpp" line="110"/>
        <source>Not signed in: updates wait until a profile is connected.</source>
        <translation>Nicht angemeldet: Die Änderungen warten, bis ein Profil verbunden ist.</translation>
    </message>
    <message>
        <location filename="../app/sync/sender.cpp" line="383"/>
        <source>Calven rejected the request with HTTP %1: %2</source>
        <translation>Calven hat die Anfrage mit HTTP %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/sender.cpp" line="411"/>
        <source>Gave up after attempt %1. Last error: %2</source>
        <translation>Nach Versuch %1 aufgegeben. Letzter Fehler: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/sender.cpp" line="437"/>
        <source>Offline, updates waiting: %1. %2 Trying again at %3.</source>
        <translation>Offline, wartende Änderungen: %1. %2 Neuer Versuch um %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/sender.cpp" line="440"/>
        <source>Updates waiting: %1. %2 Retrying at %3.</source>
        <translation>Wartende Änderungen: %1. %2 Neuer Versuch um %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/sender.cpp" line="444"/>
        <source>The server asked to wait %1 seconds (Retry-After). CardDesk waits at most %2 minutes.</source>
        <translation>Der Server hat gebeten, %1 Sekunden zu warten (Retry-After). CardDesk wartet höchstens %2 Minuten.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Sync::Workspace</name>
    <message>
        <location filename="../app/sync/workspace.cpp" line="110"/>
        <source>Cannot create the data folder %1. Check that it is writable or choose another one.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Prüfen Sie, ob er beschreibbar ist, oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../app/sync/workspace.cpp" line="122"/>
        <source>The data folder %1 is in use by another CardDesk program (%2, process %3 on %4). Close it, or use another data folder.</source>
        <translation>Der Datenordner %1 wird von einem anderen CardDesk-Programm verwendet (%2, Prozess %3 auf %4). Schließen Sie es oder verwenden Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location filename="../app/sync/workspace.cpp" line="196"/>
        <source>%1 users: %2 added, %3 changed, %4 removed</source>
        <translation>%1 Benutzer: %2 hinzugefügt, %3 geändert, %4 entfernt</translation>
    </message>
    <message>
        <location filename="../app/sync/workspace.cpp" line="206"/>
        <source>The audit record of the directory refresh could not be written: %1. Check that the database folder is writable and has free space, then refresh again.</source>
        <translation>Der Eintrag der Verzeichnisaktualisierung im Prüfprotokoll konnte nicht geschrieben werden: %1. Prüfen Sie, ob der Datenbankordner beschreibbar ist und freien Speicherplatz hat, und aktualisieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/sync/workspace.cpp" line="250"/>
        <source>Not signed in: connect a profile to refresh the directory.</source>
        <translation>Nicht angemeldet: Verbinden Sie ein Profil, um das Verzeichnis zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/sync/workspace.cpp" line="432"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/workspace.cpp" line="464"/>
        <source>None of the %1 card sets was queued. Correct the sets above and submit them again.</source>
        <translation>Keiner der %1 Kartensätze wurde in die Warteschlange gestellt. Korrigieren Sie die oben genannten Kartensätze und übermitteln Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/sync/workspace.cpp" line="505"/>
        <source>Retry of %1</source>
        <translation>Wiederholung von %1</translation>
    </message>
    <message>
        <location filename="../app/sync/workspace.cpp" line="545"/>
        <source>Not signed in: updates wait until a profile is connected.</source>
        <translation>Nicht angemeldet: Die Änderungen warten, bis ein Profil verbunden ist.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Training::TrainingEnvironment</name>
    <message>
        <location filename="../app/training/trainingenvironment.cpp" line="57"/>
        <source>Cannot create a temporary folder for training data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/training/trainingenvironment.cpp" line="74"/>
        <source>Cannot start the training simulator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/training/trainingenvironment.cpp" line="84"/>
        <source>Training (simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/training/trainingenvironment.cpp" line="101"/>
        <source>The training directory has too few active users to seed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui</name>
    <message>
        <source>Calven has no user %1, and the directory has no user with a similar email. Check the spelling with the employee, refresh the directory, or resolve the failure with a note if the person has left.</source>
        <translation type="vanished">Calven kennt keinen Benutzer %1, und im Verzeichnis gibt es keinen Benutzer mit ähnlicher E-Mail-Adresse. Klären Sie die Schreibweise mit der betroffenen Person, aktualisieren Sie das Verzeichnis oder erledigen Sie den Fehler mit einer Notiz, falls die Person nicht mehr im Unternehmen ist.</translation>
    </message>
    <message>
        <source>Calven has no user %1. The directory has users with similar emails: if one of them is the person, open that user and give them the cards.</source>
        <translation type="vanished">Calven kennt keinen Benutzer %1. Im Verzeichnis gibt es Benutzer mit ähnlichen E-Mail-Adressen: Falls einer davon die gesuchte Person ist, öffnen Sie diesen Benutzer und weisen Sie ihm die Karten zu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>Card %1 is held by %2 (%3).</source>
        <translation type="vanished">Karte %1 ist %2 (%3) zugewiesen.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="vanished">%1 öffnen</translation>
    </message>
    <message>
        <source>Remove the card from that user first if it was handed over, or give %1 another card, then retry.</source>
        <translation type="vanished">Entfernen Sie die Karte zuerst bei diesem Benutzer, falls sie weitergegeben wurde, oder geben Sie %1 eine andere Karte. Wiederholen Sie danach die Änderung.</translation>
    </message>
    <message>
        <source>Decode %1</source>
        <translation type="vanished">%1 decodieren</translation>
    </message>
    <message>
        <source>Calven rejected card %1 as invalid. Read the card again and decode the raw read to find its format, facility code and number.</source>
        <translation type="vanished">Calven hat die Karte %1 als ungültig abgelehnt. Lesen Sie die Karte erneut und decodieren Sie den Rohwert, um Format, Anlagencode und Nummer zu ermitteln.</translation>
    </message>
    <message>
        <source>Some cards were applied and some were not. See the card results, correct the cards that failed and send the set again.</source>
        <translation type="vanished">Einige Karten wurden übernommen, andere nicht. Sehen Sie sich die Kartenergebnisse an, korrigieren Sie die fehlgeschlagenen Karten und senden Sie den Kartensatz erneut.</translation>
    </message>
    <message>
        <source>Calven did not apply the cards. See the card results and the response, correct the cards and send the set again.</source>
        <translation type="vanished">Calven hat die Karten nicht übernommen. Sehen Sie sich die Kartenergebnisse und die Antwort an, korrigieren Sie die Karten und senden Sie den Kartensatz erneut.</translation>
    </message>
    <message>
        <source>Calven returned the result &quot;%1&quot;, which CardDesk does not know. Check the user&apos;s cards in Calven before you retry.</source>
        <translation type="vanished">Calven hat das Ergebnis „%1“ geliefert, das CardDesk nicht kennt. Prüfen Sie die Karten des Benutzers in Calven, bevor Sie die Änderung wiederholen.</translation>
    </message>
    <message>
        <source>No result could be read, so Calven may or may not have applied the cards. Check them in Calven, then retry or resolve with a note.</source>
        <translation type="vanished">Es konnte kein Ergebnis gelesen werden, daher ist unklar, ob Calven die Karten übernommen hat. Prüfen Sie sie in Calven und wiederholen Sie dann die Änderung oder erledigen Sie den Fehler mit einer Notiz.</translation>
    </message>
    <message>
        <source>1 failure from %1 to %2</source>
        <translation type="vanished">1 Fehler von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 failures from %2 to %3</source>
        <translation type="vanished">%1 Fehler von %2 bis %3</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation type="vanished">Nach Grund</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="vanished">Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Benutzer</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="vanished">Karten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">Meldung</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2. Choose a folder you can write to.</source>
        <translation type="vanished">Der Bericht kann nicht nach %1 geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="vanished">Erstellt am %1</translation>
    </message>
    <message>
        <source>Cannot finish the report %1: %2. Check the free disk space and try again.</source>
        <translation type="vanished">Der Bericht %1 kann nicht fertiggestellt werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
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
    <name>CardDesk::Ui::AuditDetailView</name>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="32"/>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="82"/>
        <source>Select a record to see all of its fields.</source>
        <translation>Wählen Sie einen Eintrag, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="127"/>
        <source>Show records of &amp;this update</source>
        <translation>Einträge dieser Ä&amp;nderung zeigen</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="130"/>
        <source>Filters the table to every record with this update id, such as its submission and its result.</source>
        <translation>Zeigt in der Tabelle alle Einträge mit dieser Änderungs-ID, etwa das Absenden und das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="144"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="145"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="146"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="147"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="148"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="149"/>
        <source>OS user:</source>
        <translation>Systembenutzer:</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="150"/>
        <source>Machine:</source>
        <translation>Rechner:</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="151"/>
        <source>Update id:</source>
        <translation>Änderungs-ID:</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="164"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="167"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="177"/>
        <source>None</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="190"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="199"/>
        <source>%1 (user id %2)</source>
        <translation>%1 (Benutzer-ID %2)</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="201"/>
        <source>User id %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="206"/>
        <source>Profile id: %1</source>
        <translation>Profil-ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditdetailview.cpp" line="214"/>
        <source>No cards in this record.</source>
        <translation>Dieser Eintrag enthält keine Karten.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="145"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="105"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="107"/>
        <source>Writes every record that matches the filters, not only the ones shown.</source>
        <translation>Schreibt alle Einträge, die zu den Filtern passen, nicht nur die angezeigten.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="109"/>
        <source>Co&amp;lumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="111"/>
        <source>Shows or hides table columns. The export always writes every column.</source>
        <translation>Blendet Tabellenspalten ein oder aus. Der Export schreibt immer alle Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="179"/>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="180"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="183"/>
        <source>Result filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="184"/>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="187"/>
        <source>Profile filter</source>
        <translation>Profilfilter</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="188"/>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="196"/>
        <source>Target user or operating-system user  (Ctrl+F)</source>
        <translation>Zielbenutzer oder Systembenutzer  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="199"/>
        <source>Words in machine, update id, card numbers or detail</source>
        <translation>Begriffe in Rechner, Änderungs-ID, Kartennummern oder Details</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="211"/>
        <source>Fro&amp;m:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="219"/>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="222"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="227"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="230"/>
        <source>Te&amp;xt:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="346"/>
        <source>Showing the newest %1 of %2 matching records. Narrow the filters to see older ones here; the export writes all of them.</source>
        <translation>Die neuesten %1 von %2 passenden Einträgen werden angezeigt. Schränken Sie die Filter ein, um hier ältere zu sehen; der Export schreibt alle.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="354"/>
        <source>No audit records match these filters.
Widen the day range or clear a filter.</source>
        <translation>Keine Einträge im Prüfprotokoll passen zu diesen Filtern.
Erweitern Sie den Zeitraum oder entfernen Sie einen Filter.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="368"/>
        <source>Reading the audit log…</source>
        <translation>Prüfprotokoll wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="420"/>
        <source>%Ln records selected. Select one to see all of its fields.</source>
        <translation>
            <numerusform>%Ln Eintrag ausgewählt. Wählen Sie genau einen, um alle Felder zu sehen.</numerusform>
            <numerusform>%Ln Einträge ausgewählt. Wählen Sie genau einen, um alle Felder zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="422"/>
        <source>No record to show.</source>
        <translation>Kein Eintrag vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="424"/>
        <source>Select a record to see all of its fields.</source>
        <translation>Wählen Sie einen Eintrag, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="526"/>
        <source>Exporting to %1…</source>
        <translation>Wird nach %1 exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auditpage.cpp" line="534"/>
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation type="vanished">%1 Einträge nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="539"/>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Filter by target user or operating-system user  (Ctrl+F)</source>
        <translation type="vanished">Nach Zielbenutzer oder Systembenutzer filtern  (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="vanished">V&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="213"/>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="216"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>The newest %1 records; narrow the filters to see older ones</source>
        <translation type="vanished">Die neuesten %1 Einträge; schränken Sie die Filter ein, um ältere zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="350"/>
        <source>1 record</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="350"/>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Check the free disk space and try again.</source>
        <translation type="vanished">%1 kann nicht fertiggestellt werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="546"/>
        <source>Export audit log as CSV</source>
        <translation>Prüfprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="547"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="541"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
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
        <location filename="../ui/carddialog.cpp" line="45"/>
        <source>Facility code %1%2.</source>
        <translation>Anlagencode %1%2.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="48"/>
        <source>, optional</source>
        <translation>, optional</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="51"/>
        <source>No facility code.</source>
        <translation>Kein Anlagencode.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="55"/>
        <source>Card number %1, decimal.</source>
        <translation>Kartennummer %1, dezimal.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="59"/>
        <source>Card number: the %1-byte chip serial in hex (%2 digits), in reading order.</source>
        <translation>Kartennummer: die %1-Byte-Seriennummer des Chips in Hex (%2 Ziffern), in Lesereihenfolge.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="64"/>
        <source>Card number: the card data as letters and digits.</source>
        <translation>Kartennummer: die Kartendaten als Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="78"/>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="198"/>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="209"/>
        <source>This card was stored with format &quot;%1&quot;, which CardDesk does not know. Choose its format.</source>
        <translation>Diese Karte wurde mit dem Format „%1“ gespeichert, das CardDesk nicht kennt. Wählen Sie ihr Format.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="262"/>
        <source>(enter a valid card)</source>
        <translation>(gültige Karte eingeben)</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="112"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="113"/>
        <source>Stolen</source>
        <translation>Gestohlen</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="114"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="115"/>
        <source>Other (describe)</source>
        <translation>Anderer Grund (beschreiben)</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="118"/>
        <source>Why the old card is replaced</source>
        <translation>Warum die alte Karte ersetzt wird</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="124"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="150"/>
        <source>Replace lost or stolen card %1</source>
        <translation>Verlorene oder gestohlene Karte %1 ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="182"/>
        <source>The new card %1 is the card being replaced. Enter the number of the new card.</source>
        <translation>Die neue Karte %1 ist die Karte, die ersetzt wird. Geben Sie die Nummer der neuen Karte ein.</translation>
    </message>
    <message>
        <location filename="../ui/carddialog.cpp" line="186"/>
        <source>Describe why the card is replaced, or choose Lost, Stolen or Damaged.</source>
        <translation>Beschreiben Sie, warum die Karte ersetzt wird, oder wählen Sie Verloren, Gestohlen oder Beschädigt.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="37"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="46"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="55"/>
        <source>Nothing was sent to the server. If your company inspects TLS traffic, ask IT for its CA certificate as a PEM file, compare the fingerprint below with theirs, and add the file to this profile.</source>
        <translation>Es wurde nichts an den Server gesendet. Falls Ihr Unternehmen den TLS-Verkehr prüft, bitten Sie die IT um deren CA-Zertifikat als PEM-Datei, vergleichen Sie den Fingerabdruck unten mit dem der IT und fügen Sie die Datei diesem Profil hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="67"/>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="75"/>
        <source>Certificate chain sent by the server</source>
        <translation>Vom Server gesendete Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="86"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="87"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="88"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="89"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="99"/>
        <source>&amp;Add a CA bundle to this profile…</source>
        <translation>CA-Bundle zu diesem Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="123"/>
        <source>CardDesk did not connect to %1 because its certificate is not trusted.</source>
        <translation>CardDesk hat keine Verbindung zu %1 hergestellt, weil das Zertifikat des Servers nicht vertrauenswürdig ist.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="124"/>
        <source>CardDesk did not connect to %1 (profile &quot;%2&quot;) because its certificate is not trusted.</source>
        <translation>CardDesk hat keine Verbindung zu %1 (Profil „%2“) hergestellt, weil das Zertifikat des Servers nicht vertrauenswürdig ist.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="151"/>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="158"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::ConnectionTestPanel</name>
    <message>
        <location filename="../ui/connectiontestpanel.cpp" line="59"/>
        <location filename="../ui/connectiontestpanel.cpp" line="62"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::DecoderDialog</name>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="26"/>
        <source>Decode a card read</source>
        <translation>Kartenlesewert decodieren</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="31"/>
        <source>For example 0x1940887, 1940887/26, 0b0110…, E4 3A C9 D2 or 3536403172</source>
        <translation>Zum Beispiel 0x1940887, 1940887/26, 0b0110…, E4 3A C9 D2 oder 3536403172</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="36"/>
        <source>From the read</source>
        <translation>Aus dem Lesewert</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="37"/>
        <source> bits</source>
        <translation> Bit</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="40"/>
        <source>The frame length in bits if the reader reported it; leave at &quot;From the read&quot; to use a length written with the value or to try every length.</source>
        <translation>Die Rahmenlänge in Bit, falls der Leser sie meldet. Bei „Aus dem Lesewert“ gilt eine mit dem Wert geschriebene Länge, sonst wird jede Länge probiert.</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="44"/>
        <source>&amp;Raw read:</source>
        <translation>&amp;Rohwert:</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="46"/>
        <source>&amp;Bit length:</source>
        <translation>&amp;Bitlänge:</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="61"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="61"/>
        <source>Facility code</source>
        <translation>Anlagencode</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="61"/>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="61"/>
        <source>Parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="61"/>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="61"/>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="69"/>
        <source>Candidate formats</source>
        <translation>Mögliche Formate</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="78"/>
        <location filename="../ui/decoderdialog.cpp" line="119"/>
        <source>&amp;Assign to user</source>
        <translation>Benutzer &amp;zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="120"/>
        <source>&amp;Assign to %1</source>
        <translation>&amp;%1 zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="183"/>
        <source>%1 (this user)</source>
        <translation>%1 (dieser Benutzer)</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="186"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../ui/decoderdialog.cpp" line="198"/>
        <source>Serial %1 · bytes reversed %2 · little-endian decimal %3 · big-endian decimal %4</source>
        <translation>Seriennummer %1 · Bytes umgekehrt %2 · Little-Endian dezimal %3 · Big-Endian dezimal %4</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::DecoderInput</name>
    <message>
        <location filename="../ui/decoderinput.cpp" line="166"/>
        <source>%1 bits after a start sentinel</source>
        <translation>%1 Bit nach einem Startbit</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="168"/>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="222"/>
        <source>serial as typed</source>
        <translation>Seriennummer wie eingegeben</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="226"/>
        <source>serial, bytes reversed</source>
        <translation>Seriennummer, Bytes umgekehrt</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="249"/>
        <source>serial read little-endian</source>
        <translation>Seriennummer Little-Endian gelesen</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="252"/>
        <source>serial read big-endian</source>
        <translation>Seriennummer Big-Endian gelesen</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="266"/>
        <source>Paste a raw read: hex (0x1940887), binary (0b…) or decimal digits.</source>
        <translation>Fügen Sie einen Rohwert ein: hexadezimal (0x1940887), binär (0b…) oder dezimal.</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="273"/>
        <source>&quot;%1&quot; is not hex, binary or decimal of at most 64 bits. Check the read and paste it again.</source>
        <translation>„%1“ ist weder hexadezimal, binär noch dezimal mit höchstens 64 Bit. Prüfen Sie den Lesewert und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="291"/>
        <source>No catalogue format matches &quot;%1&quot;. Check the bit length, or enter the card as raw card data.</source>
        <translation>Kein Format des Katalogs passt zu „%1“. Prüfen Sie die Bitlänge oder erfassen Sie die Karte als Rohdaten.</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="303"/>
        <source>hex</source>
        <translation>hexadezimal</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="305"/>
        <source>decimal</source>
        <translation>dezimal</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="307"/>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="316"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="318"/>
        <source>failed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/decoderinput.cpp" line="320"/>
        <source>none (serial)</source>
        <translation>keine (Seriennummer)</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::FailureCharts</name>
    <message>
        <location filename="../ui/failurecharts.cpp" line="48"/>
        <source>Failures per day</source>
        <translation>Fehler pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/failurecharts.cpp" line="49"/>
        <location filename="../ui/failurecharts.cpp" line="55"/>
        <source>Failures by reason</source>
        <translation>Fehler nach Grund</translation>
    </message>
    <message>
        <location filename="../ui/failurecharts.cpp" line="54"/>
        <source>Failures per day, stacked by reason</source>
        <translation>Fehler pro Tag, gestapelt nach Grund</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::FailureDetailView</name>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="60"/>
        <location filename="../ui/failuredetailview.cpp" line="62"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="60"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="60"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="61"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="61"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="61"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="62"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="62"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="69"/>
        <source>Card results</source>
        <translation>Kartenergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="70"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="71"/>
        <source>Current cards</source>
        <translation>Aktuelle Karten</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="72"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="73"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="87"/>
        <source>Select a failure to see its details.</source>
        <translation>Wählen Sie einen Fehler, um Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="118"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="144"/>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="144"/>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="150"/>
        <source>Calven returned no message.</source>
        <translation>Calven hat keine Meldung geliefert.</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="156"/>
        <source>%1: %2
Update %3</source>
        <translation>%1: %2
Änderung %3</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="177"/>
        <source>No per-card results were returned.</source>
        <translation>Es wurden keine Ergebnisse pro Karte geliefert.</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="193"/>
        <source>Queued %1</source>
        <translation>%1 in Warteschlange gestellt</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="194"/>
        <source>Queued %1 as a retry of %2</source>
        <translation>%1 als Wiederholung von %2 in Warteschlange gestellt</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="198"/>
        <source>after 1 attempt</source>
        <translation>nach 1 Versuch</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="198"/>
        <source>after %1 attempts</source>
        <translation>nach %1 Versuchen</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="200"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="201"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="224"/>
        <source>%1 has no cards in CardDesk now.</source>
        <translation>%1 hat jetzt keine Karten in CardDesk.</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="225"/>
        <source>CardDesk holds no card set for this user.</source>
        <translation>CardDesk hat keinen Kartensatz für diesen Benutzer.</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="234"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="234"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="236"/>
        <source>, not in this update</source>
        <translation>, nicht in dieser Änderung</translation>
    </message>
    <message>
        <location filename="../ui/failuredetailview.cpp" line="323"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::FailureNextStep</name>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="28"/>
        <source>Edit and retry</source>
        <translation>Bearbeiten und wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="38"/>
        <source>Calven has no user %1, and the directory has no user with a similar email. Check the spelling with the employee, refresh the directory, or resolve the failure with a note if the person has left.</source>
        <translation>Calven kennt keinen Benutzer %1, und im Verzeichnis gibt es keinen Benutzer mit ähnlicher E-Mail-Adresse. Klären Sie die Schreibweise mit der betroffenen Person, aktualisieren Sie das Verzeichnis oder erledigen Sie den Fehler mit einer Notiz, falls die Person nicht mehr im Unternehmen ist.</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="44"/>
        <source>Calven has no user %1. The directory has users with similar emails: if one of them is the person, open that user and give them the cards.</source>
        <translation>Calven kennt keinen Benutzer %1. Im Verzeichnis gibt es Benutzer mit ähnlichen E-Mail-Adressen: Falls einer davon die gesuchte Person ist, öffnen Sie diesen Benutzer und weisen Sie ihm die Karten zu.</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="50"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="64"/>
        <source>Card %1 is held by %2 (%3).</source>
        <translation>Karte %1 ist %2 (%3) zugewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="66"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="72"/>
        <source>Remove the card from that user first if it was handed over, or give %1 another card, then retry.</source>
        <translation>Entfernen Sie die Karte zuerst bei diesem Benutzer, falls sie weitergegeben wurde, oder geben Sie %1 eine andere Karte. Wiederholen Sie danach die Änderung.</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="95"/>
        <source>Decode %1</source>
        <translation>%1 decodieren</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="100"/>
        <source>Calven rejected card %1 as invalid. Read the card again and decode the raw read to find its format, facility code and number.</source>
        <translation>Calven hat die Karte %1 als ungültig abgelehnt. Lesen Sie die Karte erneut und decodieren Sie den Rohwert, um Format, Anlagencode und Nummer zu ermitteln.</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="111"/>
        <source>Some cards were applied and some were not. See the card results, correct the cards that failed and send the set again.</source>
        <translation>Einige Karten wurden übernommen, andere nicht. Sehen Sie sich die Kartenergebnisse an, korrigieren Sie die fehlgeschlagenen Karten und senden Sie den Kartensatz erneut.</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="115"/>
        <source>Calven did not apply the cards. See the card results and the response, correct the cards and send the set again.</source>
        <translation>Calven hat die Karten nicht übernommen. Sehen Sie sich die Kartenergebnisse und die Antwort an, korrigieren Sie die Karten und senden Sie den Kartensatz erneut.</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="120"/>
        <source>Calven returned the result &quot;%1&quot;, which CardDesk does not know. Check the user&apos;s cards in Calven before you retry.</source>
        <translation>Calven hat das Ergebnis „%1“ geliefert, das CardDesk nicht kennt. Prüfen Sie die Karten des Benutzers in Calven, bevor Sie die Änderung wiederholen.</translation>
    </message>
    <message>
        <location filename="../ui/failurenextstep.cpp" line="126"/>
        <source>No result could be read, so Calven may or may not have applied the cards. Check them in Calven, then retry or resolve with a note.</source>
        <translation>Es konnte kein Ergebnis gelesen werden, daher ist unklar, ob Calven die Karten übernommen hat. Prüfen Sie sie in Calven und wiederholen Sie dann die Änderung oder erledigen Sie den Fehler mit einer Notiz.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::FailureReport</name>
    <message>
        <location filename="../ui/failurereport.cpp" line="100"/>
        <source>1 failure from %1 to %2</source>
        <translation>1 Fehler von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="101"/>
        <source>%1 failures from %2 to %3</source>
        <translation>%1 Fehler von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="104"/>
        <source>By reason</source>
        <translation>Nach Grund</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="112"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="116"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="116"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="116"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="116"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="116"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="134"/>
        <source>Cannot write the report to %1: %2. Choose a folder you can write to.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="157"/>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location filename="../ui/failurereport.cpp" line="171"/>
        <source>Cannot finish the report %1: %2. Check the free disk space and try again.</source>
        <translation>Der Bericht %1 kann nicht fertiggestellt werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::FailuresPage</name>
    <message>
        <location filename="../ui/failurespage.cpp" line="37"/>
        <source>Why is this failure resolved? The note goes to the audit log.</source>
        <translation>Warum ist dieser Fehler erledigt? Die Notiz kommt ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="38"/>
        <source>Why are these %1 failures resolved? The note goes to the audit log.</source>
        <translation>Warum sind diese %1 Fehler erledigt? Die Notiz kommt ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="44"/>
        <source>Resolve failures</source>
        <translation>Fehler erledigen</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="49"/>
        <source>The note is empty. Write what was done, for example &quot;Card replaced in Calven by hand&quot;, or press Cancel.</source>
        <translation>Die Notiz ist leer. Schreiben Sie, was getan wurde, zum Beispiel „Karte in Calven von Hand ersetzt“, oder wählen Sie Abbrechen.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="88"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="137"/>
        <source>Result filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="138"/>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="148"/>
        <source>Profile filter</source>
        <translation>Profilfilter</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="149"/>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="154"/>
        <source>Filter by user, card, update id or message  (Ctrl+F)</source>
        <translation>Nach Benutzer, Karte, Änderungs-ID oder Meldung filtern  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="156"/>
        <source>Filter failures</source>
        <translation>Fehler filtern</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="159"/>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="179"/>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="181"/>
        <source>Send the selected updates again with their current card sets (Ctrl+R)</source>
        <translation>Die gewählten Änderungen mit ihren aktuellen Kartensätzen erneut senden (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="185"/>
        <source>Close the selected failures with a note, without sending anything (Ctrl+D)</source>
        <translation>Die gewählten Fehler mit einer Notiz schließen, ohne etwas zu senden (Strg+D)</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="187"/>
        <source>&amp;Edit and retry</source>
        <translation>&amp;Bearbeiten und wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="189"/>
        <source>Open the user on the Users page to correct the cards (Ctrl+E)</source>
        <translation>Den Benutzer auf der Seite Benutzer öffnen, um die Karten zu korrigieren (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="190"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="192"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="335"/>
        <source>1 failure including resolved ones, %1 open</source>
        <translation>1 Fehler einschließlich erledigter, %1 offen</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="336"/>
        <source>%1 failures including resolved ones, %2 open</source>
        <translation>%1 Fehler einschließlich erledigter, %2 offen</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="342"/>
        <source> (%1 loaded, scroll for more)</source>
        <translation> (%1 geladen, für mehr scrollen)</translation>
    </message>
    <message>
        <source>Send the selected updates again with their current card sets</source>
        <translation type="vanished">Die gewählten Änderungen mit ihren aktuellen Kartensätzen erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="182"/>
        <source>Re&amp;solve…</source>
        <translation>E&amp;rledigen…</translation>
    </message>
    <message>
        <source>Close the selected failures with a note, without sending anything</source>
        <translation type="vanished">Die gewählten Fehler mit einer Notiz schließen, ohne etwas zu senden</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="313"/>
        <source>No failures to show.</source>
        <translation>Keine Fehler vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="314"/>
        <source>Select a failure to see its details.</source>
        <translation>Wählen Sie einen Fehler, um Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="316"/>
        <source>%1 failures selected.</source>
        <translation>%1 Fehler gewählt.</translation>
    </message>
    <message>
        <source>%1 failures with resolved ones, %2 open</source>
        <translation type="vanished">%1 Fehler einschließlich erledigter, %2 offen</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="338"/>
        <source>%1 of %2 open failures</source>
        <translation>%1 von %2 offenen Fehlern</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="340"/>
        <source>1 open failure</source>
        <translation>1 offener Fehler</translation>
    </message>
    <message>
        <location filename="../ui/failurespage.cpp" line="340"/>
        <source>%1 open failures</source>
        <translation>%1 offene Fehler</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="60"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="61"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="69"/>
        <source>&amp;Group by reason</source>
        <translation>Nach &amp;Grund gruppieren</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="72"/>
        <source>Show reso&amp;lved</source>
        <translation>Erledigte an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="74"/>
        <source>Also list failures that were resolved or retried</source>
        <translation>Auch erledigte oder wiederholte Fehler auflisten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="vanished">V&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="78"/>
        <source>Fro&amp;m:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="80"/>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="225"/>
        <source>All results (%1)</source>
        <translation>Alle Ergebnisse (%1)</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="369"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="380"/>
        <source>CardDesk failure report</source>
        <translation>CardDesk-Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="394"/>
        <source>Export failures as CSV</source>
        <translation>Fehler als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="395"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="398"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="403"/>
        <source>Export failure report as PDF</source>
        <translation>Fehlerbericht als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="404"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/failurespageactions.cpp" line="407"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Active p&amp;rofile</source>
        <translation>Aktives P&amp;rofil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Send &amp;pending updates</source>
        <translation>&amp;Wartende Änderungen senden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Export diagnostics…</source>
        <translation>&amp;Diagnosedaten exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>&amp;About CardDesk</source>
        <translation>Ü&amp;ber CardDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>The profile CardDesk is connected to. Choose another to switch.</source>
        <translation>Das Profil, mit dem CardDesk verbunden ist. Wählen Sie ein anderes, um zu wechseln.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>CardDesk (training: simulator, not Calven)</source>
        <translation>CardDesk (Übung: Simulator, nicht Calven)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>CardDesk</source>
        <translation>CardDesk</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>No updates waiting to be sent</source>
        <translation>Keine Änderungen warten auf den Versand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>1 update waiting</source>
        <translation>1 Änderung wartet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>%1 updates waiting</source>
        <translation>%1 Änderungen warten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Directory refreshed %1</source>
        <translation>Verzeichnis aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Directory never refreshed</source>
        <translation>Verzeichnis noch nie aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>1 open failure</source>
        <translation>1 offener Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>%1 open failures</source>
        <translation>%1 offene Fehler</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::NetworkSettingsWidget</name>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="11"/>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="20"/>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="32"/>
        <source>None: trust the system&apos;s certificate authorities only</source>
        <translation>Keines: nur den CAs des Systems vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="42"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="54"/>
        <source>A PEM file with the CA certificates of your company&apos;s TLS inspection proxy. They are trusted in addition to the system&apos;s, for this profile only.</source>
        <translation>Eine PEM-Datei mit den CA-Zertifikaten des TLS-Inspektionsproxys Ihres Unternehmens. Diesen Zertifikaten wird zusätzlich zu denen des Systems vertraut, nur für dieses Profil.</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="67"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="76"/>
        <source>&amp;Connect:</source>
        <translation>Verbindungs&amp;art:</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="89"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="101"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="108"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="133"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="143"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="150"/>
        <source>CardDesk asks for the proxy password when the proxy requests it, and can keep it in the system keychain.</source>
        <translation>CardDesk fragt nach dem Proxy-Passwort, wenn der Proxy es anfordert, und kann es im Schlüsselbund des Systems speichern.</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="163"/>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="172"/>
        <source>&amp;Timeout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="182"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="194"/>
        <source>A request that has sent or received nothing for this many seconds is stopped.</source>
        <translation>Eine Anfrage, die so viele Sekunden lang nichts gesendet oder empfangen hat, wird abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.ui" line="201"/>
        <source>Use &amp;HTTP/2 when the server offers it</source>
        <translation>HTTP/&amp;2 verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="26"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="27"/>
        <source>Directly, without a proxy</source>
        <translation>Direkt, ohne Proxy</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="28"/>
        <source>Through this HTTP proxy</source>
        <translation>Über diesen HTTP-Proxy</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="79"/>
        <source>Enter the proxy host name, or choose another way to connect.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein oder wählen Sie eine andere Verbindungsart.</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="82"/>
        <source>Proxy host &quot;%1&quot; is not a host name. Enter only the name or address, such as proxy.example.com, and the port in its own field.</source>
        <translation>Der Proxy-Host „%1“ ist kein Hostname. Geben Sie nur den Namen oder die Adresse ein, etwa proxy.example.com, und den Port in seinem eigenen Feld.</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="107"/>
        <source>CA bundle &quot;%1&quot; was not found. Choose the PEM file again or clear the field.</source>
        <translation>Das CA-Bundle „%1“ wurde nicht gefunden. Wählen Sie die PEM-Datei erneut oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="109"/>
        <source>CA bundle &quot;%1&quot; is a folder, not a file. Choose the PEM file itself.</source>
        <translation>Das CA-Bundle „%1“ ist ein Ordner, keine Datei. Wählen Sie die PEM-Datei selbst.</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="112"/>
        <source>CA bundle &quot;%1&quot; cannot be read (%2). Check the file&apos;s permissions.</source>
        <translation>Das CA-Bundle „%1“ kann nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="121"/>
        <source>Choose a CA bundle</source>
        <translation>CA-Bundle wählen</translation>
    </message>
    <message>
        <location filename="../ui/networksettingswidget.cpp" line="122"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
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
        <location filename="../ui/profiledialog.ui" line="27"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="48"/>
        <source>For example &quot;Head office&quot;</source>
        <translation>Zum Beispiel „Hauptsitz“</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="55"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="72"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="85"/>
        <source>API keys:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="97"/>
        <source>&amp;One key reads the directory and sends card updates</source>
        <translation>&amp;Ein Schlüssel liest das Verzeichnis und sendet Kartenänderungen</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="107"/>
        <source>Se&amp;parate keys: a read key and a write key</source>
        <translation>&amp;Zwei getrennte Schlüssel: ein Leseschlüssel und ein Schreibschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="118"/>
        <location filename="../ui/profiledialog.cpp" line="233"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="127"/>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <source>&amp;Sign-in method:</source>
        <translation type="vanished">&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="150"/>
        <source>API &amp;key id:</source>
        <translation>API-&amp;Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="163"/>
        <source>S&amp;ecret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="183"/>
        <source>Read key: reads users and locations</source>
        <translation>Leseschlüssel: liest Benutzer und Standorte</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="192"/>
        <source>Sign-&amp;in method:</source>
        <translation>An&amp;meldeverfahren:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="215"/>
        <source>API key i&amp;d:</source>
        <translation>API-Schlüssel-I&amp;D:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="228"/>
        <source>Secre&amp;t:</source>
        <translation>Gehe&amp;imnis:</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="262"/>
        <source>Net&amp;work</source>
        <translation>Netz&amp;werk</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.ui" line="312"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="68"/>
        <source>United States (usce1)</source>
        <translation>USA (usce1)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="69"/>
        <source>Australia (ause1)</source>
        <translation>Australien (ause1)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="92"/>
        <source>API key with HMAC token (recommended)</source>
        <translation>API-Schlüssel mit HMAC-Token (empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="93"/>
        <source>API key with client secret</source>
        <translation>API-Schlüssel mit Client-Secret</translation>
    </message>
    <message>
        <source>Basic authentication (read-only directory)</source>
        <translation type="vanished">Basic-Authentifizierung (Verzeichnis nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="247"/>
        <source>Stored in the system keychain; type to replace it</source>
        <translation>Im Schlüsselbund des Systems gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>Stored only in the system keychain</source>
        <translation type="vanished">Wird nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="205"/>
        <source>Enter a profile name, for example &quot;Head office&quot;.</source>
        <translation>Geben Sie einen Profilnamen ein, zum Beispiel „Hauptsitz“.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="209"/>
        <source>Base URL &quot;%1&quot; is not a web address. Enter one such as https://api.calven.com.</source>
        <translation>Die Basis-URL „%1“ ist keine Webadresse. Geben Sie eine wie https://api.calven.com ein.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="213"/>
        <source>Base URL &quot;%1&quot; uses unencrypted http. Use https; http is accepted only for a simulator on this computer (127.0.0.1).</source>
        <translation>Die Basis-URL „%1“ nutzt unverschlüsseltes http. Verwenden Sie https; http ist nur für einen Simulator auf diesem Computer (127.0.0.1) erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="183"/>
        <source>Enter the API key id that Calven issued for this tenant.</source>
        <translation>Geben Sie die API-Schlüssel-ID ein, die Calven für diesen Mandanten ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="48"/>
        <source>CardDesk signs a timestamp with the secret to get a sign-in token, so the secret itself never leaves this PC. Calven recommends this method.</source>
        <translation>CardDesk signiert einen Zeitstempel mit dem Geheimnis, um ein Anmeldetoken zu erhalten, sodass das Geheimnis selbst diesen PC nie verlässt. Calven empfiehlt dieses Verfahren.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="51"/>
        <source>CardDesk sends the secret to Calven over TLS to get a sign-in token. Use it when Calven issued the key for client-secret sign-in.</source>
        <translation>CardDesk sendet das Geheimnis über TLS an Calven, um ein Anmeldetoken zu erhalten. Verwenden Sie dieses Verfahren, wenn Calven den Schlüssel für die Anmeldung mit Client-Secret ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="54"/>
        <source>The key id and secret go with every request. Calven accepts this only for reading users and locations, so this key cannot send card updates.</source>
        <translation>Schlüssel-ID und Geheimnis werden mit jeder Anfrage gesendet. Calven akzeptiert das nur zum Lesen von Benutzern und Standorten, daher kann dieser Schlüssel keine Kartenänderungen senden.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="94"/>
        <source>Basic authentication (reads only)</source>
        <translation>Basic-Authentifizierung (nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="185"/>
        <source>Enter the key id of the write key, which sends card updates.</source>
        <translation>Geben Sie die Schlüssel-ID des Schreibschlüssels ein, der Kartenänderungen sendet.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="186"/>
        <source>Enter the key id of the read key, which reads users and locations.</source>
        <translation>Geben Sie die Schlüssel-ID des Leseschlüssels ein, der Benutzer und Standorte liest.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="189"/>
        <source>Key id &quot;%1&quot; contains &apos;:&apos;, which no Calven key id does. Check that the key id and the secret are in the right fields.</source>
        <translation>Die Schlüssel-ID „%1“ enthält „:“, was bei keiner Calven-Schlüssel-ID vorkommt. Prüfen Sie, ob Schlüssel-ID und Geheimnis in den richtigen Feldern stehen.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="193"/>
        <source>The write key cannot use Basic authentication: Calven accepts Basic only for reading. Choose HMAC or client secret for the write key.</source>
        <translation>Der Schreibschlüssel kann keine Basic-Authentifizierung verwenden: Calven akzeptiert Basic nur zum Lesen. Wählen Sie HMAC oder Client-Secret für den Schreibschlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="196"/>
        <source>Enter the secret for API key %1. It is kept in the system keychain, never in a file.</source>
        <translation>Geben Sie das Geheimnis für den API-Schlüssel %1 ein. Es liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="223"/>
        <source>The read key and the write key are both %1. Choose &quot;One key&quot; when one key does both, or enter the other key&apos;s id.</source>
        <translation>Leseschlüssel und Schreibschlüssel sind beide %1. Wählen Sie „Ein Schlüssel“, wenn ein Schlüssel beides erledigt, oder geben Sie die ID des anderen Schlüssels ein.</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="233"/>
        <source>Write key: sends card updates</source>
        <translation>Schreibschlüssel: sendet Kartenänderungen</translation>
    </message>
    <message>
        <location filename="../ui/profiledialog.cpp" line="248"/>
        <source>Kept only in the system keychain</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="vanished">Teste…</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="23"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="25"/>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="35"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="38"/>
        <source>Each profile connects CardDesk to one Calven tenant and region. The active profile is the one CardDesk reads the directory from and sends card updates to.</source>
        <translation>Jedes Profil verbindet CardDesk mit einem Calven-Mandanten und einer Region. Das aktive Profil ist das Profil, aus dem CardDesk das Verzeichnis liest und an das es Kartenänderungen sendet.</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="46"/>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="57"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="58"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="59"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="60"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="61"/>
        <source>Make a&amp;ctive</source>
        <translation>&amp;Aktiv setzen</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="111"/>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="113"/>
        <source>write key %1, read key %2</source>
        <translation>Schreibschlüssel %1, Leseschlüssel %2</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="114"/>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location filename="../ui/profilesdialog.cpp" line="116"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::ProxyAuthDialog</name>
    <message>
        <location filename="../ui/proxyauthdialog.cpp" line="21"/>
        <source>Proxy sign-in</source>
        <translation>Proxy-Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/proxyauthdialog.cpp" line="28"/>
        <source>The proxy rejected the last user name or password. Check them and try again.</source>
        <translation>Der Proxy hat den letzten Benutzernamen oder das Passwort abgelehnt. Prüfen Sie die Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/proxyauthdialog.cpp" line="39"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/proxyauthdialog.cpp" line="43"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/proxyauthdialog.cpp" line="44"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/proxyauthdialog.cpp" line="48"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/proxyauthdialog.cpp" line="66"/>
        <source>The proxy %1 requires a user name and password before CardDesk can reach Calven.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort, bevor CardDesk Calven erreichen kann.</translation>
    </message>
    <message>
        <location filename="../ui/proxyauthdialog.cpp" line="69"/>
        <source>The proxy %1 (&quot;%2&quot;) requires a user name and password before CardDesk can reach Calven.</source>
        <translation>Der Proxy %1 („%2“) verlangt einen Benutzernamen und ein Passwort, bevor CardDesk Calven erreichen kann.</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="26"/>
        <source>The credentialType sent to Calven for each card format. Change a value only when your Calven tenant expects another name; a blank value uses the default.</source>
        <translation>Der credentialType, der für jedes Kartenformat an Calven gesendet wird. Ändern Sie einen Wert nur, wenn Ihr Calven-Mandant einen anderen Namen erwartet. Ein leerer Wert verwendet die Vorgabe.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="35"/>
        <source>Card format</source>
        <translation>Kartenformat</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="35"/>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="35"/>
        <source>credentialType sent</source>
        <translation>Gesendeter credentialType</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>credentialType per card format</source>
        <translation>credentialType je Kartenformat</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="58"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Vorgaben wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="86"/>
        <source>Sending to Calven</source>
        <translation>Senden an Calven</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="88"/>
        <source> users</source>
        <translation> Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="90"/>
        <source>User updates in one request, %1 to %2. Calven accepts at most 100 per request.</source>
        <translation>Benutzeränderungen pro Anfrage, %1 bis %2. Calven akzeptiert höchstens 100 pro Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="94"/>
        <source>Requests sent at the same time, %1 to %2.</source>
        <translation>Gleichzeitig gesendete Anfragen, %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="99"/>
        <source>Attempts that may reach Calven before an update is listed as needing attention, %1 to %2. Attempts that fail while offline do not count.</source>
        <translation>Versuche, die Calven erreichen dürfen, bevor eine Änderung als „Prüfung nötig“ aufgeführt wird, %1 bis %2. Versuche, die ohne Verbindung fehlschlagen, zählen nicht.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="103"/>
        <source>Changes apply the next time CardDesk connects to a profile: at start, after signing in again or after switching profiles.</source>
        <translation>Änderungen gelten ab der nächsten Verbindung von CardDesk mit einem Profil: beim Start, nach einer erneuten Anmeldung oder nach einem Profilwechsel.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="109"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Stapelgröße:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="110"/>
        <source>Requests in &amp;flight:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="111"/>
        <source>&amp;Attempts per update:</source>
        <translation>Versuche &amp;pro Änderung:</translation>
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
        <location filename="../ui/userpanel.cpp" line="80"/>
        <source>Select a user to see and edit their cards.</source>
        <translation>Wählen Sie einen Benutzer, um seine Karten zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="151"/>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="177"/>
        <source>&amp;Add card…</source>
        <translation>Karte &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="179"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="180"/>
        <location filename="../ui/userpanel.cpp" line="576"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="187"/>
        <source>&amp;Undo changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="191"/>
        <source>Add a card to this user&apos;s set (Insert)</source>
        <translation>Diesem Benutzer eine Karte hinzufügen (Einfg)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="192"/>
        <source>Edit the selected card (F2)</source>
        <translation>Die gewählte Karte bearbeiten (F2)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="193"/>
        <source>Deactivate the selected card, or reactivate it (Delete)</source>
        <translation>Die gewählte Karte deaktivieren oder wieder aktivieren (Entf)</translation>
    </message>
    <message>
        <source>Return to the card set Calven last confirmed</source>
        <translation type="vanished">Zum zuletzt von Calven bestätigten Kartensatz zurückkehren</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="194"/>
        <source>Return to the card set last queued for Calven (Ctrl+Z)</source>
        <translation>Zum zuletzt für Calven in die Warteschlange gestellten Kartensatz zurückkehren (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="257"/>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="258"/>
        <source>Send this user&apos;s complete card set to Calven (Ctrl+Return)</source>
        <translation>Den vollständigen Kartensatz dieses Benutzers an Calven senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="312"/>
        <source>No name or email (user %1)</source>
        <translation>Ohne Namen und E-Mail (Benutzer %1)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="317"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="318"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="318"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="319"/>
        <source>No location</source>
        <translation>Kein Standort</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="373"/>
        <source>Last push %1: %2</source>
        <translation>Letzte Übertragung %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="381"/>
        <source>Not pushed from CardDesk yet.</source>
        <translation>Noch nicht aus CardDesk übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="572"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="574"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="182"/>
        <source>Re&amp;place lost or stolen…</source>
        <translation>&amp;Verlorene oder gestohlene ersetzen…</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="185"/>
        <source>De&amp;code a read…</source>
        <translation>Lesewert de&amp;codieren…</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="189"/>
        <source>Deactivate the selected card and add its replacement in one step, with a reason (Ctrl+R)</source>
        <translation>Die gewählte Karte deaktivieren und ihren Ersatz in einem Schritt hinzufügen, mit Grund (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/userpanel.cpp" line="190"/>
        <source>Decode a raw reader value and assign the card it shows (Ctrl+D)</source>
        <translation>Einen rohen Leserwert decodieren und die erkannte Karte zuweisen (Strg+D)</translation>
    </message>
    <message>
        <source>Return to the card set Calven last confirmed (Ctrl+Z)</source>
        <translation type="vanished">Zum zuletzt von Calven bestätigten Kartensatz zurückkehren (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>CardDesk::Ui::UsersPage</name>
    <message>
        <source>Search name, email, user name, id or location  (Ctrl+F)</source>
        <translation type="vanished">Name, E-Mail, Benutzername, ID oder Standort suchen  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="90"/>
        <source>Search name, email, user name, id, location or card number  (Ctrl+F)</source>
        <translation>Name, E-Mail, Benutzername, ID, Standort oder Kartennummer suchen  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="92"/>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="111"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="157"/>
        <source>Directory refresh progress</source>
        <translation>Fortschritt der Verzeichnisaktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="158"/>
        <source>&amp;Cancel refresh</source>
        <translation>Aktualisierung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="186"/>
        <source>Downloading the directory…</source>
        <translation>Verzeichnis wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="191"/>
        <source>Saving the directory…</source>
        <translation>Verzeichnis wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="197"/>
        <source>Downloading the directory: %p%</source>
        <translation>Verzeichnis wird heruntergeladen: %p%</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="206"/>
        <source>Last refresh: %1 added, %2 changed, %3 removed.</source>
        <translation>Letzte Aktualisierung: %1 hinzugefügt, %2 geändert, %3 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="233"/>
        <source>Directory refreshed %1.</source>
        <translation>Verzeichnis aktualisiert %1.</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="235"/>
        <source>The directory was never refreshed.</source>
        <translation>Das Verzeichnis wurde noch nie aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="388"/>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="389"/>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
</context>
</TS>
