stub: upstream file of 26168 bytes
