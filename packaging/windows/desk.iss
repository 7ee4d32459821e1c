; Inno Setup 6.3+ script: the Windows installer of Desk, made from the PyInstaller bundle in
; dist\desk. packaging\build.py runs it with the version of pyproject.toml:
;   iscc /DAppVersion=<version> packaging\windows\desk.iss   ->  dist\desk-<version>-setup.exe
; Paths are relative to this file's folder.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=1.2.3 desk.iss (build.py does)
#endif

[Setup]
; the AppId identifies Desk to Windows across versions (upgrades, uninstall): never change it
AppId={{6F1D2C1E-3B7A-4E59-9A0E-6B1C9A7D2F41}
AppName=Desk
AppVersion={#AppVersion}
AppVerName=Desk {#AppVersion}
AppPublisher=Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Desk
DefaultGroupName=Desk
DisableProgramGroupPage=yes
; per-machine by default; someone without administrator rights may install for themselves
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
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
