stub: upstream file of 34488 bytes
