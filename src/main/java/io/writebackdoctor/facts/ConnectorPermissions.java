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

    /** The rights reported missing (false), by their AD names, in a fixed order. */
    public java.util.List<String> getMissingRights() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (Boolean.FALSE.equals(resetPassword)) missing.add("Reset password");
        if (Boolean.FALSE.equals(changePassword)) missing.add("Change password");
        if (Boolean.FALSE.equals(writeLockoutTime)) missing.add("Write lockoutTime");
        if (Boolean.FALSE.equals(writePwdLastSet)) missing.add("Write pwdLastSet");
        if (Boolean.FALSE.equals(unexpirePassword)) missing.add("Unexpire Password");
        return missing;
    }

    /** True when every right is reported present. */
    public boolean isComplete() {
        return Boolean.TRUE.equals(resetPassword) && Boolean.TRUE.equals(changePassword) && Boolean.TRUE.equals(writeLockoutTime)
                && Boolean.TRUE.equals(writePwdLastSet) && Boolean.TRUE.equals(unexpirePassword);
    }
}
