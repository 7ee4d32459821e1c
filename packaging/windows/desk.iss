; Inno Setup 6.3+ script: the Windows installer of Desk, made from the PyInstaller bundle in
; dist\desk. packaging\build.py runs it with the version of pyproject.toml, in full and as the
; four numbers of a Windows file version (packaging/versions.py; 0.3.0rc1 -> 0.3.0.3001):
;   iscc /DAppVersion=<version> /DFileVersion=<a.b.c.d> packaging\windows\desk.iss
;     ->  dist\desk-<version>-setup.exe
; Paths are relative to this file's folder.
;
; Signing: define SignTool as the name of a sign tool given to ISCC, and both the installer and
; its uninstaller are signed (the prompt Windows shows when either runs then names the publisher
; instead of "Unknown publisher"), e.g.
;   iscc "/Sdesksign=signtool sign /fd sha256 /tr <timestamp-url> /td sha256 /a $f"
;        /DSignTool=desksign /DAppVersion=... /DFileVersion=... packaging\windows\desk.iss

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=1.2.3 /DFileVersion=1.2.3.4000 desk.iss (build.py does)
#endif
#ifndef FileVersion
  #error Pass the numeric file version: iscc /DFileVersion=1.2.3.4000 desk.iss (build.py does)
#endif

[Setup]
; the AppId identifies Desk to Windows across versions (upgrades, uninstall): never change it
AppId={{6F1D2C1E-3B7A-4E59-9A0E-6B1C9A7D2F41}
AppName=Desk
AppVersion={#AppVersion}
AppVerName=Desk {#AppVersion}
AppPublisher=Desk
; Windows' file version is numeric; the product version shown to people is the full one
VersionInfoVersion={#FileVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\Desk
DefaultGroupName=Desk
DisableProgramGroupPage=yes
; per-machine by default; someone without administrator rights may install for themselves
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; Windows 10 or later: what Qt 6 and the Python that PyInstaller bundles run on
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\desk.ico
UninstallDisplayIcon={app}\desk.exe
OutputDir=..\..\dist
OutputBaseFilename=desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; a running Desk holds its files open: ask to close it before upgrading
CloseApplications=yes
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole bundle: desk.exe (the window), desk-cli.exe (the command line) and _internal\
Source: "..\..\dist\desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of an older version that this one no longer ships
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Desk"; Filename: "{app}\desk.exe"
Name: "{autodesktop}\Desk"; Filename: "{app}\desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\desk.exe"; Description: "{cm:LaunchProgram,Desk}"; Flags: nowait postinstall skipifsilent
