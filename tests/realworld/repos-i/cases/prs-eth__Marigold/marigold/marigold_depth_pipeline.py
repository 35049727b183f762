stub: upstream file of 21437 bytes
