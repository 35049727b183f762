stub: upstream file of 19704 bytes
