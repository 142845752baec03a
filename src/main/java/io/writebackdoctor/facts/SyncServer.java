package io.writebackdoctor.facts;

import io.writebackdoctor.util.DottedVersion;
import java.time.Instant;
import java.util.List;

/** The Azure AD Connect / Entra Connect sync server. */
public class SyncServer extends Fact {
    private Boolean installed;
    private String version;
    private String operatingSystem;
    private String machineRole;
    private Boolean serviceRunning;
    private Boolean stagingModeEnabled;
    private Boolean passwordWritebackEnabled;
    private Instant writebackEnabledAt;
    private Integer activeServersWithWriteback;
    private Boolean tls12Enabled;
    private String dotNetVersion;
    private SyncRun lastFullImport;
    private SyncRun lastFullSync;
    private Proxy proxy;
    private List<AdConnector> adConnectors;
    private Integer timeSkewSeconds;
    private Boolean userJoinEnablePasswordSync;
    private Boolean passThroughAuthenticationEnabled;
    private String passwordResetConfigurationError;

    public Boolean getInstalled() { return installed; }
    public String getVersion() { return version; }
    public String getOperatingSystem() { return operatingSystem; }
    public String getMachineRole() { return machineRole; }
    public Boolean getServiceRunning() { return serviceRunning; }
    public Boolean getStagingModeEnabled() { return stagingModeEnabled; }
    public Boolean getPasswordWritebackEnabled() { return passwordWritebackEnabled; }
    public Instant getWritebackEnabledAt() { return writebackEnabledAt; }
    public Integer getActiveServersWithWriteback() { return activeServersWithWriteback; }
    public Boolean getTls12Enabled() { return tls12Enabled; }
    public String getDotNetVersion() { return dotNetVersion; }
    public SyncRun getLastFullImport() { return lastFullImport; }
    public SyncRun getLastFullSync() { return lastFullSync; }
    public Proxy getProxy() { return proxy; }
    public List<AdConnector> getAdConnectors() { return adConnectors; }
    /** Offset of the server's clock from the authoritative time source, in seconds (may be negative). */
    public Integer getTimeSkewSeconds() { return timeSkewSeconds; }
    /** The skew's size, whichever way the clock is off; null when not reported. */
    /** Get-ADSyncRule "Out to AAD - User Join" EnablePasswordSync. */
    public Boolean getUserJoinEnablePasswordSync() { return userJoinEnablePasswordSync; }
    /** User sign-in method Pass-through authentication is on. */
    public Boolean getPassThroughAuthenticationEnabled() { return passThroughAuthenticationEnabled; }
    /** Error text of Get-/Set-ADSyncAADPasswordResetConfiguration; empty when the cmdlet ran without error. */
    public String getPasswordResetConfigurationError() { return passwordResetConfigurationError; }
    /** True when the configuration cmdlet's error says the configuration may be in an invalid state. */
    public boolean isPasswordResetConfigurationInvalid() {
        if (passwordResetConfigurationError == null) return false;
        String e = passwordResetConfigurationError.toLowerCase(java.util.Locale.ROOT);
        return e.contains("invalid state") || e.contains("e_fail");
    }
    public Integer getTimeSkewMagnitude() { return timeSkewSeconds == null ? null : Math.abs(timeSkewSeconds); }

    /** True when a full import and a full sync are recorded on both sides (AD and Azure AD). */
    public boolean isFullRunsComplete() {
        return lastFullImport != null && lastFullImport.isBothSides() && lastFullSync != null && lastFullSync.isBothSides();
    }

    /** True when any recorded full import or full sync ran before writeback was enabled. */
    public boolean isFullRunBeforeWritebackEnabled() {
        if (writebackEnabledAt == null) return false;
        return java.util.stream.Stream.of(lastFullImport, lastFullSync)
                .filter(java.util.Objects::nonNull)
                .flatMap(run -> java.util.stream.Stream.of(run.getAd(), run.getAad()))
                .anyMatch(t -> t != null && t.isBefore(writebackEnabledAt));
    }

    /** True when a version is known and is older than {@code minimum} (dotted, compared numerically). */
    public boolean versionBelow(String minimum) {
        return version != null && DottedVersion.parse(version).compareTo(DottedVersion.parse(minimum)) < 0;
    }
}
