stub: upstream file of 6270 bytes
