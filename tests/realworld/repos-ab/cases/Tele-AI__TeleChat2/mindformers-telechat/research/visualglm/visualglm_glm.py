stub: upstream file of 8745 bytes
