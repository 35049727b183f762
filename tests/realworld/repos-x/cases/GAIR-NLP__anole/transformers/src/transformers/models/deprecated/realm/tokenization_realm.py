stub: upstream file of 23130 bytes
