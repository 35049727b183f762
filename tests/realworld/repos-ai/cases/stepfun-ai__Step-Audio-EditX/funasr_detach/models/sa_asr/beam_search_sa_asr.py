stub: upstream file of 20549 bytes
