// @ts-check
// Renders the survey first-step.js defines into #survey, as SurveyJS's plain-JS guide does.
/* global Survey, SurveyUI */

// @ts-ignore: globals of SurveyJS's UMD bundles and of first-step.js.
SurveyUI.renderSurvey(new Survey.Model(window.benchFirstStep), document.getElementById('survey'));
