stub: upstream file of 11824 bytes
