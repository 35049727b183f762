stub: upstream file of 26745 bytes
