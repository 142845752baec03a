package io.writebackdoctor.knowledge;

import java.util.List;

/**
 * The DNS domains the sync server must reach over HTTPS in one cloud, from
 * {@code rules/data/cloud-endpoints.json}.
 */
public record CloudEndpoints(String cloud, List<String> passwordResetDomains, List<String> serviceBusDomains) {

    public CloudEndpoints {
        passwordResetDomains = passwordResetDomains == null ? List.of() : List.copyOf(passwordResetDomains);
        serviceBusDomains = serviceBusDomains == null ? List.of() : List.copyOf(serviceBusDomains);
    }

    public String getCloud() { return cloud; }
    public List<String> getPasswordResetDomains() { return passwordResetDomains; }
    public List<String> getServiceBusDomains() { return serviceBusDomains; }
}
