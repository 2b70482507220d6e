/** Sample documents: how a sample is split into 公文 parts, the blanks marked, file names, and the Word file's layout and text. */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { sampleBlocks, splitPlaceholders } from '../../src/lib/documents/sample-text.ts';
import { fileNameOf } from '../../src/lib/documents/catalog.ts';
import { GBT9704, sampleDocx } from '../../src/lib/documents/docx.ts';
import { docxCheck } from '../support/docx.ts';

const decision = `××镇第×届人民代表大会主席团
关于召开××镇第×届人民代表大会第×次会议的决定

××镇第×届人民代表大会主席团第×次会议决定：会议于20××年×月×日召开。

特此公告。

××镇第×届人民代表大会主席团
20××年×月×日`;
const notice = `×××代表：
经主席团决定，会议定于20××年×月×日召开。
联系人：×××，电话：____

××镇人民代表大会办公室
20××年×月×日`;

describe('sample text', () => {
  it('finds the title, the addressee, the body and the signature', () => {
    expect(sampleBlocks(decision).map((block) => block.kind)).toEqual(['title', 'title', 'blank', 'body', 'blank', 'body', 'blank', 'signature', 'signature']);
    expect(sampleBlocks(notice).map((block) => block.kind)).toEqual(['addressee', 'body', 'body', 'blank', 'signature', 'signature']);
  });

  it('marks the blanks to fill in', () => {
    expect(splitPlaceholders('20××年×月×日，电话：____')).toEqual([
      { text: '20', placeholder: false }, { text: '××', placeholder: true }, { text: '年', placeholder: false }, { text: '×', placeholder: true },
      { text: '月', placeholder: false }, { text: '×', placeholder: true }, { text: '日，电话：', placeholder: false }, { text: '____', placeholder: true },
    ]);
  });

  it('names the file after the document, without characters Windows refuses', () => {
    expect(fileNameOf('会议通知（致代表）')).toBe('会议通知（致代表）.docx');
    expect(fileNameOf('选票/表决票: 样式')).toBe('选票 表决票  样式.docx');
  });
});

describe('the Word file', () => {
  it('is an A4 公文 page whose text is the sample, blanks highlighted, fallback fonts named', async () => {
    const file = await sampleDocx('关于召开会议的决定', decision);
    const result = docxCheck(file);
    expect(result.problems).toEqual([]);
    expect(result.paragraphs).toEqual(decision.split('\n').map((line) => line.trim()));
    const xml = strFromU8(unzipSync(file)['word/document.xml']!);
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    expect(xml).toContain(`w:eastAsia="${GBT9704.titleFont}"`);
    expect(xml).toMatch(/<w:jc w:val="center"\/>/);
    const fonts = strFromU8(unzipSync(file)['word/fontTable.xml']!);
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });
});
