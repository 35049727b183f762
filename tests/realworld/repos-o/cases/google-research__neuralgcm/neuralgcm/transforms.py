stub: upstream file of 26502 bytes
