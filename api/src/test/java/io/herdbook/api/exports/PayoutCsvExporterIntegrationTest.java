package io.herdbook.api.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.payouts.Money;
import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.reports.exports.ExportKind;
import io.herdbook.reports.exports.ExportProject;
import io.herdbook.reports.exports.ExportProgress;
import io.herdbook.reports.exports.PayoutCsvExporter;
import io.herdbook.reports.range.DateRange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The payout CSV as finance reads it, written from lines seeded into real PostgreSQL: C10, C11, C12, the BOM and the header. */
class PayoutCsvExporterIntegrationTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final JdbcTemplate JDBC = MigratedDatabase.named("exports");

    private final PayoutData data = new PayoutData(JDBC);
    private final PayoutCsvExporter exporter = new PayoutCsvExporter(JDBC.getDataSource());

    private long organisation;
    private ExportProject project;
    private long creator;
    private long structure;

    @BeforeEach
    void aChicagoProjectWithACreatorAndAStructure() {
        organisation = data.anOrganisation();
        String slug = "chicago-" + organisation;
        long projectId = data.project(organisation, slug, CHICAGO.getId());
        project = new ExportProject(organisation, projectId, slug, CHICAGO);
        creator = data.creator(organisation, projectId, "frys_8");
        structure = data.cpmStructure(organisation, projectId, "CPM 2.50");
    }

    private PayoutData.Line line() {
        return data.line(organisation, project.id(), structure, creator, CHICAGO);
    }

    private byte[] export(ExportKind kind, String from, String to, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(project, kind, range(from, to), bom, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to), CHICAGO);
    }

    private List<CSVRecord> records(ExportKind kind, String from, String to) throws IOException {
        return parse(export(kind, from, to, false));
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    private static List<String> column(List<CSVRecord> records, String name) {
        return records.stream().map(r -> r.get(name)).toList();
    }

    // ---- the header

    @Test
    void theAccrualHeaderIsPinned() throws IOException {
        String first = new String(export(ExportKind.ACCRUALS, "2026-09-07", "2026-09-07", false), StandardCharsets.UTF_8).split("\r\n")[0];

        assertThat(first).isEqualTo("line_id,accrued_at,accrual_date,project,creator_handle,kind,structure,post_id,post_url,period_start,"
                + "period_end,views,snapshot_observed_at,computed_amount,amount,unfunded_amount,revision,adjusts_line,payment_reference,"
                + "paid_at,note");
        assertThat(PayoutCsvExporter.header(ExportKind.ACCRUALS)).hasSize(21);
    }

    @Test
    void thePaymentHeaderIsPinned() throws IOException {
        String first = new String(export(ExportKind.PAYMENTS, "2026-09-07", "2026-09-07", false), StandardCharsets.UTF_8).split("\r\n")[0];

        assertThat(first).isEqualTo("payment_id,paid_at,paid_date,project,creator_handle,amount,reference,method,method_details,"
                + "accrual_lines,accrued_amount,receipt_uploaded_at,recorded_at");
    }

    @Test
    void anEmptyRangeIsTheHeaderAlone() throws IOException {
        byte[] csv = export(ExportKind.ACCRUALS, "2026-01-01", "2026-01-31", false);

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(String.join(",", PayoutCsvExporter.header(ExportKind.ACCRUALS)) + "\r\n");
    }

    // ---- every column of an accrual line

    @Test
    void anAccrualLineCarriesItsNamesEvidenceMoneyAndPayment() throws IOException {
        long post = data.post(organisation, creator, "7412345678901234567");
        long payment = data.payment(organisation, creator, "12.50", "WISE-2026-0917", Instant.parse("2026-09-18T15:00:00Z"), "WISE", "frys@example.com");
        long original = line().post(post).views(5000).amount("12.50").accruedAt("2026-09-16T06:10:00Z").paidBy(payment).insert();
        long adjusting = line().post(post).adjusting(original, 1).views(4000).amounts("-2.50", "-2.50", "0")
                .accruedAt("2026-09-17T06:10:00Z").note("views corrected").insert();

        List<CSVRecord> records = records(ExportKind.ACCRUALS, "2026-09-16", "2026-09-17");

        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.toList()).containsExactly(Long.toString(original), "2026-09-16T06:10:00Z", "2026-09-16", project.slug(), "frys_8",
                "CPM", "CPM 2.50", "7412345678901234567", "https://www.tiktok.com/@x/video/7412345678901234567", "2026-09-07", "2026-09-14",
                "5000", "2026-09-16T05:00:00Z", "12.50", "12.50", "0.00", "0", "", "WISE-2026-0917", "2026-09-18T15:00:00Z", "");
        CSVRecord second = records.get(1);
        assertThat(second.get("line_id")).isEqualTo(Long.toString(adjusting));
        assertThat(second.get("revision")).isEqualTo("1");
        assertThat(second.get("adjusts_line")).isEqualTo(Long.toString(original));
        assertThat(second.get("amount")).isEqualTo("-2.50");
        assertThat(second.get("payment_reference")).isEmpty();
        assertThat(second.get("note")).isEqualTo("views corrected");
    }

    @Test
    void aBonusLineHasNoPostNorViews() throws IOException {
        long[] bonus = data.bonus(organisation, project.id(), creator, LocalDate.parse("2026-09-07"), CHICAGO);
        data.line(organisation, project.id(), bonus[0], creator, CHICAGO).bonus(bonus[1]).amount("50").accruedAt("2026-09-16T06:10:00Z").insert();

        CSVRecord record = records(ExportKind.ACCRUALS, "2026-09-16", "2026-09-16").getFirst();

        assertThat(record.get("kind")).isEqualTo("BONUS");
        assertThat(record.get("structure")).isEqualTo("Weekly bonus");
        assertThat(record.get("post_id")).isEmpty();
        assertThat(record.get("post_url")).isEmpty();
        assertThat(record.get("views")).isEmpty();
        assertThat(record.get("snapshot_observed_at")).isEmpty();
        assertThat(record.get("amount")).isEqualTo("50.00");
    }

    // ---- C10: formula injection

    static Stream<Arguments> c10Cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://x.example\",\"y\")", "'=HYPERLINK(\"http://x.example\",\"y\")"),
                Arguments.of("@mention", "'@mention"),
                Arguments.of("-_-", "'-_-"),
                Arguments.of("+1 great post", "'+1 great post"),
                Arguments.of("\tindented", "'\tindented"),
                Arguments.of("\rcarriage", "'\rcarriage"),
                Arguments.of("=1+2", "'=1+2"),
                Arguments.of("paid 2 = 1 + 1", "paid 2 = 1 + 1"),
                Arguments.of("'quoted already", "'quoted already"),
                Arguments.of("plain", "plain"));
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @MethodSource("c10Cells")
    void textCellsThatASpreadsheetWouldRunGetALeadingQuote(String text, String cell) throws IOException {
        line().note(text).accruedAt("2026-09-16T06:10:00Z").insert();

        assertThat(column(records(ExportKind.ACCRUALS, "2026-09-16", "2026-09-16"), "note")).containsExactly(cell);
    }

    @Test
    void namesAreGuardedTooButNumbersNever() throws IOException {
        long handle = data.creator(organisation, project.id(), "@mention");
        long named = data.cpmStructure(organisation, project.id(), "=SUM(A1:A9)");
        long original = data.line(organisation, project.id(), named, handle, CHICAGO).amount("12.50").accruedAt("2026-09-16T06:00:00Z").insert();
        long post = JDBC.queryForObject("SELECT post_id FROM payout_accruals WHERE id = ?", Long.class, original);
        data.line(organisation, project.id(), named, handle, CHICAGO).post(post).adjusting(original, 1).amounts("-12.50", "-12.50", "0")
                .accruedAt("2026-09-16T06:10:00Z").insert();

        List<CSVRecord> records = records(ExportKind.ACCRUALS, "2026-09-16", "2026-09-16");

        assertThat(column(records, "creator_handle")).containsExactly("'@mention", "'@mention");
        assertThat(column(records, "structure")).containsExactly("'=SUM(A1:A9)", "'=SUM(A1:A9)");
        assertThat(column(records, "amount")).containsExactly("12.50", "-12.50");
        assertThat(column(records, "computed_amount")).containsExactly("12.50", "-12.50");
    }

    // ---- C11: whole local days

    @Test
    void aDayIsTheHalfOpenWindowBetweenLocalMidnights() {
        assertThat(range("2026-09-07", "2026-09-07").start()).isEqualTo(Instant.parse("2026-09-07T05:00:00Z"));
        assertThat(range("2026-09-07", "2026-09-07").end()).isEqualTo(Instant.parse("2026-09-08T05:00:00Z"));
        assertThat(hours(range("2026-09-07", "2026-09-07"))).isEqualTo(24);
        assertThat(range("2026-03-08", "2026-03-08").start()).isEqualTo(Instant.parse("2026-03-08T06:00:00Z"));
        assertThat(range("2026-03-08", "2026-03-08").end()).isEqualTo(Instant.parse("2026-03-09T05:00:00Z"));
        assertThat(hours(range("2026-03-08", "2026-03-08"))).isEqualTo(23);
        assertThat(range("2026-11-01", "2026-11-01").start()).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
        assertThat(range("2026-11-01", "2026-11-01").end()).isEqualTo(Instant.parse("2026-11-02T06:00:00Z"));
        assertThat(hours(range("2026-11-01", "2026-11-01"))).isEqualTo(25);
    }

    private static long hours(DateRange range) {
        return Duration.between(range.start(), range.end()).toHours();
    }

    @Test
    void theEveningRecordAt0223UtcBelongsToTheSeventhsExport() throws IOException {
        line().accruedAt("2026-09-07T04:59:59.999999Z").note("sixth, last microsecond").insert();
        line().accruedAt("2026-09-07T05:00:00Z").note("seventh, first instant").insert();
        line().accruedAt("2026-09-08T02:23:34Z").note("seventh, evening").insert();
        line().accruedAt("2026-09-08T04:59:59.999999Z").note("seventh, last microsecond").insert();
        line().accruedAt("2026-09-08T05:00:00Z").note("eighth, first instant").insert();

        List<CSVRecord> seventh = records(ExportKind.ACCRUALS, "2026-09-07", "2026-09-07");

        assertThat(column(seventh, "note")).containsExactly("seventh, first instant", "seventh, evening", "seventh, last microsecond");
        assertThat(column(seventh, "accrued_at")).containsExactly("2026-09-07T05:00:00Z", "2026-09-08T02:23:34Z", "2026-09-08T04:59:59.999999Z");
        assertThat(column(seventh, "accrual_date")).containsExactly("2026-09-07", "2026-09-07", "2026-09-07");
        assertThat(column(records(ExportKind.ACCRUALS, "2026-09-08", "2026-09-08"), "note")).containsExactly("eighth, first instant");
    }

    @Test
    void theSpringForwardDayHasTwentyThreeHours() throws IOException {
        line().accruedAt("2026-03-08T05:59:59Z").note("out: 23:59:59 CST on the 7th").insert();
        line().accruedAt("2026-03-08T06:00:00Z").note("in: local midnight").insert();
        line().accruedAt("2026-03-08T08:30:00Z").note("in: 03:30 CDT, after the skipped hour").insert();
        line().accruedAt("2026-03-09T04:59:59Z").note("in: 23:59:59 CDT").insert();
        line().accruedAt("2026-03-09T05:00:00Z").note("out: midnight of the 9th").insert();

        assertThat(column(records(ExportKind.ACCRUALS, "2026-03-08", "2026-03-08"), "note"))
                .containsExactly("in: local midnight", "in: 03:30 CDT, after the skipped hour", "in: 23:59:59 CDT");
    }

    @Test
    void theFallBackDayHasTwentyFiveHours() throws IOException {
        line().accruedAt("2026-11-01T04:59:59Z").note("out: 23:59:59 CDT on the 31st").insert();
        line().accruedAt("2026-11-01T05:00:00Z").note("in: local midnight").insert();
        line().accruedAt("2026-11-01T06:30:00Z").note("in: 01:30 CDT").insert();
        line().accruedAt("2026-11-01T07:30:00Z").note("in: 01:30 CST, the repeated hour").insert();
        line().accruedAt("2026-11-02T05:59:59Z").note("in: 23:59:59 CST").insert();
        line().accruedAt("2026-11-02T06:00:00Z").note("out: midnight of the 2nd").insert();

        List<CSVRecord> records = records(ExportKind.ACCRUALS, "2026-11-01", "2026-11-01");

        assertThat(column(records, "note")).containsExactly("in: local midnight", "in: 01:30 CDT", "in: 01:30 CST, the repeated hour",
                "in: 23:59:59 CST");
        assertThat(column(records, "accrual_date")).containsOnly("2026-11-01");
    }

    // ---- C12: money as text

    @Test
    void moneyIsTwoDecimalsInPlainNotation() {
        assertThat(Money.text(new BigDecimal("0E-15"))).isEqualTo("0.00");
        assertThat(Money.text(new BigDecimal("5E+1"))).isEqualTo("50.00");
        assertThat(Money.text(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(Money.line(new BigDecimal("2.345"))).isEqualTo(new BigDecimal("2.34"));
        assertThat(Money.line(new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void storedAmountsAreWrittenAsMoneyText() throws IOException {
        line().amount(new BigDecimal("0E-15").toString()).accruedAt("2026-09-16T06:00:00Z").insert();
        line().amount(new BigDecimal("5E+1").toString()).accruedAt("2026-09-16T06:01:00Z").insert();
        line().amount(new BigDecimal("1E+3").toString()).accruedAt("2026-09-16T06:02:00Z").insert();
        line().amount(Money.line(new BigDecimal("2.345")).toPlainString()).accruedAt("2026-09-16T06:03:00Z").insert();
        line().amount(Money.line(new BigDecimal("0.125")).toPlainString()).accruedAt("2026-09-16T06:04:00Z").insert();
        line().amounts("20.00", "12.50", "7.50").accruedAt("2026-09-16T06:05:00Z").insert();

        List<CSVRecord> records = records(ExportKind.ACCRUALS, "2026-09-16", "2026-09-16");

        assertThat(column(records, "amount")).containsExactly("0.00", "50.00", "1000.00", "2.34", "0.12", "12.50");
        assertThat(column(records, "computed_amount")).containsExactly("0.00", "50.00", "1000.00", "2.34", "0.12", "20.00");
        assertThat(column(records, "unfunded_amount")).containsExactly("0.00", "0.00", "0.00", "0.00", "0.00", "7.50");
    }

    // ---- the BOM, and the same bytes every time

    @Test
    void aBomRoundTripsThroughCommonsCsvWithoutBecomingPartOfTheHeader() throws IOException {
        line().note("café ✓").accruedAt("2026-09-16T06:00:00Z").insert();
        byte[] plain = export(ExportKind.ACCRUALS, "2026-09-16", "2026-09-16", false);

        byte[] withBom = export(ExportKind.ACCRUALS, "2026-09-16", "2026-09-16", true);

        assertThat(withBom[0] & 0xff).isEqualTo(0xEF);
        assertThat(withBom[1] & 0xff).isEqualTo(0xBB);
        assertThat(withBom[2] & 0xff).isEqualTo(0xBF);
        assertThat(withBom.length).isEqualTo(plain.length + 3);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(withBom), StandardCharsets.UTF_8)) {
            assertThat(reader.read()).isEqualTo(0xFEFF);
            try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                assertThat(parser.getHeaderNames()).isEqualTo(PayoutCsvExporter.header(ExportKind.ACCRUALS));
                assertThat(parser.getHeaderNames().getFirst()).isEqualTo("line_id");
                List<CSVRecord> records = parser.getRecords();
                assertThat(records).hasSize(1);
                assertThat(records.getFirst().toList()).isEqualTo(parse(plain).getFirst().toList());
                assertThat(records.getFirst().get("note")).isEqualTo("café ✓");
            }
        }
        assertThat(plain[0]).isEqualTo((byte) 'l');
    }

    @Test
    void theSameRangeGivesTheSameBytes() throws IOException {
        for (int i = 0; i < 5; i++) {
            line().accruedAt("2026-09-16T06:00:00Z").amount("1.0" + i).insert();      // same instant: ordered by id
        }

        byte[] first = export(ExportKind.ACCRUALS, "2026-09-16", "2026-09-16", false);
        byte[] second = export(ExportKind.ACCRUALS, "2026-09-16", "2026-09-16", false);

        assertThat(second).isEqualTo(first);
        List<String> ids = column(parse(first), "line_id");
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b))).hasSize(5);
    }

    // ---- payments

    @Test
    void paymentsAreThoseOfTheProjectsCreatorsPaidInRangeWithTheLinesTheySettled() throws IOException {
        long payment = data.payment(organisation, creator, "15.00", "=cmd|' /C calc'!A0", Instant.parse("2026-09-08T02:23:34Z"), "PAYPAL", "frys@example.com");
        line().amount("12.50").paidBy(payment).accruedAt("2026-09-01T06:00:00Z").insert();
        line().amount("2.50").paidBy(payment).accruedAt("2026-09-01T06:01:00Z").insert();
        data.payment(organisation, creator, "1.00", "OUT-BEFORE", Instant.parse("2026-09-07T04:59:59Z"), null, null);
        long otherProject = data.project(organisation, CHICAGO.getId());
        long stranger = data.creator(organisation, otherProject, "other_project");
        data.payment(organisation, stranger, "99.00", "OTHER-PROJECT", Instant.parse("2026-09-07T12:00:00Z"), null, null);

        List<CSVRecord> records = records(ExportKind.PAYMENTS, "2026-09-07", "2026-09-07");

        assertThat(records).hasSize(1);
        assertThat(records.getFirst().toList()).containsExactly(Long.toString(payment), "2026-09-08T02:23:34Z", "2026-09-07", project.slug(),
                "frys_8", "15.00", "'=cmd|' /C calc'!A0", "PAYPAL", "frys@example.com", "2", "15.00", "", "2026-09-08T02:23:34Z");
    }

    // ---- scope and counts

    @Test
    void anotherProjectsOrOrganisationsLinesAreNeverIncluded() throws IOException {
        line().accruedAt("2026-09-16T06:00:00Z").note("ours").insert();
        long otherOrganisation = data.anOrganisation();
        long foreign = data.project(otherOrganisation, CHICAGO.getId());
        long foreignCreator = data.creator(otherOrganisation, foreign, "foreign");
        data.line(otherOrganisation, foreign, data.cpmStructure(otherOrganisation, foreign, "theirs"), foreignCreator, CHICAGO)
                .accruedAt("2026-09-16T06:00:00Z").note("theirs").insert();

        assertThat(column(records(ExportKind.ACCRUALS, "2026-09-16", "2026-09-16"), "note")).containsExactly("ours");
        assertThat(exporter.count(project, ExportKind.ACCRUALS, range("2026-09-16", "2026-09-16"))).isEqualTo(1);
        ExportProject spoofed = new ExportProject(organisation, foreign, "x", CHICAGO);
        assertThat(exporter.count(spoofed, ExportKind.ACCRUALS, range("2026-09-16", "2026-09-16"))).isZero();
    }

    @Test
    void aClientThatGoesAwayMidExportLeavesNoOpenCursorBehind() throws Exception {
        // 11 creators (frys_8 and 10 more) × 100 posts × 6 structures (the one above and 5 more): 6,600 lines, many batches.
        assertThat(data.bulkLines(organisation, project.id(), 10, 100, 5, Instant.parse("2026-09-16T06:00:00Z"))).isEqualTo(6_600);
        OutputStream goesAway = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 100_000) {
                    throw new IOException("broken pipe");
                }
            }
        };

        assertThatThrownBy(() -> exporter.write(project, ExportKind.ACCRUALS, range("2026-09-16", "2026-09-16"), false, goesAway,
                ExportProgress.NONE)).isInstanceOf(IOException.class).hasMessage("broken pipe");

        long deadline = System.nanoTime() + 5_000_000_000L;
        long open;
        do {
            open = JDBC.queryForObject("""
                    SELECT count(*) FROM pg_stat_activity
                     WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%FROM payout_accruals a%'
                       AND state <> 'idle'
                    """, Long.class);
        } while (open > 0 && System.nanoTime() < deadline);
        assertThat(open).isZero();
        assertThat(exporter.count(project, ExportKind.ACCRUALS, range("2026-09-16", "2026-09-16"))).isEqualTo(6_600);
    }

    @Test
    void countUpToStopsOneAfterTheLimit() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(line().accruedAt("2026-09-16T06:00:0" + i + "Z").insert());
        }

        assertThat(exporter.countUpTo(project, ExportKind.ACCRUALS, range("2026-09-16", "2026-09-16"), 3)).isEqualTo(4);
        assertThat(exporter.countUpTo(project, ExportKind.ACCRUALS, range("2026-09-16", "2026-09-16"), 7)).isEqualTo(7);
        assertThat(exporter.count(project, ExportKind.ACCRUALS, range("2026-09-16", "2026-09-16"))).isEqualTo(ids.size());
    }
}
