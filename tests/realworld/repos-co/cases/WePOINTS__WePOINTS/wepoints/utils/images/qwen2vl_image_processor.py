stub: upstream file of 6384 bytes
