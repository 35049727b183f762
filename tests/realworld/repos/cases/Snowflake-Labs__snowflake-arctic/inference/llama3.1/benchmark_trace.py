stub: upstream file of 30035 bytes
