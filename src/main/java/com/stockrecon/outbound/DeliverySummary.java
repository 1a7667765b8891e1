package com.stockrecon.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.stockrecon.outbound.ledger.DeliveryCounts;
import com.stockrecon.outbound.ledger.DeliveryLedger.UndeliveredTarget;

/**
 * The {@code deliveries} section of a published folder's {@code summary.json}: delivered, failed and
 * pending messages, and the targets not fully delivered. Deliveries start after the folder is
 * published, so the file is rewritten beside itself and renamed over the old one: it is never half written.
 */
final class DeliverySummary {

    static final String SECTION = "deliveries";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DeliverySummary() {
    }

    static void write(Path reportFolder, DeliveryCounts counts, List<UndeliveredTarget> undelivered) {
        Path summary = reportFolder.resolve("summary.json");
        if (!Files.isRegularFile(summary)) {
            return;
        }
        try {
            JsonNode tree = JSON.readTree(Files.readString(summary, StandardCharsets.UTF_8));
            if (!(tree instanceof ObjectNode root)) {
                return;
            }
            Map<String, Object> section = new LinkedHashMap<>(counts.asMap());
            Map<String, Object> failedTargets = new LinkedHashMap<>();
            for (UndeliveredTarget target : undelivered) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("messages", target.messages());
                entry.put("last_error", target.lastError());
                failedTargets.put(target.target(), entry);
            }
            section.put("failed_targets", failedTargets);
            root.set(SECTION, JSON.valueToTree(section));
            Path next = reportFolder.resolve(".summary.json.next");
            Files.writeString(next, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
            Files.move(next, summary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record deliveries in " + summary + ": " + e.getMessage(), e);
        }
    }
}
