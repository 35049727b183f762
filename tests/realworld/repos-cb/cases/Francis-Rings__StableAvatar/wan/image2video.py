stub: upstream file of 13003 bytes
