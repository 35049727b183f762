stub: upstream file of 13302 bytes
