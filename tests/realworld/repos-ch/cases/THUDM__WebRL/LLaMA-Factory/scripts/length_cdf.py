stub: upstream file of 2289 bytes
