stub: upstream file of 13571 bytes
