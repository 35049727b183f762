stub: upstream file of 12479 bytes
