stub: upstream file of 4456 bytes
