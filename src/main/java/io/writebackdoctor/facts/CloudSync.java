package io.writebackdoctor.facts;

/**
 * Microsoft Entra Cloud Sync, when it (rather than Connect Sync) writes passwords back: whether its
 * configuration has password writeback on, and the rights of the provisioning agent's gMSA on the
 * domain roots.
 */
public class CloudSync extends Fact {
    private Boolean passwordWritebackEnabled;
    private String gmsaAccount;
    private ConnectorPermissions permissions;
    private Boolean writebackConfigurationDeleted;

    /** The cloud sync configuration's "Enable password writeback" setting. */
    public Boolean getPasswordWritebackEnabled() { return passwordWritebackEnabled; }
    /** The provisioning agent's gMSA, e.g. {@code CONTOSO\provAgentgMSA$}. */
    public String getGmsaAccount() { return gmsaAccount; }
    public ConnectorPermissions getPermissions() { return permissions; }
    /** A cloud sync configuration with password writeback was deleted at some point. */
    public Boolean getWritebackConfigurationDeleted() { return writebackConfigurationDeleted; }
}
