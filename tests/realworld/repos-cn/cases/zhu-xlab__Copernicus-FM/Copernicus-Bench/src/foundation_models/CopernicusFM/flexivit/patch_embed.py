stub: upstream file of 9403 bytes
