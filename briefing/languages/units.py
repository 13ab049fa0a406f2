"""Units after a number in German, French, Spanish, Ukrainian and Russian, every common form
-> (normalised unit, kind). English units stay in ``numbers.py``; symbols are shared."""

from __future__ import annotations

_TABLE = {
    ("kilometre", "measure"): "km kilometer kilometern kilomètre kilomètres kilómetro kilómetros "
    "кілометр кілометри кілометрів км километр километра километров",
    ("metre", "measure"): "m meter metern mètre mètres metro metros метр метри метрів метра метров",
    ("centimetre", "measure"): "cm zentimeter centimètres centímetros см сантиметрів сантиметров",
    ("square kilometre", "measure"): "km² km2 quadratkilometer кв.км",
    ("square metre", "measure"): "m² m2 quadratmeter quadratmetern mètres carrés metros cuadrados "
    "кв.м квадратних квадратных",
    ("hectare", "measure"): "ha hektar hectare hectares hectárea hectáreas га гектар гектари "
    "гектарів гектара гектаров",
    ("ton", "measure"): "t tonne tonnen tonnes tonelada toneladas т тонна тонни тонн тонну тонны",
    ("kilogram", "measure"): "kg kilo kilogramm kilos kilogrammes kilogramos кг кілограмів килограммов",
    ("litre", "measure"): "l liter litern litre litres litro litros л літр літрів литров литра",
    ("megawatt", "measure"): "mw megawatt megawatts mégawatts megavatios мегават мегаватів мвт",
    ("gigawatt", "measure"): "gw gigawatt gigawatts gigavatios гігават гигаватт гвт",
    ("kilowatt hour", "measure"): "kwh mwh twh gwh",
    ("celsius", "measure"): "°c grad",
    ("minute", "duration"): "min minute minuten minutes minuto minutos хвилин хвилини хвилину "
    "минут минуты минуту",
    ("hour", "duration"): "stunde stunden heure heures hora horas годину години годин час часа часов",
    ("day", "duration"): "tag tage tagen jour jours día días день дні днів дня дней",
    ("week", "duration"): "woche wochen semaine semaines semana semanas тиждень тижні тижнів "
    "неделю недели недель",
    ("month", "duration"): "monat monate monaten mois mes meses місяць місяці місяців месяц "
    "месяца месяцев",
    ("year", "duration"): "jahr jahre jahren ans année années año años рік роки років року "
    "лет год года",
    ("decade", "duration"): "jahrzehnt jahrzehnte décennie décennies década décadas",
}

UNITS: dict[str, tuple[str, str]] = {
    form: unit for unit, forms in _TABLE.items() for form in forms.split()
}
"""Lower-case unit word -> (normalised unit, kind)."""
