stub: upstream file of 7271 bytes
