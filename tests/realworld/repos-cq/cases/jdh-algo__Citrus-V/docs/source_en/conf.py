stub: upstream file of 4200 bytes
