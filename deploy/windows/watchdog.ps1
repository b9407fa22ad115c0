# Budapest 1956 watchdog for Windows: the counterpart of
# budapest1956-watchdog.timer on Linux. Run every minute as SYSTEM (no
# window appears in the kiosk session), see README.md:
#   schtasks /Create /TN "Budapest 1956 watchdog" /SC MINUTE /MO 1 /RU SYSTEM /RL HIGHEST /F
#     /TR "powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File C:\ProgramData\budapest1956\watchdog.ps1"
#
# * The app runs and its heartbeat is older than MaxAge seconds (a hung or
#   frozen app): it is killed and started again.
# * The app does not run (crashed, or Exit in the staff panel): the
#   "Budapest 1956" task is started again, which only works while the kiosk
#   user is logged on. Under Shell Launcher (no task), Shell Launcher
#   restarts it itself.
# What it did goes to watchdog.log beside the heartbeat.
# For maintenance: schtasks /Change /TN "Budapest 1956 watchdog" /DISABLE
param(
    [string]$Heartbeat = 'C:\ProgramData\budapest1956\data\heartbeat.json',
    [string]$ProcessName = 'budapest1956',
    [string]$TaskName = 'Budapest 1956',
    [int]$MaxAge = 60,
    [int]$Grace = 90
)

$logFile = Join-Path (Split-Path -Parent $Heartbeat) 'watchdog.log'
function Write-Log([string]$message) {
    Add-Content -Path $logFile -Value ('{0} {1}' -f (Get-Date -Format 's'), $message)
}

function Start-Exhibit {
    $task = Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
    if ($task) {
        Start-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
        Write-Log "started task '$TaskName'"
    }
}

$proc = Get-Process -Name $ProcessName -ErrorAction SilentlyContinue | Select-Object -First 1
if (-not $proc) {
    # Only when the kiosk user is logged on (explorer or the Shell Launcher
    # app runs in an interactive session): otherwise there is nowhere to show it.
    $task = Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue
    if ($task -and $task.State -ne 'Running') {
        $user = $task.Principal.UserId
        $loggedOn = Get-CimInstance -ClassName Win32_Process -Filter "Name='explorer.exe'" -ErrorAction SilentlyContinue |
            ForEach-Object { (Invoke-CimMethod -InputObject $_ -MethodName GetOwner).User } |
            Where-Object { $_ -and $user -and ($user -split '\\')[-1] -eq $_ }
        if ($loggedOn) {
            Write-Log "$ProcessName is not running"
            Start-Exhibit
        }
    }
    exit 0
}

$running = ((Get-Date) - $proc.StartTime).TotalSeconds
if ($running -lt $Grace) { exit 0 }

if (Test-Path -LiteralPath $Heartbeat) {
    $age = ((Get-Date) - (Get-Item -LiteralPath $Heartbeat).LastWriteTime).TotalSeconds
    if ($age -le $MaxAge) { exit 0 }
    $last = (Get-Content -LiteralPath $Heartbeat -Raw -ErrorAction SilentlyContinue) -replace '\s+', ' '
    Write-Log ("heartbeat {0:N0} s old (limit {1} s), app running {2:N0} s; last beat: {3}" -f $age, $MaxAge, $running, $last)
} else {
    Write-Log ("heartbeat {0} missing, app running {1:N0} s" -f $Heartbeat, $running)
}
Write-Log "killing $ProcessName (pid $($proc.Id))"
Stop-Process -Id $proc.Id -Force -ErrorAction SilentlyContinue
Start-Sleep -Seconds 3
Start-Exhibit
