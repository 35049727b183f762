stub: upstream file of 4704 bytes
