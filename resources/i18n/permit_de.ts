<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuthorityBox</name>
    <message>
        <location filename="../../ui/pages.py" line="106" />
        <source>Your immigration office</source>
        <translation>Ihre Ausländerbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="113" />
        <source>The sources differ: check before you go.</source>
        <translation>Die Quellen weichen voneinander ab: bitte vor dem Termin prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="134" />
        <source>The program cannot name the immigration office for this place yet: see the note at the place. Check the spelling, or enter the postcode.</source>
        <translation>Das Programm kann für diesen Ort noch keine Ausländerbehörde nennen: siehe den Hinweis beim Ort. Prüfen Sie die Schreibweise oder geben Sie die Postleitzahl ein.</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../ui/casefiles.py" line="59" />
        <source>The draft could not be saved.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="75" />
        <source>The draft cannot be opened</source>
        <translation>Der Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="88" />
        <source>Delete the draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="89" />
        <source>Delete the unfinished application from this computer? This cannot be undone.</source>
        <translation>Den unfertigen Antrag von diesem Computer löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="129" />
        <location filename="../../ui/casefiles.py" line="133" />
        <source>Save case file</source>
        <translation>Falldatei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="133" />
        <source>application.permitcase</source>
        <translation>antrag.permitcase</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="134" />
        <source>Encrypted case files (*.permitcase)</source>
        <translation>Verschlüsselte Falldateien (*.permitcase)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="146" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="150" />
        <source>The case file is saved.</source>
        <translation>Die Falldatei ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <location filename="../../ui/casefiles.py" line="165" />
        <source>Open case file</source>
        <translation>Falldatei öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <source>Case files (*.permitcase *.json)</source>
        <translation>Falldateien (*.permitcase *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="171" />
        <source>The case file cannot be opened</source>
        <translation>Die Falldatei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../ui/countries.py" line="26" />
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location filename="../../ui/countries.py" line="27" />
        <source>Stateless</source>
        <translation>Staatenlos</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../ui/country_input.py" line="119" />
        <source>No country</source>
        <translation>Kein Land</translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="240" />
        <source>There is no country of this name. Check the spelling or choose one from the list.</source>
        <translation>Es gibt kein Land mit diesem Namen. Prüfen Sie die Schreibweise oder wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="245" />
        <source>; </source>
        <comment>between the names of countries</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="246" />
        <source>This fits several countries: %1. Please choose one from the list.</source>
        <translation>Das passt zu mehreren Ländern: %1. Bitte wählen Sie eines aus der Liste.</translation>
    </message>
</context>
<context>
    <name>CountryInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="599" />
        <source>Type to search</source>
        <translation>Tippen zum Suchen</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="500" />
        <source>Choose the date in a calendar</source>
        <translation>Datum im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="502" />
        <source>%1: choose the date in a calendar</source>
        <translation>%1: Datum im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="508" />
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>DD</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="513" />
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="532" />
        <source>This date cannot be read. Please write it like %1 or choose it in the calendar.</source>
        <translation>Dieses Datum ist nicht lesbar. Bitte schreiben Sie es wie %1 oder wählen Sie es im Kalender.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../ui/date_picker.py" line="58" />
        <source>Arrow keys: another day. Page Up, Page Down: another month, with Shift another year. Enter: take the day. Escape: close.</source>
        <translation>Pfeiltasten: ein anderer Tag. Bild auf, Bild ab: ein anderer Monat, mit Umschalt ein anderes Jahr. Eingabe: den Tag übernehmen. Escape: schließen.</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="67" />
        <location filename="../../ui/date_picker.py" line="68" />
        <source>Month before</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="71" />
        <location filename="../../ui/date_picker.py" line="72" />
        <source>Month after</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="80" />
        <location filename="../../ui/date_picker.py" line="89" />
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="84" />
        <location filename="../../ui/date_picker.py" line="91" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="753" />
        <source>– please choose –</source>
        <translation>– bitte wählen –</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="330" />
        <source>Latin letters, as in the machine-readable lines of the passport.</source>
        <translation>In lateinischen Buchstaben, wie in den maschinenlesbaren Zeilen des Passes.</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="374" />
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/pages.py" line="67" />
        <source>Answers marked * are needed for the application.</source>
        <translation>Mit * markierte Angaben werden für den Antrag gebraucht.</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../../ui/interview_strings.py" line="8" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="9" />
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="10" />
        <source>Choose what you want to apply for and why you are in Germany. The next pages ask only what matters for your choice.</source>
        <translation>Wählen Sie, was Sie beantragen möchten und warum Sie in Deutschland sind. Die nächsten Seiten fragen nur, was für Ihre Wahl wichtig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="11" />
        <source>Apply for my first residence permit in Germany</source>
        <translation>Meinen ersten Aufenthaltstitel in Deutschland beantragen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="12" />
        <source>Extend my residence permit</source>
        <translation>Meine Aufenthaltserlaubnis verlängern</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="13" />
        <source>Report a change of my address</source>
        <translation>Eine Änderung meiner Adresse melden</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="14" />
        <source>Keep my permit during a longer absence from Germany</source>
        <translation>Meinen Aufenthaltstitel während einer längeren Abwesenheit behalten</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="15" />
        <source>Purpose of your stay</source>
        <translation>Zweck Ihres Aufenthalts</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="16" />
        <source>Study at a university</source>
        <translation>Studium an einer Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="17" />
        <source>Preparatory college (Studienkolleg)</source>
        <translation>Studienkolleg</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="18" />
        <source>Language course</source>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="19" />
        <source>Looking for a study place (study applicant)</source>
        <translation>Suche nach einem Studienplatz (Studienbewerbung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="20" />
        <source>Looking for a job after graduating in Germany</source>
        <translation>Arbeitssuche nach dem Studienabschluss in Deutschland</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="21" />
        <source>Doctorate (PhD)</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="22" />
        <source>Dual study programme</source>
        <translation>Duales Studium</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="23" />
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="24" />
        <source>Another purpose</source>
        <translation>Ein anderer Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="25" />
        <source>For how long do you apply?</source>
        <translation>Für wie lange beantragen Sie?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="26" />
        <source>Leave empty if you do not know; the authority decides.</source>
        <translation>Leer lassen, wenn Sie es nicht wissen; die Behörde entscheidet.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="27" />
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="28" />
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="29" />
        <source>Your nationality decides whether you need a residence permit at all.</source>
        <translation>Ihre Staatsangehörigkeit entscheidet, ob Sie überhaupt einen Aufenthaltstitel brauchen.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="30" />
        <source>Type to search the list.</source>
        <translation>Tippen Sie, um die Liste zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="31" />
        <source>Second nationality (if any)</source>
        <translation>Zweite Staatsangehörigkeit (falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="32" />
        <source>Former nationality (if any)</source>
        <translation>Frühere Staatsangehörigkeit (falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="33" />
        <source>Only if you had another nationality before.</source>
        <translation>Nur wenn Sie früher eine andere Staatsangehörigkeit hatten.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="34" />
        <source>Another former nationality</source>
        <translation>Weitere frühere Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="35" />
        <source>About you</source>
        <translation>Angaben zu Ihrer Person</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="36" />
        <source>Write your names exactly as in your passport.</source>
        <translation>Schreiben Sie Ihre Namen genau wie in Ihrem Pass.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="37" />
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="38" />
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="39" />
        <source>Only if it differs from your family name.</source>
        <translation>Nur wenn er von Ihrem Familiennamen abweicht.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="40" />
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="41" />
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="42" />
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="43" />
        <source>Country of birth</source>
        <translation>Geburtsland</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="44" />
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="45" />
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="46" />
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="47" />
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="48" />
        <source>not stated</source>
        <translation>ohne Angabe</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="49" />
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="50" />
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="51" />
        <source>Please give your height in centimetres, for example 172.</source>
        <translation>Bitte geben Sie Ihre Größe in Zentimetern an, zum Beispiel 172.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="52" />
        <source>Eye colour</source>
        <translation>Augenfarbe</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="53" />
        <source>Marital status</source>
        <translation>Familienstand</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="54" />
        <source>single</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="55" />
        <source>married</source>
        <translation>verheiratet</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="56" />
        <source>in a registered civil partnership</source>
        <translation>in eingetragener Lebenspartnerschaft</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="57" />
        <source>separated</source>
        <translation>getrennt lebend</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="58" />
        <source>divorced</source>
        <translation>geschieden</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="59" />
        <source>widowed</source>
        <translation>verwitwet</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="60" />
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="61" />
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="62" />
        <source>This e-mail address is not complete, for example name@example.org.</source>
        <translation>Diese E-Mail-Adresse ist nicht vollständig, zum Beispiel name@example.org.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="63" />
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="64" />
        <source>With the country code, for example +49 351 1234567.</source>
        <translation>Mit Ländervorwahl, zum Beispiel +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="65" />
        <source>This phone number cannot be read. Write it with the country code, for example +49 351 1234567.</source>
        <translation>Diese Telefonnummer ist nicht lesbar. Schreiben Sie sie mit Ländervorwahl, zum Beispiel +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="66" />
        <source>Passport</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="67" />
        <source>Take your passport and copy the data from the page with your photo.</source>
        <translation>Nehmen Sie Ihren Pass und übertragen Sie die Angaben von der Seite mit Ihrem Foto.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="68" />
        <source>Kind of document</source>
        <translation>Art des Dokuments</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="69" />
        <source>National passport</source>
        <translation>Nationalpass</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="70" />
        <source>Travel document for refugees</source>
        <translation>Reiseausweis für Flüchtlinge</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="71" />
        <source>Travel document for stateless persons</source>
        <translation>Reiseausweis für Staatenlose</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="72" />
        <source>Passport substitute</source>
        <translation>Passersatz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="73" />
        <source>Child's passport</source>
        <translation>Kinderreisepass</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="74" />
        <source>Another document</source>
        <translation>Ein anderes Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="75" />
        <source>Passport number</source>
        <translation>Passnummer</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="76" />
        <source>A passport number has only the letters A to Z and digits, at most 20.</source>
        <translation>Eine Passnummer hat nur die Buchstaben A bis Z und Ziffern, höchstens 20.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="77" />
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="78" />
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="79" />
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="80" />
        <source>The passport must be valid until a day after its date of issue. Please check both dates.</source>
        <translation>Der Pass muss bis nach dem Ausstellungsdatum gültig sein. Bitte prüfen Sie beide Daten.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="81" />
        <source>Address in Saxony</source>
        <translation>Adresse in Sachsen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="82" />
        <source>Where you live decides which immigration office (Ausländerbehörde) is responsible for you.</source>
        <translation>Ihr Wohnort entscheidet, welche Ausländerbehörde für Sie zuständig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="83" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="84" />
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="85" />
        <source>Address addition</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="86" />
        <source>For example c/o, flat number or hall of residence.</source>
        <translation>Zum Beispiel c/o, Wohnungsnummer oder Wohnheim.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="87" />
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="88" />
        <source>A German postcode has exactly five digits, for example 09599.</source>
        <translation>Eine deutsche Postleitzahl hat genau fünf Ziffern, zum Beispiel 09599.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="89" />
        <source>Town or municipality</source>
        <translation>Ort oder Gemeinde</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="90" />
        <source>Moved in on</source>
        <translation>Eingezogen am</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="91" />
        <source>Registered at the residents' office on</source>
        <translation>Beim Bürgeramt angemeldet am</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="92" />
        <source>The date on your registration certificate (Meldebescheinigung).</source>
        <translation>Das Datum auf Ihrer Meldebescheinigung.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="93" />
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="94" />
        <source>The form asks for your spouse, your children and your parents, also if they live abroad.</source>
        <translation>Das Formular fragt nach Ihrem Ehegatten, Ihren Kindern und Ihren Eltern, auch wenn sie im Ausland leben.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="95" />
        <source>Spouse: family name</source>
        <translation>Ehegatte: Familienname</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="96" />
        <source>Spouse: birth name</source>
        <translation>Ehegatte: Geburtsname</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="97" />
        <source>Only if it differs from the family name.</source>
        <translation>Nur wenn er vom Familiennamen abweicht.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="98" />
        <source>Spouse: first names</source>
        <translation>Ehegatte: Vornamen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="99" />
        <source>Spouse: sex</source>
        <translation>Ehegatte: Geschlecht</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="100" />
        <source>Spouse: date of birth</source>
        <translation>Ehegatte: Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="101" />
        <source>Spouse: place of birth</source>
        <translation>Ehegatte: Geburtsort</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="102" />
        <source>Spouse: nationality</source>
        <translation>Ehegatte: Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="103" />
        <source>Spouse: second nationality</source>
        <translation>Ehegatte: zweite Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="104" />
        <source>Does your spouse live in Germany?</source>
        <translation>Lebt Ihr Ehegatte in Deutschland?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="105" />
        <source>Spouse: address</source>
        <translation>Ehegatte: Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="106" />
        <source>Also if it is the same as yours.</source>
        <translation>Auch wenn sie dieselbe ist wie Ihre.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="107" />
        <source>My spouse also applies with this application</source>
        <translation>Mein Ehegatte wird mit diesem Antrag mit beantragt</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="108" />
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="109" />
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="110" />
        <source>Add a child</source>
        <translation>Ein Kind hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="111" />
        <source>Remove this child</source>
        <translation>Dieses Kind entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="112" />
        <source>Lives in Germany</source>
        <translation>Lebt in Deutschland</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="113" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="114" />
        <source>Also applies with this application</source>
        <translation>Wird mit diesem Antrag mit beantragt</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="115" />
        <source>Father: family name</source>
        <translation>Vater: Familienname</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="116" />
        <source>Father: birth name</source>
        <translation>Vater: Geburtsname</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="117" />
        <source>Father: first names</source>
        <translation>Vater: Vornamen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="118" />
        <source>Father: date of birth</source>
        <translation>Vater: Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="119" />
        <source>Father: place of birth</source>
        <translation>Vater: Geburtsort</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="120" />
        <source>Father: nationality</source>
        <translation>Vater: Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="121" />
        <source>Father: second nationality</source>
        <translation>Vater: zweite Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="122" />
        <source>Father: address</source>
        <translation>Vater: Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="123" />
        <source>Mother: family name</source>
        <translation>Mutter: Familienname</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="124" />
        <source>Mother: birth name</source>
        <translation>Mutter: Geburtsname</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="125" />
        <source>Mother: first names</source>
        <translation>Mutter: Vornamen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="126" />
        <source>Mother: date of birth</source>
        <translation>Mutter: Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="127" />
        <source>Mother: place of birth</source>
        <translation>Mutter: Geburtsort</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="128" />
        <source>Mother: nationality</source>
        <translation>Mutter: Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="129" />
        <source>Mother: second nationality</source>
        <translation>Mutter: zweite Staatsangehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="130" />
        <source>Mother: address</source>
        <translation>Mutter: Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="131" />
        <source>Do both parents (or your guardians) agree to your stay?</source>
        <translation>Sind beide Eltern (oder Ihre Sorgeberechtigten) mit Ihrem Aufenthalt einverstanden?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="132" />
        <source>Entry and previous stays</source>
        <translation>Einreise und frühere Aufenthalte</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="133" />
        <source>When you came to Germany, and the residence title you hold now.</source>
        <translation>Wann Sie nach Deutschland gekommen sind und welchen Aufenthaltstitel Sie jetzt haben.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="134" />
        <source>Date of entry into Germany</source>
        <translation>Datum der Einreise nach Deutschland</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="135" />
        <source>Entered from</source>
        <translation>Eingereist aus</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="136" />
        <source>Did you enter with a visa?</source>
        <translation>Sind Sie mit einem Visum eingereist?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="137" />
        <source>Your current residence title</source>
        <translation>Ihr jetziger Aufenthaltstitel</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="138" />
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="139" />
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="140" />
        <source>Residence permit (Aufenthaltserlaubnis)</source>
        <translation>Aufenthaltserlaubnis</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="141" />
        <source>Fictional certificate (Fiktionsbescheinigung)</source>
        <translation>Fiktionsbescheinigung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="142" />
        <source>Toleration (Duldung)</source>
        <translation>Duldung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="143" />
        <source>Permission to reside during the asylum procedure (Gestattung)</source>
        <translation>Aufenthaltsgestattung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="144" />
        <source>Your current title is valid until</source>
        <translation>Ihr jetziger Titel ist gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="145" />
        <source>Purpose your current residence permit was granted for</source>
        <translation>Zweck, für den Ihre jetzige Aufenthaltserlaubnis erteilt wurde</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="146" />
        <source>Leave empty if it is the same purpose as now. Another purpose can change the fee.</source>
        <translation>Leer lassen, wenn es derselbe Zweck wie jetzt ist. Ein anderer Zweck kann die Gebühr ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="147" />
        <source>If you have already handed in or sent the application: on which day?</source>
        <translation>Wenn Sie den Antrag schon abgegeben oder abgeschickt haben: an welchem Tag?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="148" />
        <source>How did you hand it in?</source>
        <translation>Wie haben Sie ihn abgegeben?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="149" />
        <source>Registered letter with return receipt (Einschreiben mit Rückschein)</source>
        <translation>Einschreiben mit Rückschein</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="150" />
        <source>Ordinary letter</source>
        <translation>Einfacher Brief</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="151" />
        <source>Into the office's letter box</source>
        <translation>In den Briefkasten der Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="152" />
        <source>In person at the office</source>
        <translation>Persönlich bei der Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="153" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="154" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="155" />
        <source>The office's contact form</source>
        <translation>Kontaktformular der Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="156" />
        <source>The office's online service</source>
        <translation>Online-Dienst der Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="157" />
        <source>Earlier stays in Germany</source>
        <translation>Frühere Aufenthalte in Deutschland</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="158" />
        <source>Earlier stay</source>
        <translation>Früherer Aufenthalt</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="159" />
        <source>Add an earlier stay</source>
        <translation>Einen früheren Aufenthalt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="160" />
        <source>Remove this stay</source>
        <translation>Diesen Aufenthalt entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="161" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="162" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="163" />
        <source>An earlier stay cannot end before it began.</source>
        <translation>Ein früherer Aufenthalt kann nicht enden, bevor er begonnen hat.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="164" />
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="165" />
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="166" />
        <source>Absence from Germany</source>
        <translation>Abwesenheit von Deutschland</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="167" />
        <source>If you will be abroad for longer than six months, your permit may end unless the immigration office agrees in advance.</source>
        <translation>Wenn Sie länger als sechs Monate im Ausland sind, kann Ihr Aufenthaltstitel erlöschen, wenn die Ausländerbehörde nicht vorher zustimmt.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="168" />
        <source>Planned absences</source>
        <translation>Geplante Abwesenheiten</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="169" />
        <source>Absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="170" />
        <source>Add an absence</source>
        <translation>Eine Abwesenheit hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="171" />
        <source>Remove this absence</source>
        <translation>Diese Abwesenheit entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="172" />
        <source>An absence cannot end before it begins.</source>
        <translation>Eine Abwesenheit kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="173" />
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="174" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="175" />
        <source>Your studies</source>
        <translation>Ihr Studium</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="176" />
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="177" />
        <source>Address of the university</source>
        <translation>Adresse der Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="178" />
        <source>Street and house number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="179" />
        <source>Kind of university</source>
        <translation>Art der Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="180" />
        <source>State university</source>
        <translation>Staatliche Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="181" />
        <source>State-recognised private university</source>
        <translation>Staatlich anerkannte private Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="182" />
        <source>Not state-recognised</source>
        <translation>Nicht staatlich anerkannt</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="183" />
        <source>Distance-learning university</source>
        <translation>Fernhochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="184" />
        <source>I do not know</source>
        <translation>Weiß ich nicht</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="185" />
        <source>Form of study</source>
        <translation>Studienform</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="186" />
        <source>Full-time</source>
        <translation>Vollzeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="187" />
        <source>Part-time (admitted to a part-time programme)</source>
        <translation>Teilzeit (zu einem Teilzeitstudiengang zugelassen)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="188" />
        <source>Evening classes</source>
        <translation>Abendstudium</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="189" />
        <source>Weekend classes</source>
        <translation>Wochenendstudium</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="190" />
        <source>Distance learning</source>
        <translation>Fernstudium</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="191" />
        <source>Degree</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="192" />
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="193" />
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="194" />
        <source>Diploma</source>
        <translation>Diplom</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="195" />
        <source>State examination</source>
        <translation>Staatsexamen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="196" />
        <source>Doctorate</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="197" />
        <source>Another degree</source>
        <translation>Ein anderer Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="198" />
        <source>Subject</source>
        <translation>Studienfach</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="199" />
        <source>Current semester</source>
        <translation>Aktuelles Fachsemester</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="200" />
        <source>Start of studies</source>
        <translation>Studienbeginn</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="201" />
        <source>Average length of the course at your university</source>
        <translation>Durchschnittliche Studiendauer des Studiengangs an Ihrer Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="202" />
        <source>How many semesters students take on average for this course at your university (not the standard period). The International Office can tell you. Leave it empty if you do not know.</source>
        <translation>Wie viele Semester Studierende dieses Studiengangs an Ihrer Hochschule im Durchschnitt brauchen (nicht die Regelstudienzeit). Das Akademische Auslandsamt kann es Ihnen sagen. Lassen Sie das Feld leer, wenn Sie es nicht wissen.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="203" />
        <source>semesters</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="204" />
        <source>Document from the university</source>
        <translation>Dokument der Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="205" />
        <source>Letter of admission (Zulassungsbescheid)</source>
        <translation>Zulassungsbescheid</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="206" />
        <source>Study place reservation (Studienplatzvormerkung)</source>
        <translation>Studienplatzvormerkung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="207" />
        <source>Confirmation of my application (Bewerberbestätigung)</source>
        <translation>Bewerberbestätigung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="208" />
        <source>Certificate that my presence is required</source>
        <translation>Bescheinigung, dass meine Anwesenheit erforderlich ist</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="209" />
        <source>Certificate of enrolment (Immatrikulationsbescheinigung)</source>
        <translation>Immatrikulationsbescheinigung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="210" />
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="211" />
        <source>Do you have a university entrance qualification recognised in Germany?</source>
        <translation>Haben Sie eine in Deutschland anerkannte Hochschulzugangsberechtigung?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="212" />
        <source>Do you have the language certificate your course requires?</source>
        <translation>Haben Sie den Sprachnachweis, den Ihr Studiengang verlangt?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="213" />
        <source>Change of subject planned on</source>
        <translation>Studienfachwechsel geplant am</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="214" />
        <source>Leave empty if you do not change your subject.</source>
        <translation>Leer lassen, wenn Sie das Fach nicht wechseln.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="215" />
        <source>New subject</source>
        <translation>Neues Studienfach</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="216" />
        <source>Does one of these apply to the change?</source>
        <translation>Trifft einer dieser Fälle auf den Wechsel zu?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="217" />
        <source>None of these</source>
        <translation>Keiner davon</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="218" />
        <source>The courses were identical until the change</source>
        <translation>Die Studiengänge waren bis zum Wechsel identisch</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="219" />
        <source>All my previous semesters are credited</source>
        <translation>Alle bisherigen Semester werden angerechnet</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="220" />
        <source>Most semesters are credited, and the university certifies it</source>
        <translation>Die meisten Semester werden angerechnet, und die Hochschule bescheinigt das</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="221" />
        <source>It is a bridging semester</source>
        <translation>Es ist ein Überbrückungssemester</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="222" />
        <source>Preparatory college</source>
        <translation>Studienkolleg</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="223" />
        <source>Name of the Studienkolleg</source>
        <translation>Name des Studienkollegs</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="224" />
        <source>Address of the Studienkolleg</source>
        <translation>Adresse des Studienkollegs</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="225" />
        <source>Is it a state or state-recognised Studienkolleg?</source>
        <translation>Ist es ein staatliches oder staatlich anerkanntes Studienkolleg?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="226" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="227" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="228" />
        <source>First day of your first preparatory course in Germany</source>
        <translation>Erster Tag Ihrer ersten studienvorbereitenden Maßnahme in Deutschland</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="229" />
        <source>Language school</source>
        <translation>Sprachschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="230" />
        <source>Address of the language school</source>
        <translation>Adresse der Sprachschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="231" />
        <source>Lessons a week</source>
        <translation>Unterrichtsstunden pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="232" />
        <source>hours a week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="233" />
        <source>Please give the lessons a week as a number, for example 20.</source>
        <translation>Bitte geben Sie die Unterrichtsstunden pro Woche als Zahl an, zum Beispiel 20.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="234" />
        <source>Are there lessons every weekday?</source>
        <translation>Gibt es an jedem Werktag Unterricht?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="235" />
        <source>The course is held only in the evenings or at weekends</source>
        <translation>Der Kurs findet nur abends oder am Wochenende statt</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="236" />
        <source>Course starts on</source>
        <translation>Kursbeginn am</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="237" />
        <source>Course ends on</source>
        <translation>Kursende am</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="238" />
        <source>The course cannot end before it starts.</source>
        <translation>Der Kurs kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="239" />
        <source>The course prepares for</source>
        <translation>Der Kurs bereitet vor auf</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="240" />
        <source>For example DSH, TestDaF or a university course.</source>
        <translation>Zum Beispiel DSH, TestDaF oder ein Studium.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="241" />
        <source>Looking for a study place</source>
        <translation>Suche nach einem Studienplatz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="242" />
        <source>First day as a study applicant in Germany</source>
        <translation>Erster Tag als Studienbewerber in Deutschland</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="243" />
        <source>University you have applied to</source>
        <translation>Hochschule, bei der Sie sich beworben haben</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="244" />
        <source>Leave empty if you have not applied yet.</source>
        <translation>Leer lassen, wenn Sie sich noch nicht beworben haben.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="245" />
        <source>Leave empty if you have not attended one.</source>
        <translation>Leer lassen, wenn Sie keine besucht haben.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="246" />
        <source>Job search after graduating</source>
        <translation>Arbeitssuche nach dem Studium</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="247" />
        <source>Date of your final examination</source>
        <translation>Datum Ihrer Abschlussprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="248" />
        <source>Date of exmatriculation</source>
        <translation>Datum der Exmatrikulation</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="249" />
        <source>What kind of job are you looking for?</source>
        <translation>Welche Arbeit suchen Sie?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="250" />
        <source>Describe the purpose of your stay</source>
        <translation>Beschreiben Sie den Zweck Ihres Aufenthalts</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="251" />
        <source>Host institution or employer</source>
        <translation>Gasteinrichtung oder Arbeitgeber</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="252" />
        <source>Its address</source>
        <translation>Deren Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="253" />
        <source>Intended employment</source>
        <translation>Beabsichtigte Erwerbstätigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="254" />
        <source>The work you do or will do in Germany, for example research assistant.</source>
        <translation>Die Arbeit, die Sie in Deutschland ausüben oder ausüben werden, zum Beispiel wissenschaftliche Mitarbeit.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="256" />
        <source>Money and health insurance</source>
        <translation>Geld und Krankenversicherung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="257" />
        <source>How you pay for your living costs in Germany, and how you are insured.</source>
        <translation>Wie Sie Ihren Lebensunterhalt in Deutschland bezahlen und wie Sie versichert sind.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="258" />
        <source>I have a blocked account (Sperrkonto)</source>
        <translation>Ich habe ein Sperrkonto</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="259" />
        <source>Monthly payout from the blocked account</source>
        <translation>Monatliche Auszahlung vom Sperrkonto</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="260" />
        <source>euro a month</source>
        <translation>Euro pro Monat</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="261" />
        <source>I have a scholarship</source>
        <translation>Ich habe ein Stipendium</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="262" />
        <source>The scholarship is from the DAAD</source>
        <translation>Das Stipendium ist vom DAAD</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="263" />
        <source>The scholarship is paid from German public funds</source>
        <translation>Das Stipendium wird aus deutschen öffentlichen Mitteln gezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="264" />
        <source>Someone has signed a formal obligation to pay for me (Verpflichtungserklärung)</source>
        <translation>Jemand hat eine Verpflichtungserklärung für mich abgegeben</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="265" />
        <source>My own income</source>
        <translation>Mein eigenes Einkommen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="266" />
        <source>Other means</source>
        <translation>Andere Mittel</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="267" />
        <source>Health insurance</source>
        <translation>Krankenversicherung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="268" />
        <source>Statutory health insurance</source>
        <translation>Gesetzliche Krankenversicherung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="269" />
        <source>Private health insurance</source>
        <translation>Private Krankenversicherung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="270" />
        <source>Travel health insurance</source>
        <translation>Reisekrankenversicherung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="271" />
        <source>Insurance company</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="272" />
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="273" />
        <source>Work you do or plan to do next to your studies or course.</source>
        <translation>Arbeit, die Sie neben Studium oder Kurs ausüben oder planen.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="274" />
        <source>Full working days</source>
        <translation>Ganze Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="275" />
        <source>full days a year</source>
        <translation>ganze Tage pro Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="276" />
        <source>Half working days</source>
        <translation>Halbe Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="277" />
        <source>half days a year</source>
        <translation>halbe Tage pro Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="278" />
        <source>Regular job in the lecture period</source>
        <translation>Regelmäßiger Job in der Vorlesungszeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="279" />
        <source>Not a student job at the university and not a required internship: those do not count.</source>
        <translation>Nicht ein studentischer Job an der Hochschule und nicht ein Pflichtpraktikum: Diese zählen nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="280" />
        <source>Spread over</source>
        <translation>Verteilt auf</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="281" />
        <source>days a week</source>
        <translation>Tage pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="282" />
        <source>Weeks in the lecture period</source>
        <translation>Wochen in der Vorlesungszeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="283" />
        <source>weeks a year</source>
        <translation>Wochen pro Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="284" />
        <source>Regular job outside the lecture period</source>
        <translation>Regelmäßiger Job außerhalb der Vorlesungszeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="285" />
        <source>Weeks outside the lecture period</source>
        <translation>Wochen außerhalb der Vorlesungszeit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="286" />
        <source>I work as a student assistant at a university</source>
        <translation>Ich arbeite als studentische Hilfskraft an einer Hochschule</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="287" />
        <source>I do an internship that my course requires</source>
        <translation>Ich mache ein Pflichtpraktikum meines Studiengangs</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="288" />
        <source>I do a voluntary internship</source>
        <translation>Ich mache ein freiwilliges Praktikum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="289" />
        <source>Working days of the voluntary internship</source>
        <translation>Arbeitstage des freiwilligen Praktikums</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="290" />
        <source>working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="291" />
        <source>I am self-employed</source>
        <translation>Ich bin selbständig</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="305" />
        <source>This date cannot be right: the form takes dates from 1 January 1900 to 31 December 2199. Please check the year.</source>
        <translation>Dieses Datum kann nicht stimmen: Das Formular nimmt Daten vom 1. Januar 1900 bis zum 31. Dezember 2199. Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="306" />
        <source>This is longer than the form has room for: a name has at most 100 characters. Write it as in your passport.</source>
        <translation>Das ist länger, als das Formular Platz hat: Ein Name hat höchstens 100 Zeichen. Schreiben Sie ihn wie in Ihrem Pass.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="307" />
        <source>This is longer than the form has room for: at most 200 characters.</source>
        <translation>Das ist länger, als das Formular Platz hat: höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="308" />
        <source>This is longer than the form and the packet have room for: at most 1000 characters. Please write it more briefly.</source>
        <translation>Das ist länger, als Formular und Unterlagen Platz haben: höchstens 1000 Zeichen. Bitte fassen Sie sich kürzer.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="255" />
        <source>Profession learned</source>
        <translation>Erlernter Beruf</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="292" />
        <source>Legal questions</source>
        <translation>Rechtliche Fragen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="293" />
        <source>The form asks everyone these questions. Answer them truthfully; a yes does not by itself mean a refusal, and a wrong answer can have serious consequences.</source>
        <translation>Das Formular stellt diese Fragen allen. Antworten Sie wahrheitsgemäß; ein Ja bedeutet nicht von selbst eine Ablehnung, und eine falsche Antwort kann ernste Folgen haben.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="294" />
        <source>Have you been convicted of a criminal offence in Germany?</source>
        <translation>Sind Sie in Deutschland wegen einer Straftat verurteilt worden?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="295" />
        <source>What, when and where?</source>
        <translation>Was, wann und wo?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="296" />
        <source>Have you been convicted of a criminal offence in another country?</source>
        <translation>Sind Sie in einem anderen Staat wegen einer Straftat verurteilt worden?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="297" />
        <source>Have you ever been expelled or deported from Germany?</source>
        <translation>Sind Sie jemals aus Deutschland ausgewiesen oder abgeschoben worden?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="298" />
        <source>When and why?</source>
        <translation>Wann und warum?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="299" />
        <source>Has Germany or another Schengen state ever refused you entry or a residence title?</source>
        <translation>Hat Deutschland oder ein anderer Schengen-Staat Ihnen jemals die Einreise oder einen Aufenthaltstitel verweigert?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="300" />
        <source>When, where and why?</source>
        <translation>Wann, wo und warum?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="301" />
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="302" />
        <source>Everything the checks found. Select an entry to go to its page.</source>
        <translation>Alles, was die Prüfung gefunden hat. Wählen Sie einen Eintrag, um zu seiner Seite zu gehen.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="303" />
        <source>Your packet</source>
        <translation>Ihre Unterlagen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="304" />
        <source>Look at the packet, then print it or save it as a PDF file.</source>
        <translation>Sehen Sie sich die Unterlagen an und drucken Sie sie dann oder speichern Sie sie als PDF-Datei.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ui/letters_panel.py" line="272" />
        <source>The letter cannot be written yet: %1</source>
        <translation>Der Brief kann noch nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="281" />
        <source>Save the letter</source>
        <translation>Brief speichern</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="282" />
        <location filename="../../ui/letters_panel.py" line="309" />
        <source>letter.pdf</source>
        <translation>brief.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="283" />
        <location filename="../../ui/letters_panel.py" line="392" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="287" />
        <source>Letter saved: %1. Print page 1, sign it and send it; the next page is the translation for you.</source>
        <translation>Brief gespeichert: %1. Drucken Sie Seite 1, unterschreiben Sie sie und senden Sie sie ab; die nächste Seite ist die Übersetzung für Sie.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="290" />
        <source>Your permit has expired: read the warning on the next page and see a counselling centre at once.</source>
        <translation>Ihr Aufenthaltstitel ist abgelaufen: Lesen Sie den Hinweis auf der nächsten Seite und gehen Sie sofort zu einer Beratungsstelle.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="314" />
        <source>Save the e-mail</source>
        <translation>E-Mail speichern</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="315" />
        <source>letter.eml</source>
        <translation>brief.eml</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="316" />
        <source>E-mail files (*.eml)</source>
        <translation>E-Mail-Dateien (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="320" />
        <source>E-mail saved: %1. Open it in your mail program, check it and send it to %2 yourself; the program sends nothing.</source>
        <translation>E-Mail gespeichert: %1. Öffnen Sie sie in Ihrem E-Mail-Programm, prüfen Sie sie und senden Sie sie selbst an %2; das Programm sendet nichts.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="333" />
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="334" />
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokumente (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="355" />
        <source>(no item of the checklist)</source>
        <translation>(kein Punkt der Checkliste)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="363" />
        <source>Checklist item of this document</source>
        <translation>Punkt der Checkliste für dieses Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="390" />
        <source>Save the documents as one PDF</source>
        <translation>Dokumente als ein PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="391" />
        <source>documents.pdf</source>
        <translation>unterlagen.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="405" />
        <source>Joining the documents (%1)… You can go on working meanwhile.</source>
        <translation>Die Dokumente werden zusammengefügt (%1) … Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="434" />
        <source>The documents cannot be joined: %1</source>
        <translation>Die Dokumente können nicht zusammengefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="423" />
        <source>Saved: %1 (%2 pages). Checklist: %3 item(s) covered, %4 still missing.</source>
        <translation>Gespeichert: %1 (%2 Seiten). Checkliste: %3 Punkt(e) vorhanden, %4 fehlen noch.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="293" />
        <source>The program knows no postal address of this office: find it on the office's website and write it by hand below the office's name on page 1.</source>
        <translation>Das Programm kennt keine Postanschrift dieser Behörde: Suchen Sie sie auf der Internetseite der Behörde und schreiben Sie sie auf Seite 1 von Hand unter den Namen der Behörde.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="414" />
        <source>Cancelled: the documents were not joined and nothing was saved.</source>
        <translation>Abgebrochen: Die Dokumente wurden nicht zusammengefügt, nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="447" />
        <source>%1 is no longer where it was added (moved or deleted). Remove it from the list and add it again.</source>
        <translation>%1 ist nicht mehr dort, wo es hinzugefügt wurde (verschoben oder gelöscht). Entfernen Sie es aus der Liste und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="449" />
        <source>%1 cannot be opened. Check that you may read it, or add a copy of it.</source>
        <translation>%1 lässt sich nicht öffnen. Prüfen Sie, ob Sie die Datei lesen dürfen, oder fügen Sie eine Kopie hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="451" />
        <source>%1 is not a PDF, JPEG or PNG file. Scan or save it as one of these and add it again.</source>
        <translation>%1 ist keine PDF-, JPEG- oder PNG-Datei. Scannen oder speichern Sie es in einem dieser Formate und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="453" />
        <source>%1 is too large for one document (more than %2 MB). Scan it again at a lower resolution.</source>
        <translation>%1 ist zu groß für ein Dokument (mehr als %2 MB). Scannen Sie es mit einer geringeren Auflösung neu.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="455" />
        <source>%1 is protected by a password. Save a copy without the password and add that.</source>
        <translation>%1 ist mit einem Passwort geschützt. Speichern Sie eine Kopie ohne Passwort und fügen Sie diese hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="457" />
        <source>%1 is damaged and cannot be read. Scan or save it again.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden. Scannen oder speichern Sie es neu.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="458" />
        <source>together the documents would make %2 MB, more than the %3 MB set above. The largest: %4. Scan the largest again at a lower resolution, send it separately, or allow more MB.</source>
        <translation>Zusammen ergäben die Dokumente %2 MB, mehr als die oben eingestellten %3 MB. Die größten: %4. Scannen Sie die größten mit geringerer Auflösung neu, schicken Sie sie getrennt oder erlauben Sie mehr MB.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="484" />
        <location filename="../../ui/letters_panel.py" line="499" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="542" />
        <source>Letters and documents</source>
        <translation>Briefe und Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="543" />
        <source>Letter to the office:</source>
        <translation>Brief an die Behörde:</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="545" />
        <source>Apply in writing to extend the permit (before it expires)</source>
        <translation>Verlängerung schriftlich beantragen (vor Ablauf)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="546" />
        <source>Ask for an appointment</source>
        <translation>Um einen Termin bitten</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="547" />
        <source>Permit already expired: ask the office to let it continue</source>
        <translation>Titel schon abgelaufen: um Anordnung der Fortgeltung bitten</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="548" />
        <source>Report a new address</source>
        <translation>Neue Anschrift mitteilen</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="556" />
        <source>Kind of letter</source>
        <translation>Art des Briefs</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="557" />
        <source>Write letter…</source>
        <translation>Brief schreiben…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="558" />
        <source>As e-mail…</source>
        <translation>Als E-Mail…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="559" />
        <source>Writes the letter as an e-mail with the PDF attached, for you to send from your mail program</source>
        <translation>Schreibt den Brief als E-Mail mit dem PDF im Anhang, die Sie aus Ihrem E-Mail-Programm senden</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="562" />
        <source>Scanned documents (PDF, JPEG, PNG) for one PDF to hand in or send: say for each which item of the checklist it is. The files stay where they are.</source>
        <translation>Eingescannte Dokumente (PDF, JPEG, PNG) für ein PDF zum Abgeben oder Senden: Geben Sie bei jedem an, zu welchem Punkt der Checkliste es gehört. Die Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="565" />
        <source>Documents for the bundle</source>
        <translation>Dokumente für das PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="566" />
        <source>Add documents…</source>
        <translation>Dokumente hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="567" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="568" />
        <source>At most (MB):</source>
        <translation>Höchstens (MB):</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="569" />
        <source>Save as one PDF…</source>
        <translation>Als ein PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="570" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="571" />
        <source>Stop joining the documents; nothing is saved.</source>
        <translation>Das Zusammenfügen abbrechen; nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="407" />
        <source>Please answer: %1</source>
        <translation>Bitte beantworten Sie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="419" />
        <source>The page you left has a problem. It stays listed in the review; the packet to hand in waits until it is solved.</source>
        <translation>Auf der Seite, die Sie verlassen haben, gibt es ein Problem. Es bleibt in der Übersicht aufgeführt; die Unterlagen zur Abgabe warten, bis es gelöst ist.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="565" />
        <source>This page has a problem to solve.</source>
        <translation>Auf dieser Seite ist ein Problem zu lösen.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="625" />
        <source>Residence permit assistant</source>
        <translation>Assistent für den Aufenthaltstitel</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="626" />
        <source>Step %1 of %2: %3 – Residence permit assistant</source>
        <translation>Schritt %1 von %2: %3 – Assistent für den Aufenthaltstitel</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="635" />
        <source>Residence permit assistant – Saxony</source>
        <translation>Assistent für den Aufenthaltstitel – Sachsen</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="636" />
        <source>Shared PC: nothing is kept</source>
        <translation>Gemeinsamer PC: nichts wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="637" />
        <source>Personal mode: draft kept on this PC</source>
        <translation>Persönlicher Modus: Entwurf bleibt auf diesem PC</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="639" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="640" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="641" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="642" />
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="643" />
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="644" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="645" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="646" />
        <source>The previous page (Alt+Left)</source>
        <translation>Die vorige Seite (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="647" />
        <source>The next page (Alt+Right, or Enter in the last field)</source>
        <translation>Die nächste Seite (Alt+Rechts, oder Eingabe im letzten Feld)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="649" />
        <location filename="../../ui/window.py" line="660" />
        <source>Save case file…</source>
        <translation>Falldatei speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="650" />
        <source>Keep your answers in a file protected with a passphrase, to continue later (Ctrl+S).</source>
        <translation>Ihre Antworten in einer mit Passwort geschützten Datei aufbewahren, um später weiterzumachen (Strg+S).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="658" />
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="659" />
        <source>Open a case file…</source>
        <translation>Falldatei öffnen …</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="707" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="708" />
        <source>The program met an unexpected error. Your answers are still in the window; please save a case file if you can and restart the program.</source>
        <translation>Im Programm ist ein unerwarteter Fehler aufgetreten. Ihre Angaben sind noch im Fenster; speichern Sie bitte, wenn möglich, eine Falldatei und starten Sie das Programm neu.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="724" />
        <source>The settings file of this computer (%1) cannot be used. The program therefore runs in shared mode, the safe choice: nothing you enter is kept on this computer unless you save a case file, and after %2 minutes without use everything entered is erased. Forms of the counselling centre are not offered.</source>
        <translation>Die Einstellungsdatei dieses Computers (%1) kann nicht verwendet werden. Das Programm läuft deshalb im Modus für gemeinsam genutzte Computer, der sicheren Wahl: Nichts, was Sie eingeben, bleibt auf diesem Computer, außer Sie speichern eine Falldatei, und nach %2 Minuten ohne Benutzung wird alles Eingegebene gelöscht. Formulare der Beratungsstelle werden nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="731" />
        <source>Please tell whoever looks after this computer; the details say what is wrong in the file.</source>
        <translation>Bitte sagen Sie es der Person, die diesen Computer betreut; in den Details steht, was in der Datei falsch ist.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="739" />
        <source>Settings cannot be used</source>
        <translation>Einstellungen können nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="762" />
        <source>Nobody has used the program for a while. In %1 seconds everything entered is erased. Press any key to continue.</source>
        <translation>Das Programm wurde eine Weile nicht benutzt. In %1 Sekunden wird alles Eingegebene gelöscht. Drücken Sie eine beliebige Taste, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="809" />
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="814" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="821" />
        <source>Finish erases everything you entered in this program: every answer, the packet and its preview. It cannot be undone.</source>
        <translation>Beenden löscht alles, was Sie in diesem Programm eingegeben haben: jede Antwort, die Unterlagen und ihre Vorschau. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="824" />
        <source>The draft kept on this computer is deleted too.</source>
        <translation>Auch der auf diesem Computer gespeicherte Entwurf wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="825" />
        <source>Save the packet and, if you want, a case file first.</source>
        <translation>Speichern Sie vorher die Unterlagen und, wenn Sie möchten, eine Falldatei.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="829" />
        <source>Finish and erase everything?</source>
        <translation>Beenden und alles löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="661" />
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="706" />
        <source>Please write a number, for example 20.</source>
        <translation>Bitte schreiben Sie eine Zahl, zum Beispiel 20.</translation>
    </message>
</context>
<context>
    <name>PacketPage</name>
    <message>
        <location filename="../../ui/packet_page.py" line="241" />
        <source>Making your packet…</source>
        <translation>Ihre Unterlagen werden erstellt …</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="257" />
        <source>Not ready to hand in: %1 problem(s) to solve first (see the review). This is a copy to discuss with a counsellor: the checklist, the points to discuss and the deadlines, without the application form.</source>
        <translation>Nicht zur Abgabe bereit: zuerst zu lösende Punkte: %1 (siehe Übersicht). Dies ist eine Kopie zur Besprechung mit einer Beratungsstelle: die Checkliste, die zu besprechenden Punkte und die Fristen, ohne das Antragsformular.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="264" />
        <source>Still missing: %1.</source>
        <translation>Es fehlen noch: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="268" />
        <source>According to your answers you need no residence permit, so this packet holds no application form: it says why and what to do instead.</source>
        <translation>Nach Ihren Angaben brauchen Sie keinen Aufenthaltstitel; deshalb enthalten diese Unterlagen kein Antragsformular. Sie sagen, warum, und was Sie stattdessen tun.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="284" />
        <source>The copy for counselling has %1 pages.</source>
        <translation>Die Kopie zur Beratung hat %1 Seiten.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="287" />
        <source>Your packet has %1 pages. Check it, then print it or save it.</source>
        <translation>Ihre Unterlagen haben %1 Seiten. Prüfen Sie sie, dann drucken oder speichern Sie sie.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="295" />
        <source>The packet could not be made: %1</source>
        <translation>Die Unterlagen konnten nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packet_page.py" line="335" />
        <source>The packet was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Die Unterlagen wurden an den Drucker geschickt (%n Seite).</numerusform>
            <numerusform>Die Unterlagen wurden an den Drucker geschickt (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="376" />
        <source>Preview of the packet</source>
        <translation>Vorschau der Unterlagen</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="281" />
        <source>packet.pdf</source>
        <translation>unterlagen.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>Save the deadlines for a calendar</source>
        <translation>Fristen für einen Kalender speichern</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>deadlines.ics</source>
        <translation>fristen.ics</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="350" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="367" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="332" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="377" />
        <source>Save deadlines for a calendar…</source>
        <translation>Fristen für einen Kalender speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="378" />
        <source>Save case file…</source>
        <translation>Falldatei speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="379" />
        <source>Go to the review</source>
        <translation>Zur Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="380" />
        <source>Application form:</source>
        <translation>Antragsformular:</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="381" />
        <source>Application form in the packet</source>
        <translation>Antragsformular im Paket</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="385" />
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="387" />
        <source>Ends the session: everything you entered is erased from the program.</source>
        <translation>Beendet die Sitzung: Alles, was Sie eingegeben haben, wird aus dem Programm gelöscht.</translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <location filename="../../ui/packet_view.py" line="107" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="108" />
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="109" />
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="110" />
        <source>Show the pages as wide as the preview (Ctrl+0)</source>
        <translation>Die Seiten so breit wie die Vorschau zeigen (Strg+0)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="111" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="112" />
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Verkleinern (Strg+Minus)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="113" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="114" />
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Vergrößern (Strg+Plus)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="179" />
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="196" />
        <source>Print the packet</source>
        <translation>Unterlagen drucken</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="209" />
        <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er eingeschaltet und angeschlossen ist, oder wählen Sie einen anderen Drucker.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="238" />
        <source>Save the packet as PDF</source>
        <translation>Unterlagen als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="240" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="255" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="72" />
        <source>Choose a passphrase of at least %1 characters; a few words you can remember work well. Keep it safe: it cannot be recovered, and without it nobody can open the file.</source>
        <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen; einige Wörter, die Sie sich merken können, eignen sich gut. Bewahren Sie es sicher auf: Es kann nicht wiederhergestellt werden, und ohne es kann niemand die Datei öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="75" />
        <location filename="../../ui/passphrase.py" line="78" />
        <source>Passphrase:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="77" />
        <source>This case file is protected with a passphrase.</source>
        <translation>Diese Falldatei ist mit einem Passwort geschützt.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="79" />
        <source>The same passphrase again:</source>
        <translation>Dasselbe Passwort noch einmal:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase.py" line="108" />
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>Noch %n Zeichen nötig.</numerusform>
            <numerusform>Noch %n Zeichen nötig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="114" />
        <source>Now type the same passphrase again below.</source>
        <translation>Geben Sie nun unten dasselbe Passwort noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="115" />
        <source>The two entries are not the same yet.</source>
        <translation>Die beiden Eingaben sind noch nicht gleich.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="116" />
        <source>Both entries are the same: the passphrase can be used.</source>
        <translation>Beide Eingaben sind gleich: Das Passwort kann verwendet werden.</translation>
    </message>
</context>
<context>
    <name>PickInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="822" />
        <source>– please choose –</source>
        <translation>– bitte wählen –</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="825" />
        <source>Other (type it)</source>
        <translation>Anderes (selbst eingeben)</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="828" />
        <source>Your answer:</source>
        <translation>Ihre Antwort:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="829" />
        <source>Type your answer</source>
        <translation>Ihre Antwort eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="832" />
        <source>%1: other answer</source>
        <translation>%1: andere Antwort</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../../ui/platform_check.py" line="54" />
        <source>The window cannot open: this computer lacks system libraries that the window needs (%1). Install them, then start the program again:</source>
        <translation>Das Fenster kann nicht geöffnet werden: Auf diesem Computer fehlen Systembibliotheken, die das Fenster braucht (%1). Installieren Sie sie und starten Sie das Programm dann erneut:</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="58" />
        <source>The window cannot open: there is no screen to show it on (the DISPLAY variable is not set). Start the program from a desktop session.</source>
        <translation>Das Fenster kann nicht geöffnet werden: Es gibt keinen Bildschirm, auf dem es erscheinen kann (die Variable DISPLAY ist nicht gesetzt). Starten Sie das Programm in einer Desktop-Sitzung.</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="62" />
        <source>The commands without a window work as they are: python main.py --help</source>
        <translation>Die Befehle ohne Fenster funktionieren auch so: python main.py --help</translation>
    </message>
</context>
<context>
    <name>ProblemItem</name>
    <message>
        <location filename="../../ui/inputs.py" line="138" />
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="139" />
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="140" />
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="151" />
        <location filename="../../ui/inputs.py" line="176" />
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="152" />
        <source>Why? %1</source>
        <translation>Warum? %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="173" />
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="295" />
        <source>According to your answers you need no residence permit. The packet explains why and what to do instead.</source>
        <translation>Nach Ihren Angaben brauchen Sie keinen Aufenthaltstitel. Die Unterlagen erklären, warum, und was Sie stattdessen tun.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="298" />
        <source>Ready to hand in: nothing stops the application and every essential answer is given.</source>
        <translation>Bereit zur Abgabe: Nichts steht dem Antrag entgegen, und alle wesentlichen Angaben sind gemacht.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="301" />
        <source>Not ready to hand in: %1 problem(s) to solve first. You can still print a copy to discuss with a counsellor.</source>
        <translation>Nicht zur Abgabe bereit: zuerst zu lösende Punkte: %1. Sie können trotzdem eine Kopie zur Besprechung mit einer Beratungsstelle drucken.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="306" />
        <source>Problems that stop the application</source>
        <translation>Probleme, die den Antrag verhindern</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307" />
        <source>Warnings to discuss</source>
        <translation>Warnungen zum Besprechen</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="308" />
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="320" />
        <source>Without these answers the packet is not complete</source>
        <translation>Ohne diese Angaben sind die Unterlagen nicht vollständig</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="329" />
        <source>Still missing for the form</source>
        <translation>Für das Formular fehlt noch</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="341" />
        <source>The checks found nothing to point out.</source>
        <translation>Die Prüfung hat nichts gefunden, worauf hinzuweisen wäre.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="207" />
        <source>Go to: %1</source>
        <translation>Gehe zu: %1</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../ui/errors.py" line="27" />
        <source>This is a file the program works from (the case file you opened, the saved draft, a document you added or a form): saving there would destroy it. Choose another name or folder.</source>
        <translation>Mit dieser Datei arbeitet das Programm (die geöffnete Falldatei, der gespeicherte Entwurf, ein hinzugefügtes Dokument oder ein Formular): Speichern würde sie zerstören. Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>This name is a folder or a device, not a file. Choose a file name.</source>
        <translation>Dieser Name ist ein Ordner oder ein Gerät, keine Datei. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34" />
        <source>The passphrase does not fit this case file. Check capital letters and the keyboard language, then try again.</source>
        <translation>Das Passwort passt nicht zu dieser Falldatei. Prüfen Sie Groß- und Kleinschreibung und die Tastatursprache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37" />
        <source>This case file is damaged or was changed after it was saved, so it cannot be opened. Open another copy of it if you have one.</source>
        <translation>Diese Falldatei ist beschädigt oder wurde nach dem Speichern verändert und kann daher nicht geöffnet werden. Öffnen Sie eine andere Kopie, falls Sie eine haben.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40" />
        <source>This case file was saved by a newer version of the program. Please update the program to open it.</source>
        <translation>Diese Falldatei wurde mit einer neueren Version des Programms gespeichert. Bitte aktualisieren Sie das Programm, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43" />
        <source>This file is not a case file of this program. Choose a file that the program saved (ending in .permitcase or .json).</source>
        <translation>Diese Datei ist keine Falldatei dieses Programms. Wählen Sie eine Datei, die das Programm gespeichert hat (Endung .permitcase oder .json).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>This passphrase cannot be used. It needs at least %1 characters, and both entries must be the same.</source>
        <translation>Dieses Passwort kann nicht verwendet werden. Es braucht mindestens %1 Zeichen, und beide Eingaben müssen gleich sein.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>This case file cannot be read: it is missing, cannot be opened or its content is not complete. Choose another file.</source>
        <translation>Diese Falldatei kann nicht gelesen werden: Sie fehlt, lässt sich nicht öffnen oder ihr Inhalt ist unvollständig. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>The file could not be saved there. Choose another folder, or check that the disk or USB stick has room and is not write-protected.</source>
        <translation>Die Datei konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner oder prüfen Sie, ob auf dem Datenträger oder USB-Stick Platz ist und er nicht schreibgeschützt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <source>The chosen application form cannot be filled. Choose the program's own form on this page, or ask the counselling centre.</source>
        <translation>Das gewählte Antragsformular kann nicht ausgefüllt werden. Wählen Sie auf dieser Seite das programmeigene Formular oder fragen Sie die Beratungsstelle.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>The program does not know the rules for this date. Please check the dates you entered, or ask the immigration office.</source>
        <translation>Das Programm kennt die Regeln für dieses Datum nicht. Bitte prüfen Sie die eingegebenen Daten oder fragen Sie die Ausländerbehörde.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>A data file of the program cannot be used. Please install the program again, or ask whoever set up this computer.</source>
        <translation>Eine Datendatei des Programms kann nicht verwendet werden. Bitte installieren Sie das Programm neu oder fragen Sie, wer diesen Computer eingerichtet hat.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Something unexpected went wrong. Your answers are still in the window; please save a case file and try again.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Ihre Antworten sind noch im Fenster; bitte speichern Sie eine Falldatei und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="197" />
        <source>Residence permit assistant for Saxony</source>
        <translation>Assistent für den Aufenthaltstitel in Sachsen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="203" />
        <source>This program helps you apply for a residence permit in Saxony, extend it, report a new address or keep your permit during a longer absence. It asks only the questions that matter for you, checks your answers as you type and says why, and at the end prints one packet: the filled application form, a list of the documents to bring, the expected fees, your deadlines and the immigration office responsible for you.</source>
        <translation>Dieses Programm hilft Ihnen, in Sachsen einen Aufenthaltstitel zu beantragen oder zu verlängern, eine neue Adresse zu melden oder Ihren Titel während einer längeren Abwesenheit zu behalten. Es stellt nur die Fragen, die für Sie wichtig sind, prüft Ihre Antworten schon beim Tippen und sagt, warum, und druckt am Ende alle Unterlagen: das ausgefüllte Antragsformular, eine Liste der mitzubringenden Dokumente, die erwarteten Gebühren, Ihre Fristen und die für Sie zuständige Ausländerbehörde.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="208" />
        <source>It works offline.</source>
        <translation>Es arbeitet offline.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="209" />
        <source>Nothing you enter is sent anywhere; the program does not use the internet.</source>
        <translation>Nichts, was Sie eingeben, wird irgendwohin gesendet; das Programm nutzt das Internet nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="212" />
        <source>This computer is shared (for example in a counselling centre). Nothing you enter is stored on it unless you save a case file yourself. When you press Finish, close the program or leave it unused for a while, everything you entered is erased and the program starts again for the next person.</source>
        <translation>Dieser Computer wird gemeinsam genutzt (zum Beispiel in einer Beratungsstelle). Nichts, was Sie eingeben, wird darauf gespeichert, außer Sie speichern selbst eine Falldatei. Wenn Sie auf Beenden drücken, das Programm schließen oder es eine Weile nicht benutzen, wird alles Eingegebene gelöscht und das Programm beginnt neu für die nächste Person.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="218" />
        <source>Your answers are kept on this computer only, as a draft in your user folder, so that you can continue later. You can save them as a case file protected with a passphrase. Finish erases the draft and everything you entered.</source>
        <translation>Ihre Antworten bleiben nur auf diesem Computer, als Entwurf in Ihrem Benutzerordner, damit Sie später weitermachen können. Sie können sie als passwortgeschützte Falldatei speichern. Beenden löscht den Entwurf und alles Eingegebene.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="221" />
        <source>What happens to your data:</source>
        <translation>Was mit Ihren Daten geschieht:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="223" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="224" />
        <source>Open a case file…</source>
        <translation>Falldatei öffnen …</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="226" />
        <source>An unfinished application was found on this computer. Do you want to continue it?</source>
        <translation>Auf diesem Computer wurde ein unfertiger Antrag gefunden. Möchten Sie ihn fortsetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="227" />
        <source>Continue the draft</source>
        <translation>Entwurf fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="228" />
        <source>Delete the draft</source>
        <translation>Entwurf löschen</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="888" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="889" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
</TS>