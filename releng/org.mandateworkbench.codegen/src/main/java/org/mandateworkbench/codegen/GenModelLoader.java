package org.mandateworkbench.codegen;

import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/** Loads a genmodel and its .ecore standalone, failing with the file and position of any error. */
final class GenModelLoader {

    private GenModelLoader() {
    }

    static GenModel load(Path genModelFile) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new EcoreResourceFactoryImpl());
        Resource resource;
        try {
            resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
            // A partly readable .ecore would silently yield a partial genmodel: load it all now.
            EcoreUtil.resolveAll(resourceSet);
        } catch (RuntimeException e) {
            throw new GenerationException("cannot read " + genModelFile + ": " + e.getMessage());
        }
        StringBuilder errors = new StringBuilder();
        for (Resource loaded : resourceSet.getResources()) {
            for (Resource.Diagnostic error : loaded.getErrors()) {
                errors.append("\n  ").append(error.getLocation()).append(':').append(error.getLine()).append(':')
                        .append(error.getColumn()).append(": ").append(error.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new GenerationException("the model files have errors:" + errors);
        }
        return (GenModel) resource.getContents().get(0);
    }
}
