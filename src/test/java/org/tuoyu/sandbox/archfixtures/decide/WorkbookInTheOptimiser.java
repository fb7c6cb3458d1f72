package org.tuoyu.sandbox.archfixtures.decide;

/** Breaks decideIsHeadless: the optimiser writing a workbook itself. */
public class WorkbookInTheOptimiser {
    org.apache.poi.ss.usermodel.Workbook workbook;
}
