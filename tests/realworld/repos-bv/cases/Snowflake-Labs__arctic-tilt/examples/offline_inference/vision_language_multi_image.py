stub: upstream file of 24836 bytes
