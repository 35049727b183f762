stub: upstream file of 9607 bytes
