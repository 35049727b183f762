stub: upstream file of 1011 bytes
