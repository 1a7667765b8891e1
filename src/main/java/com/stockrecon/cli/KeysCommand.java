package com.stockrecon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import com.stockrecon.api.keys.ApiKey;
import com.stockrecon.api.keys.ApiKeys;

/** {@code stockrecon keys create|list|revoke}: the supplier API's keys. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Creates, lists and revokes keys of the supplier API. A key is shown once, when created;"
                + " only its SHA-256 is stored.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public class KeysCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "keys needs create, list or revoke");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Prints a new key as the last line: scm_ and 48 hex characters. Store it now: it is not"
                    + " shown again.", "--supplier S --public-key FILE: pushes and reads for S, its pushes signed with"
                            + " the Ed25519 key of FILE (PEM). --reader: reads every supplier's SKUs, pushes nothing."})
    static class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Scope scope;

        @Option(names = "--public-key", paramLabel = "FILE", description = "The supplier's Ed25519 public key (PEM).")
        Path publicKey;

        @Option(names = "--days", paramLabel = "N", defaultValue = "90",
                description = "Days until the key expires (default: ${DEFAULT-VALUE}).")
        int days;

        static class Scope {
            @Option(names = "--supplier", paramLabel = "S", required = true, description = "The supplier the key acts for.")
            String supplier;

            @Option(names = "--reader", required = true, description = "A read-only key over all suppliers.")
            boolean reader;
        }

        @Override
        public Integer call() throws IOException {
            String pem = null;
            if (scope.supplier != null) {
                if (publicKey == null) {
                    throw new ParameterException(spec.commandLine(), "--supplier needs --public-key FILE");
                }
                pem = Files.readString(publicKey, StandardCharsets.US_ASCII);
            } else if (publicKey != null) {
                throw new ParameterException(spec.commandLine(), "a --reader key pushes nothing: no --public-key");
            }
            try (ConfigurableApplicationContext context = AppContext.start(false, Map.of())) {
                ApiKeys.Created created;
                try {
                    created = context.getBean(ApiKeys.class).create(scope.supplier, pem, days, Instant.now());
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                ApiKey key = created.key();
                out.println("key " + key.prefix() + " for " + (key.isReader() ? "reading every supplier"
                        : "supplier " + key.supplierId()) + ", expires " + key.expiresAt());
                out.println("shown once; store it now:");
                out.println(created.secret());
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists keys (never their secrets).")
    static class ListKeys implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = AppContext.start(false, Map.of())) {
                List<ApiKey> keys = context.getBean(ApiKeys.class).list();
                PrintWriter out = spec.commandLine().getOut();
                Instant now = Instant.now();
                out.printf("%-12s  %-20s  %-7s  %-20s  %-20s  %-20s%n", "prefix", "supplier", "status", "created",
                        "expires", "last used");
                for (ApiKey key : keys) {
                    out.printf("%-12s  %-20s  %-7s  %-20s  %-20s  %-20s%n", key.prefix(),
                            key.isReader() ? "(reader)" : key.supplierId(), key.status(now).name().toLowerCase(),
                            key.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                            key.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                            key.lastUsedAt() == null ? "-"
                                    : key.lastUsedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
                }
                out.flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a key at once, by its prefix.")
    static class Revoke implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PREFIX", description = "The key's first 12 characters (scm_ and 8 hex), as keys list shows.")
        String prefix;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = AppContext.start(false, Map.of())) {
                ApiKeys keys = context.getBean(ApiKeys.class);
                if (keys.byPrefix(prefix).isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "no key has the prefix '" + prefix + "'");
                }
                int revoked = keys.revoke(prefix, Instant.now());
                PrintWriter out = spec.commandLine().getOut();
                out.println(revoked == 0 ? prefix + " was revoked already" : "revoked " + prefix);
                out.flush();
                return ExitCodes.OK;
            }
        }
    }
}
