stub: upstream file of 13372 bytes
