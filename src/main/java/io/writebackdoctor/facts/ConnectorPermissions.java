package io.writebackdoctor.facts;

/** Rights of the connector account on each domain root. */
public class ConnectorPermissions extends Fact {
    private Boolean resetPassword;
    private Boolean changePassword;
    private Boolean writeLockoutTime;
    private Boolean writePwdLastSet;
    private Boolean unexpirePassword;

    public Boolean getResetPassword() { return resetPassword; }
    public Boolean getChangePassword() { return changePassword; }
    public Boolean getWriteLockoutTime() { return writeLockoutTime; }
    public Boolean getWritePwdLastSet() { return writePwdLastSet; }
    public Boolean getUnexpirePassword() { return unexpirePassword; }
}
