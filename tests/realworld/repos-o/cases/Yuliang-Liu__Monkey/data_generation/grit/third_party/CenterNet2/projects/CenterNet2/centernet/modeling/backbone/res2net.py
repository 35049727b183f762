stub: upstream file of 27455 bytes
