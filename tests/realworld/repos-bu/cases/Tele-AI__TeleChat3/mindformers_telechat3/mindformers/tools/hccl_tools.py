stub: upstream file of 7166 bytes
