package io.writebackdoctor.facts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How {@link FactsReader} turns a facts-v1 document into the typed model: types, optional fields, the
 * null-versus-absent distinction Graph relies on, unknown-field warnings, and the 400-style problems
 * (JSON Pointer plus what was expected) a caller sees for a bad document.
 */
class FactsBindingTest {

    private static final FactsReader READER = new FactsReader();

    private static ParsedFacts read(String json) {
        try {
            return READER.read(json);
        } catch (InvalidFactsException e) {
            throw new AssertionError("expected a valid document, got " + e.getMessage() + " " + e.getProblems(), e);
        }
    }

    private static InvalidFactsException rejected(String json) {
        return assertThrows(InvalidFactsException.class, () -> READER.read(json));
    }

    private static Map<String, InputProblem> byPointer(InvalidFactsException e) {
        return e.getProblems().stream().collect(Collectors.toMap(InputProblem::pointer, Function.identity(), (a, b) -> a));
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    class Types {

        private static final String FULL = """
                {
                  "schemaVersion": 1,
                  "symptom": { "area": "connectivity", "ssprErrorCode": "SSPR_0029", "operation": "reset", "origin": "ssprPortal" },
                  "tenant": {
                    "cloud": "usgov",
                    "onPremisesSyncEnabled": true,
                    "subscribedSkus": [
                      {
                        "id": "48a80680-7326-48cd-9935-b556b81d3a4e_05e9a617-0261-4cee-bb44-138d3ef5d965",
                        "accountId": "48a80680-7326-48cd-9935-b556b81d3a4e",
                        "accountName": "contoso",
                        "appliesTo": "User",
                        "subscriptionIds": ["b7a1e7c1-0000-0000-0000-000000000001"],
                        "skuId": "05e9a617-0261-4cee-bb44-138d3ef5d965",
                        "skuPartNumber": "SPE_E3",
                        "capabilityStatus": "Warning",
                        "consumedUnits": 14,
                        "prepaidUnits": { "enabled": 25, "suspended": 1, "warning": 2, "lockedOut": 3 },
                        "servicePlans": [
                          { "servicePlanId": "41781fb2-bc02-4b7c-bd55-b576c07bb09d", "servicePlanName": "AAD_PREMIUM",
                            "provisioningStatus": "Success", "appliesTo": "User" }
                        ]
                      }
                    ],
                    "sspr": { "enablement": "selected", "selectedGroupIds": ["g1", "g2"], "methodsRequired": 2,
                              "writebackEnabled": true, "accountUnlockEnabled": false, "allowedToUseSSPR": true }
                  },
                  "accounts": [
                    {
                      "userPrincipalName": "megan@contoso.com",
                      "purposes": ["test", "affected"],
                      "roles": ["Helpdesk Administrator"],
                      "onPremisesSyncEnabled": true,
                      "federated": false,
                      "assignedLicenses": [ { "skuId": "05e9a617-0261-4cee-bb44-138d3ef5d965", "disabledPlans": ["p1"] } ],
                      "memberOfGroupIds": ["g1"],
                      "registeredAuthMethods": 2,
                      "onPremises": {
                        "distinguishedName": "CN=Megan,OU=Users,DC=contoso,DC=local",
                        "adminCount": 1, "enabled": true, "lockedOut": false, "cannotChangePassword": true,
                        "inheritanceEnabled": false, "pwdLastSet": "2021-02-10T08:00:00Z"
                      }
                    }
                  ],
                  "directory": {
                    "forests": [
                      {
                        "name": "contoso.local",
                        "forestMode": "Windows2016Forest",
                        "domains": [
                          {
                            "dnsRoot": "contoso.local",
                            "pdcEmulator": "dc1.contoso.local",
                            "passwordPolicy": { "minPasswordAgeDays": 1, "passwordHistoryCount": 24, "complexityEnabled": true, "minPasswordLength": 7 },
                            "restrictRemoteSamAllowsConnector": false,
                            "domainControllers": [
                              { "hostName": "dc1.contoso.local", "operatingSystem": "Windows Server 2012 R2 Datacenter",
                                "servicePackUpToDate": true, "isReadOnly": false },
                              { "hostName": "rodc.contoso.local", "operatingSystem": "Windows Server 2019 Standard",
                                "servicePackUpToDate": false, "isReadOnly": true }
                            ]
                          }
                        ]
                      }
                    ]
                  },
                  "syncServer": {
                    "installed": true,
                    "version": "1.1.443.0",
                    "operatingSystem": "Windows Server 2019 Datacenter",
                    "machineRole": "RoleMemberServer",
                    "serviceRunning": true,
                    "stagingModeEnabled": false,
                    "passwordWritebackEnabled": true,
                    "writebackEnabledAt": "2021-02-10T09:00:00Z",
                    "activeServersWithWriteback": 1,
                    "tls12Enabled": true,
                    "dotNetVersion": "4.8",
                    "lastFullImport": { "ad": "2021-02-10T10:00:00Z", "aad": "2021-02-10T10:05:00Z" },
                    "lastFullSync": { "ad": "2021-02-10T10:20:00Z" },
                    "proxy": { "required": true, "machineConfigDefaultProxy": false, "tlsInspection": true },
                    "adConnectors": [
                      { "forest": "contoso.local", "account": "CONTOSO\\\\MSOL_ab12cd34ef56",
                        "onlyUsePreferredDomainControllers": true, "preferredDomainControllers": ["dc2.contoso.local"],
                        "signAndSeal": true,
                        "permissions": { "resetPassword": true, "changePassword": false, "writeLockoutTime": true,
                                         "writePwdLastSet": false, "unexpirePassword": true } }
                    ]
                  },
                  "network": {
                    "probes": [ { "computerName": "passwordreset.microsoftonline.com", "remotePort": 443, "tcpTestSucceeded": false } ],
                    "idleTimeoutSeconds": 90
                  },
                  "events": [ { "source": "PasswordResetService", "id": 33004, "time": "2021-02-11T08:00:00Z", "message": "boom" } ]
                }
                """;

        @Test
        void aFullDocumentBindsWithoutWarnings() {
            ParsedFacts parsed = read(FULL);
            assertEquals(List.of(), parsed.warnings(),
                    "Graph's extra subscribedSku fields (id, accountId, accountName, appliesTo, subscriptionIds) are accepted silently");
            assertEquals(1, parsed.document().getSchemaVersion());
        }

        @Test
        void instantsBindAsInstants() {
            FactsDocument doc = read(FULL).document();
            SyncServer server = doc.getSyncServer();
            assertEquals(Instant.parse("2021-02-10T09:00:00Z"), server.getWritebackEnabledAt());
            assertEquals(Instant.parse("2021-02-10T10:00:00Z"), server.getLastFullImport().getAd());
            assertEquals(Instant.parse("2021-02-10T10:05:00Z"), server.getLastFullImport().getAad());
            assertEquals(Instant.parse("2021-02-10T10:20:00Z"), server.getLastFullSync().getAd());
            assertNull(server.getLastFullSync().getAad(), "a side that was not sent stays unknown");
            assertFalse(server.isFullRunsComplete());
            assertEquals(Instant.parse("2021-02-10T08:00:00Z"), doc.getAccounts().get(0).getOnPremises().getPwdLastSet());
            assertEquals(Instant.parse("2021-02-11T08:00:00Z"), doc.getEvents().get(0).getTime());
        }

        @Test
        void anInstantWithAnOffsetIsTheSameMoment() {
            // RFC 3339 date-times (what the schema accepts) may carry an offset instead of Z.
            FactsDocument doc = read("""
                    { "syncServer": { "writebackEnabledAt": "2021-02-10T10:00:00+01:00" } }
                    """).document();
            assertEquals(Instant.parse("2021-02-10T09:00:00Z"), doc.getSyncServer().getWritebackEnabledAt());
        }

        @Test
        void scalarsListsAndNestedObjectsBind() {
            FactsDocument doc = read(FULL).document();
            Symptom symptom = doc.getSymptom();
            Tenant tenant = doc.getTenant();
            SubscribedSku sku = tenant.getSubscribedSkus().get(0);
            SsprPolicy sspr = tenant.getSspr();
            Account account = doc.getAccounts().get(0);
            OnPremisesUser onPrem = account.getOnPremises();
            Domain domain = doc.getDirectory().getForests().get(0).getDomains().get(0);
            DomainController rodc = domain.getDomainControllers().get(1);
            SyncServer server = doc.getSyncServer();
            AdConnector connector = server.getAdConnectors().get(0);
            Probe probe = doc.getNetwork().getProbes().get(0);
            EventEntry event = doc.getEvents().get(0);
            assertAll(
                    () -> assertEquals("connectivity", symptom.getArea()),
                    () -> assertEquals("SSPR_0029", symptom.getSsprErrorCode()),
                    () -> assertEquals("reset", symptom.getOperation()),
                    () -> assertEquals("ssprPortal", symptom.getOrigin()),
                    () -> assertEquals("usgov", tenant.getCloud()),
                    () -> assertEquals("usgov", tenant.getEffectiveCloud()),
                    () -> assertEquals(Boolean.TRUE, tenant.getOnPremisesSyncEnabled()),
                    () -> assertEquals("05e9a617-0261-4cee-bb44-138d3ef5d965", sku.getSkuId()),
                    () -> assertEquals("SPE_E3", sku.getSkuPartNumber()),
                    () -> assertEquals("Warning", sku.getCapabilityStatus()),
                    () -> assertEquals(14, sku.getConsumedUnits()),
                    () -> assertEquals(25, sku.getEnabledUnits()),
                    () -> assertEquals(1, sku.getPrepaidUnits().getSuspended()),
                    () -> assertEquals(2, sku.getPrepaidUnits().getWarning()),
                    () -> assertEquals(3, sku.getPrepaidUnits().getLockedOut()),
                    () -> assertEquals(SubscribedSku.PlanSource.REQUEST, sku.getPlanSource()),
                    () -> assertEquals(1, sku.getServicePlans().size()),
                    () -> assertEquals("41781fb2-bc02-4b7c-bd55-b576c07bb09d", sku.getServicePlans().get(0).getServicePlanId()),
                    () -> assertEquals("AAD_PREMIUM", sku.getServicePlans().get(0).getServicePlanName()),
                    () -> assertEquals("Success", sku.getServicePlans().get(0).getProvisioningStatus()),
                    () -> assertEquals("User", sku.getServicePlans().get(0).getAppliesTo()),
                    () -> assertEquals("selected", sspr.getEnablement()),
                    () -> assertEquals(List.of("g1", "g2"), sspr.getSelectedGroupIds()),
                    () -> assertEquals(2, sspr.getMethodsRequired()),
                    () -> assertEquals(Boolean.TRUE, sspr.getWritebackEnabled()),
                    () -> assertEquals(Boolean.FALSE, sspr.getAccountUnlockEnabled()),
                    () -> assertEquals(Boolean.TRUE, sspr.getAllowedToUseSSPR()),
                    () -> assertEquals("megan@contoso.com", account.getUserPrincipalName()),
                    () -> assertEquals(List.of("test", "affected"), account.getPurposes()),
                    () -> assertTrue(account.hasPurpose("test")),
                    () -> assertFalse(account.hasPurpose("admin")),
                    () -> assertEquals(List.of("Helpdesk Administrator"), account.getRoles()),
                    () -> assertEquals(Boolean.FALSE, account.getFederated()),
                    () -> assertEquals(List.of("p1"), account.getAssignedLicenses().get(0).getDisabledPlans()),
                    () -> assertEquals(List.of("g1"), account.getMemberOfGroupIds()),
                    () -> assertEquals(2, account.getRegisteredAuthMethods()),
                    () -> assertEquals("CN=Megan,OU=Users,DC=contoso,DC=local", onPrem.getDistinguishedName()),
                    () -> assertEquals(1, onPrem.getAdminCount()),
                    () -> assertEquals(Boolean.TRUE, onPrem.getEnabled()),
                    () -> assertEquals(Boolean.FALSE, onPrem.getLockedOut()),
                    () -> assertEquals(Boolean.TRUE, onPrem.getCannotChangePassword()),
                    () -> assertEquals(Boolean.FALSE, onPrem.getInheritanceEnabled()),
                    () -> assertEquals("Windows2016Forest", doc.getDirectory().getForests().get(0).getForestMode()),
                    () -> assertEquals("dc1.contoso.local", domain.getPdcEmulator()),
                    () -> assertEquals(1, domain.getPasswordPolicy().getMinPasswordAgeDays()),
                    () -> assertEquals(24, domain.getPasswordPolicy().getPasswordHistoryCount()),
                    () -> assertEquals(Boolean.TRUE, domain.getPasswordPolicy().getComplexityEnabled()),
                    () -> assertEquals(7, domain.getPasswordPolicy().getMinPasswordLength()),
                    () -> assertEquals(Boolean.FALSE, domain.getRestrictRemoteSamAllowsConnector()),
                    () -> assertEquals("rodc.contoso.local", rodc.getHostName()),
                    () -> assertEquals(Boolean.TRUE, rodc.getIsReadOnly(), "isReadOnly keeps its 'is' prefix"),
                    () -> assertEquals(Boolean.FALSE, rodc.getServicePackUpToDate()),
                    () -> assertEquals("1.1.443.0", server.getVersion()),
                    () -> assertEquals("RoleMemberServer", server.getMachineRole()),
                    () -> assertEquals(Boolean.FALSE, server.getStagingModeEnabled()),
                    () -> assertEquals(1, server.getActiveServersWithWriteback()),
                    () -> assertEquals("4.8", server.getDotNetVersion()),
                    () -> assertEquals(Boolean.TRUE, server.getProxy().getRequired()),
                    () -> assertEquals(Boolean.FALSE, server.getProxy().getMachineConfigDefaultProxy()),
                    () -> assertEquals(Boolean.TRUE, server.getProxy().getTlsInspection()),
                    () -> assertEquals("CONTOSO\\MSOL_ab12cd34ef56", connector.getAccount()),
                    () -> assertEquals(List.of("dc2.contoso.local"), connector.getPreferredDomainControllers()),
                    () -> assertEquals(Boolean.TRUE, connector.getOnlyUsePreferredDomainControllers()),
                    () -> assertEquals(Boolean.FALSE, connector.getPermissions().getChangePassword()),
                    () -> assertEquals(Boolean.FALSE, connector.getPermissions().getWritePwdLastSet()),
                    () -> assertEquals(Boolean.TRUE, connector.getPermissions().getUnexpirePassword()),
                    () -> assertEquals("passwordreset.microsoftonline.com", probe.getComputerName()),
                    () -> assertEquals(443, probe.getRemotePort()),
                    () -> assertEquals(Boolean.FALSE, probe.getTcpTestSucceeded()),
                    () -> assertEquals(90, doc.getNetwork().getIdleTimeoutSeconds()),
                    () -> assertEquals(33004, event.getId()),
                    () -> assertEquals("PasswordResetService", event.getSource()),
                    () -> assertEquals("boom", event.getMessage()));
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    class EveryFieldIsOptional {

        @Test
        void anEmptyObjectIsAValidDocument() {
            ParsedFacts parsed = read("{}");
            FactsDocument doc = parsed.document();
            assertEquals(List.of(), parsed.warnings());
            assertNull(doc.getSchemaVersion());
            assertNull(doc.getTenant());
            assertNull(doc.getAccounts());
            assertNull(doc.getDirectory());
            assertNull(doc.getSyncServer());
            assertNull(doc.getNetwork());
            assertNull(doc.getEvents());
            assertEquals(List.of(), doc.facts(), "nothing sent, nothing for the rules to match");
        }

        @Test
        void aDocumentWithOnlyASymptomIsValid() {
            ParsedFacts parsed = read("""
                    { "symptom": { "area": "stillFailing" } }
                    """);
            assertEquals(List.of(), parsed.warnings());
            assertEquals("stillFailing", parsed.document().getSymptom().getArea());
            assertNull(parsed.document().getSymptom().getOperation());
            assertNull(parsed.document().getTenant());
            assertEquals(List.of("/symptom"), parsed.document().facts().stream().map(Fact::getPath).toList());
        }

        @Test
        void emptyNestedObjectsLeaveEveryValueUnknown() {
            FactsDocument doc = read("""
                    { "tenant": {}, "syncServer": { "lastFullImport": {} }, "accounts": [ {} ] }
                    """).document();
            assertNull(doc.getTenant().getCloud());
            assertEquals("public", doc.getTenant().getEffectiveCloud(), "the contract's default cloud");
            assertNull(doc.getTenant().getHybrid());
            assertNull(doc.getSyncServer().getInstalled());
            assertFalse(doc.getSyncServer().getLastFullImport().isBothSides());
            assertFalse(doc.getSyncServer().versionBelow("1.1.443.0"), "an unknown version is not 'below' anything");
            assertNull(doc.getAccounts().get(0).getIdentitySource());
            assertEquals(List.of(), doc.getAccounts().get(0).getPurposes());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    class NullIsNotAbsent {

        private Account account(String onPremisesSyncEnabledMember) {
            return read("{ \"accounts\": [ { \"userPrincipalName\": \"a@contoso.com\"" + onPremisesSyncEnabledMember + " } ] }")
                    .document().getAccounts().get(0);
        }

        private Tenant tenant(String members) {
            return read("{ \"tenant\": { " + members + " } }").document().getTenant();
        }

        @Test
        void accountWithExplicitNullIsCloudOnly() {
            Account account = account(", \"onPremisesSyncEnabled\": null");
            assertEquals("cloud", account.getIdentitySource());
            assertNull(account.getOnPremisesSyncEnabled());
        }

        @Test
        void accountSyncedNowIsOnPremises() {
            assertEquals("onPremises", account(", \"onPremisesSyncEnabled\": true").getIdentitySource());
        }

        @Test
        void accountSyncedOnceIsOnPremises() {
            assertEquals("onPremises", account(", \"onPremisesSyncEnabled\": false").getIdentitySource());
        }

        @Test
        void accountWithoutTheFieldHasNoKnownSource() {
            assertNull(account("").getIdentitySource());
        }

        @Test
        void tenantWithExplicitNullIsCloudOnly() {
            assertEquals(Boolean.FALSE, tenant("\"onPremisesSyncEnabled\": null").getHybrid());
        }

        @Test
        void tenantWithFalseIsCloudOnly() {
            assertEquals(Boolean.FALSE, tenant("\"onPremisesSyncEnabled\": false").getHybrid());
        }

        @Test
        void tenantWithTrueIsHybrid() {
            assertEquals(Boolean.TRUE, tenant("\"onPremisesSyncEnabled\": true").getHybrid());
        }

        @Test
        void tenantWithoutTheFieldIsNotKnownToBeEither() {
            assertNull(tenant("\"cloud\": \"public\"").getHybrid());
        }

        @Test
        void nullIsRejectedWhereTheContractDoesNotAllowIt() {
            // Only onPremisesSyncEnabled may be null (Graph's cloud-only marker); elsewhere null is a wrong type.
            InvalidFactsException e = rejected("""
                    { "accounts": [ { "userPrincipalName": null } ] }
                    """);
            assertEquals(List.of("/accounts/0/userPrincipalName"), e.getProblems().stream().map(InputProblem::pointer).toList());
            assertTrue(e.getProblems().get(0).message().contains("string"), e.getProblems().toString());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    class UnknownFields {

        @Test
        void aTypoInADomainIsNamedByItsPointer() {
            ParsedFacts parsed = read("""
                    { "directory": { "forests": [ { "name": "contoso.local",
                        "domains": [ { "dnsRoot": "contoso.local", "pdcEmulatr": "dc1.contoso.local" } ] } ] } }
                    """);
            assertEquals(List.of("unknown field ignored: /directory/forests/0/domains/0/pdcEmulatr"), parsed.warnings());
            Domain domain = parsed.document().getDirectory().getForests().get(0).getDomains().get(0);
            assertEquals("contoso.local", domain.getDnsRoot(), "the rest of the object still binds");
            assertNull(domain.getPdcEmulator(), "the misspelt value is not taken for the real field");
        }

        @Test
        void aTypoInTheSecondItemNamesTheSecondIndex() {
            ParsedFacts parsed = read("""
                    { "network": { "probes": [ { "computerName": "a" }, { "computerName": "b", "port": 443 } ] } }
                    """);
            assertEquals(List.of("unknown field ignored: /network/probes/1/port"), parsed.warnings());
        }

        @Test
        void aTopLevelUnknownFieldIsNamed() {
            ParsedFacts parsed = read("""
                    { "schemaVersion": 1, "colour": "blue", "symptom": { "area": "configuration" } }
                    """);
            assertEquals(List.of("unknown field ignored: /colour"), parsed.warnings());
            assertEquals("configuration", parsed.document().getSymptom().getArea());
        }

        @Test
        void severalUnknownFieldsAreAllNamed() {
            ParsedFacts parsed = read("""
                    { "extra": 1, "syncServer": { "versoin": "1.1.443.0", "proxy": { "requried": true } } }
                    """);
            assertEquals(List.of(
                    "unknown field ignored: /extra",
                    "unknown field ignored: /syncServer/versoin",
                    "unknown field ignored: /syncServer/proxy/requried"), parsed.warnings());
        }

        @Test
        void anUnknownFieldWhoseValueIsAnObjectIsNamedOnce() {
            // A newer caller may send a whole new section; its pointer must be the section itself.
            ParsedFacts parsed = read("""
                    { "syncServer": { "installed": true, "healthAgent": { "running": true } } }
                    """);
            assertEquals(List.of("unknown field ignored: /syncServer/healthAgent"), parsed.warnings());
            assertEquals(Boolean.TRUE, parsed.document().getSyncServer().getInstalled());
        }

        @Test
        void anUnknownTopLevelArrayIsNamedOnce() {
            ParsedFacts parsed = read("""
                    { "devices": [ { "name": "x" } ] }
                    """);
            assertEquals(List.of("unknown field ignored: /devices"), parsed.warnings());
        }

        @Test
        void graphExtraSkuFieldsAreNotWarnings() {
            ParsedFacts parsed = read("""
                    { "tenant": { "subscribedSkus": [ {
                        "id": "x_y", "accountId": "x", "accountName": "contoso", "appliesTo": "User",
                        "subscriptionIds": ["s1"], "skuPartNumber": "SPB" } ] } }
                    """);
            assertEquals(List.of(), parsed.warnings());
            assertEquals("SPB", parsed.document().getTenant().getSubscribedSkus().get(0).getSkuPartNumber());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    class WrongTypes {

        @Test
        void aStringWhereAnIntegerBelongs() {
            InvalidFactsException e = rejected("""
                    { "network": { "idleTimeoutSeconds": "ninety" } }
                    """);
            assertEquals(1, e.getProblems().size(), e.getProblems().toString());
            InputProblem problem = e.getProblems().get(0);
            assertEquals("/network/idleTimeoutSeconds", problem.pointer());
            assertTrue(problem.message().contains("integer"), "says an integer was expected: " + problem.message());
            assertFalse(problem.message().startsWith("/network"), "the pointer is not repeated in the message: " + problem.message());
            assertNull(problem.line(), "schema problems are located by pointer, not by line");
        }

        @Test
        void aTextThatIsNotADateTime() {
            InvalidFactsException e = rejected("""
                    { "syncServer": { "writebackEnabledAt": "yesterday" } }
                    """);
            assertEquals(1, e.getProblems().size(), e.getProblems().toString());
            assertEquals("/syncServer/writebackEnabledAt", e.getProblems().get(0).pointer());
            assertTrue(e.getProblems().get(0).message().contains("date-time"), e.getProblems().get(0).message());
        }

        @Test
        void aValueOutsideTheEnumeration() {
            InvalidFactsException e = rejected("""
                    { "tenant": { "cloud": "mars" } }
                    """);
            assertEquals(1, e.getProblems().size(), e.getProblems().toString());
            InputProblem problem = e.getProblems().get(0);
            assertEquals("/tenant/cloud", problem.pointer());
            for (String allowed : List.of("public", "usgov", "china")) {
                assertTrue(problem.message().contains(allowed), "names the allowed value " + allowed + ": " + problem.message());
            }
        }

        @Test
        void aNestedWrongTypeInsideArraysIsLocatedExactly() {
            InvalidFactsException e = rejected("""
                    { "directory": { "forests": [ { "domains": [ { "domainControllers": [
                        { "hostName": "dc1" }, { "hostName": "dc2", "isReadOnly": "no" } ] } ] } ] } }
                    """);
            assertEquals(List.of("/directory/forests/0/domains/0/domainControllers/1/isReadOnly"),
                    e.getProblems().stream().map(InputProblem::pointer).toList());
            assertTrue(e.getProblems().get(0).message().contains("boolean"), e.getProblems().get(0).message());
        }

        @Test
        void everyViolationIsListedAtOnce() {
            InvalidFactsException e = rejected("""
                    {
                      "tenant": { "cloud": "mars" },
                      "syncServer": { "writebackEnabledAt": "yesterday", "installed": true },
                      "network": { "idleTimeoutSeconds": "ninety" }
                    }
                    """);
            Map<String, InputProblem> problems = byPointer(e);
            assertEquals(3, e.getProblems().size(), e.getProblems().toString());
            assertEquals(java.util.Set.of("/tenant/cloud", "/syncServer/writebackEnabledAt", "/network/idleTimeoutSeconds"),
                    problems.keySet());
            assertTrue(problems.get("/network/idleTimeoutSeconds").message().contains("integer"));
            assertTrue(problems.get("/syncServer/writebackEnabledAt").message().contains("date-time"));
            assertTrue(problems.get("/tenant/cloud").message().contains("usgov"));
        }

        @Test
        void aWrongTypeAndAnUnknownFieldStillRejectTheDocument() {
            InvalidFactsException e = rejected("""
                    { "pdcEmulatr": "x", "schemaVersion": 2 }
                    """);
            assertEquals(List.of("/schemaVersion"), e.getProblems().stream().map(InputProblem::pointer).toList());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    class NotJsonOrNotAnObject {

        @Test
        void aMissingCommaIsLocatedByLineAndColumn() {
            String line3 = "  \"symptom\": {\"area\": \"configuration\" \"operation\": \"reset\"}";
            String text = "{\n  \"schemaVersion\": 1,\n" + line3 + "\n}\n";
            InvalidFactsException e = rejected(text);
            assertEquals(1, e.getProblems().size(), e.getProblems().toString());
            InputProblem problem = e.getProblems().get(0);
            assertEquals("", problem.pointer());
            assertEquals(3, problem.line());
            // Columns count from 1: the parser stops at the quote that opens "operation", where the comma should be.
            assertEquals(line3.indexOf("\"operation\"") + 1, problem.column());
            assertEquals(39, problem.column());
            assertTrue(problem.message().startsWith("malformed JSON"), problem.message());
            assertTrue(problem.message().contains("comma"), problem.message());
        }

        @Test
        void anUnclosedObjectIsMalformed() {
            InvalidFactsException e = rejected("{\n  \"symptom\": {\n");
            assertEquals(1, e.getProblems().size());
            assertNotNull(e.getProblems().get(0).line());
            assertNotNull(e.getProblems().get(0).column());
        }

        @Test
        void aSecondValueAfterTheDocumentIsMalformed() {
            InvalidFactsException e = rejected("{} {}");
            assertEquals(1, e.getProblems().size());
            assertEquals(1, e.getProblems().get(0).line());
            assertEquals(4, e.getProblems().get(0).column(), "the second object starts at column 4");
        }

        @Test
        void anArrayBodyIsRejectedAtTheDocumentPointer() {
            InvalidFactsException e = rejected("[ { \"symptom\": {} } ]");
            assertEquals(1, e.getProblems().size());
            assertEquals("", e.getProblems().get(0).pointer());
            assertTrue(e.getProblems().get(0).message().contains("object"), e.getProblems().get(0).message());
            assertTrue(e.getProblems().get(0).message().contains("array"), e.getProblems().get(0).message());
        }

        @Test
        void anEmptyBodyIsRejected() {
            InvalidFactsException e = rejected("   ");
            assertEquals(1, e.getProblems().size());
            assertEquals("", e.getProblems().get(0).pointer());
        }
    }

    // ------------------------------------------------------------------------------------------------
    @Nested
    class PathsAndLinks {

        private static final String TOPOLOGY = """
                {
                  "tenant": { "subscribedSkus": [ { "skuPartNumber": "A" },
                                                  { "skuPartNumber": "B", "servicePlans": [ { "servicePlanName": "P0" }, { "servicePlanName": "P1" } ] } ] },
                  "accounts": [ { "userPrincipalName": "a@x" },
                                { "userPrincipalName": "b@x", "onPremises": { "enabled": true },
                                  "assignedLicenses": [ { "skuId": "s0" }, { "skuId": "s1" } ] } ],
                  "directory": { "forests": [ { "name": "contoso.local", "domains": [
                      { "dnsRoot": "contoso.local", "passwordPolicy": { "minPasswordLength": 7 },
                        "domainControllers": [ { "hostName": "dc1.contoso.local" }, { "hostName": "dc2.contoso.local" } ] },
                      { "dnsRoot": "emea.contoso.local" } ] } ] },
                  "syncServer": { "lastFullSync": { "ad": "2021-02-10T10:20:00Z" },
                                  "adConnectors": [ { "forest": "contoso.local", "permissions": { "resetPassword": true } } ] },
                  "network": { "probes": [ { "computerName": "a" }, { "computerName": "b" } ] },
                  "events": [ { "id": 1 } ]
                }
                """;

        @Test
        void theSecondDomainControllerOfTheFirstDomain() {
            FactsDocument doc = read(TOPOLOGY).document();
            List<Fact> facts = doc.facts();
            Domain domain = doc.getDirectory().getForests().get(0).getDomains().get(0);
            DomainController dc2 = domain.getDomainControllers().get(1);
            assertEquals("/directory/forests/0/domains/0/domainControllers/1", dc2.getPath());
            assertEquals("/directory/forests/0/domains/0/domainControllers/1/operatingSystem", dc2.at("operatingSystem"));
            assertSame(domain, dc2.getDomain());
            assertSame(doc.getDirectory().getForests().get(0), domain.getForest());
            assertEquals("contoso.local", domain.getForestName());
            assertTrue(facts.contains(dc2), "the DC is handed to the rules");
        }

        @Test
        void everyFactKnowsWhereItCameFrom() {
            FactsDocument doc = read(TOPOLOGY).document();
            Map<String, Fact> byPath = doc.facts().stream().collect(Collectors.toMap(Fact::getPath, Function.identity()));
            assertSame(doc.getTenant().getSubscribedSkus().get(1), byPath.get("/tenant/subscribedSkus/1"));
            ServicePlan p1 = doc.getTenant().getSubscribedSkus().get(1).getServicePlans().get(1);
            assertSame(p1, byPath.get("/tenant/subscribedSkus/1/servicePlans/1"));
            assertSame(doc.getTenant().getSubscribedSkus().get(1), p1.getSku());
            Account b = doc.getAccounts().get(1);
            assertSame(b, byPath.get("/accounts/1"));
            assertSame(b.getOnPremises(), byPath.get("/accounts/1/onPremises"));
            assertSame(b, b.getOnPremises().getAccount());
            AssignedLicense s1 = b.getAssignedLicenses().get(1);
            assertSame(s1, byPath.get("/accounts/1/assignedLicenses/1"));
            assertSame(b, s1.getAccount());
            Domain emea = doc.getDirectory().getForests().get(0).getDomains().get(1);
            assertSame(emea, byPath.get("/directory/forests/0/domains/1"));
            assertEquals("/directory/forests/0/domains/0/passwordPolicy",
                    doc.getDirectory().getForests().get(0).getDomains().get(0).getPasswordPolicy().getPath());
            assertEquals("/syncServer/lastFullSync", doc.getSyncServer().getLastFullSync().getPath());
            assertEquals("/syncServer/adConnectors/0/permissions", doc.getSyncServer().getAdConnectors().get(0).getPermissions().getPath());
            assertSame(doc.getNetwork().getProbes().get(1), byPath.get("/network/probes/1"));
            assertSame(doc.getEvents().get(0), byPath.get("/events/0"));
        }
    }
}
