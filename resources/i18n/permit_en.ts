<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuthorityBox</name>
    <message>
        <location filename="../../ui/pages.py" line="106" />
        <source>Your immigration office</source>
        <translation>Your immigration office</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="113" />
        <source>The sources differ: check before you go.</source>
        <translation>The sources differ: check before you go.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="134" />
        <source>The program cannot name the immigration office for this place yet: see the note at the place. Check the spelling, or enter the postcode.</source>
        <translation>The program cannot name the immigration office for this place yet: see the note at the place. Check the spelling, or enter the postcode.</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../ui/casefiles.py" line="59" />
        <source>The draft could not be saved.</source>
        <translation>The draft could not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="75" />
        <source>The draft cannot be opened</source>
        <translation>The draft cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="88" />
        <source>Delete the draft</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="89" />
        <source>Delete the unfinished application from this computer? This cannot be undone.</source>
        <translation>Delete the unfinished application from this computer? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="129" />
        <location filename="../../ui/casefiles.py" line="133" />
        <source>Save case file</source>
        <translation>Save case file</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="133" />
        <source>application.permitcase</source>
        <translation>application.permitcase</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="134" />
        <source>Encrypted case files (*.permitcase)</source>
        <translation>Encrypted case files (*.permitcase)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="146" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="150" />
        <source>The case file is saved.</source>
        <translation>The case file is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <location filename="../../ui/casefiles.py" line="165" />
        <source>Open case file</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <source>Case files (*.permitcase *.json)</source>
        <translation>Case files (*.permitcase *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="171" />
        <source>The case file cannot be opened</source>
        <translation>The case file cannot be opened</translation>
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
        <translation>Stateless</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../ui/country_input.py" line="119" />
        <source>No country</source>
        <translation>No country</translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="240" />
        <source>There is no country of this name. Check the spelling or choose one from the list.</source>
        <translation>There is no country of this name. Check the spelling or choose one from the list.</translation>
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
        <translation>This fits several countries: %1. Please choose one from the list.</translation>
    </message>
</context>
<context>
    <name>CountryInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="599" />
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="500" />
        <source>Choose the date in a calendar</source>
        <translation>Choose the date in a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="502" />
        <source>%1: choose the date in a calendar</source>
        <translation>%1: choose the date in a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="508" />
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="513" />
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="532" />
        <source>This date cannot be read. Please write it like %1 or choose it in the calendar.</source>
        <translation>This date cannot be read. Please write it like %1 or choose it in the calendar.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../ui/date_picker.py" line="58" />
        <source>Arrow keys: another day. Page Up, Page Down: another month, with Shift another year. Enter: take the day. Escape: close.</source>
        <translation>Arrow keys: another day. Page Up, Page Down: another month, with Shift another year. Enter: take the day. Escape: close.</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="67" />
        <location filename="../../ui/date_picker.py" line="68" />
        <source>Month before</source>
        <translation>Month before</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="71" />
        <location filename="../../ui/date_picker.py" line="72" />
        <source>Month after</source>
        <translation>Month after</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="80" />
        <location filename="../../ui/date_picker.py" line="89" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="84" />
        <location filename="../../ui/date_picker.py" line="91" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="753" />
        <source>– please choose –</source>
        <translation>– please choose –</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="330" />
        <source>Latin letters, as in the machine-readable lines of the passport.</source>
        <translation>Latin letters, as in the machine-readable lines of the passport.</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="374" />
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/pages.py" line="67" />
        <source>Answers marked * are needed for the application.</source>
        <translation>Answers marked * are needed for the application.</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../../ui/interview_strings.py" line="8" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="9" />
        <source>What do you want to do?</source>
        <translation>What do you want to do?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="10" />
        <source>Choose what you want to apply for and why you are in Germany. The next pages ask only what matters for your choice.</source>
        <translation>Choose what you want to apply for and why you are in Germany. The next pages ask only what matters for your choice.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="11" />
        <source>Apply for my first residence permit in Germany</source>
        <translation>Apply for my first residence permit in Germany</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="12" />
        <source>Extend my residence permit</source>
        <translation>Extend my residence permit</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="13" />
        <source>Report a change of my address</source>
        <translation>Report a change of my address</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="14" />
        <source>Keep my permit during a longer absence from Germany</source>
        <translation>Keep my permit during a longer absence from Germany</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="15" />
        <source>Purpose of your stay</source>
        <translation>Purpose of your stay</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="16" />
        <source>Study at a university</source>
        <translation>Study at a university</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="17" />
        <source>Preparatory college (Studienkolleg)</source>
        <translation>Preparatory college (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="18" />
        <source>Language course</source>
        <translation>Language course</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="19" />
        <source>Looking for a study place (study applicant)</source>
        <translation>Looking for a study place (study applicant)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="20" />
        <source>Looking for a job after graduating in Germany</source>
        <translation>Looking for a job after graduating in Germany</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="21" />
        <source>Doctorate (PhD)</source>
        <translation>Doctorate (PhD)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="22" />
        <source>Dual study programme</source>
        <translation>Dual study programme</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="23" />
        <source>Research</source>
        <translation>Research</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="24" />
        <source>Another purpose</source>
        <translation>Another purpose</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="25" />
        <source>For how long do you apply?</source>
        <translation>For how long do you apply?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="26" />
        <source>Leave empty if you do not know; the authority decides.</source>
        <translation>Leave empty if you do not know; the authority decides.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="27" />
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="28" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="29" />
        <source>Your nationality decides whether you need a residence permit at all.</source>
        <translation>Your nationality decides whether you need a residence permit at all.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="30" />
        <source>Type to search the list.</source>
        <translation>Type to search the list.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="31" />
        <source>Second nationality (if any)</source>
        <translation>Second nationality (if any)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="32" />
        <source>Former nationality (if any)</source>
        <translation>Former nationality (if any)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="33" />
        <source>Only if you had another nationality before.</source>
        <translation>Only if you had another nationality before.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="34" />
        <source>Another former nationality</source>
        <translation>Another former nationality</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="35" />
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="36" />
        <source>Write your names exactly as in your passport.</source>
        <translation>Write your names exactly as in your passport.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="37" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="38" />
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="39" />
        <source>Only if it differs from your family name.</source>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="40" />
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="41" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="42" />
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="43" />
        <source>Country of birth</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="44" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="45" />
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="46" />
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="47" />
        <source>diverse</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="48" />
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="49" />
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="50" />
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="51" />
        <source>Please give your height in centimetres, for example 172.</source>
        <translation>Please give your height in centimetres, for example 172.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="52" />
        <source>Eye colour</source>
        <translation>Eye colour</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="53" />
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="54" />
        <source>single</source>
        <translation>single</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="55" />
        <source>married</source>
        <translation>married</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="56" />
        <source>in a registered civil partnership</source>
        <translation>in a registered civil partnership</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="57" />
        <source>separated</source>
        <translation>separated</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="58" />
        <source>divorced</source>
        <translation>divorced</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="59" />
        <source>widowed</source>
        <translation>widowed</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="60" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="61" />
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="62" />
        <source>This e-mail address is not complete, for example name@example.org.</source>
        <translation>This e-mail address is not complete, for example name@example.org.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="63" />
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="64" />
        <source>With the country code, for example +49 351 1234567.</source>
        <translation>With the country code, for example +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="65" />
        <source>This phone number cannot be read. Write it with the country code, for example +49 351 1234567.</source>
        <translation>This phone number cannot be read. Write it with the country code, for example +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="66" />
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="67" />
        <source>Take your passport and copy the data from the page with your photo.</source>
        <translation>Take your passport and copy the data from the page with your photo.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="68" />
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="69" />
        <source>National passport</source>
        <translation>National passport</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="70" />
        <source>Travel document for refugees</source>
        <translation>Travel document for refugees</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="71" />
        <source>Travel document for stateless persons</source>
        <translation>Travel document for stateless persons</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="72" />
        <source>Passport substitute</source>
        <translation>Passport substitute</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="73" />
        <source>Child's passport</source>
        <translation>Child's passport</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="74" />
        <source>Another document</source>
        <translation>Another document</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="75" />
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="76" />
        <source>A passport number has only the letters A to Z and digits, at most 20.</source>
        <translation>A passport number has only the letters A to Z and digits, at most 20.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="77" />
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="78" />
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="79" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="80" />
        <source>The passport must be valid until a day after its date of issue. Please check both dates.</source>
        <translation>The passport must be valid until a day after its date of issue. Please check both dates.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="81" />
        <source>Address in Saxony</source>
        <translation>Address in Saxony</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="82" />
        <source>Where you live decides which immigration office (Ausländerbehörde) is responsible for you.</source>
        <translation>Where you live decides which immigration office (Ausländerbehörde) is responsible for you.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="83" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="84" />
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="85" />
        <source>Address addition</source>
        <translation>Address addition</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="86" />
        <source>For example c/o, flat number or hall of residence.</source>
        <translation>For example c/o, flat number or hall of residence.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="87" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="88" />
        <source>A German postcode has exactly five digits, for example 09599.</source>
        <translation>A German postcode has exactly five digits, for example 09599.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="89" />
        <source>Town or municipality</source>
        <translation>Town or municipality</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="90" />
        <source>Moved in on</source>
        <translation>Moved in on</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="91" />
        <source>Registered at the residents' office on</source>
        <translation>Registered at the residents' office on</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="92" />
        <source>The date on your registration certificate (Meldebescheinigung).</source>
        <translation>The date on your registration certificate (Meldebescheinigung).</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="93" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="94" />
        <source>The form asks for your spouse, your children and your parents, also if they live abroad.</source>
        <translation>The form asks for your spouse, your children and your parents, also if they live abroad.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="95" />
        <source>Spouse: family name</source>
        <translation>Spouse: family name</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="96" />
        <source>Spouse: birth name</source>
        <translation>Spouse: birth name</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="97" />
        <source>Only if it differs from the family name.</source>
        <translation>Only if it differs from the family name.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="98" />
        <source>Spouse: first names</source>
        <translation>Spouse: first names</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="99" />
        <source>Spouse: sex</source>
        <translation>Spouse: sex</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="100" />
        <source>Spouse: date of birth</source>
        <translation>Spouse: date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="101" />
        <source>Spouse: place of birth</source>
        <translation>Spouse: place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="102" />
        <source>Spouse: nationality</source>
        <translation>Spouse: nationality</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="103" />
        <source>Spouse: second nationality</source>
        <translation>Spouse: second nationality</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="104" />
        <source>Does your spouse live in Germany?</source>
        <translation>Does your spouse live in Germany?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="105" />
        <source>Spouse: address</source>
        <translation>Spouse: address</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="106" />
        <source>Also if it is the same as yours.</source>
        <translation>Also if it is the same as yours.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="107" />
        <source>My spouse also applies with this application</source>
        <translation>My spouse also applies with this application</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="108" />
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="109" />
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="110" />
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="111" />
        <source>Remove this child</source>
        <translation>Remove this child</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="112" />
        <source>Lives in Germany</source>
        <translation>Lives in Germany</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="113" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="114" />
        <source>Also applies with this application</source>
        <translation>Also applies with this application</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="115" />
        <source>Father: family name</source>
        <translation>Father: family name</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="116" />
        <source>Father: birth name</source>
        <translation>Father: birth name</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="117" />
        <source>Father: first names</source>
        <translation>Father: first names</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="118" />
        <source>Father: date of birth</source>
        <translation>Father: date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="119" />
        <source>Father: place of birth</source>
        <translation>Father: place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="120" />
        <source>Father: nationality</source>
        <translation>Father: nationality</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="121" />
        <source>Father: second nationality</source>
        <translation>Father: second nationality</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="122" />
        <source>Father: address</source>
        <translation>Father: address</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="123" />
        <source>Mother: family name</source>
        <translation>Mother: family name</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="124" />
        <source>Mother: birth name</source>
        <translation>Mother: birth name</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="125" />
        <source>Mother: first names</source>
        <translation>Mother: first names</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="126" />
        <source>Mother: date of birth</source>
        <translation>Mother: date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="127" />
        <source>Mother: place of birth</source>
        <translation>Mother: place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="128" />
        <source>Mother: nationality</source>
        <translation>Mother: nationality</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="129" />
        <source>Mother: second nationality</source>
        <translation>Mother: second nationality</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="130" />
        <source>Mother: address</source>
        <translation>Mother: address</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="131" />
        <source>Do both parents (or your guardians) agree to your stay?</source>
        <translation>Do both parents (or your guardians) agree to your stay?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="132" />
        <source>Entry and previous stays</source>
        <translation>Entry and previous stays</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="133" />
        <source>When you came to Germany, and the residence title you hold now.</source>
        <translation>When you came to Germany, and the residence title you hold now.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="134" />
        <source>Date of entry into Germany</source>
        <translation>Date of entry into Germany</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="135" />
        <source>Entered from</source>
        <translation>Entered from</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="136" />
        <source>Did you enter with a visa?</source>
        <translation>Did you enter with a visa?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="137" />
        <source>Your current residence title</source>
        <translation>Your current residence title</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="138" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="139" />
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="140" />
        <source>Residence permit (Aufenthaltserlaubnis)</source>
        <translation>Residence permit (Aufenthaltserlaubnis)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="141" />
        <source>Fictional certificate (Fiktionsbescheinigung)</source>
        <translation>Fictional certificate (Fiktionsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="142" />
        <source>Toleration (Duldung)</source>
        <translation>Toleration (Duldung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="143" />
        <source>Permission to reside during the asylum procedure (Gestattung)</source>
        <translation>Permission to reside during the asylum procedure (Gestattung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="144" />
        <source>Your current title is valid until</source>
        <translation>Your current title is valid until</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="145" />
        <source>Purpose your current residence permit was granted for</source>
        <translation>Purpose your current residence permit was granted for</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="146" />
        <source>Leave empty if it is the same purpose as now. Another purpose can change the fee.</source>
        <translation>Leave empty if it is the same purpose as now. Another purpose can change the fee.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="147" />
        <source>If you have already handed in or sent the application: on which day?</source>
        <translation>If you have already handed in or sent the application: on which day?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="148" />
        <source>How did you hand it in?</source>
        <translation>How did you hand it in?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="149" />
        <source>Registered letter with return receipt (Einschreiben mit Rückschein)</source>
        <translation>Registered letter with return receipt (Einschreiben mit Rückschein)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="150" />
        <source>Ordinary letter</source>
        <translation>Ordinary letter</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="151" />
        <source>Into the office's letter box</source>
        <translation>Into the office's letter box</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="152" />
        <source>In person at the office</source>
        <translation>In person at the office</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="153" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="154" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="155" />
        <source>The office's contact form</source>
        <translation>The office's contact form</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="156" />
        <source>The office's online service</source>
        <translation>The office's online service</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="157" />
        <source>Earlier stays in Germany</source>
        <translation>Earlier stays in Germany</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="158" />
        <source>Earlier stay</source>
        <translation>Earlier stay</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="159" />
        <source>Add an earlier stay</source>
        <translation>Add an earlier stay</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="160" />
        <source>Remove this stay</source>
        <translation>Remove this stay</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="161" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="162" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="163" />
        <source>An earlier stay cannot end before it began.</source>
        <translation>An earlier stay cannot end before it began.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="164" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="165" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="166" />
        <source>Absence from Germany</source>
        <translation>Absence from Germany</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="167" />
        <source>If you will be abroad for longer than six months, your permit may end unless the immigration office agrees in advance.</source>
        <translation>If you will be abroad for longer than six months, your permit may end unless the immigration office agrees in advance.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="168" />
        <source>Planned absences</source>
        <translation>Planned absences</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="169" />
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="170" />
        <source>Add an absence</source>
        <translation>Add an absence</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="171" />
        <source>Remove this absence</source>
        <translation>Remove this absence</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="172" />
        <source>An absence cannot end before it begins.</source>
        <translation>An absence cannot end before it begins.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="173" />
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="174" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="175" />
        <source>Your studies</source>
        <translation>Your studies</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="176" />
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="177" />
        <source>Address of the university</source>
        <translation>Address of the university</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="178" />
        <source>Street and house number</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="179" />
        <source>Kind of university</source>
        <translation>Kind of university</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="180" />
        <source>State university</source>
        <translation>State university</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="181" />
        <source>State-recognised private university</source>
        <translation>State-recognised private university</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="182" />
        <source>Not state-recognised</source>
        <translation>Not state-recognised</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="183" />
        <source>Distance-learning university</source>
        <translation>Distance-learning university</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="184" />
        <source>I do not know</source>
        <translation>I do not know</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="185" />
        <source>Form of study</source>
        <translation>Form of study</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="186" />
        <source>Full-time</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="187" />
        <source>Part-time (admitted to a part-time programme)</source>
        <translation>Part-time (admitted to a part-time programme)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="188" />
        <source>Evening classes</source>
        <translation>Evening classes</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="189" />
        <source>Weekend classes</source>
        <translation>Weekend classes</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="190" />
        <source>Distance learning</source>
        <translation>Distance learning</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="191" />
        <source>Degree</source>
        <translation>Degree</translation>
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
        <translation>Diploma</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="195" />
        <source>State examination</source>
        <translation>State examination</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="196" />
        <source>Doctorate</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="197" />
        <source>Another degree</source>
        <translation>Another degree</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="198" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="199" />
        <source>Current semester</source>
        <translation>Current semester</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="200" />
        <source>Start of studies</source>
        <translation>Start of studies</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="201" />
        <source>Average length of the course at your university</source>
        <translation>Average length of the course at your university</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="202" />
        <source>How many semesters students take on average for this course at your university (not the standard period). The International Office can tell you. Leave it empty if you do not know.</source>
        <translation>How many semesters students take on average for this course at your university (not the standard period). The International Office can tell you. Leave it empty if you do not know.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="203" />
        <source>semesters</source>
        <translation>semesters</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="204" />
        <source>Document from the university</source>
        <translation>Document from the university</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="205" />
        <source>Letter of admission (Zulassungsbescheid)</source>
        <translation>Letter of admission (Zulassungsbescheid)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="206" />
        <source>Study place reservation (Studienplatzvormerkung)</source>
        <translation>Study place reservation (Studienplatzvormerkung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="207" />
        <source>Confirmation of my application (Bewerberbestätigung)</source>
        <translation>Confirmation of my application (Bewerberbestätigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="208" />
        <source>Certificate that my presence is required</source>
        <translation>Certificate that my presence is required</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="209" />
        <source>Certificate of enrolment (Immatrikulationsbescheinigung)</source>
        <translation>Certificate of enrolment (Immatrikulationsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="210" />
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="211" />
        <source>Do you have a university entrance qualification recognised in Germany?</source>
        <translation>Do you have a university entrance qualification recognised in Germany?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="212" />
        <source>Do you have the language certificate your course requires?</source>
        <translation>Do you have the language certificate your course requires?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="213" />
        <source>Change of subject planned on</source>
        <translation>Change of subject planned on</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="214" />
        <source>Leave empty if you do not change your subject.</source>
        <translation>Leave empty if you do not change your subject.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="215" />
        <source>New subject</source>
        <translation>New subject</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="216" />
        <source>Does one of these apply to the change?</source>
        <translation>Does one of these apply to the change?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="217" />
        <source>None of these</source>
        <translation>None of these</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="218" />
        <source>The courses were identical until the change</source>
        <translation>The courses were identical until the change</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="219" />
        <source>All my previous semesters are credited</source>
        <translation>All my previous semesters are credited</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="220" />
        <source>Most semesters are credited, and the university certifies it</source>
        <translation>Most semesters are credited, and the university certifies it</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="221" />
        <source>It is a bridging semester</source>
        <translation>It is a bridging semester</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="222" />
        <source>Preparatory college</source>
        <translation>Preparatory college</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="223" />
        <source>Name of the Studienkolleg</source>
        <translation>Name of the Studienkolleg</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="224" />
        <source>Address of the Studienkolleg</source>
        <translation>Address of the Studienkolleg</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="225" />
        <source>Is it a state or state-recognised Studienkolleg?</source>
        <translation>Is it a state or state-recognised Studienkolleg?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="226" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="227" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="228" />
        <source>First day of your first preparatory course in Germany</source>
        <translation>First day of your first preparatory course in Germany</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="229" />
        <source>Language school</source>
        <translation>Language school</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="230" />
        <source>Address of the language school</source>
        <translation>Address of the language school</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="231" />
        <source>Lessons a week</source>
        <translation>Lessons a week</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="232" />
        <source>hours a week</source>
        <translation>hours a week</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="233" />
        <source>Please give the lessons a week as a number, for example 20.</source>
        <translation>Please give the lessons a week as a number, for example 20.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="234" />
        <source>Are there lessons every weekday?</source>
        <translation>Are there lessons every weekday?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="235" />
        <source>The course is held only in the evenings or at weekends</source>
        <translation>The course is held only in the evenings or at weekends</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="236" />
        <source>Course starts on</source>
        <translation>Course starts on</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="237" />
        <source>Course ends on</source>
        <translation>Course ends on</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="238" />
        <source>The course cannot end before it starts.</source>
        <translation>The course cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="239" />
        <source>The course prepares for</source>
        <translation>The course prepares for</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="240" />
        <source>For example DSH, TestDaF or a university course.</source>
        <translation>For example DSH, TestDaF or a university course.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="241" />
        <source>Looking for a study place</source>
        <translation>Looking for a study place</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="242" />
        <source>First day as a study applicant in Germany</source>
        <translation>First day as a study applicant in Germany</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="243" />
        <source>University you have applied to</source>
        <translation>University you have applied to</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="244" />
        <source>Leave empty if you have not applied yet.</source>
        <translation>Leave empty if you have not applied yet.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="245" />
        <source>Leave empty if you have not attended one.</source>
        <translation>Leave empty if you have not attended one.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="246" />
        <source>Job search after graduating</source>
        <translation>Job search after graduating</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="247" />
        <source>Date of your final examination</source>
        <translation>Date of your final examination</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="248" />
        <source>Date of exmatriculation</source>
        <translation>Date of exmatriculation</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="249" />
        <source>What kind of job are you looking for?</source>
        <translation>What kind of job are you looking for?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="250" />
        <source>Describe the purpose of your stay</source>
        <translation>Describe the purpose of your stay</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="251" />
        <source>Host institution or employer</source>
        <translation>Host institution or employer</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="252" />
        <source>Its address</source>
        <translation>Its address</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="253" />
        <source>Intended employment</source>
        <translation>Intended employment</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="254" />
        <source>The work you do or will do in Germany, for example research assistant.</source>
        <translation>The work you do or will do in Germany, for example research assistant.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="256" />
        <source>Money and health insurance</source>
        <translation>Money and health insurance</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="257" />
        <source>How you pay for your living costs in Germany, and how you are insured.</source>
        <translation>How you pay for your living costs in Germany, and how you are insured.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="258" />
        <source>I have a blocked account (Sperrkonto)</source>
        <translation>I have a blocked account (Sperrkonto)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="259" />
        <source>Monthly payout from the blocked account</source>
        <translation>Monthly payout from the blocked account</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="260" />
        <source>euro a month</source>
        <translation>euro a month</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="261" />
        <source>I have a scholarship</source>
        <translation>I have a scholarship</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="262" />
        <source>The scholarship is from the DAAD</source>
        <translation>The scholarship is from the DAAD</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="263" />
        <source>The scholarship is paid from German public funds</source>
        <translation>The scholarship is paid from German public funds</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="264" />
        <source>Someone has signed a formal obligation to pay for me (Verpflichtungserklärung)</source>
        <translation>Someone has signed a formal obligation to pay for me (Verpflichtungserklärung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="265" />
        <source>My own income</source>
        <translation>My own income</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="266" />
        <source>Other means</source>
        <translation>Other means</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="267" />
        <source>Health insurance</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="268" />
        <source>Statutory health insurance</source>
        <translation>Statutory health insurance</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="269" />
        <source>Private health insurance</source>
        <translation>Private health insurance</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="270" />
        <source>Travel health insurance</source>
        <translation>Travel health insurance</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="271" />
        <source>Insurance company</source>
        <translation>Insurance company</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="272" />
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="273" />
        <source>Work you do or plan to do next to your studies or course.</source>
        <translation>Work you do or plan to do next to your studies or course.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="274" />
        <source>Full working days</source>
        <translation>Full working days</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="275" />
        <source>full days a year</source>
        <translation>full days a year</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="276" />
        <source>Half working days</source>
        <translation>Half working days</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="277" />
        <source>half days a year</source>
        <translation>half days a year</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="278" />
        <source>Regular job in the lecture period</source>
        <translation>Regular job in the lecture period</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="279" />
        <source>Not a student job at the university and not a required internship: those do not count.</source>
        <translation>Not a student job at the university and not a required internship: those do not count.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="280" />
        <source>Spread over</source>
        <translation>Spread over</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="281" />
        <source>days a week</source>
        <translation>days a week</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="282" />
        <source>Weeks in the lecture period</source>
        <translation>Weeks in the lecture period</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="283" />
        <source>weeks a year</source>
        <translation>weeks a year</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="284" />
        <source>Regular job outside the lecture period</source>
        <translation>Regular job outside the lecture period</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="285" />
        <source>Weeks outside the lecture period</source>
        <translation>Weeks outside the lecture period</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="286" />
        <source>I work as a student assistant at a university</source>
        <translation>I work as a student assistant at a university</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="287" />
        <source>I do an internship that my course requires</source>
        <translation>I do an internship that my course requires</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="288" />
        <source>I do a voluntary internship</source>
        <translation>I do a voluntary internship</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="289" />
        <source>Working days of the voluntary internship</source>
        <translation>Working days of the voluntary internship</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="290" />
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="291" />
        <source>I am self-employed</source>
        <translation>I am self-employed</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="305" />
        <source>This date cannot be right: the form takes dates from 1 January 1900 to 31 December 2199. Please check the year.</source>
        <translation>This date cannot be right: the form takes dates from 1 January 1900 to 31 December 2199. Please check the year.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="306" />
        <source>This is longer than the form has room for: a name has at most 100 characters. Write it as in your passport.</source>
        <translation>This is longer than the form has room for: a name has at most 100 characters. Write it as in your passport.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="307" />
        <source>This is longer than the form has room for: at most 200 characters.</source>
        <translation>This is longer than the form has room for: at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="308" />
        <source>This is longer than the form and the packet have room for: at most 1000 characters. Please write it more briefly.</source>
        <translation>This is longer than the form and the packet have room for: at most 1000 characters. Please write it more briefly.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="255" />
        <source>Profession learned</source>
        <translation>Profession learned</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="292" />
        <source>Legal questions</source>
        <translation>Legal questions</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="293" />
        <source>The form asks everyone these questions. Answer them truthfully; a yes does not by itself mean a refusal, and a wrong answer can have serious consequences.</source>
        <translation>The form asks everyone these questions. Answer them truthfully; a yes does not by itself mean a refusal, and a wrong answer can have serious consequences.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="294" />
        <source>Have you been convicted of a criminal offence in Germany?</source>
        <translation>Have you been convicted of a criminal offence in Germany?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="295" />
        <source>What, when and where?</source>
        <translation>What, when and where?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="296" />
        <source>Have you been convicted of a criminal offence in another country?</source>
        <translation>Have you been convicted of a criminal offence in another country?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="297" />
        <source>Have you ever been expelled or deported from Germany?</source>
        <translation>Have you ever been expelled or deported from Germany?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="298" />
        <source>When and why?</source>
        <translation>When and why?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="299" />
        <source>Has Germany or another Schengen state ever refused you entry or a residence title?</source>
        <translation>Has Germany or another Schengen state ever refused you entry or a residence title?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="300" />
        <source>When, where and why?</source>
        <translation>When, where and why?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="301" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="302" />
        <source>Everything the checks found. Select an entry to go to its page.</source>
        <translation>Everything the checks found. Select an entry to go to its page.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="303" />
        <source>Your packet</source>
        <translation>Your packet</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="304" />
        <source>Look at the packet, then print it or save it as a PDF file.</source>
        <translation>Look at the packet, then print it or save it as a PDF file.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ui/letters_panel.py" line="272" />
        <source>The letter cannot be written yet: %1</source>
        <translation>The letter cannot be written yet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="281" />
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="282" />
        <location filename="../../ui/letters_panel.py" line="309" />
        <source>letter.pdf</source>
        <translation>letter.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="283" />
        <location filename="../../ui/letters_panel.py" line="392" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="287" />
        <source>Letter saved: %1. Print page 1, sign it and send it; the next page is the translation for you.</source>
        <translation>Letter saved: %1. Print page 1, sign it and send it; the next page is the translation for you.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="290" />
        <source>Your permit has expired: read the warning on the next page and see a counselling centre at once.</source>
        <translation>Your permit has expired: read the warning on the next page and see a counselling centre at once.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="314" />
        <source>Save the e-mail</source>
        <translation>Save the e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="315" />
        <source>letter.eml</source>
        <translation>letter.eml</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="316" />
        <source>E-mail files (*.eml)</source>
        <translation>E-mail files (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="320" />
        <source>E-mail saved: %1. Open it in your mail program, check it and send it to %2 yourself; the program sends nothing.</source>
        <translation>E-mail saved: %1. Open it in your mail program, check it and send it to %2 yourself; the program sends nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="333" />
        <source>Add documents</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="334" />
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="355" />
        <source>(no item of the checklist)</source>
        <translation>(no item of the checklist)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="363" />
        <source>Checklist item of this document</source>
        <translation>Checklist item of this document</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="390" />
        <source>Save the documents as one PDF</source>
        <translation>Save the documents as one PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="391" />
        <source>documents.pdf</source>
        <translation>documents.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="405" />
        <source>Joining the documents (%1)… You can go on working meanwhile.</source>
        <translation>Joining the documents (%1)… You can go on working meanwhile.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="434" />
        <source>The documents cannot be joined: %1</source>
        <translation>The documents cannot be joined: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="423" />
        <source>Saved: %1 (%2 pages). Checklist: %3 item(s) covered, %4 still missing.</source>
        <translation>Saved: %1 (%2 pages). Checklist: %3 item(s) covered, %4 still missing.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="293" />
        <source>The program knows no postal address of this office: find it on the office's website and write it by hand below the office's name on page 1.</source>
        <translation>The program knows no postal address of this office: find it on the office's website and write it by hand below the office's name on page 1.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="414" />
        <source>Cancelled: the documents were not joined and nothing was saved.</source>
        <translation>Cancelled: the documents were not joined and nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="447" />
        <source>%1 is no longer where it was added (moved or deleted). Remove it from the list and add it again.</source>
        <translation>%1 is no longer where it was added (moved or deleted). Remove it from the list and add it again.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="449" />
        <source>%1 cannot be opened. Check that you may read it, or add a copy of it.</source>
        <translation>%1 cannot be opened. Check that you may read it, or add a copy of it.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="451" />
        <source>%1 is not a PDF, JPEG or PNG file. Scan or save it as one of these and add it again.</source>
        <translation>%1 is not a PDF, JPEG or PNG file. Scan or save it as one of these and add it again.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="453" />
        <source>%1 is too large for one document (more than %2 MB). Scan it again at a lower resolution.</source>
        <translation>%1 is too large for one document (more than %2 MB). Scan it again at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="455" />
        <source>%1 is protected by a password. Save a copy without the password and add that.</source>
        <translation>%1 is protected by a password. Save a copy without the password and add that.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="457" />
        <source>%1 is damaged and cannot be read. Scan or save it again.</source>
        <translation>%1 is damaged and cannot be read. Scan or save it again.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="458" />
        <source>together the documents would make %2 MB, more than the %3 MB set above. The largest: %4. Scan the largest again at a lower resolution, send it separately, or allow more MB.</source>
        <translation>together the documents would make %2 MB, more than the %3 MB set above. The largest: %4. Scan the largest again at a lower resolution, send it separately, or allow more MB.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="484" />
        <location filename="../../ui/letters_panel.py" line="499" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="542" />
        <source>Letters and documents</source>
        <translation>Letters and documents</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="543" />
        <source>Letter to the office:</source>
        <translation>Letter to the office:</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="545" />
        <source>Apply in writing to extend the permit (before it expires)</source>
        <translation>Apply in writing to extend the permit (before it expires)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="546" />
        <source>Ask for an appointment</source>
        <translation>Ask for an appointment</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="547" />
        <source>Permit already expired: ask the office to let it continue</source>
        <translation>Permit already expired: ask the office to let it continue</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="548" />
        <source>Report a new address</source>
        <translation>Report a new address</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="556" />
        <source>Kind of letter</source>
        <translation>Kind of letter</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="557" />
        <source>Write letter…</source>
        <translation>Write letter…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="558" />
        <source>As e-mail…</source>
        <translation>As e-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="559" />
        <source>Writes the letter as an e-mail with the PDF attached, for you to send from your mail program</source>
        <translation>Writes the letter as an e-mail with the PDF attached, for you to send from your mail program</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="562" />
        <source>Scanned documents (PDF, JPEG, PNG) for one PDF to hand in or send: say for each which item of the checklist it is. The files stay where they are.</source>
        <translation>Scanned documents (PDF, JPEG, PNG) for one PDF to hand in or send: say for each which item of the checklist it is. The files stay where they are.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="565" />
        <source>Documents for the bundle</source>
        <translation>Documents for the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="566" />
        <source>Add documents…</source>
        <translation>Add documents…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="567" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="568" />
        <source>At most (MB):</source>
        <translation>At most (MB):</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="569" />
        <source>Save as one PDF…</source>
        <translation>Save as one PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="570" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="571" />
        <source>Stop joining the documents; nothing is saved.</source>
        <translation>Stop joining the documents; nothing is saved.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="407" />
        <source>Please answer: %1</source>
        <translation>Please answer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="419" />
        <source>The page you left has a problem. It stays listed in the review; the packet to hand in waits until it is solved.</source>
        <translation>The page you left has a problem. It stays listed in the review; the packet to hand in waits until it is solved.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="565" />
        <source>This page has a problem to solve.</source>
        <translation>This page has a problem to solve.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="625" />
        <source>Residence permit assistant</source>
        <translation>Residence permit assistant</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="626" />
        <source>Step %1 of %2: %3 – Residence permit assistant</source>
        <translation>Step %1 of %2: %3 – Residence permit assistant</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="635" />
        <source>Residence permit assistant – Saxony</source>
        <translation>Residence permit assistant – Saxony</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="636" />
        <source>Shared PC: nothing is kept</source>
        <translation>Shared PC: nothing is kept</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="637" />
        <source>Personal mode: draft kept on this PC</source>
        <translation>Personal mode: draft kept on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="639" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="640" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="641" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="642" />
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="643" />
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="644" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="645" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="646" />
        <source>The previous page (Alt+Left)</source>
        <translation>The previous page (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="647" />
        <source>The next page (Alt+Right, or Enter in the last field)</source>
        <translation>The next page (Alt+Right, or Enter in the last field)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="649" />
        <location filename="../../ui/window.py" line="660" />
        <source>Save case file…</source>
        <translation>Save case file…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="650" />
        <source>Keep your answers in a file protected with a passphrase, to continue later (Ctrl+S).</source>
        <translation>Keep your answers in a file protected with a passphrase, to continue later (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="658" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="659" />
        <source>Open a case file…</source>
        <translation>Open a case file…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="707" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="708" />
        <source>The program met an unexpected error. Your answers are still in the window; please save a case file if you can and restart the program.</source>
        <translation>The program met an unexpected error. Your answers are still in the window; please save a case file if you can and restart the program.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="724" />
        <source>The settings file of this computer (%1) cannot be used. The program therefore runs in shared mode, the safe choice: nothing you enter is kept on this computer unless you save a case file, and after %2 minutes without use everything entered is erased. Forms of the counselling centre are not offered.</source>
        <translation>The settings file of this computer (%1) cannot be used. The program therefore runs in shared mode, the safe choice: nothing you enter is kept on this computer unless you save a case file, and after %2 minutes without use everything entered is erased. Forms of the counselling centre are not offered.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="731" />
        <source>Please tell whoever looks after this computer; the details say what is wrong in the file.</source>
        <translation>Please tell whoever looks after this computer; the details say what is wrong in the file.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="739" />
        <source>Settings cannot be used</source>
        <translation>Settings cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="762" />
        <source>Nobody has used the program for a while. In %1 seconds everything entered is erased. Press any key to continue.</source>
        <translation>Nobody has used the program for a while. In %1 seconds everything entered is erased. Press any key to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="809" />
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="814" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="821" />
        <source>Finish erases everything you entered in this program: every answer, the packet and its preview. It cannot be undone.</source>
        <translation>Finish erases everything you entered in this program: every answer, the packet and its preview. It cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="824" />
        <source>The draft kept on this computer is deleted too.</source>
        <translation>The draft kept on this computer is deleted too.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="825" />
        <source>Save the packet and, if you want, a case file first.</source>
        <translation>Save the packet and, if you want, a case file first.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="829" />
        <source>Finish and erase everything?</source>
        <translation>Finish and erase everything?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="661" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="706" />
        <source>Please write a number, for example 20.</source>
        <translation>Please write a number, for example 20.</translation>
    </message>
</context>
<context>
    <name>PacketPage</name>
    <message>
        <location filename="../../ui/packet_page.py" line="241" />
        <source>Making your packet…</source>
        <translation>Making your packet…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="257" />
        <source>Not ready to hand in: %1 problem(s) to solve first (see the review). This is a copy to discuss with a counsellor: the checklist, the points to discuss and the deadlines, without the application form.</source>
        <translation>Not ready to hand in: %1 problem(s) to solve first (see the review). This is a copy to discuss with a counsellor: the checklist, the points to discuss and the deadlines, without the application form.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="264" />
        <source>Still missing: %1.</source>
        <translation>Still missing: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="268" />
        <source>According to your answers you need no residence permit, so this packet holds no application form: it says why and what to do instead.</source>
        <translation>According to your answers you need no residence permit, so this packet holds no application form: it says why and what to do instead.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="284" />
        <source>The copy for counselling has %1 pages.</source>
        <translation>The copy for counselling has %1 pages.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="287" />
        <source>Your packet has %1 pages. Check it, then print it or save it.</source>
        <translation>Your packet has %1 pages. Check it, then print it or save it.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="295" />
        <source>The packet could not be made: %1</source>
        <translation>The packet could not be made: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packet_page.py" line="335" />
        <source>The packet was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>The packet was sent to the printer (%n page).</numerusform>
            <numerusform>The packet was sent to the printer (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="376" />
        <source>Preview of the packet</source>
        <translation>Preview of the packet</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="281" />
        <source>packet.pdf</source>
        <translation>packet.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>Save the deadlines for a calendar</source>
        <translation>Save the deadlines for a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>deadlines.ics</source>
        <translation>deadlines.ics</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="350" />
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="367" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="332" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="377" />
        <source>Save deadlines for a calendar…</source>
        <translation>Save deadlines for a calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="378" />
        <source>Save case file…</source>
        <translation>Save case file…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="379" />
        <source>Go to the review</source>
        <translation>Go to the review</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="380" />
        <source>Application form:</source>
        <translation>Application form:</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="381" />
        <source>Application form in the packet</source>
        <translation>Application form in the packet</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="385" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="387" />
        <source>Ends the session: everything you entered is erased from the program.</source>
        <translation>Ends the session: everything you entered is erased from the program.</translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <location filename="../../ui/packet_view.py" line="107" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="108" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="109" />
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="110" />
        <source>Show the pages as wide as the preview (Ctrl+0)</source>
        <translation>Show the pages as wide as the preview (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="111" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="112" />
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Zoom out (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="113" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="114" />
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Zoom in (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="179" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="196" />
        <source>Print the packet</source>
        <translation>Print the packet</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="209" />
        <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
        <translation>The printer could not be started. Check that it is switched on and connected, or choose another printer.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="238" />
        <source>Save the packet as PDF</source>
        <translation>Save the packet as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="240" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="255" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="72" />
        <source>Choose a passphrase of at least %1 characters; a few words you can remember work well. Keep it safe: it cannot be recovered, and without it nobody can open the file.</source>
        <translation>Choose a passphrase of at least %1 characters; a few words you can remember work well. Keep it safe: it cannot be recovered, and without it nobody can open the file.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="75" />
        <location filename="../../ui/passphrase.py" line="78" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="77" />
        <source>This case file is protected with a passphrase.</source>
        <translation>This case file is protected with a passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="79" />
        <source>The same passphrase again:</source>
        <translation>The same passphrase again:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase.py" line="108" />
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>%n more character needed.</numerusform>
            <numerusform>%n more characters needed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="114" />
        <source>Now type the same passphrase again below.</source>
        <translation>Now type the same passphrase again below.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="115" />
        <source>The two entries are not the same yet.</source>
        <translation>The two entries are not the same yet.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="116" />
        <source>Both entries are the same: the passphrase can be used.</source>
        <translation>Both entries are the same: the passphrase can be used.</translation>
    </message>
</context>
<context>
    <name>PickInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="822" />
        <source>– please choose –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="825" />
        <source>Other (type it)</source>
        <translation>Other (type it)</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="828" />
        <source>Your answer:</source>
        <translation>Your answer:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="829" />
        <source>Type your answer</source>
        <translation>Type your answer</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="832" />
        <source>%1: other answer</source>
        <translation>%1: other answer</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../../ui/platform_check.py" line="54" />
        <source>The window cannot open: this computer lacks system libraries that the window needs (%1). Install them, then start the program again:</source>
        <translation>The window cannot open: this computer lacks system libraries that the window needs (%1). Install them, then start the program again:</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="58" />
        <source>The window cannot open: there is no screen to show it on (the DISPLAY variable is not set). Start the program from a desktop session.</source>
        <translation>The window cannot open: there is no screen to show it on (the DISPLAY variable is not set). Start the program from a desktop session.</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="62" />
        <source>The commands without a window work as they are: python main.py --help</source>
        <translation>The commands without a window work as they are: python main.py --help</translation>
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
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="140" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="151" />
        <location filename="../../ui/inputs.py" line="176" />
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="152" />
        <source>Why? %1</source>
        <translation>Why? %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="173" />
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="295" />
        <source>According to your answers you need no residence permit. The packet explains why and what to do instead.</source>
        <translation>According to your answers you need no residence permit. The packet explains why and what to do instead.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="298" />
        <source>Ready to hand in: nothing stops the application and every essential answer is given.</source>
        <translation>Ready to hand in: nothing stops the application and every essential answer is given.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="301" />
        <source>Not ready to hand in: %1 problem(s) to solve first. You can still print a copy to discuss with a counsellor.</source>
        <translation>Not ready to hand in: %1 problem(s) to solve first. You can still print a copy to discuss with a counsellor.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="306" />
        <source>Problems that stop the application</source>
        <translation>Problems that stop the application</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307" />
        <source>Warnings to discuss</source>
        <translation>Warnings to discuss</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="308" />
        <source>Good to know</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="320" />
        <source>Without these answers the packet is not complete</source>
        <translation>Without these answers the packet is not complete</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="329" />
        <source>Still missing for the form</source>
        <translation>Still missing for the form</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="341" />
        <source>The checks found nothing to point out.</source>
        <translation>The checks found nothing to point out.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="207" />
        <source>Go to: %1</source>
        <translation>Go to: %1</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../ui/errors.py" line="27" />
        <source>This is a file the program works from (the case file you opened, the saved draft, a document you added or a form): saving there would destroy it. Choose another name or folder.</source>
        <translation>This is a file the program works from (the case file you opened, the saved draft, a document you added or a form): saving there would destroy it. Choose another name or folder.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>This name is a folder or a device, not a file. Choose a file name.</source>
        <translation>This name is a folder or a device, not a file. Choose a file name.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34" />
        <source>The passphrase does not fit this case file. Check capital letters and the keyboard language, then try again.</source>
        <translation>The passphrase does not fit this case file. Check capital letters and the keyboard language, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37" />
        <source>This case file is damaged or was changed after it was saved, so it cannot be opened. Open another copy of it if you have one.</source>
        <translation>This case file is damaged or was changed after it was saved, so it cannot be opened. Open another copy of it if you have one.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40" />
        <source>This case file was saved by a newer version of the program. Please update the program to open it.</source>
        <translation>This case file was saved by a newer version of the program. Please update the program to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43" />
        <source>This file is not a case file of this program. Choose a file that the program saved (ending in .permitcase or .json).</source>
        <translation>This file is not a case file of this program. Choose a file that the program saved (ending in .permitcase or .json).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>This passphrase cannot be used. It needs at least %1 characters, and both entries must be the same.</source>
        <translation>This passphrase cannot be used. It needs at least %1 characters, and both entries must be the same.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>This case file cannot be read: it is missing, cannot be opened or its content is not complete. Choose another file.</source>
        <translation>This case file cannot be read: it is missing, cannot be opened or its content is not complete. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>The file could not be saved there. Choose another folder, or check that the disk or USB stick has room and is not write-protected.</source>
        <translation>The file could not be saved there. Choose another folder, or check that the disk or USB stick has room and is not write-protected.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <source>The chosen application form cannot be filled. Choose the program's own form on this page, or ask the counselling centre.</source>
        <translation>The chosen application form cannot be filled. Choose the program's own form on this page, or ask the counselling centre.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>The program does not know the rules for this date. Please check the dates you entered, or ask the immigration office.</source>
        <translation>The program does not know the rules for this date. Please check the dates you entered, or ask the immigration office.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>A data file of the program cannot be used. Please install the program again, or ask whoever set up this computer.</source>
        <translation>A data file of the program cannot be used. Please install the program again, or ask whoever set up this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Something unexpected went wrong. Your answers are still in the window; please save a case file and try again.</source>
        <translation>Something unexpected went wrong. Your answers are still in the window; please save a case file and try again.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="197" />
        <source>Residence permit assistant for Saxony</source>
        <translation>Residence permit assistant for Saxony</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="203" />
        <source>This program helps you apply for a residence permit in Saxony, extend it, report a new address or keep your permit during a longer absence. It asks only the questions that matter for you, checks your answers as you type and says why, and at the end prints one packet: the filled application form, a list of the documents to bring, the expected fees, your deadlines and the immigration office responsible for you.</source>
        <translation>This program helps you apply for a residence permit in Saxony, extend it, report a new address or keep your permit during a longer absence. It asks only the questions that matter for you, checks your answers as you type and says why, and at the end prints one packet: the filled application form, a list of the documents to bring, the expected fees, your deadlines and the immigration office responsible for you.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="208" />
        <source>It works offline.</source>
        <translation>It works offline.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="209" />
        <source>Nothing you enter is sent anywhere; the program does not use the internet.</source>
        <translation>Nothing you enter is sent anywhere; the program does not use the internet.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="212" />
        <source>This computer is shared (for example in a counselling centre). Nothing you enter is stored on it unless you save a case file yourself. When you press Finish, close the program or leave it unused for a while, everything you entered is erased and the program starts again for the next person.</source>
        <translation>This computer is shared (for example in a counselling centre). Nothing you enter is stored on it unless you save a case file yourself. When you press Finish, close the program or leave it unused for a while, everything you entered is erased and the program starts again for the next person.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="218" />
        <source>Your answers are kept on this computer only, as a draft in your user folder, so that you can continue later. You can save them as a case file protected with a passphrase. Finish erases the draft and everything you entered.</source>
        <translation>Your answers are kept on this computer only, as a draft in your user folder, so that you can continue later. You can save them as a case file protected with a passphrase. Finish erases the draft and everything you entered.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="221" />
        <source>What happens to your data:</source>
        <translation>What happens to your data:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="223" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="224" />
        <source>Open a case file…</source>
        <translation>Open a case file…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="226" />
        <source>An unfinished application was found on this computer. Do you want to continue it?</source>
        <translation>An unfinished application was found on this computer. Do you want to continue it?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="227" />
        <source>Continue the draft</source>
        <translation>Continue the draft</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="228" />
        <source>Delete the draft</source>
        <translation>Delete the draft</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="888" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="889" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>