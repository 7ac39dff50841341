<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AuthorityBox</name>
    <message>
        <location filename="../../ui/pages.py" line="106" />
        <source>Your immigration office</source>
        <translation>Ваше ведомство по делам иностранцев</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="113" />
        <source>The sources differ: check before you go.</source>
        <translation>Источники расходятся: проверьте, прежде чем идти.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="134" />
        <source>The program cannot name the immigration office for this place yet: see the note at the place. Check the spelling, or enter the postcode.</source>
        <translation>Программа пока не может назвать ведомство по делам иностранцев для этого населённого пункта: см. примечание у поля населённого пункта. Проверьте написание или введите почтовый индекс.</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../ui/casefiles.py" line="59" />
        <source>The draft could not be saved.</source>
        <translation>Не удалось сохранить черновик.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="75" />
        <source>The draft cannot be opened</source>
        <translation>Не удаётся открыть черновик</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="88" />
        <source>Delete the draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="89" />
        <source>Delete the unfinished application from this computer? This cannot be undone.</source>
        <translation>Удалить незаконченное заявление с этого компьютера? Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="129" />
        <location filename="../../ui/casefiles.py" line="133" />
        <source>Save case file</source>
        <translation>Сохранить файл дела</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="133" />
        <source>application.permitcase</source>
        <translation>zayavlenie.permitcase</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="134" />
        <source>Encrypted case files (*.permitcase)</source>
        <translation>Зашифрованные файлы дела (*.permitcase)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="146" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="150" />
        <source>The case file is saved.</source>
        <translation>Файл дела сохранён.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <location filename="../../ui/casefiles.py" line="165" />
        <source>Open case file</source>
        <translation>Открыть файл дела</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <source>Case files (*.permitcase *.json)</source>
        <translation>Файлы дела (*.permitcase *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="171" />
        <source>The case file cannot be opened</source>
        <translation>Не удаётся открыть файл дела</translation>
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
        <translation>Без гражданства</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../ui/country_input.py" line="119" />
        <source>No country</source>
        <translation>Нет страны</translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="240" />
        <source>There is no country of this name. Check the spelling or choose one from the list.</source>
        <translation>Страны с таким названием нет. Проверьте написание или выберите страну из списка.</translation>
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
        <translation>Это подходит к нескольким странам: %1. Пожалуйста, выберите одну из списка.</translation>
    </message>
</context>
<context>
    <name>CountryInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="599" />
        <source>Type to search</source>
        <translation>Начните вводить для поиска</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="500" />
        <source>Choose the date in a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="502" />
        <source>%1: choose the date in a calendar</source>
        <translation>%1: выбрать дату в календаре</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="508" />
        <source>Format: %1</source>
        <translation>Формат: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>DD</source>
        <translation>ДД</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>MM</source>
        <translation>ММ</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="513" />
        <source>YYYY</source>
        <translation>ГГГГ</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="532" />
        <source>This date cannot be read. Please write it like %1 or choose it in the calendar.</source>
        <translation>Эту дату невозможно прочитать. Пожалуйста, напишите её так: %1 — или выберите в календаре.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../ui/date_picker.py" line="58" />
        <source>Arrow keys: another day. Page Up, Page Down: another month, with Shift another year. Enter: take the day. Escape: close.</source>
        <translation>Клавиши со стрелками: другой день. Page Up, Page Down: другой месяц, с Shift — другой год. Enter: выбрать день. Escape: закрыть.</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="67" />
        <location filename="../../ui/date_picker.py" line="68" />
        <source>Month before</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="71" />
        <location filename="../../ui/date_picker.py" line="72" />
        <source>Month after</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="80" />
        <location filename="../../ui/date_picker.py" line="89" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="84" />
        <location filename="../../ui/date_picker.py" line="91" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="753" />
        <source>– please choose –</source>
        <translation>– выберите –</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="330" />
        <source>Latin letters, as in the machine-readable lines of the passport.</source>
        <translation>Латинскими буквами, как в машиночитаемых строках паспорта.</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="374" />
        <source>Required.</source>
        <translation>Обязательно.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/pages.py" line="67" />
        <source>Answers marked * are needed for the application.</source>
        <translation>Ответы, отмеченные *, нужны для заявления.</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../../ui/interview_strings.py" line="8" />
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="9" />
        <source>What do you want to do?</source>
        <translation>Что вы хотите сделать?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="10" />
        <source>Choose what you want to apply for and why you are in Germany. The next pages ask only what matters for your choice.</source>
        <translation>Выберите, что именно вы хотите оформить и с какой целью находитесь в Германии. На следующих страницах будут только те вопросы, которые важны для вашего выбора.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="11" />
        <source>Apply for my first residence permit in Germany</source>
        <translation>Впервые оформить вид на жительство в Германии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="12" />
        <source>Extend my residence permit</source>
        <translation>Продлить вид на жительство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="13" />
        <source>Report a change of my address</source>
        <translation>Сообщить о смене адреса</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="14" />
        <source>Keep my permit during a longer absence from Germany</source>
        <translation>Сохранить вид на жительство при длительном отсутствии в Германии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="15" />
        <source>Purpose of your stay</source>
        <translation>Цель пребывания</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="16" />
        <source>Study at a university</source>
        <translation>Учёба в университете</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="17" />
        <source>Preparatory college (Studienkolleg)</source>
        <translation>Подготовительный колледж (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="18" />
        <source>Language course</source>
        <translation>Языковой курс</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="19" />
        <source>Looking for a study place (study applicant)</source>
        <translation>Поиск места учёбы (абитуриент)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="20" />
        <source>Looking for a job after graduating in Germany</source>
        <translation>Поиск работы после окончания учёбы в Германии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="21" />
        <source>Doctorate (PhD)</source>
        <translation>Докторантура (PhD)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="22" />
        <source>Dual study programme</source>
        <translation>Дуальное обучение (учёба + работа)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="23" />
        <source>Research</source>
        <translation>Научная работа</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="24" />
        <source>Another purpose</source>
        <translation>Другая цель</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="25" />
        <source>For how long do you apply?</source>
        <translation>На какой срок вы подаёте заявление?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="26" />
        <source>Leave empty if you do not know; the authority decides.</source>
        <translation>Оставьте пустым, если не знаете: срок определит ведомство.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="27" />
        <source>months</source>
        <translation>месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="28" />
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="29" />
        <source>Your nationality decides whether you need a residence permit at all.</source>
        <translation>От вашего гражданства зависит, нужен ли вам вообще вид на жительство.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="30" />
        <source>Type to search the list.</source>
        <translation>Начните вводить, чтобы найти в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="31" />
        <source>Second nationality (if any)</source>
        <translation>Второе гражданство (если есть)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="32" />
        <source>Former nationality (if any)</source>
        <translation>Прежнее гражданство (если было)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="33" />
        <source>Only if you had another nationality before.</source>
        <translation>Только если раньше у вас было другое гражданство.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="34" />
        <source>Another former nationality</source>
        <translation>Ещё одно прежнее гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="35" />
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="36" />
        <source>Write your names exactly as in your passport.</source>
        <translation>Напишите фамилию и имя точно так, как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="37" />
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="38" />
        <source>Birth name</source>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="39" />
        <source>Only if it differs from your family name.</source>
        <translation>Только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="40" />
        <source>First names</source>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="41" />
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="42" />
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="43" />
        <source>Country of birth</source>
        <translation>Страна рождения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="44" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="45" />
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="46" />
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="47" />
        <source>diverse</source>
        <translation>другой (divers)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="48" />
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="49" />
        <source>Height</source>
        <translation>Рост</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="50" />
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="51" />
        <source>Please give your height in centimetres, for example 172.</source>
        <translation>Пожалуйста, укажите рост в сантиметрах, например 172.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="52" />
        <source>Eye colour</source>
        <translation>Цвет глаз</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="53" />
        <source>Marital status</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="54" />
        <source>single</source>
        <translation>не женат / не замужем</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="55" />
        <source>married</source>
        <translation>женат / замужем</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="56" />
        <source>in a registered civil partnership</source>
        <translation>в зарегистрированном партнёрстве</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="57" />
        <source>separated</source>
        <translation>живём раздельно (брак не расторгнут)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="58" />
        <source>divorced</source>
        <translation>разведён / разведена</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="59" />
        <source>widowed</source>
        <translation>вдовец / вдова</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="60" />
        <source>Since</source>
        <translation>С какого времени</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="61" />
        <source>E-mail address</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="62" />
        <source>This e-mail address is not complete, for example name@example.org.</source>
        <translation>Адрес электронной почты неполный. Правильный вид, например: name@example.org.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="63" />
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="64" />
        <source>With the country code, for example +49 351 1234567.</source>
        <translation>С кодом страны, например +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="65" />
        <source>This phone number cannot be read. Write it with the country code, for example +49 351 1234567.</source>
        <translation>Этот номер телефона невозможно прочитать. Напишите его с кодом страны, например +49 351 1234567.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="66" />
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="67" />
        <source>Take your passport and copy the data from the page with your photo.</source>
        <translation>Возьмите паспорт и перепишите данные со страницы с вашей фотографией.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="68" />
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="69" />
        <source>National passport</source>
        <translation>Национальный паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="70" />
        <source>Travel document for refugees</source>
        <translation>Проездной документ для беженцев</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="71" />
        <source>Travel document for stateless persons</source>
        <translation>Проездной документ для лиц без гражданства</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="72" />
        <source>Passport substitute</source>
        <translation>Документ, заменяющий паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="73" />
        <source>Child's passport</source>
        <translation>Детский паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="74" />
        <source>Another document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="75" />
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="76" />
        <source>A passport number has only the letters A to Z and digits, at most 20.</source>
        <translation>Номер паспорта состоит только из латинских букв от A до Z и цифр, не более 20 знаков.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="77" />
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="78" />
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="79" />
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="80" />
        <source>The passport must be valid until a day after its date of issue. Please check both dates.</source>
        <translation>Срок действия паспорта должен заканчиваться позже даты выдачи. Пожалуйста, проверьте обе даты.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="81" />
        <source>Address in Saxony</source>
        <translation>Адрес в Саксонии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="82" />
        <source>Where you live decides which immigration office (Ausländerbehörde) is responsible for you.</source>
        <translation>От места жительства зависит, какое ведомство по делам иностранцев (Ausländerbehörde) отвечает за вас.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="83" />
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="84" />
        <source>House number</source>
        <translation>Номер дома</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="85" />
        <source>Address addition</source>
        <translation>Дополнение к адресу</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="86" />
        <source>For example c/o, flat number or hall of residence.</source>
        <translation>Например, c/o, номер квартиры или общежитие.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="87" />
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="88" />
        <source>A German postcode has exactly five digits, for example 09599.</source>
        <translation>Немецкий почтовый индекс состоит ровно из пяти цифр, например 09599.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="89" />
        <source>Town or municipality</source>
        <translation>Город или община</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="90" />
        <source>Moved in on</source>
        <translation>Дата заселения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="91" />
        <source>Registered at the residents' office on</source>
        <translation>Дата регистрации по месту жительства</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="92" />
        <source>The date on your registration certificate (Meldebescheinigung).</source>
        <translation>Дата из вашей справки о регистрации по месту жительства (Meldebescheinigung).</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="93" />
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="94" />
        <source>The form asks for your spouse, your children and your parents, also if they live abroad.</source>
        <translation>В анкете спрашивают о вашем муже или жене, детях и родителях — даже если они живут за границей.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="95" />
        <source>Spouse: family name</source>
        <translation>Муж / жена: фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="96" />
        <source>Spouse: birth name</source>
        <translation>Муж / жена: фамилия при рождении</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="97" />
        <source>Only if it differs from the family name.</source>
        <translation>Только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="98" />
        <source>Spouse: first names</source>
        <translation>Муж / жена: имя (имена)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="99" />
        <source>Spouse: sex</source>
        <translation>Муж / жена: пол</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="100" />
        <source>Spouse: date of birth</source>
        <translation>Муж / жена: дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="101" />
        <source>Spouse: place of birth</source>
        <translation>Муж / жена: место рождения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="102" />
        <source>Spouse: nationality</source>
        <translation>Муж / жена: гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="103" />
        <source>Spouse: second nationality</source>
        <translation>Муж / жена: второе гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="104" />
        <source>Does your spouse live in Germany?</source>
        <translation>Ваш муж / ваша жена живёт в Германии?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="105" />
        <source>Spouse: address</source>
        <translation>Муж / жена: адрес</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="106" />
        <source>Also if it is the same as yours.</source>
        <translation>Даже если он такой же, как ваш.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="107" />
        <source>My spouse also applies with this application</source>
        <translation>Муж / жена подаётся вместе с этим заявлением</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="108" />
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="109" />
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="110" />
        <source>Add a child</source>
        <translation>Добавить ребёнка</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="111" />
        <source>Remove this child</source>
        <translation>Удалить данные ребёнка</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="112" />
        <source>Lives in Germany</source>
        <translation>Живёт в Германии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="113" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="114" />
        <source>Also applies with this application</source>
        <translation>Подаётся вместе с этим заявлением</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="115" />
        <source>Father: family name</source>
        <translation>Отец: фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="116" />
        <source>Father: birth name</source>
        <translation>Отец: фамилия при рождении</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="117" />
        <source>Father: first names</source>
        <translation>Отец: имя (имена)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="118" />
        <source>Father: date of birth</source>
        <translation>Отец: дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="119" />
        <source>Father: place of birth</source>
        <translation>Отец: место рождения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="120" />
        <source>Father: nationality</source>
        <translation>Отец: гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="121" />
        <source>Father: second nationality</source>
        <translation>Отец: второе гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="122" />
        <source>Father: address</source>
        <translation>Отец: адрес</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="123" />
        <source>Mother: family name</source>
        <translation>Мать: фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="124" />
        <source>Mother: birth name</source>
        <translation>Мать: фамилия при рождении</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="125" />
        <source>Mother: first names</source>
        <translation>Мать: имя (имена)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="126" />
        <source>Mother: date of birth</source>
        <translation>Мать: дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="127" />
        <source>Mother: place of birth</source>
        <translation>Мать: место рождения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="128" />
        <source>Mother: nationality</source>
        <translation>Мать: гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="129" />
        <source>Mother: second nationality</source>
        <translation>Мать: второе гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="130" />
        <source>Mother: address</source>
        <translation>Мать: адрес</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="131" />
        <source>Do both parents (or your guardians) agree to your stay?</source>
        <translation>Согласны ли оба родителя (или ваши опекуны) с вашим пребыванием?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="132" />
        <source>Entry and previous stays</source>
        <translation>Въезд и прежние пребывания</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="133" />
        <source>When you came to Germany, and the residence title you hold now.</source>
        <translation>Когда вы приехали в Германию и какой документ на право пребывания у вас сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="134" />
        <source>Date of entry into Germany</source>
        <translation>Дата въезда в Германию</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="135" />
        <source>Entered from</source>
        <translation>Страна, из которой вы въехали</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="136" />
        <source>Did you enter with a visa?</source>
        <translation>Вы въехали по визе?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="137" />
        <source>Your current residence title</source>
        <translation>Ваш нынешний документ на право пребывания</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="138" />
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="139" />
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="140" />
        <source>Residence permit (Aufenthaltserlaubnis)</source>
        <translation>Вид на жительство (Aufenthaltserlaubnis)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="141" />
        <source>Fictional certificate (Fiktionsbescheinigung)</source>
        <translation>Временное удостоверение (Fiktionsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="142" />
        <source>Toleration (Duldung)</source>
        <translation>Временная приостановка депортации (Duldung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="143" />
        <source>Permission to reside during the asylum procedure (Gestattung)</source>
        <translation>Разрешение на пребывание на время процедуры предоставления убежища (Gestattung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="144" />
        <source>Your current title is valid until</source>
        <translation>Ваш нынешний документ действителен до</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="145" />
        <source>Purpose your current residence permit was granted for</source>
        <translation>Цель, для которой выдан ваш нынешний вид на жительство</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="146" />
        <source>Leave empty if it is the same purpose as now. Another purpose can change the fee.</source>
        <translation>Оставьте пустым, если цель та же, что и сейчас. Другая цель может изменить размер сбора.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="147" />
        <source>If you have already handed in or sent the application: on which day?</source>
        <translation>Если вы уже подали или отправили заявление: в какой день?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="148" />
        <source>How did you hand it in?</source>
        <translation>Как вы его подали?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="149" />
        <source>Registered letter with return receipt (Einschreiben mit Rückschein)</source>
        <translation>Заказное письмо с уведомлением о вручении (Einschreiben mit Rückschein)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="150" />
        <source>Ordinary letter</source>
        <translation>Обычное письмо</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="151" />
        <source>Into the office's letter box</source>
        <translation>В почтовый ящик ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="152" />
        <source>In person at the office</source>
        <translation>Лично в ведомстве</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="153" />
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="154" />
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="155" />
        <source>The office's contact form</source>
        <translation>Контактная форма ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="156" />
        <source>The office's online service</source>
        <translation>Онлайн-сервис ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="157" />
        <source>Earlier stays in Germany</source>
        <translation>Прежние пребывания в Германии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="158" />
        <source>Earlier stay</source>
        <translation>Прежнее пребывание</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="159" />
        <source>Add an earlier stay</source>
        <translation>Добавить прежнее пребывание</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="160" />
        <source>Remove this stay</source>
        <translation>Удалить это пребывание</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="161" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="162" />
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="163" />
        <source>An earlier stay cannot end before it began.</source>
        <translation>Прежнее пребывание не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="164" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="165" />
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="166" />
        <source>Absence from Germany</source>
        <translation>Отсутствие в Германии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="167" />
        <source>If you will be abroad for longer than six months, your permit may end unless the immigration office agrees in advance.</source>
        <translation>Если вы будете за границей дольше шести месяцев, ваш вид на жительство может утратить силу, если ведомство по делам иностранцев (Ausländerbehörde) не согласует это заранее.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="168" />
        <source>Planned absences</source>
        <translation>Запланированные периоды отсутствия</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="169" />
        <source>Absence</source>
        <translation>Период отсутствия</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="170" />
        <source>Add an absence</source>
        <translation>Добавить период отсутствия</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="171" />
        <source>Remove this absence</source>
        <translation>Удалить этот период</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="172" />
        <source>An absence cannot end before it begins.</source>
        <translation>Период отсутствия не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="173" />
        <source>Destination</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="174" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="175" />
        <source>Your studies</source>
        <translation>Ваша учёба</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="176" />
        <source>University</source>
        <translation>Вуз</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="177" />
        <source>Address of the university</source>
        <translation>Адрес вуза</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="178" />
        <source>Street and house number</source>
        <translation>Улица и номер дома</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="179" />
        <source>Kind of university</source>
        <translation>Тип вуза</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="180" />
        <source>State university</source>
        <translation>Государственный вуз</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="181" />
        <source>State-recognised private university</source>
        <translation>Частный вуз, признанный государством</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="182" />
        <source>Not state-recognised</source>
        <translation>Не признан государством</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="183" />
        <source>Distance-learning university</source>
        <translation>Вуз дистанционного обучения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="184" />
        <source>I do not know</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="185" />
        <source>Form of study</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="186" />
        <source>Full-time</source>
        <translation>Очная</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="187" />
        <source>Part-time (admitted to a part-time programme)</source>
        <translation>Неполная нагрузка (зачислен(а) на программу с неполной нагрузкой)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="188" />
        <source>Evening classes</source>
        <translation>Вечерняя</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="189" />
        <source>Weekend classes</source>
        <translation>Занятия по выходным</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="190" />
        <source>Distance learning</source>
        <translation>Дистанционная</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="191" />
        <source>Degree</source>
        <translation>Степень</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="192" />
        <source>Bachelor</source>
        <translation>Бакалавр</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="193" />
        <source>Master</source>
        <translation>Магистр</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="194" />
        <source>Diploma</source>
        <translation>Диплом (Diplom)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="195" />
        <source>State examination</source>
        <translation>Государственный экзамен (Staatsexamen)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="196" />
        <source>Doctorate</source>
        <translation>Докторская степень</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="197" />
        <source>Another degree</source>
        <translation>Другая степень</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="198" />
        <source>Subject</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="199" />
        <source>Current semester</source>
        <translation>Текущий семестр</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="200" />
        <source>Start of studies</source>
        <translation>Начало учёбы</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="201" />
        <source>Average length of the course at your university</source>
        <translation>Средняя продолжительность обучения по этой программе в вашем вузе</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="202" />
        <source>How many semesters students take on average for this course at your university (not the standard period). The International Office can tell you. Leave it empty if you do not know.</source>
        <translation>Сколько семестров в среднем учатся студенты этой программы в вашем вузе (не нормативный срок обучения, Regelstudienzeit). Это подскажет международный отдел (International Office). Оставьте поле пустым, если не знаете.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="203" />
        <source>semesters</source>
        <translation>семестров</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="204" />
        <source>Document from the university</source>
        <translation>Документ от вуза</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="205" />
        <source>Letter of admission (Zulassungsbescheid)</source>
        <translation>Письмо о зачислении (Zulassungsbescheid)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="206" />
        <source>Study place reservation (Studienplatzvormerkung)</source>
        <translation>Предварительное бронирование места учёбы (Studienplatzvormerkung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="207" />
        <source>Confirmation of my application (Bewerberbestätigung)</source>
        <translation>Подтверждение моей заявки на учёбу (Bewerberbestätigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="208" />
        <source>Certificate that my presence is required</source>
        <translation>Справка о том, что моё присутствие обязательно</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="209" />
        <source>Certificate of enrolment (Immatrikulationsbescheinigung)</source>
        <translation>Справка об учёбе (Immatrikulationsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="210" />
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="211" />
        <source>Do you have a university entrance qualification recognised in Germany?</source>
        <translation>Есть ли у вас признанный в Германии документ, дающий право на поступление в вуз?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="212" />
        <source>Do you have the language certificate your course requires?</source>
        <translation>Есть ли у вас языковой сертификат, который требуется для вашей программы обучения?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="213" />
        <source>Change of subject planned on</source>
        <translation>Планируемая дата смены специальности</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="214" />
        <source>Leave empty if you do not change your subject.</source>
        <translation>Оставьте пустым, если вы не меняете специальность.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="215" />
        <source>New subject</source>
        <translation>Новая специальность</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="216" />
        <source>Does one of these apply to the change?</source>
        <translation>Относится ли к вашей смене что-то из перечисленного?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="217" />
        <source>None of these</source>
        <translation>Ничего из перечисленного</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="218" />
        <source>The courses were identical until the change</source>
        <translation>Программы обучения совпадали до момента смены</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="219" />
        <source>All my previous semesters are credited</source>
        <translation>Все мои прежние семестры засчитаны</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="220" />
        <source>Most semesters are credited, and the university certifies it</source>
        <translation>Большинство семестров засчитано, и вуз это подтверждает</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="221" />
        <source>It is a bridging semester</source>
        <translation>Это переходный семестр</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="222" />
        <source>Preparatory college</source>
        <translation>Подготовительный колледж</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="223" />
        <source>Name of the Studienkolleg</source>
        <translation>Название подготовительного колледжа (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="224" />
        <source>Address of the Studienkolleg</source>
        <translation>Адрес подготовительного колледжа (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="225" />
        <source>Is it a state or state-recognised Studienkolleg?</source>
        <translation>Это государственный или признанный государством подготовительный колледж (Studienkolleg)?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="226" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="227" />
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="228" />
        <source>First day of your first preparatory course in Germany</source>
        <translation>Первый день вашего первого подготовительного курса в Германии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="229" />
        <source>Language school</source>
        <translation>Языковая школа</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="230" />
        <source>Address of the language school</source>
        <translation>Адрес языковой школы</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="231" />
        <source>Lessons a week</source>
        <translation>Часов занятий в неделю</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="232" />
        <source>hours a week</source>
        <translation>ч в неделю</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="233" />
        <source>Please give the lessons a week as a number, for example 20.</source>
        <translation>Пожалуйста, укажите количество часов занятий в неделю числом, например 20.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="234" />
        <source>Are there lessons every weekday?</source>
        <translation>Есть ли занятия каждый рабочий день?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="235" />
        <source>The course is held only in the evenings or at weekends</source>
        <translation>Курс проходит только по вечерам или по выходным</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="236" />
        <source>Course starts on</source>
        <translation>Начало курса</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="237" />
        <source>Course ends on</source>
        <translation>Конец курса</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="238" />
        <source>The course cannot end before it starts.</source>
        <translation>Курс не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="239" />
        <source>The course prepares for</source>
        <translation>Курс готовит к</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="240" />
        <source>For example DSH, TestDaF or a university course.</source>
        <translation>Например, к DSH, TestDaF или к учёбе в вузе.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="241" />
        <source>Looking for a study place</source>
        <translation>Поиск места учёбы</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="242" />
        <source>First day as a study applicant in Germany</source>
        <translation>Первый день в статусе абитуриента в Германии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="243" />
        <source>University you have applied to</source>
        <translation>Вуз, в который вы подали заявление</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="244" />
        <source>Leave empty if you have not applied yet.</source>
        <translation>Оставьте пустым, если вы ещё не подавали заявление.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="245" />
        <source>Leave empty if you have not attended one.</source>
        <translation>Оставьте пустым, если вы не посещали такой курс.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="246" />
        <source>Job search after graduating</source>
        <translation>Поиск работы после учёбы</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="247" />
        <source>Date of your final examination</source>
        <translation>Дата выпускного экзамена</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="248" />
        <source>Date of exmatriculation</source>
        <translation>Дата отчисления (Exmatrikulation)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="249" />
        <source>What kind of job are you looking for?</source>
        <translation>Какую работу вы ищете?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="250" />
        <source>Describe the purpose of your stay</source>
        <translation>Опишите цель вашего пребывания</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="251" />
        <source>Host institution or employer</source>
        <translation>Принимающая организация или работодатель</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="252" />
        <source>Its address</source>
        <translation>Адрес организации или работодателя</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="253" />
        <source>Intended employment</source>
        <translation>Планируемая трудовая деятельность</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="254" />
        <source>The work you do or will do in Germany, for example research assistant.</source>
        <translation>Работа, которую вы выполняете или будете выполнять в Германии, например научный сотрудник.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="256" />
        <source>Money and health insurance</source>
        <translation>Деньги и медицинская страховка</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="257" />
        <source>How you pay for your living costs in Germany, and how you are insured.</source>
        <translation>На какие средства вы живёте в Германии и как вы застрахованы.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="258" />
        <source>I have a blocked account (Sperrkonto)</source>
        <translation>У меня есть блокированный счёт (Sperrkonto)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="259" />
        <source>Monthly payout from the blocked account</source>
        <translation>Ежемесячная выплата с блокированного счёта</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="260" />
        <source>euro a month</source>
        <translation>евро в месяц</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="261" />
        <source>I have a scholarship</source>
        <translation>У меня есть стипендия</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="262" />
        <source>The scholarship is from the DAAD</source>
        <translation>Стипендия от DAAD</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="263" />
        <source>The scholarship is paid from German public funds</source>
        <translation>Стипендию выплачивают из государственных средств Германии</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="264" />
        <source>Someone has signed a formal obligation to pay for me (Verpflichtungserklärung)</source>
        <translation>Кто-то подписал официальное обязательство оплачивать мои расходы (Verpflichtungserklärung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="265" />
        <source>My own income</source>
        <translation>Мой собственный доход</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="266" />
        <source>Other means</source>
        <translation>Другие средства</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="267" />
        <source>Health insurance</source>
        <translation>Медицинская страховка</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="268" />
        <source>Statutory health insurance</source>
        <translation>Государственная медицинская страховка</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="269" />
        <source>Private health insurance</source>
        <translation>Частная медицинская страховка</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="270" />
        <source>Travel health insurance</source>
        <translation>Туристическая медицинская страховка</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="271" />
        <source>Insurance company</source>
        <translation>Страховая компания</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="272" />
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="273" />
        <source>Work you do or plan to do next to your studies or course.</source>
        <translation>Работа, которую вы выполняете или планируете наряду с учёбой или курсом.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="274" />
        <source>Full working days</source>
        <translation>Полные рабочие дни</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="275" />
        <source>full days a year</source>
        <translation>полных дней в год</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="276" />
        <source>Half working days</source>
        <translation>Половины рабочего дня</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="277" />
        <source>half days a year</source>
        <translation>половин дня в год</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="278" />
        <source>Regular job in the lecture period</source>
        <translation>Постоянная работа в период лекций (Vorlesungszeit)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="279" />
        <source>Not a student job at the university and not a required internship: those do not count.</source>
        <translation>Не студенческая подработка в университете и не обязательная практика: они не засчитываются.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="280" />
        <source>Spread over</source>
        <translation>Распределено на</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="281" />
        <source>days a week</source>
        <translation>дней в неделю</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="282" />
        <source>Weeks in the lecture period</source>
        <translation>Недель в период лекций</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="283" />
        <source>weeks a year</source>
        <translation>недель в год</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="284" />
        <source>Regular job outside the lecture period</source>
        <translation>Постоянная работа вне периода лекций (на каникулах)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="285" />
        <source>Weeks outside the lecture period</source>
        <translation>Недель вне периода лекций</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="286" />
        <source>I work as a student assistant at a university</source>
        <translation>Я работаю студенческим помощником в вузе (Hilfskraft)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="287" />
        <source>I do an internship that my course requires</source>
        <translation>Я прохожу практику, обязательную для моей программы обучения</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="288" />
        <source>I do a voluntary internship</source>
        <translation>Я прохожу добровольную практику</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="289" />
        <source>Working days of the voluntary internship</source>
        <translation>Рабочие дни добровольной практики</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="290" />
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="291" />
        <source>I am self-employed</source>
        <translation>Я работаю на себя (самозанятость)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="305" />
        <source>This date cannot be right: the form takes dates from 1 January 1900 to 31 December 2199. Please check the year.</source>
        <translation>Эта дата не может быть верной: анкета принимает даты с 1 января 1900 по 31 декабря 2199 года. Пожалуйста, проверьте год.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="306" />
        <source>This is longer than the form has room for: a name has at most 100 characters. Write it as in your passport.</source>
        <translation>Это длиннее, чем есть места в анкете: имя может содержать не более 100 знаков. Напишите его так, как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="307" />
        <source>This is longer than the form has room for: at most 200 characters.</source>
        <translation>Это длиннее, чем есть места в анкете: не более 200 знаков.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="308" />
        <source>This is longer than the form and the packet have room for: at most 1000 characters. Please write it more briefly.</source>
        <translation>Это длиннее, чем есть места в анкете и пакете документов: не более 1000 знаков. Пожалуйста, напишите короче.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="255" />
        <source>Profession learned</source>
        <translation>Полученная профессия</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="292" />
        <source>Legal questions</source>
        <translation>Юридические вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="293" />
        <source>The form asks everyone these questions. Answer them truthfully; a yes does not by itself mean a refusal, and a wrong answer can have serious consequences.</source>
        <translation>Эти вопросы в анкете задают всем. Отвечайте правдиво: ответ «да» сам по себе не означает отказ, а неверный ответ может иметь серьёзные последствия.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="294" />
        <source>Have you been convicted of a criminal offence in Germany?</source>
        <translation>Были ли вы осуждены за уголовное преступление в Германии?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="295" />
        <source>What, when and where?</source>
        <translation>Что, когда и где?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="296" />
        <source>Have you been convicted of a criminal offence in another country?</source>
        <translation>Были ли вы осуждены за уголовное преступление в другой стране?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="297" />
        <source>Have you ever been expelled or deported from Germany?</source>
        <translation>Вас когда-либо высылали или депортировали из Германии?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="298" />
        <source>When and why?</source>
        <translation>Когда и почему?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="299" />
        <source>Has Germany or another Schengen state ever refused you entry or a residence title?</source>
        <translation>Отказывала ли вам когда-либо Германия или другая страна Шенгена во въезде или в праве на пребывание?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="300" />
        <source>When, where and why?</source>
        <translation>Когда, где и почему?</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="301" />
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="302" />
        <source>Everything the checks found. Select an entry to go to its page.</source>
        <translation>Всё, что нашла проверка. Выберите запись, чтобы перейти на её страницу.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="303" />
        <source>Your packet</source>
        <translation>Ваш пакет документов</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="304" />
        <source>Look at the packet, then print it or save it as a PDF file.</source>
        <translation>Просмотрите пакет документов, а затем распечатайте его или сохраните как PDF-файл.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ui/letters_panel.py" line="272" />
        <source>The letter cannot be written yet: %1</source>
        <translation>Письмо пока нельзя составить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="281" />
        <source>Save the letter</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="282" />
        <location filename="../../ui/letters_panel.py" line="309" />
        <source>letter.pdf</source>
        <translation>pismo.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="283" />
        <location filename="../../ui/letters_panel.py" line="392" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="287" />
        <source>Letter saved: %1. Print page 1, sign it and send it; the next page is the translation for you.</source>
        <translation>Письмо сохранено: %1. Распечатайте страницу 1, подпишите её и отправьте; следующая страница – перевод для вас.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="290" />
        <source>Your permit has expired: read the warning on the next page and see a counselling centre at once.</source>
        <translation>Срок вашего разрешения уже истёк: прочитайте предупреждение на следующей странице и немедленно обратитесь в консультационный центр.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="314" />
        <source>Save the e-mail</source>
        <translation>Сохранить электронное письмо</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="315" />
        <source>letter.eml</source>
        <translation>pismo.eml</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="316" />
        <source>E-mail files (*.eml)</source>
        <translation>Файлы электронных писем (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="320" />
        <source>E-mail saved: %1. Open it in your mail program, check it and send it to %2 yourself; the program sends nothing.</source>
        <translation>Электронное письмо сохранено: %1. Откройте его в своей почтовой программе, проверьте и сами отправьте на %2; программа ничего не отправляет.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="333" />
        <source>Add documents</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="334" />
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="355" />
        <source>(no item of the checklist)</source>
        <translation>(не пункт списка)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="363" />
        <source>Checklist item of this document</source>
        <translation>Пункт списка для этого документа</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="390" />
        <source>Save the documents as one PDF</source>
        <translation>Сохранить документы одним PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="391" />
        <source>documents.pdf</source>
        <translation>dokumenty.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="405" />
        <source>Joining the documents (%1)… You can go on working meanwhile.</source>
        <translation>Документы объединяются (%1)… Тем временем вы можете работать дальше.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="434" />
        <source>The documents cannot be joined: %1</source>
        <translation>Документы нельзя объединить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="423" />
        <source>Saved: %1 (%2 pages). Checklist: %3 item(s) covered, %4 still missing.</source>
        <translation>Сохранено: %1 (%2 стр.). Список: есть пунктов – %3, ещё не хватает – %4.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="293" />
        <source>The program knows no postal address of this office: find it on the office's website and write it by hand below the office's name on page 1.</source>
        <translation>Программе не известен почтовый адрес этого ведомства: найдите его на сайте ведомства и впишите от руки под названием ведомства на странице 1.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="414" />
        <source>Cancelled: the documents were not joined and nothing was saved.</source>
        <translation>Отменено: документы не объединены, ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="447" />
        <source>%1 is no longer where it was added (moved or deleted). Remove it from the list and add it again.</source>
        <translation>%1 больше нет там, откуда его добавили (перемещён или удалён). Удалите его из списка и добавьте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="449" />
        <source>%1 cannot be opened. Check that you may read it, or add a copy of it.</source>
        <translation>%1 не удаётся открыть. Проверьте, можете ли вы читать этот файл, или добавьте его копию.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="451" />
        <source>%1 is not a PDF, JPEG or PNG file. Scan or save it as one of these and add it again.</source>
        <translation>%1 не является файлом PDF, JPEG или PNG. Отсканируйте или сохраните его в одном из этих форматов и добавьте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="453" />
        <source>%1 is too large for one document (more than %2 MB). Scan it again at a lower resolution.</source>
        <translation>%1 слишком велик для одного документа (более %2 МБ). Отсканируйте его заново с меньшим разрешением.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="455" />
        <source>%1 is protected by a password. Save a copy without the password and add that.</source>
        <translation>%1 защищён паролем. Сохраните копию без пароля и добавьте её.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="457" />
        <source>%1 is damaged and cannot be read. Scan or save it again.</source>
        <translation>%1 повреждён и не может быть прочитан. Отсканируйте или сохраните его заново.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="458" />
        <source>together the documents would make %2 MB, more than the %3 MB set above. The largest: %4. Scan the largest again at a lower resolution, send it separately, or allow more MB.</source>
        <translation>вместе документы заняли бы %2 МБ, больше установленных выше %3 МБ. Самые большие: %4. Отсканируйте самые большие заново с меньшим разрешением, отправьте их отдельно или разрешите больше МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="484" />
        <location filename="../../ui/letters_panel.py" line="499" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="542" />
        <source>Letters and documents</source>
        <translation>Письма и документы</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="543" />
        <source>Letter to the office:</source>
        <translation>Письмо в ведомство:</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="545" />
        <source>Apply in writing to extend the permit (before it expires)</source>
        <translation>Письменно подать заявление о продлении (до окончания срока)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="546" />
        <source>Ask for an appointment</source>
        <translation>Попросить о приёме</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="547" />
        <source>Permit already expired: ask the office to let it continue</source>
        <translation>Срок разрешения уже истёк: попросить продлить его действие</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="548" />
        <source>Report a new address</source>
        <translation>Сообщить новый адрес</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="556" />
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="557" />
        <source>Write letter…</source>
        <translation>Составить письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="558" />
        <source>As e-mail…</source>
        <translation>Как электронное письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="559" />
        <source>Writes the letter as an e-mail with the PDF attached, for you to send from your mail program</source>
        <translation>Составляет письмо как электронное письмо с PDF во вложении, чтобы вы отправили его из своей почтовой программы</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="562" />
        <source>Scanned documents (PDF, JPEG, PNG) for one PDF to hand in or send: say for each which item of the checklist it is. The files stay where they are.</source>
        <translation>Отсканированные документы (PDF, JPEG, PNG) для одного PDF, чтобы подать или отправить: для каждого укажите, к какому пункту списка он относится. Файлы остаются там, где они есть.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="565" />
        <source>Documents for the bundle</source>
        <translation>Документы для PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="566" />
        <source>Add documents…</source>
        <translation>Добавить документы…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="567" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="568" />
        <source>At most (MB):</source>
        <translation>Не более (МБ):</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="569" />
        <source>Save as one PDF…</source>
        <translation>Сохранить одним PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="570" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="571" />
        <source>Stop joining the documents; nothing is saved.</source>
        <translation>Остановить объединение документов; ничего не сохраняется.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="407" />
        <source>Please answer: %1</source>
        <translation>Пожалуйста, ответьте: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="419" />
        <source>The page you left has a problem. It stays listed in the review; the packet to hand in waits until it is solved.</source>
        <translation>На странице, которую вы покинули, есть проблема. Она остаётся в обзоре; документы для подачи будут готовы, когда она будет решена.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="565" />
        <source>This page has a problem to solve.</source>
        <translation>На этой странице есть проблема, которую нужно исправить.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="625" />
        <source>Residence permit assistant</source>
        <translation>Помощник по виду на жительство</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="626" />
        <source>Step %1 of %2: %3 – Residence permit assistant</source>
        <translation>Шаг %1 из %2: %3 – Помощник по виду на жительство</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="635" />
        <source>Residence permit assistant – Saxony</source>
        <translation>Помощник по виду на жительство – Саксония</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="636" />
        <source>Shared PC: nothing is kept</source>
        <translation>Общий ПК: ничего не сохраняется</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="637" />
        <source>Personal mode: draft kept on this PC</source>
        <translation>Личный режим: черновик хранится на этом ПК</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="639" />
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="640" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="641" />
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="642" />
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="643" />
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="644" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="645" />
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="646" />
        <source>The previous page (Alt+Left)</source>
        <translation>Предыдущая страница (Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="647" />
        <source>The next page (Alt+Right, or Enter in the last field)</source>
        <translation>Следующая страница (Alt+Вправо или Enter в последнем поле)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="649" />
        <location filename="../../ui/window.py" line="660" />
        <source>Save case file…</source>
        <translation>Сохранить файл дела…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="650" />
        <source>Keep your answers in a file protected with a passphrase, to continue later (Ctrl+S).</source>
        <translation>Сохранить ваши ответы в файле, защищённом паролем, чтобы продолжить позже (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="658" />
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="659" />
        <source>Open a case file…</source>
        <translation>Открыть файл дела…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="707" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="708" />
        <source>The program met an unexpected error. Your answers are still in the window; please save a case file if you can and restart the program.</source>
        <translation>В программе произошла непредвиденная ошибка. Ваши ответы ещё в окне; если можете, сохраните файл дела и перезапустите программу.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="724" />
        <source>The settings file of this computer (%1) cannot be used. The program therefore runs in shared mode, the safe choice: nothing you enter is kept on this computer unless you save a case file, and after %2 minutes without use everything entered is erased. Forms of the counselling centre are not offered.</source>
        <translation>Файл настроек этого компьютера (%1) нельзя использовать. Поэтому программа работает в режиме общего компьютера — это безопасный выбор: ничего из того, что вы вводите, не сохраняется на этом компьютере, если вы сами не сохраните файл дела, а через %2 минут без использования всё введённое стирается. Формы консультационного центра не предлагаются.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="731" />
        <source>Please tell whoever looks after this computer; the details say what is wrong in the file.</source>
        <translation>Пожалуйста, сообщите человеку, который обслуживает этот компьютер; в подробностях сказано, что не так в файле.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="739" />
        <source>Settings cannot be used</source>
        <translation>Настройки нельзя использовать</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="762" />
        <source>Nobody has used the program for a while. In %1 seconds everything entered is erased. Press any key to continue.</source>
        <translation>Программой какое-то время никто не пользовался. Через %1 с всё введённое будет стёрто. Нажмите любую клавишу, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="809" />
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="814" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="821" />
        <source>Finish erases everything you entered in this program: every answer, the packet and its preview. It cannot be undone.</source>
        <translation>Завершение стирает всё, что вы ввели в этой программе: каждый ответ, пакет документов и его предпросмотр. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="824" />
        <source>The draft kept on this computer is deleted too.</source>
        <translation>Черновик, сохранённый на этом компьютере, тоже будет удалён.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="825" />
        <source>Save the packet and, if you want, a case file first.</source>
        <translation>Сначала сохраните пакет документов и, если хотите, файл дела.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="829" />
        <source>Finish and erase everything?</source>
        <translation>Завершить и стереть всё?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="661" />
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="706" />
        <source>Please write a number, for example 20.</source>
        <translation>Пожалуйста, напишите число, например 20.</translation>
    </message>
</context>
<context>
    <name>PacketPage</name>
    <message>
        <location filename="../../ui/packet_page.py" line="241" />
        <source>Making your packet…</source>
        <translation>Создаём ваш пакет документов…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="257" />
        <source>Not ready to hand in: %1 problem(s) to solve first (see the review). This is a copy to discuss with a counsellor: the checklist, the points to discuss and the deadlines, without the application form.</source>
        <translation>Не готово к подаче: сначала нужно решить вопросов: %1 (см. обзор). Это копия для обсуждения с консультантом: список документов, вопросы для обсуждения и сроки, без бланка заявления.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="264" />
        <source>Still missing: %1.</source>
        <translation>Ещё не хватает: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="268" />
        <source>According to your answers you need no residence permit, so this packet holds no application form: it says why and what to do instead.</source>
        <translation>По вашим ответам вам не нужно разрешение на пребывание, поэтому в этих документах нет бланка заявления: в них сказано почему и что сделать вместо этого.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="284" />
        <source>The copy for counselling has %1 pages.</source>
        <translation>В копии для консультации страниц: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="287" />
        <source>Your packet has %1 pages. Check it, then print it or save it.</source>
        <translation>Страниц в вашем пакете документов: %1. Проверьте его, а затем распечатайте или сохраните.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="295" />
        <source>The packet could not be made: %1</source>
        <translation>Не удалось создать пакет документов: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packet_page.py" line="335" />
        <source>The packet was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Пакет документов отправлен на печать (%n страница).</numerusform>
            <numerusform>Пакет документов отправлен на печать (%n страницы).</numerusform>
            <numerusform>Пакет документов отправлен на печать (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="376" />
        <source>Preview of the packet</source>
        <translation>Предварительный просмотр пакета документов</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="281" />
        <source>packet.pdf</source>
        <translation>dokumenty.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>Save the deadlines for a calendar</source>
        <translation>Сохранить сроки для календаря</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>deadlines.ics</source>
        <translation>sroki.ics</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="350" />
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="367" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="332" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="377" />
        <source>Save deadlines for a calendar…</source>
        <translation>Сохранить сроки для календаря…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="378" />
        <source>Save case file…</source>
        <translation>Сохранить файл дела…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="379" />
        <source>Go to the review</source>
        <translation>Перейти к обзору</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="380" />
        <source>Application form:</source>
        <translation>Бланк заявления:</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="381" />
        <source>Application form in the packet</source>
        <translation>Бланк заявления в пакете документов</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="385" />
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="387" />
        <source>Ends the session: everything you entered is erased from the program.</source>
        <translation>Завершает сеанс: всё, что вы ввели, будет стёрто из программы.</translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <location filename="../../ui/packet_view.py" line="107" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="108" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="109" />
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="110" />
        <source>Show the pages as wide as the preview (Ctrl+0)</source>
        <translation>Показать страницы по ширине предпросмотра (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="111" />
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="112" />
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Уменьшить (Ctrl+минус)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="113" />
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="114" />
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Увеличить (Ctrl+плюс)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="179" />
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="196" />
        <source>Print the packet</source>
        <translation>Распечатать пакет документов</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="209" />
        <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
        <translation>Не удалось запустить печать. Проверьте, включён ли принтер и подключён ли он, или выберите другой принтер.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="238" />
        <source>Save the packet as PDF</source>
        <translation>Сохранить пакет документов как PDF</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="240" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="255" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="72" />
        <source>Choose a passphrase of at least %1 characters; a few words you can remember work well. Keep it safe: it cannot be recovered, and without it nobody can open the file.</source>
        <translation>Выберите пароль не короче %1 символов; хорошо подходят несколько слов, которые вы запомните. Храните его надёжно: его нельзя восстановить, и без него никто не сможет открыть файл.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="75" />
        <location filename="../../ui/passphrase.py" line="78" />
        <source>Passphrase:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="77" />
        <source>This case file is protected with a passphrase.</source>
        <translation>Этот файл дела защищён паролем.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="79" />
        <source>The same passphrase again:</source>
        <translation>Тот же пароль ещё раз:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase.py" line="108" />
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>Нужно ещё символов: %n.</numerusform>
            <numerusform>Нужно ещё символов: %n.</numerusform>
            <numerusform>Нужно ещё символов: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="114" />
        <source>Now type the same passphrase again below.</source>
        <translation>Теперь введите тот же пароль ещё раз ниже.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="115" />
        <source>The two entries are not the same yet.</source>
        <translation>Два ввода пока не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="116" />
        <source>Both entries are the same: the passphrase can be used.</source>
        <translation>Оба ввода совпадают: пароль можно использовать.</translation>
    </message>
</context>
<context>
    <name>PickInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="822" />
        <source>– please choose –</source>
        <translation>– выберите –</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="825" />
        <source>Other (type it)</source>
        <translation>Другое (введите сами)</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="828" />
        <source>Your answer:</source>
        <translation>Ваш ответ:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="829" />
        <source>Type your answer</source>
        <translation>Введите свой ответ</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="832" />
        <source>%1: other answer</source>
        <translation>%1: другой ответ</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../../ui/platform_check.py" line="54" />
        <source>The window cannot open: this computer lacks system libraries that the window needs (%1). Install them, then start the program again:</source>
        <translation>Окно не может открыться: на этом компьютере нет системных библиотек, нужных окну (%1). Установите их и снова запустите программу:</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="58" />
        <source>The window cannot open: there is no screen to show it on (the DISPLAY variable is not set). Start the program from a desktop session.</source>
        <translation>Окно не может открыться: нет экрана, на котором его показать (переменная DISPLAY не задана). Запустите программу в сеансе рабочего стола.</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="62" />
        <source>The commands without a window work as they are: python main.py --help</source>
        <translation>Команды без окна работают и так: python main.py --help</translation>
    </message>
</context>
<context>
    <name>ProblemItem</name>
    <message>
        <location filename="../../ui/inputs.py" line="138" />
        <source>Problem:</source>
        <translation>Проблема:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="139" />
        <source>Warning:</source>
        <translation>Предупреждение:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="140" />
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="151" />
        <location filename="../../ui/inputs.py" line="176" />
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="152" />
        <source>Why? %1</source>
        <translation>Почему? %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="173" />
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="295" />
        <source>According to your answers you need no residence permit. The packet explains why and what to do instead.</source>
        <translation>По вашим ответам вам не нужно разрешение на пребывание. В документах объяснено почему и что сделать вместо этого.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="298" />
        <source>Ready to hand in: nothing stops the application and every essential answer is given.</source>
        <translation>Готово к подаче: ничто не препятствует заявлению, и все основные ответы даны.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="301" />
        <source>Not ready to hand in: %1 problem(s) to solve first. You can still print a copy to discuss with a counsellor.</source>
        <translation>Не готово к подаче: сначала нужно решить вопросов: %1. Вы всё равно можете напечатать копию для обсуждения с консультантом.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="306" />
        <source>Problems that stop the application</source>
        <translation>Проблемы, из-за которых заявление нельзя подать</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307" />
        <source>Warnings to discuss</source>
        <translation>Предупреждения, которые стоит обсудить</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="308" />
        <source>Good to know</source>
        <translation>Полезно знать</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="320" />
        <source>Without these answers the packet is not complete</source>
        <translation>Без этих ответов документы неполны</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="329" />
        <source>Still missing for the form</source>
        <translation>Для бланка ещё не хватает</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="341" />
        <source>The checks found nothing to point out.</source>
        <translation>Проверка не нашла ничего, на что стоит обратить внимание.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="207" />
        <source>Go to: %1</source>
        <translation>Перейти: %1</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../ui/errors.py" line="27" />
        <source>This is a file the program works from (the case file you opened, the saved draft, a document you added or a form): saving there would destroy it. Choose another name or folder.</source>
        <translation>С этим файлом работает программа (открытый файл дела, сохранённый черновик, добавленный документ или форма): сохранение туда уничтожило бы его. Выберите другое имя или папку.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>This name is a folder or a device, not a file. Choose a file name.</source>
        <translation>Это имя — папка или устройство, а не файл. Выберите имя файла.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34" />
        <source>The passphrase does not fit this case file. Check capital letters and the keyboard language, then try again.</source>
        <translation>Пароль не подходит к этому файлу дела. Проверьте заглавные буквы и язык клавиатуры и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37" />
        <source>This case file is damaged or was changed after it was saved, so it cannot be opened. Open another copy of it if you have one.</source>
        <translation>Этот файл дела повреждён или изменён после сохранения, поэтому его нельзя открыть. Откройте другую копию, если она у вас есть.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40" />
        <source>This case file was saved by a newer version of the program. Please update the program to open it.</source>
        <translation>Этот файл дела сохранён более новой версией программы. Обновите программу, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43" />
        <source>This file is not a case file of this program. Choose a file that the program saved (ending in .permitcase or .json).</source>
        <translation>Этот файл не является файлом дела этой программы. Выберите файл, сохранённый программой (с окончанием .permitcase или .json).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>This passphrase cannot be used. It needs at least %1 characters, and both entries must be the same.</source>
        <translation>Этот пароль нельзя использовать. Нужно не менее %1 символов, и оба ввода должны совпадать.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>This case file cannot be read: it is missing, cannot be opened or its content is not complete. Choose another file.</source>
        <translation>Этот файл дела нельзя прочитать: его нет, он не открывается или его содержимое неполное. Выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>The file could not be saved there. Choose another folder, or check that the disk or USB stick has room and is not write-protected.</source>
        <translation>Не удалось сохранить файл там. Выберите другую папку или проверьте, есть ли место на диске или USB-накопителе и не защищён ли он от записи.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <source>The chosen application form cannot be filled. Choose the program's own form on this page, or ask the counselling centre.</source>
        <translation>Выбранную форму заявления нельзя заполнить. Выберите на этой странице собственную форму программы или обратитесь в консультационный центр.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>The program does not know the rules for this date. Please check the dates you entered, or ask the immigration office.</source>
        <translation>Программа не знает правил для этой даты. Проверьте введённые даты или обратитесь в ведомство по делам иностранцев.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>A data file of the program cannot be used. Please install the program again, or ask whoever set up this computer.</source>
        <translation>Файл данных программы нельзя использовать. Установите программу заново или обратитесь к тому, кто настраивал этот компьютер.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Something unexpected went wrong. Your answers are still in the window; please save a case file and try again.</source>
        <translation>Произошла непредвиденная ошибка. Ваши ответы всё ещё в окне; сохраните файл дела и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="197" />
        <source>Residence permit assistant for Saxony</source>
        <translation>Помощник по виду на жительство в Саксонии</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="203" />
        <source>This program helps you apply for a residence permit in Saxony, extend it, report a new address or keep your permit during a longer absence. It asks only the questions that matter for you, checks your answers as you type and says why, and at the end prints one packet: the filled application form, a list of the documents to bring, the expected fees, your deadlines and the immigration office responsible for you.</source>
        <translation>Эта программа поможет вам оформить вид на жительство в Саксонии, продлить его, сообщить о новом адресе или сохранить вид на жительство при длительном отсутствии. Она задаёт только те вопросы, которые касаются именно вас, проверяет ответы прямо во время ввода и объясняет почему, а в конце печатает один пакет документов: заполненную форму заявления, список документов, которые нужно взять с собой, ожидаемые сборы, ваши сроки и ведомство по делам иностранцев (Ausländerbehörde), которое отвечает за вас.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="208" />
        <source>It works offline.</source>
        <translation>Программа работает без интернета.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="209" />
        <source>Nothing you enter is sent anywhere; the program does not use the internet.</source>
        <translation>Ничего из того, что вы вводите, никуда не отправляется: программа не использует интернет.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="212" />
        <source>This computer is shared (for example in a counselling centre). Nothing you enter is stored on it unless you save a case file yourself. When you press Finish, close the program or leave it unused for a while, everything you entered is erased and the program starts again for the next person.</source>
        <translation>Этим компьютером пользуются разные люди (например, в консультационном центре). Ничего из того, что вы вводите, на нём не сохраняется, если вы сами не сохраните файл дела. Когда вы нажмёте «Завершить», закроете программу или какое-то время не будете ею пользоваться, всё введённое будет стёрто, и программа начнёт работу заново для следующего человека.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="218" />
        <source>Your answers are kept on this computer only, as a draft in your user folder, so that you can continue later. You can save them as a case file protected with a passphrase. Finish erases the draft and everything you entered.</source>
        <translation>Ваши ответы хранятся только на этом компьютере — как черновик в вашей папке пользователя, чтобы вы могли продолжить позже. Вы можете сохранить их как файл дела, защищённый паролем. Кнопка «Завершить» стирает черновик и всё, что вы ввели.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="221" />
        <source>What happens to your data:</source>
        <translation>Что происходит с вашими данными:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="223" />
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="224" />
        <source>Open a case file…</source>
        <translation>Открыть файл дела…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="226" />
        <source>An unfinished application was found on this computer. Do you want to continue it?</source>
        <translation>На этом компьютере найдено незавершённое заявление. Хотите продолжить его?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="227" />
        <source>Continue the draft</source>
        <translation>Продолжить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="228" />
        <source>Delete the draft</source>
        <translation>Удалить черновик</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="888" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="889" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
</TS>