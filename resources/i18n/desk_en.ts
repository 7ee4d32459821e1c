<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>{name} · {phone} · %n memberships</source>
        <translation>
            <numerusform>{name} · {phone} · %n membership</numerusform>
            <numerusform>{name} · {phone} · %n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships frozen for {days}; expiries move by as many.</source>
        <translation>
            <numerusform>%n membership frozen for {days}; its expiry moves by as many.</numerusform>
            <numerusform>%n memberships frozen for {days}; expiries move by as many.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close {location} from {first} to {last} and freeze %n memberships?</source>
        <translation>
            <numerusform>Close {location} from {first} to {last} and freeze %n membership?</numerusform>
            <numerusform>Close {location} from {first} to {last} and freeze %n memberships?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{location} is closed from {first} to {last}: %n memberships frozen.</source>
        <translation>
            <numerusform>{location} is closed from {first} to {last}: %n membership frozen.</numerusform>
            <numerusform>{location} is closed from {first} to {last}: %n memberships frozen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookings</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships started their validity</source>
        <translation>
            <numerusform>%n membership started its validity</numerusform>
            <numerusform>%n memberships started their validity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed visits were deducted</source>
        <translation>
            <numerusform>%n missed visit was deducted</numerusform>
            <numerusform>%n missed visits were deducted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships renewed</source>
        <translation>
            <numerusform>%n membership renewed</numerusform>
            <numerusform>%n memberships renewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships had already expired; their remaining visits were written off</source>
        <translation>
            <numerusform>%n membership had already expired; its remaining visits were written off</numerusform>
            <numerusform>%n memberships had already expired; their remaining visits were written off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent</source>
        <translation>
            <numerusform>%n message sent</numerusform>
            <numerusform>%n messages sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages could not be sent (see the Outbox)</source>
        <translation>
            <numerusform>%n message could not be sent (see the Outbox)</numerusform>
            <numerusform>%n messages could not be sent (see the Outbox)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Freeze for %n days</source>
        <translation>
            <numerusform>Freeze for %n day</numerusform>
            <numerusform>Freeze for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a new password for {user} before you start (at least %n characters).</source>
        <translation>
            <numerusform>Choose a new password for {user} before you start (at least %n character).</numerusform>
            <numerusform>Choose a new password for {user} before you start (at least %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the closure that began on {first} today ({today}) and unfreeze its %n memberships?</source>
        <translation>
            <numerusform>End the closure that began on {first} today ({today}) and unfreeze its %n membership?</numerusform>
            <numerusform>End the closure that began on {first} today ({today}) and unfreeze its %n memberships?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened: %n memberships unfrozen, credited the days closed.</source>
        <translation>
            <numerusform>Reopened: %n membership unfrozen, credited the days closed.</numerusform>
            <numerusform>Reopened: %n memberships unfrozen, credited the days closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use. Log in to go on.</source>
        <translation>
            <numerusform>Locked after %n minute without use. Log in to go on.</numerusform>
            <numerusform>Locked after %n minutes without use. Log in to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days after the sale</source>
        <translation>
            <numerusform>%n day after the sale</numerusform>
            <numerusform>%n days after the sale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other clients</source>
        <translation>
            <numerusform>%n other client</numerusform>
            <numerusform>%n other clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days at least</source>
        <translation>
            <numerusform>%n day at least</numerusform>
            <numerusform>%n days at least</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days at most</source>
        <translation>
            <numerusform>%n day at most</numerusform>
            <numerusform>%n days at most</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freezes at most</source>
        <translation>
            <numerusform>%n freeze at most</numerusform>
            <numerusform>%n freezes at most</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits left</source>
        <translation>
            <numerusform>%n visit left</numerusform>
            <numerusform>%n visits left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{services}: %n visits</source>
        <translation>
            <numerusform>{services}: %n visit</numerusform>
            <numerusform>{services}: %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n memberships from {file}.</source>
        <translation>
            <numerusform>Imported %n membership from {file}.</numerusform>
            <numerusform>Imported %n memberships from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n memberships.</source>
        <translation>
            <numerusform>Imported %n membership.</numerusform>
            <numerusform>Imported %n memberships.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows of {file} as %n memberships {of_clients}?</source>
        <translation>
            <numerusform>Import %n row of {file} as %n membership {of_clients}?</numerusform>
            <numerusform>Import %n rows of {file} as %n memberships {of_clients}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n clients</source>
        <translation>
            <numerusform>of %n client</numerusform>
            <numerusform>of %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows of {file} as %n memberships?</source>
        <translation>
            <numerusform>Import %n row of {file} as %n membership?</numerusform>
            <numerusform>Import %n rows of {file} as %n memberships?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had already expired; the desk writes off their remaining visits.</source>
        <translation>
            <numerusform>%n of them had already expired; the desk writes off their remaining visits.</numerusform>
            <numerusform>%n of them had already expired; the desk writes off their remaining visits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have already expired: their remaining visits will be written off.</source>
        <translation>
            <numerusform>%n of them has already expired: their remaining visits will be written off.</numerusform>
            <numerusform>%n of them have already expired: their remaining visits will be written off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of {day} · sales, visits and liability over the last %n months</source>
        <translation>
            <numerusform>As of {day} · sales, visits and liability over the last %n month</numerusform>
            <numerusform>As of {day} · sales, visits and liability over the last %n months</numerusform>
        </translation>
    </message>
</context>
</TS>
