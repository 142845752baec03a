package io.writebackdoctor.facts;

import java.util.List;

/** An Active Directory connector of the sync server. */
public class AdConnector extends Fact {
    private String forest;
    private String account;
    private Boolean onlyUsePreferredDomainControllers;
    private List<String> preferredDomainControllers;
    private Boolean signAndSeal;
    private ConnectorPermissions permissions;
    private Integer accountPasswordLength;

    public String getForest() { return forest; }
    public String getAccount() { return account; }
    public Boolean getOnlyUsePreferredDomainControllers() { return onlyUsePreferredDomainControllers; }
    public List<String> getPreferredDomainControllers() {
        return preferredDomainControllers == null ? List.of() : preferredDomainControllers;
    }
    public Boolean getSignAndSeal() { return signAndSeal; }
    public ConnectorPermissions getPermissions() { return permissions; }
    /** Length, in characters, of the connector account's password (never the password itself). */
    public Integer getAccountPasswordLength() { return accountPasswordLength; }

    /** True when the host is among the preferred DCs (host names compare case-insensitively). */
    public boolean prefers(String hostName) {
        return hostName != null && getPreferredDomainControllers().stream().anyMatch(hostName::equalsIgnoreCase);
    }
}
