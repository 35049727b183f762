stub: upstream file of 1719 bytes
