// The one class of survey-core that maatwerk/surveyjs imports (an optional peer dependency,
// not installed where the package is built): as survey-core 2 and 3 declare it.
declare module "survey-core" {
  export class CustomError {
    constructor(text: string, errorOwner?: unknown);
    notificationType: string;
  }
}
