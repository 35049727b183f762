stub: upstream file of 275 bytes
