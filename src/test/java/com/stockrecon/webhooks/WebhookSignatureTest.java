package com.stockrecon.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // the test vector of the Standard Webhooks reference libraries
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private final WebhookSecret secret = WebhookSecret.fromEnvironment("HOOK_SECRET", Map.of("HOOK_SECRET", SECRET));

    @Test
    void signsTheReferenceVectorOfStandardWebhooks() {
        assertThat(WebhookSignature.sign(secret, ID, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void verifiesAmongSeveralSignaturesAndRejectsATamperedBody() {
        Instant at = Instant.ofEpochSecond(TIMESTAMP);
        String header = "v1a,bm90IGEgc2lnbmF0dXJl v1,aW52YWxpZA== " + EXPECTED;
        assertThat(WebhookSignature.verify(secret, ID, "1614265330", BODY, header, at, Duration.ofMinutes(5))).isTrue();
        assertThat(WebhookSignature.verify(secret, ID, "1614265330", BODY + " ", header, at, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(secret, "msg_other", "1614265330", BODY, header, at, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(secret, ID, "soon", BODY, header, at, Duration.ofMinutes(5))).isFalse();
    }

    @Test
    void rejectsATimestampTooOldOrTooFarAhead() {
        Instant at = Instant.ofEpochSecond(TIMESTAMP);
        assertThat(WebhookSignature.verify(secret, ID, "1614265330", BODY, EXPECTED, at.plusSeconds(301), Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(secret, ID, "1614265330", BODY, EXPECTED, at.minusSeconds(301), Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(secret, ID, "1614265330", BODY, EXPECTED, at.plusSeconds(300), Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void aSecretNeverShowsItsValue() {
        assertThat(secret.toString()).contains("HOOK_SECRET").doesNotContain("MfKQ9r8");
        assertThatThrownBy(() -> WebhookSecret.fromEnvironment("HOOK_SECRET", Map.of("HOOK_SECRET", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")))
                .hasMessageContaining("must start with whsec_").hasMessageNotContaining("MfKQ9r8");
        assertThatThrownBy(() -> WebhookSecret.fromEnvironment("HOOK_SECRET", Map.of("HOOK_SECRET", "whsec_%%%secret%%%")))
                .hasMessageContaining("not base64").hasMessageNotContaining("secret%");
        assertThatThrownBy(() -> WebhookSecret.fromEnvironment("HOOK_SECRET", Map.of("HOOK_SECRET", "whsec_c2hvcnQ=")))
                .hasMessageContaining("24 to 64 bytes");
        assertThatThrownBy(() -> WebhookSecret.fromEnvironment("MISSING_SECRET", Map.of()))
                .hasMessage("environment variable MISSING_SECRET (webhook secret) is not set");
    }
}
