<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A balance of {0} is not possible.</source>
        <translation>El saldo {0} no es válido.</translation>
    </message>
    <message>
        <source>A freeze fee of {0} is not possible.</source>
        <translation>La tarifa de congelación {0} no es válida.</translation>
    </message>
    <message>
        <source>A membership is missing.</source>
        <translation>Falta el bono.</translation>
    </message>
    <message>
        <source>A membership numbered {0} already exists in Desk. Remove this row or give it another number.</source>
        <translation>Ya existe en Desk un bono con el número {0}. Quite esta fila o dele otro número.</translation>
    </message>
    <message>
        <source>A membership without a code must be sold to a client.</source>
        <translation>Un bono sin código debe venderse a un cliente concreto.</translation>
    </message>
    <message>
        <source>A new period started</source>
        <translation>Ha empezado un nuevo periodo</translation>
    </message>
    <message>
        <source>A refund of {0} is more than the {1} still owed on {2}.</source>
        <translation>El reembolso de {0} supera lo que aún queda pendiente de {2} ({1}).</translation>
    </message>
    <message>
        <source>A refund of {0} is not possible.</source>
        <translation>No se puede reembolsar {0}.</translation>
    </message>
    <message>
        <source>A split type needs a number of visits for each of its services.</source>
        <translation>Un tipo con saldo por servicio necesita un número de visitas para cada uno de sus servicios.</translation>
    </message>
    <message>
        <source>A visit limit can&apos;t be added or lowered once a membership of this type has been sold; raising or removing one is fine.</source>
        <translation>Cuando ya se ha vendido un bono de este tipo, no se puede añadir ni reducir un límite de visitas; sí se puede aumentar o quitar.</translation>
    </message>
    <message>
        <source>A visit was already paid with {0} on {1}.</source>
        <translation>Ya se pagó una visita con {0} el {1}.</translation>
    </message>
    <message>
        <source>A visit was paid with it on {0}, inside the freeze from {1} until {2}.</source>
        <translation>Con él se pagó una visita el {0}, dentro de la congelación del {1} al {2}.</translation>
    </message>
    <message>
        <source>A write-off takes no money.</source>
        <translation>Para dar de baja no se indica ningún importe.</translation>
    </message>
    <message>
        <source>Activate after a negative number of days is not possible.</source>
        <translation>No se puede activar tras un número negativo de días.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Add a file name to the path.</source>
        <translation>Añada un nombre de archivo a la ruta.</translation>
    </message>
    <message>
        <source>Add a location first.</source>
        <translation>Añada primero un centro.</translation>
    </message>
    <message>
        <source>Add a storage for product sales to this location.</source>
        <translation>Añada a este centro un almacén para la venta de productos.</translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translation>Añada al menos un servicio.</translation>
    </message>
    <message>
        <source>An active type is already named {0}.</source>
        <translation>Ya hay un tipo activo llamado {0}.</translation>
    </message>
    <message>
        <source>An auto-renewing type renews each validity period; it can&apos;t be unlimited.</source>
        <translation>Un tipo con renovación automática se renueva en cada periodo de validez; no puede ser ilimitado.</translation>
    </message>
    <message>
        <source>An individual service can require online prepayment or a membership, not both.</source>
        <translation>Un servicio individual puede exigir prepago en línea o un bono, pero no ambos.</translation>
    </message>
    <message>
        <source>An overall type has one number of visits.</source>
        <translation>Un tipo con saldo común tiene un único número de visitas.</translation>
    </message>
    <message>
        <source>Ask a manager or an administrator.</source>
        <translation>Pídaselo a un gerente o a un administrador.</translation>
    </message>
    <message>
        <source>Ask a manager to book it, or choose a later start.</source>
        <translation>Pida a un gerente que haga la reserva, o elija una hora de inicio posterior.</translation>
    </message>
    <message>
        <source>Ask a manager to extend it first if the client is owed money.</source>
        <translation>Si se le debe dinero al cliente, pida primero a un gerente que prorrogue el bono.</translation>
    </message>
    <message>
        <source>Ask a manager to refund it instead.</source>
        <translation>Pida en su lugar a un gerente que lo reembolse.</translation>
    </message>
    <message>
        <source>Ask a manager to refund it or edit it instead.</source>
        <translation>Pida en su lugar a un gerente que lo reembolse o lo modifique.</translation>
    </message>
    <message>
        <source>Ask a manager to undo it.</source>
        <translation>Pida a un gerente que lo deshaga.</translation>
    </message>
    <message>
        <source>Ask the chain&apos;s owner for a new connection string.</source>
        <translation>Pida al propietario de la cadena una nueva cadena de conexión.</translation>
    </message>
    <message>
        <source>Ask the chain&apos;s owner for this desk&apos;s own connection string (`desk server add-desk`) and set it in Settings › Chain server.</source>
        <translation>Pida al propietario de la cadena la cadena de conexión propia de este puesto (`desk server add-desk`) e introdúzcala en Ajustes › Servidor de la cadena.</translation>
    </message>
    <message>
        <source>Attach it to its client first (sell or pay with it).</source>
        <translation>Asígnelo primero a su cliente (véndalo o pague con él).</translation>
    </message>
    <message>
        <source>Automatic activation only applies when validity counts from the first visit.</source>
        <translation>La activación automática solo se aplica cuando la validez se cuenta desde la primera visita.</translation>
    </message>
    <message>
        <source>Automatic deduction</source>
        <translation>Descuento automático</translation>
    </message>
    <message>
        <source>Change a balance or the expiry.</source>
        <translation>Cambie algún saldo o la fecha de caducidad.</translation>
    </message>
    <message>
        <source>Charge the overdrawn visits or write them off.</source>
        <translation>Cobre las visitas en descubierto o delas de baja.</translation>
    </message>
    <message>
        <source>Charge the visits instead, or write them off without an amount.</source>
        <translation>En su lugar, cobre las visitas o delas de baja sin importe.</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation>Compruebe ambos datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check that you may read the file, and that no other program holds it locked.</source>
        <translation>Compruebe que tiene permiso para leer el archivo y que ningún otro programa lo tiene bloqueado.</translation>
    </message>
    <message>
        <source>Check the booking date.</source>
        <translation>Compruebe la fecha de la reserva.</translation>
    </message>
    <message>
        <source>Check the booking number.</source>
        <translation>Compruebe el número de la reserva.</translation>
    </message>
    <message>
        <source>Check the code; codes are not case-sensitive.</source>
        <translation>Compruebe el código; no se distingue entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>Check the digits; write the country code first, {0}.</source>
        <translation>Compruebe los dígitos; escriba primero el prefijo del país, {0}.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Compruebe el nombre del archivo y la carpeta.</translation>
    </message>
    <message>
        <source>Check the number or add the client first.</source>
        <translation>Compruebe el número o añada primero el cliente.</translation>
    </message>
    <message>
        <source>Check the number or code.</source>
        <translation>Compruebe el número o el código.</translation>
    </message>
    <message>
        <source>Check the payment number.</source>
        <translation>Compruebe el número del pago.</translation>
    </message>
    <message>
        <source>Check the visit date.</source>
        <translation>Compruebe la fecha de la visita.</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Compruebe el año.</translation>
    </message>
    <message>
        <source>Choose 1 to {0} minutes, or 0 for never.</source>
        <translation>Elija entre 1 y {0} minutos, o 0 para no bloquear nunca.</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists and that you can write to.</source>
        <translation>Elija un archivo en una carpeta que exista y en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Choose a later start. To note a visit that already happened, a manager can book it anyway with a reason.</source>
        <translation>Elija una hora de inicio posterior. Para registrar una visita que ya tuvo lugar, un gerente puede reservarla igualmente indicando un motivo.</translation>
    </message>
    <message>
        <source>Choose a membership that includes it, or take another payment.</source>
        <translation>Elija un bono que lo incluya o cobre de otra forma.</translation>
    </message>
    <message>
        <source>Choose a new file name, or add --force to replace it.</source>
        <translation>Elija otro nombre de archivo o añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Choose a reason: {0}.</source>
        <translation>Elija un motivo: {0}.</translation>
    </message>
    <message>
        <source>Choose a type valid here, or add this location to it.</source>
        <translation>Elija un tipo válido en este centro o añada este centro al tipo.</translation>
    </message>
    <message>
        <source>Choose an Excel file.</source>
        <translation>Elija un archivo de Excel.</translation>
    </message>
    <message>
        <source>Choose another backup (daily backups are in the &apos;backups&apos; folder next to the database).</source>
        <translation>Elija otra copia de seguridad (las copias diarias están en la carpeta &apos;backups&apos;, junto a la base de datos).</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Choose another name (a revoked desk&apos;s name stays taken).</source>
        <translation>Elija otro nombre (el nombre de un puesto revocado sigue ocupado).</translation>
    </message>
    <message>
        <source>Choose another name for the desk.</source>
        <translation>Elija otro nombre para el puesto.</translation>
    </message>
    <message>
        <source>Choose another name, or archive the other type.</source>
        <translation>Elija otro nombre o archive el otro tipo.</translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation>Elija otro nombre de usuario.</translation>
    </message>
    <message>
        <source>Choose at least one location where it can be sold and used.</source>
        <translation>Elija al menos un centro donde se pueda vender y usar.</translation>
    </message>
    <message>
        <source>Choose charge, extend or write_off.</source>
        <translation>Elija charge (cobrar), extend (prorrogar) o write_off (dar de baja).</translation>
    </message>
    <message>
        <source>Choose one of: {0} (managers edit the list in Settings).</source>
        <translation>Elija uno de estos: {0} (los gerentes editan la lista en Ajustes).</translation>
    </message>
    <message>
        <source>Choose the Excel file inside it.</source>
        <translation>Elija el archivo de Excel que contiene.</translation>
    </message>
    <message>
        <source>Choose the client who buys it.</source>
        <translation>Elija el cliente que lo compra.</translation>
    </message>
    <message>
        <source>Choose the client who takes it over.</source>
        <translation>Elija el cliente que lo recibe.</translation>
    </message>
    <message>
        <source>Close from today or a later day.</source>
        <translation>Cierre a partir de hoy o de un día posterior.</translation>
    </message>
    <message>
        <source>Copy the id the desk printed when it was refused.</source>
        <translation>Copie el identificador que mostró el puesto al rechazarse.</translation>
    </message>
    <message>
        <source>Could not find a free code.</source>
        <translation>No se ha encontrado ningún código libre.</translation>
    </message>
    <message>
        <source>Count validity from the first visit, or turn automatic activation off.</source>
        <translation>Cuente la validez desde la primera visita o desactive la activación automática.</translation>
    </message>
    <message>
        <source>Create the chain first.</source>
        <translation>Cree primero la cadena.</translation>
    </message>
    <message>
        <source>Create the schema first (CREATE SCHEMA …) or use the database&apos;s default one.</source>
        <translation>Cree primero el esquema (CREATE SCHEMA …) o use el esquema predeterminado de la base de datos.</translation>
    </message>
    <message>
        <source>Date the edit on or after the sale.</source>
        <translation>Ponga al cambio una fecha igual o posterior a la de la venta.</translation>
    </message>
    <message>
        <source>Date the refund on or after the sale.</source>
        <translation>Ponga al reembolso una fecha igual o posterior a la de la venta.</translation>
    </message>
    <message>
        <source>Date the transfer on or after the sale.</source>
        <translation>Ponga al traspaso una fecha igual o posterior a la de la venta.</translation>
    </message>
    <message>
        <source>Delete the columns Desk doesn&apos;t import, or split the file.</source>
        <translation>Elimine las columnas que Desk no importa o divida el archivo.</translation>
    </message>
    <message>
        <source>Desk can&apos;t open {0} ({1}).</source>
        <translation>Desk no puede abrir {0} ({1}).</translation>
    </message>
    <message>
        <source>Desk read the sheet “{0}”, the first visible one; it skipped {1} before it (hidden, or not a sheet of cells). Move the memberships to the first sheet if this is not the right one.</source>
        <translation>Desk ha leído la hoja «{0}», la primera visible; ha omitido las anteriores: {1} (ocultas o que no son hojas de celdas). Si no es la hoja correcta, mueva los bonos a la primera hoja.</translation>
    </message>
    <message>
        <source>Desks add only their own entries and rows; users and the chain&apos;s settings come from admin desks.</source>
        <translation>Los puestos solo añaden sus propios movimientos y filas; los usuarios y los ajustes de la cadena proceden de los puestos de administración.</translation>
    </message>
    <message>
        <source>E-mail needs a sender address.</source>
        <translation>El correo electrónico necesita una dirección de remitente.</translation>
    </message>
    <message>
        <source>Each desk connects with its own login, given by `desk server add-desk`; check this desk&apos;s, or ask whoever runs the server.</source>
        <translation>Cada puesto se conecta con su propio acceso, generado con `desk server add-desk`; compruebe el de este puesto o consulte a quien administra el servidor.</translation>
    </message>
    <message>
        <source>Each desk has a device of its own.</source>
        <translation>Cada puesto tiene su propio dispositivo.</translation>
    </message>
    <message>
        <source>Each desk has its own: ask the chain&apos;s owner for this desk&apos;s. A desk whose database was restored from a backup or copied is a new device ({0}): the owner gives it a login with `desk server add-desk URL NAME --device {1}`.</source>
        <translation>Cada puesto tiene la suya: pida al propietario de la cadena la de este puesto. Un puesto cuya base de datos se ha restaurado desde una copia de seguridad o se ha copiado es un dispositivo nuevo ({0}): el propietario le da un acceso con `desk server add-desk URL NAME --device {1}`.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Edit it at the selling location.</source>
        <translation>Modifíquelo en el centro donde se vendió.</translation>
    </message>
    <message>
        <source>Edit only the balances it has.</source>
        <translation>Modifique solo los saldos que tiene.</translation>
    </message>
    <message>
        <source>Editing is prohibited for this type.</source>
        <translation>Para este tipo no se permite modificar los bonos vendidos.</translation>
    </message>
    <message>
        <source>Expiry set to {0}</source>
        <translation>Nueva fecha de caducidad: {0}</translation>
    </message>
    <message>
        <source>Expiry write-off</source>
        <translation>Baja por caducidad</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Congelación</translation>
    </message>
    <message>
        <source>Freeze for {0} days or fewer.</source>
        <translation>Congele como máximo {0} días.</translation>
    </message>
    <message>
        <source>Freeze from {0} or later, or undo that payment first.</source>
        <translation>Congele a partir del {0} o deshaga primero ese pago.</translation>
    </message>
    <message>
        <source>Freeze it for at least {0} days.</source>
        <translation>Congélelo al menos {0} días.</translation>
    </message>
    <message>
        <source>Freeze it for {0} days or fewer.</source>
        <translation>Congélelo como máximo {0} días.</translation>
    </message>
    <message>
        <source>Freezing is switched off for this type.</source>
        <translation>La congelación está desactivada para este tipo.</translation>
    </message>
    <message>
        <source>Frozen memberships can&apos;t be imported. Import it as activated and freeze it in Desk afterwards.</source>
        <translation>Los bonos congelados no se pueden importar. Impórtelo como activado y congélelo después en Desk.</translation>
    </message>
    <message>
        <source>Give a validity, or turn auto-renewal off.</source>
        <translation>Indique una validez o desactive la renovación automática.</translation>
    </message>
    <message>
        <source>Give each service its number of visits.</source>
        <translation>Indique el número de visitas de cada servicio.</translation>
    </message>
    <message>
        <source>Give one total number of visits.</source>
        <translation>Indique un único número total de visitas.</translation>
    </message>
    <message>
        <source>Given by {0} to {1}</source>
        <translation>Traspasado de {0} a {1}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Imported as active from {0}: {1} activates {2} days after the sale.</source>
        <translation>Importado como activo desde el {0}: {1} se activa {2} días después de la venta.</translation>
    </message>
    <message>
        <source>In Excel, delete the rows and columns after your memberships (select them, right-click › Delete) and save again; or split the file.</source>
        <translation>En Excel, elimine las filas y columnas que hay después de sus bonos (selecciónelas, clic derecho › Eliminar) y vuelva a guardar; o divida el archivo.</translation>
    </message>
    <message>
        <source>In the type file, {0} {1}.</source>
        <translation>En el archivo del tipo: {0} {1}.</translation>
    </message>
    <message>
        <source>Install the newer Desk on this computer (or open the database on the computer that made it).</source>
        <translation>Instale la versión más reciente de Desk en este equipo (o abra la base de datos en el equipo que la creó).</translation>
    </message>
    <message>
        <source>It can&apos;t be frozen again.</source>
        <translation>No se puede volver a congelar.</translation>
    </message>
    <message>
        <source>It ended already, was cancelled, or froze nothing.</source>
        <translation>Ya terminó, se canceló o no congeló nada.</translation>
    </message>
    <message>
        <source>It is already frozen from {0} until {1}.</source>
        <translation>Ya está congelado del {0} al {1}.</translation>
    </message>
    <message>
        <source>It is already frozen until {0}.</source>
        <translation>Ya está congelado hasta el {0}.</translation>
    </message>
    <message>
        <source>Its owner runs `desk server init URL` on it first.</source>
        <translation>Su propietario debe ejecutar antes `desk server init URL` en él.</translation>
    </message>
    <message>
        <source>Its owner runs `desk server init URL` on it: that creates the schema or brings it up to date.</source>
        <translation>Su propietario debe ejecutar `desk server init URL` en él: así se crea el esquema o se actualiza.</translation>
    </message>
    <message>
        <source>Keep the database on this PC&apos;s own disk and use chain sync to share it.</source>
        <translation>Guarde la base de datos en el disco de este equipo y use la sincronización de la cadena para compartirla.</translation>
    </message>
    <message>
        <source>Known locations: {0}.</source>
        <translation>Centros existentes: {0}.</translation>
    </message>
    <message>
        <source>Known services: {0}.</source>
        <translation>Servicios existentes: {0}.</translation>
    </message>
    <message>
        <source>Known types: {0}.</source>
        <translation>Tipos existentes: {0}.</translation>
    </message>
    <message>
        <source>Leave --role out, or choose a name of this chain&apos;s own.</source>
        <translation>Omita --role o elija un nombre propio de esta cadena.</translation>
    </message>
    <message>
        <source>Leave --role out, or pass --role {0}.</source>
        <translation>Omita --role o indique --role {0}.</translation>
    </message>
    <message>
        <source>Location names must differ (case is ignored).</source>
        <translation>Los nombres de los centros deben ser distintos (sin distinguir mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>Log-in for {0} is locked for {1} more minutes after {2} wrong passwords.</source>
        <translation>El acceso de {0} queda bloqueado {1} minutos más tras {2} contraseñas incorrectas.</translation>
    </message>
    <message>
        <source>Make the shortest freeze the shorter one.</source>
        <translation>La congelación mínima debe ser más corta que la máxima.</translation>
    </message>
    <message>
        <source>Name an existing user with --user, or leave --user out to act as admin.</source>
        <translation>Indique un usuario existente con --user, u omita --user para actuar como administrador.</translation>
    </message>
    <message>
        <source>No chain server is set for this desk.</source>
        <translation>Este puesto no tiene configurado ningún servidor de la cadena.</translation>
    </message>
    <message>
        <source>No client has the phone {0}.</source>
        <translation>Ningún cliente tiene el teléfono {0}.</translation>
    </message>
    <message>
        <source>No client has the phone {0}. Add the client in Desk first, or correct the number.</source>
        <translation>Ningún cliente tiene el teléfono {0}. Añada primero el cliente en Desk o corrija el número.</translation>
    </message>
    <message>
        <source>No client {0}.</source>
        <translation>No existe el cliente {0}.</translation>
    </message>
    <message>
        <source>No location {0}.</source>
        <translation>No existe el centro {0}.</translation>
    </message>
    <message>
        <source>No longer shared</source>
        <translation>Ya no se comparte</translation>
    </message>
    <message>
        <source>No membership type {0}.</source>
        <translation>No existe el tipo de bono {0}.</translation>
    </message>
    <message>
        <source>No membership {0}.</source>
        <translation>No existe el bono {0}.</translation>
    </message>
    <message>
        <source>No payment {0} on this membership.</source>
        <translation>Este bono no tiene ningún pago {0}.</translation>
    </message>
    <message>
        <source>No service {0}.</source>
        <translation>No existe el servicio {0}.</translation>
    </message>
    <message>
        <source>No user {0}.</source>
        <translation>No existe el usuario {0}.</translation>
    </message>
    <message>
        <source>Nothing more to do: that booking stands. For another visit choose another time or service.</source>
        <translation>No hay nada más que hacer: esa reserva se mantiene. Para otra visita, elija otra hora u otro servicio.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>Nothing to freeze.</source>
        <translation>No hay nada que congelar.</translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation>No hay nada que quitar.</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>No hay nada que resolver.</translation>
    </message>
    <message>
        <source>Nothing to unfreeze.</source>
        <translation>No hay nada que descongelar.</translation>
    </message>
    <message>
        <source>Only a manager can book a start that has passed ({0}).</source>
        <translation>Solo un gerente puede reservar con una hora de inicio ya pasada ({0}).</translation>
    </message>
    <message>
        <source>Only a membership still in use can be shared.</source>
        <translation>Solo se puede compartir un bono que siga en uso.</translation>
    </message>
    <message>
        <source>Only a membership still in use can change hands.</source>
        <translation>Solo se puede traspasar un bono que siga en uso.</translation>
    </message>
    <message>
        <source>Only an active membership can be frozen; this one is {0}.</source>
        <translation>Solo se puede congelar un bono activo; el estado de este es: {0}.</translation>
    </message>
    <message>
        <source>Only an open booking can change.</source>
        <translation>Solo se puede cambiar una reserva abierta.</translation>
    </message>
    <message>
        <source>Only its owner can use it, and the clients it is shared with.</source>
        <translation>Solo pueden usarlo su titular y los clientes con los que se comparte.</translation>
    </message>
    <message>
        <source>Only memberships of auto-renewing types can be cancelled.</source>
        <translation>Solo se pueden cancelar los bonos de tipos con renovación automática.</translation>
    </message>
    <message>
        <source>Open that client instead, or check the number.</source>
        <translation>Abra ese cliente o compruebe el número.</translation>
    </message>
    <message>
        <source>Open the file in Excel and save it again.</source>
        <translation>Abra el archivo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>Part of the chain&apos;s data could not be applied yet; nothing was applied.</source>
        <translation>Una parte de los datos de la cadena aún no se ha podido aplicar; no se ha aplicado nada.</translation>
    </message>
    <message>
        <source>Part of the chain&apos;s data is still on its way; nothing was applied.</source>
        <translation>Una parte de los datos de la cadena aún está en camino; no se ha aplicado nada.</translation>
    </message>
    <message>
        <source>Pay with another membership, or ask a manager to pay anyway with a reason.</source>
        <translation>Pague con otro bono o pida a un gerente que cobre igualmente indicando un motivo.</translation>
    </message>
    <message>
        <source>Paying past a visit limit needs a reason.</source>
        <translation>Para pagar por encima del límite de visitas hay que indicar un motivo.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payment undo</source>
        <translation>Pago deshecho</translation>
    </message>
    <message>
        <source>Pick a later date.</source>
        <translation>Elija una fecha posterior.</translation>
    </message>
    <message>
        <source>Pick a later expiry date.</source>
        <translation>Elija una fecha de caducidad posterior.</translation>
    </message>
    <message>
        <source>Pick dates outside that freeze.</source>
        <translation>Elija fechas fuera de esa congelación.</translation>
    </message>
    <message>
        <source>Put %TO% and %MESSAGE% where the gateway expects the phone number and the text.</source>
        <translation>Ponga %TO% y %MESSAGE% donde la pasarela espera el número de teléfono y el texto.</translation>
    </message>
    <message>
        <source>Refresh the conflicts.</source>
        <translation>Actualice la lista de conflictos.</translation>
    </message>
    <message>
        <source>Refresh the list of payments due.</source>
        <translation>Actualice la lista de pagos pendientes.</translation>
    </message>
    <message>
        <source>the {type} of {client}</source>
        <translation>{type} de {client}</translation>
    </message>
    <message>
        <source>Void sale…</source>
        <translation>Anular la venta…</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Anular la venta</translation>
    </message>
    <message>
        <source>Cancel the chosen membership&apos;s sale: the day it was sold, before any visit is used</source>
        <translation>Cancelar la venta del bono elegido: el mismo día de la venta, antes de usar ninguna visita</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>Pay the client back and close the chosen membership (managers)</source>
        <translation>Devolver el dinero al cliente y cerrar el bono elegido (gerentes)</translation>
    </message>
    <message>
        <source>Void the sale of {membership}? It is cancelled, can&apos;t be used, and leaves the day&apos;s revenue.</source>
        <translation>¿Anular la venta de {membership}? Se cancela, no se puede usar y sale de los ingresos del día.</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>Voiding the sale…</source>
        <translation>Anulando la venta…</translation>
    </message>
    <message>
        <source>Refund {membership}</source>
        <translation>Reembolsar {membership}</translation>
    </message>
    <message>
        <source>Amount paid back</source>
        <translation>Importe devuelto</translation>
    </message>
    <message>
        <source>Why the client is paid back</source>
        <translation>Por qué se devuelve el dinero al cliente</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Pendiente de devolver</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>{membership} is closed: no visits left, status refunded.</source>
        <translation>{membership} se cierra: sin visitas restantes, estado reembolsado.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Reembolsando…</translation>
    </message>
    <message>
        <source>Frozen from {0}, works again on {1}</source>
        <translation>Congelado desde el {0}, vuelve a funcionar el {1}</translation>
    </message>
    <message>
        <source>Remaining sessions: {0}. Write a whole number, 0 or more.</source>
        <translation>Sesiones restantes: {0}. Escriba un número entero, 0 o más.</translation>
    </message>
    <message>
        <source>Remaining visits written off at expiry</source>
        <translation>Visitas restantes dadas de baja al caducar</translation>
    </message>
    <message>
        <source>Remove someone from its list first.</source>
        <translation>Quite primero a alguien de su lista.</translation>
    </message>
    <message>
        <source>Remove the password in Excel and save it again as an Excel Workbook (.xlsx).</source>
        <translation>Quite la contraseña en Excel y vuelva a guardar el archivo como Libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Remove the password in Excel, and save it as an Excel Workbook (.xlsx).</source>
        <translation>Quite la contraseña en Excel y guarde el archivo como Libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Restore the type or choose another one.</source>
        <translation>Restaure el tipo o elija otro.</translation>
    </message>
    <message>
        <source>Run `desk server init URL` on it first.</source>
        <translation>Ejecute primero `desk server init URL` en él.</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Sale of {0} cancelled: {1} back to the client</source>
        <translation>Venta del {0} anulada: {1} devueltos al cliente</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>Venta anulada</translation>
    </message>
    <message>
        <source>Save the sheet again from Excel; if it is genuine, split it.</source>
        <translation>Vuelva a guardar la hoja desde Excel; si de verdad es tan grande, divídala.</translation>
    </message>
    <message>
        <source>Say why the membership is edited.</source>
        <translation>Indique por qué se modifica el bono.</translation>
    </message>
    <message>
        <source>Say why the membership is frozen.</source>
        <translation>Indique por qué se congela el bono.</translation>
    </message>
    <message>
        <source>Say why the membership is refunded.</source>
        <translation>Indique por qué se reembolsa el bono.</translation>
    </message>
    <message>
        <source>Say why this visit is let past the limit.</source>
        <translation>Indique por qué se permite esta visita por encima del límite.</translation>
    </message>
    <message>
        <source>Sell a membership, or take another payment.</source>
        <translation>Venda un bono o cobre de otra forma.</translation>
    </message>
    <message>
        <source>Sell a new membership, or ask a manager to extend it.</source>
        <translation>Venda un bono nuevo o pida a un gerente que prorrogue este.</translation>
    </message>
    <message>
        <source>Sell a new membership.</source>
        <translation>Venda un bono nuevo.</translation>
    </message>
    <message>
        <source>Sell the client a membership of their own.</source>
        <translation>Venda al cliente un bono propio.</translation>
    </message>
    <message>
        <source>Set it in Settings › Chain server, or pass --server URL.</source>
        <translation>Configúrelo en Ajustes › Servidor de la cadena o indique --server URL.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Sharing with {0} other clients is not possible.</source>
        <translation>No se puede compartir con {0} clientes más.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Acorte el motivo.</translation>
    </message>
    <message>
        <source>Shorten the message text.</source>
        <translation>Acorte el texto del mensaje.</translation>
    </message>
    <message>
        <source>Shorten the name.</source>
        <translation>Acorte el nombre.</translation>
    </message>
    <message>
        <source>Show the sheet with the memberships in Excel (right-click a sheet tab › Unhide) and save the file again.</source>
        <translation>Muestre en Excel la hoja con los bonos (clic derecho en una pestaña de hoja › Mostrar) y vuelva a guardar el archivo.</translation>
    </message>
    <message>
        <source>Sorry, but it appears that your membership is either not suitable or has expired.</source>
        <translation>Lo sentimos, pero parece que su bono no es válido para esta reserva o ya ha caducado.</translation>
    </message>
    <message>
        <source>Split it into several files.</source>
        <translation>Divídalo en varios archivos.</translation>
    </message>
    <message>
        <source>Started by the first visit</source>
        <translation>Iniciado con la primera visita</translation>
    </message>
    <message>
        <source>Started on its activation date</source>
        <translation>Iniciado en su fecha de activación</translation>
    </message>
    <message>
        <source>Status ignored: {0} counts validity from the sale.</source>
        <translation>Estado ignorado: {0} cuenta la validez desde la venta.</translation>
    </message>
    <message>
        <source>Swap the two dates, or check them.</source>
        <translation>Intercambie las dos fechas o revíselas.</translation>
    </message>
    <message>
        <source>Sync again in a moment.</source>
        <translation>Vuelva a sincronizar dentro de un momento.</translation>
    </message>
    <message>
        <source>The SMS gateway address {0} is not a web address.</source>
        <translation>La dirección de la pasarela SMS {0} no es una dirección web.</translation>
    </message>
    <message>
        <source>The SMS request body has no %MESSAGE% in it.</source>
        <translation>El cuerpo de la petición SMS no contiene %MESSAGE%.</translation>
    </message>
    <message>
        <source>The backup {0} can&apos;t be restored: {1} Nothing was changed.</source>
        <translation>No se puede restaurar la copia de seguridad {0}: {1} No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup {0} failed its integrity check.</source>
        <translation>La copia de seguridad {0} no ha superado la comprobación de integridad.</translation>
    </message>
    <message>
        <source>The chain already has a desk {0}.</source>
        <translation>La cadena ya tiene un puesto {0}.</translation>
    </message>
    <message>
        <source>The chain has no desk {0}.</source>
        <translation>La cadena no tiene ningún puesto {0}.</translation>
    </message>
    <message>
        <source>The chain has no location yet.</source>
        <translation>La cadena aún no tiene ningún centro.</translation>
    </message>
    <message>
        <source>The chain server does not know this desk&apos;s login.</source>
        <translation>El servidor de la cadena no reconoce el acceso de este puesto.</translation>
    </message>
    <message>
        <source>The chain server has no desks&apos; role yet.</source>
        <translation>El servidor de la cadena aún no tiene el rol de los puestos.</translation>
    </message>
    <message>
        <source>The chain server has no server id yet.</source>
        <translation>El servidor de la cadena aún no tiene identificador de servidor.</translation>
    </message>
    <message>
        <source>The chain server won&apos;t bind the desk {0} to this device ({1}): the device wrote to it before, or is another desk&apos;s.</source>
        <translation>El servidor de la cadena no vincula el puesto {0} a este dispositivo ({1}): el dispositivo ya ha escrito en él antes o pertenece a otro puesto.</translation>
    </message>
    <message>
        <source>The chain server {0} could not be reached or dropped the connection.</source>
        <translation>No se ha podido conectar con el servidor de la cadena {0} o este ha cortado la conexión.</translation>
    </message>
    <message>
        <source>The chain server {0} has no Desk schema, or an older one.</source>
        <translation>El servidor de la cadena {0} no tiene el esquema de Desk o tiene uno anterior.</translation>
    </message>
    <message>
        <source>The chain server {0} no longer lets this desk in: its owner revoked this desk&apos;s login.</source>
        <translation>El servidor de la cadena {0} ya no admite este puesto: su propietario ha revocado el acceso de este puesto.</translation>
    </message>
    <message>
        <source>The chain server {0} refused a change from this desk: {1}.</source>
        <translation>El servidor de la cadena {0} ha rechazado un cambio de este puesto: {1}.</translation>
    </message>
    <message>
        <source>The chain server {0} refused this desk&apos;s password.</source>
        <translation>El servidor de la cadena {0} ha rechazado la contraseña de este puesto.</translation>
    </message>
    <message>
        <source>The chain server {0} refused: {1}.</source>
        <translation>El servidor de la cadena {0} lo ha rechazado: {1}.</translation>
    </message>
    <message>
        <source>The chain&apos;s owner binds it: `desk server add-desk URL NAME --device {0}` gives this device a connection string.</source>
        <translation>Lo vincula el propietario de la cadena: `desk server add-desk URL NAME --device {0}` da a este dispositivo una cadena de conexión.</translation>
    </message>
    <message>
        <source>The chain&apos;s owner revoked the desk {0}.</source>
        <translation>El propietario de la cadena ha revocado el puesto {0}.</translation>
    </message>
    <message>
        <source>The closure starts on {0}, before today ({1}).</source>
        <translation>El cierre empieza el {0}, antes de hoy ({1}).</translation>
    </message>
    <message>
        <source>The closure {0} has no freeze left to end on {1}.</source>
        <translation>Al cierre {0} no le queda ninguna congelación que terminar el {1}.</translation>
    </message>
    <message>
        <source>The code {0} can&apos;t be used.</source>
        <translation>No se puede usar el código {0}.</translation>
    </message>
    <message>
        <source>The code {0} is already used.</source>
        <translation>El código {0} ya está en uso.</translation>
    </message>
    <message>
        <source>The column “{0}” is missing. Add a header cell “{1}” in row 1.</source>
        <translation>Falta la columna «{0}». Añada una celda de encabezado «{1}» en la fila 1.</translation>
    </message>
    <message>
        <source>The columns “{0}” and “{1}” are both missing; at least one is needed. Add one of them to the header row.</source>
        <translation>Faltan las columnas «{0}» y «{1}»; se necesita al menos una. Añada una de ellas a la fila de encabezado.</translation>
    </message>
    <message>
        <source>The connection string of the desk {0} belongs to another device.</source>
        <translation>La cadena de conexión del puesto {0} pertenece a otro dispositivo.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The database stayed busy with another program&apos;s change for too long; nothing was changed.</source>
        <translation>La base de datos ha estado ocupada demasiado tiempo con un cambio de otro programa; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database {0} is on a network share, where SQLite can lose data.</source>
        <translation>La base de datos {0} está en una carpeta de red compartida, donde SQLite puede perder datos.</translation>
    </message>
    <message>
        <source>The database {0} was made by a newer Desk (schema {1}); this Desk knows schema {2} at most. Nothing was changed.</source>
        <translation>La base de datos {0} se creó con una versión más reciente de Desk (esquema {1}); esta versión de Desk admite como máximo el esquema {2}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The device {0} is already the desk {1}.</source>
        <translation>El dispositivo {0} ya es el puesto {1}.</translation>
    </message>
    <message>
        <source>The e-mail server port {0} is not a port number.</source>
        <translation>El puerto del servidor de correo {0} no es un número de puerto.</translation>
    </message>
    <message>
        <source>The edit changes nothing.</source>
        <translation>El cambio no modifica nada.</translation>
    </message>
    <message>
        <source>The expiry {0} must be after the sale date {1}.</source>
        <translation>La fecha de caducidad {0} debe ser posterior a la fecha de venta {1}.</translation>
    </message>
    <message>
        <source>The file has a header but no memberships below it. Add one row per membership under the header.</source>
        <translation>El archivo tiene encabezado, pero ningún bono debajo. Añada una fila por bono bajo el encabezado.</translation>
    </message>
    <message>
        <source>The file has no visible sheet of cells to import.</source>
        <translation>El archivo no tiene ninguna hoja de celdas visible que importar.</translation>
    </message>
    <message>
        <source>The file is password-protected or an old .xls.</source>
        <translation>El archivo está protegido con contraseña o es un .xls antiguo.</translation>
    </message>
    <message>
        <source>The file is {0} MB; at most 50 MB can be imported.</source>
        <translation>El archivo ocupa {0} MB; se pueden importar como máximo 50 MB.</translation>
    </message>
    <message>
        <source>The file unpacks to {0} GB; at most 1 GB is read.</source>
        <translation>Descomprimido, el archivo ocupa {0} GB; se lee como máximo 1 GB.</translation>
    </message>
    <message>
        <source>The freeze limit can&apos;t be negative.</source>
        <translation>El límite de congelación no puede ser negativo.</translation>
    </message>
    <message>
        <source>The list of services of a sold membership can&apos;t change.</source>
        <translation>La lista de servicios de un bono vendido no se puede cambiar.</translation>
    </message>
    <message>
        <source>The location {0}. Write one of: {1}.</source>
        <translation>El centro {0}. Escriba uno de estos: {1}.</translation>
    </message>
    <message>
        <source>The lock after idle minutes can&apos;t be {0}.</source>
        <translation>El bloqueo por inactividad no puede ser de {0} minutos.</translation>
    </message>
    <message>
        <source>The membership number {0} can&apos;t be used. Use at most {1} letters, digits or the signs {2}, starting with a letter or a digit.</source>
        <translation>El número de bono {0} no se puede usar. Use como máximo {1} letras, cifras o los signos {2}, empezando por una letra o una cifra.</translation>
    </message>
    <message>
        <source>The membership type {0}. Write the type&apos;s name as in Desk.</source>
        <translation>El tipo de bono {0}. Escriba el nombre del tipo como aparece en Desk.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one and from the user name.</source>
        <translation>La nueva contraseña debe ser distinta de la anterior y del nombre de usuario.</translation>
    </message>
    <message>
        <source>The new password needs at least {0} characters.</source>
        <translation>La nueva contraseña debe tener al menos {0} caracteres.</translation>
    </message>
    <message>
        <source>The number of clients a membership may be shared with can&apos;t be lowered once a membership of this type has been sold; raising it is fine.</source>
        <translation>Cuando ya se ha vendido un bono de este tipo, no se puede reducir el número de clientes con los que puede compartirse; sí se puede aumentar.</translation>
    </message>
    <message>
        <source>The number of {0} must be 0 or more, not {1}.</source>
        <translation>El valor de «{0}» debe ser 0 o más, no {1}.</translation>
    </message>
    <message>
        <source>The number {0} is also in row {1}. Each membership needs its own number.</source>
        <translation>El número {0} también está en la fila {1}. Cada bono necesita su propio número.</translation>
    </message>
    <message>
        <source>The part {0} declares XML entities, which Excel never writes: refused as an XML bomb.</source>
        <translation>La parte {0} declara entidades XML, algo que Excel nunca genera: se rechaza como bomba XML.</translation>
    </message>
    <message>
        <source>The part {0} is far larger than Excel writes it.</source>
        <translation>La parte {0} es mucho más grande de lo que la genera Excel.</translation>
    </message>
    <message>
        <source>The part {0} unpacks {1} times larger than it is stored: refused as a zip bomb.</source>
        <translation>La parte {0} se descomprime a un tamaño {1} veces mayor que el almacenado: se rechaza como bomba zip.</translation>
    </message>
    <message>
        <source>The password needs at least {0} characters.</source>
        <translation>La contraseña debe tener al menos {0} caracteres.</translation>
    </message>
    <message>
        <source>The price {0} is below zero.</source>
        <translation>El precio {0} es inferior a cero.</translation>
    </message>
    <message>
        <source>The reason {0}… is longer than 60 characters.</source>
        <translation>El motivo {0}… tiene más de 60 caracteres.</translation>
    </message>
    <message>
        <source>The row has neither an owner phone nor a membership number. Fill in at least one.</source>
        <translation>La fila no tiene ni teléfono del titular ni número de bono. Rellene al menos uno.</translation>
    </message>
    <message>
        <source>The sale date {0} is in the future (today is {1}). Correct the date.</source>
        <translation>La fecha de venta {0} es futura (hoy es {1}). Corrija la fecha.</translation>
    </message>
    <message>
        <source>The server already has a role {0}.</source>
        <translation>El servidor ya tiene un rol {0}.</translation>
    </message>
    <message>
        <source>The server already has a role {0}: another chain&apos;s, or a login the desks shared before.</source>
        <translation>El servidor ya tiene un rol {0}: de otra cadena, o un acceso que los puestos compartían antes.</translation>
    </message>
    <message>
        <source>The server&apos;s search path names no existing schema.</source>
        <translation>La ruta de búsqueda (search_path) del servidor no incluye ningún esquema existente.</translation>
    </message>
    <message>
        <source>The sheet declares XML entities, which Excel never writes: refused as an XML bomb.</source>
        <translation>La hoja declara entidades XML, algo que Excel nunca genera: se rechaza como bomba XML.</translation>
    </message>
    <message>
        <source>The sheet has {0} rows (its cells reach {1}); at most {2} can be imported.</source>
        <translation>La hoja tiene {0} filas (sus celdas llegan hasta {1}); se pueden importar como máximo {2}.</translation>
    </message>
    <message>
        <source>The sheet has {0} rows; at most {1} can be imported.</source>
        <translation>La hoja tiene {0} filas; se pueden importar como máximo {1}.</translation>
    </message>
    <message>
        <source>The sheet names a cell {0}, which is not a cell reference.</source>
        <translation>La hoja menciona una celda {0}, que no es una referencia de celda válida.</translation>
    </message>
    <message>
        <source>The sheet&apos;s cells hold more than {0} characters of text.</source>
        <translation>Las celdas de la hoja contienen más de {0} caracteres de texto.</translation>
    </message>
    <message>
        <source>The sheet&apos;s cells reach {0}: {1} rows × {2} columns, {3} cells; Desk reads at most {4}.</source>
        <translation>Las celdas de la hoja llegan hasta {0}: {1} filas × {2} columnas, {3} celdas; Desk lee como máximo {4}.</translation>
    </message>
    <message>
        <source>The shortest freeze ({0} days) is longer than the longest ({1} days).</source>
        <translation>La congelación mínima ({0} días) es más larga que la máxima ({1} días).</translation>
    </message>
    <message>
        <source>The status {0} is not known. Write issued or activated.</source>
        <translation>El estado {0} no es conocido. Escriba issued o activated.</translation>
    </message>
    <message>
        <source>The type does not allow transfers.</source>
        <translation>El tipo no permite traspasos.</translation>
    </message>
    <message>
        <source>The unfreeze date {0} must be after {1}.</source>
        <translation>La fecha de descongelación {0} debe ser posterior al {1}.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The validity can&apos;t be negative.</source>
        <translation>La validez no puede ser negativa.</translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheets is damaged.</source>
        <translation>La lista de hojas del libro está dañada.</translation>
    </message>
    <message>
        <source>The {0} ends on {1}, before it starts on {2}.</source>
        <translation>El periodo ({0}) termina el {1}, antes de empezar el {2}.</translation>
    </message>
    <message>
        <source>The {0} message is {1} characters long; at most {2} are allowed.</source>
        <translation>El mensaje «{0}» tiene {1} caracteres; se permiten como máximo {2}.</translation>
    </message>
    <message>
        <source>The {0} name is {1} characters long; at most {2} fit.</source>
        <translation>El nombre ({0}) tiene {1} caracteres; caben como máximo {2}.</translation>
    </message>
    <message>
        <source>The {0} needs a name.</source>
        <translation>Falta el nombre ({0}).</translation>
    </message>
    <message>
        <source>The {0} {1} can&apos;t be written ({2}).</source>
        <translation>No se puede escribir el archivo {1} ({0}; {2}).</translation>
    </message>
    <message>
        <source>The {0} {1} is not a date and time.</source>
        <translation>Campo «{0}»: {1} no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>The {0} {1} is not a date.</source>
        <translation>Campo «{0}»: {1} no es una fecha válida.</translation>
    </message>
    <message>
        <source>The {0} {1} is not an amount.</source>
        <translation>Campo «{0}»: {1} no es un importe válido.</translation>
    </message>
    <message>
        <source>The {0} {1} is not between {2} and {3}.</source>
        <translation>Campo «{0}»: {1} no está entre {2} y {3}.</translation>
    </message>
    <message>
        <source>The {0} {1} must be between 0 and 1,000,000,000 with at most 2 decimals.</source>
        <translation>Campo «{0}»: {1} debe estar entre 0 y 1.000.000.000, con 2 decimales como máximo.</translation>
    </message>
    <message>
        <source>There is already a location named {0}.</source>
        <translation>Ya existe un centro llamado {0}.</translation>
    </message>
    <message>
        <source>There is already a user {0}.</source>
        <translation>Ya existe el usuario {0}.</translation>
    </message>
    <message>
        <source>There is no booking {0}.</source>
        <translation>No existe la reserva {0}.</translation>
    </message>
    <message>
        <source>There is no closure {0}.</source>
        <translation>No existe el cierre {0}.</translation>
    </message>
    <message>
        <source>There is no file {0}.</source>
        <translation>No existe el archivo {0}.</translation>
    </message>
    <message>
        <source>There is no location named {0}.</source>
        <translation>No existe ningún centro llamado {0}.</translation>
    </message>
    <message>
        <source>There is no membership type named {0}.</source>
        <translation>No existe ningún tipo de bono llamado {0}.</translation>
    </message>
    <message>
        <source>There is no membership {0}.</source>
        <translation>No existe el bono {0}.</translation>
    </message>
    <message>
        <source>There is no payment due {0}.</source>
        <translation>No existe el pago pendiente {0}.</translation>
    </message>
    <message>
        <source>There is no payment {0}.</source>
        <translation>No existe el pago {0}.</translation>
    </message>
    <message>
        <source>There is no service named {0}.</source>
        <translation>No existe ningún servicio llamado {0}.</translation>
    </message>
    <message>
        <source>There is no such row set aside.</source>
        <translation>No existe esa fila apartada.</translation>
    </message>
    <message>
        <source>There is no such settled clash.</source>
        <translation>No existe ese conflicto resuelto.</translation>
    </message>
    <message>
        <source>There is no user {0}.</source>
        <translation>No existe el usuario {0}.</translation>
    </message>
    <message>
        <source>There is no {0} named {1}.</source>
        <translation>No se encuentra {1} ({0}).</translation>
    </message>
    <message>
        <source>This booking is already {0}.</source>
        <translation>Esta reserva ya está en estado «{0}».</translation>
    </message>
    <message>
        <source>This booking starts at {0}, which has already passed (it is {1} now).</source>
        <translation>La hora de inicio de esta reserva ({0}) ya ha pasado (ahora: {1}).</translation>
    </message>
    <message>
        <source>This chain&apos;s desks&apos; role is {0}, not {1}.</source>
        <translation>El rol de los puestos de esta cadena es {0}, no {1}.</translation>
    </message>
    <message>
        <source>This client already uses {0}.</source>
        <translation>Este cliente ya usa {0}.</translation>
    </message>
    <message>
        <source>This database already holds a chain.</source>
        <translation>Esta base de datos ya contiene una cadena.</translation>
    </message>
    <message>
        <source>This database holds no chain yet.</source>
        <translation>Esta base de datos aún no contiene ninguna cadena.</translation>
    </message>
    <message>
        <source>This membership can only be edited where it was sold.</source>
        <translation>Este bono solo se puede modificar en el centro donde se vendió.</translation>
    </message>
    <message>
        <source>This membership is not frozen.</source>
        <translation>Este bono no está congelado.</translation>
    </message>
    <message>
        <source>This payment is of {0} {1}; a {2} may undo only payments of today ({3} {4}).</source>
        <translation>Este pago es del {0} {1}; el rol {2} solo puede deshacer pagos de hoy ({3} {4}).</translation>
    </message>
    <message>
        <source>This payment was already marked paid.</source>
        <translation>Este pago ya estaba marcado como pagado.</translation>
    </message>
    <message>
        <source>This payment was already undone.</source>
        <translation>Este pago ya se había deshecho.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Give the chosen membership to another client: its visits, expiry and history go with it</source>
        <translation>Dar el bono elegido a otro cliente: sus visitas, su caducidad y su historial van con él</translation>
    </message>
    <message>
        <source>Transfer {membership}</source>
        <translation>Transferir {membership}</translation>
    </message>
    <message>
        <source>Phone of the new owner</source>
        <translation>Teléfono del nuevo titular</translation>
    </message>
    <message>
        <source>The new owner&apos;s phone</source>
        <translation>El teléfono del nuevo titular</translation>
    </message>
    <message>
        <source>Why it changes hands (optional)</source>
        <translation>Por qué cambia de titular (opcional)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>T&amp;ransferir…</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>aún nadie</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>Titular actual</translation>
    </message>
    <message>
        <source>New owner&apos;s &amp;phone</source>
        <translation>&amp;Teléfono del nuevo titular</translation>
    </message>
    <message>
        <source>Visits, expiry, freezes and history stay with it; only the new owner may use it from then on.</source>
        <translation>Las visitas, la caducidad, las congelaciones y el historial se mantienen; a partir de entonces solo el nuevo titular puede usarlo.</translation>
    </message>
    <message>
        <source>Give {membership} to {client} ({phone})? Only they may use it from then on.</source>
        <translation>¿Dar {membership} a {client} ({phone})? A partir de entonces solo podrá usarlo esa persona.</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Transfiriendo…</translation>
    </message>
    <message>
        <source>Try again; if it repeats, close other programs using the database (another Desk window, a backup tool).</source>
        <translation>Inténtelo de nuevo; si se repite, cierre otros programas que usen la base de datos (otra ventana de Desk, una herramienta de copias de seguridad).</translation>
    </message>
    <message>
        <source>Try again; if it repeats, the disk may be failing.</source>
        <translation>Inténtelo de nuevo; si se repite, puede que el disco esté fallando.</translation>
    </message>
    <message>
        <source>Turn one off, or make a copy of the service for each way of booking.</source>
        <translation>Desactive una de las dos opciones o haga una copia del servicio para cada forma de reserva.</translation>
    </message>
    <message>
        <source>Type 0 for no fee, or more.</source>
        <translation>Escriba 0 si no hay tarifa, o un importe mayor.</translation>
    </message>
    <message>
        <source>Type 0 for unlimited or a positive amount.</source>
        <translation>Escriba 0 para ilimitado o una cantidad positiva.</translation>
    </message>
    <message>
        <source>Type 0 or more days.</source>
        <translation>Escriba 0 días o más.</translation>
    </message>
    <message>
        <source>Type a code by hand.</source>
        <translation>Escriba un código a mano.</translation>
    </message>
    <message>
        <source>Type a code or generate one.</source>
        <translation>Escriba un código o genere uno.</translation>
    </message>
    <message>
        <source>Type a longer password; a short sentence is easy to remember.</source>
        <translation>Escriba una contraseña más larga; una frase corta es fácil de recordar.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Type a number such as 800 or 800.50.</source>
        <translation>Escriba un número, como 800 u 800.50.</translation>
    </message>
    <message>
        <source>Type a positive freeze limit.</source>
        <translation>Escriba un límite de congelación positivo.</translation>
    </message>
    <message>
        <source>Type a price of 0 or more.</source>
        <translation>Escriba un precio de 0 o más.</translation>
    </message>
    <message>
        <source>Type a reason.</source>
        <translation>Escriba un motivo.</translation>
    </message>
    <message>
        <source>Type a whole number from 0 (not shared) to {0}.</source>
        <translation>Escriba un número entero de 0 (sin compartir) a {0}.</translation>
    </message>
    <message>
        <source>Type a whole number from 1 to {0}, or choose “no limit”.</source>
        <translation>Escriba un número entero de 1 a {0} o elija «sin límite».</translation>
    </message>
    <message>
        <source>Type a whole number from 1 to {0}, or leave it empty.</source>
        <translation>Escriba un número entero de 1 a {0} o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Type a whole number from 1 to {0}.</source>
        <translation>Escriba un número entero de 1 a {0}.</translation>
    </message>
    <message>
        <source>Type a whole number of visits, 0 or more.</source>
        <translation>Escriba un número entero de visitas, 0 o más.</translation>
    </message>
    <message>
        <source>Type an address starting with https://.</source>
        <translation>Escriba una dirección que empiece por https://.</translation>
    </message>
    <message>
        <source>Type an amount from 0 to {0}.</source>
        <translation>Escriba un importe de 0 a {0}.</translation>
    </message>
    <message>
        <source>Type an amount such as 120.00.</source>
        <translation>Escriba un importe, como 120.00.</translation>
    </message>
    <message>
        <source>Type another code or generate one.</source>
        <translation>Escriba otro código o genere uno.</translation>
    </message>
    <message>
        <source>Type another password.</source>
        <translation>Escriba otra contraseña.</translation>
    </message>
    <message>
        <source>Type the address messages are sent from.</source>
        <translation>Escriba la dirección desde la que se envían los mensajes.</translation>
    </message>
    <message>
        <source>Type the number of {0}.</source>
        <translation>Escriba el valor de «{0}».</translation>
    </message>
    <message>
        <source>Type the password of this desk&apos;s connection string again in Settings › Chain server, or ask the chain&apos;s owner for it.</source>
        <translation>Vuelva a escribir la contraseña de la cadena de conexión de este puesto en Ajustes › Servidor de la cadena, o pídasela al propietario de la cadena.</translation>
    </message>
    <message>
        <source>Type the password you logged in with.</source>
        <translation>Escriba la contraseña con la que inició sesión.</translation>
    </message>
    <message>
        <source>Type the port your provider gives, usually 587 or 25.</source>
        <translation>Escriba el puerto que le indique su proveedor, normalmente 587 o 25.</translation>
    </message>
    <message>
        <source>Type the whole number with its country code, {0}.</source>
        <translation>Escriba el número completo con el prefijo del país, {0}.</translation>
    </message>
    <message>
        <source>Type {0} or less.</source>
        <translation>Escriba {0} o menos.</translation>
    </message>
    <message>
        <source>Undo of a payment</source>
        <translation>Se deshizo un pago</translation>
    </message>
    <message>
        <source>Undo that payment first, or ask a manager to refund it.</source>
        <translation>Deshaga primero ese pago o pida a un gerente que reembolse el bono.</translation>
    </message>
    <message>
        <source>Find a client: name, phone or membership code; a scanned card opens its payment</source>
        <translation>Buscar un cliente: nombre, teléfono o código del bono; una tarjeta escaneada abre su cobro</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>Memberships of the client</source>
        <translation>Bonos del cliente</translation>
    </message>
    <message>
        <source>History of the membership</source>
        <translation>Historial del bono</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Editar cliente…</translation>
    </message>
    <message>
        <source>Sell…</source>
        <translation>Vender…</translation>
    </message>
    <message>
        <source>Pay visit…</source>
        <translation>Cobrar la visita…</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Congelar…</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Descongelar</translation>
    </message>
    <message>
        <source>Stop renewing…</source>
        <translation>Dejar de renovar…</translation>
    </message>
    <message>
        <source>&amp;Undo payment…</source>
        <translation>Deshacer &amp;el cobro…</translation>
    </message>
    <message>
        <source>Undo the payment chosen in the history (Ctrl+Z in the history, or its context menu)</source>
        <translation>Deshacer el cobro elegido en el historial (Ctrl+Z en el historial o su menú contextual)</translation>
    </message>
    <message>
        <source>Undo payment…</source>
        <translation>Deshacer el cobro…</translation>
    </message>
    <message>
        <source>Unfreeze it first, or wait until then.</source>
        <translation>Descongélelo primero o espere hasta entonces.</translation>
    </message>
    <message>
        <source>Unfreeze it first.</source>
        <translation>Descongélelo primero.</translation>
    </message>
    <message>
        <source>Use --force to add the demo anyway, or choose another file.</source>
        <translation>Use --force para añadir la demostración de todos modos, o elija otro archivo.</translation>
    </message>
    <message>
        <source>Use a new database file for another chain.</source>
        <translation>Use un archivo de base de datos nuevo para otra cadena.</translation>
    </message>
    <message>
        <source>Use at most 30 lower-case letters, digits and underscores, starting with a letter: e.g. downtown_1.</source>
        <translation>Use como máximo 30 letras minúsculas (a-z), dígitos y guiones bajos, empezando por una letra; por ejemplo, downtown_1.</translation>
    </message>
    <message>
        <source>Use at most 63 lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>Use como máximo 63 letras minúsculas (a-z), dígitos y guiones bajos, empezando por una letra.</translation>
    </message>
    <message>
        <source>Use at most {0} letters, digits or the signs - _ . /, starting with a letter or a digit.</source>
        <translation>Use como máximo {0} letras, dígitos o los signos - _ . /, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>Use it at one of the locations of its type.</source>
        <translation>Úselo en uno de los centros de su tipo.</translation>
    </message>
    <message>
        <source>Use postgresql+psycopg://user@host:5432/database.</source>
        <translation>Use el formato postgresql+psycopg://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Use the name given to `desk server add-desk`.</source>
        <translation>Use el nombre que se indicó en `desk server add-desk`.</translation>
    </message>
    <message>
        <source>Use the {0}&apos;s name as the desk shows it.</source>
        <translation>Use el nombre ({0}) tal como aparece en Desk.</translation>
    </message>
    <message>
        <source>Use “Duplicate type” to make a new type with the changed setting.</source>
        <translation>Use «Duplicar tipo» para crear un tipo nuevo con el ajuste cambiado.</translation>
    </message>
    <message>
        <source>Wait, or ask an administrator to set a new password.</source>
        <translation>Espere o pida a un administrador que le asigne una contraseña nueva.</translation>
    </message>
    <message>
        <source>Work continues offline. Ask the chain&apos;s owner for a new connection string (`desk server add-desk`).</source>
        <translation>Se sigue trabajando sin conexión. Pida al propietario de la cadena una nueva cadena de conexión (`desk server add-desk`).</translation>
    </message>
    <message>
        <source>Work continues offline; the next sync sends everything. Check the network or the server address in Settings.</source>
        <translation>Se sigue trabajando sin conexión; la próxima sincronización lo enviará todo. Compruebe la red o la dirección del servidor en Ajustes.</translation>
    </message>
    <message>
        <source>Works again from {0}</source>
        <translation>Vuelve a funcionar desde el {0}</translation>
    </message>
    <message>
        <source>Write it as yyyy-mm-dd, for example 2026-03-31.</source>
        <translation>Escríbala como aaaa-mm-dd, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
        <source>Write it as yyyy-mm-ddThh:mm, for example 2026-03-31T14:30.</source>
        <translation>Escríbala como aaaa-mm-ddThh:mm, por ejemplo 2026-03-31T14:30.</translation>
    </message>
    <message>
        <source>Write the country code first, {0}.</source>
        <translation>Escriba primero el prefijo del país, {0}.</translation>
    </message>
    <message>
        <source>`desk closures` lists them.</source>
        <translation>`desk closures` muestra la lista.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>importe pagado</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>copia de seguridad diaria</translation>
    </message>
    <message>
        <source>error workbook</source>
        <translation>libro de errores</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>fecha de caducidad</translation>
    </message>
    <message>
        <source>first closed day</source>
        <translation>primer día cerrado</translation>
    </message>
    <message>
        <source>freeze fee</source>
        <translation>tarifa de congelación</translation>
    </message>
    <message>
        <source>last closed day</source>
        <translation>último día cerrado</translation>
    </message>
    <message>
        <source>location</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>sale date</source>
        <translation>fecha de venta</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>almacén</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>{0} already belongs to this client.</source>
        <translation>{0} ya pertenece a este cliente.</translation>
    </message>
    <message>
        <source>{0} already exists.</source>
        <translation>{0} ya existe.</translation>
    </message>
    <message>
        <source>{0} already has the phone {1}.</source>
        <translation>{0} ya tiene el teléfono {1}.</translation>
    </message>
    <message>
        <source>{0} belongs to another client.</source>
        <translation>{0} pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>{0} can be frozen for at most {1} days at a time; {2} days asked.</source>
        <translation>{0} se puede congelar como máximo {1} días seguidos; se han pedido {2}.</translation>
    </message>
    <message>
        <source>{0} can be frozen for {1} days or more at a time; {2} days asked.</source>
        <translation>{0} debe congelarse al menos {1} días seguidos; se han pedido {2}.</translation>
    </message>
    <message>
        <source>{0} can&apos;t be a database role name.</source>
        <translation>{0} no puede ser un nombre de rol de la base de datos.</translation>
    </message>
    <message>
        <source>{0} can&apos;t name a desk.</source>
        <translation>{0} no puede ser el nombre de un puesto.</translation>
    </message>
    <message>
        <source>{0} days asked, {1} days of freezing left.</source>
        <translation>Se han pedido {0} días y quedan {1} días de congelación.</translation>
    </message>
    <message>
        <source>{0} does not include this service.</source>
        <translation>{0} no incluye este servicio.</translation>
    </message>
    <message>
        <source>{0} does not renew automatically.</source>
        <translation>{0} no se renueva automáticamente.</translation>
    </message>
    <message>
        <source>{0} expired on {1}.</source>
        <translation>{0} caducó el {1}.</translation>
    </message>
    <message>
        <source>{0} expired on {1}: nothing is owed on it any more.</source>
        <translation>{0} caducó el {1}: ya no queda nada pendiente por él.</translation>
    </message>
    <message>
        <source>{0} has an entry dated {1}, after the {2}&apos;s date {3}.</source>
        <translation>{0} tiene un movimiento del {1}, posterior a la fecha de la operación «{2}» ({3}).</translation>
    </message>
    <message>
        <source>{0} has had as many freezes as its type allows: {1} of {2}.</source>
        <translation>{0} ya se ha congelado tantas veces como permite su tipo: {1} de {2}.</translation>
    </message>
    <message>
        <source>{0} is already shared with as many other clients as its type allows: {1}.</source>
        <translation>{0} ya se comparte con tantos clientes como permite su tipo: {1}.</translation>
    </message>
    <message>
        <source>{0} has no owner yet: a gift is used by whoever presents its code.</source>
        <translation>{0} aún no tiene titular: un bono regalo lo usa quien presente su código.</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Undo of the {0} {1}</source>
        <translation>Anulación del cobro de las {0}: {1}</translation>
    </message>
    <message>
        <source>Valid until {0} is before the sale date {1}. Correct one of the two dates.</source>
        <translation>La validez hasta el {0} es anterior a la fecha de venta {1}. Corrija una de las dos fechas.</translation>
    </message>
    <message>
        <source>Visit of {0}</source>
        <translation>Visita del {0}</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>un cliente</translation>
    </message>
    <message>
        <source>{0} (undone)</source>
        <translation>{0} (anulada)</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0}, por {1}</translation>
    </message>
    <message>
        <source>{0} can&apos;t be sold without a code, so the membership number is needed. Write its number.</source>
        <translation>{0} no se puede vender sin código, así que hace falta el número de bono. Escriba su número.</translation>
    </message>
    <message>
        <source>{0} counts validity from the first visit, so the status is needed. Write issued or activated.</source>
        <translation>{0} cuenta la validez desde la primera visita, así que hace falta el estado. Escriba issued o activated.</translation>
    </message>
    <message>
        <source>{0} has a split balance; such memberships can&apos;t be imported. Sell them in Desk instead.</source>
        <translation>{0} tiene saldo por servicio; esos bonos no se pueden importar. Véndalos en Desk.</translation>
    </message>
    <message>
        <source>{0} has no storage for product sales, so it can&apos;t sell memberships.</source>
        <translation>{0} no tiene almacén para la venta de productos, así que no puede vender bonos.</translation>
    </message>
    <message>
        <source>{0} has no storage for product sales, so memberships can&apos;t be imported there. Add a sales storage to it first, or pick another location.</source>
        <translation>{0} no tiene almacén para la venta de productos, así que no se pueden importar bonos allí. Añádale primero un almacén de ventas o elija otro centro.</translation>
    </message>
    <message>
        <source>{0} has no visits left for this service.</source>
        <translation>A {0} no le quedan visitas para este servicio.</translation>
    </message>
    <message>
        <source>{0} has reached its limit of {1}; it can be used again on {2} ({3}).</source>
        <translation>{0} ha alcanzado su límite ({1}); se podrá volver a usar el {2} ({3}).</translation>
    </message>
    <message>
        <source>{0} holds no Excel workbook.</source>
        <translation>{0} no contiene ningún libro de Excel.</translation>
    </message>
    <message>
        <source>{0} includes no service.</source>
        <translation>{0} no incluye ningún servicio.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{0} is already booked for {1} at {2} on {3}.</source>
        <translation>{0} ya tiene una reserva de {1} en {2} el {3}.</translation>
    </message>
    <message>
        <source>{0} is archived and can&apos;t be sold.</source>
        <translation>{0} está archivado y no se puede vender.</translation>
    </message>
    <message>
        <source>{0} is archived: it can&apos;t be sold again.</source>
        <translation>{0} está archivado: no se puede volver a vender.</translation>
    </message>
    <message>
        <source>{0} is damaged: its contents are not what Excel writes.</source>
        <translation>{0} está dañado: su contenido no es el que genera Excel.</translation>
    </message>
    <message>
        <source>{0} is encrypted, so Desk can&apos;t read it.</source>
        <translation>{0} está cifrado, así que Desk no puede leerlo.</translation>
    </message>
    <message>
        <source>{0} is frozen until {1}.</source>
        <translation>{0} está congelado hasta el {1}.</translation>
    </message>
    <message>
        <source>{0} is not a chain server address.</source>
        <translation>{0} no es una dirección de servidor de la cadena.</translation>
    </message>
    <message>
        <source>{0} is not a desk&apos;s device id.</source>
        <translation>{0} no es un identificador de dispositivo de puesto.</translation>
    </message>
    <message>
        <source>{0} is not a phone number written as digits, country code first.{1}</source>
        <translation>{0} no es un número de teléfono escrito con cifras y con el prefijo del país delante.{1}</translation>
    </message>
    <message>
        <source>{0} is not a possible {1}.</source>
        <translation>{0} no es un valor posible para «{1}».</translation>
    </message>
    <message>
        <source>{0} is not a regular file (it is a pipe, a device or a socket).</source>
        <translation>{0} no es un archivo normal (es una canalización, un dispositivo o un socket).</translation>
    </message>
    <message>
        <source>{0} is not a valid phone number.</source>
        <translation>{0} no es un número de teléfono válido.</translation>
    </message>
    <message>
        <source>{0} is not a way to resolve it.</source>
        <translation>{0} no es una forma válida de resolverlo.</translation>
    </message>
    <message>
        <source>{0} is not an Excel .xlsx file.</source>
        <translation>{0} no es un archivo .xlsx de Excel.</translation>
    </message>
    <message>
        <source>{0} is not an amount of money.</source>
        <translation>{0} no es un importe válido.</translation>
    </message>
    <message>
        <source>{0} is not one of the chain&apos;s freeze reasons.</source>
        <translation>{0} no es uno de los motivos de congelación de la cadena.</translation>
    </message>
    <message>
        <source>{0} is not overdrawn.</source>
        <translation>{0} no está en descubierto.</translation>
    </message>
    <message>
        <source>{0} is not shared with this client.</source>
        <translation>{0} no se comparte con este cliente.</translation>
    </message>
    <message>
        <source>{0} is not sold at this location.</source>
        <translation>{0} no se vende en este centro.</translation>
    </message>
    <message>
        <source>{0} is not valid at this location.</source>
        <translation>{0} no es válido en este centro.</translation>
    </message>
    <message>
        <source>{0} is not valid at {1}. Choose a location where the type is valid, or add the location to the type.</source>
        <translation>{0} no es válido en {1}. Elija un centro donde el tipo sea válido o añada el centro al tipo.</translation>
    </message>
    <message>
        <source>{0} is overdrawn by more visits than a whole package holds.</source>
        <translation>{0} tiene en descubierto más visitas de las que incluye un bono completo.</translation>
    </message>
    <message>
        <source>{0} is the database or one of its backups: the {1} can&apos;t be written over it.</source>
        <translation>{0} es la base de datos o una de sus copias de seguridad: no se puede sobrescribir con el archivo ({1}).</translation>
    </message>
    <message>
        <source>{0} is too long for a phone number ({1} digits).</source>
        <translation>{0} es demasiado largo para un número de teléfono ({1} dígitos).</translation>
    </message>
    <message>
        <source>{0} is too short for a phone number ({1} digits).</source>
        <translation>{0} es demasiado corto para un número de teléfono ({1} dígitos).</translation>
    </message>
    <message>
        <source>{0} is valid at no location.</source>
        <translation>{0} no es válido en ningún centro.</translation>
    </message>
    <message>
        <source>{0} is {1}: it can&apos;t be shared.</source>
        <translation>{0} está en estado «{1}»: no se puede compartir.</translation>
    </message>
    <message>
        <source>{0} is {1}: it can&apos;t be transferred.</source>
        <translation>{0} está en estado «{1}»: no se puede traspasar.</translation>
    </message>
    <message>
        <source>{0} may no longer use it</source>
        <translation>{0} ya no puede usarlo</translation>
    </message>
    <message>
        <source>{0} may use it too</source>
        <translation>{0} también puede usarlo</translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be edited.</source>
        <translation>Los bonos del tipo {0} no se pueden modificar.</translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be frozen.</source>
        <translation>Los bonos del tipo {0} no se pueden congelar.</translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be shared.</source>
        <translation>Los bonos del tipo {0} no se pueden compartir.</translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be transferred to another client.</source>
        <translation>Los bonos del tipo {0} no se pueden traspasar a otro cliente.</translation>
    </message>
    <message>
        <source>{0} missed or cancelled late</source>
        <translation>{0}: no asistió o canceló tarde</translation>
    </message>
    <message>
        <source>{0} needs a membership code.</source>
        <translation>El tipo {0} requiere un código de bono.</translation>
    </message>
    <message>
        <source>{0} paid back to the client; no visits left</source>
        <translation>{0} devueltos al cliente; no quedan visitas</translation>
    </message>
    <message>
        <source>{0} sessions is more than {1} holds ({2}). Write {3} or fewer.</source>
        <translation>{0} sesiones son más de las que incluye {1} ({2}). Escriba {3} o menos.</translation>
    </message>
    <message>
        <source>{0} visit of {1}</source>
        <translation>Visita de {0} del {1}</translation>
    </message>
    <message>
        <source>{0} visits is not possible; give 1 to {1}.</source>
        <translation>{0} visitas no es un valor posible; indique de 1 a {1}.</translation>
    </message>
    <message>
        <source>{0} visits {1} is not a possible limit.</source>
        <translation>El límite de {0} visitas ({1}) no es posible.</translation>
    </message>
    <message>
        <source>{0} was cancelled on {1}: its sale was voided.</source>
        <translation>{0} se canceló el {1}: su venta se anuló.</translation>
    </message>
    <message>
        <source>{0} was imported, not sold here: there is no sale to void.</source>
        <translation>{0} se importó, no se vendió aquí: no hay ninguna venta que anular.</translation>
    </message>
    <message>
        <source>{0} was refunded on {1}.</source>
        <translation>{0} se reembolsó el {1}.</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the edit&apos;s date {2}.</source>
        <translation>{0} se vendió el {1}, después de la fecha del cambio ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the refund&apos;s date {2}.</source>
        <translation>{0} se vendió el {1}, después de la fecha del reembolso ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the transfer&apos;s date {2}.</source>
        <translation>{0} se vendió el {1}, después de la fecha del traspaso ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after this booking ({2}).</source>
        <translation>{0} se vendió el {1}, después de esta reserva ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after this visit.</source>
        <translation>{0} se vendió el {1}, después de esta visita.</translation>
    </message>
    <message>
        <source>{0} was sold on {1}; a sale can be voided only the same business day (today is {2}).</source>
        <translation>{0} se vendió el {1}; una venta solo se puede anular el mismo día hábil (hoy es {2}).</translation>
    </message>
    <message>
        <source>{0}: the cell {1}. {2}</source>
        <translation>{0}: la celda {1}. {2}</translation>
    </message>
    <message>
        <source>{0}: {1} is longer than this column ever is ({2} characters at most). Correct the cell.</source>
        <translation>{0}: {1} es más largo de lo que admite esta columna ({2} caracteres como máximo). Corrija la celda.</translation>
    </message>
    <message>
        <source>{0}: {1} is not between {2} and {3}. Check the year.</source>
        <translation>{0}: {1} no está entre {2} y {3}. Compruebe el año.</translation>
    </message>
    <message>
        <source>{0}: {1}. Write it as yyyy-mm-dd, e.g. {2}.</source>
        <translation>{0}: {1}. Escríbala como aaaa-mm-dd, por ejemplo {2}.</translation>
    </message>
    <message>
        <source>{0}; fee {1} due</source>
        <translation>{0}; tarifa de {1} pendiente</translation>
    </message>
    <message>
        <source>{{what}} can&apos;t change once a membership of this type has been sold.</source>
        <translation>{{what}}: no se puede cambiar una vez vendido un bono de este tipo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Dates, times and amounts are written as the language&apos;s country writes them. The window speaks the language chosen from its next start; nothing in the data changes.</source>
        <translation>Las fechas, horas e importes se escriben como en el país del idioma. La ventana usa el idioma elegido a partir de su próximo inicio; los datos no cambian.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>saved — type a new one to replace it</source>
        <translation>guardado: escriba uno nuevo para reemplazarlo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Use STARTTLS (encrypted)</source>
        <translation>Usar STARTTLS (cifrado)</translation>
    </message>
    <message>
        <source>E-mail password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <source>SMS gateway token</source>
        <translation>Token de la pasarela SMS</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keyring and never shown again. Leave a field empty to keep the one saved. No server set up: messages wait in the outbox.</source>
        <translation>Las contraseñas y los tokens se guardan en el llavero del sistema y no se vuelven a mostrar. Deje un campo vacío para conservar el guardado. Sin servidor configurado, los mensajes esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in this desk&apos;s database, marked secret (this computer has no system keyring), and never shown again. Leave a field empty to keep the one saved. No server set up: messages wait in the outbox.</source>
        <translation>Las contraseñas y los tokens se guardan en la base de datos de este puesto, marcados como secretos (este ordenador no tiene llavero del sistema), y no se vuelven a mostrar. Deje un campo vacío para conservar el guardado. Sin servidor configurado, los mensajes esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>E-mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Desk — log in</source>
        <translation>Desk — iniciar sesión</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repite la nueva contraseña</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítela</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Save and log in</source>
        <translation>Guardar e iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <source>Choose a new password for {user} before you start (at least %n characters).</source>
        <translation>
            <numerusform>Elija una nueva contraseña para {user} antes de empezar (al menos %n carácter).</numerusform>
            <numerusform>Elija una nueva contraseña para {user} antes de empezar (al menos %n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Type the new password twice.</source>
        <translation>Escriba la nueva contraseña dos veces.</translation>
    </message>
    <message>
        <source>Saving the new password…</source>
        <translation>Guardando la nueva contraseña…</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>SMS gateway address</source>
        <translation>Dirección de la pasarela SMS</translation>
    </message>
    <message>
        <source>Request body (%TO%, %MESSAGE%)</source>
        <translation>Cuerpo de la petición (%TO%, %MESSAGE%)</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Token de la pasarela</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Saved as {phone}</source>
        <translation>Se guardará como {phone}</translation>
    </message>
    <message>
        <source>Not a complete phone number yet</source>
        <translation>Todavía no es un número de teléfono completo</translation>
    </message>
    <message>
        <source>Saving the client…</source>
        <translation>Guardando el cliente…</translation>
    </message>
    <message>
        <source>Saving {what}…</source>
        <translation>Guardando {what}…</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Guardando los ajustes…</translation>
    </message>
    <message>
        <source>Database upgraded from schema {before} to {after}; the previous file is kept at {backup}.</source>
        <translation>Base de datos actualizada del esquema {before} al {after}; el archivo anterior se conserva en {backup}.</translation>
    </message>
    <message>
        <source>Database upgraded from schema {before} to {after}.</source>
        <translation>Base de datos actualizada del esquema {before} al {after}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Desk — first start</source>
        <translation>Desk — primer inicio</translation>
    </message>
    <message>
        <source>This database is empty. Try Desk with the demo chain “Demo Studio”, or start your own chain?</source>
        <translation>Esta base de datos está vacía. ¿Quiere probar Desk con la cadena de demostración «Demo Studio» o empezar su propia cadena?</translation>
    </message>
    <message>
        <source>Create demo chain</source>
        <translation>Crear la cadena de demostración</translation>
    </message>
    <message>
        <source>Start empty chain</source>
        <translation>Empezar una cadena vacía</translation>
    </message>
    <message>
        <source>Creating the demo chain…</source>
        <translation>Creando la cadena de demostración…</translation>
    </message>
    <message>
        <source>Demo chain created. Log in as admin / admin.</source>
        <translation>Cadena de demostración creada. Inicia sesión como admin / admin.</translation>
    </message>
    <message>
        <source>Desk — new chain</source>
        <translation>Desk — nueva cadena</translation>
    </message>
    <message>
        <source>Name of your chain:</source>
        <translation>Nombre de su cadena:</translation>
    </message>
    <message>
        <source>Choose the password of the user “admin”:</source>
        <translation>Elija la contraseña del usuario «admin»:</translation>
    </message>
    <message>
        <source>Starting the chain…</source>
        <translation>Creando la cadena…</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Reservar de todos modos</translation>
    </message>
    <message>
        <source>This start has passed. Why book it anyway?</source>
        <translation>Esta hora de inicio ya ha pasado. ¿Por qué reservarla de todos modos?</translation>
    </message>
    <message>
        <source>Book for {client}</source>
        <translation>Reserva para {client}</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>C&amp;entro</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Servicios</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Services to book</source>
        <translation>Servicios que reservar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Check and &amp;book</source>
        <translation>Comprobar y &amp;reservar</translation>
    </message>
    <message>
        <source>Book &amp;anyway…</source>
        <translation>Reservar de &amp;todos modos…</translation>
    </message>
    <message>
        <source>Tick at least one service.</source>
        <translation>Marca al menos un servicio.</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Reservando…</translation>
    </message>
    <message>
        <source>{service}, covered by {membership}</source>
        <translation>{service}, cubierto por {membership}</translation>
    </message>
    <message>
        <source>the no-code membership</source>
        <translation>el bono sin código</translation>
    </message>
    <message>
        <source>Booked: {services}</source>
        <translation>Reservado: {services}</translation>
    </message>
    <message>
        <source>counted from the first visit</source>
        <translation>a contar desde la primera visita</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>whoever shows this card</source>
        <translation>quien presente esta tarjeta</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Bono</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>The {type} membership has no code to print.</source>
        <translation>El bono {type} no tiene código que imprimir.</translation>
    </message>
    <message>
        <source>Print the receipt instead, or give the membership a code.</source>
        <translation>Imprime el recibo en su lugar o asigna un código al bono.</translation>
    </message>
    <message>
        <source>Membership card — {type}</source>
        <translation>Tarjeta del bono — {type}</translation>
    </message>
    <message>
        <source>Save membership card as PDF</source>
        <translation>Guardar la tarjeta del bono en PDF</translation>
    </message>
    <message>
        <source>Gift {code} · {type} · no owner yet: it pays the visit of whoever presents it</source>
        <translation>Regalo {code} · {type} · aún sin titular: paga la visita de quien lo presente</translation>
    </message>
    <message>
        <source>No client found.</source>
        <translation>No se ha encontrado ningún cliente.</translation>
    </message>
    <message>
        <source>Type in the search box to find a client.</source>
        <translation>Escriba en el cuadro de búsqueda para encontrar un cliente.</translation>
    </message>
    <message numerus="yes">
        <source>{name} · {phone} · %n memberships</source>
        <translation>
            <numerusform>{name} · {phone} · %n bono</numerusform>
            <numerusform>{name} · {phone} · %n bonos</numerusform>
        </translation>
    </message>
    <message>
        <source>History of {membership}</source>
        <translation>Historial de {membership}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Unfreezing…</source>
        <translation>Descongelando…</translation>
    </message>
    <message>
        <source>{type} of {client}</source>
        <translation>{type} de {client}</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Stop renewing {name}? It stays valid until {day} and is not charged again.</source>
        <translation>¿Dejar de renovar {name}? Sigue siendo válido hasta el {day} y no se vuelve a cobrar.</translation>
    </message>
    <message>
        <source>Stop renewing {name}? It stays valid to its end and is not charged again.</source>
        <translation>¿Dejar de renovar {name}? Sigue siendo válido hasta que termine y no se vuelve a cobrar.</translation>
    </message>
    <message>
        <source>Stop renewing</source>
        <translation>Dejar de renovar</translation>
    </message>
    <message>
        <source>Stopping the renewal…</source>
        <translation>Deteniendo la renovación…</translation>
    </message>
    <message>
        <source>already frozen then</source>
        <translation>ya congelado en esas fechas</translation>
    </message>
    <message>
        <source>a visit inside the days</source>
        <translation>hay una visita en esos días</translation>
    </message>
    <message>
        <source>left as it is: {why}</source>
        <translation>se deja como está: {why}</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin caducidad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>New expiry</source>
        <translation>Nueva caducidad</translation>
    </message>
    <message>
        <source>Close a location</source>
        <translation>Cerrar un centro</translation>
    </message>
    <message>
        <source>Location closed</source>
        <translation>Centro cerrado</translation>
    </message>
    <message>
        <source>First closed day</source>
        <translation>Primer día cerrado</translation>
    </message>
    <message>
        <source>Last closed day</source>
        <translation>Último día cerrado</translation>
    </message>
    <message>
        <source>Memberships the closure freezes</source>
        <translation>Bonos que congela el cierre</translation>
    </message>
    <message>
        <source>&amp;Close location…</source>
        <translation>Ce&amp;rrar centro…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;First closed day</source>
        <translation>&amp;Primer día cerrado</translation>
    </message>
    <message>
        <source>Las&amp;t closed day</source>
        <translation>Ú&amp;ltimo día cerrado</translation>
    </message>
    <message>
        <source>Finding the memberships…</source>
        <translation>Buscando los bonos…</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships frozen for {days}; expiries move by as many.</source>
        <translation>
            <numerusform>%n bono congelado durante {days}; su caducidad se aplaza lo mismo.</numerusform>
            <numerusform>%n bonos congelados durante {days}; sus caducidades se aplazan lo mismo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close {location} from {first} to {last} and freeze %n memberships?</source>
        <translation>
            <numerusform>¿Cerrar {location} del {first} al {last} y congelar %n bono?</numerusform>
            <numerusform>¿Cerrar {location} del {first} al {last} y congelar %n bonos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close location</source>
        <translation>Cerrar centro</translation>
    </message>
    <message>
        <source>&amp;Close location</source>
        <translation>Ce&amp;rrar centro</translation>
    </message>
    <message>
        <source>Closing the location…</source>
        <translation>Cerrando el centro…</translation>
    </message>
    <message numerus="yes">
        <source>{location} is closed from {first} to {last}: %n memberships frozen.</source>
        <translation>
            <numerusform>{location} está cerrado del {first} al {last}: %n bono congelado.</numerusform>
            <numerusform>{location} está cerrado del {first} al {last}: %n bonos congelados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clos&amp;e a location…</source>
        <translation>C&amp;errar un centro…</translation>
    </message>
    <message>
        <source>&amp;Reopen a location…</source>
        <translation>&amp;Reabrir un centro…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Cubierta por</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Memberships held</source>
        <translation>Bonos del cliente</translation>
    </message>
    <message>
        <source>not activated yet</source>
        <translation>sin activar</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>congelado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>queda %n visita</numerusform>
            <numerusform>quedan %n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>hasta el {day}</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Day sheet — {location}, {day}</source>
        <translation>Hoja del día — {location}, {day}</translation>
    </message>
    <message>
        <source>printed at {time}</source>
        <translation>impresa a las {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n bookings</source>
        <translation>
            <numerusform>%n reserva</numerusform>
            <numerusform>%n reservas</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Writing the day sheet…</source>
        <translation>Generando la hoja del día…</translation>
    </message>
    <message>
        <source>Desk — this desk&apos;s location</source>
        <translation>Desk — centro de esta recepción</translation>
    </message>
    <message>
        <source>Where does this desk work? It is the default for selling, paying, booking and the Today tab. Settings › This desk changes it.</source>
        <translation>¿Dónde trabaja esta recepción? Será el centro predeterminado para vender, cobrar, reservar y para la pestaña Hoy. Se cambia en Configuración › Esta recepción.</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>Preguntar más tarde</translation>
    </message>
    <message>
        <source>Saving this desk&apos;s location…</source>
        <translation>Guardando el centro de esta recepción…</translation>
    </message>
    <message>
        <source>Doing the work that is due…</source>
        <translation>Realizando las tareas pendientes…</translation>
    </message>
    <message>
        <source>Due work failed: {reason}</source>
        <translation>Las tareas pendientes fallaron: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships started their validity</source>
        <translation>
            <numerusform>%n bono empezó su validez</numerusform>
            <numerusform>%n bonos empezaron su validez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed visits were deducted</source>
        <translation>
            <numerusform>se descontó %n visita no asistida</numerusform>
            <numerusform>se descontaron %n visitas no asistidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships renewed</source>
        <translation>
            <numerusform>%n bono renovado</numerusform>
            <numerusform>%n bonos renovados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships had already expired; their remaining visits were written off</source>
        <translation>
            <numerusform>%n bono ya había caducado; se dieron de baja sus visitas restantes</numerusform>
            <numerusform>%n bonos ya habían caducado; se dieron de baja sus visitas restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent</source>
        <translation>
            <numerusform>%n mensaje enviado</numerusform>
            <numerusform>%n mensajes enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages could not be sent (see the Outbox)</source>
        <translation>
            <numerusform>no se pudo enviar %n mensaje (véase la Bandeja de salida)</numerusform>
            <numerusform>no se pudieron enviar %n mensajes (véase la Bandeja de salida)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>No había nada pendiente.</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <source>&amp;Payments due…</source>
        <translation>&amp;Pagos pendientes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Desk ran into an unexpected problem. Nothing was changed.

The details are in {log} — please send that file to support.</source>
        <translation>Desk ha tenido un problema inesperado. No se ha cambiado nada.

Los detalles están en {log}: envía ese archivo al servicio de soporte.</translation>
    </message>
    <message>
        <source>Freeze {membership}</source>
        <translation>Congelar {membership}</translation>
    </message>
    <message>
        <source>Days frozen</source>
        <translation>Días congelado</translation>
    </message>
    <message>
        <source>Unfreeze date</source>
        <translation>Fecha de descongelación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo del fallo</translation>
    </message>
    <message>
        <source>What the freeze does</source>
        <translation>Qué hace la congelación</translation>
    </message>
    <message>
        <source>Freeze for the days left</source>
        <translation>Congelar los días que quedan</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>&amp;Congelar</translation>
    </message>
    <message>
        <source>Frozen from</source>
        <translation>Congelado desde</translation>
    </message>
    <message>
        <source>For &amp;days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <source>&amp;Unfreeze on</source>
        <translation>Se desco&amp;ngela el</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Elija un motivo</translation>
    </message>
    <message numerus="yes">
        <source>Freeze for %n days</source>
        <translation>
            <numerusform>Congelar %n día</numerusform>
            <numerusform>Congelar %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Freezing days left: {days}.</source>
        <translation>Días de congelación que quedan: {days}.</translation>
    </message>
    <message>
        <source>Freezing days left: {days} ({after} after this freeze).</source>
        <translation>Días de congelación que quedan: {days} ({after} después de esta congelación).</translation>
    </message>
    <message>
        <source>New expiry: {day}.</source>
        <translation>Nueva caducidad: {day}.</translation>
    </message>
    <message>
        <source>A fee of {fee} will be due (in Payments due).</source>
        <translation>Quedará pendiente una tarifa de {fee} (en Pagos pendientes).</translation>
    </message>
    <message>
        <source>Freezing…</source>
        <translation>Congelando…</translation>
    </message>
    <message>
        <source>Freeze reasons</source>
        <translation>Motivos de congelación</translation>
    </message>
    <message>
        <source>New freeze reason</source>
        <translation>Nuevo motivo de congelación</translation>
    </message>
    <message>
        <source>A reason to add, e.g. Pregnancy</source>
        <translation>Un motivo que añadir, p. ej., Embarazo</translation>
    </message>
    <message>
        <source>A&amp;dd reason</source>
        <translation>&amp;Añadir motivo</translation>
    </message>
    <message>
        <source>Remo&amp;ve reason</source>
        <translation>&amp;Quitar motivo</translation>
    </message>
    <message>
        <source>The receptionist picks one of these when freezing; a type may require one. Memberships frozen before keep the reason they have.</source>
        <translation>El recepcionista elige uno de ellos al congelar; un tipo puede exigirlo. Los bonos ya congelados conservan su motivo.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Nuevo motivo</translation>
    </message>
    <message>
        <source>Undo payment</source>
        <translation>Deshacer el cobro</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undoing the payment…</source>
        <translation>Deshaciendo el cobro…</translation>
    </message>
    <message>
        <source>Undo the {time} {service} visit? The visit goes back to {membership}.</source>
        <translation>¿Deshacer la visita de {service} de las {time}? La visita vuelve a {membership}.</translation>
    </message>
    <message>
        <source>Undo the {time} visit? The visit goes back to {membership}.</source>
        <translation>¿Deshacer la visita de las {time}? La visita vuelve a {membership}.</translation>
    </message>
    <message>
        <source>Undo the {time} {service} visit of {day}? The visit goes back to {membership}.</source>
        <translation>¿Deshacer la visita de {service} de las {time} del {day}? La visita vuelve a {membership}.</translation>
    </message>
    <message>
        <source>Undo the {time} visit of {day}? The visit goes back to {membership}.</source>
        <translation>¿Deshacer la visita de las {time} del {day}? La visita vuelve a {membership}.</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>&amp;Clients &amp;&amp; memberships</source>
        <translation>&amp;Clientes &amp;&amp; bonos</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Membership &amp;types</source>
        <translation>&amp;Tipos de bono</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que importar</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Revisando {file}…</translation>
    </message>
    <message>
        <source>Import memberships</source>
        <translation>Importar bonos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n memberships from {file}.</source>
        <translation>
            <numerusform>Importado %n bono de {file}.</numerusform>
            <numerusform>Importados %n bonos de {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n memberships.</source>
        <translation>
            <numerusform>Importado %n bono.</numerusform>
            <numerusform>Importados %n bonos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the file with its errors marked</source>
        <translation>Guardar el archivo con sus errores marcados</translation>
    </message>
    <message>
        <source>Marking the errors…</source>
        <translation>Marcando los errores…</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Guardar la plantilla de importación</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Guardando la plantilla…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Guardado: {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows of {file} as %n memberships {of_clients}?</source>
        <translation>
            <numerusform>¿Importar %n fila de {file} como %n bono {of_clients}?</numerusform>
            <numerusform>¿Importar %n filas de {file} como %n bonos {of_clients}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n clients</source>
        <translation>
            <numerusform>de %n cliente</numerusform>
            <numerusform>de %n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows of {file} as %n memberships?</source>
        <translation>
            <numerusform>¿Importar %n fila de {file} como %n bono?</numerusform>
            <numerusform>¿Importar %n filas de {file} como %n bonos?</numerusform>
        </translation>
    </message>
    <message>
        <source>No new clients are added: every phone is a client of Desk already.</source>
        <translation>No se añaden clientes nuevos: cada teléfono ya es de un cliente de Desk.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them had already expired; the desk writes off their remaining visits.</source>
        <translation>
            <numerusform>%n de ellos ya había caducado; se anulan sus visitas restantes.</numerusform>
            <numerusform>%n de ellos ya habían caducado; se anulan sus visitas restantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have already expired: their remaining visits will be written off.</source>
        <translation>
            <numerusform>%n de ellos ya ha caducado: sus visitas restantes se anularán.</numerusform>
            <numerusform>%n de ellos ya han caducado: sus visitas restantes se anularán.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file can&apos;t be read; nothing can be imported from it.</source>
        <translation>No se puede leer el archivo; no se puede importar nada de él.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts}: nothing can be imported until every error is fixed. Fix the file and choose it again.</source>
        <translation>{counts}: no se puede importar nada hasta corregir todos los errores. Corrija el archivo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>{rows}, no errors, {warnings}. Commit to import them.</source>
        <translation>{rows}, sin errores, {warnings}. Confirme para importarlas.</translation>
    </message>
    <message>
        <source>{rows}, no errors. Commit to import them.</source>
        <translation>{rows}, sin errores. Confirme para importarlas.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Info&amp;rmes</translation>
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
        <translation>Buscar &amp;un cliente</translation>
    </message>
    <message>
        <source>Check a &amp;booking…</source>
        <translation>C&amp;omprobar una reserva…</translation>
    </message>
    <message>
        <source>&amp;Log out / Switch user</source>
        <translation>&amp;Cerrar sesión / Cambiar de usuario</translation>
    </message>
    <message>
        <source>Find and choose a client first (Ctrl+F).</source>
        <translation>Primero busca y elige un cliente (Ctrl+F).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Issued, not activated</source>
        <translation>Emitidos, sin activar</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date of sale</source>
        <translation>Fecha de venta</translation>
    </message>
    <message>
        <source>Place of sale</source>
        <translation>Centro de venta</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Amount debited</source>
        <translation>Importe consumido</translation>
    </message>
    <message>
        <source>not activated</source>
        <translation>sin activar</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>exact number</source>
        <translation>número exacto</translation>
    </message>
    <message>
        <source>starts with digits</source>
        <translation>empieza por las cifras</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mostr&amp;ar</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Memberships report</source>
        <translation>Informe de bonos</translation>
    </message>
    <message>
        <source>&amp;Sold</source>
        <translation>&amp;Vendido</translation>
    </message>
    <message>
        <source>Place of s&amp;ale</source>
        <translation>Centr&amp;o de venta</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Us&amp;ed</source>
        <translation>&amp;Usado</translation>
    </message>
    <message>
        <source>&amp;Place of use</source>
        <translation>Centro de u&amp;so</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>Vi&amp;gente hasta</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>Sa&amp;ldo</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <source>Any place of sale</source>
        <translation>Cualquier centro de venta</translation>
    </message>
    <message>
        <source>Any place of use</source>
        <translation>Cualquier centro de uso</translation>
    </message>
    <message>
        <source>{code} · {type} · {left}, until {day}</source>
        <translation>{code} · {type} · {left}, hasta el {day}</translation>
    </message>
    <message>
        <source>{code} · {type} · {left}</source>
        <translation>{code} · {type} · {left}</translation>
    </message>
    <message>
        <source>Pay anyway</source>
        <translation>Cobrar de todos modos</translation>
    </message>
    <message>
        <source>This membership has reached its visit limit. Why pay this visit anyway?</source>
        <translation>Este bono ha alcanzado su límite de visitas. ¿Por qué cobrar esta visita de todos modos?</translation>
    </message>
    <message>
        <source>Pay another visit?</source>
        <translation>¿Cobrar otra visita?</translation>
    </message>
    <message>
        <source>Pay a visit — {client}</source>
        <translation>Cobrar la visita — {client}</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Memberships that can pay</source>
        <translation>Bonos con los que se puede cobrar</translation>
    </message>
    <message>
        <source>Memberships that can&apos;t pay, and why</source>
        <translation>Bonos con los que no se puede cobrar, y por qué</translation>
    </message>
    <message>
        <source>Sell a membership that covers this visit</source>
        <translation>Vender un bono que cubra esta visita</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Cobrar</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Undo the payment</source>
        <translation>Deshacer el cobro</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Bono</translation>
    </message>
    <message>
        <source>Can&apos;t pay</source>
        <translation>No puede pagar</translation>
    </message>
    <message>
        <source>{membership} — {reason}</source>
        <translation>{membership} — {reason}</translation>
    </message>
    <message>
        <source>Unfreeze now</source>
        <translation>Descongelar ahora</translation>
    </message>
    <message>
        <source>Pay anyway…</source>
        <translation>Cobrar de todos modos…</translation>
    </message>
    <message>
        <source>Sell {type}</source>
        <translation>Vender {type}</translation>
    </message>
    <message>
        <source>No membership of this client can pay this visit: why is under “Can&apos;t pay” above.</source>
        <translation>Ningún bono de este cliente puede pagar esta visita: el motivo figura arriba, en «No puede pagar».</translation>
    </message>
    <message>
        <source>No membership of this client can pay this visit.</source>
        <translation>Ningún bono de este cliente puede pagar esta visita.</translation>
    </message>
    <message>
        <source>Unfreezing {membership}…</source>
        <translation>Descongelando {membership}…</translation>
    </message>
    <message>
        <source>Unfrozen: {membership}.</source>
        <translation>Descongelado: {membership}.</translation>
    </message>
    <message>
        <source>Paying the visit…</source>
        <translation>Cobrando la visita…</translation>
    </message>
    <message>
        <source>{client} already had {service} today at {time} ({location}). Pay another visit?</source>
        <translation>{client} ya tuvo {service} hoy a las {time} ({location}). ¿Cobrar otra visita?</translation>
    </message>
    <message>
        <source>{client} already had {service} on {day} at {time} ({location}). Pay another visit?</source>
        <translation>{client} ya tuvo {service} el {day} a las {time} ({location}). ¿Cobrar otra visita?</translation>
    </message>
    <message>
        <source>Paid {service} with {membership}.</source>
        <translation>Cobrado {service} con {membership}.</translation>
    </message>
    <message>
        <source>Payment undone: {membership}.</source>
        <translation>Cobro deshecho: {membership}.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Paid ({method})</source>
        <translation>Pagado ({method})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Receipt for a membership</source>
        <translation>Recibo de un bono</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Show this code at your next visit:</source>
        <translation>Muestre este código en su próxima visita:</translation>
    </message>
    <message>
        <source>Receipt — {type}</source>
        <translation>Recibo — {type}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Reopen a location</source>
        <translation>Reabrir un centro</translation>
    </message>
    <message>
        <source>Reopens</source>
        <translation>Reabre</translation>
    </message>
    <message>
        <source>Still frozen</source>
        <translation>Aún congelados</translation>
    </message>
    <message>
        <source>{running} of {frozen}</source>
        <translation>{running} de {frozen}</translation>
    </message>
    <message>
        <source>Closures still running</source>
        <translation>Cierres en curso</translation>
    </message>
    <message>
        <source>&amp;Reopen today…</source>
        <translation>&amp;Reabrir hoy…</translation>
    </message>
    <message>
        <source>Choose a closure to end today; its memberships get back the days not closed.</source>
        <translation>Elija un cierre para terminarlo hoy; sus bonos recuperan los días que no estuvo cerrado.</translation>
    </message>
    <message>
        <source>No location is closed now.</source>
        <translation>Ahora no hay ningún centro cerrado.</translation>
    </message>
    <message numerus="yes">
        <source>End the closure that began on {first} today ({today}) and unfreeze its %n memberships?</source>
        <translation>
            <numerusform>¿Terminar hoy ({today}) el cierre que empezó el {first} y descongelar su %n bono?</numerusform>
            <numerusform>¿Terminar hoy ({today}) el cierre que empezó el {first} y descongelar sus %n bonos?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen today</source>
        <translation>&amp;Reabrir hoy</translation>
    </message>
    <message>
        <source>Reopening…</source>
        <translation>Reabriendo…</translation>
    </message>
    <message numerus="yes">
        <source>Reopened: %n memberships unfrozen, credited the days closed.</source>
        <translation>
            <numerusform>Reabierto: %n bono descongelado, con los días de cierre abonados.</numerusform>
            <numerusform>Reabierto: %n bonos descongelados, con los días de cierre abonados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar el recibo en PDF</translation>
    </message>
    <message>
        <source>Sell a membership</source>
        <translation>Vender un bono</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Tipo de bono</translation>
    </message>
    <message>
        <source>a code, or Generate</source>
        <translation>un código, o Generar</translation>
    </message>
    <message>
        <source>Overdraft</source>
        <translation>Descubierto</translation>
    </message>
    <message>
        <source>Duplicate code</source>
        <translation>Código duplicado</translation>
    </message>
    <message>
        <source>Duplicate client</source>
        <translation>Cliente duplicado</translation>
    </message>
    <message>
        <source>Duplicate name</source>
        <translation>Nombre duplicado</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>&amp;Charge the visits</source>
        <translation>&amp;Cobrar las visitas</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>Con&amp;donar</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>An overdraft is resolved by one ledger entry that every desk receives at its next sync. Duplicate codes stay as sold; tell the clients apart by name. Clients and names added alike on two desks were settled by the sync: check them, then mark them reviewed. A row set aside came from the chain server and could not be applied here (or was changed here and may not be sent); the sync went on without it: tell whoever runs the chain server, then mark it reviewed.</source>
        <translation>Un descubierto se resuelve con un único asiento que cada recepción recibe en su próxima sincronización. Los códigos duplicados se quedan como se vendieron; distinga a los clientes por el nombre. Los clientes y nombres añadidos igual en dos recepciones los resolvió la sincronización: revíselos y márquelos como revisados. Una fila apartada llegó del servidor de la cadena y no se pudo aplicar aquí (o se cambió aquí y no puede enviarse); la sincronización continuó sin ella: avise a quien gestione el servidor de la cadena y márquela como revisada.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Amount taken</source>
        <translation>Importe cobrado</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>Marcar como &amp;revisado</translation>
    </message>
    <message>
        <source>Amount taken (charge or extend)</source>
        <translation>Importe cobrado (cobrar o ampliar)</translation>
    </message>
    <message>
        <source>No conflicts: every desk agrees.</source>
        <translation>No hay conflictos: todas las recepciones coinciden.</translation>
    </message>
    <message>
        <source>charge {charge} · extend {extend}</source>
        <translation>cobrar {charge} · ampliar {extend}</translation>
    </message>
    <message>
        <source>Charge: the client pays {charge} for the overdrawn visits. Extend: the client buys a new package for {extend} and the overdrawn visits come out of it. Write off: the business absorbs them. Type another amount above to take a different one.</source>
        <translation>Cobrar: el cliente paga {charge} por las visitas de más. Ampliar: el cliente compra un nuevo paquete por {extend} y las visitas de más se descuentan de él. Condonar: el negocio asume su coste. Escriba otro importe arriba para cobrar uno distinto.</translation>
    </message>
    <message>
        <source>Marking it reviewed…</source>
        <translation>Marcando como revisado…</translation>
    </message>
    <message>
        <source>Resolving the overdraft…</source>
        <translation>Resolviendo el descubierto…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Generate a code at the sale</source>
        <translation>Generar un código al vender</translation>
    </message>
    <message>
        <source>No client chosen — a gift: whoever shows the code uses it</source>
        <translation>Ningún cliente elegido — un regalo: lo usa quien presente el código</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <source>Generate a code instead</source>
        <translation>Generar un código en su lugar</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Vender</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Vender</translation>
    </message>
    <message>
        <source>Save &amp;receipt as PDF…</source>
        <translation>Guardar &amp;recibo en PDF…</translation>
    </message>
    <message>
        <source>Save &amp;card as PDF…</source>
        <translation>Guardar tar&amp;jeta en PDF…</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>Códig&amp;o</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Precio</translation>
    </message>
    <message>
        <source>Pay&amp;ment</source>
        <translation>&amp;Forma de pago</translation>
    </message>
    <message>
        <source>Amount p&amp;aid</source>
        <translation>I&amp;mporte pagado</translation>
    </message>
    <message>
        <source>a new code is made at the sale</source>
        <translation>se genera un código nuevo al vender</translation>
    </message>
    <message>
        <source>type a code, or generate one, or leave empty</source>
        <translation>escribe un código, genera uno o déjalo vacío</translation>
    </message>
    <message>
        <source>Choose a membership type.</source>
        <translation>Elija un tipo de bono.</translation>
    </message>
    <message>
        <source>Selling…</source>
        <translation>Vendiendo…</translation>
    </message>
    <message>
        <source>Sold: {type} · {code} · {client} · valid until {until}</source>
        <translation>Vendido: {type} · {code} · {client} · válido hasta {until}</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>sin cliente</translation>
    </message>
    <message>
        <source>Receipt saved to {path}.</source>
        <translation>Recibo guardado en {path}.</translation>
    </message>
    <message>
        <source>Card saved to {path}.</source>
        <translation>Tarjeta guardada en {path}.</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Who else (family) may use the chosen membership (Ctrl+Shift+S)</source>
        <translation>Quién más (la familia) puede usar el bono elegido (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Share {membership}</source>
        <translation>Compartir {membership}</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <source>Phone of the client to add</source>
        <translation>Teléfono del cliente que añadir</translation>
    </message>
    <message>
        <source>The phone of a client to add</source>
        <translation>El teléfono del cliente que añadir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Shared &amp;with</source>
        <translation>&amp;Compartido con</translation>
    </message>
    <message>
        <source>Removing from the list…</source>
        <translation>Quitando de la lista…</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Compartiendo…</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use. Log in to go on.</source>
        <translation>
            <numerusform>Bloqueado tras %n minuto sin uso. Inicia sesión para continuar.</numerusform>
            <numerusform>Bloqueado tras %n minutos sin uso. Inicia sesión para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a moment: the desk is still saving.</source>
        <translation>Espere un momento: la recepción todavía está guardando.</translation>
    </message>
    <message>
        <source>Chain server</source>
        <translation>Servidor de la cadena</translation>
    </message>
    <message>
        <source>Chain server address</source>
        <translation>Dirección del servidor de la cadena</translation>
    </message>
    <message>
        <source>Chain server password</source>
        <translation>Contraseña del servidor de la cadena</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>a file beside this desk&apos;s database that only you can read (this computer has no system keyring)</source>
        <translation>un archivo junto a la base de datos de esta recepción que solo usted puede leer (este equipo no tiene llavero del sistema)</translation>
    </message>
    <message>
        <source>Paste the connection string the chain&apos;s owner gave this desk (`desk server add-desk`): its password is kept in {where}, never in the database or its backups. Leave the password empty to keep the one saved. The desk keeps working offline and syncs every minute. Leave the address empty to work alone.</source>
        <translation>Pegue la cadena de conexión que el propietario de la cadena dio a esta recepción (`desk server add-desk`): su contraseña se guarda en {where}, nunca en la base de datos ni en sus copias de seguridad. Deje la contraseña vacía para conservar la guardada. La recepción sigue funcionando sin conexión y se sincroniza cada minuto. Deje la dirección vacía para trabajar de forma independiente.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Syncing with the chain server…</source>
        <translation>Sincronizando con el servidor de la cadena…</translation>
    </message>
    <message>
        <source>Sync failed at {time}: {reason}</source>
        <translation>La sincronización falló a las {time}: {reason}</translation>
    </message>
    <message>
        <source>Reading the sync status…</source>
        <translation>Leyendo el estado de la sincronización…</translation>
    </message>
    <message>
        <source>Set the chain server in Settings.</source>
        <translation>Configure el servidor de la cadena en Configuración.</translation>
    </message>
    <message>
        <source>Chain sync: off</source>
        <translation>Sincronización de la cadena: desactivada</translation>
    </message>
    <message>
        <source>{pending} to send · {conflicts}</source>
        <translation>{pending} por enviar · {conflicts}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Synced {time} · {counts}</source>
        <translation>Sincronizado a las {time} · {counts}</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Conflictos &amp;de sincronización…</translation>
    </message>
    <message>
        <source>This desk&apos;s location</source>
        <translation>Centro de esta recepción</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Esta recepción</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>The location is the default for selling, paying, booking and the Today tab. After the idle minutes without a key press or a click the window locks and asks for a password (0: never).</source>
        <translation>El centro es el predeterminado para vender, cobrar, reservar y para la pestaña Hoy. Tras los minutos de inactividad sin pulsar una tecla ni hacer clic, la ventana se bloquea y pide la contraseña (0: nunca).</translation>
    </message>
    <message>
        <source>Lo&amp;cation</source>
        <translation>C&amp;entro</translation>
    </message>
    <message>
        <source>Lock after i&amp;dle</source>
        <translation>Bloquear tras &amp;inactividad</translation>
    </message>
    <message>
        <source>Today · the chain has no location yet</source>
        <translation>Hoy · la cadena aún no tiene ningún centro</translation>
    </message>
    <message>
        <source>Today at {location} · {day}</source>
        <translation>Hoy en {location} · {day}</translation>
    </message>
    <message>
        <source>Undo the {time} {service} of {client}? The visit goes back to {membership}.</source>
        <translation>¿Deshacer {service} de las {time} de {client}? La visita vuelve a {membership}.</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>la visita</translation>
    </message>
    <message>
        <source>the membership</source>
        <translation>el bono</translation>
    </message>
    <message>
        <source>Undo a visit</source>
        <translation>Deshacer una visita</translation>
    </message>
    <message>
        <source>&amp;Undo the visit</source>
        <translation>&amp;Deshacer la visita</translation>
    </message>
    <message>
        <source>Undoing the visit…</source>
        <translation>Deshaciendo la visita…</translation>
    </message>
    <message>
        <source>Save the day sheet as PDF</source>
        <translation>Guardar la hoja del día en PDF</translation>
    </message>
    <message>
        <source>Day sheet saved to {path}.</source>
        <translation>Hoja del día guardada en {path}.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Payments due — renewal charges</source>
        <translation>Pagos pendientes — cargos de renovación</translation>
    </message>
    <message>
        <source>Show paid ones too</source>
        <translation>Mostrar también los pagados</translation>
    </message>
    <message>
        <source>Payments due</source>
        <translation>Pagos pendientes</translation>
    </message>
    <message>
        <source>&amp;Mark paid</source>
        <translation>&amp;Marcar como pagado</translation>
    </message>
    <message>
        <source>&amp;Stop renewing</source>
        <translation>&amp;Dejar de renovar</translation>
    </message>
    <message>
        <source>The membership runs to the end of its period, then ends.</source>
        <translation>El bono sigue hasta el final de su periodo y después termina.</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Choose a membership&apos;s charge first.</source>
        <translation>Elija primero el cargo de un bono.</translation>
    </message>
    <message>
        <source>{name} will not renew; it ends on {day}.</source>
        <translation>{name} no se renovará; termina el {day}.</translation>
    </message>
    <message>
        <source>Choose a charge that is due.</source>
        <translation>Elija un cargo pendiente.</translation>
    </message>
    <message>
        <source>Marking it paid…</source>
        <translation>Marcando como pagado…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Gift, no owner yet</source>
        <translation>Regalo, aún sin titular</translation>
    </message>
    <message>
        <source>Frozen until</source>
        <translation>Congelado hasta</translation>
    </message>
    <message>
        <source>Frozen days</source>
        <translation>Días congelado</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Quedan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Service or until</source>
        <translation>Servicio o hasta</translation>
    </message>
    <message>
        <source>Find a client or scan a membership code</source>
        <translation>Busque un cliente o escanee el código de un bono</translation>
    </message>
    <message>
        <source>Find or scan</source>
        <translation>Buscar o escanear</translation>
    </message>
    <message>
        <source>Location of the day</source>
        <translation>Centro del día</translation>
    </message>
    <message>
        <source>Bookings of the day</source>
        <translation>Reservas del día</translation>
    </message>
    <message>
        <source>Visits paid today</source>
        <translation>Visitas cobradas hoy</translation>
    </message>
    <message>
        <source>Sales of the day</source>
        <translation>Ventas del día</translation>
    </message>
    <message>
        <source>Automatic deductions and freezes</source>
        <translation>Descuentos automáticos y congelaciones</translation>
    </message>
    <message>
        <source>Chec&amp;k in and pay…</source>
        <translation>Registrar &amp;llegada y cobrar…</translation>
    </message>
    <message>
        <source>Check in and pay</source>
        <translation>Registrar llegada y cobrar</translation>
    </message>
    <message>
        <source>Pay the chosen booking&apos;s visit (Enter on the booking)</source>
        <translation>Cobrar la visita de la reserva elegida (Intro sobre la reserva)</translation>
    </message>
    <message>
        <source>&amp;Undo visit…</source>
        <translation>Deshacer &amp;visita…</translation>
    </message>
    <message>
        <source>Undo visit</source>
        <translation>Deshacer visita</translation>
    </message>
    <message>
        <source>Give the chosen visit back</source>
        <translation>Devolver la visita elegida</translation>
    </message>
    <message>
        <source>Day s&amp;heet…</source>
        <translation>H&amp;oja del día…</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Hoja del día</translation>
    </message>
    <message>
        <source>Save today&apos;s bookings with each client&apos;s balances as a PDF</source>
        <translation>Guardar en PDF las reservas de hoy con el saldo de cada cliente</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx) to check it; nothing is written until you commit.</source>
        <translation>Elija un archivo de Excel (.xlsx) para revisarlo; no se guarda nada hasta que confirme la importación.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Descargar plantilla…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errores y advertencias</translation>
    </message>
    <message>
        <source>Errors by code</source>
        <translation>Errores por código</translation>
    </message>
    <message>
        <source>Save error workbook…</source>
        <translation>Guardar libro con errores…</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Visits paid</source>
        <translation>Visitas cobradas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>Locked: memberships of this type have been sold. Use Duplicate to change it.</source>
        <translation>Bloqueado: ya se han vendido bonos de este tipo. Use Duplicar para cambiarlo.</translation>
    </message>
    <message>
        <source>Overall — one number of visits shared by all services</source>
        <translation>General: un único número de visitas para todos los servicios</translation>
    </message>
    <message>
        <source>Split — visits counted separately for each service</source>
        <translation>Por servicio: las visitas se cuentan por separado para cada servicio</translation>
    </message>
    <message>
        <source>the sale</source>
        <translation>la venta</translation>
    </message>
    <message>
        <source>the first visit</source>
        <translation>la primera visita</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Prohibida</translation>
    </message>
    <message>
        <source>Only at the selling location</source>
        <translation>Solo en el centro de venta</translation>
    </message>
    <message>
        <source>At all locations</source>
        <translation>En todos los centros</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Gerentes</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Membership type — {name}</source>
        <translation>Tipo de bono — {name}</translation>
    </message>
    <message>
        <source>New membership type</source>
        <translation>Nuevo tipo de bono</translation>
    </message>
    <message>
        <source>Balance mode</source>
        <translation>Modo de saldo</translation>
    </message>
    <message>
        <source>Total visits</source>
        <translation>Visitas en total</translation>
    </message>
    <message>
        <source>visits in total, whatever the service</source>
        <translation>visitas en total, sea cual sea el servicio</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>0 = unlimited</source>
        <translation>0 = ilimitada</translation>
    </message>
    <message>
        <source>Validity counted from</source>
        <translation>Validez contada desde</translation>
    </message>
    <message>
        <source>Activate automatically if not used</source>
        <translation>Activar automáticamente si no se usa</translation>
    </message>
    <message numerus="yes">
        <source>%n days after the sale</source>
        <translation>
            <numerusform>%n día después de la venta</numerusform>
            <numerusform>%n días después de la venta</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate automatically after, days</source>
        <translation>Activar automáticamente tras, días</translation>
    </message>
    <message>
        <source>Freezing allowed, up to</source>
        <translation>Congelación permitida, hasta</translation>
    </message>
    <message>
        <source>Freeze limit</source>
        <translation>Límite de congelación</translation>
    </message>
    <message>
        <source>in total for all freezes of one membership</source>
        <translation>en total para todas las congelaciones de un bono</translation>
    </message>
    <message>
        <source>Allow booking while frozen</source>
        <translation>Permitir reservas mientras está congelado</translation>
    </message>
    <message>
        <source>Sale without code (sold to a named client, used only by that client)</source>
        <translation>Venta sin código (se vende a un cliente concreto y solo él puede usarlo)</translation>
    </message>
    <message>
        <source>Recalculate service cost (price ÷ number of visits)</source>
        <translation>Recalcular el coste del servicio (precio ÷ número de visitas)</translation>
    </message>
    <message>
        <source>Editing of sold memberships</source>
        <translation>Edición de bonos vendidos</translation>
    </message>
    <message>
        <source>Available for online sale</source>
        <translation>Disponible para venta en línea</translation>
    </message>
    <message>
        <source>Valid at locations</source>
        <translation>Válido en los centros</translation>
    </message>
    <message>
        <source>Transfer to another client, by</source>
        <translation>Transferencia a otro cliente, por</translation>
    </message>
    <message numerus="yes">
        <source>%n other clients</source>
        <translation>
            <numerusform>%n cliente más</numerusform>
            <numerusform>%n clientes más</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared with up to</source>
        <translation>Compartido con hasta</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>no compartido</translation>
    </message>
    <message>
        <source>Renew automatically each validity period (the charge appears in Payments due)</source>
        <translation>Renovar automáticamente en cada periodo de validez (el cargo aparece en Pagos pendientes)</translation>
    </message>
    <message>
        <source>&amp;Balance mode</source>
        <translation>&amp;Modo de saldo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>&amp;Validity</source>
        <translation>&amp;Validez</translation>
    </message>
    <message>
        <source>Counted &amp;from</source>
        <translation>Contada &amp;desde</translation>
    </message>
    <message>
        <source>Auto-activation</source>
        <translation>Activación automática</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>Congelación</translation>
    </message>
    <message>
        <source>Freeze polic&amp;y</source>
        <translation>Política de congela&amp;ción</translation>
    </message>
    <message>
        <source>Visi&amp;t limits</source>
        <translation>Lími&amp;tes de visitas</translation>
    </message>
    <message>
        <source>&amp;Editing of sold memberships</source>
        <translation>&amp;Edición de bonos vendidos</translation>
    </message>
    <message>
        <source>Valid at &amp;locations</source>
        <translation>Válido en centr&amp;os</translation>
    </message>
    <message>
        <source>T&amp;ransfer by</source>
        <translation>T&amp;ransferencia por</translation>
    </message>
    <message>
        <source>who may give a sold one to another client</source>
        <translation>quién puede pasar un bono vendido a otro cliente</translation>
    </message>
    <message>
        <source>Shared &amp;with up to</source>
        <translation>Compartido con &amp;hasta</translation>
    </message>
    <message>
        <source>family who may use one membership too</source>
        <translation>familiares que también pueden usar el mismo bono</translation>
    </message>
    <message>
        <source>Auto-renewal</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Services of the type</source>
        <translation>Servicios del tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Visits of {service}</source>
        <translation>Visitas de {service}</translation>
    </message>
    <message>
        <source>{field}: amount</source>
        <translation>{field}: cantidad</translation>
    </message>
    <message>
        <source>{field}: unit</source>
        <translation>{field}: unidad</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> al día</translation>
    </message>
    <message>
        <source>no limit a day</source>
        <translation>sin límite al día</translation>
    </message>
    <message>
        <source>Visits a day, at most</source>
        <translation>Visitas al día, como máximo</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> a la semana</translation>
    </message>
    <message>
        <source>no limit a week</source>
        <translation>sin límite a la semana</translation>
    </message>
    <message>
        <source>Visits a week, at most</source>
        <translation>Visitas a la semana, como máximo</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> al mes</translation>
    </message>
    <message>
        <source>no limit a month</source>
        <translation>sin límite al mes</translation>
    </message>
    <message>
        <source>Visits a month, at most</source>
        <translation>Visitas al mes, como máximo</translation>
    </message>
    <message>
        <source>weeks run Monday to Sunday; months are calendar months</source>
        <translation>las semanas van de lunes a domingo; los meses son naturales</translation>
    </message>
    <message>
        <source>Shortest freeze, days</source>
        <translation>Congelación más corta, días</translation>
    </message>
    <message>
        <source>any shortest</source>
        <translation>sin mínimo</translation>
    </message>
    <message numerus="yes">
        <source>%n days at least</source>
        <translation>
            <numerusform>%n día como mínimo</numerusform>
            <numerusform>%n días como mínimo</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest freeze, days</source>
        <translation>Congelación más larga, días</translation>
    </message>
    <message>
        <source>any longest</source>
        <translation>sin máximo</translation>
    </message>
    <message numerus="yes">
        <source>%n days at most</source>
        <translation>
            <numerusform>%n día como máximo</numerusform>
            <numerusform>%n días como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>Freezes per membership, at most</source>
        <translation>Congelaciones por bono, como máximo</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>sin límite</translation>
    </message>
    <message numerus="yes">
        <source>%n freezes at most</source>
        <translation>
            <numerusform>%n congelación como máximo</numerusform>
            <numerusform>%n congelaciones como máximo</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee per freeze</source>
        <translation>Tarifa por congelación</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>Motivo obligatorio</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>tarifa</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Before expiry</source>
        <translation>Antes de caducar</translation>
    </message>
    <message>
        <source>Visits left</source>
        <translation>Visitas restantes</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Descuento de visita</translation>
    </message>
    <message>
        <source>sms</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Outbox — messages to clients</source>
        <translation>Bandeja de salida — mensajes a clientes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a pending or failed message to retry.</source>
        <translation>Elija un mensaje pendiente o fallido para reintentarlo.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Before the end of visits</source>
        <translation>Antes de que se acaben las visitas</translation>
    </message>
    <message>
        <source>On each deduction</source>
        <translation>En cada descuento de visita</translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits left</source>
        <translation>
            <numerusform>queda %n visita</numerusform>
            <numerusform>quedan %n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview (before expiry): {message}</source>
        <translation>Vista previa (antes de la caducidad): {message}</translation>
    </message>
    <message>
        <source>Preview (before the end of visits): {message}</source>
        <translation>Vista previa (antes de que se acaben las visitas): {message}</translation>
    </message>
    <message>
        <source>Preview (on each deduction): {message}</source>
        <translation>Vista previa (en cada descuento de visita): {message}</translation>
    </message>
    <message>
        <source>{notice}: number</source>
        <translation>{notice}: número</translation>
    </message>
    <message>
        <source>{notice}: message</source>
        <translation>{notice}: mensaje</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Marcadores: {names}</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>Saving the type…</source>
        <translation>Guardando el tipo…</translation>
    </message>
    <message>
        <source>Duplicating…</source>
        <translation>Duplicando…</translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation>Archivando…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>{period} from sale</source>
        <translation>{period} desde la venta</translation>
    </message>
    <message>
        <source>{period} from first visit</source>
        <translation>{period} desde la primera visita</translation>
    </message>
    <message numerus="yes">
        <source>{services}: %n visits</source>
        <translation>
            <numerusform>{services}: %n visita</numerusform>
            <numerusform>{services}: %n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Por servicio</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Services (visits)</source>
        <translation>Servicios (visitas)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Sold?</source>
        <translation>¿Vendido?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Active membership types</source>
        <translation>Tipos de bono activos</translation>
    </message>
    <message>
        <source>Archived membership types</source>
        <translation>Tipos de bono archivados</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>Activ&amp;os</translation>
    </message>
    <message>
        <source>Archi&amp;ved</source>
        <translation>Archi&amp;vados</translation>
    </message>
    <message>
        <source>&amp;New type…</source>
        <translation>&amp;Nuevo tipo…</translation>
    </message>
    <message>
        <source>Create a new membership type</source>
        <translation>Crear un tipo de bono nuevo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen membership type</source>
        <translation>Editar el tipo de bono elegido</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Duplicate the chosen membership type</source>
        <translation>Duplicar el tipo de bono elegido</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>Archive the chosen membership type</source>
        <translation>Archivar el tipo de bono elegido</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <source>Restore the chosen membership type</source>
        <translation>Restaurar el tipo de bono elegido</translation>
    </message>
    <message>
        <source>Who uses the gift {code}?</source>
        <translation>¿Quién usa el regalo {code}?</translation>
    </message>
    <message>
        <source>{code} is a gift with no owner yet: it pays the visit of whoever presents it, and becomes theirs. Find the visitor or add them.</source>
        <translation>{code} es un regalo aún sin titular: paga la visita de quien lo presente y pasa a ser suyo. Busque al visitante o añádalo.</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>Nombre o teléfono</translation>
    </message>
    <message>
        <source>Find the visitor</source>
        <translation>Buscar al visitante</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>&amp;Visitante</translation>
    </message>
    <message>
        <source>it was stopped by signal {signal}</source>
        <translation>lo detuvo la señal {signal}</translation>
    </message>
    <message>
        <source>it ended with code {code}</source>
        <translation>terminó con el código {code}</translation>
    </message>
    <message>
        <source>Desk&apos;s file reader stopped while reading {file} ({how}): the file is damaged, or built to exhaust the computer&apos;s memory. Nothing was imported.</source>
        <translation>El lector de archivos de Desk se detuvo al leer {file} ({how}): el archivo está dañado o hecho para agotar la memoria del ordenador. No se ha importado nada.</translation>
    </message>
    <message>
        <source>Open it in Excel and save it again as an Excel Workbook (.xlsx); if it still fails, split it.</source>
        <translation>Ábralo en Excel y vuelva a guardarlo como libro de Excel (.xlsx); si sigue fallando, divídalo.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se ha cancelado la revisión.</translation>
    </message>
    <message>
        <source>Checking the file failed ({error}).</source>
        <translation>No se pudo revisar el archivo ({error}).</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Advertencia: {message}</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <source>Working out the roll-forward…</source>
        <translation>Calculando la evolución del pasivo…</translation>
    </message>
    <message>
        <source>Export the liability roll-forward</source>
        <translation>Exportar la evolución del pasivo</translation>
    </message>
    <message>
        <source>Writing the roll-forward…</source>
        <translation>Guardando la evolución del pasivo…</translation>
    </message>
    <message>
        <source>Liability roll-forward exported to {path}.</source>
        <translation>Evolución del pasivo exportada a {path}.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>+ Sold</source>
        <translation>+ Vendido</translation>
    </message>
    <message>
        <source>+ Imported</source>
        <translation>+ Importado</translation>
    </message>
    <message>
        <source>− Redeemed</source>
        <translation>− Consumido</translation>
    </message>
    <message>
        <source>− Expired (breakage)</source>
        <translation>− Caducado (no consumido)</translation>
    </message>
    <message>
        <source>− Refunded</source>
        <translation>− Reembolsado</translation>
    </message>
    <message>
        <source>− Voided</source>
        <translation>− Anulado</translation>
    </message>
    <message>
        <source>± Edits</source>
        <translation>± Correcciones</translation>
    </message>
    <message>
        <source>= Closing</source>
        <translation>= Saldo final</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mostr&amp;ar</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportar a Excel…</translation>
    </message>
    <message>
        <source>What the chain still owes on its memberships, each visit at what it cost when paid: opening + sold (sales and renewals) + imported − redeemed − expired (visits left when a period ends) − refunded − voided (sales cancelled) ± edits = closing.</source>
        <translation>Lo que la cadena aún debe por sus bonos, cada visita al precio que tenía cuando se pagó: saldo inicial + vendido (ventas y renovaciones) + importado − consumido − caducado (visitas sin usar al terminar un periodo) − reembolsado − anulado (ventas canceladas) ± correcciones = saldo final.</translation>
    </message>
    <message>
        <source>Liability roll-forward</source>
        <translation>Evolución del pasivo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;esde</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive)</source>
        <translation>Ha&amp;sta (incluido)</translation>
    </message>
    <message>
        <source>first sale date</source>
        <translation>primera fecha de venta</translation>
    </message>
    <message>
        <source>last sale date</source>
        <translation>última fecha de venta</translation>
    </message>
    <message>
        <source>first use date</source>
        <translation>primera fecha de uso</translation>
    </message>
    <message>
        <source>last use date</source>
        <translation>última fecha de uso</translation>
    </message>
    <message>
        <source>first &apos;valid until&apos; date</source>
        <translation>primera fecha de «válido hasta»</translation>
    </message>
    <message>
        <source>last &apos;valid until&apos; date</source>
        <translation>última fecha de «válido hasta»</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships</source>
        <translation>
            <numerusform>%n bono</numerusform>
            <numerusform>%n bonos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the memberships report</source>
        <translation>Exportar el informe de bonos</translation>
    </message>
    <message>
        <source>Writing the memberships report…</source>
        <translation>Guardando el informe de bonos…</translation>
    </message>
    <message>
        <source>Memberships report exported to {path}.</source>
        <translation>Informe de bonos exportado a {path}.</translation>
    </message>
    <message>
        <source>Could not export the memberships report: {reason}</source>
        <translation>No se pudo exportar el informe de bonos: {reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message numerus="yes">
        <source>As of {day} · sales, visits and liability over the last %n months</source>
        <translation>
            <numerusform>A fecha de {day} · ventas, visitas y pasivo del último %n mes</numerusform>
            <numerusform>A fecha de {day} · ventas, visitas y pasivo de los últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales per month, {first} – {last} ({currency})</source>
        <translation>Ventas por mes, {first} – {last} ({currency})</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Visits redeemed per week</source>
        <translation>Visitas consumidas por semana</translation>
    </message>
    <message>
        <source>Liability over time ({currency})</source>
        <translation>Evolución del pasivo ({currency})</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Exportar el resumen</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Guardando el resumen…</translation>
    </message>
    <message>
        <source>Summary exported to {path}.</source>
        <translation>Resumen exportado a {path}.</translation>
    </message>
    <message>
        <source>Could not export the summary: {reason}</source>
        <translation>No se pudo exportar el resumen: {reason}</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Resu&amp;men</translation>
    </message>
    <message>
        <source>&amp;Memberships report</source>
        <translation>Informe de &amp;bonos</translation>
    </message>
    <message>
        <source>&amp;Liability</source>
        <translation>&amp;Pasivo</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Bonos</translation>
    </message>
    <message>
        <source>Active memberships</source>
        <translation>Bonos activos</translation>
    </message>
    <message>
        <source>Frozen memberships</source>
        <translation>Bonos congelados</translation>
    </message>
    <message>
        <source>Remaining visits</source>
        <translation>Visitas restantes</translation>
    </message>
    <message>
        <source>Outstanding obligations</source>
        <translation>Obligaciones pendientes</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export summary to Excel…</source>
        <translation>&amp;Exportar resumen a Excel…</translation>
    </message>
    <message>
        <source>{series} on {day}</source>
        <translation>{series} el {day}</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} ya existe. ¿Quiere reemplazarlo?</translation>
    </message>
</context>
</TS>
