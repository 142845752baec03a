package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import io.writebackdoctor.knowledge.Severity;
import io.writebackdoctor.knowledge.Status;
import io.writebackdoctor.report.Diagnosis;
import io.writebackdoctor.report.Finding;
import io.writebackdoctor.report.SourceRef;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding carries what the contract promises, and the engine's ordering and summary hold. */
class FindingContractTest {

    private static Diagnosis sample(String name) throws Exception {
        return TestRules.diagnose(Files.readString(TestRules.SAMPLES.resolve(name + ".json")));
    }

    private static Finding finding(Diagnosis d, String check) {
        return d.findings().stream().filter(f -> f.check().equals(check)).findFirst().orElseThrow();
    }

    @Test
    void anIdleTimeoutOf150SecondsWarnsAndCitesTheArticleAndCurrentGuidance() throws Exception {
        Finding f = finding(sample("idle-timeout-150-seconds"), "IDLE_CONNECTION_TIMEOUT");
        assertEquals(Status.WARN, f.status());
        assertEquals(Severity.WARNING, f.severity());
        List<String> documents = f.sources().stream().map(SourceRef::key).toList();
        assertTrue(documents.containsAll(List.of("ARTICLE", "S8")), documents.toString());
        assertTrue(f.explanation().contains("150 seconds") && f.explanation().contains("2-3 minutes")
                && f.explanation().contains("6 minutes"), f.explanation());
        assertEquals(150, f.evidence().get("/network/idleTimeoutSeconds").asInt());
    }

    @Test
    void aFailedFindingHasEverythingASupportEngineerNeeds() throws Exception {
        Finding f = finding(sample("pdc-emulator-unreachable"), "PDC_EMULATOR_REACHABLE");
        assertEquals(Status.FAIL, f.status());
        assertEquals(Severity.BLOCKER, f.severity());
        assertFalse(f.title().isBlank());
        assertTrue(f.explanation().contains("dc1.contoso.local"), f.explanation());
        assertFalse(f.remediation().isEmpty());
        assertEquals(false, f.evidence().get("/network/probes/3/tcpTestSucceeded").asBoolean(true));
        assertEquals("dc1.contoso.local", f.evidence().get("/directory/forests/0/domains/0/pdcEmulator").asText());
        assertNotNull(f.source());
        assertTrue(f.source().url().startsWith("https://"));
        assertEquals(List.of("The sync server cannot reach the domain's PDC emulator"), f.rules());
        assertTrue(f.missingFacts().isEmpty());
    }

    @Test
    void findingsFollowTheArticlesOrderAndTheSummaryCountsThem() throws Exception {
        Diagnosis d = sample("multi-fault-legacy-datacenter");
        List<String> order = TestRules.ruleSet().checks().all().stream().filter(c -> !c.isOnlyWhenDecided()).map(c -> c.id()).toList();
        assertEquals(order, d.findings().stream().map(Finding::check).filter(order::contains).toList());
        assertEquals("LICENSE_ASSIGNED", d.findings().get(0).check());
        assertEquals("TOGGLE_WRITEBACK", d.findings().stream().filter(f -> f.origin().equals("article")).reduce((a, b) -> b).orElseThrow().check());
        assertEquals(Status.FAIL, d.summary().outcome());
        assertEquals(d.findings().size(), d.summary().counts().values().stream().mapToInt(Integer::intValue).sum());
        for (Status s : Status.values()) {
            assertEquals(d.findings().stream().filter(f -> f.status() == s).count(), (long) d.summary().counts().getOrDefault(s, 0), s.name());
        }
        List<Finding> article = d.findings().stream().filter(f -> f.origin().equals("article")).toList();
        assertEquals(4, article.stream().filter(f -> f.status() == Status.FAIL).count());
        assertEquals(1, article.stream().filter(f -> f.status() == Status.WARN).count());
        assertEquals(1, article.stream().filter(f -> f.status() == Status.INFO).count());
        assertEquals(1, article.stream().filter(f -> f.status() == Status.NOT_APPLICABLE).count());
    }

    @Test
    void theArticlesChecksComeFirstAndGuidanceChecksAreMarkedAsSuch() throws Exception {
        Diagnosis d = sample("multi-fault-small-business");
        List<String> origins = d.findings().stream().map(Finding::origin).toList();
        int lastArticle = origins.lastIndexOf("article");
        int firstGuidance = origins.indexOf("guidance");
        assertTrue(firstGuidance > lastArticle, origins.toString());
        d.findings().stream().filter(f -> f.origin().equals("guidance"))
                .forEach(f -> assertEquals("beyondArticle", f.section(), f.check()));
        String report = new io.writebackdoctor.report.ReadableReport(TestRules.ruleSet().messages("en"),
                io.writebackdoctor.report.ReadableReport.Style.TEXT).render(d);
        assertTrue(report.indexOf("Beyond the article: Microsoft's current guidance") > report.indexOf("I still have problems"), report);
    }

    @Test
    void lowConfidenceChecksAreNeverBlockersAndSaySo() {
        TestRules.ruleSet().checks().all().stream().filter(c -> c.isLowConfidence()).forEach(c -> {
            assertTrue(c.severity() != Severity.BLOCKER, c.id());
            assertTrue(TestRules.ruleSet().messages("en").raw(c.id() + ".title") != null, c.id());
        });
    }

    @Test
    void unknownFindingsNameTheMissingFactsAsPointers() throws Exception {
        Diagnosis d = sample("nearly-empty");
        for (Finding f : d.findings()) {
            if (f.status() == Status.NOT_APPLICABLE && !f.origin().equals("article")) continue; // e.g. unlock checks without an unlock
            assertEquals(Status.UNKNOWN, f.status(), f.check());
            // The follow-up check is unknown because the others are: their findings name the facts.
            if (f.check().equals("TOGGLE_WRITEBACK")) continue;
            assertFalse(f.missingFacts().isEmpty(), f.check());
            f.missingFacts().forEach(p -> assertTrue(p.startsWith("/"), f.check() + ": " + p));
            assertFalse(f.explanation().isBlank(), f.check());
        }
        assertEquals(List.of("/tenant/sspr/enablement"), finding(d, "SSPR_ENABLED").missingFacts());
        assertEquals(Status.UNKNOWN, d.summary().outcome());
    }

    @Test
    void aWritebackSkuWithoutPlansIsResolvedThroughTheCatalogAndSaysWhichPlan() throws Exception {
        Finding f = finding(sample("business-premium-part-number-only"), "LICENSE_WRITEBACK_TIER");
        assertEquals(Status.PASS, f.status());
        assertTrue(f.explanation().contains("SPB") && f.explanation().contains("AAD_PREMIUM"), f.explanation());
    }

    @Test
    void anUnknownPartNumberIsUnknownAndAsksForTheServicePlans() throws Exception {
        Finding f = finding(sample("unknown-sku-part-number"), "LICENSE_WRITEBACK_TIER");
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals(List.of("/tenant/subscribedSkus/0/servicePlans"), f.missingFacts());
        assertTrue(f.explanation().contains("CONTOSO_CUSTOM_BUNDLE"), f.explanation());
    }

    @Test
    void theStillFailingAdviceComesOnlyWhenEveryOtherArticleCheckPasses() throws Exception {
        Finding advice = finding(sample("still-failing-everything-passes"), "TOGGLE_WRITEBACK");
        assertEquals(Status.WARN, advice.status());
        assertTrue(advice.remediation().size() >= 2);
        assertEquals(Status.NOT_APPLICABLE, finding(sample("multi-fault-small-business"), "TOGGLE_WRITEBACK").status());
        assertEquals(Status.PASS, finding(sample("healthy-hybrid"), "TOGGLE_WRITEBACK").status());
    }

    @Test
    void theTraceNamesTheRulesThatFiredAndTheFactsTheyMatched() throws Exception {
        Diagnosis d = sample("service-bus-relay-blocked");
        assertTrue(d.trace().stream().anyMatch(t -> t.rule().equals("The sync server cannot reach the service bus over HTTPS")
                && t.check().equals("OUTBOUND_HTTPS_SERVICE_BUS") && t.facts().contains("/network/probes/2")), d.trace().toString());
    }

    @Test
    void aDomainControllerOnAnOlderReleaseWarnsCitingBothSources() throws Exception {
        Finding f = finding(sample("dc-2012-r2-sources-disagree"), "DC_OS_SUPPORTED");
        assertEquals(Status.WARN, f.status());
        assertTrue(f.sources().stream().map(SourceRef::key).toList().containsAll(List.of("ARTICLE", "S1")));
        assertTrue(f.explanation().contains("2016"), f.explanation());
    }
}
