stub: upstream file of 26250 bytes
