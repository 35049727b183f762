stub: upstream file of 52233 bytes
