declare module "rapidoc";
