/** Sample documents: how a sample is split into 公文 parts, the blanks marked, file names, and the Word file's layout and text. */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { sampleBlocks, splitPlaceholders } from '../../src/lib/documents/sample-text.ts';
import { asciiFileNameOf, fileNameOf } from '../../src/lib/documents/catalog.ts';
import { GBT9704, sampleDocx } from '../../src/lib/documents/docx.ts';
import { comparableText, docxCheck } from '../support/docx.ts';

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

  it('needs no blank lines: a title, its 题注, a ballot’s columns, and a signature right after the body', () => {
    const resolution = '××镇第×届人民代表大会第×次会议\n关于××的决议\n（20××年×月×日××镇第×届人民代表大会第×次会议通过）\n会议审议了……，决定：\n一、……\n××镇人民代表大会主席团\n20××年×月×日\n抄送：县人大常委会';
    expect(sampleBlocks(resolution).map((block) => block.kind)).toEqual(['title', 'title', 'subtitle', 'body', 'body', 'signature', 'signature', 'note']);
    const ballot = '××镇第×届人民代表大会第一次会议 选举镇长选票\n候选人姓名   赞成   反对   弃权\n×××          ○      ○      ○\n填写说明：只能划一项。';
    expect(sampleBlocks(ballot).map((block) => block.kind)).toEqual(['title', 'table', 'table', 'body']);
    const report = '××镇人民代表大会主席团工作报告\n——20××年×月×日在××镇第×届人民代表大会第×次会议上\n××镇人民代表大会主席　×××\n各位代表：\n我受主席团委托，报告工作。';
    expect(sampleBlocks(report).map((block) => block.kind)).toEqual(['title', 'subtitle', 'subtitle', 'addressee', 'body']);
  });

  it('marks the blanks to fill in', () => {
    expect(splitPlaceholders('20××年×月×日，电话：____')).toEqual([
      { text: '20', placeholder: false }, { text: '××', placeholder: true }, { text: '年', placeholder: false }, { text: '×', placeholder: true },
      { text: '月', placeholder: false }, { text: '×', placeholder: true }, { text: '日，电话：', placeholder: false }, { text: '____', placeholder: true },
    ]);
  });

  it('marks an ellipsis left to be written as a blank too', () => {
    expect(splitPlaceholders('一、……').map((piece) => piece.placeholder)).toEqual([false, true]);
  });

  it('names the file after the document, without characters Windows refuses', () => {
    expect(fileNameOf('会议通知（致代表）')).toBe('会议通知（致代表）.docx');
    expect(fileNameOf('选票/表决票: 样式')).toBe('选票 表决票  样式.docx');
    // The file's own name (kept from the offline copy) is ASCII: the document's name in pinyin.
    expect(asciiFileNameOf('会议通知（致代表）')).toBe('hui-yi-tong-zhi-zhi-dai-biao.docx');
  });
});

describe('the Word file', () => {
  it('sets a ballot’s columns as a table', async () => {
    const file = await sampleDocx('选票', '选举镇长选票\n候选人姓名   赞成   反对   弃权\n×××          ○      ○      ○\n填写说明：只能划一项。');
    const xml = strFromU8(unzipSync(file)['word/document.xml']!);
    expect((xml.match(/<w:tr>/g) ?? []).length).toBe(2);
    expect((xml.match(/<w:tc>/g) ?? []).length).toBe(8);
    expect(docxCheck(file).problems).toEqual([]);
  });

  it('is an A4 公文 page whose text is the sample, blanks highlighted, fallback fonts named', async () => {
    const file = await sampleDocx('关于召开会议的决定', decision);
    const result = docxCheck(file);
    expect(result.problems).toEqual([]);
    expect(result.paragraphs).toEqual(decision.split('\n').map((line) => line.trim()));
    expect(result.text).toBe(comparableText(decision));
    const xml = strFromU8(unzipSync(file)['word/document.xml']!);
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    expect(xml).toContain(`w:eastAsia="${GBT9704.titleFont}"`);
    expect(xml).toMatch(/<w:jc w:val="center"\/>/);
    const fonts = strFromU8(unzipSync(file)['word/fontTable.xml']!);
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });
});
