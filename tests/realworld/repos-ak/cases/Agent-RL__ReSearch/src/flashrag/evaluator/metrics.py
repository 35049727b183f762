stub: upstream file of 22311 bytes
