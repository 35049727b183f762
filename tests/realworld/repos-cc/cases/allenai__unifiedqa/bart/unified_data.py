stub: upstream file of 9263 bytes
