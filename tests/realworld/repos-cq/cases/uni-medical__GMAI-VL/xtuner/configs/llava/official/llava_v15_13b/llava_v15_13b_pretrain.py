stub: upstream file of 6745 bytes
