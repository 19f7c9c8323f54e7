; Inno Setup 6 script: the Windows installer for 村务通 (VillageAdmin).
;
; Build the one-folder app first on Windows (it makes dist\villageadmin\):
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\villageadmin.spec
; then compile this script (it writes dist\VillageAdmin-Setup-<version>.exe):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\villageadmin.iss
;
; Per machine (Program Files, needs an administrator once); Start-menu and desktop shortcuts named 村务通.
; The data folder is NOT touched by uninstalling: it lives in each user's %LOCALAPPDATA%\VillageAdmin
; (or wherever --data / VILLAGEADMIN_DATA points), which this installer never writes to and never deletes.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "村务通"
#define AppExe "VillageAdmin.exe"

[Setup]
AppId={{5B0C6E57-3C1F-4D7B-9F8A-6A1D3E2C4B71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=VillageAdmin
VersionInfoDescription=村务通 VillageAdmin
DefaultDirName={autopf}\VillageAdmin
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=VillageAdmin-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\villageadmin.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
Name: "en"; MessagesFile: "compiler:Default.isl"
#endif

[Tasks]
; checked by default: a desktop icon is what a first-time user looks for
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\villageadmin\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "村级例会、开支、招投标、后备干部"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself put next to its files; never the data folder
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
