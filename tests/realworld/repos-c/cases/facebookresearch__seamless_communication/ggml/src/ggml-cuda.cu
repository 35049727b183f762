stub: upstream file of 256542 bytes
