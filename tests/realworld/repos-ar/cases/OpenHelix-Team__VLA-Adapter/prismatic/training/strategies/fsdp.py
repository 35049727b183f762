stub: upstream file of 13271 bytes
