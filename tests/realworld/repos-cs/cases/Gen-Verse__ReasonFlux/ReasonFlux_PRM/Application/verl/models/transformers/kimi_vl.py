stub: upstream file of 8196 bytes
