stub: upstream file of 35789 bytes
