stub: upstream file of 11146 bytes
