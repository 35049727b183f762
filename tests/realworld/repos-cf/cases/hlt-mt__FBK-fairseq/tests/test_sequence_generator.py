stub: upstream file of 25049 bytes
