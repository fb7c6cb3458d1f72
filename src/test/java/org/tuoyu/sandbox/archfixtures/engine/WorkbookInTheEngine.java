package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine writing a workbook cell. */
public class WorkbookInTheEngine {
    org.apache.poi.ss.usermodel.Cell cell;
}
