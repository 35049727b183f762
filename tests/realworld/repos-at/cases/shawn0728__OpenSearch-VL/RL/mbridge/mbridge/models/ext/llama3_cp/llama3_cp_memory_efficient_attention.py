stub: upstream file of 15287 bytes
