stub: upstream file of 18030 bytes
