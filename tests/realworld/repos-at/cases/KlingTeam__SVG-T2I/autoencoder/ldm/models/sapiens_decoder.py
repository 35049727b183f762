stub: upstream file of 10305 bytes
