stub: upstream file of 9114 bytes
