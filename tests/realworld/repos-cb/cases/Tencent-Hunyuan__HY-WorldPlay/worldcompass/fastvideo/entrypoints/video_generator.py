stub: upstream file of 15009 bytes
