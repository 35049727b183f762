stub: upstream file of 78353 bytes
