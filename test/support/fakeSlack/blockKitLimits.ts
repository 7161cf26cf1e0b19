import limits from '../../../../shared/slack-reference/block-kit/limits.json' with { type: 'json' };

export type Surface = 'message' | 'modal' | 'home';

type Json = Record<string, unknown>;

const TEXT_MIN = limits.common.text_object_text_min.value;
const TEXT_MAX = limits.common.text_object_text_max.value;
const ANY_TEXT = ['plain_text', 'mrkdwn'];

const OPTIONS_MAX_BY_ELEMENT: Record<string, number> = {
  static_select: limits.elements.static_select.options_max_items.value,
  multi_static_select: limits.elements.multi_static_select.options_max_items.value,
  overflow: limits.elements.overflow.options_max_items.value,
  checkboxes: limits.elements.checkboxes.options_max_items.value,
  radio_buttons: limits.elements.radio_buttons.options_max_items.value,
};

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks blocks (and, for modal/home, the view around them) against Slack's documented limits.
 * Returns one human-readable string per violation; an empty array means Slack would accept it as far as we know.
 */
export function checkBlockKit(surface: Surface, blocks: unknown, view?: unknown): string[] {
  const out: string[] = [];
  if (Array.isArray(blocks)) {
    checkBlocks(out, surface, blocks);
  } else if (blocks !== undefined) {
    out.push('blocks: must be an array');
  }
  if (view !== undefined && surface !== 'message') checkView(out, surface, view, Array.isArray(blocks) ? blocks : []);
  return out;
}

function checkBlocks(out: string[], surface: Surface, blocks: unknown[]): void {
  const maxBlocks = limits.surfaces[surface].max_blocks.value;
  if (blocks.length > maxBlocks) out.push(`blocks: ${blocks.length} blocks, a ${surface} allows at most ${maxBlocks}`);
  reportDuplicates(
    out,
    'blocks',
    'block_id',
    blocks.map((block) => (isObject(block) ? block.block_id : undefined)),
  );
  blocks.forEach((block, index) => {
    checkBlock(out, `blocks[${index}]`, block);
  });

  const markdownMax = limits.blocks.markdown.text_max_cumulative_per_payload.value;
  let markdownLength = 0;
  for (const block of blocks) {
    if (isObject(block) && block.type === 'markdown' && typeof block.text === 'string') {
      markdownLength += block.text.length;
    }
  }
  if (markdownLength > markdownMax) {
    out.push(`blocks: markdown blocks hold ${markdownLength} chars together, max ${markdownMax}`);
  }
}

function checkBlock(out: string[], at: string, block: unknown): void {
  if (!isObject(block) || typeof block.type !== 'string') {
    out.push(`${at}: not a block (no type)`);
    return;
  }
  const path = `${at}(${block.type})`;
  maxChars(out, `${path}.block_id`, block.block_id, limits.common.block_id_max.value);
  switch (block.type) {
    case 'section': {
      const section = limits.blocks.section;
      if (block.text === undefined && block.fields === undefined) out.push(`${path}: needs text or fields`);
      textObject(out, `${path}.text`, block.text, section.text_max.value);
      if (Array.isArray(block.fields)) {
        maxItems(out, `${path}.fields`, block.fields, section.fields_max_items.value);
        block.fields.forEach((field, index) => {
          textObject(out, `${path}.fields[${index}]`, field, section.field_text_max.value);
        });
      }
      if (block.accessory !== undefined) checkElement(out, `${path}.accessory`, block.accessory);
      return;
    }
    case 'header':
      required(out, `${path}.text`, block.text);
      plainText(out, `${path}.text`, block.text, limits.blocks.header.text_max.value);
      return;
    case 'context':
      if (!Array.isArray(block.elements)) {
        out.push(`${path}.elements: must be an array`);
        return;
      }
      maxItems(out, `${path}.elements`, block.elements, limits.blocks.context.elements_max_items.value);
      block.elements.forEach((element, index) => {
        if (isObject(element) && element.type !== 'image') textObject(out, `${path}.elements[${index}]`, element);
      });
      return;
    case 'actions':
      if (!Array.isArray(block.elements)) {
        out.push(`${path}.elements: must be an array`);
        return;
      }
      maxItems(out, `${path}.elements`, block.elements, limits.blocks.actions.elements_max_items.value);
      reportDuplicates(
        out,
        `${path}.elements`,
        'action_id',
        block.elements.map((element) => (isObject(element) ? element.action_id : undefined)),
      );
      block.elements.forEach((element, index) => {
        checkElement(out, `${path}.elements[${index}]`, element);
      });
      return;
    case 'input':
      required(out, `${path}.label`, block.label);
      plainText(out, `${path}.label`, block.label, limits.blocks.input.label_text_max.value);
      plainText(out, `${path}.hint`, block.hint, limits.blocks.input.hint_text_max.value);
      required(out, `${path}.element`, block.element);
      if (block.element !== undefined) checkElement(out, `${path}.element`, block.element);
      return;
    case 'image':
      maxChars(out, `${path}.alt_text`, block.alt_text, limits.blocks.image.alt_text_max.value);
      plainText(out, `${path}.title`, block.title, limits.blocks.image.title_text_max.value);
      return;
  }
}

function checkElement(out: string[], path: string, element: unknown): void {
  if (!isObject(element) || typeof element.type !== 'string') {
    out.push(`${path}: not an element (no type)`);
    return;
  }
  maxChars(out, `${path}.action_id`, element.action_id, limits.common.action_id_max.value);
  plainText(out, `${path}.placeholder`, element.placeholder, limits.elements.static_select.placeholder_text_max.value);
  if (element.confirm !== undefined) checkConfirm(out, `${path}.confirm`, element.confirm);

  if (element.type === 'button') {
    const button = limits.elements.button;
    required(out, `${path}.text`, element.text);
    plainText(out, `${path}.text`, element.text, button.text_max.value);
    maxChars(out, `${path}.value`, element.value, button.value_max.value);
    maxChars(out, `${path}.url`, element.url, button.url_max.value);
    maxChars(out, `${path}.accessibility_label`, element.accessibility_label, button.accessibility_label_max.value);
  }
  if (element.type === 'plain_text_input') {
    const input = limits.elements.plain_text_input;
    maxNumber(out, `${path}.min_length`, element.min_length, input.min_length_max.value);
    maxNumber(out, `${path}.max_length`, element.max_length, input.max_length_max.value);
  }

  const optionsMax = OPTIONS_MAX_BY_ELEMENT[element.type];
  if (optionsMax === undefined) return;
  if (Array.isArray(element.options)) {
    maxItems(out, `${path}.options`, element.options, optionsMax);
    element.options.forEach((option, index) => {
      checkOption(out, `${path}.options[${index}]`, option);
    });
  }
  if (Array.isArray(element.option_groups)) {
    maxItems(
      out,
      `${path}.option_groups`,
      element.option_groups,
      limits.elements.static_select.option_groups_max_items.value,
    );
    element.option_groups.forEach((group, index) => {
      checkOptionGroup(out, `${path}.option_groups[${index}]`, group);
    });
  }
}

function checkOptionGroup(out: string[], path: string, group: unknown): void {
  if (!isObject(group)) {
    out.push(`${path}: must be an object`);
    return;
  }
  const limit = limits.composition.option_group;
  plainText(out, `${path}.label`, group.label, limit.label_text_max.value);
  if (!Array.isArray(group.options)) return;
  maxItems(out, `${path}.options`, group.options, limit.options_max_items.value);
  group.options.forEach((option, index) => {
    checkOption(out, `${path}.options[${index}]`, option);
  });
}

function checkOption(out: string[], path: string, option: unknown): void {
  if (!isObject(option)) {
    out.push(`${path}: must be an object`);
    return;
  }
  const limit = limits.composition.option;
  required(out, `${path}.text`, option.text);
  textObject(out, `${path}.text`, option.text, limit.text_max.value);
  textObject(out, `${path}.description`, option.description, limit.description_text_max.value);
  // limits.json records a conflict (75 vs 150); 75 is the safe value it recommends.
  maxChars(out, `${path}.value`, option.value, limit.value_max.value);
  maxChars(out, `${path}.url`, option.url, limit.url_max_overflow_only.value);
}

function checkConfirm(out: string[], path: string, confirm: unknown): void {
  if (!isObject(confirm)) {
    out.push(`${path}: must be an object`);
    return;
  }
  const limit = limits.composition.confirm;
  for (const field of ['title', 'text', 'confirm', 'deny']) required(out, `${path}.${field}`, confirm[field]);
  plainText(out, `${path}.title`, confirm.title, limit.title_text_max.value);
  textObject(out, `${path}.text`, confirm.text, limit.text_text_max.value);
  plainText(out, `${path}.confirm`, confirm.confirm, limit.confirm_text_max.value);
  plainText(out, `${path}.deny`, confirm.deny, limit.deny_text_max.value);
}

function checkView(out: string[], surface: 'modal' | 'home', view: unknown, blocks: unknown[]): void {
  if (!isObject(view)) {
    out.push('view: must be an object');
    return;
  }
  const limit = limits.surfaces[surface];
  maxChars(out, 'view.private_metadata', view.private_metadata, limit.private_metadata_max.value);
  maxChars(out, 'view.callback_id', view.callback_id, limit.callback_id_max.value);
  maxChars(out, 'view.external_id', view.external_id, limits.surfaces.modal.external_id_max.value);
  if (surface !== 'modal') return;

  const modal = limits.surfaces.modal;
  required(out, 'view.title', view.title);
  plainText(out, 'view.title', view.title, modal.title_text_max.value);
  plainText(out, 'view.submit', view.submit, modal.submit_text_max.value);
  plainText(out, 'view.close', view.close, modal.close_text_max.value);
  const hasInput = blocks.some((block) => isObject(block) && block.type === 'input');
  const hasSubmit = view.submit !== undefined && view.submit !== null;
  if (modal.submit_required_when_input_block_present.value && hasInput && !hasSubmit) {
    out.push('view.submit: required because the modal has an input block');
  }
}

/** A text object `{type, text}` whose text has 1..3000 chars, or fewer where `max` says so. */
function textObject(out: string[], path: string, value: unknown, max = TEXT_MAX, types = ANY_TEXT): void {
  if (value === undefined) return;
  if (!isObject(value) || typeof value.text !== 'string') {
    out.push(`${path}: must be a text object with a text string`);
    return;
  }
  if (typeof value.type !== 'string' || !types.includes(value.type)) {
    out.push(`${path}.type: must be ${types.join(' or ')}, got ${String(value.type)}`);
  }
  const limit = Math.min(max, TEXT_MAX);
  if (value.text.length < TEXT_MIN) out.push(`${path}.text: must be at least ${TEXT_MIN} char`);
  if (value.text.length > limit) out.push(`${path}.text: ${value.text.length} chars, max ${limit}`);
}

function plainText(out: string[], path: string, value: unknown, max: number): void {
  textObject(out, path, value, max, ['plain_text']);
}

function required(out: string[], path: string, value: unknown): void {
  if (value === undefined || value === null) out.push(`${path}: required`);
}

function maxChars(out: string[], path: string, value: unknown, max: number): void {
  if (typeof value === 'string' && value.length > max) out.push(`${path}: ${value.length} chars, max ${max}`);
}

function maxNumber(out: string[], path: string, value: unknown, max: number): void {
  if (typeof value === 'number' && value > max) out.push(`${path}: ${value}, max ${max}`);
}

function maxItems(out: string[], path: string, items: unknown[], max: number): void {
  if (items.length > max) out.push(`${path}: ${items.length} items, max ${max}`);
}

function reportDuplicates(out: string[], path: string, idName: string, ids: unknown[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string') continue;
    if (seen.has(id)) out.push(`${path}: duplicate ${idName} "${id}"`);
    seen.add(id);
  }
}
