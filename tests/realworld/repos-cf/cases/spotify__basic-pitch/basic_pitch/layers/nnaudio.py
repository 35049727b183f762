stub: upstream file of 26951 bytes
