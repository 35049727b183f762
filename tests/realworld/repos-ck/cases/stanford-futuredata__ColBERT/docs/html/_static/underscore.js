stub: upstream file of 19358 bytes
