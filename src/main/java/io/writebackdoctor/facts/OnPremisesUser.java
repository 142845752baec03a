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

    void setAccount(Account account) { this.account = account; }
}
