stub: upstream file of 40240 bytes
