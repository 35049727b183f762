stub: upstream file of 35346 bytes
