package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.herdbook.jobs.payouts.Payment;
import io.herdbook.jobs.payouts.PaymentStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A payment's receipt: a PDF, PNG or JPEG of at most 10 MB, uploaded as the raw body with its Content-Type or as the
 * {@code file} part of a multipart form, stored under a generated name, and served back with its content type.
 * Uploading again replaces it.
 */
@Tag(name = "payments", description = "Money paid to creators. Read scope to read, write scope to pay.")
@RestController
public class ReceiptsController {

    /** The largest receipt accepted (also {@code spring.servlet.multipart.max-file-size}). */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final String TYPES = "application/pdf, image/png or image/jpeg";

    private final PaymentStore payments;
    private final ReceiptFiles files;
    private final PayoutScope scope;
    private final Clock clock;

    ReceiptsController(PaymentStore payments, ReceiptFiles files, PayoutScope scope, Clock clock) {
        this.payments = payments;
        this.files = files;
        this.scope = scope;
        this.clock = clock;
    }

    static String url(long payment) {
        return "/api/v1/payments/" + payment + "/receipt";
    }

    @Operation(summary = "Upload a payment's receipt as the raw body (Content-Type application/pdf, image/png or image/jpeg; at most 10 MB)",
            description = "Write scope. 200 with the payment and its receipt_url; 413 when larger, 415 when the "
                    + "bytes are not the format the Content-Type names.")
    @RequiresScope(Scope.WRITE)
    @PutMapping(path = "/api/v1/payments/{id}/receipt", consumes = {"application/pdf", "image/png", "image/jpeg"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public PaymentView upload(@PathVariable long id, HttpServletRequest request) throws IOException {
        Payment payment = payment(id);
        try (InputStream body = request.getInputStream()) {
            return store(payment, body.readNBytes(MAX_BYTES + 1), request.getContentType());
        }
    }

    @Operation(summary = "Upload a payment's receipt as the file part of a multipart form (PDF, PNG or JPEG; at most 10 MB)",
            description = "Write scope. The part's file name is ignored; the receipt is stored under a generated name.")
    @RequiresScope(Scope.WRITE)
    @PutMapping(path = "/api/v1/payments/{id}/receipt", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public PaymentView uploadPart(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        Payment payment = payment(id);
        if (file.getSize() > MAX_BYTES) {
            throw tooLarge();
        }
        return store(payment, file.getBytes(), file.getContentType());
    }

    @Operation(summary = "Download a payment's receipt, with its content type", description = "Read scope. 404 without one.")
    @RequiresScope(Scope.READ)
    @GetMapping("/api/v1/payments/{id}/receipt")
    public ResponseEntity<Resource> download(@PathVariable long id) {
        Payment payment = payment(id);
        if (payment.receiptFile() == null) {
            throw PayoutRefusedException.notFound("payment " + id + " has no receipt");
        }
        ReceiptType type = ReceiptType.named(payment.receiptContentType()).orElseThrow();
        return ResponseEntity.ok().contentType(type.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"receipt-" + id + "." + type.extension + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(files.path(scope.organisation("no payment " + id), payment.receiptFile())));
    }

    private PaymentView store(Payment payment, byte[] bytes, String declared) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the receipt is empty");
        }
        ReceiptType type = ReceiptType.of(bytes).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "a receipt is a PDF, PNG or JPEG (" + TYPES + "); these bytes are none of them"));
        // A part sent as application/octet-stream (or without a type) is taken for what its bytes are.
        boolean untyped = declared == null || MediaType.APPLICATION_OCTET_STREAM.equalsTypeAndSubtype(MediaType.parseMediaType(declared));
        if (!untyped && ReceiptType.named(declared).filter(type::equals).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the Content-Type says " + declared + " but the bytes are a " + type);
        }
        long organisation = scope.organisation("no payment " + payment.id());
        String name = files.store(organisation, bytes, type);
        String replaced = payments.attachReceipt(organisation, payment.id(), name, type.mediaType.toString(), clock.instant())
                .orElseThrow(() -> PayoutRefusedException.notFound("no payment " + payment.id()));
        if (!replaced.isEmpty()) {
            files.delete(organisation, replaced);
        }
        return PaymentView.of(payments.find(organisation, payment.id()).orElseThrow());
    }

    private Payment payment(long id) {
        return payments.find(scope.organisation("no payment " + id), id).orElseThrow(() -> PayoutRefusedException.notFound("no payment " + id));
    }

    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "a receipt is at most " + MAX_BYTES / (1024 * 1024) + " MB");
    }
}
