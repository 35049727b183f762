stub: upstream file of 625 bytes
