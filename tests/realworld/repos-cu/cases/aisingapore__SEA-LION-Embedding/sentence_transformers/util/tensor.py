stub: upstream file of 7745 bytes
