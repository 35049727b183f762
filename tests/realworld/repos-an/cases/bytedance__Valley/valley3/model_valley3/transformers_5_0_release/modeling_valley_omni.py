stub: upstream file of 55212 bytes
