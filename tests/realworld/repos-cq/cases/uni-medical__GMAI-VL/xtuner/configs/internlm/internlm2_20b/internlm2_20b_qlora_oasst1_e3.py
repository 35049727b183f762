stub: upstream file of 7292 bytes
