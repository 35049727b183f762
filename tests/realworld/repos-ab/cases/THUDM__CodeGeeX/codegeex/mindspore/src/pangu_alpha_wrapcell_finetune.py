stub: upstream file of 11030 bytes
