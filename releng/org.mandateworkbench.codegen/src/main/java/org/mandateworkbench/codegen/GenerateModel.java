package org.mandateworkbench.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * Runs EMF's code generator without OSGi or an Eclipse workspace on the model bundle's genmodel and
 * copies what the build uses into an output tree shaped like the repository.
 * <p>
 * The generator writes whole projects (manifests, build.properties, ...) into a scratch folder;
 * only the outputs listed in {@link #OWNED_OUTPUTS} are copied, so the hand-maintained MANIFEST.MF
 * and build.properties of the bundles are never touched. Owned folders are replaced, not merged:
 * generated code is never edited by hand, so a fresh generation is the whole truth.
 * <p>
 * Usage: {@code GenerateModel <repository root> <output root>}; the output root may be the
 * repository itself (regenerate) or an empty folder (check, then compare).
 */
public final class GenerateModel {

    static final String MODEL_PROJECT = "org.mandateworkbench.model";
    static final String EDIT_PROJECT = "org.mandateworkbench.model.edit";
    static final String GENMODEL = "bundles/" + MODEL_PROJECT + "/model/mandates.genmodel";
    static final String ZH_TRANSLATIONS = "bundles/" + MODEL_PROJECT + "/model/mandates.edit_zh.tsv";
    static final String EN_LITERAL_LABELS = "bundles/" + MODEL_PROJECT + "/model/mandates.edit_en.tsv";

    /** Paths, relative to the repository root, that the generator owns. */
    static final List<String> OWNED_OUTPUTS = List.of(
            "bundles/" + MODEL_PROJECT + "/src-gen",
            "bundles/" + MODEL_PROJECT + "/plugin.xml",
            "bundles/" + EDIT_PROJECT + "/src-gen",
            "bundles/" + EDIT_PROJECT + "/icons",
            "bundles/" + EDIT_PROJECT + "/plugin.xml",
            "bundles/" + EDIT_PROJECT + "/plugin.properties");

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateModel <repository root> <output root>");
            System.exit(2);
        }
        Path repository = Path.of(args[0]).toAbsolutePath().normalize();
        Path output = Path.of(args[1]).toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("mwb-codegen");
        try {
            generate(repository.resolve(GENMODEL), scratch);
            for (String owned : OWNED_OUTPUTS) {
                replace(scratch.resolve(projectRelative(owned)), output.resolve(owned));
            }
            Path editOutput = output.resolve("bundles/" + EDIT_PROJECT);
            // English labels first: the Chinese table is keyed by the English text.
            new EnglishLiteralLabels(repository.resolve(EN_LITERAL_LABELS))
                    .rewrite(editOutput.resolve("plugin.properties"));
            new ChineseEditProperties(repository.resolve(ZH_TRANSLATIONS))
                    .write(editOutput.resolve("plugin.properties"), editOutput.resolve("plugin_zh.properties"));
        } catch (GenerationException e) {
            System.err.println("generate-model: " + e.getMessage());
            System.exit(1);
        } finally {
            deleteRecursively(scratch);
        }
    }

    /** Generates the model and edit projects of the genmodel into {@code scratch/<project>/}. */
    static void generate(Path genModelFile, Path scratch) {
        // The genmodel names its output folders as /<project>/src-gen; point each project at scratch.
        for (String project : List.of(MODEL_PROJECT, EDIT_PROJECT)) {
            URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + project + "/", false),
                    URI.createFileURI(scratch.resolve(project) + "/"));
        }
        GenModel genModel = GenModelLoader.load(genModelFile);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        check(genModel.diagnose(), "the genmodel " + genModelFile + " is not valid");

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        BasicMonitor monitor = new BasicMonitor();
        check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor),
                "generating the model code failed");
        check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor),
                "generating the edit code failed");
    }

    private static void check(Diagnostic diagnostic, String what) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new GenerationException(what + ":\n" + describe(diagnostic, ""));
        }
    }

    private static String describe(Diagnostic diagnostic, String indent) {
        StringBuilder text = new StringBuilder(indent).append(diagnostic.getMessage()).append('\n');
        if (diagnostic.getException() != null) {
            text.append(indent).append("  caused by ").append(diagnostic.getException()).append('\n');
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append(describe(child, indent + "  "));
        }
        return text.toString();
    }

    /** "bundles/<project>/x" becomes "<project>/x", the layout the generator writes. */
    private static String projectRelative(String owned) {
        return owned.substring("bundles/".length());
    }

    private static void replace(Path source, Path target) throws IOException {
        if (!Files.exists(source)) {
            throw new GenerationException("the generator did not produce " + source.getFileName()
                    + " (expected at " + source + ")");
        }
        deleteRecursively(target);
        Files.createDirectories(target.getParent());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted().toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
