stub: upstream file of 15905 bytes
