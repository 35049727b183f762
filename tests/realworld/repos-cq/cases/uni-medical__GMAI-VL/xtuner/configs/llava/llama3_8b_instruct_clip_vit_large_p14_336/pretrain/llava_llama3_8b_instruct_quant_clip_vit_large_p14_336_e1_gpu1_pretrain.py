stub: upstream file of 7190 bytes
