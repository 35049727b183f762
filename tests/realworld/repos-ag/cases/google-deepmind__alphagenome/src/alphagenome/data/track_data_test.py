stub: upstream file of 35074 bytes
