package news.credibility.api;

import java.util.List;

import org.springframework.data.domain.Page;

import news.credibility.audit.AssessmentRecord;

/** A page of stored assessments, newest first. */
public record RecordPageView(List<RecordSummaryView> records, int page, int size, long totalRecords, int totalPages) {

    static RecordPageView of(Page<AssessmentRecord> page) {
        return new RecordPageView(page.getContent().stream().map(RecordSummaryView::of).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
