stub: upstream file of 4505 bytes
