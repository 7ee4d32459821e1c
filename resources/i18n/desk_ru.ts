<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A balance of {0} is not possible.</source>
        <translation>Остаток {0} недопустим.</translation>
    </message>
    <message>
        <source>A freeze fee of {0} is not possible.</source>
        <translation>Плата за заморозку {0} недопустима.</translation>
    </message>
    <message>
        <source>A membership is missing.</source>
        <translation>Не указан абонемент.</translation>
    </message>
    <message>
        <source>A membership numbered {0} already exists in Desk. Remove this row or give it another number.</source>
        <translation>Абонемент с номером {0} уже есть в Desk. Удалите эту строку или дайте ей другой номер.</translation>
    </message>
    <message>
        <source>A membership without a code must be sold to a client.</source>
        <translation>Абонемент без кода можно продать только конкретному клиенту.</translation>
    </message>
    <message>
        <source>A new period started</source>
        <translation>Начался новый период</translation>
    </message>
    <message>
        <source>A refund of {0} is more than the {1} still owed on {2}.</source>
        <translation>Сумма возврата {0} больше, чем ещё причитается по {2} ({1}).</translation>
    </message>
    <message>
        <source>A refund of {0} is not possible.</source>
        <translation>Возврат {0} невозможен.</translation>
    </message>
    <message>
        <source>A split type needs a number of visits for each of its services.</source>
        <translation>Для типа с раздельным балансом нужно указать число визитов для каждой услуги.</translation>
    </message>
    <message>
        <source>A visit limit can&apos;t be added or lowered once a membership of this type has been sold; raising or removing one is fine.</source>
        <translation>После продажи хотя бы одного абонемента этого типа лимит визитов нельзя добавить или уменьшить; увеличить или убрать его можно.</translation>
    </message>
    <message>
        <source>A visit was already paid with {0} on {1}.</source>
        <translation>Визит {1} уже оплачен абонементом {0}.</translation>
    </message>
    <message>
        <source>A visit was paid with it on {0}, inside the freeze from {1} until {2}.</source>
        <translation>Этим абонементом оплачен визит {0}, а это попадает в заморозку с {1} до {2}.</translation>
    </message>
    <message>
        <source>A write-off takes no money.</source>
        <translation>При списании сумма не указывается.</translation>
    </message>
    <message>
        <source>Activate after a negative number of days is not possible.</source>
        <translation>Нельзя указать отрицательное число дней до активации.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Активация</translation>
    </message>
    <message>
        <source>Add a file name to the path.</source>
        <translation>Добавьте к пути имя файла.</translation>
    </message>
    <message>
        <source>Add a location first.</source>
        <translation>Сначала добавьте филиал.</translation>
    </message>
    <message>
        <source>Add a storage for product sales to this location.</source>
        <translation>Добавьте в этот филиал склад для продажи товаров.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translation>Добавьте хотя бы одну услугу.</translation>
    </message>
    <message>
        <source>An active type is already named {0}.</source>
        <translation>Активный тип с названием {0} уже есть.</translation>
    </message>
    <message>
        <source>An auto-renewing type renews each validity period; it can&apos;t be unlimited.</source>
        <translation>Тип с автопродлением продлевается каждый срок действия, поэтому не может быть бессрочным.</translation>
    </message>
    <message>
        <source>An individual service can require online prepayment or a membership, not both.</source>
        <translation>Индивидуальная услуга может требовать онлайн-предоплату или абонемент, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>An overall type has one number of visits.</source>
        <translation>У типа с общим балансом одно общее число визитов.</translation>
    </message>
    <message>
        <source>Ask a manager or an administrator.</source>
        <translation>Обратитесь к менеджеру или администратору.</translation>
    </message>
    <message>
        <source>Ask a manager to book it, or choose a later start.</source>
        <translation>Попросите менеджера оформить запись или выберите более позднее время начала.</translation>
    </message>
    <message>
        <source>Ask a manager to extend it first if the client is owed money.</source>
        <translation>Если клиенту причитаются деньги, сначала попросите менеджера продлить абонемент.</translation>
    </message>
    <message>
        <source>Ask a manager to refund it instead.</source>
        <translation>Вместо этого попросите менеджера оформить возврат.</translation>
    </message>
    <message>
        <source>Ask a manager to refund it or edit it instead.</source>
        <translation>Вместо этого попросите менеджера оформить возврат или изменить абонемент.</translation>
    </message>
    <message>
        <source>Ask a manager to undo it.</source>
        <translation>Попросите менеджера отменить оплату.</translation>
    </message>
    <message>
        <source>Ask the chain&apos;s owner for a new connection string.</source>
        <translation>Запросите у владельца сети новую строку подключения.</translation>
    </message>
    <message>
        <source>Ask the chain&apos;s owner for this desk&apos;s own connection string (`desk server add-desk`) and set it in Settings › Chain server.</source>
        <translation>Запросите у владельца сети собственную строку подключения этого рабочего места (`desk server add-desk`) и укажите её в разделе Настройки › Сервер сети.</translation>
    </message>
    <message>
        <source>Attach it to its client first (sell or pay with it).</source>
        <translation>Сначала привяжите его к клиенту (продайте его или оплатите им визит).</translation>
    </message>
    <message>
        <source>Automatic activation only applies when validity counts from the first visit.</source>
        <translation>Автоматическая активация возможна, только если срок действия отсчитывается от первого визита.</translation>
    </message>
    <message>
        <source>Automatic deduction</source>
        <translation>Автосписание</translation>
    </message>
    <message>
        <source>Change a balance or the expiry.</source>
        <translation>Измените остаток или дату окончания.</translation>
    </message>
    <message>
        <source>Charge the overdrawn visits or write them off.</source>
        <translation>Выставьте счёт за визиты сверх остатка или спишите их.</translation>
    </message>
    <message>
        <source>Charge the visits instead, or write them off without an amount.</source>
        <translation>Вместо этого выставьте счёт за визиты или спишите их без суммы.</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation>Проверьте оба значения и повторите попытку.</translation>
    </message>
    <message>
        <source>Check that you may read the file, and that no other program holds it locked.</source>
        <translation>Убедитесь, что у вас есть право на чтение файла и что он не заблокирован другой программой.</translation>
    </message>
    <message>
        <source>Check the booking date.</source>
        <translation>Проверьте дату записи.</translation>
    </message>
    <message>
        <source>Check the booking number.</source>
        <translation>Проверьте номер записи.</translation>
    </message>
    <message>
        <source>Check the code; codes are not case-sensitive.</source>
        <translation>Проверьте код; регистр букв не важен.</translation>
    </message>
    <message>
        <source>Check the digits; write the country code first, {0}.</source>
        <translation>Проверьте цифры; сначала укажите код страны, {0}.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Проверьте имя файла и папку.</translation>
    </message>
    <message>
        <source>Check the number or add the client first.</source>
        <translation>Проверьте номер или сначала добавьте клиента.</translation>
    </message>
    <message>
        <source>Check the number or code.</source>
        <translation>Проверьте номер или код.</translation>
    </message>
    <message>
        <source>Check the payment number.</source>
        <translation>Проверьте номер оплаты.</translation>
    </message>
    <message>
        <source>Check the visit date.</source>
        <translation>Проверьте дату визита.</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Проверьте год.</translation>
    </message>
    <message>
        <source>Choose 1 to {0} minutes, or 0 for never.</source>
        <translation>Укажите от 1 до {0} мин. или 0, чтобы не блокировать никогда.</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists and that you can write to.</source>
        <translation>Выберите файл в существующей папке, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>Choose a later start. To note a visit that already happened, a manager can book it anyway with a reason.</source>
        <translation>Выберите более позднее время начала. Чтобы отметить уже состоявшийся визит, менеджер может всё равно оформить запись, указав причину.</translation>
    </message>
    <message>
        <source>Choose a membership that includes it, or take another payment.</source>
        <translation>Выберите абонемент, в который она входит, или примите оплату другим способом.</translation>
    </message>
    <message>
        <source>Choose a new file name, or add --force to replace it.</source>
        <translation>Выберите другое имя файла или добавьте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Choose a reason: {0}.</source>
        <translation>Выберите причину: {0}.</translation>
    </message>
    <message>
        <source>Choose a type valid here, or add this location to it.</source>
        <translation>Выберите тип, действующий в этом филиале, или добавьте этот филиал в тип.</translation>
    </message>
    <message>
        <source>Choose an Excel file.</source>
        <translation>Выберите файл Excel.</translation>
    </message>
    <message>
        <source>Choose another backup (daily backups are in the &apos;backups&apos; folder next to the database).</source>
        <translation>Выберите другую резервную копию (ежедневные копии лежат в папке &apos;backups&apos; рядом с базой данных).</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Choose another name (a revoked desk&apos;s name stays taken).</source>
        <translation>Выберите другое имя (имя отозванного рабочего места остаётся занятым).</translation>
    </message>
    <message>
        <source>Choose another name for the desk.</source>
        <translation>Выберите другое имя для рабочего места.</translation>
    </message>
    <message>
        <source>Choose another name, or archive the other type.</source>
        <translation>Выберите другое название или отправьте другой тип в архив.</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>Выберите другое имя пользователя.</translation>
    </message>
    <message>
        <source>Choose at least one location where it can be sold and used.</source>
        <translation>Выберите хотя бы один филиал, где его можно продавать и использовать.</translation>
    </message>
    <message>
        <source>Choose charge, extend or write_off.</source>
        <translation>Выберите charge (выставить счёт), extend (продлить) или write_off (списать).</translation>
    </message>
    <message>
        <source>Choose one of: {0} (managers edit the list in Settings).</source>
        <translation>Выберите один из вариантов: {0} (список редактируют менеджеры в Настройках).</translation>
    </message>
    <message>
        <source>Choose the Excel file inside it.</source>
        <translation>Выберите файл Excel внутри неё.</translation>
    </message>
    <message>
        <source>Choose the client who buys it.</source>
        <translation>Выберите клиента, который его покупает.</translation>
    </message>
    <message>
        <source>Choose the client who takes it over.</source>
        <translation>Выберите клиента, которому он передаётся.</translation>
    </message>
    <message>
        <source>Close from today or a later day.</source>
        <translation>Закрытие должно начинаться сегодня или позже.</translation>
    </message>
    <message>
        <source>Copy the id the desk printed when it was refused.</source>
        <translation>Скопируйте идентификатор, который рабочее место вывело при отказе.</translation>
    </message>
    <message>
        <source>Could not find a free code.</source>
        <translation>Не удалось подобрать свободный код.</translation>
    </message>
    <message>
        <source>Count validity from the first visit, or turn automatic activation off.</source>
        <translation>Отсчитывайте срок действия от первого визита или отключите автоматическую активацию.</translation>
    </message>
    <message>
        <source>Create the chain first.</source>
        <translation>Сначала создайте сеть.</translation>
    </message>
    <message>
        <source>Create the schema first (CREATE SCHEMA …) or use the database&apos;s default one.</source>
        <translation>Сначала создайте схему (CREATE SCHEMA …) или используйте схему базы данных по умолчанию.</translation>
    </message>
    <message>
        <source>Date the edit on or after the sale.</source>
        <translation>Укажите дату изменения не раньше даты продажи.</translation>
    </message>
    <message>
        <source>Date the refund on or after the sale.</source>
        <translation>Укажите дату возврата не раньше даты продажи.</translation>
    </message>
    <message>
        <source>Date the transfer on or after the sale.</source>
        <translation>Укажите дату передачи не раньше даты продажи.</translation>
    </message>
    <message>
        <source>Delete the columns Desk doesn&apos;t import, or split the file.</source>
        <translation>Удалите столбцы, которые Desk не импортирует, или разделите файл.</translation>
    </message>
    <message>
        <source>Desk can&apos;t open {0} ({1}).</source>
        <translation>Desk не может открыть {0} ({1}).</translation>
    </message>
    <message>
        <source>Desk read the sheet “{0}”, the first visible one; it skipped {1} before it (hidden, or not a sheet of cells). Move the memberships to the first sheet if this is not the right one.</source>
        <translation>Desk прочитал лист «{0}» — первый видимый; листы перед ним пропущены: {1} (скрытые или без ячеек). Если это не тот лист, перенесите абонементы на первый лист.</translation>
    </message>
    <message>
        <source>Desks add only their own entries and rows; users and the chain&apos;s settings come from admin desks.</source>
        <translation>Рабочие места добавляют только свои операции и строки; пользователи и настройки сети приходят с рабочих мест администраторов.</translation>
    </message>
    <message>
        <source>E-mail needs a sender address.</source>
        <translation>Для электронной почты нужен адрес отправителя.</translation>
    </message>
    <message>
        <source>Each desk connects with its own login, given by `desk server add-desk`; check this desk&apos;s, or ask whoever runs the server.</source>
        <translation>Каждое рабочее место подключается со своим логином, выданным командой `desk server add-desk`; проверьте логин этого места или обратитесь к тому, кто обслуживает сервер.</translation>
    </message>
    <message>
        <source>Each desk has a device of its own.</source>
        <translation>У каждого рабочего места своё устройство.</translation>
    </message>
    <message>
        <source>Each desk has its own: ask the chain&apos;s owner for this desk&apos;s. A desk whose database was restored from a backup or copied is a new device ({0}): the owner gives it a login with `desk server add-desk URL NAME --device {1}`.</source>
        <translation>У каждого рабочего места она своя: запросите у владельца сети строку для этого места. Рабочее место, база данных которого восстановлена из резервной копии или скопирована, считается новым устройством ({0}): владелец выдаёт ему логин командой `desk server add-desk URL NAME --device {1}`.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Edit it at the selling location.</source>
        <translation>Измените его в филиале, где он был продан.</translation>
    </message>
    <message>
        <source>Edit only the balances it has.</source>
        <translation>Изменяйте только те остатки, которые у него есть.</translation>
    </message>
    <message>
        <source>Editing is prohibited for this type.</source>
        <translation>Для этого типа изменение проданных абонементов запрещено.</translation>
    </message>
    <message>
        <source>Expiry set to {0}</source>
        <translation>Новая дата окончания: {0}</translation>
    </message>
    <message>
        <source>Expiry write-off</source>
        <translation>Списание по истечении срока</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Заморозка</translation>
    </message>
    <message>
        <source>Freeze for {0} days or fewer.</source>
        <translation>Заморозьте не более чем на {0} дн.</translation>
    </message>
    <message>
        <source>Freeze from {0} or later, or undo that payment first.</source>
        <translation>Заморозьте с {0} или позже либо сначала отмените эту оплату.</translation>
    </message>
    <message>
        <source>Freeze it for at least {0} days.</source>
        <translation>Заморозьте минимум на {0} дн.</translation>
    </message>
    <message>
        <source>Freeze it for {0} days or fewer.</source>
        <translation>Заморозьте не более чем на {0} дн.</translation>
    </message>
    <message>
        <source>Freezing is switched off for this type.</source>
        <translation>Для этого типа заморозка отключена.</translation>
    </message>
    <message>
        <source>Frozen memberships can&apos;t be imported. Import it as activated and freeze it in Desk afterwards.</source>
        <translation>Замороженные абонементы нельзя импортировать. Импортируйте его как activated и заморозьте потом в Desk.</translation>
    </message>
    <message>
        <source>Give a validity, or turn auto-renewal off.</source>
        <translation>Укажите срок действия или отключите автопродление.</translation>
    </message>
    <message>
        <source>Give each service its number of visits.</source>
        <translation>Укажите число визитов для каждой услуги.</translation>
    </message>
    <message>
        <source>Give one total number of visits.</source>
        <translation>Укажите одно общее число визитов.</translation>
    </message>
    <message>
        <source>Given by {0} to {1}</source>
        <translation>Передан другому клиенту: {0} → {1}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Imported as active from {0}: {1} activates {2} days after the sale.</source>
        <translation>Импортирован как действующий с {0}: {1} активируется через {2} дн. после продажи.</translation>
    </message>
    <message>
        <source>In Excel, delete the rows and columns after your memberships (select them, right-click › Delete) and save again; or split the file.</source>
        <translation>В Excel удалите строки и столбцы после ваших абонементов (выделите их, правый щелчок › Удалить) и сохраните файл снова либо разделите файл.</translation>
    </message>
    <message>
        <source>In the type file, {0} {1}.</source>
        <translation>В файле типа: {0} {1}.</translation>
    </message>
    <message>
        <source>Install the newer Desk on this computer (or open the database on the computer that made it).</source>
        <translation>Установите на этот компьютер более новую версию Desk (или откройте базу данных на компьютере, где она создана).</translation>
    </message>
    <message>
        <source>It can&apos;t be frozen again.</source>
        <translation>Повторно заморозить его нельзя.</translation>
    </message>
    <message>
        <source>It ended already, was cancelled, or froze nothing.</source>
        <translation>Закрытие уже закончилось, было отменено или ничего не заморозило.</translation>
    </message>
    <message>
        <source>It is already frozen from {0} until {1}.</source>
        <translation>Он уже заморожен с {0} до {1}.</translation>
    </message>
    <message>
        <source>It is already frozen until {0}.</source>
        <translation>Он уже заморожен до {0}.</translation>
    </message>
    <message>
        <source>Its owner runs `desk server init URL` on it first.</source>
        <translation>Сначала его владелец должен выполнить на нём `desk server init URL`.</translation>
    </message>
    <message>
        <source>Its owner runs `desk server init URL` on it: that creates the schema or brings it up to date.</source>
        <translation>Его владелец должен выполнить на нём `desk server init URL`: эта команда создаст схему или обновит её.</translation>
    </message>
    <message>
        <source>Keep the database on this PC&apos;s own disk and use chain sync to share it.</source>
        <translation>Храните базу данных на собственном диске этого компьютера, а для общего доступа используйте синхронизацию сети.</translation>
    </message>
    <message>
        <source>Known locations: {0}.</source>
        <translation>Существующие филиалы: {0}.</translation>
    </message>
    <message>
        <source>Known services: {0}.</source>
        <translation>Существующие услуги: {0}.</translation>
    </message>
    <message>
        <source>Known types: {0}.</source>
        <translation>Существующие типы: {0}.</translation>
    </message>
    <message>
        <source>Leave --role out, or choose a name of this chain&apos;s own.</source>
        <translation>Не указывайте --role или выберите имя, принадлежащее этой сети.</translation>
    </message>
    <message>
        <source>Leave --role out, or pass --role {0}.</source>
        <translation>Не указывайте --role или передайте --role {0}.</translation>
    </message>
    <message>
        <source>Location names must differ (case is ignored).</source>
        <translation>Названия филиалов должны различаться (регистр букв не учитывается).</translation>
    </message>
    <message>
        <source>Log-in for {0} is locked for {1} more minutes after {2} wrong passwords.</source>
        <translation>Вход для {0} заблокирован ещё на {1} мин. после {2} попыток ввода неверного пароля.</translation>
    </message>
    <message>
        <source>Make the shortest freeze the shorter one.</source>
        <translation>Минимальная заморозка должна быть короче максимальной.</translation>
    </message>
    <message>
        <source>Name an existing user with --user, or leave --user out to act as admin.</source>
        <translation>Укажите существующего пользователя в --user или не указывайте --user, чтобы действовать от имени администратора.</translation>
    </message>
    <message>
        <source>No chain server is set for this desk.</source>
        <translation>Для этого рабочего места не задан сервер сети.</translation>
    </message>
    <message>
        <source>No client has the phone {0}.</source>
        <translation>Нет клиента с телефоном {0}.</translation>
    </message>
    <message>
        <source>No client has the phone {0}. Add the client in Desk first, or correct the number.</source>
        <translation>Нет клиента с телефоном {0}. Сначала добавьте клиента в Desk или исправьте номер.</translation>
    </message>
    <message>
        <source>No client {0}.</source>
        <translation>Клиент {0} не найден.</translation>
    </message>
    <message>
        <source>No location {0}.</source>
        <translation>Филиал {0} не найден.</translation>
    </message>
    <message>
        <source>No longer shared</source>
        <translation>Совместное использование прекращено</translation>
    </message>
    <message>
        <source>No membership type {0}.</source>
        <translation>Тип абонемента {0} не найден.</translation>
    </message>
    <message>
        <source>No membership {0}.</source>
        <translation>Абонемент {0} не найден.</translation>
    </message>
    <message>
        <source>No payment {0} on this membership.</source>
        <translation>У этого абонемента нет оплаты {0}.</translation>
    </message>
    <message>
        <source>No service {0}.</source>
        <translation>Услуга {0} не найдена.</translation>
    </message>
    <message>
        <source>No user {0}.</source>
        <translation>Пользователь {0} не найден.</translation>
    </message>
    <message>
        <source>Nothing more to do: that booking stands. For another visit choose another time or service.</source>
        <translation>Больше ничего делать не нужно: эта запись остаётся в силе. Для другого визита выберите другое время или услугу.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Делать ничего не нужно.</translation>
    </message>
    <message>
        <source>Nothing to freeze.</source>
        <translation>Замораживать нечего.</translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation>Удалять нечего.</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>Разрешать нечего.</translation>
    </message>
    <message>
        <source>Nothing to unfreeze.</source>
        <translation>Размораживать нечего.</translation>
    </message>
    <message>
        <source>Only a manager can book a start that has passed ({0}).</source>
        <translation>Только менеджер может оформить запись на прошедшее время ({0}).</translation>
    </message>
    <message>
        <source>Only a membership still in use can be shared.</source>
        <translation>Открыть совместный доступ можно только к абонементу, который ещё используется.</translation>
    </message>
    <message>
        <source>Only a membership still in use can change hands.</source>
        <translation>Передать другому клиенту можно только абонемент, который ещё используется.</translation>
    </message>
    <message>
        <source>Only an active membership can be frozen; this one is {0}.</source>
        <translation>Заморозить можно только активный абонемент; статус этого: {0}.</translation>
    </message>
    <message>
        <source>Only an open booking can change.</source>
        <translation>Изменить можно только открытую запись.</translation>
    </message>
    <message>
        <source>Only its owner can use it, and the clients it is shared with.</source>
        <translation>Пользоваться им могут только его владелец и клиенты, которым открыт совместный доступ.</translation>
    </message>
    <message>
        <source>Only memberships of auto-renewing types can be cancelled.</source>
        <translation>Отменить можно только абонементы типов с автопродлением.</translation>
    </message>
    <message>
        <source>Open that client instead, or check the number.</source>
        <translation>Откройте этого клиента или проверьте номер.</translation>
    </message>
    <message>
        <source>Open the file in Excel and save it again.</source>
        <translation>Откройте файл в Excel и сохраните его заново.</translation>
    </message>
    <message>
        <source>Part of the chain&apos;s data could not be applied yet; nothing was applied.</source>
        <translation>Часть данных сети пока не удалось применить; ничего не применено.</translation>
    </message>
    <message>
        <source>Part of the chain&apos;s data is still on its way; nothing was applied.</source>
        <translation>Часть данных сети ещё не получена; ничего не применено.</translation>
    </message>
    <message>
        <source>Pay with another membership, or ask a manager to pay anyway with a reason.</source>
        <translation>Оплатите другим абонементом или попросите менеджера провести оплату с указанием причины.</translation>
    </message>
    <message>
        <source>Paying past a visit limit needs a reason.</source>
        <translation>Для оплаты сверх лимита визитов нужна причина.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Payment undo</source>
        <translation>Отмена оплаты</translation>
    </message>
    <message>
        <source>Pick a later date.</source>
        <translation>Выберите более позднюю дату.</translation>
    </message>
    <message>
        <source>Pick a later expiry date.</source>
        <translation>Выберите более позднюю дату окончания.</translation>
    </message>
    <message>
        <source>Pick dates outside that freeze.</source>
        <translation>Выберите даты вне этой заморозки.</translation>
    </message>
    <message>
        <source>Put %TO% and %MESSAGE% where the gateway expects the phone number and the text.</source>
        <translation>Вставьте %TO% и %MESSAGE% туда, где шлюз ожидает номер телефона и текст.</translation>
    </message>
    <message>
        <source>Refresh the conflicts.</source>
        <translation>Обновите список конфликтов.</translation>
    </message>
    <message>
        <source>Refresh the list of payments due.</source>
        <translation>Обновите список платежей к оплате.</translation>
    </message>
    <message>
        <source>the {type} of {client}</source>
        <translation>абонемент «{type}» ({client})</translation>
    </message>
    <message>
        <source>Void sale…</source>
        <translation>Аннулировать продажу…</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Аннулировать продажу</translation>
    </message>
    <message>
        <source>Cancel the chosen membership&apos;s sale: the day it was sold, before any visit is used</source>
        <translation>Отменить продажу выбранного абонемента: в день продажи, пока не использован ни один визит</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Вернуть деньги</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Вернуть деньги…</translation>
    </message>
    <message>
        <source>Pay the client back and close the chosen membership (managers)</source>
        <translation>Вернуть клиенту деньги и закрыть выбранный абонемент (менеджеры)</translation>
    </message>
    <message>
        <source>Void the sale of {membership}? It is cancelled, can&apos;t be used, and leaves the day&apos;s revenue.</source>
        <translation>Аннулировать продажу: {membership}? Абонемент отменяется, им нельзя пользоваться, и он исключается из выручки дня.</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Аннулировать</translation>
    </message>
    <message>
        <source>Voiding the sale…</source>
        <translation>Аннулирование продажи…</translation>
    </message>
    <message>
        <source>Refund {membership}</source>
        <translation>Возврат: {membership}</translation>
    </message>
    <message>
        <source>Amount paid back</source>
        <translation>Сумма возврата</translation>
    </message>
    <message>
        <source>Why the client is paid back</source>
        <translation>Почему клиенту возвращают деньги</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Остаток к возврату</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <source>{membership} is closed: no visits left, status refunded.</source>
        <translation>{membership} закрывается: визитов не остаётся, статус «возвращён».</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Возврат денег…</translation>
    </message>
    <message>
        <source>Frozen from {0}, works again on {1}</source>
        <translation>Заморожен с {0}, снова действует с {1}</translation>
    </message>
    <message>
        <source>Remaining sessions: {0}. Write a whole number, 0 or more.</source>
        <translation>Оставшиеся визиты: {0}. Укажите целое число, 0 или больше.</translation>
    </message>
    <message>
        <source>Remaining visits written off at expiry</source>
        <translation>Оставшиеся визиты списаны по истечении срока</translation>
    </message>
    <message>
        <source>Remove someone from its list first.</source>
        <translation>Сначала удалите кого-нибудь из его списка.</translation>
    </message>
    <message>
        <source>Remove the password in Excel and save it again as an Excel Workbook (.xlsx).</source>
        <translation>Снимите пароль в Excel и сохраните файл заново как «Книга Excel» (.xlsx).</translation>
    </message>
    <message>
        <source>Remove the password in Excel, and save it as an Excel Workbook (.xlsx).</source>
        <translation>Снимите пароль в Excel и сохраните файл как «Книга Excel» (.xlsx).</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>Restore the type or choose another one.</source>
        <translation>Восстановите тип из архива или выберите другой.</translation>
    </message>
    <message>
        <source>Run `desk server init URL` on it first.</source>
        <translation>Сначала выполните на нём `desk server init URL`.</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Sale of {0} cancelled: {1} back to the client</source>
        <translation>Продажа от {0} аннулирована: клиенту возвращено {1}</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>Продажа аннулирована</translation>
    </message>
    <message>
        <source>Save the sheet again from Excel; if it is genuine, split it.</source>
        <translation>Пересохраните лист в Excel; если он действительно такого размера, разделите его.</translation>
    </message>
    <message>
        <source>Say why the membership is edited.</source>
        <translation>Укажите, почему изменяется абонемент.</translation>
    </message>
    <message>
        <source>Say why the membership is frozen.</source>
        <translation>Укажите причину заморозки абонемента.</translation>
    </message>
    <message>
        <source>Say why the membership is refunded.</source>
        <translation>Укажите причину возврата абонемента.</translation>
    </message>
    <message>
        <source>Say why this visit is let past the limit.</source>
        <translation>Укажите, почему этот визит разрешён сверх лимита.</translation>
    </message>
    <message>
        <source>Sell a membership, or take another payment.</source>
        <translation>Продайте абонемент или примите оплату другим способом.</translation>
    </message>
    <message>
        <source>Sell a new membership, or ask a manager to extend it.</source>
        <translation>Продайте новый абонемент или попросите менеджера продлить этот.</translation>
    </message>
    <message>
        <source>Sell a new membership.</source>
        <translation>Продайте новый абонемент.</translation>
    </message>
    <message>
        <source>Sell the client a membership of their own.</source>
        <translation>Продайте клиенту собственный абонемент.</translation>
    </message>
    <message>
        <source>Set it in Settings › Chain server, or pass --server URL.</source>
        <translation>Укажите его в разделе Настройки › Сервер сети или передайте --server URL.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Открыт совместный доступ</translation>
    </message>
    <message>
        <source>Sharing with {0} other clients is not possible.</source>
        <translation>Число других клиентов для совместного использования ({0}) недопустимо.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Сократите текст причины.</translation>
    </message>
    <message>
        <source>Shorten the message text.</source>
        <translation>Сократите текст сообщения.</translation>
    </message>
    <message>
        <source>Shorten the name.</source>
        <translation>Сократите имя или название.</translation>
    </message>
    <message>
        <source>Show the sheet with the memberships in Excel (right-click a sheet tab › Unhide) and save the file again.</source>
        <translation>Покажите в Excel лист с абонементами (правый щелчок по ярлыку листа › Показать) и сохраните файл снова.</translation>
    </message>
    <message>
        <source>Sorry, but it appears that your membership is either not suitable or has expired.</source>
        <translation>К сожалению, похоже, что ваш абонемент не подходит или срок его действия истёк.</translation>
    </message>
    <message>
        <source>Split it into several files.</source>
        <translation>Разделите его на несколько файлов.</translation>
    </message>
    <message>
        <source>Started by the first visit</source>
        <translation>Начал действовать с первого визита</translation>
    </message>
    <message>
        <source>Started on its activation date</source>
        <translation>Начал действовать в дату активации</translation>
    </message>
    <message>
        <source>Status ignored: {0} counts validity from the sale.</source>
        <translation>Статус не учтён: у {0} срок действия отсчитывается от продажи.</translation>
    </message>
    <message>
        <source>Swap the two dates, or check them.</source>
        <translation>Поменяйте даты местами или проверьте их.</translation>
    </message>
    <message>
        <source>Sync again in a moment.</source>
        <translation>Повторите синхронизацию чуть позже.</translation>
    </message>
    <message>
        <source>The SMS gateway address {0} is not a web address.</source>
        <translation>Адрес SMS-шлюза {0} не является веб-адресом.</translation>
    </message>
    <message>
        <source>The SMS request body has no %MESSAGE% in it.</source>
        <translation>В теле SMS-запроса нет %MESSAGE%.</translation>
    </message>
    <message>
        <source>The backup {0} can&apos;t be restored: {1} Nothing was changed.</source>
        <translation>Не удалось восстановить резервную копию {0}: {1} Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup {0} failed its integrity check.</source>
        <translation>Резервная копия {0} не прошла проверку целостности.</translation>
    </message>
    <message>
        <source>The chain already has a desk {0}.</source>
        <translation>В сети уже есть рабочее место {0}.</translation>
    </message>
    <message>
        <source>The chain has no desk {0}.</source>
        <translation>В сети нет рабочего места {0}.</translation>
    </message>
    <message>
        <source>The chain has no location yet.</source>
        <translation>В сети пока нет ни одного филиала.</translation>
    </message>
    <message>
        <source>The chain server does not know this desk&apos;s login.</source>
        <translation>Сервер сети не знает логин этого рабочего места.</translation>
    </message>
    <message>
        <source>The chain server has no desks&apos; role yet.</source>
        <translation>На сервере сети ещё нет роли для рабочих мест.</translation>
    </message>
    <message>
        <source>The chain server has no server id yet.</source>
        <translation>У сервера сети ещё нет идентификатора сервера.</translation>
    </message>
    <message>
        <source>The chain server won&apos;t bind the desk {0} to this device ({1}): the device wrote to it before, or is another desk&apos;s.</source>
        <translation>Сервер сети не привязывает рабочее место {0} к этому устройству ({1}): устройство уже записывало на сервер данные или принадлежит другому рабочему месту.</translation>
    </message>
    <message>
        <source>The chain server {0} could not be reached or dropped the connection.</source>
        <translation>Сервер сети {0} недоступен или разорвал соединение.</translation>
    </message>
    <message>
        <source>The chain server {0} has no Desk schema, or an older one.</source>
        <translation>На сервере сети {0} нет схемы Desk или она устарела.</translation>
    </message>
    <message>
        <source>The chain server {0} no longer lets this desk in: its owner revoked this desk&apos;s login.</source>
        <translation>Сервер сети {0} больше не пускает это рабочее место: владелец отозвал его логин.</translation>
    </message>
    <message>
        <source>The chain server {0} refused a change from this desk: {1}.</source>
        <translation>Сервер сети {0} отклонил изменение с этого рабочего места: {1}.</translation>
    </message>
    <message>
        <source>The chain server {0} refused this desk&apos;s password.</source>
        <translation>Сервер сети {0} отклонил пароль этого рабочего места.</translation>
    </message>
    <message>
        <source>The chain server {0} refused: {1}.</source>
        <translation>Сервер сети {0} отказал: {1}.</translation>
    </message>
    <message>
        <source>The chain&apos;s owner binds it: `desk server add-desk URL NAME --device {0}` gives this device a connection string.</source>
        <translation>Привязку выполняет владелец сети: `desk server add-desk URL NAME --device {0}` выдаёт этому устройству строку подключения.</translation>
    </message>
    <message>
        <source>The chain&apos;s owner revoked the desk {0}.</source>
        <translation>Владелец сети отозвал рабочее место {0}.</translation>
    </message>
    <message>
        <source>The closure starts on {0}, before today ({1}).</source>
        <translation>Закрытие начинается {0}, то есть раньше сегодняшнего дня ({1}).</translation>
    </message>
    <message>
        <source>The closure {0} has no freeze left to end on {1}.</source>
        <translation>У закрытия {0} не осталось заморозок, которые можно завершить {1}.</translation>
    </message>
    <message>
        <source>The code {0} can&apos;t be used.</source>
        <translation>Код {0} использовать нельзя.</translation>
    </message>
    <message>
        <source>The code {0} is already used.</source>
        <translation>Код {0} уже занят.</translation>
    </message>
    <message>
        <source>The column “{0}” is missing. Add a header cell “{1}” in row 1.</source>
        <translation>Нет столбца «{0}». Добавьте в строку 1 ячейку заголовка «{1}».</translation>
    </message>
    <message>
        <source>The columns “{0}” and “{1}” are both missing; at least one is needed. Add one of them to the header row.</source>
        <translation>Нет ни столбца «{0}», ни столбца «{1}»; нужен хотя бы один. Добавьте один из них в строку заголовков.</translation>
    </message>
    <message>
        <source>The connection string of the desk {0} belongs to another device.</source>
        <translation>Строка подключения рабочего места {0} принадлежит другому устройству.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The database stayed busy with another program&apos;s change for too long; nothing was changed.</source>
        <translation>База данных слишком долго была занята изменением другой программы; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database {0} is on a network share, where SQLite can lose data.</source>
        <translation>База данных {0} находится в сетевой папке, где SQLite может терять данные.</translation>
    </message>
    <message>
        <source>The database {0} was made by a newer Desk (schema {1}); this Desk knows schema {2} at most. Nothing was changed.</source>
        <translation>База данных {0} создана более новой версией Desk (схема {1}); эта версия Desk поддерживает схему не выше {2}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The device {0} is already the desk {1}.</source>
        <translation>Устройство {0} уже привязано к рабочему месту {1}.</translation>
    </message>
    <message>
        <source>The e-mail server port {0} is not a port number.</source>
        <translation>Порт почтового сервера {0} не является номером порта.</translation>
    </message>
    <message>
        <source>The edit changes nothing.</source>
        <translation>Изменение ничего не меняет.</translation>
    </message>
    <message>
        <source>The expiry {0} must be after the sale date {1}.</source>
        <translation>Дата окончания {0} должна быть позже даты продажи {1}.</translation>
    </message>
    <message>
        <source>The file has a header but no memberships below it. Add one row per membership under the header.</source>
        <translation>В файле есть заголовок, но под ним нет абонементов. Добавьте под заголовком по одной строке на каждый абонемент.</translation>
    </message>
    <message>
        <source>The file has no visible sheet of cells to import.</source>
        <translation>В файле нет видимого листа с ячейками для импорта.</translation>
    </message>
    <message>
        <source>The file is password-protected or an old .xls.</source>
        <translation>Файл защищён паролем или имеет старый формат .xls.</translation>
    </message>
    <message>
        <source>The file is {0} MB; at most 50 MB can be imported.</source>
        <translation>Размер файла — {0} МБ; импортировать можно не более 50 МБ.</translation>
    </message>
    <message>
        <source>The file unpacks to {0} GB; at most 1 GB is read.</source>
        <translation>В распакованном виде файл занимает {0} ГБ; читается не более 1 ГБ.</translation>
    </message>
    <message>
        <source>The freeze limit can&apos;t be negative.</source>
        <translation>Лимит заморозки не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The list of services of a sold membership can&apos;t change.</source>
        <translation>Список услуг проданного абонемента изменить нельзя.</translation>
    </message>
    <message>
        <source>The location {0}. Write one of: {1}.</source>
        <translation>Филиал {0}. Укажите один из: {1}.</translation>
    </message>
    <message>
        <source>The lock after idle minutes can&apos;t be {0}.</source>
        <translation>Время блокировки при бездействии не может быть {0} мин.</translation>
    </message>
    <message>
        <source>The membership number {0} can&apos;t be used. Use at most {1} letters, digits or the signs {2}, starting with a letter or a digit.</source>
        <translation>Номер абонемента {0} использовать нельзя. Используйте не более {1} букв, цифр или знаков {2}, начиная с буквы или цифры.</translation>
    </message>
    <message>
        <source>The membership type {0}. Write the type&apos;s name as in Desk.</source>
        <translation>Тип абонемента {0}. Укажите название типа так, как оно записано в Desk.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one and from the user name.</source>
        <translation>Новый пароль должен отличаться от старого и от имени пользователя.</translation>
    </message>
    <message>
        <source>The new password needs at least {0} characters.</source>
        <translation>Новый пароль должен содержать не менее {0} символов.</translation>
    </message>
    <message>
        <source>The number of clients a membership may be shared with can&apos;t be lowered once a membership of this type has been sold; raising it is fine.</source>
        <translation>После продажи хотя бы одного абонемента этого типа число клиентов для совместного использования нельзя уменьшить; увеличить его можно.</translation>
    </message>
    <message>
        <source>The number of {0} must be 0 or more, not {1}.</source>
        <translation>Значение «{0}» должно быть не меньше 0, а не {1}.</translation>
    </message>
    <message>
        <source>The number {0} is also in row {1}. Each membership needs its own number.</source>
        <translation>Номер {0} есть и в строке {1}. У каждого абонемента должен быть свой номер.</translation>
    </message>
    <message>
        <source>The part {0} declares XML entities, which Excel never writes: refused as an XML bomb.</source>
        <translation>Часть {0} объявляет XML-сущности, которых Excel никогда не создаёт: файл отклонён как XML-бомба.</translation>
    </message>
    <message>
        <source>The part {0} is far larger than Excel writes it.</source>
        <translation>Часть {0} намного больше, чем её создаёт Excel.</translation>
    </message>
    <message>
        <source>The part {0} unpacks {1} times larger than it is stored: refused as a zip bomb.</source>
        <translation>Часть {0} при распаковке в {1} раз больше, чем в сжатом виде: файл отклонён как zip-бомба.</translation>
    </message>
    <message>
        <source>The password needs at least {0} characters.</source>
        <translation>Пароль должен содержать не менее {0} символов.</translation>
    </message>
    <message>
        <source>The price {0} is below zero.</source>
        <translation>Цена {0} меньше нуля.</translation>
    </message>
    <message>
        <source>The reason {0}… is longer than 60 characters.</source>
        <translation>Причина {0}… длиннее 60 символов.</translation>
    </message>
    <message>
        <source>The row has neither an owner phone nor a membership number. Fill in at least one.</source>
        <translation>В строке нет ни телефона владельца, ни номера абонемента. Заполните хотя бы одно.</translation>
    </message>
    <message>
        <source>The sale date {0} is in the future (today is {1}). Correct the date.</source>
        <translation>Дата продажи {0} в будущем (сегодня {1}). Исправьте дату.</translation>
    </message>
    <message>
        <source>The server already has a role {0}.</source>
        <translation>На сервере уже есть роль {0}.</translation>
    </message>
    <message>
        <source>The server already has a role {0}: another chain&apos;s, or a login the desks shared before.</source>
        <translation>На сервере уже есть роль {0}: другой сети или логин, которым раньше совместно пользовались рабочие места.</translation>
    </message>
    <message>
        <source>The server&apos;s search path names no existing schema.</source>
        <translation>Путь поиска (search_path) сервера не указывает ни на одну существующую схему.</translation>
    </message>
    <message>
        <source>The sheet declares XML entities, which Excel never writes: refused as an XML bomb.</source>
        <translation>Лист объявляет XML-сущности, которых Excel никогда не создаёт: файл отклонён как XML-бомба.</translation>
    </message>
    <message>
        <source>The sheet has {0} rows (its cells reach {1}); at most {2} can be imported.</source>
        <translation>Строк на листе: {0} (ячейки доходят до {1}); импортировать можно не более {2}.</translation>
    </message>
    <message>
        <source>The sheet has {0} rows; at most {1} can be imported.</source>
        <translation>Строк на листе: {0}; импортировать можно не более {1}.</translation>
    </message>
    <message>
        <source>The sheet names a cell {0}, which is not a cell reference.</source>
        <translation>Лист ссылается на ячейку {0}, но это не адрес ячейки.</translation>
    </message>
    <message>
        <source>The sheet&apos;s cells hold more than {0} characters of text.</source>
        <translation>Ячейки листа содержат более {0} символов текста.</translation>
    </message>
    <message>
        <source>The sheet&apos;s cells reach {0}: {1} rows × {2} columns, {3} cells; Desk reads at most {4}.</source>
        <translation>Ячейки листа доходят до {0}: строк — {1}, столбцов — {2}, всего ячеек — {3}; Desk читает не более {4}.</translation>
    </message>
    <message>
        <source>The shortest freeze ({0} days) is longer than the longest ({1} days).</source>
        <translation>Минимальная заморозка ({0} дн.) длиннее максимальной ({1} дн.).</translation>
    </message>
    <message>
        <source>The status {0} is not known. Write issued or activated.</source>
        <translation>Статус {0} неизвестен. Укажите issued или activated.</translation>
    </message>
    <message>
        <source>The type does not allow transfers.</source>
        <translation>Тип не допускает передачу абонемента другому клиенту.</translation>
    </message>
    <message>
        <source>The unfreeze date {0} must be after {1}.</source>
        <translation>Дата разморозки {0} должна быть позже {1}.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The validity can&apos;t be negative.</source>
        <translation>Срок действия не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheets is damaged.</source>
        <translation>Список листов книги повреждён.</translation>
    </message>
    <message>
        <source>The {0} ends on {1}, before it starts on {2}.</source>
        <translation>Период ({0}) заканчивается {1}, раньше своего начала ({2}).</translation>
    </message>
    <message>
        <source>The {0} message is {1} characters long; at most {2} are allowed.</source>
        <translation>Длина сообщения «{0}» — {1} симв.; допускается не более {2}.</translation>
    </message>
    <message>
        <source>The {0} name is {1} characters long; at most {2} fit.</source>
        <translation>Длина имени или названия ({0}) — {1} симв.; допускается не более {2}.</translation>
    </message>
    <message>
        <source>The {0} needs a name.</source>
        <translation>Не указано имя или название ({0}).</translation>
    </message>
    <message>
        <source>The {0} {1} can&apos;t be written ({2}).</source>
        <translation>Не удалось записать файл {1} ({0}; {2}).</translation>
    </message>
    <message>
        <source>The {0} {1} is not a date and time.</source>
        <translation>Поле «{0}»: {1} не является датой и временем.</translation>
    </message>
    <message>
        <source>The {0} {1} is not a date.</source>
        <translation>Поле «{0}»: {1} не является датой.</translation>
    </message>
    <message>
        <source>The {0} {1} is not an amount.</source>
        <translation>Поле «{0}»: {1} не является суммой.</translation>
    </message>
    <message>
        <source>The {0} {1} is not between {2} and {3}.</source>
        <translation>Поле «{0}»: {1} вне диапазона от {2} до {3}.</translation>
    </message>
    <message>
        <source>The {0} {1} must be between 0 and 1,000,000,000 with at most 2 decimals.</source>
        <translation>Поле «{0}»: значение {1} должно быть от 0 до 1 000 000 000, не более 2 знаков после запятой.</translation>
    </message>
    <message>
        <source>There is already a location named {0}.</source>
        <translation>Филиал с названием {0} уже существует.</translation>
    </message>
    <message>
        <source>There is already a user {0}.</source>
        <translation>Пользователь {0} уже существует.</translation>
    </message>
    <message>
        <source>There is no booking {0}.</source>
        <translation>Запись {0} не найдена.</translation>
    </message>
    <message>
        <source>There is no closure {0}.</source>
        <translation>Закрытие {0} не найдено.</translation>
    </message>
    <message>
        <source>There is no file {0}.</source>
        <translation>Файл {0} не найден.</translation>
    </message>
    <message>
        <source>There is no location named {0}.</source>
        <translation>Филиал с названием {0} не найден.</translation>
    </message>
    <message>
        <source>There is no membership type named {0}.</source>
        <translation>Тип абонемента с названием {0} не найден.</translation>
    </message>
    <message>
        <source>There is no membership {0}.</source>
        <translation>Абонемент {0} не найден.</translation>
    </message>
    <message>
        <source>There is no payment due {0}.</source>
        <translation>Платёж к оплате {0} не найден.</translation>
    </message>
    <message>
        <source>There is no payment {0}.</source>
        <translation>Оплата {0} не найдена.</translation>
    </message>
    <message>
        <source>There is no service named {0}.</source>
        <translation>Услуга с названием {0} не найдена.</translation>
    </message>
    <message>
        <source>There is no such row set aside.</source>
        <translation>Такой отложенной строки нет.</translation>
    </message>
    <message>
        <source>There is no such settled clash.</source>
        <translation>Такого разрешённого конфликта нет.</translation>
    </message>
    <message>
        <source>There is no user {0}.</source>
        <translation>Пользователь {0} не найден.</translation>
    </message>
    <message>
        <source>There is no {0} named {1}.</source>
        <translation>Не найдено: {1} ({0}).</translation>
    </message>
    <message>
        <source>This booking is already {0}.</source>
        <translation>Эта запись уже в статусе «{0}».</translation>
    </message>
    <message>
        <source>This booking starts at {0}, which has already passed (it is {1} now).</source>
        <translation>Время начала этой записи ({0}) уже прошло (сейчас {1}).</translation>
    </message>
    <message>
        <source>This chain&apos;s desks&apos; role is {0}, not {1}.</source>
        <translation>Роль рабочих мест этой сети — {0}, а не {1}.</translation>
    </message>
    <message>
        <source>This client already uses {0}.</source>
        <translation>Этот клиент уже пользуется абонементом {0}.</translation>
    </message>
    <message>
        <source>This database already holds a chain.</source>
        <translation>В этой базе данных уже есть сеть.</translation>
    </message>
    <message>
        <source>This database holds no chain yet.</source>
        <translation>В этой базе данных пока нет сети.</translation>
    </message>
    <message>
        <source>This membership can only be edited where it was sold.</source>
        <translation>Этот абонемент можно изменить только в филиале, где он был продан.</translation>
    </message>
    <message>
        <source>This membership is not frozen.</source>
        <translation>Этот абонемент не заморожен.</translation>
    </message>
    <message>
        <source>This payment is of {0} {1}; a {2} may undo only payments of today ({3} {4}).</source>
        <translation>Эта оплата проведена {0} {1}; роль {2} может отменять только сегодняшние оплаты ({3} {4}).</translation>
    </message>
    <message>
        <source>This payment was already marked paid.</source>
        <translation>Этот платёж уже отмечен как оплаченный.</translation>
    </message>
    <message>
        <source>This payment was already undone.</source>
        <translation>Эта оплата уже отменена.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <source>Give the chosen membership to another client: its visits, expiry and history go with it</source>
        <translation>Передать выбранный абонемент другому клиенту вместе с визитами, сроком действия и историей</translation>
    </message>
    <message>
        <source>Transfer {membership}</source>
        <translation>Передать {membership}</translation>
    </message>
    <message>
        <source>Phone of the new owner</source>
        <translation>Телефон нового владельца</translation>
    </message>
    <message>
        <source>The new owner&apos;s phone</source>
        <translation>Телефон нового владельца</translation>
    </message>
    <message>
        <source>Why it changes hands (optional)</source>
        <translation>Почему абонемент передаётся (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Пере&amp;дать…</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>Текущий владелец</translation>
    </message>
    <message>
        <source>New owner&apos;s &amp;phone</source>
        <translation>&amp;Телефон нового владельца</translation>
    </message>
    <message>
        <source>Visits, expiry, freezes and history stay with it; only the new owner may use it from then on.</source>
        <translation>Визиты, срок действия, заморозки и история остаются при абонементе; с этого момента пользоваться им может только новый владелец.</translation>
    </message>
    <message>
        <source>Give {membership} to {client} ({phone})? Only they may use it from then on.</source>
        <translation>Передать {membership} клиенту {client} ({phone})? С этого момента пользоваться им сможет только он.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Передать</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Передача…</translation>
    </message>
    <message>
        <source>Try again; if it repeats, close other programs using the database (another Desk window, a backup tool).</source>
        <translation>Повторите попытку; если ошибка повторится, закройте другие программы, работающие с базой данных (другое окно Desk, программу резервного копирования).</translation>
    </message>
    <message>
        <source>Try again; if it repeats, the disk may be failing.</source>
        <translation>Повторите попытку; если ошибка повторится, возможно, диск неисправен.</translation>
    </message>
    <message>
        <source>Turn one off, or make a copy of the service for each way of booking.</source>
        <translation>Отключите одну из настроек или создайте копию услуги для каждого способа записи.</translation>
    </message>
    <message>
        <source>Type 0 for no fee, or more.</source>
        <translation>Введите 0, если платы нет, или большую сумму.</translation>
    </message>
    <message>
        <source>Type 0 for unlimited or a positive amount.</source>
        <translation>Введите 0 (без ограничения) или положительное значение.</translation>
    </message>
    <message>
        <source>Type 0 or more days.</source>
        <translation>Введите число дней: 0 или больше.</translation>
    </message>
    <message>
        <source>Type a code by hand.</source>
        <translation>Введите код вручную.</translation>
    </message>
    <message>
        <source>Type a code or generate one.</source>
        <translation>Введите код или сгенерируйте его.</translation>
    </message>
    <message>
        <source>Type a longer password; a short sentence is easy to remember.</source>
        <translation>Введите более длинный пароль; короткую фразу легко запомнить.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Введите имя или название.</translation>
    </message>
    <message>
        <source>Type a number such as 800 or 800.50.</source>
        <translation>Введите число, например 800 или 800.50.</translation>
    </message>
    <message>
        <source>Type a positive freeze limit.</source>
        <translation>Введите положительный лимит заморозки.</translation>
    </message>
    <message>
        <source>Type a price of 0 or more.</source>
        <translation>Введите цену от 0 и выше.</translation>
    </message>
    <message>
        <source>Type a reason.</source>
        <translation>Введите причину.</translation>
    </message>
    <message>
        <source>Type a whole number from 0 (not shared) to {0}.</source>
        <translation>Введите целое число от 0 (без совместного использования) до {0}.</translation>
    </message>
    <message>
        <source>Type a whole number from 1 to {0}, or choose “no limit”.</source>
        <translation>Введите целое число от 1 до {0} или выберите «без ограничений».</translation>
    </message>
    <message>
        <source>Type a whole number from 1 to {0}, or leave it empty.</source>
        <translation>Введите целое число от 1 до {0} или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Type a whole number from 1 to {0}.</source>
        <translation>Введите целое число от 1 до {0}.</translation>
    </message>
    <message>
        <source>Type a whole number of visits, 0 or more.</source>
        <translation>Введите целое число визитов: 0 или больше.</translation>
    </message>
    <message>
        <source>Type an address starting with https://.</source>
        <translation>Введите адрес, начинающийся с https://.</translation>
    </message>
    <message>
        <source>Type an amount from 0 to {0}.</source>
        <translation>Введите сумму от 0 до {0}.</translation>
    </message>
    <message>
        <source>Type an amount such as 120.00.</source>
        <translation>Введите сумму, например 120.00.</translation>
    </message>
    <message>
        <source>Type another code or generate one.</source>
        <translation>Введите другой код или сгенерируйте его.</translation>
    </message>
    <message>
        <source>Type another password.</source>
        <translation>Введите другой пароль.</translation>
    </message>
    <message>
        <source>Type the address messages are sent from.</source>
        <translation>Введите адрес, с которого отправляются сообщения.</translation>
    </message>
    <message>
        <source>Type the number of {0}.</source>
        <translation>Введите значение «{0}».</translation>
    </message>
    <message>
        <source>Type the password of this desk&apos;s connection string again in Settings › Chain server, or ask the chain&apos;s owner for it.</source>
        <translation>Введите пароль строки подключения этого рабочего места заново в разделе Настройки › Сервер сети или запросите его у владельца сети.</translation>
    </message>
    <message>
        <source>Type the password you logged in with.</source>
        <translation>Введите пароль, с которым вы вошли.</translation>
    </message>
    <message>
        <source>Type the port your provider gives, usually 587 or 25.</source>
        <translation>Введите порт, указанный вашим провайдером, обычно 587 или 25.</translation>
    </message>
    <message>
        <source>Type the whole number with its country code, {0}.</source>
        <translation>Введите номер полностью, с кодом страны, {0}.</translation>
    </message>
    <message>
        <source>Type {0} or less.</source>
        <translation>Введите не более {0}.</translation>
    </message>
    <message>
        <source>Undo of a payment</source>
        <translation>Отмена оплаты</translation>
    </message>
    <message>
        <source>Undo that payment first, or ask a manager to refund it.</source>
        <translation>Сначала отмените эту оплату или попросите менеджера оформить возврат.</translation>
    </message>
    <message>
        <source>Find a client: name, phone or membership code; a scanned card opens its payment</source>
        <translation>Найти клиента: имя, телефон или код абонемента; отсканированная карта сразу открывает списание</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Найденные клиенты</translation>
    </message>
    <message>
        <source>Memberships of the client</source>
        <translation>Абонементы клиента</translation>
    </message>
    <message>
        <source>History of the membership</source>
        <translation>История абонемента</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Изменить клиента…</translation>
    </message>
    <message>
        <source>Sell…</source>
        <translation>Продать…</translation>
    </message>
    <message>
        <source>Pay visit…</source>
        <translation>Списать визит…</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Заморозить…</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Разморозить</translation>
    </message>
    <message>
        <source>Stop renewing…</source>
        <translation>Отключить продление…</translation>
    </message>
    <message>
        <source>&amp;Undo payment…</source>
        <translation>От&amp;менить списание…</translation>
    </message>
    <message>
        <source>Undo the payment chosen in the history (Ctrl+Z in the history, or its context menu)</source>
        <translation>Отменить списание, выбранное в истории (Ctrl+Z в истории или её контекстное меню)</translation>
    </message>
    <message>
        <source>Undo payment…</source>
        <translation>Отменить списание…</translation>
    </message>
    <message>
        <source>Unfreeze it first, or wait until then.</source>
        <translation>Сначала разморозьте его или дождитесь этой даты.</translation>
    </message>
    <message>
        <source>Unfreeze it first.</source>
        <translation>Сначала разморозьте его.</translation>
    </message>
    <message>
        <source>Use --force to add the demo anyway, or choose another file.</source>
        <translation>Используйте --force, чтобы всё равно добавить демоданные, или выберите другой файл.</translation>
    </message>
    <message>
        <source>Use a new database file for another chain.</source>
        <translation>Для другой сети используйте новый файл базы данных.</translation>
    </message>
    <message>
        <source>Use at most 30 lower-case letters, digits and underscores, starting with a letter: e.g. downtown_1.</source>
        <translation>Используйте не более 30 строчных латинских букв, цифр и знаков подчёркивания, начиная с буквы, например downtown_1.</translation>
    </message>
    <message>
        <source>Use at most 63 lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>Используйте не более 63 строчных латинских букв, цифр и знаков подчёркивания, начиная с буквы.</translation>
    </message>
    <message>
        <source>Use at most {0} letters, digits or the signs - _ . /, starting with a letter or a digit.</source>
        <translation>Используйте не более {0} букв, цифр или знаков - _ . /, начиная с буквы или цифры.</translation>
    </message>
    <message>
        <source>Use it at one of the locations of its type.</source>
        <translation>Используйте его в одном из филиалов, где действует его тип.</translation>
    </message>
    <message>
        <source>Use postgresql+psycopg://user@host:5432/database.</source>
        <translation>Используйте формат postgresql+psycopg://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Use the name given to `desk server add-desk`.</source>
        <translation>Используйте имя, указанное в `desk server add-desk`.</translation>
    </message>
    <message>
        <source>Use the {0}&apos;s name as the desk shows it.</source>
        <translation>Укажите название ({0}) так, как оно показано в Desk.</translation>
    </message>
    <message>
        <source>Use “Duplicate type” to make a new type with the changed setting.</source>
        <translation>Используйте «Дублировать тип», чтобы создать новый тип с изменённой настройкой.</translation>
    </message>
    <message>
        <source>Wait, or ask an administrator to set a new password.</source>
        <translation>Подождите или попросите администратора задать новый пароль.</translation>
    </message>
    <message>
        <source>Work continues offline. Ask the chain&apos;s owner for a new connection string (`desk server add-desk`).</source>
        <translation>Работа продолжается офлайн. Запросите у владельца сети новую строку подключения (`desk server add-desk`).</translation>
    </message>
    <message>
        <source>Work continues offline; the next sync sends everything. Check the network or the server address in Settings.</source>
        <translation>Работа продолжается офлайн; при следующей синхронизации всё будет отправлено. Проверьте сеть или адрес сервера в Настройках.</translation>
    </message>
    <message>
        <source>Works again from {0}</source>
        <translation>Снова действует с {0}</translation>
    </message>
    <message>
        <source>Write it as yyyy-mm-dd, for example 2026-03-31.</source>
        <translation>Введите в формате гггг-мм-дд, например 2026-03-31.</translation>
    </message>
    <message>
        <source>Write it as yyyy-mm-ddThh:mm, for example 2026-03-31T14:30.</source>
        <translation>Введите в формате гггг-мм-ддTчч:мм, например 2026-03-31T14:30.</translation>
    </message>
    <message>
        <source>Write the country code first, {0}.</source>
        <translation>Сначала укажите код страны, {0}.</translation>
    </message>
    <message>
        <source>`desk closures` lists them.</source>
        <translation>Их список выводит `desk closures`.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>оплаченная сумма</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>сеть</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>ежедневная резервная копия</translation>
    </message>
    <message>
        <source>error workbook</source>
        <translation>файл с ошибками</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>first closed day</source>
        <translation>первый день закрытия</translation>
    </message>
    <message>
        <source>freeze fee</source>
        <translation>плата за заморозку</translation>
    </message>
    <message>
        <source>last closed day</source>
        <translation>последний день закрытия</translation>
    </message>
    <message>
        <source>location</source>
        <translation>филиал</translation>
    </message>
    <message>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>sale date</source>
        <translation>дата продажи</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>склад</translation>
    </message>
    <message>
        <source>template</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>{0} already belongs to this client.</source>
        <translation>{0} уже принадлежит этому клиенту.</translation>
    </message>
    <message>
        <source>{0} already exists.</source>
        <translation>{0} уже существует.</translation>
    </message>
    <message>
        <source>{0} already has the phone {1}.</source>
        <translation>Телефон {1} уже указан у клиента {0}.</translation>
    </message>
    <message>
        <source>{0} belongs to another client.</source>
        <translation>{0} принадлежит другому клиенту.</translation>
    </message>
    <message>
        <source>{0} can be frozen for at most {1} days at a time; {2} days asked.</source>
        <translation>{0}: за один раз можно заморозить не более чем на {1} дн.; запрошено {2} дн.</translation>
    </message>
    <message>
        <source>{0} can be frozen for {1} days or more at a time; {2} days asked.</source>
        <translation>{0}: за один раз можно заморозить не менее чем на {1} дн.; запрошено {2} дн.</translation>
    </message>
    <message>
        <source>{0} can&apos;t be a database role name.</source>
        <translation>{0} не может быть именем роли базы данных.</translation>
    </message>
    <message>
        <source>{0} can&apos;t name a desk.</source>
        <translation>{0} не может быть именем рабочего места.</translation>
    </message>
    <message>
        <source>{0} days asked, {1} days of freezing left.</source>
        <translation>Запрошено дней: {0}, осталось дней заморозки: {1}.</translation>
    </message>
    <message>
        <source>{0} does not include this service.</source>
        <translation>{0} не включает эту услугу.</translation>
    </message>
    <message>
        <source>{0} does not renew automatically.</source>
        <translation>{0} не продлевается автоматически.</translation>
    </message>
    <message>
        <source>{0} expired on {1}.</source>
        <translation>{0}: срок действия истёк {1}.</translation>
    </message>
    <message>
        <source>{0} expired on {1}: nothing is owed on it any more.</source>
        <translation>{0}: срок действия истёк {1}, по нему больше ничего не причитается.</translation>
    </message>
    <message>
        <source>{0} has an entry dated {1}, after the {2}&apos;s date {3}.</source>
        <translation>У {0} есть операция от {1} — позже даты операции «{2}» ({3}).</translation>
    </message>
    <message>
        <source>{0} has had as many freezes as its type allows: {1} of {2}.</source>
        <translation>{0}: использованы все заморозки, которые допускает тип: {1} из {2}.</translation>
    </message>
    <message>
        <source>{0} is already shared with as many other clients as its type allows: {1}.</source>
        <translation>{0}: уже открыт доступ стольким клиентам, сколько допускает тип: {1}.</translation>
    </message>
    <message>
        <source>{0} has no owner yet: a gift is used by whoever presents its code.</source>
        <translation>{0}: владельца ещё нет; подарочным абонементом пользуется тот, кто предъявит его код.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Undo of the {0} {1}</source>
        <translation>Отмена списания в {0}: {1}</translation>
    </message>
    <message>
        <source>Valid until {0} is before the sale date {1}. Correct one of the two dates.</source>
        <translation>Срок действия до {0} раньше даты продажи {1}. Исправьте одну из двух дат.</translation>
    </message>
    <message>
        <source>Visit of {0}</source>
        <translation>Визит {0}</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>{0} (undone)</source>
        <translation>{0} (отменён)</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0}, клиент: {1}</translation>
    </message>
    <message>
        <source>{0} can&apos;t be sold without a code, so the membership number is needed. Write its number.</source>
        <translation>{0} нельзя продать без кода, поэтому нужен номер абонемента. Укажите его номер.</translation>
    </message>
    <message>
        <source>{0} counts validity from the first visit, so the status is needed. Write issued or activated.</source>
        <translation>У {0} срок действия отсчитывается от первого визита, поэтому нужен статус. Укажите issued или activated.</translation>
    </message>
    <message>
        <source>{0} has a split balance; such memberships can&apos;t be imported. Sell them in Desk instead.</source>
        <translation>У {0} раздельный баланс по услугам; такие абонементы нельзя импортировать. Продайте их в Desk.</translation>
    </message>
    <message>
        <source>{0} has no storage for product sales, so it can&apos;t sell memberships.</source>
        <translation>В филиале {0} нет склада для продажи товаров, поэтому там нельзя продавать абонементы.</translation>
    </message>
    <message>
        <source>{0} has no storage for product sales, so memberships can&apos;t be imported there. Add a sales storage to it first, or pick another location.</source>
        <translation>У {0} нет склада для продажи товаров, поэтому импортировать туда абонементы нельзя. Сначала добавьте склад продаж или выберите другой филиал.</translation>
    </message>
    <message>
        <source>{0} has no visits left for this service.</source>
        <translation>{0}: по этой услуге визитов не осталось.</translation>
    </message>
    <message>
        <source>{0} has reached its limit of {1}; it can be used again on {2} ({3}).</source>
        <translation>{0} достиг лимита ({1}); снова использовать его можно будет {2} ({3}).</translation>
    </message>
    <message>
        <source>{0} holds no Excel workbook.</source>
        <translation>{0} не содержит книги Excel.</translation>
    </message>
    <message>
        <source>{0} includes no service.</source>
        <translation>{0} не включает ни одной услуги.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} — это папка, а не файл.</translation>
    </message>
    <message>
        <source>{0} is already booked for {1} at {2} on {3}.</source>
        <translation>У клиента {0} уже есть запись: {1}, {2}, {3}.</translation>
    </message>
    <message>
        <source>{0} is archived and can&apos;t be sold.</source>
        <translation>{0} в архиве, его нельзя продать.</translation>
    </message>
    <message>
        <source>{0} is archived: it can&apos;t be sold again.</source>
        <translation>{0} в архиве: повторно продать его нельзя.</translation>
    </message>
    <message>
        <source>{0} is damaged: its contents are not what Excel writes.</source>
        <translation>Файл {0} повреждён: его содержимое не соответствует формату Excel.</translation>
    </message>
    <message>
        <source>{0} is encrypted, so Desk can&apos;t read it.</source>
        <translation>Файл {0} зашифрован, поэтому Desk не может его прочитать.</translation>
    </message>
    <message>
        <source>{0} is frozen until {1}.</source>
        <translation>{0} заморожен до {1}.</translation>
    </message>
    <message>
        <source>{0} is not a chain server address.</source>
        <translation>{0} не является адресом сервера сети.</translation>
    </message>
    <message>
        <source>{0} is not a desk&apos;s device id.</source>
        <translation>{0} не является идентификатором устройства рабочего места.</translation>
    </message>
    <message>
        <source>{0} is not a phone number written as digits, country code first.{1}</source>
        <translation>{0} — это не номер телефона, записанный цифрами с кодом страны в начале.{1}</translation>
    </message>
    <message>
        <source>{0} is not a possible {1}.</source>
        <translation>{0} — недопустимое значение для «{1}».</translation>
    </message>
    <message>
        <source>{0} is not a regular file (it is a pipe, a device or a socket).</source>
        <translation>{0} не является обычным файлом (это канал, устройство или сокет).</translation>
    </message>
    <message>
        <source>{0} is not a valid phone number.</source>
        <translation>{0} — недопустимый номер телефона.</translation>
    </message>
    <message>
        <source>{0} is not a way to resolve it.</source>
        <translation>{0} — недопустимый способ разрешения.</translation>
    </message>
    <message>
        <source>{0} is not an Excel .xlsx file.</source>
        <translation>{0} не является файлом Excel .xlsx.</translation>
    </message>
    <message>
        <source>{0} is not an amount of money.</source>
        <translation>{0} не является денежной суммой.</translation>
    </message>
    <message>
        <source>{0} is not one of the chain&apos;s freeze reasons.</source>
        <translation>{0} нет в списке причин заморозки сети.</translation>
    </message>
    <message>
        <source>{0} is not overdrawn.</source>
        <translation>{0}: перерасхода визитов нет.</translation>
    </message>
    <message>
        <source>{0} is not shared with this client.</source>
        <translation>У этого клиента нет совместного доступа к {0}.</translation>
    </message>
    <message>
        <source>{0} is not sold at this location.</source>
        <translation>{0} не продаётся в этом филиале.</translation>
    </message>
    <message>
        <source>{0} is not valid at this location.</source>
        <translation>{0} не действует в этом филиале.</translation>
    </message>
    <message>
        <source>{0} is not valid at {1}. Choose a location where the type is valid, or add the location to the type.</source>
        <translation>{0} не действует в филиале {1}. Выберите филиал, где действует тип, или добавьте филиал в тип.</translation>
    </message>
    <message>
        <source>{0} is overdrawn by more visits than a whole package holds.</source>
        <translation>{0}: перерасход визитов больше, чем вмещает целый абонемент.</translation>
    </message>
    <message>
        <source>{0} is the database or one of its backups: the {1} can&apos;t be written over it.</source>
        <translation>{0} — это база данных или одна из её резервных копий: записать поверх неё файл ({1}) нельзя.</translation>
    </message>
    <message>
        <source>{0} is too long for a phone number ({1} digits).</source>
        <translation>{0} слишком длинный для номера телефона (цифр: {1}).</translation>
    </message>
    <message>
        <source>{0} is too short for a phone number ({1} digits).</source>
        <translation>{0} слишком короткий для номера телефона (цифр: {1}).</translation>
    </message>
    <message>
        <source>{0} is valid at no location.</source>
        <translation>{0} не действует ни в одном филиале.</translation>
    </message>
    <message>
        <source>{0} is {1}: it can&apos;t be shared.</source>
        <translation>{0} в статусе «{1}»: открыть совместный доступ нельзя.</translation>
    </message>
    <message>
        <source>{0} is {1}: it can&apos;t be transferred.</source>
        <translation>{0} в статусе «{1}»: передать его нельзя.</translation>
    </message>
    <message>
        <source>{0} may no longer use it</source>
        <translation>{0} больше не может им пользоваться</translation>
    </message>
    <message>
        <source>{0} may use it too</source>
        <translation>{0} тоже может им пользоваться</translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be edited.</source>
        <translation>Абонементы типа {0} нельзя изменять.</translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be frozen.</source>
        <translation>Абонементы типа {0} нельзя замораживать.</translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be shared.</source>
        <translation>Абонементы типа {0} нельзя использовать совместно.</translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be transferred to another client.</source>
        <translation>Абонементы типа {0} нельзя передавать другому клиенту.</translation>
    </message>
    <message>
        <source>{0} missed or cancelled late</source>
        <translation>{0}: неявка или поздняя отмена</translation>
    </message>
    <message>
        <source>{0} needs a membership code.</source>
        <translation>Для типа {0} нужен код абонемента.</translation>
    </message>
    <message>
        <source>{0} paid back to the client; no visits left</source>
        <translation>Клиенту возвращено {0}; визитов не осталось</translation>
    </message>
    <message>
        <source>{0} sessions is more than {1} holds ({2}). Write {3} or fewer.</source>
        <translation>Визитов: {0} — больше, чем в {1} ({2}). Укажите {3} или меньше.</translation>
    </message>
    <message>
        <source>{0} visit of {1}</source>
        <translation>{0}: визит {1}</translation>
    </message>
    <message>
        <source>{0} visits is not possible; give 1 to {1}.</source>
        <translation>Число визитов {0} недопустимо; укажите от 1 до {1}.</translation>
    </message>
    <message>
        <source>{0} visits {1} is not a possible limit.</source>
        <translation>Лимит {0} визитов ({1}) недопустим.</translation>
    </message>
    <message>
        <source>{0} was cancelled on {1}: its sale was voided.</source>
        <translation>{0} аннулирован {1}: его продажа отменена.</translation>
    </message>
    <message>
        <source>{0} was imported, not sold here: there is no sale to void.</source>
        <translation>{0} был импортирован, а не продан здесь: аннулировать нечего.</translation>
    </message>
    <message>
        <source>{0} was refunded on {1}.</source>
        <translation>По {0} оформлен возврат {1}.</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the edit&apos;s date {2}.</source>
        <translation>{0} продан {1}, то есть позже даты изменения ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the refund&apos;s date {2}.</source>
        <translation>{0} продан {1}, то есть позже даты возврата ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the transfer&apos;s date {2}.</source>
        <translation>{0} продан {1}, то есть позже даты передачи ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after this booking ({2}).</source>
        <translation>{0} продан {1}, то есть позже этой записи ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after this visit.</source>
        <translation>{0} продан {1}, то есть позже этого визита.</translation>
    </message>
    <message>
        <source>{0} was sold on {1}; a sale can be voided only the same business day (today is {2}).</source>
        <translation>{0} продан {1}; аннулировать продажу можно только в тот же рабочий день (сегодня {2}).</translation>
    </message>
    <message>
        <source>{0}: the cell {1}. {2}</source>
        <translation>{0}: ячейка {1}. {2}</translation>
    </message>
    <message>
        <source>{0}: {1} is longer than this column ever is ({2} characters at most). Correct the cell.</source>
        <translation>{0}: {1} длиннее, чем допускает этот столбец (не более {2} символов). Исправьте ячейку.</translation>
    </message>
    <message>
        <source>{0}: {1} is not between {2} and {3}. Check the year.</source>
        <translation>{0}: {1} не между {2} и {3}. Проверьте год.</translation>
    </message>
    <message>
        <source>{0}: {1}. Write it as yyyy-mm-dd, e.g. {2}.</source>
        <translation>{0}: {1}. Запишите как гггг-мм-дд, например {2}.</translation>
    </message>
    <message>
        <source>{0}; fee {1} due</source>
        <translation>{0}; к оплате за заморозку: {1}</translation>
    </message>
    <message>
        <source>{{what}} can&apos;t change once a membership of this type has been sold.</source>
        <translation>{{what}}: нельзя изменить после продажи хотя бы одного абонемента этого типа.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Язык окна</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>Dates, times and amounts are written as the language&apos;s country writes them. The window speaks the language chosen from its next start; nothing in the data changes.</source>
        <translation>Даты, время и суммы записываются так, как принято в стране языка. Окно переходит на выбранный язык при следующем запуске; данные не меняются.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>saved — type a new one to replace it</source>
        <translation>сохранено — введите новое, чтобы заменить</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Use STARTTLS (encrypted)</source>
        <translation>Использовать STARTTLS (шифрование)</translation>
    </message>
    <message>
        <source>E-mail password</source>
        <translation>Пароль почты</translation>
    </message>
    <message>
        <source>SMS gateway token</source>
        <translation>Токен SMS-шлюза</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keyring and never shown again. Leave a field empty to keep the one saved. No server set up: messages wait in the outbox.</source>
        <translation>Пароли и токены хранятся в системном хранилище ключей и больше не показываются. Оставьте поле пустым, чтобы сохранить прежнее значение. Пока сервер не настроен, сообщения ждут в очереди отправки.</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in this desk&apos;s database, marked secret (this computer has no system keyring), and never shown again. Leave a field empty to keep the one saved. No server set up: messages wait in the outbox.</source>
        <translation>Пароли и токены хранятся в базе данных этого рабочего места с пометкой «секретно» (на этом компьютере нет системного хранилища ключей) и больше не показываются. Оставьте поле пустым, чтобы сохранить прежнее значение. Пока сервер не настроен, сообщения ждут в очереди отправки.</translation>
    </message>
    <message>
        <source>E-mail server</source>
        <translation>Почтовый сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Desk — log in</source>
        <translation>Desk — вход</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>По&amp;вторите его</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Save and log in</source>
        <translation>Сохранить и войти</translation>
    </message>
    <message numerus="yes">
        <source>Choose a new password for {user} before you start (at least %n characters).</source>
        <translation>
            <numerusform>Придумайте новый пароль для {user}, прежде чем начать (не менее %n символа).</numerusform>
            <numerusform>Придумайте новый пароль для {user}, прежде чем начать (не менее %n символов).</numerusform>
            <numerusform>Придумайте новый пароль для {user}, прежде чем начать (не менее %n символов).</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Два новых пароля не совпадают.</translation>
    </message>
    <message>
        <source>Type the new password twice.</source>
        <translation>Введите новый пароль дважды.</translation>
    </message>
    <message>
        <source>Saving the new password…</source>
        <translation>Сохранение нового пароля…</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>SMS gateway address</source>
        <translation>Адрес SMS-шлюза</translation>
    </message>
    <message>
        <source>Request body (%TO%, %MESSAGE%)</source>
        <translation>Тело запроса (%TO%, %MESSAGE%)</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Токен шлюза</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Т&amp;елефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Saved as {phone}</source>
        <translation>Будет сохранён как {phone}</translation>
    </message>
    <message>
        <source>Not a complete phone number yet</source>
        <translation>Номер телефона ещё не полный</translation>
    </message>
    <message>
        <source>Saving the client…</source>
        <translation>Сохранение клиента…</translation>
    </message>
    <message>
        <source>Saving {what}…</source>
        <translation>Сохранение: {what}…</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Сохранение настроек…</translation>
    </message>
    <message>
        <source>Database upgraded from schema {before} to {after}; the previous file is kept at {backup}.</source>
        <translation>База данных обновлена со схемы {before} до схемы {after}; прежний файл сохранён в {backup}.</translation>
    </message>
    <message>
        <source>Database upgraded from schema {before} to {after}.</source>
        <translation>База данных обновлена со схемы {before} до схемы {after}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Desk — first start</source>
        <translation>Desk — первый запуск</translation>
    </message>
    <message>
        <source>This database is empty. Try Desk with the demo chain “Demo Studio”, or start your own chain?</source>
        <translation>Эта база данных пуста. Попробовать Desk на демонстрационной сети «Demo Studio» или начать свою сеть?</translation>
    </message>
    <message>
        <source>Create demo chain</source>
        <translation>Создать демонстрационную сеть</translation>
    </message>
    <message>
        <source>Start empty chain</source>
        <translation>Начать пустую сеть</translation>
    </message>
    <message>
        <source>Creating the demo chain…</source>
        <translation>Создание демонстрационной сети…</translation>
    </message>
    <message>
        <source>Demo chain created. Log in as admin / admin.</source>
        <translation>Демонстрационная сеть создана. Войдите как admin / admin.</translation>
    </message>
    <message>
        <source>Desk — new chain</source>
        <translation>Desk — новая сеть</translation>
    </message>
    <message>
        <source>Name of your chain:</source>
        <translation>Название вашей сети:</translation>
    </message>
    <message>
        <source>Choose the password of the user “admin”:</source>
        <translation>Придумайте пароль пользователя «admin»:</translation>
    </message>
    <message>
        <source>Starting the chain…</source>
        <translation>Создание сети…</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Записать всё равно</translation>
    </message>
    <message>
        <source>This start has passed. Why book it anyway?</source>
        <translation>Это время начала уже прошло. Почему всё же записать?</translation>
    </message>
    <message>
        <source>Book for {client}</source>
        <translation>Запись для клиента {client}</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Филиал</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Услуги</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Services to book</source>
        <translation>Услуги для записи</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Check and &amp;book</source>
        <translation>Проверить и &amp;записать</translation>
    </message>
    <message>
        <source>Book &amp;anyway…</source>
        <translation>Записать &amp;всё равно…</translation>
    </message>
    <message>
        <source>Tick at least one service.</source>
        <translation>Отметьте хотя бы одну услугу.</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>{service}, covered by {membership}</source>
        <translation>{service} — по абонементу {membership}</translation>
    </message>
    <message>
        <source>the no-code membership</source>
        <translation>абонементу без кода</translation>
    </message>
    <message>
        <source>Booked: {services}</source>
        <translation>Записано: {services}</translation>
    </message>
    <message>
        <source>counted from the first visit</source>
        <translation>отсчитывается с первого визита</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>whoever shows this card</source>
        <translation>тот, кто предъявит эту карту</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Абонемент</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>The {type} membership has no code to print.</source>
        <translation>У абонемента «{type}» нет кода для печати.</translation>
    </message>
    <message>
        <source>Print the receipt instead, or give the membership a code.</source>
        <translation>Распечатайте вместо неё чек или присвойте абонементу код.</translation>
    </message>
    <message>
        <source>Membership card — {type}</source>
        <translation>Карта абонемента — {type}</translation>
    </message>
    <message>
        <source>Save membership card as PDF</source>
        <translation>Сохранить карту абонемента в PDF</translation>
    </message>
    <message>
        <source>Gift {code} · {type} · no owner yet: it pays the visit of whoever presents it</source>
        <translation>Подарок {code} · {type} · владельца пока нет: оплачивает визит того, кто его предъявит</translation>
    </message>
    <message>
        <source>No client found.</source>
        <translation>Клиент не найден.</translation>
    </message>
    <message>
        <source>Type in the search box to find a client.</source>
        <translation>Введите запрос в поле поиска, чтобы найти клиента.</translation>
    </message>
    <message numerus="yes">
        <source>{name} · {phone} · %n memberships</source>
        <translation>
            <numerusform>{name} · {phone} · %n абонемент</numerusform>
            <numerusform>{name} · {phone} · %n абонемента</numerusform>
            <numerusform>{name} · {phone} · %n абонементов</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {membership}</source>
        <translation>История: {membership}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Unfreezing…</source>
        <translation>Разморозка…</translation>
    </message>
    <message>
        <source>{type} of {client}</source>
        <translation>{type} ({client})</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>без владельца</translation>
    </message>
    <message>
        <source>Stop renewing {name}? It stays valid until {day} and is not charged again.</source>
        <translation>Отключить продление {name}? Абонемент действует до {day}, и больше оплата за него не списывается.</translation>
    </message>
    <message>
        <source>Stop renewing {name}? It stays valid to its end and is not charged again.</source>
        <translation>Отключить продление {name}? Абонемент действует до конца срока, и больше оплата за него не списывается.</translation>
    </message>
    <message>
        <source>Stop renewing</source>
        <translation>Отключить продление</translation>
    </message>
    <message>
        <source>Stopping the renewal…</source>
        <translation>Прекращаем продление…</translation>
    </message>
    <message>
        <source>already frozen then</source>
        <translation>уже заморожен в эти дни</translation>
    </message>
    <message>
        <source>a visit inside the days</source>
        <translation>в эти дни есть визит</translation>
    </message>
    <message>
        <source>left as it is: {why}</source>
        <translation>оставлен без изменений: {why}</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>бессрочный</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>без кода</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation>Новая дата окончания</translation>
    </message>
    <message>
        <source>Close a location</source>
        <translation>Закрытие филиала</translation>
    </message>
    <message>
        <source>Location closed</source>
        <translation>Закрываемый филиал</translation>
    </message>
    <message>
        <source>First closed day</source>
        <translation>Первый день закрытия</translation>
    </message>
    <message>
        <source>Last closed day</source>
        <translation>Последний день закрытия</translation>
    </message>
    <message>
        <source>Memberships the closure freezes</source>
        <translation>Абонементы, которые заморозит закрытие</translation>
    </message>
    <message>
        <source>&amp;Close location…</source>
        <translation>&amp;Закрыть филиал…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;First closed day</source>
        <translation>&amp;Первый день закрытия</translation>
    </message>
    <message>
        <source>Las&amp;t closed day</source>
        <translation>П&amp;оследний день закрытия</translation>
    </message>
    <message>
        <source>Finding the memberships…</source>
        <translation>Поиск абонементов…</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships frozen for {days}; expiries move by as many.</source>
        <translation>
            <numerusform>%n абонемент заморожен на {days}; даты окончания сдвигаются на столько же.</numerusform>
            <numerusform>%n абонемента заморожены на {days}; даты окончания сдвигаются на столько же.</numerusform>
            <numerusform>%n абонементов заморожено на {days}; даты окончания сдвигаются на столько же.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close {location} from {first} to {last} and freeze %n memberships?</source>
        <translation>
            <numerusform>Закрыть {location} с {first} по {last} и заморозить %n абонемент?</numerusform>
            <numerusform>Закрыть {location} с {first} по {last} и заморозить %n абонемента?</numerusform>
            <numerusform>Закрыть {location} с {first} по {last} и заморозить %n абонементов?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close location</source>
        <translation>Закрыть филиал</translation>
    </message>
    <message>
        <source>&amp;Close location</source>
        <translation>&amp;Закрыть филиал</translation>
    </message>
    <message>
        <source>Closing the location…</source>
        <translation>Закрытие филиала…</translation>
    </message>
    <message numerus="yes">
        <source>{location} is closed from {first} to {last}: %n memberships frozen.</source>
        <translation>
            <numerusform>{location} закрыт с {first} по {last}: заморожен %n абонемент.</numerusform>
            <numerusform>{location} закрыт с {first} по {last}: заморожено %n абонемента.</numerusform>
            <numerusform>{location} закрыт с {first} по {last}: заморожено %n абонементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clos&amp;e a location…</source>
        <translation>&amp;Закрыть филиал…</translation>
    </message>
    <message>
        <source>&amp;Reopen a location…</source>
        <translation>&amp;Возобновить работу филиала…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Чем оплачено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Memberships held</source>
        <translation>Абонементы клиента</translation>
    </message>
    <message>
        <source>not activated yet</source>
        <translation>не активирован</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>заморожен</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>израсходован</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>возвращён</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>остался %n визит</numerusform>
            <numerusform>осталось %n визита</numerusform>
            <numerusform>осталось %n визитов</numerusform>
        </translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>до {day}</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <source>Day sheet — {location}, {day}</source>
        <translation>Лист дня — {location}, {day}</translation>
    </message>
    <message>
        <source>printed at {time}</source>
        <translation>напечатан в {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n bookings</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Writing the day sheet…</source>
        <translation>Формирование листа дня…</translation>
    </message>
    <message>
        <source>Desk — this desk&apos;s location</source>
        <translation>Desk — филиал этого ресепшена</translation>
    </message>
    <message>
        <source>Where does this desk work? It is the default for selling, paying, booking and the Today tab. Settings › This desk changes it.</source>
        <translation>Где работает этот ресепшен? Этот филиал будет использоваться по умолчанию для продаж, списаний, записи и вкладки «Сегодня». Изменить его можно в разделе Настройки › Этот ресепшен.</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>Спросить позже</translation>
    </message>
    <message>
        <source>Saving this desk&apos;s location…</source>
        <translation>Сохранение филиала этого ресепшена…</translation>
    </message>
    <message>
        <source>Doing the work that is due…</source>
        <translation>Выполнение запланированных задач…</translation>
    </message>
    <message>
        <source>Due work failed: {reason}</source>
        <translation>Запланированные задачи не выполнены: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships started their validity</source>
        <translation>
            <numerusform>у %n абонемента начался срок действия</numerusform>
            <numerusform>у %n абонементов начался срок действия</numerusform>
            <numerusform>у %n абонементов начался срок действия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed visits were deducted</source>
        <translation>
            <numerusform>списан %n пропущенный визит</numerusform>
            <numerusform>списано %n пропущенных визита</numerusform>
            <numerusform>списано %n пропущенных визитов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships renewed</source>
        <translation>
            <numerusform>продлён %n абонемент</numerusform>
            <numerusform>продлено %n абонемента</numerusform>
            <numerusform>продлено %n абонементов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships had already expired; their remaining visits were written off</source>
        <translation>
            <numerusform>%n абонемент уже истёк; оставшиеся визиты списаны</numerusform>
            <numerusform>%n абонемента уже истекли; оставшиеся визиты списаны</numerusform>
            <numerusform>%n абонементов уже истекли; оставшиеся визиты списаны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent</source>
        <translation>
            <numerusform>отправлено %n сообщение</numerusform>
            <numerusform>отправлено %n сообщения</numerusform>
            <numerusform>отправлено %n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages could not be sent (see the Outbox)</source>
        <translation>
            <numerusform>не удалось отправить %n сообщение (см. «Исходящие»)</numerusform>
            <numerusform>не удалось отправить %n сообщения (см. «Исходящие»)</numerusform>
            <numerusform>не удалось отправить %n сообщений (см. «Исходящие»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>Запланированных задач не было.</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Исходящие…</translation>
    </message>
    <message>
        <source>&amp;Payments due…</source>
        <translation>Платежи &amp;к оплате…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Desk ran into an unexpected problem. Nothing was changed.

The details are in {log} — please send that file to support.</source>
        <translation>В Desk произошла непредвиденная ошибка. Ничего не изменено.

Подробности — в файле {log}; пожалуйста, отправьте его в службу поддержки.</translation>
    </message>
    <message>
        <source>Freeze {membership}</source>
        <translation>Заморозить {membership}</translation>
    </message>
    <message>
        <source>Days frozen</source>
        <translation>Дней заморозки</translation>
    </message>
    <message>
        <source>Unfreeze date</source>
        <translation>Дата разморозки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>What the freeze does</source>
        <translation>Что даёт заморозка</translation>
    </message>
    <message>
        <source>Freeze for the days left</source>
        <translation>Заморозить на оставшиеся дни</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>&amp;Заморозить</translation>
    </message>
    <message>
        <source>Frozen from</source>
        <translation>Заморожен с</translation>
    </message>
    <message>
        <source>For &amp;days</source>
        <translation>&amp;Дней</translation>
    </message>
    <message>
        <source>&amp;Unfreeze on</source>
        <translation>Дата &amp;разморозки</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Выберите причину</translation>
    </message>
    <message numerus="yes">
        <source>Freeze for %n days</source>
        <translation>
            <numerusform>Заморозить на %n день</numerusform>
            <numerusform>Заморозить на %n дня</numerusform>
            <numerusform>Заморозить на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Freezing days left: {days}.</source>
        <translation>Осталось дней заморозки: {days}.</translation>
    </message>
    <message>
        <source>Freezing days left: {days} ({after} after this freeze).</source>
        <translation>Осталось дней заморозки: {days} ({after} после этой заморозки).</translation>
    </message>
    <message>
        <source>New expiry: {day}.</source>
        <translation>Новый срок действия: {day}.</translation>
    </message>
    <message>
        <source>A fee of {fee} will be due (in Payments due).</source>
        <translation>Нужно будет оплатить сбор {fee} (в разделе «Платежи к оплате»).</translation>
    </message>
    <message>
        <source>Freezing…</source>
        <translation>Заморозка…</translation>
    </message>
    <message>
        <source>Freeze reasons</source>
        <translation>Причины заморозки</translation>
    </message>
    <message>
        <source>New freeze reason</source>
        <translation>Новая причина заморозки</translation>
    </message>
    <message>
        <source>A reason to add, e.g. Pregnancy</source>
        <translation>Причина, которую добавить, например: Беременность</translation>
    </message>
    <message>
        <source>A&amp;dd reason</source>
        <translation>&amp;Добавить причину</translation>
    </message>
    <message>
        <source>Remo&amp;ve reason</source>
        <translation>&amp;Удалить причину</translation>
    </message>
    <message>
        <source>The receptionist picks one of these when freezing; a type may require one. Memberships frozen before keep the reason they have.</source>
        <translation>Администратор выбирает одну из них при заморозке; тип абонемента может её требовать. Уже замороженные абонементы сохраняют свою причину.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Новая причина</translation>
    </message>
    <message>
        <source>Undo payment</source>
        <translation>Отменить списание</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undoing the payment…</source>
        <translation>Отмена списания…</translation>
    </message>
    <message>
        <source>Undo the {time} {service} visit? The visit goes back to {membership}.</source>
        <translation>Отменить визит «{service}» в {time}? Визит вернётся на {membership}.</translation>
    </message>
    <message>
        <source>Undo the {time} visit? The visit goes back to {membership}.</source>
        <translation>Отменить визит в {time}? Визит вернётся на {membership}.</translation>
    </message>
    <message>
        <source>Undo the {time} {service} visit of {day}? The visit goes back to {membership}.</source>
        <translation>Отменить визит «{service}» {day} в {time}? Визит вернётся на {membership}.</translation>
    </message>
    <message>
        <source>Undo the {time} visit of {day}? The visit goes back to {membership}.</source>
        <translation>Отменить визит {day} в {time}? Визит вернётся на {membership}.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>ресепшен</translation>
    </message>
    <message>
        <source>&amp;Clients &amp;&amp; memberships</source>
        <translation>&amp;Клиенты &amp;&amp; абонементы</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Membership &amp;types</source>
        <translation>&amp;Типы абонементов</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Проверка {file}…</translation>
    </message>
    <message>
        <source>Import memberships</source>
        <translation>Импорт абонементов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n memberships from {file}.</source>
        <translation>
            <numerusform>Импортирован %n абонемент из {file}.</numerusform>
            <numerusform>Импортировано %n абонемента из {file}.</numerusform>
            <numerusform>Импортировано %n абонементов из {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n memberships.</source>
        <translation>
            <numerusform>Импортирован %n абонемент.</numerusform>
            <numerusform>Импортировано %n абонемента.</numerusform>
            <numerusform>Импортировано %n абонементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the file with its errors marked</source>
        <translation>Сохранить файл с отмеченными ошибками</translation>
    </message>
    <message>
        <source>Marking the errors…</source>
        <translation>Отмечаем ошибки…</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Сохранить шаблон импорта</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Запись шаблона…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows of {file} as %n memberships {of_clients}?</source>
        <translation>
            <numerusform>Импортировать %n строку из {file} как %n абонемент {of_clients}?</numerusform>
            <numerusform>Импортировать %n строки из {file} как %n абонемента {of_clients}?</numerusform>
            <numerusform>Импортировать %n строк из {file} как %n абонементов {of_clients}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n clients</source>
        <translation>
            <numerusform>для %n клиента</numerusform>
            <numerusform>для %n клиентов</numerusform>
            <numerusform>для %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows of {file} as %n memberships?</source>
        <translation>
            <numerusform>Импортировать %n строку из {file} как %n абонемент?</numerusform>
            <numerusform>Импортировать %n строки из {file} как %n абонемента?</numerusform>
            <numerusform>Импортировать %n строк из {file} как %n абонементов?</numerusform>
        </translation>
    </message>
    <message>
        <source>No new clients are added: every phone is a client of Desk already.</source>
        <translation>Новые клиенты не добавляются: каждый телефон уже принадлежит клиенту Desk.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them had already expired; the desk writes off their remaining visits.</source>
        <translation>
            <numerusform>%n из них уже истёк; оставшиеся визиты списываются.</numerusform>
            <numerusform>%n из них уже истекли; оставшиеся визиты списываются.</numerusform>
            <numerusform>%n из них уже истекли; оставшиеся визиты списываются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have already expired: their remaining visits will be written off.</source>
        <translation>
            <numerusform>%n из них уже истёк: оставшиеся визиты будут списаны.</numerusform>
            <numerusform>%n из них уже истекли: оставшиеся визиты будут списаны.</numerusform>
            <numerusform>%n из них уже истекли: оставшиеся визиты будут списаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file can&apos;t be read; nothing can be imported from it.</source>
        <translation>Файл не удаётся прочитать; из него ничего нельзя импортировать.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts}: nothing can be imported until every error is fixed. Fix the file and choose it again.</source>
        <translation>{counts}: ничего нельзя импортировать, пока не исправлены все ошибки. Исправьте файл и выберите его снова.</translation>
    </message>
    <message>
        <source>{rows}, no errors, {warnings}. Commit to import them.</source>
        <translation>{rows}, без ошибок, {warnings}. Подтвердите, чтобы импортировать.</translation>
    </message>
    <message>
        <source>{rows}, no errors. Commit to import them.</source>
        <translation>{rows}, без ошибок. Подтвердите, чтобы импортировать.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;Find a client</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <source>Check a &amp;booking…</source>
        <translation>&amp;Проверить запись…</translation>
    </message>
    <message>
        <source>&amp;Log out / Switch user</source>
        <translation>Выйти / &amp;сменить пользователя</translation>
    </message>
    <message>
        <source>Find and choose a client first (Ctrl+F).</source>
        <translation>Сначала найдите и выберите клиента (Ctrl+F).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Issued, not activated</source>
        <translation>Выданы, не активированы</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Заморожен</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Израсходован</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date of sale</source>
        <translation>Дата продажи</translation>
    </message>
    <message>
        <source>Place of sale</source>
        <translation>Филиал продажи</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <source>Amount debited</source>
        <translation>Списанная сумма</translation>
    </message>
    <message>
        <source>not activated</source>
        <translation>не активирован</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(без кода)</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>гггг-мм-дд</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>exact number</source>
        <translation>точный номер</translation>
    </message>
    <message>
        <source>starts with digits</source>
        <translation>начинается с цифр</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <source>Memberships report</source>
        <translation>Отчёт по абонементам</translation>
    </message>
    <message>
        <source>&amp;Sold</source>
        <translation>&amp;Продан</translation>
    </message>
    <message>
        <source>Place of s&amp;ale</source>
        <translation>Филиал п&amp;родажи</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Стат&amp;ус</translation>
    </message>
    <message>
        <source>Us&amp;ed</source>
        <translation>Испо&amp;льзован</translation>
    </message>
    <message>
        <source>&amp;Place of use</source>
        <translation>&amp;Филиал использования</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Действует до</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>Ост&amp;аток</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Т&amp;елефон</translation>
    </message>
    <message>
        <source>Any place of sale</source>
        <translation>Любой филиал продажи</translation>
    </message>
    <message>
        <source>Any place of use</source>
        <translation>Любой филиал использования</translation>
    </message>
    <message>
        <source>{code} · {type} · {left}, until {day}</source>
        <translation>{code} · {type} · {left}, до {day}</translation>
    </message>
    <message>
        <source>{code} · {type} · {left}</source>
        <translation>{code} · {type} · {left}</translation>
    </message>
    <message>
        <source>Pay anyway</source>
        <translation>Списать всё равно</translation>
    </message>
    <message>
        <source>This membership has reached its visit limit. Why pay this visit anyway?</source>
        <translation>Этот абонемент достиг лимита визитов. Почему всё же списать этот визит?</translation>
    </message>
    <message>
        <source>Pay another visit?</source>
        <translation>Списать ещё один визит?</translation>
    </message>
    <message>
        <source>Pay a visit — {client}</source>
        <translation>Списать визит — {client}</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>Memberships that can pay</source>
        <translation>Абонементы, с которых можно списать</translation>
    </message>
    <message>
        <source>Memberships that can&apos;t pay, and why</source>
        <translation>Абонементы, с которых нельзя списать, и почему</translation>
    </message>
    <message>
        <source>Sell a membership that covers this visit</source>
        <translation>Продать абонемент, который покрывает этот визит</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Списать</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Списать</translation>
    </message>
    <message>
        <source>Undo the payment</source>
        <translation>Отменить списание</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Услуга</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Абонемент</translation>
    </message>
    <message>
        <source>Can&apos;t pay</source>
        <translation>Нельзя списать</translation>
    </message>
    <message>
        <source>{membership} — {reason}</source>
        <translation>{membership} — {reason}</translation>
    </message>
    <message>
        <source>Unfreeze now</source>
        <translation>Разморозить сейчас</translation>
    </message>
    <message>
        <source>Pay anyway…</source>
        <translation>Списать всё равно…</translation>
    </message>
    <message>
        <source>Sell {type}</source>
        <translation>Продать {type}</translation>
    </message>
    <message>
        <source>No membership of this client can pay this visit: why is under “Can&apos;t pay” above.</source>
        <translation>Ни с одного абонемента этого клиента нельзя списать этот визит: причины указаны выше, в разделе «Нельзя списать».</translation>
    </message>
    <message>
        <source>No membership of this client can pay this visit.</source>
        <translation>Ни с одного абонемента этого клиента нельзя списать этот визит.</translation>
    </message>
    <message>
        <source>Unfreezing {membership}…</source>
        <translation>Разморозка {membership}…</translation>
    </message>
    <message>
        <source>Unfrozen: {membership}.</source>
        <translation>Разморожен: {membership}.</translation>
    </message>
    <message>
        <source>Paying the visit…</source>
        <translation>Списание визита…</translation>
    </message>
    <message>
        <source>{client} already had {service} today at {time} ({location}). Pay another visit?</source>
        <translation>У клиента {client} уже был визит «{service}» сегодня в {time} ({location}). Списать ещё один визит?</translation>
    </message>
    <message>
        <source>{client} already had {service} on {day} at {time} ({location}). Pay another visit?</source>
        <translation>У клиента {client} уже был визит «{service}» {day} в {time} ({location}). Списать ещё один визит?</translation>
    </message>
    <message>
        <source>Paid {service} with {membership}.</source>
        <translation>Списано: {service}, абонемент {membership}.</translation>
    </message>
    <message>
        <source>Payment undone: {membership}.</source>
        <translation>Списание отменено: {membership}.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>наличные</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Paid ({method})</source>
        <translation>Оплачено ({method})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Receipt for a membership</source>
        <translation>Чек за абонемент</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>Show this code at your next visit:</source>
        <translation>Покажите этот код при следующем визите:</translation>
    </message>
    <message>
        <source>Receipt — {type}</source>
        <translation>Чек — {type}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Reopen a location</source>
        <translation>Возобновление работы филиала</translation>
    </message>
    <message>
        <source>Reopens</source>
        <translation>Открывается</translation>
    </message>
    <message>
        <source>Still frozen</source>
        <translation>Ещё заморожено</translation>
    </message>
    <message>
        <source>{running} of {frozen}</source>
        <translation>{running} из {frozen}</translation>
    </message>
    <message>
        <source>Closures still running</source>
        <translation>Действующие закрытия</translation>
    </message>
    <message>
        <source>&amp;Reopen today…</source>
        <translation>&amp;Открыть сегодня…</translation>
    </message>
    <message>
        <source>Choose a closure to end today; its memberships get back the days not closed.</source>
        <translation>Выберите закрытие, чтобы завершить его сегодня; его абонементам вернутся дни, когда филиал не был закрыт.</translation>
    </message>
    <message>
        <source>No location is closed now.</source>
        <translation>Сейчас закрытых филиалов нет.</translation>
    </message>
    <message numerus="yes">
        <source>End the closure that began on {first} today ({today}) and unfreeze its %n memberships?</source>
        <translation>
            <numerusform>Завершить сегодня ({today}) закрытие, начавшееся {first}, и разморозить его %n абонемент?</numerusform>
            <numerusform>Завершить сегодня ({today}) закрытие, начавшееся {first}, и разморозить его %n абонемента?</numerusform>
            <numerusform>Завершить сегодня ({today}) закрытие, начавшееся {first}, и разморозить его %n абонементов?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen today</source>
        <translation>&amp;Открыть сегодня</translation>
    </message>
    <message>
        <source>Reopening…</source>
        <translation>Возобновление работы…</translation>
    </message>
    <message numerus="yes">
        <source>Reopened: %n memberships unfrozen, credited the days closed.</source>
        <translation>
            <numerusform>Работа возобновлена: %n абонемент разморожен, дни закрытия зачтены.</numerusform>
            <numerusform>Работа возобновлена: %n абонемента разморожены, дни закрытия зачтены.</numerusform>
            <numerusform>Работа возобновлена: %n абонементов разморожено, дни закрытия зачтены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Сохранить чек в PDF</translation>
    </message>
    <message>
        <source>Sell a membership</source>
        <translation>Продать абонемент</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Тип абонемента</translation>
    </message>
    <message>
        <source>a code, or Generate</source>
        <translation>код или «Сгенерировать»</translation>
    </message>
    <message>
        <source>Overdraft</source>
        <translation>Перерасход</translation>
    </message>
    <message>
        <source>Duplicate code</source>
        <translation>Повтор кода</translation>
    </message>
    <message>
        <source>Duplicate client</source>
        <translation>Повтор клиента</translation>
    </message>
    <message>
        <source>Duplicate name</source>
        <translation>Повтор названия</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>&amp;Charge the visits</source>
        <translation>&amp;Взять оплату за визиты</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Продлить</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>Сп&amp;исать</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>An overdraft is resolved by one ledger entry that every desk receives at its next sync. Duplicate codes stay as sold; tell the clients apart by name. Clients and names added alike on two desks were settled by the sync: check them, then mark them reviewed. A row set aside came from the chain server and could not be applied here (or was changed here and may not be sent); the sync went on without it: tell whoever runs the chain server, then mark it reviewed.</source>
        <translation>Перерасход закрывается одной записью в журнале, которую каждый ресепшен получит при следующей синхронизации. Повторяющиеся коды остаются как проданы; различайте клиентов по имени. Клиентов и названия, одинаково добавленные на двух ресепшенах, синхронизация уже согласовала: проверьте их и отметьте как проверенные. Отложенная строка пришла с сервера сети и не могла быть применена здесь (или была изменена здесь и не может быть отправлена); синхронизация продолжилась без неё: сообщите тому, кто обслуживает сервер сети, и отметьте её как проверенную.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Amount taken</source>
        <translation>Полученная сумма</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>&amp;Отметить как проверенное</translation>
    </message>
    <message>
        <source>Amount taken (charge or extend)</source>
        <translation>Полученная сумма (оплата или продление)</translation>
    </message>
    <message>
        <source>No conflicts: every desk agrees.</source>
        <translation>Конфликтов нет: данные всех ресепшенов совпадают.</translation>
    </message>
    <message>
        <source>charge {charge} · extend {extend}</source>
        <translation>оплата {charge} · продление {extend}</translation>
    </message>
    <message>
        <source>Charge: the client pays {charge} for the overdrawn visits. Extend: the client buys a new package for {extend} and the overdrawn visits come out of it. Write off: the business absorbs them. Type another amount above to take a different one.</source>
        <translation>Оплата: клиент платит {charge} за визиты сверх остатка. Продление: клиент покупает новый пакет за {extend}, и визиты сверх остатка списываются из него. Списать: бизнес берёт их на себя. Чтобы взять другую сумму, введите её выше.</translation>
    </message>
    <message>
        <source>Marking it reviewed…</source>
        <translation>Отмечаем как проверенное…</translation>
    </message>
    <message>
        <source>Resolving the overdraft…</source>
        <translation>Закрываем перерасход…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Сгенерировать</translation>
    </message>
    <message>
        <source>Generate a code at the sale</source>
        <translation>Сгенерировать код при продаже</translation>
    </message>
    <message>
        <source>No client chosen — a gift: whoever shows the code uses it</source>
        <translation>Клиент не выбран — подарок: им пользуется тот, кто предъявит код</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Внесено</translation>
    </message>
    <message>
        <source>Generate a code instead</source>
        <translation>Сгенерировать код</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Продать</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Продать</translation>
    </message>
    <message>
        <source>Save &amp;receipt as PDF…</source>
        <translation>Сохранить &amp;чек в PDF…</translation>
    </message>
    <message>
        <source>Save &amp;card as PDF…</source>
        <translation>Сохранить &amp;карту в PDF…</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>Ко&amp;д</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Цена</translation>
    </message>
    <message>
        <source>Pay&amp;ment</source>
        <translation>Оп&amp;лата</translation>
    </message>
    <message>
        <source>Amount p&amp;aid</source>
        <translation>&amp;Внесено</translation>
    </message>
    <message>
        <source>a new code is made at the sale</source>
        <translation>новый код создаётся при продаже</translation>
    </message>
    <message>
        <source>type a code, or generate one, or leave empty</source>
        <translation>введите код, сгенерируйте его или оставьте пустым</translation>
    </message>
    <message>
        <source>Choose a membership type.</source>
        <translation>Выберите тип абонемента.</translation>
    </message>
    <message>
        <source>Selling…</source>
        <translation>Продажа…</translation>
    </message>
    <message>
        <source>Sold: {type} · {code} · {client} · valid until {until}</source>
        <translation>Продано: {type} · {code} · {client} · действует до {until}</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>без клиента</translation>
    </message>
    <message>
        <source>Receipt saved to {path}.</source>
        <translation>Чек сохранён в {path}.</translation>
    </message>
    <message>
        <source>Card saved to {path}.</source>
        <translation>Карта сохранена в {path}.</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Поделиться…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <source>Who else (family) may use the chosen membership (Ctrl+Shift+S)</source>
        <translation>Кто ещё (семья) может пользоваться выбранным абонементом (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Share {membership}</source>
        <translation>Поделиться абонементом {membership}</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Совместный доступ</translation>
    </message>
    <message>
        <source>Phone of the client to add</source>
        <translation>Телефон добавляемого клиента</translation>
    </message>
    <message>
        <source>The phone of a client to add</source>
        <translation>Телефон клиента, которого нужно добавить</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Shared &amp;with</source>
        <translation>&amp;Совместный доступ</translation>
    </message>
    <message>
        <source>Removing from the list…</source>
        <translation>Удаление из списка…</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Открытие доступа…</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use. Log in to go on.</source>
        <translation>
            <numerusform>Заблокировано после %n минуты бездействия. Войдите, чтобы продолжить.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия. Войдите, чтобы продолжить.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия. Войдите, чтобы продолжить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a moment: the desk is still saving.</source>
        <translation>Подождите немного: ресепшен ещё сохраняет данные.</translation>
    </message>
    <message>
        <source>Chain server</source>
        <translation>Сервер сети</translation>
    </message>
    <message>
        <source>Chain server address</source>
        <translation>Адрес сервера сети</translation>
    </message>
    <message>
        <source>Chain server password</source>
        <translation>Пароль сервера сети</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>системном хранилище паролей</translation>
    </message>
    <message>
        <source>a file beside this desk&apos;s database that only you can read (this computer has no system keyring)</source>
        <translation>файле рядом с базой данных этого ресепшена, доступном для чтения только вам (на этом компьютере нет системного хранилища паролей)</translation>
    </message>
    <message>
        <source>Paste the connection string the chain&apos;s owner gave this desk (`desk server add-desk`): its password is kept in {where}, never in the database or its backups. Leave the password empty to keep the one saved. The desk keeps working offline and syncs every minute. Leave the address empty to work alone.</source>
        <translation>Вставьте строку подключения, которую владелец сети выдал этому ресепшену (`desk server add-desk`): её пароль хранится в {where}, а не в базе данных или её резервных копиях. Оставьте пароль пустым, чтобы сохранить прежний. Ресепшен продолжает работать без сети и синхронизируется каждую минуту. Оставьте адрес пустым, чтобы работать автономно.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Syncing with the chain server…</source>
        <translation>Синхронизация с сервером сети…</translation>
    </message>
    <message>
        <source>Sync failed at {time}: {reason}</source>
        <translation>Синхронизация не удалась в {time}: {reason}</translation>
    </message>
    <message>
        <source>Reading the sync status…</source>
        <translation>Чтение состояния синхронизации…</translation>
    </message>
    <message>
        <source>Set the chain server in Settings.</source>
        <translation>Укажите сервер сети в настройках.</translation>
    </message>
    <message>
        <source>Chain sync: off</source>
        <translation>Синхронизация сети: выключена</translation>
    </message>
    <message>
        <source>{pending} to send · {conflicts}</source>
        <translation>к отправке: {pending} · {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Synced {time} · {counts}</source>
        <translation>Синхронизировано в {time} · {counts}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Син&amp;хронизировать сейчас</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>К&amp;онфликты синхронизации…</translation>
    </message>
    <message>
        <source>This desk&apos;s location</source>
        <translation>Филиал этого ресепшена</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Этот ресепшен</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Блокировать после минут простоя</translation>
    </message>
    <message>
        <source>The location is the default for selling, paying, booking and the Today tab. After the idle minutes without a key press or a click the window locks and asks for a password (0: never).</source>
        <translation>Филиал используется по умолчанию для продаж, списаний, записи и вкладки «Сегодня». После указанных минут без нажатий клавиш и щелчков окно блокируется и запрашивает пароль (0 — никогда).</translation>
    </message>
    <message>
        <source>Lo&amp;cation</source>
        <translation>&amp;Филиал</translation>
    </message>
    <message>
        <source>Lock after i&amp;dle</source>
        <translation>Блокировать после &amp;простоя</translation>
    </message>
    <message>
        <source>Today · the chain has no location yet</source>
        <translation>Сегодня · у сети пока нет филиалов</translation>
    </message>
    <message>
        <source>Today at {location} · {day}</source>
        <translation>Сегодня в филиале {location} · {day}</translation>
    </message>
    <message>
        <source>Undo the {time} {service} of {client}? The visit goes back to {membership}.</source>
        <translation>Отменить {service} в {time}, клиент: {client}? Визит вернётся на {membership}.</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>визит</translation>
    </message>
    <message>
        <source>the membership</source>
        <translation>абонемент</translation>
    </message>
    <message>
        <source>Undo a visit</source>
        <translation>Отмена визита</translation>
    </message>
    <message>
        <source>&amp;Undo the visit</source>
        <translation>&amp;Отменить визит</translation>
    </message>
    <message>
        <source>Undoing the visit…</source>
        <translation>Отмена визита…</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>Сохранить лист дня в PDF</translation>
    </message>
    <message>
        <source>Day sheet saved to {path}.</source>
        <translation>Лист дня сохранён: {path}.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Payments due — renewal charges</source>
        <translation>Платежи к оплате — продления</translation>
    </message>
    <message>
        <source>Show paid ones too</source>
        <translation>Показывать и оплаченные</translation>
    </message>
    <message>
        <source>Payments due</source>
        <translation>Платежи к оплате</translation>
    </message>
    <message>
        <source>&amp;Mark paid</source>
        <translation>&amp;Отметить оплаченным</translation>
    </message>
    <message>
        <source>&amp;Stop renewing</source>
        <translation>П&amp;рекратить продление</translation>
    </message>
    <message>
        <source>The membership runs to the end of its period, then ends.</source>
        <translation>Абонемент действует до конца текущего периода, затем заканчивается.</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>К оплате: %n</numerusform>
            <numerusform>К оплате: %n</numerusform>
            <numerusform>К оплате: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Платежей к оплате нет.</translation>
    </message>
    <message>
        <source>Choose a membership&apos;s charge first.</source>
        <translation>Сначала выберите платёж по абонементу.</translation>
    </message>
    <message>
        <source>{name} will not renew; it ends on {day}.</source>
        <translation>{name} не будет продлён; он заканчивается {day}.</translation>
    </message>
    <message>
        <source>Choose a charge that is due.</source>
        <translation>Выберите неоплаченный платёж.</translation>
    </message>
    <message>
        <source>Marking it paid…</source>
        <translation>Отмечаем оплату…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Gift, no owner yet</source>
        <translation>Подарок, владельца пока нет</translation>
    </message>
    <message>
        <source>Frozen until</source>
        <translation>Заморожен до</translation>
    </message>
    <message>
        <source>Frozen days</source>
        <translation>Дней заморозки</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продан</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Service or until</source>
        <translation>Услуга или до</translation>
    </message>
    <message>
        <source>Find a client or scan a membership code</source>
        <translation>Найдите клиента или отсканируйте код абонемента</translation>
    </message>
    <message>
        <source>Find or scan</source>
        <translation>Поиск или сканирование</translation>
    </message>
    <message>
        <source>Location of the day</source>
        <translation>Филиал дня</translation>
    </message>
    <message>
        <source>Bookings of the day</source>
        <translation>Записи дня</translation>
    </message>
    <message>
        <source>Visits paid today</source>
        <translation>Визиты, списанные сегодня</translation>
    </message>
    <message>
        <source>Sales of the day</source>
        <translation>Продажи дня</translation>
    </message>
    <message>
        <source>Automatic deductions and freezes</source>
        <translation>Автосписания и заморозки</translation>
    </message>
    <message>
        <source>Chec&amp;k in and pay…</source>
        <translation>От&amp;метить и списать…</translation>
    </message>
    <message>
        <source>Check in and pay</source>
        <translation>Отметить и списать</translation>
    </message>
    <message>
        <source>Pay the chosen booking&apos;s visit (Enter on the booking)</source>
        <translation>Списать визит по выбранной записи (Enter на записи)</translation>
    </message>
    <message>
        <source>&amp;Undo visit…</source>
        <translation>Отменить &amp;визит…</translation>
    </message>
    <message>
        <source>Undo visit</source>
        <translation>Отменить визит</translation>
    </message>
    <message>
        <source>Give the chosen visit back</source>
        <translation>Вернуть выбранный визит</translation>
    </message>
    <message>
        <source>Day s&amp;heet…</source>
        <translation>Лист &amp;дня…</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Лист дня</translation>
    </message>
    <message>
        <source>Save today&apos;s bookings with each client&apos;s balances as a PDF</source>
        <translation>Сохранить сегодняшние записи с балансами каждого клиента в PDF</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx) to check it; nothing is written until you commit.</source>
        <translation>Выберите файл Excel (.xlsx), чтобы проверить его; ничего не записывается, пока вы не подтвердите импорт.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Скачать шаблон…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Строки файла</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Ошибки и предупреждения</translation>
    </message>
    <message>
        <source>Errors by code</source>
        <translation>Ошибки по кодам</translation>
    </message>
    <message>
        <source>Save error workbook…</source>
        <translation>Сохранить книгу с ошибками…</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Visits paid</source>
        <translation>Списанные визиты</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>Locked: memberships of this type have been sold. Use Duplicate to change it.</source>
        <translation>Заблокировано: абонементы этого типа уже проданы. Чтобы изменить его, используйте «Дублировать».</translation>
    </message>
    <message>
        <source>Overall — one number of visits shared by all services</source>
        <translation>Общий — одно количество визитов на все услуги</translation>
    </message>
    <message>
        <source>Split — visits counted separately for each service</source>
        <translation>Раздельный — визиты считаются отдельно по каждой услуге</translation>
    </message>
    <message>
        <source>the sale</source>
        <translation>продажи</translation>
    </message>
    <message>
        <source>the first visit</source>
        <translation>первого визита</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Запрещено</translation>
    </message>
    <message>
        <source>Only at the selling location</source>
        <translation>Только в филиале продажи</translation>
    </message>
    <message>
        <source>At all locations</source>
        <translation>Во всех филиалах</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Ресепшен</translation>
    </message>
    <message>
        <source>Membership type — {name}</source>
        <translation>Тип абонемента — {name}</translation>
    </message>
    <message>
        <source>New membership type</source>
        <translation>Новый тип абонемента</translation>
    </message>
    <message>
        <source>Balance mode</source>
        <translation>Режим баланса</translation>
    </message>
    <message>
        <source>Total visits</source>
        <translation>Всего визитов</translation>
    </message>
    <message>
        <source>visits in total, whatever the service</source>
        <translation>визитов всего, на любые услуги</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>0 = unlimited</source>
        <translation>0 = без ограничений</translation>
    </message>
    <message>
        <source>Validity counted from</source>
        <translation>Срок действия отсчитывается от</translation>
    </message>
    <message>
        <source>Activate automatically if not used</source>
        <translation>Активировать автоматически, если не используется</translation>
    </message>
    <message numerus="yes">
        <source>%n days after the sale</source>
        <translation>
            <numerusform>через %n день после продажи</numerusform>
            <numerusform>через %n дня после продажи</numerusform>
            <numerusform>через %n дней после продажи</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate automatically after, days</source>
        <translation>Автоматическая активация через, дней</translation>
    </message>
    <message>
        <source>Freezing allowed, up to</source>
        <translation>Заморозка разрешена, до</translation>
    </message>
    <message>
        <source>Freeze limit</source>
        <translation>Лимит заморозки</translation>
    </message>
    <message>
        <source>in total for all freezes of one membership</source>
        <translation>всего на все заморозки одного абонемента</translation>
    </message>
    <message>
        <source>Allow booking while frozen</source>
        <translation>Разрешить запись во время заморозки</translation>
    </message>
    <message>
        <source>Sale without code (sold to a named client, used only by that client)</source>
        <translation>Продажа без кода (продаётся конкретному клиенту, пользуется только он)</translation>
    </message>
    <message>
        <source>Recalculate service cost (price ÷ number of visits)</source>
        <translation>Пересчитывать стоимость услуги (цена ÷ число визитов)</translation>
    </message>
    <message>
        <source>Editing of sold memberships</source>
        <translation>Редактирование проданных абонементов</translation>
    </message>
    <message>
        <source>Available for online sale</source>
        <translation>Доступен для онлайн-продажи</translation>
    </message>
    <message>
        <source>Valid at locations</source>
        <translation>Действует в филиалах</translation>
    </message>
    <message>
        <source>Transfer to another client, by</source>
        <translation>Передача другому клиенту, кем</translation>
    </message>
    <message numerus="yes">
        <source>%n other clients</source>
        <translation>
            <numerusform>%n другой клиент</numerusform>
            <numerusform>%n других клиента</numerusform>
            <numerusform>%n других клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared with up to</source>
        <translation>Совместно, не более чем с</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>не совместный</translation>
    </message>
    <message>
        <source>Renew automatically each validity period (the charge appears in Payments due)</source>
        <translation>Продлевать автоматически каждый срок действия (платёж появится в «Платежи к оплате»)</translation>
    </message>
    <message>
        <source>&amp;Balance mode</source>
        <translation>&amp;Режим баланса</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>&amp;Validity</source>
        <translation>&amp;Срок действия</translation>
    </message>
    <message>
        <source>Counted &amp;from</source>
        <translation>Отсчёт &amp;от</translation>
    </message>
    <message>
        <source>Auto-activation</source>
        <translation>Автоактивация</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>Заморозка</translation>
    </message>
    <message>
        <source>Freeze polic&amp;y</source>
        <translation>&amp;Политика заморозки</translation>
    </message>
    <message>
        <source>Visi&amp;t limits</source>
        <translation>Лимиты &amp;визитов</translation>
    </message>
    <message>
        <source>&amp;Editing of sold memberships</source>
        <translation>Р&amp;едактирование проданных</translation>
    </message>
    <message>
        <source>Valid at &amp;locations</source>
        <translation>Действует в &amp;филиалах</translation>
    </message>
    <message>
        <source>T&amp;ransfer by</source>
        <translation>Передача — &amp;кем</translation>
    </message>
    <message>
        <source>who may give a sold one to another client</source>
        <translation>кто может передать проданный абонемент другому клиенту</translation>
    </message>
    <message>
        <source>Shared &amp;with up to</source>
        <translation>Совместно &amp;до</translation>
    </message>
    <message>
        <source>family who may use one membership too</source>
        <translation>члены семьи, которые тоже могут пользоваться абонементом</translation>
    </message>
    <message>
        <source>Auto-renewal</source>
        <translation>Автопродление</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>г.</translation>
    </message>
    <message>
        <source>Services of the type</source>
        <translation>Услуги типа</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Visits of {service}</source>
        <translation>Визиты: {service}</translation>
    </message>
    <message>
        <source>{field}: amount</source>
        <translation>{field}: количество</translation>
    </message>
    <message>
        <source>{field}: unit</source>
        <translation>{field}: единица</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> в день</translation>
    </message>
    <message>
        <source>no limit a day</source>
        <translation>без лимита в день</translation>
    </message>
    <message>
        <source>Visits a day, at most</source>
        <translation>Визитов в день, не более</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> в неделю</translation>
    </message>
    <message>
        <source>no limit a week</source>
        <translation>без лимита в неделю</translation>
    </message>
    <message>
        <source>Visits a week, at most</source>
        <translation>Визитов в неделю, не более</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> в месяц</translation>
    </message>
    <message>
        <source>no limit a month</source>
        <translation>без лимита в месяц</translation>
    </message>
    <message>
        <source>Visits a month, at most</source>
        <translation>Визитов в месяц, не более</translation>
    </message>
    <message>
        <source>weeks run Monday to Sunday; months are calendar months</source>
        <translation>неделя — с понедельника по воскресенье; месяц — календарный</translation>
    </message>
    <message>
        <source>Shortest freeze, days</source>
        <translation>Самая короткая заморозка, дней</translation>
    </message>
    <message>
        <source>any shortest</source>
        <translation>без минимума</translation>
    </message>
    <message numerus="yes">
        <source>%n days at least</source>
        <translation>
            <numerusform>не менее %n дня</numerusform>
            <numerusform>не менее %n дней</numerusform>
            <numerusform>не менее %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest freeze, days</source>
        <translation>Самая длинная заморозка, дней</translation>
    </message>
    <message>
        <source>any longest</source>
        <translation>без максимума</translation>
    </message>
    <message numerus="yes">
        <source>%n days at most</source>
        <translation>
            <numerusform>не более %n дня</numerusform>
            <numerusform>не более %n дней</numerusform>
            <numerusform>не более %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Freezes per membership, at most</source>
        <translation>Заморозок на абонемент, не более</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>без ограничений</translation>
    </message>
    <message numerus="yes">
        <source>%n freezes at most</source>
        <translation>
            <numerusform>не более %n заморозки</numerusform>
            <numerusform>не более %n заморозок</numerusform>
            <numerusform>не более %n заморозок</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee per freeze</source>
        <translation>Плата за заморозку</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>Причина обязательна</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>плата</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Before expiry</source>
        <translation>Перед окончанием срока</translation>
    </message>
    <message>
        <source>Visits left</source>
        <translation>Остаток визитов</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Списание визита</translation>
    </message>
    <message>
        <source>sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Outbox — messages to clients</source>
        <translation>Исходящие — сообщения клиентам</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Повторить сейчас</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a pending or failed message to retry.</source>
        <translation>Выберите ожидающее или неотправленное сообщение, чтобы повторить отправку.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Before the end of visits</source>
        <translation>Перед окончанием визитов</translation>
    </message>
    <message>
        <source>On each deduction</source>
        <translation>При каждом списании</translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дня</numerusform>
            <numerusform>за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits left</source>
        <translation>
            <numerusform>остался %n визит</numerusform>
            <numerusform>осталось %n визита</numerusform>
            <numerusform>осталось %n визитов</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview (before expiry): {message}</source>
        <translation>Предпросмотр (перед окончанием срока): {message}</translation>
    </message>
    <message>
        <source>Preview (before the end of visits): {message}</source>
        <translation>Предпросмотр (перед окончанием визитов): {message}</translation>
    </message>
    <message>
        <source>Preview (on each deduction): {message}</source>
        <translation>Предпросмотр (при каждом списании): {message}</translation>
    </message>
    <message>
        <source>{notice}: number</source>
        <translation>{notice}: число</translation>
    </message>
    <message>
        <source>{notice}: message</source>
        <translation>{notice}: сообщение</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Подстановки: {names}</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Предпросмотр сообщения</translation>
    </message>
    <message>
        <source>Saving the type…</source>
        <translation>Сохранение типа…</translation>
    </message>
    <message>
        <source>Duplicating…</source>
        <translation>Дублирование…</translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation>Перенос в архив…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <source>{period} from sale</source>
        <translation>{period} с продажи</translation>
    </message>
    <message>
        <source>{period} from first visit</source>
        <translation>{period} с первого визита</translation>
    </message>
    <message numerus="yes">
        <source>{services}: %n visits</source>
        <translation>
            <numerusform>{services}: %n визит</numerusform>
            <numerusform>{services}: %n визита</numerusform>
            <numerusform>{services}: %n визитов</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Общий</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Раздельный</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Services (visits)</source>
        <translation>Услуги (визиты)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Филиалы</translation>
    </message>
    <message>
        <source>Sold?</source>
        <translation>Продан?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Active membership types</source>
        <translation>Активные типы абонементов</translation>
    </message>
    <message>
        <source>Archived membership types</source>
        <translation>Архивные типы абонементов</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Активные</translation>
    </message>
    <message>
        <source>Archi&amp;ved</source>
        <translation>Ар&amp;хивные</translation>
    </message>
    <message>
        <source>&amp;New type…</source>
        <translation>&amp;Новый тип…</translation>
    </message>
    <message>
        <source>Create a new membership type</source>
        <translation>Создать новый тип абонемента</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>И&amp;зменить…</translation>
    </message>
    <message>
        <source>Edit the chosen membership type</source>
        <translation>Изменить выбранный тип абонемента</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Duplicate the chosen membership type</source>
        <translation>Дублировать выбранный тип абонемента</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>В а&amp;рхив</translation>
    </message>
    <message>
        <source>Archive the chosen membership type</source>
        <translation>Перенести выбранный тип абонемента в архив</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the chosen membership type</source>
        <translation>Восстановить выбранный тип абонемента</translation>
    </message>
    <message>
        <source>Who uses the gift {code}?</source>
        <translation>Кто пользуется подарком {code}?</translation>
    </message>
    <message>
        <source>{code} is a gift with no owner yet: it pays the visit of whoever presents it, and becomes theirs. Find the visitor or add them.</source>
        <translation>{code} — подарок, у которого пока нет владельца: он оплачивает визит того, кто его предъявит, и переходит к нему. Найдите посетителя или добавьте его.</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>Имя или телефон</translation>
    </message>
    <message>
        <source>Find the visitor</source>
        <translation>Найти посетителя</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>&amp;Посетитель</translation>
    </message>
    <message>
        <source>it was stopped by signal {signal}</source>
        <translation>он остановлен сигналом {signal}</translation>
    </message>
    <message>
        <source>it ended with code {code}</source>
        <translation>он завершился с кодом {code}</translation>
    </message>
    <message>
        <source>Desk&apos;s file reader stopped while reading {file} ({how}): the file is damaged, or built to exhaust the computer&apos;s memory. Nothing was imported.</source>
        <translation>Модуль чтения файлов Desk остановился при чтении {file} ({how}): файл повреждён или составлен так, чтобы исчерпать память компьютера. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it again as an Excel Workbook (.xlsx); if it still fails, split it.</source>
        <translation>Откройте его в Excel и сохраните заново как книгу Excel (.xlsx); если ошибка повторится, разделите его.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Checking the file failed ({error}).</source>
        <translation>Не удалось проверить файл ({error}).</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Предупреждение: {message}</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>первый день</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>последний день</translation>
    </message>
    <message>
        <source>Working out the roll-forward…</source>
        <translation>Расчёт движения обязательств…</translation>
    </message>
    <message>
        <source>Export the liability roll-forward</source>
        <translation>Экспорт движения обязательств</translation>
    </message>
    <message>
        <source>Writing the roll-forward…</source>
        <translation>Запись движения обязательств…</translation>
    </message>
    <message>
        <source>Liability roll-forward exported to {path}.</source>
        <translation>Движение обязательств экспортировано в {path}.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>На начало</translation>
    </message>
    <message>
        <source>+ Sold</source>
        <translation>+ Продано</translation>
    </message>
    <message>
        <source>+ Imported</source>
        <translation>+ Импортировано</translation>
    </message>
    <message>
        <source>− Redeemed</source>
        <translation>− Использовано</translation>
    </message>
    <message>
        <source>− Expired (breakage)</source>
        <translation>− Сгорело (истёк срок)</translation>
    </message>
    <message>
        <source>− Refunded</source>
        <translation>− Возвращено</translation>
    </message>
    <message>
        <source>− Voided</source>
        <translation>− Аннулировано</translation>
    </message>
    <message>
        <source>± Edits</source>
        <translation>± Правки</translation>
    </message>
    <message>
        <source>= Closing</source>
        <translation>= На конец</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Все филиалы</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <source>What the chain still owes on its memberships, each visit at what it cost when paid: opening + sold (sales and renewals) + imported − redeemed − expired (visits left when a period ends) − refunded − voided (sales cancelled) ± edits = closing.</source>
        <translation>Сколько сеть ещё должна по своим абонементам, каждый визит — по цене на момент оплаты: на начало + продано (продажи и продления) + импортировано − использовано − сгорело (визиты, оставшиеся к концу срока) − возвращено − аннулировано (отменённые продажи) ± правки = на конец.</translation>
    </message>
    <message>
        <source>Liability roll-forward</source>
        <translation>Движение обязательств</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive)</source>
        <translation>Кон&amp;ец (включительно)</translation>
    </message>
    <message>
        <source>first sale date</source>
        <translation>первая дата продажи</translation>
    </message>
    <message>
        <source>last sale date</source>
        <translation>последняя дата продажи</translation>
    </message>
    <message>
        <source>first use date</source>
        <translation>первая дата использования</translation>
    </message>
    <message>
        <source>last use date</source>
        <translation>последняя дата использования</translation>
    </message>
    <message>
        <source>first &apos;valid until&apos; date</source>
        <translation>первая дата «действует до»</translation>
    </message>
    <message>
        <source>last &apos;valid until&apos; date</source>
        <translation>последняя дата «действует до»</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships</source>
        <translation>
            <numerusform>%n абонемент</numerusform>
            <numerusform>%n абонемента</numerusform>
            <numerusform>%n абонементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the memberships report</source>
        <translation>Экспорт отчёта по абонементам</translation>
    </message>
    <message>
        <source>Writing the memberships report…</source>
        <translation>Запись отчёта по абонементам…</translation>
    </message>
    <message>
        <source>Memberships report exported to {path}.</source>
        <translation>Отчёт по абонементам экспортирован в {path}.</translation>
    </message>
    <message>
        <source>Could not export the memberships report: {reason}</source>
        <translation>Не удалось экспортировать отчёт по абонементам: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Документы PDF</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Расчёт показателей…</translation>
    </message>
    <message numerus="yes">
        <source>As of {day} · sales, visits and liability over the last %n months</source>
        <translation>
            <numerusform>На {day} · продажи, визиты и обязательства за последний %n месяц</numerusform>
            <numerusform>На {day} · продажи, визиты и обязательства за последние %n месяца</numerusform>
            <numerusform>На {day} · продажи, визиты и обязательства за последние %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales per month, {first} – {last} ({currency})</source>
        <translation>Продажи по месяцам, {first} – {last} ({currency})</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Visits redeemed per week</source>
        <translation>Списанные визиты по неделям</translation>
    </message>
    <message>
        <source>Liability over time ({currency})</source>
        <translation>Обязательства во времени ({currency})</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Долг</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Экспорт сводки</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Запись сводки…</translation>
    </message>
    <message>
        <source>Summary exported to {path}.</source>
        <translation>Сводка экспортирована в {path}.</translation>
    </message>
    <message>
        <source>Could not export the summary: {reason}</source>
        <translation>Не удалось экспортировать сводку: {reason}</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>С&amp;водка</translation>
    </message>
    <message>
        <source>&amp;Memberships report</source>
        <translation>От&amp;чёт по абонементам</translation>
    </message>
    <message>
        <source>&amp;Liability</source>
        <translation>Об&amp;язательства</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Абонементы</translation>
    </message>
    <message>
        <source>Active memberships</source>
        <translation>Активные абонементы</translation>
    </message>
    <message>
        <source>Frozen memberships</source>
        <translation>Замороженные абонементы</translation>
    </message>
    <message>
        <source>Remaining visits</source>
        <translation>Оставшиеся визиты</translation>
    </message>
    <message>
        <source>Outstanding obligations</source>
        <translation>Непогашенные обязательства</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Export summary to Excel…</source>
        <translation>&amp;Экспорт сводки в Excel…</translation>
    </message>
    <message>
        <source>{series} on {day}</source>
        <translation>{series} на {day}</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} уже существует. Заменить его?</translation>
    </message>
</context>
</TS>
