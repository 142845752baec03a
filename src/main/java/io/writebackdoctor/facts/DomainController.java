package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.writebackdoctor.util.WindowsServerRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A domain controller. */
public class DomainController extends Fact {
    /**
     * The principals Windows grants "Impersonate a client after authentication" (SeImpersonatePrivilege)
     * by default, by their well-known SIDs, as the access-rights troubleshooting page (T2) lists them.
     */
    private static final Map<String, String> DEFAULT_IMPERSONATORS = Map.of(
            "S-1-5-32-544", "Administrators",
            "S-1-5-19", "LOCAL SERVICE",
            "S-1-5-20", "NETWORK SERVICE",
            "S-1-5-6", "SERVICE");

    private String hostName;
    private String operatingSystem;
    private Boolean servicePackUpToDate;
    @JsonProperty("isReadOnly")
    private Boolean isReadOnly;
    private List<String> seImpersonatePrivilege;
    private Integer replicationFailures;

    @JsonIgnore
    private Domain domain;

    public String getHostName() { return hostName; }
    public String getOperatingSystem() { return operatingSystem; }
    public Boolean getServicePackUpToDate() { return servicePackUpToDate; }
    public Boolean getIsReadOnly() { return isReadOnly; }
    /** Principals holding the user right "Impersonate a client after authentication", as secedit exports them. */
    public List<String> getSeImpersonatePrivilege() { return seImpersonatePrivilege; }
    /** Number of replication failures the DC reports (Get-ADReplicationFailure). */
    public Integer getReplicationFailures() { return replicationFailures; }
    public Domain getDomain() { return domain; }
    @Override
    public String getName() { return hostName != null ? hostName : getPath(); }

    /**
     * The default holders of "Impersonate a client after authentication" missing from
     * {@link #getSeImpersonatePrivilege()}, by name; empty when all are there or the list is not
     * reported. Entries may be names ("Administrators", "BUILTIN\Administrators", "NT AUTHORITY\SERVICE")
     * or SIDs as secedit writes them ("*S-1-5-6").
     */
    public List<String> getMissingImpersonators() {
        List<String> missing = new ArrayList<>();
        if (seImpersonatePrivilege == null) return missing;
        List<String> held = seImpersonatePrivilege.stream().filter(java.util.Objects::nonNull).map(DomainController::principal).toList();
        DEFAULT_IMPERSONATORS.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            String name = e.getValue().toUpperCase(Locale.ROOT);
            if (!held.contains(e.getKey()) && !held.contains(name)) missing.add(e.getValue());
        });
        return missing;
    }

    /** A principal without its leading '*' (SIDs) or its domain ("BUILTIN\", "NT AUTHORITY\"), upper case. */
    private static String principal(String entry) {
        String p = entry.trim();
        if (p.startsWith("*")) p = p.substring(1);
        int slash = p.lastIndexOf('\\');
        if (slash >= 0) p = p.substring(slash + 1);
        return p.toUpperCase(Locale.ROOT);
    }

    /** The Windows Server release named by {@link #getOperatingSystem()}, or null when it names none. */
    public WindowsServerRelease getRelease() {
        return WindowsServerRelease.parse(operatingSystem);
    }

    /** True when the DC runs a Windows Server release older than the one named ("2008 R2", "2016"). */
    public boolean runsOlderThan(String release) {
        WindowsServerRelease own = getRelease();
        return own != null && own.compareTo(WindowsServerRelease.parse("Windows Server " + release)) < 0;
    }

    void setDomain(Domain domain) { this.domain = domain; }
}
