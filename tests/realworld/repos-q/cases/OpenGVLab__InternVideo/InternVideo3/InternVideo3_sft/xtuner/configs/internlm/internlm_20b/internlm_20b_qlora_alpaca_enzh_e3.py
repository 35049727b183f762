stub: upstream file of 7671 bytes
