; Inno Setup script for Mission Planner: a per-user installer (no administrator rights needed)
; with a Start-menu entry and an uninstaller. Build it on Windows after the PyInstaller step,
; from the repository root (see packaging\windows\README.md):
;
;   iscc /DAppVersion=X.Y.Z packaging\windows\missionplanner.iss
;
; The version is not written here: pass the package version (one place: pyproject.toml, read
; through the package metadata), as the README's build step does.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (python -c "from importlib.metadata import version; print(version('missionplanner'))")
#endif
#define AppName "Mission Planner"
#define AppExe "missionplanner.exe"
#define BuildDir "..\..\dist\windows\missionplanner"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{5C927397-A490-4897-B826-66EF115F18C6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Mission Planner contributors
VersionInfoVersion={#AppVersion}
; Per-user install into %LOCALAPPDATA%\Programs\Mission Planner; an administrator may still choose
; an install for all users in the dialog or with /ALLUSERS.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\missionplanner.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=MissionPlanner-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before files are replaced.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: missionplanner.exe (desktop app), missionplanner-cli.exe (command
; line) and _internal\ (Python, Qt, migrations, demo data, icons, translations, bundled fonts).
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes what it installed. The user's missions stay where they are
; (%LOCALAPPDATA%\MissionPlanner\missionplanner.sqlite and its backups): they are data, not program.
; Alembic imports the migration scripts from files; should Python ever cache their bytecode beside
; them, that goes too, so the program folder does not linger.
[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal\missionplanner\db\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\missionplanner\db\migrations\versions\__pycache__"
