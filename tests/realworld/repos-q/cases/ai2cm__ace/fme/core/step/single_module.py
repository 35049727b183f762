stub: upstream file of 30293 bytes
