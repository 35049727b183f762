stub: upstream file of 9571 bytes
