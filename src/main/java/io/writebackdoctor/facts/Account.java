package io.writebackdoctor.facts;

import java.util.List;

/** An account that matters for the diagnosis: the admin, the test user, the one that enabled writeback. */
public class Account extends GraphSyncedObject {
    private String userPrincipalName;
    private List<String> purposes;
    private List<String> roles;
    private Boolean federated;
    private List<AssignedLicense> assignedLicenses;
    private List<String> memberOfGroupIds;
    private Integer registeredAuthMethods;
    private OnPremisesUser onPremises;
    private List<String> rolesAssignedViaGroups;
    private Integer resetAttemptsLastHour;

    public String getUserPrincipalName() { return userPrincipalName; }
    public List<String> getPurposes() { return purposes == null ? List.of() : purposes; }
    public List<String> getRoles() { return roles == null ? List.of() : roles; }
    public Boolean getFederated() { return federated; }
    public List<AssignedLicense> getAssignedLicenses() { return assignedLicenses; }
    public List<String> getMemberOfGroupIds() { return memberOfGroupIds; }
    public Integer getRegisteredAuthMethods() { return registeredAuthMethods; }
    public OnPremisesUser getOnPremises() { return onPremises; }
    /** Directory roles the account holds only through membership of a role-assignable group. */
    public List<String> getRolesAssignedViaGroups() { return rolesAssignedViaGroups == null ? List.of() : rolesAssignedViaGroups; }

    /** Self-service reset attempts (and verifications) for this account in the last hour, from the audit log. */
    public Integer getResetAttemptsLastHour() { return resetAttemptsLastHour; }
    /** True when the caller sent the account's roles (an empty list counts: no role). */
    public boolean isRolesReported() { return roles != null; }
    /** True when the caller sent which roles come through groups (an empty list counts: none). */
    public boolean isRolesAssignedViaGroupsReported() { return rolesAssignedViaGroups != null; }

    /** True when a role is among {@link #getRoles()} (names compare case-insensitively). */
    public boolean hasRole(String role) {
        return getRoles().stream().anyMatch(role::equalsIgnoreCase);
    }

    /** True when a role is held through a group (names compare case-insensitively). */
    public boolean hasRoleViaGroup(String role) {
        return getRolesAssignedViaGroups().stream().anyMatch(role::equalsIgnoreCase);
    }

    /**
     * True when the account holds Global Administrator or Hybrid Identity Administrator assigned
     * directly: listed in roles and not only through a group.
     */
    public boolean isDirectConnectAdmin() {
        return (hasRole("Global Administrator") && !hasRoleViaGroup("Global Administrator"))
                || (hasRole("Hybrid Identity Administrator") && !hasRoleViaGroup("Hybrid Identity Administrator"));
    }

    /** True when Global Administrator or Hybrid Identity Administrator is held, directly or via a group. */
    public boolean isConnectAdminAnyHow() {
        return hasRole("Global Administrator") || hasRole("Hybrid Identity Administrator")
                || hasRoleViaGroup("Global Administrator") || hasRoleViaGroup("Hybrid Identity Administrator");
    }

    /**
     * Where the identity is mastered: {@code cloud} (Graph null), {@code onPremises} (synced now or
     * once), or null when the caller did not say.
     */
    public String getIdentitySource() {
        if (!onPremisesSyncEnabledSent()) return null;
        return getOnPremisesSyncEnabled() == null ? "cloud" : "onPremises";
    }

    public boolean hasPurpose(String purpose) {
        return getPurposes().contains(purpose);
    }

    /** A readable name for messages. */
    @Override
    public String getName() {
        return userPrincipalName != null ? userPrincipalName : getPath();
    }
}
