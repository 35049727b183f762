stub: upstream file of 6030 bytes
