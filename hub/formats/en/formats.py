# English as the hub's international readers write it: "14 September 2006", not "Sept. 14, 2006".
# French, Spanish and Arabic keep Django's own formats ("14 septembre 2006", "14 de septiembre de
# 2006", "14 سبتمبر، 2006"). Only the names set here differ from Django's English.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
