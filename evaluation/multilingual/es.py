"""Spanish articles (see the package docstring for the gold conventions)."""

from __future__ import annotations

from . import LabelledArticle, q

ARTICLES = [
    LabelledArticle(
        "es-01",
        "España enviará más ayuda militar a Ucrania",
        "El Gobierno aprobó este martes un nuevo paquete de ayuda militar a Ucrania por valor "
        "de 1.130 millones de euros, según informó la ministra de Defensa, Marta Solís.\n\n"
        "«Nuestro compromiso con Ucrania es firme y duradero», afirmó Solís en rueda de "
        "prensa. El paquete incluye 20 vehículos blindados y munición para sistemas de "
        "defensa antiaérea.\n\n"
        "El portavoz de la oposición, Ignacio Varela, criticó la falta de debate. «El "
        "Congreso debería votar estas decisiones», dijo Varela.",
        (
            q("Nuestro compromiso con Ucrania es firme y duradero", "Marta Solís"),
            q("El Congreso debería votar estas decisiones", "Ignacio Varela"),
        ),
        (1.13e9, 20),
    ),
    LabelledArticle(
        "es-02",
        "La inflación se modera al 2,8 % en mayo",
        "El índice de precios al consumo subió un 2,8 % en mayo en tasa interanual, una "
        "décima menos que en abril, según el Instituto Nacional de Estadística.\n\n"
        "Los alimentos se encarecieron un 4,1 %, mientras que la electricidad bajó un 12 %. "
        "“La tendencia es buena, pero la cesta de la compra sigue siendo cara”, señaló la "
        "economista Carmen Ruiz, de la Universidad de Sevilla.\n\n"
        "El ministro de Economía, Álvaro Ortega, aseguró que el Gobierno mantendrá las ayudas. "
        "“No vamos a retirar el apoyo a las familias de forma brusca”, añadió.",
        (
            q("La tendencia es buena, pero la cesta de la compra sigue siendo cara", "Carmen Ruiz"),
            q("No vamos a retirar el apoyo a las familias de forma brusca", "Álvaro Ortega"),
        ),
        (2.8, 4.1, 12),
    ),
    LabelledArticle(
        "es-03",
        "Un incendio obliga a desalojar a 1.500 vecinos en Valencia",
        "Un incendio forestal declarado el domingo en la sierra de Calderona ha quemado ya "
        "unas 2.300 hectáreas y ha obligado a desalojar a 1.500 vecinos de tres "
        "urbanizaciones.\n\n"
        "«Las próximas horas son decisivas», advirtió el jefe de bomberos, Rafael Castro. En "
        "las tareas de extinción participan 350 efectivos y 14 medios aéreos.\n\n"
        "Una vecina desalojada, Pilar Gómez, relató la huida: «Salimos con lo puesto, el humo "
        "lo cubría todo».",
        (
            q("Las próximas horas son decisivas", "Rafael Castro"),
            q("Salimos con lo puesto, el humo lo cubría todo", "Pilar Gómez"),
        ),
        (2300, 1500, 3, 350, 14),
    ),
    LabelledArticle(
        "es-04",
        "El paro baja de los 2,6 millones por primera vez desde 2008",
        "El número de desempleados registrados bajó en 58.650 personas en abril, hasta un "
        "total de 2,59 millones, informó el Ministerio de Trabajo.\n\n"
        "La ministra de Trabajo, Elena Prieto, celebró el dato. «Estamos ante el mejor "
        "mercado laboral en quince años», declaró.\n\n"
        "Los sindicatos pidieron cautela. «La temporalidad ha bajado, pero los salarios "
        "siguen sin recuperar el poder adquisitivo», dijo Manuel Serrano, secretario general "
        "de un sindicato mayoritario.",
        (
            q("Estamos ante el mejor mercado laboral en quince años", "Elena Prieto"),
            q(
                "La temporalidad ha bajado, pero los salarios siguen sin recuperar el poder adquisitivo",
                "Manuel Serrano",
            ),
        ),
        (58650, 2.59e6, 15),
    ),
    LabelledArticle(
        "es-05",
        "Madrid inaugura una nueva línea de metro",
        "La Comunidad de Madrid inauguró este lunes la ampliación de la línea 11 de metro, "
        "con 8 kilómetros de vías y cinco nuevas estaciones. La obra ha costado 490 millones "
        "de euros.\n\n"
        "«Esta línea acerca el sur de Madrid al centro en menos de 20 minutos», dijo el "
        "consejero de Transportes, Jorge Navarro. Según sus cálculos, la usarán 60.000 "
        "viajeros al día.\n\n"
        "La Sra. Beatriz León, portavoz de una asociación vecinal, lamentó los retrasos. «Nos "
        "prometieron esta ampliación hace diez años», recordó.",
        (
            q("Esta línea acerca el sur de Madrid al centro en menos de 20 minutos", "Jorge Navarro"),
            q("Nos prometieron esta ampliación hace diez años", "Beatriz León"),
        ),
        (8, 5, 490e6, 20, 60000, 10),
    ),
    LabelledArticle(
        "es-06",
        "Ataque ruso con misiles contra Kiev",
        "Rusia lanzó durante la madrugada 18 misiles y 25 drones contra Kiev, según la "
        "Fuerza Aérea ucraniana. Al menos cuatro personas murieron y otras 31 resultaron "
        "heridas.\n\n"
        "«Ha sido uno de los ataques más intensos de los últimos meses», afirmó el alcalde "
        "de la capital, Vitali Klitschko. Varios edificios residenciales resultaron "
        "dañados.\n\n"
        "El ministro de Exteriores ucraniano, Andrí Sibiga, pidió más sistemas de defensa "
        "aérea. «Cada sistema Patriot salva vidas», escribió en redes sociales.",
        (
            q("Ha sido uno de los ataques más intensos de los últimos meses", "Vitali Klitschko"),
            q("Cada sistema Patriot salva vidas", "Andrí Sibiga"),
        ),
        (18, 25, 4, 31),
    ),
    LabelledArticle(
        "es-07",
        "La sequía reduce la cosecha de aceite de oliva",
        "La producción de aceite de oliva caerá un 34 % esta campaña por la sequía, hasta "
        "unas 850.000 toneladas, según las previsiones del sector.\n\n"
        "«Sin lluvias en primavera, el olivo no puede dar fruto», explicó Antonio Molina, "
        "presidente de una cooperativa de Jaén. El precio en origen supera ya los 8 euros por "
        "kilo.\n\n"
        "Según el Sr. Molina, muchos agricultores no podrán cubrir gastos. «Algunos "
        "abandonarán el campo», aseguró.",
        (
            q("Sin lluvias en primavera, el olivo no puede dar fruto", "Antonio Molina"),
            q("Algunos abandonarán el campo", "Antonio Molina"),
        ),
        (34, 850000, 8),
    ),
    LabelledArticle(
        "es-08",
        "El Real Madrid gana la Liga con cuatro jornadas de antelación",
        "El Real Madrid se proclamó campeón de Liga tras vencer por 3-0 al Cádiz, con cuatro "
        "jornadas aún por disputar. Es el título número 36 del club.\n\n"
        "«Este equipo nunca se rinde», dijo el entrenador, Carlo Ancelotti, tras el partido. "
        "Más de 80.000 aficionados celebraron el título en el estadio.\n\n"
        "El capitán, Nacho Fernández, dedicó el triunfo a la afición: «Sin vosotros esto no "
        "sería posible».",
        (
            q("Este equipo nunca se rinde", "Carlo Ancelotti"),
            q("Sin vosotros esto no sería posible", "Nacho Fernández"),
        ),
        (4, 80000),
    ),
    LabelledArticle(
        "es-09",
        "Hacienda recauda un récord de 271.000 millones",
        "La Agencia Tributaria recaudó el año pasado 271.935 millones de euros, un 6,4 % más "
        "que el ejercicio anterior, según los datos publicados este jueves.\n\n"
        "La ministra de Hacienda, Lucía Fernández, atribuyó el aumento al buen momento del "
        "empleo. «No hemos subido los impuestos a la clase media», subrayó.\n\n"
        "Para el economista Javier Morales, el dato tiene truco. «La inflación ha hecho buena "
        "parte del trabajo», indicó Morales, que calcula que el efecto de los precios supera "
        "los 9.000 millones de euros.",
        (
            q("No hemos subido los impuestos a la clase media", "Lucía Fernández"),
            q("La inflación ha hecho buena parte del trabajo", "Javier Morales"),
        ),
        (271935e6, 6.4, 9e9),
    ),
    LabelledArticle(
        "es-10",
        "Las renovables cubren la mitad de la demanda eléctrica",
        "Las energías renovables generaron el 50,3 % de la electricidad consumida en España el "
        "año pasado, según Red Eléctrica. La solar fotovoltaica creció un 27 % y ya aporta "
        "37.000 megavatios de potencia instalada.\n\n"
        "«Hemos superado un umbral histórico», afirmó la presidenta de la compañía, Inés "
        "Salcedo. La empresa prevé invertir mil millones de euros en redes.\n\n"
        "Las asociaciones del sector advierten de los cuellos de botella. «Sin más redes, la "
        "energía limpia se desperdicia», dijo Pablo Herrera, director de una patronal solar.",
        (
            q("Hemos superado un umbral histórico", "Inés Salcedo"),
            q("Sin más redes, la energía limpia se desperdicia", "Pablo Herrera"),
        ),
        (50.3, 27, 37000, 1e9),
    ),
    LabelledArticle(
        "es-11",
        "El precio de la vivienda sube un 9 %",
        "El precio de la vivienda libre subió un 9 % en el segundo trimestre, hasta los 2.150 "
        "euros por metro cuadrado, según el Ministerio de Vivienda.\n\n"
        "La secretaria de Estado de Vivienda, Rosa Méndez, defendió las nuevas ayudas al "
        "alquiler. «Queremos que ningún joven dedique más del 30 % de su sueldo a la vivienda», "
        "afirmó.\n\n"
        "Para el economista Luis Herrero, el problema es la oferta. «Se construyen apenas "
        "90.000 viviendas al año y necesitamos el doble», explicó.",
        (
            q("Queremos que ningún joven dedique más del 30 % de su sueldo a la vivienda", "Rosa Méndez"),
            q("Se construyen apenas 90.000 viviendas al año y necesitamos el doble", "Luis Herrero"),
        ),
        (9, 2150, 30, 90000),
        held_out=True,
    ),
    LabelledArticle(
        "es-12",
        "Una ola de calor deja temperaturas de 44 grados",
        "La Agencia Estatal de Meteorología ha activado el aviso rojo en cinco provincias, "
        "donde se esperan hasta 44 grados este fin de semana.\n\n"
        "«Es un episodio excepcional por su duración», advirtió el portavoz de la agencia, "
        "Rubén del Campo. Los hospitales de Andalucía atendieron 230 casos de golpe de calor "
        "en una semana.\n\n"
        "La consejera de Salud andaluza, María José Sánchez, pidió prudencia a la población. "
        "«Eviten salir en las horas centrales del día», dijo.",
        (
            q("Es un episodio excepcional por su duración", "Rubén del Campo"),
            q("Eviten salir en las horas centrales del día", "María José Sánchez"),
        ),
        (5, 44, 230),
        held_out=True,
    ),
    LabelledArticle(
        "es-13",
        "Telefónica cerrará 40 tiendas",
        "Telefónica cerrará 40 de sus tiendas en España antes de fin de año y recolocará a "
        "unos 300 empleados, según ha comunicado a los sindicatos.\n\n"
        "«Los clientes ya hacen casi todo por internet», aseguró un portavoz de la compañía.\n\n"
        "El sindicato mayoritario exigió garantías. Su delegada, Paula Romero, señaló: «No "
        "aceptaremos ni un solo despido forzoso».",
        (
            q("Los clientes ya hacen casi todo por internet", None),
            q("No aceptaremos ni un solo despido forzoso", "Paula Romero"),
        ),
        (40, 300),
        held_out=True,
    ),
    LabelledArticle(
        "es-14",
        "El Gobierno aprueba la nueva ley de vivienda",
        "El Consejo de Ministros aprobó este martes la nueva ley de vivienda, que limitará las "
        "subidas del alquiler al 3 % anual.\n\n"
        "La ministra de Vivienda, Isabel de la Fuente, defendió la norma: «Garantizar un techo "
        "digno no es una opción, es una obligación».\n\n"
        "«Esta ley va a reducir la oferta de pisos en alquiler», criticó el portavoz del "
        "Partido Popular, Ramón del Olmo. Según la Asociación de Propietarios de Viviendas, «la "
        "intervención del mercado nunca ha funcionado».\n\n"
        "«Es un primer paso, pero llega tarde», lamentó Nuria dos Santos, del Sindicato de "
        "Inquilinas.",
        (
            q("Garantizar un techo digno no es una opción, es una obligación", "Isabel de la Fuente"),
            q("Esta ley va a reducir la oferta de pisos en alquiler", "Ramón del Olmo"),
            q("la intervención del mercado nunca ha funcionado", "Asociación de Propietarios de Viviendas"),
            q("Es un primer paso, pero llega tarde", "Nuria dos Santos"),
        ),
        (3,),
        held_out=True,
    ),
    LabelledArticle(
        "es-15",
        "El Banco de España rebaja su previsión de crecimiento",
        "El Banco de España rebajó este lunes su previsión de crecimiento para este año al "
        "1,8 %, frente al 2 % que calculaba en marzo.\n\n"
        "«La incertidumbre internacional pesa sobre la inversión», advirtió el gobernador, Luis "
        "María de Castro, en una rueda de prensa.\n\n"
        "La Confederación de Empresarios de Andalucía recalcó: «Necesitamos reformas, no más "
        "impuestos».\n\n"
        "«Nuestras cifras son más optimistas», sostuvo el ministro de Economía, Andrés Van Dam, "
        "que insistió en que la economía «sigue creciendo por encima de la media europea».",
        (
            q("La incertidumbre internacional pesa sobre la inversión", "Luis María de Castro"),
            q("Necesitamos reformas, no más impuestos", "Confederación de Empresarios de Andalucía"),
            q("Nuestras cifras son más optimistas", "Andrés Van Dam"),
            q("sigue creciendo por encima de la media europea", "Andrés Van Dam"),
        ),
        (1.8, 2),
        held_out=True,
    ),
    LabelledArticle(
        "es-16",
        "Un incendio calcina 1.200 hectáreas en Ourense",
        "Un incendio forestal ha calcinado más de 1.200 hectáreas en la provincia de Ourense "
        "desde el sábado. Unos 300 vecinos tuvieron que ser desalojados.\n\n"
        "«El fuego está estabilizado, pero no controlado», subrayó el consejero de Medio Rural, "
        "José Ángel de la Peña. Según Protección Civil, «la situación mejorará con la llegada "
        "de las lluvias».\n\n"
        "«Lo hemos perdido todo en una sola noche», relató Carmen Del Río, vecina de "
        "Vilariño.\n\n"
        "El alcalde de la localidad, Manuel de Andrés, criticó la falta de medios: «Llevamos años "
        "pidiendo más brigadas».",
        (
            q("El fuego está estabilizado, pero no controlado", "José Ángel de la Peña"),
            q("la situación mejorará con la llegada de las lluvias", "Protección Civil"),
            q("Lo hemos perdido todo en una sola noche", "Carmen Del Río"),
            q("Llevamos años pidiendo más brigadas", "Manuel de Andrés"),
        ),
        (1200, 300),
        held_out=True,
    ),
    LabelledArticle(
        "es-17",
        "Huelga de médicos de familia en Madrid",
        "Los médicos de atención primaria de Madrid iniciaron este lunes una huelga indefinida. "
        "Según el sindicato convocante, el seguimiento superó el 70 %.\n\n"
        "«No podemos atender a 60 pacientes al día con un mínimo de calidad», denunció la "
        "portavoz del sindicato, Ana María de los Ríos.\n\n"
        "La consejera de Sanidad, Lucía Fernández del Pino, ha asegurado que «la negociación "
        "sigue abierta». «Los pacientes son los grandes perjudicados», lamentó la Federación de "
        "Asociaciones de Pacientes.",
        (
            q("No podemos atender a 60 pacientes al día con un mínimo de calidad", "Ana María de los Ríos"),
            q("la negociación sigue abierta", "Lucía Fernández del Pino"),
            q("Los pacientes son los grandes perjudicados", "Federación de Asociaciones de Pacientes"),
        ),
        (70, 60),
        held_out=True,
    ),
    LabelledArticle(
        "es-18",
        "El Barcelona presenta a su nuevo fichaje",
        "El FC Barcelona presentó este martes a su nuevo centrocampista, por el que ha pagado 45 "
        "millones de euros.\n\n"
        "«Es un sueño hecho realidad», dijo el jugador, Marcos Van der Berg, ante unos 3.000 "
        "aficionados. El director deportivo, Jordi Puig i Serra, explicó: «Llevábamos dos años "
        "detrás de él».\n\n"
        "Según Mundo Deportivo, «el contrato incluye una cláusula de 500 millones».",
        (
            q("Es un sueño hecho realidad", "Marcos Van der Berg"),
            q("Llevábamos dos años detrás de él", "Jordi Puig i Serra"),
            q("el contrato incluye una cláusula de 500 millones", "Mundo Deportivo"),
        ),
        (45e6, 3000, 2, 500e6),
        held_out=True,
    ),
    LabelledArticle(
        "es-19",
        "El Gobierno aprueba la reducción de la jornada laboral",
        "El Consejo de Ministros aprobó este martes el anteproyecto de ley que reduce la jornada "
        "laboral máxima de 40 a 37,5 horas semanales. La medida afectará a unos 12 millones de "
        "trabajadores del sector privado.\n\n"
        "«Es un día histórico para la clase trabajadora de este país», proclamó la vicepresidenta "
        "segunda y ministra de Trabajo, Rocío Valdés de la Fuente, en la rueda de prensa "
        "posterior. «Trabajar menos no significa producir menos».\n\n"
        "La patronal CEOE rechazó la norma en un comunicado. «Se ha aprobado sin acuerdo y pondrá "
        "en riesgo a miles de pequeñas empresas», advirtió la organización.\n\n"
        "El secretario general de UGT, Ramón Ferrer i Vidal, pidió celeridad en la tramitación "
        "parlamentaria. Según él, la reducción «no puede esperar otro año más».\n\n"
        "Por su parte, la portavoz del PP en el Congreso, Carmen Olmedo, calificó la medida de "
        "«propaganda» y anunció que su grupo presentará una enmienda a la totalidad. «El Gobierno "
        "legisla de espaldas a los autónomos», dijo.",
        (
            q("Es un día histórico para la clase trabajadora de este país", "Rocío Valdés de la Fuente"),
            q("Trabajar menos no significa producir menos", "Rocío Valdés de la Fuente"),
            q("Se ha aprobado sin acuerdo y pondrá en riesgo a miles de pequeñas empresas", "CEOE"),
            q("no puede esperar otro año más", "Ramón Ferrer i Vidal"),
            q("El Gobierno legisla de espaldas a los autónomos", "Carmen Olmedo"),
        ),
        (40, 37.5, 12e6),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "es-20",
        "Argentina: la inflación de marzo fue de 3,7 %",
        "La inflación de Argentina se ubicó en 3,7 % en marzo, según informó este viernes el "
        "Instituto Nacional de Estadística y Censos (Indec). En los últimos doce meses, los "
        "precios acumularon una suba del 55,9 %.\n\n"
        "“Estamos en el camino correcto, pero todavía falta”, dijo el ministro de Economía, "
        "Martín Echeverría Paz, en una entrevista radial. El funcionario aseguró que el Gobierno "
        "espera que la inflación mensual baje del 2 % antes de fin de año.\n\n"
        "La economista Valeria Sosa, de la consultora Ecolatina, fue más cauta. “Los salarios "
        "siguen perdiendo frente a los precios, y eso se nota en el consumo”, explicó a este "
        "diario. Según sus cálculos, las ventas minoristas cayeron un 8 % interanual.\n\n"
        "Desde la Confederación General del Trabajo (CGT) advirtieron que no descartan un paro "
        "nacional. “Los jubilados y los trabajadores no pueden seguir pagando el ajuste”, señaló "
        "el dirigente Héctor Giménez.\n\n"
        "“El dato es alentador, pero la canasta básica ya supera los 900.000 pesos”, agregó.",
        (
            q("Estamos en el camino correcto, pero todavía falta", "Martín Echeverría Paz"),
            q(
                "Los salarios siguen perdiendo frente a los precios, y eso se nota en el consumo",
                "Valeria Sosa",
            ),
            q("Los jubilados y los trabajadores no pueden seguir pagando el ajuste", "Héctor Giménez"),
            q("El dato es alentador, pero la canasta básica ya supera los 900.000 pesos", "Héctor Giménez"),
        ),
        (3.7, 12, 55.9, 2, 8, 900000),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "es-21",
        "Un incendio en Tenerife obliga a desalojar a 3.000 vecinos",
        "Un incendio forestal declarado el domingo en el norte de Tenerife ha calcinado ya unas "
        "4.200 hectáreas y ha obligado a desalojar a más de 3.000 vecinos de cinco "
        "municipios.\n\n"
        "El presidente del Cabildo, Fernando Cabrera, compareció a primera hora de la mañana "
        "junto a los responsables del operativo. «La noche ha sido muy complicada. El viento ha "
        "cambiado de dirección varias veces y el fuego ha saltado dos cortafuegos», relató.\n\n"
        "Cerca de 400 efectivos y 14 medios aéreos trabajan en la extinción. La portavoz de "
        "Emergencias de Canarias, Nuria del Castillo, pidió a la población que siga las "
        "indicaciones. «No es momento de volver a casa a por nada. Las carreteras deben quedar "
        "libres para los equipos», insistió.\n\n"
        "Los vecinos desalojados pasan la noche en pabellones deportivos. «Salimos con lo "
        "puesto, sin saber si mañana tendremos casa», contaba entre lágrimas Dolores Méndez, "
        "vecina de La Matanza.\n\n"
        "La Agencia Estatal de Meteorología (Aemet) prevé que las temperaturas superen los 38 "
        "grados el martes. «Las condiciones seguirán siendo muy desfavorables», avisó la agencia.",
        (
            q(
                "La noche ha sido muy complicada. El viento ha cambiado de dirección varias veces y el "
                "fuego ha saltado dos cortafuegos",
                "Fernando Cabrera",
            ),
            q(
                "No es momento de volver a casa a por nada. Las carreteras deben quedar libres para "
                "los equipos",
                "Nuria del Castillo",
            ),
            q("Salimos con lo puesto, sin saber si mañana tendremos casa", "Dolores Méndez"),
            q("Las condiciones seguirán siendo muy desfavorables", "Agencia Estatal de Meteorología"),
        ),
        (4200, 3000, 5, 2, 400, 14, 38),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "es-22",
        "Ciudad de México amplía la Línea 12 del Metro",
        "El Gobierno de la Ciudad de México inauguró este sábado la ampliación de la Línea 12 "
        "del Metro, con cuatro nuevas estaciones y una inversión de 2.800 millones de pesos.\n\n"
        "La jefa de Gobierno, Patricia De la Garza Montiel, encabezó el recorrido inaugural. "
        "“Esta obra va a beneficiar a más de 250.000 personas todos los días”, afirmó. “Es una "
        "deuda que teníamos con el oriente de la ciudad.”\n\n"
        "Ella aseguró que los trenes pasarán cada cuatro minutos en hora pico.\n\n"
        "Sin embargo, el diputado opositor Arturo Sandoval cuestionó los plazos. “Se inaugura con "
        "prisas, a pocos meses de las elecciones, y sin los dictámenes de seguridad completos”, "
        "sostuvo el legislador.\n\n"
        "De acuerdo con el Sistema de Transporte Colectivo, el tramo mide 4,6 kilómetros. Su "
        "director, Eduardo Villaseñor, detalló: “Hicimos 1.200 pruebas antes de abrir al "
        "público”.",
        (
            q("Esta obra va a beneficiar a más de 250.000 personas todos los días", "Patricia De la Garza Montiel"),
            q("Es una deuda que teníamos con el oriente de la ciudad.", "Patricia De la Garza Montiel"),
            q(
                "Se inaugura con prisas, a pocos meses de las elecciones, y sin los dictámenes de "
                "seguridad completos",
                "Arturo Sandoval",
            ),
            q("Hicimos 1.200 pruebas antes de abrir al público", "Eduardo Villaseñor"),
        ),
        (4, 2.8e9, 250000, 4, 4.6, 1200),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "es-23",
        "Sevilla limita los pisos turísticos en el centro histórico",
        "El Ayuntamiento de Sevilla aprobó este jueves una modificación urbanística que prohíbe "
        "nuevas viviendas de uso turístico en 12 barrios del centro. La ciudad cuenta con más "
        "de 9.500 pisos turísticos registrados.\n\n"
        "«Queremos que los sevillanos puedan seguir viviendo en su ciudad», declaró el "
        "delegado de Urbanismo, Juan de la Rosa Albarrán, tras el pleno. Según sus datos, el "
        "alquiler en el casco antiguo ha subido un 41 % en cinco años.\n\n"
        "La Asociación de Viviendas Turísticas de Andalucía anunció que recurrirá la medida "
        "ante los tribunales. «Se criminaliza a miles de pequeños propietarios», lamentó su "
        "presidenta, Carmen Lozano.\n\n"
        "Los vecinos del barrio de Santa Cruz celebraron la decisión. «Aquí ya no queda nadie "
        "que compre el pan por la mañana», resumió uno de ellos.",
        (
            q("Queremos que los sevillanos puedan seguir viviendo en su ciudad", "Juan de la Rosa Albarrán"),
            q("Se criminaliza a miles de pequeños propietarios", "Carmen Lozano"),
            q("Aquí ya no queda nadie que compre el pan por la mañana", None),
        ),
        (12, 9500, 41, 5),
        held_out=True,
        batch="fresh28b",
    ),
    LabelledArticle(
        "es-24",
        "Chile: el Senado aprueba la reforma de pensiones",
        "El Senado de Chile aprobó este miércoles la reforma del sistema de pensiones con 26 "
        "votos a favor y 15 en contra. La ley eleva la cotización a cargo de los empleadores "
        "en 7 puntos porcentuales de forma gradual.\n\n"
        "“Hoy saldamos una deuda histórica con los jubilados de Chile”, afirmó la ministra del "
        "Trabajo, Jeannette Rivas Aguilera, visiblemente emocionada. “Ningún pensionado va a "
        "recibir menos de lo que recibe hoy”, añadió.\n\n"
        "La oposición votó dividida. El senador Matías Undurraga justificó su voto en contra: "
        "“Esta reforma encarece el empleo formal en un momento muy delicado”.\n\n"
        "De acuerdo con la Superintendencia de Pensiones, unos 2,1 millones de jubilados verán "
        "aumentada su pensión a partir del próximo año.",
        (
            q("Hoy saldamos una deuda histórica con los jubilados de Chile", "Jeannette Rivas Aguilera"),
            q("Ningún pensionado va a recibir menos de lo que recibe hoy", "Jeannette Rivas Aguilera"),
            q("Esta reforma encarece el empleo formal en un momento muy delicado", "Matías Undurraga"),
        ),
        (26, 15, 7, 2.1e6),
        held_out=True,
        batch="fresh28b",
    ),
    LabelledArticle(
        "es-25",
        "Sequía: Cataluña declara la emergencia en Barcelona",
        "El Gobierno catalán declaró este jueves el estado de emergencia por sequía en Barcelona "
        "y otros 201 municipios, donde viven unos 6 millones de personas. Los embalses de las "
        "cuencas internas están al 15 % de su capacidad.\n\n"
        "«Estamos ante la peor sequía desde que hay registros», afirmó el conseller de Acción "
        "Climática, David Mascort-Ribas, en rueda de prensa. A partir de ahora el consumo máximo "
        "por habitante será de 200 litros diarios.\n\n"
        "La patronal Foment del Treball advirtió de los efectos sobre la industria. «Muchas "
        "empresas tendrán que reducir la producción», alertó la organización en un comunicado."
        "\n\n"
        "Los agricultores, que deberán recortar el riego en un 80 %, se sienten abandonados. «Nos "
        "piden sacrificios a nosotros mientras los campos de golf siguen verdes», denunció Joan "
        "Carles Vives, portavoz de Unió de Pagesos.\n\n"
        "El teniente de alcalde Albert Batlle-Soler pidió calma: «El agua del grifo está "
        "garantizada».",
        (
            q("Estamos ante la peor sequía desde que hay registros", "David Mascort-Ribas"),
            q("Muchas empresas tendrán que reducir la producción", "Foment del Treball"),
            q(
                "Nos piden sacrificios a nosotros mientras los campos de golf siguen verdes",
                "Joan Carles Vives",
            ),
            q("El agua del grifo está garantizada", "Albert Batlle-Soler"),
        ),
        (201, 6e6, 15, 200, 80),
        held_out=True,
        batch="fresh28c",
    ),
    LabelledArticle(
        "es-26",
        "Las urgencias de Madrid, colapsadas por la gripe",
        "Los hospitales de la Comunidad de Madrid registraron el lunes más de 9.000 visitas a "
        "urgencias, un 30 % más que hace una semana, por el pico de gripe. En algunos centros los "
        "pacientes esperaron más de 12 horas para ser atendidos.\n\n"
        "«Hay compañeros que encadenan turnos de 24 horas; esto no es sostenible», lamentó Julián "
        "Etxeberria-Vidal, secretario general del sindicato médico Amyts.\n\n"
        "La consejera de Sanidad, Fátima Olmedo-Ruiz, defendió la gestión del Gobierno regional. "
        "La responsable sanitaria aseguró que se han abierto 400 camas adicionales y pidió a la "
        "población que acuda primero a su centro de salud. «Las urgencias hospitalarias son para "
        "lo que es urgente», recordó.\n\n"
        "Desde la oposición, la portavoz de Más Madrid, Mónica Galván-Prats, calificó la "
        "situación de «absolutamente previsible». Según ella, el Ejecutivo «ha ignorado todas las "
        "alertas».\n\n"
        "«Llevo desde las ocho de la mañana aquí con mi padre», contaba a las puertas del Hospital "
        "La Paz una mujer de 52 años.",
        (
            q("Hay compañeros que encadenan turnos de 24 horas; esto no es sostenible", "Julián Etxeberria-Vidal"),
            q("Las urgencias hospitalarias son para lo que es urgente", "Fátima Olmedo-Ruiz"),
            q("absolutamente previsible", "Mónica Galván-Prats"),
            q("ha ignorado todas las alertas", "Mónica Galván-Prats"),
            q("Llevo desde las ocho de la mañana aquí con mi padre", None),
        ),
        (9000, 30, 12, 24, 400),
        held_out=True,
        batch="fresh28c",
    ),
    LabelledArticle(
        "es-27",
        "Argentina: la inflación de marzo fue del 3,7 %",
        "La inflación en Argentina fue del 3,7 % en marzo, informó este viernes el Instituto "
        "Nacional de Estadística y Censos (Indec). En los últimos 12 meses los precios acumulan "
        "una suba del 55,9 %.\n\n"
        "“Estamos en el camino correcto, la desaceleración es indiscutible”, celebró el ministro "
        "de Economía, Ricardo Aldao-Paz, en su cuenta de X.\n\n"
        "Los economistas son más cautos. “El dato es bueno, pero los salarios siguen perdiendo "
        "contra los precios”, advirtió la economista Laura Sancassani, de la consultora Ecolatina. "
        "Según sus cálculos, el poder adquisitivo cayó un 4 % desde diciembre.\n\n"
        "La CGT, por su parte, convocó a una movilización para el jueves. “Los trabajadores no "
        "llegan a fin de mes”, sostuvo la central obrera en un comunicado.\n\n"
        "En un supermercado del barrio porteño de Caballito, una jubilada resumió: “Antes llenaba "
        "el changuito con 20.000 pesos; ahora ya no me alcanza”.",
        (
            q("Estamos en el camino correcto, la desaceleración es indiscutible", "Ricardo Aldao-Paz"),
            q(
                "El dato es bueno, pero los salarios siguen perdiendo contra los precios",
                "Laura Sancassani",
            ),
            q("Los trabajadores no llegan a fin de mes", "CGT"),
            q("Antes llenaba el changuito con 20.000 pesos; ahora ya no me alcanza", None),
        ),
        (3.7, 12, 55.9, 4, 20000),
        held_out=True,
        batch="fresh28c",
    ),
    LabelledArticle(
        "es-28",
        "La plantilla de Seat en Martorell aprueba el nuevo convenio",
        "Los trabajadores de la planta de Seat en Martorell votaron este jueves a favor de un "
        "nuevo convenio que incluye una subida salarial del 11 % en tres años. El acuerdo afecta a "
        "unos 10.500 empleados.\n\n"
        "«Es el mejor convenio que hemos firmado en mucho tiempo», afirmó el presidente del comité "
        "de empresa, Josep Maria Puigdollers, tras conocer el resultado. El 78 % de la plantilla "
        "respaldó el texto.\n\n"
        "CGT, que votó en contra, criticó que el convenio «no recupera el poder adquisitivo "
        "perdido». «La subida se la comerá la inflación», sostuvo el sindicato.\n\n"
        "Por parte de la empresa, el vicepresidente de Recursos Humanos de Seat, Xavier "
        "Ollé-Casals, calificó el pacto de «equilibrado». «Nos da estabilidad para afrontar la "
        "llegada del coche eléctrico», añadió.\n\n"
        "Montse Pujadas, de 52 años y operaria en la línea de montaje, votó sí «por "
        "responsabilidad, no por entusiasmo».",
        (
            q("Es el mejor convenio que hemos firmado en mucho tiempo", "Josep Maria Puigdollers"),
            q("no recupera el poder adquisitivo perdido", "CGT"),
            q("La subida se la comerá la inflación", "CGT"),
            q("Nos da estabilidad para afrontar la llegada del coche eléctrico", "Xavier Ollé-Casals"),
            q("por responsabilidad, no por entusiasmo", "Montse Pujadas"),
        ),
        (11, 3, 10500, 78),
        held_out=True,
        batch="fresh29",
    ),
    LabelledArticle(
        "es-29",
        "Santiago registra la temperatura más alta de su historia",
        "Santiago de Chile registró este lunes la temperatura más alta de su historia: 38,9 grados "
        "en la estación de Quinta Normal. Las autoridades decretaron alerta roja en 12 comunas de "
        "la región Metropolitana.\n\n"
        "“Nunca habíamos visto algo así en el mes de enero”. Así lo afirmó la directora de la "
        "Dirección Meteorológica de Chile, Ximena Catrileo, quien anticipó que el calor extremo se "
        "mantendrá al menos hasta el jueves.\n\n"
        "La Asociación Chilena de Municipalidades pidió recursos urgentes. “Los municipios no "
        "tenemos cómo habilitar más refugios climáticos”, advirtió la entidad en una "
        "declaración.\n\n"
        "En el Hospital Sótero del Río, las consultas por golpes de calor se dispararon. "
        "“Atendimos a más de 200 personas en un solo día, la mayoría adultos mayores”, relató el "
        "jefe de urgencias, Yerko Mardones Illanes. Él pidió a la población hidratarse y evitar "
        "salir en las horas de más calor.\n\n"
        "“Mi abuela de 81 años no tiene aire acondicionado y ya se desmayó una vez”, contó Camila, "
        "vecina de La Pintana.",
        (
            q("Nunca habíamos visto algo así en el mes de enero", "Ximena Catrileo"),
            q(
                "Los municipios no tenemos cómo habilitar más refugios climáticos",
                "Asociación Chilena de Municipalidades",
            ),
            q(
                "Atendimos a más de 200 personas en un solo día, la mayoría adultos mayores",
                "Yerko Mardones Illanes",
            ),
            q("Mi abuela de 81 años no tiene aire acondicionado y ya se desmayó una vez", "Camila"),
        ),
        (38.9, 12, 200),
        held_out=True,
        batch="fresh29",
    ),
    LabelledArticle(
        "es-30",
        "Sevilla aprueba una tasa turística de 2 euros por noche",
        "El Ayuntamiento de Sevilla aprobó este miércoles una tasa turística de 2 euros por noche "
        "que entrará en vigor en enero. El consistorio prevé recaudar unos 18 millones de euros "
        "al año.\n\n"
        "«Queremos que el turismo siga siendo una oportunidad», explicó el alcalde, José Luis "
        "Arjona Benítez, «pero también que los sevillanos puedan seguir viviendo en el "
        "centro».\n\n"
        "La Federación Provincial de Hoteles calificó la medida de «error histórico». «Sevilla "
        "compite con Málaga y Córdoba, que no cobran nada», señaló su presidenta, María José "
        "Valverde-Ruiz.\n\n"
        "El casco histórico ha perdido 3.200 habitantes en ocho años, según la Federación de "
        "Asociaciones Vecinales. «Se nos van los vecinos y llegan las maletas», lamentó la "
        "organización.\n\n"
        "El portavoz del PSOE municipal, Íñigo Salcedo Barea, cree que la tasa llega tarde. "
        "«Llevamos cuatro años pidiéndola», recordó.",
        (
            q("Queremos que el turismo siga siendo una oportunidad", "José Luis Arjona Benítez"),
            q(
                "pero también que los sevillanos puedan seguir viviendo en el centro",
                "José Luis Arjona Benítez",
            ),
            q("error histórico", "Federación Provincial de Hoteles"),
            q("Sevilla compite con Málaga y Córdoba, que no cobran nada", "María José Valverde-Ruiz"),
            q("Se nos van los vecinos y llegan las maletas", "Federación de Asociaciones Vecinales"),
            q("Llevamos cuatro años pidiéndola", "Íñigo Salcedo Barea"),
        ),
        (2, 18e6, 3200, 8, 4),
        held_out=True,
        batch="fresh29",
    ),
    LabelledArticle(
        "es-31",
        "Camioneros bloquean los accesos a Bogotá",
        "Cientos de camioneros bloquearon este lunes los principales accesos a Bogotá en protesta "
        "por el alza del 15 % en el precio del diésel.\n\n"
        "«No vamos a levantar el paro hasta que el Gobierno se siente a negociar», dijo el vocero "
        "de la Asociación Colombiana de Camioneros, Juan Pablo Rendón Arango.\n\n"
        "El Ministerio de Transporte aseguró que mantiene abierto el diálogo. «Hemos convocado a "
        "los gremios para el miércoles», indicó la cartera en un comunicado.\n\n"
        "La ministra, Ángela María Ospina, defendió la medida: «El subsidio al diésel le cuesta al "
        "país 8 billones de pesos al año».\n\n"
        "«Llevo dos días sin poder entregar la carga», contó Wilson Cárdenas, de 47 años, "
        "conductor desde hace 20 años.",
        (
            q(
                "No vamos a levantar el paro hasta que el Gobierno se siente a negociar",
                "Juan Pablo Rendón Arango",
            ),
            q("Hemos convocado a los gremios para el miércoles", "Ministerio de Transporte"),
            q("El subsidio al diésel le cuesta al país 8 billones de pesos al año", "Ángela María Ospina"),
            q("Llevo dos días sin poder entregar la carga", "Wilson Cárdenas"),
        ),
        (15, 8e12, 2, 20),
        held_out=True,
        batch="fresh29b",
    ),
    LabelledArticle(
        "es-32",
        "La lista de espera quirúrgica en Andalucía alcanza los 190.000 pacientes",
        "La lista de espera quirúrgica en Andalucía alcanzó en junio los 190.000 pacientes, un 6 % "
        "más que hace un año, según datos del Servicio Andaluz de Salud (SAS).\n\n"
        "«Estamos haciendo más operaciones que nunca, pero la demanda crece más deprisa», afirmó "
        "el consejero de Salud, Francisco Javier Lucena. «El año que viene contrataremos a 400 "
        "profesionales más».\n\n"
        "El Sindicato Médico Andaluz discrepa. «Faltan especialistas porque se van a otras "
        "comunidades donde les pagan mejor», denunció su portavoz, Rocío Amezcua.\n\n"
        "Según la asociación El Defensor del Paciente, la espera media supera los 140 días. «Hay "
        "gente que muere esperando una prueba», alertó la entidad.",
        (
            q(
                "Estamos haciendo más operaciones que nunca, pero la demanda crece más deprisa",
                "Francisco Javier Lucena",
            ),
            q("El año que viene contrataremos a 400 profesionales más", "Francisco Javier Lucena"),
            q(
                "Faltan especialistas porque se van a otras comunidades donde les pagan mejor",
                "Rocío Amezcua",
            ),
            q("Hay gente que muere esperando una prueba", "Defensor del Paciente"),
        ),
        (190000, 6, 400, 140),
        held_out=True,
        batch="fresh29b",
    ),
    LabelledArticle(
        "es-33",
        "Alcalá del Río aprueba un presupuesto de 48,5 millones",
        "El Ayuntamiento de Alcalá del Río aprobó este martes un presupuesto de 48,5 millones de "
        "euros para 2026, un 6% más que el año anterior, con los votos del gobierno municipal y la "
        "abstención de la oposición.\n\n"
        "“Son unas cuentas pensadas para los barrios”, defendió la alcaldesa, Rocío Valderrama, "
        "durante el pleno.\n\n"
        "El portavoz del grupo popular, Íñigo Zubiría, criticó que el capítulo de inversiones “se "
        "quede en papel mojado”. Según Zubiría, “el año pasado solo se ejecutó el 40% de lo "
        "presupuestado”.\n\n"
        "“No vamos a votar en contra de mejorar las calles”, explicó, “pero tampoco vamos a dar un "
        "cheque en blanco”.\n\n"
        "La Federación de Asociaciones Vecinales reclamó en un comunicado “más dinero para el "
        "transporte público”.",
        (
            q("Son unas cuentas pensadas para los barrios", "Rocío Valderrama"),
            q("se quede en papel mojado", "Íñigo Zubiría"),
            q("el año pasado solo se ejecutó el 40% de lo presupuestado", "Íñigo Zubiría"),
            q("No vamos a votar en contra de mejorar las calles", "Íñigo Zubiría"),
            q("pero tampoco vamos a dar un cheque en blanco", "Íñigo Zubiría"),
            q("más dinero para el transporte público", "Federación de Asociaciones Vecinales"),
        ),
        (48.5e6, 6, 40),
        held_out=True,
        batch="fresh30",
    ),
    LabelledArticle(
        "es-34",
        "El Almenara asciende a Primera RFEF",
        "El Club Deportivo Almenara consiguió el ascenso a Primera RFEF tras empatar 1-1 en el "
        "campo del Atlético Sanluqueño ante más de 6.000 espectadores.\n\n"
        "«Es el día más feliz de mi vida deportiva», confesó entre lágrimas el capitán, José Manuel "
        "Carrasco Peña, de 34 años.\n\n"
        "El técnico, Abel Quintanilla, dedicó el ascenso a la afición: «Ellos han estado con "
        "nosotros en los peores momentos».\n\n"
        "—¿Y ahora qué? —le preguntaron al presidente del club, Fermín Osuna.\n\n"
        "—Ahora toca consolidarnos. Tenemos un presupuesto de 2,1 millones y no vamos a hacer "
        "locuras —respondió.",
        (
            q("Es el día más feliz de mi vida deportiva", "José Manuel Carrasco Peña"),
            q("Ellos han estado con nosotros en los peores momentos", "Abel Quintanilla"),
            q("¿Y ahora qué?", None),
            q(
                "Ahora toca consolidarnos. Tenemos un presupuesto de 2,1 millones y no vamos a "
                "hacer locuras",
                "Fermín Osuna",
            ),
        ),
        (6000, 2.1e6),
        held_out=True,
        batch="fresh30",
    ),
    LabelledArticle(
        "es-35",
        "Cinco años de cárcel para el exgerente de una cooperativa",
        "La Audiencia Provincial de Zaragoza ha condenado a cinco años de prisión al exgerente de "
        "la cooperativa agrícola Campos del Ebro por apropiarse de 730.000 euros de los socios.\n\n"
        "«Nos ha robado a todos, pero sobre todo a los más mayores», lamentó Encarnación Lasheras, "
        "una de las 212 socias afectadas.\n\n"
        "La defensa recurrirá. «La sentencia no valora las pruebas periciales que presentamos», "
        "aseguró su abogado, Rubén Escartín, quien anunció un recurso ante el Supremo.\n\n"
        "El actual presidente de la cooperativa, Mariano Gil, pidió «pasar página». «Hemos "
        "recuperado unos 150.000 euros y seguiremos reclamando el resto», añadió.",
        (
            q("Nos ha robado a todos, pero sobre todo a los más mayores", "Encarnación Lasheras"),
            q("La sentencia no valora las pruebas periciales que presentamos", "Rubén Escartín"),
            q("pasar página", "Mariano Gil"),
            q("Hemos recuperado unos 150.000 euros y seguiremos reclamando el resto", "Mariano Gil"),
        ),
        (5, 730000, 212, 150000),
        held_out=True,
        batch="fresh30",
    ),
    LabelledArticle(
        "es-36",
        "El incendio de la sierra de Gata supera las 3.500 hectáreas",
        "Un incendio forestal declarado el martes en la sierra de Gata (Cáceres) ha arrasado ya "
        "más de 3.500 hectáreas y obligó a desalojar a unos 1.200 vecinos de tres localidades.\n\n"
        "«Ha sido una noche muy complicada por los cambios de viento», explicó el director del "
        "Plan Infoex, Ismael Castellano Durán, que calificó la situación de «estable pero "
        "delicada».\n\n"
        "La presidenta de la Junta de Extremadura, Begoña Cidoncha, visitó el puesto de mando "
        "avanzado. «Lo primero son las personas; después ya hablaremos de daños», dijo a los "
        "periodistas.\n\n"
        "Vecinos de Hoyos pasaron la noche en el polideportivo. «Salimos con lo puesto, sin tiempo "
        "para coger nada», relataba Petra Iglesias, de 78 años.\n\n"
        "En las labores participan 24 medios aéreos y más de 300 efectivos, según la Junta.",
        (
            q("Ha sido una noche muy complicada por los cambios de viento", "Ismael Castellano Durán"),
            q("estable pero delicada", "Ismael Castellano Durán"),
            q("Lo primero son las personas; después ya hablaremos de daños", "Begoña Cidoncha"),
            q("Salimos con lo puesto, sin tiempo para coger nada", "Petra Iglesias"),
        ),
        (3500, 1200, 3, 24, 300),
        held_out=True,
        batch="fresh30b",
    ),
    LabelledArticle(
        "es-37",
        "Los docentes aragoneses irán a la huelga en octubre",
        "Los sindicatos de la enseñanza pública de Aragón han convocado cuatro jornadas de huelga en "
        "octubre para reclamar la bajada de la ratio a 20 alumnos por aula.\n\n"
        "«No pedimos nada que no se haya prometido ya», aseguró el secretario general de CCOO "
        "Enseñanza, Javier Lahuerta.\n\n"
        "El consejero de Educación, Agustín Lacasa, defendió su gestión: «La ratio ya se ha reducido "
        "en Infantil y seguiremos en Primaria». El departamento ha contratado a 450 docentes más "
        "este curso.\n\n"
        "La Federación de Asociaciones de Madres y Padres (FAPAR) apoya la huelga. «Nuestros hijos "
        "estudian en barracones», denunció su presidenta, Carmen Ariño.",
        (
            q("No pedimos nada que no se haya prometido ya", "Javier Lahuerta"),
            q("La ratio ya se ha reducido en Infantil y seguiremos en Primaria", "Agustín Lacasa"),
            q("Nuestros hijos estudian en barracones", "Carmen Ariño"),
        ),
        (4, 20, 450),
        held_out=True,
        batch="fresh30b",
    ),
    LabelledArticle(
        "es-38",
        "El alquiler en Valencia sube un 14,2 % en un año",
        "El precio del alquiler en Valencia ha subido un 14,2 % en el último año, hasta los 13,8 "
        "euros por metro cuadrado, según el último informe del portal Vivendo.\n\n"
        "«Ya no es solo un problema de los jóvenes; ahora también afecta a familias con dos "
        "sueldos», explicó la portavoz del Sindicato de Inquilinas de Valencia, Marta Puchades.\n\n"
        "El concejal de Vivienda, Jorge Bellver, defendió las medidas del Ayuntamiento. Según él, "
        "«este año se entregarán 600 viviendas de alquiler asequible».\n\n"
        "Los propietarios lo ven de otra manera. «Con más intervención, habrá menos pisos en el "
        "mercado», advirtió el presidente de la Asociación de Propietarios de Valencia, Vicente "
        "Lluch.",
        (
            q(
                "Ya no es solo un problema de los jóvenes; ahora también afecta a familias con dos sueldos",
                "Marta Puchades",
            ),
            q("este año se entregarán 600 viviendas de alquiler asequible", "Jorge Bellver"),
            q("Con más intervención, habrá menos pisos en el mercado", "Vicente Lluch"),
        ),
        (14.2, 13.8, 2, 600),
        held_out=True,
        batch="fresh30c",
    ),
    LabelledArticle(
        "es-39",
        "Once heridos al salirse de la vía un autobús en Motril",
        "Un autobús con 43 pasajeros se salió de la vía el domingo en la A-7 a la altura de Motril "
        "(Granada). Once personas resultaron heridas, dos de ellas graves.\n\n"
        "—Oímos un golpe y el autobús empezó a dar bandazos —relató una de las pasajeras, Carmen "
        "Rosa Villalba, de 67 años.\n\n"
        "El subdelegado del Gobierno en Granada, Fermín Ortega Salas, se desplazó al lugar. «Todo "
        "apunta a un reventón de una rueda, pero la investigación sigue abierta», señaló.\n\n"
        "La empresa propietaria, Autocares Alhambra, aseguró en un comunicado que el vehículo «había "
        "pasado la inspección hace tres meses».",
        (
            q("Oímos un golpe y el autobús empezó a dar bandazos", "Carmen Rosa Villalba"),
            q(
                "Todo apunta a un reventón de una rueda, pero la investigación sigue abierta",
                "Fermín Ortega Salas",
            ),
            q("había pasado la inspección hace tres meses", "Autocares Alhambra"),
        ),
        (43, 11, 2, 3),
        held_out=True,
        batch="fresh30c",
    ),
    LabelledArticle(
        "es-40",
        "El Guadalmar gana al Alcaraz y se coloca segundo",
        "El Club Atlético Guadalmar venció 2-0 al Deportivo Alcaraz y se coloca segundo en la "
        "clasificación con 41 puntos, a tres del líder.\n\n"
        "«Hemos hecho un partido muy serio, sin conceder nada», valoró el entrenador, Sergio "
        "Montañés Gil.\n\n"
        "El autor del primer gol, el delantero Iñaki Etxebarria, dedicó el tanto a su abuela, "
        "fallecida la semana pasada. «Sé que me estaba viendo», dijo emocionado.\n\n"
        "Por parte del Alcaraz, su técnico lamentó las ocasiones falladas: «Si marcamos la primera, "
        "el partido es otro».\n\n"
        "Asistieron al encuentro 12.300 espectadores.",
        (
            q("Hemos hecho un partido muy serio, sin conceder nada", "Sergio Montañés Gil"),
            q("Sé que me estaba viendo", "Iñaki Etxebarria"),
            q("Si marcamos la primera, el partido es otro", None),
        ),
        (41, 3, 12300),
        held_out=True,
        batch="fresh30d",
    ),
    LabelledArticle(
        "es-41",
        "Jaén prevé 520.000 toneladas de aceite",
        "Los productores de aceite de oliva de Jaén prevén una cosecha de 520.000 toneladas, un 30 % "
        "más que la campaña anterior, según las estimaciones de la Junta de Andalucía.\n\n"
        "«Después de dos años de sequía, por fin vemos los olivos cargados», afirmó el presidente de "
        "la cooperativa San Isidro de Baeza, Antonio Javier Molina.\n\n"
        "La organización agraria COAG advirtió, no obstante, de que los precios en origen ya han "
        "caído un 20 %. «Si el precio sigue bajando, muchos no cubrirán costes», alertó su "
        "secretario provincial, Manuel Ortega Lupión.",
        (
            q("Después de dos años de sequía, por fin vemos los olivos cargados", "Antonio Javier Molina"),
            q("Si el precio sigue bajando, muchos no cubrirán costes", "Manuel Ortega Lupión"),
        ),
        (520000, 30, 2, 20),
        held_out=True,
        batch="fresh30d",
    ),
    LabelledArticle(
        "es-42",
        "Canarias aprueba la ley de vivienda vacacional",
        "El Parlamento de Canarias aprobó este jueves, con 38 votos a favor y 32 en contra, la ley de "
        "vivienda vacacional, que limitará los nuevos alquileres turísticos en las islas.\n\n"
        "«Esta ley pone a los canarios por delante», celebró la consejera de Política Territorial, "
        "Nieves Tejera Brito.\n\n"
        "El portavoz de la oposición, Ayoze Perdomo, anunció que su grupo recurrirá la norma ante el "
        "Tribunal Constitucional. «Es una ley confiscatoria que vulnera la propiedad privada», "
        "sostuvo.\n\n"
        "La Federación de Empresarios Turísticos de Tenerife también la rechaza. «Es un día triste "
        "para miles de pequeños propietarios», lamentó la federación en un comunicado.",
        (
            q("Esta ley pone a los canarios por delante", "Nieves Tejera Brito"),
            q("Es una ley confiscatoria que vulnera la propiedad privada", "Ayoze Perdomo"),
            q(
                "Es un día triste para miles de pequeños propietarios",
                "Federación de Empresarios Turísticos de Tenerife",
            ),
        ),
        (38, 32),
        held_out=True,
        batch="fresh30e",
    ),
    LabelledArticle(
        "es-43",
        "Primer trasplante renal de donante vivo en el Hospital del Narcea",
        "El Hospital Comarcal del Narcea ha realizado con éxito su primer trasplante renal de donante "
        "vivo, informó este lunes la Consejería de Salud.\n\n"
        "La paciente, una mujer de 47 años, recibió el riñón de su hermano. «Me han devuelto la "
        "vida», dijo emocionada.\n\n"
        "«Es un hito para un hospital de nuestro tamaño», destacó el jefe del servicio de Urología, "
        "Álvaro Fernández-Arias. El equipo, formado por 14 profesionales, trabajó durante más de "
        "cinco horas.",
        (
            q("Me han devuelto la vida", None),
            q("Es un hito para un hospital de nuestro tamaño", "Álvaro Fernández-Arias"),
        ),
        (14, 5),
        held_out=True,
        batch="fresh30e",
    ),
    LabelledArticle(
        "es-44",
        "Logroño rechaza congelar la tasa de basuras",
        "El pleno del Ayuntamiento de Logroño rechazó este martes la moción de la oposición para "
        "congelar la tasa de basuras, que subirá un 12 % el próximo año.\n\n"
        "«No podemos seguir subvencionando un servicio que cuesta cada vez más», argumentó la "
        "concejala de Hacienda, María Luisa Alonso Sáez.\n\n"
        "El portavoz socialista, Rubén Antoñanzas, calificó la subida de «abusiva». Para Antoñanzas, "
        "«el equipo de gobierno castiga a las familias mientras presume de superávit».\n\n"
        "La Federación de Asociaciones Vecinales de La Rioja anunció que recogerá firmas contra la "
        "medida.",
        (
            q("No podemos seguir subvencionando un servicio que cuesta cada vez más", "María Luisa Alonso Sáez"),
            q("el equipo de gobierno castiga a las familias mientras presume de superávit", "Rubén Antoñanzas"),
        ),
        (12,),
        held_out=True,
        batch="fresh30f",
    ),
    LabelledArticle(
        "es-45",
        "Una tromba de agua deja 90 litros en una hora en Alicante",
        "Una tromba de agua dejó el miércoles más de 90 litros por metro cuadrado en apenas una hora "
        "en Alicante, según la Agencia Estatal de Meteorología (Aemet).\n\n"
        "Los bomberos realizaron 140 servicios, la mayoría por inundaciones en bajos y garajes. «Ha "
        "sido una tarde de locos», resumió el jefe de guardia, Vicente Llorca.\n\n"
        "—El agua nos llegaba por las rodillas en menos de diez minutos —contaba Rosario Pastor, "
        "dueña de una frutería en el barrio de Carolinas.\n\n"
        "La Aemet mantiene el aviso amarillo para este jueves. «No se descartan nuevas tormentas "
        "fuertes en el litoral», advirtió la agencia en su último boletín.",
        (
            q("Ha sido una tarde de locos", "Vicente Llorca"),
            q("El agua nos llegaba por las rodillas en menos de diez minutos", "Rosario Pastor"),
            q("No se descartan nuevas tormentas fuertes en el litoral", "Agencia Estatal de Meteorología"),
        ),
        (90, 140, 10),
        held_out=True,
        batch="fresh30f",
    ),
    LabelledArticle(
        "es-46",
        "La plantilla de la fábrica de neumáticos aprueba el ERE",
        "La plantilla de la fábrica de neumáticos de Torrelavega ha aprobado en referéndum, con un "
        "71 % de los votos, el ERE pactado entre la dirección y los sindicatos, que afectará a 180 "
        "trabajadores. La empresa pagará indemnizaciones de 45 días por año trabajado.\n\n"
        "«No es el acuerdo que queríamos, pero es el mejor posible», reconoció el presidente del "
        "comité de empresa, Iván Gómez Ruiz.\n\n"
        "El consejero de Industria del Gobierno de Cantabria, Pedro Gutiérrez Setién, celebró el "
        "acuerdo: «Se garantiza la continuidad de la planta en la región».",
        (
            q("No es el acuerdo que queríamos, pero es el mejor posible", "Iván Gómez Ruiz"),
            q("Se garantiza la continuidad de la planta en la región", "Pedro Gutiérrez Setién"),
        ),
        (71, 180, 45),
        held_out=True,
        batch="fresh30g",
    ),
]
