<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AuthorityBox</name>
    <message>
        <location filename="../../ui/pages.py" line="106" />
        <source>Your immigration office</source>
        <translation>اداره اتباع خارجی مسئول شما (Ausländerbehörde)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="113" />
        <source>The sources differ: check before you go.</source>
        <translation>منابع با هم فرق دارند: پیش از رفتن بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="134" />
        <source>The program cannot name the immigration office for this place yet: see the note at the place. Check the spelling, or enter the postcode.</source>
        <translation>برنامه هنوز نمی‌تواند اداره اتباع خارجی این محل را نام ببرد: یادداشت کنار نام محل را ببینید. املای آن را بررسی کنید یا کد پستی را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../ui/casefiles.py" line="59" />
        <source>The draft could not be saved.</source>
        <translation>پیش‌نویس ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="75" />
        <source>The draft cannot be opened</source>
        <translation>پیش‌نویس باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="88" />
        <source>Delete the draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="89" />
        <source>Delete the unfinished application from this computer? This cannot be undone.</source>
        <translation>درخواست ناتمام از این رایانه حذف شود؟ این کار قابل بازگشت نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="129" />
        <location filename="../../ui/casefiles.py" line="133" />
        <source>Save case file</source>
        <translation>ذخیره فایل پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="133" />
        <source>application.permitcase</source>
        <translation>application.permitcase</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="134" />
        <source>Encrypted case files (*.permitcase)</source>
        <translation>فایل‌های پرونده رمزگذاری‌شده (*.permitcase)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="146" />
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="150" />
        <source>The case file is saved.</source>
        <translation>فایل پرونده ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <location filename="../../ui/casefiles.py" line="165" />
        <source>Open case file</source>
        <translation>باز کردن فایل پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="160" />
        <source>Case files (*.permitcase *.json)</source>
        <translation>فایل‌های پرونده (*.permitcase *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles.py" line="171" />
        <source>The case file cannot be opened</source>
        <translation>فایل پرونده باز نمی‌شود</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../ui/countries.py" line="26" />
        <source>Kosovo</source>
        <translation>کوزوو</translation>
    </message>
    <message>
        <location filename="../../ui/countries.py" line="27" />
        <source>Stateless</source>
        <translation>بدون تابعیت</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../ui/country_input.py" line="119" />
        <source>No country</source>
        <translation>بدون کشور</translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="240" />
        <source>There is no country of this name. Check the spelling or choose one from the list.</source>
        <translation>کشوری با این نام وجود ندارد. املای آن را بررسی کنید یا کشوری را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="245" />
        <source>; </source>
        <comment>between the names of countries</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../ui/country_input.py" line="246" />
        <source>This fits several countries: %1. Please choose one from the list.</source>
        <translation>این با چند کشور مطابقت دارد: %1. لطفاً یکی را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CountryInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="599" />
        <source>Type to search</source>
        <translation>برای جست‌وجو تایپ کنید</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="500" />
        <source>Choose the date in a calendar</source>
        <translation>انتخاب تاریخ از تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="502" />
        <source>%1: choose the date in a calendar</source>
        <translation>%1: انتخاب تاریخ از تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="508" />
        <source>Format: %1</source>
        <translation>قالب: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>DD</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="512" />
        <source>MM</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="513" />
        <source>YYYY</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="532" />
        <source>This date cannot be read. Please write it like %1 or choose it in the calendar.</source>
        <translation>این تاریخ خوانا نیست. لطفاً آن را به شکل %1 بنویسید یا از تقویم انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../ui/date_picker.py" line="58" />
        <source>Arrow keys: another day. Page Up, Page Down: another month, with Shift another year. Enter: take the day. Escape: close.</source>
        <translation>کلیدهای جهت‌نما: روزی دیگر. Page Up و Page Down: ماهی دیگر، با Shift سالی دیگر. Enter: انتخاب روز. Escape: بستن.</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="67" />
        <location filename="../../ui/date_picker.py" line="68" />
        <source>Month before</source>
        <translation>ماه قبل</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="71" />
        <location filename="../../ui/date_picker.py" line="72" />
        <source>Month after</source>
        <translation>ماه بعد</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="80" />
        <location filename="../../ui/date_picker.py" line="89" />
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../ui/date_picker.py" line="84" />
        <location filename="../../ui/date_picker.py" line="91" />
        <source>Year</source>
        <translation>سال</translation>
    </message>
</context>
<context>
    <name>EnumInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="753" />
        <source>– please choose –</source>
        <translation>– لطفاً انتخاب کنید –</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="330" />
        <source>Latin letters, as in the machine-readable lines of the passport.</source>
        <translation>با حروف لاتین، همان‌طور که در سطرهای ماشین‌خوان گذرنامه آمده است.</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="374" />
        <source>Required.</source>
        <translation>الزامی.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/pages.py" line="67" />
        <source>Answers marked * are needed for the application.</source>
        <translation>پاسخ‌های علامت‌خورده با * برای درخواست لازم‌اند.</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <location filename="../../ui/interview_strings.py" line="8" />
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="9" />
        <source>What do you want to do?</source>
        <translation>چه کاری می‌خواهید انجام دهید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="10" />
        <source>Choose what you want to apply for and why you are in Germany. The next pages ask only what matters for your choice.</source>
        <translation>انتخاب کنید برای چه چیزی درخواست می‌دهید و چرا در آلمان هستید. صفحه‌های بعدی فقط چیزهایی را می‌پرسند که برای انتخاب شما مهم است.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="11" />
        <source>Apply for my first residence permit in Germany</source>
        <translation>درخواست نخستین اجازه اقامتم در آلمان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="12" />
        <source>Extend my residence permit</source>
        <translation>تمدید اجازه اقامتم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="13" />
        <source>Report a change of my address</source>
        <translation>اعلام تغییر نشانی‌ام</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="14" />
        <source>Keep my permit during a longer absence from Germany</source>
        <translation>حفظ اجازه اقامتم در دوران غیبت طولانی از آلمان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="15" />
        <source>Purpose of your stay</source>
        <translation>هدف اقامت شما</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="16" />
        <source>Study at a university</source>
        <translation>تحصیل در دانشگاه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="17" />
        <source>Preparatory college (Studienkolleg)</source>
        <translation>کالج پیش‌دانشگاهی (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="18" />
        <source>Language course</source>
        <translation>دوره زبان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="19" />
        <source>Looking for a study place (study applicant)</source>
        <translation>جست‌وجوی جای تحصیل (متقاضی تحصیل)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="20" />
        <source>Looking for a job after graduating in Germany</source>
        <translation>جست‌وجوی کار پس از فارغ‌التحصیلی در آلمان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="21" />
        <source>Doctorate (PhD)</source>
        <translation>دکترا</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="22" />
        <source>Dual study programme</source>
        <translation>تحصیل دوگانه (Duales Studium)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="23" />
        <source>Research</source>
        <translation>پژوهش</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="24" />
        <source>Another purpose</source>
        <translation>هدفی دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="25" />
        <source>For how long do you apply?</source>
        <translation>برای چه مدتی درخواست می‌دهید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="26" />
        <source>Leave empty if you do not know; the authority decides.</source>
        <translation>اگر نمی‌دانید، خالی بگذارید؛ اداره تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="27" />
        <source>months</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="28" />
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="29" />
        <source>Your nationality decides whether you need a residence permit at all.</source>
        <translation>تابعیت شما تعیین می‌کند که اصلاً به اجازه اقامت نیاز دارید یا نه.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="30" />
        <source>Type to search the list.</source>
        <translation>برای جست‌وجو در فهرست تایپ کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="31" />
        <source>Second nationality (if any)</source>
        <translation>تابعیت دوم (در صورت وجود)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="32" />
        <source>Former nationality (if any)</source>
        <translation>تابعیت قبلی (در صورت وجود)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="33" />
        <source>Only if you had another nationality before.</source>
        <translation>فقط اگر پیش‌تر تابعیت دیگری داشته‌اید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="34" />
        <source>Another former nationality</source>
        <translation>تابعیت قبلی دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="35" />
        <source>About you</source>
        <translation>مشخصات شما</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="36" />
        <source>Write your names exactly as in your passport.</source>
        <translation>نام‌های خود را دقیقاً مانند گذرنامه‌تان بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="37" />
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="38" />
        <source>Birth name</source>
        <translation>نام خانوادگی هنگام تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="39" />
        <source>Only if it differs from your family name.</source>
        <translation>فقط اگر با نام خانوادگی کنونی شما فرق دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="40" />
        <source>First names</source>
        <translation>نام کوچک</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="41" />
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="42" />
        <source>Place of birth</source>
        <translation>محل تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="43" />
        <source>Country of birth</source>
        <translation>کشور محل تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="44" />
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="45" />
        <source>female</source>
        <translation>زن</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="46" />
        <source>male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="47" />
        <source>diverse</source>
        <translation>متنوع (divers)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="48" />
        <source>not stated</source>
        <translation>اعلام‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="49" />
        <source>Height</source>
        <translation>قد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="50" />
        <source>cm</source>
        <translation>سانتی‌متر</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="51" />
        <source>Please give your height in centimetres, for example 172.</source>
        <translation>لطفاً قد خود را به سانتی‌متر وارد کنید، برای نمونه 172.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="52" />
        <source>Eye colour</source>
        <translation>رنگ چشم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="53" />
        <source>Marital status</source>
        <translation>وضعیت تأهل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="54" />
        <source>single</source>
        <translation>مجرد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="55" />
        <source>married</source>
        <translation>متأهل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="56" />
        <source>in a registered civil partnership</source>
        <translation>در شراکت زندگی ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="57" />
        <source>separated</source>
        <translation>جدا از همسر</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="58" />
        <source>divorced</source>
        <translation>طلاق‌گرفته</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="59" />
        <source>widowed</source>
        <translation>همسر درگذشته</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="60" />
        <source>Since</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="61" />
        <source>E-mail address</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="62" />
        <source>This e-mail address is not complete, for example name@example.org.</source>
        <translation>این نشانی ایمیل کامل نیست. نمونه یک نشانی کامل: name@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="63" />
        <source>Phone number</source>
        <translation>شماره تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="64" />
        <source>With the country code, for example +49 351 1234567.</source>
        <translation>با پیش‌شماره کشور، برای نمونه ‪+49 351 1234567‬.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="65" />
        <source>This phone number cannot be read. Write it with the country code, for example +49 351 1234567.</source>
        <translation>این شماره تلفن خوانا نیست. آن را با پیش‌شماره کشور بنویسید، برای نمونه ‪+49 351 1234567‬.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="66" />
        <source>Passport</source>
        <translation>گذرنامه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="67" />
        <source>Take your passport and copy the data from the page with your photo.</source>
        <translation>گذرنامه‌تان را بردارید و اطلاعات صفحه عکس‌دار آن را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="68" />
        <source>Kind of document</source>
        <translation>نوع مدرک</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="69" />
        <source>National passport</source>
        <translation>گذرنامه ملی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="70" />
        <source>Travel document for refugees</source>
        <translation>سند سفر پناهندگان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="71" />
        <source>Travel document for stateless persons</source>
        <translation>سند سفر افراد بدون تابعیت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="72" />
        <source>Passport substitute</source>
        <translation>جایگزین گذرنامه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="73" />
        <source>Child's passport</source>
        <translation>گذرنامه کودک</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="74" />
        <source>Another document</source>
        <translation>مدرکی دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="75" />
        <source>Passport number</source>
        <translation>شماره گذرنامه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="76" />
        <source>A passport number has only the letters A to Z and digits, at most 20.</source>
        <translation>شماره گذرنامه فقط حروف A تا Z و رقم دارد و حداکثر 20 نویسه است.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="77" />
        <source>Issued on</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="78" />
        <source>Issued by</source>
        <translation>مرجع صدور</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="79" />
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="80" />
        <source>The passport must be valid until a day after its date of issue. Please check both dates.</source>
        <translation>تاریخ پایان اعتبار گذرنامه باید بعد از تاریخ صدور آن باشد. لطفاً هر دو تاریخ را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="81" />
        <source>Address in Saxony</source>
        <translation>نشانی در زاکسن</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="82" />
        <source>Where you live decides which immigration office (Ausländerbehörde) is responsible for you.</source>
        <translation>محل سکونت شما تعیین می‌کند کدام اداره اتباع خارجی (Ausländerbehörde) مسئول شماست.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="83" />
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="84" />
        <source>House number</source>
        <translation>پلاک</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="85" />
        <source>Address addition</source>
        <translation>جزئیات بیشتر نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="86" />
        <source>For example c/o, flat number or hall of residence.</source>
        <translation>برای نمونه c/o (نزدِ)، شماره واحد یا خوابگاه دانشجویی.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="87" />
        <source>Postcode</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="88" />
        <source>A German postcode has exactly five digits, for example 09599.</source>
        <translation>کد پستی آلمان دقیقاً پنج رقم دارد، برای نمونه 09599.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="89" />
        <source>Town or municipality</source>
        <translation>شهر یا بخش</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="90" />
        <source>Moved in on</source>
        <translation>تاریخ اسباب‌کشی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="91" />
        <source>Registered at the residents' office on</source>
        <translation>تاریخ ثبت سکونت (Bürgeramt)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="92" />
        <source>The date on your registration certificate (Meldebescheinigung).</source>
        <translation>تاریخ روی گواهی ثبت محل سکونت شما (Meldebescheinigung).</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="93" />
        <source>Family</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="94" />
        <source>The form asks for your spouse, your children and your parents, also if they live abroad.</source>
        <translation>فرم درباره همسر، فرزندان و والدین شما می‌پرسد، حتی اگر خارج از آلمان زندگی کنند.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="95" />
        <source>Spouse: family name</source>
        <translation>همسر: نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="96" />
        <source>Spouse: birth name</source>
        <translation>همسر: نام خانوادگی هنگام تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="97" />
        <source>Only if it differs from the family name.</source>
        <translation>فقط اگر با نام خانوادگی کنونی فرق دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="98" />
        <source>Spouse: first names</source>
        <translation>همسر: نام کوچک</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="99" />
        <source>Spouse: sex</source>
        <translation>همسر: جنسیت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="100" />
        <source>Spouse: date of birth</source>
        <translation>همسر: تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="101" />
        <source>Spouse: place of birth</source>
        <translation>همسر: محل تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="102" />
        <source>Spouse: nationality</source>
        <translation>همسر: تابعیت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="103" />
        <source>Spouse: second nationality</source>
        <translation>همسر: تابعیت دوم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="104" />
        <source>Does your spouse live in Germany?</source>
        <translation>آیا همسرتان در آلمان زندگی می‌کند؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="105" />
        <source>Spouse: address</source>
        <translation>همسر: نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="106" />
        <source>Also if it is the same as yours.</source>
        <translation>حتی اگر همان نشانی شما باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="107" />
        <source>My spouse also applies with this application</source>
        <translation>با همین درخواست برای همسرم هم درخواست می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="108" />
        <source>Children</source>
        <translation>فرزندان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="109" />
        <source>Child</source>
        <translation>فرزند</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="110" />
        <source>Add a child</source>
        <translation>افزودن فرزند</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="111" />
        <source>Remove this child</source>
        <translation>حذف این فرزند</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="112" />
        <source>Lives in Germany</source>
        <translation>در آلمان زندگی می‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="113" />
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="114" />
        <source>Also applies with this application</source>
        <translation>با همین درخواست برای او هم درخواست می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="115" />
        <source>Father: family name</source>
        <translation>پدر: نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="116" />
        <source>Father: birth name</source>
        <translation>پدر: نام خانوادگی هنگام تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="117" />
        <source>Father: first names</source>
        <translation>پدر: نام کوچک</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="118" />
        <source>Father: date of birth</source>
        <translation>پدر: تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="119" />
        <source>Father: place of birth</source>
        <translation>پدر: محل تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="120" />
        <source>Father: nationality</source>
        <translation>پدر: تابعیت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="121" />
        <source>Father: second nationality</source>
        <translation>پدر: تابعیت دوم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="122" />
        <source>Father: address</source>
        <translation>پدر: نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="123" />
        <source>Mother: family name</source>
        <translation>مادر: نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="124" />
        <source>Mother: birth name</source>
        <translation>مادر: نام خانوادگی هنگام تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="125" />
        <source>Mother: first names</source>
        <translation>مادر: نام کوچک</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="126" />
        <source>Mother: date of birth</source>
        <translation>مادر: تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="127" />
        <source>Mother: place of birth</source>
        <translation>مادر: محل تولد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="128" />
        <source>Mother: nationality</source>
        <translation>مادر: تابعیت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="129" />
        <source>Mother: second nationality</source>
        <translation>مادر: تابعیت دوم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="130" />
        <source>Mother: address</source>
        <translation>مادر: نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="131" />
        <source>Do both parents (or your guardians) agree to your stay?</source>
        <translation>آیا هر دو والد شما (یا سرپرستان قانونی‌تان) با اقامت شما موافق‌اند؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="132" />
        <source>Entry and previous stays</source>
        <translation>ورود و اقامت‌های قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="133" />
        <source>When you came to Germany, and the residence title you hold now.</source>
        <translation>چه زمانی به آلمان آمدید و اکنون چه مدرک اقامتی دارید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="134" />
        <source>Date of entry into Germany</source>
        <translation>تاریخ ورود به آلمان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="135" />
        <source>Entered from</source>
        <translation>کشوری که از آن وارد شدید</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="136" />
        <source>Did you enter with a visa?</source>
        <translation>آیا با ویزا وارد شدید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="137" />
        <source>Your current residence title</source>
        <translation>مدرک اقامت کنونی شما</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="138" />
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="139" />
        <source>Visa</source>
        <translation>ویزا</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="140" />
        <source>Residence permit (Aufenthaltserlaubnis)</source>
        <translation>اجازه اقامت (Aufenthaltserlaubnis)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="141" />
        <source>Fictional certificate (Fiktionsbescheinigung)</source>
        <translation>گواهی موقت اعتبار اقامت در زمان بررسی درخواست (Fiktionsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="142" />
        <source>Toleration (Duldung)</source>
        <translation>برگه تعلیق اخراج (Duldung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="143" />
        <source>Permission to reside during the asylum procedure (Gestattung)</source>
        <translation>اجازه اقامت در طول روند پناهندگی (Gestattung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="144" />
        <source>Your current title is valid until</source>
        <translation>مدرک کنونی شما معتبر است تا</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="145" />
        <source>Purpose your current residence permit was granted for</source>
        <translation>هدفی که اجازه اقامت فعلی شما برای آن صادر شده است</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="146" />
        <source>Leave empty if it is the same purpose as now. Another purpose can change the fee.</source>
        <translation>اگر همان هدف فعلی است خالی بگذارید. هدف دیگر ممکن است مبلغ هزینه را تغییر دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="147" />
        <source>If you have already handed in or sent the application: on which day?</source>
        <translation>اگر درخواست را قبلاً تحویل داده یا فرستاده‌اید: در چه روزی؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="148" />
        <source>How did you hand it in?</source>
        <translation>چگونه آن را تحویل دادید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="149" />
        <source>Registered letter with return receipt (Einschreiben mit Rückschein)</source>
        <translation>نامه سفارشی با اعلام وصول (Einschreiben mit Rückschein)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="150" />
        <source>Ordinary letter</source>
        <translation>نامه معمولی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="151" />
        <source>Into the office's letter box</source>
        <translation>در صندوق نامه اداره</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="152" />
        <source>In person at the office</source>
        <translation>حضوری در اداره</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="153" />
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="154" />
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="155" />
        <source>The office's contact form</source>
        <translation>فرم تماس اداره</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="156" />
        <source>The office's online service</source>
        <translation>خدمت آنلاین اداره</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="157" />
        <source>Earlier stays in Germany</source>
        <translation>اقامت‌های قبلی در آلمان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="158" />
        <source>Earlier stay</source>
        <translation>اقامت قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="159" />
        <source>Add an earlier stay</source>
        <translation>افزودن اقامت قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="160" />
        <source>Remove this stay</source>
        <translation>حذف این اقامت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="161" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="162" />
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="163" />
        <source>An earlier stay cannot end before it began.</source>
        <translation>اقامت قبلی نمی‌تواند پیش از شروعش تمام شده باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="164" />
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="165" />
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="166" />
        <source>Absence from Germany</source>
        <translation>غیبت از آلمان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="167" />
        <source>If you will be abroad for longer than six months, your permit may end unless the immigration office agrees in advance.</source>
        <translation>اگر بیش از شش ماه خارج از آلمان باشید، ممکن است اجازه اقامت شما باطل شود، مگر اینکه اداره اتباع خارجی (Ausländerbehörde) از پیش موافقت کند.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="168" />
        <source>Planned absences</source>
        <translation>غیبت‌های برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="169" />
        <source>Absence</source>
        <translation>غیبت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="170" />
        <source>Add an absence</source>
        <translation>افزودن غیبت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="171" />
        <source>Remove this absence</source>
        <translation>حذف این غیبت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="172" />
        <source>An absence cannot end before it begins.</source>
        <translation>غیبت نمی‌تواند پیش از شروعش تمام شود.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="173" />
        <source>Destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="174" />
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="175" />
        <source>Your studies</source>
        <translation>تحصیل شما</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="176" />
        <source>University</source>
        <translation>دانشگاه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="177" />
        <source>Address of the university</source>
        <translation>نشانی دانشگاه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="178" />
        <source>Street and house number</source>
        <translation>خیابان و پلاک</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="179" />
        <source>Kind of university</source>
        <translation>نوع دانشگاه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="180" />
        <source>State university</source>
        <translation>دانشگاه دولتی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="181" />
        <source>State-recognised private university</source>
        <translation>دانشگاه خصوصی مورد تأیید دولت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="182" />
        <source>Not state-recognised</source>
        <translation>مورد تأیید دولت نیست</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="183" />
        <source>Distance-learning university</source>
        <translation>دانشگاه آموزش از راه دور</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="184" />
        <source>I do not know</source>
        <translation>نمی‌دانم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="185" />
        <source>Form of study</source>
        <translation>شیوه تحصیل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="186" />
        <source>Full-time</source>
        <translation>تمام‌وقت</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="187" />
        <source>Part-time (admitted to a part-time programme)</source>
        <translation>پاره‌وقت (پذیرفته‌شده در برنامه تحصیلی پاره‌وقت)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="188" />
        <source>Evening classes</source>
        <translation>کلاس‌های شبانه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="189" />
        <source>Weekend classes</source>
        <translation>کلاس‌های آخر هفته</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="190" />
        <source>Distance learning</source>
        <translation>آموزش از راه دور</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="191" />
        <source>Degree</source>
        <translation>مدرک تحصیلی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="192" />
        <source>Bachelor</source>
        <translation>کارشناسی (Bachelor)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="193" />
        <source>Master</source>
        <translation>کارشناسی ارشد (Master)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="194" />
        <source>Diploma</source>
        <translation>دیپلم دانشگاهی (Diplom)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="195" />
        <source>State examination</source>
        <translation>آزمون دولتی (Staatsexamen)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="196" />
        <source>Doctorate</source>
        <translation>دکترا</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="197" />
        <source>Another degree</source>
        <translation>مدرک تحصیلی دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="198" />
        <source>Subject</source>
        <translation>رشته تحصیلی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="199" />
        <source>Current semester</source>
        <translation>نیمسال تحصیلی کنونی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="200" />
        <source>Start of studies</source>
        <translation>تاریخ شروع تحصیل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="201" />
        <source>Average length of the course at your university</source>
        <translation>میانگین طول تحصیل این رشته در دانشگاه شما</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="202" />
        <source>How many semesters students take on average for this course at your university (not the standard period). The International Office can tell you. Leave it empty if you do not know.</source>
        <translation>دانشجویان این رشته در دانشگاه شما به‌طور میانگین چند نیم‌سال تحصیل می‌کنند (نه مدت رسمی تحصیل، Regelstudienzeit). دفتر بین‌الملل (International Office) می‌تواند به شما بگوید. اگر نمی‌دانید، خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="203" />
        <source>semesters</source>
        <translation>نیمسال</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="204" />
        <source>Document from the university</source>
        <translation>مدرک از دانشگاه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="205" />
        <source>Letter of admission (Zulassungsbescheid)</source>
        <translation>نامه پذیرش (Zulassungsbescheid)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="206" />
        <source>Study place reservation (Studienplatzvormerkung)</source>
        <translation>رزرو جای تحصیل (Studienplatzvormerkung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="207" />
        <source>Confirmation of my application (Bewerberbestätigung)</source>
        <translation>تأییدیه دریافت درخواست من (Bewerberbestätigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="208" />
        <source>Certificate that my presence is required</source>
        <translation>گواهی لزوم حضور من</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="209" />
        <source>Certificate of enrolment (Immatrikulationsbescheinigung)</source>
        <translation>گواهی ثبت‌نام در دانشگاه (Immatrikulationsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="210" />
        <source>None yet</source>
        <translation>هنوز هیچ</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="211" />
        <source>Do you have a university entrance qualification recognised in Germany?</source>
        <translation>آیا مدرکی برای ورود به دانشگاه دارید که در آلمان به رسمیت شناخته شود؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="212" />
        <source>Do you have the language certificate your course requires?</source>
        <translation>آیا مدرک زبانی را که رشته‌تان لازم دارد، دارید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="213" />
        <source>Change of subject planned on</source>
        <translation>تاریخ برنامه‌ریزی‌شده برای تغییر رشته</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="214" />
        <source>Leave empty if you do not change your subject.</source>
        <translation>اگر رشته‌تان را تغییر نمی‌دهید، خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="215" />
        <source>New subject</source>
        <translation>رشته جدید</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="216" />
        <source>Does one of these apply to the change?</source>
        <translation>آیا یکی از این موارد درباره تغییر رشته شما صدق می‌کند؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="217" />
        <source>None of these</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="218" />
        <source>The courses were identical until the change</source>
        <translation>دو رشته تا زمان تغییر یکسان بودند</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="219" />
        <source>All my previous semesters are credited</source>
        <translation>همه نیمسال‌های قبلی من محاسبه می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="220" />
        <source>Most semesters are credited, and the university certifies it</source>
        <translation>بیشتر نیمسال‌ها محاسبه می‌شوند و دانشگاه آن را تأیید می‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="221" />
        <source>It is a bridging semester</source>
        <translation>این یک نیمسال انتقالی است</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="222" />
        <source>Preparatory college</source>
        <translation>کالج پیش‌دانشگاهی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="223" />
        <source>Name of the Studienkolleg</source>
        <translation>نام کالج پیش‌دانشگاهی (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="224" />
        <source>Address of the Studienkolleg</source>
        <translation>نشانی کالج پیش‌دانشگاهی (Studienkolleg)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="225" />
        <source>Is it a state or state-recognised Studienkolleg?</source>
        <translation>آیا کالج پیش‌دانشگاهی دولتی یا مورد تأیید دولت است؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="226" />
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="227" />
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="228" />
        <source>First day of your first preparatory course in Germany</source>
        <translation>نخستین روز نخستین دوره آمادگی شما در آلمان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="229" />
        <source>Language school</source>
        <translation>آموزشگاه زبان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="230" />
        <source>Address of the language school</source>
        <translation>نشانی آموزشگاه زبان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="231" />
        <source>Lessons a week</source>
        <translation>ساعت درس در هفته</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="232" />
        <source>hours a week</source>
        <translation>ساعت در هفته</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="233" />
        <source>Please give the lessons a week as a number, for example 20.</source>
        <translation>لطفاً ساعت‌های درس در هفته را به عدد وارد کنید، برای نمونه 20.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="234" />
        <source>Are there lessons every weekday?</source>
        <translation>آیا هر روز کاری کلاس دارید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="235" />
        <source>The course is held only in the evenings or at weekends</source>
        <translation>دوره فقط عصرها یا آخر هفته‌ها برگزار می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="236" />
        <source>Course starts on</source>
        <translation>تاریخ شروع دوره</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="237" />
        <source>Course ends on</source>
        <translation>تاریخ پایان دوره</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="238" />
        <source>The course cannot end before it starts.</source>
        <translation>دوره نمی‌تواند پیش از شروعش تمام شود.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="239" />
        <source>The course prepares for</source>
        <translation>دوره آمادگی برای</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="240" />
        <source>For example DSH, TestDaF or a university course.</source>
        <translation>برای نمونه DSH، TestDaF یا تحصیل دانشگاهی.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="241" />
        <source>Looking for a study place</source>
        <translation>جست‌وجوی جای تحصیل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="242" />
        <source>First day as a study applicant in Germany</source>
        <translation>نخستین روز شما به‌عنوان متقاضی تحصیل در آلمان</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="243" />
        <source>University you have applied to</source>
        <translation>دانشگاهی که به آن درخواست داده‌اید</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="244" />
        <source>Leave empty if you have not applied yet.</source>
        <translation>اگر هنوز درخواست نداده‌اید، خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="245" />
        <source>Leave empty if you have not attended one.</source>
        <translation>اگر در چنین دوره‌ای شرکت نکرده‌اید، خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="246" />
        <source>Job search after graduating</source>
        <translation>جست‌وجوی کار پس از فارغ‌التحصیلی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="247" />
        <source>Date of your final examination</source>
        <translation>تاریخ آزمون پایانی شما</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="248" />
        <source>Date of exmatriculation</source>
        <translation>تاریخ لغو ثبت‌نام از دانشگاه (Exmatrikulation)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="249" />
        <source>What kind of job are you looking for?</source>
        <translation>دنبال چه نوع کاری هستید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="250" />
        <source>Describe the purpose of your stay</source>
        <translation>هدف اقامت خود را شرح دهید</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="251" />
        <source>Host institution or employer</source>
        <translation>مؤسسه میزبان یا کارفرما</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="252" />
        <source>Its address</source>
        <translation>نشانی آن</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="253" />
        <source>Intended employment</source>
        <translation>اشتغال مورد نظر</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="254" />
        <source>The work you do or will do in Germany, for example research assistant.</source>
        <translation>کاری که در آلمان انجام می‌دهید یا انجام خواهید داد، برای نمونه دستیار پژوهشی.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="256" />
        <source>Money and health insurance</source>
        <translation>هزینه زندگی و بیمه درمانی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="257" />
        <source>How you pay for your living costs in Germany, and how you are insured.</source>
        <translation>هزینه زندگی خود را در آلمان چگونه تأمین می‌کنید و بیمه درمانی شما چیست.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="258" />
        <source>I have a blocked account (Sperrkonto)</source>
        <translation>حساب مسدودی دارم (Sperrkonto)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="259" />
        <source>Monthly payout from the blocked account</source>
        <translation>برداشت ماهانه از حساب مسدودی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="260" />
        <source>euro a month</source>
        <translation>یورو در ماه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="261" />
        <source>I have a scholarship</source>
        <translation>بورسیه دارم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="262" />
        <source>The scholarship is from the DAAD</source>
        <translation>بورسیه از DAAD (سازمان تبادلات آکادمیک آلمان) است</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="263" />
        <source>The scholarship is paid from German public funds</source>
        <translation>بورسیه از بودجه عمومی آلمان پرداخت می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="264" />
        <source>Someone has signed a formal obligation to pay for me (Verpflichtungserklärung)</source>
        <translation>کسی تعهدنامه رسمی تأمین مخارج مرا امضا کرده است (Verpflichtungserklärung)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="265" />
        <source>My own income</source>
        <translation>درآمد خودم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="266" />
        <source>Other means</source>
        <translation>منابع دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="267" />
        <source>Health insurance</source>
        <translation>بیمه درمانی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="268" />
        <source>Statutory health insurance</source>
        <translation>بیمه درمانی قانونی (gesetzlich)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="269" />
        <source>Private health insurance</source>
        <translation>بیمه درمانی خصوصی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="270" />
        <source>Travel health insurance</source>
        <translation>بیمه درمانی مسافرتی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="271" />
        <source>Insurance company</source>
        <translation>شرکت بیمه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="272" />
        <source>Work</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="273" />
        <source>Work you do or plan to do next to your studies or course.</source>
        <translation>کاری که در کنار تحصیل یا دوره‌تان انجام می‌دهید یا قصد دارید انجام دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="274" />
        <source>Full working days</source>
        <translation>روزهای کاری کامل</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="275" />
        <source>full days a year</source>
        <translation>روز کامل در سال</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="276" />
        <source>Half working days</source>
        <translation>نیم‌روزهای کاری</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="277" />
        <source>half days a year</source>
        <translation>نیم‌روز در سال</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="278" />
        <source>Regular job in the lecture period</source>
        <translation>کار منظم در دوره کلاس‌ها (Vorlesungszeit)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="279" />
        <source>Not a student job at the university and not a required internship: those do not count.</source>
        <translation>نه کار دانشجویی در دانشگاه و نه کارآموزی اجباری: این‌ها حساب نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="280" />
        <source>Spread over</source>
        <translation>پخش‌شده در</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="281" />
        <source>days a week</source>
        <translation>روز در هفته</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="282" />
        <source>Weeks in the lecture period</source>
        <translation>هفته‌ها در دوره کلاس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="283" />
        <source>weeks a year</source>
        <translation>هفته در سال</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="284" />
        <source>Regular job outside the lecture period</source>
        <translation>کار منظم بیرون از دوره کلاس‌ها (در تعطیلات)</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="285" />
        <source>Weeks outside the lecture period</source>
        <translation>هفته‌ها بیرون از دوره کلاس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="286" />
        <source>I work as a student assistant at a university</source>
        <translation>به‌عنوان دستیار دانشجویی در دانشگاه کار می‌کنم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="287" />
        <source>I do an internship that my course requires</source>
        <translation>کارآموزی اجباری رشته‌ام را می‌گذرانم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="288" />
        <source>I do a voluntary internship</source>
        <translation>کارآموزی داوطلبانه می‌گذرانم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="289" />
        <source>Working days of the voluntary internship</source>
        <translation>روزهای کاری کارآموزی داوطلبانه</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="290" />
        <source>working days</source>
        <translation>روز کاری</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="291" />
        <source>I am self-employed</source>
        <translation>خویش‌فرما هستم</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="305" />
        <source>This date cannot be right: the form takes dates from 1 January 1900 to 31 December 2199. Please check the year.</source>
        <translation>این تاریخ نمی‌تواند درست باشد: فرم تاریخ‌های ۱ ژانویه ۱۹۰۰ تا ۳۱ دسامبر ۲۱۹۹ را می‌پذیرد. لطفاً سال را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="306" />
        <source>This is longer than the form has room for: a name has at most 100 characters. Write it as in your passport.</source>
        <translation>این طولانی‌تر از جایی است که فرم دارد: یک نام حداکثر ۱۰۰ نویسه دارد. آن را همان‌طور که در گذرنامه‌تان آمده بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="307" />
        <source>This is longer than the form has room for: at most 200 characters.</source>
        <translation>این طولانی‌تر از جایی است که فرم دارد: حداکثر ۲۰۰ نویسه.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="308" />
        <source>This is longer than the form and the packet have room for: at most 1000 characters. Please write it more briefly.</source>
        <translation>این طولانی‌تر از جایی است که فرم و بسته مدارک دارند: حداکثر ۱۰۰۰ نویسه. لطفاً کوتاه‌تر بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="255" />
        <source>Profession learned</source>
        <translation>حرفه آموخته‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="292" />
        <source>Legal questions</source>
        <translation>پرسش‌های حقوقی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="293" />
        <source>The form asks everyone these questions. Answer them truthfully; a yes does not by itself mean a refusal, and a wrong answer can have serious consequences.</source>
        <translation>فرم این پرسش‌ها را از همه می‌پرسد. صادقانه پاسخ دهید؛ پاسخ «بله» به‌خودی‌خود به معنای رد درخواست نیست، ولی پاسخ نادرست می‌تواند پیامدهای جدی داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="294" />
        <source>Have you been convicted of a criminal offence in Germany?</source>
        <translation>آیا در آلمان به دلیل جرمی محکوم شده‌اید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="295" />
        <source>What, when and where?</source>
        <translation>چه جرمی، چه زمانی و کجا؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="296" />
        <source>Have you been convicted of a criminal offence in another country?</source>
        <translation>آیا در کشور دیگری به دلیل جرمی محکوم شده‌اید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="297" />
        <source>Have you ever been expelled or deported from Germany?</source>
        <translation>آیا تاکنون از آلمان اخراج یا دیپورت شده‌اید؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="298" />
        <source>When and why?</source>
        <translation>چه زمانی و چرا؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="299" />
        <source>Has Germany or another Schengen state ever refused you entry or a residence title?</source>
        <translation>آیا تاکنون آلمان یا کشور دیگری از کشورهای شنگن از ورود شما یا صدور مدرک اقامت برای شما خودداری کرده است؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="300" />
        <source>When, where and why?</source>
        <translation>چه زمانی، کجا و چرا؟</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="301" />
        <source>Review</source>
        <translation>بازبینی</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="302" />
        <source>Everything the checks found. Select an entry to go to its page.</source>
        <translation>همه مواردی که بررسی‌ها یافته‌اند. یک مورد را انتخاب کنید تا به صفحه آن بروید.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="303" />
        <source>Your packet</source>
        <translation>مجموعه مدارک شما</translation>
    </message>
    <message>
        <location filename="../../ui/interview_strings.py" line="304" />
        <source>Look at the packet, then print it or save it as a PDF file.</source>
        <translation>مجموعه مدارک را ببینید، سپس آن را چاپ کنید یا به‌صورت فایل PDF ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ui/letters_panel.py" line="272" />
        <source>The letter cannot be written yet: %1</source>
        <translation>هنوز نمی‌توان نامه را نوشت: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="281" />
        <source>Save the letter</source>
        <translation>ذخیره نامه</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="282" />
        <location filename="../../ui/letters_panel.py" line="309" />
        <source>letter.pdf</source>
        <translation>name.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="283" />
        <location filename="../../ui/letters_panel.py" line="392" />
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="287" />
        <source>Letter saved: %1. Print page 1, sign it and send it; the next page is the translation for you.</source>
        <translation>نامه ذخیره شد: %1. صفحه ۱ را چاپ کنید، امضا کنید و بفرستید؛ صفحه بعد ترجمه برای شماست.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="290" />
        <source>Your permit has expired: read the warning on the next page and see a counselling centre at once.</source>
        <translation>اعتبار اجازه اقامت شما تمام شده است: هشدار صفحه بعد را بخوانید و فوراً به یک مرکز مشاوره بروید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="314" />
        <source>Save the e-mail</source>
        <translation>ذخیره ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="315" />
        <source>letter.eml</source>
        <translation>name.eml</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="316" />
        <source>E-mail files (*.eml)</source>
        <translation>فایل‌های ایمیل (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="320" />
        <source>E-mail saved: %1. Open it in your mail program, check it and send it to %2 yourself; the program sends nothing.</source>
        <translation>ایمیل ذخیره شد: %1. آن را در برنامه ایمیل خود باز کنید، بررسی کنید و خودتان به %2 بفرستید؛ برنامه چیزی نمی‌فرستد.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="333" />
        <source>Add documents</source>
        <translation>افزودن مدارک</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="334" />
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>مدارک (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="355" />
        <source>(no item of the checklist)</source>
        <translation>(موردی از فهرست مدارک نیست)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="363" />
        <source>Checklist item of this document</source>
        <translation>مورد فهرست مدارک برای این مدرک</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="390" />
        <source>Save the documents as one PDF</source>
        <translation>ذخیره مدارک در یک PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="391" />
        <source>documents.pdf</source>
        <translation>madarek.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="405" />
        <source>Joining the documents (%1)… You can go on working meanwhile.</source>
        <translation>مدارک در حال یکجا شدن هستند (%1)… در این مدت می‌توانید به کار ادامه دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="434" />
        <source>The documents cannot be joined: %1</source>
        <translation>نمی‌توان مدارک را یکجا کرد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="423" />
        <source>Saved: %1 (%2 pages). Checklist: %3 item(s) covered, %4 still missing.</source>
        <translation>ذخیره شد: %1 (%2 صفحه). فهرست مدارک: %3 مورد موجود، %4 مورد هنوز ناقص.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="293" />
        <source>The program knows no postal address of this office: find it on the office's website and write it by hand below the office's name on page 1.</source>
        <translation>برنامه نشانی پستی این اداره را نمی‌شناسد: آن را در وب‌سایت اداره پیدا کنید و در صفحه ۱ زیر نام اداره با دست بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="414" />
        <source>Cancelled: the documents were not joined and nothing was saved.</source>
        <translation>لغو شد: مدارک یکجا نشدند و چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="447" />
        <source>%1 is no longer where it was added (moved or deleted). Remove it from the list and add it again.</source>
        <translation>%1 دیگر در جایی که از آن اضافه شده بود نیست (جابه‌جا یا پاک شده است). آن را از فهرست حذف کنید و دوباره اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="449" />
        <source>%1 cannot be opened. Check that you may read it, or add a copy of it.</source>
        <translation>%1 باز نمی‌شود. بررسی کنید که اجازه خواندن آن را دارید، یا یک نسخه از آن را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="451" />
        <source>%1 is not a PDF, JPEG or PNG file. Scan or save it as one of these and add it again.</source>
        <translation>%1 فایل PDF، JPEG یا PNG نیست. آن را با یکی از این قالب‌ها اسکن یا ذخیره کنید و دوباره اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="453" />
        <source>%1 is too large for one document (more than %2 MB). Scan it again at a lower resolution.</source>
        <translation>%1 برای یک سند بیش از حد بزرگ است (بیش از %2 مگابایت). آن را دوباره با وضوح کمتر اسکن کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="455" />
        <source>%1 is protected by a password. Save a copy without the password and add that.</source>
        <translation>%1 با گذرواژه محافظت شده است. یک نسخه بدون گذرواژه ذخیره کنید و آن را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="457" />
        <source>%1 is damaged and cannot be read. Scan or save it again.</source>
        <translation>%1 آسیب دیده است و خوانده نمی‌شود. آن را دوباره اسکن یا ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="458" />
        <source>together the documents would make %2 MB, more than the %3 MB set above. The largest: %4. Scan the largest again at a lower resolution, send it separately, or allow more MB.</source>
        <translation>مدارک روی هم %2 مگابایت می‌شدند، بیشتر از %3 مگابایتی که در بالا تنظیم شده است. بزرگ‌ترین‌ها: %4. بزرگ‌ترین‌ها را دوباره با وضوح کمتر اسکن کنید، جداگانه بفرستید یا مگابایت بیشتری مجاز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="484" />
        <location filename="../../ui/letters_panel.py" line="499" />
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="542" />
        <source>Letters and documents</source>
        <translation>نامه‌ها و مدارک</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="543" />
        <source>Letter to the office:</source>
        <translation>نامه به اداره:</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="545" />
        <source>Apply in writing to extend the permit (before it expires)</source>
        <translation>درخواست کتبی تمدید (پیش از پایان اعتبار)</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="546" />
        <source>Ask for an appointment</source>
        <translation>درخواست وقت ملاقات</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="547" />
        <source>Permit already expired: ask the office to let it continue</source>
        <translation>اعتبار اجازه اقامت تمام شده: درخواست ادامه اعتبار</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="548" />
        <source>Report a new address</source>
        <translation>اعلام نشانی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="556" />
        <source>Kind of letter</source>
        <translation>نوع نامه</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="557" />
        <source>Write letter…</source>
        <translation>نوشتن نامه…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="558" />
        <source>As e-mail…</source>
        <translation>به‌صورت ایمیل…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="559" />
        <source>Writes the letter as an e-mail with the PDF attached, for you to send from your mail program</source>
        <translation>نامه را به‌صورت ایمیل با PDF پیوست می‌نویسد تا از برنامه ایمیل خود بفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="562" />
        <source>Scanned documents (PDF, JPEG, PNG) for one PDF to hand in or send: say for each which item of the checklist it is. The files stay where they are.</source>
        <translation>مدارک اسکن‌شده (PDF، JPEG، PNG) در یک PDF برای تحویل یا ارسال: برای هر کدام بگویید به کدام مورد فهرست مدارک مربوط است. فایل‌ها همان جایی که هستند می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>Document</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="564" />
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="565" />
        <source>Documents for the bundle</source>
        <translation>مدارک برای PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="566" />
        <source>Add documents…</source>
        <translation>افزودن مدارک…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="567" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="568" />
        <source>At most (MB):</source>
        <translation>حداکثر (مگابایت):</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="569" />
        <source>Save as one PDF…</source>
        <translation>ذخیره به‌صورت یک PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="570" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/letters_panel.py" line="571" />
        <source>Stop joining the documents; nothing is saved.</source>
        <translation>توقف یکجا کردن مدارک؛ چیزی ذخیره نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="407" />
        <source>Please answer: %1</source>
        <translation>لطفاً پاسخ دهید: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="419" />
        <source>The page you left has a problem. It stays listed in the review; the packet to hand in waits until it is solved.</source>
        <translation>در صفحه‌ای که از آن خارج شدید مشکلی وجود دارد. این مشکل در صفحه بازبینی فهرست می‌ماند و مدارک قابل تحویل تا حل شدن آن آماده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="565" />
        <source>This page has a problem to solve.</source>
        <translation>این صفحه مشکلی دارد که باید برطرف شود.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="625" />
        <source>Residence permit assistant</source>
        <translation>دستیار اجازه اقامت</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="626" />
        <source>Step %1 of %2: %3 – Residence permit assistant</source>
        <translation>مرحله %1 از %2: %3 – دستیار اجازه اقامت</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="635" />
        <source>Residence permit assistant – Saxony</source>
        <translation>دستیار اجازه اقامت – زاکسن</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="636" />
        <source>Shared PC: nothing is kept</source>
        <translation>رایانه مشترک: چیزی نگه داشته نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="637" />
        <source>Personal mode: draft kept on this PC</source>
        <translation>حالت شخصی: پیش‌نویس روی این رایانه می‌ماند</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="639" />
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="640" />
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="641" />
        <source>Steps</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="642" />
        <source>&lt; Back</source>
        <translation>&lt; قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="643" />
        <source>Next &gt;</source>
        <translation>بعدی &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="644" />
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="645" />
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="646" />
        <source>The previous page (Alt+Left)</source>
        <translation>صفحه قبلی (Alt+چپ)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="647" />
        <source>The next page (Alt+Right, or Enter in the last field)</source>
        <translation>صفحه بعدی (Alt+راست، یا Enter در آخرین خانه)</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="649" />
        <location filename="../../ui/window.py" line="660" />
        <source>Save case file…</source>
        <translation>ذخیره فایل پرونده…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="650" />
        <source>Keep your answers in a file protected with a passphrase, to continue later (Ctrl+S).</source>
        <translation>پاسخ‌های خود را در فایلی محافظت‌شده با رمز نگه دارید تا بعداً ادامه دهید (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="658" />
        <source>&amp;Case</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="659" />
        <source>Open a case file…</source>
        <translation>باز کردن فایل پرونده…</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="707" />
        <source>Unexpected error</source>
        <translation>خطای غیرمنتظره</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="708" />
        <source>The program met an unexpected error. Your answers are still in the window; please save a case file if you can and restart the program.</source>
        <translation>در برنامه خطای غیرمنتظره‌ای رخ داد. پاسخ‌های شما هنوز در پنجره است؛ اگر می‌توانید فایل پرونده را ذخیره کنید و برنامه را دوباره راه‌اندازی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="724" />
        <source>The settings file of this computer (%1) cannot be used. The program therefore runs in shared mode, the safe choice: nothing you enter is kept on this computer unless you save a case file, and after %2 minutes without use everything entered is erased. Forms of the counselling centre are not offered.</source>
        <translation>فایل تنظیمات این رایانه (%1) قابل استفاده نیست. به همین دلیل برنامه در حالت رایانه مشترک کار می‌کند که انتخاب امن است: هیچ‌چیز از آنچه وارد می‌کنید روی این رایانه نگه داشته نمی‌شود مگر اینکه خودتان فایل پرونده را ذخیره کنید، و پس از %2 دقیقه بدون استفاده همه آنچه وارد شده پاک می‌شود. فرم‌های مرکز مشاوره ارائه نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="731" />
        <source>Please tell whoever looks after this computer; the details say what is wrong in the file.</source>
        <translation>لطفاً به کسی که مسئول این رایانه است اطلاع دهید؛ در جزئیات آمده است که چه چیزی در فایل اشتباه است.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="739" />
        <source>Settings cannot be used</source>
        <translation>تنظیمات قابل استفاده نیست</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="762" />
        <source>Nobody has used the program for a while. In %1 seconds everything entered is erased. Press any key to continue.</source>
        <translation>مدتی است کسی از برنامه استفاده نکرده است. تا %1 ثانیه دیگر همه اطلاعات واردشده پاک می‌شود. برای ادامه، کلیدی را فشار دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="809" />
        <source>Erase</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="814" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="821" />
        <source>Finish erases everything you entered in this program: every answer, the packet and its preview. It cannot be undone.</source>
        <translation>پایان دادن همه چیزهایی را که در این برنامه وارد کرده‌اید پاک می‌کند: هر پاسخ، مجموعه مدارک و پیش‌نمایش آن. این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="824" />
        <source>The draft kept on this computer is deleted too.</source>
        <translation>پیش‌نویس ذخیره‌شده روی این رایانه هم حذف می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="825" />
        <source>Save the packet and, if you want, a case file first.</source>
        <translation>ابتدا مجموعه مدارک و در صورت تمایل یک فایل پرونده را ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="829" />
        <source>Finish and erase everything?</source>
        <translation>پایان و پاک کردن همه چیز؟</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="661" />
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="706" />
        <source>Please write a number, for example 20.</source>
        <translation>لطفاً یک عدد بنویسید، برای نمونه 20.</translation>
    </message>
</context>
<context>
    <name>PacketPage</name>
    <message>
        <location filename="../../ui/packet_page.py" line="241" />
        <source>Making your packet…</source>
        <translation>در حال ساختن مجموعه مدارک شما…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="257" />
        <source>Not ready to hand in: %1 problem(s) to solve first (see the review). This is a copy to discuss with a counsellor: the checklist, the points to discuss and the deadlines, without the application form.</source>
        <translation>آماده تحویل نیست: تعداد مشکلاتی که ابتدا باید حل شوند: %1 (صفحه بازبینی را ببینید). این نسخه‌ای برای گفت‌وگو با مشاور است: فهرست مدارک، موارد قابل گفت‌وگو و مهلت‌ها، بدون فرم درخواست.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="264" />
        <source>Still missing: %1.</source>
        <translation>هنوز کم است: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="268" />
        <source>According to your answers you need no residence permit, so this packet holds no application form: it says why and what to do instead.</source>
        <translation>بر اساس پاسخ‌های شما به اجازه اقامت نیاز ندارید، به همین دلیل این مدارک فرم درخواست ندارد: دلیل آن و کاری که به‌جای آن باید انجام دهید را توضیح می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="284" />
        <source>The copy for counselling has %1 pages.</source>
        <translation>نسخه مشاوره %1 صفحه دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="287" />
        <source>Your packet has %1 pages. Check it, then print it or save it.</source>
        <translation>مجموعه مدارک شما %1 صفحه است. آن را بررسی کنید، سپس چاپ یا ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="295" />
        <source>The packet could not be made: %1</source>
        <translation>مجموعه مدارک ساخته نشد: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packet_page.py" line="335" />
        <source>The packet was sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>مجموعه مدارک به چاپگر فرستاده شد (%n صفحه).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="376" />
        <source>Preview of the packet</source>
        <translation>پیش‌نمایش مجموعه مدارک</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="281" />
        <source>packet.pdf</source>
        <translation>packet.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>Save the deadlines for a calendar</source>
        <translation>ذخیره مهلت‌ها برای تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="349" />
        <source>deadlines.ics</source>
        <translation>deadlines.ics</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="350" />
        <source>Calendar files (*.ics)</source>
        <translation>فایل‌های تقویم (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="367" />
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="332" />
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="377" />
        <source>Save deadlines for a calendar…</source>
        <translation>ذخیره مهلت‌ها برای تقویم…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="378" />
        <source>Save case file…</source>
        <translation>ذخیره فایل پرونده…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="379" />
        <source>Go to the review</source>
        <translation>رفتن به صفحه بازبینی</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="380" />
        <source>Application form:</source>
        <translation>فرم درخواست:</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="381" />
        <source>Application form in the packet</source>
        <translation>فرم درخواست در مجموعه مدارک</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="385" />
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../ui/packet_page.py" line="387" />
        <source>Ends the session: everything you entered is erased from the program.</source>
        <translation>جلسه را به پایان می‌رساند: همه اطلاعاتی که وارد کرده‌اید از برنامه پاک می‌شود.</translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <location filename="../../ui/packet_view.py" line="107" />
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="108" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;ذخیره PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="109" />
        <source>Fit width</source>
        <translation>هم‌اندازه با پهنا</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="110" />
        <source>Show the pages as wide as the preview (Ctrl+0)</source>
        <translation>نمایش صفحه‌ها به پهنای پیش‌نمایش (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="111" />
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="112" />
        <source>Zoom out (Ctrl+minus)</source>
        <translation>کوچک‌نمایی (Ctrl+منفی)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="113" />
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="114" />
        <source>Zoom in (Ctrl+plus)</source>
        <translation>بزرگ‌نمایی (Ctrl+مثبت)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="179" />
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="196" />
        <source>Print the packet</source>
        <translation>چاپ مجموعه مدارک</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="209" />
        <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
        <translation>چاپگر راه‌اندازی نشد. بررسی کنید که روشن و وصل باشد، یا چاپگر دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="238" />
        <source>Save the packet as PDF</source>
        <translation>ذخیره مجموعه مدارک به‌صورت PDF</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="240" />
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/packet_view.py" line="255" />
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase.py" line="72" />
        <source>Choose a passphrase of at least %1 characters; a few words you can remember work well. Keep it safe: it cannot be recovered, and without it nobody can open the file.</source>
        <translation>یک رمز با دست‌کم %1 نویسه انتخاب کنید؛ چند واژه که به خاطر می‌سپارید مناسب است. آن را امن نگه دارید: بازیابی نمی‌شود و بدون آن هیچ‌کس نمی‌تواند فایل را باز کند.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="75" />
        <location filename="../../ui/passphrase.py" line="78" />
        <source>Passphrase:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="77" />
        <source>This case file is protected with a passphrase.</source>
        <translation>این فایل پرونده با رمز محافظت شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="79" />
        <source>The same passphrase again:</source>
        <translation>همان رمز دوباره:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase.py" line="108" />
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>%n نویسهٔ دیگر لازم است.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="114" />
        <source>Now type the same passphrase again below.</source>
        <translation>اکنون همان رمز را دوباره در پایین بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="115" />
        <source>The two entries are not the same yet.</source>
        <translation>دو ورودی هنوز یکسان نیستند.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase.py" line="116" />
        <source>Both entries are the same: the passphrase can be used.</source>
        <translation>هر دو ورودی یکسان‌اند: می‌توان از این رمز استفاده کرد.</translation>
    </message>
</context>
<context>
    <name>PickInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="822" />
        <source>– please choose –</source>
        <translation>– لطفاً انتخاب کنید –</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="825" />
        <source>Other (type it)</source>
        <translation>سایر (خودتان بنویسید)</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="828" />
        <source>Your answer:</source>
        <translation>پاسخ شما:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="829" />
        <source>Type your answer</source>
        <translation>پاسخ خود را بنویسید</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="832" />
        <source>%1: other answer</source>
        <translation>%1: پاسخ دیگر</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../../ui/platform_check.py" line="54" />
        <source>The window cannot open: this computer lacks system libraries that the window needs (%1). Install them, then start the program again:</source>
        <translation>پنجره باز نمی‌شود: این رایانه کتابخانه‌های سیستمی لازم برای پنجره را ندارد (%1). آن‌ها را نصب کنید و سپس برنامه را دوباره اجرا کنید:</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="58" />
        <source>The window cannot open: there is no screen to show it on (the DISPLAY variable is not set). Start the program from a desktop session.</source>
        <translation>پنجره باز نمی‌شود: صفحه‌ای برای نمایش آن وجود ندارد (متغیر DISPLAY تنظیم نشده است). برنامه را از یک نشست میز کار اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="62" />
        <source>The commands without a window work as they are: python main.py --help</source>
        <translation>فرمان‌های بدون پنجره همین‌طور کار می‌کنند: python main.py --help</translation>
    </message>
</context>
<context>
    <name>ProblemItem</name>
    <message>
        <location filename="../../ui/inputs.py" line="138" />
        <source>Problem:</source>
        <translation>مشکل:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="139" />
        <source>Warning:</source>
        <translation>هشدار:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="140" />
        <source>Note:</source>
        <translation>نکته:</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="151" />
        <location filename="../../ui/inputs.py" line="176" />
        <source>Why?</source>
        <translation>چرا؟</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="152" />
        <source>Why? %1</source>
        <translation>چرا؟ %1</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="173" />
        <source>Source:</source>
        <translation>منبع:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="295" />
        <source>According to your answers you need no residence permit. The packet explains why and what to do instead.</source>
        <translation>بر اساس پاسخ‌های شما به اجازه اقامت نیاز ندارید. مدارک دلیل آن و کاری که به‌جای آن باید انجام دهید را توضیح می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="298" />
        <source>Ready to hand in: nothing stops the application and every essential answer is given.</source>
        <translation>آماده تحویل: هیچ مانعی برای درخواست نیست و همه پاسخ‌های اصلی داده شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="301" />
        <source>Not ready to hand in: %1 problem(s) to solve first. You can still print a copy to discuss with a counsellor.</source>
        <translation>آماده تحویل نیست: تعداد مشکلاتی که ابتدا باید حل شوند: %1. با این حال می‌توانید نسخه‌ای برای گفت‌وگو با مشاور چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="306" />
        <source>Problems that stop the application</source>
        <translation>مشکلاتی که مانع درخواست می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307" />
        <source>Warnings to discuss</source>
        <translation>هشدارهایی برای گفت‌وگو</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="308" />
        <source>Good to know</source>
        <translation>خوب است بدانید</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="320" />
        <source>Without these answers the packet is not complete</source>
        <translation>بدون این پاسخ‌ها مدارک کامل نیست</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="329" />
        <source>Still missing for the form</source>
        <translation>برای فرم هنوز کم است</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="341" />
        <source>The checks found nothing to point out.</source>
        <translation>بررسی‌ها نکته‌ای برای یادآوری نیافتند.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="207" />
        <source>Go to: %1</source>
        <translation>رفتن به: %1</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../ui/errors.py" line="27" />
        <source>This is a file the program works from (the case file you opened, the saved draft, a document you added or a form): saving there would destroy it. Choose another name or folder.</source>
        <translation>این فایلی است که برنامه با آن کار می‌کند (فایل پرونده‌ای که باز کرده‌اید، پیش‌نویس ذخیره‌شده، سندی که اضافه کرده‌اید یا یک فرم): ذخیره روی آن، آن را از بین می‌برد. نام یا پوشه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>This name is a folder or a device, not a file. Choose a file name.</source>
        <translation>این نام یک پوشه یا دستگاه است، نه فایل. یک نام فایل انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34" />
        <source>The passphrase does not fit this case file. Check capital letters and the keyboard language, then try again.</source>
        <translation>رمز با این فایل پرونده جور نیست. حروف بزرگ و زبان صفحه‌کلید را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37" />
        <source>This case file is damaged or was changed after it was saved, so it cannot be opened. Open another copy of it if you have one.</source>
        <translation>این پرونده آسیب دیده یا پس از ذخیره تغییر کرده است و باز نمی‌شود. اگر نسخهٔ دیگری دارید، آن را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40" />
        <source>This case file was saved by a newer version of the program. Please update the program to open it.</source>
        <translation>این پرونده با نسخهٔ جدیدتری از برنامه ذخیره شده است. برای باز کردن آن برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43" />
        <source>This file is not a case file of this program. Choose a file that the program saved (ending in .permitcase or .json).</source>
        <translation>این پرونده متعلق به این برنامه نیست. پرونده‌ای را انتخاب کنید که برنامه ذخیره کرده است (با پسوند ‎.permitcase یا ‎.json).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>This passphrase cannot be used. It needs at least %1 characters, and both entries must be the same.</source>
        <translation>از این رمز نمی‌توان استفاده کرد. دست‌کم %1 نویسه لازم است و هر دو ورودی باید یکسان باشند.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>This case file cannot be read: it is missing, cannot be opened or its content is not complete. Choose another file.</source>
        <translation>این پرونده خوانده نمی‌شود: وجود ندارد، باز نمی‌شود یا محتوایش کامل نیست. پروندهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>The file could not be saved there. Choose another folder, or check that the disk or USB stick has room and is not write-protected.</source>
        <translation>پرونده در آنجا ذخیره نشد. پوشهٔ دیگری انتخاب کنید یا بررسی کنید که دیسک یا حافظهٔ USB جا دارد و در برابر نوشتن قفل نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <source>The chosen application form cannot be filled. Choose the program's own form on this page, or ask the counselling centre.</source>
        <translation>فرم درخواست انتخاب‌شده پر نمی‌شود. در این صفحه فرم خود برنامه را انتخاب کنید یا از مرکز مشاوره بپرسید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>The program does not know the rules for this date. Please check the dates you entered, or ask the immigration office.</source>
        <translation>برنامه قواعد این تاریخ را نمی‌شناسد. تاریخ‌هایی را که وارد کرده‌اید بررسی کنید یا از ادارهٔ اتباع خارجی بپرسید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>A data file of the program cannot be used. Please install the program again, or ask whoever set up this computer.</source>
        <translation>یکی از پرونده‌های داده‌ای برنامه قابل استفاده نیست. برنامه را دوباره نصب کنید یا از کسی که این رایانه را راه‌اندازی کرده بپرسید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Something unexpected went wrong. Your answers are still in the window; please save a case file and try again.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد. پاسخ‌های شما هنوز در پنجره است؛ لطفاً یک پرونده ذخیره کنید و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="197" />
        <source>Residence permit assistant for Saxony</source>
        <translation>دستیار اجازه اقامت برای زاکسن</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="203" />
        <source>This program helps you apply for a residence permit in Saxony, extend it, report a new address or keep your permit during a longer absence. It asks only the questions that matter for you, checks your answers as you type and says why, and at the end prints one packet: the filled application form, a list of the documents to bring, the expected fees, your deadlines and the immigration office responsible for you.</source>
        <translation>این برنامه به شما کمک می‌کند در زاکسن برای اجازه اقامت درخواست دهید یا آن را تمدید کنید، نشانی جدیدتان را اعلام کنید یا اجازه اقامت خود را در دوران غیبت طولانی حفظ کنید. فقط پرسش‌هایی را می‌پرسد که برای شما مهم‌اند، پاسخ‌هایتان را هنگام نوشتن بررسی می‌کند و دلیلش را می‌گوید، و در پایان یک مجموعه مدارک چاپ می‌کند: فرم درخواست پرشده، فهرست مدارکی که باید همراه بیاورید، هزینه‌های احتمالی، مهلت‌های شما و اداره اتباع خارجی (Ausländerbehörde) مسئول شما.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="208" />
        <source>It works offline.</source>
        <translation>بدون اینترنت کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="209" />
        <source>Nothing you enter is sent anywhere; the program does not use the internet.</source>
        <translation>هیچ‌چیز از آنچه وارد می‌کنید به جایی فرستاده نمی‌شود؛ برنامه از اینترنت استفاده نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="212" />
        <source>This computer is shared (for example in a counselling centre). Nothing you enter is stored on it unless you save a case file yourself. When you press Finish, close the program or leave it unused for a while, everything you entered is erased and the program starts again for the next person.</source>
        <translation>این رایانه مشترک است (برای نمونه در یک مرکز مشاوره). هیچ‌چیز از آنچه وارد می‌کنید روی آن ذخیره نمی‌شود، مگر اینکه خودتان یک فایل پرونده ذخیره کنید. وقتی «پایان» را بزنید، برنامه را ببندید یا مدتی از آن استفاده نکنید، همه اطلاعاتی که وارد کرده‌اید پاک می‌شود و برنامه برای نفر بعدی از نو شروع می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="218" />
        <source>Your answers are kept on this computer only, as a draft in your user folder, so that you can continue later. You can save them as a case file protected with a passphrase. Finish erases the draft and everything you entered.</source>
        <translation>پاسخ‌های شما فقط روی همین رایانه، به‌صورت پیش‌نویس در پوشه کاربری شما، نگه داشته می‌شوند تا بتوانید بعداً ادامه دهید. می‌توانید آن‌ها را به‌صورت فایل پرونده‌ای که با رمز عبور محافظت می‌شود ذخیره کنید. «پایان» پیش‌نویس و همه اطلاعات واردشده را پاک می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="221" />
        <source>What happens to your data:</source>
        <translation>چه اتفاقی برای داده‌های شما می‌افتد:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="223" />
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="224" />
        <source>Open a case file…</source>
        <translation>باز کردن فایل پرونده…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="226" />
        <source>An unfinished application was found on this computer. Do you want to continue it?</source>
        <translation>یک درخواست ناتمام روی این رایانه پیدا شد. می‌خواهید آن را ادامه دهید؟</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="227" />
        <source>Continue the draft</source>
        <translation>ادامه پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="228" />
        <source>Delete the draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <location filename="../../ui/inputs.py" line="888" />
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../ui/inputs.py" line="889" />
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
</TS>