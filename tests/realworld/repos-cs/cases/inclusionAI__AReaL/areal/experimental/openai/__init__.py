stub: upstream file of 340 bytes
