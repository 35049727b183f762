stub: upstream file of 19849 bytes
