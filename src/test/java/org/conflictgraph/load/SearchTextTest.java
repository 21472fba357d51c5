package org.conflictgraph.load;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("SearchText: the forms and keys names are compared by")
class SearchTextTest {

    @ParameterizedTest(name = "\"{0}\" has the key \"{1}\"")
    @DisplayName("a key drops what does not identify a name, and joins what does")
    @CsvSource(delimiter = ';', value = {
            "Mr Massoud; massoud",                              // title
            "Gen. Hasibullah; hasibullah",
            "Commander Ahmad Massoud; ahmad massoud",
            "Mullah Amir Khan Motaqi; amir khan motaqi",
            "Taliban's; taliban",                               // possessive, straight or curly
            "Qatar’s; qatar",
            "BBC Radio 4′s; bbc radio",
            "Hazaras; hazara",                                  // plural
            "Foreign Mujahideens; foreign mujahideen",
            "ethnic and religious minorities; ethnic religious minority",
            "Panjshir region; panjshir",                        // generic word around a place or government
            "Panjshir Provinces; panjshir",
            "village of Khenj; khenj",
            "Government of India; india",
            "US government; us",
            "U.S.; us",                                         // acronyms
            "Washington, D.C.; washington dc",
            "IS-KP; iskp",
            "IS-KP's; iskp",
            "Isis-K; isisk",
            "Pul-e-Hisar; pule hisar",
            "al-Qaeda; al qaeda",
            "Resistance 2.0; resistance",                       // lone digits and initials
            "Bilal Y. Saab; bilal saab",
            "@AhmadMassoud01; ahmad massoud",                   // handles
            "Islamic State; islamic state",                     // what must stay
            "ISIS; isis",
            "Kapisa; kapisa",
            "TASS; tass",
    })
    void keys(String text, String key) {
        assertEquals(key, SearchText.key(text));
    }

    @Test
    @DisplayName("a key of nothing but titles and generic words is empty")
    void emptyKey() {
        assertEquals("", SearchText.key("the Valley"));
        assertEquals(List.of(), SearchText.keyWords("General"));
    }

    @Test
    @DisplayName("a form keeps every word, folded: case, accents, punctuation and Persian letter variants")
    void forms() {
        assertEquals("is kp", SearchText.form("IS-KP"));
        assertEquals("radio television suisse", SearchText.form("Radio Télévision Suisse"));
        assertEquals(SearchText.form("پنجشیر"), SearchText.form("پنجشير"));
    }

    @Test
    @DisplayName("the stored search text is the forms, then the keys, without repeats")
    void storedText() {
        assertEquals("panjshir valley | panjshir || panjshir",
                SearchText.of("Panjshir Valley", List.of("Panjshir valley", "Panjshir")));
        assertEquals("northern alliance || northern alliance", SearchText.of("Northern Alliance", List.of()));
    }
}
