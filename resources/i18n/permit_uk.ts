<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AuthorityBox</name>
    <message>
        <location filename="../../ui/pages.py" line="98" />
        <source>Your immigration office</source>
        <translation>Ваше відомство у справах іноземців</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="105" />
        <source>The sources differ: check before you go.</source>
        <translation>Джерела розходяться: перевірте, перш ніж іти.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="126" />
        <source>The program cannot name the immigration office for this place yet: see the note at the place. Check the spelling, or enter the postcode.</source>
        <translation>Програма поки не може назвати відомство у справах іноземців для цього населеного пункту: дивіться примітку біля поля населеного пункту. Перевірте написання або введіть поштовий індекс.</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../ui/casefiles.py" line="37" />
        <source>The draft could not be saved.</source>
        <translation>Не вдалося зберегти чернетку.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="53" />
        <source>The draft cannot be opened</source>
        <translation>Не вдається відкрити чернетку</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="66" />
        <source>Delete the draft</source>
        <translation>Видалити чернетку</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="67" />
        <source>Delete the unfinished application from this computer? This cannot be undone.</source>
        <translation>Видалити незавершену заяву з цього комп'ютера? Це не можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="92" />
        <source>Passphrase (at least 8 characters; keep it safe, it cannot be recovered):</source>
        <translation>Пароль (щонайменше 8 символів; зберігайте його надійно — відновити його неможливо):</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="94" />
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="99" />
        <source>The same passphrase again:</source>
        <translation>Повторіть пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="105" />
        <source>The two passphrases differ. Please try again.</source>
        <translation>Паролі не збігаються. Будь ласка, спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="120" />
        <location filename="../../ui/casefiles.py" line="124" />
        <source>Save case file</source>
        <translation>Зберегти файл справи</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="120" />
        <source>application.permitcase</source>
        <translation>zaiava.permitcase</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="121" />
        <source>Encrypted case files (*.permitcase)</source>
        <translation>Зашифровані файли справи (*.permitcase)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="130" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="134" />
        <source>The case file is saved.</source>
        <translation>Файл справи збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="144" />
        <location filename="../../ui/casefiles.py" line="149" />
        <source>Open case file</source>
        <translation>Відкрити файл справи</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="144" />
        <source>Case files (*.permitcase *.json)</source>
        <translation>Файли справи (*.permitcase *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="153" />
        <source>The case file cannot be opened</source>
        <translation>Не вдається відкрити файл справи</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../ui/countries.py" line="26" />
        <source>Kosovo</source>
        <translation>Косово</translation>
    </message>
    <message>
        <location filename="../../ui/countries.py" line="27" />
        <source>Stateless</source>
        <translation>Без громадянства</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../ui/country_input.py" line="238" />
        <source>There is no country of this name. Check the spelling or choose one from the list.</source>
        <translation>Країни з такою назвою немає. Перевірте написання або виберіть країну зі списку.</translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="243" />
        <source>; </source>
        <comment>between the names of countries</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="244" />
        <source>This fits several countries: %1. Please choose one from the list.</source>
        <translation>Це підходить до кількох країн: %1. Будь ласка, виберіть одну зі списку.</translation>
    </message>
</context>
<context>
    <name>CountryInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="468" />
        <source>Type to search</source>
        <translation>Почніть вводити для пошуку</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="376" />
        <source>Choose the date in a calendar</source>
        <translation>Вибрати дату в календарі</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="378" />
        <source>%1: choose the date in a calendar</source>
        <translation>%1: вибрати дату в календарі</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="384" />
        <source>DD</source>
        <translation>ДД</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="384" />
        <source>MM</source>
        <translation>ММ</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="385" />
        <source>YYYY</source>
        <translation>РРРР</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="404" />
        <source>This date cannot be read. Please write it like %1 or choose it in the calendar.</source>
        <translation>Цю дату неможливо прочитати. Будь ласка, напишіть її так: %1 — або виберіть у календарі.</translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="592" />
        <source>– please choose –</source>
        <translation>– виберіть –</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="268" />
        <source>Latin letters, as in the machine-readable lines of the passport.</source>
        <translation>Латинськими літерами, як у машинозчитуваних рядках паспорта.</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../../ui/interview_strings.py" line="8" />
        <source>Welcome</source>
        <translation>Вітаємо</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="9" />
        <source>What do you want to do?</source>
        <translation>Що ви хочете зробити?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="10" />
        <source>Choose what you want to apply for and why you are in Germany. The next pages ask only what matters for your choice.</source>
        <translation>Виберіть, що саме ви хочете оформити і з якою метою ви перебуваєте в Німеччині. На наступних сторінках будуть лише ті запитання, які важливі для вашого вибору.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="11" />
        <source>Apply for my first residence permit in Germany</source>
        <translation>Оформити перший дозвіл на проживання в Німеччині</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="12" />
        <source>Extend my residence permit</source>
        <translation>Продовжити дозвіл на проживання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="13" />
        <source>Report a change of my address</source>
        <translation>Повідомити про зміну адреси</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="14" />
        <source>Keep my permit during a longer absence from Germany</source>
        <translation>Зберегти дозвіл під час тривалої відсутності в Німеччині</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="15" />
        <source>Purpose of your stay</source>
        <translation>Мета перебування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="16" />
        <source>Study at a university</source>
        <translation>Навчання в університеті</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="17" />
        <source>Preparatory college (Studienkolleg)</source>
        <translation>Підготовчий коледж (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="18" />
        <source>Language course</source>
        <translation>Мовний курс</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="19" />
        <source>Looking for a study place (study applicant)</source>
        <translation>Пошук місця навчання (кандидат на навчання)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="20" />
        <source>Looking for a job after graduating in Germany</source>
        <translation>Пошук роботи після закінчення навчання в Німеччині</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="21" />
        <source>Doctorate (PhD)</source>
        <translation>Докторантура (PhD)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="22" />
        <source>Dual study programme</source>
        <translation>Дуальне навчання (навчання + робота)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="23" />
        <source>Research</source>
        <translation>Наукова робота</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="24" />
        <source>Another purpose</source>
        <translation>Інша мета</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="25" />
        <source>For how long do you apply?</source>
        <translation>На який строк ви подаєте заяву?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="26" />
        <source>Leave empty if you do not know; the authority decides.</source>
        <translation>Залиште порожнім, якщо не знаєте: строк визначить відомство.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="27" />
        <source>months</source>
        <translation>місяців</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="28" />
        <source>Nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="29" />
        <source>Your nationality decides whether you need a residence permit at all.</source>
        <translation>Від вашого громадянства залежить, чи потрібен вам дозвіл на проживання взагалі.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="30" />
        <source>Type to search the list.</source>
        <translation>Почніть вводити, щоб знайти у списку.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="31" />
        <source>Second nationality (if any)</source>
        <translation>Друге громадянство (якщо є)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="32" />
        <source>Former nationality (if any)</source>
        <translation>Попереднє громадянство (якщо було)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="33" />
        <source>Only if you had another nationality before.</source>
        <translation>Лише якщо раніше у вас було інше громадянство.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="34" />
        <source>Another former nationality</source>
        <translation>Ще одне попереднє громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="35" />
        <source>About you</source>
        <translation>Про вас</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="36" />
        <source>Write your names exactly as in your passport.</source>
        <translation>Напишіть прізвище та ім’я точно так, як у паспорті.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="37" />
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="38" />
        <source>Birth name</source>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="39" />
        <source>Only if it differs from your family name.</source>
        <translation>Лише якщо воно відрізняється від теперішнього прізвища.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="40" />
        <source>First names</source>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="41" />
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="42" />
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="43" />
        <source>Country of birth</source>
        <translation>Країна народження</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="44" />
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="45" />
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="46" />
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="47" />
        <source>diverse</source>
        <translation>інша (divers)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="48" />
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="49" />
        <source>Height</source>
        <translation>Зріст</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="50" />
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="51" />
        <source>Please give your height in centimetres, for example 172.</source>
        <translation>Будь ласка, вкажіть зріст у сантиметрах, наприклад 172.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="52" />
        <source>Eye colour</source>
        <translation>Колір очей</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="53" />
        <source>Marital status</source>
        <translation>Сімейний стан</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="54" />
        <source>single</source>
        <translation>неодружений / незаміжня</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="55" />
        <source>married</source>
        <translation>одружений / заміжня</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="56" />
        <source>in a registered civil partnership</source>
        <translation>у зареєстрованому партнерстві</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="57" />
        <source>separated</source>
        <translation>живемо окремо (шлюб не розірвано)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="58" />
        <source>divorced</source>
        <translation>розлучений / розлучена</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="59" />
        <source>widowed</source>
        <translation>вдівець / вдова</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="60" />
        <source>Since</source>
        <translation>З якого часу</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="61" />
        <source>E-mail address</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="62" />
        <source>This e-mail address is not complete, for example name@example.org.</source>
        <translation>Адреса електронної пошти неповна. Правильний вигляд, наприклад: name@example.org.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="63" />
        <source>Phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="64" />
        <source>With the country code, for example +49 351 1234567.</source>
        <translation>З кодом країни, наприклад +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="65" />
        <source>This phone number cannot be read. Write it with the country code, for example +49 351 1234567.</source>
        <translation>Цей номер телефону неможливо прочитати. Напишіть його з кодом країни, наприклад +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="66" />
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="67" />
        <source>Take your passport and copy the data from the page with your photo.</source>
        <translation>Візьміть паспорт і перепишіть дані зі сторінки з вашою фотографією.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="68" />
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="69" />
        <source>National passport</source>
        <translation>Національний паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="70" />
        <source>Travel document for refugees</source>
        <translation>Проїзний документ для біженців</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="71" />
        <source>Travel document for stateless persons</source>
        <translation>Проїзний документ для осіб без громадянства</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="72" />
        <source>Passport substitute</source>
        <translation>Документ, що замінює паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="73" />
        <source>Child's passport</source>
        <translation>Дитячий паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="74" />
        <source>Another document</source>
        <translation>Інший документ</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="75" />
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="76" />
        <source>A passport number has only the letters A to Z and digits, at most 20.</source>
        <translation>Номер паспорта складається лише з латинських літер від A до Z і цифр, не більше 20 знаків.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="77" />
        <source>Issued on</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="78" />
        <source>Issued by</source>
        <translation>Ким виданий</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="79" />
        <source>Valid until</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="80" />
        <source>The passport must be valid until a day after its date of issue. Please check both dates.</source>
        <translation>Строк дії паспорта має закінчуватися пізніше за дату видачі. Будь ласка, перевірте обидві дати.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="81" />
        <source>Address in Saxony</source>
        <translation>Адреса в Саксонії</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="82" />
        <source>Where you live decides which immigration office (Ausländerbehörde) is responsible for you.</source>
        <translation>Від місця проживання залежить, яке відомство у справах іноземців (Ausländerbehörde) відповідає за вас.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="83" />
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="84" />
        <source>House number</source>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="85" />
        <source>Address addition</source>
        <translation>Доповнення до адреси</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="86" />
        <source>For example c/o, flat number or hall of residence.</source>
        <translation>Наприклад, c/o, номер квартири або гуртожиток.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="87" />
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="88" />
        <source>A German postcode has exactly five digits, for example 09599.</source>
        <translation>Німецький поштовий індекс має рівно п’ять цифр, наприклад 09599.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="89" />
        <source>Town or municipality</source>
        <translation>Місто або громада</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="90" />
        <source>Moved in on</source>
        <translation>Дата заселення</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="91" />
        <source>Registered at the residents' office on</source>
        <translation>Дата реєстрації місця проживання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="92" />
        <source>The date on your registration certificate (Meldebescheinigung).</source>
        <translation>Дата з вашої довідки про реєстрацію місця проживання (Meldebescheinigung).</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="93" />
        <source>Family</source>
        <translation>Сім’я</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="94" />
        <source>The form asks for your spouse, your children and your parents, also if they live abroad.</source>
        <translation>Анкета запитує про вашого чоловіка чи дружину, дітей і батьків — навіть якщо вони живуть за кордоном.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="95" />
        <source>Spouse: family name</source>
        <translation>Чоловік / дружина: прізвище</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="96" />
        <source>Spouse: birth name</source>
        <translation>Чоловік / дружина: прізвище при народженні</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="97" />
        <source>Only if it differs from the family name.</source>
        <translation>Лише якщо воно відрізняється від теперішнього прізвища.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="98" />
        <source>Spouse: first names</source>
        <translation>Чоловік / дружина: ім’я (імена)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="99" />
        <source>Spouse: sex</source>
        <translation>Чоловік / дружина: стать</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="100" />
        <source>Spouse: date of birth</source>
        <translation>Чоловік / дружина: дата народження</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="101" />
        <source>Spouse: place of birth</source>
        <translation>Чоловік / дружина: місце народження</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="102" />
        <source>Spouse: nationality</source>
        <translation>Чоловік / дружина: громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="103" />
        <source>Spouse: second nationality</source>
        <translation>Чоловік / дружина: друге громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="104" />
        <source>Does your spouse live in Germany?</source>
        <translation>Ваш чоловік / ваша дружина живе в Німеччині?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="105" />
        <source>Spouse: address</source>
        <translation>Чоловік / дружина: адреса</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="106" />
        <source>Also if it is the same as yours.</source>
        <translation>Навіть якщо вона така сама, як ваша.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="107" />
        <source>My spouse also applies with this application</source>
        <translation>Чоловік / дружина подається разом із цією заявою</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="108" />
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="109" />
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="110" />
        <source>Add a child</source>
        <translation>Додати дитину</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="111" />
        <source>Remove this child</source>
        <translation>Видалити запис про дитину</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="112" />
        <source>Lives in Germany</source>
        <translation>Живе в Німеччині</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="113" />
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="114" />
        <source>Also applies with this application</source>
        <translation>Подається разом із цією заявою</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="115" />
        <source>Father: family name</source>
        <translation>Батько: прізвище</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="116" />
        <source>Father: birth name</source>
        <translation>Батько: прізвище при народженні</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="117" />
        <source>Father: first names</source>
        <translation>Батько: ім’я (імена)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="118" />
        <source>Father: date of birth</source>
        <translation>Батько: дата народження</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="119" />
        <source>Father: place of birth</source>
        <translation>Батько: місце народження</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="120" />
        <source>Father: nationality</source>
        <translation>Батько: громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="121" />
        <source>Father: second nationality</source>
        <translation>Батько: друге громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="122" />
        <source>Father: address</source>
        <translation>Батько: адреса</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="123" />
        <source>Mother: family name</source>
        <translation>Мати: прізвище</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="124" />
        <source>Mother: birth name</source>
        <translation>Мати: прізвище при народженні</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="125" />
        <source>Mother: first names</source>
        <translation>Мати: ім’я (імена)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="126" />
        <source>Mother: date of birth</source>
        <translation>Мати: дата народження</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="127" />
        <source>Mother: place of birth</source>
        <translation>Мати: місце народження</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="128" />
        <source>Mother: nationality</source>
        <translation>Мати: громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="129" />
        <source>Mother: second nationality</source>
        <translation>Мати: друге громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="130" />
        <source>Mother: address</source>
        <translation>Мати: адреса</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="131" />
        <source>Do both parents (or your guardians) agree to your stay?</source>
        <translation>Чи згодні обоє батьків (або ваші опікуни) з вашим перебуванням?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="132" />
        <source>Entry and previous stays</source>
        <translation>В’їзд і попередні перебування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="133" />
        <source>When you came to Germany, and the residence title you hold now.</source>
        <translation>Коли ви приїхали до Німеччини і який документ на право перебування маєте зараз.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="134" />
        <source>Date of entry into Germany</source>
        <translation>Дата в’їзду до Німеччини</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="135" />
        <source>Entered from</source>
        <translation>Країна, з якої ви в’їхали</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="136" />
        <source>Did you enter with a visa?</source>
        <translation>Ви в’їхали з візою?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="137" />
        <source>Your current residence title</source>
        <translation>Ваш теперішній документ на право перебування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="138" />
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="139" />
        <source>Visa</source>
        <translation>Віза</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="140" />
        <source>Residence permit (Aufenthaltserlaubnis)</source>
        <translation>Дозвіл на проживання (Aufenthaltserlaubnis)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="141" />
        <source>Fictional certificate (Fiktionsbescheinigung)</source>
        <translation>Тимчасова довідка (Fiktionsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="142" />
        <source>Toleration (Duldung)</source>
        <translation>Тимчасове зупинення депортації (Duldung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="143" />
        <source>Permission to reside during the asylum procedure (Gestattung)</source>
        <translation>Дозвіл на перебування на час процедури надання притулку (Gestattung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="144" />
        <source>Your current title is valid until</source>
        <translation>Ваш теперішній документ дійсний до</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="145" />
        <source>Earlier stays in Germany</source>
        <translation>Попередні перебування в Німеччині</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="146" />
        <source>Earlier stay</source>
        <translation>Попереднє перебування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="147" />
        <source>Add an earlier stay</source>
        <translation>Додати попереднє перебування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="148" />
        <source>Remove this stay</source>
        <translation>Видалити це перебування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="149" />
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="150" />
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="151" />
        <source>An earlier stay cannot end before it began.</source>
        <translation>Попереднє перебування не може закінчитися раніше, ніж почалося.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="152" />
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="153" />
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="154" />
        <source>Absence from Germany</source>
        <translation>Відсутність у Німеччині</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="155" />
        <source>If you will be abroad for longer than six months, your permit may end unless the immigration office agrees in advance.</source>
        <translation>Якщо ви будете за кордоном довше шести місяців, ваш дозвіл може втратити чинність, якщо відомство у справах іноземців (Ausländerbehörde) не погодить це заздалегідь.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="156" />
        <source>Planned absences</source>
        <translation>Заплановані періоди відсутності</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="157" />
        <source>Absence</source>
        <translation>Період відсутності</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="158" />
        <source>Add an absence</source>
        <translation>Додати період відсутності</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="159" />
        <source>Remove this absence</source>
        <translation>Видалити цей період</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="160" />
        <source>An absence cannot end before it begins.</source>
        <translation>Період відсутності не може закінчитися раніше, ніж почнеться.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="161" />
        <source>Destination</source>
        <translation>Країна призначення</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="162" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="163" />
        <source>Your studies</source>
        <translation>Ваше навчання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="164" />
        <source>University</source>
        <translation>Університет</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="165" />
        <source>Address of the university</source>
        <translation>Адреса університету</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="166" />
        <source>Street and house number</source>
        <translation>Вулиця і номер будинку</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="167" />
        <source>Kind of university</source>
        <translation>Тип університету</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="168" />
        <source>State university</source>
        <translation>Державний університет</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="169" />
        <source>State-recognised private university</source>
        <translation>Приватний університет, визнаний державою</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="170" />
        <source>Not state-recognised</source>
        <translation>Не визнаний державою</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="171" />
        <source>Distance-learning university</source>
        <translation>Університет дистанційного навчання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="172" />
        <source>I do not know</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="173" />
        <source>Form of study</source>
        <translation>Форма навчання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="174" />
        <source>Full-time</source>
        <translation>Денна</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="175" />
        <source>Evening classes</source>
        <translation>Вечірня</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="176" />
        <source>Weekend classes</source>
        <translation>Заняття у вихідні</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="177" />
        <source>Distance learning</source>
        <translation>Дистанційна</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="178" />
        <source>Degree</source>
        <translation>Ступінь</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="179" />
        <source>Bachelor</source>
        <translation>Бакалавр</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="180" />
        <source>Master</source>
        <translation>Магістр</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="181" />
        <source>Diploma</source>
        <translation>Диплом (Diplom)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="182" />
        <source>State examination</source>
        <translation>Державний іспит (Staatsexamen)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="183" />
        <source>Doctorate</source>
        <translation>Докторський ступінь</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="184" />
        <source>Another degree</source>
        <translation>Інший ступінь</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="185" />
        <source>Subject</source>
        <translation>Спеціальність</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="186" />
        <source>Current semester</source>
        <translation>Поточний семестр</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="187" />
        <source>Start of studies</source>
        <translation>Початок навчання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="188" />
        <source>Average length of the course at your university</source>
        <translation>Середня тривалість навчання за цією програмою у вашому університеті</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="189" />
        <source>How many semesters students take on average for this course at your university (not the standard period). The International Office can tell you. Leave it empty if you do not know.</source>
        <translation>Скільки семестрів у середньому навчаються студенти цієї програми у вашому університеті (не нормативний строк навчання, Regelstudienzeit). Це може підказати міжнародний відділ (International Office). Залиште поле порожнім, якщо не знаєте.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="190" />
        <source>semesters</source>
        <translation>семестрів</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="191" />
        <source>Document from the university</source>
        <translation>Документ від університету</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="192" />
        <source>Letter of admission (Zulassungsbescheid)</source>
        <translation>Лист про зарахування (Zulassungsbescheid)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="193" />
        <source>Study place reservation (Studienplatzvormerkung)</source>
        <translation>Попереднє бронювання місця навчання (Studienplatzvormerkung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="194" />
        <source>Confirmation of my application (Bewerberbestätigung)</source>
        <translation>Підтвердження моєї заявки на навчання (Bewerberbestätigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="195" />
        <source>Certificate that my presence is required</source>
        <translation>Довідка, що моя присутність обов’язкова</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="196" />
        <source>Certificate of enrolment (Immatrikulationsbescheinigung)</source>
        <translation>Довідка про навчання (Immatrikulationsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="197" />
        <source>None yet</source>
        <translation>Поки що немає</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="198" />
        <source>Do you have a university entrance qualification recognised in Germany?</source>
        <translation>Чи є у вас визнаний у Німеччині документ, що дає право на вступ до університету?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="199" />
        <source>Do you have the language certificate your course requires?</source>
        <translation>Чи є у вас мовний сертифікат, потрібний для вашої програми навчання?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="200" />
        <source>Change of subject planned on</source>
        <translation>Планована дата зміни спеціальності</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="201" />
        <source>Leave empty if you do not change your subject.</source>
        <translation>Залиште порожнім, якщо ви не змінюєте спеціальність.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="202" />
        <source>New subject</source>
        <translation>Нова спеціальність</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="203" />
        <source>Does one of these apply to the change?</source>
        <translation>Чи стосується вашої зміни щось із переліченого?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="204" />
        <source>None of these</source>
        <translation>Нічого з переліченого</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="205" />
        <source>The courses were identical until the change</source>
        <translation>Програми навчання були однаковими до моменту зміни</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="206" />
        <source>All my previous semesters are credited</source>
        <translation>Усі мої попередні семестри зараховано</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="207" />
        <source>Most semesters are credited, and the university certifies it</source>
        <translation>Більшість семестрів зараховано, і університет це підтверджує</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="208" />
        <source>It is a bridging semester</source>
        <translation>Це перехідний семестр</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="209" />
        <source>Preparatory college</source>
        <translation>Підготовчий коледж</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="210" />
        <source>Name of the Studienkolleg</source>
        <translation>Назва підготовчого коледжу (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="211" />
        <source>Address of the Studienkolleg</source>
        <translation>Адреса підготовчого коледжу (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="212" />
        <source>Is it a state or state-recognised Studienkolleg?</source>
        <translation>Це державний чи визнаний державою підготовчий коледж (Studienkolleg)?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="213" />
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="214" />
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="215" />
        <source>First day of your first preparatory course in Germany</source>
        <translation>Перший день вашого першого підготовчого курсу в Німеччині</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="216" />
        <source>Language school</source>
        <translation>Мовна школа</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="217" />
        <source>Address of the language school</source>
        <translation>Адреса мовної школи</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="218" />
        <source>Lessons a week</source>
        <translation>Годин занять на тиждень</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="219" />
        <source>hours a week</source>
        <translation>год на тиждень</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="220" />
        <source>Please give the lessons a week as a number, for example 20.</source>
        <translation>Будь ласка, вкажіть кількість годин занять на тиждень числом, наприклад 20.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="221" />
        <source>Are there lessons every weekday?</source>
        <translation>Чи є заняття в кожен робочий день?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="222" />
        <source>The course is held only in the evenings or at weekends</source>
        <translation>Курс проходить лише ввечері або у вихідні</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="223" />
        <source>Course starts on</source>
        <translation>Початок курсу</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="224" />
        <source>Course ends on</source>
        <translation>Кінець курсу</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="225" />
        <source>The course cannot end before it starts.</source>
        <translation>Курс не може закінчитися раніше, ніж почнеться.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="226" />
        <source>The course prepares for</source>
        <translation>Курс готує до</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="227" />
        <source>For example DSH, TestDaF or a university course.</source>
        <translation>Наприклад, до DSH, TestDaF або до навчання в університеті.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="228" />
        <source>Looking for a study place</source>
        <translation>Пошук місця навчання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="229" />
        <source>First day as a study applicant in Germany</source>
        <translation>Перший день у статусі кандидата на навчання в Німеччині</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="230" />
        <source>University you have applied to</source>
        <translation>Університет, до якого ви подали заяву</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="231" />
        <source>Leave empty if you have not applied yet.</source>
        <translation>Залиште порожнім, якщо ви ще не подавали заяву.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="232" />
        <source>Leave empty if you have not attended one.</source>
        <translation>Залиште порожнім, якщо ви не відвідували такого курсу.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="233" />
        <source>Job search after graduating</source>
        <translation>Пошук роботи після навчання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="234" />
        <source>Date of your final examination</source>
        <translation>Дата випускного іспиту</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="235" />
        <source>Date of exmatriculation</source>
        <translation>Дата відрахування (Exmatrikulation)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="236" />
        <source>What kind of job are you looking for?</source>
        <translation>Яку роботу ви шукаєте?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="237" />
        <source>Describe the purpose of your stay</source>
        <translation>Опишіть мету вашого перебування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="238" />
        <source>Host institution or employer</source>
        <translation>Приймальна установа або роботодавець</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="239" />
        <source>Its address</source>
        <translation>Адреса установи чи роботодавця</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="240" />
        <source>Intended employment</source>
        <translation>Запланована трудова діяльність</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="241" />
        <source>The work you do or will do in Germany, for example research assistant.</source>
        <translation>Робота, яку ви виконуєте або виконуватимете в Німеччині, наприклад науковий співробітник.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="243" />
        <source>Money and health insurance</source>
        <translation>Гроші та медичне страхування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="244" />
        <source>How you pay for your living costs in Germany, and how you are insured.</source>
        <translation>З яких коштів ви живете в Німеччині і як ви застраховані.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="245" />
        <source>I have a blocked account (Sperrkonto)</source>
        <translation>У мене є блокований рахунок (Sperrkonto)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="246" />
        <source>Monthly payout from the blocked account</source>
        <translation>Щомісячна виплата з блокованого рахунку</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="247" />
        <source>euro a month</source>
        <translation>євро на місяць</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="248" />
        <source>I have a scholarship</source>
        <translation>У мене є стипендія</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="249" />
        <source>The scholarship is from the DAAD</source>
        <translation>Стипендія від DAAD</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="250" />
        <source>The scholarship is paid from German public funds</source>
        <translation>Стипендію виплачують із державних коштів Німеччини</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="251" />
        <source>Someone has signed a formal obligation to pay for me (Verpflichtungserklärung)</source>
        <translation>Хтось підписав офіційне зобов’язання оплачувати мої витрати (Verpflichtungserklärung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="252" />
        <source>My own income</source>
        <translation>Мій власний дохід</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="253" />
        <source>Other means</source>
        <translation>Інші кошти</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="254" />
        <source>Health insurance</source>
        <translation>Медичне страхування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="255" />
        <source>Statutory health insurance</source>
        <translation>Державне медичне страхування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="256" />
        <source>Private health insurance</source>
        <translation>Приватне медичне страхування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="257" />
        <source>Travel health insurance</source>
        <translation>Туристичне медичне страхування</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="258" />
        <source>Insurance company</source>
        <translation>Страхова компанія</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="259" />
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="260" />
        <source>Work you do or plan to do next to your studies or course.</source>
        <translation>Робота, яку ви виконуєте або плануєте поряд із навчанням чи курсом.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="261" />
        <source>Full working days</source>
        <translation>Повні робочі дні</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="262" />
        <source>full days a year</source>
        <translation>повних днів на рік</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="263" />
        <source>Half working days</source>
        <translation>Половини робочого дня</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="264" />
        <source>half days a year</source>
        <translation>половин дня на рік</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="265" />
        <source>Regular job in the lecture period</source>
        <translation>Постійна робота під час семестру (Vorlesungszeit)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="266" />
        <source>Not a student job at the university and not a required internship: those do not count.</source>
        <translation>Не студентський підробіток в університеті й не обов'язкова практика: вони не зараховуються.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="267" />
        <source>Spread over</source>
        <translation>Розподілено на</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="268" />
        <source>days a week</source>
        <translation>днів на тиждень</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="269" />
        <source>Weeks in the lecture period</source>
        <translation>Тижнів під час семестру</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="270" />
        <source>weeks a year</source>
        <translation>тижнів на рік</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="271" />
        <source>Regular job outside the lecture period</source>
        <translation>Постійна робота поза семестром (на канікулах)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="272" />
        <source>Weeks outside the lecture period</source>
        <translation>Тижнів поза семестром</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="273" />
        <source>I work as a student assistant at a university</source>
        <translation>Я працюю студентським помічником в університеті (Hilfskraft)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="274" />
        <source>I do an internship that my course requires</source>
        <translation>Я проходжу практику, обов’язкову для моєї програми навчання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="275" />
        <source>I do a voluntary internship</source>
        <translation>Я проходжу добровільну практику</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="276" />
        <source>Working days of the voluntary internship</source>
        <translation>Робочі дні добровільної практики</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="277" />
        <source>working days</source>
        <translation>робочих днів</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="278" />
        <source>I am self-employed</source>
        <translation>Я працюю на себе (самозайнятість)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="292" />
        <source>This date cannot be right: the form takes dates from 1 January 1900 to 31 December 2199. Please check the year.</source>
        <translation>Ця дата не може бути правильною: формуляр приймає дати від 1 січня 1900 до 31 грудня 2199 року. Будь ласка, перевірте рік.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="293" />
        <source>This is longer than the form has room for: a name has at most 100 characters. Write it as in your passport.</source>
        <translation>Це довше, ніж є місця у формулярі: ім'я має щонайбільше 100 знаків. Напишіть його так, як у паспорті.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="294" />
        <source>This is longer than the form has room for: at most 200 characters.</source>
        <translation>Це довше, ніж є місця у формулярі: щонайбільше 200 знаків.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="295" />
        <source>This is longer than the form and the packet have room for: at most 1000 characters. Please write it more briefly.</source>
        <translation>Це довше, ніж є місця у формулярі та пакеті документів: щонайбільше 1000 знаків. Будь ласка, напишіть коротше.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="242" />
        <source>Profession learned</source>
        <translation>Здобута професія</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="279" />
        <source>Legal questions</source>
        <translation>Юридичні питання</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="280" />
        <source>The form asks everyone these questions. Answer them truthfully; a yes does not by itself mean a refusal, and a wrong answer can have serious consequences.</source>
        <translation>Ці запитання анкета ставить усім. Відповідайте правдиво: відповідь «так» сама по собі не означає відмову, а неправдива відповідь може мати серйозні наслідки.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="281" />
        <source>Have you been convicted of a criminal offence in Germany?</source>
        <translation>Чи були ви засуджені за кримінальне правопорушення в Німеччині?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="282" />
        <source>What, when and where?</source>
        <translation>Що, коли і де?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="283" />
        <source>Have you been convicted of a criminal offence in another country?</source>
        <translation>Чи були ви засуджені за кримінальне правопорушення в іншій країні?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="284" />
        <source>Have you ever been expelled or deported from Germany?</source>
        <translation>Чи вас коли-небудь висилали або депортували з Німеччини?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="285" />
        <source>When and why?</source>
        <translation>Коли і чому?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="286" />
        <source>Has Germany or another Schengen state ever refused you entry or a residence title?</source>
        <translation>Чи відмовляла вам коли-небудь Німеччина або інша Шенгенська країна у в’їзді чи в дозволі на перебування?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="287" />
        <source>When, where and why?</source>
        <translation>Коли, де і чому?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="288" />
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="289" />
        <source>Everything the checks found. Select an entry to go to its page.</source>
        <translation>Усе, що знайшла перевірка. Виберіть запис, щоб перейти на його сторінку.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="290" />
        <source>Your packet</source>
        <translation>Ваш пакет документів</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="291" />
        <source>Look at the packet, then print it or save it as a PDF file.</source>
        <translation>Перегляньте пакет документів, а потім роздрукуйте його або збережіть як PDF-файл.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="392" />
        <source>Please answer: %1</source>
        <translation>Будь ласка, дайте відповідь: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="404" />
        <source>The page you left has a problem. It stays listed in the review; the packet to hand in waits until it is solved.</source>
        <translation>На сторінці, яку ви щойно залишили, є проблема. Вона залишається в огляді; документи для подання будуть готові, щойно її буде вирішено.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="485" />
        <source>This page has a problem to solve.</source>
        <translation>На цій сторінці є проблема, яку треба виправити.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="539" />
        <source>Residence permit assistant</source>
        <translation>Помічник з дозволу на проживання</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="540" />
        <source>Residence permit assistant – Saxony</source>
        <translation>Помічник з дозволу на проживання – Саксонія</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="541" />
        <source>Shared PC: nothing is kept</source>
        <translation>Спільний ПК: нічого не зберігається</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="542" />
        <source>Personal mode: draft kept on this PC</source>
        <translation>Особистий режим: чернетка зберігається на цьому ПК</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="544" />
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="545" />
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="546" />
        <source>Steps</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="547" />
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="548" />
        <source>Next &gt;</source>
        <translation>Далі &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="549" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="550" />
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="551" />
        <location filename="../../ui/window.py" line="556" />
        <source>Save case file…</source>
        <translation>Зберегти файл справи…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="552" />
        <source>Keep your answers in a file protected with a passphrase, to continue later (Ctrl+S).</source>
        <translation>Зберегти ваші відповіді у файлі, захищеному паролем, щоб продовжити пізніше (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="554" />
        <source>&amp;Case</source>
        <translation>&amp;Справа</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="555" />
        <source>Open a case file…</source>
        <translation>Відкрити файл справи…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="597" />
        <source>Unexpected error</source>
        <translation>Неочікувана помилка</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="598" />
        <source>The program met an unexpected error. Your answers are still in the window; please save a case file if you can and restart the program.</source>
        <translation>У програмі сталася неочікувана помилка. Ваші відповіді ще у вікні; якщо можете, збережіть файл справи та перезапустіть програму.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="618" />
        <source>Nobody has used the program for a while. In %1 seconds everything entered is erased. Press any key to continue.</source>
        <translation>Програмою деякий час ніхто не користувався. Через %1 с усе введене буде стерто. Натисніть будь-яку клавішу, щоб продовжити.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="557" />
        <location filename="../../ui/window.py" line="640" />
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="641" />
        <source>Finish and erase everything you entered from this program? Save the packet and, if you want, a case file first.</source>
        <translation>Завершити роботу й стерти з програми все, що ви ввели? Спершу збережіть пакет документів і, якщо бажаєте, файл справи.</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="563" />
        <source>Please write a number, for example 20.</source>
        <translation>Будь ласка, напишіть число, наприклад 20.</translation>
    </message>
</context>
<context>
    <name>PacketPage</name>
    <message>
        <location filename="../../ui/packet_page.py" line="221" />
        <source>Making your packet…</source>
        <translation>Створюємо ваш пакет документів…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="230" />
        <source>Not ready to hand in: %1 problem(s) to solve first (see the review). This is a copy to discuss with a counsellor: the checklist, the points to discuss and the deadlines, without the application form.</source>
        <translation>Не готово до подання: спершу треба вирішити питань: %1 (див. огляд). Це копія для обговорення з консультантом: список документів, питання для обговорення і строки, без форми заяви.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="237" />
        <source>Still missing: %1.</source>
        <translation>Ще бракує: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="241" />
        <source>According to your answers you need no residence permit, so this packet holds no application form: it says why and what to do instead.</source>
        <translation>За вашими відповідями вам не потрібен дозвіл на проживання, тому в цих документах немає форми заяви: вони пояснюють чому і що зробити натомість.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="257" />
        <source>The copy for counselling has %1 pages.</source>
        <translation>Копія для консультації має сторінок: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="260" />
        <source>Your packet has %1 pages. Check it, then print it or save it.</source>
        <translation>Сторінок у вашому пакеті документів: %1. Перевірте його, а потім роздрукуйте або збережіть.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="267" />
        <source>The packet could not be made: %1</source>
        <translation>Не вдалося створити пакет документів: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packet_page.py" line="303" />
        <source>The packet was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Пакет документів надіслано на друк (%n сторінка).</numerusform>
            <numerusform>Пакет документів надіслано на друк (%n сторінки).</numerusform>
            <numerusform>Пакет документів надіслано на друк (%n сторінок).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="338" />
        <source>Preview of the packet</source>
        <translation>Попередній перегляд пакета документів</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="254" />
        <source>packet.pdf</source>
        <translation>dokumenty.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="317" />
        <source>Save the deadlines for a calendar</source>
        <translation>Зберегти строки для календаря</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="317" />
        <source>deadlines.ics</source>
        <translation>stroky.ics</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="318" />
        <source>Calendar files (*.ics)</source>
        <translation>Файли календаря (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="329" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="300" />
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="339" />
        <source>Save deadlines for a calendar…</source>
        <translation>Зберегти строки для календаря…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="340" />
        <source>Save case file…</source>
        <translation>Зберегти файл справи…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="341" />
        <source>Go to the review</source>
        <translation>Перейти до огляду</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="342" />
        <source>Application form:</source>
        <translation>Формуляр заяви:</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="343" />
        <source>Application form in the packet</source>
        <translation>Формуляр заяви в пакеті документів</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="347" />
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>Ends the session: everything you entered is erased from the program.</source>
        <translation>Завершує сеанс: усе, що ви ввели, буде стерто з програми.</translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <location filename="../../ui/packet_view.py" line="79" />
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="80" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Зберегти PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packet_view.py" line="116" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="129" />
        <source>Print the packet</source>
        <translation>Роздрукувати пакет документів</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="142" />
        <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
        <translation>Не вдалося запустити друк. Перевірте, чи принтер увімкнений і підключений, або виберіть інший принтер.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="171" />
        <source>Save the packet as PDF</source>
        <translation>Зберегти пакет документів як PDF</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="173" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="183" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
<context>
    <name>ProblemItem</name>
    <message>
        <location filename="../../ui/inputs.py" line="128" />
        <source>Problem:</source>
        <translation>Проблема:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="129" />
        <source>Warning:</source>
        <translation>Попередження:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="130" />
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="136" />
        <location filename="../../ui/inputs.py" line="161" />
        <source>Why?</source>
        <translation>Чому?</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="137" />
        <source>Why? %1</source>
        <translation>Чому? %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="158" />
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="231" />
        <source>According to your answers you need no residence permit. The packet explains why and what to do instead.</source>
        <translation>За вашими відповідями вам не потрібен дозвіл на проживання. Документи пояснюють чому і що зробити натомість.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="234" />
        <source>Ready to hand in: nothing stops the application and every essential answer is given.</source>
        <translation>Готово до подання: ніщо не перешкоджає заяві, і всі основні відповіді надано.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="237" />
        <source>Not ready to hand in: %1 problem(s) to solve first. You can still print a copy to discuss with a counsellor.</source>
        <translation>Не готово до подання: спершу треба вирішити питань: %1. Ви все одно можете надрукувати копію для обговорення з консультантом.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="242" />
        <source>Problems that stop the application</source>
        <translation>Проблеми, через які заяву не можна подати</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="243" />
        <source>Warnings to discuss</source>
        <translation>Попередження, які варто обговорити</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="244" />
        <source>Good to know</source>
        <translation>Корисно знати</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="255" />
        <source>Without these answers the packet is not complete</source>
        <translation>Без цих відповідей документи неповні</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="263" />
        <source>Still missing for the form</source>
        <translation>Для форми ще бракує</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="274" />
        <source>The checks found nothing to point out.</source>
        <translation>Перевірка не знайшла нічого, на що варто звернути увагу.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="196" />
        <source>Go to: %1</source>
        <translation>Перейти до: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="150" />
        <source>Residence permit assistant for Saxony</source>
        <translation>Помічник з дозволу на проживання в Саксонії</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="156" />
        <source>This program helps you apply for a residence permit in Saxony, extend it, report a new address or keep your permit during a longer absence. It asks only the questions that matter for you, checks your answers as you type and says why, and at the end prints one packet: the filled application form, a list of the documents to bring, the expected fees, your deadlines and the immigration office responsible for you.</source>
        <translation>Ця програма допоможе вам оформити дозвіл на проживання в Саксонії, продовжити його, повідомити про нову адресу або зберегти дозвіл під час тривалої відсутності. Вона ставить лише ті запитання, які стосуються саме вас, перевіряє відповіді вже під час введення й пояснює чому, а наприкінці друкує один пакет документів: заповнену форму заяви, список документів, які треба взяти з собою, очікувані збори, ваші строки та відомство у справах іноземців (Ausländerbehörde), яке відповідає за вас.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="161" />
        <source>It works offline.</source>
        <translation>Програма працює без інтернету.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="162" />
        <source>Nothing you enter is sent anywhere; the program does not use the internet.</source>
        <translation>Нічого з того, що ви вводите, нікуди не надсилається: програма не використовує інтернет.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="165" />
        <source>This computer is shared (for example in a counselling centre). Nothing you enter is stored on it unless you save a case file yourself. When you press Finish, close the program or leave it unused for a while, everything you entered is erased and the program starts again for the next person.</source>
        <translation>Цим комп’ютером користуються різні люди (наприклад, у консультаційному центрі). Нічого з того, що ви вводите, на ньому не зберігається, якщо ви самі не збережете файл справи. Коли ви натиснете «Завершити», закриєте програму або не користуватиметеся нею деякий час, усе введене буде стерто, і програма почне роботу заново для наступної людини.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="171" />
        <source>Your answers are kept on this computer only, as a draft in your user folder, so that you can continue later. You can save them as a case file protected with a passphrase. Finish erases the draft and everything you entered.</source>
        <translation>Ваші відповіді зберігаються лише на цьому комп’ютері — як чернетка у вашій папці користувача, щоб ви могли продовжити пізніше. Ви можете зберегти їх як файл справи, захищений паролем. Кнопка «Завершити» стирає чернетку і все, що ви ввели.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="174" />
        <source>What happens to your data:</source>
        <translation>Що відбувається з вашими даними:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="176" />
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="177" />
        <source>Open a case file…</source>
        <translation>Відкрити файл справи…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="179" />
        <source>An unfinished application was found on this computer. Do you want to continue it?</source>
        <translation>На цьому комп’ютері знайдено незавершену заяву. Бажаєте продовжити її?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="180" />
        <source>Continue the draft</source>
        <translation>Продовжити чернетку</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="181" />
        <source>Delete the draft</source>
        <translation>Видалити чернетку</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="630" />
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="631" />
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
</TS>