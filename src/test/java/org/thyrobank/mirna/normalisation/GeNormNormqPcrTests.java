package org.thyrobank.mirna.normalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * geNorm against R/Bioconductor NormqPCR itself on NormqPCR's own example data, as its vignette runs it: the
 * Vandesompele 2002 data set (data(geNorm), normqpcr-genorm.tsv) per tissue, and the Andersen 2004 colon data set
 * (data(Colon), normqpcr-colon.tsv), all with selectHKs(method = "geNorm", minNrHKs = 2, log = FALSE).
 * Golden values printed by src/test/r/normqpcr-golden.R, which runs NormqPCR 1.53.0's own stabMeasureM and
 * selectHKs (sourced from a checkout of the package) under R 4.2.2; see NormqPcrExample for the scale and for
 * where the data come from (the tests skip without them).
 */
class GeNormNormqPcrTests {

    private static final double TOLERANCE = 1e-12;

    /** What NormqPCR printed for one data set: ranking, M of every gene (all in), mean M (n..2), V (n-1/n..2/3). */
    private record Golden(String data, List<String> ranking, double[] m, double[] meanM, double[] variation) {

        NormqPcrExample example() {
            return data.equals("Colon")
                    ? NormqPcrExample.colon()
                    : NormqPcrExample.geNorm().group(data);
        }

        @Override
        public String toString() {
            return data;
        }
    }

    static Stream<Golden> normqPcr() {
        return Stream.of(
                new Golden(
                        "BM",
                        List.of("RPL13A", "UBC", "YWHAZ", "HPRT1", "GAPD", "SDHA", "TBP", "HMBS", "B2M", "ACTB"),
                        new double[] {
                            0.849873945067071,
                            0.77476341890316,
                            0.606491870301944,
                            0.720601291000198,
                            0.51603125364622,
                            0.533596271813946,
                            0.620147009789326,
                            0.639796886714862,
                            0.570096136623739,
                            0.531456440807735
                        },
                        new double[] {
                            0.63628545246682,
                            0.582888329316757,
                            0.530228279613623,
                            0.499943693933222,
                            0.477377523800525,
                            0.437728198765878,
                            0.406770625156432,
                            0.371619241507029,
                            0.349271187472188
                        },
                        new double[] {
                            0.0764690052563778,
                            0.0776534266912183,
                            0.0671119963410967,
                            0.0681320232188603,
                            0.0806194432580746,
                            0.0841653121631615,
                            0.097678269387021,
                            0.113745049966055
                        }),
                new Golden(
                        "FIB",
                        List.of("GAPD", "HPRT1", "YWHAZ", "UBC", "ACTB", "TBP", "SDHA", "RPL13A", "B2M", "HMBS"),
                        new double[] {
                            0.863766607302798,
                            1.0759185451428,
                            0.68724273331778,
                            1.12768720029403,
                            0.651283213455488,
                            0.873187711978124,
                            0.761747774252473,
                            0.927311570430143,
                            0.700184147717381,
                            0.650622201168589
                        },
                        new double[] {
                            0.831895170505961,
                            0.757947163058943,
                            0.674622208462891,
                            0.615228105881375,
                            0.57040862570001,
                            0.521577735632849,
                            0.426328042885769,
                            0.364670973031232,
                            0.277006387375459
                        },
                        new double[] {
                            0.101831017147714,
                            0.105891961842848,
                            0.0957969480584,
                            0.091506934859078,
                            0.099893934548086,
                            0.122944246587977,
                            0.109409229949378,
                            0.130182352916848
                        }),
                new Golden(
                        "LEU",
                        List.of("UBC", "YWHAZ", "B2M", "GAPD", "RPL13A", "TBP", "SDHA", "HPRT1", "HMBS", "ACTB"),
                        new double[] {
                            2.05016390497897,
                            0.936333486205541,
                            0.946470733731196,
                            1.97412126787689,
                            1.16246352247522,
                            1.00890704120857,
                            1.12199523563454,
                            1.01619328857854,
                            0.950420829267616,
                            0.95036798453526
                        },
                        new double[] {
                            1.21174372944924,
                            1.0021386855668,
                            0.776523923737425,
                            0.714353175635028,
                            0.644139932752017,
                            0.533015998868951,
                            0.456835562321079,
                            0.39417575759439,
                            0.383005781085635
                        },
                        new double[] {
                            0.199078727280234,
                            0.192385469498564,
                            0.107581620631112,
                            0.11224191769044,
                            0.132776841977546,
                            0.116906372195801,
                            0.116988209081788,
                            0.116977113889934
                        }),
                new Golden(
                        "NB",
                        List.of("GAPD", "HPRT1", "SDHA", "UBC", "HMBS", "YWHAZ", "TBP", "ACTB", "RPL13A", "B2M"),
                        new double[] {
                            1.12048249267034,
                            1.68633378182566,
                            0.917477986922816,
                            0.979267168754928,
                            0.925829773921343,
                            1.18054587151599,
                            0.911519214865606,
                            1.10847396190083,
                            0.945790590793056,
                            0.941202491670474
                        },
                        new double[] {
                            1.0716923334841,
                            0.918031971398715,
                            0.865923374647076,
                            0.820047737503479,
                            0.775837529257617,
                            0.747283593886685,
                            0.702780887779274,
                            0.665223605170284,
                            0.638318321284614
                        },
                        new double[] {
                            0.157563287801135,
                            0.105549595586516,
                            0.106272577477907,
                            0.112416561270289,
                            0.113912346427078,
                            0.138337449160552,
                            0.160281600181375,
                            0.199735051108561
                        }),
                new Golden(
                        "POOL",
                        List.of("GAPD", "SDHA", "HMBS", "HPRT1", "TBP", "UBC", "RPL13A", "YWHAZ", "ACTB", "B2M"),
                        new double[] {
                            1.26904450780669,
                            1.84520494149833,
                            1.19315162044202,
                            1.09532348907454,
                            1.20261858557797,
                            1.13985342485586,
                            1.2178501782391,
                            1.05729915008887,
                            1.06621675181006,
                            1.26460753868733
                        },
                        new double[] {
                            1.23511701880808,
                            1.08259503813551,
                            1.04835903685355,
                            1.00764664734451,
                            0.973346235943587,
                            0.924811292468817,
                            0.808821128513561,
                            0.561049005334115,
                            0.402654099899545
                        },
                        new double[] {
                            0.171136018548935,
                            0.113563197942939,
                            0.124507693210312,
                            0.13062618691343,
                            0.147971862215689,
                            0.19791782265192,
                            0.251481979740374,
                            0.202804883269435
                        }),
                new Golden(
                        "Colon",
                        List.of(
                                "RPS23",
                                "TPT1",
                                "RPS13",
                                "SUI1",
                                "UBC",
                                "GAPD",
                                "TUBA6",
                                "UBB",
                                "NACA",
                                "CFL1",
                                "CLTC",
                                "ACTB",
                                "FLJ20030"),
                        new double[] {
                            0.577939614195171,
                            0.590130106366504,
                            0.634400698267806,
                            0.623657776557212,
                            0.833997950909195,
                            0.630323366333696,
                            0.651196376672155,
                            0.63935687759436,
                            0.645985643806172,
                            0.635658977468563,
                            0.617160171502881,
                            0.565812461994707,
                            0.599954893690579
                        },
                        new double[] {
                            0.634274993489154,
                            0.597961728503692,
                            0.591253689243754,
                            0.581273076984824,
                            0.566331331327245,
                            0.559909625207425,
                            0.5532267889293,
                            0.541296993874424,
                            0.516853623884481,
                            0.489687005115835,
                            0.442560675685495,
                            0.387064503314748
                        },
                        new double[] {
                            0.0561079453085605,
                            0.0417652586748794,
                            0.0465702483947424,
                            0.0525806043681279,
                            0.0512277022952662,
                            0.0568735537377584,
                            0.0669323964956743,
                            0.0816901552472061,
                            0.0950073325611897,
                            0.11793907244497,
                            0.143238317072659
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normqPcr")
    void stabilityMOfEveryGeneMatchesStabMeasureM(Golden golden) {
        CqMatrix matrix = golden.example().matrix();

        Map<String, Double> m = GeNorm.stability(matrix);

        assertThat(m.keySet()).containsExactlyElementsOf(matrix.assays());
        for (int j = 0; j < golden.m().length; j++) {
            assertThat(m.get(matrix.assays().get(j)))
                    .as(matrix.assays().get(j))
                    .isCloseTo(golden.m()[j], within(TOLERANCE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normqPcr")
    void rankingAndMeanMMatchSelectHKs(Golden golden) {
        GeNormResult result = GeNorm.select(golden.example().matrix(), 2);

        assertThat(result.ranking()).containsExactlyElementsOf(golden.ranking());
        int n = golden.ranking().size();
        assertThat(result.meanM().keySet())
                .containsExactlyElementsOf(
                        Stream.iterate(n, i -> i >= 2, i -> i - 1).toList());
        for (int genes = n; genes >= 2; genes--) {
            assertThat(result.meanM().get(genes))
                    .as("mean M of %d genes", genes)
                    .isCloseTo(golden.meanM()[n - genes], within(TOLERANCE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normqPcr")
    void pairwiseVariationMatchesSelectHKs(Golden golden) {
        Map<String, Double> v = GeNorm.select(golden.example().matrix(), 2).pairwiseVariation();

        int n = golden.ranking().size();
        List<String> names = new ArrayList<>();
        for (int i = n; i > 2; i--) {
            names.add((i - 1) + "/" + i);
        }
        assertThat(v.keySet()).containsExactlyElementsOf(names);
        for (int i = 0; i < names.size(); i++) {
            assertThat(v.get(names.get(i))).as("V " + names.get(i)).isCloseTo(golden.variation()[i], within(TOLERANCE));
        }
    }
}
