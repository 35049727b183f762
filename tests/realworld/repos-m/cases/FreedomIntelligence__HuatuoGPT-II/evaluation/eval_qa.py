stub: upstream file of 13577 bytes
