stub: upstream file of 11352 bytes
