// Which departments' names count against 上海's template when fitting: those naming a place 上海 has no kind of (a 市, a
// 县, a 州) or a development zone of another city; names starting with 上海's own districts and zones (whatever follows),
// 街道 and 镇, and the district names other cities share (普陀区, 宝山区), never.
import { describe, expect, it } from 'vitest';
import { fitTemplates, templateById } from '../../src/templates/index.js';

const SHANGHAI = templateById('shanghai-2024')!;

function shanghaiFit(department: string) {
    return fitTemplates([], 2023, department).find(f => f.template === SHANGHAI)!;
}

describe('a department of another place counts against 上海', () => {
    it.each([
        // a 州 inside a city's name is part of it, not a place of its own
        '广州市荔川区教育局', '杭州市江滨区综合行政执法局', '中共苏州市委办公室',
        // a development zone named by another city
        '昌吉高新技术产业开发区市政公用事业管理中心', '西安经济技术开发区管理委员会', '成都高新区社区发展治理和社会保障局',
        // …a 州 in the zone's name too
        '苏州高新区财政局', '杭州高新技术产业开发区管理委员会', '郑州经济技术开发区建设环保局',
        // a city whose name ends in 城 (one character before it)
        '晋城市财政局',
        // the namesakes of 上海's districts in other cities
        '舟山市普陀区农业农村局', '双鸭山市宝山区财政局',
        // a 州 or 县 of its own
        '昌吉州人民医院', '石门县水利局',
    ])('%s', department => {
        expect(shanghaiFit(department).otherProvince).toBe(true);
    });
});

describe('a department that may be 上海\'s does not', () => {
    it.each([
        '普陀区教育局', '宝山区卫生健康委员会', '马陆镇人民政府', '徐家汇街道办事处', '长宁区江苏路街道办事处',
        // 上海's national zones, by their own names or their districts'
        '张江高新技术产业开发区管理委员会', '紫竹高新区管理办公室', '闵行经济技术开发区管理委员会', '漕河泾新兴技术开发区发展中心',
        '松江经济技术开发区管理委员会', '普陀经济技术开发区服务中心', '上海化学工业经济技术开发区管理委员会',
        '浦东新区发展和改革委员会', '城市管理行政执法局',
        // 城市 after a 上海 name or a word is no city 宝山城, 长三角城
        '宝山城市工业园区管理委员会', '闵行城市建设投资开发有限公司', '临港城市管理中心', '长三角城市经济协调会办公室', '智慧城市运行管理中心',
        // a 上海 name followed by a word starting with 市 or a 县 of before 2016
        '临港市政工程管理所', '崇明县水务局',
        // 南汇, a 上海 district until 2009, naming a zone; 中共 naming no place
        '南汇经济技术开发区管理委员会', '中共高新区工委',
    ])('%s', department => {
        expect(shanghaiFit(department).otherProvince).toBe(false);
    });
});
