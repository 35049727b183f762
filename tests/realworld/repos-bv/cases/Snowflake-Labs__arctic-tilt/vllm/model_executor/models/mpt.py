stub: upstream file of 13010 bytes
