stub: upstream file of 4275 bytes
