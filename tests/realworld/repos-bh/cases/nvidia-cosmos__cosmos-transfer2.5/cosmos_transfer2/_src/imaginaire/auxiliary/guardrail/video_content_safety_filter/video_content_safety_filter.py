stub: upstream file of 7571 bytes
