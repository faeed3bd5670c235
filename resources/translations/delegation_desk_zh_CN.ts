<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/followups/view.py" line="+95"/>
        <source>— nobody yet —</source>
        <translation>— 暂无人员 —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due by</source>
        <translation>设定截止日期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is to be done</source>
        <translation>需要做什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="+42"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file</source>
        <translation>新建一个空的数据库文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database file</source>
        <translation>打开其他数据库文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a verified copy of the database where you choose</source>
        <translation>将数据库经校验的副本保存到您选择的位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup in place of the database (the current file is kept)</source>
        <translation>用备份替换当前数据库（当前文件会保留）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import people, organisations or registrations from a spreadsheet</source>
        <translation>从电子表格导入人员、机构或报名信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export lists, the itinerary or the whole trip</source>
        <translation>导出名单、行程或整个出访的数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Delegation Desk</source>
        <translation>关闭代表团工作台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a record to the current view</source>
        <translation>在当前视图中添加一条记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in the current view</source>
        <translation>在当前视图中搜索</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected record (asks first)</source>
        <translation>删除所选记录（会先确认）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the current document or meeting agenda</source>
        <translation>打印当前文档或会见议程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;trip…</source>
        <translation>新建出访(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a trip</source>
        <translation>新建出访</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trip &amp;details…</source>
        <translation>出访详情(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the current trip&apos;s name, dates and delegation</source>
        <translation>编辑本次出访的名称、日期和代表团</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface language and other settings</source>
        <translation>界面语言及其他设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Delegation Desk</source>
        <translation>关于代表团工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and licences</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AddRegistrationDialog</name>
    <message>
        <location filename="../../desktop/ui/registration/add_dialog.py" line="+47"/>
        <source>Register a guest — {0}</source>
        <translation>登记来宾 — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name, email or organisation (accents optional)</source>
        <translation>输入姓名、电子邮件或机构（可不输入重音符号）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 陈立华</source>
        <translation>例如 陈立华</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>…or the name of a new organisation</source>
        <translation>…或新机构的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the directory</source>
        <translation>从通讯录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A seat if one is left, else the waitlist</source>
        <translation>尚有名额则直接报名，否则列入候补名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited (not yet confirmed)</source>
        <translation>已邀请（尚未确认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as printed on the badge, if different</source>
        <translation>胸卡上的姓名（如有不同）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: the person&apos;s own</source>
        <translation>默认：沿用本人登记的要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge name</source>
        <translation>胸卡姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietary needs</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register</source>
        <translation>报名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tip: Enter in the search box picks the first match.</source>
        <translation>提示：在搜索框中按 Enter 键即选中第一个匹配项。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pick a person from the list, or add a new one</source>
        <translation>从列表中选择人员，或添加新人员</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Register a guest</source>
        <translation>登记来宾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register {0}</source>
        <translation>为{0}报名</translation>
    </message>
</context>
<context>
    <name>AgendaTimeline</name>
    <message>
        <location filename="../../desktop/ui/itinerary/timeline.py" line="+62"/>
        <source>Agenda, one column per day</source>
        <translation>日程表，每天一列</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>continued from {0}</source>
        <translation>延续自{0}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Whole delegation</source>
        <translation>代表团全体</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="+87"/>
        <source>Delegation Desk</source>
        <translation>代表团工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="+140"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database could not be opened: {0}</source>
        <translation>无法打开数据库：{0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="+48"/>
        <source>Daily (automatic)</source>
        <translation>每日（自动）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made with Back up now</source>
        <translation>通过“立即备份”创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced by a restore</source>
        <translation>恢复备份时被替换的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the upgrade to schema {0}</source>
        <translation>升级到数据结构 {0} 之前</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} is the database itself: choose another name.</source>
        <translation>{0} 就是数据库本身：请另选一个文件名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+118"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Choose the backup to put in place of {0}. The current file is not deleted: it is kept among the backups (as “Replaced by a restore”), so this can be undone by restoring it.</source>
        <translation>请选择用来替换 {0} 的备份。当前文件不会被删除，而是保留在备份列表中（标为“恢复备份时被替换的文件”），因此可以通过恢复它来撤销此操作。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups in {0}</source>
        <translation>{0} 中的备份</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken (local time)</source>
        <translation>备份时间（本地时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no backup of this database yet.</source>
        <translation>此数据库尚无备份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Other file…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup saved elsewhere, e.g. on a USB stick</source>
        <translation>保存在其他位置的备份，例如 U 盘</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restore a backup file</source>
        <translation>恢复备份文件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Put the backup of {0} in place of the database?</source>
        <translation>用 {0} 的备份替换当前数据库？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything changed in {0} since that backup was taken will no longer show. The current file is kept among the backups, so you can restore it in its turn. The window reopens on the restored database.</source>
        <translation>自该备份创建以来对 {0} 所做的全部修改将不再显示。当前文件会保留在备份列表中，之后仍可将其恢复。窗口将重新打开已恢复的数据库。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../desktop/ui/registration/checkin.py" line="+126"/>
        <source>&amp;Back to the list</source>
        <translation>返回列表(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a name or firm, then Enter to check in</source>
        <translation>输入姓名或单位，按 Enter 键签到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in search</source>
        <translation>签到搜索</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ready. Type the first letters of the guest&apos;s name or firm.</source>
        <translation>准备就绪。请输入来宾姓名或单位名称的前几个字母。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>arrived / expected · {0} still to come</source>
        <translation>已到 / 应到 · 尚有 {0} 人未到</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nobody registered matches “{0}”.</source>
        <translation>没有与“{0}”匹配的报名人员。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} is already checked in (at {1}).</source>
        <translation>{0}已签到（{1}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in {0}</source>
        <translation>为{0}签到</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(was {0})</source>
        <translation>（原为{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Checked in: {0}{1}</source>
        <translation>✓ 已签到：{0}{1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>↶ Check-in undone: {0}</source>
        <translation>↶ 已撤销签到：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↶ Undone: {0}</source>
        <translation>↶ 已撤销：{0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>↷ Redone: {0}</source>
        <translation>↷ 已重做：{0}</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <location filename="../../desktop/ui/date_text.py" line="+25"/>
        <source>dd MMM</source>
        <comment>day and month</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dd MMM yyyy</source>
        <comment>a date</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ddd dd MMM yyyy</source>
        <comment>a date with its weekday</comment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ddd d MMM</source>
        <comment>weekday, day and month</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>d MMM yyyy</source>
        <comment>date fields</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM yyyy</source>
        <comment>date fields with the weekday</comment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM yyyy  HH:mm</source>
        <comment>date and time fields</comment>
        <translation>yyyy年M月d日 ddd  HH:mm</translation>
    </message>
</context>
<context>
    <name>DelegationPanel</name>
    <message>
        <location filename="../../desktop/ui/trips/dialog.py" line="+225"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Someone in the address book…</source>
        <translation>通讯录中的人员…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Chinese, e.g. 陈立华</source>
        <translation>中文姓名，例如 陈立华</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin script, e.g. Chen Lihua</source>
        <translation>拉丁字母，例如 Chen Lihua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;new person</source>
        <translation>添加新人员(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from delegation</source>
        <translation>移出代表团(&amp;R)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add someone from the address book:</source>
        <translation>从通讯录中添加：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or a new person:</source>
        <translation>…或新人员：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add {0} to the delegation</source>
        <translation>将{0}加入代表团</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose someone from the list, or add a new person below.</source>
        <translation>请从列表中选择，或在下方添加新人员。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a new person to the delegation</source>
        <translation>将新人员加入代表团</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove from the delegation</source>
        <translation>移出代表团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {0} from this trip&apos;s delegation?</source>
        <translation>将{0}移出本次出访的代表团？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove {0} from the delegation</source>
        <translation>将{0}移出代表团</translation>
    </message>
</context>
<context>
    <name>DirectoryDetail</name>
    <message>
        <location filename="../../desktop/ui/directory/detail.py" line="+188"/>
        <source>Local name</source>
        <translation>当地名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>简介</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietary needs</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access needs</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DirectoryTables</name>
    <message>
        <location filename="../../desktop/ui/directory/tables.py" line="+45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local name</source>
        <translation>当地名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../desktop/ui/directory/view.py" line="+111"/>
        <source>Filter organisations: name, local name (accents optional)</source>
        <translation>筛选机构：名称、当地名称（可不输入重音符号）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter people: name in either script, email, organisation</source>
        <translation>筛选人员：中文或拉丁字母姓名、电子邮件、机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an organisation or a person to see the details.</source>
        <translation>选择机构或人员以查看详情。</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+5"/>
        <source>New organisation</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit organisation {0}</source>
        <translation>编辑机构{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit organisation</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete the organisation “{0}”?

{1} contacts and {2} meetings stay but no longer name it; its {3} notes are deleted with it.

You can undo this (Ctrl+Z).</source>
        <translation>删除机构“{0}”？

{1} 位联系人和 {2} 场会见将保留，但不再关联该机构；其 {3} 条备注将一并删除。

此操作可以撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete organisation</source>
        <translation>删除机构</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete organisation {0}</source>
        <translation>删除机构{0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete {0}?

Their {1} registrations, {2} meeting attendances and {3} notes are deleted with them.

You can undo this (Ctrl+Z).</source>
        <translation>删除{0}？

其 {1} 条报名、{2} 次会见出席记录和 {3} 条备注将一并删除。

此操作可以撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {0}</source>
        <translation>删除{0}</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../desktop/ui/documents/labels.py" line="+14"/>
        <source>Trip briefing pack</source>
        <translation>出访简报材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily programme</source>
        <translation>每日日程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting agenda</source>
        <translation>会见议程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendee list / sign-in sheet</source>
        <translation>参会名单 / 签到表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name badges</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table tent cards</source>
        <translation>桌签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up report</source>
        <translation>跟进事项报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover, contents, overview, delegation, programme, one brief per meeting, events, contacts.</source>
        <translation>封面、目录、概况、代表团名单、日程、每场会见的简报、活动、联系人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One page per day: times in local time with the zone, places, who attends.</source>
        <translation>每天一页：当地时间（注明时区）、地点、出席人员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One meeting&apos;s agenda and attendees, to print and hand over.</source>
        <translation>单场会见的议程和出席人员，可打印后当面递交。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone registered for an event, with a signature column.</source>
        <translation>某场活动的全部报名人员，附签名栏。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eight badges per sheet with cut marks: name large, organisation below.</source>
        <translation>每页八个胸卡，带裁切线：姓名大字，下方为机构。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One folded card per sheet, the name readable from both sides.</source>
        <translation>每页一张折叠桌卡，两面均可看到姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions by organisation and owner with status and due dates, and the meetings&apos; outcomes.</source>
        <translation>按机构和负责人列出的跟进事项（含状态和截止日期），以及各场会见的成果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual (English + 中文)</source>
        <translation>中英双语（English + 中文）</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../desktop/ui/documents/view.py" line="+69"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mark as confidential</source>
        <translation>标注“内部资料”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting:</source>
        <translation>会见(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>对象(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;y:</source>
        <translation>日期(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The whole delegation</source>
        <translation>代表团全体</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document could not be generated: {0}</source>
        <translation>无法生成文档：{0}</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../desktop/ui/drafts.py" line="+43"/>
        <source>&amp;Restore them</source>
        <translation>恢复这些内容(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Changes typed here on {0} were never saved (Delegation Desk closed before they were). They were kept.</source>
        <translation>{0} 在此输入的修改尚未保存（Delegation Desk 在保存前已关闭），这些内容已为您保留。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/exchange/export_dialog.py" line="+31"/>
        <source>Registrations for an event</source>
        <translation>某场活动的报名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees (of an event, or of every meeting)</source>
        <translation>出席人员（某场活动或全部会见）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations with their contacts</source>
        <translation>机构及其联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation members</source>
        <translation>代表团成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up actions</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings: times, places, attendees, interpreters</source>
        <translation>会见：时间、地点、出席人员、翻译</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar (.ics): the itinerary, for phones and calendars</source>
        <translation>日历（.ics）：行程，供手机和日历使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV 文件，UTF-8（.csv）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export a list</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All meetings of the trip</source>
        <translation>本次出访的全部会见</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole delegation</source>
        <translation>全体代表团</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With the follow-up actions, as to-dos due on their dates</source>
        <translation>包括跟进事项（作为按截止日期的待办事项）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List:</source>
        <translation>名单：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n row(s) written to {0}</source>
        <translation>
            <numerusform>已将 %n 行写入 {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a trip first.</source>
        <translation>请先选择一个出访。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n event(s) written to {0}</source>
        <translation>
            <numerusform>已将 %n 个日程写入 {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>with %n follow-up action(s) as to-dos</source>
        <translation>
            <numerusform>另含 %n 项跟进事项（待办）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../desktop/ui/field_errors.py" line="+78"/>
        <source>Please correct: {0}</source>
        <translation>请更正：{0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/ui/exchange/import_wizard.py" line="+68"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel workbook (.xlsx) or a CSV file. The header row may sit below title rows.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件。表头行可以位于标题行下方。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoding (CSV):</source>
        <translation>文本编码（CSV）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>FollowUpTables</name>
    <message>
        <location filename="../../desktop/ui/followups/tables.py" line="+29"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../desktop/ui/followups/view.py" line="+303"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Action</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../desktop/ui/followups/view.py" line="-252"/>
        <source>Filter: action, owner or organisation</source>
        <translation>筛选：事项、负责人或机构</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;done and dropped</source>
        <translation>显示已完成和已放弃的事项(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+282"/>
        <source>&amp;Mark done</source>
        <translation>标记为已完成(&amp;M)</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>&amp;New action…</source>
        <translation>新建跟进事项(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>New action</source>
        <translation>新建跟进事项</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This trip has no meetings yet: actions come from meetings.</source>
        <translation>本次出访尚无会见：跟进事项来自会见。</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+9"/>
        <source>Edit action</source>
        <translation>编辑跟进事项</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <source>Delete action</source>
        <translation>删除跟进事项</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete the action “{0}”? You can undo this (Ctrl+Z).</source>
        <translation>删除跟进事项“{0}”？此操作可以撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mark action done</source>
        <translation>将跟进事项标记为已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen action</source>
        <translation>重新打开跟进事项</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody yet</source>
        <translation>暂无人员</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{0} open · {1} overdue · {2} shown</source>
        <translation>未完成 {0} · 已逾期 {1} · 显示 {2}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an action to see the notes of its meeting.</source>
        <translation>选择一项跟进事项，即可查看其所属会见的备注。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reopen</source>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting: {0}{1}</source>
        <translation>会见：{0}{1}</translation>
    </message>
</context>
<context>
    <name>GenerationBar</name>
    <message>
        <location filename="../../desktop/ui/documents/generation.py" line="+30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled: nothing was generated.</source>
        <translation>已取消：未生成任何文档。</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../desktop/ui/exchange/worker.py" line="+64"/>
        <source>The import failed: {0}</source>
        <translation>导入失败：{0}</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/ui/exchange/import_wizard.py" line="+193"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: everything is saved at once, or nothing.</source>
        <translation>{0}：要么全部保存，要么什么都不保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing… (Cancel stops it and saves nothing)</source>
        <translation>正在导入…（点击“取消”将停止导入，不保存任何数据）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing {0}: {1} of {2}</source>
        <translation>正在写入{0}：{1} / {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading rows: {0}</source>
        <translation>正在读取：第 {0} 行</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n row(s) read, {0} with errors</source>
        <translation>
            <numerusform>已读取 %n 行，其中 {0} 行有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n bad row(s) left out.</source>
        <translation>
            <numerusform>已跳过 %n 行错误数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;导入完成。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../desktop/ui/exchange/report_text.py" line="+16"/>
        <source>Name</source>
        <translation>名称 / 姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local name</source>
        <translation>当地名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>简介</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Chinese)</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin script)</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietary needs</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access needs</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge name</source>
        <translation>胸卡姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered at</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n organisation(s)</source>
        <translation>%n 家机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>%n 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n delegation member(s)</source>
        <translation>%n 名团员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n registration(s)</source>
        <translation>%n 条报名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegation members</source>
        <translation>代表团成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registrations</source>
        <translation>报名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Excel workbook, sheet “{0}”</source>
        <translation>Excel 工作簿，工作表“{0}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV, {0}, {1}</source>
        <translation>CSV 文件，{0}，{1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created: {0}</source>
        <translation>已新建：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: {0}</source>
        <translation>已更新：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would be created: {0}</source>
        <translation>将新建：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Would be updated: {0}</source>
        <translation>将更新：{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unchanged: {0}</source>
        <translation>未变更：{0}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n new registration(s) waitlisted: the event is full</source>
        <translation>
            <numerusform>%n 条新报名已列入候补名单：活动已满员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new registration(s) would be waitlisted: the event is full</source>
        <translation>
            <numerusform>%n 条新报名将列入候补名单：活动已满员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/ui/exchange/import_wizard.py" line="-305"/>
        <source>Registrations for an event</source>
        <translation>某场活动的报名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts (people of organisations)</source>
        <translation>联系人（各机构人员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation members</source>
        <translation>代表团成员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+316"/>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desktop/ui/itinerary/item_dialog.py" line="+110"/>
        <source>e.g. TAP Air Portugal</source>
        <translation>例如 TAP Air Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. TP 1027</source>
        <translation>例如 TP 1027</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>团员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a room number; clear it to take the member off the room list.</source>
        <translation>输入房间号；清空即把该成员移出分房名单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from room</source>
        <translation>移出分房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected member off the room list</source>
        <translation>把选中的成员移出分房名单</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>in</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+139"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;To:</source>
        <translation>目的地(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>Sta&amp;rts:</source>
        <translation>开始(&amp;R)：</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+145"/>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>&amp;Carrier:</source>
        <translation>承运方(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>班次(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Booking ref.:</source>
        <translation>预订编号(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;firmation no.:</source>
        <translation>确认号(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity:</source>
        <translation>名额：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected:</source>
        <translation>预计人数：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms:</source>
        <translation>房间：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who:</source>
        <translation>参加人员：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick nobody when the whole delegation takes part.</source>
        <translation>代表团全体参加时无需勾选任何人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New {0}</source>
        <translation>新建{0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit {0}</source>
        <translation>编辑{0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Hotel:</source>
        <translation>酒店(&amp;H)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>出发地(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-&amp;in:</source>
        <translation>入住(&amp;I)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Departs:</source>
        <translation>出发(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-&amp;out:</source>
        <translation>退房(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Arrives:</source>
        <translation>到达(&amp;A)：</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>“{0}” is not a known place: choose one or press New…</source>
        <translation>“{0}”不是已有地点：请选择一个地点，或点击“新建…”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New {0} “{1}”</source>
        <translation>新建{0}“{1}”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit “{0}”</source>
        <translation>编辑“{0}”</translation>
    </message>
</context>
<context>
    <name>ItemKinds</name>
    <message>
        <location filename="../../desktop/ui/itinerary/kinds.py" line="+9"/>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>火车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>乘车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>参观考察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing</source>
        <translation>内部简报会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>自由活动</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <location line="+3"/>
        <source>Tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ItineraryView</name>
    <message>
        <location filename="../../desktop/ui/itinerary/view.py" line="+66"/>
        <source>New item</source>
        <translation>新建日程事项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print day…</source>
        <translation>打印当日日程…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The daily programme of the selected item&apos;s day (else tomorrow), for whom is shown</source>
        <translation>打印所选事项当天（未选时为明天）的日程，按当前显示的人员筛选</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the programme of one member of the delegation</source>
        <translation>显示某位代表团成员的日程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda</source>
        <translation>日程表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the list…</source>
        <translation>筛选列表…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (local)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier / no.</source>
        <translation>承运方 / 班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>预订</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing planned yet. Use “New item” to add a flight, a hotel, a meeting…</source>
        <translation>尚无安排。请使用“新建日程事项”添加航班、住宿、会见等。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Whole delegation</source>
        <translation>代表团全体</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n 处时间冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n tight connection(s)</source>
        <translation>
            <numerusform>%n 处衔接过紧</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Its agenda, attendees and follow-up actions go with it.</source>
        <translation>其议程、出席人员和跟进事项将一并删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its registrations go with it.</source>
        <translation>其报名记录将一并删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete item</source>
        <translation>删除日程事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{0}” ({1})?</source>
        <translation>删除“{0}”（{1}）？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete “{0}”</source>
        <translation>删除“{0}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>double booking</source>
        <translation>时间冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tight connection</source>
        <translation>衔接过紧</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+82"/>
        <source>The {0} view is not available in this build.</source>
        <translation>此版本不提供“{0}”视图。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Organisations &amp; People</source>
        <translation>机构与人员</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Registration desk</source>
        <translation>报名与签到</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+325"/>
        <source>The trip shown in every view</source>
        <translation>各视图中显示的出访</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Trip</source>
        <translation>出访(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trip:</source>
        <translation>出访：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import and export are not available in this build.</source>
        <translation>此版本不提供导入和导出功能。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;Welcome to Delegation Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用代表团工作台&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no trip in this database yet. Create one to plan its itinerary and meetings.</source>
        <translation>此数据库中还没有出访。新建一次出访，即可安排行程和会见。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a trip…</source>
        <translation>新建出访…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h2&gt;Opening the database…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;正在打开数据库…&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The {0} view could not be opened: {1}</source>
        <translation>无法打开“{0}”视图：{1}</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>{0} — Delegation Desk</source>
        <translation>{0} — 代表团工作台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegation Desk</source>
        <translation>代表团工作台</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a file: back it up with its server&apos;s own tools.</source>
        <translation>{0} 不是文件：请使用其服务器自带的工具进行备份。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup was not made</source>
        <translation>未能完成备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

The database itself is unchanged.</source>
        <translation>{0}

数据库本身未作任何改动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to {0}</source>
        <translation>已备份到 {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The backup was not restored</source>
        <translation>未能恢复备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

The database file has not been changed.</source>
        <translation>{0}

数据库文件未作任何改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} now holds the backup {1}.</source>
        <translation>{0} 现已恢复为备份 {1}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file it replaced is kept as {0}.</source>
        <translation>被替换的文件已保留为 {0}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About Delegation Desk</source>
        <translation>关于代表团工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Delegation Desk {0}&lt;/h3&gt;&lt;p&gt;Plan and run an official business delegation abroad: itinerary, meetings, registrations, briefing packs and follow-ups. Works offline; everything is kept in one database file.&lt;/p&gt;&lt;p&gt;Chinese text uses WenQuanYi Micro Hei (Apache-2.0 / GPLv3 with font exception).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;代表团工作台（Delegation Desk）{0}&lt;/h3&gt;&lt;p&gt;筹划和执行因公出访经贸代表团的工作：行程、会见、报名、简报材料和跟进事项。无需联网即可使用；全部数据保存在一个数据库文件中。&lt;/p&gt;&lt;p&gt;中文字体使用文泉驿微米黑（Apache-2.0 / 附字体例外条款的 GPLv3）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/ui/exchange/import_wizard.py" line="-269"/>
        <source>Check the columns</source>
        <translation>核对各列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}: {1}; the header is on row {2}.</source>
        <translation>{0}：{1}；表头位于第 {2} 行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each column of the file goes to the field on the right; choose “Ignore” to skip it.</source>
        <translation>文件中的每一列将导入右侧对应的字段；选择“忽略”可跳过该列。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../desktop/ui/meetings/editor.py" line="+189"/>
        <source>in</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sta&amp;rts:</source>
        <translation>开始(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpreter:</source>
        <translation>翻译(&amp;I)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Objectives:</source>
        <translation>会见目的：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking points:</source>
        <translation>谈话要点：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Our side (the delegation):</source>
        <translation>我方（代表团）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their side (the organisation&apos;s contacts):</source>
        <translation>对方（该机构联系人）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>主讲</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes on this item: what to say, figures to bring, who answers…</source>
        <translation>本议程项的备注：要讲什么、带哪些数据、由谁回答…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Item &amp;notes:</source>
        <translation>议程项备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is to be done</source>
        <translation>需要做什么</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add action</source>
        <translation>添加跟进事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done / reopen</source>
        <translation>标记为已完成 / 重新打开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome notes:</source>
        <translation>会见成果：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up actions</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Briefing</source>
        <translation>会见简报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome &amp;&amp; follow-up</source>
        <translation>会见成果与跟进</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print agenda…</source>
        <translation>打印议程(&amp;P)…</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Meeting with </source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting with {0}</source>
        <translation>会见{0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the organisation to pick its people.</source>
        <translation>请先选择机构，再选择其人员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts recorded for this organisation: add them under Organisations &amp; People.</source>
        <translation>该机构尚无联系人记录：请在“机构与人员”中添加。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This meeting no longer exists (deleted or undone).</source>
        <translation>此会见已不存在（已删除或已撤销）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New meeting</source>
        <translation>新建会见</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the meeting first, then add its agenda.</source>
        <translation>请先保存会见，再添加议程。</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, {0} min in all</source>
        <translation>，共 {0} 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{0}” is not in the address book: choose one from the list, or add it under Organisations &amp; People first.</source>
        <translation>“{0}”不在通讯录中：请从列表中选择，或先在“机构与人员”中添加。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{0}” is not a known place: choose one or press New…</source>
        <translation>“{0}”不是已有地点：请选择一个地点，或点击“新建…”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New meeting “{0}”</source>
        <translation>新建会见“{0}”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit meeting “{0}”</source>
        <translation>编辑会见“{0}”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “{0}”?</source>
        <translation>保存对“{0}”的修改？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the new meeting</source>
        <translation>新会见</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add agenda item “{0}”</source>
        <translation>添加议程项“{0}”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit agenda item “{0}”</source>
        <translation>编辑议程项“{0}”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Move agenda item “{0}”</source>
        <translation>移动议程项“{0}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove agenda item “{0}”</source>
        <translation>移除议程项“{0}”</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add action “{0}”</source>
        <translation>添加跟进事项“{0}”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reopen “{0}”</source>
        <translation>重新打开“{0}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark “{0}” done</source>
        <translation>将“{0}”标记为已完成</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove action “{0}”</source>
        <translation>移除跟进事项“{0}”</translation>
    </message>
</context>
<context>
    <name>MeetingEditorDialog</name>
    <message>
        <location line="+70"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New meeting</source>
        <translation>新建会见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../desktop/ui/directory/labels.py" line="+35"/>
        <source>Proposed</source>
        <translation>拟安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>已约见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../desktop/ui/meetings/view.py" line="+85"/>
        <source>When (local)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open actions</source>
        <translation>未完成事项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Filter meetings…</source>
        <translation>筛选会见…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New meeting…</source>
        <translation>新建会见…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a meeting on the left, or create one.</source>
        <translation>请在左侧选择一场会见，或新建会见。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Delete meeting</source>
        <translation>删除会见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{0}” ({1}) with its agenda, attendees and follow-up actions?</source>
        <translation>删除“{0}”（{1}）及其议程、出席人员和跟进事项？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete “{0}”</source>
        <translation>删除“{0}”</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../desktop/ui/notes.py" line="+90"/>
        <source>edited {0}</source>
        <translation>修改于 {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0:,} characters</source>
        <translation>{0:,} 字</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location line="+39"/>
        <location line="+9"/>
        <location line="+286"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Author (your name)</source>
        <translation>作者（您的姓名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note…</source>
        <translation>写备注…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New note</source>
        <translation>新建备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <location line="+99"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+175"/>
        <source>Unsaved note</source>
        <translation>未保存的备注</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Save the note you were writing before moving on?</source>
        <translation>离开前保存正在编写的备注？</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+10"/>
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete the note of {0}? You can undo this.</source>
        <translation>删除 {0} 的备注？此操作可以撤销。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The note you are writing is not saved. Discard it?</source>
        <translation>正在编写的备注尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0:,} / {1:,} characters</source>
        <translation>{0:,} / {1:,} 字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes ({0})</source>
        <translation>备注（{0}）</translation>
    </message>
</context>
<context>
    <name>OpenErrors</name>
    <message>
        <location filename="../../desktop/ui/open_errors.py" line="+38"/>
        <source>Delegation Desk database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>代表团工作台数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This file is not a Delegation Desk database.</source>
        <translation>此文件不是代表团工作台数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is damaged.</source>
        <translation>此数据库已损坏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database comes from a newer version of Delegation Desk.</source>
        <translation>此数据库由更新版本的代表团工作台创建。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database cannot be written to.</source>
        <translation>无法写入此数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database cannot be opened.</source>
        <translation>无法打开此数据库。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The file has not been changed. Restore the newest good backup (the damaged file is kept beside it, renamed), choose another file, or create a new one.</source>
        <translation>该文件未作任何改动。您可以恢复最近一份完好的备份（损坏的文件将改名后保留在原处），选择其他文件，或新建一个数据库。</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+44"/>
        <source>The file has not been changed. Choose another file, or create a new one.</source>
        <translation>该文件未作任何改动。请选择其他文件，或新建一个数据库。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Restore the newest good backup</source>
        <translation>恢复最近一份完好的备份</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The newest good backup is from {0}:
{1}</source>
        <translation>最近一份完好的备份来自 {0}：
{1}</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already exists. A new database needs a new file name; the file was not touched.</source>
        <translation>{0} 已存在。新建数据库需要使用新的文件名；原文件未作改动。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The backup was not restored</source>
        <translation>未能恢复备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

The database file has not been changed.</source>
        <translation>{0}

数据库文件未作任何改动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} now holds the backup {1}.</source>
        <translation>{0} 现已恢复为备份 {1}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file it replaced is kept as {0}.</source>
        <translation>被替换的文件已保留为 {0}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The damaged file is kept as:
{0}
Nothing was deleted.</source>
        <translation>损坏的文件已保留为：
{0}
没有删除任何内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore the newest good backup, choose another file, or create a new database.</source>
        <translation>您可以恢复最近一份完好的备份，选择其他文件，或新建一个数据库。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{0} holds no data: the file there was found damaged and moved aside.</source>
        <translation>{0} 中没有数据：原来在该位置的文件已被发现损坏，并已移到一旁保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is missing: the file there was found damaged and moved aside.</source>
        <translation>{0} 不存在：原来在该位置的文件已被发现损坏，并已移到一旁保留。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>No backup of it was found.</source>
        <translation>没有找到它的备份。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Choose another file, or create a new database.</source>
        <translation>您可以选择其他文件，或新建一个数据库。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The damaged file is kept as {0}.</source>
        <translation>损坏的文件已保留为 {0}。</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <location filename="../../desktop/ui/directory/detail.py" line="+13"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trip</source>
        <translation>出访</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Meeting</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Open actions</source>
        <translation>未完成事项</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Action</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contacts ({0})</source>
        <translation>联系人（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings ({0})</source>
        <translation>会见（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open actions ({0})</source>
        <translation>未完成事项（{0}）</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../desktop/ui/directory/forms.py" line="+127"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Global Media Group</source>
        <translation>例如 Global Media Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local / legal name</source>
        <translation>当地名称 / 法定名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 环球传媒集团</source>
        <translation>例如 环球传媒集团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma-separated: media, finance</source>
        <translation>用逗号分隔：媒体, 金融</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>简介</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <location filename="../../desktop/ui/directory/labels.py" line="-29"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment agency</source>
        <translation>投资促进机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>协会商会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>科研机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>教育机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../desktop/ui/documents/pdf_pane.py" line="+39"/>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document yet: choose one and press Generate.</source>
        <translation>尚无文档：请选择文档后点击“生成”。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>of {0}</source>
        <translation>页，共 {0} 页</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../desktop/ui/directory/detail.py" line="+16"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trip</source>
        <translation>出访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations</source>
        <translation>报名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registrations ({0})</source>
        <translation>报名（{0}）</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop/ui/directory/forms.py" line="+12"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 陈立华</source>
        <translation>例如 陈立华</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Latin script</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Chen Lihua</source>
        <translation>例如 Chen Lihua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Dr., Sra.</source>
        <translation>例如 Dr.、Sra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position (official)</source>
        <translation>正式职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma-separated: pt, en, zh</source>
        <translation>用逗号分隔：pt, en, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietary needs</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access needs</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../desktop/ui/itinerary/places.py" line="+34"/>
        <source>New place</source>
        <translation>新建地点</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New place “{0}”</source>
        <translation>新建地点“{0}”</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location line="+27"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a place that is not in the list</source>
        <translation>添加列表中没有的地点</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="+35"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic (the system&apos;s language: {0})</source>
        <translation>自动（跟随系统语言：{0}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates and numbers follow the language too.</source>
        <translation>日期和数字格式也随界面语言变化。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restart Delegation Desk to see the new language.</source>
        <translation>重新启动代表团工作台后即可使用新的界面语言。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/documents/preview.py" line="+46"/>
        <source>Could not generate: {0}</source>
        <translation>无法生成：{0}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/ui/exchange/import_wizard.py" line="+29"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All or nothing: import only if every row is correct</source>
        <translation>全部或不导入：仅当每一行都正确时才导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>导入正确的行，跳过有错误的行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A trial run on {0}: nothing is saved yet.</source>
        <translation>对 {0} 试运行：尚未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&lt;b&gt;%n row(s)&lt;/b&gt;: {0} correct, {1} with errors.</source>
        <translation>
            <numerusform>&lt;b&gt;共 %n 行&lt;/b&gt;：{0} 行正确，{1} 行有错误。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationDeskView</name>
    <message>
        <location filename="../../desktop/ui/registration/view.py" line="+68"/>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chec&amp;k-in mode</source>
        <translation>签到模式(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A big search box for the queue at the door</source>
        <translation>入口排队签到时使用的大号搜索框</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: name, firm or badge (accents optional)</source>
        <translation>筛选：姓名、单位或胸卡姓名（可不输入重音符号）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All but cancelled</source>
        <translation>除已取消外全部</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Register a guest…</source>
        <translation>登记来宾(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Promote from waitlist</source>
        <translation>从候补名单递补(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;badge…</source>
        <translation>打印胸牌(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this guest&apos;s badge now (a walk-in, a lost badge); it does not check them in</source>
        <translation>立即为这位来宾打印胸牌（现场登记、胸牌遗失时）；不会为其签到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel registration…</source>
        <translation>取消报名(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Delete registration</source>
        <translation>删除报名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the registration of {0} altogether?

To free the seat for the waitlist, cancel it instead. You can undo this (Ctrl+Z).</source>
        <translation>彻底删除{0}的报名？

如需把名额让给候补人员，请改为取消报名。此操作可以撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete registration of {0}</source>
        <translation>删除{0}的报名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted the registration of {0}.</source>
        <translation>已删除{0}的报名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This trip has no events yet (add one to the itinerary)</source>
        <translation>本次出访尚无活动（请在行程中添加）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Check in {0}</source>
        <translation>为{0}签到</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✓ Checked in: {0}</source>
        <translation>✓ 已签到：{0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Promote {0}</source>
        <translation>递补{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} was promoted from the waitlist and has a seat.</source>
        <translation>{0}已从候补名单递补，获得名额。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the registration of {0}? If it frees a seat, the first on the waitlist gets it.</source>
        <translation>取消{0}的报名？如空出名额，将由候补名单中的第一位递补。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel {0}</source>
        <translation>取消{0}的报名</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set {0} to {1}</source>
        <translation>将{0}设为{1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1}.</source>
        <translation>{0}：{1}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>{0} got the seat (promoted from the waitlist).</source>
        <translation>{0}已从候补名单递补，获得名额。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancelled the registration of {0}.</source>
        <translation>已取消{0}的报名。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The event is full: {0} is on the waitlist (position {1}).</source>
        <translation>活动已满员：{0}已列入候补名单（第 {1} 位）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered {0} ({1}).</source>
        <translation>已为{0}报名（{1}）。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No seat limit · {0} seated</source>
        <translation>不限名额 · 已报名 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity {0} · {1} seated · {2} left</source>
        <translation>名额 {0} · 已报名 {1} · 剩余 {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} · {1} waitlisted · {2} checked in · {3} invited · {4} cancelled</source>
        <translation>{0} · 候补 {1} · 已签到 {2} · 已邀请 {3} · 已取消 {4}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0:,} shown of {1:,}</source>
        <translation>显示 {0:,} 条，共 {1:,} 条</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <location filename="../../desktop/ui/registration/labels.py" line="+15"/>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
</context>
<context>
    <name>RegistrationTables</name>
    <message>
        <location filename="../../desktop/ui/registration/tables.py" line="+63"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge name</source>
        <translation>胸卡姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dietary needs</source>
        <translation>饮食要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/trips/dialog.py" line="-350"/>
        <source>Head of delegation</source>
        <translation>团长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy head</source>
        <translation>副团长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>团员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <location line="+25"/>
        <source>New trip</source>
        <translation>新建出访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trip details</source>
        <translation>出访详情</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser:</source>
        <translation>组团单位(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home &amp;time zone:</source>
        <translation>国内时区(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>出访目的(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the trip first, then add its delegation.</source>
        <translation>请先保存出访信息，再添加代表团成员。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New trip “{0}”</source>
        <translation>新建出访“{0}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit trip “{0}”</source>
        <translation>编辑出访“{0}”</translation>
    </message>
</context>
<context>
    <name>ZoneEdit</name>
    <message>
        <location filename="../../desktop/ui/zone_picker.py" line="+25"/>
        <source>e.g. Europe/Lisbon</source>
        <translation>例如 Europe/Lisbon</translation>
    </message>
</context>
<context>
    <name>_TablePage</name>
    <message>
        <location filename="../../desktop/ui/directory/view.py" line="-309"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{0:,} shown of {1:,}</source>
        <translation>显示 {0:,} 条，共 {1:,} 条</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{0:,} shown of {1:,}+</source>
        <translation>显示 {0:,} 条，共 {1:,} 条以上</translation>
    </message>
</context>
</TS>
