stub: upstream file of 19005 bytes
