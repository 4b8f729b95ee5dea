package dev.opcon.themes;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads theme documents from files and class-path resources. The only class here that does I/O. */
final class ThemeFileReader {

    static final String EXTENSION = ".json";
    static final long LARGEST_FILE_BYTES = 256 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ThemeFileReader() {
    }

    /** The {@code *.json} files in a user themes directory, by file name; no directory means no files. */
    static ThemeFiles list(Path directory) {
        if (!Files.exists(directory)) {
            return new ThemeFiles(List.of(), List.of());
        }
        String source = "theme directory " + DisplayText.of(directory.toString());
        if (!Files.isDirectory(directory)) {
            return new ThemeFiles(List.of(), List.of(ThemeProblem.ofFile(source, "is not a directory")));
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return new ThemeFiles(entries.filter(ThemeFileReader::isThemeFile).sorted().toList(), List.of());
        } catch (IOException | UncheckedIOException e) {
            return new ThemeFiles(List.of(), List.of(ThemeProblem.ofFile(source,
                    "cannot be read: " + DisplayText.shortened(String.valueOf(e.getMessage())))));
        }
    }

    record ThemeFiles(List<Path> files, List<ThemeProblem> problems) {
        ThemeFiles {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Reads a user theme file; never throws. */
    static ParseResult readFile(Path file) {
        String source = "theme file " + DisplayText.of(file.toString());
        try {
            long size = Files.size(file);
            if (size > LARGEST_FILE_BYTES) {
                return failed(source, "too large: " + size + " bytes (a theme file is at most " + LARGEST_FILE_BYTES + ")");
            }
            return parse(source, nameFromFile(file), Files.readAllBytes(file));
        } catch (IOException e) {
            return failed(source, "cannot be read: " + DisplayText.shortened(String.valueOf(e.getMessage())));
        }
    }

    /** Reads a theme shipped with opcon; a broken one is a bug in the build, so it throws. */
    static ThemeDefinition readResource(String name) {
        String resource = name + EXTENSION;
        String source = "bundled theme " + resource;
        try (var input = ThemeFileReader.class.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException(source + " is missing from the class path");
            }
            ParseResult result = parse(source, name, input.readAllBytes());
            return result.definition().orElseThrow(() -> new IllegalStateException(
                    String.join("\n", result.problems().stream().map(ThemeProblem::text).toList())));
        } catch (IOException e) {
            throw new IllegalStateException(source + " cannot be read", e);
        }
    }

    static ParseResult parse(String source, String nameFromSource, byte[] content) {
        JsonNode document;
        try {
            document = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            return ParseResult.failed(List.of(syntaxProblem(source, e)));
        } catch (IOException e) {
            return failed(source, "cannot be read: " + DisplayText.shortened(String.valueOf(e.getMessage())));
        }
        if (document == null || document.isMissingNode()) {
            return failed(source, "empty: expected a JSON object like {\"roles\": {...}}");
        }
        return ThemeDocumentParser.parse(source, nameFromSource, document);
    }

    private static boolean isThemeFile(Path path) {
        String fileName = path.getFileName().toString();
        // Editors leave hidden files such as ".#neon.json" next to the one being edited.
        return fileName.endsWith(EXTENSION) && !fileName.startsWith(".") && Files.isRegularFile(path);
    }

    static String nameFromFile(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - EXTENSION.length());
    }

    private static ThemeProblem syntaxProblem(String source, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String field = fieldAtError(e).map(name -> " (in field \"" + DisplayText.shortened(name) + "\")").orElse("");
        return ThemeProblem.ofFile(source, "not valid JSON" + where + field + ": "
                + DisplayText.shortened(firstLine(e.getOriginalMessage()), 120));
    }

    /** The dotted path of the field the parser was in when it failed, e.g. {@code roles.warning}. */
    private static Optional<String> fieldAtError(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
            if (context.hasCurrentName()) {
                path.insert(0, path.length() == 0 ? context.getCurrentName() : context.getCurrentName() + ".");
            } else if (context.inArray()) {
                path.insert(0, "[" + context.getCurrentIndex() + "]" + (path.length() == 0 ? "" : "."));
            }
        }
        return path.length() == 0 ? Optional.empty() : Optional.of(path.toString());
    }

    private static String firstLine(String text) {
        String message = text == null ? "" : text;
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static ParseResult failed(String source, String message) {
        return ParseResult.failed(List.of(ThemeProblem.ofFile(source, message)));
    }
}
