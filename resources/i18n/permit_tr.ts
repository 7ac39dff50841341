<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AuthorityBox</name>
    <message>
        <location filename="../../ui/pages.py" line="106" />
        <source>Your immigration office</source>
        <translation>Sizden sorumlu Yabancılar Dairesi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="113" />
        <source>The sources differ: check before you go.</source>
        <translation>Kaynaklar birbirini tutmuyor: gitmeden önce kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="134" />
        <source>The program cannot name the immigration office for this place yet: see the note at the place. Check the spelling, or enter the postcode.</source>
        <translation>Program bu yer için henüz bir Yabancılar Dairesi gösteremiyor: yer alanındaki nota bakın. Yazılışı kontrol edin ya da posta kodunu girin.</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../ui/casefiles.py" line="59" />
        <source>The draft could not be saved.</source>
        <translation>Taslak kaydedilemedi.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="75" />
        <source>The draft cannot be opened</source>
        <translation>Taslak açılamıyor</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="88" />
        <source>Delete the draft</source>
        <translation>Taslağı sil</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="89" />
        <source>Delete the unfinished application from this computer? This cannot be undone.</source>
        <translation>Tamamlanmamış başvuru bu bilgisayardan silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="129" />
        <location filename="../../ui/casefiles.py" line="133" />
        <source>Save case file</source>
        <translation>Başvuru dosyasını kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="133" />
        <source>application.permitcase</source>
        <translation>basvuru.permitcase</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="134" />
        <source>Encrypted case files (*.permitcase)</source>
        <translation>Şifreli başvuru dosyaları (*.permitcase)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="146" />
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="150" />
        <source>The case file is saved.</source>
        <translation>Başvuru dosyası kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <location filename="../../ui/casefiles.py" line="165" />
        <source>Open case file</source>
        <translation>Başvuru dosyasını aç</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <source>Case files (*.permitcase *.json)</source>
        <translation>Başvuru dosyaları (*.permitcase *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="171" />
        <source>The case file cannot be opened</source>
        <translation>Başvuru dosyası açılamıyor</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../ui/countries.py" line="26" />
        <source>Kosovo</source>
        <translation>Kosova</translation>
    </message>
    <message>
        <location filename="../../ui/countries.py" line="27" />
        <source>Stateless</source>
        <translation>Vatansız</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../ui/country_input.py" line="119" />
        <source>No country</source>
        <translation>Ülke yok</translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="240" />
        <source>There is no country of this name. Check the spelling or choose one from the list.</source>
        <translation>Bu adda bir ülke yok. Yazımı kontrol edin veya listeden bir ülke seçin.</translation>
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
        <translation>Bu, birden fazla ülkeye uyuyor: %1. Lütfen listeden birini seçin.</translation>
    </message>
</context>
<context>
    <name>CountryInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="599" />
        <source>Type to search</source>
        <translation>Aramak için yazın</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="500" />
        <source>Choose the date in a calendar</source>
        <translation>Tarihi takvimden seçin</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="502" />
        <source>%1: choose the date in a calendar</source>
        <translation>%1: tarihi takvimden seçin</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="508" />
        <source>Format: %1</source>
        <translation>Biçim: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>DD</source>
        <translation>GG</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>MM</source>
        <translation>AA</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="513" />
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="532" />
        <source>This date cannot be read. Please write it like %1 or choose it in the calendar.</source>
        <translation>Bu tarih okunamıyor. Lütfen %1 biçiminde yazın ya da takvimden seçin.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../ui/date_picker.py" line="58" />
        <source>Arrow keys: another day. Page Up, Page Down: another month, with Shift another year. Enter: take the day. Escape: close.</source>
        <translation>Ok tuşları: başka bir gün. Page Up, Page Down: başka bir ay, Shift ile başka bir yıl. Enter: günü seç. Escape: kapat.</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="67" />
        <location filename="../../ui/date_picker.py" line="68" />
        <source>Month before</source>
        <translation>Önceki ay</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="71" />
        <location filename="../../ui/date_picker.py" line="72" />
        <source>Month after</source>
        <translation>Sonraki ay</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="80" />
        <location filename="../../ui/date_picker.py" line="89" />
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="84" />
        <location filename="../../ui/date_picker.py" line="91" />
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="753" />
        <source>– please choose –</source>
        <translation>– lütfen seçin –</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="330" />
        <source>Latin letters, as in the machine-readable lines of the passport.</source>
        <translation>Latin harfleriyle, pasaportun makinede okunabilen satırlarındaki gibi.</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="374" />
        <source>Required.</source>
        <translation>Zorunlu.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/pages.py" line="67" />
        <source>Answers marked * are needed for the application.</source>
        <translation>* ile işaretli cevaplar başvuru için gereklidir.</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../../ui/interview_strings.py" line="8" />
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="9" />
        <source>What do you want to do?</source>
        <translation>Ne yapmak istiyorsunuz?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="10" />
        <source>Choose what you want to apply for and why you are in Germany. The next pages ask only what matters for your choice.</source>
        <translation>Neye başvurmak istediğinizi ve Almanya'da neden bulunduğunuzu seçin. Sonraki sayfalar yalnızca seçiminiz için önemli olanları sorar.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="11" />
        <source>Apply for my first residence permit in Germany</source>
        <translation>Almanya'da ilk oturma iznime başvurmak</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="12" />
        <source>Extend my residence permit</source>
        <translation>Oturma iznimi uzatmak</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="13" />
        <source>Report a change of my address</source>
        <translation>Adres değişikliğimi bildirmek</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="14" />
        <source>Keep my permit during a longer absence from Germany</source>
        <translation>Uzun süre Almanya dışındayken oturma iznimi korumak</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="15" />
        <source>Purpose of your stay</source>
        <translation>Kalış amacınız</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="16" />
        <source>Study at a university</source>
        <translation>Üniversitede öğrenim</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="17" />
        <source>Preparatory college (Studienkolleg)</source>
        <translation>Üniversite hazırlık okulu (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="18" />
        <source>Language course</source>
        <translation>Dil kursu</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="19" />
        <source>Looking for a study place (study applicant)</source>
        <translation>Öğrenim yeri arama (üniversite adayı)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="20" />
        <source>Looking for a job after graduating in Germany</source>
        <translation>Almanya'da mezun olduktan sonra iş arama</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="21" />
        <source>Doctorate (PhD)</source>
        <translation>Doktora</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="22" />
        <source>Dual study programme</source>
        <translation>İkili (dual) öğrenim programı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="23" />
        <source>Research</source>
        <translation>Araştırma</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="24" />
        <source>Another purpose</source>
        <translation>Başka bir amaç</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="25" />
        <source>For how long do you apply?</source>
        <translation>Ne kadar süre için başvuruyorsunuz?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="26" />
        <source>Leave empty if you do not know; the authority decides.</source>
        <translation>Bilmiyorsanız boş bırakın; süreye Yabancılar Dairesi karar verir.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="27" />
        <source>months</source>
        <translation>ay</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="28" />
        <source>Nationality</source>
        <translation>Vatandaşlık</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="29" />
        <source>Your nationality decides whether you need a residence permit at all.</source>
        <translation>Oturma iznine gerçekten ihtiyacınız olup olmadığı vatandaşlığınıza bağlıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="30" />
        <source>Type to search the list.</source>
        <translation>Listede aramak için yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="31" />
        <source>Second nationality (if any)</source>
        <translation>İkinci vatandaşlık (varsa)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="32" />
        <source>Former nationality (if any)</source>
        <translation>Önceki vatandaşlık (varsa)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="33" />
        <source>Only if you had another nationality before.</source>
        <translation>Yalnızca daha önce başka bir vatandaşlığınız olduysa.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="34" />
        <source>Another former nationality</source>
        <translation>Başka bir önceki vatandaşlık</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="35" />
        <source>About you</source>
        <translation>Kişisel bilgileriniz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="36" />
        <source>Write your names exactly as in your passport.</source>
        <translation>Adınızı ve soyadınızı tam olarak pasaportunuzdaki gibi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="37" />
        <source>Family name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="38" />
        <source>Birth name</source>
        <translation>Doğumdaki soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="39" />
        <source>Only if it differs from your family name.</source>
        <translation>Yalnızca şimdiki soyadınızdan farklıysa.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="40" />
        <source>First names</source>
        <translation>Adlar</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="41" />
        <source>Date of birth</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="42" />
        <source>Place of birth</source>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="43" />
        <source>Country of birth</source>
        <translation>Doğum ülkesi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="44" />
        <source>Sex</source>
        <translation>Cinsiyet</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="45" />
        <source>female</source>
        <translation>kadın</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="46" />
        <source>male</source>
        <translation>erkek</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="47" />
        <source>diverse</source>
        <translation>diğer (divers)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="48" />
        <source>not stated</source>
        <translation>belirtilmemiş</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="49" />
        <source>Height</source>
        <translation>Boy</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="50" />
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="51" />
        <source>Please give your height in centimetres, for example 172.</source>
        <translation>Lütfen boyunuzu santimetre olarak girin, örneğin 172.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="52" />
        <source>Eye colour</source>
        <translation>Göz rengi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="53" />
        <source>Marital status</source>
        <translation>Medeni hâl</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="54" />
        <source>single</source>
        <translation>bekâr</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="55" />
        <source>married</source>
        <translation>evli</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="56" />
        <source>in a registered civil partnership</source>
        <translation>kayıtlı hayat ortaklığı içinde</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="57" />
        <source>separated</source>
        <translation>ayrı yaşıyor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="58" />
        <source>divorced</source>
        <translation>boşanmış</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="59" />
        <source>widowed</source>
        <translation>dul</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="60" />
        <source>Since</source>
        <translation>Şu tarihten beri</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="61" />
        <source>E-mail address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="62" />
        <source>This e-mail address is not complete, for example name@example.org.</source>
        <translation>Bu e-posta adresi eksik. Örnek: name@example.org.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="63" />
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="64" />
        <source>With the country code, for example +49 351 1234567.</source>
        <translation>Ülke koduyla birlikte, örneğin +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="65" />
        <source>This phone number cannot be read. Write it with the country code, for example +49 351 1234567.</source>
        <translation>Bu telefon numarası okunamıyor. Ülke koduyla birlikte yazın, örneğin +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="66" />
        <source>Passport</source>
        <translation>Pasaport</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="67" />
        <source>Take your passport and copy the data from the page with your photo.</source>
        <translation>Pasaportunuzu alın ve fotoğrafınızın olduğu sayfadaki bilgileri buraya aktarın.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="68" />
        <source>Kind of document</source>
        <translation>Belge türü</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="69" />
        <source>National passport</source>
        <translation>Ulusal pasaport</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="70" />
        <source>Travel document for refugees</source>
        <translation>Mülteci seyahat belgesi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="71" />
        <source>Travel document for stateless persons</source>
        <translation>Vatansızlar için seyahat belgesi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="72" />
        <source>Passport substitute</source>
        <translation>Pasaport yerine geçen belge</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="73" />
        <source>Child's passport</source>
        <translation>Çocuk pasaportu</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="74" />
        <source>Another document</source>
        <translation>Başka bir belge</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="75" />
        <source>Passport number</source>
        <translation>Pasaport numarası</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="76" />
        <source>A passport number has only the letters A to Z and digits, at most 20.</source>
        <translation>Pasaport numarası yalnızca A–Z harflerinden ve rakamlardan oluşur, en fazla 20 karakterdir.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="77" />
        <source>Issued on</source>
        <translation>Veriliş tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="78" />
        <source>Issued by</source>
        <translation>Veren makam</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="79" />
        <source>Valid until</source>
        <translation>Son geçerlilik tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="80" />
        <source>The passport must be valid until a day after its date of issue. Please check both dates.</source>
        <translation>Pasaportun son geçerlilik tarihi, veriliş tarihinden sonra olmalıdır. Lütfen iki tarihi de kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="81" />
        <source>Address in Saxony</source>
        <translation>Saksonya'daki adresiniz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="82" />
        <source>Where you live decides which immigration office (Ausländerbehörde) is responsible for you.</source>
        <translation>Hangi Yabancılar Dairesinin (Ausländerbehörde) sizden sorumlu olduğu, oturduğunuz yere bağlıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="83" />
        <source>Street</source>
        <translation>Sokak</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="84" />
        <source>House number</source>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="85" />
        <source>Address addition</source>
        <translation>Adres eki</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="86" />
        <source>For example c/o, flat number or hall of residence.</source>
        <translation>Örneğin c/o, daire numarası veya öğrenci yurdu.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="87" />
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="88" />
        <source>A German postcode has exactly five digits, for example 09599.</source>
        <translation>Alman posta kodu tam beş rakamdan oluşur, örneğin 09599.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="89" />
        <source>Town or municipality</source>
        <translation>Şehir veya belediye</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="90" />
        <source>Moved in on</source>
        <translation>Taşınma tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="91" />
        <source>Registered at the residents' office on</source>
        <translation>Vatandaşlık bürosuna (Bürgeramt) kayıt tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="92" />
        <source>The date on your registration certificate (Meldebescheinigung).</source>
        <translation>İkamet kayıt belgenizdeki (Meldebescheinigung) tarih.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="93" />
        <source>Family</source>
        <translation>Aile</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="94" />
        <source>The form asks for your spouse, your children and your parents, also if they live abroad.</source>
        <translation>Form eşinizi, çocuklarınızı ve anne babanızı sorar; yurt dışında yaşıyor olsalar bile.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="95" />
        <source>Spouse: family name</source>
        <translation>Eş: soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="96" />
        <source>Spouse: birth name</source>
        <translation>Eş: doğumdaki soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="97" />
        <source>Only if it differs from the family name.</source>
        <translation>Yalnızca şimdiki soyadından farklıysa.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="98" />
        <source>Spouse: first names</source>
        <translation>Eş: adları</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="99" />
        <source>Spouse: sex</source>
        <translation>Eş: cinsiyeti</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="100" />
        <source>Spouse: date of birth</source>
        <translation>Eş: doğum tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="101" />
        <source>Spouse: place of birth</source>
        <translation>Eş: doğum yeri</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="102" />
        <source>Spouse: nationality</source>
        <translation>Eş: vatandaşlığı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="103" />
        <source>Spouse: second nationality</source>
        <translation>Eş: ikinci vatandaşlığı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="104" />
        <source>Does your spouse live in Germany?</source>
        <translation>Eşiniz Almanya'da mı yaşıyor?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="105" />
        <source>Spouse: address</source>
        <translation>Eş: adresi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="106" />
        <source>Also if it is the same as yours.</source>
        <translation>Sizinkiyle aynı olsa bile.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="107" />
        <source>My spouse also applies with this application</source>
        <translation>Bu başvuruyla eşim için de başvuruluyor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="108" />
        <source>Children</source>
        <translation>Çocuklar</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="109" />
        <source>Child</source>
        <translation>Çocuk</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="110" />
        <source>Add a child</source>
        <translation>Çocuk ekle</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="111" />
        <source>Remove this child</source>
        <translation>Bu çocuğu kaldır</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="112" />
        <source>Lives in Germany</source>
        <translation>Almanya'da yaşıyor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="113" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="114" />
        <source>Also applies with this application</source>
        <translation>Bu başvuruyla onun için de başvuruluyor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="115" />
        <source>Father: family name</source>
        <translation>Baba: soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="116" />
        <source>Father: birth name</source>
        <translation>Baba: doğumdaki soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="117" />
        <source>Father: first names</source>
        <translation>Baba: adları</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="118" />
        <source>Father: date of birth</source>
        <translation>Baba: doğum tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="119" />
        <source>Father: place of birth</source>
        <translation>Baba: doğum yeri</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="120" />
        <source>Father: nationality</source>
        <translation>Baba: vatandaşlığı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="121" />
        <source>Father: second nationality</source>
        <translation>Baba: ikinci vatandaşlığı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="122" />
        <source>Father: address</source>
        <translation>Baba: adresi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="123" />
        <source>Mother: family name</source>
        <translation>Anne: soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="124" />
        <source>Mother: birth name</source>
        <translation>Anne: doğumdaki soyadı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="125" />
        <source>Mother: first names</source>
        <translation>Anne: adları</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="126" />
        <source>Mother: date of birth</source>
        <translation>Anne: doğum tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="127" />
        <source>Mother: place of birth</source>
        <translation>Anne: doğum yeri</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="128" />
        <source>Mother: nationality</source>
        <translation>Anne: vatandaşlığı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="129" />
        <source>Mother: second nationality</source>
        <translation>Anne: ikinci vatandaşlığı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="130" />
        <source>Mother: address</source>
        <translation>Anne: adresi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="131" />
        <source>Do both parents (or your guardians) agree to your stay?</source>
        <translation>Anne ve babanızın ikisi de (ya da vasileriniz) Almanya'da kalmanızı onaylıyor mu?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="132" />
        <source>Entry and previous stays</source>
        <translation>Giriş ve önceki kalışlar</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="133" />
        <source>When you came to Germany, and the residence title you hold now.</source>
        <translation>Almanya'ya ne zaman geldiğiniz ve şu anda hangi oturma belgesine (Aufenthaltstitel) sahip olduğunuz.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="134" />
        <source>Date of entry into Germany</source>
        <translation>Almanya'ya giriş tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="135" />
        <source>Entered from</source>
        <translation>Geldiğiniz ülke</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="136" />
        <source>Did you enter with a visa?</source>
        <translation>Almanya'ya vizeyle mi girdiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="137" />
        <source>Your current residence title</source>
        <translation>Şu anki oturma belgeniz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="138" />
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="139" />
        <source>Visa</source>
        <translation>Vize</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="140" />
        <source>Residence permit (Aufenthaltserlaubnis)</source>
        <translation>Oturma izni (Aufenthaltserlaubnis)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="141" />
        <source>Fictional certificate (Fiktionsbescheinigung)</source>
        <translation>Geçici izin belgesi (Fiktionsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="142" />
        <source>Toleration (Duldung)</source>
        <translation>Sınır dışı etmenin ertelenmesi (Duldung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="143" />
        <source>Permission to reside during the asylum procedure (Gestattung)</source>
        <translation>Sığınma başvurusu süresince kalış izni (Gestattung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="144" />
        <source>Your current title is valid until</source>
        <translation>Şu anki belgenizin son geçerlilik tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="145" />
        <source>Purpose your current residence permit was granted for</source>
        <translation>Mevcut oturma izninizin verildiği amaç</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="146" />
        <source>Leave empty if it is the same purpose as now. Another purpose can change the fee.</source>
        <translation>Şimdikiyle aynı amaçsa boş bırakın. Başka bir amaç harcı değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="147" />
        <source>If you have already handed in or sent the application: on which day?</source>
        <translation>Başvuruyu zaten teslim ettiyseniz veya gönderdiyseniz: hangi gün?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="148" />
        <source>How did you hand it in?</source>
        <translation>Nasıl teslim ettiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="149" />
        <source>Registered letter with return receipt (Einschreiben mit Rückschein)</source>
        <translation>İadeli taahhütlü mektup (Einschreiben mit Rückschein)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="150" />
        <source>Ordinary letter</source>
        <translation>Normal mektup</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="151" />
        <source>Into the office's letter box</source>
        <translation>Dairenin posta kutusuna</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="152" />
        <source>In person at the office</source>
        <translation>Dairede şahsen</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="153" />
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="154" />
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="155" />
        <source>The office's contact form</source>
        <translation>Dairenin iletişim formu</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="156" />
        <source>The office's online service</source>
        <translation>Dairenin çevrim içi hizmeti</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="157" />
        <source>Earlier stays in Germany</source>
        <translation>Almanya'da önceki kalışlar</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="158" />
        <source>Earlier stay</source>
        <translation>Önceki kalış</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="159" />
        <source>Add an earlier stay</source>
        <translation>Önceki bir kalış ekle</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="160" />
        <source>Remove this stay</source>
        <translation>Bu kalışı kaldır</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="161" />
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="162" />
        <source>Until</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="163" />
        <source>An earlier stay cannot end before it began.</source>
        <translation>Bir kalış, başlamadan önce bitmiş olamaz.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="164" />
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="165" />
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="166" />
        <source>Absence from Germany</source>
        <translation>Yurt dışında kalış</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="167" />
        <source>If you will be abroad for longer than six months, your permit may end unless the immigration office agrees in advance.</source>
        <translation>Altı aydan uzun süre yurt dışında kalacaksanız, Yabancılar Dairesi (Ausländerbehörde) önceden onay vermedikçe oturma izniniz sona erebilir.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="168" />
        <source>Planned absences</source>
        <translation>Planlanan yurt dışı kalışları</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="169" />
        <source>Absence</source>
        <translation>Yurt dışı kalışı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="170" />
        <source>Add an absence</source>
        <translation>Yurt dışı kalışı ekle</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="171" />
        <source>Remove this absence</source>
        <translation>Bu yurt dışı kalışını kaldır</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="172" />
        <source>An absence cannot end before it begins.</source>
        <translation>Bir yurt dışı kalışı, başlamadan önce bitemez.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="173" />
        <source>Destination</source>
        <translation>Gidilecek yer</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="174" />
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="175" />
        <source>Your studies</source>
        <translation>Öğreniminiz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="176" />
        <source>University</source>
        <translation>Üniversite</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="177" />
        <source>Address of the university</source>
        <translation>Üniversitenin adresi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="178" />
        <source>Street and house number</source>
        <translation>Sokak ve bina numarası</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="179" />
        <source>Kind of university</source>
        <translation>Üniversite türü</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="180" />
        <source>State university</source>
        <translation>Devlet üniversitesi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="181" />
        <source>State-recognised private university</source>
        <translation>Devletçe tanınan özel üniversite</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="182" />
        <source>Not state-recognised</source>
        <translation>Devletçe tanınmıyor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="183" />
        <source>Distance-learning university</source>
        <translation>Uzaktan öğretim üniversitesi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="184" />
        <source>I do not know</source>
        <translation>Bilmiyorum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="185" />
        <source>Form of study</source>
        <translation>Öğrenim biçimi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="186" />
        <source>Full-time</source>
        <translation>Tam zamanlı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="187" />
        <source>Part-time (admitted to a part-time programme)</source>
        <translation>Kısmi zamanlı (kısmi zamanlı bir programa kabul edildim)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="188" />
        <source>Evening classes</source>
        <translation>Akşam öğretimi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="189" />
        <source>Weekend classes</source>
        <translation>Hafta sonu öğretimi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="190" />
        <source>Distance learning</source>
        <translation>Uzaktan öğretim</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="191" />
        <source>Degree</source>
        <translation>Derece</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="192" />
        <source>Bachelor</source>
        <translation>Lisans (Bachelor)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="193" />
        <source>Master</source>
        <translation>Yüksek lisans (Master)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="194" />
        <source>Diploma</source>
        <translation>Diploma (Diplom)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="195" />
        <source>State examination</source>
        <translation>Devlet sınavı (Staatsexamen)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="196" />
        <source>Doctorate</source>
        <translation>Doktora</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="197" />
        <source>Another degree</source>
        <translation>Başka bir derece</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="198" />
        <source>Subject</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="199" />
        <source>Current semester</source>
        <translation>Şu anki yarıyıl</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="200" />
        <source>Start of studies</source>
        <translation>Öğrenime başlama tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="201" />
        <source>Average length of the course at your university</source>
        <translation>Üniversitenizde bu bölümün ortalama öğrenim süresi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="202" />
        <source>How many semesters students take on average for this course at your university (not the standard period). The International Office can tell you. Leave it empty if you do not know.</source>
        <translation>Üniversitenizde bu bölümdeki öğrencilerin ortalama kaç dönemde bitirdiği (normal öğrenim süresi Regelstudienzeit değil). Uluslararası Ofis (International Office) size söyleyebilir. Bilmiyorsanız boş bırakın.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="203" />
        <source>semesters</source>
        <translation>yarıyıl</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="204" />
        <source>Document from the university</source>
        <translation>Üniversiteden aldığınız belge</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="205" />
        <source>Letter of admission (Zulassungsbescheid)</source>
        <translation>Kabul mektubu (Zulassungsbescheid)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="206" />
        <source>Study place reservation (Studienplatzvormerkung)</source>
        <translation>Öğrenim yeri ön kaydı (Studienplatzvormerkung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="207" />
        <source>Confirmation of my application (Bewerberbestätigung)</source>
        <translation>Başvurumun onayı (Bewerberbestätigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="208" />
        <source>Certificate that my presence is required</source>
        <translation>Orada bulunmamın gerekli olduğunu gösteren belge</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="209" />
        <source>Certificate of enrolment (Immatrikulationsbescheinigung)</source>
        <translation>Öğrenci belgesi (Immatrikulationsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="210" />
        <source>None yet</source>
        <translation>Henüz yok</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="211" />
        <source>Do you have a university entrance qualification recognised in Germany?</source>
        <translation>Almanya'da tanınan bir yükseköğretime giriş yeterliliğiniz (Hochschulzugangsberechtigung) var mı?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="212" />
        <source>Do you have the language certificate your course requires?</source>
        <translation>Bölümünüzün istediği dil belgesine sahip misiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="213" />
        <source>Change of subject planned on</source>
        <translation>Planlanan bölüm değişikliği tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="214" />
        <source>Leave empty if you do not change your subject.</source>
        <translation>Bölüm değiştirmiyorsanız boş bırakın.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="215" />
        <source>New subject</source>
        <translation>Yeni bölüm</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="216" />
        <source>Does one of these apply to the change?</source>
        <translation>Bu değişiklik için aşağıdakilerden biri geçerli mi?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="217" />
        <source>None of these</source>
        <translation>Hiçbiri</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="218" />
        <source>The courses were identical until the change</source>
        <translation>İki bölüm, değişikliğe kadar aynıydı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="219" />
        <source>All my previous semesters are credited</source>
        <translation>Önceki tüm yarıyıllarım sayılıyor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="220" />
        <source>Most semesters are credited, and the university certifies it</source>
        <translation>Yarıyıllarımın çoğu sayılıyor ve üniversite bunu belgeliyor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="221" />
        <source>It is a bridging semester</source>
        <translation>Bu bir geçiş (köprü) yarıyılı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="222" />
        <source>Preparatory college</source>
        <translation>Hazırlık okulu (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="223" />
        <source>Name of the Studienkolleg</source>
        <translation>Hazırlık okulunun (Studienkolleg) adı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="224" />
        <source>Address of the Studienkolleg</source>
        <translation>Hazırlık okulunun (Studienkolleg) adresi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="225" />
        <source>Is it a state or state-recognised Studienkolleg?</source>
        <translation>Bu hazırlık okulu (Studienkolleg) devlete ait ya da devletçe tanınmış mı?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="226" />
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="227" />
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="228" />
        <source>First day of your first preparatory course in Germany</source>
        <translation>Almanya'daki ilk hazırlık programınızın ilk günü</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="229" />
        <source>Language school</source>
        <translation>Dil okulu</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="230" />
        <source>Address of the language school</source>
        <translation>Dil okulunun adresi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="231" />
        <source>Lessons a week</source>
        <translation>Haftalık ders saati</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="232" />
        <source>hours a week</source>
        <translation>saat / hafta</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="233" />
        <source>Please give the lessons a week as a number, for example 20.</source>
        <translation>Lütfen haftalık ders saatini sayı olarak girin, örneğin 20.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="234" />
        <source>Are there lessons every weekday?</source>
        <translation>Hafta içi her gün ders var mı?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="235" />
        <source>The course is held only in the evenings or at weekends</source>
        <translation>Kurs yalnızca akşamları veya hafta sonları yapılıyor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="236" />
        <source>Course starts on</source>
        <translation>Kursun başlangıç tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="237" />
        <source>Course ends on</source>
        <translation>Kursun bitiş tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="238" />
        <source>The course cannot end before it starts.</source>
        <translation>Kurs, başlamadan önce bitemez.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="239" />
        <source>The course prepares for</source>
        <translation>Kursun hazırladığı hedef</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="240" />
        <source>For example DSH, TestDaF or a university course.</source>
        <translation>Örneğin DSH, TestDaF veya bir üniversite bölümü.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="241" />
        <source>Looking for a study place</source>
        <translation>Öğrenim yeri arama</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="242" />
        <source>First day as a study applicant in Germany</source>
        <translation>Almanya'da üniversite adayı olarak ilk gününüz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="243" />
        <source>University you have applied to</source>
        <translation>Başvurduğunuz üniversite</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="244" />
        <source>Leave empty if you have not applied yet.</source>
        <translation>Henüz başvurmadıysanız boş bırakın.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="245" />
        <source>Leave empty if you have not attended one.</source>
        <translation>Hiç katılmadıysanız boş bırakın.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="246" />
        <source>Job search after graduating</source>
        <translation>Mezuniyet sonrası iş arama</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="247" />
        <source>Date of your final examination</source>
        <translation>Son sınavınızın tarihi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="248" />
        <source>Date of exmatriculation</source>
        <translation>Üniversite kaydınızın silindiği tarih (Exmatrikulation)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="249" />
        <source>What kind of job are you looking for?</source>
        <translation>Ne tür bir iş arıyorsunuz?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="250" />
        <source>Describe the purpose of your stay</source>
        <translation>Kalış amacınızı açıklayın</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="251" />
        <source>Host institution or employer</source>
        <translation>Sizi kabul eden kurum veya işveren</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="252" />
        <source>Its address</source>
        <translation>Adresi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="253" />
        <source>Intended employment</source>
        <translation>Planlanan çalışma</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="254" />
        <source>The work you do or will do in Germany, for example research assistant.</source>
        <translation>Almanya'da yaptığınız veya yapacağınız iş, örneğin araştırma görevlisi.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="256" />
        <source>Money and health insurance</source>
        <translation>Para ve sağlık sigortası</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="257" />
        <source>How you pay for your living costs in Germany, and how you are insured.</source>
        <translation>Almanya'daki geçim masraflarınızı nasıl karşıladığınız ve nasıl sigortalı olduğunuz.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="258" />
        <source>I have a blocked account (Sperrkonto)</source>
        <translation>Bloke hesabım (Sperrkonto) var</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="259" />
        <source>Monthly payout from the blocked account</source>
        <translation>Bloke hesaptan aylık ödeme</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="260" />
        <source>euro a month</source>
        <translation>euro / ay</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="261" />
        <source>I have a scholarship</source>
        <translation>Bursum var</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="262" />
        <source>The scholarship is from the DAAD</source>
        <translation>Burs DAAD'den</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="263" />
        <source>The scholarship is paid from German public funds</source>
        <translation>Burs, Alman kamu kaynaklarından ödeniyor</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="264" />
        <source>Someone has signed a formal obligation to pay for me (Verpflichtungserklärung)</source>
        <translation>Biri benim için masraf üstlenme taahhüdü (Verpflichtungserklärung) imzaladı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="265" />
        <source>My own income</source>
        <translation>Kendi gelirim</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="266" />
        <source>Other means</source>
        <translation>Başka kaynaklar</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="267" />
        <source>Health insurance</source>
        <translation>Sağlık sigortası</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="268" />
        <source>Statutory health insurance</source>
        <translation>Yasal sağlık sigortası</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="269" />
        <source>Private health insurance</source>
        <translation>Özel sağlık sigortası</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="270" />
        <source>Travel health insurance</source>
        <translation>Seyahat sağlık sigortası</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="271" />
        <source>Insurance company</source>
        <translation>Sigorta şirketi</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="272" />
        <source>Work</source>
        <translation>Çalışma</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="273" />
        <source>Work you do or plan to do next to your studies or course.</source>
        <translation>Öğreniminizin veya kursunuzun yanı sıra yaptığınız ya da yapmayı planladığınız işler.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="274" />
        <source>Full working days</source>
        <translation>Tam iş günleri</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="275" />
        <source>full days a year</source>
        <translation>tam gün / yıl</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="276" />
        <source>Half working days</source>
        <translation>Yarım iş günleri</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="277" />
        <source>half days a year</source>
        <translation>yarım gün / yıl</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="278" />
        <source>Regular job in the lecture period</source>
        <translation>Ders döneminde (Vorlesungszeit) düzenli iş</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="279" />
        <source>Not a student job at the university and not a required internship: those do not count.</source>
        <translation>Üniversitedeki öğrenci işi veya zorunlu staj değil: Bunlar sayılmaz.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="280" />
        <source>Spread over</source>
        <translation>Dağıldığı gün sayısı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="281" />
        <source>days a week</source>
        <translation>gün/hafta</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="282" />
        <source>Weeks in the lecture period</source>
        <translation>Ders dönemindeki hafta sayısı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="283" />
        <source>weeks a year</source>
        <translation>hafta/yıl</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="284" />
        <source>Regular job outside the lecture period</source>
        <translation>Ders dönemi dışında (tatilde) düzenli iş</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="285" />
        <source>Weeks outside the lecture period</source>
        <translation>Ders dönemi dışındaki hafta sayısı</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="286" />
        <source>I work as a student assistant at a university</source>
        <translation>Üniversitede öğrenci asistan olarak çalışıyorum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="287" />
        <source>I do an internship that my course requires</source>
        <translation>Bölümümün zorunlu tuttuğu bir staj yapıyorum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="288" />
        <source>I do a voluntary internship</source>
        <translation>Gönüllü bir staj yapıyorum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="289" />
        <source>Working days of the voluntary internship</source>
        <translation>Gönüllü stajın iş günleri</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="290" />
        <source>working days</source>
        <translation>iş günü</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="291" />
        <source>I am self-employed</source>
        <translation>Serbest çalışıyorum</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="305" />
        <source>This date cannot be right: the form takes dates from 1 January 1900 to 31 December 2199. Please check the year.</source>
        <translation>Bu tarih doğru olamaz: form 1 Ocak 1900 ile 31 Aralık 2199 arasındaki tarihleri kabul eder. Lütfen yılı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="306" />
        <source>This is longer than the form has room for: a name has at most 100 characters. Write it as in your passport.</source>
        <translation>Bu, formda yer olandan daha uzun: bir ad en fazla 100 karakterdir. Adı pasaportunuzdaki gibi yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="307" />
        <source>This is longer than the form has room for: at most 200 characters.</source>
        <translation>Bu, formda yer olandan daha uzun: en fazla 200 karakter.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="308" />
        <source>This is longer than the form and the packet have room for: at most 1000 characters. Please write it more briefly.</source>
        <translation>Bu, formda ve belge dosyasında yer olandan daha uzun: en fazla 1000 karakter. Lütfen daha kısa yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="255" />
        <source>Profession learned</source>
        <translation>Edindiğiniz meslek</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="292" />
        <source>Legal questions</source>
        <translation>Hukuki sorular</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="293" />
        <source>The form asks everyone these questions. Answer them truthfully; a yes does not by itself mean a refusal, and a wrong answer can have serious consequences.</source>
        <translation>Form bu soruları herkese sorar. Lütfen doğru yanıtlayın: “Evet” yanıtı tek başına ret anlamına gelmez, yanlış bir yanıt ise ciddi sonuçlar doğurabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="294" />
        <source>Have you been convicted of a criminal offence in Germany?</source>
        <translation>Almanya'da bir suçtan mahkûm oldunuz mu?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="295" />
        <source>What, when and where?</source>
        <translation>Ne, ne zaman ve nerede?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="296" />
        <source>Have you been convicted of a criminal offence in another country?</source>
        <translation>Başka bir ülkede bir suçtan mahkûm oldunuz mu?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="297" />
        <source>Have you ever been expelled or deported from Germany?</source>
        <translation>Hiç Almanya'dan çıkarılma kararı aldınız mı ya da sınır dışı edildiniz mi?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="298" />
        <source>When and why?</source>
        <translation>Ne zaman ve neden?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="299" />
        <source>Has Germany or another Schengen state ever refused you entry or a residence title?</source>
        <translation>Almanya veya başka bir Schengen ülkesi size hiç giriş ya da oturma izni vermeyi reddetti mi?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="300" />
        <source>When, where and why?</source>
        <translation>Ne zaman, nerede ve neden?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="301" />
        <source>Review</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="302" />
        <source>Everything the checks found. Select an entry to go to its page.</source>
        <translation>Kontrollerin bulduğu her şey. İlgili sayfaya gitmek için bir maddeyi seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="303" />
        <source>Your packet</source>
        <translation>Belge paketiniz</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="304" />
        <source>Look at the packet, then print it or save it as a PDF file.</source>
        <translation>Belge paketinize göz atın, sonra yazdırın ya da PDF dosyası olarak kaydedin.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ui/letters_panel.py" line="272" />
        <source>The letter cannot be written yet: %1</source>
        <translation>Mektup henüz yazılamıyor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="281" />
        <source>Save the letter</source>
        <translation>Mektubu kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="282" />
        <location filename="../../ui/letters_panel.py" line="309" />
        <source>letter.pdf</source>
        <translation>mektup.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="283" />
        <location filename="../../ui/letters_panel.py" line="392" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="287" />
        <source>Letter saved: %1. Print page 1, sign it and send it; the next page is the translation for you.</source>
        <translation>Mektup kaydedildi: %1. 1. sayfayı yazdırın, imzalayın ve gönderin; sonraki sayfa sizin için çeviridir.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="290" />
        <source>Your permit has expired: read the warning on the next page and see a counselling centre at once.</source>
        <translation>İzninizin süresi dolmuş: sonraki sayfadaki uyarıyı okuyun ve hemen bir danışma merkezine gidin.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="314" />
        <source>Save the e-mail</source>
        <translation>E-postayı kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="315" />
        <source>letter.eml</source>
        <translation>mektup.eml</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="316" />
        <source>E-mail files (*.eml)</source>
        <translation>E-posta dosyaları (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="320" />
        <source>E-mail saved: %1. Open it in your mail program, check it and send it to %2 yourself; the program sends nothing.</source>
        <translation>E-posta kaydedildi: %1. E-posta programınızda açın, kontrol edin ve %2 adresine kendiniz gönderin; program hiçbir şey göndermez.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="333" />
        <source>Add documents</source>
        <translation>Belge ekle</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="334" />
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Belgeler (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="355" />
        <source>(no item of the checklist)</source>
        <translation>(kontrol listesi maddesi değil)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="363" />
        <source>Checklist item of this document</source>
        <translation>Bu belgenin kontrol listesi maddesi</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="390" />
        <source>Save the documents as one PDF</source>
        <translation>Belgeleri tek PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="391" />
        <source>documents.pdf</source>
        <translation>belgeler.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="405" />
        <source>Joining the documents (%1)… You can go on working meanwhile.</source>
        <translation>Belgeler birleştiriliyor (%1)… Bu arada çalışmaya devam edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="434" />
        <source>The documents cannot be joined: %1</source>
        <translation>Belgeler birleştirilemiyor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="423" />
        <source>Saved: %1 (%2 pages). Checklist: %3 item(s) covered, %4 still missing.</source>
        <translation>Kaydedildi: %1 (%2 sayfa). Kontrol listesi: %3 madde mevcut, %4 madde eksik.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="293" />
        <source>The program knows no postal address of this office: find it on the office's website and write it by hand below the office's name on page 1.</source>
        <translation>Program bu dairenin posta adresini bilmiyor: adresi dairenin internet sitesinde bulun ve 1. sayfada dairenin adının altına elle yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="414" />
        <source>Cancelled: the documents were not joined and nothing was saved.</source>
        <translation>İptal edildi: Belgeler birleştirilmedi, hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="447" />
        <source>%1 is no longer where it was added (moved or deleted). Remove it from the list and add it again.</source>
        <translation>%1 eklendiği yerde artık yok (taşınmış ya da silinmiş). Listeden kaldırıp yeniden ekleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="449" />
        <source>%1 cannot be opened. Check that you may read it, or add a copy of it.</source>
        <translation>%1 açılamıyor. Bu dosyayı okuma izniniz olup olmadığını kontrol edin ya da bir kopyasını ekleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="451" />
        <source>%1 is not a PDF, JPEG or PNG file. Scan or save it as one of these and add it again.</source>
        <translation>%1 bir PDF, JPEG veya PNG dosyası değil. Bu biçimlerden birinde tarayın ya da kaydedin ve yeniden ekleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="453" />
        <source>%1 is too large for one document (more than %2 MB). Scan it again at a lower resolution.</source>
        <translation>%1 tek bir belge için çok büyük (%2 MB'tan fazla). Daha düşük çözünürlükte yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="455" />
        <source>%1 is protected by a password. Save a copy without the password and add that.</source>
        <translation>%1 bir parolayla korunuyor. Parolasız bir kopyasını kaydedip onu ekleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="457" />
        <source>%1 is damaged and cannot be read. Scan or save it again.</source>
        <translation>%1 bozuk ve okunamıyor. Yeniden tarayın ya da kaydedin.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="458" />
        <source>together the documents would make %2 MB, more than the %3 MB set above. The largest: %4. Scan the largest again at a lower resolution, send it separately, or allow more MB.</source>
        <translation>belgeler birlikte %2 MB olurdu; bu, yukarıda ayarlanan %3 MB'tan fazla. En büyükleri: %4. En büyüklerini daha düşük çözünürlükte yeniden tarayın, ayrı gönderin ya da daha fazla MB'a izin verin.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="484" />
        <location filename="../../ui/letters_panel.py" line="499" />
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="542" />
        <source>Letters and documents</source>
        <translation>Mektuplar ve belgeler</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="543" />
        <source>Letter to the office:</source>
        <translation>Daireye mektup:</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="545" />
        <source>Apply in writing to extend the permit (before it expires)</source>
        <translation>Uzatmayı yazılı olarak başvur (süre dolmadan)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="546" />
        <source>Ask for an appointment</source>
        <translation>Randevu iste</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="547" />
        <source>Permit already expired: ask the office to let it continue</source>
        <translation>İznin süresi doldu: geçerliliğinin devamını iste</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="548" />
        <source>Report a new address</source>
        <translation>Yeni adresi bildir</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="556" />
        <source>Kind of letter</source>
        <translation>Mektup türü</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="557" />
        <source>Write letter…</source>
        <translation>Mektup yaz…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="558" />
        <source>As e-mail…</source>
        <translation>E-posta olarak…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="559" />
        <source>Writes the letter as an e-mail with the PDF attached, for you to send from your mail program</source>
        <translation>Mektubu, e-posta programınızdan göndermeniz için PDF ekli bir e-posta olarak yazar</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="562" />
        <source>Scanned documents (PDF, JPEG, PNG) for one PDF to hand in or send: say for each which item of the checklist it is. The files stay where they are.</source>
        <translation>Taranmış belgeler (PDF, JPEG, PNG), teslim etmek veya göndermek için tek bir PDF'de: her birinin kontrol listesinin hangi maddesine ait olduğunu belirtin. Dosyalar bulundukları yerde kalır.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>For</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="565" />
        <source>Documents for the bundle</source>
        <translation>PDF için belgeler</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="566" />
        <source>Add documents…</source>
        <translation>Belge ekle…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="567" />
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="568" />
        <source>At most (MB):</source>
        <translation>En fazla (MB):</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="569" />
        <source>Save as one PDF…</source>
        <translation>Tek PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="570" />
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="571" />
        <source>Stop joining the documents; nothing is saved.</source>
        <translation>Belgeleri birleştirmeyi durdur; hiçbir şey kaydedilmez.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="407" />
        <source>Please answer: %1</source>
        <translation>Lütfen yanıtlayın: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="419" />
        <source>The page you left has a problem. It stays listed in the review; the packet to hand in waits until it is solved.</source>
        <translation>Az önce ayrıldığınız sayfada bir sorun var. Sorun kontrol sayfasında listelenmeye devam eder; teslim edilecek belgeler sorun çözülene kadar bekler.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="565" />
        <source>This page has a problem to solve.</source>
        <translation>Bu sayfada giderilmesi gereken bir sorun var.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="625" />
        <source>Residence permit assistant</source>
        <translation>Oturma izni yardımcısı</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="626" />
        <source>Step %1 of %2: %3 – Residence permit assistant</source>
        <translation>Adım %1 / %2: %3 – Oturma izni yardımcısı</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="635" />
        <source>Residence permit assistant – Saxony</source>
        <translation>Oturma izni yardımcısı – Saksonya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="636" />
        <source>Shared PC: nothing is kept</source>
        <translation>Ortak bilgisayar: hiçbir şey saklanmaz</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="637" />
        <source>Personal mode: draft kept on this PC</source>
        <translation>Kişisel mod: taslak bu bilgisayarda saklanır</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="639" />
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="640" />
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="641" />
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="642" />
        <source>&lt; Back</source>
        <translation>&lt; Geri</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="643" />
        <source>Next &gt;</source>
        <translation>İleri &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="644" />
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="645" />
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="646" />
        <source>The previous page (Alt+Left)</source>
        <translation>Önceki sayfa (Alt+Sol)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="647" />
        <source>The next page (Alt+Right, or Enter in the last field)</source>
        <translation>Sonraki sayfa (Alt+Sağ veya son alanda Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="649" />
        <location filename="../../ui/window.py" line="660" />
        <source>Save case file…</source>
        <translation>Başvuru dosyasını kaydet…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="650" />
        <source>Keep your answers in a file protected with a passphrase, to continue later (Ctrl+S).</source>
        <translation>Yanıtlarınızı daha sonra devam etmek için parolayla korunan bir dosyada saklayın (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="658" />
        <source>&amp;Case</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="659" />
        <source>Open a case file…</source>
        <translation>Başvuru dosyası aç…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="707" />
        <source>Unexpected error</source>
        <translation>Beklenmeyen hata</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="708" />
        <source>The program met an unexpected error. Your answers are still in the window; please save a case file if you can and restart the program.</source>
        <translation>Programda beklenmeyen bir hata oluştu. Cevaplarınız hâlâ pencerede; mümkünse başvuru dosyasını kaydedin ve programı yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="724" />
        <source>The settings file of this computer (%1) cannot be used. The program therefore runs in shared mode, the safe choice: nothing you enter is kept on this computer unless you save a case file, and after %2 minutes without use everything entered is erased. Forms of the counselling centre are not offered.</source>
        <translation>Bu bilgisayarın ayar dosyası (%1) kullanılamıyor. Bu yüzden program, güvenli seçenek olan ortak bilgisayar modunda çalışıyor: Bir başvuru dosyasını kendiniz kaydetmedikçe girdiğiniz hiçbir şey bu bilgisayarda saklanmaz ve %2 dakika kullanılmadığında girilen her şey silinir. Danışma merkezinin formları sunulmaz.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="731" />
        <source>Please tell whoever looks after this computer; the details say what is wrong in the file.</source>
        <translation>Lütfen bu bilgisayardan sorumlu kişiye haber verin; ayrıntılarda dosyada neyin yanlış olduğu yazıyor.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="739" />
        <source>Settings cannot be used</source>
        <translation>Ayarlar kullanılamıyor</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="762" />
        <source>Nobody has used the program for a while. In %1 seconds everything entered is erased. Press any key to continue.</source>
        <translation>Program bir süredir kullanılmıyor. %1 saniye sonra girilen her şey silinecek. Devam etmek için herhangi bir tuşa basın.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="809" />
        <source>Erase</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="814" />
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="821" />
        <source>Finish erases everything you entered in this program: every answer, the packet and its preview. It cannot be undone.</source>
        <translation>Bitir, bu programa girdiğiniz her şeyi siler: her cevabı, belge paketini ve önizlemesini. Bu geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="824" />
        <source>The draft kept on this computer is deleted too.</source>
        <translation>Bu bilgisayarda saklanan taslak da silinir.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="825" />
        <source>Save the packet and, if you want, a case file first.</source>
        <translation>Önce belge paketini ve isterseniz başvuru dosyasını kaydedin.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="829" />
        <source>Finish and erase everything?</source>
        <translation>Bitirip her şey silinsin mi?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="661" />
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="706" />
        <source>Please write a number, for example 20.</source>
        <translation>Lütfen bir sayı yazın, örneğin 20.</translation>
    </message>
</context>
<context>
    <name>PacketPage</name>
    <message>
        <location filename="../../ui/packet_page.py" line="241" />
        <source>Making your packet…</source>
        <translation>Belge paketiniz hazırlanıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="257" />
        <source>Not ready to hand in: %1 problem(s) to solve first (see the review). This is a copy to discuss with a counsellor: the checklist, the points to discuss and the deadlines, without the application form.</source>
        <translation>Teslime hazır değil: önce çözülmesi gereken sorun sayısı: %1 (kontrol sayfasına bakın). Bu, bir danışmanla görüşmek için bir kopyadır: belge listesi, görüşülecek konular ve son tarihler; başvuru formu olmadan.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="264" />
        <source>Still missing: %1.</source>
        <translation>Hâlâ eksik: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="268" />
        <source>According to your answers you need no residence permit, so this packet holds no application form: it says why and what to do instead.</source>
        <translation>Yanıtlarınıza göre oturum iznine ihtiyacınız yok; bu nedenle bu belgelerde başvuru formu yoktur: nedenini ve bunun yerine ne yapmanız gerektiğini açıklarlar.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="284" />
        <source>The copy for counselling has %1 pages.</source>
        <translation>Danışma kopyası %1 sayfadır.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="287" />
        <source>Your packet has %1 pages. Check it, then print it or save it.</source>
        <translation>Belge paketiniz %1 sayfa. Kontrol edin, sonra yazdırın ya da kaydedin.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="295" />
        <source>The packet could not be made: %1</source>
        <translation>Belge paketi hazırlanamadı: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packet_page.py" line="335" />
        <source>The packet was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Belge paketi yazıcıya gönderildi (%n sayfa).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="376" />
        <source>Preview of the packet</source>
        <translation>Belge paketinin önizlemesi</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="281" />
        <source>packet.pdf</source>
        <translation>belge-paketi.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>Save the deadlines for a calendar</source>
        <translation>Son tarihleri takvim için kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>deadlines.ics</source>
        <translation>son-tarihler.ics</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="350" />
        <source>Calendar files (*.ics)</source>
        <translation>Takvim dosyaları (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="367" />
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="332" />
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="377" />
        <source>Save deadlines for a calendar…</source>
        <translation>Son tarihleri takvim için kaydet…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="378" />
        <source>Save case file…</source>
        <translation>Başvuru dosyasını kaydet…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="379" />
        <source>Go to the review</source>
        <translation>Kontrol sayfasına git</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="380" />
        <source>Application form:</source>
        <translation>Başvuru formu:</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="381" />
        <source>Application form in the packet</source>
        <translation>Belge paketindeki başvuru formu</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="385" />
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="387" />
        <source>Ends the session: everything you entered is erased from the program.</source>
        <translation>Oturumu sonlandırır: girdiğiniz her şey programdan silinir.</translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <location filename="../../ui/packet_view.py" line="107" />
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="108" />
        <source>&amp;Save PDF…</source>
        <translation>PDF'yi &amp;kaydet…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="109" />
        <source>Fit width</source>
        <translation>Genişliğe sığdır</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="110" />
        <source>Show the pages as wide as the preview (Ctrl+0)</source>
        <translation>Sayfaları önizleme genişliğinde göster (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="111" />
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="112" />
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Uzaklaştır (Ctrl+eksi)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="113" />
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="114" />
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Yakınlaştır (Ctrl+artı)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="179" />
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="196" />
        <source>Print the packet</source>
        <translation>Belge paketini yazdır</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="209" />
        <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
        <translation>Yazıcı başlatılamadı. Açık ve bağlı olup olmadığını kontrol edin ya da başka bir yazıcı seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="238" />
        <source>Save the packet as PDF</source>
        <translation>Belge paketini PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="240" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="255" />
        <source>Not saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="72" />
        <source>Choose a passphrase of at least %1 characters; a few words you can remember work well. Keep it safe: it cannot be recovered, and without it nobody can open the file.</source>
        <translation>En az %1 karakterlik bir parola seçin; hatırlayabileceğiniz birkaç kelime iyi olur. Onu güvenli saklayın: kurtarılamaz ve o olmadan dosyayı kimse açamaz.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="75" />
        <location filename="../../ui/passphrase.py" line="78" />
        <source>Passphrase:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="77" />
        <source>This case file is protected with a passphrase.</source>
        <translation>Bu başvuru dosyası bir parolayla korunuyor.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="79" />
        <source>The same passphrase again:</source>
        <translation>Aynı parola tekrar:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase.py" line="108" />
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>%n karakter daha gerekli.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="114" />
        <source>Now type the same passphrase again below.</source>
        <translation>Şimdi aynı parolayı aşağıya tekrar yazın.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="115" />
        <source>The two entries are not the same yet.</source>
        <translation>İki giriş henüz aynı değil.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="116" />
        <source>Both entries are the same: the passphrase can be used.</source>
        <translation>İki giriş aynı: parola kullanılabilir.</translation>
    </message>
</context>
<context>
    <name>PickInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="822" />
        <source>– please choose –</source>
        <translation>– lütfen seçin –</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="825" />
        <source>Other (type it)</source>
        <translation>Diğer (kendiniz yazın)</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="828" />
        <source>Your answer:</source>
        <translation>Cevabınız:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="829" />
        <source>Type your answer</source>
        <translation>Cevabınızı yazın</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="832" />
        <source>%1: other answer</source>
        <translation>%1: başka bir cevap</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../../ui/platform_check.py" line="54" />
        <source>The window cannot open: this computer lacks system libraries that the window needs (%1). Install them, then start the program again:</source>
        <translation>Pencere açılamıyor: bu bilgisayarda pencerenin ihtiyaç duyduğu sistem kütüphaneleri eksik (%1). Bunları kurun, ardından programı yeniden başlatın:</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="58" />
        <source>The window cannot open: there is no screen to show it on (the DISPLAY variable is not set). Start the program from a desktop session.</source>
        <translation>Pencere açılamıyor: gösterilebileceği bir ekran yok (DISPLAY değişkeni ayarlı değil). Programı bir masaüstü oturumunda başlatın.</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="62" />
        <source>The commands without a window work as they are: python main.py --help</source>
        <translation>Pencere gerektirmeyen komutlar olduğu gibi çalışır: python main.py --help</translation>
    </message>
</context>
<context>
    <name>ProblemItem</name>
    <message>
        <location filename="../../ui/inputs.py" line="138" />
        <source>Problem:</source>
        <translation>Sorun:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="139" />
        <source>Warning:</source>
        <translation>Uyarı:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="140" />
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="151" />
        <location filename="../../ui/inputs.py" line="176" />
        <source>Why?</source>
        <translation>Neden?</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="152" />
        <source>Why? %1</source>
        <translation>Neden? %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="173" />
        <source>Source:</source>
        <translation>Kaynak:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="295" />
        <source>According to your answers you need no residence permit. The packet explains why and what to do instead.</source>
        <translation>Yanıtlarınıza göre oturum iznine ihtiyacınız yok. Belgeler nedenini ve bunun yerine ne yapmanız gerektiğini açıklar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="298" />
        <source>Ready to hand in: nothing stops the application and every essential answer is given.</source>
        <translation>Teslime hazır: başvurunun önünde bir engel yok ve tüm temel bilgiler verildi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="301" />
        <source>Not ready to hand in: %1 problem(s) to solve first. You can still print a copy to discuss with a counsellor.</source>
        <translation>Teslime hazır değil: önce çözülmesi gereken sorun sayısı: %1. Yine de bir danışmanla görüşmek için bir kopya yazdırabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="306" />
        <source>Problems that stop the application</source>
        <translation>Başvuruyu engelleyen sorunlar</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307" />
        <source>Warnings to discuss</source>
        <translation>Görüşülmesi gereken uyarılar</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="308" />
        <source>Good to know</source>
        <translation>Bilmekte fayda var</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="320" />
        <source>Without these answers the packet is not complete</source>
        <translation>Bu bilgiler olmadan belgeler eksik kalır</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="329" />
        <source>Still missing for the form</source>
        <translation>Form için hâlâ eksik</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="341" />
        <source>The checks found nothing to point out.</source>
        <translation>Kontrollerde dikkat çekilecek bir şey bulunmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="207" />
        <source>Go to: %1</source>
        <translation>Sayfaya git: %1</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../ui/errors.py" line="27" />
        <source>This is a file the program works from (the case file you opened, the saved draft, a document you added or a form): saving there would destroy it. Choose another name or folder.</source>
        <translation>Bu, programın üzerinde çalıştığı bir dosya (açtığınız başvuru dosyası, kaydedilmiş taslak, eklediğiniz bir belge ya da bir form): oraya kaydetmek onu yok eder. Başka bir ad veya klasör seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>This name is a folder or a device, not a file. Choose a file name.</source>
        <translation>Bu ad bir klasör ya da aygıt, dosya değil. Bir dosya adı seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34" />
        <source>The passphrase does not fit this case file. Check capital letters and the keyboard language, then try again.</source>
        <translation>Parola bu başvuru dosyasına uymuyor. Büyük harfleri ve klavye dilini kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37" />
        <source>This case file is damaged or was changed after it was saved, so it cannot be opened. Open another copy of it if you have one.</source>
        <translation>Bu dosya kaydı hasarlı ya da kaydedildikten sonra değiştirilmiş, bu yüzden açılamıyor. Varsa başka bir kopyasını açın.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40" />
        <source>This case file was saved by a newer version of the program. Please update the program to open it.</source>
        <translation>Bu dosya kaydı programın daha yeni bir sürümüyle kaydedilmiş. Açmak için lütfen programı güncelleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43" />
        <source>This file is not a case file of this program. Choose a file that the program saved (ending in .permitcase or .json).</source>
        <translation>Bu dosya bu programın bir dosya kaydı değil. Programın kaydettiği bir dosya seçin (.permitcase veya .json uzantılı).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>This passphrase cannot be used. It needs at least %1 characters, and both entries must be the same.</source>
        <translation>Bu parola kullanılamaz. En az %1 karakter olmalı ve iki giriş aynı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>This case file cannot be read: it is missing, cannot be opened or its content is not complete. Choose another file.</source>
        <translation>Bu dosya kaydı okunamıyor: dosya yok, açılamıyor ya da içeriği eksik. Başka bir dosya seçin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>The file could not be saved there. Choose another folder, or check that the disk or USB stick has room and is not write-protected.</source>
        <translation>Dosya oraya kaydedilemedi. Başka bir klasör seçin ya da diskte veya USB bellekte yer olduğunu ve yazmaya karşı korumalı olmadığını kontrol edin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <source>The chosen application form cannot be filled. Choose the program's own form on this page, or ask the counselling centre.</source>
        <translation>Seçilen başvuru formu doldurulamıyor. Bu sayfada programın kendi formunu seçin ya da danışma merkezine sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>The program does not know the rules for this date. Please check the dates you entered, or ask the immigration office.</source>
        <translation>Program bu tarih için geçerli kuralları bilmiyor. Lütfen girdiğiniz tarihleri kontrol edin ya da yabancılar dairesine sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>A data file of the program cannot be used. Please install the program again, or ask whoever set up this computer.</source>
        <translation>Programın bir veri dosyası kullanılamıyor. Lütfen programı yeniden kurun ya da bu bilgisayarı kuran kişiye sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Something unexpected went wrong. Your answers are still in the window; please save a case file and try again.</source>
        <translation>Beklenmeyen bir sorun oluştu. Yanıtlarınız hâlâ pencerede; lütfen bir dosya kaydı kaydedip yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="197" />
        <source>Residence permit assistant for Saxony</source>
        <translation>Saksonya için oturma izni yardımcısı</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="203" />
        <source>This program helps you apply for a residence permit in Saxony, extend it, report a new address or keep your permit during a longer absence. It asks only the questions that matter for you, checks your answers as you type and says why, and at the end prints one packet: the filled application form, a list of the documents to bring, the expected fees, your deadlines and the immigration office responsible for you.</source>
        <translation>Bu program, Saksonya'da oturma iznine başvurmanıza, iznini uzatmanıza, yeni adresinizi bildirmenize ya da uzun süre yurt dışındayken izninizi korumanıza yardımcı olur. Yalnızca sizin için önemli olan soruları sorar, yanıtlarınızı siz yazarken kontrol eder ve nedenini açıklar. Sonunda tek bir belge paketi yazdırır: doldurulmuş başvuru formu, yanınızda getirmeniz gereken belgelerin listesi, beklenen harçlar, son tarihleriniz ve sizden sorumlu Yabancılar Dairesi (Ausländerbehörde).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="208" />
        <source>It works offline.</source>
        <translation>İnternet bağlantısı olmadan çalışır.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="209" />
        <source>Nothing you enter is sent anywhere; the program does not use the internet.</source>
        <translation>Girdiğiniz hiçbir bilgi bir yere gönderilmez; program internet kullanmaz.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="212" />
        <source>This computer is shared (for example in a counselling centre). Nothing you enter is stored on it unless you save a case file yourself. When you press Finish, close the program or leave it unused for a while, everything you entered is erased and the program starts again for the next person.</source>
        <translation>Bu bilgisayar ortak kullanılıyor (örneğin bir danışma merkezinde). Kendiniz bir başvuru dosyası kaydetmedikçe girdiğiniz hiçbir şey bu bilgisayarda saklanmaz. “Bitir” düğmesine bastığınızda, programı kapattığınızda ya da bir süre kullanmadığınızda girdiğiniz her şey silinir ve program bir sonraki kişi için yeniden başlar.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="218" />
        <source>Your answers are kept on this computer only, as a draft in your user folder, so that you can continue later. You can save them as a case file protected with a passphrase. Finish erases the draft and everything you entered.</source>
        <translation>Yanıtlarınız, daha sonra devam edebilmeniz için yalnızca bu bilgisayarda, kullanıcı klasörünüzde bir taslak olarak saklanır. Yanıtlarınızı parolayla korunan bir başvuru dosyası olarak da kaydedebilirsiniz. “Bitir” taslağı ve girdiğiniz her şeyi siler.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="221" />
        <source>What happens to your data:</source>
        <translation>Verilerinize ne olur:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="223" />
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="224" />
        <source>Open a case file…</source>
        <translation>Başvuru dosyası aç…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="226" />
        <source>An unfinished application was found on this computer. Do you want to continue it?</source>
        <translation>Bu bilgisayarda yarım kalmış bir başvuru bulundu. Devam etmek ister misiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="227" />
        <source>Continue the draft</source>
        <translation>Taslağa devam et</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="228" />
        <source>Delete the draft</source>
        <translation>Taslağı sil</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="888" />
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="889" />
        <source>No</source>
        <translation>Hayır</translation>
    </message>
</context>
</TS>