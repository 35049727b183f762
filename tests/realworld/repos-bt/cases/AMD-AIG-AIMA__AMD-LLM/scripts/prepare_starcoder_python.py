stub: upstream file of 4030 bytes
