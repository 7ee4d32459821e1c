<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A balance of {0} is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A freeze fee of {0} is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership without a code must be sold to a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new period started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund of {0} is more than the {1} still owed on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund of {0} is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split type needs a number of visits for each of its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit limit can&apos;t be added or lowered once a membership of this type has been sold; raising or removing one is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit was already paid with {0} on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit was paid with it on {0}, inside the freeze from {1} until {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write-off takes no money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate after a negative number of days is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file name to the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a storage for product sales to this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active type is already named {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auto-renewing type renews each validity period; it can&apos;t be unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An individual service can require online prepayment or a membership, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overall type has one number of visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager to book it, or choose a later start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager to extend it first if the client is owed money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager to refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager to refund it or edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager to undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the chain&apos;s owner for a new connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the chain&apos;s owner for this desk&apos;s own connection string (`desk server add-desk`) and set it in Settings › Chain server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it to its client first (sell or pay with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic activation only applies when validity counts from the first visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a balance or the expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge the overdrawn visits or write them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge the visits instead, or write them off without an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read the file, and that no other program holds it locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the booking date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the booking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code; codes are not case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the digits; write the country code first, {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number or add the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the payment number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the visit date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 1 to {0} minutes, or 0 for never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists and that you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a later start. To note a visit that already happened, a manager can book it anyway with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a membership that includes it, or take another payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a type valid here, or add this location to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup (daily backups are in the &apos;backups&apos; folder next to the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name (a revoked desk&apos;s name stays taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name for the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or archive the other type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one location where it can be sold and used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose charge, extend or write_off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {0} (managers edit the list in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Excel file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client who buys it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client who takes it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close from today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the id the desk printed when it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count validity from the first visit, or turn automatic activation off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the chain first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the schema first (CREATE SCHEMA …) or use the database&apos;s default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the edit on or after the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the refund on or after the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the transfer on or after the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the columns Desk doesn&apos;t import, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk can&apos;t open {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk read the sheet “{0}”, the first visible one; it skipped {1} before it (hidden, or not a sheet of cells). Move the memberships to the first sheet if this is not the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks add only their own entries and rows; users and the chain&apos;s settings come from admin desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail needs a sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each desk connects with its own login, given by `desk server add-desk`; check this desk&apos;s, or ask whoever runs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each desk has a device of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each desk has its own: ask the chain&apos;s owner for this desk&apos;s. A desk whose database was restored from a backup or copied is a new device ({0}): the owner gives it a login with `desk server add-desk URL NAME --device {1}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit it at the selling location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit only the balances it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing is prohibited for this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry set to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze for {0} days or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze from {0} or later, or undo that payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze it for at least {0} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze it for {0} days or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing is switched off for this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen from {0}, works again on {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a validity, or turn auto-renewal off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each service its number of visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one total number of visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Excel, delete the rows and columns after your memberships (select them, right-click › Delete) and save again; or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the type file, {0} {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer Desk on this computer (or open the database on the computer that made it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can&apos;t be frozen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ended already, was cancelled, or froze nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already frozen from {0} until {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already frozen until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its owner runs `desk server init URL` on it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its owner runs `desk server init URL` on it: that creates the schema or brings it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database on this PC&apos;s own disk and use chain sync to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known locations: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known services: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known types: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave --role out, or choose a name of this chain&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave --role out, or pass --role {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location names must differ (case is ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-in for {0} is locked for {1} more minutes after {2} wrong passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the shortest freeze the shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an existing user with --user, or leave --user out to act as admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain server is set for this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has the phone {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No membership type {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No membership {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment {0} on this membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to do: that booking stands. For another visit choose another time or service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to unfreeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can book a start that has passed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a membership still in use can be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a membership still in use can change hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active membership can be frozen; this one is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open booking can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its owner can use it, and the clients it is shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only memberships of auto-renewing types can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that client instead, or check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the chain&apos;s data could not be applied yet; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the chain&apos;s data is still on its way; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with another membership, or ask a manager to pay anyway with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying past a visit limit needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a later expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick dates outside that freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %TO% and %MESSAGE% where the gateway expects the phone number and the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list of payments due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining visits written off at expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove someone from its list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password in Excel and save it again as an Excel Workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password in Excel, and save it as an Excel Workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the type or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `desk server init URL` on it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale of {0} cancelled: {1} back to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sheet again from Excel; if it is genuine, split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the membership is edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the membership is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the membership is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this visit is let past the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell a membership, or take another payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell a new membership, or ask a manager to extend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell a new membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell the client a membership of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it in Settings › Chain server, or pass --server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with {0} other clients is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sheet with the memberships in Excel (right-click a sheet tab › Unhide) and save the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, but it appears that your membership is either not suitable or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two dates, or check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway address {0} is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS request body has no %MESSAGE% in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {0} can&apos;t be restored: {1} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {0} failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain already has a desk {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain has no desk {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain has no location yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server does not know this desk&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server has no desks&apos; role yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server has no server id yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server won&apos;t bind the desk {0} to this device ({1}): the device wrote to it before, or is another desk&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server {0} could not be reached or dropped the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server {0} has no Desk schema, or an older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server {0} no longer lets this desk in: its owner revoked this desk&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server {0} refused a change from this desk: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server {0} refused this desk&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain server {0} refused: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s owner binds it: `desk server add-desk URL NAME --device {0}` gives this device a connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s owner revoked the desk {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure starts on {0}, before today ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure {0} has no freeze left to end on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {0} can&apos;t be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {0} is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “{0}” is missing. Add a header cell “{1}” in row 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns “{0}” and “{1}” are both missing; at least one is needed. Add one of them to the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string of the desk {0} belongs to another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database stayed busy with another program&apos;s change for too long; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {0} is on a network share, where SQLite can lose data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {0} was made by a newer Desk (schema {1}); this Desk knows schema {2} at most. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device {0} is already the desk {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server port {0} is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry {0} must be after the sale date {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no memberships below it. Add one row per membership under the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no visible sheet of cells to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is password-protected or an old .xls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {0} MB; at most 50 MB can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file unpacks to {0} GB; at most 1 GB is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The freeze limit can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of services of a sold membership can&apos;t change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock after idle minutes can&apos;t be {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the old one and from the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of clients a membership may be shared with can&apos;t be lowered once a membership of this type has been sold; raising it is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of {0} must be 0 or more, not {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part {0} declares XML entities, which Excel never writes: refused as an XML bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part {0} is far larger than Excel writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part {0} unpacks {1} times larger than it is stored: refused as a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price {0} is below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason {0}… is longer than 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has a role {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has a role {0}: another chain&apos;s, or a login the desks shared before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s search path names no existing schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet declares XML entities, which Excel never writes: refused as an XML bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has {0} rows (its cells reach {1}); at most {2} can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has {0} rows; at most {1} can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet names a cell {0}, which is not a cell reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet&apos;s cells hold more than {0} characters of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet&apos;s cells reach {0}: {1} rows × {2} columns, {3} cells; Desk reads at most {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest freeze ({0} days) is longer than the longest ({1} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type does not allow transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfreeze date {0} must be after {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s list of sheets is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} ends on {1}, before it starts on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} message is {1} characters long; at most {2} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} name is {1} characters long; at most {2} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} {1} can&apos;t be written ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} {1} is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} {1} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} {1} is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} {1} is not between {2} and {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} {1} must be between 0 and 1,000,000,000 with at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a location named {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no booking {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no closure {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location named {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership type named {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment due {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service named {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such row set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such settled clash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {0} named {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is already {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking starts at {0}, which has already passed (it is {1} now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chain&apos;s desks&apos; role is {0}, not {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client already uses {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds a chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no chain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This membership can only be edited where it was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This membership is not frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is of {0} {1}; a {2} may undo only payments of today ({3} {4}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was already marked paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it repeats, close other programs using the database (another Desk window, a backup tool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it repeats, the disk may be failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn one off, or make a copy of the service for each way of booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 0 for no fee, or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 0 for unlimited or a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 0 or more days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a longer password; a short sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number such as 800 or 800.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a positive freeze limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a price of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number from 0 (not shared) to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number from 1 to {0}, or choose “no limit”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number from 1 to {0}, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number from 1 to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number of visits, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount from 0 to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount such as 120.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type another code or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type another password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address messages are sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of this desk&apos;s connection string again in Settings › Chain server, or ask the chain&apos;s owner for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password you logged in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the port your provider gives, usually 587 or 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the whole number with its country code, {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {0} or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo that payment first, or ask a manager to refund it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze it first, or wait until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --force to add the demo anyway, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a new database file for another chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 30 lower-case letters, digits and underscores, starting with a letter: e.g. downtown_1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 63 lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {0} letters, digits or the signs - _ . /, starting with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it at one of the locations of its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use postgresql+psycopg://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the name given to `desk server add-desk`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the {0}&apos;s name as the desk shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Duplicate type” to make a new type with the changed setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, or ask an administrator to set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work continues offline. Ask the chain&apos;s owner for a new connection string (`desk server add-desk`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work continues offline; the next sync sends everything. Check the network or the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works again from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as yyyy-mm-dd, for example 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as yyyy-mm-ddThh:mm, for example 2026-03-31T14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the country code first, {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`desk closures` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already belongs to this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already has the phone {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} belongs to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can be frozen for at most {1} days at a time; {2} days asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can be frozen for {1} days or more at a time; {2} days asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can&apos;t be a database role name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can&apos;t name a desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days asked, {1} days of freezing left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not include this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not renew automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} expired on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} expired on {1}: nothing is owed on it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has an entry dated {1}, after the {2}&apos;s date {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has been frozen {1} time{2}, as many as its type allows ({3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no owner yet: a gift is used by whoever presents its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no storage for product sales, so it can&apos;t sell memberships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no visits left for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has reached its limit of {1}; it can be used again on {2} ({3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} holds no Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} includes no service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already booked for {1} at {2} on {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already shared with {1} other client{2}, as many as its type allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is archived and can&apos;t be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is archived: it can&apos;t be sold again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is damaged: its contents are not what Excel writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is encrypted, so Desk can&apos;t read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is frozen until {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a chain server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a desk&apos;s device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a possible {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a regular file (it is a pipe, a device or a socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a way to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an Excel .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not one of the chain&apos;s freeze reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not overdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not shared with this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not sold at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not valid at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is overdrawn by more visits than a whole package holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is the database or one of its backups: the {1} can&apos;t be written over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too long for a phone number ({1} digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too short for a phone number ({1} digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is valid at no location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}: it can&apos;t be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}: it can&apos;t be transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} may no longer use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} may use it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} memberships can&apos;t be transferred to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} needs a membership code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} paid back to the client; no visits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} visits is not possible; give 1 to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} visits {1} is not a possible limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was cancelled on {1}: its sale was voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was imported, not sold here: there is no sale to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was refunded on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the edit&apos;s date {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the refund&apos;s date {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after the transfer&apos;s date {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after this booking ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was sold on {1}, after this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was sold on {1}; a sale can be voided only the same business day (today is {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{what}} can&apos;t change once a membership of this type has been sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, times and amounts are written as the language&apos;s country writes them. The window speaks the language chosen from its next start; nothing in the data changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved — type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use STARTTLS (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keyring and never shown again. Leave a field empty to keep the one saved. No server set up: messages wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in this desk&apos;s database, marked secret (this computer has no system keyring), and never shown again. Leave a field empty to keep the one saved. No server set up: messages wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (%TO%, %MESSAGE%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
