export const id = 166;
export const ids = [166];
export const modules = {

/***/ 4166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   useDateHolidays: () => (/* binding */ useDateHolidays)
/* harmony export */ });
/* unused harmony export dateHolidaysRules */
/* harmony import */ var date_holidays__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5026);
/* harmony import */ var _holiday_rules__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7736);


const byRegion = new Map();
const byYear = new Map();
let countries;
let everything;
function all() {
    everything ??= new date_holidays__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A();
    return everything;
}
const dateHolidaysRules = {
    countries: () => (countries ??= all().getCountries('en')),
    states: (country) => all().getStates(country),
    holidaysOf(country, state, year) {
        const region = `${country}-${state ?? ''}`;
        const key = `${region}:${year}`;
        let list = byYear.get(key);
        if (!list) {
            let rules = byRegion.get(region);
            if (!rules) {
                rules = state ? new date_holidays__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A(country, state) : new date_holidays__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A(country);
                byRegion.set(region, rules);
            }
            list = rules.getHolidays(year);
            byYear.set(key, list);
        }
        return list;
    },
};
function useDateHolidays() {
    (0,_holiday_rules__WEBPACK_IMPORTED_MODULE_1__/* .provideHolidayRules */ .H)(dateHolidaysRules);
}


/***/ })

};
