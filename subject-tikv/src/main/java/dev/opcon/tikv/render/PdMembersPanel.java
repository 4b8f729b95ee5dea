package dev.opcon.tikv.render;

import dev.opcon.core.model.Cell;
import dev.opcon.core.model.Column;
import dev.opcon.core.model.Entry;
import dev.opcon.core.model.Row;
import dev.opcon.core.model.TablePanel;
import dev.opcon.core.model.Tone;
import dev.opcon.tikv.model.ClusterSnapshot;
import dev.opcon.tikv.model.PdMember;
import dev.opcon.tikv.model.PdMemberHealth;
import dev.opcon.tikv.model.PdMembers;
import dev.opcon.tikv.model.SourceNames;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** PD's members, their health and which one leads; from {@code /members} and {@code /health}, whichever answered. */
final class PdMembersPanel {

    static final String ID = "pd-members";
    private static final List<Column> COLUMNS = List.of(
            Column.text("name", 12, 0),
            Column.text("client url", 16, 2),
            Column.text("health", 9, 0),
            Column.text("role", 8, 1),
            Column.text("version", 7, 3));

    private PdMembersPanel() {
    }

    static TablePanel render(ClusterSnapshot snapshot) {
        List<Row> rows = new ArrayList<>();
        List<PdMemberHealth> health = snapshot.health().orElse(List.of());
        if (snapshot.members().isPresent()) {
            PdMembers members = snapshot.members().get();
            for (PdMember member : members.members()) {
                Optional<PdMemberHealth> memberHealth = health.stream()
                        .filter(each -> same(each.memberId(), each.name(), member)).findFirst();
                rows.add(row(member.name(), member.memberId(), member.clientUrls(), memberHealth,
                        members.isLeader(member) ? "leader" : "follower", member.binaryVersion(), snapshot));
            }
        } else {
            health.forEach(member -> rows.add(row(member.entity(), member.memberId(), member.clientUrls(),
                    Optional.of(member), Formats.UNKNOWN, "", snapshot)));
        }
        String note = snapshot.members().map(members -> members.leader().map(leader -> "leader " + leader.name())
                .orElse("no leader")).orElse("leader unknown: " + SourceNames.MEMBERS + " failed");
        return new TablePanel(ID, "PD members", List.of(SourceNames.MEMBERS, SourceNames.HEALTH), note, COLUMNS, rows);
    }

    private static Row row(String name, BigInteger memberId, List<String> clientUrls, Optional<PdMemberHealth> health,
                           String role, String version, ClusterSnapshot snapshot) {
        String healthText = health.map(each -> each.healthy() ? "healthy" : "unhealthy")
                .orElse(snapshot.health().isPresent() ? "not listed" : Formats.UNKNOWN);
        Tone healthTone = health.map(each -> each.healthy() ? Tone.OK : Tone.CRITICAL).orElse(Tone.MUTED);
        List<Cell> cells = List.of(
                Cell.text(name),
                Cell.text(clientUrls.isEmpty() ? Formats.UNKNOWN : clientUrls.get(0)),
                Cell.text(healthText, healthTone),
                Cell.text(role, role.equals("leader") ? Tone.INFO : Tone.NORMAL),
                Cell.text(version.isEmpty() ? Formats.UNKNOWN : version));
        List<Entry> details = List.of(Entry.of("client urls", String.join(", ", clientUrls)),
                Entry.of("member id", memberId.toString()));
        return new Row(name, cells, details);
    }

    private static boolean same(BigInteger memberId, String name, PdMember member) {
        return memberId.signum() != 0 && member.memberId().signum() != 0 ? memberId.equals(member.memberId())
                : name.equals(member.name());
    }
}
