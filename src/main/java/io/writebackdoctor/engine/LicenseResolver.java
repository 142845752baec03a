package io.writebackdoctor.engine;

import io.writebackdoctor.facts.Account;
import io.writebackdoctor.facts.AssignedLicense;
import io.writebackdoctor.facts.FactsDocument;
import io.writebackdoctor.facts.ServicePlan;
import io.writebackdoctor.facts.SubscribedSku;
import java.util.List;

/**
 * Fills in service plans the caller did not send, from the SKU catalog, so licensing rules can always
 * reason by service plan. A SKU the catalog does not know keeps no plans: the rules then report
 * UNKNOWN instead of guessing.
 */
final class LicenseResolver {

    private final ReferenceData data;

    LicenseResolver(ReferenceData data) {
        this.data = data;
    }

    void resolve(FactsDocument document) {
        List<SubscribedSku> tenantSkus = document.getTenant() == null || document.getTenant().getSubscribedSkus() == null
                ? List.of() : document.getTenant().getSubscribedSkus();
        for (SubscribedSku sku : tenantSkus) {
            if (sku == null || sku.getServicePlans() != null) continue;
            ReferenceData.CatalogSku known = data.findSku(sku.getSkuId(), sku.getSkuPartNumber());
            if (known == null) {
                sku.resolvePlans(null, SubscribedSku.PlanSource.UNKNOWN);
            } else {
                sku.resolvePlans(plansOf(known), SubscribedSku.PlanSource.CATALOG);
            }
        }
        if (document.getAccounts() == null) return;
        for (Account account : document.getAccounts()) {
            if (account == null || account.getAssignedLicenses() == null) continue;
            for (AssignedLicense license : account.getAssignedLicenses()) {
                if (license != null) resolve(license, tenantSkus);
            }
        }
    }

    private void resolve(AssignedLicense license, List<SubscribedSku> tenantSkus) {
        for (SubscribedSku sku : tenantSkus) {
            if (sku != null && license.getSkuId() != null && license.getSkuId().equalsIgnoreCase(sku.getSkuId())
                    && sku.getServicePlans() != null) {
                license.resolveSku(sku.getName(), sku.getServicePlans());
                return;
            }
        }
        ReferenceData.CatalogSku known = data.findSku(license.getSkuId(), null);
        if (known != null) license.resolveSku(known.skuPartNumber(), plansOf(known));
    }

    private List<ServicePlan> plansOf(ReferenceData.CatalogSku sku) {
        return sku.entraPlans().stream().map(name -> new ServicePlan(data.planId(name), name)).toList();
    }
}
