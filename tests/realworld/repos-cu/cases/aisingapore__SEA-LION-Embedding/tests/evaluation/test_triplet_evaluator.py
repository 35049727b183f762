stub: upstream file of 1388 bytes
