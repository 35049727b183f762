stub: upstream file of 1302 bytes
