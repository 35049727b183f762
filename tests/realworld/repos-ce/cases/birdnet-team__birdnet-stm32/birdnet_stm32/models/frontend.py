stub: upstream file of 15256 bytes
