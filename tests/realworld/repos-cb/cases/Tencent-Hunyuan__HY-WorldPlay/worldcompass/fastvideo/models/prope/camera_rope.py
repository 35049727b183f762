stub: upstream file of 9704 bytes
