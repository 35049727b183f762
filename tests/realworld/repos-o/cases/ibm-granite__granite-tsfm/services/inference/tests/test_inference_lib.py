stub: upstream file of 17048 bytes
