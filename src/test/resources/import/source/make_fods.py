#!/usr/bin/env python3
"""Writes the flat-ODS sources of the import test files; convert them with LibreOffice Calc:
   python3 make_fods.py && soffice --headless --convert-to xlsx --outdir .. *.fods
   (and --convert-to xls for the .xls variants; see README.md)."""
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/></office:font-face-decls>
 <office:automatic-styles>
  <number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
  <style:style style:name="date" style:family="table-cell" style:data-style-name="N37"/>
  <style:style style:name="txt" style:family="table-cell"><style:text-properties style:font-name="{font}"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
'''
TAIL = ' </office:spreadsheet></office:body></office:document>\n'


def cell(c):
    if c is None:
        return '<table:table-cell/>'
    if isinstance(c, str):
        return f'<table:table-cell table:style-name="txt" office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>'
    kind = c[0]
    if kind == 'd':
        return f'<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{c[1]}"><text:p>{c[1]}</text:p></table:table-cell>'
    if kind == 'n':
        return f'<table:table-cell office:value-type="float" office:value="{c[1]}"><text:p>{c[1]}</text:p></table:table-cell>'
    if kind == 'm':  # merged across c[2] columns
        return (f'<table:table-cell table:style-name="txt" table:number-columns-spanned="{c[2]}" office:value-type="string">'
                f'<text:p>{escape(c[1])}</text:p></table:table-cell>' + '<table:covered-table-cell/>' * (c[2] - 1))
    if kind == 'v':  # merged down c[2] rows
        return (f'<table:table-cell table:style-name="txt" table:number-rows-spanned="{c[2]}" office:value-type="string">'
                f'<text:p>{escape(c[1])}</text:p></table:table-cell>')
    if kind == 'c':
        return '<table:covered-table-cell/>'
    raise ValueError(c)


def write(name, sheets, font='Times New Roman'):
    with open(name, 'w', encoding='utf-8') as f:
        f.write(HEAD.replace('{font}', font))
        for sheet_name, rows in sheets:
            f.write(f'  <table:table table:name="{escape(sheet_name)}">\n')
            for r in rows:
                f.write('   <table:table-row>' + ''.join(cell(c) for c in r) + '</table:table-row>\n')
            f.write('  </table:table>\n')
        f.write(TAIL)


# 1. An office's list: title block, two-row header (birth date over Nam/Nữ, Party date over Dự bị/Chính thức),
#    a row of column numbers, dates typed every way, IDs typed as numbers, a blank row, a footer and signatures.
office = [
    ['ĐẢNG BỘ KHỐI CƠ QUAN TỈNH THANH HÓA', None, None, None, None, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
    ['CHI BỘ SỞ TƯ PHÁP'],
    [],
    [('m', 'DANH SÁCH ĐẢNG VIÊN CHI BỘ NĂM 2026', 12)],
    [],
    [('v', 'STT', 2), ('v', 'Họ và tên', 2), ('m', 'Ngày sinh', 2), ('v', 'Quê quán', 2), ('v', 'Dân tộc', 2),
     ('v', 'Tôn giáo', 2), ('v', 'Số thẻ ĐV', 2), ('v', 'Số CCCD', 2), ('m', 'Ngày vào Đảng', 2),
     ('v', 'Lý luận chính trị', 2), ('v', 'Chức vụ', 2)],
    [('c',), ('c',), 'Nam', 'Nữ', ('c',), ('c',), ('c',), ('c',), ('c',), 'Dự bị', 'Chính thức', ('c',), ('c',)],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)'],
    [('n', 1), 'Lê Văn Hùng', ('d', '1975-04-12'), None, 'Xã Hoằng Lộc, huyện Hoằng Hóa, tỉnh Thanh Hóa', 'Kinh', 'Không',
     '038175000101', ('n', 38175004567), ('d', '2001-05-19'), ('d', '2002-05-19'), 'Cao cấp', 'Giám đốc Sở'],
    [('n', 2), '  NGUYỄN   THỊ  HỒNG THÚY ', None, '02/09/1988', 'Xã Quảng Xương, tỉnh Thanh Hóa', 'Kinh', 'Không',
     '038188001234', '038188001234', '19/05/2012', '19/05/2013', 'Trung cấp', 'Chuyên viên'],
    [('n', 3), 'Phạm Đức Anh', '3/7/1990', None, 'Thành phố Thanh Hóa', 'Kinh', 'Công giáo', '038190002222', None,
     '03-02-2016', '03.02.2017', 'Sơ cấp', 'Chuyên viên'],
    [],
    [('n', 4), 'Trịnh Thị Mai', None, ('n', 1992), 'Huyện Thọ Xuân', 'Mường', 'Không', None, None,
     ('d', '2025-06-01'), None, None, 'Chuyên viên'],
    [('n', 5), 'Hoàng Văn Nam', '31/02/1980', None, 'Huyện Nga Sơn', 'Kinh', 'Không', '038180003333', None,
     '12/12/2005', '12/12/2006', 'Trung cấp', 'Phó Giám đốc'],
    [('n', 6), 'Vũ Thị Lan', None, 'x', 'Huyện Tĩnh Gia', 'Kinh', 'Không', '038195004444', None,
     '10/10/2027', None, None, 'Văn thư'],
    [('n', 7), 'Lê Văn Hùng', ('d', '1975-04-12'), None, 'Xã Hoằng Lộc', 'Kinh', 'Không',
     '038175000101', None, ('d', '2001-05-19'), ('d', '2002-05-19'), 'Cao cấp', 'Giám đốc Sở'],
    [('n', 8), 'Nguyễn Văn Bình', '1985', None, 'Huyện Đông Sơn', 'Kinh', 'Không', '038185005555', None,
     '15/8/2010', '15/8/2011', 'Trung cấp', 'Chuyên viên'],
    [],
    [('m', 'Tổng cộng: 8 đồng chí', 13)],
    [],
    [None, 'Người lập biểu', None, None, None, None, None, None, 'T/M CHI BỘ', None, None, None, None],
    [None, None, None, None, None, None, None, None, 'BÍ THƯ', None, None, None, None],
    [None, 'Trần Thị Hoa', None, None, None, None, None, None, 'Lê Văn Hùng', None, None, None, None],
]
write('danh-sach-chi-bo.fods', [('Ghi chú', [['Danh sách gửi Đảng ủy khối']]), ('Danh sách ĐV', office)])

# 2. A list kept in TCVN3 (.VnTime): the text below is the Windows-1252 reading of the TCVN3 bytes.
def tcvn3(s):
    table = {}
    pairs = [("µ¶·¸¹", "àảãáạ"), ("¨»¼½¾Æ", "ăằẳẵắặ"), ("©ÇÈÉÊË", "âầẩẫấậ"), ("®", "đ"), ("ÌÎÏÐÑ", "èẻẽéẹ"),
             ("ªÒÓÔÕÖ", "êềểễếệ"), ("×ØÜÝÞ", "ìỉĩíị"), ("ßáâãä", "òỏõóọ"), ("«åæçèé", "ôồổỗốộ"),
             ("¬êëìíî", "ơờởỡớợ"), ("ïñòóô", "ùủũúụ"), ("­õö÷øù", "ưừửữứự"), ("úûüýþ", "ỳỷỹýỵ"), ("¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ")]
    for legacy, uni in pairs:
        for a, b in zip(legacy, uni):
            table[b] = a
    out = []
    for ch in s:
        if ch in table:
            out.append(table[ch])
        elif ch.lower() in table and ch != ch.lower():
            out.append(table[ch.lower()])  # capitals with tone marks need the ".VnTimeH" font; keep lower case
        else:
            out.append(ch)
    return ''.join(out)


people = [
    ('Nguyễn Văn Thắng', '12/03/1968', 'Nam', 'Xã Đông Hưng, huyện Đông Sơn', '01/06/1990', '01/06/1991'),
    ('Trần Thị Hồng Nhung', '05/11/1979', 'Nữ', 'Phường Điện Biên, thành phố Thanh Hóa', '20/10/2003', '20/10/2004'),
    ('Lê Đình Tuấn', '27/01/1985', 'Nam', 'Xã Quảng Lợi, huyện Quảng Xương', '03/02/2009', '03/02/2010'),
]
legacy_rows = [[tcvn3('§¶ng bé x· §«ng H­ng')], [tcvn3('DANH SÁCH ĐẢNG VIÊN')],
               [tcvn3(h) for h in ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Quê quán', 'Ngày vào Đảng', 'Ngày chính thức']]]
legacy_rows[0] = ['§¶ng bé x· §«ng H­ng']
for i, p in enumerate(people, 1):
    legacy_rows.append([('n', i), tcvn3(p[0]), p[1], tcvn3(p[2]), tcvn3(p[3]), p[4], p[5]])
write('tcvn3-vntime.fods', [('DS', legacy_rows)], font='.VnTime')


def vni(s):
    import unicodedata
    tone = {'\u0300': 'ø', '\u0301': 'ù', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï'}
    circ_tone = {'': 'â', '\u0300': 'à', '\u0301': 'á', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä'}
    breve_tone = {'': 'ê', '\u0300': 'è', '\u0301': 'é', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë'}
    i_tone = {'\u0300': 'ì', '\u0301': 'í', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò'}
    out = []
    for ch in s:
        d = unicodedata.normalize('NFD', ch)
        base, marks = d[0], d[1:]
        upper = base.isupper()
        b = base.lower()
        t = next((m for m in marks if m in tone), '')
        if b == 'đ':
            r = 'ñ'
        elif b == 'i' and t:
            r = i_tone[t]
        elif b == 'y' and t == '\u0323':
            r = 'î'
        elif '\u0302' in marks:
            r = b + circ_tone[t]
        elif '\u0306' in marks:
            r = b + breve_tone[t]
        elif '\u031b' in marks:
            r = ('ô' if b == 'o' else 'ö') + (tone[t] if t else '')
        elif t:
            r = b + tone[t]
        else:
            r = b
        if b == 'd' and not marks and base in 'dD':
            r = b
        out.append(r.upper() if upper else r)
    return ''.join(out)


vni_rows = [[vni('ĐẢNG BỘ PHƯỜNG ĐIỆN BIÊN')], [],
            [vni(h) for h in ['STT', 'Họ tên', 'Năm sinh', 'Giới tính', 'Quê quán', 'Ngày vào Đảng', 'Chức vụ']]]
for i, p in enumerate(people, 1):
    vni_rows.append([('n', i), vni(p[0]), p[1][-4:], vni(p[2]), vni(p[3]), p[4], vni('Đảng viên')])
write('vni-times.fods', [('Sheet1', vni_rows)], font='VNI-Times')
# the same VNI text in an ordinary font: only the character statistics can tell
write('vni-no-font.fods', [('Sheet1', vni_rows)], font='Arial')
