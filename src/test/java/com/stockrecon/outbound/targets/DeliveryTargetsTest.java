package com.stockrecon.outbound.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.outbound.targets.DeliveryTarget.Kind;
import com.stockrecon.webhooks.RetryPolicy;

/** jobs/distributors/<id>.yml and the orders: section of jobs/suppliers/<id>.yml: every key, and bad ones named. */
class DeliveryTargetsTest {

    @TempDir
    Path jobs;

    @Test
    void everyKeyIsReadAndDefaultsAreTheContracts() throws IOException {
        write("distributors", "acme", """
                description: ACME wholesale
                url: https://acme.example/stock
                secret-env: ACME_WEBHOOK_SECRET
                suppliers: [NORDLAGER, TABULA]
                skus:
                  - 'LY-*'
                  - '16011'
                batch-size: 500
                timeout: 5s
                retries: 3
                backoff: 200ms
                """);
        write("distributors", "plain", "url: http://127.0.0.1:9/x\nsecret-env: PLAIN_SECRET\n");
        write("suppliers", "NORDLAGER", "orders:\n  url: https://nordlager.example/po\n  secret-env: NORD_SECRET\n");
        write("suppliers", "TABULA", "delimiter: semicolon\n");

        List<DeliveryTarget> targets = DeliveryTargets.load(jobs);

        assertThat(targets).extracting(DeliveryTarget::name).containsExactly("acme", "plain", "orders.NORDLAGER");
        DeliveryTarget acme = targets.get(0);
        assertThat(acme.kind()).isEqualTo(Kind.DISTRIBUTOR);
        assertThat(acme.url()).isEqualTo(URI.create("https://acme.example/stock"));
        assertThat(acme.secretEnv()).isEqualTo("ACME_WEBHOOK_SECRET");
        assertThat(acme.batchSize()).isEqualTo(500);
        assertThat(acme.policy()).isEqualTo(new RetryPolicy(Duration.ofSeconds(5), 3, Duration.ofMillis(200),
                RetryPolicy.DEFAULT_MAX_BACKOFF));
        assertThat(acme.filter().accepts("NORDLAGER", "LY-NL-001")).isTrue();
        assertThat(acme.filter().accepts("TABULA", "16011")).isTrue();
        assertThat(acme.filter().accepts("TABULA", "160111")).isFalse();
        assertThat(acme.filter().accepts("LUMEN", "LY-NL-001")).isFalse();
        DeliveryTarget plain = targets.get(1);
        assertThat(plain.batchSize()).isEqualTo(1_000);
        assertThat(plain.policy()).isEqualTo(RetryPolicy.defaults());
        assertThat(plain.filter().accepts("ANY", "ANY")).isTrue();
        DeliveryTarget order = targets.get(2);
        assertThat(order.kind()).isEqualTo(Kind.SUPPLIER_ORDER);
        assertThat(order.subject()).isEqualTo("NORDLAGER");
        assertThat(order.policy().retries()).isEqualTo(5);
    }

    @Test
    void aBadDefinitionNamesItsFileAndKey() throws IOException {
        assertProblem("secret-env: S\n", "url", "required");
        assertProblem("url: ftp://x.example/\nsecret-env: S\n", "url", "not an http or https URL");
        assertProblem("url: https://user:pw@x.example/\nsecret-env: S\n", "url", "must not carry credentials");
        assertProblem("url: https://x.example/\n", "secret-env", "required");
        assertProblem("url: https://x.example/\nsecret-env: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n", "secret-env",
                "secrets never live in files");
        assertProblem("url: https://x.example/\nsecret-env: S\nbatch-size: 0\n", "batch-size", "from 1 to 10000");
        assertProblem("url: https://x.example/\nsecret-env: S\ntimeout: soon\n", "timeout", "not a duration");
        assertProblem("url: https://x.example/\nsecret-env: S\nretries: 99\n", "retries", "from 0 to 20");
        assertProblem("url: https://x.example/\nsecret-env: S\nsecret: x\n", "secret", "unknown key");
    }

    @Test
    void aBadOrdersSectionNamesItsKeyWithItsSection() throws IOException {
        Path file = write("suppliers", "NORDLAGER", "orders:\n  url: https://n.example/\n  secret-env: S\n  batch-size: 5\n");

        assertThatThrownBy(() -> DeliveryTargets.load(jobs)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ": key 'orders.batch-size': unknown key");
    }

    @Test
    void aDistributorIdMustBeAPlainName() throws IOException {
        Path file = write("distributors", "acme.eu", "url: https://x.example/\nsecret-env: S\n");

        assertThatThrownBy(() -> DeliveryTargets.load(jobs)).hasMessageStartingWith(file + ": distributor id 'acme.eu'");
    }

    @Test
    void noFoldersMeanNoTargets() {
        assertThat(DeliveryTargets.load(jobs)).isEmpty();
    }

    private void assertProblem(String yaml, String key, String problem) throws IOException {
        Path file = write("distributors", "bad", yaml);
        assertThatThrownBy(() -> DeliveryTargets.load(jobs)).as(yaml).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ": key '" + key + "': ").hasMessageContaining(problem)
                .hasMessageNotContaining("MfKQ9r8");
        Files.delete(file);
    }

    private Path write(String folder, String id, String yaml) throws IOException {
        Path dir = Files.createDirectories(jobs.resolve(folder));
        return Files.writeString(dir.resolve(id + ".yml"), yaml);
    }
}
