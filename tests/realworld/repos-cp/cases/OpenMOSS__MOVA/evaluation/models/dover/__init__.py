stub: upstream file of 46 bytes
