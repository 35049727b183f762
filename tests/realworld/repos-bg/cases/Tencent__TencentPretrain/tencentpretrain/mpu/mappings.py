stub: upstream file of 4432 bytes
