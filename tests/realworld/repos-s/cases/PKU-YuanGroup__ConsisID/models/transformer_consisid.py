stub: upstream file of 46480 bytes
