stub: upstream file of 7662 bytes
