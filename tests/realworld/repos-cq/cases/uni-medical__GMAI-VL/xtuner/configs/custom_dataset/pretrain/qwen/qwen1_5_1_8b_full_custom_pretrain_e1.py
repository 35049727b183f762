stub: upstream file of 6321 bytes
