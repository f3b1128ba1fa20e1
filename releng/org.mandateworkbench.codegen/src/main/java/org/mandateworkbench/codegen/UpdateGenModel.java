package org.mandateworkbench.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Brings the genmodel in line with the .ecore after the model changed, the way the genmodel editor's
 * "Reload" does: a fresh genmodel is built from the Ecore packages and reconciled with the old one, so
 * every setting made in the old genmodel survives and new classes and features appear.
 * <p>
 * Usage: {@code UpdateGenModel <repository root>}; the genmodel is rewritten in place.
 */
public final class UpdateGenModel {

    private UpdateGenModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: UpdateGenModel <repository root>");
            System.exit(2);
        }
        Path genModelFile = Path.of(args[0]).toAbsolutePath().resolve(GenerateModel.GENMODEL);
        GenModel old;
        try {
            old = GenModelLoader.load(genModelFile);
        } catch (GenerationException e) {
            System.err.println("update-genmodel: " + e.getMessage());
            System.exit(1);
            return;
        }
        Resource resource = old.eResource();

        List<EPackage> packages = new ArrayList<>();
        for (GenPackage genPackage : old.getGenPackages()) {
            packages.add(genPackage.getEcorePackage());
        }
        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        fresh.initialize(packages);
        fresh.getForeignModel().addAll(old.getForeignModel());
        fresh.reconcile(old);
        resource.getContents().set(0, fresh);
        resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
        System.out.println("updated " + genModelFile);
    }
}
