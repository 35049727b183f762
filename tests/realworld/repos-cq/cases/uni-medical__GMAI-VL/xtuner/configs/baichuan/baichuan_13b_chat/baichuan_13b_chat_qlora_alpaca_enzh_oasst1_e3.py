stub: upstream file of 8228 bytes
