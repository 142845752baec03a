package io.writebackdoctor.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.writebackdoctor.knowledge.CloudEndpoints;
import io.writebackdoctor.knowledge.WritebackPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data files of the rule set ({@code rules/data/}): the SKU catalog with its service plans, the
 * plans that confer writeback, and each cloud's endpoints.
 */
public final class ReferenceData {

    public static final String LICENSING = "data/licensing.json";
    public static final String ENDPOINTS = "data/cloud-endpoints.json";

    /** One SKU of the catalog: its Entra ID plans, by name. */
    public record CatalogSku(String skuPartNumber, String skuId, String productName, List<String> entraPlans) {
    }

    record Licensing(@JsonProperty("_about") String about, Map<String, String> servicePlans,
                     List<String> writebackPlans, List<CatalogSku> skus) {
    }

    record Endpoints(@JsonProperty("_about") String about, List<CloudEndpoints> clouds) {
    }

    private final Map<String, String> planIds;
    private final List<WritebackPlan> writebackPlans;
    private final Map<String, CatalogSku> skusByPartNumber = new HashMap<>();
    private final Map<String, CatalogSku> skusById = new HashMap<>();
    private final List<CloudEndpoints> clouds;

    private ReferenceData(Licensing licensing, Endpoints endpoints, List<RuleProblem> problems) {
        this.planIds = licensing == null || licensing.servicePlans() == null ? Map.of() : licensing.servicePlans();
        List<WritebackPlan> plans = new ArrayList<>();
        if (licensing != null && licensing.writebackPlans() != null) {
            for (String name : licensing.writebackPlans()) {
                if (!planIds.containsKey(name)) {
                    problems.add(new RuleProblem(LICENSING, 0, "writeback plan " + name + " has no id in servicePlans"));
                }
                plans.add(new WritebackPlan(planIds.get(name), name));
            }
        }
        this.writebackPlans = List.copyOf(plans);
        if (licensing != null && licensing.skus() != null) {
            for (CatalogSku sku : licensing.skus()) {
                for (String plan : sku.entraPlans()) {
                    if (!planIds.containsKey(plan)) {
                        problems.add(new RuleProblem(LICENSING, 0, sku.skuPartNumber() + ": plan " + plan + " has no id in servicePlans"));
                    }
                }
                skusByPartNumber.put(key(sku.skuPartNumber()), sku);
                skusById.put(key(sku.skuId()), sku);
            }
        }
        this.clouds = endpoints == null || endpoints.clouds() == null ? List.of() : List.copyOf(endpoints.clouds());
    }

    static ReferenceData read(RuleFiles files, List<RuleProblem> problems) {
        Licensing licensing = CatalogReader.read(files, LICENSING, Licensing.class, problems);
        Endpoints endpoints = CatalogReader.read(files, ENDPOINTS, Endpoints.class, problems);
        return new ReferenceData(licensing, endpoints, problems);
    }

    public List<WritebackPlan> writebackPlans() {
        return writebackPlans;
    }

    public List<CloudEndpoints> clouds() {
        return clouds;
    }

    /** A catalog SKU by part number or id (case-insensitive), or null. */
    public CatalogSku findSku(String skuId, String skuPartNumber) {
        CatalogSku byId = skuId == null ? null : skusById.get(key(skuId));
        return byId != null ? byId : skuPartNumber == null ? null : skusByPartNumber.get(key(skuPartNumber));
    }

    /** The service-plan id of a plan name, or null. */
    public String planId(String planName) {
        return planIds.get(planName);
    }

    private static String key(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}
