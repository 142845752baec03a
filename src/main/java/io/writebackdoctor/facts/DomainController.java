package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.writebackdoctor.util.WindowsServerRelease;

/** A domain controller. */
public class DomainController extends Fact {
    private String hostName;
    private String operatingSystem;
    private Boolean servicePackUpToDate;
    @JsonProperty("isReadOnly")
    private Boolean isReadOnly;

    @JsonIgnore
    private Domain domain;

    public String getHostName() { return hostName; }
    public String getOperatingSystem() { return operatingSystem; }
    public Boolean getServicePackUpToDate() { return servicePackUpToDate; }
    public Boolean getIsReadOnly() { return isReadOnly; }
    public Domain getDomain() { return domain; }
    @Override
    public String getName() { return hostName != null ? hostName : getPath(); }

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
