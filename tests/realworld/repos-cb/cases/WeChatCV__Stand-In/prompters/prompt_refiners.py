stub: upstream file of 6662 bytes
