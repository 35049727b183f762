stub: upstream file of 6832 bytes
