package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** An AD domain ({@code Get-ADDomain}). */
public class Domain extends Fact {
    private String dnsRoot;
    private String pdcEmulator;
    private PasswordPolicy passwordPolicy;
    private Boolean restrictRemoteSamAllowsConnector;
    private List<DomainController> domainControllers;
    private String netBIOSName;
    private Boolean preWindows2000CompatibleAccessHasAuthenticatedUsers;
    private Boolean samServerAclHasAuthenticatedUsers;

    @JsonIgnore
    private Forest forest;

    public String getDnsRoot() { return dnsRoot; }
    public String getPdcEmulator() { return pdcEmulator; }
    public PasswordPolicy getPasswordPolicy() { return passwordPolicy; }
    public Boolean getRestrictRemoteSamAllowsConnector() { return restrictRemoteSamAllowsConnector; }
    public List<DomainController> getDomainControllers() { return domainControllers; }
    /** Get-ADDomain NetBIOSName. */
    public String getNetBIOSName() { return netBIOSName; }
    /** True when the NetBIOS name contains a dot, which Entra Connect does not support. */
    public boolean isNetBIOSNameDotted() { return netBIOSName != null && netBIOSName.contains("."); }
    /** Authenticated Users is a member of the built-in group "Pre-Windows 2000 Compatible Access". */
    public Boolean getPreWindows2000CompatibleAccessHasAuthenticatedUsers() { return preWindows2000CompatibleAccessHasAuthenticatedUsers; }
    /** The ACL of CN=Server,CN=System (the samServer object) grants Authenticated Users access. */
    public Boolean getSamServerAclHasAuthenticatedUsers() { return samServerAclHasAuthenticatedUsers; }
    public Forest getForest() { return forest; }
    /** The forest's name, for joins with connectors. */
    public String getForestName() { return forest == null ? null : forest.getName(); }
    @Override
    public String getName() { return dnsRoot != null ? dnsRoot : getPath(); }

    /** True when the domain belongs to the named forest (names compare case-insensitively). */
    public boolean inForest(String forestName) {
        return forestName != null && forestName.equalsIgnoreCase(getForestName());
    }

    void setForest(Forest forest) { this.forest = forest; }
}
