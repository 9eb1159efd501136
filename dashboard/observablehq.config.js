// Observable Framework: one static page of the headline dashboards of a ttg
// reporting model. The data loaders in src/data read the views through
// node-postgres at build time; the built page (dist/) needs no database.
export default {
  root: "src",
  title: "ttg dashboards",
  pager: false,
  sidebar: false,
  toc: false,
  search: false,
  footer: "Built by ttg from the reporting model's views.",
  theme: "air",
  // The default stylesheet pulls a web font from the internet; the page is built to work offline.
  globalStylesheets: []
};
