stub: upstream file of 7470 bytes
