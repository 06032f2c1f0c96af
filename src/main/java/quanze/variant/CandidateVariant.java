package quanze.variant;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import quanze.catalog.CatalogWriter;
import quanze.law.Candidates;

/**
 * The first group of {@link Candidates} as a variant file ({@code quanze diff} runs it): each item the law allows
 * one level down is declared there ({@code items: {ID: {declared: {level: TO}}}}), with the words of the law it rests
 * on in a comment above the file's YAML.
 */
public final class CandidateVariant {

    private CandidateVariant() {
    }

    public static String write(Candidates c, String catalog) throws JsonProcessingException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Written by quanze candidates from ").append(catalog.replace("\n", " ")).append(": the ")
                .append(c.allowed().size()).append(" powers declared at '").append(c.from().id())
                .append("' whose bases' words allow '").append(c.to().id()).append("', declared there instead.\n");
        sb.append("# Run it with: quanze diff THIS_FILE ").append(catalog.replace("\n", " ")).append('\n');
        for (Candidates.Candidate x : c.allowed()) {
            sb.append("#   ").append(x.item().id()).append(": ").append(x.why().replace("\n", " ")).append('\n');
        }
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("id", "law-allows-" + c.to().id());
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("zh", "法定层级允许下放至" + c.to().id() + "的事项");
        name.put("en", "Powers the law allows at '" + c.to().id() + "', declared there");
        head.put("name", name);
        head.put("description", "Each power declared at '" + c.from().id() + "' whose cited provisions allow '"
                + c.to().id() + "' is declared at '" + c.to().id() + "'.");
        root.put("variant", head);
        Map<String, Object> items = new LinkedHashMap<>();
        for (Candidates.Candidate x : c.allowed()) {
            items.put(x.item().id(), Map.of("declared", Map.of("level", c.to().id())));
        }
        root.put("items", items);
        return sb + CatalogWriter.yaml().writeValueAsString(root);
    }
}
