// Contact-detail extraction for the CRM sync job (CommonJS, no build step).
'use strict';

const OpenAI = require('openai');

const client = new OpenAI();
const EXTRACT_MODEL = process.env.EXTRACT_MODEL || 'gpt-4.1-mini';

const SYSTEM_PROMPT = 'Extract the customer name, email and phone number as JSON with keys name, email, phone.';

async function extractContact(emailBody) {
  const completion = await client.chat.completions.create({
    model: EXTRACT_MODEL,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: emailBody },
    ],
    // Mistake: the type is 'json_object' (or 'json_schema'); 'json' is rejected with HTTP 400.
    response_format: { type: 'json' },
  });
  return JSON.parse(completion.choices[0].message.content);
}

async function extractSignature(emailBody) {
  const completion = await client.chat.completions.create({
    model: EXTRACT_MODEL,
    messages: [
      { role: 'system', content: 'Return the email signature block as JSON: { "signature": string }.' },
      { role: 'user', content: emailBody },
    ],
    // Mistake: `response_format` must be an object, not the type name alone.
    response_format: 'json_object',
  });
  return JSON.parse(completion.choices[0].message.content).signature;
}

async function extractOrderNumbers(emailBody) {
  const completion = await client.chat.completions.create({
    model: EXTRACT_MODEL,
    messages: [
      { role: 'system', content: 'List every order number mentioned, as JSON: { "orders": string[] }.' },
      { role: 'user', content: emailBody },
    ],
    response_format: { type: 'json_object' },
    temperature: 0,
  });
  return JSON.parse(completion.choices[0].message.content).orders;
}

module.exports = { extractContact, extractSignature, extractOrderNumbers };
