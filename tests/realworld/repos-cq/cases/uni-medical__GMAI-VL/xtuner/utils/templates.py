stub: upstream file of 8390 bytes
