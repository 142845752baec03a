package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.facts.AssignedLicense;
import io.writebackdoctor.facts.FactsDocument;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.facts.ServicePlan;
import io.writebackdoctor.facts.SubscribedSku;
import io.writebackdoctor.facts.SubscribedSku.PlanSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Filling in service plans from the rule set's SKU catalog (rules/data/licensing.json), so that a caller
 * without Graph (part number only) and a license for a SKU missing from subscribedSkus are still judged
 * by their plans, and an unknown SKU stays unknown instead of being guessed.
 */
class LicenseResolverTest {

    private static final String AAD_PREMIUM = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    private static final String AAD_PREMIUM_P2 = "eec0eb4f-6444-4f95-aba0-50c24d67f998";
    private static final String AAD_SMB = "de377cbc-0019-4ec2-b77c-3f223947e102";
    private static final String SPB_ID = "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46";
    private static final String SPE_E3_ID = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    private static final String SPE_E5_ID = "06ebc4ee-1bb5-47dd-8120-11324bc54e06";
    private static final String ENTERPRISEPACK_ID = "6fd2c87f-b296-42f0-b197-1e91e994b900";
    private static final String EXCHANGE_PLAN = "efb87545-963c-4e0d-99df-69c6916d9eb0";

    private static ReferenceData data;

    @BeforeAll
    static void loadTheRealRuleSet() throws Exception {
        data = new RuleSetLoader().load(RuleFiles.fromDirectory(Path.of("rules"))).data();
    }

    private static FactsDocument resolved(String json) throws Exception {
        FactsDocument document = new FactsReader().read(json).document();
        new LicenseResolver(data).resolve(document);
        return document;
    }

    private static SubscribedSku onlySku(String skuJson) throws Exception {
        return resolved("{ \"tenant\": { \"subscribedSkus\": [ " + skuJson + " ] } }").getTenant().getSubscribedSkus().get(0);
    }

    private static Map<String, String> idsByName(List<ServicePlan> plans) {
        return plans.stream().collect(Collectors.toMap(ServicePlan::getServicePlanName, ServicePlan::getServicePlanId));
    }

    // ------------------------------------------------------------------------------------------------
    // Subscribed SKUs

    @Test
    void businessPremiumByPartNumberGetsEntraP1FromTheCatalog() throws Exception {
        SubscribedSku sku = onlySku("{ \"skuPartNumber\": \"SPB\", \"consumedUnits\": 3 }");
        assertEquals(PlanSource.CATALOG, sku.getPlanSource());
        assertNotNull(sku.getServicePlans());
        Map<String, String> plans = idsByName(sku.getServicePlans());
        assertEquals(AAD_PREMIUM, plans.get("AAD_PREMIUM"), "plans " + plans);
        assertEquals(AAD_SMB, plans.get("AAD_SMB"), "plans " + plans);
        assertNull(plans.get("AAD_PREMIUM_P2"), "Business Premium carries P1, not P2");
        assertTrue(sku.getServicePlans().stream().allMatch(p -> p.getProvisioningStatus() == null),
                "a catalog plan's provisioning status is not known");
    }

    @Test
    void office365E3ResolvesButHasNoEntraP1() throws Exception {
        SubscribedSku sku = onlySku("{ \"skuPartNumber\": \"ENTERPRISEPACK\" }");
        assertEquals(PlanSource.CATALOG, sku.getPlanSource(), "a known SKU, not an unknown one");
        assertNotNull(sku.getServicePlans());
        assertTrue(sku.getServicePlans().stream().noneMatch(p -> AAD_PREMIUM.equals(p.getServicePlanId())
                || "AAD_PREMIUM".equals(p.getServicePlanName())), "plans " + sku.getServicePlans());
    }

    @Test
    void businessStandardDespiteItsPartNumberHasNoEntraP1() throws Exception {
        SubscribedSku sku = onlySku("{ \"skuPartNumber\": \"O365_BUSINESS_PREMIUM\" }");
        assertEquals(PlanSource.CATALOG, sku.getPlanSource());
        assertTrue(sku.getServicePlans().stream().noneMatch(p -> AAD_PREMIUM.equals(p.getServicePlanId())));
    }

    @Test
    void anUnknownPartNumberStaysUnknown() throws Exception {
        SubscribedSku sku = onlySku("{ \"skuPartNumber\": \"CONTOSO_HOMEGROWN_BUNDLE\" }");
        assertEquals(PlanSource.UNKNOWN, sku.getPlanSource());
        assertNull(sku.getServicePlans(), "no guessed plans");
    }

    @Test
    void aSkuWithNeitherIdNorPartNumberStaysUnknown() throws Exception {
        SubscribedSku sku = onlySku("{ \"consumedUnits\": 3 }");
        assertEquals(PlanSource.UNKNOWN, sku.getPlanSource());
        assertNull(sku.getServicePlans());
    }

    @Test
    void plansSentByTheCallerAreKept() throws Exception {
        // Graph's answer wins over the catalog: here the tenant's SPB shows only an Exchange plan.
        SubscribedSku sku = onlySku("""
                { "skuPartNumber": "SPB", "skuId": "%s",
                  "servicePlans": [ { "servicePlanId": "%s", "servicePlanName": "EXCHANGE_S_STANDARD",
                                      "provisioningStatus": "Success" } ] }
                """.formatted(SPB_ID, EXCHANGE_PLAN));
        assertEquals(PlanSource.REQUEST, sku.getPlanSource());
        assertEquals(1, sku.getServicePlans().size());
        assertEquals("EXCHANGE_S_STANDARD", sku.getServicePlans().get(0).getServicePlanName());
        assertEquals("Success", sku.getServicePlans().get(0).getProvisioningStatus());
    }

    @Test
    void partNumberLookupIgnoresCase() throws Exception {
        SubscribedSku sku = onlySku("{ \"skuPartNumber\": \"spb\" }");
        assertEquals(PlanSource.CATALOG, sku.getPlanSource());
        assertEquals(AAD_PREMIUM, idsByName(sku.getServicePlans()).get("AAD_PREMIUM"));
    }

    @Test
    void skuIdAloneFindsTheCatalogSkuInAnyCase() throws Exception {
        SubscribedSku sku = onlySku("{ \"skuId\": \"" + SPE_E5_ID.toUpperCase() + "\" }");
        assertEquals(PlanSource.CATALOG, sku.getPlanSource());
        Map<String, String> plans = idsByName(sku.getServicePlans());
        assertEquals(AAD_PREMIUM, plans.get("AAD_PREMIUM"));
        assertEquals(AAD_PREMIUM_P2, plans.get("AAD_PREMIUM_P2"));
    }

    @Test
    void theSkuIdDecidesWhenIdAndPartNumberDisagree() throws Exception {
        // The id is Graph's key; a part number can be mistyped.
        SubscribedSku sku = onlySku("{ \"skuId\": \"" + ENTERPRISEPACK_ID + "\", \"skuPartNumber\": \"SPB\" }");
        assertEquals(PlanSource.CATALOG, sku.getPlanSource());
        assertTrue(sku.getServicePlans().stream().noneMatch(p -> AAD_PREMIUM.equals(p.getServicePlanId())));
    }

    // ------------------------------------------------------------------------------------------------
    // Licenses assigned to accounts

    @Test
    void aLicenseTakesThePlansOfTheTenantsSkuFirst() throws Exception {
        // The tenant's SPE_E3 came from Graph with only an Exchange plan: the account gets those plans,
        // not the catalog's (which would include AAD_PREMIUM).
        FactsDocument doc = resolved("""
                { "tenant": { "subscribedSkus": [
                    { "skuId": "%s", "skuPartNumber": "SPE_E3",
                      "servicePlans": [ { "servicePlanId": "%s", "servicePlanName": "EXCHANGE_S_ENTERPRISE" } ] } ] },
                  "accounts": [ { "assignedLicenses": [ { "skuId": "%s" } ] } ] }
                """.formatted(SPE_E3_ID, EXCHANGE_PLAN, SPE_E3_ID.toUpperCase()));
        AssignedLicense license = doc.getAccounts().get(0).getAssignedLicenses().get(0);
        assertTrue(license.isSkuKnown());
        assertSame(doc.getTenant().getSubscribedSkus().get(0).getServicePlans(), license.getSkuPlans());
        assertEquals("SPE_E3", license.getSkuName());
        assertTrue(license.enables(EXCHANGE_PLAN));
        assertFalse(license.enables(AAD_PREMIUM));
    }

    @Test
    void aLicenseForATenantSkuResolvedFromTheCatalogGetsThosePlans() throws Exception {
        FactsDocument doc = resolved("""
                { "tenant": { "subscribedSkus": [ { "skuId": "%s", "skuPartNumber": "SPB" } ] },
                  "accounts": [ { "assignedLicenses": [ { "skuId": "%s" } ] } ] }
                """.formatted(SPB_ID, SPB_ID));
        AssignedLicense license = doc.getAccounts().get(0).getAssignedLicenses().get(0);
        assertTrue(license.isSkuKnown());
        assertEquals("SPB", license.getSkuName());
        assertTrue(license.enables(AAD_PREMIUM));
    }

    @Test
    void aLicenseForASkuNotInTheTenantComesFromTheCatalogBySkuId() throws Exception {
        FactsDocument doc = resolved("""
                { "tenant": { "subscribedSkus": [ { "skuId": "%s", "skuPartNumber": "SPE_E3", "servicePlans": [] } ] },
                  "accounts": [ { "assignedLicenses": [ { "skuId": "%s" } ] } ] }
                """.formatted(SPE_E3_ID, SPE_E5_ID));
        AssignedLicense license = doc.getAccounts().get(0).getAssignedLicenses().get(0);
        assertTrue(license.isSkuKnown());
        assertEquals("SPE_E5", license.getSkuName());
        Map<String, String> plans = idsByName(license.getSkuPlans());
        assertEquals(AAD_PREMIUM, plans.get("AAD_PREMIUM"));
        assertEquals(AAD_PREMIUM_P2, plans.get("AAD_PREMIUM_P2"));
        assertTrue(license.enables(AAD_PREMIUM_P2));
    }

    @Test
    void aLicenseWithoutAnyTenantSkusStillResolvesFromTheCatalog() throws Exception {
        FactsDocument doc = resolved("""
                { "accounts": [ { "assignedLicenses": [ { "skuId": "%s" } ] } ] }
                """.formatted(SPB_ID));
        AssignedLicense license = doc.getAccounts().get(0).getAssignedLicenses().get(0);
        assertTrue(license.isSkuKnown());
        assertTrue(license.enables(AAD_PREMIUM));
    }

    @Test
    void aLicenseForAnUnknownSkuIsUnknown() throws Exception {
        String unknownSkuId = "00000000-1111-2222-3333-444444444444";
        FactsDocument doc = resolved("""
                { "tenant": { "subscribedSkus": [ { "skuId": "%s", "skuPartNumber": "SPE_E3" } ] },
                  "accounts": [ { "assignedLicenses": [ { "skuId": "%s" } ] } ] }
                """.formatted(SPE_E3_ID, unknownSkuId));
        AssignedLicense license = doc.getAccounts().get(0).getAssignedLicenses().get(0);
        assertFalse(license.isSkuKnown());
        assertNull(license.getSkuPlans());
        assertEquals(unknownSkuId, license.getSkuName(), "messages fall back to the id");
        assertFalse(license.enables(AAD_PREMIUM), "an unknown SKU is never taken to confer a plan");
    }

    @Test
    void aLicenseForATenantSkuNobodyKnowsIsUnknown() throws Exception {
        String homegrown = "00000000-1111-2222-3333-555555555555";
        FactsDocument doc = resolved("""
                { "tenant": { "subscribedSkus": [ { "skuId": "%s", "skuPartNumber": "HOMEGROWN" } ] },
                  "accounts": [ { "assignedLicenses": [ { "skuId": "%s" } ] } ] }
                """.formatted(homegrown, homegrown));
        assertEquals(PlanSource.UNKNOWN, doc.getTenant().getSubscribedSkus().get(0).getPlanSource());
        assertFalse(doc.getAccounts().get(0).getAssignedLicenses().get(0).isSkuKnown());
    }

    @Test
    void disabledPlansAreNotEnabled() throws Exception {
        FactsDocument doc = resolved("""
                { "accounts": [ { "assignedLicenses": [
                    { "skuId": "%1$s", "disabledPlans": [ "%2$s" ] },
                    { "skuId": "%1$s", "disabledPlans": [ "%3$s" ] },
                    { "skuId": "%1$s", "disabledPlans": [] },
                    { "skuId": "%1$s" } ] } ] }
                """.formatted(SPB_ID, AAD_PREMIUM.toUpperCase(), AAD_SMB));
        List<AssignedLicense> licenses = doc.getAccounts().get(0).getAssignedLicenses();
        assertFalse(licenses.get(0).enables(AAD_PREMIUM), "P1 switched off for this account (ids compare case-insensitively)");
        assertTrue(licenses.get(0).enables(AAD_SMB), "the other plan stays on");
        assertTrue(licenses.get(1).enables(AAD_PREMIUM), "another plan switched off does not matter");
        assertFalse(licenses.get(1).enables(AAD_SMB));
        assertTrue(licenses.get(2).enables(AAD_PREMIUM));
        assertTrue(licenses.get(3).enables(AAD_PREMIUM), "disabledPlans absent means none disabled");
        assertFalse(licenses.get(3).enables(AAD_PREMIUM_P2), "a plan the SKU does not carry is not enabled");
    }

    @Test
    void anAccountWithoutLicensesIsLeftAlone() throws Exception {
        FactsDocument doc = resolved("""
                { "tenant": { "subscribedSkus": [] }, "accounts": [ { "userPrincipalName": "a@x" } ] }
                """);
        assertNull(doc.getAccounts().get(0).getAssignedLicenses());
    }
}
