stub: upstream file of 2339 bytes
