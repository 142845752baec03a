package io.writebackdoctor.facts;

import java.util.ArrayList;
import java.util.List;

/** The whole facts-v1 document. Every part is optional. */
public class FactsDocument {
    private Integer schemaVersion;
    private java.time.Instant collectedAt;
    private Symptom symptom;
    private Tenant tenant;
    private List<Account> accounts;
    private Directory directory;
    private SyncServer syncServer;
    private Network network;
    private CloudSync cloudSync;
    private List<EventEntry> events;

    public Integer getSchemaVersion() { return schemaVersion; }
    /** When the collector gathered these facts. */
    public java.time.Instant getCollectedAt() { return collectedAt; }
    public Symptom getSymptom() { return symptom; }
    public Tenant getTenant() { return tenant; }
    public List<Account> getAccounts() { return accounts; }
    public Directory getDirectory() { return directory; }
    public SyncServer getSyncServer() { return syncServer; }
    public Network getNetwork() { return network; }
    public CloudSync getCloudSync() { return cloudSync; }
    public List<EventEntry> getEvents() { return events; }

    /**
     * Every object rules can match on, each stamped with its JSON Pointer and linked to its parent
     * (a domain knows its forest, a service plan its SKU) so rules can join without nesting.
     */
    public List<Fact> facts() {
        List<Fact> out = new ArrayList<>();
        if (collectedAt != null) add(out, new CollectionTime(collectedAt), "/collectedAt");
        add(out, symptom, "/symptom");
        if (tenant != null) {
            add(out, tenant, "/tenant");
            add(out, tenant.getSspr(), "/tenant/sspr");
            each(tenant.getSubscribedSkus(), "/tenant/subscribedSkus", (sku, p) -> {
                add(out, sku, p);
                each(sku.getServicePlans(), p + "/servicePlans", (plan, pp) -> {
                    plan.setSku(sku);
                    add(out, plan, pp);
                });
            });
        }
        each(accounts, "/accounts", (account, p) -> {
            add(out, account, p);
            add(out, account.getOnPremises(), p + "/onPremises");
            if (account.getOnPremises() != null) account.getOnPremises().setAccount(account);
            each(account.getAssignedLicenses(), p + "/assignedLicenses", (license, lp) -> {
                license.setAccount(account);
                add(out, license, lp);
            });
        });
        if (directory != null) {
            add(out, directory, "/directory");
            each(directory.getForests(), "/directory/forests", (forest, p) -> {
                add(out, forest, p);
                each(forest.getDomains(), p + "/domains", (domain, dp) -> {
                    domain.setForest(forest);
                    add(out, domain, dp);
                    add(out, domain.getPasswordPolicy(), dp + "/passwordPolicy");
                    if (domain.getPasswordPolicy() != null) domain.getPasswordPolicy().setDomain(domain);
                    each(domain.getDomainControllers(), dp + "/domainControllers", (dc, cp) -> {
                        dc.setDomain(domain);
                        add(out, dc, cp);
                    });
                });
            });
        }
        if (syncServer != null) {
            add(out, syncServer, "/syncServer");
            add(out, syncServer.getProxy(), "/syncServer/proxy");
            stamp(syncServer.getLastFullImport(), "/syncServer/lastFullImport");
            stamp(syncServer.getLastFullSync(), "/syncServer/lastFullSync");
            each(syncServer.getAdConnectors(), "/syncServer/adConnectors", (connector, p) -> {
                add(out, connector, p);
                stamp(connector.getPermissions(), p + "/permissions");
            });
        }
        if (network != null) {
            add(out, network, "/network");
            each(network.getProbes(), "/network/probes", (probe, p) -> add(out, probe, p));
        }
        if (cloudSync != null) {
            add(out, cloudSync, "/cloudSync");
            stamp(cloudSync.getPermissions(), "/cloudSync/permissions");
        }
        each(events, "/events", (event, p) -> add(out, event, p));
        return out;
    }

    private static void add(List<Fact> out, Fact fact, String path) {
        if (fact == null) return;
        fact.setPath(path);
        out.add(fact);
    }

    private static void stamp(Fact fact, String path) {
        if (fact != null) fact.setPath(path);
    }

    private interface ItemVisitor<T> {
        void visit(T item, String path);
    }

    private static <T> void each(List<T> items, String path, ItemVisitor<T> visitor) {
        if (items == null) return;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) visitor.visit(items.get(i), path + "/" + i);
        }
    }
}
