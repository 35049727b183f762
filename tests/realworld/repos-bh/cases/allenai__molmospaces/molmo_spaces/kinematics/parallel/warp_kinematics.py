stub: upstream file of 23884 bytes
