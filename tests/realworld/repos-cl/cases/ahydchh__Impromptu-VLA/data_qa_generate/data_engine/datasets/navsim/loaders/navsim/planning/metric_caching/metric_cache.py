stub: upstream file of 1397 bytes
