stub: upstream file of 13517 bytes
