<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Accessible</name>
    <message>
        <source>The arrow keys change the page.</source>
        <translation>مفاتيح الأسهم تغيّر الصفحة.</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>{name} ({size})</source>
        <translation>⁨{name}⁩ (⁨{size}⁩)</translation>
    </message>
    <message>
        <source>Sample files or a metadata excerpt, not the whole collection: at most {one} per file and {total} in all.</source>
        <translation>ملفات نموذجية أو مقتطف من البيانات الوصفية، لا المجموعة كاملة: ⁨{one}⁩ على الأكثر للملف الواحد، و⁨{total}⁩ للمرفقات كلها.</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>لا توجد ملفات مرفقة.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <source>Attaches files to this request.</source>
        <translation>يرفق ملفات بهذا الطلب.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected file from this request</source>
        <translation>إزالة الملف المحدد من هذا الطلب</translation>
    </message>
    <message>
        <source>Attach files to the request</source>
        <translation>إرفاق ملفات بالطلب</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <source>Check against the &amp;wiki</source>
        <translation>المطاب&amp;قة مع الويكي</translation>
    </message>
    <message>
        <source>Look for files already on the wiki (same content or same title) and read the wiki&apos;s accepted file types; needs a connection</source>
        <translation>البحث عن ملفات موجودة على الويكي (بالمحتوى نفسه أو بالعنوان نفسه) وقراءة أنواع الملفات التي يقبلها الويكي؛ يتطلب اتصالًا</translation>
    </message>
    <message>
        <source>Up&amp;load ready files</source>
        <translation>رفع الملفات الجاه&amp;زة</translation>
    </message>
    <message>
        <source>Queue the files without problems for upload; the others stay here</source>
        <translation>إضافة الملفات الخالية من المشكلات إلى قائمة انتظار الرفع؛ وتبقى الملفات الأخرى هنا</translation>
    </message>
    <message>
        <source>Checking against the wiki…</source>
        <translation>جارٍ المطابقة مع الويكي…</translation>
    </message>
    <message numerus="yes">
        <source>Checked against the wiki; already there: %n — see Problems.</source>
        <translation>
            <numerusform>تمت المطابقة مع الويكي؛ الملفات الموجودة هناك من قبل: %n — راجع «المشكلات».</numerusform>
            <numerusform>تمت المطابقة مع الويكي؛ الملفات الموجودة هناك من قبل: %n — راجع «المشكلات».</numerusform>
            <numerusform>تمت المطابقة مع الويكي؛ الملفات الموجودة هناك من قبل: %n — راجع «المشكلات».</numerusform>
            <numerusform>تمت المطابقة مع الويكي؛ الملفات الموجودة هناك من قبل: %n — راجع «المشكلات».</numerusform>
            <numerusform>تمت المطابقة مع الويكي؛ الملفات الموجودة هناك من قبل: %n — راجع «المشكلات».</numerusform>
            <numerusform>تمت المطابقة مع الويكي؛ الملفات الموجودة هناك من قبل: %n — راجع «المشكلات».</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked against the wiki: none of these files is there yet.</source>
        <translation>تمت المطابقة مع الويكي: لا يوجد أي من هذه الملفات هناك بعد.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached</source>
        <translation>تعذّر الوصول إلى الويكي</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>لا يوجد حساب ويكي بعد — اضبطه في «الإعدادات»</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>لا توجد كلمة مرور لحساب الويكي — أدخلها في «الإعدادات»</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>رُفض تسجيل الدخول: تحقّق من كلمة مرور البوت</translation>
    </message>
    <message>
        <source>The check against the wiki failed.</source>
        <translation>فشلت المطابقة مع الويكي.</translation>
    </message>
    <message>
        <source>The wiki answered with an error</source>
        <translation>ردّ الويكي بخطأ</translation>
    </message>
    <message>
        <source>{reason}, so nothing was checked against it. The offline checks still apply; try again when that is solved.</source>
        <translation>{reason}، لذا لم تجرِ أي مطابقة مع الويكي. تبقى عمليات التحقق دون اتصال سارية؛ أعد المحاولة بعد حل ذلك.</translation>
    </message>
    <message>
        <source>The files could not be queued.</source>
        <translation>تعذّرت إضافة الملفات إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Queueing the ready files for upload…</source>
        <translation>جارٍ إضافة الملفات الجاهزة إلى قائمة انتظار الرفع…</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>&amp;Batch:</source>
        <translation>ا&amp;لدفعة:</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>د&amp;فعة جديدة…</translation>
    </message>
    <message>
        <source>Starts a new batch of files for a partnership.</source>
        <translation>يبدأ دفعة جديدة من الملفات لشراكة.</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>است&amp;يراد ملفات…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>استيرا&amp;د مجلد…</translation>
    </message>
    <message>
        <source>Add chosen files to this batch</source>
        <translation>إضافة الملفات المختارة إلى هذه الدفعة</translation>
    </message>
    <message>
        <source>Add every file of a folder to this batch</source>
        <translation>إضافة كل ملفات مجلد إلى هذه الدفعة</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>&amp;استيراد من جدول بيانات…</translation>
    </message>
    <message>
        <source>Import the files listed in a column of a CSV or XLSX spreadsheet</source>
        <translation>استيراد الملفات المذكورة في عمود من جدول بيانات بصيغة CSV أو XLSX</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>إعادة الن&amp;ظر</translation>
    </message>
    <message>
        <source>Look at this batch&apos;s files again: read the ones edited since, follow the ones moved, mark the ones gone (a missing file is never uploaded)</source>
        <translation>النظر في ملفات هذه الدفعة من جديد: قراءة ما عُدِّل منها، وتتبّع ما نُقل، ووسم ما اختفى (الملف المفقود لا يُرفع أبدًا)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>الملفات: %v من %m</translation>
    </message>
    <message>
        <source>No batches yet</source>
        <translation>لا توجد دفعات بعد</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>الاستيراد من جدول بيانات</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>جداول البيانات (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Create or choose a batch first, then import files into it.</source>
        <translation>أنشئ دفعة أو اختر واحدة أولًا، ثم استورد الملفات إليها.</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. {error}</source>
        <translation>لم يُستورد شيء: لا يمكن استخدام جدول البيانات. ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Nothing was imported: the spreadsheet cannot be used. It needs a column of file paths (path, file or filename) and must be a readable CSV or XLSX.</source>
        <translation>لم يُستورد شيء: لا يمكن استخدام جدول البيانات. يجب أن يحتوي على عمود لمسارات الملفات (⁨path⁩ أو ⁨file⁩ أو ⁨filename⁩) وأن يكون ملف CSV أو XLSX قابلًا للقراءة.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>فشل الاستيراد.</translation>
    </message>
</context>
<context>
    <name>BatchEdits</name>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>تعبئة للأسفل</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>تطبيق نمط العناوين</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>جدول بيانات</translation>
    </message>
    <message>
        <source>Batch licence</source>
        <translation>رخصة الدفعة</translation>
    </message>
    <message>
        <source>Location policy</source>
        <translation>سياسة بيانات الموقع</translation>
    </message>
    <message>
        <source>Title pattern</source>
        <translation>نمط العناوين</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المُرسَل</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Batches in the upload queue</source>
        <translation>الدفعات في قائمة انتظار الرفع</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>كل الدفعات</translation>
    </message>
    <message>
        <source>Files without a batch</source>
        <translation>ملفات بلا دفعة</translation>
    </message>
    <message>
        <source>Batch {number}</source>
        <translation>الدفعة ⁨{number}⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 uploaded</source>
        <translation>
            <numerusform>رُفع %n من %1</numerusform>
            <numerusform>رُفع %n من %1</numerusform>
            <numerusform>رُفع %n من %1</numerusform>
            <numerusform>رُفع %n من %1</numerusform>
            <numerusform>رُفع %n من %1</numerusform>
            <numerusform>رُفع %n من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a decision</source>
        <translation>
            <numerusform>بحاجة إلى قرار: %n</numerusform>
            <numerusform>بحاجة إلى قرار: %n</numerusform>
            <numerusform>بحاجة إلى قرار: %n</numerusform>
            <numerusform>بحاجة إلى قرار: %n</numerusform>
            <numerusform>بحاجة إلى قرار: %n</numerusform>
            <numerusform>بحاجة إلى قرار: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>تعذّر رفعها: %n</numerusform>
            <numerusform>تعذّر رفعها: %n</numerusform>
            <numerusform>تعذّر رفعها: %n</numerusform>
            <numerusform>تعذّر رفعها: %n</numerusform>
            <numerusform>تعذّر رفعها: %n</numerusform>
            <numerusform>تعذّر رفعها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>موقوفة مؤقتًا: %n</numerusform>
            <numerusform>موقوفة مؤقتًا: %n</numerusform>
            <numerusform>موقوفة مؤقتًا: %n</numerusform>
            <numerusform>موقوفة مؤقتًا: %n</numerusform>
            <numerusform>موقوفة مؤقتًا: %n</numerusform>
            <numerusform>موقوفة مؤقتًا: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded: {uploaded}
On their way: {active}
Need a decision: {decision}
Failed: {failed}
Cancelled or skipped: {cancelled}</source>
        <translation>المرفوعة: {uploaded}
في الطريق: {active}
بحاجة إلى قرار: {decision}
تعذّر رفعها: {failed}
الملغاة أو المتخطّاة: {cancelled}</translation>
    </message>
</context>
<context>
    <name>BatchSettings</name>
    <message>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>Camera location (whole batch)</source>
        <translation>موقع الكاميرا (للدفعة كلها)</translation>
    </message>
    <message>
        <source>Photos can record where they were taken. Publishing that can reveal homes.</source>
        <translation>قد تسجّل الصور المكان الذي التُقطت فيه. ونشره قد يكشف أماكن سكن الناس.</translation>
    </message>
    <message>
        <source>Not decided yet (blocks upload)</source>
        <translation>لم يُحسم بعد (يمنع الرفع)</translation>
    </message>
    <message>
        <source>&amp;Keep and publish the location</source>
        <translation>الاحتفاظ بالموقع ون&amp;شره</translation>
    </message>
    <message>
        <source>Fo&amp;r the batch:</source>
        <translation>للدفعة &amp;كلها:</translation>
    </message>
    <message>
        <source>For this fi&amp;le:</source>
        <translation>ل&amp;هذا الملف:</translation>
    </message>
    <message>
        <source>Remove it from u&amp;ploaded copies</source>
        <translation>ح&amp;ذفه من النسخ المرفوعة</translation>
    </message>
    <message>
        <source>The licence of every file in the batch, unless a file has its own.</source>
        <translation>رخصة كل ملفات الدفعة، ما لم تكن لملف رخصته الخاصة.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence, when it differs from the batch&apos;s.</source>
        <translation>رخصة هذا الملف الخاصة، حين تختلف عن رخصة الدفعة.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>لم تُختر بعد</translation>
    </message>
    <message>
        <source>Same as the batch</source>
        <translation>مثل الدفعة</translation>
    </message>
    <message>
        <source>Choose a licence the partner agreed to.</source>
        <translation>اختر رخصة وافقت عليها المؤسسة الشريكة.</translation>
    </message>
    <message>
        <source>“{id}” is not in Fieldkit&apos;s licence list.</source>
        <translation>«⁨{id}⁩» غير موجودة في قائمة رخص Fieldkit.</translation>
    </message>
    <message>
        <source>This file&apos;s own licence: {licence}. {summary}</source>
        <translation>رخصة هذا الملف نفسه: ⁨{licence}⁩. {summary}</translation>
    </message>
    <message>
        <source>Batch licence: {licence}. {summary}</source>
        <translation>رخصة الدفعة: ⁨{licence}⁩. {summary}</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit the selected files (%n)</source>
        <translation>
            <numerusform>تعديل الملفات المحددة (%n)</numerusform>
            <numerusform>تعديل الملفات المحددة (%n)</numerusform>
            <numerusform>تعديل الملفات المحددة (%n)</numerusform>
            <numerusform>تعديل الملفات المحددة (%n)</numerusform>
            <numerusform>تعديل الملفات المحددة (%n)</numerusform>
            <numerusform>تعديل الملفات المحددة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave empty to clear the field</source>
        <translation>اتركه فارغًا لمسح الحقل</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>افصل بين التصنيفات بالرمز |</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>ال&amp;حقل:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>ال&amp;قيمة:</translation>
    </message>
</context>
<context>
    <name>BundleController</name>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>ت&amp;صدير حزمة…</translation>
    </message>
    <message>
        <source>Write a partnership and its files to a bundle for another computer</source>
        <translation>كتابة شراكة وملفاتها في حزمة لحاسوب آخر</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <source>Merge a bundle made on another computer</source>
        <translation>دمج حزمة أُعدّت على حاسوب آخر</translation>
    </message>
    <message>
        <source>Export &amp;receipt…</source>
        <translation>تصدير إيصا&amp;ل…</translation>
    </message>
    <message>
        <source>Tell the computer a bundle came from what became of its files and requests</source>
        <translation>إبلاغ الحاسوب الذي جاءت منه الحزمة بما آلت إليه ملفاتها وطلباتها</translation>
    </message>
    <message>
        <source>Import re&amp;ceipt…</source>
        <translation>استي&amp;راد إيصال…</translation>
    </message>
    <message>
        <source>Mark the files and requests another computer uploaded and sent as done</source>
        <translation>تعليم الملفات والطلبات التي رفعها وأرسلها حاسوب آخر على أنها منجزة</translation>
    </message>
    <message>
        <source>&amp;Bundle conflicts…</source>
        <translation>&amp;تعارضات الحزم…</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is written (files: %n):</source>
        <translation>
            <numerusform>كُتبت الحزمة (الملفات: %n):</numerusform>
            <numerusform>كُتبت الحزمة (الملفات: %n):</numerusform>
            <numerusform>كُتبت الحزمة (الملفات: %n):</numerusform>
            <numerusform>كُتبت الحزمة (الملفات: %n):</numerusform>
            <numerusform>كُتبت الحزمة (الملفات: %n):</numerusform>
            <numerusform>كُتبت الحزمة (الملفات: %n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found, so their records travel without them: %n</source>
        <translation>
            <numerusform>ملفات لم يُعثر عليها، فتنتقل بياناتها من دونها: %n</numerusform>
            <numerusform>ملفات لم يُعثر عليها، فتنتقل بياناتها من دونها: %n</numerusform>
            <numerusform>ملفات لم يُعثر عليها، فتنتقل بياناتها من دونها: %n</numerusform>
            <numerusform>ملفات لم يُعثر عليها، فتنتقل بياناتها من دونها: %n</numerusform>
            <numerusform>ملفات لم يُعثر عليها، فتنتقل بياناتها من دونها: %n</numerusform>
            <numerusform>ملفات لم يُعثر عليها، فتنتقل بياناتها من دونها: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>صُدِّرت الحزمة</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>جارٍ فحص الحزمة واستيرادها…</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Which bundle is the receipt for?</source>
        <translation>لأي حزمة هذا الإيصال؟</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>حزمة Fieldkit (*.fkb)</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <source>Fieldkit receipt (*.fkr)</source>
        <translation>إيصال Fieldkit (*.fkr)</translation>
    </message>
    <message>
        <source>Writing the receipt…</source>
        <translation>جارٍ كتابة الإيصال…</translation>
    </message>
    <message>
        <source>Receipt exported</source>
        <translation>صُدِّر الإيصال</translation>
    </message>
    <message>
        <source>The receipt is written to {path}: files uploaded {uploads}, requests delivered {deliveries}. Take it to the computer the bundle came from.</source>
        <translation>كُتب الإيصال في ⁨{path}⁩: الملفات المرفوعة ⁨{uploads}⁩، والطلبات المُسلَّمة ⁨{deliveries}⁩. انقله إلى الحاسوب الذي جاءت منه الحزمة.</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>استيراد إيصال</translation>
    </message>
    <message>
        <source>Reading the receipt…</source>
        <translation>جارٍ قراءة الإيصال…</translation>
    </message>
    <message>
        <source>Marked as uploaded: {files}; marked as delivered: {requests}; known already: {known}.</source>
        <translation>الملفات المعلَّمة مرفوعةً: ⁨{files}⁩؛ الطلبات المعلَّمة مُسلَّمةً: ⁨{requests}⁩؛ المعروفة من قبل: ⁨{known}⁩.</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>استُورد الإيصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>{error} (details in the log). Nothing was changed.</source>
        <translation>⁨{error}⁩ (التفاصيل في السجل). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغيت العملية</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or changed.</source>
        <translation>أُلغيت العملية: لم يُكتب أو يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message>
        <source>This bundle was imported before; there was nothing new in it.</source>
        <translation>استُوردت هذه الحزمة من قبل؛ لم يكن فيها جديد.</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, conflicting {conflicts}, skipped {skipped}. Files placed: {placed} (already there: {there}, not in the bundle: {missing}).</source>
        <translation>المضافة: ⁨{added}⁩، المحدَّثة: ⁨{updated}⁩، المتعارضة: ⁨{conflicts}⁩، المتخطّاة: ⁨{skipped}⁩. الملفات الموضوعة في مكانها: ⁨{placed}⁩ (الموجودة من قبل: ⁨{there}⁩، غير الموجودة في الحزمة: ⁨{missing}⁩).</translation>
    </message>
</context>
<context>
    <name>BundleTexts</name>
    <message>
        <source>There is no file {file}.</source>
        <translation>الملف ⁨{file}⁩ غير موجود.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>تتعذّر قراءة ⁨{file}⁩.</translation>
    </message>
    <message>
        <source>This file is not a Fieldkit bundle or receipt.</source>
        <translation>هذا الملف ليس حزمة Fieldkit ولا إيصالًا.</translation>
    </message>
    <message>
        <source>The bundle is damaged ({detail}). Copy it from the original again.</source>
        <translation>الحزمة تالفة (⁨{detail}⁩). انسخها من الأصل مجددًا.</translation>
    </message>
    <message>
        <source>The bundle ends too early: the copy was cut off. Copy it again.</source>
        <translation>تنتهي الحزمة قبل أوانها: انقطع النسخ. انسخها مجددًا.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) does not match its checksum: it was damaged on the way. Copy it again.</source>
        <translation>جزء من الحزمة (⁨{name}⁩) لا يطابق مجموعه الاختباري: تلف أثناء النقل. انسخها مجددًا.</translation>
    </message>
    <message>
        <source>Part {volume} of {volumes} of this bundle is missing: {file}. Copy all its parts into the same folder.</source>
        <translation>الجزء ⁨{volume}⁩ من ⁨{volumes}⁩ من هذه الحزمة مفقود: ⁨{file}⁩. انسخ كل أجزائها إلى المجلد نفسه.</translation>
    </message>
    <message>
        <source>The bundle holds an entry named “{name}”, which could write outside its folder.</source>
        <translation>تحتوي الحزمة على عنصر باسم «⁨{name}⁩» قد يكتب خارج مجلدها.</translation>
    </message>
    <message>
        <source>The bundle&apos;s entry “{name}” is a link or a device file; bundles hold only plain files.</source>
        <translation>العنصر «⁨{name}⁩» في الحزمة رابط أو ملف جهاز؛ ولا تحتوي الحزم إلا على ملفات عادية.</translation>
    </message>
    <message>
        <source>The bundle holds two files whose names differ only in case; on a stick they would be one file.</source>
        <translation>تحتوي الحزمة على ملفين لا يختلف اسماهما إلا في حالة الأحرف (الكبيرة والصغيرة)؛ وعلى ذاكرة USB سيصبحان ملفًا واحدًا.</translation>
    </message>
    <message>
        <source>Part of the bundle ({name}) is far larger than it says (a decompression bomb?).</source>
        <translation>جزء من الحزمة (⁨{name}⁩) أكبر بكثير مما يُعلنه (قنبلة فك ضغط؟).</translation>
    </message>
    <message>
        <source>The bundle holds “{name}”, which its table of contents does not list.</source>
        <translation>تحتوي الحزمة على «⁨{name}⁩»، وهو غير مذكور في فهرس محتوياتها.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer Fieldkit ({fieldkit_version}). Update Fieldkit to import it.</source>
        <translation>أُعدّت هذه الحزمة بإصدار أحدث من Fieldkit (⁨{fieldkit_version}⁩). حدّث Fieldkit لاستيرادها.</translation>
    </message>
    <message>
        <source>This file is a receipt, not a bundle (or the other way round).</source>
        <translation>هذا الملف إيصال لا حزمة (أو العكس).</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are not valid ({detail}); nothing was imported.</source>
        <translation>بيانات الحزمة غير صالحة (⁨{detail}⁩)؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>⁨{folder}⁩ ليس مجلدًا.</translation>
    </message>
    <message>
        <source>This receipt answers a bundle this computer never sent; nothing was changed.</source>
        <translation>هذا الإيصال يخص حزمة لم يرسلها هذا الحاسوب قط؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This bundle was never imported here, so there is no receipt to give for it.</source>
        <translation>لم تُستورد هذه الحزمة هنا قط، فلا يوجد إيصال يمكن إصداره لها.</translation>
    </message>
    <message>
        <source>There is no partnership called “{partnership}”.</source>
        <translation>لا توجد شراكة باسم «⁨{partnership}⁩».</translation>
    </message>
    <message>
        <source>“{partnership}” has no batch called “{batch}”.</source>
        <translation>لا توجد في «⁨{partnership}⁩» دفعة باسم «⁨{batch}⁩».</translation>
    </message>
    <message>
        <source>{path} changed since it was imported. Import its folder again in Media, then export.</source>
        <translation>تغيّر ⁨{path}⁩ منذ استيراده. استورد مجلده مجددًا في «الوسائط»، ثم صدّر.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {path}.</source>
        <translation>تعذّرت كتابة الحزمة في ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>الشراكة</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>خطوة في قائمة التحقق</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>ملف وسائط</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>طلب مساعدة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Descriptions</source>
        <translation>الأوصاف</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>التسميات التوضيحية</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Depicts</source>
        <translation>يصوِّر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>The file itself</source>
        <translation>الملف نفسه</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>ChecklistItemEditor</name>
    <message>
        <source>Choose a step in the list.</source>
        <translation>اختر خطوة من القائمة.</translation>
    </message>
    <message>
        <source>Where this step stands.</source>
        <translation>الحالة التي بلغتها هذه الخطوة.</translation>
    </message>
    <message>
        <source>Your note on this step: what was done, what is next.</source>
        <translation>ملاحظتك عن هذه الخطوة: ما أُنجز وما التالي.</translation>
    </message>
    <message>
        <source>Not &amp;done</source>
        <translation>&amp;لم تُنجز</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>م&amp;نجزة</translation>
    </message>
    <message>
        <source>Not appl&amp;icable</source>
        <translation>لا تن&amp;طبق</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>تاري&amp;خ الاستحقاق</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Who does it</source>
        <translation>المكلَّف ب&amp;ها</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>ق&amp;راءة الدليل</translation>
    </message>
    <message>
        <source>As&amp;k the helpdesk about this step…</source>
        <translation>&amp;سؤال مكتب المساعدة عن هذه الخطوة…</translation>
    </message>
    <message>
        <source>Start a help request about this step; you can edit it before sending.</source>
        <translation>ابدأ طلب مساعدة بشأن هذه الخطوة؛ يمكنك تعديله قبل الإرسال.</translation>
    </message>
    <message>
        <source>Open the guide “{title}”</source>
        <translation>فتح الدليل «⁨{title}⁩»</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>The checklist to add to this partnership.</source>
        <translation>قائمة التحقق التي تُضاف إلى هذه الشراكة.</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>قائمة الت&amp;حقق:</translation>
    </message>
    <message>
        <source>&amp;Add checklist</source>
        <translation>إ&amp;ضافة قائمة التحقق</translation>
    </message>
    <message>
        <source>Adds the chosen checklist to this partnership.</source>
        <translation>يضيف قائمة التحقق المختارة إلى هذه الشراكة.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No checklist yet. Choose one above and press “Add checklist”: it lists the steps other volunteers found useful, with a guide for many of them.</source>
        <translation>لا توجد قائمة تحقق بعد. اختر واحدة في الأعلى واضغط «إضافة قائمة التحقق»: ستجد فيها الخطوات التي وجدها متطوعون آخرون مفيدة، ولكثير منها دليل.</translation>
    </message>
    <message>
        <source>All checklists added</source>
        <translation>أُضيفت كل قوائم التحقق</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Record</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>في الحزمة</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ قيمة الحزمة</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Checking connection…</source>
        <translation>جارٍ التحقق من الاتصال…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Login refused: check the bot password</source>
        <translation>رُفض تسجيل الدخول: تحقّق من كلمة مرور البوت</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings</source>
        <translation>لا يوجد حساب ويكي بعد — اضبطه في «الإعدادات»</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings</source>
        <translation>لا توجد كلمة مرور لحساب الويكي — أدخلها في «الإعدادات»</translation>
    </message>
    <message>
        <source>{state} (and offline)</source>
        <translation>{state} (ودون اتصال)</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. Everything you do is saved on this computer and sent later, by itself, when the connection returns.</source>
        <translation>تعذّر الوصول إلى الويكي الآن. كل ما تفعله يُحفظ على هذا الحاسوب ويُرسَل لاحقًا تلقائيًا عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the bot login and password in Settings.</source>
        <translation>رفض الويكي تسجيل الدخول. تحقّق من اسم دخول البوت وكلمة مروره في «الإعدادات».</translation>
    </message>
    <message>
        <source>Requests and uploads wait until a wiki account is set up in Settings.</source>
        <translation>تنتظر الطلبات وعمليات الرفع حتى يُضبط حساب ويكي في «الإعدادات».</translation>
    </message>
    <message>
        <source>Requests and uploads wait until the bot password is entered in Settings.</source>
        <translation>تنتظر الطلبات وعمليات الرفع حتى تُدخَل كلمة مرور البوت في «الإعدادات».</translation>
    </message>
    <message numerus="yes">
        <source>Requests waiting: %n</source>
        <translation>
            <numerusform>طلبات منتظرة: %n</numerusform>
            <numerusform>طلبات منتظرة: %n</numerusform>
            <numerusform>طلبات منتظرة: %n</numerusform>
            <numerusform>طلبات منتظرة: %n</numerusform>
            <numerusform>طلبات منتظرة: %n</numerusform>
            <numerusform>طلبات منتظرة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files to upload: %n</source>
        <translation>
            <numerusform>ملفات للرفع: %n</numerusform>
            <numerusform>ملفات للرفع: %n</numerusform>
            <numerusform>ملفات للرفع: %n</numerusform>
            <numerusform>ملفات للرفع: %n</numerusform>
            <numerusform>ملفات للرفع: %n</numerusform>
            <numerusform>ملفات للرفع: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{requests} · {uploads}</source>
        <translation>{requests} · {uploads}</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>التحقق الآن</translation>
    </message>
    <message>
        <source>Offline — your work is saved and will be sent later</source>
        <translation>دون اتصال — عملك محفوظ وسيُرسل لاحقًا</translation>
    </message>
    <message>
        <source>Check the connection and send what is waiting</source>
        <translation>التحقق من الاتصال وإرسال ما ينتظر</translation>
    </message>
    <message>
        <source>Nothing waiting to send</source>
        <translation>لا شيء ينتظر الإرسال</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The wiki warns about a file</source>
        <translation>الويكي يحذّر من ملف</translation>
    </message>
    <message>
        <source>“{title}” was sent, but the wiki has not published it yet.</source>
        <translation>أُرسل «⁨{title}⁩»، لكن الويكي لم ينشره بعد.</translation>
    </message>
    <message>
        <source>&amp;Publish anyway under this name</source>
        <translation>ال&amp;نشر رغم ذلك بهذا الاسم</translation>
    </message>
    <message>
        <source>Publish under a &amp;new name:</source>
        <translation>النشر با&amp;سم جديد:</translation>
    </message>
    <message>
        <source>&amp;Skip this file (it is not published)</source>
        <translation>&amp;تخطي هذا الملف (لن يُنشر)</translation>
    </message>
    <message>
        <source>New file name</source>
        <translation>اسم الملف الجديد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>The file&apos;s bytes wait on the wiki: no choice sends them again.</source>
        <translation>محتوى الملف ينتظر على الويكي: لن يعيد أيٌّ من هذه الخيارات إرساله.</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Retr&amp;y now</source>
        <translation>إ&amp;عادة المحاولة الآن</translation>
    </message>
    <message>
        <source>Try to send this request at the next connection, without waiting</source>
        <translation>محاولة إرسال هذا الطلب عند الاتصال التالي، دون انتظار</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>فت&amp;ح الإعدادات</translation>
    </message>
    <message>
        <source>{channel}: {state}</source>
        <translation>{channel}: {state}</translation>
    </message>
    <message>
        <source>Open the revision</source>
        <translation>فتح المراجعة</translation>
    </message>
    <message>
        <source>Message-ID: {id}</source>
        <translation>Message-ID: ⁨{id}⁩</translation>
    </message>
    <message>
        <source>It will not be retried until you press Retry now or Send.</source>
        <translation>لن تُعاد المحاولة حتى تضغط «إعادة المحاولة الآن» أو «إرسال».</translation>
    </message>
    <message>
        <source>Next try: {time}.</source>
        <translation>المحاولة التالية: ⁨{time}⁩.</translation>
    </message>
    <message>
        <source>It goes out in a moment.</source>
        <translation>سيُرسل بعد لحظات.</translation>
    </message>
    <message>
        <source>It goes out at the next connection.</source>
        <translation>سيُرسل عند الاتصال التالي.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>أُرسل.</translation>
    </message>
    <message>
        <source>Waiting for a connection to the wiki.</source>
        <translation>بانتظار الاتصال بالويكي.</translation>
    </message>
</context>
<context>
    <name>DeliveryReasons</name>
    <message>
        <source>No wiki account yet — set it up in Settings.</source>
        <translation>لا يوجد حساب ويكي بعد — اضبطه في «الإعدادات».</translation>
    </message>
    <message>
        <source>No password for the wiki account — enter it in Settings.</source>
        <translation>لا توجد كلمة مرور لحساب الويكي — أدخلها في «الإعدادات».</translation>
    </message>
    <message>
        <source>Login refused: check the bot password.</source>
        <translation>رُفض تسجيل الدخول: تحقّق من كلمة مرور البوت.</translation>
    </message>
    <message>
        <source>Waiting for a connection.</source>
        <translation>بانتظار الاتصال.</translation>
    </message>
    <message>
        <source>No helpdesk page is chosen for this wiki: choose one in Settings and the request goes out by itself.</source>
        <translation>لم تُختر صفحة لمكتب المساعدة على هذا الويكي: اخترها في «الإعدادات» وسيُرسل الطلب تلقائيًا.</translation>
    </message>
    <message>
        <source>The wiki does not accept the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>لا يقبل الويكي صفحة مكتب المساعدة: اختر صفحة أخرى في «الإعدادات» وسيُرسل الطلب تلقائيًا.</translation>
    </message>
    <message>
        <source>The wiki does not accept “{page}” as the helpdesk page: choose another in Settings and the request goes out by itself.</source>
        <translation>لا يقبل الويكي «⁨{page}⁩» صفحةً لمكتب المساعدة: اختر صفحة أخرى في «الإعدادات» وسيُرسل الطلب تلقائيًا.</translation>
    </message>
    <message>
        <source>The wiki could not be reached.</source>
        <translation>تعذّر الوصول إلى الويكي.</translation>
    </message>
    <message>
        <source>Someone edited the helpdesk page at the same moment.</source>
        <translation>عدّل شخص آخر صفحة مكتب المساعدة في اللحظة نفسها.</translation>
    </message>
    <message>
        <source>The request was changed after sending and has problems to fix first.</source>
        <translation>تغيّر الطلب بعد إرساله، وفيه مشكلات يجب إصلاحها أولًا.</translation>
    </message>
    <message>
        <source>Email to the helpdesk is not set up any more (Settings).</source>
        <translation>لم يعد البريد الإلكتروني إلى مكتب المساعدة مضبوطًا («الإعدادات»).</translation>
    </message>
    <message>
        <source>The mail server could not be reached.</source>
        <translation>تعذّر الوصول إلى خادم البريد.</translation>
    </message>
    <message>
        <source>The mail server refused the login: check it in Settings.</source>
        <translation>رفض خادم البريد تسجيل الدخول: تحقّق منه في «الإعدادات».</translation>
    </message>
    <message>
        <source>No password is stored for the mail server (Settings).</source>
        <translation>لا توجد كلمة مرور محفوظة لخادم البريد («الإعدادات»).</translation>
    </message>
    <message>
        <source>A secure connection to the mail server failed (Settings).</source>
        <translation>فشل الاتصال الآمن بخادم البريد («الإعدادات»).</translation>
    </message>
    <message>
        <source>The mail server refused the helpdesk&apos;s address.</source>
        <translation>رفض خادم البريد عنوان مكتب المساعدة.</translation>
    </message>
    <message>
        <source>The wiki answered with an error.</source>
        <translation>ردّ الويكي بخطأ.</translation>
    </message>
    <message>
        <source>The mail server refused the message.</source>
        <translation>رفض خادم البريد الرسالة.</translation>
    </message>
    <message>
        <source>The wiki refused the edit.</source>
        <translation>رفض الويكي التعديل.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>حدث خطأ غير متوقع.</translation>
    </message>
</context>
<context>
    <name>DeskArea</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>لوحة مكتب المساعدة</translation>
    </message>
    <message>
        <source>Shows only requests in the chosen state.</source>
        <translation>يعرض الطلبات في الحالة المختارة فقط.</translation>
    </message>
    <message>
        <source>Requests to the helpdesk from the wiki pages and the mailbox, kept on this computer: triage, review and reply offline; the next sync sends what you queue.</source>
        <translation>طلبات إلى مكتب المساعدة من صفحات الويكي ومن صندوق البريد، محفوظة على هذا الحاسوب: افرزها وراجعها وردّ عليها دون اتصال؛ وترسل المزامنة التالية ما تضعه في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Search requests, requesters, partners…</source>
        <translation>البحث في الطلبات ومقدّميها والمؤسسات الشريكة…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Reads the helpdesk pages now for new requests.</source>
        <translation>يقرأ صفحات مكتب المساعدة الآن بحثًا عن طلبات جديدة.</translation>
    </message>
    <message>
        <source>Committee &amp;pack…</source>
        <translation>حزمة ال&amp;لجنة…</translation>
    </message>
    <message>
        <source>The requests of the month on the left, or the selected requests.</source>
        <translation>طلبات الشهر المكتوب بجانب الزر، أو الطلبات المحددة.</translation>
    </message>
    <message>
        <source>Month of the pack (YYYY-MM)</source>
        <translation>شهر الحزمة (YYYY-MM)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>البحث في الطلبات</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>الطل&amp;ب</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>ال&amp;فرز</translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation>&amp;الرد</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>جارٍ الجلب…</translation>
    </message>
    <message>
        <source>State saved; it is shared with the next sync.</source>
        <translation>حُفظت الحالة؛ وستُشارك في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Fetching failed; the log has the details.</source>
        <translation>فشل الجلب؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>The pack could not be written; the log has the details.</source>
        <translation>تعذّرت كتابة حزمة اللجنة؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>حُفظت المراجعة.</translation>
    </message>
    <message>
        <source>Fetch &amp;new requests</source>
        <translation>جلب الطلبات الج&amp;ديدة</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>المرا&amp;جعة</translation>
    </message>
    <message>
        <source>Reply queued; the next sync sends it.</source>
        <translation>أُضيف الرد إلى قائمة الانتظار؛ وسترسله المزامنة التالية.</translation>
    </message>
    <message>
        <source>Writing the committee pack…</source>
        <translation>جارٍ كتابة حزمة اللجنة…</translation>
    </message>
    <message>
        <source>Save the committee pack</source>
        <translation>حفظ حزمة اللجنة</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Offline: showing what was fetched before.</source>
        <translation>دون اتصال: يُعرض ما جُلب من قبل.</translation>
    </message>
    <message>
        <source>Fetched, but not everything could be read: {sources}</source>
        <translation>اكتمل الجلب، لكن تعذّرت قراءة بعض المصادر: ⁨{sources}⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s).</source>
        <translation>
            <numerusform>طلبات جديدة: %n.</numerusform>
            <numerusform>طلبات جديدة: %n.</numerusform>
            <numerusform>طلبات جديدة: %n.</numerusform>
            <numerusform>طلبات جديدة: %n.</numerusform>
            <numerusform>طلبات جديدة: %n.</numerusform>
            <numerusform>طلبات جديدة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committee pack written: {path} (%n request(s)).</source>
        <translation>
            <numerusform>كُتبت حزمة اللجنة: ⁨{path}⁩ (الطلبات: %n).</numerusform>
            <numerusform>كُتبت حزمة اللجنة: ⁨{path}⁩ (الطلبات: %n).</numerusform>
            <numerusform>كُتبت حزمة اللجنة: ⁨{path}⁩ (الطلبات: %n).</numerusform>
            <numerusform>كُتبت حزمة اللجنة: ⁨{path}⁩ (الطلبات: %n).</numerusform>
            <numerusform>كُتبت حزمة اللجنة: ⁨{path}⁩ (الطلبات: %n).</numerusform>
            <numerusform>كُتبت حزمة اللجنة: ⁨{path}⁩ (الطلبات: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskProblems</name>
    <message>
        <source>Give the mailbox as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>اكتب صندوق البريد بالصيغة ⁨HOST:PORT⁩، مثل ⁨imap.example.org:993⁩.</translation>
    </message>
    <message>
        <source>Choose implicit TLS, STARTTLS or none for the mailbox.</source>
        <translation>اختر لصندوق البريد TLS الضمني أو STARTTLS أو بلا تشفير.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM.</source>
        <translation>اكتب الشهر بالصيغة YYYY-MM.</translation>
    </message>
    <message>
        <source>Save the pack as .pdf, .html or .csv.</source>
        <translation>احفظ حزمة اللجنة بصيغة ⁨.pdf⁩ أو ⁨.html⁩ أو ⁨.csv⁩.</translation>
    </message>
    <message>
        <source>Choose one of the reply templates.</source>
        <translation>اختر أحد قوالب الرد.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>الرد فارغ.</translation>
    </message>
    <message>
        <source>The reply is too long.</source>
        <translation>الرد طويل جدًا.</translation>
    </message>
    <message>
        <source>This request cannot be answered from here: it is no longer on the wiki page and did not come by mail.</source>
        <translation>لا يمكن الرد على هذا الطلب من هنا: لم يعد على صفحة الويكي ولم يصل بالبريد.</translation>
    </message>
    <message>
        <source>Give your name as reviewer.</source>
        <translation>اكتب اسمك بصفتك المراجِع.</translation>
    </message>
    <message>
        <source>Give every criterion a score from 1 to 5.</source>
        <translation>أعطِ كل معيار درجة من 1 إلى 5.</translation>
    </message>
    <message>
        <source>Choose one of the request states.</source>
        <translation>اختر إحدى حالات الطلب.</translation>
    </message>
</context>
<context>
    <name>DeskRequestList</name>
    <message>
        <source>Gathered requests; the one selected is shown beside them.</source>
        <translation>الطلبات المجمّعة؛ يظهر الطلب المحدد بجانبها.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>By</source>
        <translation>عبر</translation>
    </message>
    <message>
        <source>Requests to the helpdesk</source>
        <translation>الطلبات إلى مكتب المساعدة</translation>
    </message>
    <message>
        <source>{state} (not yet shared)</source>
        <translation>{state} (لم تُشارَك بعد)</translation>
    </message>
    <message>
        <source>{state} · {assignee}</source>
        <translation>{state} · ⁨{assignee}⁩</translation>
    </message>
</context>
<context>
    <name>DeskRequestView</name>
    <message>
        <source>The request as the requester wrote it.</source>
        <translation>الطلب كما كتبه صاحبه.</translation>
    </message>
    <message>
        <source>Other requests of this requester or partner</source>
        <translation>طلبات أخرى من مقدّم الطلب نفسه أو المؤسسة الشريكة نفسها</translation>
    </message>
    <message>
        <source>The request as written</source>
        <translation>الطلب كما كُتب</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>من: ⁨{who}⁩</translation>
    </message>
    <message>
        <source>Partner: {partner}</source>
        <translation>المؤسسة الشريكة: ⁨{partner}⁩</translation>
    </message>
    <message>
        <source>Received {date} by {channels}</source>
        <translation>استُلم في ⁨{date}⁩ عبر {channels}</translation>
    </message>
    <message>
        <source>— Later message from {sender} —</source>
        <translation>— رسالة لاحقة من ⁨{sender}⁩ —</translation>
    </message>
    <message>
        <source>Attachment: {name} ({type}, {size} bytes)</source>
        <translation>مرفق: ⁨{name}⁩ (⁨{type}⁩، ⁨{size}⁩ بايت)</translation>
    </message>
    <message>
        <source>— Reply by {author} {when} —</source>
        <translation>— رد من ⁨{author}⁩ في ⁨{when}⁩ —</translation>
    </message>
    <message>
        <source>(No longer on {where}.)</source>
        <translation>(لم يعد موجودًا في ⁨{where}⁩.)</translation>
    </message>
</context>
<context>
    <name>DeskSettingsWidget</name>
    <message>
        <source>Helpdesk desk</source>
        <translation>لوحة مكتب المساعدة</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>أعمل في مكتب مساعدة (إ&amp;ظهار لوحة مكتب المساعدة)</translation>
    </message>
    <message>
        <source>Re&amp;quest pages (one per line)</source>
        <translation>صفحات ال&amp;طلبات (صفحة في كل سطر)</translation>
    </message>
    <message>
        <source>Mail server (host:port)</source>
        <translation>خادم البريد (host:port)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>اسم مستخدم البريد</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>كلمة سر البريد</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>اتركه فارغًا للإبقاء على كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>⁨TLS⁩ (المنفذ 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>⁨STARTTLS⁩ (المنفذ 143)</translation>
    </message>
    <message>
        <source>Shows the Helpdesk desk, where requests are gathered, reviewed and answered.</source>
        <translation>يُظهر مكتب المساعدة، حيث تُجمع الطلبات وتُراجع ويُرد عليها.</translation>
    </message>
    <message>
        <source>The wiki pages where people post requests to the helpdesk.</source>
        <translation>صفحات الويكي التي تُنشر فيها الطلبات إلى مكتب المساعدة.</translation>
    </message>
    <message>
        <source>The mailbox where requests sent by email arrive.</source>
        <translation>صندوق البريد الذي تصل إليه الطلبات المرسلة بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The login for that mailbox.</source>
        <translation>اسم الدخول إلى صندوق البريد هذا.</translation>
    </message>
    <message>
        <source>The mailbox folder to read, usually INBOX.</source>
        <translation>مجلد صندوق البريد الذي يُقرأ، وهو عادةً INBOX.</translation>
    </message>
    <message>
        <source>How the connection to the mail server is encrypted.</source>
        <translation>طريقة تشفير الاتصال بخادم البريد.</translation>
    </message>
    <message>
        <source>Save desk settings</source>
        <translation>حفظ إعدادات اللوحة</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>يحفظ الإعدادات في هذه المجموعة.</translation>
    </message>
    <message>
        <source>Desk settings saved; the password is in the keyring.</source>
        <translation>حُفظت إعدادات اللوحة؛ وكلمة المرور في حلقة المفاتيح.</translation>
    </message>
    <message>
        <source>Desk settings saved, but not the password: this system has no keyring. Set FIELDKIT_IMAP_PASSWORD before starting Fieldkit.</source>
        <translation>حُفظت إعدادات اللوحة، لكن دون كلمة المرور: لا توجد حلقة مفاتيح على هذا النظام. عيّن المتغير ⁨FIELDKIT_IMAP_PASSWORD⁩ قبل تشغيل Fieldkit.</translation>
    </message>
    <message>
        <source>Desk settings saved.</source>
        <translation>حُفظت إعدادات اللوحة.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>بحاجة إلى معلومات</translation>
    </message>
    <message>
        <source>With the committee</source>
        <translation>لدى اللجنة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>تقني</translation>
    </message>
    <message>
        <source>Legal &amp; ethical</source>
        <translation>قانوني وأخلاقي</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>الاستدامة</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>إشعار بالاستلام</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>طلب معلومات</translation>
    </message>
    <message>
        <source>Decision with reasons</source>
        <translation>قرار مع الأسباب</translation>
    </message>
    <message>
        <source>wiki</source>
        <translation>ويكي</translation>
    </message>
    <message>
        <source>email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>not sent yet (will retry)</source>
        <translation>لم يُرسل بعد (ستُعاد المحاولة)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>What Fieldkit read from the file itself.</source>
        <translation>ما قرأه Fieldkit من الملف نفسه.</translation>
    </message>
    <message>
        <source>The file page as it will be uploaded; read only.</source>
        <translation>صفحة الملف كما ستُرفع؛ للقراءة فقط.</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation>ال&amp;حقول</translation>
    </message>
    <message>
        <source>Titl&amp;e</source>
        <translation>الع&amp;نوان</translation>
    </message>
    <message>
        <source>Li&amp;cence &amp;&amp; location</source>
        <translation>الر&amp;خصة والموقع</translation>
    </message>
    <message>
        <source>&amp;Wikitext</source>
        <translation>ن&amp;ص الويكي</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>تفاصيل الملف المحدد</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Facts about the file</source>
        <translation>معلومات عن الملف</translation>
    </message>
    <message>
        <source>Wikitext of the file page</source>
        <translation>نص الويكي لصفحة الملف</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>جارٍ تحميل المعاينة…</translation>
    </message>
    <message>
        <source>No preview: the file cannot be shown.</source>
        <translation>لا معاينة: تعذّر عرض الملف.</translation>
    </message>
    <message>
        <source>Select a file in the table to see and edit it.</source>
        <translation>حدّد ملفًا في الجدول لعرضه وتعديله.</translation>
    </message>
    <message>
        <source>On the wiki: {name}</source>
        <translation>على الويكي: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>⁨{width} × {height}⁩ بكسل</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>الكاميرا: ⁨{camera}⁩</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>تاريخ الالتقاط: ⁨{time}⁩</translation>
    </message>
    <message>
        <source>Records a camera location</source>
        <translation>يسجّل موقع الكاميرا</translation>
    </message>
    <message>
        <source>No wikitext yet:</source>
        <translation>لا يوجد نص ويكي بعد:</translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>The disk is full: free {mb} MB on the disk of {folder}, then try again. What you typed is still here and nothing saved before is lost.</source>
        <translation>القرص ممتلئ: حرّر ⁨{mb}⁩ ميغابايت على القرص الذي فيه ⁨{folder}⁩، ثم أعد المحاولة. ما كتبته لا يزال هنا، ولم يُفقد شيء مما حُفظ من قبل.</translation>
    </message>
    <message>
        <source>Could not save (details in the log).</source>
        <translation>تعذّر الحفظ (التفاصيل في السجل).</translation>
    </message>
    <message>
        <source>Fieldkit cannot open its data because the disk is full: free {mb} MB on the disk of {folder}, then start Fieldkit again. Nothing saved before is lost.</source>
        <translation>لا يستطيع Fieldkit فتح بياناته لأن القرص ممتلئ: حرّر ⁨{mb}⁩ ميغابايت على القرص الذي فيه ⁨{folder}⁩، ثم شغّل Fieldkit مجددًا. لم يُفقد شيء مما حُفظ من قبل.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Cannot write files without an extension: use .pdf, .odt or .html.</source>
        <translation>لا يمكن كتابة ملفات بلا امتداد: استخدم ⁨.pdf⁩ أو ⁨.odt⁩ أو ⁨.html⁩.</translation>
    </message>
    <message>
        <source>Cannot write {suffix}: use .pdf, .odt or .html.</source>
        <translation>لا يمكن الكتابة بصيغة ⁨{suffix}⁩: استخدم ⁨.pdf⁩ أو ⁨.odt⁩ أو ⁨.html⁩.</translation>
    </message>
    <message>
        <source>Qt wrote no PDF to {path}.</source>
        <translation>لم يكتب Qt أي ملف PDF في ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>Qt could not write an ODT file to {path}.</source>
        <translation>تعذّر على Qt كتابة ملف ODT في ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد ⁨{folder}⁩ غير موجود.</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {error}</source>
        <translation>تعذّرت الكتابة في ⁨{folder}⁩: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Could not write {target}: {error}</source>
        <translation>تعذّرت كتابة ⁨{target}⁩: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>A bundle carries a partnership — its checklists, help requests and batches, and the files themselves — to another computer on a USB stick. Import it there; later a receipt brings back what became of it.</source>
        <translation>تنقل الحزمة شراكةً — بقوائم التحقق وطلبات المساعدة والدفعات والملفات نفسها — إلى حاسوب آخر على ذاكرة USB. استوردها هناك؛ ولاحقًا يعيد إليك إيصالٌ ما آلت إليه.</translation>
    </message>
    <message>
        <source>Include the media files</source>
        <translation>تضمين ملفات الوسائط</translation>
    </message>
    <message>
        <source>Parts of 3.9 GiB (for FAT32 sticks)</source>
        <translation>أجزاء من 3.9 غيغابايت (لذواكر FAT32)</translation>
    </message>
    <message>
        <source>Parts of 700 MiB</source>
        <translation>أجزاء من 700 ميغابايت</translation>
    </message>
    <message>
        <source>One file, however large</source>
        <translation>ملف واحد مهما كان حجمه</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Partnership:</source>
        <translation>الشراكة:</translation>
    </message>
    <message>
        <source>Batches:</source>
        <translation>الدفعات:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>التقسيم:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>الحفظ باسم:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>حزمة Fieldkit (*.fkb)</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>Descriptions and captions</source>
        <translation>الأوصاف والتسميات التوضيحية</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>رم&amp;ز اللغة:</translation>
    </message>
    <message>
        <source>e.g. sv</source>
        <translation>مثل ar</translation>
    </message>
    <message>
        <source>Add description</source>
        <translation>إضافة وصف</translation>
    </message>
    <message>
        <source>Add caption</source>
        <translation>إضافة تسمية توضيحية</translation>
    </message>
    <message>
        <source>Adds a description in the language code above.</source>
        <translation>يضيف وصفًا برمز اللغة أعلاه.</translation>
    </message>
    <message>
        <source>Adds a caption in the language code above.</source>
        <translation>يضيف تعليقًا برمز اللغة أعلاه.</translation>
    </message>
    <message>
        <source>Separate several categories with |</source>
        <translation>افصل بين التصنيفات بالرمز |</translation>
    </message>
    <message>
        <source>The file&apos;s name on Commons, without “File:” and the extension.</source>
        <translation>اسم الملف على كومنز، دون «File:» ودون الامتداد.</translation>
    </message>
    <message>
        <source>When the work was made or the photo taken: a date, a year or circa.</source>
        <translation>متى أُنجز العمل أو التُقطت الصورة: تاريخ أو سنة أو تاريخ تقريبي.</translation>
    </message>
    <message>
        <source>Who made the work, as Commons should credit them.</source>
        <translation>من أنجز العمل، كما ينبغي أن ينسبه إليه كومنز.</translation>
    </message>
    <message>
        <source>Where the file comes from: the collection, an inventory number.</source>
        <translation>مصدر الملف: المجموعة، أو رقم الجرد.</translation>
    </message>
    <message>
        <source>The museum, archive or library that holds the original.</source>
        <translation>المتحف أو الأرشيف أو المكتبة التي تحفظ الأصل.</translation>
    </message>
    <message>
        <source>Wikidata items the file shows (Q-numbers), separated by |.</source>
        <translation>عناصر ويكي بيانات التي يُظهرها الملف (أرقام Q)، مفصولة بالرمز |.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees north.</source>
        <translation>مكان التقاط الصورة، بالدرجات العشرية شمالًا.</translation>
    </message>
    <message>
        <source>Where the photo was taken, in decimal degrees east.</source>
        <translation>مكان التقاط الصورة، بالدرجات العشرية شرقًا.</translation>
    </message>
    <message>
        <source>The file page&apos;s layout: information, artwork or photograph.</source>
        <translation>قالب صفحة الملف: information أو artwork أو photograph.</translation>
    </message>
    <message>
        <source>Your own note of where the file stands: new, done, skip…</source>
        <translation>ملاحظتك الخاصة عن حالة الملف: جديد، منجز، تخطٍّ…</translation>
    </message>
    <message>
        <source>What the file shows, in this language.</source>
        <translation>ما يُظهره الملف، بهذه اللغة.</translation>
    </message>
    <message>
        <source>One short line about the file, in this language.</source>
        <translation>سطر قصير عن الملف، بهذه اللغة.</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message numerus="yes">
        <source>Find and replace in the selected files (%n)</source>
        <translation>
            <numerusform>بحث واستبدال في الملفات المحددة (%n)</numerusform>
            <numerusform>بحث واستبدال في الملفات المحددة (%n)</numerusform>
            <numerusform>بحث واستبدال في الملفات المحددة (%n)</numerusform>
            <numerusform>بحث واستبدال في الملفات المحددة (%n)</numerusform>
            <numerusform>بحث واستبدال في الملفات المحددة (%n)</numerusform>
            <numerusform>بحث واستبدال في الملفات المحددة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All text fields</source>
        <translation>كل الحقول النصية</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>&amp;تعبير نمطي</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>ب&amp;حث عن:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>ا&amp;ستبدال بـ:</translation>
    </message>
    <message>
        <source>I&amp;n:</source>
        <translation>&amp;في:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>The sample partnership was removed.</source>
        <translation>أُزيلت الشراكة التجريبية.</translation>
    </message>
</context>
<context>
    <name>GuidesBrowser</name>
    <message>
        <source>The guides; the one selected is shown beside them.</source>
        <translation>الأدلة؛ يظهر الدليل المحدد بجانبها.</translation>
    </message>
    <message>
        <source>The text of the selected guide.</source>
        <translation>نص الدليل المحدد.</translation>
    </message>
    <message>
        <source>&amp;Search the guides</source>
        <translation>البحث &amp;في الأدلة</translation>
    </message>
    <message>
        <source>e.g. licence, metadata, upload</source>
        <translation>مثل: رخصة، بيانات وصفية، رفع</translation>
    </message>
    <message>
        <source>No guide contains all of these words. Try fewer or other words.</source>
        <translation>لا يوجد دليل يحتوي على كل هذه الكلمات. جرّب كلمات أقل أو كلمات أخرى.</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>نص الدليل</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>الأدلة</translation>
    </message>
</context>
<context>
    <name>HelpWantedBox</name>
    <message>
        <source>Tick each kind of help you need.</source>
        <translation>اختر كل نوع من المساعدة تحتاج إليه.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Everything in the bundle is checked before anything is changed. Records edited on both computers are shown as conflicts with both values; nothing is overwritten. Its media files are copied into the folder below.</source>
        <translation>يُفحص كل ما في الحزمة قبل تغيير أي شيء. تُعرض البيانات التي عُدِّلت على الحاسوبين كليهما تعارضاتٍ بقيمتيها؛ ولا تُستبدل أي قيمة بأخرى. وتُنسخ ملفات الوسائط التي فيها إلى المجلد أدناه.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>الحزمة:</translation>
    </message>
    <message>
        <source>Media files go to:</source>
        <translation>تُنسخ ملفات الوسائط إلى:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Fieldkit bundle (*.fkb)</source>
        <translation>حزمة Fieldkit (*.fkb)</translation>
    </message>
    <message>
        <source>Where the media files go</source>
        <translation>المجلد الذي تُنسخ إليه ملفات الوسائط</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>المضافة: %n</numerusform>
            <numerusform>المضافة: %n</numerusform>
            <numerusform>المضافة: %n</numerusform>
            <numerusform>المضافة: %n</numerusform>
            <numerusform>المضافة: %n</numerusform>
            <numerusform>المضافة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>المتغيّرة: %n</numerusform>
            <numerusform>المتغيّرة: %n</numerusform>
            <numerusform>المتغيّرة: %n</numerusform>
            <numerusform>المتغيّرة: %n</numerusform>
            <numerusform>المتغيّرة: %n</numerusform>
            <numerusform>المتغيّرة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>المنقولة: %n</numerusform>
            <numerusform>المنقولة: %n</numerusform>
            <numerusform>المنقولة: %n</numerusform>
            <numerusform>المنقولة: %n</numerusform>
            <numerusform>المنقولة: %n</numerusform>
            <numerusform>المنقولة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>المفقودة: %n</numerusform>
            <numerusform>المفقودة: %n</numerusform>
            <numerusform>المفقودة: %n</numerusform>
            <numerusform>المفقودة: %n</numerusform>
            <numerusform>المفقودة: %n</numerusform>
            <numerusform>المفقودة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (unreadable)</source>
        <translation>
            <numerusform>المتخطّاة (تعذّرت قراءتها): %n</numerusform>
            <numerusform>المتخطّاة (تعذّرت قراءتها): %n</numerusform>
            <numerusform>المتخطّاة (تعذّرت قراءتها): %n</numerusform>
            <numerusform>المتخطّاة (تعذّرت قراءتها): %n</numerusform>
            <numerusform>المتخطّاة (تعذّرت قراءتها): %n</numerusform>
            <numerusform>المتخطّاة (تعذّرت قراءتها): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not media, left out: {names}</source>
        <translation>
            <numerusform>المستبعدة لأنها ليست وسائط: %n (⁨{names}⁩)</numerusform>
            <numerusform>المستبعدة لأنها ليست وسائط: %n (⁨{names}⁩)</numerusform>
            <numerusform>المستبعدة لأنها ليست وسائط: %n (⁨{names}⁩)</numerusform>
            <numerusform>المستبعدة لأنها ليست وسائط: %n (⁨{names}⁩)</numerusform>
            <numerusform>المستبعدة لأنها ليست وسائط: %n (⁨{names}⁩)</numerusform>
            <numerusform>المستبعدة لأنها ليست وسائط: %n (⁨{names}⁩)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the files looked at so far are updated.</source>
        <translation>توقّف؛ الملفات التي نُظر فيها حتى الآن محدَّثة.</translation>
    </message>
    <message>
        <source>Looked again: {counts}.</source>
        <translation>أُعيد النظر: {counts}.</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>لا ملفات</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>أُلغي الاستيراد؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>No files found to import.</source>
        <translation>لم يُعثر على ملفات للاستيراد.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>اكتمل الاستيراد ({counts}).</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>تُخطّي ⁨{path}⁩: ⁨{reason}⁩</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more skipped.</source>
        <translation>
            <numerusform>…وتُخطّي %n غيرها.</numerusform>
            <numerusform>…وتُخطّي %n غيرها.</numerusform>
            <numerusform>…وتُخطّي %n غيرها.</numerusform>
            <numerusform>…وتُخطّي %n غيرها.</numerusform>
            <numerusform>…وتُخطّي %n غيرها.</numerusform>
            <numerusform>…وتُخطّي %n غيرها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Fieldkit</source>
        <translation>مرحبًا بك في Fieldkit</translation>
    </message>
    <message>
        <source>Fieldkit helps you bring a museum&apos;s, an archive&apos;s or a library&apos;s collection to Wikimedia Commons: plan the partnership, prepare the files and upload them, also without a connection. Three short questions first.</source>
        <translation>يساعدك Fieldkit على نقل مجموعة متحف أو أرشيف أو مكتبة إلى ويكيميديا كومنز: خطّط للشراكة، وجهّز الملفات وارفعها، حتى دون اتصال. ثلاثة أسئلة قصيرة أولًا.</translation>
    </message>
    <message>
        <source>&amp;Language of Fieldkit:</source>
        <translation>&amp;لغة Fieldkit:</translation>
    </message>
    <message>
        <source>You can change every answer later in Settings.</source>
        <translation>يمكنك تغيير أي إجابة لاحقًا في «الإعدادات».</translation>
    </message>
</context>
<context>
    <name>LicenceChooser</name>
    <message>
        <source>The free licence the partner agrees to publish the files under.</source>
        <translation>الرخصة الحرة التي يوافق الشريك على نشر الملفات بموجبها.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>لم تُختر بعد</translation>
    </message>
    <message>
        <source>What it means for the partner</source>
        <translation>ماذا تعني للمؤسسة الشريكة</translation>
    </message>
    <message>
        <source>Choose the licence the partner agrees to; the guide “Talking about licences” helps with that conversation.</source>
        <translation>اختر الرخصة التي توافق عليها المؤسسة الشريكة؛ ويساعدك الدليل «الحديث مع المؤسسات الشريكة عن الرخص الحرة» في هذا الحوار.</translation>
    </message>
    <message>
        <source>This licence is no longer in Fieldkit&apos;s list; choose another.</source>
        <translation>لم تعد هذه الرخصة في قائمة Fieldkit؛ اختر رخصة أخرى.</translation>
    </message>
</context>
<context>
    <name>LogArea</name>
    <message>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Fieldkit&apos;s log: what it did and what went wrong.</source>
        <translation>سجل Fieldkit: ما فعله وما أخفق فيه.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Reads the log file again.</source>
        <translation>يعيد قراءة ملف السجل.</translation>
    </message>
    <message>
        <source>What Fieldkit did recently. The full log is in {path}</source>
        <translation>ما قام به Fieldkit مؤخرًا. السجل الكامل في ⁨{path}⁩</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>السجل فارغ.</translation>
    </message>
    <message>
        <source>Recent log lines</source>
        <translation>أحدث أسطر السجل</translation>
    </message>
    <message>
        <source>The log could not be read: {error}</source>
        <translation>تعذّرت قراءة السجل: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>LogLinks</name>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Requests to the helpdesk&apos;s email address are sent through your mail provider&apos;s outgoing server; its help pages name it (for example smtp.example.org:587).</source>
        <translation>تُرسل الطلبات إلى عنوان البريد الإلكتروني لمكتب المساعدة عبر خادم البريد الصادر لدى مزوّد بريدك؛ وتذكره صفحات المساعدة لديه (مثلًا ⁨smtp.example.org:587⁩).</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>الت&amp;شفير</translation>
    </message>
    <message>
        <source>Mail pa&amp;ssword</source>
        <translation>كلمة مرور ال&amp;بريد</translation>
    </message>
    <message>
        <source>Optional: the mailbox where the helpdesk&apos;s answers to your mailed requests arrive (IMAP), so Fieldkit shows them beside each request.</source>
        <translation>اختياري: صندوق البريد الذي تصل إليه ردود مكتب المساعدة على طلباتك المرسلة بالبريد (IMAP)، ليعرضها Fieldkit بجانب كل طلب.</translation>
    </message>
    <message>
        <source>Outgoing server (host:port)</source>
        <translation>خادم البريد الصادر (host:port)</translation>
    </message>
    <message>
        <source>Mail login</source>
        <translation>اسم مستخدم البريد</translation>
    </message>
    <message>
        <source>S&amp;ender address</source>
        <translation>عنوان &amp;المرسِل</translation>
    </message>
    <message>
        <source>Mailbox for replies (host:port)</source>
        <translation>صندوق بريد الردود (host:port)</translation>
    </message>
    <message>
        <source>Mailbo&amp;x user name</source>
        <translation>اسم المستخدم في &amp;صندوق البريد</translation>
    </message>
    <message>
        <source>Mailbox passwor&amp;d</source>
        <translation>كلمة مرور ص&amp;ندوق البريد</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>اتركه فارغًا للإبقاء على كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <source>for example smtp.example.org:587</source>
        <translation>مثلًا ⁨smtp.example.org:587⁩</translation>
    </message>
    <message>
        <source>for example imap.example.org:993</source>
        <translation>مثلًا ⁨imap.example.org:993⁩</translation>
    </message>
    <message>
        <source>for example name@example.org</source>
        <translation>مثلًا ⁨name@example.org⁩</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>⁨STARTTLS⁩ (المنفذ 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>⁨TLS⁩ (المنفذ 465)</translation>
    </message>
    <message>
        <source>None (a server on this computer or network only)</source>
        <translation>بلا تشفير (لخادم على هذا الحاسوب أو هذه الشبكة فقط)</translation>
    </message>
    <message>
        <source>Save email settings</source>
        <translation>حفظ إعدادات البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Saves the settings in this group.</source>
        <translation>يحفظ الإعدادات في هذه المجموعة.</translation>
    </message>
    <message>
        <source>Email settings saved, but not the mail password: the keyring refused it. Set FIELDKIT_SMTP_PASSWORD before starting Fieldkit.</source>
        <translation>حُفظت إعدادات البريد الإلكتروني، لكن دون كلمة مرور البريد: رفضتها حلقة المفاتيح. عيّن المتغير ⁨FIELDKIT_SMTP_PASSWORD⁩ قبل تشغيل Fieldkit.</translation>
    </message>
    <message>
        <source>Email settings saved.</source>
        <translation>حُفظت إعدادات البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <translation>{problem} لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The email settings could not be saved; the log has the details.</source>
        <translation>تعذّر حفظ إعدادات البريد الإلكتروني؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fieldkit</source>
        <translation>Fieldkit</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Prepare a partner&apos;s files for Commons: import them into a batch, describe them, and fix what the checks find. Everything is saved at once, offline.</source>
        <translation>جهّز ملفات المؤسسة الشريكة لكومنز: استوردها إلى دفعة، وصِفها، وأصلح ما تكشفه عمليات التحقق. يُحفظ كل شيء فورًا، حتى دون اتصال.</translation>
    </message>
    <message>
        <source>No batches yet. Press “New batch…” to start one for a partnership; then import files or drag a folder here.</source>
        <translation>لا توجد دفعات بعد. اضغط «دفعة جديدة…» لتبدأ دفعة لشراكة ما؛ ثم استورد الملفات أو اسحب مجلدًا إلى هنا.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %Ln files…</source>
        <translation>
            <numerusform>جارٍ تحميل الملفات (%Ln)…</numerusform>
            <numerusform>جارٍ تحميل الملفات (%Ln)…</numerusform>
            <numerusform>جارٍ تحميل الملفات (%Ln)…</numerusform>
            <numerusform>جارٍ تحميل الملفات (%Ln)…</numerusform>
            <numerusform>جارٍ تحميل الملفات (%Ln)…</numerusform>
            <numerusform>جارٍ تحميل الملفات (%Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>جارٍ تحميل الملفات…</translation>
    </message>
    <message>
        <source>This batch has no files yet. Press “Import files…” or “Import folder…”, or drag files and folders here. The files themselves are never changed.</source>
        <translation>لا ملفات في هذه الدفعة بعد. اضغط «استيراد ملفات…» أو «استيراد مجلد…»، أو اسحب ملفات ومجلدات إلى هنا. لا تُغيَّر الملفات نفسها أبدًا.</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>عناصر نائبة غير معروفة: ⁨{fields}⁩</translation>
    </message>
    <message numerus="yes">
        <source>New titles: %n.</source>
        <translation>
            <numerusform>عناوين جديدة: %n.</numerusform>
            <numerusform>عناوين جديدة: %n.</numerusform>
            <numerusform>عناوين جديدة: %n.</numerusform>
            <numerusform>عناوين جديدة: %n.</numerusform>
            <numerusform>عناوين جديدة: %n.</numerusform>
            <numerusform>عناوين جديدة: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaFields</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التسمية التوضيحية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Depicts (Wikidata)</source>
        <translation>يصوِّر (ويكي بيانات)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>MediaProblems</name>
    <message>
        <source>Choose a licence.</source>
        <translation>اختر رخصة.</translation>
    </message>
    <message>
        <source>The licence is not in Fieldkit&apos;s catalogue.</source>
        <translation>الرخصة غير موجودة في فهرس Fieldkit.</translation>
    </message>
    <message>
        <source>Say who made the work.</source>
        <translation>اذكر مَن أبدع العمل.</translation>
    </message>
    <message>
        <source>Say where the file comes from.</source>
        <translation>اذكر مصدر الملف.</translation>
    </message>
    <message>
        <source>Give a date, or “unknown” if nobody knows it.</source>
        <translation>اكتب تاريخًا، أو «⁨unknown⁩» إن لم يكن أحد يعرفه.</translation>
    </message>
    <message>
        <source>Write at least one description or caption.</source>
        <translation>اكتب وصفًا أو تسمية توضيحية واحدة على الأقل.</translation>
    </message>
    <message>
        <source>The file has no title.</source>
        <translation>الملف بلا عنوان.</translation>
    </message>
    <message>
        <source>The file records where it was taken. Choose for the batch whether to keep or remove the location before upload.</source>
        <translation>يسجّل الملف المكان الذي التُقط فيه. قرّر للدفعة كلها الاحتفاظ بالموقع أو إزالته قبل الرفع.</translation>
    </message>
    <message>
        <source>The file records where it was taken; the location will be published.</source>
        <translation>يسجّل الملف المكان الذي التُقط فيه؛ وسيُنشر الموقع.</translation>
    </message>
    <message>
        <source>The location will be removed from the uploaded copy (the original stays).</source>
        <translation>سيُزال الموقع من النسخة المرفوعة (ويبقى الأصل كما هو).</translation>
    </message>
    <message>
        <source>The file is not where it was imported from.</source>
        <translation>الملف لم يعد في المكان الذي استُورد منه.</translation>
    </message>
    <message>
        <source>The file changed on disk since it was imported.</source>
        <translation>تغيّر الملف على القرص منذ استيراده.</translation>
    </message>
    <message>
        <source>The file is damaged; it cannot be uploaded as it is.</source>
        <translation>الملف تالف؛ لا يمكن رفعه كما هو.</translation>
    </message>
    <message>
        <source>The file is cut short (incomplete); it cannot be uploaded.</source>
        <translation>الملف مبتور (غير مكتمل)؛ لا يمكن رفعه.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>تتعذّر قراءة الملف.</translation>
    </message>
    <message>
        <source>The same file is in this batch more than once.</source>
        <translation>الملف نفسه موجود في هذه الدفعة أكثر من مرة.</translation>
    </message>
    <message>
        <source>“{title}” is a camera file name and says nothing about the content.</source>
        <translation>«⁨{title}⁩» اسم ملف من الكاميرا ولا يقول شيئًا عن المحتوى.</translation>
    </message>
    <message>
        <source>The title contains characters not allowed: {characters}</source>
        <translation>يحتوي العنوان على محارف غير مسموح بها: ⁨{characters}⁩</translation>
    </message>
    <message>
        <source>The title is {bytes} bytes long; the limit is {limit} bytes.</source>
        <translation>طول العنوان ⁨{bytes}⁩ بايت؛ والحد الأقصى ⁨{limit}⁩ بايت.</translation>
    </message>
    <message>
        <source>Another file in this batch has the title “{title}”.</source>
        <translation>يحمل ملف آخر في هذه الدفعة العنوان «⁨{title}⁩».</translation>
    </message>
    <message>
        <source>Unknown placeholders: {fields}</source>
        <translation>عناصر نائبة غير معروفة: ⁨{fields}⁩</translation>
    </message>
    <message>
        <source>File names cannot contain {characters} (the wiki would rename the file); for example: “{suggestion}”.</source>
        <translation>لا يمكن أن تحتوي أسماء الملفات على ⁨{characters}⁩ (سيغيّر الويكي اسم الملف)؛ مثلًا: «⁨{suggestion}⁩».</translation>
    </message>
    <message>
        <source>Uploaded and verified as “{title}”.</source>
        <translation>رُفع وتُحقِّق منه باسم «⁨{title}⁩».</translation>
    </message>
    <message>
        <source>The folder cannot be opened ({reason}), so its files were not imported. Check its permissions, or move it to a shorter path.</source>
        <translation>يتعذّر فتح المجلد (⁨{reason}⁩)، لذا لم تُستورد ملفاته. تحقّق من أذوناته، أو انقله إلى مسار أقصر.</translation>
    </message>
    <message>
        <source>The file&apos;s name is not valid text (it has bytes that are not UTF-8), so it was not imported. Rename the file and import again.</source>
        <translation>اسم الملف ليس نصًا صالحًا (فيه بايتات ليست بترميز UTF-8)، لذا لم يُستورد. أعد تسمية الملف ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>The batch needs a name.</source>
        <translation>تحتاج الدفعة إلى اسم.</translation>
    </message>
    <message>
        <source>The batch name is longer than {max} characters.</source>
        <translation>اسم الدفعة أطول من ⁨{max}⁩ حرفًا.</translation>
    </message>
    <message>
        <source>The batch name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>يحتوي اسم الدفعة على محارف تحكّم (⁨{characters}⁩)، مثل فاصل الأسطر؛ اكتبه في سطر واحد.</translation>
    </message>
    <message>
        <source>The folder&apos;s name is not valid text (it has bytes that are not UTF-8), so its files were not imported. Rename the folder and import again.</source>
        <translation>اسم المجلد ليس نصًا صالحًا (فيه بايتات ليست بترميز UTF-8)، لذا لم تُستورد ملفاته. أعد تسمية المجلد ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>The title contains control characters or “~~~”; remove them.</source>
        <translation>يحتوي العنوان على محارف تحكّم أو «⁨~~~⁩»؛ احذفها.</translation>
    </message>
    <message>
        <source>The title ends in .{title_extension} but the file is a .{file_extension} file.</source>
        <translation>ينتهي العنوان بـ⁨.{title_extension}⁩ لكن الملف من نوع ⁨.{file_extension}⁩.</translation>
    </message>
    <message>
        <source>The title “{title}” is already used in the batch “{batch}”.</source>
        <translation>العنوان «⁨{title}⁩» مستخدم من قبل في الدفعة «⁨{batch}⁩».</translation>
    </message>
    <message>
        <source>A file named “{title}” already exists on the wiki.</source>
        <translation>يوجد على الويكي من قبل ملف باسم «⁨{title}⁩».</translation>
    </message>
    <message>
        <source>This file was already imported in the batch “{batch}”.</source>
        <translation>استُورد هذا الملف من قبل في الدفعة «⁨{batch}⁩».</translation>
    </message>
    <message>
        <source>This file is already on the wiki as “{title}”.</source>
        <translation>هذا الملف موجود على الويكي من قبل باسم «⁨{title}⁩».</translation>
    </message>
    <message>
        <source>“{date}” is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or “unknown”.</source>
        <translation>«⁨{date}⁩» ليس تاريخًا؛ استخدم ⁨YYYY⁩ أو ⁨YYYY-MM⁩ أو ⁨YYYY-MM-DD⁩ أو «⁨unknown⁩».</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>الملف فارغ (0 بايت).</translation>
    </message>
    <message>
        <source>The file is larger than {limit}; it is uploaded in chunks.</source>
        <translation>الملف أكبر من ⁨{limit}⁩؛ لذا يُرفع على أجزاء.</translation>
    </message>
    <message>
        <source>The location cannot be removed from this kind of file without changing the picture; remove it with another program, or keep it.</source>
        <translation>لا يمكن إزالة الموقع من هذا النوع من الملفات دون تغيير الصورة؛ أزله ببرنامج آخر، أو احتفظ به.</translation>
    </message>
    <message>
        <source>The location could not be removed from a copy of the file (is the disk full?). The file was not queued.</source>
        <translation>تعذّرت إزالة الموقع من نسخة الملف (هل القرص ممتلئ؟). لم يُضف الملف إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The GPS position in the file cannot be read; it is ignored.</source>
        <translation>تتعذّر قراءة موقع GPS المسجَّل في الملف؛ لذا يُتجاهل.</translation>
    </message>
    <message>
        <source>The orientation recorded in the file is not valid; it is ignored.</source>
        <translation>اتجاه الصورة المسجَّل في الملف غير صالح؛ لذا يُتجاهل.</translation>
    </message>
    <message>
        <source>The embedded metadata (EXIF) could not be read; it is ignored.</source>
        <translation>تعذّرت قراءة البيانات الوصفية المضمَّنة (EXIF)؛ لذا تُتجاهل.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>الصف ⁨{row}⁩ لا يطابق أي ملف في هذه الدفعة.</translation>
    </message>
    <message>
        <source>The column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>العمود «⁨{column}⁩» ليس حقلًا في Fieldkit؛ تُرفض الصفوف التي فيها قيمة ضمنه.</translation>
    </message>
    <message>
        <source>This is a named pipe, not a file with content; it was not read.</source>
        <translation>هذا أنبوب مسمّى (named pipe)، لا ملف له محتوى؛ لم تجرِ قراءته.</translation>
    </message>
    <message>
        <source>This is a socket, not a file with content; it was not read.</source>
        <translation>هذا مقبس (socket)، لا ملف له محتوى؛ لم تجرِ قراءته.</translation>
    </message>
    <message>
        <source>This is a device or special file, not a file with content; it was not read.</source>
        <translation>هذا جهاز أو ملف خاص، لا ملف له محتوى؛ لم تجرِ قراءته.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>⁨{size}⁩ ميغابايت</translation>
    </message>
    <message>
        <source>Convert it to JPEG (for example with GIMP or ImageMagick).</source>
        <translation>حوّله إلى JPEG (مثلًا باستخدام GIMP أو ImageMagick).</translation>
    </message>
    <message>
        <source>Develop the camera RAW file to TIFF or JPEG (for example with darktable).</source>
        <translation>حوّل ملف الكاميرا الخام (RAW) إلى TIFF أو JPEG (مثلًا باستخدام darktable).</translation>
    </message>
    <message>
        <source>Export the document to PDF (for example with LibreOffice).</source>
        <translation>صدّر المستند إلى PDF (مثلًا باستخدام LibreOffice).</translation>
    </message>
    <message>
        <source>Spreadsheets are not media: put the data in the file descriptions, or export to PDF.</source>
        <translation>جداول البيانات ليست وسائط: ضع البيانات في أوصاف الملفات، أو صدّرها إلى PDF.</translation>
    </message>
    <message>
        <source>Export the presentation to PDF (for example with LibreOffice).</source>
        <translation>صدّر العرض التقديمي إلى PDF (مثلًا باستخدام LibreOffice).</translation>
    </message>
    <message>
        <source>Unpack the archive and import the files in it.</source>
        <translation>فُكّ ضغط الأرشيف واستورد الملفات التي فيه.</translation>
    </message>
    <message>
        <source>Convert it to PNG (lossless), for example with GIMP.</source>
        <translation>حوّله إلى PNG (دون فقدان في الجودة)، مثلًا باستخدام GIMP.</translation>
    </message>
    <message>
        <source>Convert the video to WebM (for example with ffmpeg or HandBrake).</source>
        <translation>حوّل الفيديو إلى WebM (مثلًا باستخدام ffmpeg أو HandBrake).</translation>
    </message>
    <message>
        <source>Convert the sound to Ogg or FLAC (for example with Audacity).</source>
        <translation>حوّل الصوت إلى Ogg أو FLAC (مثلًا باستخدام Audacity).</translation>
    </message>
    <message>
        <source>Not a media file; it was not added to the batch.</source>
        <translation>ليس ملف وسائط؛ لم يُضف إلى الدفعة.</translation>
    </message>
    <message>
        <source>The wiki does not accept .{extension} files.</source>
        <translation>لا يقبل الويكي ملفات ⁨.{extension}⁩.</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>not a recognised format</source>
        <translation>صيغة غير معروفة</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>The file is named .{extension} but its content is {kind}.</source>
        <translation>امتداد اسم الملف ⁨.{extension}⁩ لكن محتواه ⁨{kind}⁩.</translation>
    </message>
    <message>
        <source>The file is {size}; the wiki accepts at most {limit}.</source>
        <translation>حجم الملف ⁨{size}⁩؛ والويكي لا يقبل أكثر من ⁨{limit}⁩.</translation>
    </message>
    <message>
        <source>Make a smaller copy (a lower quality setting) or split the film into parts.</source>
        <translation>أنشئ نسخة أصغر (بإعداد جودة أقل) أو قسّم الفيلم إلى أجزاء.</translation>
    </message>
    <message>
        <source>Make a smaller copy (Opus at a lower bitrate) or split the recording into parts.</source>
        <translation>أنشئ نسخة أصغر (Opus بمعدل بت أقل) أو قسّم التسجيل إلى أجزاء.</translation>
    </message>
    <message>
        <source>Make a smaller copy in Opus, or split the recording into parts.</source>
        <translation>أنشئ نسخة أصغر بصيغة Opus، أو قسّم التسجيل إلى أجزاء.</translation>
    </message>
    <message>
        <source>Save it as FLAC (lossless, about half the size) or split the recording into parts.</source>
        <translation>احفظه بصيغة FLAC (دون فقدان في الجودة، وبنحو نصف الحجم) أو قسّم التسجيل إلى أجزاء.</translation>
    </message>
    <message>
        <source>Split the document into volumes (for example with PDFsam or qpdf).</source>
        <translation>قسّم المستند إلى أجزاء (مثلًا باستخدام PDFsam أو qpdf).</translation>
    </message>
    <message>
        <source>Save a compressed copy (LZW or Deflate TIFF) or a JPEG for the wiki.</source>
        <translation>احفظ نسخة مضغوطة (TIFF بضغط LZW أو Deflate) أو نسخة JPEG للويكي.</translation>
    </message>
    <message>
        <source>Make a smaller copy or split it into parts first.</source>
        <translation>أنشئ نسخة أصغر أو قسّمه إلى أجزاء أولًا.</translation>
    </message>
    <message>
        <source>For example: {command}</source>
        <translation>مثلًا: ⁨{command}⁩</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>يجب إصلاحه</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Set licence</source>
        <translation>تعيين الرخصة</translation>
    </message>
    <message>
        <source>Remove location</source>
        <translation>إزالة الموقع</translation>
    </message>
    <message>
        <source>Apply title pattern</source>
        <translation>تطبيق نمط العناوين</translation>
    </message>
    <message>
        <source>Replace with “-”</source>
        <translation>الاستبدال بـ«-»</translation>
    </message>
</context>
<context>
    <name>MediaTableEditor</name>
    <message>
        <source>The files of the batch; the one selected is shown beside them.</source>
        <translation>ملفات الدفعة؛ يظهر الملف المحدد بجانبها.</translation>
    </message>
    <message>
        <source>Hides the files that are ready to upload.</source>
        <translation>يخفي الملفات الجاهزة للرفع.</translation>
    </message>
    <message>
        <source>Filter by file, title, description, author, source or category</source>
        <translation>التصفية حسب الملف أو العنوان أو الوصف أو المؤلف أو المصدر أو التصنيف</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>تصفية الملفات</translation>
    </message>
    <message>
        <source>&amp;Only files with problems</source>
        <translation>عر&amp;ض الملفات ذات المشكلات فقط</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>ت&amp;غيير المحدد…</translation>
    </message>
    <message>
        <source>Give all selected files the same value (Ctrl+E)</source>
        <translation>إعطاء كل الملفات المحددة القيمة نفسها (⁨Ctrl+E⁩)</translation>
    </message>
    <message>
        <source>Fill &amp;down</source>
        <translation>تعبئة &amp;للأسفل</translation>
    </message>
    <message>
        <source>Copy the first selected row&apos;s value down the selection (Ctrl+D)</source>
        <translation>نسخ قيمة أول صف محدد إلى باقي الصفوف المحددة (⁨Ctrl+D⁩)</translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>بح&amp;ث واستبدال…</translation>
    </message>
    <message>
        <source>Replace text in the selected files (Ctrl+H)</source>
        <translation>استبدال نص في الملفات المحددة (⁨Ctrl+H⁩)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>التراجع عن آخر تعديل (⁨Ctrl+Z⁩)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>إعادة (⁨Ctrl+Shift+Z⁩)</translation>
    </message>
    <message>
        <source>Files in the batch</source>
        <translation>الملفات في الدفعة</translation>
    </message>
    <message>
        <source>Select the files to edit first.</source>
        <translation>حدّد الملفات المراد تعديلها أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Files changed: %n.</source>
        <translation>
            <numerusform>الملفات التي تغيّرت: %n.</numerusform>
            <numerusform>الملفات التي تغيّرت: %n.</numerusform>
            <numerusform>الملفات التي تغيّرت: %n.</numerusform>
            <numerusform>الملفات التي تغيّرت: %n.</numerusform>
            <numerusform>الملفات التي تغيّرت: %n.</numerusform>
            <numerusform>الملفات التي تغيّرت: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two or more rows to fill down.</source>
        <translation>حدّد صفّين أو أكثر للتعبئة للأسفل.</translation>
    </message>
    <message numerus="yes">
        <source>Files filled: %n.</source>
        <translation>
            <numerusform>الملفات التي عُبّئت: %n.</numerusform>
            <numerusform>الملفات التي عُبّئت: %n.</numerusform>
            <numerusform>الملفات التي عُبّئت: %n.</numerusform>
            <numerusform>الملفات التي عُبّئت: %n.</numerusform>
            <numerusform>الملفات التي عُبّئت: %n.</numerusform>
            <numerusform>الملفات التي عُبّئت: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fields changed: %n.</source>
        <translation>
            <numerusform>الحقول التي تغيّرت: %n.</numerusform>
            <numerusform>الحقول التي تغيّرت: %n.</numerusform>
            <numerusform>الحقول التي تغيّرت: %n.</numerusform>
            <numerusform>الحقول التي تغيّرت: %n.</numerusform>
            <numerusform>الحقول التي تغيّرت: %n.</numerusform>
            <numerusform>الحقول التي تغيّرت: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>الملف مفقود</translation>
    </message>
    <message>
        <source>The batch&apos;s licence (this file has no licence of its own)</source>
        <translation>رخصة الدفعة (ليس لهذا الملف رخصة خاصة به)</translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n</source>
        <translation>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
            <numerusform>المشكلات: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New batch</source>
        <translation>دفعة جديدة</translation>
    </message>
    <message>
        <source>e.g. Postcards 1920s</source>
        <translation>مثل: بطاقات بريدية</translation>
    </message>
    <message>
        <source>A new partnership name creates the partnership too.</source>
        <translation>إذا كتبت اسم شراكة جديدة فستُنشأ الشراكة أيضًا.</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation>ال&amp;شراكة:</translation>
    </message>
    <message>
        <source>&amp;Batch name:</source>
        <translation>اسم ال&amp;دفعة:</translation>
    </message>
</context>
<context>
    <name>NewPartnershipDialog</name>
    <message>
        <source>New partnership</source>
        <translation>شراكة جديدة</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>اسم ال&amp;مؤسسة الشريكة:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>مثل: متحف الفن الإسلامي</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
</context>
<context>
    <name>PartnershipDetail</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, editable (*.odt)</source>
        <translation>نص OpenDocument قابل للتعديل (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>Save the agreement draft</source>
        <translation>حفظ مسودة الاتفاقية</translation>
    </message>
    <message>
        <source>Agreement draft - {name}</source>
        <translation>مسودة الاتفاقية - ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Agreement draft: {name}</source>
        <translation>مسودة الاتفاقية: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>The draft was not saved to {path}: check that the folder exists and can be written to, and that the name ends in .pdf, .odt or .html.</source>
        <translation>لم تُحفظ المسودة في ⁨{path}⁩: تحقّق من أن المجلد موجود وتمكن الكتابة فيه، وأن الاسم ينتهي بـ⁨.pdf⁩ أو ⁨.odt⁩ أو ⁨.html⁩.</translation>
    </message>
    <message>
        <source>Draft saved to {path}. It is not legal advice: have it checked.</source>
        <translation>حُفظت المسودة في ⁨{path}⁩. هذه ليست استشارة قانونية: اطلب من مختص مراجعتها.</translation>
    </message>
    <message>
        <source>Left blank to fill in: {parts}.</source>
        <translation>تُركت فارغة لتملأها: {parts}.</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>Checklist&amp;s</source>
        <translation>&amp;قوائم التحقق</translation>
    </message>
    <message>
        <source>Agreement d&amp;raft…</source>
        <translation>مسودة &amp;الاتفاقية…</translation>
    </message>
    <message>
        <source>Save a draft agreement (PDF, ODT or HTML) from what is filled in here</source>
        <translation>حفظ مسودة اتفاقية (PDF أو ODT أو HTML) مما عُبّئ هنا</translation>
    </message>
    <message>
        <source>Choose a partnership in the list to see its details, checklists and agreement draft.</source>
        <translation>اختر شراكة من القائمة لعرض تفاصيلها وقوائم التحقق ومسودة الاتفاقية.</translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <source>Saved as you type.</source>
        <translation>يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Not everything was saved: please fix what is marked in red.</source>
        <translation>لم يُحفظ كل شيء: يُرجى تصحيح ما هو معلَّم بالأحمر.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>ا&amp;لاسم</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Coun&amp;try</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>First contact &amp;on</source>
        <translation>أول اتصال &amp;في</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>تاريخ الاتفاق</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Credit &amp;line</source>
        <translation>&amp;صيغة الإسناد</translation>
    </message>
    <message>
        <source>&amp;Kind of institution</source>
        <translation>نوع الم&amp;ؤسسة</translation>
    </message>
    <message>
        <source>two-letter code, e.g. SE</source>
        <translation>رمز من حرفين، مثل EG</translation>
    </message>
    <message>
        <source>e.g. sv, en</source>
        <translation>مثل: ar, en</translation>
    </message>
    <message>
        <source>name and role</source>
        <translation>الاسم والمنصب</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>ج&amp;هة الاتصال</translation>
    </message>
    <message>
        <source>Contact &amp;details</source>
        <translation>بيا&amp;نات الاتصال</translation>
    </message>
    <message>
        <source>email, phone, address</source>
        <translation>البريد الإلكتروني، الهاتف، العنوان</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>which collection, roughly how many files, in what form</source>
        <translation>أي مجموعة، وكم ملفًا تقريبًا، وبأي شكل</translation>
    </message>
    <message>
        <source>how files should credit the partner; the name if empty</source>
        <translation>كيف تُسنَد الملفات إلى المؤسسة الشريكة؛ اسمها إن تُرك الحقل فارغًا</translation>
    </message>
    <message>
        <source>anything worth remembering</source>
        <translation>كل ما يستحق التذكّر</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>The partner&apos;s name as reports, credits and the agreement give it.</source>
        <translation>اسم الشريك كما يرد في التقارير والإسناد والاتفاقية.</translation>
    </message>
    <message>
        <source>Museum, archive, library, university or another kind.</source>
        <translation>متحف أو أرشيف أو مكتبة أو جامعة أو نوع آخر.</translation>
    </message>
    <message>
        <source>How far the partnership has come, from first contact to done.</source>
        <translation>المرحلة التي بلغتها الشراكة، من أول تواصل حتى الإنجاز.</translation>
    </message>
    <message>
        <source>L&amp;icence</source>
        <translation>الر&amp;خصة</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <source>Partner</source>
        <translation>المؤسسة الشريكة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
</context>
<context>
    <name>PartnershipListPane</name>
    <message>
        <source>All partnerships: {progress}</source>
        <translation>كل الشراكات: {progress}</translation>
    </message>
    <message>
        <source>Shows only partners of the chosen kind.</source>
        <translation>يعرض الشركاء من النوع المختار فقط.</translation>
    </message>
    <message>
        <source>Shows only partnerships at the chosen stage.</source>
        <translation>يعرض الشراكات في المرحلة المختارة فقط.</translation>
    </message>
    <message>
        <source>Your partnerships; the one selected is shown beside them.</source>
        <translation>شراكاتك؛ تظهر الشراكة المحددة بجانبها.</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>شرا&amp;كة جديدة…</translation>
    </message>
    <message>
        <source>Start a page for a partner institution</source>
        <translation>بدء صفحة لمؤسسة شريكة</translation>
    </message>
    <message>
        <source>Search names, contacts, notes</source>
        <translation>البحث في الأسماء وجهات الاتصال والملاحظات</translation>
    </message>
    <message>
        <source>Search partnerships</source>
        <translation>البحث في الشراكات</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <source>Show only this kind</source>
        <translation>عرض هذا النوع فقط</translation>
    </message>
    <message>
        <source>Show only this stage</source>
        <translation>عرض هذه المرحلة فقط</translation>
    </message>
    <message>
        <source>No partnerships yet. Press “New partnership” and give the institution&apos;s name; everything you add later is saved as you type.</source>
        <translation>لا توجد شراكات بعد. اضغط «شراكة جديدة» واكتب اسم المؤسسة؛ وكل ما تضيفه بعد ذلك يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>No partnership matches. Clear the search or choose “All kinds” and “All stages”.</source>
        <translation>لا توجد شراكة مطابقة. امسح البحث أو اختر «كل الأنواع» و«كل المراحل».</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Your first partnership</source>
        <translation>شراكتك الأولى</translation>
    </message>
    <message>
        <source>A partnership is one partner institution — a museum, an archive, a library — and everything you do with it: contacts, a checklist, batches of files.</source>
        <translation>الشراكة هي مؤسسة شريكة واحدة — متحف أو أرشيف أو مكتبة — وكل ما تقوم به معها: جهات الاتصال، وقائمة تحقق، ودفعات من الملفات.</translation>
    </message>
    <message>
        <source>C&amp;reate my first partnership</source>
        <translation>إ&amp;نشاء شراكتي الأولى</translation>
    </message>
    <message>
        <source>&amp;Name of the partner institution:</source>
        <translation>اسم ال&amp;مؤسسة الشريكة:</translation>
    </message>
    <message>
        <source>e.g. Nordiska museet</source>
        <translation>مثلًا: ⁨Nordiska museet⁩</translation>
    </message>
    <message>
        <source>&amp;Kind of institution:</source>
        <translation>نو&amp;ع المؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Open a sample partnership to explore</source>
        <translation>&amp;فتح شراكة تجريبية للاستكشاف</translation>
    </message>
    <message>
        <source>A made-up museum with a checklist and four photos to try things on. Remove it with one click (“Remove sample”) when you are done.</source>
        <translation>متحف خيالي فيه قائمة تحقق وأربع صور لتجربة الأشياء عليها. أزِله بنقرة واحدة («إزالة الشراكة التجريبية») عندما تنتهي.</translation>
    </message>
    <message>
        <source>Ne&amp;ither, I will start later</source>
        <translation>لا هذا ولا &amp;ذاك، سأبدأ لاحقًا</translation>
    </message>
    <message>
        <source>I work for &amp;a helpdesk (show the Helpdesk desk)</source>
        <translation>أعمل في مكتب مساعدة (إ&amp;ظهار لوحة مكتب المساعدة)</translation>
    </message>
    <message>
        <source>For helpdesk staff who answer partners&apos; requests. Settings has the rest: the pages and the mailbox to gather requests from.</source>
        <translation>لموظفي مكتب المساعدة الذين يجيبون عن طلبات المؤسسات الشريكة. وتجد الباقي في «الإعدادات»: الصفحات وصندوق البريد التي تُجمع منها الطلبات.</translation>
    </message>
    <message>
        <source>Preparing the sample…</source>
        <translation>جارٍ تجهيز الشراكة التجريبية…</translation>
    </message>
    <message>
        <source>The sample could not be made. Create a partnership instead.</source>
        <translation>تعذّر إنشاء الشراكة التجريبية. أنشئ شراكة بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>PartnershipTexts</name>
    <message>
        <source>Museum</source>
        <translation>متحف</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشيف</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>مكتبة</translation>
    </message>
    <message>
        <source>University</source>
        <translation>جامعة</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>مجموعة مجتمعية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>قيد النقاش</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليها</translation>
    </message>
    <message>
        <source>Preparing files</source>
        <translation>تجهيز الملفات</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <source>Reporting back</source>
        <translation>تقديم التقرير</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>partnership stage</comment>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم تُنجز</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>checklist step</comment>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <source>No checklist yet</source>
        <translation>لا توجد قائمة تحقق بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n of {applicable} steps done</source>
        <translation>
            <numerusform>الخطوات المنجزة: %n من {applicable}</numerusform>
            <numerusform>الخطوات المنجزة: %n من {applicable}</numerusform>
            <numerusform>الخطوات المنجزة: %n من {applicable}</numerusform>
            <numerusform>الخطوات المنجزة: %n من {applicable}</numerusform>
            <numerusform>الخطوات المنجزة: %n من {applicable}</numerusform>
            <numerusform>الخطوات المنجزة: %n من {applicable}</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner&apos;s name</source>
        <translation>اسم المؤسسة الشريكة</translation>
    </message>
    <message>
        <source>the contact at the partner</source>
        <translation>جهة الاتصال لدى المؤسسة الشريكة</translation>
    </message>
    <message>
        <source>your name (Settings)</source>
        <translation>اسمك (الإعدادات)</translation>
    </message>
    <message>
        <source>the material</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>the credit line</source>
        <translation>صيغة الإسناد</translation>
    </message>
    <message>
        <source>the licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>الاسم مطلوب.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>الاسم أطول من ⁨{max}⁩ حرفًا.</translation>
    </message>
    <message>
        <source>The name contains control characters ({characters}), such as a line break; write it on one line.</source>
        <translation>يحتوي الاسم على محارف تحكّم (⁨{characters}⁩)، مثل فاصل الأسطر؛ اكتبه في سطر واحد.</translation>
    </message>
    <message>
        <source>There already is a partnership called “{name}”.</source>
        <translation>توجد شراكة باسم «⁨{name}⁩» بالفعل.</translation>
    </message>
    <message>
        <source>Countries are best written as two-letter codes (SE, FR, EG).</source>
        <translation>يُفضَّل كتابة البلدان برموز من حرفين (⁨SE, FR, EG⁩).</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2024-05-31.</source>
        <translation>اكتب التاريخ بالصيغة YYYY-MM-DD، مثلًا 2024-05-31.</translation>
    </message>
    <message>
        <source>Choose the kind from the list.</source>
        <translation>اختر النوع من القائمة.</translation>
    </message>
    <message>
        <source>Choose the status from the list.</source>
        <translation>اختر الحالة من القائمة.</translation>
    </message>
    <message>
        <source>Problem with {field}: {code}</source>
        <translation>مشكلة في {field}: ⁨{code}⁩</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <source>One page per partner institution: contacts, what was agreed, the licence and a checklist of what is done. Everything is saved as you type.</source>
        <translation>صفحة لكل مؤسسة شريكة: جهات الاتصال، وما اتُّفق عليه، والرخصة، وقائمة تحقق بما أُنجز. يُحفظ كل شيء أثناء الكتابة.</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>ال&amp;شركاء</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>الأ&amp;دلة</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for your passwords</source>
        <translation>عبارة مرور لحماية كلمات مرورك</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>م&amp;رة أخرى</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Choose a passphrase to lock it (at least {length} characters). You type it once each time Fieldkit starts; without it nobody can read the passwords in the file, and Fieldkit cannot send. A forgotten passphrase cannot be recovered: you would enter the passwords again.</source>
        <translation>لا توجد على هذا الحاسوب حلقة مفاتيح للنظام، لذا يحفظ Fieldkit كلمات مرور الويكي والبريد في ملف مشفَّر داخل مجلد بياناته:
⁨{path}⁩

اختر عبارة مرور لقفله (⁨{length}⁩ حرفًا على الأقل). تكتبها مرة واحدة في كل مرة يبدأ فيها Fieldkit؛ ومن دونها لا يستطيع أحد قراءة كلمات المرور في الملف، ولا يستطيع Fieldkit الإرسال. لا يمكن استرجاع عبارة مرور منسية: ستُضطر إلى إدخال كلمات المرور من جديد.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so Fieldkit keeps the wiki and mail passwords in an encrypted file in its data folder:
{path}

Type its passphrase to use them until Fieldkit is closed.</source>
        <translation>لا توجد على هذا الحاسوب حلقة مفاتيح للنظام، لذا يحفظ Fieldkit كلمات مرور الويكي والبريد في ملف مشفَّر داخل مجلد بياناته:
⁨{path}⁩

اكتب عبارة مروره لاستخدامها حتى يُغلق Fieldkit.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {length} characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن ⁨{length}⁩ حرفًا.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>This passphrase does not open the password file. Try again.</source>
        <translation>عبارة المرور هذه لا تفتح ملف كلمات المرور. حاول مجددًا.</translation>
    </message>
    <message>
        <source>The password file cannot be used: {error}</source>
        <translation>لا يمكن استخدام ملف كلمات المرور: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>Title &amp;pattern for this batch:</source>
        <translation>نمط العناوين ل&amp;هذه الدفعة:</translation>
    </message>
    <message>
        <source>Placeholders: {fields}. {example} numbers with leading zeros.</source>
        <translation>العناصر النائبة: ⁨{fields}⁩. ويعطي ⁨{example}⁩ أرقامًا بأصفار بادئة.</translation>
    </message>
    <message>
        <source>&amp;Apply pattern to selected files</source>
        <translation>&amp;تطبيق النمط على الملفات المختارة</translation>
    </message>
    <message>
        <source>Gives the selected files titles made from this pattern.</source>
        <translation>يعطي الملفات المحددة عناوين مصنوعة من هذا النمط.</translation>
    </message>
    <message>
        <source>Select a file to preview its title.</source>
        <translation>حدّد ملفًا لمعاينة عنوانه.</translation>
    </message>
    <message>
        <source>Preview: {file_name}</source>
        <translation>معاينة: ⁨{file_name}⁩</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: what will be sent</source>
        <translation>معاينة: ما سيُرسل</translation>
    </message>
    <message>
        <source>This is exactly what Fieldkit will send with the current settings. The hidden marker line lets Fieldkit recognise the request on the wiki, so it is never posted twice.</source>
        <translation>هذا بالضبط ما سيرسله Fieldkit بالإعدادات الحالية. يتيح سطر العلامة المخفي لـFieldkit التعرّف على الطلب على الويكي، فلا يُنشر مرتين أبدًا.</translation>
    </message>
    <message>
        <source>(not sent this way: not set up in Settings)</source>
        <translation>(لن يُرسل بهذه الطريقة: لم يُضبط في «الإعدادات»)</translation>
    </message>
    <message>
        <source>&amp;Wiki page</source>
        <translation>&amp;صفحة الويكي</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>الب&amp;ريد الإلكتروني</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>الصفحة:</translation>
    </message>
    <message>
        <source>New section:</source>
        <translation>قسم جديد:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>المرفقات:</translation>
    </message>
    <message>
        <source>(no files)</source>
        <translation>(لا ملفات)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Problems: select a file</source>
        <translation>المشكلات: حدّد ملفًا</translation>
    </message>
    <message>
        <source>Ready to upload: no problems found.</source>
        <translation>جاهز للرفع: لم يُعثر على مشكلات.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before upload: %n</source>
        <translation>
            <numerusform>يجب إصلاحه قبل الرفع: %n</numerusform>
            <numerusform>يجب إصلاحه قبل الرفع: %n</numerusform>
            <numerusform>يجب إصلاحه قبل الرفع: %n</numerusform>
            <numerusform>يجب إصلاحه قبل الرفع: %n</numerusform>
            <numerusform>يجب إصلاحه قبل الرفع: %n</numerusform>
            <numerusform>يجب إصلاحه قبل الرفع: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to upload; worth a look:</source>
        <translation>جاهز للرفع؛ يستحق نظرة:</translation>
    </message>
    <message>
        <source>Opens the licences to choose from.</source>
        <translation>يفتح الرخص للاختيار منها.</translation>
    </message>
    <message>
        <source>Licence for the whole batch</source>
        <translation>رخصة الدفعة كلها</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Cancel batch</source>
        <translation>إلغاء الدفعة</translation>
    </message>
    <message numerus="yes">
        <source>Stop uploading the %n files of this batch that are not on the wiki yet? Files already uploaded stay.</source>
        <translation>
            <numerusform>إيقاف رفع ما لم يصل بعد إلى الويكي من ملفات هذه الدفعة (%n ملف)؟ تبقى الملفات المرفوعة من قبل.</numerusform>
            <numerusform>إيقاف رفع ما لم يصل بعد إلى الويكي من ملفات هذه الدفعة (%n ملف)؟ تبقى الملفات المرفوعة من قبل.</numerusform>
            <numerusform>إيقاف رفع ما لم يصل بعد إلى الويكي من ملفات هذه الدفعة (%n ملف)؟ تبقى الملفات المرفوعة من قبل.</numerusform>
            <numerusform>إيقاف رفع ما لم يصل بعد إلى الويكي من ملفات هذه الدفعة (%n ملفات)؟ تبقى الملفات المرفوعة من قبل.</numerusform>
            <numerusform>إيقاف رفع ما لم يصل بعد إلى الويكي من ملفات هذه الدفعة (%n ملفًا)؟ تبقى الملفات المرفوعة من قبل.</numerusform>
            <numerusform>إيقاف رفع ما لم يصل بعد إلى الويكي من ملفات هذه الدفعة (%n ملف)؟ تبقى الملفات المرفوعة من قبل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queuing the batch&apos;s ready files…</source>
        <translation>جارٍ إضافة الملفات الجاهزة في الدفعة إلى قائمة الانتظار…</translation>
    </message>
    <message>
        <source>&amp;Cancel batch…</source>
        <translation>إ&amp;لغاء الدفعة…</translation>
    </message>
    <message>
        <source>Stop the files of this batch that wait</source>
        <translation>إيقاف ملفات هذه الدفعة التي تنتظر</translation>
    </message>
    <message>
        <source>&amp;Queue fixed files</source>
        <translation>إدراج ال&amp;مصحَّحة في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Queue the batch&apos;s ready files again with their current titles and texts</source>
        <translation>إعادة الملفات الجاهزة في الدفعة إلى قائمة الانتظار بعناوينها ونصوصها الحالية</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>ات&amp;خاذ قرار…</translation>
    </message>
    <message>
        <source>Answer the wiki&apos;s warning about this file</source>
        <translation>الرد على تحذير الويكي بشأن هذا الملف</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إ&amp;عادة المحاولة</translation>
    </message>
    <message>
        <source>Try this file again now</source>
        <translation>محاولة هذا الملف مجددًا الآن</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;تخطي</translation>
    </message>
    <message>
        <source>Do not upload this file</source>
        <translation>عدم رفع هذا الملف</translation>
    </message>
    <message>
        <source>&amp;Fix metadata</source>
        <translation>تصحيح البيانات ال&amp;وصفية</translation>
    </message>
    <message>
        <source>Open this file in Media to correct it</source>
        <translation>فتح هذا الملف في «الوسائط» لتصحيحه</translation>
    </message>
    <message>
        <source>&amp;Open on wiki</source>
        <translation>&amp;فتح على الويكي</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>فت&amp;ح الإعدادات</translation>
    </message>
    <message>
        <source>Files in the upload queue</source>
        <translation>الملفات في قائمة انتظار الرفع</translation>
    </message>
    <message>
        <source>Nothing is queued for upload. In Media, check a batch and press “Upload”: its ready files wait here, continue after a dropped link or a restart, and you can follow each one to Wikimedia Commons.</source>
        <translation>لا شيء في قائمة انتظار الرفع. في «الوسائط»، طابِق دفعة مع الويكي واضغط «رفع الملفات الجاهزة»: تنتظر ملفاتها الجاهزة هنا، وتستأنف بعد انقطاع الاتصال أو إعادة التشغيل، ويمكنك متابعة كل ملف حتى يصل إلى ويكيميديا كومنز.</translation>
    </message>
    <message numerus="yes">
        <source>%n files queued again.</source>
        <translation>
            <numerusform>الملفات المعادة إلى قائمة الانتظار: %n.</numerusform>
            <numerusform>الملفات المعادة إلى قائمة الانتظار: %n.</numerusform>
            <numerusform>الملفات المعادة إلى قائمة الانتظار: %n.</numerusform>
            <numerusform>الملفات المعادة إلى قائمة الانتظار: %n.</numerusform>
            <numerusform>الملفات المعادة إلى قائمة الانتظار: %n.</numerusform>
            <numerusform>الملفات المعادة إلى قائمة الانتظار: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>لم ينجح ذلك.</translation>
    </message>
    <message>
        <source>Resume &amp;all</source>
        <translation>استئناف ال&amp;كل</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>إيقاف ال&amp;كل مؤقتًا</translation>
    </message>
    <message>
        <source>Every upload, every batch</source>
        <translation>كل عملية رفع، وكل دفعة</translation>
    </message>
    <message>
        <source>R&amp;esume batch</source>
        <translation>استئناف ال&amp;دفعة</translation>
    </message>
    <message>
        <source>&amp;Pause batch</source>
        <translation>إيقاف ال&amp;دفعة مؤقتًا</translation>
    </message>
    <message>
        <source>Choose a batch in the list first</source>
        <translation>اختر دفعة من القائمة أولًا</translation>
    </message>
    <message>
        <source>Choose a file to see what happens to it.</source>
        <translation>اختر ملفًا لترى ما يجري له.</translation>
    </message>
    <message>
        <source>{title} — {state}</source>
        <translation>⁨{title}⁩ — {state}</translation>
    </message>
    <message>
        <source>The wiki warns: {warnings}. Press “Decide…”.</source>
        <translation>الويكي يحذّر: ⁨{warnings}⁩. اضغط «اتخاذ قرار…».</translation>
    </message>
    <message>
        <source>The decision could not be saved: the file no longer waits for one.</source>
        <translation>تعذّر حفظ القرار: لم يعد الملف ينتظر قرارًا.</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>Fieldkit found its database half-created, probably because it was stopped during its first start. It held no data yet, so Fieldkit created it again.

The damaged file is kept at:
{damaged}</source>
        <translation>وجد Fieldkit قاعدة بياناته منشأةً جزئيًا، على الأرجح لأنه أُوقف أثناء تشغيله الأول. لم تكن فيها بيانات بعد، لذا أنشأها Fieldkit من جديد.

الملف التالف محفوظ في:
⁨{damaged}⁩</translation>
    </message>
    <message>
        <source>Fieldkit found its database half-upgraded, probably because the computer stopped during an update. It put back the backup made just before the update ({backup}) and upgraded it again; what you saved before the update is there.

The damaged file is kept at:
{damaged}</source>
        <translation>وجد Fieldkit قاعدة بياناته مُرقّاةً جزئيًا، على الأرجح لأن الحاسوب توقف أثناء تحديث. فاستعاد النسخة الاحتياطية التي أُعدّت قبل التحديث مباشرةً (⁨{backup}⁩) ورقّاها من جديد؛ وكل ما حفظته قبل التحديث موجود فيها.

الملف التالف محفوظ في:
⁨{damaged}⁩</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>استُعيدت قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>RepliesPane</name>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>fetched {time}</source>
        <translation>جُلب في ⁨{time}⁩</translation>
    </message>
    <message>
        <source>Choose a request to see the helpdesk&apos;s replies.</source>
        <translation>اختر طلبًا لترى ردود مكتب المساعدة.</translation>
    </message>
    <message>
        <source>Replies appear here after the request is on the wiki. Fieldkit looks for them when you are online and keeps them for reading offline.</source>
        <translation>تظهر الردود هنا بعد نشر الطلب على الويكي. يبحث Fieldkit عنها حين تكون متصلًا، ويحفظها لتقرأها دون اتصال.</translation>
    </message>
    <message>
        <source>No replies yet. Fieldkit looks at the helpdesk page every 15 minutes while you are online, and keeps replies here for reading offline.</source>
        <translation>لا ردود بعد. يطّلع Fieldkit على صفحة مكتب المساعدة كل 15 دقيقة ما دمت متصلًا، ويحفظ الردود هنا لتقرأها دون اتصال.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>A ready-made reply to start from.</source>
        <translation>رد جاهز للبدء منه.</translation>
    </message>
    <message>
        <source>Puts the chosen template into the reply.</source>
        <translation>يضع القالب المختار في الرد.</translation>
    </message>
    <message>
        <source>The reply; the next sync sends it.</source>
        <translation>الرد؛ ترسله المزامنة القادمة.</translation>
    </message>
    <message>
        <source>The replies to this request so far, and whether they went.</source>
        <translation>الردود على هذا الطلب حتى الآن، وهل أُرسلت.</translation>
    </message>
    <message>
        <source>Use &amp;template</source>
        <translation>استخدام &amp;قالب</translation>
    </message>
    <message>
        <source>&amp;Queue reply</source>
        <translation>&amp;وضع الرد في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Puts the reply in the outbox; it is sent when online.</source>
        <translation>يضع الرد في صندوق الصادر؛ ويُرسل عند الاتصال.</translation>
    </message>
    <message>
        <source>Write the reply here, or start from a template.</source>
        <translation>اكتب الرد هنا، أو ابدأ من قالب.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Replies so far</source>
        <translation>الردود حتى الآن</translation>
    </message>
    <message>
        <source>The reply goes into the request&apos;s own section on the wiki, signed.</source>
        <translation>يُنشر الرد موقَّعًا في قسم الطلب نفسه على الويكي.</translation>
    </message>
    <message>
        <source>The reply goes by email, in the same thread as the request.</source>
        <translation>يُرسل الرد بالبريد الإلكتروني، في سلسلة رسائل الطلب نفسها.</translation>
    </message>
    <message>
        <source>This request is no longer on the wiki page: a reply cannot be sent.</source>
        <translation>لم يعد هذا الطلب موجودًا على صفحة الويكي: لا يمكن إرسال رد.</translation>
    </message>
    <message>
        <source>{date} by {channel}: {state} — {start}</source>
        <translation>⁨{date}⁩ عبر {channel}: {state} — ⁨{start}⁩</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>لا ردود بعد.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Asking the wiki where the files are used…</source>
        <translation>جارٍ سؤال الويكي عن أماكن استخدام الملفات…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>جدول بيانات (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Outcome report</source>
        <translation>تقرير النتائج</translation>
    </message>
    <message>
        <source>Could not write the report to {path}.</source>
        <translation>تعذّرت كتابة التقرير في ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>Report saved as {path}</source>
        <translation>حُفظ التقرير باسم ⁨{path}⁩</translation>
    </message>
    <message>
        <source>The batch whose outcome is shown below.</source>
        <translation>الدفعة التي تظهر نتيجتها أدناه.</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>ا&amp;لدفعة:</translation>
    </message>
    <message>
        <source>Refresh &amp;usage</source>
        <translation>&amp;تحديث بيانات الاستخدام</translation>
    </message>
    <message>
        <source>Ask the wiki which pages use the uploaded files (needs a connection)</source>
        <translation>سؤال الويكي عن الصفحات التي تستخدم الملفات المرفوعة (يتطلب اتصالًا)</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>تصدير &amp;HTML…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>تصدير P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Saves the report of the chosen batch as a file.</source>
        <translation>يحفظ تقرير الدفعة المختارة في ملف.</translation>
    </message>
    <message>
        <source>No report yet. Once files of a batch are uploaded, their report for the partner appears here: what went up, under which licence, and where it is used.</source>
        <translation>لا يوجد تقرير بعد. بعد رفع ملفات دفعة ما، يظهر هنا تقريرها للمؤسسة الشريكة: ما رُفع، وبأي رخصة، وأين يُستخدم.</translation>
    </message>
    <message>
        <source>Usage as read from the wiki on {date}.</source>
        <translation>الاستخدام كما قُرئ من الويكي في ⁨{date}⁩.</translation>
    </message>
    <message>
        <source>Usage not read yet: press “Refresh usage” when online.</source>
        <translation>لم تُقرأ بيانات الاستخدام بعد: اضغط «تحديث بيانات الاستخدام» حين تكون متصلًا.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>تعذّر إعداد التقرير.</translation>
    </message>
    <message>
        <source>the wiki cannot be reached</source>
        <translation>تعذّر الوصول إلى الويكي</translation>
    </message>
    <message>
        <source>no wiki account is set up yet</source>
        <translation>لم يُضبط حساب ويكي بعد</translation>
    </message>
    <message>
        <source>no password is stored for the wiki account</source>
        <translation>لا توجد كلمة مرور محفوظة لحساب الويكي</translation>
    </message>
    <message>
        <source>the wiki refused the login</source>
        <translation>رفض الويكي تسجيل الدخول</translation>
    </message>
    <message>
        <source>Could not read usage from the wiki ({reason}). The report shows what was read last time.</source>
        <translation>تعذّرت قراءة بيانات الاستخدام من الويكي ({reason}). يعرض التقرير ما قُرئ في المرة السابقة.</translation>
    </message>
    <message>
        <source>the wiki answered with an error</source>
        <translation>ردّ الويكي بخطأ</translation>
    </message>
    <message numerus="yes">
        <source>%n files checked on the wiki.</source>
        <translation>
            <numerusform>الملفات التي تُحقِّق منها على الويكي: %n.</numerusform>
            <numerusform>الملفات التي تُحقِّق منها على الويكي: %n.</numerusform>
            <numerusform>الملفات التي تُحقِّق منها على الويكي: %n.</numerusform>
            <numerusform>الملفات التي تُحقِّق منها على الويكي: %n.</numerusform>
            <numerusform>الملفات التي تُحقِّق منها على الويكي: %n.</numerusform>
            <numerusform>الملفات التي تُحقِّق منها على الويكي: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Already sent; changes cannot be saved.</source>
        <translation>أُرسل من قبل؛ لا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <source>Already sent; it cannot be withdrawn.</source>
        <translation>أُرسل من قبل؛ لا يمكن سحبه.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;معاينة…</translation>
    </message>
    <message>
        <source>See the exact wiki text and email</source>
        <translation>عرض نص الويكي والبريد الإلكتروني كما سيُرسلان بالضبط</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <source>Take the request out of the outbox; it becomes a draft again</source>
        <translation>إخراج الطلب من صندوق الصادر؛ فيعود مسودة</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>Queue this request; it is posted to the helpdesk when you are online.</source>
        <translation>وضع هذا الطلب في قائمة الانتظار؛ ويُنشر لدى مكتب المساعدة حين تكون متصلًا.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>فت&amp;ح الإعدادات</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not sent: please fix what is marked in the form.</source>
        <translation>لم يُرسل: يُرجى تصحيح ما هو معلَّم في النموذج.</translation>
    </message>
    <message>
        <source>Could not attach.</source>
        <translation>تعذّر الإرفاق.</translation>
    </message>
    <message>
        <source>Sent requests cannot be changed.</source>
        <translation>لا يمكن تغيير الطلبات المُرسلة.</translation>
    </message>
    <message>
        <source>New request, not saved yet</source>
        <translation>طلب جديد، لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Saved. It has not gone out yet, so your changes go with it.</source>
        <translation>حُفظ. لم يُرسل بعد، فستُرسل تغييراتك معه.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <source>&amp;Subject</source>
        <translation>ا&amp;لموضوع</translation>
    </message>
    <message>
        <source>Message &amp;to the helpdesk</source>
        <translation>&amp;نص الرسالة إلى مكتب المساعدة</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Wiki user name</source>
        <translation>اسم المستخدم على الويكي</translation>
    </message>
    <message>
        <source>You ask as</source>
        <translation>تسأل بصفتك</translation>
    </message>
    <message>
        <source>Affiliate or group</source>
        <translation>الجهة التابعة أو المجموعة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Languages you work in</source>
        <translation>اللغات التي تعمل بها</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>المؤسسة الشريكة</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>نوع المواد</translation>
    </message>
    <message>
        <source>Rough volume</source>
        <translation>الحجم التقريبي</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>النتيجة المتوقعة</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Knowledge gap it fills</source>
        <translation>الفجوة المعرفية التي يسدّها</translation>
    </message>
    <message>
        <source>Partner&apos;s commitment</source>
        <translation>التزامات المؤسسة الشريكة</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>وضع الرخصة</translation>
    </message>
    <message>
        <source>Help wanted</source>
        <translation>المساعدة المطلوبة</translation>
    </message>
    <message>
        <source>Other help</source>
        <translation>مساعدة أخرى</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>What do you need help with?</source>
        <translation>ما الذي تحتاج إلى مساعدة فيه؟</translation>
    </message>
    <message>
        <source>Describe the partner, the material and what you plan to do. Your text is saved as you type.</source>
        <translation>صِف المؤسسة الشريكة والمواد وما تخطط لفعله. يُحفظ نصك أثناء الكتابة.</translation>
    </message>
    <message>
        <source>As on the wiki, without “User:”</source>
        <translation>كما هو على الويكي، دون «مستخدم:»</translation>
    </message>
    <message>
        <source>e.g. Kenya</source>
        <translation>مثل: مصر</translation>
    </message>
    <message>
        <source>e.g. Swahili, English</source>
        <translation>مثل: العربية، الإنجليزية</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>e.g. National Museum of …</source>
        <translation>مثل: المتحف الوطني لـ…</translation>
    </message>
    <message>
        <source>Photographs, maps, sound recordings, metadata…</source>
        <translation>صور فوتوغرافية، خرائط، تسجيلات صوتية، بيانات وصفية…</translation>
    </message>
    <message>
        <source>e.g. about 2,000 scans, 40 GB</source>
        <translation>مثل: نحو 2000 صورة مسح ضوئي، 40 غيغابايت</translation>
    </message>
    <message>
        <source>What should be on Commons when this is done?</source>
        <translation>ما الذي ينبغي أن يكون على كومنز عند انتهاء العمل؟</translation>
    </message>
    <message>
        <source>Who will use it, on which wikis?</source>
        <translation>مَن سيستخدمه، وعلى أي مشاريع ويكي؟</translation>
    </message>
    <message>
        <source>What is missing on the wikis today?</source>
        <translation>ما الذي ينقص مشاريع الويكي اليوم؟</translation>
    </message>
    <message>
        <source>Staff time, scanning, metadata the partner provides…</source>
        <translation>وقت الموظفين، المسح الضوئي، البيانات الوصفية التي تقدّمها المؤسسة الشريكة…</translation>
    </message>
    <message>
        <source>Agreed to CC BY-SA? Still discussing? Public domain?</source>
        <translation>وافقت على CC BY-SA؟ ما زال النقاش جاريًا؟ ملكية عامة؟</translation>
    </message>
    <message>
        <source>Say what other help you need</source>
        <translation>اذكر المساعدة الأخرى التي تحتاج إليها</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(لم يُختر)</translation>
    </message>
    <message>
        <source>A Wikimedia affiliate (chapter, thematic organisation)</source>
        <translation>جهة تابعة لويكيميديا (فرع، منظمة موضوعية)</translation>
    </message>
    <message>
        <source>A Wikimedia user group</source>
        <translation>مجموعة مستخدمين في ويكيميديا</translation>
    </message>
    <message>
        <source>An individual volunteer</source>
        <translation>متطوع بصفة فردية</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>اتفاقية الشراكة</translation>
    </message>
    <message>
        <source>Talking with the partner about free licences</source>
        <translation>الحديث مع المؤسسة الشريكة عن الرخص الحرة</translation>
    </message>
    <message>
        <source>Batch upload</source>
        <translation>رفع دفعة من الملفات</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Sharing outcomes with the partner</source>
        <translation>مشاركة النتائج مع المؤسسة الشريكة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>مَن يسأل</translation>
    </message>
    <message>
        <source>The material</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا يهمّ هذا</translation>
    </message>
    <message>
        <source>Your name, so that the helpdesk knows whom it answers.</source>
        <translation>اسمك، ليعرف مكتب المساعدة لمن يرد.</translation>
    </message>
    <message>
        <source>Whether you write for a Wikimedia affiliate, a user group or yourself.</source>
        <translation>هل تكتب باسم جهة تابعة لويكيميديا، أم مجموعة مستخدمين، أم باسمك.</translation>
    </message>
    <message>
        <source>The affiliate or user group you write for, if any.</source>
        <translation>الجهة التابعة أو مجموعة المستخدمين التي تكتب باسمها، إن وُجدت.</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>الشراكة</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>طلبات المساعدة</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>replies</comment>
        <translation>
            <numerusform>%n جديد</numerusform>
            <numerusform>%n جديد</numerusform>
            <numerusform>%n جديد</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدًا</numerusform>
            <numerusform>%n جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply from the helpdesk</source>
        <translation>
            <numerusform>ردود جديدة من مكتب المساعدة: %n</numerusform>
            <numerusform>ردود جديدة من مكتب المساعدة: %n</numerusform>
            <numerusform>ردود جديدة من مكتب المساعدة: %n</numerusform>
            <numerusform>ردود جديدة من مكتب المساعدة: %n</numerusform>
            <numerusform>ردود جديدة من مكتب المساعدة: %n</numerusform>
            <numerusform>ردود جديدة من مكتب المساعدة: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestProblems</name>
    <message>
        <source>{size} MB</source>
        <translation>⁨{size}⁩ ميغابايت</translation>
    </message>
    <message>
        <source>Your name helps the helpdesk address you.</source>
        <translation>يساعد اسمك مكتب المساعدة على مخاطبتك.</translation>
    </message>
    <message>
        <source>Your wiki user name lets the helpdesk reply on your talk page.</source>
        <translation>يتيح اسم المستخدم على الويكي لمكتب المساعدة الرد على صفحة نقاشك.</translation>
    </message>
    <message>
        <source>Which institution is this about?</source>
        <translation>بأي مؤسسة يتعلق الأمر؟</translation>
    </message>
    <message>
        <source>A line on the expected impact helps the helpdesk prioritise.</source>
        <translation>سطر عن الأثر المتوقع يساعد مكتب المساعدة على ترتيب الأولويات.</translation>
    </message>
    <message>
        <source>Say whether the partner has agreed to a free licence yet.</source>
        <translation>اذكر هل وافقت المؤسسة الشريكة على رخصة حرة بعد.</translation>
    </message>
    <message>
        <source>Tick the kind of help you want.</source>
        <translation>حدّد نوع المساعدة التي تريدها.</translation>
    </message>
    <message>
        <source>Give the request a subject.</source>
        <translation>اكتب موضوعًا للطلب.</translation>
    </message>
    <message>
        <source>The subject is longer than {max} characters.</source>
        <translation>الموضوع أطول من ⁨{max}⁩ حرفًا.</translation>
    </message>
    <message>
        <source>Describe the partner&apos;s material and what you plan to do with it.</source>
        <translation>صِف مواد المؤسسة الشريكة وما تخطط لفعله بها.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address (name@example.org).</source>
        <translation>«⁨{address}⁩» ليس عنوان بريد إلكتروني (⁨name@example.org⁩).</translation>
    </message>
    <message>
        <source>Mail needs a sender: give your email address or set a From address.</source>
        <translation>يحتاج البريد إلى مرسِل: اكتب عنوان بريدك الإلكتروني أو اضبط عنوان «من».</translation>
    </message>
    <message>
        <source>A wiki user name cannot contain # &lt; &gt; [ ] | { } / @ : =.</source>
        <translation>لا يمكن أن يحتوي اسم المستخدم على الويكي على ⁨# &lt; &gt; [ ] | { } / @ : =⁩.</translation>
    </message>
    <message>
        <source>Say what other help you need.</source>
        <translation>اذكر المساعدة الأخرى التي تحتاج إليها.</translation>
    </message>
    <message>
        <source>{filename} is {size}; attachments may be at most {limit}. Attach a few sample files or an excerpt instead.</source>
        <translation>حجم ⁨{filename}⁩ هو ⁨{size}⁩؛ والحد الأقصى للمرفق ⁨{limit}⁩. أرفق بدلًا من ذلك بضعة ملفات نموذجية أو مقتطفًا.</translation>
    </message>
    <message>
        <source>With {filename}, all attachments together come to {total}; the limit is {limit}.</source>
        <translation>مع ⁨{filename}⁩ يبلغ مجموع المرفقات ⁨{total}⁩؛ والحد الأقصى ⁨{limit}⁩.</translation>
    </message>
    <message>
        <source>{filename} cannot be read (moved, deleted or not allowed).</source>
        <translation>تتعذّر قراءة ⁨{filename}⁩ (نُقل أو حُذف أو لا يُسمح بقراءته).</translation>
    </message>
    <message>
        <source>A helpdesk page must be chosen for this wiki: the Commons page does not exist here. Choose it in Settings.</source>
        <translation>يجب اختيار صفحة لمكتب المساعدة على هذا الويكي: صفحة كومنز غير موجودة هنا. اخترها في «الإعدادات».</translation>
    </message>
    <message>
        <source>Choose whether you ask for an affiliate, a user group or yourself.</source>
        <translation>اختر هل تسأل باسم جهة تابعة لويكيميديا أو مجموعة مستخدمين أو بصفتك الشخصية.</translation>
    </message>
    <message>
        <source>Tick the kinds of help from the list.</source>
        <translation>حدّد أنواع المساعدة من القائمة.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be a number.</source>
        <translation>يجب أن يكون منفذ خادم البريد رقمًا.</translation>
    </message>
    <message>
        <source>Give the mailbox server as HOST:PORT, e.g. imap.example.org:993.</source>
        <translation>اكتب خادم صندوق البريد بالصيغة ⁨HOST:PORT⁩، مثل ⁨imap.example.org:993⁩.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none as the mail server&apos;s security.</source>
        <translation>اختر STARTTLS أو TLS أو بلا تشفير لأمان خادم البريد.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}), as a binary file read as text does; remove them.</source>
        <translation>يحتوي النص على محارف تحكّم (⁨{characters}⁩)، كما يحدث حين يُقرأ ملف ثنائي على أنه نص؛ احذفها.</translation>
    </message>
    <message>
        <source>This request is a draft: send it first.</source>
        <translation>هذا الطلب مسودة: أرسله أولًا.</translation>
    </message>
    <message>
        <source>This request was sent already.</source>
        <translation>أُرسل هذا الطلب من قبل.</translation>
    </message>
    <message>
        <source>No helpdesk is set up: give a wiki page or an email address and mail server in Settings.</source>
        <translation>لم يُضبط مكتب مساعدة: اكتب صفحة ويكي، أو عنوان بريد إلكتروني وخادم بريد، في «الإعدادات».</translation>
    </message>
</context>
<context>
    <name>RequestStates</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Wiki page</source>
        <translation>صفحة ويكي</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>RequestsArea</name>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Ask the Content Partnerships Helpdesk for help. You can write while offline: requests wait here and are posted when the wiki can be reached.</source>
        <translation>اطلب المساعدة من مكتب مساعدة شراكات المحتوى (Content Partnerships Helpdesk). يمكنك الكتابة دون اتصال: تنتظر الطلبات هنا وتُنشر حين يمكن الوصول إلى الويكي.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;طلب جديد</translation>
    </message>
    <message>
        <source>Start a new help request to the helpdesk</source>
        <translation>بدء طلب مساعدة جديد إلى مكتب المساعدة</translation>
    </message>
    <message>
        <source>No requests yet. Press “New request” and write what you need; it is saved as you type.</source>
        <translation>لا توجد طلبات بعد. اضغط «طلب جديد» واكتب ما تحتاج إليه؛ يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>الطل&amp;ب</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replies (%n new)</source>
        <translation>
            <numerusform>الر&amp;دود (%n جديد)</numerusform>
            <numerusform>الر&amp;دود (%n جديد)</numerusform>
            <numerusform>الر&amp;دود (%n جديد)</numerusform>
            <numerusform>الر&amp;دود (%n جديدة)</numerusform>
            <numerusform>الر&amp;دود (%n جديدًا)</numerusform>
            <numerusform>الر&amp;دود (%n جديد)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>الر&amp;دود</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>A score from {low} (low) to {high} (high).</source>
        <translation>درجة من {low} (منخفضة) إلى {high} (مرتفعة).</translation>
    </message>
    <message>
        <source>Your name as the reviewer.</source>
        <translation>اسمك بصفتك مراجعًا.</translation>
    </message>
    <message>
        <source>The reviews given so far.</source>
        <translation>المراجعات المقدّمة حتى الآن.</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>ا&amp;سم المراجِع</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Comment on {criterion}</source>
        <translation>تعليق على {criterion}</translation>
    </message>
    <message>
        <source>Reviews so far</source>
        <translation>المراجعات حتى الآن</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>حفظ المراجعة</translation>
    </message>
    <message>
        <source>Saves your scores for this request.</source>
        <translation>يحفظ تقييماتك لهذا الطلب.</translation>
    </message>
    <message>
        <source>Scores from 1 (poor) to 5 (excellent). Reviews stay on this computer and go only into the committee pack.</source>
        <translation>الدرجات من 1 (ضعيف) إلى 5 (ممتاز). تبقى المراجعات على هذا الحاسوب ولا تدخل إلا في حزمة اللجنة.</translation>
    </message>
    <message>
        <source>Average: {scores}</source>
        <translation>المتوسط: {scores}</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>لا مراجعات بعد.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>&amp;Remove sample</source>
        <translation>إزالة الشراكة ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>Delete the sample partnership with its checklists, batch and photos</source>
        <translation>حذف الشراكة التجريبية مع قوائم التحقق والدفعة والصور الخاصة بها</translation>
    </message>
    <message>
        <source>“{name}” is a sample partnership to explore. Remove it when you are done.</source>
        <translation>«⁨{name}⁩» شراكة تجريبية للاستكشاف. أزِلها حين تنتهي.</translation>
    </message>
    <message>
        <source>The sample could not be removed.</source>
        <translation>تعذّرت إزالة الشراكة التجريبية.</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Wiki and account</source>
        <translation>الويكي والحساب</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>اسمك@Fieldkit</translation>
    </message>
    <message>
        <source>Bot &amp;password</source>
        <translation>كلمة مرور البو&amp;ت</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>اتركه فارغًا للإبقاء على كلمة المرور المحفوظة</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files.</source>
        <translation>أنشئ كلمة مرور بوت على الويكي من ⁨Special:BotPasswords⁩ واكتب اسم الدخول الذي تعرضه (⁨name@bot⁩). تُحفظ كلمة المرور في حلقة مفاتيح النظام، لا في ملفات Fieldkit.</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords and enter the login it shows (name@bot). This computer has no system keyring, so the password is kept in an encrypted file in Fieldkit&apos;s data folder ({path}), locked with a passphrase you choose when you first save it. Fieldkit asks for the passphrase once each time it starts.</source>
        <translation>أنشئ كلمة مرور بوت على الويكي من ⁨Special:BotPasswords⁩ واكتب اسم الدخول الذي تعرضه (⁨name@bot⁩). لا توجد على هذا الحاسوب حلقة مفاتيح للنظام، لذا تُحفظ كلمة المرور في ملف مشفَّر داخل مجلد بيانات Fieldkit (⁨{path}⁩)، مقفل بعبارة مرور تختارها عند أول حفظ. يطلب Fieldkit عبارة المرور مرة واحدة في كل تشغيل.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>مكتب المساعدة</translation>
    </message>
    <message>
        <source>W&amp;iki API address</source>
        <translation>عنوان API للو&amp;يكي</translation>
    </message>
    <message>
        <source>The address of the wiki&apos;s api.php: Wikimedia Commons unless you use another.</source>
        <translation>عنوان api.php للويكي: ويكيميديا كومنز ما لم تستخدم ويكي آخر.</translation>
    </message>
    <message>
        <source>&amp;Bot login</source>
        <translation>اسم &amp;دخول البوت</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Tries to log in with these details; saves nothing.</source>
        <translation>يحاول تسجيل الدخول بهذه البيانات؛ ولا يحفظ شيئًا.</translation>
    </message>
    <message>
        <source>In&amp;terface language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>The language of Fieldkit&apos;s menus and texts; it changes at once.</source>
        <translation>لغة قوائم Fieldkit ونصوصه؛ تتغير فورًا.</translation>
    </message>
    <message>
        <source>Helpdes&amp;k wiki page</source>
        <translation>صفح&amp;ة ويكي مكتب المساعدة</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address for requests sent by email.</source>
        <translation>عنوان مكتب المساعدة للطلبات المرسلة بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Helpdesk email</source>
        <translation>بريد مكتب المساعدة</translation>
    </message>
    <message>
        <source>Save settin&amp;gs</source>
        <translation>ح&amp;فظ الإعدادات</translation>
    </message>
    <message>
        <source>Saves the settings above.</source>
        <translation>يحفظ الإعدادات أعلاه.</translation>
    </message>
    <message>
        <source>The login must have the form name@bot, as shown on Special:BotPasswords. Nothing was saved.</source>
        <translation>يجب أن يكون اسم الدخول بالصيغة ⁨name@bot⁩، كما يظهر في ⁨Special:BotPasswords⁩. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The helpdesk email address is not valid. Nothing was saved.</source>
        <translation>عنوان البريد الإلكتروني لمكتب المساعدة غير صالح. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>Settings saved. Enter the bot login too, so the password can be stored.</source>
        <translation>حُفظت الإعدادات. اكتب اسم دخول البوت أيضًا، حتى يمكن حفظ كلمة المرور.</translation>
    </message>
    <message>
        <source>Settings saved. Storing the password…</source>
        <translation>حُفظت الإعدادات. جارٍ حفظ كلمة المرور…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in the keyring.</source>
        <translation>حُفظت الإعدادات. كلمة المرور محفوظة في حلقة المفاتيح.</translation>
    </message>
    <message>
        <source>Settings saved. The password is stored in Fieldkit&apos;s encrypted file.</source>
        <translation>حُفظت الإعدادات. كلمة المرور محفوظة في ملف Fieldkit المشفَّر.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: {reason}</source>
        <translation>حُفظت الإعدادات، لكن دون كلمة المرور: {reason}</translation>
    </message>
    <message>
        <source>Settings saved, but the keyring refused to keep the password.</source>
        <translation>حُفظت الإعدادات، لكن حلقة المفاتيح رفضت حفظ كلمة المرور.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password: it needs the passphrase of the password file. Save again to type it.</source>
        <translation>حُفظت الإعدادات، لكن دون كلمة المرور: فهي تحتاج إلى عبارة مرور ملف كلمات المرور. احفظ مجددًا لتكتبها.</translation>
    </message>
    <message>
        <source>Settings saved, but not the password.</source>
        <translation>حُفظت الإعدادات، لكن دون كلمة المرور.</translation>
    </message>
    <message>
        <source>this system has no keyring to keep it safe. Set the environment variable FIELDKIT_PASSWORD to the bot password before starting Fieldkit, or install and unlock a keyring (for example GNOME Keyring or KWallet).</source>
        <translation>لا توجد على هذا النظام حلقة مفاتيح تحفظها بأمان. عيّن متغير البيئة ⁨FIELDKIT_PASSWORD⁩ على كلمة مرور البوت قبل تشغيل Fieldkit، أو ثبّت حلقة مفاتيح وافتح قفلها (مثل ⁨GNOME Keyring⁩ أو ⁨KWallet⁩).</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>متصل.</translation>
    </message>
    <message>
        <source>The wiki cannot be reached. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى الويكي. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <source>The wiki answered, but refused the login.</source>
        <translation>أجاب الويكي، لكنه رفض تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Enter the wiki API address first.</source>
        <translation>اكتب عنوان API للويكي أولًا.</translation>
    </message>
    <message>
        <source>Only the address was tested: no password is available.</source>
        <translation>اختُبر العنوان وحده: لا تتوفر كلمة مرور.</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keyring.</source>
        <translation>تعذّرت قراءة كلمة المرور المحفوظة من حلقة المفاتيح.</translation>
    </message>
    <message>
        <source>The test itself failed.</source>
        <translation>فشل الاختبار نفسه.</translation>
    </message>
    <message>
        <source>for example Project:Help desk</source>
        <translation>مثلًا ⁨Project:Help desk⁩</translation>
    </message>
    <message>
        <source>This wiki is not Wikimedia Commons: choose the page where help requests go on it (Commons&apos; page does not exist here).</source>
        <translation>هذا الويكي ليس ويكيميديا كومنز: اختر الصفحة التي تُرسل إليها طلبات المساعدة عليه (صفحة كومنز غير موجودة هنا).</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>E&amp;xport spreadsheet…</source>
        <translation>ت&amp;صدير جدول البيانات…</translation>
    </message>
    <message>
        <source>Save the batch&apos;s metadata as CSV or XLSX</source>
        <translation>حفظ البيانات الوصفية للدفعة بصيغة CSV أو XLSX</translation>
    </message>
    <message>
        <source>Appl&amp;y spreadsheet…</source>
        <translation>ت&amp;طبيق جدول بيانات…</translation>
    </message>
    <message>
        <source>Read a CSV or XLSX edited elsewhere back into the batch (undoable)</source>
        <translation>قراءة ملف CSV أو XLSX عُدِّل في برنامج آخر وإعادته إلى الدفعة (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>تصدير جدول البيانات</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;Comma-separated values (*.csv)</source>
        <translation>جدول بيانات (*.xlsx);;قيم مفصولة بفواصل (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>فشل التصدير: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read.</source>
        <translation>تتعذّر قراءة جدول البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {path} (files: %n).</source>
        <translation>
            <numerusform>صُدِّر إلى ⁨{path}⁩ (الملفات: %n).</numerusform>
            <numerusform>صُدِّر إلى ⁨{path}⁩ (الملفات: %n).</numerusform>
            <numerusform>صُدِّر إلى ⁨{path}⁩ (الملفات: %n).</numerusform>
            <numerusform>صُدِّر إلى ⁨{path}⁩ (الملفات: %n).</numerusform>
            <numerusform>صُدِّر إلى ⁨{path}⁩ (الملفات: %n).</numerusform>
            <numerusform>صُدِّر إلى ⁨{path}⁩ (الملفات: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts are longer than a spreadsheet cell holds: their cells say so, and the texts stay in Fieldkit unless you replace those cells.</source>
        <translation>
            <numerusform>نصوص أطول مما تتسع له خلية جدول البيانات: %n. تشير خلاياها إلى ذلك، وتبقى النصوص في Fieldkit ما لم تستبدل تلك الخلايا.</numerusform>
            <numerusform>نصوص أطول مما تتسع له خلية جدول البيانات: %n. تشير خلاياها إلى ذلك، وتبقى النصوص في Fieldkit ما لم تستبدل تلك الخلايا.</numerusform>
            <numerusform>نصوص أطول مما تتسع له خلية جدول البيانات: %n. تشير خلاياها إلى ذلك، وتبقى النصوص في Fieldkit ما لم تستبدل تلك الخلايا.</numerusform>
            <numerusform>نصوص أطول مما تتسع له خلية جدول البيانات: %n. تشير خلاياها إلى ذلك، وتبقى النصوص في Fieldkit ما لم تستبدل تلك الخلايا.</numerusform>
            <numerusform>نصوص أطول مما تتسع له خلية جدول البيانات: %n. تشير خلاياها إلى ذلك، وتبقى النصوص في Fieldkit ما لم تستبدل تلك الخلايا.</numerusform>
            <numerusform>نصوص أطول مما تتسع له خلية جدول البيانات: %n. تشير خلاياها إلى ذلك، وتبقى النصوص في Fieldkit ما لم تستبدل تلك الخلايا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>فشل التصدير.</translation>
    </message>
    <message>
        <source>Apply spreadsheet</source>
        <translation>تطبيق جدول البيانات</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>جداول البيانات (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {error}</source>
        <translation>تتعذّر قراءة جدول البيانات: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>SheetProblems</name>
    <message>
        <source>“{file}” is not a text file, so it is not a CSV sheet. Save the sheet as CSV UTF-8 or XLSX.</source>
        <translation>«⁨{file}⁩» ليس ملفًا نصيًا، فهو ليس جدول CSV. احفظ الجدول بصيغة ⁨CSV UTF-8⁩ أو ⁨XLSX⁩.</translation>
    </message>
    <message>
        <source>Fieldkit cannot tell for sure how the letters in “{file}” are encoded. Save the sheet as “CSV UTF-8” and apply it again.</source>
        <translation>لا يستطيع Fieldkit أن يعرف بيقين ترميز الحروف في «⁨{file}⁩». احفظ الجدول بصيغة «⁨CSV UTF-8⁩» وطبّقه مجددًا.</translation>
    </message>
    <message>
        <source>“{file}” is damaged at byte {byte}. Save the sheet again as CSV UTF-8.</source>
        <translation>«⁨{file}⁩» تالف عند البايت ⁨{byte}⁩. احفظ الجدول مجددًا بصيغة ⁨CSV UTF-8⁩.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European). If any letters look wrong, save it as “CSV UTF-8” and apply it again.</source>
        <translation>الملف ليس بترميز UTF-8؛ فقد قُرئ بترميز ⁨Windows-1252⁩ (أوروبا الغربية). إن بدت بعض الحروف خاطئة، فاحفظه بصيغة «⁨CSV UTF-8⁩» وطبّقه مجددًا.</translation>
    </message>
    <message>
        <source>Cells are separated by “{separator}” in this file; it was read so.</source>
        <translation>الخلايا في هذا الملف مفصولة بالرمز «⁨{separator}⁩»؛ وقد قُرئ على هذا الأساس.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or is not an XLSX spreadsheet. Open it in Excel or LibreOffice and save it as XLSX.</source>
        <translation>«⁨{file}⁩» تالف أو ليس جدول بيانات XLSX. افتحه في Excel أو LibreOffice واحفظه بصيغة XLSX.</translation>
    </message>
    <message>
        <source>The spreadsheet is empty.</source>
        <translation>جدول البيانات فارغ.</translation>
    </message>
    <message>
        <source>“{suffix}” files cannot be read: use a .csv or .xlsx spreadsheet.</source>
        <translation>لا يمكن قراءة ملفات «⁨{suffix}⁩»: استخدم جدول بيانات ⁨.csv⁩ أو ⁨.xlsx⁩.</translation>
    </message>
    <message>
        <source>The rows above the header (1–{rows}) were skipped.</source>
        <translation>تُخطّيت الصفوف التي تسبق صف العناوين (⁨1–{rows}⁩).</translation>
    </message>
    <message>
        <source>The merged cells {cells} were read as the same value in every row.</source>
        <translation>قُرئت الخلايا المدمجة ⁨{cells}⁩ على أنها القيمة نفسها في كل صف.</translation>
    </message>
    <message>
        <source>Header cells are merged ({cells}); unmerge them so that every column has its own name.</source>
        <translation>خلايا العناوين مدمجة (⁨{cells}⁩)؛ ألغِ دمجها ليكون لكل عمود اسمه الخاص.</translation>
    </message>
    <message>
        <source>The column “{column}” is there twice ({cells}); keep one.</source>
        <translation>العمود «⁨{column}⁩» موجود مرتين (⁨{cells}⁩)؛ أبقِ واحدًا.</translation>
    </message>
    <message>
        <source>The sheet needs a “fieldkit_id” or a “path”/“file” column to know which row is which file.</source>
        <translation>يحتاج الجدول إلى عمود «⁨fieldkit_id⁩» أو «⁨path⁩»/«⁨file⁩» ليعرف أي صف يخص أي ملف.</translation>
    </message>
    <message>
        <source>The sheet has no column of paths. Its columns: {columns}.</source>
        <translation>لا يحتوي الجدول على عمود للمسارات. أعمدته: ⁨{columns}⁩.</translation>
    </message>
    <message>
        <source>The column “{column}” of the sheet lists no paths.</source>
        <translation>العمود «⁨{column}⁩» في الجدول لا يذكر أي مسارات.</translation>
    </message>
    <message>
        <source>Column “{column}” is not a Fieldkit field; rows with a value in it are refused.</source>
        <translation>العمود «⁨{column}⁩» ليس حقلًا في Fieldkit؛ تُرفض الصفوف التي فيها قيمة ضمنه.</translation>
    </message>
    <message>
        <source>Column {column} has no name in the header; rows with a value in it are refused.</source>
        <translation>العمود ⁨{column}⁩ بلا اسم في صف العناوين؛ تُرفض الصفوف التي فيها قيمة ضمنه.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; a separator or line break is probably missing. The row was left unchanged.</source>
        <translation>في الصف ⁨{row}⁩ عدد الخلايا ⁨{cells}⁩، لكن في صف العناوين ⁨{columns}⁩ عمودًا؛ على الأرجح ينقص فاصل أو فاصل أسطر. تُرك الصف دون تغيير.</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells but the header has {columns} columns; the extra cells hold text. The row was left unchanged.</source>
        <translation>في الصف ⁨{row}⁩ عدد الخلايا ⁨{cells}⁩، لكن في صف العناوين ⁨{columns}⁩ عمودًا؛ والخلايا الزائدة فيها نص. تُرك الصف دون تغيير.</translation>
    </message>
    <message>
        <source>Row {row} matches no file of this batch.</source>
        <translation>الصف ⁨{row}⁩ لا يطابق أي ملف في هذه الدفعة.</translation>
    </message>
    <message>
        <source>Row {row} is for the same file as row {first_row}; keep one.</source>
        <translation>الصف ⁨{row}⁩ يخص الملف نفسه الذي يخصه الصف ⁨{first_row}⁩؛ أبقِ واحدًا.</translation>
    </message>
    <message>
        <source>The cell holds a formula but no value ({formula}). Open and save the sheet in Excel or LibreOffice, or type the value.</source>
        <translation>تحتوي الخلية على صيغة حسابية دون قيمة (⁨{formula}⁩). افتح الجدول واحفظه في Excel أو LibreOffice، أو اكتب القيمة.</translation>
    </message>
    <message>
        <source>The cell shows the spreadsheet error {error}; correct it.</source>
        <translation>تعرض الخلية خطأ جدول البيانات ⁨{error}⁩؛ صحّحه.</translation>
    </message>
    <message>
        <source>The “kept in Fieldkit” note in this cell was edited. Put it back as it was to keep the text, or replace the whole cell.</source>
        <translation>عُدِّلت ملاحظة «محفوظ في Fieldkit» في هذه الخلية. أعدها كما كانت للإبقاء على النص، أو استبدل الخلية كلها.</translation>
    </message>
    <message>
        <source>The spreadsheet program cut this text at {limit} characters (Fieldkit has {length}); it was left unchanged. Edit long texts in Fieldkit.</source>
        <translation>قصّ برنامج جداول البيانات هذا النص عند ⁨{limit}⁩ حرفًا (وفي Fieldkit ⁨{length}⁩)؛ فتُرك دون تغيير. عدّل النصوص الطويلة في Fieldkit.</translation>
    </message>
    <message>
        <source>“{value}” is not a date Fieldkit can read: write YYYY-MM-DD, YYYY-MM, YYYY, “ca. YYYY”, a decade such as “1920s”, or “unknown”.</source>
        <translation>«⁨{value}⁩» ليس تاريخًا يستطيع Fieldkit قراءته: اكتب ⁨YYYY-MM-DD⁩ أو ⁨YYYY-MM⁩ أو ⁨YYYY⁩ أو «⁨ca. YYYY⁩» أو عقدًا مثل «⁨1920s⁩» أو «⁨unknown⁩».</translation>
    </message>
    <message>
        <source>Is “{value}” {day_first} (day first) or {month_first} (month first)? Write the one you mean as YYYY-MM-DD.</source>
        <translation>هل «⁨{value}⁩» هو ⁨{day_first}⁩ (اليوم أولًا) أم ⁨{month_first}⁩ (الشهر أولًا)؟ اكتب ما تقصده بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Dates with slashes are read day first (DD/MM/YYYY), so “{value}” has no such month. Did you mean {suggestion}? Write it as YYYY-MM-DD.</source>
        <translation>التواريخ ذات الشرطات المائلة تُقرأ باليوم أولًا (⁨DD/MM/YYYY⁩)، لذا لا يوجد في «⁨{value}⁩» شهر كهذا. هل تقصد ⁨{suggestion}⁩؟ اكتبه بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” looks like a spreadsheet&apos;s date number ({suggestion}?). Format the cell as a date, or write the date as YYYY-MM-DD.</source>
        <translation>يبدو «⁨{value}⁩» رقم تاريخ من جدول بيانات (⁨{suggestion}⁩؟). نسّق الخلية على أنها تاريخ، أو اكتب التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” is in the future.</source>
        <translation>«⁨{value}⁩» في المستقبل.</translation>
    </message>
    <message>
        <source>“{value}” is not a licence in Fieldkit&apos;s catalogue.</source>
        <translation>«⁨{value}⁩» ليست رخصة في فهرس Fieldkit.</translation>
    </message>
    <message>
        <source>“{value}” cannot be a category name.</source>
        <translation>لا يمكن أن يكون «⁨{value}⁩» اسم تصنيف.</translation>
    </message>
    <message>
        <source>Use Wikidata item ids such as Q42, separated by |.</source>
        <translation>استخدم معرّفات عناصر ويكي بيانات مثل ⁨Q42⁩، مفصولة بالرمز |.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid coordinate.</source>
        <translation>«⁨{value}⁩» ليس إحداثيًا صالحًا.</translation>
    </message>
    <message>
        <source>The template must be information, artwork or photograph.</source>
        <translation>يجب أن يكون القالب ⁨information⁩ أو ⁨artwork⁩ أو ⁨photograph⁩.</translation>
    </message>
    <message>
        <source>“{value}” is not a field Fieldkit knows.</source>
        <translation>«⁨{value}⁩» ليس حقلًا يعرفه Fieldkit.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; a field holds at most {limit}.</source>
        <translation>طول النص ⁨{length}⁩ حرفًا؛ ويتسع الحقل لـ⁨{limit}⁩ على الأكثر.</translation>
    </message>
    <message>
        <source>The text contains control characters ({characters}) that cannot be on a wiki page; remove them.</source>
        <translation>يحتوي النص على محارف تحكّم (⁨{characters}⁩) لا يمكن أن تكون في صفحة ويكي؛ احذفها.</translation>
    </message>
    <message>
        <source>The brackets do not match: “{detail}” has no partner. Close every [[ with ]] and every {{{{ with }}}}.</source>
        <translation>الأقواس غير متطابقة: «⁨{detail}⁩» بلا نظير. أغلق كل ⁨[[⁩ بـ⁨]]⁩ وكل ⁨{{{{⁩ بـ⁨}}}}⁩.</translation>
    </message>
    <message>
        <source>Category links are not taken from this cell; put categories in the categories column.</source>
        <translation>لا تؤخذ روابط التصنيفات من هذه الخلية؛ ضع التصنيفات في عمود التصنيفات.</translation>
    </message>
    <message>
        <source>“{detail}” is a magic word that changes the page itself; it is not allowed here.</source>
        <translation>«⁨{detail}⁩» كلمة سحرية تغيّر الصفحة نفسها؛ وهي غير مسموح بها هنا.</translation>
    </message>
    <message>
        <source>Closest: {closest}.</source>
        <translation>الأقرب: ⁨{closest}⁩.</translation>
    </message>
</context>
<context>
    <name>SheetReportDialog</name>
    <message>
        <source>Spreadsheet applied</source>
        <translation>طُبّق جدول البيانات</translation>
    </message>
    <message numerus="yes">
        <source>rows changed: %n</source>
        <translation>
            <numerusform>الصفوف التي تغيّرت: %n</numerusform>
            <numerusform>الصفوف التي تغيّرت: %n</numerusform>
            <numerusform>الصفوف التي تغيّرت: %n</numerusform>
            <numerusform>الصفوف التي تغيّرت: %n</numerusform>
            <numerusform>الصفوف التي تغيّرت: %n</numerusform>
            <numerusform>الصفوف التي تغيّرت: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged: %n</source>
        <translation>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
            <numerusform>دون تغيير: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused: %n</source>
        <translation>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
            <numerusform>المرفوضة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet applied: {counts}. Undo (Ctrl+Z) reverses it.</source>
        <translation>طُبّق جدول البيانات ({counts}). يلغي التراجع (⁨Ctrl+Z⁩) ذلك.</translation>
    </message>
    <message>
        <source>Spreadsheet not applied</source>
        <translation>لم يُطبَّق جدول البيانات</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be used as it is; nothing was changed.</source>
        <translation>لا يمكن استخدام جدول البيانات كما هو؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رُفض</translation>
    </message>
</context>
<context>
    <name>ShortcutListDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>الحقل التالي أو السابق</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>فتح قائمة</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + الحرف الذي تحته خط</translation>
    </message>
    <message>
        <source>Press a button or tick a box</source>
        <translation>الضغط على زر أو تحديد مربع</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مفتاح المسافة (Space)</translation>
    </message>
    <message>
        <source>Move between the cells of a table</source>
        <translation>التنقل بين خلايا الجدول</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>مفاتيح الأسهم</translation>
    </message>
    <message>
        <source>Edit the chosen cell of a table</source>
        <translation>تعديل الخلية المختارة في الجدول</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Next tab of a page</source>
        <translation>علامة التبويب التالية في الصفحة</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} (⁨{shortcut}⁩)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Fieldkit cannot use its data folder {path}: {reason}.

Start it with another folder (fieldkit --data-dir FOLDER, or the FIELDKIT_DATA_DIR variable), or fix the folder&apos;s permissions.</source>
        <translation>لا يستطيع Fieldkit استخدام مجلد بياناته ⁨{path}⁩: ⁨{reason}⁩.

شغّله بمجلد آخر (⁨fieldkit --data-dir FOLDER⁩، أو بالمتغير ⁨FIELDKIT_DATA_DIR⁩)، أو أصلح أذونات المجلد.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Bundle conflicts</source>
        <translation>تعارضات الحزم</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>المحدَّثة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>المتعارضة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>المتخطّاة</translation>
    </message>
    <message numerus="yes">
        <source>Edited on both computers (%n): the value here is kept until you choose.</source>
        <translation>
            <numerusform>عُدِّلت على الحاسوبين كليهما (%n): تبقى القيمة الموجودة هنا إلى أن تختار.</numerusform>
            <numerusform>عُدِّلت على الحاسوبين كليهما (%n): تبقى القيمة الموجودة هنا إلى أن تختار.</numerusform>
            <numerusform>عُدِّلت على الحاسوبين كليهما (%n): تبقى القيمة الموجودة هنا إلى أن تختار.</numerusform>
            <numerusform>عُدِّلت على الحاسوبين كليهما (%n): تبقى القيمة الموجودة هنا إلى أن تختار.</numerusform>
            <numerusform>عُدِّلت على الحاسوبين كليهما (%n): تبقى القيمة الموجودة هنا إلى أن تختار.</numerusform>
            <numerusform>عُدِّلت على الحاسوبين كليهما (%n): تبقى القيمة الموجودة هنا إلى أن تختار.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>لا تعارضات.</translation>
    </message>
</context>
<context>
    <name>TextPatterns</name>
    <message>
        <source>{label}: {value}</source>
        <translation>⁨{label}⁩: ⁨{value}⁩</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between clauses of one sentence (keep the spaces you need)</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>⁨{percent}⁩٪</translation>
    </message>
    <message>
        <source>%p%</source>
        <comment>text on a progress bar</comment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list in running text (keep the spaces you need)</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Where the request stands in the helpdesk&apos;s work.</source>
        <translation>المرحلة التي بلغها الطلب في عمل مكتب المساعدة.</translation>
    </message>
    <message>
        <source>Who at the helpdesk looks after this request.</source>
        <translation>من يتولى هذا الطلب في مكتب المساعدة.</translation>
    </message>
    <message>
        <source>Private notes: never in replies or committee packs.</source>
        <translation>ملاحظات خاصة: لا تظهر أبدًا في الردود ولا في حزم اللجنة.</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>الم&amp;سؤول</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>ملاحظات &amp;خاصة</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <source>Saves the chosen state and who handles it.</source>
        <translation>يحفظ الحالة المختارة ومن يتولاها.</translation>
    </message>
    <message>
        <source>The state and assignee are shared with the rest of the helpdesk: on the wiki in the request&apos;s section, in the mailbox as a keyword. Sent with the next sync.</source>
        <translation>تُشارَك الحالة والمسؤول مع بقية فريق مكتب المساعدة: على الويكي في قسم الطلب، وفي صندوق البريد ككلمة مفتاحية. تُرسل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Notes stay on this computer. They are never published or sent.</source>
        <translation>تبقى الملاحظات على هذا الحاسوب. لا تُنشر ولا تُرسل أبدًا.</translation>
    </message>
</context>
<context>
    <name>UploadFormatting</name>
    <message>
        <source>{done} of {total}</source>
        <translation>⁨{done}⁩ من ⁨{total}⁩</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>⁨{size}⁩/ث</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>بقي %n ثانية</numerusform>
            <numerusform>بقي %n ثانية</numerusform>
            <numerusform>بقي %n ثانية</numerusform>
            <numerusform>بقي %n ثوانٍ</numerusform>
            <numerusform>بقي %n ثانية</numerusform>
            <numerusform>بقي %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>بقي %n دقيقة</numerusform>
            <numerusform>بقي %n دقيقة</numerusform>
            <numerusform>بقي %n دقيقة</numerusform>
            <numerusform>بقي %n دقائق</numerusform>
            <numerusform>بقي %n دقيقة</numerusform>
            <numerusform>بقي %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>بقي %n ساعة</numerusform>
            <numerusform>بقي %n ساعة</numerusform>
            <numerusform>بقي %n ساعة</numerusform>
            <numerusform>بقي %n ساعات</numerusform>
            <numerusform>بقي %n ساعة</numerusform>
            <numerusform>بقي %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>بقي %n يوم</numerusform>
            <numerusform>بقي %n يوم</numerusform>
            <numerusform>بقي %n يوم</numerusform>
            <numerusform>بقي %n أيام</numerusform>
            <numerusform>بقي %n يومًا</numerusform>
            <numerusform>بقي %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadJobModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المُرسَل</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>(no batch)</source>
        <translation>(بلا دفعة)</translation>
    </message>
</context>
<context>
    <name>UploadSettingsWidget</name>
    <message>
        <source>Uploads</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <source>On a phone or pay-per-megabyte connection, uploads wait (they continue by themselves on Wi-Fi or a cable). If the computer cannot tell, they wait too.</source>
        <translation>على اتصال الهاتف المحمول أو اتصال يُدفع فيه حسب الميغابايت، ينتظر الرفع (ويستأنف تلقائيًا عبر Wi-Fi أو الكابل). وإن لم يستطع الحاسوب أن يحدد نوع الاتصال، ينتظر كذلك.</translation>
    </message>
    <message>
        <source>Upload &amp;only on unmetered connections</source>
        <translation>الرفع عبر الاتصالات &amp;غير المحدودة فقط</translation>
    </message>
    <message>
        <source>Ba&amp;ndwidth limit:</source>
        <translation>&amp;حد عرض النطاق:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> كيلوبايت/ث</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Leave room for others on a shared link: uploads send at most this much per second. 0 means no limit.</source>
        <translation>اترك مجالًا للآخرين على الاتصال المشترك: لا يرسل الرفع في الثانية أكثر من هذا المقدار. 0 يعني بلا حد.</translation>
    </message>
</context>
<context>
    <name>UploadSummary</name>
    <message numerus="yes">
        <source>Queued for upload: %n</source>
        <translation>
            <numerusform>أُضيف إلى قائمة انتظار الرفع: %n</numerusform>
            <numerusform>أُضيف إلى قائمة انتظار الرفع: %n</numerusform>
            <numerusform>أُضيف إلى قائمة انتظار الرفع: %n</numerusform>
            <numerusform>أُضيف إلى قائمة انتظار الرفع: %n</numerusform>
            <numerusform>أُضيف إلى قائمة انتظار الرفع: %n</numerusform>
            <numerusform>أُضيف إلى قائمة انتظار الرفع: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already queued: %n</source>
        <translation>
            <numerusform>في قائمة الانتظار من قبل: %n</numerusform>
            <numerusform>في قائمة الانتظار من قبل: %n</numerusform>
            <numerusform>في قائمة الانتظار من قبل: %n</numerusform>
            <numerusform>في قائمة الانتظار من قبل: %n</numerusform>
            <numerusform>في قائمة الانتظار من قبل: %n</numerusform>
            <numerusform>في قائمة الانتظار من قبل: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already uploaded: %n</source>
        <translation>
            <numerusform>مرفوع من قبل: %n</numerusform>
            <numerusform>مرفوع من قبل: %n</numerusform>
            <numerusform>مرفوع من قبل: %n</numerusform>
            <numerusform>مرفوع من قبل: %n</numerusform>
            <numerusform>مرفوع من قبل: %n</numerusform>
            <numerusform>مرفوع من قبل: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not ready yet: %n — see Problems</source>
        <translation>
            <numerusform>غير جاهز بعد: %n — راجع «المشكلات»</numerusform>
            <numerusform>غير جاهز بعد: %n — راجع «المشكلات»</numerusform>
            <numerusform>غير جاهز بعد: %n — راجع «المشكلات»</numerusform>
            <numerusform>غير جاهز بعد: %n — راجع «المشكلات»</numerusform>
            <numerusform>غير جاهز بعد: %n — راجع «المشكلات»</numerusform>
            <numerusform>غير جاهز بعد: %n — راجع «المشكلات»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be prepared: %n</source>
        <translation>
            <numerusform>تعذّر تجهيزه: %n</numerusform>
            <numerusform>تعذّر تجهيزه: %n</numerusform>
            <numerusform>تعذّر تجهيزه: %n</numerusform>
            <numerusform>تعذّر تجهيزه: %n</numerusform>
            <numerusform>تعذّر تجهيزه: %n</numerusform>
            <numerusform>تعذّر تجهيزه: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch has no files to upload.</source>
        <translation>لا توجد في هذه الدفعة ملفات للرفع.</translation>
    </message>
    <message>
        <source>Nothing new was queued</source>
        <translation>لم يُضف شيء جديد إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
</context>
<context>
    <name>UploadTexts</name>
    <message>
        <source>Paused</source>
        <translation>موقوف مؤقتًا</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>بانتظار إعادة المحاولة</translation>
    </message>
    <message>
        <source>The wiki assembles the file</source>
        <translation>الويكي يجمّع أجزاء الملف</translation>
    </message>
    <message>
        <source>The wiki publishes the file</source>
        <translation>الويكي ينشر الملف</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>جارٍ الرفع</translation>
    </message>
    <message>
        <source>Sent, publishing</source>
        <translation>أُرسل، جارٍ النشر</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>جارٍ النشر</translation>
    </message>
    <message>
        <source>Checking on the wiki</source>
        <translation>جارٍ التحقق على الويكي</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>مرفوع</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>يحتاج إلى قرارك</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Same file already on the wiki</source>
        <translation>الملف نفسه موجود على الويكي</translation>
    </message>
    <message>
        <source>Same file was deleted before</source>
        <translation>الملف نفسه حُذف من قبل</translation>
    </message>
    <message>
        <source>A file with this name was deleted</source>
        <translation>حُذف ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>A different file has this name</source>
        <translation>ملف مختلف يحمل هذا الاسم</translation>
    </message>
    <message>
        <source>A similar name is taken</source>
        <translation>اسم مشابه مستخدم</translation>
    </message>
    <message>
        <source>A page with this name exists</source>
        <translation>توجد صفحة بهذا الاسم</translation>
    </message>
    <message>
        <source>Name looks like a camera default</source>
        <translation>يبدو الاسم اسمًا افتراضيًا من الكاميرا</translation>
    </message>
    <message>
        <source>The wiki changed the name</source>
        <translation>غيّر الويكي الاسم</translation>
    </message>
    <message>
        <source>Unwanted file type</source>
        <translation>نوع ملف غير مرغوب فيه</translation>
    </message>
    <message>
        <source>Very large file</source>
        <translation>ملف كبير جدًا</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>Same as an older version</source>
        <translation>مطابق لنسخة أقدم</translation>
    </message>
    <message>
        <source>Wiki warning: {code}</source>
        <translation>تحذير من الويكي: ⁨{code}⁩</translation>
    </message>
    <message>
        <source>Exactly the same file is already on the wiki as: {names}. Uploading it again makes a second copy, which Commons usually deletes. Skip it unless you are sure.</source>
        <translation>الملف نفسه تمامًا موجود على الويكي باسم: ⁨{names}⁩. إن رفعته مجددًا فستنشأ نسخة ثانية، وعادةً ما يحذفها كومنز. تخطَّه ما لم تكن متأكدًا.</translation>
    </message>
    <message>
        <source>Exactly the same file was uploaded before and then deleted ({names}). It may have been deleted for a reason; check before publishing it again.</source>
        <translation>رُفع الملف نفسه تمامًا من قبل ثم حُذف (⁨{names}⁩). ربما حُذف لسبب ما؛ تحقّق قبل نشره مجددًا.</translation>
    </message>
    <message>
        <source>A file with this name was deleted from the wiki before. Publishing re-creates it; a new name avoids confusion.</source>
        <translation>حُذف من الويكي من قبل ملف بهذا الاسم. النشر يعيد إنشاءه؛ والاسم الجديد يجنّب الالتباس.</translation>
    </message>
    <message>
        <source>The name “{names}” is already taken by a different file. Publishing anyway would replace that file with this one. Choose a new name unless you mean to replace it.</source>
        <translation>الاسم «⁨{names}⁩» يحمله ملف مختلف. والنشر رغم ذلك سيستبدل ذلك الملف بهذا. اختر اسمًا جديدًا ما لم تكن تقصد استبداله.</translation>
    </message>
    <message>
        <source>A file with almost the same name exists: {names}. Choose a clearer name, or publish anyway if they really are different files.</source>
        <translation>يوجد ملف باسم شبه مطابق: ⁨{names}⁩. اختر اسمًا أوضح، أو انشره رغم ذلك إن كانا ملفين مختلفين حقًا.</translation>
    </message>
    <message>
        <source>A page with this name already exists ({names}). Choose a new name.</source>
        <translation>توجد صفحة بهذا الاسم من قبل (⁨{names}⁩). اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>The name starts like a camera&apos;s default file name (“{names}”), which says nothing about the picture. Give it a descriptive name.</source>
        <translation>يبدأ الاسم كاسم ملف افتراضي من الكاميرا («⁨{names}⁩»)، وهذا لا يقول شيئًا عن الصورة. أعطه اسمًا وصفيًا.</translation>
    </message>
    <message>
        <source>The wiki would change the name to “{names}”.</source>
        <translation>سيغيّر الويكي الاسم إلى «⁨{names}⁩».</translation>
    </message>
    <message>
        <source>The wiki discourages this file type. Publishing may still work.</source>
        <translation>لا يحبّذ الويكي هذا النوع من الملفات. قد ينجح النشر مع ذلك.</translation>
    </message>
    <message>
        <source>The file is larger than the wiki recommends.</source>
        <translation>الملف أكبر مما يوصي به الويكي.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file is the same as an older version of this page.</source>
        <translation>الملف مطابق لنسخة أقدم من هذه الصفحة.</translation>
    </message>
    <message>
        <source>The wiki warned about this file ({code}). {names}</source>
        <translation>حذّر الويكي من هذا الملف (⁨{code}⁩). ⁨{names}⁩</translation>
    </message>
    <message>
        <source>The connection dropped. Fieldkit tries again by itself.</source>
        <translation>انقطع الاتصال. سيعيد Fieldkit المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>The wiki is busy. Fieldkit tries again by itself.</source>
        <translation>الويكي مشغول. سيعيد Fieldkit المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>The wiki asked us to slow down. Fieldkit tries again later.</source>
        <translation>طلب الويكي منا الإبطاء. سيعيد Fieldkit المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance. Fieldkit tries again later.</source>
        <translation>الويكي للقراءة فقط بسبب الصيانة. سيعيد Fieldkit المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Login refused: check the bot password in Settings. Uploads continue after that.</source>
        <translation>رُفض تسجيل الدخول: تحقّق من كلمة مرور البوت في «الإعدادات». يُستأنف الرفع بعد ذلك.</translation>
    </message>
    <message>
        <source>No wiki account yet — set it up in Settings. Uploads start after that.</source>
        <translation>لا يوجد حساب ويكي بعد — اضبطه في «الإعدادات». يبدأ الرفع بعد ذلك.</translation>
    </message>
    <message>
        <source>No password is stored for the wiki account — enter it in Settings. Uploads start after that.</source>
        <translation>لا توجد كلمة مرور محفوظة لحساب الويكي — أدخلها في «الإعدادات». يبدأ الرفع بعد ذلك.</translation>
    </message>
    <message>
        <source>Something unexpected happened; Fieldkit tries again by itself.</source>
        <translation>حدث أمر غير متوقع؛ سيعيد Fieldkit المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki. Uploads wait and try again when the block ends (and every hour, in case an administrator lifts it).</source>
        <translation>هذا الحساب ممنوع على الويكي. ينتظر الرفع ويعيد المحاولة عند انتهاء المنع (وكل ساعة، تحسّبًا لرفع أحد الإداريين المنع).</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki. Uploads wait and try again when the block ends.</source>
        <translation>عنوان الإنترنت هذا ممنوع على الويكي. ينتظر الرفع ويعيد المحاولة عند انتهاء المنع.</translation>
    </message>
    <message>
        <source>The wiki refused the file; the reason it gave is in the log.</source>
        <translation>رفض الويكي الملف؛ والسبب الذي ذكره مدوَّن في السجل.</translation>
    </message>
    <message>
        <source>Refused by the wiki</source>
        <translation>رفضه الويكي</translation>
    </message>
    <message>
        <source>Waiting for a connection: uploads continue by themselves when the wiki can be reached.</source>
        <translation>بانتظار الاتصال: يُستأنف الرفع تلقائيًا حين يمكن الوصول إلى الويكي.</translation>
    </message>
    <message>
        <source>The wiki asked Fieldkit to slow down. Uploads wait and continue by themselves at {time}.</source>
        <translation>طلب الويكي من Fieldkit الإبطاء. ينتظر الرفع ويُستأنف تلقائيًا في ⁨{time}⁩.</translation>
    </message>
    <message>
        <source>The wiki is read-only for maintenance ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>الويكي للقراءة فقط بسبب الصيانة (⁨{reason}⁩). ينتظر الرفع ويعيد المحاولة تلقائيًا في ⁨{time}⁩.</translation>
    </message>
    <message>
        <source>The wiki is overloaded and asked bots to wait. Uploads try again by themselves at {time}.</source>
        <translation>الويكي تحت ضغط كبير وطلب من البوتات الانتظار. يعيد الرفع المحاولة تلقائيًا في ⁨{time}⁩.</translation>
    </message>
    <message>
        <source>This account is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>هذا الحساب ممنوع على الويكي (⁨{reason}⁩). ينتظر الرفع ويعيد المحاولة تلقائيًا في ⁨{time}⁩.</translation>
    </message>
    <message>
        <source>This internet address is blocked on the wiki ({reason}). Uploads wait and try again by themselves at {time}.</source>
        <translation>عنوان الإنترنت هذا ممنوع على الويكي (⁨{reason}⁩). ينتظر الرفع ويعيد المحاولة تلقائيًا في ⁨{time}⁩.</translation>
    </message>
    <message>
        <source>The wiki takes no uploads for now ({reason}). Fieldkit tries again at {time}.</source>
        <translation>لا يقبل الويكي عمليات الرفع حاليًا (⁨{reason}⁩). سيعيد Fieldkit المحاولة في ⁨{time}⁩.</translation>
    </message>
    <message>
        <source>Tries again by itself at {time}.</source>
        <translation>يعيد المحاولة تلقائيًا في ⁨{time}⁩.</translation>
    </message>
    <message>
        <source>The wiki named the file “{title}” (asked: “{asked}”).</source>
        <translation>سمّى الويكي الملف «⁨{title}⁩» (الاسم المطلوب: «⁨{asked}⁩»).</translation>
    </message>
    <message>
        <source>The file on this computer could not be read (moved, deleted or on a disk that is not connected). Put it back and press Retry.</source>
        <translation>تعذّرت قراءة الملف على هذا الحاسوب (نُقل أو حُذف أو على قرص غير موصول). أعده إلى مكانه واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The file on the wiki is not the same as the one sent. Check it on the wiki.</source>
        <translation>الملف على الويكي ليس مطابقًا للملف المُرسل. تحقّق منه على الويكي.</translation>
    </message>
    <message>
        <source>The wiki lost the partly sent file; it is sent again from the start.</source>
        <translation>فقد الويكي الملف المُرسل جزئيًا؛ سيُرسل من جديد من البداية.</translation>
    </message>
    <message>
        <source>The file name is not allowed on the wiki. Fix the title.</source>
        <translation>اسم الملف غير مسموح به على الويكي. صحّح العنوان.</translation>
    </message>
    <message>
        <source>The file name is too short. Fix the title.</source>
        <translation>اسم الملف قصير جدًا. صحّح العنوان.</translation>
    </message>
    <message>
        <source>The wiki does not allow this file name. Fix the title.</source>
        <translation>لا يسمح الويكي باسم الملف هذا. صحّح العنوان.</translation>
    </message>
    <message>
        <source>This file name is protected on the wiki. Fix the title.</source>
        <translation>اسم الملف هذا محمي على الويكي. صحّح العنوان.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type.</source>
        <translation>لا يقبل الويكي هذا النوع من الملفات.</translation>
    </message>
    <message>
        <source>The file is too large for the wiki.</source>
        <translation>الملف أكبر من أن يقبله الويكي.</translation>
    </message>
    <message>
        <source>Exactly this file is already on the wiki under this name.</source>
        <translation>هذا الملف نفسه تمامًا موجود على الويكي بهذا الاسم.</translation>
    </message>
    <message>
        <source>This account may not upload files. Check its rights.</source>
        <translation>لا يُسمح لهذا الحساب برفع الملفات. تحقّق من صلاحياته.</translation>
    </message>
    <message>
        <source>A wiki filter refused the file. Check the description.</source>
        <translation>رفض مرشِّح على الويكي الملف. تحقّق من الوصف.</translation>
    </message>
    <message>
        <source>The wiki did not accept the file&apos;s contents or type.</source>
        <translation>لم يقبل الويكي محتوى الملف أو نوعه.</translation>
    </message>
    <message>
        <source>The wiki does not accept this file type; nothing was sent. Convert the file (the media check says how) and queue it again.</source>
        <translation>لا يقبل الويكي هذا النوع من الملفات؛ لم يُرسل شيء. حوّل الملف (يوضح التحقق في «الوسائط» الطريقة) وأعده إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The wiki could not put the file together from its parts; it is sent again.</source>
        <translation>تعذّر على الويكي تجميع الملف من أجزائه؛ سيُرسل مجددًا.</translation>
    </message>
    <message>
        <source>The wiki refused a part as too large; smaller parts are sent.</source>
        <translation>رفض الويكي جزءًا لأنه كبير جدًا؛ ستُرسل أجزاء أصغر.</translation>
    </message>
    <message>
        <source>The wiki answered with an error ({code}). Fieldkit tries again by itself.</source>
        <translation>ردّ الويكي بخطأ (⁨{code}⁩). سيعيد Fieldkit المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <source>Wiki busy</source>
        <translation>الويكي مشغول</translation>
    </message>
    <message>
        <source>Wiki asked to slow down</source>
        <translation>طلب الويكي الإبطاء</translation>
    </message>
    <message>
        <source>Wiki in maintenance</source>
        <translation>الويكي قيد الصيانة</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>رُفض تسجيل الدخول</translation>
    </message>
    <message>
        <source>No wiki account yet</source>
        <translation>لا يوجد حساب ويكي بعد</translation>
    </message>
    <message>
        <source>No password stored</source>
        <translation>لا توجد كلمة مرور محفوظة</translation>
    </message>
    <message>
        <source>Unexpected trouble</source>
        <translation>مشكلة غير متوقعة</translation>
    </message>
    <message>
        <source>File missing on this computer</source>
        <translation>الملف مفقود على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Differs on the wiki</source>
        <translation>مختلف على الويكي</translation>
    </message>
    <message>
        <source>Starting again</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Title not allowed</source>
        <translation>العنوان غير مسموح به</translation>
    </message>
    <message>
        <source>Title too short</source>
        <translation>العنوان قصير جدًا</translation>
    </message>
    <message>
        <source>Title protected</source>
        <translation>العنوان محمي</translation>
    </message>
    <message>
        <source>File type refused</source>
        <translation>رُفض نوع الملف</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>Already on the wiki</source>
        <translation>موجود على الويكي من قبل</translation>
    </message>
    <message>
        <source>Account may not upload</source>
        <translation>الحساب غير مسموح له بالرفع</translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation>الحساب ممنوع</translation>
    </message>
    <message>
        <source>Address blocked</source>
        <translation>عنوان الإنترنت ممنوع</translation>
    </message>
    <message>
        <source>Refused by a wiki filter</source>
        <translation>رفضه مرشِّح على الويكي</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <source>Smaller parts</source>
        <translation>أجزاء أصغر</translation>
    </message>
    <message>
        <source>Wiki error ({code})</source>
        <translation>خطأ في الويكي (⁨{code}⁩)</translation>
    </message>
    <message>
        <source>All uploads are paused. Press “Resume all” to continue.</source>
        <translation>كل عمليات الرفع موقوفة مؤقتًا. اضغط «استئناف الكل» للمتابعة.</translation>
    </message>
    <message>
        <source>Uploads wait for an unmetered connection (as set in Settings). They continue by themselves on Wi-Fi or a cable.</source>
        <translation>ينتظر الرفع اتصالًا غير محدود (كما ضُبط في «الإعدادات»). ويستأنف تلقائيًا عبر Wi-Fi أو الكابل.</translation>
    </message>
    <message>
        <source>Uploads wait: “unmetered connections only” is on, and this computer does not say whether its connection is metered. Switch it off in Settings to upload.</source>
        <translation>الرفع في الانتظار: خيار «الاتصالات غير المحدودة فقط» مفعّل، وهذا الحاسوب لا يبيّن هل اتصاله محدود. أوقف الخيار في «الإعدادات» لتتمكن من الرفع.</translation>
    </message>
</context>
<context>
    <name>UploadsArea</name>
    <message>
        <source>Uploads</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <source>Files on their way to Wikimedia Commons. They wait while you are offline and continue where they stopped when the connection returns, also after a restart.</source>
        <translation>ملفات في طريقها إلى ويكيميديا كومنز. تنتظر ما دمت دون اتصال، وتتابع من حيث توقفت حين يعود الاتصال، حتى بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;قائمة الانتظار</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;التقرير</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Fieldkit</source>
        <translation>مرحبًا بك في Fieldkit</translation>
    </message>
    <message>
        <source>&amp;Skip the welcome</source>
        <translation>تخطي &amp;الترحيب</translation>
    </message>
    <message>
        <source>Start with an empty Fieldkit; everything can be set up later</source>
        <translation>البدء ببرنامج Fieldkit فارغ؛ ويمكن ضبط كل شيء لاحقًا</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Later — &amp;I am offline now</source>
        <translation>لا&amp;حقًا — أنا دون اتصال الآن</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>الخطوة {number} من {total}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التال&amp;ي</translation>
    </message>
    <message>
        <source>The wiki login could not be saved; enter it in Settings.</source>
        <translation>تعذّر حفظ اسم الدخول إلى الويكي؛ أدخله في «الإعدادات».</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in the keyring.</source>
        <translation>حُفظ اسم الدخول إلى الويكي؛ وكلمة المرور في حلقة المفاتيح.</translation>
    </message>
    <message>
        <source>Your wiki login is saved; the password is in Fieldkit&apos;s encrypted file.</source>
        <translation>حُفظ اسم دخولك إلى الويكي؛ وكلمة المرور في ملف Fieldkit المشفَّر.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: enter it in Settings.</source>
        <translation>حُفظ اسم دخولك إلى الويكي، لكن دون كلمة المرور: أدخلها في «الإعدادات».</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but not the password: this system has no keyring to keep it. Settings says how to give it.</source>
        <translation>حُفظ اسم الدخول إلى الويكي، لكن دون كلمة المرور: لا توجد على هذا النظام حلقة مفاتيح لحفظها. ستجد في «الإعدادات» طريقة تقديمها.</translation>
    </message>
    <message>
        <source>Your wiki login is saved, but the keyring refused to keep the password.</source>
        <translation>حُفظ اسم دخولك إلى الويكي، لكن حلقة المفاتيح رفضت حفظ كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>WikiPage</name>
    <message>
        <source>The login must have the form name@bot, as Special:BotPasswords shows it.</source>
        <translation>يجب أن يكون اسم الدخول بالصيغة ⁨name@bot⁩، كما يظهر في ⁨Special:BotPasswords⁩.</translation>
    </message>
    <message>
        <source>Enter the bot login too, so the password can be kept.</source>
        <translation>اكتب اسم دخول البوت أيضًا، حتى يمكن حفظ كلمة المرور.</translation>
    </message>
    <message>
        <source>Asking the wiki…</source>
        <translation>جارٍ سؤال الويكي…</translation>
    </message>
    <message>
        <source>Your wiki and bot login</source>
        <translation>الويكي واسم دخول البوت</translation>
    </message>
    <message>
        <source>Fieldkit uploads files and sends help requests with a bot password of your own. Most partnerships upload to Wikimedia Commons.</source>
        <translation>يرفع Fieldkit الملفات ويرسل طلبات المساعدة بكلمة مرور بوت خاصة بك. تَرفع معظم الشراكات ملفاتها إلى ويكيميديا كومنز.</translation>
    </message>
    <message>
        <source>Wikimedia &amp;Commons</source>
        <translation>ويكيميديا &amp;كومنز</translation>
    </message>
    <message>
        <source>Bot &amp;login:</source>
        <translation>اسم &amp;دخول البوت:</translation>
    </message>
    <message>
        <source>YourName@Fieldkit</source>
        <translation>YourName@Fieldkit</translation>
    </message>
    <message>
        <source>Bot pass&amp;word:</source>
        <translation>كلمة &amp;مرور البوت:</translation>
    </message>
    <message>
        <source>Create a bot password on the wiki under Special:BotPasswords: it shows the login (name@bot) and the password. The password is kept in your system&apos;s keyring, not in Fieldkit&apos;s files. Nothing is checked online now; if you are offline or have no bot password yet, choose “Later”.</source>
        <translation>أنشئ كلمة مرور بوت على الويكي من ⁨Special:BotPasswords⁩: ستعرض لك اسم الدخول (⁨name@bot⁩) وكلمة المرور. تُحفظ كلمة المرور في حلقة مفاتيح النظام، لا في ملفات Fieldkit. لن يُتحقق من شيء عبر الإنترنت الآن؛ إن كنت دون اتصال أو ليست لديك كلمة مرور بوت بعد، فاختر «لاحقًا».</translation>
    </message>
    <message>
        <source>&amp;Another MediaWiki, its API address:</source>
        <translation>ويكي آ&amp;خر بنظام MediaWiki، وعنوان API الخاص به:</translation>
    </message>
    <message>
        <source>Check &amp;the login now</source>
        <translation>ال&amp;تحقق من تسجيل الدخول الآن</translation>
    </message>
    <message>
        <source>Optional: asks the wiki whether it accepts this login</source>
        <translation>اختياري: يسأل الويكي إن كان يقبل اسم الدخول هذا</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address, for example https://wiki.example.org/w/api.php.</source>
        <translation>اكتب عنوان API للويكي، مثل ⁨https://wiki.example.org/w/api.php⁩.</translation>
    </message>
    <message>
        <source>The wiki answered and accepted the login.</source>
        <translation>ردّ الويكي وقبِل تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The wiki answered (no password given: the login was not tried).</source>
        <translation>أجاب الويكي (لم تُدخَل كلمة مرور: لم يُجرَّب تسجيل الدخول).</translation>
    </message>
    <message>
        <source>The wiki cannot be reached now. That is fine: what you entered is kept and used once you are online.</source>
        <translation>تعذّر الوصول إلى الويكي الآن. لا بأس: سيُحفظ ما أدخلته ويُستخدم حين تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>The wiki refused the login. Check the login and the password.</source>
        <translation>رفض الويكي تسجيل الدخول. تحقّق من اسم الدخول وكلمة المرور.</translation>
    </message>
    <message>
        <source>Enter the wiki&apos;s API address first.</source>
        <translation>اكتب عنوان API للويكي أولًا.</translation>
    </message>
    <message>
        <source>The check itself failed.</source>
        <translation>فشل التحقق نفسه.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Media</source>
        <translation>ال&amp;وسائط</translation>
    </message>
    <message>
        <source>&amp;Uploads</source>
        <translation>ال&amp;رفع</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;New partnership…</source>
        <translation>شرا&amp;كة جديدة…</translation>
    </message>
    <message>
        <source>New req&amp;uest</source>
        <translation>&amp;طلب جديد</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find in this area</source>
        <translation>بح&amp;ث في هذا القسم</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>د&amp;فعة جديدة…</translation>
    </message>
    <message>
        <source>Impor&amp;t files…</source>
        <translation>است&amp;يراد ملفات…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>استيرا&amp;د مجلد…</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>&amp;استيراد من جدول بيانات…</translation>
    </message>
    <message>
        <source>&amp;Start or resume uploads</source>
        <translation>ب&amp;دء الرفع أو استئنافه</translation>
    </message>
    <message>
        <source>&amp;Pause all uploads</source>
        <translation>إي&amp;قاف كل عمليات الرفع مؤقتًا</translation>
    </message>
    <message>
        <source>&amp;Connect and send now</source>
        <translation>الا&amp;تصال والإرسال الآن</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>الأ&amp;دلة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
</context>
</TS>
