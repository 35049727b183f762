stub: upstream file of 14010 bytes
