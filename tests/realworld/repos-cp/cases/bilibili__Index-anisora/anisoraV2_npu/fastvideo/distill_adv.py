stub: upstream file of 33006 bytes
