stub: upstream file of 12455 bytes
