stub: upstream file of 14526 bytes
