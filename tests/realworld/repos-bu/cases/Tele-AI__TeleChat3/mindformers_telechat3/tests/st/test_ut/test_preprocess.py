stub: upstream file of 8010 bytes
