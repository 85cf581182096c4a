"""The page's inline stylesheet and its optional script: constants, nothing taken from input.

No web fonts, no ``url()``, no ``@import``: the page needs no network. The font stacks name
fonts that ship with the common systems (macOS, Windows, Android, Linux with Noto CJK).
The script only adds convenience (collapse/expand all, filter by status); the page is complete
without it.
"""

from __future__ import annotations

CSS = """
:root{--fg:#1d232a;--muted:#5b6570;--line:#d8dde3;--bg:#fff;--soft:#f5f7f9;
--del-bg:#fde3e1;--del-fg:#9b1c13;--ins-bg:#d9f2dc;--ins-fg:#0c5a1c;--accent:#1f5fa8;
--old:#b5651d;--new:#1f5fa8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);line-height:1.75;font-size:16px;
font-family:-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",
"Source Han Sans SC","WenQuanYi Micro Hei","Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:1120px;margin:0 auto;padding:24px 20px 64px}
h1{font-size:1.6em;line-height:1.35;margin:.2em 0 .6em}
h2{font-size:1.3em;line-height:1.4;margin:2em 0 .6em;padding-bottom:.25em;
border-bottom:2px solid var(--line)}
h3,h4{font-size:1.08em;line-height:1.5;margin:1.4em 0 .4em}
a{color:var(--accent)}
.muted,.note{color:var(--muted)}
.note{font-size:.92em;border-left:3px solid var(--line);padding:.3em .8em;margin:.8em 0}
.reports{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin:0 0 1em}
.report-card{border:1px solid var(--line);border-radius:6px;padding:10px 14px;
background:var(--soft)}
.report-card .side-label{font-size:.82em;font-weight:600;letter-spacing:.05em}
.report-card.old .side-label{color:var(--old)}.report-card.new .side-label{color:var(--new)}
.report-card .title{font-weight:600;font-size:1.05em}
.report-card dl{margin:.3em 0 0;display:grid;grid-template-columns:auto 1fr;gap:0 .8em;
font-size:.88em}
.report-card dt{color:var(--muted)}.report-card dd{margin:0;overflow-wrap:anywhere}
nav.jump{display:flex;flex-wrap:wrap;gap:6px 14px;margin:.4em 0 0;font-size:.95em}
.totals{display:flex;flex-wrap:wrap;gap:10px;margin:.6em 0 1em;padding:0;list-style:none}
.totals li{border:1px solid var(--line);border-radius:6px;padding:6px 12px;background:var(--soft)}
.totals b{font-size:1.15em}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5em 0 1em}
table{border-collapse:collapse;width:100%;font-size:.9em;line-height:1.5}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.heading{min-width:14em}
.arrow{color:var(--muted);padding:0 .3em}
.lvl-2 td.heading{padding-left:1.6em}.lvl-3 td.heading{padding-left:2.6em}
.lvl-4 td.heading{padding-left:3.4em}
.badge{display:inline-block;border-radius:4px;padding:0 .45em;font-size:.82em;
line-height:1.6;white-space:nowrap;border:1px solid transparent}
.st-unchanged{background:#eef1f4;color:#4a545e}
.st-modified{background:#fff3cd;color:#7a5500}
.st-renamed{background:#e7ddff;color:#4b2a99}
.st-moved{background:#dbeafe;color:#1e4f91}
.st-split,.st-merged{background:#ffe4cc;color:#8a4200}
.st-added{background:var(--ins-bg);color:var(--ins-fg)}
.st-removed{background:var(--del-bg);color:var(--del-fg)}
nav.toc ol{list-style:none;margin:0;padding-left:0}
nav.toc ol ol{padding-left:1.4em}
nav.toc li{margin:.15em 0}
nav.toc .count{color:var(--muted);font-size:.85em}
.pair{border-top:1px solid var(--line);padding-top:.2em;margin-top:1.2em}
.pair.lvl-0,.pair.lvl-1{border-top:2px solid #aab3bd}
.pair-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2em .6em}
.pair-head h3{margin:.6em 0 .2em}
.pair-head .back{margin-left:auto;font-size:.82em;text-decoration:none;color:var(--muted)}
.pair-meta{font-size:.86em;color:var(--muted)}
.renamed-from{font-size:.9em;color:var(--muted)}
details.pair-body>summary{cursor:pointer;color:var(--muted);font-size:.9em}
.diff{white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal}
.diff p{margin:.5em 0}
del,ins{text-decoration-thickness:1px}
del,.k-del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through}
ins,.k-ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:none;
border-bottom:1px solid #7cc488}
.pair-added .inline-view,.pair-removed .inline-view{padding-left:10px;
border-left:3px solid var(--ins-fg)}
.pair-removed .inline-view{border-left-color:var(--del-fg)}
.pair-added .inline-view ins{background:none;border:0;color:inherit}
.pair-removed .inline-view del{background:none;text-decoration:none;color:var(--muted)}
p.rewritten+p.rewritten{margin-top:-.2em}
.roll{border-bottom:1px dotted var(--muted)}
.brk{color:var(--muted);font-size:.8em}
details.fold{margin:.4em 0;border:1px dashed var(--line);border-radius:4px;padding:0 .6em;
background:var(--soft)}
details.fold>summary{cursor:pointer;color:var(--muted);font-size:.88em;white-space:normal}
details.fold[open]{background:none}
.ifold input{display:none}
.ifold-more{cursor:pointer;color:var(--muted);font-size:.9em;white-space:nowrap}
.ifold-rest{display:none}
.ifold input:checked~.ifold-rest{display:inline}
.ifold input:checked~.ifold-more{display:none}
.sbs{display:grid;grid-template-columns:1fr 1fr;gap:0 16px}
.sbs .col-head{font-size:.82em;font-weight:600;border-bottom:1px solid var(--line)}
.sbs .col-head.old{color:var(--old)}.sbs .col-head.new{color:var(--new)}
.sbs .cell{white-space:pre-wrap;overflow-wrap:anywhere;padding:.3em 0;
border-bottom:1px dotted var(--line)}
.sbs .cell.empty{background:repeating-linear-gradient(135deg,transparent 0 6px,#f1f3f5 6px 12px)}
.sbs .fold-row{grid-column:1/-1}
.view-toggle{position:absolute;opacity:0;pointer-events:none}
.views{display:flex;gap:6px;margin:.6em 0}
.views label{border:1px solid var(--line);border-radius:4px;padding:2px 10px;cursor:pointer;
font-size:.9em}
#view-inline:checked~.views label[for=view-inline],
#view-side:checked~.views label[for=view-side]{background:var(--accent);color:#fff;
border-color:var(--accent)}
.pairs .sbs-view{display:none}
#view-side:checked~.pairs .sbs-view{display:block}
#view-side:checked~.pairs .inline-view{display:none}
.bars{display:grid;gap:2px;min-width:160px;width:100%}
.bar.neg{opacity:.55}
table.stack td.key{min-width:7em}
table.stack td.val{min-width:6em}
.bar{height:9px;border-radius:2px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.bar.old{background:var(--old)}.bar.new{background:var(--new)}
.legend{font-size:.85em;color:var(--muted)}
.legend i{display:inline-block;width:.9em;height:.6em;margin:0 .3em 0 .8em;border-radius:2px}
.legend .old{background:var(--old)}.legend .new{background:var(--new)}
.up{color:var(--ins-fg)}.down{color:var(--del-fg)}
.terms{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.term-list{margin:0;padding:0;list-style:none}
.term-list li{padding:4px 0;border-bottom:1px solid var(--line)}
.term-list .ctx{display:block;font-size:.85em;color:var(--muted)}
.toolbar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:.6em 0;font-size:.9em}
.toolbar button,.toolbar select{font:inherit;padding:2px 10px}
[hidden]{display:none!important}
footer{margin-top:3em;font-size:.82em;color:var(--muted)}
@media (max-width:700px){
body{font-size:15px}
.page{padding:14px 12px 48px}
.reports,.terms{grid-template-columns:1fr}
.sbs{grid-template-columns:1fr}
.sbs .col-head{display:none}
.sbs .cell.old:not(.empty){border-left:3px solid var(--old);padding-left:6px;border-bottom:0}
.sbs .cell.new:not(.empty){border-left:3px solid var(--new);padding-left:6px}
.sbs .cell.empty,.sbs .cell.old.same{display:none}
.sbs .cell.new.same{border-left-color:var(--line)}
.opt{display:none}
td.heading{min-width:10em}
table.summary thead{display:none}
table.summary tr{display:grid;grid-template-columns:2em repeat(3,auto) 1fr;column-gap:.7em;
border-bottom:1px solid var(--line);padding:4px 0}
table.summary td{border:0;padding:1px 0}
table.summary td:first-child{grid-row:span 2;text-align:left}
table.summary td.heading{grid-column:2/-1;min-width:0}
table.summary td.count::after{content:"处";color:var(--muted)}
table.summary td.chars::before{content:"字数 ";color:var(--muted)}
table.summary tr.lvl-2 td.heading,table.summary tr.lvl-3 td.heading,
table.summary tr.lvl-4 td.heading{padding-left:0}
table.stack thead{display:none}
table.stack tr{display:block;padding:6px 0;border-bottom:1px solid var(--line)}
table.stack td{display:flex;gap:.8em;border:0;padding:1px 0;text-align:left;white-space:normal}
table.stack td::before{content:attr(data-label);flex:0 0 7em;color:var(--muted);font-size:.88em}
table.stack td.key{font-weight:600}
table.stack td.key::before{display:none}
table.stack td.chart:empty{display:none}
}
@media print{
body{font-size:11pt;line-height:1.6}
.page{max-width:none;padding:0}
.toolbar,.views,.view-toggle,nav.toc,nav.jump,.back{display:none!important}
a{color:inherit;text-decoration:none}
.scroll{overflow:visible}
h2{break-before:page;break-after:avoid}
h3{break-after:avoid}
header+section h2,.first-part h2{break-before:auto}
.pair.lvl-1{break-before:page}
tr,.bars,.report-card{break-inside:avoid}
.ifold-rest{display:inline!important}.ifold-more{display:none!important}
del,ins,.badge,.st-modified{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

SCRIPT = """
(function(){
var doc=document;
var pairs=doc.querySelectorAll('[data-status]');
if(!pairs.length)return;
var bar=doc.createElement('div');bar.className='toolbar';
function button(label,open){var b=doc.createElement('button');b.type='button';
b.textContent=label;b.onclick=function(){doc.querySelectorAll('details.pair-body,details.fold')
.forEach(function(d){d.open=open;});doc.querySelectorAll('.ifold input')
.forEach(function(c){c.checked=open;});};return b;}
bar.appendChild(button('全部展开',true));bar.appendChild(button('全部折叠',false));
var sel=doc.createElement('select');sel.setAttribute('aria-label','按状态筛选');
var seen={};pairs.forEach(function(p){seen[p.getAttribute('data-status')]=1;});
var labels=JSON.parse(doc.getElementById('status-labels').textContent);
[['','全部章节'],['changed','有改动的章节']].concat(Object.keys(labels).filter(function(k){
return seen[k];}).map(function(k){return [k,labels[k]];})).forEach(function(o){
var opt=doc.createElement('option');opt.value=o[0];opt.textContent=o[1];sel.appendChild(opt);});
sel.onchange=function(){var v=sel.value;pairs.forEach(function(p){
var s=p.getAttribute('data-status');
p.hidden=!(v===''||s===v||(v==='changed'&&s!=='unchanged'));});};
bar.appendChild(sel);
var where=doc.getElementById('toolbar-slot');if(where)where.appendChild(bar);
})();
"""
