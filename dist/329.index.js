export const id = 329;
export const ids = [329];
export const modules = {

/***/ 4329:
/***/ ((module) => {

module.exports = eval("require")("nodemailer");


/***/ })

};
