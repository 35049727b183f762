stub: upstream file of 9275 bytes
