stub: upstream file of 13251 bytes
