// A CommonJS JavaScript project using the installed package through require().
const { SeamClient, SeamNotFoundError } = require('seam-connect-client');

async function main() {
  const seam = SeamClient.fromApiKey(process.env.SEAM_API_KEY, { endpoint: process.env.SEAM_ENDPOINT });
  const attempt = await seam.accessCodes.update({ access_code_id: process.env.ACCESS_CODE_ID, name: 'From CJS' });
  const multiple = await seam.accessCodes.updateMultiple({
    common_code_key: process.env.COMMON_CODE_KEY,
    name: 'Linked CJS',
  });
  let notFound = '';
  try {
    await seam.accessCodes.updateMultiple({ common_code_key: 'missing' });
  } catch (err) {
    if (err instanceof SeamNotFoundError) notFound = err.code;
  }
  console.log(JSON.stringify({ status: attempt.status, multiple, notFound }));
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
