package org.tuoyu.sandbox.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One tiny broken file per kind of error (src/test/resources/broken), each with the message a user
 * should see: the file, the line, the key path and the value.
 */
class BrokenFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "syntax.yaml                | syntax.yaml           | 10 |                                       |          | not valid YAML",
        "unknown-lever.yaml         | unknown-lever.yaml    | 9  | levers.demand.allowancePerChildYr       |          | did you mean 'levers.demand.allowancePerChildYear'?",
        "text-in-number.yaml        | text-in-number.yaml   | 10 | levers.demand.taxDeductionPerChildMonth | 两千      | is not a number",
        "negative-subsidy.yaml      | negative-subsidy.yaml | 7  | levers.supply.operatingSubsidy.A0       | -800     | must not be negative",
        "share-out-of-range.yaml    | share-out-of-range.yaml | 12 | levers.seats.inclusiveShareTarget     | 60       | must be a share between 0 and 1",
        "unknown-district.yaml      | unknown-district.yaml | 15 | levers.districts.center                 |          | did you mean 'centre'?",
        "missing-region.yaml        | missing-region.yaml   | 4  | region                                  | no-such-region.yaml | no such file",
        "wrong-choice.yaml          | wrong-choice.yaml     | 10 | levers.demand.eligibility               | everyone | must be one of residents, hukou",
        "duplicate-key.yaml         | duplicate-key.yaml    | 10 | levers.demand.allowancePerChildYear     |          | key appears twice",
        "unknown-top-key.yaml       | unknown-top-key.yaml  | 6  | levres                                  |          | did you mean 'levers'?",
        "fractional-days.yaml       | fractional-days.yaml  | 11 | levers.leave.maternityDays              | 158.5    | must be a whole number",
        "cycle-a.yaml               | cycle-b.yaml          | 3  | extends                                 | cycle-a.yaml | extend each other in a circle",
        "region-sum.yaml            | region-sum-region.yaml | 16 | totals.population                      | 150000   | the districts sum to 100000",
        "region-share.yaml          | region-share-region.yaml | 23 | districts.centre.nonHukouShare       | 30       | must be a share between 0 and 1",
        "region-zone.yaml           | region-zone-region.yaml | 21 | districts.centre.zone                 | urbn     | did you mean 'urban'?",
        "region-units.yaml          | region-units-region.yaml | 24 | districts.centre.children            |          | exceed 10% of the population",
    })
    void eachBrokenFileNamesFileLineKeyAndValue(String file, String blamed, int line, String key, String value, String problem) {
        Path p = Path.of("src/test/resources/broken", file);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.load(p));
        assertTrue(e.file().endsWith(blamed), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(key == null ? "" : key, e.keyPath(), e.getMessage());
        if (value != null) assertEquals(value, e.value(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        // the one-line message a user reads starts with file:line
        assertTrue(e.getMessage().startsWith(e.file() + ":" + line + ": "), e.getMessage());
    }
}
