package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** The on-premises AD side of a synced account. */
public class OnPremisesUser extends Fact {
    private String distinguishedName;
    private Integer adminCount;
    private Boolean enabled;
    private Boolean lockedOut;
    private Boolean cannotChangePassword;
    private Boolean inheritanceEnabled;
    private Instant pwdLastSet;
    private Boolean mustChangePasswordAtNextLogon;
    private Boolean inAdConnectorSpace;
    private Boolean joinedToMetaverse;
    private Boolean joinedToAadConnectorSpace;
    private Integer enabledAccountsAcrossForests;

    @JsonIgnore
    private Account account;

    public String getDistinguishedName() { return distinguishedName; }
    public Integer getAdminCount() { return adminCount; }
    public Boolean getEnabled() { return enabled; }
    public Boolean getLockedOut() { return lockedOut; }
    public Boolean getCannotChangePassword() { return cannotChangePassword; }
    public Boolean getInheritanceEnabled() { return inheritanceEnabled; }
    public Instant getPwdLastSet() { return pwdLastSet; }
    public Account getAccount() { return account; }
    /** AD "User must change password at next logon" (pwdLastSet = 0). */
    public Boolean getMustChangePasswordAtNextLogon() { return mustChangePasswordAtNextLogon; }
    /** The user is an object of the AD connector's connector space. */
    public Boolean getInAdConnectorSpace() { return inAdConnectorSpace; }
    /** Its AD connector space object is joined to a metaverse object. */
    public Boolean getJoinedToMetaverse() { return joinedToMetaverse; }
    /** That metaverse object is joined to an object of the Entra ID (AAD) connector space. */
    public Boolean getJoinedToAadConnectorSpace() { return joinedToAadConnectorSpace; }
    /** Enabled AD accounts, across the connected forests, that match this cloud user. */
    public Integer getEnabledAccountsAcrossForests() { return enabledAccountsAcrossForests; }

    void setAccount(Account account) { this.account = account; }
}
