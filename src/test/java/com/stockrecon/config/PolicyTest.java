package com.stockrecon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy: the contract's defaults, one typed place, every bad value refused by its key. */
class PolicyTest {

    @Test
    void defaultsAreTheContracts() {
        Policy policy = Policy.defaults();

        assertThat(policy.windowDays()).isEqualTo(28);
        assertThat(policy.criticalThreshold()).isEqualTo(5);
        assertThat(policy.lowThreshold()).isEqualTo(15);
        assertThat(policy.warningThreshold()).isEqualTo(30);
        assertThat(policy.criticalDays()).isEqualByComparingTo("2");
        assertThat(policy.lowDays()).isEqualByComparingTo("7");
        assertThat(policy.warningDays()).isEqualByComparingTo("14");
        assertThat(policy.safetyFactor()).isEqualByComparingTo("1.5");
        assertThat(policy.reviewDays()).isEqualTo(14);
        assertThat(policy.reorderTriggerDays()).isEqualByComparingTo("10");
        assertThat(policy.minVelocity()).isEqualByComparingTo("0.1");
        assertThat(policy.leadTimeDays()).isEqualTo(7);
        assertThat(policy.maxFeedAgeHours()).isEqualTo(48);
        assertThat(policy.jumpMinUnits()).isEqualTo(10);
        assertThat(policy.jumpRatio()).isEqualByComparingTo("0.5");
        assertThat(policy.maxRejectRatio()).isEqualByComparingTo("0.05");
        // where the contract is silent (README): no MOQ, packs of one, no cost, UTC
        assertThat(policy.moq()).isZero();
        assertThat(policy.packSize()).isEqualTo(1);
        assertThat(policy.unitCost()).isEqualByComparingTo("0");
        assertThat(policy.zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void everyKeyIsInThePropertiesInTheRecordsOrder() {
        assertThat(Policy.defaults().asProperties().keySet()).containsExactlyElementsOf(PolicyBinding.KEYS);
        assertThat(PolicyBinding.KEYS).hasSize(Policy.class.getRecordComponents().length)
                .contains("window-days", "max-feed-age-hours", "zone");
    }

    @Test
    void encodeAndDecodeRoundTrip() {
        Policy policy = PolicyBinding.bind(Map.ofEntries(
                Map.entry("window-days", "21"), Map.entry("critical-threshold", "1"), Map.entry("low-threshold", "2"),
                Map.entry("warning-threshold", "3"), Map.entry("critical-days", "2.5"), Map.entry("low-days", "7.25"),
                Map.entry("warning-days", "14.0"), Map.entry("safety-factor", "1.75"), Map.entry("review-days", "0"),
                Map.entry("reorder-trigger-days", "9.5"), Map.entry("min-velocity", "0.01"),
                Map.entry("lead-time-days", "3"), Map.entry("moq", "12"), Map.entry("pack-size", "6"),
                Map.entry("unit-cost", "0.125"), Map.entry("max-feed-age-hours", "72"),
                Map.entry("jump-min-units", "0"), Map.entry("jump-ratio", "0.25"),
                Map.entry("max-reject-ratio", "0.1"), Map.entry("zone", "Europe/Paris")));

        Policy decoded = Policy.decode(policy.encode());

        assertThat(decoded).isEqualTo(policy);
        assertThat(decoded.encode()).isEqualTo(policy.encode());
        assertThat(decoded.warningDays().toPlainString()).isEqualTo("14.0");
        assertThat(Policy.decode(Policy.defaults().encode())).isEqualTo(Policy.defaults());
    }

    @Test
    void theEncodingIsOneStableLine() {
        assertThat(Policy.defaults().encode()).isEqualTo("window-days=28;critical-threshold=5;low-threshold=15;"
                + "warning-threshold=30;critical-days=2;low-days=7;warning-days=14;safety-factor=1.5;review-days=14;"
                + "reorder-trigger-days=10;min-velocity=0.1;lead-time-days=7;moq=0;pack-size=1;unit-cost=0;"
                + "max-feed-age-hours=48;jump-min-units=10;jump-ratio=0.5;max-reject-ratio=0.05;zone=UTC");
    }

    @Test
    void givenValuesReplaceTheDefaultsOneByOne() {
        Policy policy = PolicyBinding.bind(Map.of("window-days", "21", "zone", "America/New_York"));

        assertThat(policy.windowDays()).isEqualTo(21);
        assertThat(policy.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(policy.reviewDays()).isEqualTo(14);
        assertThat(policy.safetyFactor()).isEqualByComparingTo(new BigDecimal("1.5"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "window-days, 0, must be at least 1",
        "critical-threshold, -1, must not be negative",
        "low-threshold, -1, must not be negative",
        "warning-threshold, -1, must not be negative",
        "critical-days, -1, must not be negative",
        "low-days, -0.5, must not be negative",
        "warning-days, -14, must not be negative",
        "safety-factor, -1.5, must not be negative",
        "review-days, -1, must not be negative",
        "reorder-trigger-days, -10, must not be negative",
        "min-velocity, 0, must be greater than 0",
        "min-velocity, -0.1, must be greater than 0",
        "lead-time-days, -7, must not be negative",
        "moq, -1, must not be negative",
        "pack-size, 0, must be at least 1",
        "unit-cost, -0.01, must not be negative",
        "max-feed-age-hours, -1, must not be negative",
        "jump-min-units, -10, must not be negative",
        "jump-ratio, -0.5, must not be negative",
        "max-reject-ratio, -0.05, must be between 0 and 1",
        "max-reject-ratio, 1.01, must be between 0 and 1",
    })
    void aValueOutOfRangeIsRefusedNamingItsKey(String key, String value, String problem) {
        assertThatThrownBy(() -> PolicyBinding.bind(Map.of(key, value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("policy." + key + " " + problem);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "window-days, abc",
        "window-days, 2.5",
        "window-days, 99999999999",
        "window-days, ''",
        "moq, 1.5",
        "safety-factor, x",
        "min-velocity, 1e",
        "zone, Mars/Olympus",
        "zone, ''",
    })
    void aValueOfTheWrongKindIsRefusedNamingItsKeyAndValue(String key, String value) {
        assertThatThrownBy(() -> PolicyBinding.bind(Map.of(key, value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("policy." + key + ": cannot use '" + value + "'");
    }

    @Test
    void theEdgesOfEachRangeAreAllowed() {
        Policy policy = PolicyBinding.bind(Map.of("window-days", "1", "critical-threshold", "0", "pack-size", "1",
                "max-reject-ratio", "1", "min-velocity", "0.0001", "safety-factor", "0", "max-feed-age-hours", "0"));

        assertThat(policy.windowDays()).isEqualTo(1);
        assertThat(policy.maxRejectRatio()).isEqualByComparingTo("1");
        assertThat(PolicyBinding.bind(Map.of("max-reject-ratio", "0")).maxRejectRatio()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @CsvSource({"windw-days", "window_dayz", "windowDays", "Window-Days", "policy.window-days", "lead-time"})
    void anUnknownKeyIsRefusedNotIgnored(String key) {
        assertThatThrownBy(() -> PolicyBinding.bind(Map.of(key, "21")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("policy." + key + ": unknown key (policy keys: window-days, ")
                .hasMessageContaining("zone)");
    }

    @Test
    void decodingRefusesWhatEncodingCannotHaveWritten() {
        assertThatThrownBy(() -> Policy.decode("window-days=0")).isInstanceOf(ConfigurationException.class)
                .hasMessage("policy.window-days must be at least 1");
    }

    @Test
    void theContractsSpellingOfAKeyIsAcceptedBesideKebabCase() {
        assertThat(PolicyBinding.bind(Map.of("max_reject_ratio", "0.2")).maxRejectRatio()).isEqualByComparingTo("0.2");
        assertThat(PolicyBinding.bind(Map.of("max_feed_age_hours", "72", "lead-time-days", "3")))
                .extracting(Policy::maxFeedAgeHours, Policy::leadTimeDays).containsExactly(72L, 3L);
        assertThatThrownBy(() -> PolicyBinding.bind(Map.of("max_reject_ratio", "2")))
                .hasMessage("policy.max-reject-ratio must be between 0 and 1");
        assertThatThrownBy(() -> PolicyBinding.bind(Map.of("max_rejects", "1")))
                .hasMessageStartingWith("policy.max_rejects: unknown key");
    }

    @Test
    void theSummaryEchoesThePolicyInTheContractsSpelling() {
        Map<String, String> echoed = PolicyBinding.contractSpelling(Policy.defaults().asProperties());

        assertThat(echoed).containsEntry("max_reject_ratio", "0.05").containsEntry("max_feed_age_hours", "48")
                .doesNotContainKey("max-reject-ratio");
        assertThat(PolicyBinding.bind(echoed)).as("what summary.json echoes binds back").isEqualTo(Policy.defaults());
    }
}
