stub: upstream file of 21006 bytes
