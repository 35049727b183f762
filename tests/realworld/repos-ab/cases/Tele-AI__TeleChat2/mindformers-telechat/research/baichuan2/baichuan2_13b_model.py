stub: upstream file of 47233 bytes
