stub: upstream file of 18049 bytes
