stub: upstream file of 8151 bytes
