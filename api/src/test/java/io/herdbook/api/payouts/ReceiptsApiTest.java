package io.herdbook.api.payouts;

import static io.herdbook.api.payouts.PayoutHttp.json;
import static io.herdbook.api.payouts.PayoutHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Payment receipts over real HTTP on loopback: upload and download with bytes equal, the accepted formats and the size limit. */
@PayoutTestContext
class ReceiptsApiTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};

    @LocalServerPort int port;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private PayoutHttp http;
    private PayoutData data;
    private long organisation;
    private long payment;

    @BeforeEach
    void aPayment() {
        http = new PayoutHttp(port, TestKeys.owner(context, PayoutTestContext.ORGANISATION));
        data = new PayoutData(jdbc);
        organisation = data.apiOrganisation();
        long creator = data.creator(organisation, data.project(organisation, "UTC"));
        payment = jdbc.queryForObject("""
                INSERT INTO payout_payments (organisation_id, creator_id, amount, reference, paid_at)
                VALUES (?, ?, 12.50, 'R-' || ?, '2026-04-05T12:00:00Z') RETURNING id""", Long.class, organisation, creator, System.nanoTime());
    }

    private String receipt() {
        return "/api/v1/payments/" + payment + "/receipt";
    }

    @Test
    void anUploadedPdfIsDownloadedWithTheSameBytesAndType() throws Exception {
        JsonNode uploaded = json(http.put(receipt(), "application/pdf", PDF), 200);

        assertThat(uploaded.get("receipt_url").asString()).isEqualTo(receipt());
        assertThat(uploaded.get("receipt_content_type").asString()).isEqualTo("application/pdf");
        assertThat(uploaded.get("receipt_uploaded_at").asString()).isEqualTo(PayoutTestContext.NOW);
        assertThat(uploaded.get("amount").asString()).isEqualTo("12.50");
        HttpResponse<byte[]> download = http.getBytes(receipt());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("content-type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(PDF);
        String file = jdbc.queryForObject("SELECT receipt_file FROM payout_payments WHERE id = ?", String.class, payment);
        assertThat(file).matches("[0-9a-f-]{36}\\.pdf");
        assertThat(Files.readAllBytes(stored(file))).isEqualTo(PDF);
    }

    @Test
    void aMultipartUploadReplacesTheReceiptUnderAGeneratedNameNeverTheClientsFileName() throws Exception {
        json(http.put(receipt(), "application/pdf", PDF), 200);
        String replaced = jdbc.queryForObject("SELECT receipt_file FROM payout_payments WHERE id = ?", String.class, payment);

        HttpResponse<String> response = multipart("../../etc/passwd.png", "image/png", PNG);

        assertThat(json(response, 200).get("receipt_content_type").asString()).isEqualTo("image/png");
        String file = jdbc.queryForObject("SELECT receipt_file FROM payout_payments WHERE id = ?", String.class, payment);
        assertThat(file).matches("[0-9a-f-]{36}\\.png");
        assertThat(Files.exists(stored(replaced))).isFalse();
        HttpResponse<byte[]> download = http.getBytes(receipt());
        assertThat(download.headers().firstValue("content-type")).hasValue("image/png");
        assertThat(download.body()).isEqualTo(PNG);
    }

    @Test
    void bytesThatAreNotWhatTheContentTypeSaysOrAnotherTypeAreA415() throws Exception {
        problem(http.put(receipt(), "application/pdf", "hello, not a pdf".getBytes(StandardCharsets.UTF_8)), 415);
        problem(http.put(receipt(), "image/jpeg", PNG), 415);
        problem(http.put(receipt(), "text/plain", "hello".getBytes(StandardCharsets.UTF_8)), 415);
        problem(http.put(receipt(), "application/pdf", new byte[0]), 400);

        assertThat(jdbc.queryForObject("SELECT receipt_file IS NULL FROM payout_payments WHERE id = ?", Boolean.class, payment)).isTrue();
        problem(http.get(receipt()), 404);
    }

    @Test
    void aReceiptOverTenMegabytesIsA413AndNothingIsStored() throws Exception {
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        byte[] largest = Arrays.copyOf(PDF, 10 * 1024 * 1024);

        problem(http.put(receipt(), "application/pdf", large), 413);
        assertThat(jdbc.queryForObject("SELECT receipt_file IS NULL FROM payout_payments WHERE id = ?", Boolean.class, payment)).isTrue();
        assertThat(http.put(receipt(), "application/pdf", largest).statusCode()).isEqualTo(200);
        assertThat(http.getBytes(receipt()).body()).isEqualTo(largest);
    }

    @Test
    void aMultipartReceiptOverTenMegabytesIsA413Too() throws Exception {
        problem(multipart("big.pdf", "application/pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1)), 413);

        assertThat(jdbc.queryForObject("SELECT receipt_file IS NULL FROM payout_payments WHERE id = ?", Boolean.class, payment)).isTrue();
    }

    @Test
    void anotherOrganisationsPaymentHasNoReceiptHere() throws Exception {
        long other = data.anotherOrganisation();
        long foreignCreator = data.creator(other, data.project(other, "UTC"));
        long foreign = jdbc.queryForObject("""
                INSERT INTO payout_payments (organisation_id, creator_id, amount, reference, paid_at) VALUES (?, ?, 1.00, 'THEIRS', now())
                RETURNING id""", Long.class, other, foreignCreator);

        problem(http.put("/api/v1/payments/" + foreign + "/receipt", "application/pdf", PDF), 404);
        problem(http.get("/api/v1/payments/" + foreign + "/receipt"), 404);
        assertThat(jdbc.queryForObject("SELECT receipt_file IS NULL FROM payout_payments WHERE id = ?", Boolean.class, foreign)).isTrue();
    }

    private Path stored(String file) {
        return Path.of(PayoutTestContext.RECEIPTS, Long.toString(organisation), file);
    }

    private HttpResponse<String> multipart(String fileName, String type, byte[] bytes) throws Exception {
        String boundary = "herdbook-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + receipt()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(TestKeys.HEADER, TestKeys.owner(context, PayoutTestContext.ORGANISATION))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
