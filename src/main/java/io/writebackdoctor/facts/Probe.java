package io.writebackdoctor.facts;

/** One {@code Test-NetConnection} result from the sync server. */
public class Probe extends Fact {
    private String computerName;
    private Integer remotePort;
    private Boolean tcpTestSucceeded;
    private Boolean nameResolutionSucceeded;

    public String getComputerName() { return computerName; }
    public Integer getRemotePort() { return remotePort; }
    public Boolean getTcpTestSucceeded() { return tcpTestSucceeded; }
    /** Test-NetConnection NameResolutionSucceeded: the host name resolved in DNS. */
    public Boolean getNameResolutionSucceeded() { return nameResolutionSucceeded; }

    /** True when the probe targets this host (DNS names compare case-insensitively). */
    public boolean targets(String host) {
        return host != null && computerName != null && computerName.equalsIgnoreCase(host);
    }

    /** True when the probe tested HTTPS: port 443, or no port given. */
    public boolean isHttps() {
        return remotePort == null || remotePort == 443;
    }

    /** True when the probed host lies under any of the domains. */
    public boolean targetsAnyDomain(java.util.List<String> domains) {
        return domains != null && domains.stream().anyMatch(this::targetsDomain);
    }

    @Override
    public String getName() {
        return computerName + (remotePort == null ? "" : ":" + remotePort);
    }

    /** True when the probed host is the domain itself or any name under it. */
    public boolean targetsDomain(String domain) {
        if (computerName == null || domain == null) return false;
        String host = computerName.toLowerCase(java.util.Locale.ROOT);
        String d = domain.toLowerCase(java.util.Locale.ROOT);
        return host.equals(d) || host.endsWith("." + d);
    }
}
