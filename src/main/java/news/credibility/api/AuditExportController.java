package news.credibility.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import news.credibility.audit.AuditExport;
import news.credibility.audit.RecordFilter;

/** A selection of stored assessments, streamed as JSON Lines or CSV (auditors only). */
@RestController
@Tag(name = "Audit")
class AuditExportController {

    static final String JSON_LINES = "application/jsonl";
    static final String CSV = "text/csv";

    private final AuditExport export;

    AuditExportController(AuditExport export) {
        this.export = export;
    }

    @GetMapping(path = "/api/audit/export")
    @Operation(summary = "Export the stored assessments of a filter, in chain order: format=jsonl (one record a line, whole) or csv (one claim a row)",
            description = "Takes the filters of GET /api/audit/assessments. Streamed as it is read: any size.")
    void export(@ModelAttribute RecordFilter filter, @RequestParam(defaultValue = "jsonl") String format,
                Authentication caller, HttpServletResponse response) throws IOException {
        boolean csv = switch (format) {
            case "jsonl" -> false;
            case "csv" -> true;
            default -> throw new InvalidInputException("format", "format must be jsonl or csv, not '%s'.".formatted(format));
        };
        RecordFilter visible = AuditController.visibleTo(caller, filter);
        response.setContentType((csv ? CSV : JSON_LINES) + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"assessments." + format + "\"");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
            if (csv) {
                export.csv(visible, out);
            } else {
                export.jsonLines(visible, out);
            }
        }
    }
}
