stub: upstream file of 49351 bytes
