stub: upstream file of 28324 bytes
