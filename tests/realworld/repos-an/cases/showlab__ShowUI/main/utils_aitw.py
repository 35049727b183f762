stub: upstream file of 14442 bytes
