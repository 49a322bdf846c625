/**
 * The framework packages whose versions the adapters model: the keys of
 * `settings.openai.frameworkVersions`. A leaf module, so that settings validation does not load the
 * adapters (a test checks the list against every adapter's `versions`).
 */
export const FRAMEWORK_PACKAGES = ['@langchain/openai', '@openai/agents', 'ai', '@ai-sdk/openai'] as const;

export type FrameworkPackage = (typeof FRAMEWORK_PACKAGES)[number];
