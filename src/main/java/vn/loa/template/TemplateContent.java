package vn.loa.template;

import java.util.List;
import vn.loa.bulletin.Priority;

/** A template's content as checked by {@link TemplateService}: what an approval covers. */
record TemplateContent(String title, String text, List<Blank> blanks, String language, String voice,
        Integer rateWpm, Priority priority) {
}
