<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name />
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
        <source>A visit limit can't be added or lowered once a membership of this type has been sold; raising or removing one is fine.</source>
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
        <source>An auto-renewing type renews each validity period; it can't be unlimited.</source>
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
        <source>Ask the chain's owner for a new connection string.</source>
        <translation>Pida al propietario de la cadena una nueva cadena de conexión.</translation>
    </message>
    <message>
        <source>Ask the chain's owner for this desk's own connection string (`desk server add-desk`) and set it in Settings › Chain server.</source>
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
        <source>Choose another backup (daily backups are in the 'backups' folder next to the database).</source>
        <translation>Elija otra copia de seguridad (las copias diarias están en la carpeta 'backups', junto a la base de datos).</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Choose another name (a revoked desk's name stays taken).</source>
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
        <source>Create the schema first (CREATE SCHEMA …) or use the database's default one.</source>
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
        <source>Delete the columns Desk doesn't import, or split the file.</source>
        <translation>Elimine las columnas que Desk no importa o divida el archivo.</translation>
    </message>
    <message>
        <source>Desk can't open {0} ({1}).</source>
        <translation>Desk no puede abrir {0} ({1}).</translation>
    </message>
    <message>
        <source>Desk read the sheet “{0}”, the first visible one; it skipped {1} before it (hidden, or not a sheet of cells). Move the memberships to the first sheet if this is not the right one.</source>
        <translation>Desk ha leído la hoja «{0}», la primera visible; ha omitido las anteriores: {1} (ocultas o que no son hojas de celdas). Si no es la hoja correcta, mueva los bonos a la primera hoja.</translation>
    </message>
    <message>
        <source>Desks add only their own entries and rows; users and the chain's settings come from admin desks.</source>
        <translation>Los puestos solo añaden sus propios movimientos y filas; los usuarios y los ajustes de la cadena proceden de los puestos de administración.</translation>
    </message>
    <message>
        <source>E-mail needs a sender address.</source>
        <translation>El correo electrónico necesita una dirección de remitente.</translation>
    </message>
    <message>
        <source>Each desk connects with its own login, given by `desk server add-desk`; check this desk's, or ask whoever runs the server.</source>
        <translation>Cada puesto se conecta con su propio acceso, generado con `desk server add-desk`; compruebe el de este puesto o consulte a quien administra el servidor.</translation>
    </message>
    <message>
        <source>Each desk has a device of its own.</source>
        <translation>Cada puesto tiene su propio dispositivo.</translation>
    </message>
    <message>
        <source>Each desk has its own: ask the chain's owner for this desk's. A desk whose database was restored from a backup or copied is a new device ({0}): the owner gives it a login with `desk server add-desk URL NAME --device {1}`.</source>
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
        <source>Frozen from {0}, works again on {1}{2}</source>
        <translation>Congelado desde el {0}, vuelve a funcionar el {1}{2}</translation>
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
        <source>It can't be frozen again.</source>
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
        <source>Keep the database on this PC's own disk and use chain sync to share it.</source>
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
        <source>Leave --role out, or choose a name of this chain's own.</source>
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
        <source>Part of the chain's data could not be applied yet; nothing was applied.</source>
        <translation>Una parte de los datos de la cadena aún no se ha podido aplicar; no se ha aplicado nada.</translation>
    </message>
    <message>
        <source>Part of the chain's data is still on its way; nothing was applied.</source>
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
        <source>Refund</source>
        <translation>Reembolso</translation>
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
        <source>The backup {0} can't be restored: {1} Nothing was changed.</source>
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
        <source>The chain server does not know this desk's login.</source>
        <translation>El servidor de la cadena no reconoce el acceso de este puesto.</translation>
    </message>
    <message>
        <source>The chain server has no desks' role yet.</source>
        <translation>El servidor de la cadena aún no tiene el rol de los puestos.</translation>
    </message>
    <message>
        <source>The chain server has no server id yet.</source>
        <translation>El servidor de la cadena aún no tiene identificador de servidor.</translation>
    </message>
    <message>
        <source>The chain server won't bind the desk {0} to this device ({1}): the device wrote to it before, or is another desk's.</source>
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
        <source>The chain server {0} no longer lets this desk in: its owner revoked this desk's login.</source>
        <translation>El servidor de la cadena {0} ya no admite este puesto: su propietario ha revocado el acceso de este puesto.</translation>
    </message>
    <message>
        <source>The chain server {0} refused a change from this desk: {1}.</source>
        <translation>El servidor de la cadena {0} ha rechazado un cambio de este puesto: {1}.</translation>
    </message>
    <message>
        <source>The chain server {0} refused this desk's password.</source>
        <translation>El servidor de la cadena {0} ha rechazado la contraseña de este puesto.</translation>
    </message>
    <message>
        <source>The chain server {0} refused: {1}.</source>
        <translation>El servidor de la cadena {0} lo ha rechazado: {1}.</translation>
    </message>
    <message>
        <source>The chain's owner binds it: `desk server add-desk URL NAME --device {0}` gives this device a connection string.</source>
        <translation>Lo vincula el propietario de la cadena: `desk server add-desk URL NAME --device {0}` da a este dispositivo una cadena de conexión.</translation>
    </message>
    <message>
        <source>The chain's owner revoked the desk {0}.</source>
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
        <source>The code {0} can't be used.</source>
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
        <source>The database stayed busy with another program's change for too long; nothing was changed.</source>
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
        <source>The freeze limit can't be negative.</source>
        <translation>El límite de congelación no puede ser negativo.</translation>
    </message>
    <message>
        <source>The list of services of a sold membership can't change.</source>
        <translation>La lista de servicios de un bono vendido no se puede cambiar.</translation>
    </message>
    <message>
        <source>The lock after idle minutes can't be {0}.</source>
        <translation>El bloqueo por inactividad no puede ser de {0} minutos.</translation>
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
        <source>The number of clients a membership may be shared with can't be lowered once a membership of this type has been sold; raising it is fine.</source>
        <translation>Cuando ya se ha vendido un bono de este tipo, no se puede reducir el número de clientes con los que puede compartirse; sí se puede aumentar.</translation>
    </message>
    <message>
        <source>The number of {0} must be 0 or more, not {1}.</source>
        <translation>El valor de «{0}» debe ser 0 o más, no {1}.</translation>
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
        <source>The server already has a role {0}.</source>
        <translation>El servidor ya tiene un rol {0}.</translation>
    </message>
    <message>
        <source>The server already has a role {0}: another chain's, or a login the desks shared before.</source>
        <translation>El servidor ya tiene un rol {0}: de otra cadena, o un acceso que los puestos compartían antes.</translation>
    </message>
    <message>
        <source>The server's search path names no existing schema.</source>
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
        <source>The sheet's cells hold more than {0} characters of text.</source>
        <translation>Las celdas de la hoja contienen más de {0} caracteres de texto.</translation>
    </message>
    <message>
        <source>The sheet's cells reach {0}: {1} rows × {2} columns, {3} cells; Desk reads at most {4}.</source>
        <translation>Las celdas de la hoja llegan hasta {0}: {1} filas × {2} columnas, {3} celdas; Desk lee como máximo {4}.</translation>
    </message>
    <message>
        <source>The shortest freeze ({0} days) is longer than the longest ({1} days).</source>
        <translation>La congelación mínima ({0} días) es más larga que la máxima ({1} días).</translation>
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
        <source>The validity can't be negative.</source>
        <translation>La validez no puede ser negativa.</translation>
    </message>
    <message>
        <source>The workbook's list of sheets is damaged.</source>
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
        <source>The {0} {1} can't be written ({2}).</source>
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
        <source>This chain's desks' role is {0}, not {1}.</source>
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
        <translation>Traspaso</translation>
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
        <source>Type the password of this desk's connection string again in Settings › Chain server, or ask the chain's owner for it.</source>
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
        <source>Unfreeze</source>
        <translation>Descongelación</translation>
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
        <source>Use the {0}'s name as the desk shows it.</source>
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
        <source>Work continues offline. Ask the chain's owner for a new connection string (`desk server add-desk`).</source>
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
        <source>{0} can't be a database role name.</source>
        <translation>{0} no puede ser un nombre de rol de la base de datos.</translation>
    </message>
    <message>
        <source>{0} can't name a desk.</source>
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
        <source>{0} has an entry dated {1}, after the {2}'s date {3}.</source>
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
        <source>{0} has no storage for product sales, so it can't sell memberships.</source>
        <translation>{0} no tiene almacén para la venta de productos, así que no puede vender bonos.</translation>
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
        <source>{0} is archived and can't be sold.</source>
        <translation>{0} está archivado y no se puede vender.</translation>
    </message>
    <message>
        <source>{0} is archived: it can't be sold again.</source>
        <translation>{0} está archivado: no se puede volver a vender.</translation>
    </message>
    <message>
        <source>{0} is damaged: its contents are not what Excel writes.</source>
        <translation>{0} está dañado: su contenido no es el que genera Excel.</translation>
    </message>
    <message>
        <source>{0} is encrypted, so Desk can't read it.</source>
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
        <source>{0} is not a desk's device id.</source>
        <translation>{0} no es un identificador de dispositivo de puesto.</translation>
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
        <source>{0} is not one of the chain's freeze reasons.</source>
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
        <source>{0} is overdrawn by more visits than a whole package holds.</source>
        <translation>{0} tiene en descubierto más visitas de las que incluye un bono completo.</translation>
    </message>
    <message>
        <source>{0} is the database or one of its backups: the {1} can't be written over it.</source>
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
        <source>{0} is {1}: it can't be shared.</source>
        <translation>{0} está en estado «{1}»: no se puede compartir.</translation>
    </message>
    <message>
        <source>{0} is {1}: it can't be transferred.</source>
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
        <source>{0} memberships can't be edited.</source>
        <translation>Los bonos del tipo {0} no se pueden modificar.</translation>
    </message>
    <message>
        <source>{0} memberships can't be frozen.</source>
        <translation>Los bonos del tipo {0} no se pueden congelar.</translation>
    </message>
    <message>
        <source>{0} memberships can't be shared.</source>
        <translation>Los bonos del tipo {0} no se pueden compartir.</translation>
    </message>
    <message>
        <source>{0} memberships can't be transferred to another client.</source>
        <translation>Los bonos del tipo {0} no se pueden traspasar a otro cliente.</translation>
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
        <source>{0} was sold on {1}, after the edit's date {2}.</source>
        <translation>{0} se vendió el {1}, después de la fecha del cambio ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the refund's date {2}.</source>
        <translation>{0} se vendió el {1}, después de la fecha del reembolso ({2}).</translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the transfer's date {2}.</source>
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
        <source>{{what}} can't change once a membership of this type has been sold.</source>
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
        <source>Dates, times and amounts are written as the language's country writes them. The window speaks the language chosen from its next start; nothing in the data changes.</source>
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
        <source>Passwords and tokens are kept in this desk's database, marked secret (this computer has no system keyring), and never shown again. Leave a field empty to keep the one saved. No server set up: messages wait in the outbox.</source>
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
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
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
        <source>Saving {what}…</source>
        <translation>Guardando {what}…</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Guardando los ajustes…</translation>
    </message>
</context>
</TS>