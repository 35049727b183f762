stub: upstream file of 23313 bytes
