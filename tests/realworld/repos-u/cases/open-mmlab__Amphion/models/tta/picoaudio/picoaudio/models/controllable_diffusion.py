stub: upstream file of 14167 bytes
